"""A Neapolitan pizzeria with an Italian menu (the pattern of wood-fired pizzerie napoletane in US
cities): pizze rosse and bianche in one size, calzone and fritti, antipasti (a tagliere Piccolo
or Grande), dolci and bevande. Callers say the pizza in English ("four cheese", "spicy salami
pizza", "sausage and broccoli rabe"), misspell the Italian ("margarita", "capriciosa", "quatro
formaggi") and drop "pizza". "A sausage pizza", "fried pizza", "a water" or "a beer" alone is a
question; Quattro Stagioni, a Hawaiian pizza, cannoli and pasta are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Neapolitan pizzeria (Italian menu)"

CATEGORIES: dict[str, list[Item]] = {
    "Pizze Rosse": [
        ("Marinara", 12.0, ("pomodoro San Marzano", "aglio", "origano", "olio extravergine")),
        ("Margherita", 14.0, ("pomodoro San Marzano", "fior di latte", "basilico", "olio extravergine")),
        ("Bufalina", 18.0, ("pomodoro San Marzano", "mozzarella di bufala", "basilico")),
        ("Diavola", 17.0, ("pomodoro", "fior di latte", "salame piccante", "peperoncino")),
        ("Capricciosa", 18.0, ("pomodoro", "fior di latte", "cotto", "funghi", "carciofi", "olive")),
        ("Prosciutto e Funghi", 17.0, ("pomodoro", "fior di latte", "prosciutto cotto", "funghi")),
        ("Napoli", 16.0, ("pomodoro", "fior di latte", "acciughe", "capperi", "origano")),
        ("Cosacca", 14.0, ("pomodoro", "pecorino romano", "basilico")),
    ],
    "Pizze Bianche": [
        ("Quattro Formaggi", 18.0, ("fior di latte", "gorgonzola", "fontina", "parmigiano")),
        ("Salsiccia e Friarielli", 19.0, ("fior di latte", "salsiccia", "friarielli", "peperoncino")),
        ("Patate e Salsiccia", 18.0, ("fior di latte", "patate", "salsiccia", "rosmarino")),
        ("Ortolana", 17.0, ("fior di latte", "zucchine", "melanzane", "peperoni", "pomodorini")),
        ("Mortadella e Pistacchio", 20.0, ("fior di latte", "mortadella", "pesto di pistacchio", "burrata")),
    ],
    "Calzone e Fritti": [
        ("Calzone Classico", 17.0, ("ricotta", "salame", "fior di latte", "pomodoro")),
        ("Pizza Fritta", 15.0, ("impasto fritto", "ricotta", "cicoli", "provola", "pomodoro")),
        ("Montanara", 12.0, ("pizzetta fritta", "pomodoro", "parmigiano", "basilico")),
        ("Arancino", 6.0, ("riso", "ragù", "piselli", "mozzarella")),
        ("Frittatina di Pasta", 6.0, ("bucatini", "besciamella", "prosciutto", "piselli")),
        ("Crocchè di Patate", 5.0, ("patate", "provola", "pangrattato")),
    ],
    "Antipasti": [
        ("Bruschetta al Pomodoro", 9.0, ("pane", "pomodorini", "aglio", "basilico")),
        ("Caprese", 13.0, ("fior di latte", "pomodoro", "basilico")),
        ("Burrata", 15.0, ("burrata", "pomodorini", "rucola")),
        ("Polpette al Sugo", 12.0, ("polpette di manzo", "sugo di pomodoro", "parmigiano")),
        ("Parmigiana di Melanzane", 13.0, ("melanzane fritte", "pomodoro", "fior di latte", "parmigiano")),
        ("Insalata Mista", 9.0, ("lattuga", "pomodorini", "carote", "finocchio")),
        ("Tagliere Misto", {"Piccolo": 16.0, "Grande": 26.0}, ("crudo", "salame", "provolone", "olive")),
    ],
    "Dolci": [
        ("Tiramisù", 9.0, ("savoiardi", "mascarpone", "caffè", "cacao")),
        ("Babà al Rum", 8.0, ("babà", "rum")),
        ("Sfogliatella", 5.0, ("ricotta", "semolino", "arancia candita")),
        ("Pizza alla Nutella", 13.0, ("nutella", "zucchero a velo")),
    ],
    "Bevande": [
        ("Acqua Naturale", 3.0),
        ("Acqua Frizzante", 3.0),
        ("Coca-Cola", 3.0),
        ("Aranciata San Pellegrino", 3.5),
        ("Limonata San Pellegrino", 3.5),
        ("Birra Peroni", 6.0),
        ("Birra Moretti", 6.0),
        ("Caffè Espresso", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Mortadella e Pistacchio", "Pizza Fritta")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizze rosse
    ("a margherita pizza", "Margherita"),
    ("two margaritas", "Margherita", None, 2),
    ("can i get a marinara pizza", "Marinara"),
    ("a buffalina", "Bufalina"),
    ("buffalo mozzarella pizza", "Bufalina"),
    ("the diavola", "Diavola"),
    ("spicy salami pizza", "Diavola"),
    ("capriciosa", "Capricciosa"),
    ("ham and mushroom pizza", "Prosciutto e Funghi"),
    ("a napoli", "Napoli"),
    ("anchovy pizza", "Napoli"),
    ("cosacca", "Cosacca"),
    # pizze bianche
    ("quatro formaggi", "Quattro Formaggi"),
    ("a four cheese pizza", "Quattro Formaggi"),
    ("sausage and broccoli rabe pizza", "Salsiccia e Friarielli"),
    ("potato and sausage pizza", "Patate e Salsiccia"),
    ("a sausage pizza", ASK),
    ("the ortolana", "Ortolana"),
    ("vegetable pizza", "Ortolana"),
    ("mortadella and pistachio", "Mortadella e Pistacchio"),
    # calzone e fritti
    ("a calzone", "Calzone Classico"),
    ("pizza fritta", "Pizza Fritta"),
    ("montanara", "Montanara"),
    ("fried pizza", ASK),
    ("three arancini", "Arancino", None, 3),
    ("a rice ball", "Arancino"),
    ("frittatina", "Frittatina di Pasta"),
    ("potato croquettes", "Crocchè di Patate"),
    # antipasti
    ("bruschetta", "Bruschetta al Pomodoro"),
    ("a caprese salad", "Caprese"),
    ("meatballs", "Polpette al Sugo"),
    ("eggplant parmigiana", "Parmigiana di Melanzane"),
    ("a mixed salad", "Insalata Mista"),
    ("tagliere grande", "Tagliere Misto", "grande"),
    ("a small meat and cheese board", "Tagliere Misto", "piccolo"),
    ("a salad", ASK),
    # dolci
    ("tiramisu", "Tiramisù"),
    ("rum baba", "Babà al Rum"),
    ("two sfogliatelle", "Sfogliatella", None, 2),
    ("sfoliatella", "Sfogliatella"),
    ("nutella pizza", "Pizza alla Nutella"),
    # bevande
    ("sparkling water", "Acqua Frizzante"),
    ("a water", ASK),
    ("orange soda", "Aranciata San Pellegrino"),
    ("lemon soda", "Limonata San Pellegrino"),
    ("a san pellegrino", ASK),
    ("a soda", ASK),
    ("two peronis", "Birra Peroni", None, 2),
    ("a moretti", "Birra Moretti"),
    ("a beer", ASK),
    ("an espresso", "Caffè Espresso"),
    # not on the menu
    ("quattro stagioni", UNKNOWN),
    ("hawaiian pizza", UNKNOWN),
    ("pizza al tonno", UNKNOWN),
    ("spaghetti and meatballs", UNKNOWN),
    ("lasagna", UNKNOWN),
    ("two cannoli", UNKNOWN),
    ("panna cotta", UNKNOWN),
]
