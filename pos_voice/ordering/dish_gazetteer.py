"""A gazetteer of dish names: the native names of common dishes of many cuisines with the English
names and glosses callers use for them ("spanakopita" = "spinach pie", "bo luc lac" = "shaking
beef", "ca phe sua da" = "vietnamese iced coffee"), and the native words that name a dish's
parts ("ga" = chicken in "Pho Ga", "chay" = vegetarian in "Banh Mi Chay").

Written from general culinary knowledge, not from any one menu. The matcher
(:mod:`.matching`) uses it only as extra, lower-confidence names of the items a menu already
has: a menu item whose name is one of a dish's names (or contains a native one) gets the dish's
other names as aliases, and an item found only through those is confirmed with the caller,
never added outright; the menu's own words always come first.

Each line of a cuisine is ``native name | other spelling = english name | gloss``: every name on
the line means the same dish. Names left of ``=`` are the dish's own (native) names, which may
also be found inside a longer menu name ("Chicken Karaage" holds "karaage"); English names are
only taken when a menu item is called exactly that. A one-word native name of four letters or
less ("ga", "tom", "bun") collides across languages, so it is used only on a menu that shows the
cuisine elsewhere (:func:`dishes_in`).
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, replace
from pathlib import Path

from .food_words import roman_key
from .text import FILLER, tokens

#: The gazetteer's text (dishes.txt, beside this module): ``[cuisine]`` sections of dish lines.
DISHES_FILE = Path(__file__).with_name("dishes.txt")


def cuisines() -> dict[str, list[str]]:
    """Each cuisine's dish lines, a line that begins with "|" joined to the one before."""
    found: dict[str, list[str]] = {}
    lines: list[str] | None = None
    for raw in DISHES_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            lines = found.setdefault(line[1:-1], [])
        elif lines is not None and line.startswith("|") and lines:
            lines[-1] += " " + line
        elif lines is not None:
            lines.append(line)
    return found


#: A one-word native name this short collides across languages ("tom": shrimp in Vietnamese, a
#: soup in Thai); it counts only where the menu shows its cuisine (:func:`dishes_in`).
WEAK_LENGTH = 4


@dataclass(frozen=True)
class Dish:
    cuisine: str
    native: tuple[tuple[str, ...], ...]  # normalised native names
    english: tuple[tuple[str, ...], ...]  # normalised English names and glosses
    heads: tuple[str, ...] = ()  # per name (native, then English), the word it is a kind of
    described: frozenset[tuple[str, ...]] = frozenset()  # names that describe: "pasta with meat sauce"
    read: frozenset[tuple[str, ...]] = frozenset()  # native names as menus read them: "tortang eggplant"

    @property
    def names(self) -> tuple[tuple[str, ...], ...]:
        return self.native + self.english

    def head(self, name: tuple[str, ...]) -> str:
        return self.heads[self.names.index(name)] if name in self.names and self.heads else name[-1]

    @property
    def weak(self) -> bool:
        return all(len(name) == 1 and len(name[0]) <= WEAK_LENGTH for name in self.native)


def normal(name: str, translate: bool = True) -> tuple[str, ...]:
    """A name as the matcher compares it: the menu's own normalisation (text.tokens), fillers out;
    ``translate=False`` keeps the food words of other languages as they are."""
    return tuple(w for w in tokens(name, translate) if w not in FILLER)


def _joined(words: tuple[str, ...]) -> str | None:
    """One key for a name written apart or together ("halo halo" / "halo-halo" / "halohalo")."""
    joined = "".join(words)
    return roman_key(joined) if len(joined) >= 6 and not any(w.isdigit() for w in words) else None


#: Words after which an English name goes on about something else: "dumplings in cream sauce".
_PREPOSITIONS = re.compile(r"\s(?:in|with|on|over|of|from|for|under)\s")


def _head(name: str) -> str:
    """The word an English name is a kind of: "vegetable dumplings in cream sauce" → dumpling."""
    words = normal(_PREPOSITIONS.split(f" {name.strip()} ")[0])
    return words[-1] if words else ""


def _parse() -> tuple[Dish, ...]:
    found: list[Dish] = []
    for cuisine, lines in cuisines().items():
        for line in lines:
            native, _, english = line.partition("=")
            heads: dict[tuple[str, ...], str] = {}
            translated: list[tuple[str, ...]] = []
            for part in native.split("|"):
                raw, read = normal(part, translate=False), normal(part)
                if raw:
                    heads.setdefault(raw, raw[-1])
                if len(read) > 1 and read != raw:
                    translated.append(read)  # "boricha" reads "barley tea": English by now
            natives = tuple(heads)
            for name in translated:
                heads.setdefault(name, name[-1])
            described = set()
            for part in english.split("|"):
                name = normal(part)
                if name in natives:
                    # an English name the food phrases translate into the dish's own ("soup
                    # dumplings" is read "xiao long bao"): as written, or the dish has no gloss
                    name = normal(part, translate=False)
                if name and name not in heads:
                    heads[name] = _head(part) or name[-1]
                    if _PREPOSITIONS.search(f" {part.strip()} "):
                        described.add(name)
            glosses = tuple(name for name in heads if name not in natives)
            if natives and glosses:  # "pollo = chicken" is translated already (food_words)
                found.append(Dish(cuisine, natives, glosses, tuple(heads.values()), frozenset(described),
                                  frozenset(translated)))
    return tuple(found)


