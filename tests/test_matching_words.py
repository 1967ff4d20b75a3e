"""Food words said in another language or another English word than the menu's: Spanish menu
words matched from the English a caller uses, and everyday shorthand ("strips", "crawdad", "a
large fry", "doctor pepper"). Both sides go through ``text.tokens``, so a menu and a caller using
the same word still agree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_voice.ordering.matching import CONFIRM, MATCH, MenuMatcher
from pos_voice.ordering.text import tokens
from pos_voice.pos.types import Menu, MenuItem, SizeOption

D = Decimal


@pytest.fixture(scope="module")
def menu() -> MenuMatcher:
    sides = (SizeOption("Regular", D("3")), SizeOption("Large", D("5")))
    items = [("Pollo al Ajillo", "platos"), ("Sopa de Calabaza", "sopas"),
             ("Trucha a la Plancha", "platos"), ("Huevos con Chorizo", "desayunos"),
             ("Chicken Tenders", "chicken"), ("Crawfish Boil", "seafood"), ("Fried Alligator", "seafood"),
             ("Dr Pepper", "drinks"), ("Sweet Tea", "drinks"), ("Unsweet Tea", "drinks")]
    return MenuMatcher(Menu((*(MenuItem(i + 1, name, category, base_price=D("9"))
                               for i, (name, category) in enumerate(items)),
                             MenuItem(20, "Fries", "sides", sizes=sides))))


@pytest.mark.parametrize(("spoken", "name"), [
    ("garlic chicken", "Pollo al Ajillo"), ("pumpkin soup", "Sopa de Calabaza"),
    ("the trout", "Trucha a la Plancha"),
    ("eggs with chorizo", "Huevos con Chorizo"), ("chicken strips", "Chicken Tenders"),
    ("a crawdad boil", "Crawfish Boil"), ("fried gator", "Fried Alligator"),
    ("a doctor pepper", "Dr Pepper"), ("unsweetened tea", "Unsweet Tea"),
])
def test_food_words_said_another_way_find_the_item(menu: MenuMatcher, spoken: str, name: str) -> None:
    found = menu.resolve(spoken)
    assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == name, found


def test_a_large_fry_is_the_fries_in_large(menu: MenuMatcher) -> None:
    found = menu.resolve("a large fry")
    assert found.status == MATCH and found.item is not None and found.item.name == "Fries"
    assert found.size == "Large"
    assert tokens("stir fry") == tokens("stir fries")  # the menu's word and the caller's agree
