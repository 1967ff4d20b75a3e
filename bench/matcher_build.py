"""Matcher build-time benchmark: how long ``MenuMatcher`` takes to index a menu, measured so that
one reading means something on a shared machine.

One build of every benchmark menu as one menu (bench/menu_matching.py's "all menus as one") moved
2-4x between runs of the same code here (133 ms idle, 349 ms beside apt-get, 518 / 335 / 226 ms at
load under 0.7), so a single reading could neither show nor rule out a regression. This builds it
``--rounds`` times, and in each round also builds a fixed reference index of the same items
(folded words and character trigrams, code that never changes with the matcher) right before and
after it: the ratio of the matcher's build to that baseline, measured in the same seconds, is what
a change to the matcher moves and a busy neighbour does not.

Two builds are timed per round:

- *rebuild*: the per-word caches (normalised texts, sound keys) warm, as when the host's menu
  changes in a running process;
- *cold*: those caches emptied first, as on the first menu read after a process starts (the
  gazetteer and data files, loaded once per process, stay loaded).

Each build starts after a full garbage collection, so no build pays for the one before.

    python bench/matcher_build.py             # 9 rounds
    python bench/matcher_build.py --rounds 21
"""

from __future__ import annotations

import argparse
import functools
import gc
import re
import statistics
import sys
import time
import typing as t
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.menu_matching import all_sets
from pos_voice.ordering import text
from pos_voice.ordering.matching import MenuMatcher
from pos_voice.pos.types import Menu, MenuItem

_WORD = re.compile(r"[a-z0-9]+")


def reference_index(items: t.Sequence[MenuItem]) -> dict[str, set[int]]:
    """The baseline: every item's name and description folded to ASCII words, each word and each
    character trigram of it pointing at the items. Deliberately plain and fixed — its cost tracks
    the machine, not the matcher."""
    index: dict[str, set[int]] = {}
    for item in items:
        folded = unicodedata.normalize("NFKD", f"{item.name} {item.description or ''}".lower())
        plain = "".join(c for c in folded if not unicodedata.combining(c))
        for word in _WORD.findall(plain):
            index.setdefault(word, set()).add(item.id)
            padded = f" {word} "
            for start in range(len(padded) - 2):
                index.setdefault(padded[start:start + 3], set()).add(item.id)
    return index


REFERENCE_BUILDS = 10  # one reference build is ~10 ms here: too short to time against 200 ms


def reference_builds(items: t.Sequence[MenuItem]) -> None:
    for _ in range(REFERENCE_BUILDS):
        reference_index(items)


def empty_word_caches() -> None:
    """Empty the matcher's per-word caches: the normalised texts and every bounded ``lru_cache``
    of the ordering package (sound keys, alignments). Caches of size 1 hold what a process loads
    once (the gazetteer, the data files) and stay."""
    text._TOKENS.clear()
    text._CANONICAL.clear()
    for name, module in list(sys.modules.items()):
        if not name.startswith("pos_voice.ordering"):
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value.cache_parameters()["maxsize"] != 1:
                value.cache_clear()


def timed_ms(build: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    build()
    return (time.perf_counter() - started) * 1000


def measure(items: t.Sequence[MenuItem], rounds: int) -> dict[str, list[float]]:
    menu = Menu(tuple(items))
    readings: dict[str, list[float]] = {"baseline": [], "rebuild": [], "cold": [],
                                        "rebuild ratio": [], "cold ratio": []}
    MenuMatcher(menu)  # the once-per-process loads (gazetteer, data files) out of the way
    for _ in range(rounds):
        before = timed_ms(lambda: reference_builds(items))
        rebuild = timed_ms(lambda: MenuMatcher(menu))
        empty_word_caches()
        cold = timed_ms(lambda: MenuMatcher(menu))
        after = timed_ms(lambda: reference_builds(items))
        baseline = (before + after) / 2
        readings["baseline"].append(baseline)
        readings["rebuild"].append(rebuild)
        readings["cold"].append(cold)
        readings["rebuild ratio"].append(rebuild / baseline)
        readings["cold ratio"].append(cold / baseline)
    return readings


def report(items: t.Sequence[MenuItem], readings: dict[str, list[float]]) -> str:
    def spread(values: list[float], unit: str) -> str:
        return (f"median {statistics.median(values):.1f}{unit} "
                f"(min {min(values):.1f}, max {max(values):.1f})")

    rounds = len(readings["baseline"])
    lines = [f"Matcher build, {len(items)} items as one menu, {rounds} rounds:",
             f"- baseline ({REFERENCE_BUILDS} reference index builds): {spread(readings['baseline'], ' ms')}",
             f"- rebuild, caches warm: {spread(readings['rebuild'], ' ms')}; "
             f"{spread(readings['rebuild ratio'], 'x')} the baseline",
             f"- cold, caches emptied: {spread(readings['cold'], ' ms')}; "
             f"{spread(readings['cold ratio'], 'x')} the baseline"]
    return "\n".join(lines)


def benchmark_items() -> list[MenuItem]:
    """Every item of the tuned benchmark menus, renumbered: the same items bench/menu_matching.py
    builds as one menu."""
    return [replace(item, id=number) for number, item in enumerate(
        (item for _key, _title, menu, _sets in all_sets() for item in menu.items), start=1)]


def main(argv: t.Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="builds of each kind (default 9)")
    args = parser.parse_args(argv)
    items = benchmark_items()
    print(report(items, measure(items, max(1, args.rounds))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
