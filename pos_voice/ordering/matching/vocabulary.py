"""The word lists and thresholds the matcher's rules share, kept once so every rule reads the same ones."""

from __future__ import annotations

import functools
import re
import typing as t

from ..dish_gazetteer import gazetteer_words
from ..food_words import FOOD_PHRASES, FOOD_WORDS, KINDS_OF, ROMAN_WORDS
from ..size_words import (
    HALF,
    LARGEST,
    MEASURE,
    PART,
    QUARTER,
    SIZE_LEXICON,
    SMALLEST,
    UNIT,
    WHOLE,
    count_of,
    words_meaning,
)
from ..text import FILLER, fold

#: Words that name a kind of dish rather than a dish: on their own they mean "which one?".
GENERIC_WORDS = frozenset({
    "pizza", "pasta", "drink", "soda", "beverage", "salad", "side", "dessert", "wing", "sandwich", "sub",
    "calzone", "appetizer", "starter", "special", "entree", "dish", "food", "item", "something", "bottle",
    "can", "cup", "meal", "combo", "specialty",
})


#: Generic words that name a kind of dish: said with a dish of another kind, they rule it out.
DISH_KINDS = frozenset({
    "pizza", "pasta", "salad", "sandwich", "sub", "calzone", "wing", "burger", "wrap", "soup", "dessert",
    "drink", "soda", "slice", "roll", "platter",
})


#: Words that say what kind of thing an item is. Said with an item the menu names without it
#: ("pepperoni pizza" for "Pepperoni", "seltzer water" for "Seltzer") it is not required; said
#: with an item of another kind ("a pepperoni calzone") it rules that item out.
KIND_WORDS = DISH_KINDS | frozenset({
    "noodle", "water", "rice", "soup", "stew", "curry", "taco", "burrito", "juice", "tea",
    "beer", "wine", "dumpling", "bread", "cake", "pie", "side", "appetizer", "starter", "beverage",
})


#: Kinds of dish that are a way of serving food, not the food: said of an item nothing of which
#: (name, category, ingredients, description, gazetteer) says it, it is another dish ("cheese
#: pizza" is no Cheese Khinkali, "carne asada tacos" no Carne Asada plate).
SERVED_KINDS = frozenset({
    "pizza", "sandwich", "sub", "calzone", "burger", "wrap", "slice", "taco", "burrito",
})


#: Kinds that belong together: a "water" is a kind of drink, a "pie" a pizza.
KIND_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"drink", "beverage", "soda", "pop", "soft", "water", "juice", "tea", "beer", "wine", "coffee",
               "lemonade", "soju", "liquor", "cocktail"}),
    frozenset({"side", "appetizer", "starter", "snack"}),
    frozenset({"soup", "stew", "broth"}),
    frozenset({"pasta", "noodle"}),
    frozenset({"dessert", "cake", "sweet", "pudding"}),
    frozenset({"sandwich", "wrap", "sub", "hero", "hoagie", "pita", "torta"}),
)


#: Said but not on the menu's name, these describe rather than identify ("spicy pork").
DESCRIPTORS = frozenset({"spicy", "hot", "mild", "fresh", "homemade", "plain", "classic", "traditional",
                         "famous", "delicious", "regular", "original", "flavor", "flavored", "style",
                         # what it comes in or how much: "a bibimbap bowl", "a slice of tres leches"
                         "bowl", "plate", "cup", "glass", "box", "tray", "pot", "jar", "slice", "scoop",
                         "steamed", "platter", "dinner",
                         # how it is finished: "a toasted bagel", "bacon wrapped dates", "with green
                         # onions on top"
                         "toasted", "wrapped", "top", "topped",
                         # the cuisine itself: "Mexican street corn" at a taqueria
                         "mexican", "korean", "indian", "chinese", "italian", "spanish", "american", "french",
                         "vietnamese", "greek", "thai", "japanese", "turkish", "ethiopian", "filipino",
                         "peruvian", "jamaican", "brazilian", "polish", "lebanese", "persian", "caribbean"})


#: Describing words that make another dish when a name has them ("Spicy Tuna Roll", "Fresh Rolls"):
#: on a menu whose names use them they are not just describing.
DISTINGUISHING = frozenset({"spicy", "hot", "mild", "fresh", "plain", "regular", "original"})


