"""The matcher's weaker signals: the menu's own words about an item (ingredients, description)
covering everything said, and the dish gazetteer's English names for native dish names. Both
only ever confirm ("the Phở Gà?"), never add outright; two items that fit always ask; the
menu's own names come first."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_voice.ordering import dish_gazetteer
from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH, UNKNOWN, MenuMatcher, matcher_for
from pos_voice.pos.types import Menu, MenuItem, SizeOption

D = Decimal


def menu(*items: tuple[str, str, tuple[str, ...]] | tuple[str, str, tuple[str, ...], str]) -> MenuMatcher:
    """(name, category, ingredients[, description]) → a matcher over those items."""
    return MenuMatcher(Menu(tuple(
        MenuItem(i + 1, entry[0], entry[1], base_price=D("9"), ingredients=entry[2],
                 description=entry[3] if len(entry) > 3 else "")  # type: ignore[misc]
        for i, entry in enumerate(items))))


def one(matcher: MenuMatcher, spoken: str) -> tuple[str, str | None]:
    found = matcher.resolve(spoken)
    return found.status, found.item.name if found.item else None


@pytest.fixture(scope="module")
def pho_shop() -> MenuMatcher:
    return menu(("Phở Tái", "pho", ("rare beef", "rice noodles")),
                ("Phở Đặc Biệt", "pho", ("rare beef", "brisket", "tendon", "rice noodles")),
                ("Phở Gà", "pho", ("chicken", "rice noodles")),
                ("Vegetable Pho", "pho", ("tofu", "vegetables", "rice noodles")),
                ("Bánh Mì Thịt Nướng", "banh mi", ("grilled pork", "baguette")),
                ("Bánh Mì Gà", "banh mi", ("chicken", "baguette")),
                ("Bánh Mì Chay", "banh mi", ("tofu", "baguette")),
                ("Cà Phê Sữa Đá", "drinks", ("coffee", "condensed milk")),
                ("Fresh Coconut", "drinks", ()),
                ("Chè Ba Màu", "desserts", ("beans", "coconut milk", "jelly")))


@pytest.mark.parametrize(("spoken", "name"), [
    ("chicken pho", "Phở Gà"),  # "pho" is in the name, chicken is what it is made of
    ("a small chicken pho", "Phở Gà"),
    ("tofu pho", "Vegetable Pho"),
    ("tofu banh mi", "Bánh Mì Chay"),
    ("chicken banh mi", "Bánh Mì Gà"),
])
def test_words_the_menu_says_of_one_item_are_that_item_confirmed(pho_shop: MenuMatcher, spoken: str,
                                                                name: str) -> None:
    assert one(pho_shop, spoken) == (CONFIRM, name)


@pytest.mark.parametrize(("spoken", "name"), [
    ("rare beef pho", "Phở Tái"),  # both have rare beef; this one is called that
    ("special pho", "Phở Đặc Biệt"),
    ("vegetarian banh mi", "Bánh Mì Chay"),
    ("iced coffee", "Cà Phê Sữa Đá"),
    ("vietnamese iced coffee", "Cà Phê Sữa Đá"),
    ("coconut", "Fresh Coconut"),  # a dessert made with coconut milk is no coconut
])
def test_english_names_of_native_dishes_are_confirmed(pho_shop: MenuMatcher, spoken: str, name: str) -> None:
    assert one(pho_shop, spoken) == (CONFIRM, name)


@pytest.mark.parametrize("spoken", ["beef pho", "pho", "a pho with tofu and chicken"])
def test_what_two_items_fit_asks_or_is_not_on_the_menu(pho_shop: MenuMatcher, spoken: str) -> None:
    assert pho_shop.resolve(spoken).status in (AMBIGUOUS, UNKNOWN)


def test_a_word_that_makes_it_another_dish_must_be_on_the_item(pho_shop: MenuMatcher) -> None:
    assert pho_shop.resolve("hot coffee").status != CONFIRM  # the coffee is iced
    assert pho_shop.resolve("a chicken coffee").status != CONFIRM


def test_greek_and_levantine_dishes_by_their_english_names_and_the_other_way() -> None:
    greek = menu(("Spanakopita", "pies", ("spinach", "feta", "phyllo")),
                 ("Tiropita", "pies", ("feta", "phyllo")),
                 ("Dolmades", "mezze", ("grape leaves", "rice")),
                 ("Horiatiki", "salads", ("tomato", "cucumber", "feta")),
                 ("Maroulosalata", "salads", ("lettuce", "dill")))
    for spoken, name in [("spinach pie", "Spanakopita"), ("cheese pie", "Tiropita"),
                         ("stuffed grape leaves", "Dolmades"), ("greek salad", "Horiatiki"),
                         ("village salad", "Horiatiki"), ("dolmas", "Dolmades")]:
        assert one(greek, spoken) == (CONFIRM, name), spoken
    assert greek.resolve("a salad").status == AMBIGUOUS
    levantine = menu(("Stuffed Grape Leaves", "mezze", ("grape leaves", "rice")),
                     ("Falafel", "mezze", ("chickpeas",)), ("Falafel Wrap", "wraps", ("falafel", "pita")))
    assert one(levantine, "dolmas") == (CONFIRM, "Stuffed Grape Leaves")
    assert one(levantine, "falafel balls") == (CONFIRM, "Falafel")  # not the wrap


def test_the_menus_own_names_come_before_the_gazetteer() -> None:
    both = menu(("Spinach Pie", "pies", ("spinach",)), ("Spanakopita", "pies", ("spinach", "feta")))
    assert one(both, "spinach pie") == (MATCH, "Spinach Pie")
    assert one(both, "spanakopita") == (MATCH, "Spanakopita")


def test_two_items_the_gazetteer_names_alike_ask() -> None:
    curries = menu(("Lamb Rogan Josh", "curries", ("lamb",)),
                   ("Lamb Vindaloo", "curries", ("lamb", "potato")))
    assert curries.resolve("a lamb curry").status == AMBIGUOUS


def test_a_lemon_soda_is_not_the_lemon_lime_one() -> None:
    """"lemon" is, on the Sprite, only ever half of "lemon-lime": the closest, never "the Sprite?"."""
    sizes = (SizeOption("can", D("1.75")),)
    drinks = MenuMatcher(Menu((
        MenuItem(1, "Sprite", "drinks", description="Lemon-lime soda.", sizes=sizes,
                 aliases=("lemon lime soda",)),
        MenuItem(2, "Iced Tea", "drinks", description="Brewed lemon iced tea.", base_price=D("2.49")),
        MenuItem(3, "Coke", "drinks", sizes=sizes))))
    for spoken in ("a lemon soda", "lime soda"):
        found = drinks.resolve(spoken)
        assert found.status not in (MATCH, CONFIRM), (spoken, found)
        assert [c.name for c in found.candidates] == ["Sprite"]  # offered as the closest
    assert one(drinks, "lemon lime soda") == (MATCH, "Sprite")
    assert one(drinks, "a lemon tea") == (CONFIRM, "Iced Tea")  # its description says lemon, alone


def test_descriptions_count_and_what_only_a_description_says_does_not_pick_among_several() -> None:
    burgers = menu(("Classic Burger", "burgers", ("beef patty",), "Lettuce, tomato, onion."),
                   ("Smokehouse Burger", "burgers", ("beef patty",), "Bacon, cheddar and barbecue sauce."),
                   ("Garden Salad", "salads", ("lettuce",), "Mixed greens, cucumber, carrots."))
    assert one(burgers, "a bacon cheddar burger") == (CONFIRM, "Smokehouse Burger")
    assert burgers.resolve("a burger with lettuce").status == AMBIGUOUS  # the salad has none, but 2 burgers
    assert one(burgers, "a cucumber salad") == (CONFIRM, "Garden Salad")


def test_a_new_description_rebuilds_the_indexes() -> None:
    first = Menu((MenuItem(1, "House Burger", "burgers", description="With bacon."),
                  MenuItem(2, "Fish Sandwich", "sandwiches")))
    changed = Menu((MenuItem(1, "House Burger", "burgers", description="With pickles."),
                    MenuItem(2, "Fish Sandwich", "sandwiches")))
    assert matcher_for(first).resolve("bacon burger").status == CONFIRM
    assert matcher_for(changed).resolve("bacon burger").status != CONFIRM


def test_the_gazetteer_is_broad_data_of_many_cuisines() -> None:
    cuisines = {dish.cuisine for dish in dish_gazetteer._index().dishes}
    assert dish_gazetteer.dish_count() >= 900
    assert {"vietnamese", "greek", "turkish", "ethiopian", "filipino", "peruvian", "italian", "french",
            "caribbean", "brazilian", "polish", "japanese", "korean", "chinese", "thai", "indian", "mexican",
            "middle eastern"} <= cuisines


def test_short_native_words_count_only_where_the_menu_shows_their_cuisine() -> None:
    """"tom" is shrimp in Vietnamese and "boiled" in the Thai "Tom Yum"; "menudo" is tripe soup
    in Mexico and a pork stew in the Philippines: the menu's own cuisine decides."""
    thai = menu(("Tom Yum", "soups", ("lemongrass",)), ("Pad Thai", "noodles", ("rice noodles",)),
                ("Pad See Ew", "noodles", ("wide noodles",)))
    assert one(thai, "hot and sour soup") == (CONFIRM, "Tom Yum")
    assert thai.resolve("shrimp soup").status != CONFIRM
    vietnamese = menu(("Cơm Tôm", "rice plates", ("rice",)), ("Phở Gà", "pho", ("chicken",)),
                      ("Gỏi Cuốn", "appetizers", ("rice paper",)), ("Bánh Mì Chay", "banh mi", ("tofu",)))
    assert one(vietnamese, "shrimp rice") == (CONFIRM, "Cơm Tôm")
    mexican = menu(("Menudo", "soups", ()), ("Pozole", "soups", ()), ("Carnitas", "plates", ()),
                   ("Elote", "sides", ()))
    assert one(mexican, "tripe soup") == (CONFIRM, "Menudo")
    stew = mexican.resolve("pork stew")  # the pozole is one; the menudo is not, here
    assert stew.item is None or stew.item.name != "Menudo"


