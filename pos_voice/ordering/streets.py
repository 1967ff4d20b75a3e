"""Street names as stored and as spoken: "88 Elizabeth St, Apt 3" and "it's Elizabeth Street" are
the same street; "Elm Avenue" is not "Elm St".

Used to verify a caller: they say the street of the address on file. The comparison is on the
street's own words (house number, unit, town and direction words left out); its type ("street",
"avenue") must agree when the caller says one. Abbreviations, ordinals ("5th" / "fifth"), "St."
as "Saint" and small mis-hearings of a long name (same pronunciation) are tolerated; nothing
shorter than the whole name is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import jellyfish

#: Street types, every spelling → one word.
STREET_TYPES: dict[str, str] = {}
for _full, _spellings in {
    "street": ("st", "str", "strt", "street", "streets"),
    "avenue": ("av", "ave", "aven", "avenue", "avn"),
    "road": ("rd", "road"),
    "drive": ("dr", "drv", "drive"),
    "boulevard": ("blvd", "boul", "boulevard", "blv"),
    "lane": ("ln", "lane"),
    "court": ("ct", "crt", "court"),
    "place": ("pl", "place"),
    "parkway": ("pkwy", "pky", "parkway"),
    "highway": ("hwy", "highway"),
    "terrace": ("ter", "terr", "terrace"),
    "circle": ("cir", "circ", "circle"),
    "square": ("sq", "square"),
    "trail": ("trl", "trail"),
    "alley": ("aly", "alley"),
    "crescent": ("cres", "crescent"),
    "way": ("way",),
    "plaza": ("plz", "plaza"),
    "row": ("row",),
    "close": ("close",),
}.items():
    for _spelling in _spellings:
        STREET_TYPES[_spelling] = _full

DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
              "se": "southeast", "sw": "southwest", "north": "north", "south": "south", "east": "east",
              "west": "west", "northeast": "northeast", "northwest": "northwest", "southeast": "southeast",
              "southwest": "southwest"}

_ORDINAL_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
                  "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11",
                  "twelfth": "12"}
_UNIT_WORDS = {"apt", "apartment", "unit", "suite", "ste", "fl", "floor", "flat", "room", "rm", "bldg",
               "building", "po", "box"}
#: What a caller puts around the name: "it's on Elm street", "the street is Elm".
_FILLER = {"it", "its", "is", "s", "on", "the", "my", "i", "live", "at", "in", "street's", "name", "called",
           "that", "yes", "yeah", "um", "uh", "we", "re", "we're", "i'm", "im", "am", "our", "address"}
_WORD = re.compile(r"[a-z0-9]+")
_HOUSE_NUMBER = re.compile(r"^\d+[a-z]?$")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
#: A name this long or longer may be matched by its pronunciation (a mis-heard letter).
PHONETIC_MIN_LETTERS = 5


@dataclass(frozen=True)
class Street:
    """A street's own words ("elizabeth") and its type ("street"), or None when not said."""

    name: tuple[str, ...]
    kind: str | None


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _WORD.findall(folded.replace("'", ""))


def _street(words: list[str], *, spoken: bool) -> Street | None:
    """The street in ``words``: the words before its type (house number, unit and fillers out)."""
    out: list[str] = []
    kind: str | None = None
    for index, word in enumerate(words):
        if word in _UNIT_WORDS:
            break
        if spoken and word in _FILLER and not out:
            continue
        if not out and _HOUSE_NUMBER.match(word) and index + 1 < len(words):
            continue  # the house number (a number street is "5th", or said "fifth")
        if word in ("st", "saint") and not out and index + 1 < len(words):
            out.append("saint")  # "St. Marks Place"
            continue
        if word in STREET_TYPES and out:
            kind = STREET_TYPES[word]
            break
        ordinal = _ORDINAL.match(word)
        word = ordinal.group(1) if ordinal else _ORDINAL_WORDS.get(word, word)
        if word in DIRECTIONS:
            continue  # "N Main St" is Main Street to a caller
        out.append(word)
    return Street(tuple(out), kind) if out else None


def stored_street(address: str | None) -> Street | None:
    """The street of a stored address: its first part with a street in it ("88 Elizabeth St")."""
    for part in (address or "").split(","):
        street = _street(_words(part), spoken=False)
        if street is not None and (street.kind is not None or any(not w.isdigit() for w in street.name)):
            return street
    return None


def same_street(spoken: str, address: str | None) -> bool:
    """Whether what the caller said names the street of ``address``."""
    stored = stored_street(address)
    if stored is None:
        return False
    for part in spoken.split(","):
        said = _street(_words(part), spoken=True)
        if said is None or (said.kind is not None and stored.kind is not None and said.kind != stored.kind):
            continue
        if said.name == stored.name:
            return True
        joined_said, joined_stored = "".join(said.name), "".join(stored.name)
        if (len(said.name) == len(stored.name) and len(joined_stored) >= PHONETIC_MIN_LETTERS
                and joined_said.isalpha() and joined_stored.isalpha()
                and jellyfish.metaphone(joined_said) == jellyfish.metaphone(joined_stored)
                and jellyfish.levenshtein_distance(joined_said, joined_stored) <= 1):
            return True
    return False