#: How a dish is cooked, in names that are otherwise what it is made of ("Fried Calamari").
HOW_COOKED = frozenset({"fried", "grilled", "steamed", "baked", "roasted", "sauteed", "crispy"})


#: How a drink or dish is served: said with only a category word ("iced coffee") it names none of
#: the category's items in particular.
SERVED = frozenset({"iced", "hot", "cold", "frozen", "warm"})


#: Said before an item, these ask for more of something that goes with an order ("extra boba",
#: "add lychee jelly"): the side, sauce or topping called so, not a dish made with it.
ADD_WORDS = frozenset({"extra", "add", "added"})

#: Words of a category of things added to other items ("Toppings", "Add-Ons", "Extras"): ordered
#: alone, without an add word, such an item's name may well mean a dish made with it ("a boba").
ADD_ON_CATEGORY = frozenset({"topping", "extra", "addon", "add"})


#: How hot: said of a dish whose name doesn't say it, it asks for another dish ("spicy hummus").
HEAT = frozenset({"spicy", "mild"})


#: The sizes of the usual small-to-large ladder: many items come in them, so one said tells little
#: about which item was meant (a weight or a measure does: "a pound of poke").
LADDER_SIZES = frozenset({"small", "medium", "large", "extra large", "regular", "personal", "family"}) | \
    words_meaning(LARGEST, SMALLEST)


#: Spoken size words → the size names hosts use (English, Spanish and French menus: "Petit" /
#: "Moyen" / "Grand"), tried before what the words mean (``size_words``): "biggest" and "smallest"
#: are not "large" and "small" but the ends of whatever ladder the item has.
SIZE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "large": ("large", "lg", "grande", "big", "bigger", "larger", "grand"),
    "medium": ("medium", "med", "regular", "mediana", "mediano", "middle", "moyen", "moyenne"),
    "small": ("small", "sm", "personal", "pequena", "pequeno", "chica", "chico", "individual", "little",
              "smaller", "petit", "petite"),
    "extra large": ("extra large", "xl", "x-large", "x large", "familiar", "family"),
    "family": ("family", "familiar", "extra large"), "personal": ("personal", "small", "individual"),
    "regular": ("regular", "medium"), "can": ("can", "lata", "canette", "lattina", "blikje"),
    "bottle": ("bottle", "botella", "bouteille", "bottiglia", "garrafa", "fles", "flasche"),
    "whole": ("whole", "full", "entero", "entera"), "full": ("full", "whole"), "half": ("half", "media"),
    # a size that serves two, in the menu's language ("Za Dvoje", "Pour Deux", "Para Dos")
    "for 2": ("for two", "za dvoje", "pour deux", "para dos"),
}


#: Words of size names that measure one thing by how much of it ("Cup" / "Bowl", "Short Stack" /
#: "Full Stack", "Slice" / "Half Tray"): an item whose sizes are all named with them, or all a
#: number of one unit ("12 inch" / "16 inch", "6 pieces" / "12 pieces"), has its sizes in order, so
#: a caller's "large" is its largest. Not containers of different kinds ("Can" / "2 Liter").
SCALE_WORDS = frozenset({
    "party", "single", "double", "triple", "cup", "bowl", "short", "tall", "stack", "pint",
    "quart", "order", "extra", "lunch", "dinner", "plate", "side",
}) | frozenset(word for phrase_words in words_meaning("rung", LARGEST, SMALLEST, PART, HALF, QUARTER, WHOLE)
               for word in phrase_words.split())
# (the ladder and the parts of the whole in every language of ``size_words``: "Mediana" /
# "Familiar": "large" is the Familiar, the larger of the two; "Petit" / "Grand"; "Trancio" / "Teglia")


#: Size names that are a count of pieces, in the words of menus that don't write the number
#: ("Unidad" / "Docena": the empanada by the unit or the dozen; "Half Dozen" is 6 already).
#: The units a size name counts pieces by ("6 Piece" wings, "10 Skewers" sate, "3 Sticks"): a number
#: said with the item is that size. Not measures ("12 Inch", "16 oz"), nor a "4 Corner" square pie.
COUNT_UNITS = words_meaning(UNIT)

COUNT_SIZES: dict[str, int] = {word: count for word in SIZE_LEXICON if (count := count_of(word)) is not None}


