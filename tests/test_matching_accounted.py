"""Menu resolution answers one item only when that item accounts for every food word said
(branch w-match6): a word it leaves out that names other food makes it another dish. Each test
fails on the matcher before the rule (main 66e72bf)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import CONFIRM, MATCH
from tests.support.menus import menu as _menu

D = Decimal


def test_a_kind_of_dish_the_item_is_not_makes_it_another_dish() -> None:
    """"chicken tacos" on a menu whose one chicken dish is an empanada: the empanada explains
    "chicken" and not "tacos" — not it. Said as the menu says it, it stays."""
    menu = _menu(("Chicken Empanada", "empanadas", ("chicken", "onion")),
                 ("Beef Empanada", "empanadas", ("beef",)),
                 ("Badrijani", "starters", ("eggplant", "walnut")))
    for said in ("chicken tacos", "a chicken burrito", "chicken wings"):
        assert menu.resolve(said).item is None, said
    for said in ("chicken empanada", "an empanada de pollo"):
        found = menu.resolve(said)
        assert found.status == MATCH and found.item is not None, said
        assert found.item.name == "Chicken Empanada", said


def test_the_last_food_word_said_is_what_the_item_is() -> None:
    """"a hot link" (a sausage) is not the Onion Rings, however like "rings" "link" sounds: the
    word the phrase is of must be what the item is; what a menu's first ingredient says a dish
    is, it is ("fried fish": "whole fried tilapia")."""
    menu = _menu(("Onion Rings", "sides", ("onion", "batter")),
                 ("Mojarra Frita", "platos", ("whole fried tilapia", "rice", "salad")))
    assert menu.resolve("a hot link").item is None
    found = menu.resolve("fried fish")
    assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == "Mojarra Frita"


def test_a_cuisine_said_must_be_the_items_or_the_menus() -> None:
    """"turkish coffee" at a café whose one coffee is a Cafezinho is another coffee; said where
    the item's name says it (in its own language too) or the menu shows the cuisine, it stays."""
    cafe = _menu(("Cafezinho", "bebidas", ("coffee",)), ("Potato Salad", "sides", ("potato", "mayonnaise")),
                 ("Chorizo Colombiano", "entradas", ("chorizo",)))
    for said in ("turkish coffee", "a greek salad"):
        assert cafe.resolve(said).item is None, said
    found = cafe.resolve("colombian chorizo")
    assert found.item is not None and found.item.name == "Chorizo Colombiano"


def test_words_said_apart_run_together_are_one_name_word() -> None:
    """"dhal puri" for the Dhalpuri, "sour braten" for the Sauerbraten: the words said apart are
    the name run together, accounted for; words only alike in sound are not ("orange juice" is
    no "orange chicken")."""
    menu = _menu(("Dhalpuri", "breads", ("roti skin", "split peas")),
                 ("Sauerbraten", "mains", ("pot roast",)),
                 ("Orange Chicken", "chicken", ("chicken", "orange")))
    for said, name in (("dhal puri", "Dhalpuri"), ("sour braten", "Sauerbraten")):
        found = menu.resolve(said)
        assert found.item is not None and found.item.name == name, said
    assert menu.resolve("orange juice").item is None
