"""Menu resolution rules found in blind set 5's failures (branch w-match7): a category's dish word
that its other items are named by, a name whose dish comes before a preposition, sizes that are a
count of pieces, an ingredient said alone that several dishes are made with. Each test fails on
the matcher before its rule (main 3bb9f3b)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu

D = Decimal


def test_a_dish_word_of_a_category_is_not_an_item_the_menu_does_not_name_by_it() -> None:
    """"chicken congee" in "Congee and Noodles": the Gai Lan is in that category, but the menu names
    its congees "… Congee", and the Gai Lan is none ("gai", chicken in Cantonese, is another word
    there): no congee of chicken is on the menu."""
    kitchen = menu(("Fish Congee", "congee and noodles", ("rice porridge", "fish")),
                   ("Pork and Century Egg Congee", "congee and noodles", ("rice porridge", "pork")),
                   ("Gai Lan with Oyster Sauce", "congee and noodles", ("chinese broccoli", "oyster sauce")),
                   ("Beef Chow Fun", "congee and noodles", ("rice noodles", "beef")))
    found = kitchen.resolve("chicken congee")
    assert found.item is None, found
    fish = kitchen.resolve("fish congee")
    assert fish.status == MATCH and fish.item is not None and fish.item.name == "Fish Congee"


def test_a_name_is_of_the_word_before_its_preposition_too() -> None:
    """"bacalhau" (salt cod) on a menu of Bolinhos de Bacalhau, Bacalhau à Brás and Bacalhau com
    Natas: all three are of salt cod — the Bolinhos' name ends with it, the others' begin with it
    before "à" / "com" — so ask; never confirm the one whose name ends with the word said."""
    tasca = menu(("Bolinhos de Bacalhau", "petiscos", ("salt cod fritters", "potato")),
                 ("Bacalhau à Brás", "pratos", ("shredded salt cod", "eggs", "straw potatoes")),
                 ("Bacalhau com Natas", "pratos", ("salt cod", "cream", "potatoes")),
                 ("Caldo Verde", "sopas", ("kale", "potato", "chouriço")))
    found = tasca.resolve("bacalhau")
    assert found.status == AMBIGUOUS and {c.name for c in found.candidates} >= {
        "Bolinhos de Bacalhau", "Bacalhau à Brás", "Bacalhau com Natas"}, found
    bras = tasca.resolve("bacalhau a bras")
    assert bras.status == MATCH and bras.item is not None and bras.item.name == "Bacalhau à Brás"


def test_a_number_said_of_an_item_sold_by_the_piece_or_the_dozen_is_never_sizeless() -> None:
    """Empanadas by the Unidad or the Docena: "two chicken empanadas" are two of the Unidad, "a
    dozen" is one Docena; a size said is kept; an item whose sizes are no counts is left alone."""
    counts = (SizeOption("Unidad", D("4.5")), SizeOption("Docena", D("48")))
    bakery = menu(("Empanada de Pollo", "empanadas", ("chicken", "onion")),
                  ("Empanada de Humita", "empanadas", ("sweet corn",)),
                  ("Pizza Muzzarella", "pizzas", ("mozzarella",)),
                  sizes={"Empanada de Pollo": counts, "Empanada de Humita": counts,
                         "Pizza Muzzarella": (SizeOption("Chica", D("12")), SizeOption("Grande", D("18")))})
    two = bakery.resolve("two chicken empanadas")
    assert two.status == MATCH and two.size == "Unidad" and two.quantity == 2, two
    dozen = bakery.resolve("a dozen chicken empanadas")
    assert dozen.status == MATCH and dozen.size == "Docena" and dozen.quantity in (None, 1), dozen
    docena = bakery.resolve("una docena de humita")
    assert docena.size == "Docena", docena
    pizzas = bakery.resolve("two pizza muzzarella")
    assert pizzas.size is None and pizzas.quantity == 2, pizzas


