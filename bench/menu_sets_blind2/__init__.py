"""Second blind held-out set: twelve menus of restaurant kinds that neither bench/menu_sets/ nor
bench/menu_sets_blind/ has — the everyday US take-out kinds people phone (a BBQ smokehouse, a
wings and fried-chicken shop, a deli and bagel shop, a poke and Hawaiian plate-lunch counter, a
bubble-tea café, a Cajun and Creole kitchen) and cuisines with native dish names (Cuban, a
Salvadoran pupusería, Spanish tapas, Persian, Himalayan/Nepalese, Nigerian), each with 50-60
hand-labelled spoken variants. Written from the patterns of public take-out menus by an engineer
who never read the matcher (pos_voice/ordering/) or its history, and committed before the
matcher was ever run on them. They are scored, never tuned on: once a failure here has been
looked at, the set it came from no longer counts as held out.

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
    return modules(__name__, "bbq wings deli cuban pupuseria tapas persian himalayan nigerian cajun "
                   "poke boba")
