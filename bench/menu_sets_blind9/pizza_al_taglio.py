"""A Roman pizza al taglio and supplì shop with an Italian menu (the pattern of Roman-style
by-the-slice shops abroad): pizza by the Trancio (a slice) or the Teglia Intera (the whole tray),
bianca, rossa, patate e rosmarino, topped pizzas, supplì and fritti, carciofi, dolci, bevande.
Callers say "a slice of potato pizza", "the whole tray of margherita", "rice balls" and mishear
supplì ("suppli", "soup lee"), carciofi ("car chofy"). "A slice", "supplì" or "rice balls" alone,
"a whole tray" or "a water" is a question; calzone, capricciosa, cacio e pepe pasta, porchetta
and tiramisù are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizza al Taglio (Roman)"

CATEGORIES: dict[str, list[Item]] = {
    "Pizza al Taglio": [
        ("Pizza Bianca", {"Trancio": 3.5, "Teglia Intera": 22.0}, ("olio extravergine", "sale grosso")),
        ("Pizza Rossa", {"Trancio": 4.0, "Teglia Intera": 24.0}, ("pomodoro", "origano", "olio")),
        ("Patate e Rosmarino", {"Trancio": 5.0, "Teglia Intera": 30.0},
         ("patate", "rosmarino", "mozzarella")),
        ("Margherita", {"Trancio": 5.0, "Teglia Intera": 30.0}, ("pomodoro", "mozzarella", "basilico")),
        ("Fiori di Zucca e Alici", {"Trancio": 6.5, "Teglia Intera": 38.0},
         ("fiori di zucca", "alici", "mozzarella")),
        ("Mortadella e Pistacchio", {"Trancio": 7.0, "Teglia Intera": 42.0},
         ("mortadella", "crema di pistacchio", "stracciatella")),
        ("Salsiccia e Friarielli", {"Trancio": 6.5, "Teglia Intera": 38.0},
         ("salsiccia", "friarielli", "mozzarella")),
        ("Diavola", {"Trancio": 6.0, "Teglia Intera": 36.0}, ("pomodoro", "mozzarella", "salame piccante")),
        ("Funghi", {"Trancio": 5.5, "Teglia Intera": 33.0}, ("funghi champignon", "mozzarella")),
        ("Carciofi e Prosciutto", {"Trancio": 6.5, "Teglia Intera": 38.0},
         ("carciofi", "prosciutto cotto", "mozzarella")),
        ("Zucchine e Provola", {"Trancio": 5.5, "Teglia Intera": 33.0},
         ("zucchine", "provola affumicata")),
        ("Pizza Bianca con Mortadella", 6.0, ("pizza bianca", "mortadella")),
    ],
    "Supplì e Fritti": [
        ("Supplì Classico", 3.5, ("riso al sugo", "carne macinata", "mozzarella")),
        ("Supplì Cacio e Pepe", 4.0, ("riso", "pecorino", "pepe nero")),
        ("Supplì all'Amatriciana", 4.0, ("riso", "guanciale", "pomodoro", "pecorino")),
        ("Crocchette di Patate", 3.0, ("patate", "mozzarella")),
        ("Olive Ascolane", 6.0, ("olive verdi ripiene di carne", "fritte")),
        ("Fiori di Zucca Fritti", 3.5, ("fiori di zucca", "mozzarella", "alici")),
    ],
    "Contorni": [
        ("Carciofi alla Romana", 8.0, ("carciofi", "mentuccia", "aglio", "olio")),
        ("Carciofi alla Giudia", 9.0, ("carciofi fritti",)),
        ("Cicoria Ripassata", 7.0, ("cicoria", "aglio", "peperoncino")),
        ("Insalata Mista", 7.0, ("lattuga", "pomodoro", "carote")),
    ],
    "Dolci": [
        ("Maritozzo con la Panna", 5.0, ("brioche", "panna montata")),
        ("Pizza con la Nutella", {"Trancio": 4.5, "Teglia Intera": 26.0}, ("pizza bianca", "nutella")),
        ("Crostata di Visciole", 5.0, ("visciole", "frolla")),
    ],
    "Bevande": [
        ("Acqua Naturale", 1.5),
        ("Acqua Frizzante", 1.5),
        ("Aranciata San Pellegrino", 2.5),
        ("Aranciata Amara", 2.5),
        ("Chinotto", 2.5),
        ("Birra Peroni", 4.0),
        ("Caffè Espresso", 1.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Mortadella e Pistacchio", "Fiori di Zucca e Alici")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza al taglio
    ("a slice of pizza bianca", "Pizza Bianca", "trancio"),
    ("pizza bianca whole tray", "Pizza Bianca", "teglia intera"),
    ("two slices of rossa", "Pizza Rossa", "trancio", 2),
    ("a tray of pizza rossa", "Pizza Rossa", "teglia intera"),
    ("potato rosemary pizza", "Patate e Rosmarino"),
    ("a slice of the potato pizza", "Patate e Rosmarino", "trancio"),
    ("patate rosmarino teglia intera", "Patate e Rosmarino", "teglia intera"),
    ("margherita trancio", "Margherita", "trancio"),
    ("a whole tray margarita", "Margherita", "teglia intera"),
    ("zucchini flowers and anchovies", "Fiori di Zucca e Alici"),
    ("mortadella pistachio", "Mortadella e Pistacchio"),
    ("a slice of the mortadella and pistachio", "Mortadella e Pistacchio", "trancio"),
    ("sausage and broccoli rabe", "Salsiccia e Friarielli"),
    ("salsiccia friarielli slice", "Salsiccia e Friarielli", "trancio"),
    ("diavola", "Diavola"),
    ("three slices of diavola", "Diavola", "trancio", 3),
    ("a mushroom slice", "Funghi", "trancio"),
    ("artichoke and ham", "Carciofi e Prosciutto"),
    ("zucchini and provola", "Zucchine e Provola"),
    ("pizza bianca with mortadella", "Pizza Bianca con Mortadella"),
    ("a mortadella sandwich", "Pizza Bianca con Mortadella"),
    ("a slice", ASK),
    ("mortadella", ASK),
    # supplì and fritti
    ("a suppli classico", "Supplì Classico"),
    ("three classic suppli", "Supplì Classico", None, 3),
    ("soup lee cacio e pepe", "Supplì Cacio e Pepe"),
    ("amatriciana suppli", "Supplì all'Amatriciana"),
    ("suppli", ASK),
    ("rice balls", ASK),
    ("potato croquettes", "Crocchette di Patate"),
    ("two crocchette", "Crocchette di Patate", None, 2),
    ("olive ascolane", "Olive Ascolane"),
    ("fried stuffed olives", "Olive Ascolane"),
    ("fried zucchini flowers", "Fiori di Zucca Fritti"),
    # contorni
    ("roman artichokes", "Carciofi alla Romana"),
    ("carciofi alla giudia", "Carciofi alla Giudia"),
    ("jewish style artichoke", "Carciofi alla Giudia"),
    ("car chofy", ASK),
    ("chicory", "Cicoria Ripassata"),
    ("mixed salad", "Insalata Mista"),
    # dolci
    ("a maritozzo", "Maritozzo con la Panna"),
    ("cream bun", "Maritozzo con la Panna"),
    ("nutella pizza slice", "Pizza con la Nutella", "trancio"),
    ("sour cherry tart", "Crostata di Visciole"),
    # bevande
    ("still water", "Acqua Naturale"),
    ("sparkling water", "Acqua Frizzante"),
    ("a water", ASK),
    ("aranciata amara", "Aranciata Amara"),
    ("a whole tray", ASK),
    ("chinotto", "Chinotto"),
    ("two peroni", "Birra Peroni", None, 2),
    ("an espresso", "Caffè Espresso"),
    # not on the menu
    ("a calzone", UNKNOWN),
    ("cacio e pepe pasta", UNKNOWN),
    ("tiramisu", UNKNOWN),
    ("pizza capricciosa", UNKNOWN),
    ("a quattro formaggi slice", UNKNOWN),
    ("porchetta sandwich", UNKNOWN),
    ("supplì with pesto", UNKNOWN),
]