class _Index:
    def __init__(self) -> None:
        self.dishes = _parse()
        by_words: dict[tuple[str, ...], list[tuple[int, bool]]] = {}
        by_joined: dict[str, list[tuple[int, bool]]] = {}
        by_read: dict[tuple[str, ...], list[int]] = {}
        for number, dish in enumerate(self.dishes):
            for name in dish.read:
                by_read.setdefault(name, []).append(number)
            for name in dish.names:
                native = name in dish.native
                by_words.setdefault(name, []).append((number, native))
                joined = _joined(name)
                if joined is not None:
                    by_joined.setdefault(joined, []).append((number, native))
        # tuples, not lists: fewer objects for the garbage collector to walk, for the process's life
        self.by_words = {name: tuple(found) for name, found in by_words.items()}
        self.by_joined = {key: tuple(found) for key, found in by_joined.items()}
        # a native name as a menu's words read once translated ("tortang talong": "tortang
        # eggplant"): inside a longer name it is still the dish's own name
        self.by_read = {name: tuple(found) for name, found in by_read.items()}

    def lookup(self, words: tuple[str, ...]) -> list[tuple[Dish, bool]]:
        hits = dict(self.by_words.get(words, ()))
        joined = _joined(words)
        for number, native in self.by_joined.get(joined, ()) if joined else ():
            hits[number] = hits.get(number, False) or native
        return [(self.dishes[number], native) for number, native in hits.items()]


#: Built when the module is imported (~0.1 s, once per process, at the app's start), so that
#: the first call's first tool call does not wait for it.
_INDEX = _Index()


def _index() -> _Index:
    return _INDEX


def dish_count() -> int:
    return len(_index().dishes)


@dataclass(frozen=True)
class Found:
    """A dish found in a menu name: ``words[start:end]`` is one of its names."""

    dish: Dish
    start: int
    end: int
    native: bool  # found by one of its native names (which may mean another dish elsewhere)
    shown: bool = True  # the menu shows the dish's cuisine (or it was found by a native name)

    @property
    def names(self) -> tuple[tuple[str, ...], ...]:
        """The names it gives the menu item: an item the menu calls by an English name ("Egg
        Rolls") gets the dish's native names, and its other English ones only on a menu of its
        cuisine — "egg rolls" are "spring rolls" in Manila, not at a Chinese take-out."""
        return self.dish.names if self.shown else self.dish.native


def _in_name(words: tuple[str, ...]) -> list[Found]:
    """Dishes whose name is ``words`` (any name), and those a run of ``words`` is a native name of
    ("gyro" and "pita" in "Gyro Pita"), longest runs first and not overlapping."""
    index = _index()
    found = [Found(dish, 0, len(words), native) for dish, native in index.lookup(words)]
    # (a whole name that is a dish's native name holds only dishes of its cuisine: "Tom Yum Goong"
    # holds the Tom Yum, "Sambal Kangkung" no Indian "sambar")
    whole = {f.dish.cuisine for f in found if f.native}
    taken: set[int] = set()
    for length in range(len(words) - 1, 0, -1):
        for start in range(len(words) - length + 1):
            span = set(range(start, start + length))
            if span & taken:
                continue
            run = words[start:start + length]
            natives = [dish for dish, native in index.lookup(run) if native]
            natives += [index.dishes[n] for n in index.by_read.get(run, ()) if index.dishes[n] not in natives]
            natives = [dish for dish in natives if not whole or dish.cuisine in whole]
            if natives:
                found.extend(Found(dish, start, start + length, True) for dish in natives)
                taken |= span
    return found


def dishes_named(words: tuple[str, ...]) -> list[Dish]:
    """The dishes one of whose native names is ``words`` (words as said, untranslated), written
    apart or together; English names are left out: they describe ("pork dumplings"), and many
    dishes share them."""
    return [dish for dish, native in _index().lookup(words) if native and not (dish.weak and len(words) == 1)]


def dishes_in(names: t.Sequence[tuple[str, ...]]) -> list[list[Found]]:
    """For each menu name (normalised words), the dishes of the gazetteer it is or holds.

    A menu shows a cuisine through the dishes of it that its names hold; a weak (short, one-word)
    native name counts only on a menu that shows its cuisine in two items, and where one run of a
    name is a native name of dishes of several cuisines, the menu's own cuisine wins ("menudo":
    tripe soup on a Mexican menu, pork stew on a Filipino one)."""
    raw = [_in_name(words) if words else [] for words in names]
    shown: dict[str, int] = {}
    for found in raw:
        for cuisine in {f.dish.cuisine for f in found if not f.dish.weak}:
            shown[cuisine] = shown.get(cuisine, 0) + 1
    out: list[list[Found]] = []
    for found in raw:
        kept = [f for f in found if not f.dish.weak or shown.get(f.dish.cuisine, 0) >= 2]
        by_span: dict[tuple[int, int], list[Found]] = {}
        for f in kept:
            by_span.setdefault((f.start, f.end), []).append(f)
        chosen: list[Found] = []
        for same in by_span.values():
            # an English name means one dish anywhere ("stuffed grape leaves": dolmades, warak
            # enab, yaprak sarma); a native one may mean another dish in another cuisine
            native = [f for f in same if f.native]
            best = max((shown.get(f.dish.cuisine, 0) for f in native), default=0)
            chosen.extend(replace(f, shown=f.native or shown.get(f.dish.cuisine, 0) >= 2) for f in same
                          if not f.native or shown.get(f.dish.cuisine, 0) == best)
        out.append(chosen)
    return out


def gazetteer_words() -> frozenset[str]:
    """Every word of every dish name the gazetteer knows (native and English)."""
    return frozenset(w for dish in _index().dishes for name in dish.names for w in name)
