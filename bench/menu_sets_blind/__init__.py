"""Blind held-out menus: eight cuisines that bench/menu_sets/ does not have (Turkish, Ethiopian,
Filipino, Peruvian, an Italian trattoria, a French bistro, Jamaican, an American diner), each
with hand-labelled spoken variants, written from the patterns of public take-out menus by an
engineer who never read the matcher (pos_voice/ordering/) or its history, and committed before
the matcher was ever run on them. They are scored, never tuned on: once a failure here has
been looked at, the set it came from no longer counts as held out.

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole). A variant is
``(what the caller said, expected[, size[, quantity]])``: ``expected`` is an item's exact name,
``ASK`` (a person reading the menu could not tell which of two or more items without asking)
or ``UNKNOWN`` (not on the menu); ``size`` is the item's own size name, lower-case.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "turkish ethiopian filipino peruvian italian french jamaican diner")
