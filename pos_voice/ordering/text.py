"""Spoken text → comparable tokens: lower case, numbers as digits, singulars, food synonyms.

Everything that compares a caller's words with menu names goes through :func:`tokens`, so
the menu side and the caller side are normalised by exactly the same rules.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from .food_words import english_for, translate_phrases

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "couple": 2, "pair": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "dozen": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: ...and French numbers a caller says with a French menu's size ("deux litres" of the 2 Litres),
#: and Polish ones ("czterdzieści" of the 40 cm, "trzydziestka" — "a thirty" — of the 30 cm, "dwie"
#: of a count), read as numbers, never spoken back (``cart`` says the English ones).
_SAID_NUMBERS: dict[str, int] = {**NUMBER_WORDS, "deux": 2, "trois": 3, "cinq": 5, "dix": 10, "douze": 12,
                                 "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
                                 "dwa": 2, "dwie": 2, "trzy": 3, "szesc": 6, "dziesiec": 10,
                                 "dwadziescia": 20, "trzydziesci": 30, "czterdziesci": 40, "piecdziesiat": 50,
                                 "dwudziestka": 20, "trzydziestka": 30, "czterdziestka": 40,
                                 "piecdziesiatka": 50}

_TENS = frozenset(str(n) for n in range(20, 100, 10))

#: Words that carry no item meaning in an order ("can I get a large pepperoni please").
FILLER = frozenset({
    "can", "could", "i", "get", "have", "want", "like", "would", "please", "and", "with", "of", "the", "some",
    "me", "order", "gimme", "give", "let", "lemme", "just", "uh", "um", "um,", "yeah", "ok", "okay", "also",
    "maybe", "for", "my", "to", "go", "you", "your", "do", "got", "need", "take", "size", "sized", "'ll",
    "ll", "us", "we", "make", "that", "one", "ones", "thing", "kind", "type", "style", "in", "on",
    "a", "an", "them", "those", "these", "it", "is", "be", "gonna", "wanna", "will", "how", "about",
    "la", "alla", "al", "di", "de", "del",
    # Italian and French articles and prepositions in names ("Linguine ai Frutti di Mare", "Coq au Vin",
    # said "coq o vin")
    "ai", "alle", "allo", "agli", "dei", "della", "delle", "dello", "degli", "e", "au", "aux", "du", "des",
    "col", "coi",  # Italian "with the": "brioche col gelato" for the Brioche con Gelato
    "et", "les", "une", "o", "ill", "id", "im", "ive", "youd", "wed", "lets", "dont",
    "piece", "serving", "portion", "n",  # "chips n salsa"
    "more", "another", "additional",  # "more injera", "another coke"
    # Spanish ("una pizza de pepperoni", "jamón y queso", "por favor")
    "un", "una", "el", "los", "las", "y", "con", "por", "favor", "para", "quiero",
    # Portuguese ("uma calabresa", "frango com catupiry")
    "uma", "com",
    "iyo",  # Somali "and": "Bariis iyo Digaag" said "rice and chicken"
    # "in" before a size, and "size", in French, Spanish and Portuguese ("une reine en 33", "une
    # orientale taille 26", "tamaño grande"); "en" is also "a" in Danish, Swedish and Norwegian
    "en", "taille", "tamano", "tamanho",
    "mit",  # German "with": "Döner Teller mit Reis" said "doner plate with rice"
    "og", "och",  # Norwegian and Danish, Swedish "and": "Skinke og Ananas" said "ham and pineapple"
})

#: Spoken shorthand → the word a menu uses. Applied token by token after singularising.
SYNONYMS: dict[str, str] = {
    "pie": "pizza", "za": "pizza", "pizzas": "pizza", "apizza": "pizza",  # (New Haven)
    "pep": "pepperoni", "peperoni": "pepperoni",
    "pepperonni": "pepperoni", "roni": "pepperoni", "marg": "margherita", "margarita": "margherita",
    "margharita": "margherita", "margerita": "margherita", "veggie": "vegetable", "veg": "vegetable",
    "veggy": "vegetable", "vege": "vegetable", "vegetarian": "vegetable", "hawaian": "hawaiian",
    "cheeze": "cheese",
    "parm": "parmesan", "parmigiana": "parmesan", "parmigian": "parmesan", "bbq": "barbecue",
    "barbeque": "barbecue", "bar-b-q": "barbecue", "alfredo": "alfredo", "alfedo": "alfredo",
    "fettucine": "fettuccine", "fettucini": "fettuccine", "fettuccini": "fettuccine",
    "spaghetti": "spaghetti", "spagetti": "spaghetti", "sketti": "spaghetti", "lasagne": "lasagna",
    "lasagnas": "lasagna", "caeser": "caesar", "cesar": "caesar", "ceasar": "caesar", "seizure": "caesar",
    "calzones": "calzone", "stromboli": "stromboli", "garlic-knot": "garlic knot", "knots": "knot",
    "wing": "wing", "buffalo": "buffalo", "tiramisu": "tiramisu", "tiramisou": "tiramisu",
    "cannolis": "cannoli", "canoli": "cannoli", "cannolli": "cannoli", "brownies": "brownie",
    "coke": "coke", "cola": "coke", "coca": "coke", "pepsi": "pepsi", "sprite": "sprite",
    "soda": "soda", "pop": "soda", "sodas": "soda", "mozz": "mozzarella", "mozzarela": "mozzarella",
    "mozarella": "mozzarella", "mozzerella": "mozzarella", "meatlovers": "meat lover", "supream": "supreme",
    "ltr": "liter", "litre": "liter", "litres": "liter", "liters": "liter", "l": "liter",
    "litr": "liter", "litra": "liter",  # (Polish)
    "oz": "ounce", "ounces": "ounce", "inches": "inch", "in.": "inch", "lg": "large", "lrg": "large",
    "pouce": "inch",  # (French: the "12 Pouces" sub)
    "centimeter": "cm", "centimetre": "cm", "centymetr": "cm", "centymetrow": "cm",  # (Polish: the 40 cm)
    "centiliter": "cl", "centilitre": "cl", "milliliter": "ml", "millilitre": "ml",  # (the 50 cl, the 330 ml)
    "med": "medium", "md": "medium", "sm": "small", "sml": "small", "xl": "extra large",
    "x-large": "extra large", "xlarge": "extra large", "personal": "personal", "ice": "iced",
    "ny": "new york", "nyc": "new york",
    "orden": "order", "ordenes": "order",  # (Spanish: "una orden de anticuchos", an order of them)
    # the same food said another way ("a hamburger", "chicken fingers", "curried goat", "an oj")
    "hamburger": "burger", "hamburg": "burger",  # (New England: "a hamburg pizza", "a hamburg sub")
    "finger": "tender", "curried": "curry", "oj": "orange juice",
    "strip": "tender", "crawdad": "crawfish", "crayfish": "crawfish", "gator": "alligator",
    "unsweetened": "unsweet", "bleu": "blue", "okro": "okra", "poboy": "po boy",
    "baloney": "bologna", "boloney": "bologna",  # (the sausage as American English says and spells it)
    "doctor": "dr", "saint": "st",
    # one word spelled as menus of several cuisines spell it ("Seekh Kabob", "Chicken Kabab")
    "kabob": "kebab", "kebob": "kebab", "kabab": "kebab",
}

#: Singulars that end in "ie" ("cookies" → "cookie", not "cooky").
_IE_WORDS = frozenset({"cookie", "brownie", "smoothie", "veggie", "pie", "goodie", "calorie", "zombie"})

#: Singulars that end in "i" and are made plural with "ies" ("chilies" → "chili", not "chily").
_I_WORDS = frozenset({"chili", "chilli"})

_NOT_PLURAL = frozenset({
    "ss", "us", "is", "swiss", "hummus", "asparagus", "citrus", "lettuce", "bus", "caesar", "pasta", "fries",
    "nachos", "chips", "mozzarella", "greens", "brussels", "oats", "molasses", "series", "species", "bass",
    "glass", "plus", "cactus", "couscous", "octopus", "tuna", "tennis", "iris", "pastis", "anis", "this",
    "reis",  # German rice, no plural
})

_SPLIT = re.compile(r"[^a-z0-9'.\-]+")
_DIGIT = re.compile(r"\d")

#: Italian and French articles and prepositions written onto the next word ("all'", "l'", "d'").
_ELIDED = frozenset({"l", "d", "all", "dell", "nell", "sull", "dall", "un", "qu", "c", "j", "s", "n"})


def fold(text: str) -> str:
    """Lower case Latin letters: accents off ("Jalapeño" → "jalapeno"), letters that are not an
    accented Latin letter spelled out ("Đặc Biệt" → "dac biet", "Smørrebrød"), other scripts
    romanised ("김치찌개" → "gimchijjigae", "麻婆豆腐" → "mapodoufu") by anyascii."""
    return anyascii(unicodedata.normalize("NFC", str(text))).lower()


def singular(word: str) -> str:
    """A crude, symmetric singular: applied to menu and caller alike, so it only needs to agree."""
    if len(word) <= 3 or word in _NOT_PLURAL or word.isdigit():
        return word
    if word.endswith("ies") and word[:-1] in _IE_WORDS:
        return word[:-1]
    if word.endswith("ies") and word[:-2] in _I_WORDS:
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("eis") and len(word) >= 6:  # the Portuguese plural of -el: "pastéis" → "pastel"
        return word[:-2] + "l"
    if word.endswith(("ches", "shes", "xes", "zes", "oes", "sses")):  # "glasses" → "glass"
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


#: The number a menu lists an item by, written before its name ("8. Kebabpizza", "12) General
#: Tso's", "#3 Combo"): no word of the name ("two skinke" is two of the "2. Skinke", not it).
MENU_NUMBER = re.compile(r"^\s*(?:#\s*(\d{1,3})[.):]?|(\d{1,3})[.)])\s+(?=[^\W\d])")


def menu_number(name: str) -> int | None:
    """The number a menu lists an item by ("8. Kebabpizza" → 8), ``None`` when it has none."""
    found = MENU_NUMBER.match(fold(name))
    return int(found.group(1) or found.group(2)) if found else None


def _split(text: str) -> list[str]:
    text = fold(text).replace("&", " and ").replace("\u2019", "'")
    if _DIGIT.search(text):
        text = MENU_NUMBER.sub("", text, count=1)
        # a size's unit as menus abbreviate it: "12in", '16"', "6 pc"
        text = re.sub(r"(\d)(?:\s*\"|in\b\.?)", r"\1 inch", text)
        text = re.sub(r"(\d)\s*pcs?\b\.?", r"\1 piece", text)
        text = re.sub(r"(\d)\s*-\s*(liter|litre|l|oz|ounce|inch|in|piece|pc)\b", r"\1 \2", text)
        text = re.sub(r"(\d)(liter|litre|l|oz|ounce|inch|in|pc|pcs)\b", r"\1 \2", text)
        text = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", text)
        text = re.sub(r"\b1/2\b", "half", text)  # "1/2 lb", "1/2 rack"
        text = re.sub(r"\b1/4\b", "quarter", text)
        text = re.sub(r"(\d)\s*(lbs?|pounds?)\b\.?", r"\1 pound", text)
    # a weight or a dozen said in words, as the menu's size is named: "a pound" → "1 pound",
    # "half a pound" / "a half pound" → "half pound", "half a dozen" → "half dozen"
    text = re.sub(r"\b(?:a\s+)?half\s+(?:a\s+)?(pound|lb|dozen)s?\b", r"half \1", text)
    text = re.sub(r"\b(?:a|one)\s+(?:pound|lb)s?\b", "1 pound", text)
    # a decimal comma as European menus write it ("0,5 l") is the point a caller's "0.5" has;
    # the Polish half liter ("pół litra") is that 0.5 l, a "litrowa" ("one-liter") cola the 1 l
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)
    text = re.sub(r"\bpol\s+litra\b", "0.5 liter", text)  # (an English "half liter" stays: the Mezzo Litro)
    text = re.sub(r"\blitrow[aey]\b", "1 liter", text)
    text = re.sub(r"\b(?:un|une|one)\s+(?:litre|liter)\b", "1 liter", text)  # "un litre" of the 1 L
    text = re.sub(r"\bhalf lb\b", "half pound", text)
    raw = [part.strip("'.-") for part in _SPLIT.split(text)]
    words: list[str] = []
    for word in raw:
        if not word:
            continue
        if word.endswith("'s"):
            word = word[:-2]
        article, _, rest = word.partition("'")
        if rest and article in _ELIDED:
            word = rest  # "all'arrabbiata", "l'oignon": the article off, as callers leave it
        word = word.replace("'", "")
        if "." in word:
            parts = [part for part in word.split(".") if part]
            # "b.l.t" → "blt"; "16.9" stays a number
            word = "".join(parts) if all(len(part) == 1 and part.isalpha() for part in parts) else word
        if "-" in word and word not in SYNONYMS:
            words.extend(piece for piece in word.split("-") if piece)
        else:
            words.append(word)
    return words


def _join_spelled(words: list[str]) -> list[str]:
    """Letters said one by one ("b b q", "b.l.t") become one word ("bbq")."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha() and word not in {"a", "i"}:
            run.append(word)
            continue
        if len(run) >= 2:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if word:
            out.append(word)
    return out


