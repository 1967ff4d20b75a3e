"""Small menus for the matcher's tests: ``menu(("Name", "category", ("ingredient", ...)), ...)``."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import MenuMatcher
from pos_voice.pos.types import Menu, MenuItem, SizeOption

#: One menu item: its name, its category and, optionally, its ingredients.
Entry = tuple[str, str] | tuple[str, str, tuple[str, ...]]


def menu(*items: Entry, sizes: dict[str, tuple[SizeOption, ...]] | None = None) -> MenuMatcher:
    """A matcher over ``items`` (ids from 1, each at 9.00), with ``sizes`` by item name."""
    return MenuMatcher(Menu(tuple(
        MenuItem(i + 1, entry[0], entry[1], base_price=Decimal("9"),
                 ingredients=entry[2] if len(entry) > 2 else (),  # type: ignore[misc]
                 sizes=(sizes or {}).get(entry[0], ()))
        for i, entry in enumerate(items))))
