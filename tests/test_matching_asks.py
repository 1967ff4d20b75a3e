"""Menu resolution asks where a guess could put the wrong food in the kitchen, and takes the
add-on a caller asks for "extra" of, and confirms a name heard as it sounds (branch w-match4;
each test fails without its mechanism)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH, MenuMatcher
from pos_voice.pos.types import Menu, MenuItem, SizeOption
from tests.support.menus import menu as _menu

D = Decimal


def _names(found: object) -> set[str]:
    return {c.name for c in getattr(found, "candidates", [])}


def test_a_name_heard_only_close_asks_about_the_longer_name_that_holds_it() -> None:
    """"jujeh kabob" is heard close to the Joojeh Kabob, and the Bone-In Joojeh Kabob is that name
    and more: ask. The name said exactly is the item."""
    grill = _menu(("Joojeh Kabob", "kabobs"), ("Bone-In Joojeh Kabob", "kabobs"), ("Kabob Barg", "kabobs"))
    heard = grill.resolve("jujeh kabob")
    assert heard.status == AMBIGUOUS and _names(heard) == {"Joojeh Kabob", "Bone-In Joojeh Kabob"}
    exact = grill.resolve("joojeh kabob")
    assert exact.status == MATCH and exact.item is not None and exact.item.name == "Joojeh Kabob"


def test_the_category_said_with_how_it_is_served_asks_about_the_category() -> None:
    """"iced coffee" where the one iced name is the Vietnamese Iced Coffee: the Cold Brew is an
    iced coffee too, so ask; "vietnamese coffee" names it."""
    cafe = _menu(("Vietnamese Iced Coffee", "coffee"), ("Latte", "coffee"), ("Cold Brew", "coffee"),
                 ("Thai Milk Tea", "milk tea"))
    iced = cafe.resolve("an iced coffee")
    assert iced.status == AMBIGUOUS and _names(iced) >= {"Vietnamese Iced Coffee", "Cold Brew"}
    named = cafe.resolve("vietnamese coffee")
    assert named.status in (MATCH, CONFIRM) and named.item is not None
    assert named.item.name == "Vietnamese Iced Coffee"


def test_extra_asks_for_the_add_on_and_a_topping_alone_asks() -> None:
    """"extra boba" is the topping, not the drink made with it; "a boba" alone may be either."""
    cafe = _menu(("Brown Sugar Boba Milk", "milk tea", ("brown sugar", "milk", "boba")),
                 ("Classic Milk Tea", "milk tea", ("black tea", "milk", "boba")),
                 ("Boba", "toppings", ("tapioca pearls",)), ("Lychee Jelly", "toppings"),
                 ("Garlic Sauce", "sauces"), ("Chicken Shawarma Wrap", "wraps", ("chicken", "garlic sauce")))
    extra = cafe.resolve("extra boba")
    assert extra.status == MATCH and extra.item is not None and extra.item.name == "Boba"
    sauce = cafe.resolve("extra garlic sauce")
    assert sauce.status in (MATCH, CONFIRM) and sauce.item is not None and sauce.item.name == "Garlic Sauce"
    alone = cafe.resolve("a boba")
    assert alone.status == AMBIGUOUS and _names(alone) >= {"Boba", "Brown Sugar Boba Milk"}
    jelly = cafe.resolve("add lychee jelly")
    assert jelly.status == MATCH and jelly.item is not None and jelly.item.name == "Lychee Jelly"


def test_a_kind_the_category_says_makes_its_items_rivals() -> None:
    """"an egg sandwich": the Egg Salad Sandwich names both words, but the Breakfast Sandwiches'
    Egg and Cheese is an egg sandwich too: ask, never confirm the one."""
    deli = _menu(("Bacon Egg and Cheese", "breakfast sandwiches", ("bacon", "two eggs")),
                 ("Egg and Cheese", "breakfast sandwiches", ("two eggs", "american cheese")),
                 ("Egg Salad Sandwich", "deli sandwiches", ("egg salad", "lettuce")),
                 ("Tuna Salad Sandwich", "deli sandwiches", ("tuna salad", "lettuce")))
    found = deli.resolve("an egg sandwich")
    assert found.status == AMBIGUOUS and _names(found) >= {"Egg Salad Sandwich", "Egg and Cheese"}
    whole = deli.resolve("an egg salad sandwich")
    assert whole.status == MATCH and whole.item is not None and whole.item.name == "Egg Salad Sandwich"


def test_a_whole_name_heard_as_it_sounds_is_confirmed_once() -> None:
    """What the speech recogniser writes of a name it doesn't know ("kit foe", "croak monsieur",
    "muffalotta") sounds as the whole name run together: one short question, never added outright."""
    menu = _menu(("Kitfo", "mains"), ("Croque Monsieur", "mains"), ("Muffuletta", "sandwiches"),
                 ("Doro Wot", "mains"), ("Doro Tibs", "mains"))
    for spoken, name in [("kit foe", "Kitfo"), ("a croak monsieur", "Croque Monsieur"),
                         ("muffalotta", "Muffuletta"), ("doro what", "Doro Wot")]:
        found = menu.resolve(spoken)
        assert found.status == CONFIRM and found.item is not None and found.item.name == name, (spoken, found)


def test_what_only_sounds_or_looks_alike_is_never_confirmed_as_another_food() -> None:
    """Each phrase means a food this menu doesn't have: no one item is offered for it."""
    menu = _menu(("Burrata", "antipasti"), ("Crème Brûlée", "desserts"), ("Sweet Tea", "drinks"),
                 ("Pollo Guisado", "pollo", ("chicken", "tomato")),
                 ("Arroz con Pollo", "rice", ("chicken", "rice")),
                 ("Chicken Noodle Soup", "soups"))
    for spoken in ("a burrito", "ice cream", "unsweetened tea", "chicken satay", "a chicken dish",
                   "cold noodles", "mix plate"):
        found = menu.resolve(spoken)
        assert found.status not in (MATCH, CONFIRM), (spoken, found)


