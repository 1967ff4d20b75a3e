"""Menus of other cuisines, written by us from the patterns of public restaurant menus, each with
hand-labelled spoken variants: ``TUNING``; ``HELD_OUT_1`` and ``HELD_OUT_2``, held-out sets that
were scored, then looked at and tuned on (they count as tuning now); and ``HELD_OUT``, a fresh
held-out set, written before a round of matcher work and looked at (tuned on) in the next.
Vietnamese and Greek were held out whole (no tuning set), and tuned on in the fifth round.

A menu is plain data (``CATEGORIES``: category → items) so the benchmark, the matcher tests and
the test host apps (tests/hosts/) all read the same menu. An item is
``(name, price_or_sizes, ingredients)``: a price, or ``{size name: price}`` for sized items.

Variants are ``(what the caller said, expected[, size[, quantity]])`` as in
bench/menu_variants.py: ``expected`` is an item's exact name, ``ASK`` (several items fit: the
assistant must ask) or ``UNKNOWN`` (not on the menu). The history of each set is in
bench/RESULTS-tools.md.
"""

from __future__ import annotations

import importlib
import typing as t
from decimal import Decimal
from types import ModuleType

from pos_voice.pos.types import Menu, MenuItem, SizeOption

ASK = "ASK"
UNKNOWN = "UNKNOWN"

Price = float | dict[str, float]
Item = tuple[str, Price] | tuple[str, Price, tuple[str, ...]]
Variant = tuple[str, str] | tuple[str, str, str | None] | tuple[str, str, str | None, int | None]


def build_menu(categories: t.Mapping[str, t.Sequence[Item]], specials: t.Sequence[str] = ()) -> Menu:
    """The menu as the adapter would hand it over: lower-case categories and size names."""
    items: list[MenuItem] = []
    for category, entries in categories.items():
        for entry in entries:
            name, price = entry[0], entry[1]
            ingredients = tuple(entry[2]) if len(entry) > 2 else ()  # type: ignore[misc]
            sizes: tuple[SizeOption, ...] = ()
            base = Decimal("0")
            if isinstance(price, dict):
                sizes = tuple(SizeOption(size.lower(), Decimal(str(p))) for size, p in price.items())
            else:
                base = Decimal(str(price))
            items.append(MenuItem(len(items) + 1, name, category.lower(), base_price=base, sizes=sizes,
                                  ingredients=ingredients, is_special=name in specials))
    return Menu(tuple(items))


def modules(package: str, names: str) -> list[ModuleType]:
    """A set package's menu modules, in the order ``names`` (space-separated) gives them."""
    return [importlib.import_module(f"{package}.{name}") for name in names.split()]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "pizzeria_es korean indian mexican chinese thai japanese vietnamese "
                   "levantine greek turkish ethiopian filipino peruvian italian french "
                   "jamaican brazilian polish")
