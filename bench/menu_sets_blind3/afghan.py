"""An Afghan kabob house (the pattern of US Afghan restaurants' take-out menus): kabob plates,
rice dishes (palaw, challow), dumplings (mantu, aushak), bolani and borani, Afghan breads and
sweets. Dari names are romanised many ways on real menus (qabili/kabuli, palaw/pulao/palau,
mantu/manto, aushak/ashak, challow/chalau, firni/phirni); "the dumplings", "bolani" and "borani"
each name two items."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Afghan kabob house"

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Bolani Kachalu", 7.0, ("flatbread", "potato", "scallion", "yogurt dip")),
        ("Bolani Gandana", 7.0, ("flatbread", "leeks", "yogurt dip")),
        ("Sambosa", 6.0, ("pastry", "ground beef", "chickpeas")),
        ("Borani Banjan", 8.0, ("fried eggplant", "tomato", "garlic yogurt")),
        ("Aush", 7.0, ("noodle soup", "beans", "yogurt", "dill", "ground beef")),
    ],
    "Dumplings": [
        ("Mantu", 14.0, ("beef dumplings", "onion", "yogurt", "split pea sauce")),
        ("Aushak", 14.0, ("leek dumplings", "meat sauce", "garlic yogurt", "mint")),
    ],
    "Kabobs": [
        ("Chicken Tikka Kabob", 17.0, ("chicken breast", "palaw rice", "naan", "salad")),
        ("Lamb Tikka Kabob", 21.0, ("lamb", "palaw rice", "naan", "salad")),
        ("Kofta Kabob", 17.0, ("ground beef", "onion", "palaw rice", "naan")),
        ("Chapli Kabob", 17.0, ("spiced ground beef patty", "palaw rice", "naan")),
        ("Lamb Chops", 25.0, ("lamb chops", "palaw rice", "naan")),
    ],
    "Rice Dishes": [
        ("Kabuli Palaw", 19.0, ("lamb shank", "brown rice", "carrots", "raisins", "almonds")),
        ("Sabzi Challow", 15.0, ("spinach", "lamb", "white rice")),
        ("Kaddo Borani", 15.0, ("sweet pumpkin", "yogurt", "meat sauce", "white rice")),
    ],
    "Sides": [
        ("Naan", 3.0, ("afghan bread",)),
        ("Challow", 4.0, ("white rice",)),
        ("Palaw Rice", 5.0, ("brown rice", "cumin")),
        ("Salata", 5.0, ("tomato", "cucumber", "onion", "cilantro")),
        ("Chutney", 1.5, ("green chutney", "cilantro", "chili")),
    ],
    "Desserts": [
        ("Firni", 5.0, ("milk pudding", "cardamom", "pistachio")),
        ("Sheer Yakh", 6.0, ("afghan ice cream", "rosewater", "pistachio")),
    ],
    "Drinks": [
        ("Doogh", 3.5, ("yogurt drink", "mint", "cucumber")),
        ("Chai Sabz", 2.5, ("green tea", "cardamom")),
        ("Soda", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # rice dishes
    ("kabuli pulao", "Kabuli Palaw"),
    ("qabili palau", "Kabuli Palaw"),
    ("a kabuli", "Kabuli Palaw"),
    ("the lamb and rice with carrots and raisins", "Kabuli Palaw"),
    ("sabzi", "Sabzi Challow"),
    ("sabzi chalau", "Sabzi Challow"),
    ("spinach and rice", "Sabzi Challow"),
    ("kadu borani", "Kaddo Borani"),
    ("the pumpkin", "Kaddo Borani"),
    ("borani", ASK),  # pumpkin or eggplant
    # dumplings
    ("two orders of mantu", "Mantu", None, 2),
    ("manto", "Mantu"),
    ("mantoo dumplings", "Mantu"),
    ("beef dumplings", "Mantu"),
    ("ashak", "Aushak"),
    ("the leek dumplings", "Aushak"),
    ("the dumplings", ASK),
    # kabobs
    ("chicken kabob", "Chicken Tikka Kabob"),
    ("two chicken tikka kebabs", "Chicken Tikka Kabob", None, 2),
    ("lamb kebab", "Lamb Tikka Kabob"),
    ("lamb", ASK),  # lamb tikka, lamb chops
    ("chapli kebab", "Chapli Kabob"),
    ("chappli kabab", "Chapli Kabob"),
    ("kofta", "Kofta Kabob"),
    ("kufta kebab", "Kofta Kabob"),
    ("lamb chops", "Lamb Chops"),
    ("a kabob plate", ASK),
    ("a beef kabob", ASK),  # kofta or chapli
    # appetizers
    ("potato bolani", "Bolani Kachalu"),
    ("bolanee with potato", "Bolani Kachalu"),
    ("leek bolani", "Bolani Gandana"),
    ("bulani gandana", "Bolani Gandana"),
    ("bolani", ASK),
    ("three sambosas", "Sambosa", None, 3),
    ("samosa", "Sambosa"),
    ("burani banjan", "Borani Banjan"),
    ("the eggplant", "Borani Banjan"),
    ("aush soup", "Aush"),
    ("the noodle soup", "Aush"),
    # sides
    ("naan", "Naan"),
    ("two extra afghan bread", "Naan", None, 2),
    ("a side of white rice", "Challow"),
    ("chalow", "Challow"),
    ("rice", ASK),  # challow or palaw rice
    ("green chutney", "Chutney"),
    ("salad", "Salata"),
    # desserts and drinks
    ("phirni", "Firni"),
    ("sheer yakh", "Sheer Yakh"),
    ("afghan ice cream", "Sheer Yakh"),
    ("dugh", "Doogh"),
    ("the yogurt drink", "Doogh"),
    ("green tea", "Chai Sabz"),
    # not on the menu
    ("chicken biryani", UNKNOWN),
    ("chicken qorma", UNKNOWN),
    ("chicken bolani", UNKNOWN),
    ("shorwa", UNKNOWN),
    ("falafel", UNKNOWN),
    ("a mango lassi", UNKNOWN),
    ("beef gyro", UNKNOWN),
    ("lamb mantu", UNKNOWN),
]
