"""A British fish and chip shop (the pattern of UK chippies' take-out menus and their US
imitators): fish suppers with chips in regular or large, the same fish without chips, pies,
battered sausage, chips in small or large, the chippy sides (mushy peas, curry sauce, gravy,
pickled onion). "Fish and chips" names three fish; "haddock" alone is with or without chips."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Fish and chip shop"

CATEGORIES: dict[str, list[Item]] = {
    "Fish Suppers": [
        ("Cod and Chips", {"Regular": 11.0, "Large": 14.0}, ("battered cod", "chips")),
        ("Haddock and Chips", {"Regular": 12.0, "Large": 15.0}, ("battered haddock", "chips")),
        ("Plaice and Chips", 13.0, ("battered plaice", "chips")),
        ("Scampi and Chips", 12.0, ("breaded scampi", "chips", "tartare sauce")),
    ],
    "Fish Only": [
        ("Cod Fillet", 8.0, ("battered cod",)),
        ("Haddock Fillet", 9.0, ("battered haddock",)),
    ],
    "Pies & Others": [
        ("Steak and Kidney Pie", 6.5),
        ("Chicken and Mushroom Pie", 6.5),
        ("Pie and Mash", 9.0, ("steak pie", "mashed potato", "liquor gravy")),
        ("Battered Sausage", 4.0),
        ("Chicken Tenders and Chips", 10.0, ("chicken tenders", "chips")),
        ("Kids Fish Bites", 7.0, ("cod bites", "chips")),
    ],
    "Sides": [
        ("Chips", {"Small": 3.5, "Large": 5.0}),
        ("Mushy Peas", 2.5),
        ("Curry Sauce", 2.0),
        ("Gravy", 2.0),
        ("Onion Rings", 4.0),
        ("Pickled Onion", 1.0),
        ("Coleslaw", 2.5),
    ],
    "Desserts": [
        ("Battered Mars Bar", 4.0),
        ("Sticky Toffee Pudding", 6.0, ("toffee sauce", "custard")),
    ],
    "Drinks": [
        ("Irn Bru", 2.0),
        ("Can of Coke", 2.0),
        ("Tea", 1.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # fish suppers
    ("large cod and chips", "Cod and Chips", "large"),
    ("cod n chips", "Cod and Chips"),
    ("two regular cod and chips", "Cod and Chips", "regular", 2),
    ("a cod supper large", "Cod and Chips", "large"),
    ("haddock and chips large", "Haddock and Chips", "large"),
    ("a haddock supper", "Haddock and Chips"),
    ("three haddock and chips", "Haddock and Chips", None, 3),
    ("plaice and chips", "Plaice and Chips"),
    ("place and chips", "Plaice and Chips"),
    ("a plaice", "Plaice and Chips"),
    ("scampi and chips", "Scampi and Chips"),
    ("scampi", "Scampi and Chips"),
    ("fish and chips", ASK),
    ("two fish suppers", ASK),
    ("haddock", ASK),  # with or without chips
    ("cod", ASK),
    ("fish", ASK),
    # fish only
    ("just a cod fillet no chips", "Cod Fillet"),
    ("haddock on its own", "Haddock Fillet"),
    ("a haddock fillet", "Haddock Fillet"),
    # pies and others
    ("steak and kidney pie", "Steak and Kidney Pie"),
    ("chicken and mushroom pie", "Chicken and Mushroom Pie"),
    ("chicken mushroom pie", "Chicken and Mushroom Pie"),
    ("a pie", ASK),
    ("pie and mash", "Pie and Mash"),
    ("pie n mash", "Pie and Mash"),
    ("battered sausage", "Battered Sausage"),
    ("a sausage in batter", "Battered Sausage"),
    ("chicken tenders", "Chicken Tenders and Chips"),
    ("chicken", ASK),  # tenders or the chicken and mushroom pie
    ("kids fish bites", "Kids Fish Bites"),
    ("fish bites", "Kids Fish Bites"),
    # sides
    ("a large chips", "Chips", "large"),
    ("small chips", "Chips", "small"),
    ("two portions of chips", "Chips", None, 2),
    ("fries", "Chips"),
    ("mushy peas", "Mushy Peas"),
    ("curry sauce", "Curry Sauce"),
    ("gravy", "Gravy"),
    ("onion rings", "Onion Rings"),
    ("a pickled onion", "Pickled Onion"),
    ("onion", ASK),
    ("coleslaw", "Coleslaw"),
    # desserts and drinks
    ("deep fried mars bar", "Battered Mars Bar"),
    ("sticky toffee pudding", "Sticky Toffee Pudding"),
    ("iron brew", "Irn Bru"),
    ("irn bru", "Irn Bru"),
    ("a coke", "Can of Coke"),
    ("a cup of tea", "Tea"),
    # not on the menu
    ("salmon and chips", UNKNOWN),
    ("a fish burger", UNKNOWN),
    ("a sausage roll", UNKNOWN),
    ("cheesy chips", UNKNOWN),
    ("shrimp basket", UNKNOWN),
    ("halibut", UNKNOWN),
    ("a doner kebab", UNKNOWN),
    ("cottage pie", UNKNOWN),
]