#: Spanish, Portuguese and Italian numbers said first as a count ("tres tacos", "dos cafés", "sei
#: arancini"; singular as ``text.singular`` makes them, so "tres" is "tre"), unless said as a name
#: of the menu or a dish of the gazetteer goes on ("Tres Leches").
COUNT_WORDS: dict[str, int] = {"dos": 2, "tre": 3, "cinco": 5, "sei": 6, "siete": 7, "sete": 7, "ocho": 8,
                               "oito": 8, "diez": 10, "dez": 10, "due": 2, "quattro": 4, "cuatro": 4,
                               "quatro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9, "nueve": 9,
                               "dieci": 10, "dodici": 12, "doce": 12, "veinte": 20,
                               "vinte": 20}  # (not the Italian "venti": a coffee's size)


#: A caller's size word said of an item that has no size called so: where in its sizes it is
#: (``None``: the middle one, of three).
RELATIVE_SIZES: dict[str, int | None] = {"large": -1, "small": 0, "medium": None} | {
    word: -1 for word in words_meaning(LARGEST)} | {word: 0 for word in words_meaning(SMALLEST)}


#: Kind-of-dish words → the words categories are named with ("a soda" → the drinks).
CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "drink": ("drink", "soda", "beverage", "pop", "soft"), "soda": ("drink", "beverage", "soda"),
    "beverage": ("drink", "beverage", "soda"), "side": ("side", "appetizer", "starter", "snack"),
    "appetizer": ("appetizer", "side", "starter"), "starter": ("appetizer", "side", "starter"),
    "dessert": ("dessert", "sweet"), "salad": ("salad",), "pasta": ("pasta", "entree"),
}


#: Words of descriptions that say how a dish is served, not what it is.
DESCRIPTION_NOISE = frozenset({"served", "serve", "topped", "top", "made", "our", "choice", "add", "comes",
                               "come", "includes", "include", "each", "per", "from", "over", "into", "then",
                               "finished", "tossed", "side", "any", "all", "your", "or", "both"})


#: A caller describing a dish rather than naming it: "a stew with tofu", "pasta in a cream sauce".
_DESCRIBING = re.compile(r"\b(?:with|in|con|w/)\s")


#: Prepositions after which a name says what its dish is of or comes with, in English and the
#: Romance languages ("Bolinhos de Bacalhau", "Bacalhau com Natas", "Ribs with Black Bean"): the
#: dish is the word before them, not the last word of the name.
HEAD_PREPOSITIONS = re.compile(r"\s(?:with|w/|de|do|da|dos|das|del|di|della|con|com|a|à|al|alla|au|aux|en)\s")


#: A category named by more than one kind of dish ("Congee and Noodles", "Soups & Salads", "Café y
#: Bebidas", "Sopas e Caldos", "Wraps, Bowls").
_UNION = re.compile(r"\s(?:and|&|y|e|et|und)\s|,")


#: Two words the menu writes joined with a hyphen ("lemon-lime", "mango-pineapple").
_JOINED = re.compile(r"\b([a-z]{3,})-([a-z]{3,})\b")


#: Said but not found among an item's words, these don't count against it: how it comes, that it
#: is good, the cuisine ("a shawarma plate", "vietnamese iced coffee"). "hot", "spicy", "fresh"
#: are not among them: they can make it another dish ("hot coffee" is not the iced one).
COVER_SKIP = frozenset({
    "bowl", "plate", "platter", "dinner", "cup", "glass", "box", "tray", "pot", "jar", "slice", "scoop",
    "order", "classic",
    "traditional", "famous", "delicious", "homemade", "original", "regular", "style", "flavor", "flavored",
    "authentic", "dish", "extra",
    "topping", "filling",
    "mexican", "korean", "indian", "chinese", "italian", "spanish", "american", "vietnamese", "greek", "thai",
    "japanese", "turkish", "ethiopian", "filipino", "peruvian", "french", "jamaican", "cuban", "brazilian",
    "polish", "lebanese", "persian", "moroccan", "german", "caribbean", "hawaiian", "asian", "mediterranean"})


#: Kinds broad enough to say of any item of them ("a drink", "a dessert"), unlike "cake" or "juice".
KIND_UMBRELLAS = frozenset({"drink", "beverage", "dessert", "sweet", "side", "appetizer", "starter", "snack"})


