"""An Italian trattoria menu (the pattern of US trattorias' take-out menus): Italian names with
their articles and prepositions (al, alla, all', e, di), the same pasta shape in several dishes,
meatballs as a starter and over spaghetti, parmigiana of chicken and of eggplant, lasagna by the
slice or the half tray, two pizzas in two sizes, waters still and sparkling. Callers use the
Italian-American names (chicken parm, pasta fazool, penne vodka) and drop the prepositions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Italian trattoria"

PIZZA = {"12 inch": 14.0, "16 inch": 19.0}

CATEGORIES: dict[str, list[Item]] = {
    "Antipasti": [
        ("Bruschetta al Pomodoro", 10.0, ("grilled bread", "tomato", "basil", "garlic")),
        ("Calamari Fritti", 15.0, ("squid", "marinara")),
        ("Arancini", 12.0, ("risotto", "mozzarella", "peas", "ragù")),
        ("Burrata", 16.0, ("burrata", "cherry tomato", "basil", "olive oil")),
        ("Carpaccio di Manzo", 16.0, ("raw beef", "arugula", "parmigiano", "lemon")),
        ("Polpette al Sugo", 13.0, ("meatballs", "tomato sauce", "ricotta")),
    ],
    "Insalate": [
        ("Insalata Caprese", 13.0, ("tomato", "fresh mozzarella", "basil")),
        ("Insalata di Rucola", 11.0, ("arugula", "parmigiano", "lemon")),
        ("Caesar Salad", 12.0, ("romaine", "croutons", "parmigiano", "caesar dressing")),
    ],
    "Zuppe": [
        ("Minestrone", 9.0, ("vegetables", "beans", "pasta")),
        ("Pasta e Fagioli", 9.0, ("cannellini beans", "ditalini", "tomato")),
    ],
    "Pasta": [
        ("Spaghetti al Pomodoro", 17.0, ("tomato", "basil")),
        ("Spaghetti Carbonara", 20.0, ("guanciale", "egg", "pecorino", "black pepper")),
        ("Spaghetti e Polpette", 21.0, ("meatballs", "tomato sauce")),
        ("Penne alla Vodka", 19.0, ("tomato", "cream", "vodka")),
        ("Penne all'Arrabbiata", 17.0, ("tomato", "chili", "garlic")),
        ("Fettuccine Alfredo", 19.0, ("butter", "cream", "parmigiano")),
        ("Tagliatelle alla Bolognese", 21.0, ("beef ragù", "parmigiano")),
        ("Linguine alle Vongole", 24.0, ("clams", "garlic", "white wine", "parsley")),
        ("Linguine ai Frutti di Mare", 28.0, ("shrimp", "clams", "mussels", "squid", "tomato")),
        ("Rigatoni alla Norma", 19.0, ("eggplant", "tomato", "ricotta salata")),
        ("Gnocchi al Pesto", 19.0, ("potato gnocchi", "basil pesto")),
        ("Ravioli di Ricotta", 20.0, ("ricotta", "spinach", "butter", "sage")),
        ("Lasagna della Casa", {"Slice": 19.0, "Half Tray": 65.0}, ("beef ragù", "béchamel", "mozzarella")),
    ],
    "Secondi": [
        ("Pollo alla Parmigiana", 24.0, ("chicken cutlet", "tomato sauce", "mozzarella")),
        ("Melanzane alla Parmigiana", 20.0, ("eggplant", "tomato sauce", "mozzarella")),
        ("Pollo Piccata", 24.0, ("chicken", "lemon", "capers", "white wine")),
        ("Vitello al Marsala", 29.0, ("veal", "marsala wine", "mushrooms")),
        ("Salmone alla Griglia", 28.0, ("salmon", "lemon", "spinach")),
    ],
    "Pizze": [
        ("Pizza Margherita", PIZZA, ("tomato", "mozzarella", "basil")),
        ("Pizza Diavola", PIZZA, ("tomato", "mozzarella", "spicy salami")),
    ],
    "Dolci": [
        ("Tiramisù", 9.0, ("mascarpone", "espresso", "ladyfingers")),
        ("Panna Cotta", 8.0, ("cream", "berries")),
        ("Cannoli", 7.0, ("ricotta", "pistachio")),
        ("Affogato", 7.0, ("gelato", "espresso")),
    ],
    "Bevande": [
        ("San Pellegrino", 5.0, ("sparkling water",)),
        ("Acqua Panna", 5.0, ("still water",)),
        ("Aranciata", 3.5, ("orange soda",)),
        ("Espresso", 3.5),
        ("Cappuccino", 5.0),
        ("Coca-Cola", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # antipasti, salads, soups
    ("brushetta", "Bruschetta al Pomodoro"),
    ("fried calamari", "Calamari Fritti"),
    ("arancine", "Arancini"),
    ("beef carpaccio", "Carpaccio di Manzo"),
    ("meatballs", ASK),  # the starter or spaghetti and meatballs
    ("polpette", ASK),
    ("a side of meatballs", "Polpette al Sugo"),
    ("caprese salad", "Insalata Caprese"),
    ("arugula salad", "Insalata di Rucola"),
    ("a caesar", "Caesar Salad"),
    ("a salad", ASK),
    ("pasta fazool", "Pasta e Fagioli"),
    ("minestrone soup", "Minestrone"),
    ("bean soup", ASK),  # both soups have beans
    ("soup", ASK),
    # pasta
    ("spaghetti", ASK),
    ("carbonara", "Spaghetti Carbonara"),
    ("spaghetti pomodoro", "Spaghetti al Pomodoro"),
    ("spaghetti and meatballs", "Spaghetti e Polpette"),
    ("two penne vodkas", "Penne alla Vodka", None, 2),
    ("penne arrabiata", "Penne all'Arrabbiata"),
    ("penne", ASK),
    ("fettucini alfredo", "Fettuccine Alfredo"),
    ("bolognese", "Tagliatelle alla Bolognese"),
    ("linguine with clam sauce", "Linguine alle Vongole"),
    ("seafood linguine", "Linguine ai Frutti di Mare"),
    ("linguine", ASK),
    ("pasta alla norma", "Rigatoni alla Norma"),
    ("gnocchi", "Gnocchi al Pesto"),
    ("ricotta ravioli", "Ravioli di Ricotta"),
    ("lasagna", "Lasagna della Casa"),
    ("a half tray of lasagna", "Lasagna della Casa", "half tray"),
    ("two slices of lasagna", "Lasagna della Casa", "slice", 2),
    # secondi
    ("chicken parm", "Pollo alla Parmigiana"),
    ("chicken parmesan", "Pollo alla Parmigiana"),
    ("eggplant parm", "Melanzane alla Parmigiana"),
    ("the parmigiana", ASK),
    ("chicken piccata", "Pollo Piccata"),
    ("chicken", ASK),
    ("veal marsala", "Vitello al Marsala"),
    ("grilled salmon", "Salmone alla Griglia"),
    # pizza
    ("a pizza", ASK),
    ("margherita pizza", "Pizza Margherita"),
    ("a large margherita", "Pizza Margherita", "16 inch"),
    ("a 12 inch diavola", "Pizza Diavola", "12 inch", 1),
    ("two small margheritas", "Pizza Margherita", "12 inch", 2),
    # desserts and drinks
    ("tiramisu", "Tiramisù"),
    ("two cannolis", "Cannoli", None, 2),
    ("sparkling water", "San Pellegrino"),
    ("still water", "Acqua Panna"),
    ("water", ASK),
    ("an orange soda", "Aranciata"),
    ("two cappuccinos", "Cappuccino", None, 2),
    ("a coffee", ASK),  # espresso or cappuccino
    # not on the menu
    ("chicken alfredo", UNKNOWN),
    ("chicken marsala", UNKNOWN),
    ("veal parm", UNKNOWN),
    ("garlic knots", UNKNOWN),
    ("baked ziti", UNKNOWN),
    ("shrimp scampi", UNKNOWN),
]
