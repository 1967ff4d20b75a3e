"""Food words across languages and romanisations, for matching what a caller says with menus
written in another language or another spelling.

Two tools, both applied to the menu and to the caller alike (through ``text.tokens``):

- :data:`FOOD_WORDS` / :data:`FOOD_PHRASES`: Spanish, Italian, Korean, Hindi/Urdu and Chinese
  food words a menu prints → the English word a caller uses ("pollo" → "chicken",
  "jjigae" → "stew", "con gas" → "sparkling"). One meaning per word; words that would be
  wrong in another cuisine ("torta": cake or sandwich) are left out.
- :func:`roman_key`: a key under which the usual romanisations of one Korean, Hindi or
  Chinese word agree ("jjigae" / "chigae" / "jigae", "soondubu" / "sundubu", "naengmyeon" /
  "naengmyun", "bharta" / "bartha", "szechuan" / "sichuan"): voiced and voiceless pairs merged,
  aspiration and doubled letters dropped, eo/u/o and ae/e/ai folded. Korean words of
  :data:`ROMAN_WORDS` are looked up by that key, so any romanisation finds them.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: One word (accent-folded, singular as ``text.singular`` makes it) → the English word.
FOOD_WORDS: dict[str, str] = {
    # Spanish
    "pollo": "chicken", "carne": "beef", "res": "beef", "puerco": "pork", "cerdo": "pork",
    "camaron": "shrimp", "camarone": "shrimp", "pescado": "fish", "marisco": "seafood",
    "marinera": "seafood", "jamon": "ham", "queso": "cheese", "champinon": "mushroom",
    "champinone": "mushroom", "hongo": "mushroom", "cebolla": "onion", "aro": "ring", "ajo": "garlic",
    "palito": "stick", "papa": "potato", "patata": "potato", "alita": "wing",
    "ensalada": "salad", "mixta": "mixed", "mixto": "mixed", "bebida": "drink", "refresco": "soda",
    "agua": "water", "jugo": "juice", "zumo": "juice", "naranja": "orange", "limonada": "lemonade",
    "limon": "lemon", "cerveza": "beer", "postre": "dessert", "helado": "ice cream", "volcan": "lava",
    "pastel": "cake", "casero": "homemade", "casera": "homemade", "entrada": "appetizer",
    "hawaiana": "hawaiian", "hawaiano": "hawaiian", "vegetariana": "vegetable", "vegetariano": "vegetable",
    "verdura": "vegetable", "napolitana": "neapolitan", "napoletana": "neapolitan",
    "mexicana": "mexican", "mexicano": "mexican", "espanola": "spanish", "espanol": "spanish",
    "carnivora": "meat lover", "carnivoro": "meat lover", "carnivore": "meat lover",
    "suprema": "supreme", "supremo": "supreme",
    "frito": "fried", "frita": "fried", "arroz": "rice", "frijol": "bean",
    "frijole": "bean", "guisado": "stew", "guiso": "stew", "verde": "green",
    "rojo": "red", "roja": "red", "tamal": "tamale", "chile": "pepper", "chili": "pepper",
    "chilli": "pepper", "pimiento": "pepper", "pimenton": "pepper", "relleno": "stuffed",
    "leche": "milk", "sopa": "soup", "fideo": "noodle", "crema": "cream", "pina": "pineapple",
    "pieza": "piece", "litro": "liter", "tocino": "bacon", "salchicha": "sausage",
    "aceituna": "olive", "tomate": "tomato", "lechuga": "lettuce", "albahaca": "basil",
    "jamaica": "hibiscus", "tamarindo": "tamarind", "mandarina": "mandarin", "guac": "guacamole",
    "cuatro": "4", "cali": "california", "familiar": "family",
    "blanco": "white", "blanca": "white", "negro": "black", "negra": "black", "acompanante": "side",
    "acompanamiento": "side", "platano": "plantain", "gallina": "chicken",
    "ajillo": "garlic", "croqueta": "croquette", "datil": "date", "datile": "date", "espinaca": "spinach",
    "garbanzo": "chickpea", "berenjena": "eggplant", "miel": "honey", "sidra": "cider", "bistec": "steak",
    "huevo": "egg", "pulpo": "octopus",
    "langosta": "lobster", "cangrejo": "crab", "atun": "tuna", "cordero": "lamb", "costilla": "rib",
    "pavo": "turkey", "pato": "duck", "conejo": "rabbit", "ternera": "veal", "trucha": "trout",
    "almeja": "clam", "mejillon": "mussel", "mejillone": "mussel", "seta": "mushroom", "pechuga": "breast",
    "fresa": "strawberry", "sandia": "watermelon", "coco": "coconut", "guayaba": "guava",
    "maracuya": "passion fruit", "cafe": "coffee", "vino": "wine", "desayuno": "breakfast",
    "tipico": "typical", "tipica": "typical", "sancochado": "boiled", "sancochada": "boiled",
    "encebollado": "onion", "encebollada": "onion", "ruso": "russian", "rusa": "russian",
    "ensaladilla": "salad", "calabaza": "pumpkin", "calabacin": "zucchini", "maiz": "corn",
    "empanizado": "breaded", "empanizada": "breaded", "horneado": "baked", "dulce": "sweet",
    "picante": "spicy", "yuca": "cassava", "chuleta": "chop", "higado": "liver",
    # Italian
    "formaggio": "cheese", "formaggi": "cheese", "quattro": "4", "funghi": "mushroom",
    "fungo": "mushroom", "prosciutto": "ham", "salsiccia": "sausage", "pomodoro": "tomato",
    "aglio": "garlic", "insalata": "salad", "pane": "bread", "gamberi": "shrimp",
    "insalate": "salad", "zuppa": "soup", "zuppe": "soup", "pizze": "pizza",
    "antipasti": "appetizer", "contorno": "side", "contorni": "side", "dolce": "dessert",
    "dolci": "dessert", "bevanda": "drink", "bevande": "drink", "polpetta": "meatball",
    "polpette": "meatball", "manzo": "beef", "vitello": "veal", "maiale": "pork", "pesce": "fish",
    "vongole": "clam", "cozze": "mussel", "melanzane": "eggplant", "salmone": "salmon", "acqua": "water",
    "fagioli": "bean", "fritto": "fried", "fritti": "fried", "fritta": "fried", "fritte": "fried",
    # French
    "poulet": "chicken", "boeuf": "beef", "porc": "pork", "agneau": "lamb", "canard": "duck",
    "jambon": "ham", "fromage": "cheese", "frite": "fries", "champignon": "mushroom", "oignon": "onion",
    "moule": "mussel", "saumon": "salmon", "poisson": "fish", "crevette": "shrimp", "oeuf": "egg",
    "legume": "vegetable", "salade": "salad", "soupe": "soup", "citron": "lemon", "lait": "milk",
    "chocolat": "chocolate", "pomme": "apple", "boisson": "drink", "accompagnement": "side",
    "escargot": "snail",
    # Turkish, with the suffix menus print ("corbasi": its soup, "pilavi": its pilaf)
    "corba": "soup", "corbasi": "soup", "mercimek": "lentil",
    "pilav": "pilaf", "pilavi": "pilaf", "salata": "salad", "salatasi": "salad", "tatli": "dessert",
    # Portuguese
    "frango": "chicken", "peixe": "fish", "camarao": "shrimp", "feijao": "bean", "queijo": "cheese",
    "porco": "pork", "mandioca": "cassava", "aipim": "cassava", "couve": "collard greens",
    "ovo": "egg", "laranja": "orange", "suco": "juice", "bacalhau": "salt cod", "grelhado": "grilled",
    # Korean (romanised; other spellings are found through ROMAN_WORDS below)
    "dak": "chicken", "tak": "chicken", "dubu": "tofu", "mandu": "dumpling", "gyeran": "egg",
    "jjim": "steamed", "haemul": "seafood", "jeon": "pancake", "jun": "pancake", "budae": "army",
    "dwaeji": "pork", "sogogi": "beef", "dolsot": "stone bowl", "tteok": "rice cake",
    # Hindi / Urdu
    "murgh": "chicken", "murg": "chicken", "makhani": "butter", "makhni": "butter", "saag": "spinach",
    "sag": "spinach", "palak": "spinach", "chana": "chickpea", "channa": "chickpea", "chole": "chickpea",
    "chhole": "chickpea", "dal": "lentil", "daal": "lentil", "dhal": "lentil", "aloo": "potato",
    "alu": "potato", "gobi": "cauliflower", "gobhi": "cauliflower", "baingan": "eggplant",
    "baigan": "eggplant", "jeera": "cumin", "zeera": "cumin", "gosht": "josh", "tarka": "tadka",
    "chai": "tea", "chiya": "tea", "machli": "fish", "machhi": "fish", "subzi": "vegetable",
    "sabzi": "vegetable",
    # Chinese (pinyin / Cantonese)
    "gai": "chicken", "doufu": "tofu", "mian": "noodle", "mein": "noodle", "beijing": "peking",
    "tao": "tso", "cho": "tso", "zuo": "tso",  # General Tso's, as callers and menus spell it
}

#: Several words that name one thing (matched on singular words) → the English words.
FOOD_PHRASES: dict[tuple[str, ...], str] = {
    ("pan", "de", "ajo"): "garlic bread", ("papa", "frita"): "french fries",
    ("pomme", "frite"): "french fries", ("pomme", "de", "terre"): "potato",
    ("pao", "de", "queijo"): "cheese bread",
    ("patata", "frita"): "french fries", ("con", "ga"): "sparkling", ("sin", "ga"): "still",
    ("con", "gas"): "sparkling", ("sin", "gas"): "still", ("street", "corn"): "elote",
    ("frutti", "di", "mare"): "seafood", ("hor", "doeuvre"): "appetizer", ("hor", "oeuvre"): "appetizer",
    ("alla", "griglia"): "grilled", ("soon", "tofu"): "soft tofu", ("sun", "tofu"): "soft tofu",
    ("soon", "dubu"): "soft tofu", ("sun", "dubu"): "soft tofu", ("pa", "jeon"): "scallion pancake",
    ("pa", "jun"): "scallion pancake", ("tteok", "bokki"): "tteokbokki", ("ddeok", "bokki"): "tteokbokki",
    ("gun", "mandu"): "fried dumpling", ("rice", "punch"): "sikhye", ("rice", "pudding"): "kheer",
    ("soup", "dumpling"): "xiao long bao", ("gong", "bao"): "kung pao", ("kung", "po"): "kung pao",
    ("green", "onion"): "scallion", ("string", "bean"): "green bean", ("char", "siu"): "barbecue pork",
    ("cha", "siu"): "barbecue pork", ("ho", "fun"): "chow fun", ("yang", "chow"): "yangzhou",
    ("summer", "roll"): "fresh spring roll", ("fresh", "roll"): "fresh spring roll",
    ("bubble", "tea"): "boba tea", ("ching", "dao"): "tsingtao", ("qing", "dao"): "tsingtao",
}

#: Korean dish words by :func:`roman_key`, so every romanisation finds them.
ROMAN_WORDS: dict[str, str] = {
    "jjigae": "stew", "bokkeumbap": "fried rice", "soondubu": "soft tofu", "naengmyeon": "cold noodle",
    "jjajangmyeon": "black bean noodle", "pajeon": "scallion pancake", "boricha": "barley tea",
    "sikhye": "sikhye", "gyeranjjim": "egg steamed", "dakgalbi": "chicken galbi", "makgeolli": "rice wine",
}

_H_DIGRAPHS = (("tch", "j"), ("sch", "s"), ("ch", "j"), ("sh", "s"), ("zh", "j"), ("ph", "f"))
_DIGRAPHS = (
    ("ck", "k"), ("ts", "s"), ("tz", "s"), ("sz", "s"), ("x", "s"), ("q", "j"), ("z", "s"), ("c", "k"),
    ("ee", "i"), ("ie", "i"), ("oo", "u"), ("ou", "u"), ("eo", "o"), ("ae", "e"), ("ai", "e"),
    ("ay", "e"), ("oe", "e"), ("wa", "a"), ("we", "e"), ("wo", "o"), ("wi", "i"),
)
_CLASSES = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l", "w": "v", "u": "o", "y": "i"})
_ASPIRATED = re.compile(r"(?<=[bcdfgjklmnpqrstvxz])h")


@lru_cache(maxsize=20000)
def roman_key(word: str) -> str:
    """The key under which romanisations of one word agree (see the module docstring)."""
    key = word.lower()
    for written, sound in _H_DIGRAPHS:
        key = key.replace(written, sound)
    key = _ASPIRATED.sub("", key)
    for written, sound in _DIGRAPHS:
        key = key.replace(written, sound)
    key = re.sub(r"y(?=[aeiou])", "", key)  # a glide: "gyeop" / "gup", "myeon" / "mun"
    key = re.sub(r"(.)\1+", r"\1", key.translate(_CLASSES))  # doubled letters: "jj", "tt", "kk", "oo"
    return key[:-1] if len(key) > 3 and key.endswith("s") else key  # "hommo(s)" / "hummus"


#: Words of FOOD_WORDS that are romanisations (Korean, Hindi/Urdu, Chinese) rather than words of a
#: language written in Latin letters: they are found under any romanisation too. Spanish and
#: Italian words are not ("pieza" would catch "pizza").
ROMANISED = frozenset({
    "gyeran", "haemul", "dwaeji", "sogogi", "dolsot", "makhani", "baingan", "channa", "gobhi", "jeera",
    "zeera", "machli", "machhi", "doufu", "aloo", "saag", "murgh", "mandu", "dubu",
})

_ROMAN_BY_KEY: dict[str, str] = {}
for _word, _english in (*ROMAN_WORDS.items(), *((w, FOOD_WORDS[w]) for w in sorted(ROMANISED))):
    _ROMAN_BY_KEY.setdefault(roman_key(_word), _english)


def english_for(word: str) -> str | None:
    """The English word(s) for a menu or caller word in another language, ``None`` when none;
    words of five letters or more are also found under another romanisation ("bengan")."""
    found = FOOD_WORDS.get(word)
    if found is None and len(word) >= 4:
        found = _ROMAN_BY_KEY.get(roman_key(word))
    return found


#: More particular words → the word for what they are, for "a beef burrito" to find the one made
#: with steak too.
KINDS_OF: dict[str, str] = {
    "steak": "beef", "brisket": "beef", "sirloin": "beef", "ribeye": "beef", "bulgogi": "beef",
    "bacon": "pork", "ham": "pork", "chorizo": "pork", "carnitas": "pork", "pastor": "pork",
    "prosciutto": "pork", "sausage": "pork", "salami": "pork", "pepperoni": "pork",
    "shrimp": "seafood", "prawn": "seafood", "crab": "seafood", "clam": "seafood", "mussel": "seafood",
    "lobster": "seafood", "squid": "seafood", "calamari": "seafood", "octopus": "seafood",
    "scallop": "seafood", "salmon": "fish", "tuna": "fish", "cod": "fish", "tilapia": "fish",
    "eel": "fish", "anchovy": "fish", "lamb": "meat", "beef": "meat", "pork": "meat", "chicken": "meat",
    "lager": "beer", "pilsner": "beer", "pilsen": "beer", "pils": "beer", "stout": "beer", "ipa": "beer",
    "porter": "beer", "cheddar": "cheese", "swiss": "cheese", "provolone": "cheese", "gouda": "cheese",
    "brie": "cheese", "gruyere": "cheese", "feta": "cheese", "manchego": "cheese", "pepperjack": "cheese",
}


def translate_phrases(words: list[str]) -> list[str]:
    """Replace the multi-word phrases of :data:`FOOD_PHRASES` (longest first) in ``words``."""
    if len(words) < 2:
        return words
    out: list[str] = []
    index = 0
    while index < len(words):
        for length in (3, 2):
            piece = tuple(words[index:index + length])
            if len(piece) == length and piece in FOOD_PHRASES:
                out.extend(FOOD_PHRASES[piece].split())
                index += length
                break
        else:
            out.append(words[index])
            index += 1
    return out
