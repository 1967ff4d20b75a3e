"""A French bistro menu (the pattern of bistros' public menus): French names, accents and all,
entrées, plats, desserts; steak by cut, mussels two ways.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "French bistro (fifth round, tuned on)"

CATEGORIES: dict[str, list[Item]] = {
    "Entrées": [
        ("Soupe à l'Oignon", 11.0, ("onion", "beef broth", "gruyere", "crouton")),
        ("Escargots de Bourgogne", 14.0, ("snails", "garlic butter", "parsley")),
        ("Pâté de Campagne", 12.0, ("pork", "cornichons")),
        ("Salade Niçoise", 16.0, ("tuna", "egg", "olives", "green beans")),
        ("Salade Verte", 8.0, ("lettuce", "vinaigrette")),
    ],
    "Plats": [
        ("Steak Frites", 29.0, ("hanger steak", "fries")),
        ("Steak au Poivre", 34.0, ("strip steak", "peppercorn sauce")),
        ("Moules Marinières", 24.0, ("mussels", "white wine", "shallots")),
        ("Moules Frites", 26.0, ("mussels", "fries")),
        ("Coq au Vin", 27.0, ("chicken", "red wine", "mushrooms", "bacon")),
        ("Boeuf Bourguignon", 29.0, ("beef", "red wine", "carrots")),
        ("Confit de Canard", 28.0, ("duck leg", "potatoes")),
        ("Croque Monsieur", 15.0, ("ham", "gruyere", "bechamel")),
        ("Croque Madame", 17.0, ("ham", "gruyere", "bechamel", "fried egg")),
        ("Quiche Lorraine", 15.0, ("bacon", "gruyere", "egg")),
    ],
    "Accompagnements": [
        ("Frites", 6.0, ("potatoes",)),
        ("Haricots Verts", 7.0, ("green beans", "butter")),
        ("Gratin Dauphinois", 8.0, ("potatoes", "cream")),
    ],
    "Desserts": [
        ("Crème Brûlée", 10.0, ("cream", "vanilla", "sugar")),
        ("Mousse au Chocolat", 9.0, ("chocolate", "cream")),
        ("Tarte Tatin", 11.0, ("apples", "caramel", "pastry")),
        ("Profiteroles", 11.0, ("choux", "vanilla ice cream", "chocolate sauce")),
    ],
    "Boissons": [
        ("Café au Lait", 4.5, ("coffee", "milk")),
        ("Citron Pressé", 5.0, ("lemon",)),
        ("Vin Rouge", 12.0, ("red wine",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("french onion soup", "Soupe à l'Oignon"),
    ("onion soup", "Soupe à l'Oignon"),
    ("escargot", "Escargots de Bourgogne"),
    ("snails", "Escargots de Bourgogne"),
    ("country pate", "Pâté de Campagne"),
    ("pate", "Pâté de Campagne"),
    ("nicoise salad", "Salade Niçoise"),
    ("tuna salad", "Salade Niçoise"),
    ("green salad", "Salade Verte"),
    ("a salad", ASK),
    ("steak and fries", "Steak Frites"),
    ("steak frites", "Steak Frites"),
    ("pepper steak", "Steak au Poivre"),
    ("a steak", ASK),
    ("mussels in white wine", "Moules Marinières"),
    ("mussels and fries", "Moules Frites"),
    ("mussels", ASK),
    ("coq au vin", "Coq au Vin"),
    ("chicken in red wine", "Coq au Vin"),
    ("beef bourguignon", "Boeuf Bourguignon"),
    ("beef stew", "Boeuf Bourguignon"),
    ("duck confit", "Confit de Canard"),
    ("duck", "Confit de Canard"),
    ("croque monsieur", "Croque Monsieur"),
    ("ham and cheese sandwich", ASK),
    ("croque madame", "Croque Madame"),
    ("quiche", "Quiche Lorraine"),
    ("fries", "Frites"),
    ("a side of fries", "Frites"),
    ("french fries", "Frites"),
    ("green beans", "Haricots Verts"),
    ("potato gratin", "Gratin Dauphinois"),
    ("creme brulee", "Crème Brûlée"),
    ("chocolate mousse", "Mousse au Chocolat"),
    ("apple tart", "Tarte Tatin"),
    ("cream puffs", "Profiteroles"),
    ("coffee with milk", "Café au Lait"),
    ("fresh lemonade", "Citron Pressé"),
    ("a glass of red wine", "Vin Rouge"),
    ("a white wine", UNKNOWN),
    ("a croissant", UNKNOWN),
    ("crepes", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
