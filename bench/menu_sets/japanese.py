"""A Japanese restaurant menu (the pattern of ramen and izakaya take-out menus): Japanese names
in Hepburn romanisation, broths and rolls, long vowels written or not (ō/ou/o).

Held out whole in the second round (HELD_OUT_2): scored, then looked at and tuned on."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Japanese restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Ramen": [
        ("Tonkotsu Ramen", 16.5, ("pork broth", "chashu", "egg", "noodles")),
        ("Shoyu Ramen", 15.5, ("soy broth", "chashu", "noodles")),
        ("Miso Ramen", 15.5, ("miso broth", "corn", "noodles")),
        ("Spicy Tantanmen", 16.5, ("sesame broth", "ground pork", "noodles")),
    ],
    "Small Plates": [
        ("Gyoza", 7.5, ("pork", "cabbage")),
        ("Chicken Karaage", 9.5, ("chicken",)),
        ("Edamame", 5.0, ("soybeans",)),
        ("Takoyaki", 8.5, ("octopus",)),
        ("Agedashi Tofu", 7.5, ("tofu",)),
        ("Shrimp Tempura", 11.5, ("shrimp",)),
        ("Miso Soup", 3.5, ("miso", "tofu")),
    ],
    "Rice Bowls": [
        ("Chicken Teriyaki Don", 14.5, ("chicken", "rice")),
        ("Katsu Curry", 15.5, ("pork cutlet", "curry", "rice")),
        ("Gyudon", 14.5, ("beef", "onion", "rice")),
        ("Oyakodon", 13.5, ("chicken", "egg", "rice")),
    ],
    "Sushi Rolls": [
        ("California Roll", 8.5, ("crab", "avocado", "cucumber")),
        ("Spicy Tuna Roll", 9.5, ("tuna",)),
        ("Salmon Avocado Roll", 9.5, ("salmon", "avocado")),
        ("Dragon Roll", 15.5, ("eel", "avocado", "shrimp tempura")),
    ],
    "Desserts": [
        ("Mochi Ice Cream", 6.5, ("mochi",)),
        ("Matcha Cheesecake", 7.5, ("matcha",)),
    ],
    "Drinks": [
        ("Ramune", 4.0),
        ("Green Tea", 3.0),
        ("Calpico", 4.0),
        ("Sapporo", 7.0),
        ("Hot Sake", 9.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []

#: Written with the second round of held-out sets. Scored after the second round, then looked
#: at and tuned on (it counts as tuning now).
HELD_OUT_2: list[Variant] = [
    ("tonkotsu ramen", "Tonkotsu Ramen"),
    ("tonkatsu ramen", "Tonkotsu Ramen"),
    ("pork bone ramen", "Tonkotsu Ramen"),
    ("shoyu ramen", "Shoyu Ramen"),
    ("soy sauce ramen", "Shoyu Ramen"),
    ("miso ramen", "Miso Ramen"),
    ("tantanmen", "Spicy Tantanmen"),
    ("tan tan men", "Spicy Tantanmen"),
    ("dan dan ramen", "Spicy Tantanmen"),
    ("ramen", ASK),
    ("a bowl of ramen", ASK),
    ("gyoza", "Gyoza"),
    ("pork dumplings", "Gyoza"),
    ("potstickers", "Gyoza"),
    ("karaage", "Chicken Karaage"),
    ("kara age chicken", "Chicken Karaage"),
    ("japanese fried chicken", "Chicken Karaage"),
    ("edamame", "Edamame"),
    ("takoyaki", "Takoyaki"),
    ("octopus balls", "Takoyaki"),
    ("agedashi tofu", "Agedashi Tofu"),
    ("shrimp tempura", "Shrimp Tempura"),
    ("tempura", "Shrimp Tempura"),
    ("miso soup", "Miso Soup"),
    ("two miso soups", "Miso Soup", None, 2),
    ("chicken teriyaki", "Chicken Teriyaki Don"),
    ("teriyaki chicken bowl", "Chicken Teriyaki Don"),
    ("katsu curry", "Katsu Curry"),
    ("pork katsu curry", "Katsu Curry"),
    ("gyudon", "Gyudon"),
    ("gyu don", "Gyudon"),
    ("beef bowl", "Gyudon"),
    ("oyakodon", "Oyakodon"),
    ("oyako don", "Oyakodon"),
    ("chicken and egg bowl", "Oyakodon"),
    ("california roll", "California Roll"),
    ("a cali roll", "California Roll"),
    ("spicy tuna roll", "Spicy Tuna Roll"),
    ("spicy tuna", "Spicy Tuna Roll"),
    ("salmon avocado roll", "Salmon Avocado Roll"),
    ("dragon roll", "Dragon Roll"),
    ("a roll", ASK),
    ("mochi", "Mochi Ice Cream"),
    ("mochi ice cream", "Mochi Ice Cream"),
    ("matcha cheesecake", "Matcha Cheesecake"),
    ("green tea cheesecake", "Matcha Cheesecake"),
    ("ramune", "Ramune"),
    ("ramune soda", "Ramune"),
    ("green tea", "Green Tea"),
    ("calpico", "Calpico"),
    ("calpis", "Calpico"),
    ("a sapporo", "Sapporo"),
    ("hot sake", "Hot Sake"),
    ("sake", "Hot Sake"),
    ("a chicken bowl", ASK),
    ("chicken", ASK),
    ("avocado", ASK),
    ("tofu", ASK),
    ("pork", ASK),
    ("spicy miso ramen", UNKNOWN),
    ("salmon sashimi", UNKNOWN),
    ("tuna roll", UNKNOWN),
    ("udon", UNKNOWN),
    ("chicken katsu", UNKNOWN),
    ("matcha latte", UNKNOWN),
    ("a kirin", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []

#: Held-out sets of a menu held out whole are not written in pieces: this menu was tuned on after
#: its first score (HELD_OUT_2); the menus held out whole now are vietnamese.py and levantine.py.
HELD_OUT: list[Variant] = []
