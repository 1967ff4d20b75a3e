"""An Argentine empanada and parrilla house with its menu in Spanish (the pattern of US Argentine
take-out menus): baked empanadas by the unit or the dozen, grilled cuts (bife de chorizo is a
strip steak, not sausage; entraña skirt, vacío flank, asado de tira short ribs), milanesas,
dulce de leche desserts. Callers order in English or Spanish; accents are often dropped
(entrana, vacio, choripan). "Empanadas", "cheese empanada", "steak" and "milanesa" alone are
questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Argentine empanadas and parrilla"

EMPANADA = {"unidad": 4.5, "docena": 48.0}

CATEGORIES: dict[str, list[Item]] = {
    "Empanadas": [
        ("Empanada de Carne", EMPANADA, ("ground beef", "onion", "egg", "olive")),
        ("Empanada de Carne Picante", EMPANADA, ("spicy ground beef", "onion", "red pepper")),
        ("Empanada de Pollo", EMPANADA, ("chicken", "onion", "peppers")),
        ("Empanada de Jamón y Queso", EMPANADA, ("ham", "mozzarella")),
        ("Empanada de Humita", EMPANADA, ("sweet corn", "white sauce")),
        ("Empanada Caprese", EMPANADA, ("tomato", "mozzarella", "basil")),
        ("Empanada de Verdura", EMPANADA, ("spinach", "white sauce", "parmesan")),
        ("Empanada de Cebolla y Queso", EMPANADA, ("onion", "mozzarella")),
    ],
    "Parrilla": [
        ("Bife de Chorizo", 32.0, ("strip steak", "chimichurri")),
        ("Entraña", 30.0, ("skirt steak", "chimichurri")),
        ("Vacío", 28.0, ("flank steak", "chimichurri")),
        ("Asado de Tira", 29.0, ("beef short ribs", "chimichurri")),
        ("Pollo a la Parrilla", 20.0, ("grilled half chicken", "chimichurri")),
        ("Parrillada para Dos", 65.0,
         ("mixed grill", "short ribs", "chorizo", "morcilla", "chicken", "skirt steak")),
        ("Choripán", 11.0, ("chorizo sausage sandwich", "chimichurri", "bread")),
        ("Morcilla", 8.0, ("blood sausage",)),
        ("Provoleta", 12.0, ("grilled provolone cheese", "oregano")),
    ],
    "Platos": [
        ("Milanesa Napolitana", 22.0, ("breaded beef cutlet", "ham", "tomato sauce", "mozzarella", "fries")),
        ("Milanesa de Pollo", 19.0, ("breaded chicken cutlet", "fries")),
    ],
    "Acompañamientos": [
        ("Papas Fritas", 6.0, ("french fries",)),
        ("Ensalada Mixta", 8.0, ("lettuce", "tomato", "onion")),
    ],
    "Postres": [
        ("Alfajor de Maicena", 4.0, ("cornstarch cookies", "dulce de leche", "coconut")),
        ("Flan con Dulce de Leche", 7.0, ("caramel custard", "dulce de leche")),
        ("Panqueque con Dulce de Leche", 8.0, ("crepe", "dulce de leche")),
    ],
    "Bebidas": [
        ("Agua Mineral", 2.5, ("bottled water",)),
        ("Gaseosa", 2.5, ("coca-cola", "sprite")),
        ("Paso de los Toros", 3.0, ("grapefruit soda", "pomelo")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # empanadas
    ("a dozen beef empanadas", "Empanada de Carne", "docena"),
    ("una docena de empanadas de carne", "Empanada de Carne", "docena"),
    ("beef empanada", "Empanada de Carne"),
    ("three spicy beef empanadas", "Empanada de Carne Picante", "unidad", 3),
    ("carne picante", "Empanada de Carne Picante"),
    ("empanada de pollo", "Empanada de Pollo"),
    ("two chicken empanadas", "Empanada de Pollo", "unidad", 2),
    ("ham and cheese empanada", "Empanada de Jamón y Queso"),
    ("jamon y queso", "Empanada de Jamón y Queso"),
    ("humita", "Empanada de Humita"),
    ("the corn empanada", "Empanada de Humita"),
    ("caprese", "Empanada Caprese"),
    ("tomato mozzarella basil empanada", "Empanada Caprese"),
    ("spinach empanada", "Empanada de Verdura"),
    ("empanada de verduras", "Empanada de Verdura"),
    ("onion and cheese empanada", "Empanada de Cebolla y Queso"),
    ("cheese empanada", ASK),
    ("empanadas", ASK),
    ("a dozen empanadas", ASK),
    # parrilla
    ("bife de chorizo", "Bife de Chorizo"),
    ("the strip steak", "Bife de Chorizo"),
    ("entrana", "Entraña"),
    ("skirt steak", "Entraña"),
    ("vacio", "Vacío"),
    ("flank steak", "Vacío"),
    ("short ribs", "Asado de Tira"),
    ("asado de tira", "Asado de Tira"),
    ("steak", ASK),
    ("two choripan", "Choripán", None, 2),
    ("chorizo sandwich", "Choripán"),
    ("blood sausage", "Morcilla"),
    ("provoleta", "Provoleta"),
    ("grilled provolone", "Provoleta"),
    ("grilled chicken", "Pollo a la Parrilla"),
    ("pollo a la parrilla", "Pollo a la Parrilla"),
    ("mixed grill for two", "Parrillada para Dos"),
    ("parrillada", "Parrillada para Dos"),
    # platos
    ("milanesa napolitana", "Milanesa Napolitana"),
    ("beef milanesa with ham and cheese", "Milanesa Napolitana"),
    ("milanesa de pollo", "Milanesa de Pollo"),
    ("chicken milanesa", "Milanesa de Pollo"),
    ("milanesa", ASK),
    # sides, desserts, drinks
    ("papas fritas", "Papas Fritas"),
    ("french fries", "Papas Fritas"),
    ("ensalada mixta", "Ensalada Mixta"),
    ("two alfajores", "Alfajor de Maicena", None, 2),
    ("flan", "Flan con Dulce de Leche"),
    ("crepe with dulce de leche", "Panqueque con Dulce de Leche"),
    ("dulce de leche", ASK),
    ("a bottle of water", "Agua Mineral"),
    ("a coke", "Gaseosa"),
    ("grapefruit soda", "Paso de los Toros"),
    # not on the menu
    ("tuna empanada", UNKNOWN),
    ("empanada de atun", UNKNOWN),
    ("ribeye", UNKNOWN),
    ("mollejas", UNKNOWN),
    ("lomo saltado", UNKNOWN),
    ("churros", UNKNOWN),
    ("mate", UNKNOWN),
    ("pepperoni pizza", UNKNOWN),
]