def test_a_name_said_in_part_asks_when_another_item_is_named_so_too() -> None:
    filipino = menu(("Lumpia Shanghai", "appetizers", ("ground pork", "wrapper")),
                    ("Lumpiang Gulay", "appetizers", ("vegetables", "wrapper")),
                    ("Pancit Canton", "noodles", ("egg noodles",)))
    lumpia = filipino.resolve("lumpia")
    assert lumpia.status == AMBIGUOUS and {c.name for c in lumpia.candidates} >= {"Lumpia Shanghai",
                                                                                    "Lumpiang Gulay"}
    peruvian = menu(("Pollo a la Brasa", "pollo a la brasa", ("chicken", "fries")),
                    ("Pollo Saltado", "entrees", ("chicken", "onion")),
                    ("Lomo Saltado", "entrees", ("beef",)))
    assert peruvian.resolve("chicken").status == AMBIGUOUS  # a category word, but two dishes are chicken


def test_a_name_said_is_not_a_dish_that_merely_has_it_but_a_description_is() -> None:
    burritos = menu(("Bean and Cheese Burrito", "burritos", ("beans", "cheese")),
                    ("Carne Asada Burrito", "burritos", ("steak", "beans", "rice")))
    assert one(burritos, "bean burrito") == (CONFIRM, "Bean and Cheese Burrito")
    stews = menu(("Soondubu Jjigae", "stews", ("soft tofu", "seafood")),
                 ("Kimchi Jjigae", "stews", ("kimchi", "pork", "tofu")))
    assert one(stews, "tofu stew") == (CONFIRM, "Soondubu Jjigae")
    assert stews.resolve("a stew with tofu").status == AMBIGUOUS  # the kimchi stew has tofu too


