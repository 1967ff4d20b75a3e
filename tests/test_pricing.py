"""Pricing: Decimal from the POS's prices, sizes, modifiers, halves, tax, delivery fee."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pos_voice.ordering.cart import ADD, HALF, Cart, ModifierChoice
from pos_voice.ordering.pricing import price_cart, spoken_summary
from pos_voice.pos.types import Menu, MenuItem, Modifier, SizeOption

D = Decimal
PEPPERONI = MenuItem(2, "Pepperoni Pizza", "pizzas",
                     sizes=(SizeOption("small", D("12.49")), SizeOption("large", D("18.99"))))
CHEESE = MenuItem(1, "Cheese Pizza", "pizzas",
                  sizes=(SizeOption("small", D("10.99")), SizeOption("large", D("16.99"))))
SUPREME = MenuItem(3, "Supreme Pizza", "pizzas",
                   sizes=(SizeOption("small", D("14.99")), SizeOption("large", D("22.99"))))
COKE = MenuItem(4, "Coke", "drinks", sizes=(SizeOption("can", D("1.75")), SizeOption("2 liter", D("3.99"))))
MUSHROOMS = Modifier(11, "mushrooms", D("1.25"))
EXTRA_CHEESE = Modifier(10, "extra cheese", D("1.50"))
MENU = Menu((CHEESE, PEPPERONI, SUPREME, COKE), (EXTRA_CHEESE, MUSHROOMS))
NYC_TAX = D("0.08875")


def test_the_product_documents_large_pepperoni() -> None:
    cart = Cart(order_type="pickup")
    cart.add(PEPPERONI, 1, "large", [])
    pricing = price_cart(cart, MENU, NYC_TAX)
    assert (pricing.subtotal, pricing.tax, pricing.total) == (D("18.99"), D("1.69"), D("20.68"))
    assert spoken_summary(pricing, "USD") == "A large pepperoni pizza. Your total is $20.68 including tax."


def test_sizes_modifiers_quantities_and_half_up_tax() -> None:
    cart = Cart(order_type="pickup")
    cart.add(CHEESE, 2, "small", [ModifierChoice(ADD, "extra cheese", 10, extra=True)])  # 2 x 12.49
    cart.add(COKE, 3, "can", [])  # 3 x 1.75
    pricing = price_cart(cart, MENU, D("0.08"))
    assert [p.unit_price for p in pricing.lines] == [D("12.49"), D("1.75")]
    assert pricing.subtotal == D("30.23")
    assert pricing.tax == D("2.42")  # 2.4184 → 2.42
    assert pricing.total == D("32.65")
    assert spoken_summary(pricing, "USD").startswith(
        "Two small cheese pizza with extra cheese and three can coke.")


def test_half_and_half_costs_the_dearer_half_plus_half_toppings() -> None:
    cart = Cart(order_type="pickup")
    toppings = cart.add(CHEESE, 1, "large", [ModifierChoice(HALF, "pepperoni", None, half=1, item_id=2),
                                             ModifierChoice(HALF, "mushrooms", 11, half=2)])
    assert toppings is not None
    pricing = price_cart(cart, MENU, D("0"))
    # the pepperoni half is a whole menu pizza (18.99 large) + half of mushrooms 1.25 → 0.63
    assert pricing.lines[0].unit_price == D("19.62")


def test_delivery_fee_only_for_delivery_and_after_tax() -> None:
    cart = Cart(order_type="delivery")
    cart.add(SUPREME, 1, "large", [])
    pricing = price_cart(cart, MENU, D("0.1"), delivery_fee=D("2.99"))
    assert (pricing.subtotal, pricing.tax, pricing.delivery_fee, pricing.total) == (
        D("22.99"), D("2.30"), D("2.99"), D("28.28"))
    assert "delivery fee" in spoken_summary(pricing, "USD")
    cart.order_type = "pickup"
    assert price_cart(cart, MENU, D("0.1"), delivery_fee=D("2.99")).delivery_fee == D("0")


def test_prices_come_from_the_menu_given_not_from_the_cart() -> None:
    cart = Cart(order_type="pickup")
    cart.add(PEPPERONI, 1, "large", [])
    repriced = Menu((replace(PEPPERONI, sizes=(SizeOption("large", D("19.49")),)),), MENU.modifiers)
    assert price_cart(cart, repriced, D("0")).total == D("19.49")
    sold_out = Menu((replace(PEPPERONI, available=False, unavailable_reason="out of pepperoni"),), ())
    pricing = price_cart(cart, sold_out, D("0"))
    assert pricing.problems == ("Pepperoni Pizza is not available right now (out of pepperoni)",)
    gone = price_cart(cart, Menu((CHEESE,), ()), D("0"))
    assert gone.problems == ("Pepperoni Pizza is no longer on the menu",)
