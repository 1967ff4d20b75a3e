"""Menu resolution rules found in blind set 12's failures on the Old Forge pizzeria, Polish pizzeria,
New Mexican, Iraqi and Nashville hot chicken menus (branch w-tune12b). Each test was seen failing on
the matcher before its change (main 839d80a)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import MATCH, MenuMatcher
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def _shop() -> MenuMatcher:
    return menu(("Hot Wings", "Chicken", ("whole wings",)),
                ("Hot Chicken Sliders", "Chicken", ("tenders on slider buns", "slaw")),
                ("Hot Chicken Sandwich", "Chicken", ("fried chicken breast", "brioche bun")),
                ("Crinkle Fries", "Sides"),
                sizes={"Hot Wings": (SizeOption("6 Wings", Decimal("10")),
                                     SizeOption("10 Wings", Decimal("15"))),
                       "Hot Chicken Sliders": (SizeOption("2 Sliders", Decimal("9.5")),
                                               SizeOption("3 Sliders", Decimal("13")))})


def test_a_count_of_what_the_name_says_names_the_size_of_that_count() -> None:
    """"ten hot wings" of the Hot Wings sold as 6 Wings or 10 Wings: the 10 Wings, one of them —
    not ten orders of no size (only "ten wings", the count beside its unit, was heard as the size).
    Seen on the Nashville menu as a wrong size and count."""
    found = _shop().resolve("ten hot wings")
    assert found.status == MATCH and found.item is not None and found.item.name == "Hot Wings", found
    assert found.size == "10 Wings" and found.quantity in (None, 1), found


def test_a_heat_said_as_medium_does_not_keep_a_count_from_naming_the_size() -> None:
    """"three hot chicken sliders medium" of the 2 / 3 Sliders: "medium" is a heat here, no size of
    the item, so the count still names the 3 Sliders (it was left as three of no size)."""
    found = _shop().resolve("three hot chicken sliders medium")
    assert found.item is not None and found.item.name == "Hot Chicken Sliders", found
    assert found.size == "3 Sliders" and found.quantity in (None, 1), found


def test_a_count_that_is_no_size_of_the_item_stays_a_count() -> None:
    """"four hot wings" of the 6 / 10 Wings: no size of four — four of them, the size left to ask."""
    found = _shop().resolve("four hot wings")
    assert found.item is not None and found.item.name == "Hot Wings" and found.quantity == 4, found
