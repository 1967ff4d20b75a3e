"""An Egyptian street-food shop (the pattern of Cairo-style koshari and feteer shops in Queens
and New Jersey): koshari Small, Medium or Large, ful and ta'ameya (Egyptian falafel), hawawshi,
Alexandrian liver and sausage sandwiches, sweet and savoury feteer, molokhia, dips, fresh juices
(sugarcane Small or Large) and desserts; English and transliterated Arabic names. Callers spell
the Arabic many ways ("kushari", "tamiya", "fool", "hawawshy") and say the English ("fava beans",
"hibiscus"). "Falafel", "feteer", "molokhia", "sausage" or "a juice" alone is a question; fattah,
macarona bechamel, shawarma, hummus and lentil soup are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Egyptian street food"

CATEGORIES: dict[str, list[Item]] = {
    "Koshari & Ful": [
        ("Koshari", {"Small": 7.0, "Medium": 9.0, "Large": 11.0},
         ("rice", "lentils", "macaroni", "chickpeas", "spicy tomato sauce", "crispy onions")),
        ("Ful Medames", 7.5, ("stewed fava beans", "olive oil", "cumin", "baladi bread")),
        ("Ful with Egg", 8.5, ("stewed fava beans", "fried egg", "baladi bread")),
    ],
    "Sandwiches": [
        ("Ta'ameya Sandwich", 6.0, ("fava bean falafel", "tahini", "salad", "baladi bread")),
        ("Hawawshi", 10.0, ("spiced ground beef", "onion", "peppers", "baked in baladi bread")),
        ("Kebda Eskandarani", 9.0, ("alexandrian beef liver", "green peppers", "garlic", "lemon")),
        ("Sogo' Sandwich", 9.0, ("alexandrian beef sausage", "peppers", "tahini")),
        ("Kofta Sandwich", 10.0, ("grilled kofta", "tahini", "onion", "parsley")),
    ],
    "Plates": [
        ("Ta'ameya Plate", 11.0, ("six falafel", "tahini", "baladi salad", "pickles", "bread")),
        ("Kofta Plate", 16.0, ("grilled kofta", "rice", "tahini", "salad")),
        ("Molokhia with Rice", 12.0, ("jute leaf stew", "garlic", "coriander", "vermicelli rice")),
        ("Molokhia with Chicken", 17.0, ("jute leaf stew", "quarter chicken", "vermicelli rice")),
        ("Mahshi Mix", 14.0, ("stuffed grape leaves", "stuffed zucchini", "stuffed peppers", "rice")),
        ("Eggs with Basterma", 10.0, ("fried eggs", "basterma", "baladi bread")),
    ],
    "Feteer": [
        ("Feteer Meshaltet", 12.0, ("flaky layered pie", "ghee", "honey", "molasses", "cheese")),
        ("Sweet Feteer", 13.0, ("flaky layered pie", "custard", "powdered sugar", "coconut")),
        ("Feteer with Cheese", 13.0, ("flaky layered pie", "white cheese", "mozzarella", "olives")),
        ("Feteer with Sogo'", 15.0, ("flaky layered pie", "alexandrian sausage", "peppers", "mozzarella")),
    ],
    "Dips & Sides": [
        ("Baba Ghanoug", 6.0, ("smoked eggplant", "tahini", "garlic")),
        ("Tehina Salad", 5.0, ("tahini", "lemon", "cumin")),
        ("Baladi Salad", 5.0, ("tomato", "cucumber", "onion", "parsley")),
        ("Torshi", 3.0, ("pickled vegetables",)),
        ("Baladi Bread", 1.5),
    ],
    "Juices & Drinks": [
        ("Sugarcane Juice (Asab)", {"Small": 4.0, "Large": 6.0}, ("fresh pressed sugarcane",)),
        ("Karkade", 4.0, ("hibiscus", "sugar")),
        ("Sobia", 4.0, ("coconut", "rice", "milk")),
        ("Tamr Hindi", 4.0, ("tamarind", "sugar")),
        ("Mango Juice", 5.0, ("fresh mango",)),
        ("Egyptian Tea", 2.5, ("black tea", "mint")),
        ("Turkish Coffee", 3.5),
    ],
    "Desserts": [
        ("Om Ali", 7.0, ("puff pastry", "milk", "nuts", "raisins")),
        ("Basbousa", 4.0, ("semolina cake", "syrup")),
        ("Roz Bel Laban", 4.0, ("rice pudding",)),
        ("Konafa", 6.0, ("shredded pastry", "cream", "syrup")),
    ],
}

SPECIALS: tuple[str, ...] = ("Hawawshi", "Feteer with Sogo'")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # koshari and ful
    ("a large koshari", "Koshari", "large"),
    ("kushari medium", "Koshari", "medium"),
    ("two small koshary", "Koshari", "small", 2),
    ("ful medames", "Ful Medames"),
    ("fool medammis", "Ful Medames"),
    ("fava beans", "Ful Medames"),
    ("ful with egg", "Ful with Egg"),
    ("foul with an egg", "Ful with Egg"),
    # sandwiches
    ("a tamiya sandwich", "Ta'ameya Sandwich"),
    ("falafel sandwich", "Ta'ameya Sandwich"),
    ("two taameya sandwiches", "Ta'ameya Sandwich", None, 2),
    ("hawawshi", "Hawawshi"),
    ("hawawshy", "Hawawshi"),
    ("the liver sandwich", "Kebda Eskandarani"),
    ("kebda", "Kebda Eskandarani"),
    ("alexandrian liver", "Kebda Eskandarani"),
    ("sausage sandwich", "Sogo' Sandwich"),
    ("falafel", ASK),
    ("kofta", ASK),
    # plates
    ("ta'ameya plate", "Ta'ameya Plate"),
    ("a falafel plate", "Ta'ameya Plate"),
    ("molokhia with chicken", "Molokhia with Chicken"),
    ("mulukhiyah with rice", "Molokhia with Rice"),
    ("molokhia", ASK),
    ("mahshi", "Mahshi Mix"),
    ("stuffed grape leaves", "Mahshi Mix"),
    ("eggs with pastrami", "Eggs with Basterma"),
    # feteer
    ("feteer meshaltet", "Feteer Meshaltet"),
    ("fiteer mishaltit", "Feteer Meshaltet"),
    ("a sweet feteer", "Sweet Feteer"),
    ("cheese feteer", "Feteer with Cheese"),
    ("sausage feteer", "Feteer with Sogo'"),
    ("feteer", ASK),
    ("sausage", ASK),
    # dips and sides
    ("baba ganoush", "Baba Ghanoug"),
    ("tahini salad", "Tehina Salad"),
    ("pickles", "Torshi"),
    ("a salad", ASK),
    ("three baladi bread", "Baladi Bread", None, 3),
    # juices and drinks
    ("a large sugar cane juice", "Sugarcane Juice (Asab)", "large"),
    ("asab small", "Sugarcane Juice (Asab)", "small"),
    ("hibiscus", "Karkade"),
    ("sobia", "Sobia"),
    ("tamarind juice", "Tamr Hindi"),
    ("mango juice", "Mango Juice"),
    ("a juice", ASK),
    ("tea", "Egyptian Tea"),
    ("turkish coffee", "Turkish Coffee"),
    # desserts
    ("om ali", "Om Ali"),
    ("rice pudding", "Roz Bel Laban"),
    ("kunafa", "Konafa"),
    # not on the menu
    ("fattah", UNKNOWN),
    ("macarona bechamel", UNKNOWN),
    ("chicken shawarma sandwich", UNKNOWN),
    ("hummus", UNKNOWN),
    ("lentil soup", UNKNOWN),
    ("feteer with chicken", UNKNOWN),
    ("qatayef", UNKNOWN),
]
