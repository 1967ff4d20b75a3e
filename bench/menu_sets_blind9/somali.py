"""A Somali restaurant (the pattern of Minneapolis, Columbus and Seattle Somali take-out menus):
bariis iskukaris (spiced rice) and baasto plates with chicken, goat, beef or fish, suqaar, hilib
ari, sambuusa by the piece, canjeero and muufo breads, maraq, sweets, shaah and juices. Somali
names with the English. Callers say "goat and rice", "chicken with rice", "beef cubes",
"samosas", "Somali tea" and mishear bariis ("bar ease"), suqaar ("soup car", "sugar"), canjeero
("and jero"), sambuusa ("some boosa"). "Rice", "bariis", "suqaar", "sambuusa", "pasta" or "a juice"
alone is a question; lamb chops, goat suqaar, camel meat, bajiyo, cambuulo and malawax are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Somali"

CATEGORIES: dict[str, list[Item]] = {
    "Rice Plates (Bariis)": [
        ("Bariis iyo Hilib Ari (Rice with Goat)", 17.0, ("bariis iskukaris", "goat on the bone",
                                                         "banana", "basbaas")),
        ("Bariis iyo Digaag (Rice with Chicken)", 15.0, ("bariis iskukaris", "roasted chicken",
                                                         "banana", "salad")),
        ("Bariis iyo Kalluun (Rice with Fish)", 16.0, ("bariis iskukaris", "fried kingfish",
                                                       "banana", "salad")),
        ("Bariis iyo Suqaar (Rice with Beef Suqaar)", 15.0, ("bariis iskukaris", "sautéed beef cubes",
                                                             "peppers", "onion")),
    ],
    "Pasta (Baasto)": [
        ("Baasto iyo Suqaar (Pasta with Beef)", 14.0, ("spaghetti", "beef suqaar", "tomato sauce",
                                                       "banana")),
        ("Baasto iyo Digaag (Pasta with Chicken)", 14.0, ("spaghetti", "chicken", "tomato sauce",
                                                          "banana")),
    ],
    "Specialties": [
        ("Hilib Ari (Goat Meat Plate)", 18.0, ("slow-roasted goat", "onion", "lime", "canjeero")),
        ("Suqaar Hilib Lo'aad (Beef Suqaar)", 14.0, ("beef cubes", "peppers", "onion", "canjeero")),
        ("Suqaar Digaag (Chicken Suqaar)", 13.0, ("chicken cubes", "peppers", "onion", "canjeero")),
        ("Muqmad", 16.0, ("dried beef preserved in ghee", "dates", "canjeero")),
        ("Kalluun Shiilan (Fried Fish)", 15.0, ("fried kingfish", "lime", "basbaas")),
        ("Federation Plate", 17.0, ("half rice", "half spaghetti", "goat or chicken", "banana")),
        ("Chicken Steak", 15.0, ("grilled chicken breast", "rice", "salad")),
    ],
    "Breakfast": [
        ("Canjeero iyo Beer (Canjeero with Liver)", 12.0, ("canjeero", "sautéed liver", "onion")),
        ("Canjeero iyo Suqaar", 12.0, ("canjeero", "beef suqaar")),
        ("Canjeero with Sugar & Ghee", 7.0, ("canjeero", "sugar", "subag", "tea")),
        ("Foul (Fava Beans)", 9.0, ("fava beans", "tomato", "onion", "bread")),
        ("Ukun (Scrambled Eggs)", 8.0, ("eggs", "onion", "peppers", "bread")),
    ],
    "Sides & Breads": [
        ("Beef Sambuusa", 2.0, ("fried pastry", "spiced ground beef")),
        ("Chicken Sambuusa", 2.0, ("fried pastry", "spiced chicken")),
        ("Vegetable Sambuusa", 1.75, ("fried pastry", "lentils", "vegetables")),
        ("Canjeero", 2.5, ("sourdough pancake",)),
        ("Muufo", 2.5, ("flat corn and flour bread",)),
        ("Sabaayad (Chapati)", 2.5, ("flaky flatbread",)),
        ("Maraq (Soup)", 5.0, ("goat broth", "vegetables", "lime")),
        ("Side Salad", 4.0),
    ],
    "Desserts & Drinks": [
        ("Xalwo", 4.0, ("Somali halwa", "cardamom")),
        ("Shaah (Somali Tea)", 2.5, ("black tea", "cardamom", "cinnamon", "milk")),
        ("Qaxwa (Somali Coffee)", 3.0, ("ginger", "cardamom")),
        ("Mango Juice", 4.0),
        ("Papaya Juice", 4.0),
        ("Cambaabur", 4.0, ("sweet bread", "black seed")),
    ],
}

SPECIALS: tuple[str, ...] = ("Muqmad", "Federation Plate")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # rice plates
    ("rice with goat", "Bariis iyo Hilib Ari (Rice with Goat)"),
    ("goat and rice", "Bariis iyo Hilib Ari (Rice with Goat)"),
    ("bariis iyo hilib ari", "Bariis iyo Hilib Ari (Rice with Goat)"),
    ("chicken with rice", "Bariis iyo Digaag (Rice with Chicken)"),
    ("two bar ease chicken", "Bariis iyo Digaag (Rice with Chicken)", None, 2),
    ("fish and rice", "Bariis iyo Kalluun (Rice with Fish)"),
    ("rice with suqaar", "Bariis iyo Suqaar (Rice with Beef Suqaar)"),
    ("rice", ASK),
    ("bariis", ASK),
    # pasta
    ("pasta with beef", "Baasto iyo Suqaar (Pasta with Beef)"),
    ("spaghetti with chicken", "Baasto iyo Digaag (Pasta with Chicken)"),
    ("baasto digaag", "Baasto iyo Digaag (Pasta with Chicken)"),
    ("pasta", ASK),
    # specialties
    ("hilib ari", "Hilib Ari (Goat Meat Plate)"),
    ("goat meat plate", "Hilib Ari (Goat Meat Plate)"),
    ("hillib ari", "Hilib Ari (Goat Meat Plate)"),
    ("beef suqaar", "Suqaar Hilib Lo'aad (Beef Suqaar)"),
    ("beef soup car", "Suqaar Hilib Lo'aad (Beef Suqaar)"),
    ("chicken suqaar", "Suqaar Digaag (Chicken Suqaar)"),
    ("suqaar", ASK),
    ("muqmad", "Muqmad"),
    ("mook mad", "Muqmad"),
    ("fried fish", "Kalluun Shiilan (Fried Fish)"),
    ("the federation", "Federation Plate"),
    ("half rice half pasta", "Federation Plate"),
    ("chicken steak", "Chicken Steak"),
    # breakfast
    ("canjeero with liver", "Canjeero iyo Beer (Canjeero with Liver)"),
    ("anjero and liver", "Canjeero iyo Beer (Canjeero with Liver)"),
    ("canjeero and suqaar", "Canjeero iyo Suqaar"),
    ("canjeero with sugar and butter", "Canjeero with Sugar & Ghee"),
    ("foul", "Foul (Fava Beans)"),
    ("fava beans", "Foul (Fava Beans)"),
    ("scrambled eggs", "Ukun (Scrambled Eggs)"),
    # sides and breads
    ("three beef sambuusa", "Beef Sambuusa", None, 3),
    ("two chicken samosas", "Chicken Sambuusa", None, 2),
    ("veggie sambusa", "Vegetable Sambuusa"),
    ("five some boosa beef", "Beef Sambuusa", None, 5),
    ("sambuusa", ASK),
    ("a side of canjeero", "Canjeero"),
    ("muufo", "Muufo"),
    ("two moofo", "Muufo", None, 2),
    ("chapati", "Sabaayad (Chapati)"),
    ("sabaayad", "Sabaayad (Chapati)"),
    ("goat soup", "Maraq (Soup)"),
    ("maraq", "Maraq (Soup)"),
    # desserts and drinks
    ("xalwo", "Xalwo"),
    ("somali tea", "Shaah (Somali Tea)"),
    ("two shaah", "Shaah (Somali Tea)", None, 2),
    ("somali coffee", "Qaxwa (Somali Coffee)"),
    ("mango juice", "Mango Juice"),
    ("a juice", ASK),
    ("cambaabur", "Cambaabur"),
    # not on the menu
    ("lamb chops", UNKNOWN),
    ("bajiyo", UNKNOWN),
    ("cambuulo", UNKNOWN),
    ("malawax", UNKNOWN),
    ("goat suqaar", UNKNOWN),
    ("camel meat", UNKNOWN),
]
