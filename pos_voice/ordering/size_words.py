"""What a size word means, in many languages: the data of size_words.txt, beside this module.

A menu names its sizes in its own language ("Trancio" / "Teglia Intera", "Broto" / "Média" /
"Grande" / "Família", "Klein" / "Groß", "6 pz") and the caller says them in English or in theirs.
Each word is read for what it says of an amount — a rung of the small-to-large ladder, a part of
the whole, the whole, a count unit, a measure — so a said size maps onto an item's own by meaning,
not by spelling. The words are kept as ``text.tokens`` makes them (folded, singular; translated or
not), so menu and caller are read alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .text import phrase, tokens

SIZE_WORDS_FILE = Path(__file__).with_name("size_words.txt")

#: The meanings a size word may have (``rung N`` and ``count N`` carry a number).
PART, HALF, QUARTER, WHOLE = "part", "half", "quarter", "whole"
LARGEST, SMALLEST = "largest", "smallest"
UNIT, MEASURE = "unit", "measure"
#: A size letter printed on a menu ("R", "L"): read only as the whole of a menu's size name.
LETTER = "letter"
_MEANING = re.compile(
    r"^(?:rung [1-9]|count [0-9]+|part|half|quarter|whole|largest|smallest|unit|measure|letter)$")

#: Meanings that say how much of the whole item: a part of it, or all of it.
AMOUNTS = (PART, HALF, QUARTER, WHOLE)


def _read(path: Path, letters: bool = False) -> dict[str, frozenset[str]]:
    """The lexicon of ``path``: its size words, or (``letters``) its size letters alone."""
    lexicon: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, said = (part.strip() for part in line.split("=", 1))
        found = {meaning.strip() for meaning in said.split(",")}
        bad = [meaning for meaning in found if not _MEANING.match(meaning)]
        if bad:
            raise ValueError(f"{path.name}: {word!r} means {bad!r}, no meaning the matcher knows")
        if (LETTER in found) != letters:
            continue
        if letters:
            lexicon[word.lower()] = found - {LETTER}
            continue
        # as written and as the matcher's words make it ("litre" is "liter", "familiar" "family" —
        # but "dozen" stays a word, not the 12 ``tokens`` makes of it)
        for form in {word, " ".join(tokens(word, translate=False)), " ".join(tokens(word))}:
            if form and not any(w.isdigit() for w in form.split()):
                lexicon.setdefault(form, set()).update(found)
    return {word: frozenset(found) for word, found in lexicon.items()}


#: Size word or phrase → its meanings ("trancio" → {"part"}, "media" → {"rung 3", "half"}).
SIZE_LEXICON: dict[str, frozenset[str]] = _read(SIZE_WORDS_FILE)

#: Size letter as a menu prints it, alone as a size's name → its meanings ("l" → {"rung 4"}).
SIZE_LETTERS: dict[str, frozenset[str]] = _read(SIZE_WORDS_FILE, letters=True)


def meanings(word: str) -> frozenset[str]:
    """The meanings of one size word or phrase (as ``text.phrase`` makes it); empty if none."""
    return SIZE_LEXICON.get(word, frozenset())


def words_meaning(*wanted: str) -> frozenset[str]:
    """Every size word that has one of the meanings ``wanted`` ("rung" for any rung)."""
    return frozenset(word for word, found in SIZE_LEXICON.items()
                     if any(meaning == want or meaning.startswith(want + " ") for meaning in found
                            for want in wanted))


@lru_cache(maxsize=4096)
def phrase_meanings(name: str) -> frozenset[str]:
    """What a size name says (``name`` as ``text.phrase`` makes it: "teglia intera" → {"whole"},
    "half sheet" → {"half"}, "extra large" → {"rung 5"}): the meanings of its longest known runs
    of words, the two-word ones first. A unit after a number is only that ("2 piece" is a count of
    pieces, no part of anything); the vessel a part is of is not the whole ("half tray")."""
    words = name.split()
    found: set[str] = set()
    position = 0
    while position < len(words):
        pair = " ".join(words[position:position + 2])
        if position + 1 < len(words) and pair in SIZE_LEXICON:
            found |= SIZE_LEXICON[pair]
            position += 2
            continue
        said = meanings(words[position])
        if position and words[position - 1].replace(".", "", 1).isdigit() and UNIT in said:
            said = frozenset({UNIT})
        found |= said
        position += 1
    if found & {PART, HALF, QUARTER}:
        found.discard(WHOLE)  # a Half Tray, a Mezza Teglia: half of the tray, not the whole one
    return frozenset(found)


def printed_meanings(name: str) -> frozenset[str]:
    """What a menu's size name says (``name`` as the menu prints it): a size letter alone is the
    rung it abbreviates (the "R" / "L" of a pizza is its regular and its large, not a liter), any
    other name is read by ``phrase_meanings``."""
    letter = SIZE_LETTERS.get(name.strip(" .").lower())
    return letter if letter is not None else phrase_meanings(phrase(name))


def count_of(word: str) -> int | None:
    """The number of pieces a size word names ("docena" 12, "unidad" 1), or ``None``."""
    counts = [int(meaning.split()[1]) for meaning in meanings(word) if meaning.startswith("count ")]
    return counts[0] if len(counts) == 1 else None
