"""A Philly cheesesteak shop (the pattern of South Philly / Northeast Philly steak-and-hoagie
shops): cheesesteaks 8 Inch or 12 Inch, specialty sandwiches (roast pork Italian, parms), hoagies
Half or Whole, fries Regular or Large, water ice and Tastykakes. Callers order in shop talk
("whiz wit", "provolone witout", "wooder ice"), say "small" and "large" for 8 and 12 inch and
"sub" for hoagie. "A twelve inch", "a hoagie", "an Italian", "a parm sandwich" or "the chicken
one" alone is a question; crab fries, short rib steaks, roast beef hoagies and soft pretzels are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Philly cheesesteak shop"


def _steak(small: float, large: float) -> dict[str, float]:
    return {"8 Inch": small, "12 Inch": large}


def _hoagie(half: float, whole: float) -> dict[str, float]:
    return {"Half": half, "Whole": whole}


CATEGORIES: dict[str, list[Item]] = {
    "Cheesesteaks": [
        ("Cheesesteak", _steak(9.99, 13.99), ("chopped ribeye", "american, provolone or whiz", "onions")),
        ("Pizza Steak", _steak(10.49, 14.49), ("chopped ribeye", "marinara", "provolone")),
        ("Mushroom Cheesesteak", _steak(10.49, 14.49), ("chopped ribeye", "mushrooms", "cheese")),
        ("Cheesesteak Special", _steak(10.99, 14.99), ("ribeye", "peppers", "mushrooms", "onions", "cheese")),
        ("Cheesesteak Hoagie", _steak(10.49, 14.49), ("ribeye", "cheese", "lettuce", "tomato", "mayo")),
        ("Chicken Cheesesteak", _steak(9.99, 13.99), ("chopped chicken", "cheese", "fried onions optional")),
        ("Buffalo Chicken Cheesesteak", _steak(10.49, 14.49), ("chicken", "buffalo sauce", "blue cheese")),
    ],
    "Specialty Sandwiches": [
        ("Roast Pork Italian", 12.99, ("roast pork", "broccoli rabe", "sharp provolone", "seeded roll")),
        ("Meatball Parm", 10.99, ("meatballs", "marinara", "mozzarella")),
        ("Chicken Parm", 11.49, ("breaded chicken cutlet", "marinara", "mozzarella")),
        ("Sausage & Peppers", 10.49, ("italian sausage", "peppers", "onions", "marinara")),
    ],
    "Hoagies": [
        ("Italian Hoagie", _hoagie(7.99, 12.99), ("salami", "capicola", "provolone", "lettuce", "oil")),
        ("Turkey Hoagie", _hoagie(7.49, 11.99), ("turkey", "american", "lettuce", "tomato")),
        ("Ham & Cheese Hoagie", _hoagie(7.49, 11.99), ("ham", "american", "lettuce", "tomato")),
        ("Tuna Hoagie", _hoagie(7.49, 11.99), ("tuna salad", "lettuce", "tomato")),
        ("Veggie Hoagie", _hoagie(6.99, 10.99), ("provolone", "lettuce", "tomato", "peppers", "onion")),
    ],
    "Fries & Sides": [
        ("French Fries", {"Regular": 3.99, "Large": 5.99}, ("crinkle-cut fries",)),
        ("Cheese Fries", {"Regular": 4.99, "Large": 6.99}, ("crinkle-cut fries", "cheese whiz")),
        ("Onion Rings", 5.49, ("battered onion rings",)),
        ("Mozzarella Sticks", 6.99, ("6 sticks", "marinara")),
        ("Chicken Fingers", 8.99, ("4 chicken tenders", "honey mustard")),
    ],
    "Drinks & Sweets": [
        ("Soda", 2.49, ("20 oz bottle", "coke", "diet coke", "sprite")),
        ("Birch Beer", 2.49, ("20 oz bottle",)),
        ("Water", 1.99, ("bottled water",)),
        ("Water Ice", {"Regular": 3.49, "Large": 4.99}, ("cherry", "lemon", "mango")),
        ("Tastykake", 1.99, ("butterscotch krimpets", "peanut butter kandy kakes")),
    ],
}

SPECIALS: tuple[str, ...] = ("Roast Pork Italian",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # cheesesteaks
    ("a cheesesteak", "Cheesesteak"),
    ("whiz wit", "Cheesesteak"),
    ("provolone witout", "Cheesesteak"),
    ("two cheese steaks twelve inch", "Cheesesteak", "12 inch", 2),
    ("small cheesesteak", "Cheesesteak", "8 inch"),
    ("large cheesesteak", "Cheesesteak", "12 inch"),
    ("an 8 inch pizza steak", "Pizza Steak", "8 inch"),
    ("pizza steak", "Pizza Steak"),
    ("mushroom cheese steak", "Mushroom Cheesesteak"),
    ("cheesesteak special large", "Cheesesteak Special", "12 inch"),
    ("steak with peppers mushrooms and onions", "Cheesesteak Special"),
    ("a steak hoagie", "Cheesesteak Hoagie"),
    ("cheesesteak hoagie small", "Cheesesteak Hoagie", "8 inch"),
    ("chicken cheesesteak", "Chicken Cheesesteak"),
    ("chicken steak wit", "Chicken Cheesesteak"),
    ("buffalo chicken steak", "Buffalo Chicken Cheesesteak"),
    ("a twelve inch", ASK),
    # specialty sandwiches
    ("roast pork with broccoli rabe", "Roast Pork Italian"),
    ("a roast pork", "Roast Pork Italian"),
    ("meatball sandwich", "Meatball Parm"),
    ("chicken parmesan sandwich", "Chicken Parm"),
    ("a parm sandwich", ASK),
    ("sausage and peppers", "Sausage & Peppers"),
    ("the chicken one", ASK),
    ("an italian", ASK),
    # hoagies
    ("whole italian hoagie", "Italian Hoagie", "whole"),
    ("half an italian hoagie", "Italian Hoagie", "half"),
    ("italian sub", "Italian Hoagie"),
    ("two whole turkey hoagies", "Turkey Hoagie", "whole", 2),
    ("ham and cheese hoagie half", "Ham & Cheese Hoagie", "half"),
    ("tuna sub", "Tuna Hoagie"),
    ("veggie hoagie", "Veggie Hoagie"),
    ("a hoagie", ASK),
    ("a half", ASK),
    # fries & sides
    ("large fries", "French Fries", "large"),
    ("fries", "French Fries"),
    ("whiz fries", "Cheese Fries"),
    ("cheese fries regular", "Cheese Fries", "regular"),
    ("onion rings", "Onion Rings"),
    ("mozz sticks", "Mozzarella Sticks"),
    ("chicken tenders", "Chicken Fingers"),
    # drinks & sweets
    ("a birch beer", "Birch Beer"),
    ("two sodas", "Soda", None, 2),
    ("water ice large", "Water Ice", "large"),
    ("wooder ice", "Water Ice"),
    ("italian ice", "Water Ice"),
    ("tasty cake", "Tastykake"),
    ("a bottle of water", "Water"),
    # not on the menu
    ("cheesesteak egg rolls", UNKNOWN),
    ("a hot dog", UNKNOWN),
    ("crab fries", UNKNOWN),
    ("short rib cheesesteak", UNKNOWN),
    ("veggie cheesesteak", UNKNOWN),
    ("roast beef hoagie", UNKNOWN),
    ("soft pretzel", UNKNOWN),
]
