"""A Trinidadian roti shop (the pattern of Brooklyn and Toronto roti shops' take-out menus):
curries wrapped in dhalpuri roti, regular or large, the same curries as rice plates, the breads
on their own (dhalpuri, buss up shut), doubles and other street food, island drinks. Trini
names are spelled by ear on real menus (buss up shut/bust up shot, pholourie/phulourie/polouri,
mauby/mawby, bhaji/bhagi); "a roti" or "curry goat" alone is a question."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Trinidadian roti shop"

ROTI = {"Regular": 12.0, "Large": 15.0}

CATEGORIES: dict[str, list[Item]] = {
    "Roti": [
        ("Curry Goat Roti", {"Regular": 14.0, "Large": 17.0}, ("dhalpuri", "curry goat", "potato")),
        ("Boneless Chicken Roti", ROTI, ("dhalpuri", "curry chicken", "potato")),
        ("Curry Shrimp Roti", {"Regular": 15.0, "Large": 18.0}, ("dhalpuri", "curry shrimp", "potato")),
        ("Curry Beef Roti", ROTI, ("dhalpuri", "curry beef", "potato")),
        ("Curry Duck Roti", {"Regular": 15.0, "Large": 18.0}, ("dhalpuri", "curry duck")),
        ("Channa and Aloo Roti", {"Regular": 10.0, "Large": 12.0}, ("dhalpuri", "curry chickpeas", "potato")),
    ],
    "Plates": [
        ("Curry Goat with Rice", 15.0, ("curry goat", "white rice", "channa", "pumpkin")),
        ("Stew Chicken with Rice", 13.0, ("brown stew chicken", "rice and peas", "macaroni pie")),
    ],
    "Breads": [
        ("Dhalpuri", 4.0, ("roti skin", "ground split peas")),
        ("Buss Up Shut", 4.0, ("paratha roti", "torn")),
    ],
    "Street Food": [
        ("Doubles", 2.5, ("bara", "curry channa", "tamarind", "pepper")),
        ("Aloo Pie", 3.0, ("fried dough", "spiced potato")),
        ("Pholourie", {"Small": 4.0, "Large": 7.0}, ("split pea fritters", "tamarind sauce")),
        ("Saheena", 3.0, ("dasheen leaf fritter",)),
        ("Bake and Shark", 12.0, ("fried bake", "shark", "shadow beni sauce")),
    ],
    "Sides": [
        ("Curry Channa", 5.0, ("chickpeas", "potato")),
        ("Pumpkin Talkari", 5.0, ("pumpkin",)),
        ("Bhaji", 5.0, ("spinach", "dasheen bush")),
        ("Pepper Sauce", 1.0, ("scotch bonnet",)),
    ],
    "Drinks": [
        ("Sorrel", 4.0, ("hibiscus", "ginger", "clove")),
        ("Mauby", 4.0, ("mauby bark",)),
        ("Peanut Punch", 5.0, ("peanut butter", "milk")),
        ("Ginger Beer", 3.5),
    ],
    "Desserts": [
        ("Kurma", 4.0, ("fried dough", "sugar glaze", "ginger")),
        ("Coconut Sweet Bread", 4.0, ("coconut", "raisins")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # roti
    ("large curry goat roti", "Curry Goat Roti", "large"),
    ("a goat roti", "Curry Goat Roti"),
    ("curried goat roti regular", "Curry Goat Roti", "regular"),
    ("boneless chicken roti", "Boneless Chicken Roti"),
    ("chicken roti large", "Boneless Chicken Roti", "large"),
    ("two shrimp rotis", "Curry Shrimp Roti", None, 2),
    ("a beef roti", "Curry Beef Roti"),
    ("duck roti", "Curry Duck Roti"),
    ("channa aloo roti", "Channa and Aloo Roti"),
    ("chickpea and potato roti", "Channa and Aloo Roti"),
    ("a veggie roti", "Channa and Aloo Roti"),
    ("two large chicken rotis", "Boneless Chicken Roti", "large", 2),
    ("a roti", ASK),
    ("a large roti", ASK),
    # plates
    ("curry goat with rice", "Curry Goat with Rice"),
    ("brown stew chicken", "Stew Chicken with Rice"),
    ("stew chicken", "Stew Chicken with Rice"),
    ("curry goat", ASK),  # in a roti or with rice
    ("goat", ASK),
    ("chicken", ASK),  # roti or stew chicken
    # breads
    ("bus up shot", "Buss Up Shut"),
    ("paratha roti", "Buss Up Shut"),
    ("busup shut", "Buss Up Shut"),
    ("dhal puri", "Dhalpuri"),
    ("a dal poori skin", "Dhalpuri"),
    # street food
    ("three doubles", "Doubles", None, 3),
    ("a doubles", "Doubles"),
    ("doubles with slight pepper", "Doubles"),
    ("aloo pie", "Aloo Pie"),
    ("allo pie", "Aloo Pie"),
    ("a potato pie", "Aloo Pie"),
    ("large pholourie", "Pholourie", "large"),
    ("phulorie small", "Pholourie", "small"),
    ("polouri", "Pholourie"),
    ("saheena", "Saheena"),
    ("bake and shark", "Bake and Shark"),
    ("shark and bake", "Bake and Shark"),
    # sides
    ("a side of curry channa", "Curry Channa"),
    ("channa", ASK),  # the side or the channa roti
    ("pumpkin", "Pumpkin Talkari"),
    ("spinach bhagi", "Bhaji"),
    ("pepper sauce", "Pepper Sauce"),
    # drinks and desserts
    ("sorrel", "Sorrel"),
    ("mauby", "Mauby"),
    ("mobie", "Mauby"),
    ("two peanut punch", "Peanut Punch", None, 2),
    ("ginger beer", "Ginger Beer"),
    ("kurma", "Kurma"),
    ("sweet bread", "Coconut Sweet Bread"),
    ("a drink", ASK),
    # not on the menu
    ("jerk chicken", UNKNOWN),
    ("oxtail", UNKNOWN),
    ("lamb roti", UNKNOWN),
    ("fish roti", UNKNOWN),
    ("a beef patty", UNKNOWN),
    ("sea moss", UNKNOWN),
    ("chicken pelau", UNKNOWN),
    ("coconut water", UNKNOWN),
]
