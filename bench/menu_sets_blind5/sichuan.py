"""A Sichuan restaurant (the pattern of US Sichuan take-out menus): cold dishes in chili oil,
classic mala stir-fries and "water-boiled" dishes, dry pots, hot and sour soup by the pint or
quart. Dishes reach English menus under pinyin, older romanisations and literal translations
(kung pao / gong bao / gung bao, mapo / ma po, dan dan / tan tan, kou shui ji / mouth-watering /
saliva chicken, fuqi feipian / husband and wife, yu xiang / fish-fragrant / garlic sauce);
"kung pao", "yu xiang", "noodles" and "dry pot" alone are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Sichuan restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Cold Dishes": [
        ("Mouth-Watering Chicken", 13.0,
         ("kou shui ji", "poached chicken", "chili oil", "sichuan peppercorn")),
        ("Fuqi Feipian", 14.0, ("sliced beef and tripe", "chili oil", "peanuts")),
        ("Smashed Cucumber Salad", 8.0, ("cucumber", "garlic", "black vinegar")),
        ("Wontons in Red Chili Oil", 9.0, ("hong you chao shou", "pork wontons", "chili oil")),
        ("Dan Dan Noodles", 11.0, ("wheat noodles", "spicy pork", "preserved vegetable", "chili oil")),
        ("Sichuan Cold Noodles", 10.0, ("liang mian", "cold noodles", "sesame", "chili oil")),
    ],
    "Mains": [
        ("Mapo Tofu", 14.0, ("soft tofu", "ground pork", "doubanjiang", "sichuan peppercorn")),
        ("Kung Pao Chicken", 15.0, ("diced chicken", "peanuts", "dried chilies")),
        ("Kung Pao Shrimp", 18.0, ("shrimp", "peanuts", "dried chilies")),
        ("Twice-Cooked Pork", 16.0, ("hui guo rou", "pork belly", "leeks", "bean paste")),
        ("Fish-Fragrant Eggplant", 14.0, ("yu xiang qie zi", "eggplant", "garlic sauce")),
        ("Yu Xiang Shredded Pork", 15.0, ("shredded pork", "wood ear", "garlic sauce")),
        ("Dry-Fried Green Beans", 13.0, ("gan bian", "string beans", "ground pork", "preserved vegetable")),
        ("Chongqing Chicken", 17.0, ("la zi ji", "fried chicken bites", "dried chilies")),
        ("Boiled Fish in Chili Oil", 22.0, ("shui zhu yu", "fish fillet", "napa cabbage", "chili oil")),
        ("Boiled Beef in Chili Oil", 21.0, ("shui zhu niu rou", "sliced beef", "napa cabbage", "chili oil")),
        ("Cumin Lamb", 19.0, ("zi ran yang rou", "lamb", "cumin", "dried chilies")),
        ("Tea-Smoked Duck", 20.0, ("zhang cha ya", "half duck", "jasmine tea smoked")),
        ("Dry Pot Cauliflower", 15.0, ("cauliflower", "pork belly", "dried chilies")),
        ("Spicy Dry Pot", 24.0, ("ma la xiang guo", "beef", "shrimp", "lotus root", "potato")),
    ],
    "Soup and Rice": [
        ("Hot and Sour Soup", {"pint": 5.0, "quart": 9.0}, ("tofu", "wood ear", "egg")),
        ("Steamed Rice", {"pint": 2.0, "quart": 3.5}, ("white rice",)),
        ("Egg Fried Rice", 10.0, ("fried rice", "egg", "scallions")),
    ],
    "Drinks": [
        ("Wong Lo Kat", 2.5, ("herbal tea", "wang lao ji")),
        ("Soy Milk", 3.0, ("sweet soy milk",)),
        ("Sour Plum Drink", 3.5, ("suan mei tang", "smoked plum")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # cold dishes
    ("mouth watering chicken", "Mouth-Watering Chicken"),
    ("saliva chicken", "Mouth-Watering Chicken"),
    ("kou shui ji", "Mouth-Watering Chicken"),
    ("husband and wife lung slices", "Fuqi Feipian"),
    ("fu qi fei pian", "Fuqi Feipian"),
    ("cucumber salad", "Smashed Cucumber Salad"),
    ("chili oil wontons", "Wontons in Red Chili Oil"),
    ("two orders of spicy wontons", "Wontons in Red Chili Oil", None, 2),
    ("dan dan noodles", "Dan Dan Noodles"),
    ("dandan mian", "Dan Dan Noodles"),
    ("tan tan noodles", "Dan Dan Noodles"),
    ("liang mian", "Sichuan Cold Noodles"),
    ("the cold noodles", "Sichuan Cold Noodles"),
    ("noodles", ASK),
    # mains
    ("mapo tofu", "Mapo Tofu"),
    ("ma po doufu", "Mapo Tofu"),
    ("mah po tofu", "Mapo Tofu"),
    ("kung pao chicken", "Kung Pao Chicken"),
    ("gong bao chicken", "Kung Pao Chicken"),
    ("two kung po chicken", "Kung Pao Chicken", None, 2),
    ("gung bao shrimp", "Kung Pao Shrimp"),
    ("kung pao", ASK),
    ("twice cooked pork", "Twice-Cooked Pork"),
    ("hui guo rou", "Twice-Cooked Pork"),
    ("fish fragrant eggplant", "Fish-Fragrant Eggplant"),
    ("eggplant with garlic sauce", "Fish-Fragrant Eggplant"),
    ("shredded pork with garlic sauce", "Yu Xiang Shredded Pork"),
    ("yu xiang", ASK),
    ("garlic sauce", ASK),
    ("dry fried string beans", "Dry-Fried Green Beans"),
    ("gan bian green beans", "Dry-Fried Green Beans"),
    ("chongqing chicken", "Chongqing Chicken"),
    ("la zi ji", "Chongqing Chicken"),
    ("chicken with all the dried chilies", "Chongqing Chicken"),
    ("chicken", ASK),
    ("shui zhu yu", "Boiled Fish in Chili Oil"),
    ("water boiled fish", "Boiled Fish in Chili Oil"),
    ("boiled beef", "Boiled Beef in Chili Oil"),
    ("cumin lamb", "Cumin Lamb"),
    ("zi ran lamb", "Cumin Lamb"),
    ("tea smoked duck", "Tea-Smoked Duck"),
    ("dry pot cauliflower", "Dry Pot Cauliflower"),
    ("ma la xiang guo", "Spicy Dry Pot"),
    ("dry pot", ASK),
    # soup and rice
    ("a quart of hot and sour soup", "Hot and Sour Soup", "quart"),
    ("pint hot sour soup", "Hot and Sour Soup", "pint"),
    ("a quart of white rice", "Steamed Rice", "quart"),
    ("egg fried rice", "Egg Fried Rice"),
    ("fried rice", "Egg Fried Rice"),
    # drinks
    ("wang lao ji", "Wong Lo Kat"),
    ("sour plum juice", "Sour Plum Drink"),
    ("soy milk", "Soy Milk"),
    # not on the menu
    ("general tso's chicken", UNKNOWN),
    ("orange chicken", UNKNOWN),
    ("kung pao tofu", UNKNOWN),
    ("beef and broccoli", UNKNOWN),
    ("lamb skewers", UNKNOWN),
    ("egg rolls", UNKNOWN),
    ("sweet and sour pork", UNKNOWN),
]
