"""A Chinese-American take-out shop (the pattern of New York / New Jersey corner take-out menus):
soups, lo mein, fried rice and entrees by the Pint or Quart, appetizers, chef's specials. Callers
say "small" and "large" for pint and quart, say "pork" for roast pork, and mangle the classics
(General Tso / Tao / So, crab rangoon / ragoon, moo goo guy pan). "Lo mein", "fried rice" or
"dumplings" alone is a question; beef lo mein and kung pao chicken are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Chinese-American take-out"


def _pq(pint: float, quart: float) -> dict[str, float]:
    return {"Pint": pint, "Quart": quart}


CATEGORIES: dict[str, list[Item]] = {
    "Soups": [
        ("Wonton Soup", _pq(3.25, 5.75), ("pork wontons", "chicken broth", "scallion")),
        ("Egg Drop Soup", _pq(3.0, 5.25), ("egg", "chicken broth", "scallion")),
        ("Hot & Sour Soup", _pq(3.5, 6.0), ("tofu", "bamboo shoots", "egg", "pepper", "vinegar")),
    ],
    "Appetizers": [
        ("Egg Roll", 1.95, ("pork", "cabbage", "fried")),
        ("Vegetable Spring Roll", 1.95, ("cabbage", "carrot", "thin fried wrapper")),
        ("Fried Dumplings", 7.5, ("6 pan-fried pork dumplings",)),
        ("Steamed Dumplings", 7.5, ("6 steamed pork dumplings",)),
        ("Crab Rangoon", 7.25, ("8 fried wontons", "cream cheese", "imitation crab")),
        ("Boneless Spare Ribs", _pq(8.95, 14.95), ("bbq pork", "sweet red glaze")),
        ("Chicken Wings", 7.95, ("4 fried whole wings",)),
    ],
    "Lo Mein": [
        ("Chicken Lo Mein", _pq(7.25, 11.5), ("soft egg noodles", "chicken", "cabbage", "onion")),
        ("Roast Pork Lo Mein", _pq(7.25, 11.5), ("soft egg noodles", "roast pork", "cabbage")),
        ("Shrimp Lo Mein", _pq(7.95, 12.5), ("soft egg noodles", "shrimp", "cabbage")),
        ("House Special Lo Mein", _pq(8.25, 12.95), ("soft egg noodles", "chicken", "roast pork", "shrimp")),
    ],
    "Fried Rice": [
        ("Chicken Fried Rice", _pq(6.95, 10.95), ("rice", "chicken", "egg", "peas", "onion")),
        ("Roast Pork Fried Rice", _pq(6.95, 10.95), ("rice", "roast pork", "egg", "peas", "onion")),
        ("Shrimp Fried Rice", _pq(7.5, 11.95), ("rice", "shrimp", "egg", "peas", "onion")),
        ("House Special Fried Rice", _pq(7.95, 12.5), ("rice", "chicken", "roast pork", "shrimp", "egg")),
    ],
    "Entrees": [
        ("Chicken with Broccoli", _pq(8.5, 13.5), ("white meat chicken", "broccoli", "brown sauce")),
        ("Beef with Broccoli", _pq(9.25, 14.5), ("sliced beef", "broccoli", "brown sauce")),
        ("Sweet & Sour Chicken", _pq(8.25, 12.95), ("battered chicken", "sweet and sour sauce on the side")),
        ("Shrimp with Lobster Sauce", _pq(9.5, 14.95), ("shrimp", "egg white sauce", "peas", "carrot")),
        ("Moo Goo Gai Pan", _pq(8.5, 13.5), ("chicken", "mushrooms", "snow peas", "white sauce")),
        ("Chicken Egg Foo Young", 11.5, ("3 egg patties", "chicken", "brown gravy", "white rice")),
    ],
    "Chef's Specials": [
        ("General Tso's Chicken", 14.25, ("crispy chicken", "spicy sweet sauce", "broccoli", "white rice")),
        ("Sesame Chicken", 14.25, ("crispy chicken", "sweet sauce", "sesame seeds", "white rice")),
        ("Orange Chicken", 14.25, ("crispy chicken", "orange peel sauce", "white rice")),
        ("Happy Family", 17.95, ("chicken", "beef", "roast pork", "shrimp", "lobster meat", "vegetables")),
    ],
}

SPECIALS: tuple[str, ...] = ("Happy Family",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("a quart of wonton soup", "Wonton Soup", "quart"),
    ("small wanton soup", "Wonton Soup", "pint"),
    ("large egg drop soup", "Egg Drop Soup", "quart"),
    ("pint of hot and sour", "Hot & Sour Soup", "pint"),
    ("egg drop", "Egg Drop Soup"),
    ("two quarts of hot and sour soup", "Hot & Sour Soup", "quart", 2),
    ("a soup", ASK),
    # appetizers
    ("two egg rolls", "Egg Roll", None, 2),
    ("an egg roll", "Egg Roll"),
    ("a spring roll", "Vegetable Spring Roll"),
    ("crab ragoon", "Crab Rangoon"),
    ("the cream cheese wontons", "Crab Rangoon"),
    ("an order of fried dumplings", "Fried Dumplings"),
    ("steamed dumplings", "Steamed Dumplings"),
    ("dumplings", ASK),
    ("boneless ribs quart", "Boneless Spare Ribs", "quart"),
    ("a pint of boneless spare ribs", "Boneless Spare Ribs", "pint"),
    ("an order of chicken wings", "Chicken Wings"),
    # lo mein
    ("chicken lo mein quart", "Chicken Lo Mein", "quart"),
    ("pint of roast pork lo mein", "Roast Pork Lo Mein", "pint"),
    ("pork lo mein", "Roast Pork Lo Mein"),
    ("large shrimp lo mein", "Shrimp Lo Mein", "quart"),
    ("house special lo mein", "House Special Lo Mein"),
    ("lo mein", ASK),
    ("a quart of lo mein", ASK),
    # fried rice
    ("chicken fried rice pint", "Chicken Fried Rice", "pint"),
    ("large pork fried rice", "Roast Pork Fried Rice", "quart"),
    ("shrimp fried rice", "Shrimp Fried Rice"),
    ("shrimp fried rice large", "Shrimp Fried Rice", "quart"),
    ("roast pork fried rice quart", "Roast Pork Fried Rice", "quart"),
    ("house fried rice small", "House Special Fried Rice", "pint"),
    ("fried rice", ASK),
    # entrees
    ("chicken and broccoli", "Chicken with Broccoli"),
    ("chicken broccoli small", "Chicken with Broccoli", "pint"),
    ("beef and broccoli quart", "Beef with Broccoli", "quart"),
    ("broccoli beef", "Beef with Broccoli"),
    ("the one with broccoli", ASK),
    ("sweet n sour chicken pint", "Sweet & Sour Chicken", "pint"),
    ("shrimp lobster sauce", "Shrimp with Lobster Sauce"),
    ("moo goo guy pan", "Moo Goo Gai Pan"),
    ("egg foo young", "Chicken Egg Foo Young"),
    ("chicken egg fu yung", "Chicken Egg Foo Young"),
    # chef's specials
    ("general tso's chicken", "General Tso's Chicken"),
    ("general tao chicken", "General Tso's Chicken"),
    ("two general so", "General Tso's Chicken", None, 2),
    ("sesame chicken", "Sesame Chicken"),
    ("three orange chickens", "Orange Chicken", None, 3),
    ("happy family", "Happy Family"),
    ("the crispy chicken", ASK),
    # not on the menu
    ("beef lo mein", UNKNOWN),
    ("kung pao chicken", UNKNOWN),
    ("mongolian beef", UNKNOWN),
    ("pork egg foo young", UNKNOWN),
    ("pu pu platter", UNKNOWN),
    ("chicken chow mein", UNKNOWN),
    ("singapore mei fun", UNKNOWN),
]
