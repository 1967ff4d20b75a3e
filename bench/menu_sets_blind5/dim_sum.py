"""A Cantonese dim sum house (the pattern of Chinatown dim sum take-out menus): steamed and fried
dim sum, rice noodle rolls, congee small or large, a few noodle and rice plates, tea. Cantonese
names reach English menus in several romanisations (har gow / ha gau, siu mai / shumai / sui mai,
cheung fun / chee cheong fun, lo bak go, dan tat / daan taat, jook / congee); "shrimp dumplings",
"cheung fun", "char siu bao" (steamed or baked) and "congee" alone are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Cantonese dim sum house"

CONGEE = {"small": 7.0, "large": 11.0}

CATEGORIES: dict[str, list[Item]] = {
    "Steamed": [
        ("Har Gow", 6.5, ("crystal shrimp dumplings", "shrimp", "bamboo shoot")),
        ("Siu Mai", 6.0, ("open pork and shrimp dumplings", "pork", "shrimp")),
        ("Shrimp and Chive Dumplings", 6.5, ("shrimp", "chives")),
        ("Chiu Chow Dumplings", 6.0, ("pork", "peanuts", "chives", "jicama")),
        ("Steamed Char Siu Bao", 5.5, ("steamed bbq pork buns",)),
        ("Custard Buns", 5.5, ("lai wong bao", "steamed buns", "egg custard")),
        ("Chicken Feet", 6.0, ("phoenix claws", "black bean sauce")),
        ("Steamed Spare Ribs with Black Bean", 6.0, ("pork spare ribs", "black bean", "garlic")),
        ("Beef Balls", 6.0, ("steamed beef meatballs", "watercress")),
        ("Lo Mai Gai", 7.0, ("sticky rice", "lotus leaf", "chicken", "chinese sausage")),
    ],
    "Rice Noodle Rolls": [
        ("Shrimp Rice Noodle Roll", 7.0, ("cheung fun", "shrimp", "sweet soy sauce")),
        ("Beef Rice Noodle Roll", 7.0, ("cheung fun", "minced beef", "sweet soy sauce")),
        ("BBQ Pork Rice Noodle Roll", 7.0, ("cheung fun", "char siu", "sweet soy sauce")),
    ],
    "Fried and Baked": [
        ("Pan-Fried Turnip Cake", 5.5, ("lo bak go", "radish cake", "chinese sausage")),
        ("Taro Dumplings", 6.0, ("wu gok", "taro", "pork")),
        ("Spring Rolls", 5.0, ("pork", "cabbage", "crispy")),
        ("Sesame Balls", 5.0, ("jin deui", "glutinous rice", "red bean paste", "sesame seeds")),
        ("Baked Char Siu Bao", 6.0, ("baked bbq pork buns",)),
    ],
    "Desserts": [
        ("Egg Tarts", 5.0, ("dan tat", "egg custard", "pastry")),
        ("Mango Pudding", 5.0, ("mango", "evaporated milk")),
    ],
    "Congee and Noodles": [
        ("Pork and Century Egg Congee", CONGEE, ("rice porridge", "pork", "preserved egg")),
        ("Fish Congee", CONGEE, ("rice porridge", "fish slices", "ginger")),
        ("Beef Chow Fun", 15.0, ("wide rice noodles", "beef", "bean sprouts", "scallions")),
        ("Wonton Noodle Soup", 12.0, ("shrimp wontons", "egg noodles", "broth")),
        ("Yang Chow Fried Rice", 13.0, ("fried rice", "shrimp", "bbq pork", "egg", "peas")),
        ("Gai Lan with Oyster Sauce", 10.0, ("chinese broccoli", "oyster sauce")),
    ],
    "Tea": [
        ("Jasmine Tea", 3.0, ("pot of jasmine tea",)),
        ("Pu-erh Tea", 3.0, ("pot of bo lei tea",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # steamed
    ("har gow", "Har Gow"),
    ("ha gau", "Har Gow"),
    ("two orders of har gao", "Har Gow", None, 2),
    ("crystal shrimp dumplings", "Har Gow"),
    ("shrimp dumplings", ASK),
    ("shumai", "Siu Mai"),
    ("sui mai", "Siu Mai"),
    ("three orders of shu mai", "Siu Mai", None, 3),
    ("shrimp and chive dumplings", "Shrimp and Chive Dumplings"),
    ("teochew dumplings", "Chiu Chow Dumplings"),
    ("pork dumplings", ASK),
    ("char siu bao", ASK),
    ("bbq pork buns", ASK),
    ("steamed pork buns", "Steamed Char Siu Bao"),
    ("baked cha siu bao", "Baked Char Siu Bao"),
    ("custard bun", "Custard Buns"),
    ("lai wong bao", "Custard Buns"),
    ("chicken feet", "Chicken Feet"),
    ("phoenix claws", "Chicken Feet"),
    ("fung zao", "Chicken Feet"),
    ("spare ribs with black bean", "Steamed Spare Ribs with Black Bean"),
    ("pai gwat", "Steamed Spare Ribs with Black Bean"),
    ("beef balls", "Beef Balls"),
    ("lo mai gai", "Lo Mai Gai"),
    ("the sticky rice in lotus leaf", "Lo Mai Gai"),
    # rice noodle rolls
    ("cheung fun", ASK),
    ("rice noodle roll", ASK),
    ("shrimp cheung fun", "Shrimp Rice Noodle Roll"),
    ("har cheung", "Shrimp Rice Noodle Roll"),
    ("beef rice roll", "Beef Rice Noodle Roll"),
    ("char siu cheung fun", "BBQ Pork Rice Noodle Roll"),
    # fried and baked
    ("turnip cake", "Pan-Fried Turnip Cake"),
    ("lo bak go", "Pan-Fried Turnip Cake"),
    ("radish cake", "Pan-Fried Turnip Cake"),
    ("wu gok", "Taro Dumplings"),
    ("fried taro dumpling", "Taro Dumplings"),
    ("jin deui", "Sesame Balls"),
    # desserts
    ("two orders of egg tarts", "Egg Tarts", None, 2),
    ("daan taat", "Egg Tarts"),
    ("mango pudding", "Mango Pudding"),
    # congee and noodles
    ("congee", ASK),
    ("large century egg congee", "Pork and Century Egg Congee", "large"),
    ("small fish jook", "Fish Congee", "small"),
    ("beef chow fun", "Beef Chow Fun"),
    ("beef ho fun", "Beef Chow Fun"),
    ("wonton mein", "Wonton Noodle Soup"),
    ("yeung chow fried rice", "Yang Chow Fried Rice"),
    ("chinese broccoli", "Gai Lan with Oyster Sauce"),
    ("kai lan", "Gai Lan with Oyster Sauce"),
    # tea
    ("bo lei tea", "Pu-erh Tea"),
    ("jasmine tea", "Jasmine Tea"),
    ("tea", ASK),
    # not on the menu
    ("xiao long bao", UNKNOWN),
    ("soup dumplings", UNKNOWN),
    ("potstickers", UNKNOWN),
    ("chicken congee", UNKNOWN),
    ("shrimp chow fun", UNKNOWN),
    ("peking duck", UNKNOWN),
    ("general tso chicken", UNKNOWN),
    ("crab rangoon", UNKNOWN),
]
