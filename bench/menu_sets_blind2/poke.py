"""A poke and Hawaiian plate-lunch menu (the pattern of US poke shops' and Hawaiian take-out
menus): poke bowls regular or large (three of them ahi), ahi poke by the half pound or pound,
plate lunches mini or regular with "two scoop rice, mac salad", loco moco, spam musubi, saimin
small or large, shave ice, POG. Callers use island words ("tako", "teri beef", "mix plate") and
the English a Hawaiian name's ingredients make plain ("coconut pudding")."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Poke and Hawaiian plate lunch"

BOWL = {"Regular": 14.0, "Large": 18.0}
PLATE = {"Mini": 10.0, "Regular": 14.0}

CATEGORIES: dict[str, list[Item]] = {
    "Poke Bowls": [
        ("Ahi Shoyu Poke Bowl", BOWL, ("ahi tuna", "shoyu", "sweet onion", "green onion", "sesame")),
        ("Spicy Ahi Poke Bowl", BOWL, ("ahi tuna", "spicy mayo", "masago", "green onion")),
        ("Hawaiian Classic Poke Bowl", BOWL,
         ("ahi tuna", "limu seaweed", "inamona", "hawaiian salt", "sweet onion")),
        ("Salmon Poke Bowl", BOWL, ("salmon", "ponzu", "cucumber", "avocado")),
        ("Octopus Poke Bowl", BOWL, ("tako", "shoyu", "sesame oil", "onion")),
        ("Tofu Poke Bowl", BOWL, ("tofu", "shoyu", "seaweed salad", "edamame")),
        ("Build Your Own Bowl", BOWL, ("choice of two proteins", "choice of base", "toppings")),
        ("Ahi Poke by the Pound", {"1/2 lb": 14.0, "1 lb": 26.0}, ("ahi tuna", "shoyu or spicy")),
    ],
    "Plate Lunch": [
        ("Kalua Pig Plate", PLATE, ("smoked shredded pork", "cabbage", "two scoops rice", "mac salad")),
        ("Chicken Katsu Plate", PLATE,
         ("panko fried chicken", "katsu sauce", "two scoops rice", "mac salad")),
        ("Teriyaki Chicken Plate", PLATE,
         ("grilled chicken thigh", "teriyaki sauce", "two scoops rice", "mac salad")),
        ("Teriyaki Beef Plate", PLATE,
         ("thin sliced beef", "teriyaki sauce", "two scoops rice", "mac salad")),
        ("Kalbi Short Ribs Plate", 19.0, ("korean-style short ribs", "two scoops rice", "mac salad")),
        ("Garlic Shrimp Plate", 18.0, ("shrimp", "garlic butter", "two scoops rice", "mac salad")),
        ("Mixed Plate", 18.0,
         ("kalua pig", "chicken katsu", "teriyaki beef", "two scoops rice", "mac salad")),
        ("Lau Lau Plate", 17.0, ("pork and butterfish wrapped in taro leaves", "rice", "lomi salmon")),
        ("Loco Moco", 14.0, ("hamburger patty", "fried egg", "brown gravy", "rice")),
    ],
    "Snacks & Sides": [
        ("Spam Musubi", 3.5, ("grilled spam", "rice", "nori")),
        ("Spam Egg Musubi", 4.0, ("grilled spam", "egg", "rice", "nori")),
        ("Mac Salad", {"Scoop": 3.0, "Pint": 7.0}, ("macaroni", "mayo", "carrot")),
        ("Seaweed Salad", 5.0),
        ("Edamame", 5.0),
        ("Lomi Salmon", 5.0, ("salted salmon", "tomato", "onion")),
        ("Saimin", {"Small": 8.0, "Large": 11.0},
         ("noodle soup", "dashi", "kamaboko", "char siu", "green onion")),
    ],
    "Desserts": [
        ("Haupia", 3.5, ("coconut pudding",)),
        ("Shave Ice", {"Small": 5.0, "Large": 7.0}, ("choice of syrup", "li hing mui", "vanilla ice cream")),
        ("Butter Mochi", 3.5),
        ("Malasada", 2.5, ("portuguese donut", "sugar")),
    ],
    "Drinks": [
        ("POG Juice", {"Regular": 4.0, "Large": 5.5}, ("passion fruit", "orange", "guava")),
        ("Hawaiian Sun", 2.5, ("canned juice drink", "lilikoi passion", "guava nectar")),
        ("Kona Longboard Lager", 6.0),
        ("Bottled Water", 2.0),
        ("Coca-Cola", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # poke
    ("a spicy ahi bowl", "Spicy Ahi Poke Bowl"),
    ("large spicy tuna poke", "Spicy Ahi Poke Bowl", "large"),
    ("ahi shoyu", "Ahi Shoyu Poke Bowl"),
    ("a shoyu ahi bowl", "Ahi Shoyu Poke Bowl"),
    ("two regular salmon bowls", "Salmon Poke Bowl", "regular", 2),
    ("the hawaiian classic", "Hawaiian Classic Poke Bowl"),
    ("tako poke", "Octopus Poke Bowl"),
    ("octopus bowl", "Octopus Poke Bowl"),
    ("tofu bowl", "Tofu Poke Bowl"),
    ("a poke bowl", ASK),
    ("ahi poke", ASK),  # three ahi bowls and ahi by the pound
    ("a tuna bowl", ASK),
    ("build your own", "Build Your Own Bowl"),
    ("large build your own bowl", "Build Your Own Bowl", "large"),
    ("a pound of ahi poke", "Ahi Poke by the Pound", "1 lb"),
    ("half pound of poke", "Ahi Poke by the Pound", "1/2 lb"),
    # plate lunch
    ("kalua pig", "Kalua Pig Plate"),
    ("a mini kalua pork plate", "Kalua Pig Plate", "mini"),
    ("chicken katsu", "Chicken Katsu Plate"),
    ("two katsu plates", "Chicken Katsu Plate", None, 2),
    ("teriyaki chicken", "Teriyaki Chicken Plate"),
    ("teri beef", "Teriyaki Beef Plate"),
    ("a teriyaki plate", ASK),
    ("regular chicken plate", ASK),  # katsu or teriyaki
    ("kalbi", "Kalbi Short Ribs Plate"),
    ("short ribs", "Kalbi Short Ribs Plate"),
    ("garlic shrimp", "Garlic Shrimp Plate"),
    ("loco moco", "Loco Moco"),
    ("a locomoco", "Loco Moco"),
    ("mix plate", "Mixed Plate"),
    ("laulau", "Lau Lau Plate"),
    ("a plate lunch", ASK),
    # snacks and sides
    ("three spam musubi", "Spam Musubi", None, 3),
    ("spam egg musubi", "Spam Egg Musubi"),
    ("musubi", ASK),
    ("a scoop of mac salad", "Mac Salad", "scoop"),
    ("pint of macaroni salad", "Mac Salad", "pint"),
    ("seaweed salad", "Seaweed Salad"),
    ("edamame", "Edamame"),
    ("lomi lomi salmon", "Lomi Salmon"),
    ("salmon", ASK),  # the salmon bowl or lomi salmon
    ("large saimin", "Saimin", "large"),
    ("noodle soup", "Saimin"),
    # desserts
    ("haupia", "Haupia"),
    ("coconut pudding", "Haupia"),
    ("a large shave ice", "Shave Ice", "large"),
    ("shaved ice", "Shave Ice"),
    ("two malasadas", "Malasada", None, 2),
    ("mochi", "Butter Mochi"),
    # drinks
    ("a large pog", "POG Juice", "large"),
    ("passion orange guava", "POG Juice"),
    ("a hawaiian sun", "Hawaiian Sun"),
    ("a longboard", "Kona Longboard Lager"),
    ("a beer", "Kona Longboard Lager"),
    ("water", "Bottled Water"),
    # not on the menu
    ("a california roll", UNKNOWN),
    ("shrimp tempura", UNKNOWN),
    ("pork katsu", UNKNOWN),
    ("an eel bowl", UNKNOWN),
    ("poi", UNKNOWN),
]
