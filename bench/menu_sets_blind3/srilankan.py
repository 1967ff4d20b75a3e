"""A Sri Lankan take-out (the pattern of US and UK Sri Lankan restaurants' menus): kottu roti,
hoppers and string hoppers, rice and curry, lamprais, devilled dishes, "short eats", sambols.
Sinhala and Tamil names vary in spelling (kottu/koththu/kothu, appa/appam/hopper,
idiyappam/indiappa, lamprais/lump rice, watalappan/wattalapam); "kottu", "hoppers", "vadai"
and "sambol" each name two or more items."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Sri Lankan take-out"

CATEGORIES: dict[str, list[Item]] = {
    "Kottu": [
        ("Chicken Kottu Roti", 14.0, ("chopped godamba roti", "chicken curry", "egg", "leeks")),
        ("Beef Kottu Roti", 15.0, ("chopped godamba roti", "beef curry", "egg", "leeks")),
        ("Egg Kottu Roti", 12.0, ("chopped godamba roti", "egg", "vegetables")),
        ("Vegetable Kottu Roti", 12.0, ("chopped godamba roti", "vegetables", "dhal")),
    ],
    "Hoppers": [
        ("Plain Hopper", 3.0, ("rice flour", "coconut milk")),
        ("Egg Hopper", 4.0, ("rice flour", "coconut milk", "egg")),
        ("String Hoppers", 10.0, ("steamed rice noodles", "kiri hodi", "pol sambol")),
    ],
    "Rice & Curry": [
        ("Chicken Curry and Rice", 14.0, ("chicken curry", "dhal", "two vegetable curries", "rice")),
        ("Black Pork Curry", 16.0, ("roasted curry powder pork", "rice")),
        ("Fish Ambul Thiyal", 16.0, ("sour tuna curry", "goraka", "rice")),
        ("Dhal Curry", 9.0, ("red lentils", "coconut milk")),
        ("Lamprais", 18.0, ("rice baked in banana leaf", "chicken curry", "frikkadel", "blachan")),
        ("Chicken Biriyani", 15.0, ("yellow rice", "chicken", "egg", "raita")),
        ("Kiribath", 8.0, ("milk rice", "lunu miris")),
    ],
    "Devilled": [
        ("Devilled Chicken", 15.0, ("chicken", "onion", "peppers", "chili sauce")),
        ("Devilled Prawns", 18.0, ("prawns", "onion", "peppers", "chili sauce")),
    ],
    "Short Eats": [
        ("Fish Cutlets", 2.0, ("fish", "potato", "breadcrumbs")),
        ("Vegetable Roti", 2.5, ("triangle roti", "potato", "vegetable curry")),
        ("Chicken Rolls", 2.5, ("crepe roll", "chicken", "breadcrumbs")),
        ("Isso Vadai", 3.0, ("lentil fritter", "prawns")),
        ("Parippu Vadai", 2.0, ("split lentil fritter", "onion", "curry leaves")),
    ],
    "Sides": [
        ("Pol Sambol", 3.0, ("coconut", "chili", "lime")),
        ("Seeni Sambol", 3.5, ("caramelised onion relish",)),
        ("Coconut Roti", 3.0, ("pol roti",)),
        ("Papadam", 2.0),
    ],
    "Desserts & Drinks": [
        ("Watalappan", 5.0, ("coconut custard", "jaggery", "cardamom")),
        ("Faluda", 6.0, ("rose syrup", "milk", "basil seeds", "ice cream")),
        ("Ceylon Tea", 2.5, ("black tea", "milk")),
        ("Ginger Beer", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # kottu
    ("chicken kottu", "Chicken Kottu Roti"),
    ("chicken koththu", "Chicken Kottu Roti"),
    ("kotu roti with beef", "Beef Kottu Roti"),
    ("two veggie kottu", "Vegetable Kottu Roti", None, 2),
    ("egg kothu", "Egg Kottu Roti"),
    ("kottu", ASK),
    ("a kottu roti", ASK),
    # hoppers
    ("an egg hopper", "Egg Hopper"),
    ("three egg hoppers", "Egg Hopper", None, 3),
    ("plain appa", "Plain Hopper"),
    ("hoppers", ASK),  # plain, egg, string
    ("string hoppers", "String Hoppers"),
    ("idiyappam", "String Hoppers"),
    ("indi appa", "String Hoppers"),
    # rice and curry
    ("chicken curry with rice", "Chicken Curry and Rice"),
    ("rice and curry chicken", "Chicken Curry and Rice"),
    ("black pork curry", "Black Pork Curry"),
    ("the pork curry", "Black Pork Curry"),
    ("ambul thiyal", "Fish Ambul Thiyal"),
    ("sour fish curry", "Fish Ambul Thiyal"),
    ("dhal curry", "Dhal Curry"),
    ("lentil curry", "Dhal Curry"),
    ("parippu", ASK),  # dhal curry or parippu vadai
    ("lump rice", "Lamprais"),
    ("lamprice", "Lamprais"),
    ("two lamprais", "Lamprais", None, 2),
    ("chicken biryani", "Chicken Biriyani"),
    ("milk rice", "Kiribath"),
    ("kiri bath", "Kiribath"),
    ("curry", ASK),
    # devilled
    ("devilled chicken", "Devilled Chicken"),
    ("deviled prawns", "Devilled Prawns"),
    ("devil shrimp", "Devilled Prawns"),
    ("something devilled", ASK),
    ("chicken", ASK),
    # short eats
    ("fish cutlets", "Fish Cutlets"),
    ("four fish cutlets", "Fish Cutlets", None, 4),
    ("a vegetable roti triangle", "Vegetable Roti"),
    ("chinese rolls", "Chicken Rolls"),
    ("isso vadai", "Isso Vadai"),
    ("prawn vadai", "Isso Vadai"),
    ("parippu vada", "Parippu Vadai"),
    ("vadai", ASK),
    # sides
    ("pol sambol", "Pol Sambol"),
    ("coconut sambal", "Pol Sambol"),
    ("seeni sambol", "Seeni Sambol"),
    ("sambol", ASK),
    ("pol roti", "Coconut Roti"),
    ("two coconut rotis", "Coconut Roti", None, 2),
    ("papadum", "Papadam"),
    # desserts and drinks
    ("wattalapam", "Watalappan"),
    ("falooda", "Faluda"),
    # not on the menu
    ("mutton kottu", UNKNOWN),
    ("cheese kottu", UNKNOWN),
    ("masala dosa", UNKNOWN),
    ("prawn curry", UNKNOWN),
    ("butter chicken", UNKNOWN),
    ("milk hopper", UNKNOWN),
    ("ulundu vadai", UNKNOWN),
    ("a mango lassi", UNKNOWN),
]
