"""A Hawaiian plate lunch place (the pattern of island-style drive-ins on the mainland): plate
lunches with two scoops rice and mac salad, Mini or Regular; Hawaiian favorites (kalua pork, lau
lau, the Hawaiian plate); saimin Small or Large and musubi; sides; haupia, butter mochi, shave ice
and island drinks. Callers say "kalua pig", "mac salad", "katsu", "bbq plate". "Katsu" (plate,
curry or musubi), "musubi" and "bbq plate" are questions; poke bowls and chicken long rice are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Hawaiian plate lunch"


def _plate(mini: float, regular: float) -> dict[str, float]:
    return {"Mini": mini, "Regular": regular}


CATEGORIES: dict[str, list[Item]] = {
    "Plate Lunch": [
        ("Chicken Katsu", _plate(10.49, 13.99), ("panko fried chicken", "katsu sauce", "rice", "mac salad")),
        ("BBQ Chicken", _plate(10.49, 13.99), ("grilled shoyu-ginger chicken", "rice", "mac salad")),
        ("BBQ Beef", _plate(10.99, 14.49), ("thin sliced grilled beef", "rice", "mac salad")),
        ("Kalbi Short Ribs", _plate(13.99, 18.49), ("korean marinated short ribs", "rice", "mac salad")),
        ("BBQ Mix Plate", _plate(12.49, 16.49), ("bbq chicken", "bbq beef", "kalbi", "rice", "mac salad")),
        ("Loco Moco", _plate(10.99, 13.99), ("hamburger patty", "fried egg", "brown gravy", "rice")),
        ("Garlic Shrimp", _plate(12.99, 16.99), ("shrimp", "garlic butter", "rice", "mac salad")),
        ("Mahi Mahi", _plate(11.99, 15.49), ("panko fried mahi mahi", "tartar sauce", "rice", "mac salad")),
        ("Chicken Katsu Curry", _plate(11.49, 14.99), ("chicken katsu", "japanese curry", "rice")),
    ],
    "Hawaiian Favorites": [
        ("Kalua Pork with Cabbage", _plate(10.99, 14.49), ("smoked shredded pork", "cabbage", "rice")),
        ("Lau Lau Plate", 16.99, ("pork and butterfish steamed in taro leaves", "rice", "mac salad")),
        ("Hawaiian Plate", 19.99, ("kalua pork", "lau lau", "lomi salmon", "haupia", "rice")),
    ],
    "Saimin & Musubi": [
        ("Saimin", {"Small": 7.99, "Large": 10.99}, ("noodle soup", "dashi", "char siu", "kamaboko", "egg")),
        ("Fried Saimin", 10.99, ("stir fried saimin noodles", "char siu", "cabbage", "egg")),
        ("Spam Musubi", 3.49, ("grilled spam", "rice", "nori")),
        ("Spam & Egg Musubi", 3.99, ("grilled spam", "egg", "rice", "nori")),
        ("Chicken Katsu Musubi", 3.99, ("chicken katsu", "rice", "nori")),
    ],
    "Sides": [
        ("Macaroni Salad", 3.49, ("elbow macaroni", "mayo")),
        ("Scoop of Rice", 1.99, ("white rice",)),
        ("Lomi Salmon", 4.49, ("salted salmon", "tomato", "onion")),
        ("Kimchi", 2.99, ("napa cabbage kimchi",)),
    ],
    "Dessert & Drinks": [
        ("Haupia", 2.99, ("coconut milk pudding",)),
        ("Butter Mochi", 3.49, ("mochiko", "coconut", "butter")),
        ("Shave Ice", {"Small": 4.99, "Large": 6.99}, ("shaved ice", "three syrups", "condensed milk")),
        ("POG Juice", 2.99, ("passion fruit", "orange", "guava")),
        ("Hawaiian Sun", 2.49, ("canned juice drink", "lilikoi or guava")),
        ("Bottled Water", 1.99, ()),
    ],
}

SPECIALS: tuple[str, ...] = ("Hawaiian Plate",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # plate lunch
    ("a chicken katsu plate", "Chicken Katsu"),
    ("mini chicken katsu", "Chicken Katsu", "mini"),
    ("two regular chicken katsu", "Chicken Katsu", "regular", 2),
    ("katsu", ASK),
    ("katsu curry", "Chicken Katsu Curry"),
    ("bbq chicken mini", "BBQ Chicken", "mini"),
    ("barbecue beef plate", "BBQ Beef"),
    ("a regular bbq beef", "BBQ Beef", "regular"),
    ("kalbi", "Kalbi Short Ribs"),
    ("galbi short ribs regular", "Kalbi Short Ribs", "regular"),
    ("the bbq mix", "BBQ Mix Plate"),
    ("bbq plate", ASK),
    ("loco moco", "Loco Moco"),
    ("two loco mocos", "Loco Moco", None, 2),
    ("a mini locomoco", "Loco Moco", "mini"),
    ("garlic shrimp", "Garlic Shrimp"),
    ("mahi", "Mahi Mahi"),
    ("fried fish plate", "Mahi Mahi"),
    ("mahi mahi mini", "Mahi Mahi", "mini"),
    ("a mini plate", ASK),
    # hawaiian favorites
    ("kalua pig", "Kalua Pork with Cabbage"),
    ("a regular kalua pork", "Kalua Pork with Cabbage", "regular"),
    ("kalua pork and cabbage regular", "Kalua Pork with Cabbage", "regular"),
    ("laulau", "Lau Lau Plate"),
    ("the hawaiian plate", "Hawaiian Plate"),
    ("the pork plate", ASK),
    # saimin and musubi
    ("large saimin", "Saimin", "large"),
    ("small saimin", "Saimin", "small"),
    ("fried saimin", "Fried Saimin"),
    ("two spam musubi", "Spam Musubi", None, 2),
    ("spam musubis", "Spam Musubi"),
    ("spam musubi with egg", "Spam & Egg Musubi"),
    ("spam and egg musubi", "Spam & Egg Musubi"),
    ("katsu musubi", "Chicken Katsu Musubi"),
    ("musubi", ASK),
    # sides
    ("mac salad", "Macaroni Salad"),
    ("a side of macaroni salad", "Macaroni Salad"),
    ("extra scoop of rice", "Scoop of Rice"),
    ("lomi lomi salmon", "Lomi Salmon"),
    ("kim chee", "Kimchi"),
    # dessert and drinks
    ("haupia", "Haupia"),
    ("coconut pudding", "Haupia"),
    ("butter mochi", "Butter Mochi"),
    ("a large shave ice", "Shave Ice", "large"),
    ("small shaved ice", "Shave Ice", "small"),
    ("pog", "POG Juice"),
    ("passion orange guava", "POG Juice"),
    ("hawaiian sun", "Hawaiian Sun"),
    ("a water", "Bottled Water"),
    ("a juice", ASK),
    # not on the menu
    ("poke bowl", UNKNOWN),
    ("spam fried rice", UNKNOWN),
    ("chicken long rice", UNKNOWN),
    ("pork katsu", UNKNOWN),
    ("huli huli chicken", UNKNOWN),
    ("malasadas", UNKNOWN),
    ("pineapple juice", UNKNOWN),
]
