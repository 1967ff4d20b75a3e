"""A Cambodian restaurant (the pattern of Long Beach and Lowell Khmer take-out menus): amok, lok
lak, kuy teav noodle soups Small or Large, num banh chok, bai sach chrouk, samlor soups, prahok
ktis, stir-fries, desserts and iced coffee. Khmer transliterations with the English. Callers say
"fish amok", "shaking beef", "pork and rice", "Khmer noodles" and mishear kuy teav ("kooey
tío", "kitty oh"), lok lak ("low lack") and num banh chok ("noom bun chuck"). "Amok" alone where
there are two, "kuy teav", "noodle soup", "a soup" or "a curry" is a question; beef amok, nom
pang, kralan, pad Thai and samlor machu kreung are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Cambodian"

_NOODLE = {"Small": 11.0, "Large": 14.0}

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Num Pang Chien (Fried Spring Rolls)", 7.0, ("pork", "taro", "carrot", "rice paper")),
        ("Nime Chow (Fresh Rolls)", 7.0, ("shrimp", "rice noodle", "mint", "peanut sauce")),
        ("Prahok Ktis", 12.0, ("fermented fish dip", "ground pork", "coconut milk",
                               "fresh vegetables")),
        ("Sach Ko Ang (Beef Skewers)", 9.0, ("lemongrass beef", "three skewers")),
        ("Lap Khmer (Lime Beef Salad)", 13.0, ("lime-cured beef", "herbs", "peanuts")),
    ],
    "Noodle Soups": [
        ("Kuy Teav Phnom Penh", _NOODLE, ("rice noodles", "pork broth", "shrimp", "pork",
                                          "ground pork", "fried garlic")),
        ("Kuy Teav Beef Ball", _NOODLE, ("rice noodles", "pork broth", "beef balls")),
        ("Num Banh Chok", {"Small": 10.0, "Large": 13.0}, ("rice noodles", "green fish curry",
                                                          "banana blossom", "cucumber")),
        ("Kuy Teav Cha (Stir-Fried Noodles)", 13.0, ("fat rice noodles", "beef", "bean sprouts",
                                                     "chives", "egg")),
    ],
    "Rice Plates": [
        ("Bai Sach Chrouk (Pork and Rice)", 12.0, ("grilled coconut pork", "broken rice",
                                                   "pickled vegetables")),
        ("Lok Lak (Shaking Beef)", 16.0, ("beef cubes", "lime pepper dip", "fried egg", "rice")),
        ("Chicken Lok Lak", 14.0, ("chicken", "lime pepper dip", "fried egg", "rice")),
        ("Bai Cha (Fried Rice)", 12.0, ("rice", "Chinese sausage", "egg", "garlic")),
        ("Pineapple Fried Rice", 13.0, ("rice", "pineapple", "shrimp", "raisins")),
        ("Trey Chien Choun (Sweet & Sour Fish)", 19.0, ("whole fried fish", "ginger",
                                                         "sweet and sour sauce")),
    ],
    "Curries & Samlor": [
        ("Fish Amok", 17.0, ("steamed fish curry", "kroeung", "coconut", "banana leaf")),
        ("Chicken Amok", 16.0, ("steamed chicken curry", "kroeung", "coconut", "banana leaf")),
        ("Samlor Kari (Red Curry)", 15.0, ("chicken", "sweet potato", "coconut curry", "baguette")),
        ("Samlor Korko", 15.0, ("pork", "green kroeung", "pumpkin", "green papaya", "toasted rice")),
        ("Samlor Machu Trop (Sour Eggplant Soup)", 14.0, ("tamarind", "eggplant", "pork")),
        ("Cha Kreung Sach Moan (Lemongrass Chicken)", 15.0, ("chicken", "lemongrass", "peppers")),
        ("Cha Mrech Kchei (Green Peppercorn Squid)", 17.0, ("squid", "Kampot green peppercorns",
                                                            "garlic")),
    ],
    "Desserts": [
        ("Num Ansom Chek (Banana Sticky Rice Cake)", 6.0, ("sticky rice", "banana", "banana leaf")),
        ("Sankhya L'peou (Pumpkin Custard)", 7.0, ("kabocha", "coconut custard")),
        ("Chek Ktis (Banana in Coconut Milk)", 6.0, ("banana", "coconut milk", "tapioca")),
    ],
    "Drinks": [
        ("Kafe Toek Doh Ko (Iced Coffee with Condensed Milk)", 5.0),
        ("Tukalok (Fruit Shake)", 6.0, ("mango or jackfruit", "condensed milk", "ice")),
        ("Sugarcane Juice", 5.0),
        ("Thai Iced Tea", 4.5),
        ("Angkor Beer", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Prahok Ktis", "Cha Mrech Kchei (Green Peppercorn Squid)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # appetizers
    ("fried spring rolls", "Num Pang Chien (Fried Spring Rolls)"),
    ("two orders of spring rolls", "Num Pang Chien (Fried Spring Rolls)", None, 2),
    ("fresh rolls", "Nime Chow (Fresh Rolls)"),
    ("nime chow", "Nime Chow (Fresh Rolls)"),
    ("prahok ktis", "Prahok Ktis"),
    ("pra hock k tease", "Prahok Ktis"),
    ("beef skewers", "Sach Ko Ang (Beef Skewers)"),
    ("beef salad", "Lap Khmer (Lime Beef Salad)"),
    # noodle soups
    ("kuy teav phnom penh large", "Kuy Teav Phnom Penh", "large"),
    ("a small phnom penh noodle soup", "Kuy Teav Phnom Penh", "small"),
    ("kooey tio phnom pen", "Kuy Teav Phnom Penh"),
    ("beef ball noodle soup", "Kuy Teav Beef Ball"),
    ("two large beef ball soups", "Kuy Teav Beef Ball", "large", 2),
    ("num banh chok", "Num Banh Chok"),
    ("noom bun chuck small", "Num Banh Chok", "small"),
    ("khmer noodles", "Num Banh Chok"),
    ("stir fried noodles", "Kuy Teav Cha (Stir-Fried Noodles)"),
    ("kuy teav cha", "Kuy Teav Cha (Stir-Fried Noodles)"),
    ("noodle soup", ASK),
    ("kuy teav", ASK),
    # rice plates
    ("bai sach chrouk", "Bai Sach Chrouk (Pork and Rice)"),
    ("pork and rice", "Bai Sach Chrouk (Pork and Rice)"),
    ("buy sak chrook", "Bai Sach Chrouk (Pork and Rice)"),
    ("beef lok lak", "Lok Lak (Shaking Beef)"),
    ("shaking beef", "Lok Lak (Shaking Beef)"),
    ("low lack", "Lok Lak (Shaking Beef)"),
    ("chicken lok lak", "Chicken Lok Lak"),
    ("fried rice with chinese sausage", "Bai Cha (Fried Rice)"),
    ("pineapple fried rice", "Pineapple Fried Rice"),
    ("fried rice", "Bai Cha (Fried Rice)"),
    ("a rice plate", ASK),
    ("sweet and sour fish", "Trey Chien Choun (Sweet & Sour Fish)"),
    # curries and samlor
    ("fish amok", "Fish Amok"),
    ("two fish amoks", "Fish Amok", None, 2),
    ("a mock fish", "Fish Amok"),
    ("chicken amok", "Chicken Amok"),
    ("amok", ASK),
    ("red curry", "Samlor Kari (Red Curry)"),
    ("samlor kari", "Samlor Kari (Red Curry)"),
    ("samlor korko", "Samlor Korko"),
    ("sour eggplant soup", "Samlor Machu Trop (Sour Eggplant Soup)"),
    ("lemongrass chicken", "Cha Kreung Sach Moan (Lemongrass Chicken)"),
    ("green peppercorn squid", "Cha Mrech Kchei (Green Peppercorn Squid)"),
    ("a curry", ASK),
    ("a soup", ASK),
    # desserts and drinks
    ("banana sticky rice", "Num Ansom Chek (Banana Sticky Rice Cake)"),
    ("pumpkin custard", "Sankhya L'peou (Pumpkin Custard)"),
    ("banana in coconut milk", "Chek Ktis (Banana in Coconut Milk)"),
    ("cambodian iced coffee", "Kafe Toek Doh Ko (Iced Coffee with Condensed Milk)"),
    ("a mango shake", "Tukalok (Fruit Shake)"),
    ("sugar cane juice", "Sugarcane Juice"),
    ("thai tea", "Thai Iced Tea"),
    ("two angkor beers", "Angkor Beer", None, 2),
    # not on the menu
    ("nom pang sandwich", UNKNOWN),
    ("kralan", UNKNOWN),
    ("samlor machu kreung", UNKNOWN),
    ("beef amok", UNKNOWN),
    ("fried crickets", UNKNOWN),
    ("pad thai", UNKNOWN),
    ("kuy teav duck", UNKNOWN),
]
