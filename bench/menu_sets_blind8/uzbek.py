"""An Uzbek / Central Asian restaurant (the pattern of Brooklyn, Queens and Philadelphia Uzbek
take-out menus): plov Regular or Large, lagman and soups, samsa and manti by the piece, shashlik
by the skewer, salads, tandoor non, tea by the pot. Callers say "lamb skewers", "dumpling soup",
"tomato and onion salad" and mishear plov ("plough", "plof"), lagman ("log man") and shashlik.
"Plov" or "samsa" or "manti" alone, "a shashlik", "non bread" or "tea" is a question; chicken plov,
beshbarmak, kazan kebab, norin and borscht are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Uzbek / Central Asian"

CATEGORIES: dict[str, list[Item]] = {
    "Plov": [
        ("Tashkent Plov", {"Regular": 15.0, "Large": 21.0},
         ("rice", "beef", "yellow carrots", "chickpeas", "raisins", "quail egg")),
        ("Samarkand Plov", {"Regular": 16.0, "Large": 22.0},
         ("layered rice", "lamb", "yellow carrots", "garlic head")),
    ],
    "Noodles & Soups": [
        ("Lagman", 14.0, ("hand-pulled noodles", "beef", "peppers", "tomato broth")),
        ("Kovurma Lagman", 15.0, ("stir-fried hand-pulled noodles", "beef", "peppers", "garlic")),
        ("Shurpa", 13.0, ("lamb on the bone", "potatoes", "carrots", "clear broth")),
        ("Mastava", 12.0, ("rice soup", "beef", "vegetables", "sour cream")),
        ("Chuchvara", 13.0, ("small beef dumplings", "broth", "dill")),
    ],
    "Samsa & Manti": [
        ("Lamb Samsa", 4.5, ("tandoor-baked pastry", "lamb", "onion")),
        ("Pumpkin Samsa", 4.0, ("tandoor-baked pastry", "pumpkin", "onion")),
        ("Lamb Manti", 14.0, ("five steamed dumplings", "lamb", "onion", "sour cream")),
        ("Pumpkin Manti", 13.0, ("five steamed dumplings", "pumpkin", "sour cream")),
        ("Chebureki", 5.0, ("fried turnover", "beef", "onion")),
    ],
    "Shashlik (per skewer)": [
        ("Lamb Shashlik", 6.5, ("lamb cubes", "onion")),
        ("Beef Shashlik", 6.0, ("beef cubes", "onion")),
        ("Chicken Shashlik", 5.0, ("chicken thigh", "onion")),
        ("Lyulya Kebab", 5.5, ("ground lamb", "onion", "cumin")),
        ("Lamb Chops Shashlik", 8.5, ("lamb rib chops",)),
        ("Liver Shashlik", 5.0, ("lamb liver", "lamb fat")),
    ],
    "Salads": [
        ("Achichuk", 7.0, ("tomato", "onion", "basil")),
        ("Tashkent Salad", 10.0, ("green radish", "beef", "egg", "fried onion")),
        ("Olivier Salad", 9.0, ("potato", "pickles", "peas", "bologna", "mayonnaise")),
    ],
    "Bread": [
        ("Obi Non", 4.0, ("round tandoor bread",)),
        ("Patir Non", 5.0, ("layered tandoor bread", "butter")),
    ],
    "Drinks & Desserts": [
        ("Green Tea (Kok Choy)", 5.0, ("pot of green tea",)),
        ("Black Tea (Qora Choy)", 5.0, ("pot of black tea",)),
        ("Kompot", 3.5, ("dried fruit drink",)),
        ("Ayran", 3.5, ("salted yogurt drink",)),
        ("Chak-Chak", 6.0, ("fried dough", "honey")),
        ("Medovik", 7.0, ("honey layer cake",)),
        ("Napoleon Cake", 7.0, ("puff pastry", "custard")),
    ],
}

SPECIALS: tuple[str, ...] = ("Samarkand Plov", "Lamb Chops Shashlik")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # plov
    ("tashkent plov", "Tashkent Plov"),
    ("a large tashkent plov", "Tashkent Plov", "large"),
    ("samarkand plov regular", "Samarkand Plov", "regular"),
    ("two large samarkand plovs", "Samarkand Plov", "large", 2),
    ("tashkent plough", "Tashkent Plov"),
    ("plov", ASK),
    ("a rice pilaf", ASK),
    # noodles and soups
    ("lagman", "Lagman"),
    ("log man soup", "Lagman"),
    ("lagman noodle soup", "Lagman"),
    ("fried lagman", "Kovurma Lagman"),
    ("kovurma lagman", "Kovurma Lagman"),
    ("shurpa", "Shurpa"),
    ("shorpa", "Shurpa"),
    ("lamb soup", "Shurpa"),
    ("mastava", "Mastava"),
    ("rice soup", "Mastava"),
    ("dumpling soup", "Chuchvara"),
    ("chuchvara", "Chuchvara"),
    # samsa and manti
    ("three lamb samsa", "Lamb Samsa", None, 3),
    ("a pumpkin samsa", "Pumpkin Samsa"),
    ("samsa", ASK),
    ("lamb manti", "Lamb Manti"),
    ("an order of pumpkin manti", "Pumpkin Manti"),
    ("steamed lamb dumplings", "Lamb Manti"),
    ("manti", ASK),
    ("two chebureki", "Chebureki", None, 2),
    ("cheburek", "Chebureki"),
    # shashlik
    ("three lamb shashlik", "Lamb Shashlik", None, 3),
    ("two skewers of chicken", "Chicken Shashlik", None, 2),
    ("beef kebab", "Beef Shashlik"),
    ("lula kebab", "Lyulya Kebab"),
    ("four lula kebabs", "Lyulya Kebab", None, 4),
    ("lamb chops", "Lamb Chops Shashlik"),
    ("liver kebab", "Liver Shashlik"),
    ("chicken shashlyk", "Chicken Shashlik"),
    ("a shashlik", ASK),
    # salads and bread
    ("achichuk", "Achichuk"),
    ("tomato and onion salad", "Achichuk"),
    ("tashkent salad", "Tashkent Salad"),
    ("olivier salad", "Olivier Salad"),
    ("patir", "Patir Non"),
    ("obi non", "Obi Non"),
    ("non bread", ASK),
    # drinks and desserts
    ("a pot of green tea", "Green Tea (Kok Choy)"),
    ("black tea", "Black Tea (Qora Choy)"),
    ("tea", ASK),
    ("kompot", "Kompot"),
    ("ayran", "Ayran"),
    ("chak chak", "Chak-Chak"),
    ("honey cake", "Medovik"),
    ("napoleon", "Napoleon Cake"),
    # not on the menu
    ("chicken plov", UNKNOWN),
    ("beshbarmak", UNKNOWN),
    ("kazan kebab", UNKNOWN),
    ("norin", UNKNOWN),
    ("dimlama", UNKNOWN),
    ("borscht", UNKNOWN),
    ("chicken manti", UNKNOWN),
]