def test_a_gazetteer_name_does_not_give_a_dish_another_meat() -> None:
    tibs = menu(("Beef Tibs", "meat", ("beef", "onion")), ("Lamb Tibs", "meat", ("lamb", "rosemary")),
                ("Doro Wat", "meat", ("chicken", "egg")), ("Misir Wat", "vegetarian", ("red lentils",)))
    assert one(tibs, "sauteed beef") == (CONFIRM, "Beef Tibs")
    assert one(tibs, "sauteed lamb") == (CONFIRM, "Lamb Tibs")


def test_french_and_italian_names_as_callers_say_them() -> None:
    bistro = menu(("Frites", "sides", ("potatoes",)), ("Steak Frites", "plats", ("hanger steak", "fries")),
                  ("Penne all'Arrabbiata", "primi", ("penne", "tomato")), ("Soupe à l'Oignon", "entrees", ()))
    assert one(bistro, "fries")[1] == "Frites" and one(bistro, "french fries")[1] == "Frites"
    assert one(bistro, "penne arrabiata")[1] == "Penne all'Arrabbiata"
    assert one(bistro, "french onion soup")[1] == "Soupe à l'Oignon"  # the menu's words, in English
    coq = menu(("Coq au Vin", "plats", ("chicken", "red wine")),
               ("Steak Frites", "plats", ("steak", "fries")))
    assert one(coq, "coq o vin") == (MATCH, "Coq au Vin")  # "au" as it sounds


