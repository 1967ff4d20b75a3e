"""bench/matcher_build.py measures what it says: its cold builds start from empty per-word caches
(a build that found them warm would pass for cold and hide a regression of the first menu read),
and each round yields the matcher's times and their ratio to the baseline of the same round."""

from __future__ import annotations

from bench import matcher_build
from pos_voice.ordering import text
from pos_voice.ordering.matching import sounds
from tests.support.menus import menu


def test_emptying_the_word_caches_leaves_the_next_build_nothing_to_reuse() -> None:
    menu(("Margherita", "pizza"), ("Quattro Formaggi", "pizza"), ("Limonata", "drinks"))
    assert text._TOKENS and sounds.name_keys.cache_info().currsize > 0
    matcher_build.empty_word_caches()
    assert not text._TOKENS and not text._CANONICAL
    assert sounds.name_keys.cache_info().currsize == 0
    assert sounds.word_key.cache_info().currsize == 0


def test_each_round_reads_both_builds_against_the_same_rounds_baseline() -> None:
    items = matcher_build.benchmark_items()[:40]
    readings = matcher_build.measure(items, rounds=2)
    assert {key: len(values) for key, values in readings.items()} == {
        "baseline": 2, "rebuild": 2, "cold": 2, "rebuild ratio": 2, "cold ratio": 2}
    for kind in ("rebuild", "cold"):
        for ms, baseline, ratio in zip(readings[kind], readings["baseline"], readings[f"{kind} ratio"],
                                       strict=True):
            assert ms > 0 and baseline > 0
            assert ratio == ms / baseline
    assert "40 items as one menu, 2 rounds" in matcher_build.report(items, readings)