def canonical(word: str, translate: bool = True) -> list[str]:
    """One spoken word → the menu word(s) it stands for (in English when it is a food word of
    another language: ``food_words``; ``translate=False`` keeps it in its language)."""
    found = _CANONICAL.get((word, translate))
    if found is None:
        if len(_CANONICAL) >= _TOKENS_KEPT:
            _CANONICAL.clear()
        found = _CANONICAL[(word, translate)] = tuple(_canonical(word, translate))
    return list(found)


def _canonical(word: str, translate: bool) -> list[str]:
    mapped = SYNONYMS.get(word)
    if mapped is None:
        single = singular(word)
        mapped = SYNONYMS.get(single)
        if mapped is None:
            english = (english_for(single) or english_for(word)) if translate else None
            # the English words as a caller says them go through the same synonyms ("ice" → "iced")
            mapped = " ".join(SYNONYMS.get(w, w) for w in english.split()) if english else single
    return mapped.split()


#: Normalised texts: menu names, ingredients and the gazetteer's names are normalised again and
#: again. A plain dict (cleared when full), not an lru_cache: its entries are no objects of their
#: own for the garbage collector to walk on every full collection.
_TOKENS: dict[tuple[str, bool], tuple[str, ...]] = {}
_CANONICAL: dict[tuple[str, bool], tuple[str, ...]] = {}  # ...and their words, the same way
_TOKENS_KEPT = 50000


