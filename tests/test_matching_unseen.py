"""Menu resolution on menus it was not tuned on (branch w-match5): a way of serving food the item
is not, a size said in number words, a generic word several items are, a name's head word said
alone. Each test fails without its mechanism."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu as _menu

D = Decimal


def test_a_way_of_serving_food_the_item_is_not_makes_it_another_dish() -> None:
    """"cheese pizza" on a menu without pizzas is not the Cheese Dumplings, nor "steak tacos" the
    steak plate: asked with the closest, never added. Said of an item that is one, it stays."""
    menu = _menu(("Cheese Dumplings", "dumplings", ("dough", "cheese")),
                 ("Grilled Steak", "mains", ("steak", "rice", "beans")),
                 ("Margherita", "pizzas", ("mozzarella", "basil")))
    for said in ("cheese pizza", "grilled steak tacos"):
        found = menu.resolve(said)
        assert (found.status == AMBIGUOUS and found.ruled_out) or found.item is None, (said, found)
    pizza = menu.resolve("margherita pizza")
    assert pizza.status == MATCH and pizza.item is not None and pizza.item.name == "Margherita"


def test_a_size_said_in_number_words_is_the_items_numbered_size() -> None:
    """"twenty four ounce" is 24 oz, and "twenty four" said after the name is the 24 oz size; a
    small count after the name stays a count."""
    cups = (SizeOption("16 oz", D("0")), SizeOption("24 oz", D("2")))
    bar = _menu(("Beet It", "juices", ("beet", "apple")), ("Mango Smoothie", "smoothies", ("mango",)),
                sizes={"Beet It": cups, "Mango Smoothie": cups})
    for said in ("the beet it twenty four ounce", "mango smoothie twenty four"):
        found = bar.resolve(said)
        assert found.status == MATCH and found.size == "24 oz" and found.quantity is None, (said, found)
    counted = bar.resolve("mango smoothie two")
    assert counted.size is None and counted.quantity == 2


def test_a_size_said_is_the_items_own_or_it_asks() -> None:
    """Of an item sold by the slice or the tray, "a whole … tray" is the tray (the "whole" the
    first size phrase found), "a … pie" the whole one; "a slice" of an item that comes in no slice
    is another dish, asked with the closest, never added without its size."""
    square = (SizeOption("Slice", D("0")), SizeOption("Tray", D("20")))
    knots = (SizeOption("6 pc", D("0")), SizeOption("12 pc", D("3")))
    shop = _menu(("Sicilian Pizza", "square pies", ("tomato sauce",)), ("Garlic Knots", "sides", ("garlic",)),
                 ("Apple Pie", "desserts", ("apple",)),
                 sizes={"Sicilian Pizza": square, "Garlic Knots": knots})
    for said in ("a whole sicilian tray", "a sicilian pie", "a whole sicilian"):
        found = shop.resolve(said)
        assert found.status == MATCH and found.size == "Tray", (said, found)
    slice_ = shop.resolve("a sicilian slice")
    assert slice_.status == MATCH and slice_.size == "Slice"
    knot = shop.resolve("garlic knot slice")
    assert knot.status == AMBIGUOUS and knot.item is None
    pie = shop.resolve("apple pie")
    assert pie.status == MATCH and pie.item is not None and pie.item.name == "Apple Pie"


def test_a_lone_generic_word_several_items_are_asks() -> None:
    """"the dumplings" where the Mantu and the Aushak are both dumplings (the Mantu's name
    translated is "dumpling"), "chicken" where the one chicken-named dish is not the only one made
    of chicken, "noodle soup" of two noodle dishes in a broth: ask. The name said is the item, a
    dish only served with a kind ("salad" of a kabob plate) is no rival, and the one item whose
    own name says it all stays found."""
    menu = _menu(("Mantu", "dumplings", ("beef", "onion")), ("Aushak", "dumplings", ("leek", "mint")),
                 ("Chicken Curry", "curries", ("chicken", "potato")),
                 ("Shan Noodles", "noodles", ("rice noodles", "chicken", "tomato")),
                 ("Mohinga", "noodles", ("rice noodles", "catfish broth")),
                 ("Ohn No Khao Swe", "noodles", ("egg noodles", "coconut chicken broth")),
                 ("Salata", "sides", ("cucumber", "tomato")), ("Lamb Kabob", "kabobs", ("lamb", "salad")))
    for said, rivals in [("the dumplings", {"Mantu", "Aushak"}),
                         ("chicken", {"Chicken Curry", "Shan Noodles", "Ohn No Khao Swe"}),
                         ("noodle soup", {"Mohinga", "Ohn No Khao Swe"})]:
        found = menu.resolve(said)
        assert found.status == AMBIGUOUS and rivals <= {c.name for c in found.candidates}, (said, found)
    for said, name in [("mantu", "Mantu"), ("two mantu", "Mantu"), ("mohinga", "Mohinga")]:
        found = menu.resolve(said)
        assert found.status == MATCH and found.item is not None and found.item.name == name, (said, found)
    salad = menu.resolve("salad")
    assert salad.item is not None and salad.item.name == "Salata", salad


def test_a_native_word_that_heads_one_name_and_is_another_dish_asks() -> None:
    """"parippu" (lentils, of Sri Lankan and South Indian menus) heads the Parippu Vadai's name
    and is what the Dhal Curry is: ask, not confirm the vadai; the whole name is the vadai."""
    menu = _menu(("Parippu Vadai", "short eats", ("split lentil fritter", "onion")),
                 ("Dhal Curry", "curries", ("red lentils", "coconut milk")), ("Fish Cutlets", "short eats"))
    found = menu.resolve("parippu")
    assert found.status == AMBIGUOUS and {"Parippu Vadai", "Dhal Curry"} <= {c.name for c in found.candidates}
    whole = menu.resolve("parippu vadai")
    assert whole.status == MATCH and whole.item is not None and whole.item.name == "Parippu Vadai"
