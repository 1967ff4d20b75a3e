"""How a name sounds, for a speech recogniser's English spelling of a foreign name ("ben yays"
for the Beignets, "mock shoe" for the Maque Choux, "very blast" for the Berry Blast).

A recogniser that does not know a word writes English words that sound like it. Edit distance on
letters can't see that ("ben yays" and "beignets" share four letters out of nine) and the
romanisation key is too coarse to trust alone; comparing by sound can:

- :func:`english_key`: what the caller said, read by English spelling rules, as a string of coarse
  phonemes (one character each: vowels ``a e i o u``, consonants ``p b t d k g f v s z m n l r w
  j h``, ``S`` for "sh", ``Z`` for "zh", ``C`` for "ch", ``J`` for "j", ``T`` for "th", ``N`` for
  "ng", ``x`` for the "kh" / Spanish "j").
- :func:`name_keys`: a menu name under the spelling conventions of the languages menus are
  written in (English; Spanish, Italian, French, Portuguese, German, Dutch / Afrikaans; the usual
  romanisations of Japanese, Korean, Chinese, Hindi/Urdu, Arabic/Persian, Haitian Kreyòl, read as
  written): a small set of candidate pronunciations, as the menu's language is not known.
- :func:`distance`: a weighted alignment of two phoneme strings, normalised by the longer: a
  vowel for another, a voiced consonant for its voiceless pair, "l" / "r", "b" / "v", "s" / "z"
  cost little, a weak vowel, an "h" or a final "s" left out or put in little, consonants of
  different classes much. Word boundaries are not compared (words are run together), so "ben
  yays" is one string, as "beignets" is.

The thresholds (:data:`SOUNDS_SAME`) were chosen on a calibration set checked against espeak-ng's
IPA (bench/sound_alike.py; bench/RESULTS-tools.md, round w-sound10): not guessed.
"""

from __future__ import annotations

import re
import typing as t
import unicodedata
from functools import lru_cache

#: A normalised :func:`distance` at or below which two keys are taken to sound the same — the
#: largest that keeps every written near-miss of the calibration set apart (bench/sound_alike.py:
#: 54 of 69 sound-alikes found, 0 of 30 written and 4 of 36 mined near-misses joined).
SOUNDS_SAME = 0.08

#: The fewest sounds a name heard by its sound alone may have: in four, one sound decides ("salo"
#: / "solo", "sina" for Singha and a German reading of "Shiner"), too little to go on.
SHORTEST = 5

VOWELS = frozenset("aeiou")

# --- letters → sounds ----------------------------------------------------------------------------

_PRE_FOLD = {"ñ": "ny", "ä": "ae", "ö": "oe", "ü": "ue", "ç": "s", "ß": "ss", "œ": "oe", "æ": "ae",
             "ø": "oe", "å": "o", "ã": "an", "õ": "on"}


_NOT_LETTERS = re.compile(r"[^a-z]+")
_NOT_SOUNDS = re.compile(r"[^aeioupbtdkgfvszmnlrwjhSZCJTNx]")


