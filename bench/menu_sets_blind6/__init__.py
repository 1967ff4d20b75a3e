"""Sixth blind held-out set (in progress): menus written fresh, none of them a kind that an earlier
set has. See the final docstring when the set is complete.

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole).
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    from . import (
        arepera,
        bagel_shop,
        chinese_takeout,
        hawaiian,
        indo_chinese,
        korean_chinese,
        mariscos,
        pizzeria_castellana,
        ramen,
        roti_shop,
    )

    return [pizzeria_castellana, korean_chinese, indo_chinese, mariscos, chinese_takeout,
            ramen, hawaiian, roti_shop, arepera, bagel_shop]