def test_a_count_said_is_the_size_of_an_item_sized_by_pieces() -> None:
    sizes = (SizeOption("6 pieces", D("11")), SizeOption("12 pieces", D("19")))
    pierogi = MenuMatcher(Menu((MenuItem(1, "Pierogi Ruskie", "pierogi", sizes=sizes,
                                         ingredients=("potato", "farmer cheese")),
                                MenuItem(2, "Bigos", "mains", base_price=D("16")))))
    dozen = pierogi.resolve("a dozen potato and cheese pierogi")
    assert dozen.item is not None and dozen.item.name == "Pierogi Ruskie"
    assert dozen.size == "12 pieces" and dozen.quantity is None
    two = pierogi.resolve("two bigos")
    assert two.quantity == 2 and two.size_said is None


def _turkish_grill() -> MenuMatcher:
    return menu(("Adana Kebab", "kebabs", ("hand-minced lamb", "rice pilaf")),
                ("Döner Plate", "kebabs", ("beef and lamb doner", "rice pilaf", "salad")),
                ("Sucuk Izgara", "grill", ("grilled sucuk",)),
                ("Sucuklu Pide", "pide", ("sucuk", "kasar cheese", "egg")),
                ("Kasarli Pide", "pide", ("kasar cheese",)),
                ("Döner Dürüm", "dürüm wraps", ("beef and lamb doner", "lavash", "onion")),
                ("Chicken Döner Dürüm", "dürüm wraps", ("chicken doner", "lavash", "onion")))


def test_a_form_said_must_be_the_items() -> None:
    """"plate" and "platter" are one form, "wrap" and "dürüm" another: a chicken döner plate is
    not the chicken döner wrap; an item of no form (a kebab) takes any."""
    grill = _turkish_grill()
    plate = grill.resolve("a chicken doner plate")
    assert plate.status not in (MATCH, CONFIRM), plate
    assert one(grill, "a donair platter")[1] == "Döner Plate"
    assert one(grill, "adana kebab plate")[1] == "Adana Kebab"


def test_a_dish_whose_meat_its_name_does_not_say_asks_when_another_is_named_with_one() -> None:
    both = _turkish_grill().resolve("doner wrap")  # the beef and lamb one, or the chicken one?
    assert both.status == AMBIGUOUS
    assert {c.name for c in both.candidates} == {"Döner Dürüm", "Chicken Döner Dürüm"}


def test_an_ingredient_by_its_native_name_asks_between_the_items_made_of_it() -> None:
    sujuk = _turkish_grill().resolve("sujuk")  # the grilled sucuk, or the sucuk pide?
    assert sujuk.status == AMBIGUOUS
    assert {c.name for c in sujuk.candidates} == {"Sucuk Izgara", "Sucuklu Pide"}


def test_words_said_only_in_translation_ask_when_another_item_fits_them() -> None:
    """The caller doesn't know the menu's Spanish: "seafood rice" fits the Arroz con Mariscos and
    the Arroz Chaufa de Mariscos alike; "arroz con pollo" is a dish of its own, not the chaufa."""
    peruvian = menu(("Arroz Chaufa de Pollo", "arroces", ("chicken", "rice", "egg")),
                    ("Arroz Chaufa de Mariscos", "arroces", ("shrimp", "squid", "rice", "egg")),
                    ("Arroz con Mariscos", "arroces", ("shrimp", "squid", "mussels", "rice")))
    rice = peruvian.resolve("seafood rice")
    assert rice.status == AMBIGUOUS
    assert {c.name for c in rice.candidates} == {"Arroz con Mariscos", "Arroz Chaufa de Mariscos"}
    assert peruvian.resolve("arroz con pollo").status not in (MATCH, CONFIRM)
    assert one(peruvian, "arroz con mariscos") == (MATCH, "Arroz con Mariscos")
    assert one(peruvian, "chaufa de pollo") == (CONFIRM, "Arroz Chaufa de Pollo")


