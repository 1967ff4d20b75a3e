"""A Levantine (Lebanese / Middle Eastern) grill menu (the pattern of shawarma and falafel shops'
public menus): Arabic names in the several Latin spellings menus use, wraps and plates of the
same filling, mezze.

Held out whole in the third round: scored (40/56, 5 wrong), then its wrong answers were looked
at and tuned on, so its set counts as tuning now (HELD_OUT_2). greek.py is held out whole instead."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Levantine grill"

CATEGORIES: dict[str, list[Item]] = {
    "Mezze": [
        ("Hummus", 6.5, ("chickpeas", "tahini")),
        ("Baba Ghanoush", 7.0, ("eggplant", "tahini")),
        ("Tabbouleh", 7.0, ("parsley", "bulgur", "tomato")),
        ("Fattoush", 8.0, ("lettuce", "pita chips", "sumac")),
        ("Falafel", 6.5, ("chickpeas",)),
        ("Stuffed Grape Leaves", 7.0, ("grape leaves", "rice")),
        ("Labneh", 6.5, ("yogurt",)),
    ],
    "Wraps": [
        ("Chicken Shawarma Wrap", 11.0, ("chicken", "garlic sauce", "pita")),
        ("Beef Shawarma Wrap", 12.0, ("beef", "tahini", "pita")),
        ("Falafel Wrap", 10.0, ("falafel", "tahini", "pita")),
    ],
    "Plates": [
        ("Chicken Shawarma Plate", 16.0, ("chicken", "rice", "garlic sauce")),
        ("Mixed Grill", 24.0, ("lamb kofta", "chicken kebab", "beef kebab", "rice")),
        ("Lamb Kofta Plate", 18.0, ("lamb", "rice")),
        ("Shish Tawook", 17.0, ("chicken", "rice")),
    ],
    "Sides": [
        ("Garlic Sauce", 1.5, ("garlic",)),
        ("Pita Bread", 1.5, ("flour",)),
        ("Rice Pilaf", 4.0, ("rice", "vermicelli")),
    ],
    "Drinks": [
        ("Ayran", 3.5, ("yogurt",)),
        ("Mint Lemonade", 4.5, ("mint", "lemon")),
        ("Turkish Coffee", 3.5, ("coffee",)),
    ],
    "Desserts": [
        ("Baklava", 5.0, ("walnuts", "phyllo")),
        ("Knafeh", 7.5, ("cheese", "semolina")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT: list[Variant] = []

HELD_OUT_2: list[Variant] = [
    ("hummus", "Hummus"),
    ("humus", "Hummus"),
    ("hommos", "Hummus"),
    ("baba ghanoush", "Baba Ghanoush"),
    ("baba ganoush", "Baba Ghanoush"),
    ("baba ghanouj", "Baba Ghanoush"),
    ("tabbouleh", "Tabbouleh"),
    ("tabouli", "Tabbouleh"),
    ("tabouleh salad", "Tabbouleh"),
    ("fattoush", "Fattoush"),
    ("fatoush salad", "Fattoush"),
    ("falafel", ASK),
    ("falafel balls", "Falafel"),
    ("grape leaves", "Stuffed Grape Leaves"),
    ("dolmas", "Stuffed Grape Leaves"),
    ("labneh", "Labneh"),
    ("labne", "Labneh"),
    ("chicken shawarma wrap", "Chicken Shawarma Wrap"),
    ("a chicken shawarma sandwich", "Chicken Shawarma Wrap"),
    ("chicken schwarma wrap", "Chicken Shawarma Wrap"),
    ("beef shawarma wrap", "Beef Shawarma Wrap"),
    ("beef shwarma", "Beef Shawarma Wrap"),
    ("falafel wrap", "Falafel Wrap"),
    ("a falafel sandwich", "Falafel Wrap"),
    ("chicken shawarma", ASK),
    ("shawarma", ASK),
    ("chicken shawarma plate", "Chicken Shawarma Plate"),
    ("a shawarma plate", "Chicken Shawarma Plate"),
    ("mixed grill", "Mixed Grill"),
    ("mix grill platter", "Mixed Grill"),
    ("lamb kofta", "Lamb Kofta Plate"),
    ("kofta kebab", "Lamb Kofta Plate"),
    ("shish tawook", "Shish Tawook"),
    ("shish taouk", "Shish Tawook"),
    ("chicken kebab plate", UNKNOWN),
    ("extra garlic sauce", "Garlic Sauce"),
    ("toum", "Garlic Sauce"),
    ("pita", "Pita Bread"),
    ("rice pilaf", "Rice Pilaf"),
    ("ayran", "Ayran"),
    ("yogurt drink", "Ayran"),
    ("mint lemonade", "Mint Lemonade"),
    ("lemonade", "Mint Lemonade"),
    ("turkish coffee", "Turkish Coffee"),
    ("baklava", "Baklava"),
    ("baklawa", "Baklava"),
    ("kanafeh", "Knafeh"),
    ("kunafa", "Knafeh"),
    ("a wrap", ASK),
    ("a plate", ASK),
    ("chicken", ASK),
    ("a gyro", UNKNOWN),
    ("lamb shawarma", UNKNOWN),
    ("spicy hummus", UNKNOWN),
    ("a beef kebab", UNKNOWN),
    ("mango lassi", UNKNOWN),
]
