"""A Ghanaian restaurant (the pattern of Ghanaian take-out menus in the Bronx, Worcester, Columbus
and Houston): jollof and waakye with a choice of meat, banku and tilapia, fufu with light, palm
nut or groundnut soup, kenkey with fried fish, red red, kelewele, kontomire, tuo zaafi, chichinga
kebabs, sides of shito and gari, sobolo and Malta. Callers say "jollof with chicken", "fufu and
goat light soup", "banku tilapia", "spicy plantain", "beans and plantain", "hibiscus drink" and
mishear waakye ("watchy", "wah chay"), kelewele ("kelly welly"), kenkey ("kenky"), sobolo
("so bolo"), kontomire ("konto mirey"), shito ("she toe"). "Fufu", "fufu with light soup", "banku",
"jollof", "the fish" or "a drink" alone is a question; egusi soup, pounded yam, moi moi, roasted
plantain, jollof with goat, fufu with okra soup and fried yam are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ghanaian Kitchen"

CATEGORIES: dict[str, list[Item]] = {
    "Rice Dishes": [
        ("Jollof Rice with Chicken", 15.0, ("jollof rice", "fried chicken", "shito", "salad")),
        ("Jollof Rice with Fish", 16.0, ("jollof rice", "fried tilapia", "shito", "salad")),
        ("Waakye", 15.0, ("rice and beans", "gari", "spaghetti", "egg", "wele", "beef stew",
                          "shito")),
        ("Ghana Fried Rice with Chicken", 15.0, ("fried rice", "mixed vegetables", "chicken",
                                                 "shito")),
        ("Omo Tuo with Groundnut Soup", 16.0, ("rice balls", "groundnut soup", "chicken")),
    ],
    "Fufu & Soups": [
        ("Fufu with Light Soup (Goat)", 18.0, ("fufu", "light soup", "goat")),
        ("Fufu with Light Soup (Chicken)", 16.0, ("fufu", "light soup", "chicken")),
        ("Fufu with Palm Nut Soup", 18.0, ("fufu", "palm nut soup", "goat", "fish")),
        ("Fufu with Groundnut Soup", 17.0, ("fufu", "peanut soup", "chicken")),
        ("Goat Light Soup (Soup Only)", 12.0, ("light soup", "goat")),
    ],
    "Banku & Kenkey": [
        ("Banku and Tilapia", 20.0, ("banku", "grilled whole tilapia", "pepper", "onion")),
        ("Banku with Okro Stew", 17.0, ("banku", "okra stew", "goat", "fish")),
        ("Kenkey with Fried Fish", 14.0, ("ga kenkey", "fried fish", "pepper", "onion")),
        ("Tuo Zaafi", 16.0, ("millet tuo", "ayoyo soup", "goat")),
    ],
    "Stews": [
        ("Red Red", 13.0, ("black-eyed peas", "palm oil", "fried plantain", "gari")),
        ("Kontomire Stew", 14.0, ("cocoyam leaves", "egusi", "palm oil", "boiled yam")),
        ("Garden Egg Stew", 14.0, ("garden eggs", "smoked fish", "boiled yam")),
    ],
    "Grill & Snacks": [
        ("Chichinga (Beef Kebab)", 8.0, ("beef skewers", "suya spice", "onion")),
        ("Grilled Tilapia", 17.0, ("whole tilapia", "pepper", "onion")),
        ("Meat Pie", 3.5, ("pastry", "minced beef")),
        ("Bofrot", 3.0, ("puff puff", "sugar")),
        ("Chin Chin", 3.0, ("fried dough",)),
    ],
    "Sides": [
        ("Kelewele", 6.0, ("spicy fried plantain", "ginger")),
        ("Fried Plantain", 5.0),
        ("Extra Banku", 3.0),
        ("Extra Kenkey", 3.0),
        ("Shito", 2.0, ("black pepper sauce",)),
        ("Gari", 2.0),
        ("Boiled Yam", 4.0),
    ],
    "Drinks": [
        ("Sobolo", 4.0, ("hibiscus", "ginger", "pineapple")),
        ("Asaana", 4.0, ("caramelised corn drink",)),
        ("Ginger Drink", 4.0),
        ("Malta Guinness", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Tuo Zaafi", "Fufu with Palm Nut Soup")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # rice dishes
    ("jollof with chicken", "Jollof Rice with Chicken"),
    ("two jollof rice chicken", "Jollof Rice with Chicken", None, 2),
    ("jollof and fish", "Jollof Rice with Fish"),
    ("jollof", ASK),
    ("waakye", "Waakye"),
    ("watchy with everything", "Waakye"),
    ("ghana fried rice", "Ghana Fried Rice with Chicken"),
    ("omo tuo", "Omo Tuo with Groundnut Soup"),
    ("rice balls with peanut soup", "Omo Tuo with Groundnut Soup"),
    # fufu and soups
    ("fufu with goat light soup", "Fufu with Light Soup (Goat)"),
    ("uh fufu and light soup with goat meat", "Fufu with Light Soup (Goat)"),
    ("fufu light soup chicken", "Fufu with Light Soup (Chicken)"),
    ("fufu and palm nut soup", "Fufu with Palm Nut Soup"),
    ("fufu with peanut butter soup", "Fufu with Groundnut Soup"),
    ("fufu with groundnut soup", "Fufu with Groundnut Soup"),
    ("fufu with light soup", ASK),
    ("fufu", ASK),
    ("just the goat light soup no fufu", "Goat Light Soup (Soup Only)"),
    # banku and kenkey
    ("banku and tilapia", "Banku and Tilapia"),
    ("two banku tilapia", "Banku and Tilapia", None, 2),
    ("banku with okra stew", "Banku with Okro Stew"),
    ("banku okro", "Banku with Okro Stew"),
    ("banku", ASK),
    ("kenkey and fish", "Kenkey with Fried Fish"),
    ("kenky with fried fish", "Kenkey with Fried Fish"),
    ("tuo zaafi", "Tuo Zaafi"),
    ("t z", "Tuo Zaafi"),
    # stews
    ("red red", "Red Red"),
    ("beans and plantain", "Red Red"),
    ("kontomire", "Kontomire Stew"),
    ("konto mirey stew with yam", "Kontomire Stew"),
    ("garden egg stew", "Garden Egg Stew"),
    # grill and snacks
    ("three chichinga", "Chichinga (Beef Kebab)", None, 3),
    ("beef kebab", "Chichinga (Beef Kebab)"),
    ("grilled tilapia", "Grilled Tilapia"),
    ("two meat pies", "Meat Pie", None, 2),
    ("bofrot", "Bofrot"),
    ("puff puff", "Bofrot"),
    ("chin chin", "Chin Chin"),
    # sides
    ("kelewele", "Kelewele"),
    ("kelly welly", "Kelewele"),
    ("spicy plantain", "Kelewele"),
    ("fried plantain", "Fried Plantain"),
    ("the fish", ASK),
    ("an extra banku", "Extra Banku"),
    ("shito on the side", "Shito"),
    # drinks
    ("sobolo", "Sobolo"),
    ("two so bolo", "Sobolo", None, 2),
    ("hibiscus drink", "Sobolo"),
    ("a malta", "Malta Guinness"),
    ("a drink", ASK),
    # not on the menu
    ("egusi soup", UNKNOWN),
    ("pounded yam", UNKNOWN),
    ("kofi brokeman roasted plantain", UNKNOWN),
    ("moi moi", UNKNOWN),
    ("jollof with goat", UNKNOWN),
    ("fried yam", UNKNOWN),
    ("fufu with okra soup", UNKNOWN),
]
