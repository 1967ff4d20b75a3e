"""A Japanese curry house (the pattern of the take-out menus of CoCo Ichibanya, Go Go Curry and the
independent karē shops of Torrance, Sawtelle, Manhattan's Midtown East and Honolulu): curry rice
with a Small, Regular or Large portion of rice (the pork curry sauce plain, beef, vegetable, or
with a fried or grilled topping: pork or chicken katsu, ebi fry, hamburg steak, karaage, korokke,
seafood), hayashi rice, curry udon, add-on toppings (cheese, spinach, a soft-boiled or a fried
egg, corn, natto), omurice with ketchup, curry or demi-glace, sides (karaage and gyoza by 5 or 10
and 6 or 12 pieces, korokke, salad, miso soup), pudding and matcha ice cream, Ramune, Calpico,
iced teas and one beer. The spice level (mild, 1 to 10) is said with the order and names no item.
Japanese names in the romanisation such menus print, with the English. Callers say "tonkatsu
curry", "chicken cutlet curry", "level five", "large rice", "fried shrimp curry", "omelet rice",
and speech recognition writes "kare", "ton katsu", "kara age", "hambagu", "omu rice", "ebi
furai", "rah moo nay". "A katsu curry" (pork or chicken), "a curry", "a large curry", "add an
egg", "an omurice with sauce", "a shrimp curry" (ebi fry or seafood) and "an iced tea" are
questions; curry pan, katsudon, gyudon, chicken nanban, soup curry, oyakodon and
takoyaki are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Japanese Curry House"


def _rice(regular: float) -> dict[str, float]:
    return {"Small": regular - 1.5, "Regular": regular, "Large": regular + 2.0}


CATEGORIES: dict[str, list[Item]] = {
    "Curry Rice (Karē Raisu)": [
        ("Pork Curry (Pōku Karē)", _rice(11.0), ("japanese curry sauce", "pork", "rice",
                                                  "fukujinzuke")),
        ("Beef Curry (Gyū Karē)", _rice(13.0), ("japanese curry sauce", "stewed beef", "rice")),
        ("Vegetable Curry (Yasai Karē)", _rice(12.0), ("japanese curry sauce", "potato", "carrot",
                                                        "eggplant", "pumpkin", "rice")),
        ("Pork Katsu Curry (Tonkatsu Karē)", _rice(15.0), ("japanese curry sauce", "breaded pork loin",
                                                            "rice")),
        ("Chicken Katsu Curry", _rice(14.5), ("japanese curry sauce", "breaded chicken cutlet", "rice")),
        ("Ebi Fry Curry", _rice(16.0), ("japanese curry sauce", "fried shrimp", "rice")),
        ("Hamburg Steak Curry (Hambāgu Karē)", _rice(15.0), ("japanese curry sauce",
                                                              "beef and pork patty", "rice")),
        ("Karaage Curry", _rice(14.5), ("japanese curry sauce", "japanese fried chicken", "rice")),
        ("Korokke Curry", _rice(13.0), ("japanese curry sauce", "potato croquettes", "rice")),
        ("Seafood Curry", _rice(16.5), ("japanese curry sauce", "shrimp", "squid", "scallops", "rice")),
        ("Hayashi Rice", _rice(13.5), ("hashed beef", "demi-glace", "onion", "mushroom", "rice")),
    ],
    "Curry Udon": [
        ("Curry Udon", 13.0, ("udon noodles", "curry broth", "pork", "scallion")),
        ("Katsu Curry Udon", 16.0, ("udon noodles", "curry broth", "breaded pork loin", "scallion")),
    ],
    "Toppings": [
        ("Cheese Topping", 2.0),
        ("Spinach Topping", 1.5),
        ("Soft-Boiled Egg Topping", 1.5),
        ("Fried Egg Topping", 1.5),
        ("Corn Topping", 1.0),
        ("Natto Topping", 1.5),
    ],
    "Omurice": [
        ("Omurice", 13.0, ("omelet", "chicken ketchup rice", "ketchup")),
        ("Curry Omurice", 14.5, ("omelet", "chicken ketchup rice", "japanese curry sauce")),
        ("Demi-Glace Omurice", 14.5, ("omelet", "chicken ketchup rice", "demi-glace sauce")),
    ],
    "Sides": [
        ("Karaage (Japanese Fried Chicken)", {"5 Pieces": 7.0, "10 Pieces": 13.0}),
        ("Gyoza", {"6 Pieces": 6.0, "12 Pieces": 11.0}, ("pork and cabbage dumplings",)),
        ("Korokke (Potato Croquette)", 2.5),
        ("House Salad", 4.5, ("greens", "sesame dressing")),
        ("Miso Soup", 3.0),
        ("Edamame", 4.5),
        ("Extra Rice", 2.5),
        ("Extra Curry Sauce", 3.0),
    ],
    "Kids": [
        ("Kids Curry", 8.0, ("mild curry sauce", "small rice", "corn", "mini karaage")),
    ],
    "Desserts": [
        ("Custard Pudding (Purin)", 4.5),
        ("Matcha Ice Cream", 4.5),
    ],
    "Drinks": [
        ("Ramune", 3.5),
        ("Calpico", 3.5),
        ("Iced Green Tea", 3.0),
        ("Iced Oolong Tea", 3.0),
        ("Asahi Super Dry", 6.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Seafood Curry",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # curry rice
    ("pork katsu curry", "Pork Katsu Curry (Tonkatsu Karē)"),
    ("tonkatsu curry large rice", "Pork Katsu Curry (Tonkatsu Karē)", "large"),
    ("a ton katsu kare level three", "Pork Katsu Curry (Tonkatsu Karē)"),
    ("chicken katsu curry regular", "Chicken Katsu Curry", "regular"),
    ("two chicken cutlet curry", "Chicken Katsu Curry", None, 2),
    ("chicken katsu curry level five spicy", "Chicken Katsu Curry"),
    ("a katsu curry", ASK),
    ("pork curry small rice", "Pork Curry (Pōku Karē)", "small"),
    ("beef curry", "Beef Curry (Gyū Karē)"),
    ("gyu kare large", "Beef Curry (Gyū Karē)", "large"),
    ("veggie curry", "Vegetable Curry (Yasai Karē)"),
    ("yasai curry mild", "Vegetable Curry (Yasai Karē)"),
    ("fried shrimp curry", "Ebi Fry Curry"),
    ("ebi furai curry regular", "Ebi Fry Curry", "regular"),
    ("hamburger steak curry", "Hamburg Steak Curry (Hambāgu Karē)"),
    ("hambagu curry", "Hamburg Steak Curry (Hambāgu Karē)"),
    ("kara age curry large", "Karaage Curry", "large"),
    ("korokke curry", "Korokke Curry"),
    ("croquette curry small", "Korokke Curry", "small"),
    ("seafood curry", "Seafood Curry"),
    ("a shrimp curry", ASK),
    ("hayashi rice", "Hayashi Rice"),
    ("hashed beef rice", "Hayashi Rice"),
    ("a curry", ASK),
    ("a large curry", ASK),
    # curry udon
    ("curry udon", "Curry Udon"),
    ("katsu curry udon", "Katsu Curry Udon"),
    # toppings
    ("add cheese", "Cheese Topping"),
    ("extra spinach on it", "Spinach Topping"),
    ("add an egg", ASK),
    ("a fried egg on top", "Fried Egg Topping"),
    ("add corn", "Corn Topping"),
    # omurice
    ("omurice", "Omurice"),
    ("omu rice with ketchup", "Omurice"),
    ("omelet rice with curry", "Curry Omurice"),
    ("demi glace omurice", "Demi-Glace Omurice"),
    ("an omurice with sauce", ASK),
    # sides
    ("five piece karaage", "Karaage (Japanese Fried Chicken)", "5 pieces"),
    ("ten pieces of japanese fried chicken", "Karaage (Japanese Fried Chicken)", "10 pieces"),
    ("twelve gyoza", "Gyoza", "12 pieces"),
    ("six pot stickers", "Gyoza", "6 pieces"),
    ("two korokke", "Korokke (Potato Croquette)", None, 2),
    ("a side salad", "House Salad"),
    ("miso soup", "Miso Soup"),
    ("extra curry sauce", "Extra Curry Sauce"),
    ("a kids curry", "Kids Curry"),
    # desserts and drinks
    ("purin", "Custard Pudding (Purin)"),
    ("green tea ice cream", "Matcha Ice Cream"),
    ("rah moo nay", "Ramune"),
    ("two calpis", "Calpico", None, 2),
    ("an iced tea", ASK),
    ("a beer", "Asahi Super Dry"),
    # not on the menu
    ("curry pan", UNKNOWN),
    ("katsudon", UNKNOWN),
    ("gyudon", UNKNOWN),
    ("chicken nanban", UNKNOWN),
    ("soup curry", UNKNOWN),
    ("oyakodon", UNKNOWN),
    ("takoyaki", UNKNOWN),
]
