"""A Filipino restaurant menu (the pattern of Filipino restaurants' public menus): Tagalog names,
-silog breakfasts, pancit by noodle, lumpia, and the desserts, with English on some names.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Filipino restaurant (fifth round, tuned on)"

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Lumpia Shanghai", 9.0, ("ground pork", "carrot", "wrapper")),
        ("Lumpiang Gulay", 8.0, ("vegetables", "wrapper")),
        ("Chicharon Bulaklak", 10.0, ("pork mesentery",)),
        ("Kinilaw na Tanigue", 14.0, ("mackerel", "vinegar", "ginger")),
    ],
    "Mains": [
        ("Chicken Adobo", 15.0, ("chicken", "soy sauce", "vinegar", "garlic")),
        ("Pork Adobo", 15.0, ("pork", "soy sauce", "vinegar", "garlic")),
        ("Sinigang na Baboy", 16.0, ("pork", "tamarind", "vegetables")),
        ("Sinigang na Hipon", 18.0, ("shrimp", "tamarind", "vegetables")),
        ("Kare-Kare", 19.0, ("oxtail", "peanut sauce", "bok choy")),
        ("Lechon Kawali", 17.0, ("pork belly",)),
        ("Crispy Pata", 24.0, ("pork knuckle",)),
        ("Sisig", 15.0, ("pork", "onion", "egg")),
        ("Bistek Tagalog", 16.0, ("beef", "onion", "calamansi")),
        ("Chicken Inasal", 15.0, ("chicken", "annatto", "lemongrass")),
    ],
    "Noodles": [
        ("Pancit Canton", 13.0, ("egg noodles", "chicken", "vegetables")),
        ("Pancit Bihon", 13.0, ("rice noodles", "chicken", "vegetables")),
        ("Pancit Palabok", 14.0, ("rice noodles", "shrimp sauce", "egg")),
    ],
    "Silog": [
        ("Tapsilog", 13.0, ("beef tapa", "garlic rice", "egg")),
        ("Tocilog", 12.0, ("sweet pork", "garlic rice", "egg")),
        ("Longsilog", 12.0, ("longganisa", "garlic rice", "egg")),
    ],
    "Sides": [
        ("Garlic Rice", 3.0, ("rice", "garlic")),
        ("Steamed Rice", 2.0, ("rice",)),
    ],
    "Desserts": [
        ("Halo-Halo", 8.0, ("shaved ice", "ube", "leche flan", "sweet beans")),
        ("Leche Flan", 5.0, ("eggs", "milk", "caramel")),
        ("Turon", 5.0, ("banana", "jackfruit", "wrapper")),
        ("Ube Cake", 6.0, ("purple yam",)),
    ],
    "Drinks": [
        ("Calamansi Juice", 4.0, ("calamansi",)),
        ("Buko Juice", 4.5, ("young coconut",)),
        ("Sago't Gulaman", 4.0, ("tapioca", "jelly", "brown sugar")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("lumpia", ASK),
    ("lumpia shanghai", "Lumpia Shanghai"),
    ("pork egg rolls", "Lumpia Shanghai"),
    ("vegetable lumpia", "Lumpiang Gulay"),
    ("veggie spring rolls", "Lumpiang Gulay"),
    ("kinilaw", "Kinilaw na Tanigue"),
    ("filipino ceviche", "Kinilaw na Tanigue"),
    ("adobo", ASK),
    ("chicken adobo", "Chicken Adobo"),
    ("adobong manok", "Chicken Adobo"),
    ("pork adobo", "Pork Adobo"),
    ("sinigang", ASK),
    ("pork sinigang", "Sinigang na Baboy"),
    ("shrimp sinigang", "Sinigang na Hipon"),
    ("sour shrimp soup", "Sinigang na Hipon"),
    ("kare kare", "Kare-Kare"),
    ("oxtail stew", "Kare-Kare"),
    ("crispy pork belly", "Lechon Kawali"),
    ("lechon", "Lechon Kawali"),
    ("crispy pata", "Crispy Pata"),
    ("fried pork knuckle", "Crispy Pata"),
    ("sizzling sisig", "Sisig"),
    ("bistek", "Bistek Tagalog"),
    ("filipino beef steak", "Bistek Tagalog"),
    ("grilled chicken", "Chicken Inasal"),
    ("inasal", "Chicken Inasal"),
    ("pancit", ASK),
    ("pancit canton", "Pancit Canton"),
    ("rice noodles", ASK),
    ("pancit bihon", "Pancit Bihon"),
    ("palabok", "Pancit Palabok"),
    ("tapsilog", "Tapsilog"),
    ("beef tapa", "Tapsilog"),
    ("tocino breakfast", "Tocilog"),
    ("tosilog", "Tocilog"),
    ("longganisa", "Longsilog"),
    ("garlic fried rice", "Garlic Rice"),
    ("white rice", "Steamed Rice"),
    ("halo halo", "Halo-Halo"),
    ("shaved ice dessert", "Halo-Halo"),
    ("flan", "Leche Flan"),
    ("banana lumpia", "Turon"),
    ("ube", "Ube Cake"),
    ("calamansi", "Calamansi Juice"),
    ("coconut juice", "Buko Juice"),
    ("sago gulaman", "Sago't Gulaman"),
    ("a pork", ASK),
    ("beef adobo", UNKNOWN),
    ("a mango shake", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
