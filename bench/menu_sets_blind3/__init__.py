"""Third blind held-out set: ten menus of restaurant kinds that none of bench/menu_sets/,
bench/menu_sets_blind/ and bench/menu_sets_blind2/ has — two shops that sell by size (a New York
pizza-by-the-slice shop: slice, medium, large, tray; a juice and smoothie bar: 16/24 oz, regular
or large bowls), a British fish and chip shop, a Trinidadian roti shop, and cuisines with native
dish names romanised or spelled many ways on real menus (Afghan, Georgian, Sri Lankan, Burmese,
German with umlauts, Colombian with Spanish accents), each with 50-60 hand-labelled spoken
variants. Written from the patterns of public take-out menus by an engineer who never read the
matcher (pos_voice/ordering/), its tests or its history, and committed before the matcher was
ever run on them. They are scored, never tuned on: once a failure here has been looked at, the
set it came from no longer counts as held out.

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole). A variant is
``(what the caller said, expected[, size[, quantity]])``: ``expected`` is an item's exact name,
``ASK`` (a person reading the menu could not tell which of two or more items without asking)
or ``UNKNOWN`` (not on the menu); ``size`` is the item's own size name, lower-case, and is only
given for items that have sizes.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "pizza_slice juice_bar fish_chips trini_roti afghan georgian srilankan "
                   "burmese german colombian")
