"""A Trinidadian roti shop (the pattern of Trini roti shops in Brooklyn, Queens and Toronto):
curry roti wrapped in dhalpuri, Regular or Large (chicken boneless or bone-in, goat, beef, shrimp,
duck, channa and aloo), the skins alone (dhalpuri, buss up shut), street food (doubles, aloo pie,
pholourie, bake and shark, corn soup Small or Large), plates with rice, sides and island drinks.
Callers say "buss up shot", "dal puri", "a double". "Chicken roti" (boneless or bone-in), "curry
goat" (roti or plate) and "roti skin" are questions; jerk chicken and curry crab are not here."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Trinidadian roti shop"


def _roti(regular: float, large: float) -> dict[str, float]:
    return {"Regular": regular, "Large": large}


CATEGORIES: dict[str, list[Item]] = {
    "Roti": [
        ("Boneless Chicken Roti", _roti(12.0, 15.0), ("curry chicken", "potato", "dhalpuri wrap")),
        ("Chicken Roti (Bone-In)", _roti(11.0, 14.0), ("curry chicken on the bone", "potato", "dhalpuri")),
        ("Goat Roti", _roti(14.0, 17.0), ("curry goat", "potato", "dhalpuri wrap")),
        ("Beef Roti", _roti(12.0, 15.0), ("curry beef", "potato", "dhalpuri wrap")),
        ("Shrimp Roti", _roti(15.0, 18.0), ("curry shrimp", "potato", "dhalpuri wrap")),
        ("Duck Roti", _roti(15.0, 18.0), ("curry duck", "potato", "dhalpuri wrap")),
        ("Channa & Aloo Roti", _roti(10.0, 12.0), ("curry chickpeas", "potato", "dhalpuri wrap")),
        ("Dhalpuri Skin", 4.0, ("roti stuffed with ground split peas",)),
        ("Buss Up Shut", 4.5, ("torn paratha roti",)),
    ],
    "Street Food": [
        ("Doubles", 2.5, ("two bara", "curry channa", "tamarind", "pepper sauce")),
        ("Aloo Pie", 3.0, ("fried dough", "spiced potato filling")),
        ("Saheena", 3.0, ("fried dasheen leaf fritter", "split pea batter")),
        ("Pholourie", 5.0, ("10 split pea fritters", "tamarind chutney")),
        ("Bake and Shark", 13.0, ("fried bake", "fried shark", "shadon beni sauce", "lettuce", "tomato")),
        ("Corn Soup", {"Small": 6.0, "Large": 9.0}, ("split peas", "corn on the cob", "dumplings")),
    ],
    "Plates": [
        ("Curry Chicken with Rice", 13.0, ("curry chicken", "white rice", "channa", "salad")),
        ("Curry Goat with Rice", 15.0, ("curry goat", "white rice", "channa", "salad")),
        ("Stew Chicken", 13.0, ("brown stew chicken", "rice and peas", "salad")),
        ("Pelau", 12.0, ("rice", "pigeon peas", "caramelized chicken", "coconut milk")),
        ("Oxtail Stew", 18.0, ("oxtail", "butter beans", "white rice")),
    ],
    "Sides": [
        ("Macaroni Pie", 4.0, ("baked macaroni", "cheese", "egg")),
        ("Callaloo", 4.0, ("dasheen leaves", "okra", "coconut milk")),
        ("Curry Channa", 4.0, ("curry chickpeas",)),
        ("Pumpkin Talkari", 4.0, ("curried pumpkin",)),
        ("Fried Plantain", 4.0, ("sweet plantain",)),
    ],
    "Drinks": [
        ("Sorrel", 4.0, ("hibiscus", "ginger", "clove")),
        ("Mauby", 4.0, ("mauby bark drink",)),
        ("Peanut Punch", 5.0, ("peanut butter", "milk", "nutmeg")),
        ("Solo", 2.5, ("trinidad soda", "kola champagne or orange")),
        ("Carib", 5.0, ("trinidad lager",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Duck Roti",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # roti
    ("chicken roti", ASK),
    ("a large boneless chicken roti", "Boneless Chicken Roti", "large"),
    ("boneless chicken roti regular", "Boneless Chicken Roti", "regular"),
    ("chicken roti with the bone", "Chicken Roti (Bone-In)"),
    ("a bone in chicken roti large", "Chicken Roti (Bone-In)", "large"),
    ("two goat roti", "Goat Roti", None, 2),
    ("a large goat roti", "Goat Roti", "large"),
    ("curry goat roti regular", "Goat Roti", "regular"),
    ("beef roti", "Beef Roti"),
    ("three shrimp rotis", "Shrimp Roti", None, 3),
    ("curry duck roti", "Duck Roti"),
    ("a veggie roti", "Channa & Aloo Roti"),
    ("chana and potato roti", "Channa & Aloo Roti"),
    ("roti", ASK),
    ("dal puri skin", "Dhalpuri Skin"),
    ("just a roti skin", ASK),
    ("buss up shot", "Buss Up Shut"),
    ("paratha roti", "Buss Up Shut"),
    # street food
    ("three doubles", "Doubles", None, 3),
    ("a double", "Doubles"),
    ("aloo pie", "Aloo Pie"),
    ("a potato pie", "Aloo Pie"),
    ("saheena", "Saheena"),
    ("phulourie", "Pholourie"),
    ("bake and shark", "Bake and Shark"),
    ("shark and bake", "Bake and Shark"),
    ("large corn soup", "Corn Soup", "large"),
    ("a small corn soup", "Corn Soup", "small"),
    # plates
    ("curry chicken and rice", "Curry Chicken with Rice"),
    ("curry goat with rice", "Curry Goat with Rice"),
    ("curry goat", ASK),
    ("curry chicken", ASK),
    ("goat", ASK),
    ("stew chicken", "Stew Chicken"),
    ("brown stew chicken", "Stew Chicken"),
    ("chicken pelau", "Pelau"),
    ("oxtail", "Oxtail Stew"),
    # sides
    ("macaroni pie", "Macaroni Pie"),
    ("mac pie", "Macaroni Pie"),
    ("calaloo", "Callaloo"),
    ("a side of chickpeas", "Curry Channa"),
    ("pumpkin", "Pumpkin Talkari"),
    ("plantains", "Fried Plantain"),
    # drinks
    ("sorrel", "Sorrel"),
    ("two mauby", "Mauby", None, 2),
    ("peanut punch", "Peanut Punch"),
    ("a solo", "Solo"),
    ("a carib beer", "Carib"),
    # not on the menu
    ("jerk chicken", UNKNOWN),
    ("curry crab and dumpling", UNKNOWN),
    ("fish roti", UNKNOWN),
    ("ackee and saltfish", UNKNOWN),
    ("coconut bake", UNKNOWN),
    ("sea moss", UNKNOWN),
    ("shark roti", UNKNOWN),
]
