"""A Burmese restaurant (the pattern of San Francisco Bay Area Burmese take-out menus): the
"thoke" salads (tea leaf, rainbow, ginger), noodle soups and noodle salads (mohinga, ohn no khao
swe, nan gyi thoke, Shan noodles), curries, platha, samusa. Burmese romanisations vary widely
(lahpet/laphet/la pet, thoke/thohk/dok, mohinga/mohingar, ohn no khao swe/on no kauk swe);
"noodle soup" and "a salad" are questions; "samusa" alone is the fried pastry, not the soup."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Burmese restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Salads": [
        ("Tea Leaf Salad", 14.0, ("fermented tea leaves", "fried beans", "peanuts", "tomato", "cabbage")),
        ("Rainbow Salad", 14.0, ("noodles", "green papaya", "tofu", "tamarind dressing")),
        ("Ginger Salad", 13.0, ("pickled ginger", "fried beans", "sesame", "cabbage")),
    ],
    "Noodles": [
        ("Mohinga", 14.0, ("rice noodles", "catfish broth", "lemongrass", "fritters")),
        ("Ohn No Khao Swe", 14.0, ("egg noodles", "coconut chicken broth", "egg")),
        ("Nan Gyi Thoke", 14.0, ("thick rice noodles", "chicken curry", "chickpea powder")),
        ("Shan Noodles", 13.0, ("rice noodles", "chicken", "tomato sauce", "pickled mustard")),
        ("Garlic Noodles", 11.0, ("egg noodles", "garlic oil", "scallions")),
    ],
    "Curries": [
        ("Chicken Curry", 16.0, ("chicken", "potato", "onion gravy")),
        ("Pork and Pickled Mango Curry", 17.0, ("pork belly", "pickled mango")),
        ("Beef Curry", 17.0, ("beef", "potato", "onion gravy")),
    ],
    "Appetizers": [
        ("Platha and Dip", 9.0, ("layered flatbread", "chicken curry dip")),
        ("Samusa", 8.0, ("potato", "onion", "pastry")),
        ("Samusa Soup", 10.0, ("samusa", "lentil broth", "falafel")),
        ("Gold Fried Tofu", 9.0, ("shan chickpea tofu", "tamarind sauce")),
        ("Fish Cakes", 9.0, ("fish", "chili", "sweet sauce")),
    ],
    "Rice": [
        ("Coconut Rice", 4.0),
        ("Jasmine Rice", 3.0),
        ("Burmese Fried Rice", 12.0, ("yellow peas", "egg", "onion")),
    ],
    "Desserts & Drinks": [
        ("Shwe Gyi Mont", 7.0, ("semolina cake", "coconut milk")),
        ("Falooda", 7.0, ("rose syrup", "jelly", "ice cream")),
        ("Burmese Milk Tea", 4.5, ("black tea", "condensed milk")),
        ("Lime Soda", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # salads
    ("tea leaf salad", "Tea Leaf Salad"),
    ("la pet thoke", "Tea Leaf Salad"),
    ("lahpet", "Tea Leaf Salad"),
    ("two laphet thokes", "Tea Leaf Salad", None, 2),
    ("the fermented tea salad", "Tea Leaf Salad"),
    ("rainbow salad", "Rainbow Salad"),
    ("ginger salad", "Ginger Salad"),
    ("gin thoke", "Ginger Salad"),
    ("a salad", ASK),
    ("thoke", ASK),
    # noodles
    ("mohinga", "Mohinga"),
    ("mohingar", "Mohinga"),
    ("moh hin gah", "Mohinga"),
    ("fish noodle soup", "Mohinga"),
    ("ohn no khao swe", "Ohn No Khao Swe"),
    ("on no kauk swe", "Ohn No Khao Swe"),
    ("coconut chicken noodle soup", "Ohn No Khao Swe"),
    ("nan gyi thoke", "Nan Gyi Thoke"),
    ("nangyi dok", "Nan Gyi Thoke"),
    ("two shan noodles", "Shan Noodles", None, 2),
    ("shan noodle", "Shan Noodles"),
    ("garlic noodles", "Garlic Noodles"),
    ("noodle soup", ASK),  # mohinga or ohn no khao swe
    ("noodles", ASK),
    # curries
    ("chicken curry", "Chicken Curry"),
    ("pork with pickled mango", "Pork and Pickled Mango Curry"),
    ("the pickled mango pork", "Pork and Pickled Mango Curry"),
    ("beef curry", "Beef Curry"),
    ("curry", ASK),
    # appetizers
    ("platha", "Platha and Dip"),
    ("palata", "Platha and Dip"),
    ("the flatbread with curry dip", "Platha and Dip"),
    ("samusa", "Samusa"),
    ("three samosas", "Samusa", None, 3),
    ("samusa soup", "Samusa Soup"),
    ("samosa soup", "Samusa Soup"),
    ("gold fried tofu", "Gold Fried Tofu"),
    ("fried shan tofu", "Gold Fried Tofu"),
    ("fish cakes", "Fish Cakes"),
    # rice
    ("coconut rice", "Coconut Rice"),
    ("a side of jasmine rice", "Jasmine Rice"),
    ("burmese fried rice", "Burmese Fried Rice"),
    ("rice", ASK),
    # desserts and drinks
    ("shwe gyi mont", "Shwe Gyi Mont"),
    ("semolina cake", "Shwe Gyi Mont"),
    ("falooda", "Falooda"),
    ("burmese tea", "Burmese Milk Tea"),
    ("milk tea", "Burmese Milk Tea"),
    ("lime soda", "Lime Soda"),
    ("chicken", ASK),
    # not on the menu
    ("pad thai", UNKNOWN),
    ("tofu salad", UNKNOWN),
    ("mango salad", UNKNOWN),
    ("shrimp curry", UNKNOWN),
    ("lamb curry", UNKNOWN),
    ("beef noodle soup", UNKNOWN),
    ("tea leaf rice", UNKNOWN),
    ("chicken samusa", UNKNOWN),
]