def test_what_the_menu_does_not_say_of_its_items_asks_among_them() -> None:
    """The menu's "Chicken" has the Doro Wot and the Doro Tibs and says neither is a stew; its
    "Beef" has two tibs: "chicken stew" and "beef tibs" ask. The Italian menu's soups are two."""
    ethiopian = menu(("Doro Wot", "chicken", ("chicken leg", "hard-boiled egg", "berbere")),
                     ("Doro Tibs", "chicken", ("chicken breast", "onion", "rosemary")),
                     ("Siga Tibs", "beef", ("beef cubes", "onion", "jalapeno")),
                     ("Zilzil Tibs", "beef", ("beef strips", "awaze", "onion")))
    for spoken, names in [("chicken stew", {"Doro Wot", "Doro Tibs"}),
                          ("beef tibs", {"Siga Tibs", "Zilzil Tibs"})]:
        found = ethiopian.resolve(spoken)
        assert found.status == AMBIGUOUS and {c.name for c in found.candidates} == names, (spoken, found)
    assert one(ethiopian, "chicken tibs") == (CONFIRM, "Doro Tibs")
    assert one(ethiopian, "doro wot") == (MATCH, "Doro Wot")
    trattoria = menu(("Minestrone", "zuppe", ("vegetables", "beans", "pasta")),
                     ("Pasta e Fagioli", "zuppe", ("cannellini beans", "ditalini", "tomato")),
                     ("Linguine ai Frutti di Mare", "primi", ("linguine", "shrimp", "clams")))
    assert trattoria.resolve("soup").status == AMBIGUOUS
    assert one(trattoria, "linguine frutti di mare")[1] == "Linguine ai Frutti di Mare"


def test_an_item_called_what_others_are_made_with_is_that_item() -> None:
    """"calamari" is the Fried Calamari (how it is cooked is not what it is), not a question about
    the platter with calamari in it; a lone sausage still asks."""
    items = (MenuItem(1, "Fried Calamari", "sides", base_price=D("9"),
                      ingredients=("tomato sauce", "calamari")),
             MenuItem(2, "Weekend Seafood Platter", "specials", base_price=D("30"),
                      ingredients=("spaghetti", "shrimp", "calamari")),
             MenuItem(3, "Sausage Roll", "starters", base_price=D("5"), ingredients=("sausage", "pastry")),
             MenuItem(4, "Full Breakfast", "mains", base_price=D("12"), ingredients=("sausage", "egg")))
    seafood = MenuMatcher(Menu(items))
    assert one(seafood, "calamari")[1] == "Fried Calamari"
    assert seafood.resolve("sausage").status == AMBIGUOUS


def test_a_meat_said_that_the_item_has_not_makes_it_another_dish() -> None:
    pupuseria = menu(("Pupusa de Frijol con Queso", "pupusas", ("refried beans", "cheese")),
                     ("Pupusa de Queso", "pupusas", ("cheese",)))
    found = pupuseria.resolve("a pork bean and cheese pupusa")
    assert found.status not in (MATCH, CONFIRM), found
    assert one(pupuseria, "a bean and cheese pupusa")[1] == "Pupusa de Frijol con Queso"


def test_the_names_question_stands_when_another_item_is_made_of_what_was_said() -> None:
    himalayan = menu(("Tibetan Bread", "breads", ("fried bread", "honey")),
                     ("Sha Phaley", "appetizers", ("fried bread", "seasoned ground beef", "cabbage")),
                     ("Fried Momo", "momo", ("deep-fried chicken momo",)))
    found = himalayan.resolve("fried bread")
    assert found.status == AMBIGUOUS and {c.name for c in found.candidates} >= {"Tibetan Bread", "Sha Phaley"}
    assert one(himalayan, "tibetan bread") == (MATCH, "Tibetan Bread")
