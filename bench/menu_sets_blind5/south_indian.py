"""A South Indian vegetarian dosa and idli house (the pattern of US Udupi / Chennai-style cafés):
a dozen dosas and uttapams, idli and vada, rice dishes, a few north Indian staples, filter coffee
and chai small or large. Tamil, Kannada and Telugu names reach English menus in several
spellings (dosa / dosai, idli / idly, vada / vadai, uttapam / uthappam / oothappam, puliyogare /
puliyodarai); "dosa" or "uttapam" alone is a question, and so is "potato dosa"."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "South Indian dosa and idli house"

HOT_DRINK = {"small": 3.0, "large": 4.5}

CATEGORIES: dict[str, list[Item]] = {
    "Dosa": [
        ("Plain Dosa", 10.0, ("rice and lentil crepe", "sambar", "coconut chutney")),
        ("Masala Dosa", 12.0, ("rice and lentil crepe", "potato masala", "sambar", "chutney")),
        ("Mysore Masala Dosa", 13.0, ("rice and lentil crepe", "spicy red chutney", "potato masala")),
        ("Rava Masala Dosa", 13.0, ("semolina crepe", "potato masala")),
        ("Onion Rava Dosa", 13.0, ("semolina crepe", "onion", "green chili")),
        ("Paper Dosa", 12.0, ("extra thin crispy crepe",)),
        ("Ghee Roast Dosa", 13.0, ("crepe roasted in ghee",)),
        ("Cheese Dosa", 13.0, ("rice and lentil crepe", "cheese")),
        ("Pesarattu", 12.0, ("green moong dal crepe", "ginger", "onion")),
    ],
    "Uttapam": [
        ("Onion Uttapam", 12.0, ("thick rice pancake", "onion")),
        ("Mixed Vegetable Uttapam", 12.0, ("thick rice pancake", "tomato", "onion", "carrot", "peas")),
    ],
    "Idli and Vada": [
        ("Idli", 8.0, ("three steamed rice cakes", "sambar", "chutney")),
        ("Medu Vada", 8.0, ("two lentil donuts", "sambar", "chutney")),
        ("Idli Vada Combo", 9.0, ("two idli", "one vada", "sambar")),
        ("Sambar Vada", 9.0, ("lentil donuts soaked in sambar",)),
        ("Ghee Podi Idli", 10.0, ("mini idli", "gunpowder spice", "ghee")),
    ],
    "Rice": [
        ("Bisi Bele Bath", 12.0, ("rice", "lentils", "vegetables", "tamarind")),
        ("Lemon Rice", 10.0, ("rice", "lemon", "peanuts", "curry leaves")),
        ("Curd Rice", 10.0, ("rice", "yogurt", "mustard seeds")),
        ("Pongal", 10.0, ("rice", "moong dal", "black pepper", "ghee", "ven pongal")),
        ("Tamarind Rice", 10.0, ("rice", "tamarind", "peanuts", "puliyogare")),
    ],
    "Specials": [
        ("Poori Masala", 11.0, ("fried puffed bread", "potato masala")),
        ("Chana Bhatura", 13.0, ("chickpea curry", "fried bread")),
        ("Parotta with Kurma", 13.0, ("kerala parotta", "vegetable kurma")),
    ],
    "Sweets": [
        ("Kesari Bath", 6.0, ("semolina", "saffron", "ghee", "cashews")),
        ("Mysore Pak", 5.0, ("gram flour", "ghee", "sugar")),
        ("Payasam", 6.0, ("vermicelli", "milk", "cardamom")),
    ],
    "Drinks": [
        ("Filter Coffee", HOT_DRINK, ("madras coffee", "milk", "chicory")),
        ("Masala Chai", HOT_DRINK, ("spiced milk tea",)),
        ("Mango Lassi", 5.0, ("mango", "yogurt")),
        ("Spiced Buttermilk", 4.0, ("neer mor", "majjige", "chaas", "ginger", "curry leaves")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # dosa
    ("masala dosa", "Masala Dosa"),
    ("two masala dosai", "Masala Dosa", None, 2),
    ("mysore masala dosa", "Mysore Masala Dosa"),
    ("a mysore dosa", "Mysore Masala Dosa"),
    ("plain dosa", "Plain Dosa"),
    ("sada dosa", "Plain Dosa"),
    ("dosa", ASK),
    ("rava dosa", ASK),
    ("onion rava", "Onion Rava Dosa"),
    ("the semolina dosa with potato", "Rava Masala Dosa"),
    ("potato dosa", ASK),
    ("paper roast", "Paper Dosa"),
    ("ghee roast", "Ghee Roast Dosa"),
    ("nei roast dosa", "Ghee Roast Dosa"),
    ("cheese dosa", "Cheese Dosa"),
    ("pesarattu", "Pesarattu"),
    ("the moong dal dosa", "Pesarattu"),
    # uttapam
    ("onion uthappam", "Onion Uttapam"),
    ("oothappam with vegetables", "Mixed Vegetable Uttapam"),
    ("uttapam", ASK),
    # idli and vada
    ("two orders of idli", "Idli", None, 2),
    ("idly sambar", "Idli"),
    ("medu vadai", "Medu Vada"),
    ("sambar vada", "Sambar Vada"),
    ("the vada dipped in sambar", "Sambar Vada"),
    ("idli vada combo", "Idli Vada Combo"),
    ("podi idli", "Ghee Podi Idli"),
    # rice
    ("bisibele bath", "Bisi Bele Bath"),
    ("lemon rice", "Lemon Rice"),
    ("thayir sadam", "Curd Rice"),
    ("yogurt rice", "Curd Rice"),
    ("ven pongal", "Pongal"),
    ("puliyogare", "Tamarind Rice"),
    ("puliyodarai", "Tamarind Rice"),
    ("rice", ASK),
    # specials
    ("poori masala", "Poori Masala"),
    ("puri with potato", "Poori Masala"),
    ("chole bhature", "Chana Bhatura"),
    ("chana batura", "Chana Bhatura"),
    ("kerala porotta with kurma", "Parotta with Kurma"),
    # sweets
    ("rava kesari", "Kesari Bath"),
    ("mysore pak", "Mysore Pak"),
    ("payasam", "Payasam"),
    # drinks
    ("a large filter coffee", "Filter Coffee", "large"),
    ("two small madras coffee", "Filter Coffee", "small", 2),
    ("coffee", "Filter Coffee"),
    ("large masala tea", "Masala Chai", "large"),
    ("chai", "Masala Chai"),
    ("lassi", "Mango Lassi"),
    ("majjige", "Spiced Buttermilk"),
    ("buttermilk", "Spiced Buttermilk"),
    # not on the menu
    ("chicken dosa", UNKNOWN),
    ("egg dosa", UNKNOWN),
    ("rava idli", UNKNOWN),
    ("chicken biryani", UNKNOWN),
    ("butter chicken", UNKNOWN),
    ("samosa", UNKNOWN),
    ("garlic naan", UNKNOWN),
    ("gulab jamun", UNKNOWN),
]