def test_a_measure_said_confirms_the_one_item_sold_in_it() -> None:
    """"three pounds of crawfish": of the crawfish dishes only the boil is sold by the pound —
    confirmed, with its size; a ladder size ("a small") that several come in still asks."""

    cups = (SizeOption("Cup", D("6")), SizeOption("Bowl", D("9")))
    pounds = (SizeOption("1 lb", D("9")), SizeOption("3 lb", D("25")))
    kitchen = MenuMatcher(Menu((
        MenuItem(1, "Boiled Crawfish", "boils", sizes=pounds,
                 ingredients=("crawfish", "corn", "potatoes")),
        MenuItem(2, "Crawfish Étouffée", "plates", sizes=cups, ingredients=("crawfish", "rice")),
        MenuItem(3, "Crawfish Monica", "plates", base_price=D("18"), ingredients=("crawfish", "pasta")))))
    found = kitchen.resolve("three pounds of crawfish")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Boiled Crawfish"
    assert found.size == "3 lb"
    assert kitchen.resolve("a small crawfish").status == AMBIGUOUS
    wine = (SizeOption("Glass", D("11")), SizeOption("Bottle", D("40")))
    bistro = MenuMatcher(Menu((
        MenuItem(1, "House Red Wine", "wine", sizes=wine),
        MenuItem(2, "House White Wine", "wine", sizes=wine),
        MenuItem(3, "Coq au Vin", "mains", base_price=D("26"), ingredients=("chicken", "red wine")),
        MenuItem(4, "Moules Frites", "mains", base_price=D("24"), ingredients=("mussels", "white wine")))))
    assert bistro.resolve("a glass of wine").status == AMBIGUOUS  # of the red or the white?
    red = bistro.resolve("a glass of red")
    assert red.status in (MATCH, CONFIRM) and red.item is not None and red.item.name == "House Red Wine"
