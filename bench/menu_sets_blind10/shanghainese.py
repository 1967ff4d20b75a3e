"""A Shanghainese restaurant (the pattern of Shanghai restaurant take-out menus in Flushing, San
Gabriel, Manhattan's Chinatown and Richmond BC): xiao long bao and sheng jian bao by the order,
lion's head meatballs, red-braised pork belly, cold dishes (drunken chicken, smoked fish, kao fu),
scallion oil noodles, Shanghai fried noodles, stir-fried nian gao, wontons, breakfast of soy milk,
you tiao and ci fan tuan. Callers say "soup dumplings", "pan-fried pork buns", "the big
meatballs", "braised pork belly", "rice cakes with pork", "sweet soy milk" and mishear xiao long
bao ("show long bow", "shao lung bao"), sheng jian bao ("shung jen bao"), nian gao ("nyan go",
"neon gal"), ci fan tuan ("tse fan twan"), kao fu ("cow foo"). "Soup dumplings" with the crab
ones on the menu is the pork ones; "dumplings", "wontons", "a cold dish", "noodles", "nian gao" or
"soy milk" alone is a question; General Tso's chicken, mapo tofu, Peking duck, har gow, dan dan
noodles, beggar's chicken and chicken soup dumplings are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Shanghai Kitchen"

CATEGORIES: dict[str, list[Item]] = {
    "Dumplings & Buns": [
        ("Xiao Long Bao (Pork Soup Dumplings, 8)", 11.0, ("pork", "soup", "ginger vinegar")),
        ("Crab & Pork Xiao Long Bao (8)", 14.0, ("crab meat", "crab roe", "pork", "soup")),
        ("Sheng Jian Bao (Pan-Fried Pork Buns, 4)", 9.0, ("pork", "soup", "sesame", "scallion")),
        ("Pork & Chive Dumplings (10)", 10.0, ("pork", "chive", "boiled")),
        ("Shanghai Wontons in Soup", 10.0, ("pork", "shepherd's purse", "chicken broth")),
        ("Spicy Wontons in Chili Oil", 10.0, ("pork", "chili oil", "black vinegar")),
        ("Vegetable Buns (3)", 7.0, ("bok choy", "mushroom", "tofu")),
    ],
    "Cold Dishes": [
        ("Drunken Chicken", 13.0, ("chilled chicken", "shaoxing wine")),
        ("Shanghai Smoked Fish", 13.0, ("fried carp", "sweet soy glaze")),
        ("Kao Fu", 9.0, ("wheat gluten", "wood ear", "peanuts", "lily flower")),
        ("Jellyfish with Scallion", 12.0, ("jellyfish", "scallion oil")),
        ("Wine-Marinated Edamame", 7.0, ("edamame", "shaoxing wine")),
    ],
    "House Specialties": [
        ("Lion's Head Meatballs", 18.0, ("large pork meatballs", "napa cabbage", "braised")),
        ("Red-Braised Pork Belly (Hong Shao Rou)", 19.0, ("pork belly", "soy", "rock sugar",
                                                          "shaoxing wine")),
        ("Braised Pork Shoulder with Bok Choy", 32.0, ("whole pork shoulder", "bok choy")),
        ("Sweet and Sour Spare Ribs", 16.0, ("spare ribs", "black vinegar", "sugar")),
        ("Stir-Fried River Shrimp", 22.0, ("shelled river shrimp", "longjing tea")),
        ("Braised Yellow Fish", 24.0, ("yellow croaker", "soy", "scallion")),
        ("Shanghai Bok Choy with Mushrooms", 13.0, ("baby bok choy", "shiitake")),
    ],
    "Noodles & Rice Cakes": [
        ("Scallion Oil Noodles", 10.0, ("wheat noodles", "fried scallion oil", "soy")),
        ("Shanghai Fried Noodles", 13.0, ("thick noodles", "pork", "cabbage", "dark soy")),
        ("Pork Chop Noodle Soup", 13.0, ("fried pork chop", "noodles", "broth")),
        ("Stir-Fried Nian Gao with Pork", 13.0, ("rice cakes", "pork", "napa cabbage")),
        ("Stir-Fried Nian Gao with Shrimp", 15.0, ("rice cakes", "shrimp", "bok choy")),
        ("Shanghai Pork Chop over Rice", 13.0, ("fried pork chop", "rice", "pickled greens")),
        ("Vegetable Rice (Cai Fan)", 10.0, ("rice", "bok choy", "salted pork")),
    ],
    "Breakfast": [
        ("Sweet Soy Milk", 3.0),
        ("Savory Soy Milk", 4.5, ("soy milk", "dried shrimp", "pickled mustard", "you tiao")),
        ("You Tiao (Fried Cruller)", 2.5),
        ("Ci Fan Tuan (Sticky Rice Roll)", 6.0, ("sticky rice", "you tiao", "pork floss",
                                                 "pickled vegetable")),
        ("Scallion Pancake", 6.0),
    ],
    "Desserts & Drinks": [
        ("Tang Yuan (Sesame Rice Balls)", 6.0, ("glutinous rice", "black sesame", "ginger syrup")),
        ("Eight Treasure Rice", 10.0, ("sticky rice", "red bean", "dried fruit")),
        ("Sweet Fermented Rice with Egg Drop", 6.0, ("jiuniang", "egg", "osmanthus")),
        ("Jasmine Tea", 2.0),
        ("Chrysanthemum Tea", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Braised Pork Shoulder with Bok Choy", "Stir-Fried River Shrimp")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # dumplings and buns
    ("an order of soup dumplings", "Xiao Long Bao (Pork Soup Dumplings, 8)"),
    ("two xiao long bao", "Xiao Long Bao (Pork Soup Dumplings, 8)", None, 2),
    ("show long bow", "Xiao Long Bao (Pork Soup Dumplings, 8)"),
    ("crab soup dumplings", "Crab & Pork Xiao Long Bao (8)"),
    ("crab xlb", "Crab & Pork Xiao Long Bao (8)"),
    ("sheng jian bao", "Sheng Jian Bao (Pan-Fried Pork Buns, 4)"),
    ("pan fried pork buns", "Sheng Jian Bao (Pan-Fried Pork Buns, 4)"),
    ("uh two orders of shung jen bao", "Sheng Jian Bao (Pan-Fried Pork Buns, 4)", None, 2),
    ("pork and chive dumplings", "Pork & Chive Dumplings (10)"),
    ("wonton soup", "Shanghai Wontons in Soup"),
    ("spicy wontons", "Spicy Wontons in Chili Oil"),
    ("wontons", ASK),
    ("veggie buns", "Vegetable Buns (3)"),
    ("dumplings", ASK),
    # cold dishes
    ("drunken chicken", "Drunken Chicken"),
    ("drunk chicken", "Drunken Chicken"),
    ("smoked fish", "Shanghai Smoked Fish"),
    ("kao fu", "Kao Fu"),
    ("cow foo", "Kao Fu"),
    ("a cold dish", ASK),
    # house specialties
    ("lion's head", "Lion's Head Meatballs"),
    ("the big meatballs", "Lion's Head Meatballs"),
    ("red braised pork", "Red-Braised Pork Belly (Hong Shao Rou)"),
    ("hong shao rou", "Red-Braised Pork Belly (Hong Shao Rou)"),
    ("braised pork belly", "Red-Braised Pork Belly (Hong Shao Rou)"),
    ("the pork shoulder", "Braised Pork Shoulder with Bok Choy"),
    ("sweet and sour ribs", "Sweet and Sour Spare Ribs"),
    ("river shrimp", "Stir-Fried River Shrimp"),
    ("bok choy with mushrooms", "Shanghai Bok Choy with Mushrooms"),
    # noodles and rice cakes
    ("scallion oil noodles", "Scallion Oil Noodles"),
    ("two scallion noodles", "Scallion Oil Noodles", None, 2),
    ("shanghai fried noodles", "Shanghai Fried Noodles"),
    ("pork chop noodle soup", "Pork Chop Noodle Soup"),
    ("noodles", ASK),
    ("rice cakes with pork", "Stir-Fried Nian Gao with Pork"),
    ("nyan go with shrimp", "Stir-Fried Nian Gao with Shrimp"),
    ("nian gao", ASK),
    ("pork chop over rice", "Shanghai Pork Chop over Rice"),
    ("cai fan", "Vegetable Rice (Cai Fan)"),
    # breakfast
    ("a sweet soy milk", "Sweet Soy Milk"),
    ("salty soy milk", "Savory Soy Milk"),
    ("soy milk", ASK),
    ("two you tiao", "You Tiao (Fried Cruller)", None, 2),
    ("fried dough stick", "You Tiao (Fried Cruller)"),
    ("ci fan tuan", "Ci Fan Tuan (Sticky Rice Roll)"),
    ("tse fan twan", "Ci Fan Tuan (Sticky Rice Roll)"),
    ("scallion pancake", "Scallion Pancake"),
    # desserts and drinks
    ("tang yuan", "Tang Yuan (Sesame Rice Balls)"),
    ("sesame rice balls", "Tang Yuan (Sesame Rice Balls)"),
    ("eight treasure rice", "Eight Treasure Rice"),
    ("jasmine tea", "Jasmine Tea"),
    # not on the menu
    ("general tso's chicken", UNKNOWN),
    ("mapo tofu", UNKNOWN),
    ("peking duck", UNKNOWN),
    ("har gow", UNKNOWN),
    ("dan dan noodles", UNKNOWN),
    ("beggar's chicken", UNKNOWN),
    ("chicken soup dumplings", UNKNOWN),
]