#: Kinds that are words for the same thing (a wrap is a sandwich), unlike the families above that
#: only share an umbrella (a cake and a cookie are both desserts, not one another).
SAME_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"sandwich", "wrap", "sub", "hero", "hoagie", "pita", "torta"}),
    frozenset({"pasta", "noodle"}),
    frozenset({"side", "appetizer", "starter", "snack"}),
    frozenset({"soup", "stew", "broth"}),
    frozenset({"drink", "beverage"}),
)


SAME_KIND_WORDS = frozenset().union(*SAME_KINDS)


#: The forms a dish is served in. A form said must be the item's ("a chicken doner plate" is not
#: the Chicken Döner Dürüm, a wrap); an item of no form (a "Adana Kebab") takes any. Words of one
#: form are one ("a donair platter" for the Döner Plate, "meat loaf dinner" in "Blue Plate Specials").
FORMS: tuple[frozenset[str], ...] = (
    frozenset({"plate", "platter", "dinner", "combo", "combination"}),  # a combination platter
    frozenset({"wrap", "durum", "sandwich", "sub", "hero", "pita"}),
    frozenset({"bowl"}),
)


FORM_WORDS = frozenset().union(*FORMS)


#: Kinds of dish menus write joined to what they are made with ("cheeseburger", "meatball"); not
#: a cheesesteak, which is no steak.
COMPOUND_HEADS = ("burger", "cake", "dog", "bread", "ball")


#: At most this many gazetteer names per item (a long name holding several dishes).
GAZETTEER_NAMES = 24


SURE_SCORE = 0.82  # at least this good to answer with one item


CLEAR_MARGIN = 0.12  # ...and this much better than the runner-up


CANDIDATE_SCORE = 0.55  # worth asking about


EXPLAINED = 0.8  # a said word this close to one of the item's words is accounted for


#: Units that make a number a size ("2 liter", "16 ounce", "12 inch", "30 cm"), and "6 piece": a
#: size said of a menu that doesn't sell that many is still a size, not six of the item.
SIZE_UNITS = words_meaning(MEASURE) | {"piece"}


#: Meats and fish: said with an item made of none of them, they make it another dish.
PROTEINS = frozenset({"chicken", "beef", "pork", "lamb", "goat", "veal", "duck", "turkey", "fish", "shrimp",
                      "squid", "octopus", "crab", "salmon", "tuna", "mussel", "oxtail", "eel"})


#: The kinds of drink (the first family above), and the containers drinks are sold in: said as a
#: size of an item that is no drink, they ask for another thing ("a bottle of sake" of salmon nigiri).
DRINKS = KIND_FAMILIES[0]
DRINK_CONTAINERS = frozenset({"bottle", "can"})


#: Words that say what kind of food, not which dish: said alone (with no word of one item's own
#: name) of several items that are all of them, they ask.
LONE_KINDS = GENERIC_WORDS | KIND_WORDS | PROTEINS | frozenset({"kabob", "kebab", "dumpling", "broth"})


#: Letters of Spanish words that an English speaker spells otherwise ("ll" as "y", "j" as "h").
_SPANISH_LETTERS = re.compile(r"ll|j")


_SPANISH_SOUNDS = (("ll", "y"), ("j", "h"), ("qu", "k"), ("z", "s"), ("v", "b"))


def _heard_spanish(word: str) -> str:
    """A word as it sounds read the Spanish way, spelled as an English speaker would write it."""
    for written, sound in _SPANISH_SOUNDS:
        word = word.replace(written, sound)
    return word


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def fold_name(name: str) -> str:
    return fold(name).replace("&", " and ")


