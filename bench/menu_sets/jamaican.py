"""A Jamaican restaurant menu (the pattern of Caribbean take-outs' public menus): jerk, curry and
stews by meat, sized small and large, patties, sides and the drinks.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Jamaican restaurant (fifth round, tuned on)"

PLATE = {"Small": 12.0, "Large": 16.0}

CATEGORIES: dict[str, list[Item]] = {
    "Plates": [
        ("Jerk Chicken", PLATE, ("chicken", "jerk spice", "rice and peas")),
        ("Jerk Pork", PLATE, ("pork", "jerk spice", "rice and peas")),
        ("Curry Goat", {"Small": 14.0, "Large": 19.0}, ("goat", "curry", "white rice")),
        ("Curry Chicken", PLATE, ("chicken", "curry", "white rice")),
        ("Oxtail", {"Small": 17.0, "Large": 23.0}, ("oxtail", "butter beans", "rice and peas")),
        ("Brown Stew Chicken", PLATE, ("chicken", "gravy", "rice and peas")),
        ("Escovitch Fish", 18.0, ("snapper", "pickled onions", "carrots")),
        ("Ackee and Saltfish", 16.0, ("ackee", "salt cod", "onion")),
    ],
    "Patties": [
        ("Beef Patty", 3.5, ("beef", "pastry")),
        ("Chicken Patty", 3.5, ("chicken", "pastry")),
        ("Veggie Patty", 3.5, ("vegetables", "pastry")),
        ("Coco Bread", 2.0, ("coconut milk", "flour")),
    ],
    "Sides": [
        ("Rice and Peas", 4.0, ("rice", "kidney beans", "coconut milk")),
        ("Fried Plantains", 4.0, ("plantains",)),
        ("Festival", 3.0, ("cornmeal", "flour", "sugar")),
        ("Steamed Cabbage", 4.0, ("cabbage", "carrots")),
        ("Mac and Cheese", 5.0, ("macaroni", "cheddar")),
    ],
    "Drinks": [
        ("Sorrel", 4.0, ("hibiscus", "ginger")),
        ("Ginger Beer", 3.5, ("ginger",)),
        ("Carrot Juice", 4.5, ("carrot", "nutmeg")),
        ("Ting", 3.0, ("grapefruit",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("a large jerk chicken", "Jerk Chicken", "large"),
    ("small jerk pork", "Jerk Pork", "small"),
    ("jerk", ASK),
    ("curried goat", "Curry Goat"),
    ("goat curry", "Curry Goat"),
    ("chicken curry", "Curry Chicken"),
    ("curry", ASK),
    ("oxtails", "Oxtail"),
    ("a large oxtail", "Oxtail", "large"),
    ("stew chicken", "Brown Stew Chicken"),
    ("brown stew", "Brown Stew Chicken"),
    ("chicken", ASK),
    ("escoveitch fish", "Escovitch Fish"),
    ("fried fish", "Escovitch Fish"),
    ("ackee", "Ackee and Saltfish"),
    ("saltfish", "Ackee and Saltfish"),
    ("a beef patty", "Beef Patty"),
    ("two beef patties", "Beef Patty", None, 2),
    ("a vegetable patty", "Veggie Patty"),
    ("a patty", ASK),
    ("coco bread", "Coco Bread"),
    ("coconut bread", "Coco Bread"),
    ("rice and beans", "Rice and Peas"),
    ("plantains", "Fried Plantains"),
    ("sweet plantains", "Fried Plantains"),
    ("festival", "Festival"),
    ("fried dumplings", "Festival"),
    ("cabbage", "Steamed Cabbage"),
    ("mac n cheese", "Mac and Cheese"),
    ("macaroni and cheese", "Mac and Cheese"),
    ("sorrel drink", "Sorrel"),
    ("hibiscus drink", "Sorrel"),
    ("a ginger beer", "Ginger Beer"),
    ("carrot juice", "Carrot Juice"),
    ("grapefruit soda", "Ting"),
    ("a juice", "Carrot Juice"),
    ("curry shrimp", UNKNOWN),
    ("a red stripe", UNKNOWN),
    ("jerk salmon", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
