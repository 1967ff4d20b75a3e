"""A Barbadian (Bajan) take-out (the pattern of Bajan take-out and lunch-counter menus in Brooklyn's
Flatbush, Toronto, Bridgetown and Oistins): flying fish cutter and other cutters on salt bread,
macaroni pie, cou-cou and flying fish, pudding and souse on Saturdays, fish cakes by count (6, 12
or 24), pepperpot, roti (chicken, beef, goat, shrimp, vegetable), fried, baked and stew chicken,
stew beef and curry goat in a Small or Large box, rice and peas, sweet potato and cassava pone,
conkies, coconut bread, Banks and Deputy beer, mauby, sorrel, rum punch. Callers say "a cutter",
"coo coo", "pepper pot", "maccaroni pie", "a dozen fish cakes", "dolphin fish" and mishear cou-cou
("coo coo", "cuckoo"), souse ("sauce", "sows"), mauby ("mobey"), pone ("pony"), conkies
("conkey"). "A roti", "a cutter", "a beer", "a box of stew", "chicken large box", "a fish plate"
and "a pone" alone are questions; jerk chicken, oxtail, ackee and saltfish, doubles, bul jol, jug
jug and a flying fish roti are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Bajan Take-Out"

_BOX = {"Small": 12.0, "Large": 16.0}
_FISH_CAKES = {"6 pieces": 6.0, "12 pieces": 11.0, "24 pieces": 20.0}

CATEGORIES: dict[str, list[Item]] = {
    "Cutters (Salt Bread Sandwiches)": [
        ("Flying Fish Cutter", 9.0, ("fried flying fish", "salt bread", "lettuce", "pepper sauce")),
        ("Ham Cutter", 7.0, ("ham", "salt bread", "cheese")),
        ("Egg Cutter", 6.0, ("fried egg", "salt bread")),
        ("Cheese Cutter", 5.5, ("cheddar", "salt bread")),
        ("Fish Cake Cutter", 7.5, ("fish cakes", "salt bread", "pepper sauce")),
    ],
    "Bajan Dishes": [
        ("Cou-Cou and Flying Fish", 18.0, ("cornmeal and okra cou-cou", "steamed flying fish",
                                           "creole sauce")),
        ("Pudding and Souse", 16.0, ("pickled pork souse", "steamed sweet potato pudding",
                                     "cucumber", "lime")),
        ("Bajan Pepperpot", 17.0, ("beef", "pork", "cassareep", "hot pepper", "bread")),
        ("Fried Flying Fish Plate", 16.0, ("two fried flying fish", "rice and peas", "salad")),
        ("Fried Chicken", _BOX, ("bajan-seasoned fried chicken", "rice and peas", "macaroni pie")),
        ("Baked Chicken", _BOX, ("baked chicken", "rice and peas", "salad")),
        ("Stew Chicken", _BOX, ("stewed chicken", "rice and peas")),
        ("Stew Beef", _BOX, ("stewed beef", "rice and peas")),
        ("Curry Goat", _BOX, ("curried goat", "white rice")),
        ("Grilled Snapper", 22.0, ("whole red snapper", "creole sauce", "rice and peas")),
        ("Dolphin (Mahi-Mahi) Plate", 19.0, ("grilled mahi-mahi", "rice and peas", "salad")),
    ],
    "Roti": [
        ("Chicken Roti", 13.0, ("curried chicken", "potato", "dhal puri skin")),
        ("Beef Roti", 13.0, ("curried beef", "potato", "dhal puri skin")),
        ("Goat Roti", 15.0, ("curried goat", "potato", "dhal puri skin")),
        ("Shrimp Roti", 16.0, ("curried shrimp", "potato", "dhal puri skin")),
        ("Vegetable Roti", 11.0, ("curried potato", "chickpeas", "pumpkin", "dhal puri skin")),
    ],
    "Sides": [
        ("Bajan Fish Cakes", _FISH_CAKES, ("salt cod", "flour", "herbs", "pepper sauce")),
        ("Macaroni Pie", 5.0, ("baked macaroni", "cheddar", "evaporated milk", "mustard")),
        ("Rice and Peas", 4.0, ("rice", "pigeon peas")),
        ("Breadfruit Chips", 5.0),
        ("Fried Plantain", 4.5),
        ("Coleslaw", 3.5),
        ("Salt Bread", 1.5),
    ],
    "Sweets": [
        ("Sweet Potato Pone", 4.5, ("grated sweet potato", "coconut", "spice")),
        ("Cassava Pone", 4.5, ("grated cassava", "coconut", "spice")),
        ("Conkies", 4.0, ("cornmeal", "pumpkin", "coconut", "banana leaf")),
        ("Coconut Bread", 5.0, ("sweet bread", "coconut", "cherries")),
        ("Coconut Turnover", 3.5, ("pastry", "sweet coconut filling")),
        ("Bajan Black Cake", 6.0, ("rum-soaked fruit cake",)),
    ],
    "Drinks": [
        ("Mauby", 3.5),
        ("Sorrel", 4.0),
        ("Ginger Beer", 3.5),
        ("Ting", 3.0),
        ("Banks Beer", 5.0),
        ("Deputy Beer", 5.0),
        ("Mount Gay Rum Punch", 8.0),
        ("Coconut Water", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Pudding and Souse",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # cutters
    ("a flying fish cutter", "Flying Fish Cutter"),
    ("two flying fish cutters", "Flying Fish Cutter", None, 2),
    ("ham cutter", "Ham Cutter"),
    ("cheese cutter", "Cheese Cutter"),
    ("fish cake cutter", "Fish Cake Cutter"),
    ("a cutter", ASK),
    # dishes
    ("cou cou and flying fish", "Cou-Cou and Flying Fish"),
    ("coo coo and flying fish", "Cou-Cou and Flying Fish"),
    ("cuckoo and flying fish", "Cou-Cou and Flying Fish"),
    ("pudding and souse", "Pudding and Souse"),
    ("puddin and sauce", "Pudding and Souse"),
    ("pudding and sows", "Pudding and Souse"),
    ("pepper pot", "Bajan Pepperpot"),
    ("fried flying fish plate", "Fried Flying Fish Plate"),
    ("a large fried chicken", "Fried Chicken", "large"),
    ("small baked chicken", "Baked Chicken", "small"),
    ("stew chicken large", "Stew Chicken", "large"),
    ("two small stew beef", "Stew Beef", "small", 2),
    ("curry goat large", "Curry Goat", "large"),
    ("curried goat small box", "Curry Goat", "small"),
    ("grilled snapper", "Grilled Snapper"),
    ("dolphin fish", "Dolphin (Mahi-Mahi) Plate"),
    ("mahi mahi", "Dolphin (Mahi-Mahi) Plate"),
    ("a fish plate", ASK),
    ("a box of stew", ASK),
    ("chicken large box", ASK),
    # roti
    ("chicken roti", "Chicken Roti"),
    ("two beef roti", "Beef Roti", None, 2),
    ("goat roti", "Goat Roti"),
    ("shrimp roti", "Shrimp Roti"),
    ("veggie roti", "Vegetable Roti"),
    ("a roti", ASK),
    # sides
    ("six fish cakes", "Bajan Fish Cakes", "6 pieces"),
    ("a dozen fish cakes", "Bajan Fish Cakes", "12 pieces"),
    ("24 fishcakes", "Bajan Fish Cakes", "24 pieces"),
    ("macaroni pie", "Macaroni Pie"),
    ("maccaroni pie", "Macaroni Pie"),
    ("rice and peas", "Rice and Peas"),
    # sweets
    ("sweet potato pone", "Sweet Potato Pone"),
    ("cassava pony", "Cassava Pone"),
    ("a pone", ASK),
    ("conkey", "Conkies"),
    ("coconut bread", "Coconut Bread"),
    ("turnover", "Coconut Turnover"),
    ("black cake", "Bajan Black Cake"),
    # drinks
    ("mauby", "Mauby"),
    ("a mobey", "Mauby"),
    ("sorrel", "Sorrel"),
    ("two banks", "Banks Beer", None, 2),
    ("deputy", "Deputy Beer"),
    ("rum punch", "Mount Gay Rum Punch"),
    ("a beer", ASK),
    # not on the menu
    ("jerk chicken", UNKNOWN),
    ("oxtail", UNKNOWN),
    ("ackee and saltfish", UNKNOWN),
    ("doubles", UNKNOWN),
    ("bul jol", UNKNOWN),
    ("jug jug", UNKNOWN),
    ("flying fish roti", UNKNOWN),
]
