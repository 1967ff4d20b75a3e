"""A Thai restaurant menu (the pattern of Thai take-out menus): Thai names with English ones,
the same curry or stir-fry with a choice of protein as separate items, spice words.

Held out whole in the second round (HELD_OUT_2): scored, then looked at and tuned on."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Thai restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Chicken Satay", 9.95, ("chicken", "peanut sauce")),
        ("Fresh Rolls", 7.95, ("rice paper", "shrimp", "vegetables")),
        ("Crispy Spring Rolls", 6.95, ("vegetables",)),
        ("Fried Tofu", 6.95, ("tofu",)),
        ("Thai Fish Cakes", 8.95, ("fish", "curry paste")),
    ],
    "Soups": [
        ("Tom Yum Goong", {"Cup": 5.95, "Bowl": 12.95}, ("shrimp", "lemongrass")),
        ("Tom Kha Gai", {"Cup": 5.95, "Bowl": 12.95}, ("chicken", "coconut milk", "galangal")),
    ],
    "Salads": [
        ("Som Tum", 9.95, ("green papaya", "peanuts")),
        ("Larb Gai", 11.95, ("ground chicken", "lime", "mint")),
    ],
    "Curries": [
        ("Green Curry with Chicken", 14.95, ("chicken", "coconut milk", "thai basil")),
        ("Red Curry with Beef", 15.95, ("beef", "coconut milk", "bamboo shoots")),
        ("Panang Curry", 15.95, ("chicken", "coconut milk", "kaffir lime")),
        ("Massaman Curry", 15.95, ("chicken", "potato", "peanuts")),
        ("Yellow Curry", 14.95, ("chicken", "potato")),
    ],
    "Noodles": [
        ("Pad Thai with Shrimp", 15.95, ("rice noodles", "shrimp", "peanuts")),
        ("Pad Thai with Chicken", 14.95, ("rice noodles", "chicken", "peanuts")),
        ("Pad See Ew", 14.95, ("wide rice noodles", "chicken", "chinese broccoli")),
        ("Drunken Noodles", 14.95, ("wide rice noodles", "chicken", "thai basil")),
        ("Khao Soi", 16.95, ("egg noodles", "chicken", "curry")),
    ],
    "Rice": [
        ("Pineapple Fried Rice", 14.95, ("rice", "pineapple", "shrimp", "cashews")),
        ("Basil Fried Rice", 13.95, ("rice", "thai basil", "chicken")),
        ("Jasmine Rice", 2.5, ("rice",)),
        ("Sticky Rice", 3.0, ("glutinous rice",)),
    ],
    "Stir Fry": [
        ("Pad Kra Pao", 14.95, ("ground pork", "thai basil", "fried egg")),
        ("Cashew Chicken", 14.95, ("chicken", "cashews")),
        ("Garlic Pepper Shrimp", 16.95, ("shrimp", "garlic")),
    ],
    "Desserts": [
        ("Mango Sticky Rice", 8.95, ("mango", "sticky rice", "coconut milk")),
        ("Fried Banana", 6.95, ("banana",)),
    ],
    "Drinks": [
        ("Thai Iced Tea", 4.5, ("tea", "condensed milk")),
        ("Thai Iced Coffee", 4.5, ("coffee", "condensed milk")),
        ("Coconut Water", 4.0),
        ("Singha", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []

#: Written with the second round of held-out sets. Scored after the second round, then looked
#: at and tuned on (it counts as tuning now).
HELD_OUT_2: list[Variant] = [
    ("chicken satay", "Chicken Satay"),
    ("satay", "Chicken Satay"),
    ("fresh spring rolls", "Fresh Rolls"),
    ("summer rolls", "Fresh Rolls"),
    ("crispy spring rolls", "Crispy Spring Rolls"),
    ("spring rolls", ASK),
    ("fried tofu", "Fried Tofu"),
    ("fish cakes", "Thai Fish Cakes"),
    ("tom yum", "Tom Yum Goong"),
    ("tom yum soup", "Tom Yum Goong"),
    ("a bowl of tom yum goong", "Tom Yum Goong", "bowl"),
    ("tom yum kung", "Tom Yum Goong"),
    ("tom kha", "Tom Kha Gai"),
    ("tom ka gai", "Tom Kha Gai"),
    ("a cup of tom kha gai", "Tom Kha Gai", "cup"),
    ("coconut chicken soup", "Tom Kha Gai"),
    ("papaya salad", "Som Tum"),
    ("som tam", "Som Tum"),
    ("larb", "Larb Gai"),
    ("laab gai", "Larb Gai"),
    ("green curry", "Green Curry with Chicken"),
    ("green curry chicken", "Green Curry with Chicken"),
    ("red curry", "Red Curry with Beef"),
    ("beef red curry", "Red Curry with Beef"),
    ("panang curry", "Panang Curry"),
    ("penang curry", "Panang Curry"),
    ("phanaeng", "Panang Curry"),
    ("massaman curry", "Massaman Curry"),
    ("mussaman", "Massaman Curry"),
    ("yellow curry", "Yellow Curry"),
    ("a curry", ASK),
    ("pad thai", ASK),
    ("shrimp pad thai", "Pad Thai with Shrimp"),
    ("pad thai chicken", "Pad Thai with Chicken"),
    ("phad thai with shrimp", "Pad Thai with Shrimp"),
    ("pad see ew", "Pad See Ew"),
    ("pad si ew", "Pad See Ew"),
    ("drunken noodles", "Drunken Noodles"),
    ("pad kee mao", "Drunken Noodles"),
    ("khao soi", "Khao Soi"),
    ("kao soy", "Khao Soi"),
    ("pineapple fried rice", "Pineapple Fried Rice"),
    ("basil fried rice", "Basil Fried Rice"),
    ("fried rice", ASK),
    ("jasmine rice", "Jasmine Rice"),
    ("sticky rice", "Sticky Rice"),
    ("pad kra pao", "Pad Kra Pao"),
    ("pad krapow", "Pad Kra Pao"),
    ("pad gaprao", "Pad Kra Pao"),
    ("cashew chicken", "Cashew Chicken"),
    ("chicken with cashews", "Cashew Chicken"),
    ("garlic shrimp", "Garlic Pepper Shrimp"),
    ("mango sticky rice", "Mango Sticky Rice"),
    ("mango with sticky rice", "Mango Sticky Rice"),
    ("fried bananas", "Fried Banana"),
    ("thai iced tea", "Thai Iced Tea"),
    ("thai tea", "Thai Iced Tea"),
    ("thai iced coffee", "Thai Iced Coffee"),
    ("coconut water", "Coconut Water"),
    ("a singha", "Singha"),
    ("a singha beer", "Singha"),
    ("two thai iced teas", "Thai Iced Tea", None, 2),
    ("a chicken dish", ASK),
    ("noodles", ASK),
    ("shrimp", ASK),
    ("coconut", ASK),
    ("a soup", ASK),
    ("pad thai with tofu", UNKNOWN),
    ("green curry with beef", UNKNOWN),
    ("red curry with chicken", UNKNOWN),
    ("tom yum noodle soup", UNKNOWN),
    ("mango smoothie", UNKNOWN),
    ("a coke", UNKNOWN),
    ("sushi", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []

#: Held-out sets of a menu held out whole are not written in pieces: this menu was tuned on after
#: its first score (HELD_OUT_2); the menus held out whole now are vietnamese.py and levantine.py.
HELD_OUT: list[Variant] = []
