"""Menu resolution rules and data found in blind set 9's failures on its pizzerias, Somali and
Yemeni menus (branch w-match14b): food words and gazetteer lines of Roman cooking (panna, cicoria,
crostata, visciole; fiori di zucca, olive ascolane, carciofi alla giudia, pizza e mortazza). Each
test was seen failing on main de24cdc before its change, on menus of our own."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import CONFIRM, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def _roman_shop():  # type: ignore[no-untyped-def]
    return menu(("Fiori di Zucca Fritti", "fritti", ("fiori di zucca", "mozzarella")),
                ("Olive all'Ascolana", "fritti", ("olive verdi", "carne")),
                ("Carciofi alla Giudia", "contorni", ("carciofi",)),
                ("Carciofi alla Romana", "contorni", ("carciofi", "mentuccia")),
                ("Cicoria Ripassata", "contorni", ("cicoria", "aglio")),
                ("Maritozzo con la Panna", "dolci", ("brioche",)),
                ("Crostata di Visciole", "dolci", ("frolla",)),
                ("Pizza e Mortazza", "panini", ("pizza bianca", "mortadella")),
                ("Supplì", "fritti", ("riso", "mozzarella")))


def test_roman_dishes_said_in_english_are_the_menus_italian_names() -> None:
    """What a caller calls the Roman dishes of an Italian menu, by general knowledge of them
    (the gazetteer) or by the food words of their names: each the item, confirmed or added."""
    shop = _roman_shop()
    for said, name in (("fried zucchini flowers", "Fiori di Zucca Fritti"),
                       ("fried squash blossoms", "Fiori di Zucca Fritti"),
                       ("stuffed olives", "Olive all'Ascolana"),
                       ("jewish style artichokes", "Carciofi alla Giudia"),
                       ("a roman artichoke", "Carciofi alla Romana"),
                       ("chicory", "Cicoria Ripassata"),
                       ("a cream bun", "Maritozzo con la Panna"),
                       ("sour cherry tart", "Crostata di Visciole"),
                       ("a mortadella sandwich", "Pizza e Mortazza")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == name, (
            said, found)


def _somali_cafe():  # type: ignore[no-untyped-def]
    return menu(("Bariis iyo Hilib Ari (Rice with Goat)", "rice plates", ("bariis", "goat")),
                ("Bariis iyo Digaag (Rice with Chicken)", "rice plates", ("bariis", "chicken")),
                ("Hilib Ari (Goat Meat Plate)", "specialties", ("goat", "onion")),
                ("Canjeero iyo Suqaar", "breakfast", ("canjeero", "beef suqaar")),
                ("Suqaar Hilib Lo'aad (Beef Suqaar)", "specialties", ("beef cubes", "peppers", "canjeero")),
                ("Suqaar Digaag (Chicken Suqaar)", "specialties", ("chicken cubes", "peppers", "canjeero")),
                ("Bariis iyo Suqaar (Rice with Beef Suqaar)", "rice plates", ("bariis", "beef cubes")),
                ("Canjeero iyo Beer (Canjeero with Liver)", "breakfast", ("canjeero", "liver")),
                ("Canjeero", "breads", ("sourdough pancake",)))


def test_somali_iyo_is_and() -> None:
    """"canjeero and suqaar", "bariis and digaag": the Canjeero iyo Suqaar and the Bariis iyo
    Digaag, whose "iyo" is Somali for "and": the whole name said, added (not only confirmed)."""
    cafe = _somali_cafe()
    found = cafe.resolve("bariis and digaag")
    assert found.status == MATCH and found.item is not None, found
    assert found.item.name == "Bariis iyo Digaag (Rice with Chicken)", found
    found = cafe.resolve("canjeero and suqaar")
    assert found.status == MATCH and found.item is not None, found
    assert found.item.name == "Canjeero iyo Suqaar", found


def test_a_dish_said_alone_is_not_the_plate_that_joins_it_to_another_food() -> None:
    """"hilib ari" beside the Bariis iyo Hilib Ari (rice and goat): the Hilib Ari, the dish said
    (confirmed)."""
    found = _somali_cafe().resolve("hilib ari")
    assert found.status in (MATCH, CONFIRM) and found.item is not None, found
    assert found.item.name == "Hilib Ari (Goat Meat Plate)", found


def test_new_haven_mootz_is_mozzarella_and_an_apizza_a_pizza() -> None:
    """"a mozzarella pie", "two large mozzarella apizzas" of a Mootz Pie beside the Plain Tomato
    Pie and the Pepperoni Pie (with mozzarella): the mootz, added, its size and count kept."""
    sizes = (SizeOption("Small", Decimal("14")), SizeOption("Large", Decimal("25")))
    shop = menu(("Plain Tomato Pie", "apizza", ("tomato", "romano", "no mozzarella")),
                ("Mootz Pie", "apizza", ("tomato", "mozzarella")),
                ("Pepperoni Pie", "apizza", ("tomato", "mozzarella", "pepperoni")),
                ("Clams Casino Pie", "apizza", ("clams", "bacon", "mozzarella")),
                sizes={name: sizes for name in ("Plain Tomato Pie", "Mootz Pie", "Pepperoni Pie",
                                                "Clams Casino Pie")})
    found = shop.resolve("a mozzarella pie")
    assert found.status == MATCH and found.item is not None and found.item.name == "Mootz Pie", found
    two = shop.resolve("two large mozzarella apizzas")
    assert two.status == MATCH and two.item is not None and two.item.name == "Mootz Pie", two
    assert two.size == "Large" and two.quantity == 2, two


def test_a_drink_its_soda_lists_said_alone_is_that_soda() -> None:
    """"a sprite", "ginger ale" of the Soda (20 oz) listing Coke, Diet Coke, Sprite and Ginger Ale:
    the soda, confirmed — the list is the drinks it comes as."""
    shop = menu(("Soda (20 oz)", "drinks", ("Coke", "Diet Coke", "Sprite", "Ginger Ale")),
                ("Bottled Water", "drinks"),
                ("Greek Salad", "salads", ("lettuce", "feta", "olives")),
                ("Gyro Roll-Up", "greek", ("gyro meat", "pita", "tzatziki")))
    for said in ("a sprite", "ginger ale", "two diet cokes"):
        found = shop.resolve(said)
        assert found.status == CONFIRM and found.item is not None and found.item.name == "Soda (20 oz)", (
            said, found)


def test_new_englands_hamburg_is_a_hamburger() -> None:
    """"a large hamburger pizza" of a Hamburg Pizza (New England's word for ground beef, as in a
    hamburg sub): the pizza, in the size said."""
    sizes = (SizeOption('Small 10"', Decimal("10.50")), SizeOption('Large 16"', Decimal("17.50")))
    shop = menu(("Hamburg Pizza", "pizza", ("mozzarella", "seasoned ground beef")),
                ("Pepperoni Pizza", "pizza", ("mozzarella", "pepperoni")),
                ("Spinach Pie", "greek", ("spinach", "feta", "phyllo")),
                sizes={"Hamburg Pizza": sizes, "Pepperoni Pizza": sizes})
    found = shop.resolve("large hamburger pizza")
    assert found.status == MATCH and found.item is not None and found.item.name == "Hamburg Pizza", found
    assert found.size == 'Large 16"', found


def test_a_kind_said_of_a_dish_the_item_is_only_named_after_is_another_dish() -> None:
    """"carbonara pasta" of the Arancino Carbonara (rice balls with the carbonara's egg and
    pancetta): the pasta is the dish it is named after, the arancino what it is — never confirmed;
    "arancino carbonara" and "a carbonara arancino" are still it."""
    shop = menu(("Arancino Carbonara", "fritti", ("riso", "uovo", "guanciale", "pecorino")),
                ("Arancino al Ragù", "fritti", ("riso", "ragù", "piselli")),
                ("Pizza Margherita", "pizze", ("pomodoro", "mozzarella", "basilico")),
                ("Tiramisù", "dolci", ("mascarpone", "caffè")))
    asked = shop.resolve("carbonara pasta")
    assert asked.status not in (MATCH, CONFIRM), asked
    for said in ("arancino carbonara", "a carbonara arancino"):
        found = shop.resolve(said)
        assert found.item is not None and found.item.name == "Arancino Carbonara", (said, found)
