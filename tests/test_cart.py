"""The cart: lines as callers address them, modifiers in every shape the model sends."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_voice.ordering.cart import (
    ADD,
    HALF,
    NO,
    Cart,
    CartError,
    ModifierChoice,
    parse_modifier_request,
    resolve_modifiers,
)
from pos_voice.pos.types import Menu, MenuItem, Modifier, SizeOption

D = Decimal
SIZES = (SizeOption("small", D("10")), SizeOption("large", D("16")))
CHEESE = MenuItem(1, "Cheese Pizza", "pizzas", sizes=SIZES, ingredients=("mozzarella", "tomato sauce"))
PEPPERONI = MenuItem(2, "Pepperoni Pizza", "pizzas", sizes=SIZES)
COKE = MenuItem(3, "Coke", "drinks", base_price=D("1.75"))
KNOTS = MenuItem(4, "Garlic Knots", "sides", base_price=D("4.99"))
MENU = Menu((CHEESE, PEPPERONI, COKE, KNOTS), (
    Modifier(10, "extra cheese", D("1.50")), Modifier(11, "mushrooms", D("1.25")),
    Modifier(12, "onions", D("1.00")), Modifier(13, "anchovies", D("2.00"), available=False),
    Modifier(14, "pepperoni", D("1.75")),
))


def no_items(_: str) -> MenuItem | None:
    return None


def test_modifier_shapes() -> None:
    assert parse_modifier_request(["extra cheese", "no onions"]) == [(ADD, "extra cheese", None),
                                                                     (NO, "onions", None)]
    assert parse_modifier_request("extra cheese, no onions") == [(ADD, "extra cheese", None),
                                                                 (NO, "onions", None)]
    assert parse_modifier_request({"half1": "pepperoni", "half2": "mushroom"}) == [
        (HALF, "pepperoni", 1), (HALF, "mushroom", 2)]
    assert parse_modifier_request(["half pepperoni half mushroom"]) == [(HALF, "pepperoni", 1),
                                                                        (HALF, "mushroom", 2)]
    assert parse_modifier_request({"remove": ["onions"], "extra": "cheese"}) == [
        (NO, "onions", None), (ADD, "extra cheese", None)]
    assert parse_modifier_request(None) == [] and parse_modifier_request({}) == []


def test_resolving_modifiers_against_the_menu() -> None:
    requested = parse_modifier_request(["extra cheese", "mushroom", "hold the onions"])
    choices = resolve_modifiers(CHEESE, requested, MENU, no_items)
    assert [(c.kind, c.name) for c in choices] == [(ADD, "extra cheese"), (ADD, "mushrooms"), (NO, "onions")]
    halves = resolve_modifiers(CHEESE, parse_modifier_request({"half1": "pepperoni", "half2": "mushrooms"}),
                               MENU, no_items)
    assert [(c.kind, c.name, c.half) for c in halves] == [(HALF, "pepperoni", 1), (HALF, "mushrooms", 2)]
    with pytest.raises(CartError, match="not on the menu as a topping"):
        resolve_modifiers(CHEESE, parse_modifier_request(["gold leaf"]), MENU, no_items)
    with pytest.raises(CartError, match="out of stock today: anchovies"):
        resolve_modifiers(CHEESE, parse_modifier_request(["anchovies"]), MENU, no_items)
    with pytest.raises(CartError, match="needs two halves"):
        resolve_modifiers(CHEESE, parse_modifier_request({"half1": "pepperoni"}), MENU, no_items)


def test_same_line_twice_adds_up_and_notes_are_redacted() -> None:
    cart = Cart(order_type="pickup")
    first = cart.add(COKE, 1, None, [])
    again = cart.add(COKE, 2, None, [])
    assert first is again and first.quantity == 3 and cart.item_count == 3
    line = cart.add(KNOTS, 1, None, [], notes="card 4111111111111111")
    assert "4111" not in line.notes
    cart.add_allergy("peanuts")
    cart.add_allergy("peanuts")
    assert cart.allergies == "peanuts"


def test_lines_addressed_the_way_callers_do() -> None:
    cart = Cart()
    pepperoni = cart.add(PEPPERONI, 1, "large", [])
    cheese = cart.add(CHEESE, 1, "small", [ModifierChoice(ADD, "mushrooms", 11)])
    coke = cart.add(COKE, 2, None, [])
    assert cart.find_lines("the pepperoni") == [pepperoni]
    assert cart.find_lines("the second pizza") == [cheese]
    assert cart.find_lines("the first one") == [pepperoni]
    assert cart.find_lines("the last one") == [coke]
    assert cart.find_lines("3") == [coke]
    assert cart.find_lines("the cokes") == [coke]
    assert cart.find_lines("the one with mushrooms") == [cheese]
    assert cart.find_lines("the pizza") == [pepperoni, cheese]  # which one? the tool asks
    assert cart.find_lines("the lasagna") == []
    assert cart.find_lines("the fifth one") == []


def test_descriptions_are_spoken_ready() -> None:
    cart = Cart()
    line = cart.add(CHEESE, 2, "large", [ModifierChoice(HALF, "pepperoni", 14, half=1),
                                         ModifierChoice(HALF, "mushrooms", 11, half=2),
                                         ModifierChoice(NO, "onions")])
    assert line.describe() == "two large half pepperoni, half mushrooms pizza with no onions"
    assert line.as_dict()["modifiers"] == ["half pepperoni", "half mushrooms", "no onions"]
