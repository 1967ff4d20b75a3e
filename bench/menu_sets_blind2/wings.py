"""A wings and fried-chicken shop menu (the pattern of US wing-shop take-out menus): bone-in and
boneless wings by the piece count with the flavour chosen separately, fried chicken plain or
spicy by the piece count, tenders, chicken sandwiches, sides by regular or large, dips sold
singly, a fountain drink whose flavours are listed under it. Callers give the count as a number
or in dozens and name a flavour the menu does not make into an item, so "twelve hot wings" still
leaves bone-in or boneless to ask."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Wings and fried chicken"

PIECES = {"2 pc": 6.99, "3 pc": 8.99, "8 pc": 19.99, "12 pc": 27.99}
SIDE = {"Regular": 3.49, "Large": 5.99}
CUP = {"Regular": 2.49, "Large": 2.99}

CATEGORIES: dict[str, list[Item]] = {
    "Wings": [
        ("Bone-In Wings", {"6 pc": 8.99, "12 pc": 16.99, "24 pc": 31.99, "50 pc": 62.99},
         ("classic chicken wings", "choice of flavor", "celery", "ranch or blue cheese")),
        ("Boneless Wings", {"6 pc": 7.99, "12 pc": 14.99, "24 pc": 27.99},
         ("breaded chicken breast", "choice of flavor", "ranch or blue cheese")),
    ],
    "Fried Chicken": [
        ("Fried Chicken", PIECES, ("bone-in chicken", "mixed white and dark", "biscuit")),
        ("Spicy Fried Chicken", PIECES, ("bone-in chicken", "cayenne breading", "biscuit")),
        ("Chicken Tenders", {"3 pc": 7.99, "5 pc": 11.49}, ("hand-breaded tenders", "choice of dip")),
        ("Family Meal", 34.99, ("12 pc fried chicken", "two large sides", "four biscuits")),
    ],
    "Sandwiches & Wraps": [
        ("Classic Chicken Sandwich", 7.49, ("fried chicken breast", "pickles", "mayo", "brioche bun")),
        ("Spicy Chicken Sandwich", 7.49,
         ("spicy fried chicken breast", "pickles", "spicy mayo", "brioche bun")),
        ("Grilled Chicken Sandwich", 7.99, ("grilled chicken breast", "lettuce", "tomato", "honey mustard")),
        ("Buffalo Chicken Wrap", 8.49,
         ("crispy chicken", "buffalo sauce", "lettuce", "tomato", "ranch", "flour tortilla")),
    ],
    "Sides": [
        ("Fries", SIDE),
        ("Cajun Fries", SIDE, ("fries", "cajun seasoning")),
        ("Mac & Cheese", SIDE),
        ("Mashed Potatoes & Gravy", SIDE),
        ("Coleslaw", SIDE),
        ("Onion Rings", SIDE),
        ("Fried Okra", SIDE),
        ("Biscuit", 1.29, ("honey butter",)),
        ("Celery & Carrots", 1.49),
    ],
    "Dips": [
        ("Ranch", 0.79),
        ("Blue Cheese", 0.79),
        ("Honey Mustard", 0.79),
        ("Extra Sauce", 0.99, ("any wing flavor",)),
    ],
    "Desserts": [
        ("Funnel Cake Fries", 4.49, ("powdered sugar",)),
        ("Chocolate Chip Cookie", 1.49),
    ],
    "Drinks": [
        ("Fountain Drink", CUP, ("coke", "diet coke", "sprite", "fanta orange", "dr pepper")),
        ("Sweet Tea", CUP),
        ("Lemonade", {"Regular": 2.79, "Large": 3.29}),
        ("Bottled Water", 1.99),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # wings
    ("wings", ASK),  # bone-in or boneless
    ("twelve bone in wings", "Bone-In Wings", "12 pc"),
    ("a dozen boneless", "Boneless Wings", "12 pc"),
    ("two dozen bone-in wings", "Bone-In Wings", "24 pc", 1),  # one order of 24
    ("fifty traditional wings", "Bone-In Wings", "50 pc"),
    ("six boneless wings", "Boneless Wings", "6 pc", 1),
    ("ten lemon pepper wings", ASK),  # bone-in or boneless (and no 10-piece)
    ("twelve piece hot wings", ASK),
    ("six piece classic wings garlic parm", "Bone-In Wings", "6 pc"),
    ("an order of boneless", "Boneless Wings"),
    # fried chicken and tenders
    ("eight piece fried chicken", "Fried Chicken", "8 pc"),
    ("an eight piece spicy", "Spicy Fried Chicken", "8 pc"),
    ("two piece spicy chicken", "Spicy Fried Chicken", "2 pc"),
    ("a two piece", ASK),  # plain or spicy
    ("a twelve piece bucket", ASK),  # fried chicken, spicy, or twelve wings
    ("three chicken tenders", "Chicken Tenders", "3 pc", 1),
    ("five piece tenders", "Chicken Tenders", "5 pc"),
    ("chicken strips", "Chicken Tenders"),
    ("two orders of chicken fingers", "Chicken Tenders", None, 2),
    ("the family meal", "Family Meal"),
    ("a family pack", "Family Meal"),
    # sandwiches
    ("a chicken sandwich", ASK),
    ("spicy chicken sandwich", "Spicy Chicken Sandwich"),
    ("two spicy chicken sandwiches", "Spicy Chicken Sandwich", None, 2),
    ("a grilled chicken sandwich", "Grilled Chicken Sandwich"),
    ("the original chicken sandwich", "Classic Chicken Sandwich"),
    ("a buffalo wrap", "Buffalo Chicken Wrap"),
    ("a wrap", "Buffalo Chicken Wrap"),
    # sides, dips, desserts
    ("fries", "Fries"),
    ("a large fry", "Fries", "large"),
    ("large cajun fries", "Cajun Fries", "large"),
    ("regular mac and cheese", "Mac & Cheese", "regular"),
    ("mashed potatoes", "Mashed Potatoes & Gravy"),
    ("cole slaw", "Coleslaw"),
    ("onion rings", "Onion Rings"),
    ("okra", "Fried Okra"),
    ("four biscuits", "Biscuit", None, 4),
    ("celery sticks", "Celery & Carrots"),
    ("extra ranch", "Ranch"),
    ("a side of blue cheese", "Blue Cheese"),
    ("two bleu cheese", "Blue Cheese", None, 2),
    ("honey mustard", "Honey Mustard"),
    ("a dipping sauce", ASK),
    ("a cookie", "Chocolate Chip Cookie"),
    ("funnel cake", "Funnel Cake Fries"),
    # drinks
    ("a large coke", "Fountain Drink", "large"),
    ("a regular sprite", "Fountain Drink", "regular"),
    ("a soda", "Fountain Drink"),
    ("large sweet tea", "Sweet Tea", "large"),
    ("lemonade", "Lemonade"),
    ("a water", "Bottled Water"),
    ("a drink", ASK),
    # not on the menu
    ("a milkshake", UNKNOWN),
    ("chicken nuggets", UNKNOWN),
    ("popcorn shrimp", UNKNOWN),
    ("a burger", UNKNOWN),
    ("sweet potato fries", UNKNOWN),
    ("corn on the cob", UNKNOWN),
]
