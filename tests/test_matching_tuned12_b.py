"""Menu resolution rules found in blind set 12's failures on the Old Forge pizzeria, Polish pizzeria,
New Mexican, Iraqi and Nashville hot chicken menus (branch w-tune12b). Each test was seen failing on
the matcher before its change (main 839d80a)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import CONFIRM, MATCH, MenuMatcher
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


def _pizzeria() -> MenuMatcher:
    cm = (SizeOption("30 cm", Decimal("26")), SizeOption("40 cm", Decimal("36")),
          SizeOption("50 cm", Decimal("48")))
    return menu(("Margherita", "Pizza", ("sos pomidorowy", "ser mozzarella")),
                ("Hawajska", "Pizza", ("sos pomidorowy", "ser", "szynka", "ananas")),
                ("Salami", "Pizza", ("sos pomidorowy", "ser", "salami")),
                ("Calzone", "Pizza", ("ser", "szynka")),
                sizes={"Margherita": cm, "Hawajska": cm, "Salami": cm})


def test_polish_numbers_and_centimetres_name_a_pizza_size() -> None:
    """"margarita trzydziestka" ("a thirty"), "pizza margherita czterdzieści centymetrów", "salami
    pięćdziesiąt" of pizzas sold 30 / 40 / 50 cm: the size said in Polish (as the French "deux
    litres" already was), and "centimeters" said out as the menu's "cm". All were asked before."""
    shop = _pizzeria()
    for said, size in (("margarita trzydziestka", "30 cm"),
                       ("pizza margherita czterdzieści centymetrów", "40 cm"),
                       ("margherita forty centimeters", "40 cm"),
                       ("salami pięćdziesiąt", "50 cm")):
        found = shop.resolve(said)
        assert found.status == MATCH and found.item is not None, (said, found)
        assert found.size == size and found.quantity in (None, 1), (said, found)


def test_a_count_first_and_a_measured_size_last_are_both_kept() -> None:
    """"dwie hawajskie czterdzieści" / "two hawajska forty": two of the 40 cm — the number after the
    name is the size one size of the menu measures, not a word of the name left over (it was asked
    in Polish, and in English sized None)."""
    shop = _pizzeria()
    for said in ("dwie hawajskie czterdzieści", "two hawajska forty"):
        found = shop.resolve(said)
        assert found.item is not None and found.item.name == "Hawajska", (said, found)
        assert found.size == "40 cm" and found.quantity == 2, (said, found)


def test_dozens_of_an_item_sold_by_the_dozen_are_that_many_dozens() -> None:
    """"two dozen bisco cheetos" of the Biscochitos, Half Dozen or Dozen: two of the Dozen — not 24
    of no size (seen on the New Mexican menu as a wrong size and count)."""
    bakery = menu(("Biscochitos", "Desserts", ("anise", "cinnamon sugar")),
                  ("Natillas", "Desserts", ("custard",)),
                  sizes={"Biscochitos": (SizeOption("Half Dozen", Decimal("6")),
                                         SizeOption("Dozen", Decimal("11")))})
    found = bakery.resolve("two dozen biscochitos")
    assert found.item is not None and found.item.name == "Biscochitos", found
    assert found.size == "Dozen" and found.quantity == 2, found


def test_carne_asada_is_no_carne_adovada() -> None:
    """"carne asada plate" beside the Carne Adovada Plate: another dish (the gazetteer's carne
    asada, grilled steak), not the red chile pork one sound away — it was confirmed as the Carne
    Adovada Plate on the New Mexican menu. The gazetteer now knows carne adovada."""
    cafe = menu(("Carne Adovada Plate", "Plates", ("pork marinated in red chile", "rice", "beans")),
                ("Huevos Rancheros", "Breakfast", ("eggs", "corn tortillas", "chile")),
                ("Posole", "Soups", ("hominy", "pork", "red chile")))
    found = cafe.resolve("carne asada plate")
    assert found.status not in (MATCH, CONFIRM), found
    again = cafe.resolve("carne adovada plate")
    assert again.status == MATCH and again.item is not None, again
    assert again.item.name == "Carne Adovada Plate", again


def test_the_plain_dish_beside_it_with_something_added() -> None:
    """"a tray of red" of the Red Pizza beside the Red Pizza with Pepperoni / with Mushrooms: the
    others are it "with" more, their extra words unsaid — the plain one (the labelling policy's
    "fries" of French Fries and Cheese Fries); it asked between all of them. Said with the more, the
    one with it."""
    tray = (SizeOption("Cut", Decimal("2")), SizeOption("Half Tray", Decimal("10")),
            SizeOption("Tray", Decimal("18")))
    shop = menu(("Red Pizza", "Trays", ("tray crust", "sweet onion tomato sauce")),
                ("Red Pizza with Pepperoni", "Trays", ("red pizza", "pepperoni")),
                ("Red Pizza with Mushrooms", "Trays", ("red pizza", "mushrooms")),
                ("White Pizza", "Trays", ("double crust", "cheese")),
                sizes={name: tray for name in ("Red Pizza", "Red Pizza with Pepperoni",
                                               "Red Pizza with Mushrooms", "White Pizza")})
    found = shop.resolve("a tray of red")
    assert found.status in (MATCH, CONFIRM) and found.item is not None, found
    assert found.item.name == "Red Pizza" and found.size == "Tray", found
    more = shop.resolve("a tray of red with mushrooms")
    assert more.item is not None and more.item.name == "Red Pizza with Mushrooms", more


def test_a_decimal_comma_size_and_the_polish_liters() -> None:
    """"cola pół litra" and "litrowa coca cola" of drinks sold 0,5 l or 1 l (written with the
    European decimal comma): the half liter is the 0,5 l, the "litrowa" (one-liter) the 1 l — both
    were asked. "0.5" said with a point is the same size as the menu's "0,5"."""
    drinks = (SizeOption("0,5 l", Decimal("7")), SizeOption("1 l", Decimal("10")))
    shop = menu(("Coca-Cola", "Napoje"), ("Sprite", "Napoje"), ("Tyskie", "Piwo"),
                sizes={"Coca-Cola": drinks, "Sprite": drinks})
    for said, size in (("cola pół litra", "0,5 l"), ("litrowa coca cola", "1 l"),
                       ("a 0.5 liter sprite", "0,5 l")):
        found = shop.resolve(said)
        assert found.item is not None and found.status in (MATCH, CONFIRM), (said, found)
        assert found.size == size, (said, found)
