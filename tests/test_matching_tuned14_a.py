"""Menu resolution rules found in blind set 14's failures on the French pizzeria, the Trenton
tomato-pie pizzeria and the Danish lunch place (branch w-tune14a). Each test was seen failing on
the matcher before its change (main 5cc9f78)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def _sizes(*pairs: tuple[str, str]) -> tuple[SizeOption, ...]:
    return tuple(SizeOption(name, Decimal(price)) for name, price in pairs)


def test_a_word_for_a_choice_not_made_tells_no_item() -> None:
    """"a large tomato pie with a topping" where the Half and Half's description is "one topping on
    each half": the word "topping" stands for a topping not named, so it asks which pie — it
    confirmed the Half and Half, the one item whose own words held "topping"."""
    pie = _sizes(("Small", "15"), ("Large", "22"))
    shop = menu(("Tomato Pie with Sausage", "Tomato Pies", ("mozzarella", "crushed tomato", "sausage")),
                ("Tomato Pie with Onions", "Tomato Pies", ("mozzarella", "crushed tomato", "onions")),
                ("Half and Half Tomato Pie", "Tomato Pies", ("one topping on each half",)),
                sizes={"Tomato Pie with Sausage": pie, "Tomato Pie with Onions": pie,
                       "Half and Half Tomato Pie": pie})
    for said in ("a large tomato pie with a topping", "a pie with a topping"):
        found = shop.resolve(said)
        assert found.status == AMBIGUOUS, (said, found)


def test_in_and_size_before_a_size_in_french_are_no_name_words() -> None:
    """"une reine en 33", "une orientale taille 26" of pizzas in 26, 33 or 40 cm: "en" ("in") and
    "taille" ("size") say where the size is, as "in" and "size" do in English — they were left
    over as words of no item, and the pizza was asked about instead of added in its size."""
    pizza = _sizes(("26 cm", "9"), ("33 cm", "12"), ("40 cm", "16"))
    shop = menu(("Reine", "Pizzas", ("jambon", "champignons")),
                ("Orientale", "Pizzas", ("merguez", "poivrons")),
                ("Marguerite", "Pizzas", ("mozzarella",)),
                sizes={"Reine": pizza, "Orientale": pizza, "Marguerite": pizza})
    for said, name, size in (("une reine en 33", "Reine", "33 cm"),
                             ("une orientale taille 26", "Orientale", "26 cm"),
                             ("deux marguerites en 40", "Marguerite", "40 cm")):
        found = shop.resolve(said)
        assert found.status == MATCH and found.item is not None and found.item.name == name, (said, found)
        assert found.size == size, (said, found)
