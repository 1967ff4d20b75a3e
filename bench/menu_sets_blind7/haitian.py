"""A Haitian restaurant (the pattern of Flatbush / Little Haiti / Mattapan take-out menus, in Kreyòl
with some French): plats Small or Large served with rice and bannann peze (griot, tasso, poul nan
sòs, legim), fish and conch, soup joumou, rice and sides, fritay and pâtés, juices and Cola
Couronne. Callers say the French (poulet en sauce, poisson gros sel, légume, accra), the English
(fried pork, goat stew, pumpkin soup) or the Kreyòl without its accents (griyo, poul nan sos).
"Goat", "chicken", "tasso", "fish", "rice", "a patty" or "a juice" alone is a question; tchaka,
kalalou, tassot dinde and bannann bouyi are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Haitian restaurant (Kreyòl menu)"


def _sl(small: float, large: float) -> dict[str, float]:
    return {"Small": small, "Large": large}


_WITH = ("diri kole or diri blan", "bannann peze", "pikliz")

CATEGORIES: dict[str, list[Item]] = {
    "Plats": [
        ("Griot", _sl(14.0, 18.0), ("fried marinated pork", *_WITH)),
        ("Tasso Kabrit", _sl(16.0, 20.0), ("fried goat", *_WITH)),
        ("Kabrit Nan Sòs", _sl(16.0, 20.0), ("stewed goat", "sòs kreyòl", *_WITH)),
        ("Poul Nan Sòs", _sl(13.0, 17.0), ("stewed chicken", "sòs kreyòl", *_WITH)),
        ("Poul Fri", _sl(13.0, 17.0), ("fried chicken", *_WITH)),
        ("Tasso Bèf", _sl(15.0, 19.0), ("fried beef", *_WITH)),
        ("Legim", _sl(14.0, 18.0), ("vegetable stew", "eggplant", "cabbage", "beef", "diri blan")),
        ("Pwason Gwo Sèl", 22.0, ("whole red snapper", "poached in lime and pepper sauce", "bannann peze")),
        ("Pwason Fri", 22.0, ("whole red snapper", "fried", "bannann peze", "pikliz")),
        ("Lambi Nan Sòs", 24.0, ("conch", "sòs kreyòl", "diri blan", "bannann peze")),
    ],
    "Soups": [
        ("Soup Joumou", 10.0, ("pumpkin", "beef", "pasta", "vegetables")),
        ("Bouyon", 10.0, ("beef", "malanga", "plantain", "dumplings", "vegetables")),
    ],
    "Rice & Sides": [
        ("Diri ak Djon Djon", 6.0, ("black mushroom rice",)),
        ("Diri Kole ak Pwa", 5.0, ("rice cooked with red beans",)),
        ("Diri Blan ak Sòs Pwa", 5.0, ("white rice", "bean sauce")),
        ("Bannann Peze", 5.0, ("twice-fried green plantains",)),
        ("Pikliz", 3.0, ("spicy pickled cabbage", "carrot", "scotch bonnet")),
        ("Macaroni au Gratin", 6.0, ("baked macaroni", "cheese")),
        ("Mayi Moulen", 5.0, ("cornmeal", "bean sauce")),
    ],
    "Fritay & Pâtés": [
        ("Akra", 6.0, ("malanga fritters",)),
        ("Marinad", 5.0, ("seasoned flour fritters",)),
        ("Pate Kode", 3.5, ("fried dough patty", "seasoned ground beef")),
        ("Pate Poul", 3.0, ("baked puff pastry", "chicken")),
        ("Pate Aran", 3.0, ("baked puff pastry", "smoked herring")),
        ("Pate Bèf", 3.0, ("baked puff pastry", "ground beef")),
    ],
    "Drinks & Dessert": [
        ("Ji Grenadya", 4.0, ("passion fruit juice",)),
        ("Ji Kowosòl", 4.0, ("soursop juice",)),
        ("Cola Couronne", 2.5, ("haitian fruit soda",)),
        ("Pen Patat", 4.5, ("sweet potato pudding", "coconut", "raisins")),
    ],
}

SPECIALS: tuple[str, ...] = ("Soup Joumou",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # plats
    ("griot", "Griot"),
    ("large griyo", "Griot", "large"),
    ("two small griot", "Griot", "small", 2),
    ("fried pork", "Griot"),
    ("tasso kabrit large", "Tasso Kabrit", "large"),
    ("fried goat", "Tasso Kabrit"),
    ("cabrit en sauce", "Kabrit Nan Sòs"),
    ("goat stew small", "Kabrit Nan Sòs", "small"),
    ("goat", ASK),
    ("poul nan sos", "Poul Nan Sòs"),
    ("poulet en sauce large", "Poul Nan Sòs", "large"),
    ("stewed chicken", "Poul Nan Sòs"),
    ("fried chicken small", "Poul Fri", "small"),
    ("poul fri", "Poul Fri"),
    ("chicken", ASK),
    ("tasso beef", "Tasso Bèf"),
    ("tasso", ASK),
    ("legume", "Legim"),
    ("vegetable stew large", "Legim", "large"),
    ("poisson gros sel", "Pwason Gwo Sèl"),
    ("fried fish", "Pwason Fri"),
    ("fish", ASK),
    ("lambi", "Lambi Nan Sòs"),
    ("conch", "Lambi Nan Sòs"),
    # soups
    ("soupe joumou", "Soup Joumou"),
    ("pumpkin soup", "Soup Joumou"),
    ("bouillon", "Bouyon"),
    # rice & sides
    ("diri djon djon", "Diri ak Djon Djon"),
    ("black mushroom rice", "Diri ak Djon Djon"),
    ("diri kole", "Diri Kole ak Pwa"),
    ("white rice with bean sauce", "Diri Blan ak Sòs Pwa"),
    ("rice", ASK),
    ("banann peze", "Bannann Peze"),
    ("fried plantains", "Bannann Peze"),
    ("two pikliz", "Pikliz", None, 2),
    ("makawoni", "Macaroni au Gratin"),
    ("macaroni gratin", "Macaroni au Gratin"),
    ("mayi moulen", "Mayi Moulen"),
    # fritay & pâtés
    ("accra", "Akra"),
    ("marinade", "Marinad"),
    ("pâté kodé", "Pate Kode"),
    ("three chicken patties", "Pate Poul", None, 3),
    ("herring patty", "Pate Aran"),
    ("pate bef", "Pate Bèf"),
    ("a patty", ASK),
    # drinks & dessert
    ("passion fruit juice", "Ji Grenadya"),
    ("jus corossol", "Ji Kowosòl"),
    ("two cola couronne", "Cola Couronne", None, 2),
    ("a juice", ASK),
    ("sweet potato pudding", "Pen Patat"),
    # not on the menu
    ("tchaka", UNKNOWN),
    ("poul boukannen", UNKNOWN),
    ("kalalou", UNKNOWN),
    ("dous makos", UNKNOWN),
    ("tassot dinde", UNKNOWN),
    ("akasan", UNKNOWN),
    ("bannann bouyi", UNKNOWN),
]
