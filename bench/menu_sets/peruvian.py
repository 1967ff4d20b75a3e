"""A Peruvian restaurant menu (the pattern of pollerías and cevicherías' public menus): Spanish
and Quechua names, rotisserie chicken by the quarter, ceviches, saltados, and the drinks.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Peruvian restaurant (fifth round, tuned on)"

CHICKEN = {"Quarter": 9.5, "Half": 14.0, "Whole": 24.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pollo a la Brasa": [
        ("Pollo a la Brasa", CHICKEN, ("chicken", "fries", "salad")),
    ],
    "Ceviches": [
        ("Ceviche de Pescado", 18.0, ("fish", "lime", "onion", "sweet potato")),
        ("Ceviche Mixto", 21.0, ("fish", "shrimp", "squid", "lime")),
        ("Leche de Tigre", 9.0, ("fish", "lime", "aji")),
    ],
    "Entrees": [
        ("Lomo Saltado", 21.0, ("beef", "onion", "tomato", "fries", "rice")),
        ("Pollo Saltado", 18.0, ("chicken", "onion", "tomato", "fries", "rice")),
        ("Ají de Gallina", 17.0, ("chicken", "aji amarillo", "walnuts", "rice")),
        ("Arroz con Mariscos", 22.0, ("rice", "shrimp", "mussels", "squid")),
        ("Tallarín Verde con Bistec", 20.0, ("spaghetti", "basil", "steak")),
        ("Chaufa de Pollo", 16.0, ("fried rice", "chicken")),
        ("Jalea Mixta", 23.0, ("fried fish", "shrimp", "squid", "yuca")),
    ],
    "Appetizers": [
        ("Anticuchos", 12.0, ("beef heart", "potato")),
        ("Papa a la Huancaína", 9.0, ("potatoes", "cheese sauce")),
        ("Causa Limeña", 10.0, ("potato", "chicken", "avocado")),
        ("Yuca Frita", 6.0, ("yuca",)),
        ("Choclo con Queso", 7.0, ("corn", "cheese")),
    ],
    "Desserts": [
        ("Picarones", 7.0, ("squash", "sweet potato", "syrup")),
        ("Alfajores", 5.0, ("cookies", "dulce de leche")),
        ("Suspiro a la Limeña", 6.0, ("dulce de leche", "meringue")),
    ],
    "Drinks": [
        ("Chicha Morada", 4.0, ("purple corn",)),
        ("Inca Kola", 3.0),
        ("Maracuyá Juice", 4.5, ("passion fruit",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("a quarter chicken", "Pollo a la Brasa", "quarter"),
    ("half a rotisserie chicken", "Pollo a la Brasa", "half"),
    ("a whole peruvian chicken", "Pollo a la Brasa", "whole"),
    ("ceviche", ASK),
    ("fish ceviche", "Ceviche de Pescado"),
    ("ceviche de pescado", "Ceviche de Pescado"),
    ("mixed ceviche", "Ceviche Mixto"),
    ("seafood ceviche", "Ceviche Mixto"),
    ("tiger's milk", "Leche de Tigre"),
    ("lomo saltado", "Lomo Saltado"),
    ("beef stir fry", "Lomo Saltado"),
    ("chicken saltado", "Pollo Saltado"),
    ("saltado", ASK),
    ("aji de gallina", "Ají de Gallina"),
    ("creamy chicken", "Ají de Gallina"),
    ("seafood rice", "Arroz con Mariscos"),
    ("arroz con mariscos", "Arroz con Mariscos"),
    ("green spaghetti with steak", "Tallarín Verde con Bistec"),
    ("tallarines verdes", "Tallarín Verde con Bistec"),
    ("chicken fried rice", "Chaufa de Pollo"),
    ("chaufa", "Chaufa de Pollo"),
    ("fried seafood platter", "Jalea Mixta"),
    ("jalea", "Jalea Mixta"),
    ("beef heart skewers", "Anticuchos"),
    ("anticucho", "Anticuchos"),
    ("potatoes with cheese sauce", "Papa a la Huancaína"),
    ("huancaina", "Papa a la Huancaína"),
    ("causa", "Causa Limeña"),
    ("yuca fries", "Yuca Frita"),
    ("fried cassava", "Yuca Frita"),
    ("corn with cheese", "Choclo con Queso"),
    ("peruvian donuts", "Picarones"),
    ("alfajor", "Alfajores"),
    ("suspiro", "Suspiro a la Limeña"),
    ("purple corn drink", "Chicha Morada"),
    ("an inca cola", "Inca Kola"),
    ("passion fruit juice", "Maracuyá Juice"),
    ("chicken", ASK),
    ("shrimp", ASK),
    ("a pisco sour", UNKNOWN),
    ("beef ceviche", UNKNOWN),
    ("empanadas", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
