"""An Italian trattoria menu (the pattern of trattorias' public menus): Italian names for pasta,
secondi and dolci, with English on a few; pasta by shape and sauce.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Italian trattoria (fifth round, tuned on)"

CATEGORIES: dict[str, list[Item]] = {
    "Antipasti": [
        ("Bruschetta al Pomodoro", 9.0, ("bread", "tomato", "basil", "garlic")),
        ("Arancini", 11.0, ("risotto", "mozzarella", "peas")),
        ("Calamari Fritti", 14.0, ("squid", "lemon")),
        ("Insalata Caprese", 12.0, ("mozzarella", "tomato", "basil")),
        ("Carpaccio di Manzo", 15.0, ("beef", "arugula", "parmesan")),
    ],
    "Primi": [
        ("Spaghetti alla Carbonara", 18.0, ("spaghetti", "guanciale", "egg", "pecorino")),
        ("Cacio e Pepe", 16.0, ("tonnarelli", "pecorino", "black pepper")),
        ("Penne all'Arrabbiata", 15.0, ("penne", "tomato", "chili")),
        ("Tagliatelle al Ragù", 19.0, ("tagliatelle", "beef", "pork", "tomato")),
        ("Linguine alle Vongole", 22.0, ("linguine", "clams", "garlic", "white wine")),
        ("Gnocchi al Pesto", 17.0, ("potato gnocchi", "basil pesto")),
        ("Lasagna della Casa", 19.0, ("pasta", "beef ragu", "bechamel")),
        ("Risotto ai Funghi", 20.0, ("arborio rice", "porcini")),
    ],
    "Secondi": [
        ("Pollo alla Parmigiana", 22.0, ("chicken", "tomato", "mozzarella")),
        ("Saltimbocca alla Romana", 26.0, ("veal", "prosciutto", "sage")),
        ("Osso Buco", 34.0, ("veal shank", "gremolata", "risotto")),
        ("Branzino al Forno", 30.0, ("sea bass", "lemon", "potatoes")),
    ],
    "Dolci": [
        ("Tiramisù", 9.0, ("mascarpone", "espresso", "ladyfingers")),
        ("Panna Cotta", 8.0, ("cream", "vanilla", "berries")),
        ("Cannoli Siciliani", 8.0, ("ricotta", "pistachio")),
        ("Affogato", 7.0, ("gelato", "espresso")),
    ],
    "Bevande": [
        ("Acqua Frizzante", 4.0),
        ("Acqua Naturale", 4.0),
        ("Aranciata", 3.5),
        ("Espresso", 3.0, ("coffee",)),
        ("Cappuccino", 4.5, ("coffee", "milk")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("bruschetta", "Bruschetta al Pomodoro"),
    ("tomato bruschetta", "Bruschetta al Pomodoro"),
    ("rice balls", "Arancini"),
    ("fried calamari", "Calamari Fritti"),
    ("caprese salad", "Insalata Caprese"),
    ("tomato mozzarella salad", "Insalata Caprese"),
    ("beef carpaccio", "Carpaccio di Manzo"),
    ("carbonara", "Spaghetti alla Carbonara"),
    ("spaghetti carbonara", "Spaghetti alla Carbonara"),
    ("cacio e pepe", "Cacio e Pepe"),
    ("cheese and pepper pasta", "Cacio e Pepe"),
    ("penne arrabiata", "Penne all'Arrabbiata"),
    ("spicy tomato pasta", "Penne all'Arrabbiata"),
    ("tagliatelle bolognese", "Tagliatelle al Ragù"),
    ("pasta with meat sauce", ASK),
    ("linguine with clams", "Linguine alle Vongole"),
    ("clam linguine", "Linguine alle Vongole"),
    ("pesto gnocchi", "Gnocchi al Pesto"),
    ("gnocchi", "Gnocchi al Pesto"),
    ("lasagna", "Lasagna della Casa"),
    ("mushroom risotto", "Risotto ai Funghi"),
    ("risotto", ASK),
    ("chicken parm", "Pollo alla Parmigiana"),
    ("chicken parmesan", "Pollo alla Parmigiana"),
    ("veal saltimbocca", "Saltimbocca alla Romana"),
    ("veal", ASK),
    ("osso bucco", "Osso Buco"),
    ("braised veal shank", "Osso Buco"),
    ("sea bass", "Branzino al Forno"),
    ("baked branzino", "Branzino al Forno"),
    ("tiramisu", "Tiramisù"),
    ("panacotta", "Panna Cotta"),
    ("two cannolis", "Cannoli Siciliani", None, 2),
    ("affogato", "Affogato"),
    ("sparkling water", "Acqua Frizzante"),
    ("still water", "Acqua Naturale"),
    ("a water", ASK),
    ("orange soda", "Aranciata"),
    ("an espresso", "Espresso"),
    ("a cappuccino", "Cappuccino"),
    ("a pizza margherita", UNKNOWN),
    ("fettuccine alfredo", UNKNOWN),
    ("a latte", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
