"""Food words across languages and romanisations, for matching what a caller says with menus
written in another language or another spelling.

Two tools, both applied to the menu and to the caller alike (through ``text.tokens``):

- :data:`FOOD_WORDS` / :data:`FOOD_PHRASES`: food words a menu prints in Spanish, Italian,
  French, Portuguese, Turkish, German, Hungarian, Czech, Russian, Persian, Arabic, Greek, Haitian
  Kreyòl, Somali, Tagalog, Malay/Indonesian, Japanese, Korean, Hindi/Urdu or Chinese → the
  English word a caller uses ("pollo" → "chicken",
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
from pathlib import Path

#: One word (accent-folded, singular as ``text.singular`` makes it) → the English word.
#: One word (accent-folded, singular as ``text.singular`` makes it) → the English word: the data in
#: food_words.txt, beside this module.
FOOD_WORDS_FILE = Path(__file__).with_name("food_words.txt")


def _read_food_words(path: Path) -> dict[str, str]:
    words: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            word, english = (part.strip() for part in line.split("=", 1))
            words[word] = english
    return words


FOOD_WORDS: dict[str, str] = _read_food_words(FOOD_WORDS_FILE)

#: Several words that name one thing (matched on singular words) → the English words.
FOOD_PHRASES: dict[tuple[str, ...], str] = {
    ("pan", "de", "ajo"): "garlic bread", ("papa", "frita"): "fries",
    ("pomme", "frite"): "fries", ("pomme", "de", "terre"): "potato",
    ("pao", "de", "queijo"): "cheese bread", ("pao", "de", "alho"): "garlic bread",
    ("batata", "frita"): "fries",
    ("patata", "frita"): "fries", ("con", "ga"): "sparkling", ("sin", "ga"): "still",
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
    ("con", "todo"): "with everything",
    # fries are French: "French Fries" is said "fries", as the caller's "fries" is the French Fries
    ("french", "fry"): "fries", ("french", "fries"): "fries",
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
    ("ee", "i"), ("ie", "i"), ("oo", "u"), ("ou", "u"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("ai", "e"),
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
#: Italian words are not ("pieza" would catch "pizza"). A word goes in only if its key is no other
#: food word's ("chawal", rice, is not: its key is the key of "char").
ROMANISED = frozenset({
    "gyeran", "haemul", "dwaeji", "sogogi", "dolsot", "makhani", "baingan", "channa", "gobhi", "jeera",
    "zeera", "machli", "machhi", "doufu", "aloo", "saag", "murgh", "mandu", "dubu",
    "ojingeo", "saewoo", "gamja", "bokkeum", "jeongol", "guksu", "tamatar", "lehsun",
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
    "eel": "fish", "anchovy": "fish", "snapper": "fish", "mahi": "fish", "dolphin": "fish", "grouper": "fish",
    "halibut": "fish", "haddock": "fish", "trout": "fish", "catfish": "fish", "swordfish": "fish",
    "mackerel": "fish", "sardine": "fish", "herring": "fish", "pollock": "fish", "flounder": "fish",
    "kingfish": "fish", "wahoo": "fish", "barramundi": "fish", "hake": "fish", "pomfret": "fish",
    "whiting": "fish", "perch": "fish", "carp": "fish", "walleye": "fish", "mullet": "fish",
    "turbot": "fish", "monkfish": "fish", "bream": "fish", "branzino": "fish", "basa": "fish", "swai": "fish",
    "lampuki": "fish", "lamb": "meat", "beef": "meat", "pork": "meat", "chicken": "meat",
    "lager": "beer", "pilsner": "beer", "pilsen": "beer", "pils": "beer", "stout": "beer", "ipa": "beer",
    "porter": "beer", "draft": "beer", "draught": "beer", "ale": "beer", "cheddar": "cheese",
    "swiss": "cheese", "provolone": "cheese", "gouda": "cheese",
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

