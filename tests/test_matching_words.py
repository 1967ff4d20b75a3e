"""Food words said in another language or another English word than the menu's: Spanish menu
words matched from the English a caller uses, and everyday shorthand ("strips", "crawdad",
"doctor pepper"). Both sides go through ``text.tokens``, so a menu and a caller using
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


def test_kinds_of_a_word_said_find_the_item_named_by_the_kind() -> None:
    """"a beer" for the one lager; "a star beer" for the Star Lager; "jalapeno cheese" for a cheddar;
    the category's one item said by the category word ("a beer" in "Beer") is confirmed."""
    def menu(*items: tuple[str, str]) -> MenuMatcher:
        return MenuMatcher(Menu(tuple(MenuItem(i + 1, name, category, base_price=D("6"))
                                      for i, (name, category) in enumerate(items))))

    bar = menu(("Star Lager", "drinks"), ("Zobo", "drinks"), ("Jalapeño Cheddar Sausage", "meats"),
               ("Smoked Brisket", "meats"))
    for spoken, name in [("a beer", "Star Lager"), ("a star beer", "Star Lager"),
                         ("a jalapeno cheese sausage", "Jalapeño Cheddar Sausage")]:
        found = bar.resolve(spoken)
        assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == name, found
    grill = menu(("Adana Kebab", "kebabs"), ("Efes Pilsen", "beer"), ("Ayran", "drinks"))
    found = grill.resolve("a beer")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Efes Pilsen"


def test_plurals_in_sses_and_how_a_dish_is_finished() -> None:
    assert tokens("two glasses") == ["2", "glass"]
    tapas = MenuMatcher(Menu((MenuItem(1, "Sangría Blanca", "drinks", base_price=D("8")),
                              MenuItem(2, "Dátiles con Bacon", "tapas", base_price=D("8")),
                              MenuItem(3, "Bagel with Butter", "bagels", base_price=D("3")),
                              MenuItem(4, "Masala Chiya", "drinks", base_price=D("3")))))
    for spoken, name in [("two glasses of white sangria", "Sangría Blanca"),
                         ("bacon wrapped dates", "Dátiles con Bacon"),
                         ("a toasted bagel with butter", "Bagel with Butter"),
                         ("masala tea", "Masala Chiya")]:
        found = tapas.resolve(spoken)
        assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == name, found