def _significant(words: t.Iterable[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in FILLER and not w.isdigit())


def _name_words(words: t.Iterable[str]) -> tuple[str, ...]:
    """A name's words: numbers kept ("Cuatro Quesos" is "4 cheese", not "cheese")."""
    return tuple(w for w in words if w not in FILLER)


#: What a dish is made of, when a name says it: a name that says one, a gloss that says another
#: are not the same dish ("Lamb Tibs", "sauteed beef").
MEATS = frozenset({"chicken", "beef", "pork", "lamb", "goat", "veal", "duck", "turkey", "fish", "shrimp",
                   "seafood", "tofu", "vegetable", "squid", "octopus", "crab", "salmon", "tuna", "mussel",
                   "oxtail", "eel", "egg"})


#: Meats and fish, not what else a dish is "made of" in ``MEATS`` (tofu, vegetables, egg).
FLESH = MEATS - {"tofu", "vegetable", "egg"}


#: Said (as spoken, before translation) of a dish, these rule out every item made with meat or fish.
MEATLESS = frozenset({"vegetarian", "veggie", "vegan", "meatless"})


def _other_meat(name: tuple[str, ...], rest: tuple[str, ...]) -> bool:
    said = {w for w in rest if w in MEATS or KINDS_OF.get(w) in MEATS - {"meat"}}
    named = {w for w in name if w in MEATS}
    return bool(said and named and not said & named and not {KINDS_OF.get(w) for w in said} & named)


#: Words that stand for a choice not made ("a pie with a topping", "a crepe with a filling"): an
#: item whose description has the word ("one topping on each half") is not told by it.
CHOICE_WORDS = frozenset({"topping", "filling"})

#: Words that say how an order comes or which part of the menu it is from, not what food it is:
#: never a food word left out ("a side of rice", "the three meat combo" for a Three Meat Plate).
NOT_FOOD = KIND_UMBRELLAS | frozenset({"combo", "meal", "special", "specialty", "item", "something", "food",
                                       "dish", "entree", "order", "plate", "platter", "bowl", "box"})


#: A cuisine said of a dish ("turkish coffee", "greek salad", "thai iced tea") → the gazetteer's
#: section of that cuisine (None: the gazetteer has none). Said of an item, it must be the item's
#: own (its name, description, category) or the menu's (the cuisine its dishes show): a Turkish
#: coffee is no Cafezinho, a Greek salad no Potato Salad.
CUISINE_WORDS: dict[str, str | None] = {
    "mexican": "mexican", "korean": "korean", "indian": "indian", "chinese": "chinese", "italian": "italian",
    "spanish": "spanish", "vietnamese": "vietnamese", "greek": "greek", "thai": "thai",
    "japanese": "japanese",
    "turkish": "turkish", "ethiopian": "ethiopian", "filipino": "filipino", "peruvian": "peruvian",
    "french": "french", "jamaican": "caribbean", "trinidadian": "caribbean", "caribbean": "caribbean",
    "cuban": None, "brazilian": "brazilian", "polish": "polish", "lebanese": "middle eastern",
    "levantine": "middle eastern", "syrian": "middle eastern", "israeli": "middle eastern",
    "persian": None, "moroccan": "moroccan", "german": None, "hawaiian": None, "afghan": None,
    "georgian": None,
    "burmese": "southeast asian", "nigerian": "west african", "ghanaian": "west african", "colombian": None,
    "salvadoran": None, "cajun": "cajun", "creole": "cajun", "american": None, "english": None,
    "irish": None, "nepali": None, "nepalese": None, "tibetan": None, "sri": None, "pakistani": None,
    "egyptian": None, "russian": None, "ukrainian": "ukrainian", "hungarian": None,
    "portuguese": "portuguese",
    "argentinian": None, "venezuelan": None, "puerto": None, "dominican": None,
    "malaysian": "southeast asian",
    "indonesian": "southeast asian", "cambodian": "southeast asian", "laotian": "southeast asian",
}


@functools.lru_cache(maxsize=1)
def food_vocabulary() -> frozenset[str]:
    """Every word that names food the matcher knows of, on any menu: the English and foreign words
    of the food words (``FOOD_WORDS``, ``FOOD_PHRASES``), ``KINDS_OF``, the kinds of dish and meats,
    and the words of the dish gazetteer's names. Said and left out by an item, it names other food."""
    words: set[str] = set(FOOD_WORDS) | set(KINDS_OF) | set(KINDS_OF.values()) | set(ROMAN_WORDS)
    for english in (*FOOD_WORDS.values(), *FOOD_PHRASES.values(), *ROMAN_WORDS.values()):
        words.update(english.split())
    for phrase_words in FOOD_PHRASES:
        words.update(phrase_words)
    words |= gazetteer_words() | DISH_KINDS | KIND_WORDS | MEATS | PROTEINS
    words |= GENERIC_WORDS | set(CUISINE_WORDS)
    return frozenset(words - FILLER - NOT_FOOD)


food_vocabulary()  # built at import (~6 ms, once per process) as the gazetteer is, not on a first phrase