def test_an_ingredient_said_alone_asks_among_the_dishes_made_with_it() -> None:
    """"clams": the Amêijoas are clams, but the Carne de Porco à Alentejana is pork and clams and
    the Arroz de Marisco has clams too — ask; its name said is the item."""
    tasca = menu(("Amêijoas à Bulhão Pato", "petiscos", ("clams", "garlic", "cilantro", "white wine")),
                 ("Carne de Porco à Alentejana", "pratos", ("pork", "clams", "fried potatoes")),
                 ("Arroz de Marisco", "pratos", ("seafood rice", "shrimp", "clams", "mussels")),
                 ("Caldo Verde", "sopas", ("kale", "potato")))
    found = tasca.resolve("clams")
    assert found.status == AMBIGUOUS and {c.name for c in found.candidates} >= {
        "Amêijoas à Bulhão Pato", "Carne de Porco à Alentejana"}, found
    named = tasca.resolve("ameijoas bulhao pato")
    assert named.status == MATCH and named.item is not None and named.item.name == "Amêijoas à Bulhão Pato"


def test_a_category_word_the_menu_names_one_item_by_is_not_said_of_the_others() -> None:
    """"the cold noodles" in "Cold Dishes", where the Dan Dan Noodles are too: the menu names one
    item by "cold", the Sichuan Cold Noodles, and "cold" said is that one; a meat category
    ("Beef") still says what each of its dishes is made of."""
    kitchen = menu(("Dan Dan Noodles", "cold dishes", ("wheat noodles", "pork", "chili oil")),
                   ("Sichuan Cold Noodles", "cold dishes", ("cold noodles", "sesame", "chili oil")),
                   ("Mapo Tofu", "mains", ("tofu", "pork")))
    found = kitchen.resolve("the cold noodles")
    assert found.item is not None and found.item.name == "Sichuan Cold Noodles", found
    dan = kitchen.resolve("dan dan noodles")
    assert dan.status == MATCH and dan.item is not None and dan.item.name == "Dan Dan Noodles"


def test_one_word_misheard_of_the_name_as_the_menu_writes_it_is_confirmed() -> None:
    """"yeung chow fried rice" for the Yang Chow Fried Rice (translated "yangzhou fried rice"): the
    name as the menu writes it is its name too, and "yeung" one word misheard of it, with the same
    first sound — confirmed, not asked about with itself alone."""
    kitchen = menu(("Yang Chow Fried Rice", "rice", ("fried rice", "shrimp", "egg")),
                   ("Beef Chow Fun", "noodles", ("rice noodles", "beef")),
                   ("Fish Congee", "congee", ("rice porridge", "fish")))
    found = kitchen.resolve("yeung chow fried rice")
    assert found.item is not None and found.item.name == "Yang Chow Fried Rice", found
    # a word of the name as written that was said in translation is no word left over: "corned
    # beef" is not the Empanada de Carne ("carne" is the "beef" said, "corned" no "carne" misheard)
    bakery = menu(("Empanada de Carne", "empanadas", ("ground beef", "onion")),
                  ("Empanada de Pollo", "empanadas", ("chicken",)))
    assert bakery.resolve("corned beef").status not in (MATCH, CONFIRM)


def test_a_spanish_number_said_first_is_a_count_unless_a_name_has_it() -> None:
    """"tres tacos al pastor" are three; "tres leches" on a menu with the Tres Leches is the cake."""
    taqueria = menu(("Taco al Pastor", "tacos", ("pork", "pineapple")),
                    ("Taco de Asada", "tacos", ("steak",)),
                    ("Tres Leches", "postres", ("milk", "sponge cake")))
    tacos = taqueria.resolve("tres tacos al pastor")
    assert tacos.item is not None and tacos.item.name == "Taco al Pastor" and tacos.quantity == 3, tacos
    dos = taqueria.resolve("dos tacos de asada")
    assert dos.item is not None and dos.item.name == "Taco de Asada" and dos.quantity == 2, dos
    cake = taqueria.resolve("tres leches")
    assert cake.item is not None and cake.item.name == "Tres Leches" and cake.quantity in (None, 1), cake
    # ...and a dish the gazetteer knows by those words is no count, on a menu without it either
    flan = menu(("Leche Flan", "desserts", ("egg", "milk")), ("Halo Halo", "desserts", ("shaved ice",)))
    assert flan.resolve("tres leches").quantity is None


def test_malay_food_words_are_english_words_for_the_matcher() -> None:
    """Malay / Indonesian menu words ("ais", "udang", "ayam", "nasi", "mee") are the English words
    a caller says: "ice kacang" is the Ais Kacang, "chicken rice" the Nasi Ayam."""
    kopitiam = menu(("Ais Kacang", "desserts", ("shaved ice", "red beans")),
                    ("Nasi Ayam", "rice", ("poached chicken", "rice")),
                    ("Mee Rebus", "noodles", ("yellow noodles", "potato gravy")),
                    ("Cendol", "desserts", ("pandan jelly", "coconut milk")))
    ice = kopitiam.resolve("ice kacang")
    assert ice.item is not None and ice.item.name == "Ais Kacang", ice
    rice = kopitiam.resolve("chicken rice")
    assert rice.item is not None and rice.item.name == "Nasi Ayam", rice


