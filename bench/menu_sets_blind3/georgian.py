"""A Georgian restaurant (the pattern of US Georgian cafés' take-out menus): khachapuri of four
regions, khinkali by 5 or 10 pieces, walnut-based cold starters, stews and grills, Georgian
sodas. Georgian names reach English menus in several spellings (khachapuri/hachapuri,
adjaruli/acharuli/adjarian, chkmeruli/shkmeruli, tabaka/tapaka, tarkhuna/tarhun); "khachapuri"
or "khinkali" alone is a question."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Georgian restaurant"

KHINKALI = {"5 pc": 10.0, "10 pc": 18.0}

CATEGORIES: dict[str, list[Item]] = {
    "Khachapuri": [
        ("Adjaruli Khachapuri", 17.0, ("boat-shaped bread", "sulguni", "imeruli cheese", "egg", "butter")),
        ("Imeruli Khachapuri", 14.0, ("round bread", "imeruli cheese")),
        ("Megruli Khachapuri", 16.0, ("round bread", "cheese inside and on top")),
        ("Penovani Khachapuri", 9.0, ("puff pastry", "cheese")),
        ("Lobiani", 12.0, ("bread", "spiced kidney beans")),
    ],
    "Khinkali": [
        ("Beef and Pork Khinkali", KHINKALI, ("dumplings", "beef", "pork", "broth")),
        ("Mushroom Khinkali", KHINKALI, ("dumplings", "mushrooms")),
        ("Cheese Khinkali", KHINKALI, ("dumplings", "sulguni cheese")),
    ],
    "Cold Appetizers": [
        ("Pkhali Trio", 12.0, ("spinach walnut", "beet walnut", "leek walnut", "pomegranate")),
        ("Badrijani Nigvzit", 11.0, ("fried eggplant rolls", "walnut paste", "pomegranate")),
        ("Georgian Salad", 10.0, ("tomato", "cucumber", "walnut dressing")),
        ("Ajapsandali", 11.0, ("eggplant", "peppers", "tomato", "herbs")),
    ],
    "Mains": [
        ("Chkmeruli", 22.0, ("fried chicken", "garlic", "milk sauce")),
        ("Chicken Tabaka", 21.0, ("pressed fried chicken", "garlic sauce")),
        ("Chakapuli", 24.0, ("lamb", "tarragon", "white wine", "tkemali")),
        ("Mtsvadi", 22.0, ("pork skewers", "onion", "pomegranate")),
        ("Ojakhuri", 20.0, ("pork", "fried potatoes", "onion")),
        ("Kharcho", 12.0, ("beef soup", "rice", "walnut", "tkemali")),
        ("Lobio", 13.0, ("red bean stew", "clay pot", "mchadi")),
    ],
    "Sides": [
        ("Shoti Bread", 4.0, ("georgian bread",)),
        ("Mchadi", 4.0, ("corn bread",)),
        ("Tkemali Sauce", 2.0, ("sour plum sauce",)),
    ],
    "Desserts": [
        ("Churchkhela", 5.0, ("walnuts", "grape must")),
        ("Napoleon Cake", 8.0, ("puff pastry", "custard")),
    ],
    "Drinks": [
        ("Tarragon Lemonade", 4.0, ("tarragon soda",)),
        ("Pear Lemonade", 4.0, ("pear soda",)),
        ("Borjomi", 4.0, ("mineral water",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # khachapuri
    ("adjarian khachapuri", "Adjaruli Khachapuri"),
    ("acharuli hachapuri", "Adjaruli Khachapuri"),
    ("the cheese boat with the egg", "Adjaruli Khachapuri"),
    ("two ajaruli", "Adjaruli Khachapuri", None, 2),
    ("imeruli", "Imeruli Khachapuri"),
    ("imeretian khachapuri", "Imeruli Khachapuri"),
    ("megrelian khachapuri", "Megruli Khachapuri"),
    ("megruli", "Megruli Khachapuri"),
    ("penovani", "Penovani Khachapuri"),
    ("the puff pastry khachapuri", "Penovani Khachapuri"),
    ("khachapuri", ASK),
    ("hachapuri", ASK),
    ("cheese bread", ASK),
    ("lobiani", "Lobiani"),
    ("the bean bread", "Lobiani"),
    # khinkali
    ("ten khinkali beef and pork", "Beef and Pork Khinkali", "10 pc"),
    ("five meat khinkali", "Beef and Pork Khinkali", "5 pc"),
    ("hinkali with mushroom", "Mushroom Khinkali"),
    ("cheese khinkali ten pieces", "Cheese Khinkali", "10 pc"),
    ("two orders of mushroom khinkali", "Mushroom Khinkali", None, 2),
    ("khinkali", ASK),
    ("georgian dumplings", ASK),
    # cold appetizers
    ("pkhali", "Pkhali Trio"),
    ("phali", "Pkhali Trio"),
    ("eggplant rolls with walnuts", "Badrijani Nigvzit"),
    ("badrijani", "Badrijani Nigvzit"),
    ("georgian salad", "Georgian Salad"),
    # mains
    ("chkmeruli", "Chkmeruli"),
    ("shkmeruli", "Chkmeruli"),
    ("chicken in garlic milk sauce", "Chkmeruli"),
    ("chicken tabaka", "Chicken Tabaka"),
    ("tapaka chicken", "Chicken Tabaka"),
    ("chicken", ASK),  # chkmeruli or tabaka
    ("chakapuli", "Chakapuli"),
    ("lamb with tarragon", "Chakapuli"),
    ("mtsvadi", "Mtsvadi"),
    ("georgian shashlik", "Mtsvadi"),
    ("ojakhuri", "Ojakhuri"),
    ("pork and potatoes", "Ojakhuri"),
    ("pork", ASK),  # mtsvadi or ojakhuri
    ("harcho soup", "Kharcho"),
    ("lobio", "Lobio"),
    ("the bean stew", "Lobio"),
    ("beans", ASK),  # lobio or lobiani
    # sides, desserts, drinks
    ("shoti", "Shoti Bread"),
    ("mchadi", "Mchadi"),
    ("corn bread", "Mchadi"),
    ("the sour plum sauce", "Tkemali Sauce"),
    ("napoleon", "Napoleon Cake"),
    ("tarhun soda", "Tarragon Lemonade"),
    ("lemonade", ASK),
    ("borjomi", "Borjomi"),
    # not on the menu
    ("chicken satsivi", UNKNOWN),
    ("lamb khinkali", UNKNOWN),
    ("chicken khachapuri", UNKNOWN),
    ("chanakhi", UNKNOWN),
    ("borscht", UNKNOWN),
    ("a chicken shawarma", UNKNOWN),
    ("eggplant parm", UNKNOWN),
    ("cheese pizza", UNKNOWN),
]
