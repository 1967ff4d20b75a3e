"""A Moroccan restaurant (the pattern of US Moroccan take-out menus): tagines, couscous,
grilled brochettes and merguez, pastilla, soups and cooked salads, Moroccan breads and pastries,
mint tea by the glass or the pot. Darija and French names reach English menus in several
spellings (tagine / tajine, kefta / kofta / kafta, pastilla / bastilla / b'stilla, harira /
hrira, bissara / bessara, msemen / msemmen, briouats / briwat); "tagine", "couscous", "kefta",
"pastilla", "soup" and "bread" alone are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Moroccan restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Starters": [
        ("Harira", 7.0, ("tomato lentil chickpea soup", "cilantro")),
        ("Bissara", 7.0, ("fava bean soup", "olive oil", "cumin")),
        ("Zaalouk", 8.0, ("cooked eggplant salad", "tomato", "garlic", "cumin")),
        ("Taktouka", 8.0, ("roasted peppers", "tomato", "garlic")),
        ("Kefta Briouats", 9.0, ("fried phyllo triangles", "spiced ground beef")),
        ("Chicken Pastilla", 16.0, ("phyllo pie", "chicken", "almonds", "cinnamon", "powdered sugar")),
        ("Seafood Pastilla", 19.0, ("phyllo pie", "shrimp", "fish", "vermicelli")),
    ],
    "Tagines": [
        ("Chicken Tagine with Preserved Lemon and Olives", 21.0,
         ("chicken", "preserved lemon", "green olives", "saffron")),
        ("Lamb Tagine with Prunes and Almonds", 25.0, ("lamb shank", "prunes", "almonds", "cinnamon")),
        ("Kefta Tagine with Eggs", 19.0, ("beef meatballs", "tomato sauce", "eggs")),
        ("Vegetable Tagine", 17.0, ("carrots", "potatoes", "zucchini", "chickpeas")),
    ],
    "Couscous": [
        ("Couscous Royale", 26.0, ("lamb", "chicken", "merguez", "seven vegetables")),
        ("Seven Vegetable Couscous", 17.0, ("couscous", "seven vegetables", "chickpeas")),
        ("Chicken Couscous", 20.0, ("couscous", "chicken", "vegetables", "caramelized onions")),
    ],
    "Grill": [
        ("Merguez Plate", 18.0, ("spicy lamb sausage", "fries", "salad")),
        ("Kefta Kebab Plate", 18.0, ("ground beef skewers", "rice", "salad")),
        ("Chicken Brochettes", 18.0, ("chicken skewers", "rice", "salad")),
        ("Lamb Chops", 28.0, ("grilled lamb chops", "cumin", "fries")),
    ],
    "Breads": [
        ("Khobz", 3.0, ("round moroccan bread",)),
        ("Msemen", 4.0, ("square flaky pan bread", "honey")),
        ("Harcha", 4.0, ("semolina griddle bread",)),
    ],
    "Sweets": [
        ("Chebakia", 5.0, ("sesame cookies", "honey")),
        ("Gazelle Horns", 6.0, ("kaab el ghazal", "almond paste", "orange blossom")),
    ],
    "Drinks": [
        ("Mint Tea", {"glass": 3.0, "pot": 10.0}, ("atay", "green tea", "fresh mint", "sugar")),
        ("Fresh Orange Juice", 5.0, ("orange juice",)),
        ("Avocado Smoothie", 7.0, ("jus d'avocat", "avocado", "milk", "almonds")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters
    ("harira", "Harira"),
    ("hrira soup", "Harira"),
    ("the lentil soup", "Harira"),
    ("bessara", "Bissara"),
    ("fava bean soup", "Bissara"),
    ("soup", ASK),
    ("zaalouk", "Zaalouk"),
    ("zalouk", "Zaalouk"),
    ("the eggplant salad", "Zaalouk"),
    ("taktouka", "Taktouka"),
    ("briwat", "Kefta Briouats"),
    ("chicken pastilla", "Chicken Pastilla"),
    ("bastilla with chicken", "Chicken Pastilla"),
    ("b'stilla with seafood", "Seafood Pastilla"),
    ("pastilla", ASK),
    # tagines
    ("chicken tagine", "Chicken Tagine with Preserved Lemon and Olives"),
    ("chicken with lemon and olives", "Chicken Tagine with Preserved Lemon and Olives"),
    ("lamb tajine", "Lamb Tagine with Prunes and Almonds"),
    ("the lamb with prunes", "Lamb Tagine with Prunes and Almonds"),
    ("kefta tagine", "Kefta Tagine with Eggs"),
    ("kofta tajine with egg", "Kefta Tagine with Eggs"),
    ("meatball tagine", "Kefta Tagine with Eggs"),
    ("veggie tagine", "Vegetable Tagine"),
    ("tagine", ASK),
    # couscous
    ("couscous royale", "Couscous Royale"),
    ("royal couscous", "Couscous Royale"),
    ("seven vegetable couscous", "Seven Vegetable Couscous"),
    ("vegetarian couscous", "Seven Vegetable Couscous"),
    ("two chicken couscous", "Chicken Couscous", None, 2),
    ("couscous", ASK),
    # grill
    ("merguez", "Merguez Plate"),
    ("lamb sausage plate", "Merguez Plate"),
    ("kafta kebab", "Kefta Kebab Plate"),
    ("kefta", ASK),
    ("chicken brochette", "Chicken Brochettes"),
    ("chicken skewers", "Chicken Brochettes"),
    ("lamb chops", "Lamb Chops"),
    ("chicken", ASK),
    ("lamb", ASK),
    # breads and sweets
    ("msemmen", "Msemen"),
    ("two msemen with honey", "Msemen", None, 2),
    ("harcha", "Harcha"),
    ("khobz", "Khobz"),
    ("bread", ASK),
    ("chebakia", "Chebakia"),
    ("kaab el ghazal", "Gazelle Horns"),
    # drinks
    ("a pot of mint tea", "Mint Tea", "pot"),
    ("two glasses of atay", "Mint Tea", "glass", 2),
    ("moroccan tea", "Mint Tea"),
    ("orange juice", "Fresh Orange Juice"),
    ("jus d'avocat", "Avocado Smoothie"),
    # not on the menu
    ("fish tagine", UNKNOWN),
    ("chicken shawarma", UNKNOWN),
    ("falafel", UNKNOWN),
    ("hummus", UNKNOWN),
    ("shakshuka", UNKNOWN),
    ("baklava", UNKNOWN),
    ("rfissa", UNKNOWN),
    ("tanjia", UNKNOWN),
]