def tokens(text: str, translate: bool = True) -> list[str]:
    """Normalised tokens of ``text``: folded, split, synonyms applied, singular; number words kept;
    food words of other languages in English unless ``translate`` is false."""
    found = _TOKENS.get((text, translate))
    if found is None:
        if len(_TOKENS) >= _TOKENS_KEPT:
            _TOKENS.clear()
        found = _TOKENS[(text, translate)] = _tokens(text, translate)
    return list(found)


def _tokens(text: str, translate: bool) -> tuple[str, ...]:
    out: list[str] = []
    words = _join_spelled(_split(text))
    if translate and len(words) > 1:
        words = translate_phrases([singular(w) for w in words])
    for position, word in enumerate(words):
        if word == "half" and words[position + 1:position + 2] == ["dozen"]:
            out.append("6")  # "a half dozen": six; "dozen" is then no number of its own
            words[position + 1] = ""
            continue
        if not word:
            continue
        if word == "dozen" and out and out[-1].isdigit() and out[-1] != "12":
            out[-1] = str(int(out[-1]) * 12)  # "two dozen": 24
            continue
        if word in _SAID_NUMBERS and word not in {"a", "an"} and 1 <= _SAID_NUMBERS[word] <= 9 and out and \
                out[-1] in _TENS and position and words[position - 1] in _SAID_NUMBERS:
            out[-1] = str(int(out[-1]) + _SAID_NUMBERS[word])  # "twenty four": 24 (the "24 oz")
            continue
        if word in _SAID_NUMBERS and word not in {"a", "an"}:
            out.append(str(_SAID_NUMBERS[word]))
            continue
        out.extend(canonical(word, translate))
    return tuple(out)


def phrase(text: str) -> str:
    """The normalised form of a whole phrase, for exact comparisons."""
    return " ".join(tokens(text))


def words_to_number(text: str) -> int | None:
    """"two" → 2, "12" → 12, "twenty one" → 21; ``None`` when ``text`` is not a number."""
    parts = _split(text)
    if not parts:
        return None
    total = 0
    for part in parts:
        if part.isdigit():
            total += int(part)
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    return total