def test_a_whole_name_that_is_a_native_dish_holds_no_dish_of_another_cuisine() -> None:
    """"Sambal Kangkung" is a Malaysian dish by its whole name: its "sambal" is no Indian sambar (a
    lentil stew), so "a stew" is not it; "Tom Yum Goong" still holds the Tom Yum, of its cuisine."""
    from pos_voice.ordering.dish_gazetteer import dishes_in

    kopitiam = menu(("Sambal Kangkung", "vegetables", ("water spinach", "chili")),
                    ("Nasi Lemak", "rice", ("coconut rice", "anchovies")))
    assert kopitiam.resolve("a stew").item is None
    (found,) = dishes_in([("tom", "yum", "goong")])
    assert {tuple(f.dish.native[0]) for f in found} >= {("tom", "yum")}, found


def test_a_name_that_translates_to_a_meat_and_a_kind_is_that_item_said_in_english() -> None:
    """"beef empanada" for the Empanada de Carne: its name translated is the words said, a kind and
    a meat — more than a kind alone (the Mantu, "dumpling") — so it is that empanada, not a question
    with the Empanada de Carne Picante (a spicy one, not said); "empanada" alone still asks."""
    bakery = menu(("Empanada de Carne", "empanadas", ("ground beef", "onion")),
                  ("Empanada de Carne Picante", "empanadas", ("spicy ground beef", "red pepper")),
                  ("Empanada de Pollo", "empanadas", ("chicken",)))
    found = bakery.resolve("beef empanada")
    assert found.status == MATCH and found.item is not None and found.item.name == "Empanada de Carne", found
    assert bakery.resolve("empanadas").status == AMBIGUOUS


def test_vegetarian_said_rules_out_the_items_made_with_meat() -> None:
    """"vegetarian couscous": the Couscous Royale (lamb, merguez) and the Chicken Couscous are no
    vegetarian couscous — the Seven Vegetable Couscous is confirmed; with two meatless ones, ask."""
    kitchen = menu(("Couscous Royale", "couscous", ("lamb", "chicken", "merguez", "seven vegetables")),
                   ("Seven Vegetable Couscous", "couscous", ("couscous", "seven vegetables", "chickpeas")),
                   ("Chicken Couscous", "couscous", ("couscous", "chicken", "vegetables")),
                   ("Harira", "soups", ("lentils", "chickpeas", "tomato")))
    found = kitchen.resolve("vegetarian couscous")
    assert found.item is not None and found.item.name == "Seven Vegetable Couscous", found
    assert kitchen.resolve("couscous").status == AMBIGUOUS


def test_a_kind_said_alone_of_the_one_item_named_more_is_confirmed_not_added() -> None:
    """"salad" where the one salad is the German Potato Salad: the one plausible item, but the
    caller named a kind, not it — confirmed ("the potato salad?"), not added; an item the word
    names whole is added."""
    beer_hall = menu(("German Potato Salad", "sides", ("potatoes", "bacon", "vinegar")),
                     ("Bratwurst", "mains", ("pork sausage",)), ("Soft Pretzel", "snacks", ("pretzel",)))
    found = beer_hall.resolve("a salad")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "German Potato Salad"
    diner = menu(("Salad", "salads", ("lettuce", "tomato")), ("Burger", "mains", ("beef",)))
    whole = diner.resolve("a salad")
    assert whole.status == MATCH and whole.item is not None and whole.item.name == "Salad", whole


def test_what_is_on_top_says_how_it_comes_not_another_dish() -> None:
    """"the chicken with the green onions on top": "top" says how the Padak Green Onion Chicken
    comes, no food its name leaves out."""
    shop = menu(("Padak Green Onion Chicken", "chicken", ("fried chicken", "green onions")),
                ("Original Fried Chicken", "chicken", ("fried chicken",)),
                ("Tteokbokki", "bunsik", ("rice cakes", "gochujang")))
    found = shop.resolve("the chicken with the green onions on top")
    assert found.item is not None and found.item.name == "Padak Green Onion Chicken", found