def spoken_words(text: str) -> list[str]:
    """The words of ``text`` as the keys read them: lower-case ASCII letters, accents folded the way
    each language says them ("ä" as "ae", "ñ" as "ny")."""
    text = "".join(_PRE_FOLD.get(ch, ch) for ch in text.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return [w for w in _NOT_LETTERS.split(text) if w]


_Rules = tuple[tuple[str, str], ...]
_Sound = str | t.Callable[[re.Match[str]], str]
_COMPILED: dict[int, list[tuple[str, re.Pattern[str], _Sound]]] = {}


def _sound(template: str) -> _Sound:
    """A replacement of back-references only ("\\1\\1\\2") as a function: re parses such a template
    on every call otherwise, the most of what building the keys cost."""
    if "\\" not in template:
        return template
    groups = [int(g) for g in re.findall(r"\\(\d)", template)]
    assert re.sub(r"\\\d", "", template) == "", template

    def expand(found: re.Match[str]) -> str:
        return "".join(found.group(g) for g in groups)
    return expand


def _literal(pattern: str) -> str:
    """The letters a rule's pattern can only match with ("" when none is certain), to skip the
    rules a word has no letters for (most: the keys are built for every word of every menu)."""
    if "|" in pattern:
        return ""
    found = re.match(r"\^?([a-z]+)([?*{]?)", pattern)
    if found is None:
        return ""
    letters = found.group(1)
    return letters[:-1] if found.group(2) else letters


def _rewrite(word: str, rules: _Rules) -> str:
    """Apply regex rules in order (each over the whole word)."""
    compiled = _COMPILED.get(id(rules))
    if compiled is None:
        compiled = _COMPILED[id(rules)] = [(_literal(pattern), re.compile(pattern), _sound(sound))
                                           for pattern, sound in rules]
    for literal, pattern, sound in compiled:
        if literal in word:
            word = pattern.sub(sound, word)
    return word


_V = "[aeiouy]"

# English spelling, as a speech recogniser writes what it hears
_ENGLISH = (
    (r"ought", "ot"), (r"^kn", "n"), (r"^wr", "r"), (r"^ps", "s"), (r"mb$", "m"), (r"tch", "C"),
    (r"dge?", "J"), (r"^sch", "sk"), (r"ch", "C"), (r"sh", "S"), (r"si(?=on)", "Z"), (r"ti(?=on)", "S"),
    (r"th", "T"),
    (r"ph", "f"), (r"wh", "w"), (r"^gh", "g"), (r"igh", "I"), (r"gh", ""), (r"ck", "k"),
    (r"qu", "kw"), (r"^x", "z"), (r"x", "ks"), (r"ng(?![aeiouy])", "N"), (r"c(?=[eiy])", "s"),
    (r"c", "k"), (r"g(?=[eiy])", "J"), (r"j", "J"), (r"uy|(?<=[^aeiou])ye$", "I"), (r"^y(?=[aeiou])", "j"),
    (r"(?<=[aeiou])y(?=[aeiou])", "j"),
    # vowels: the long ones of a silent final e, then the digraphs
    (r"(?<=[^aeiou])y(?=[aeiou])", "j"),
    (r"([aeiou])([bcdfgklmnprstvzCJST])e$", r"\1\1\2"), (r"(?<=[a-zA-Z][^aeiou])e$", ""),
    (r"(?<=[a-zA-Z][^aeiou])es$", "s"),
    (r"aa(?=[^aeiou]|$)", "E"), (r"ii(?=[^aeiou]|$)", "I"), (r"uu(?=[^aeiou]|$)", "u"),
    # (a final "ai" is the "eye" of Thai, chai; "ou" and a final "ow" the "au" of house, now — kept
    # apart from the "au" of sauce)
    (r"ai$", "I"), (r"ee|ea|ie$|ey$|y$", "i"), (r"ay|ai|ei|ey", "e"), (r"oo|ew|ue|ui|ou(?=p|s)", "u"),
    (r"ou|ow$", "A"), (r"oa|ow|oe", "o"), (r"au|aw", "o"), (r"oi|oy", "oi"), (r"y", "i"),
    (r"(?<=[aeiouIEA])h$", ""),
    (r"I", "ai"), (r"E", "ei"), (r"A", "au"),
    (r"er$", "r"), (r"(?<=[aeiou])([bdgkptfmnlrsvz])\1", r"\1"), (r"([^aeiou])\1", r"\1"),
)

# the sounds written alike by most romanisations and most languages written in Latin letters
_COMMON_START = (
    (r"tch", "C"), (r"sch", "S"), (r"ch", "C"), (r"sh", "S"), (r"zh", "J"), (r"kh", "x"), (r"gh", "g"),
    (r"ph", "f"), (r"th", "t"), (r"dh", "d"), (r"bh", "b"), (r"jh", "J"), (r"ng(?![aeiou])", "N"),
)
_COMMON_END = (
    (r"c", "k"), (r"q", "k"), (r"([bdfgjklmnprstvwxzCJSZT])\1+", r"\1"), (r"([aeiou])\1+", r"\1"),
    (r"(?<=[bdfgjkmnpqstvCJSx])h", ""), (r"y(?=[aeiou])", "j"), (r"y", "i"),
)

_GENERIC = (  # romanisations read as written: Japanese, Korean, Hindi/Urdu, Arabic/Persian, Kreyòl
    *_COMMON_START, (r"eo", "o"), (r"eu", "u"), (r"ae", "e"), (r"oe", "e"), (r"ou", "u"), (r"ee", "i"),
    (r"oo", "u"), (r"j", "J"), (r"x", "ks"), (r"z", "z"), *_COMMON_END,
)
_KREYOL = (*_COMMON_START[:3], (r"ch", "S"), (r"j", "Z"), (r"ou", "u"), (r"x", "ks"), *_COMMON_END)
_PINYIN = (
    (r"zh", "J"), (r"ch", "C"), (r"sh", "S"), (r"^x|(?<=[^a-z])x", "S"), (r"x", "S"), (r"q", "C"),
    # (the glide of "xiao", "qiao", "jiao", said "shao", "chow", "jow"; not the "ian" said "yen")
    (r"(?<=[SCj])i(?=a(?!n(?!g))|o)", ""),
    (r"c", "ts"), (r"z", "dz"), (r"ui", "wei"), (r"iu", "iou"), (r"ao", "au"), (r"j", "J"),
    (r"ng(?![aeiou])", "N"), *_COMMON_END,
)
_SPANISH = (
    (r"ch", "C"), (r"cc(?=[ei])", "ks"), (r"x", "ks"), (r"h", ""), (r"j", "x"), (r"ll", "j"), (r"ny", "nj"),
    (r"qu", "k"), (r"gu(?=[ei])", "g"), (r"g(?=[ei])", "x"), (r"c(?=[ei])", "s"), (r"z", "s"), (r"v", "b"),
    *_COMMON_END,
)
_ITALIAN = (
    (r"sch", "sk"), (r"sc(?=[ei])", "S"), (r"gli", "lj"), (r"gn", "nj"), (r"ch", "k"), (r"gh", "g"),
    (r"c+i(?=[aou])", "C"), (r"c+(?=[ei])", "C"), (r"g+i(?=[aou])", "J"), (r"g+(?=[ei])", "J"),
    (r"qu", "kw"), (r"zz|z", "ts"), (r"h", ""), *_COMMON_END,
)
_FRENCH = (
    (r"(?<=[a-z]{2})(e?s|e?x|e?t|e?d|e?z|p|e)$", ""), (r"er$", "e"), (r"eaux?|aux?", "o"),
    (r"gu(?=[ei])", "g"), (r"g(?=[ei])", "Z"), (r"j", "Z"),
    (r"oi", "wa"), (r"ou", "u"), (r"ill", "ij"), (r"ch", "S"), (r"gn", "nj"), (r"qu", "k"),
    (r"c(?=[eiy])", "s"), (r"ai|ei|et$", "e"),
    (r"eu", "e"), (r"th", "t"), (r"ph", "f"), (r"h", ""), (r"x", "ks"), (r"(?<=[aeiou])s(?=[aeiou])", "z"),
    *_COMMON_END,
)
_PORTUGUESE = (
    (r"lh", "lj"), (r"nh", "nj"), (r"ch", "S"), (r"x", "S"), (r"j", "Z"), (r"g(?=[ei])", "Z"),
    (r"qu(?=[ei])", "k"), (r"gu(?=[ei])", "g"), (r"c(?=[ei])", "s"), (r"ao$", "aun"), (r"o$", "u"),
    (r"e$", "i"), (r"(?<=[aeiou])s(?=[aeiou])", "z"), (r"h", ""), *_COMMON_END,
)
_GERMAN = (
    (r"sch", "S"), (r"^s(?=[pt])", "S"), (r"tsch", "C"), (r"ch", "x"), (r"ck", "k"), (r"ei|ai", "ai"),
    (r"ie", "i"), (r"eu|aeu", "oi"), (r"ae", "e"), (r"oe", "e"), (r"ue", "i"), (r"tz|z", "ts"),
    (r"v", "f"), (r"w", "v"), (r"j", "j"), (r"^s(?=[aeiou])", "z"), (r"qu", "kv"), (r"x", "ks"),
    (r"er$", "a"), (r"(?<=[aeiou])h", ""), *_COMMON_END,
)

_DUTCH = (  # Dutch, Flemish and Afrikaans: "oe" is "u", "w" a "v", "v" an "f", "g" the "kh"
    (r"sch", "sx"), (r"tj", "C"), (r"sj", "S"), (r"ch", "x"), (r"g", "x"), (r"ij|ei", "ai"), (r"ui", "ai"),
    (r"oe", "u"), (r"ie", "i"), (r"ou", "au"), (r"aa", "a"), (r"ee", "e"), (r"oo", "o"), (r"uu", "i"),
    (r"v", "f"), (r"w", "v"), (r"d$", "t"), (r"c(?=[eiy])", "s"), *_COMMON_END,
)

_NORWEGIAN = (  # Norwegian (and Danish): "kj", "tj", "sj", "skj" are "sh", "hv" a "v", "eig" / "ei" an "ai"
    (r"skj|sj|kj|tj", "S"), (r"hv", "v"), (r"gj", "j"), (r"eig$", "ai"), (r"ei", "ai"), (r"oe", "o"),
    (r"ae", "e"), (r"y", "i"), *_COMMON_END,
)

#: The spelling conventions a menu name is read under (its language is not known).
NAME_RULES: dict[str, _Rules] = {
    "english": _ENGLISH, "generic": _GENERIC, "spanish": _SPANISH, "italian": _ITALIAN,
    "french": _FRENCH, "portuguese": _PORTUGUESE, "german": _GERMAN, "pinyin": _PINYIN, "kreyol": _KREYOL,
    "dutch": _DUTCH, "norwegian": _NORWEGIAN,
}


def _finish(key: str) -> str:
    return _NOT_SOUNDS.sub("", key)


@lru_cache(maxsize=50000)
def word_key(word: str, rules: str) -> str:
    """One word (lower-case letters) under one language's spelling rules."""
    return _finish(_rewrite(word, NAME_RULES[rules]))


@lru_cache(maxsize=20000)
def english_key(text: str) -> str:
    """What the caller said, read as English, its words run together."""
    return "".join(word_key(w, "english") for w in spoken_words(text))


@lru_cache(maxsize=20000)
def name_keys(text: str) -> frozenset[str]:
    """A name read under each language's spelling rules, its words run together."""
    words = spoken_words(text)
    return frozenset("".join(word_key(w, rules) for w in words) for rules in NAME_RULES)


# --- comparing sounds ----------------------------------------------------------------------------

_CHEAP_PAIRS = (
    # voiced and voiceless
    ("pb", 0.3), ("td", 0.3), ("kg", 0.3), ("fv", 0.3), ("sz", 0.2), ("SZ", 0.2), ("CJ", 0.3),
    # one place, another manner; sounds written for one another by romanisations
    ("lr", 0.3), ("bv", 0.3), ("vw", 0.4), ("sS", 0.4), ("CS", 0.3), ("JZ", 0.3), ("Jj", 0.4), ("Jz", 0.5),
    ("Zz", 0.4), ("Cs", 0.5), ("Js", 0.6), ("hx", 0.2), ("kx", 0.4), ("nN", 0.3), ("mn", 0.4), ("Tt", 0.3),
    ("Ts", 0.4), ("Tf", 0.4), ("Td", 0.3), ("fp", 0.5), ("tC", 0.5), ("dJ", 0.5), ("ji", 0.3), ("wu", 0.3),
    ("gx", 0.5), ("Sx", 0.6), ("kC", 0.6), ("gJ", 0.5),
)
_SUBSTITUTE: dict[tuple[str, str], float] = {}
for _pair, _cost in _CHEAP_PAIRS:
    _SUBSTITUTE[(_pair[0], _pair[1])] = _SUBSTITUTE[(_pair[1], _pair[0])] = _cost
for _a in VOWELS:
    for _b in VOWELS:
        if _a != _b:
            _SUBSTITUTE[(_a, _b)] = 0.2 if {_a, _b} in ({"e", "i"}, {"o", "u"}) else 0.3 if {_a, _b} in (
                {"a", "e"}, {"a", "o"}) else 0.5

#: The cost of a sound said and not written, or written and not said.
_INDEL = {"h": 0.2, "j": 0.4, "w": 0.4, "r": 0.5, "t": 0.7, "d": 0.7, "n": 0.7, "s": 0.6, "z": 0.6}
_VOWEL_INDEL = 0.35


def _indel(sound: str, at_end: bool) -> float:
    if sound in VOWELS:
        return _VOWEL_INDEL
    if at_end and sound in "sz":
        return 0.3  # a plural, or a final consonant one language writes and does not say
    return _INDEL.get(sound, 1.0)


def _substitute(a: str, b: str) -> float:
    if a == b:
        return 0.0
    cost = _SUBSTITUTE.get((a, b))
    if cost is not None:
        return cost
    return 1.3 if (a in VOWELS) != (b in VOWELS) else 1.0


@lru_cache(maxsize=100000)
def alignment_cost(said: str, name: str, limit: float = float("inf")) -> float:
    """The cheapest weighted alignment of two phoneme strings (see the module docstring); once
    every alignment costs more than ``limit``, that cost so far (the rest is not worked out)."""
    rows, cols = len(said), len(name)
    previous = [0.0] * (cols + 1)
    for j in range(1, cols + 1):
        previous[j] = previous[j - 1] + _indel(name[j - 1], j == cols)
    for i in range(1, rows + 1):
        current = [previous[0] + _indel(said[i - 1], i == rows)] + [0.0] * cols
        a = said[i - 1]
        for j in range(1, cols + 1):
            b = name[j - 1]
            current[j] = min(previous[j - 1] + _substitute(a, b),
                             previous[j] + _indel(a, i == rows),
                             current[j - 1] + _indel(b, j == cols))
        previous = current
        if min(previous) > limit:
            return min(previous)
    return previous[cols]


_SKELETON = str.maketrans("eioubdgvzZJrxwTNjh", "aaaaptkfsSClhftnia")


def skeleton(key: str) -> str:
    """A key with the cheap differences of :func:`distance` taken out (vowels alike, voiced and
    voiceless alike, "l" and "r"…), for a quick letter-ratio look-up before the alignment."""
    return key.translate(_SKELETON)


def distance(said: str, name: str) -> float:
    """:func:`alignment_cost` per sound of the longer key: 0 the same, about 1 unrelated."""
    if not said or not name:
        return 1.0
    return alignment_cost(said, name) / max(len(said), len(name))


def within(said: str, name: str, threshold: float = SOUNDS_SAME) -> bool:
    """:func:`distance` at most ``threshold``, the alignment given up as soon as it can't be."""
    if not said or not name:
        return False
    longer = max(len(said), len(name))
    return alignment_cost(said, name, threshold * longer) <= threshold * longer


def best_distance(said: str, names: frozenset[str] | set[str]) -> float:
    """The closest of a name's candidate pronunciations to what was said."""
    return min((distance(said, name) for name in names), default=1.0)
