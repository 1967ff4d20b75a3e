"""A Colombian restaurant (the pattern of Queens and Miami Colombian take-out menus): bandeja
paisa and the big plates, soups (sancocho, ajiaco), empanadas and arepas, bakery items
(pandebono, buñuelo), plantain sides, fresh fruit juices in small or large. Spanish item names
keep their accents (Buñuelo, Maracuyá); callers order in English, in Spanish or by ear
("vandeja", "a hiaco"); "arepa", "empanadas" and "plantains" alone are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Colombian restaurant"

JUICE = {"Small": 4.0, "Large": 6.0}

CATEGORIES: dict[str, list[Item]] = {
    "Platos": [
        ("Bandeja Paisa", 20.0, ("ground beef", "chicharrón", "chorizo", "beans", "rice", "egg",
                                 "arepa", "maduro", "avocado")),
        ("Churrasco", 24.0, ("grilled skirt steak", "chimichurri", "rice", "fries")),
        ("Carne Asada", 19.0, ("grilled thin steak", "rice", "beans", "salad")),
        ("Pollo Asado", 16.0, ("grilled chicken breast", "rice", "beans", "salad")),
        ("Mojarra Frita", 21.0, ("whole fried tilapia", "patacones", "coconut rice")),
        ("Picada", 32.0, ("beef", "chicharrón", "chorizo", "morcilla", "papa criolla", "arepitas")),
    ],
    "Sopas": [
        ("Sancocho de Gallina", 15.0, ("hen soup", "yuca", "plantain", "corn", "rice")),
        ("Ajiaco", 15.0, ("chicken and potato soup", "guascas", "corn", "capers", "cream")),
    ],
    "Antojitos": [
        ("Empanada de Carne", 2.5, ("corn dough", "beef", "potato")),
        ("Empanada de Pollo", 2.5, ("corn dough", "chicken", "potato")),
        ("Arepa con Queso", 5.0, ("white corn arepa", "mozzarella")),
        ("Arepa de Choclo", 6.0, ("sweet corn arepa", "quesito")),
        ("Papa Rellena", 4.0, ("fried potato", "ground beef", "egg")),
        ("Chorizo Colombiano", 5.0, ("chorizo", "arepa", "lime")),
    ],
    "Panadería": [
        ("Pandebono", 1.5, ("cheese bread",)),
        ("Buñuelo", 1.5, ("fried cheese fritter",)),
    ],
    "Acompañantes": [
        ("Patacones", 5.0, ("fried green plantains",)),
        ("Maduros", 5.0, ("fried sweet plantains",)),
        ("Arroz Blanco", 3.0, ("white rice",)),
        ("Frijoles", 4.0, ("red beans",)),
        ("Yuca Frita", 5.0, ("fried cassava",)),
    ],
    "Bebidas": [
        ("Jugo de Maracuyá", JUICE, ("passion fruit",)),
        ("Jugo de Mora", JUICE, ("andean blackberry",)),
        ("Jugo de Lulo", JUICE, ("lulo",)),
        ("Colombiana Soda", 2.5),
        ("Tinto", 2.0, ("black coffee",)),
    ],
    "Postres": [
        ("Tres Leches", 6.0),
        ("Arroz con Leche", 5.0, ("rice pudding",)),
        ("Obleas", 4.0, ("wafers", "arequipe")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # platos
    ("bandeja paisa", "Bandeja Paisa"),
    ("the bandeja", "Bandeja Paisa"),
    ("vandeja paisa", "Bandeja Paisa"),
    ("two bandejas", "Bandeja Paisa", None, 2),
    ("churrasco", "Churrasco"),
    ("carne asada", "Carne Asada"),
    ("a steak", ASK),  # churrasco or carne asada
    ("grilled chicken", "Pollo Asado"),
    ("pollo asado", "Pollo Asado"),
    ("fried tilapia", "Mojarra Frita"),
    ("mojarra", "Mojarra Frita"),
    ("the fried fish", "Mojarra Frita"),
    ("a picada", "Picada"),
    # soups
    ("sancocho", "Sancocho de Gallina"),
    ("chicken sancocho", "Sancocho de Gallina"),
    ("hen soup", "Sancocho de Gallina"),
    ("ajiaco", "Ajiaco"),
    ("a hiaco", "Ajiaco"),
    ("ajiaco santafereño", "Ajiaco"),
    ("soup", ASK),
    ("chicken soup", ASK),  # both soups are chicken
    # empanadas and arepas
    ("beef empanada", "Empanada de Carne"),
    ("three empanadas de pollo", "Empanada de Pollo", None, 3),
    ("chicken empanadas", "Empanada de Pollo"),
    ("empanadas", ASK),
    ("arepa with cheese", "Arepa con Queso"),
    ("arepa de queso", "Arepa con Queso"),
    ("arepa de choclo", "Arepa de Choclo"),
    ("sweet corn arepa", "Arepa de Choclo"),
    ("arepa", ASK),
    ("papa rellena", "Papa Rellena"),
    ("a stuffed potato", "Papa Rellena"),
    ("colombian chorizo", "Chorizo Colombiano"),
    # bakery
    ("pan de bono", "Pandebono"),
    ("four pandebonos", "Pandebono", None, 4),
    ("two bunuelos", "Buñuelo", None, 2),
    # sides
    ("tostones", "Patacones"),
    ("fried green plantains", "Patacones"),
    ("sweet plantains", "Maduros"),
    ("plantains", ASK),
    ("white rice", "Arroz Blanco"),
    ("a side of beans", "Frijoles"),
    ("fried yuca", "Yuca Frita"),
    ("fried cassava", "Yuca Frita"),
    # drinks and desserts
    ("large passion fruit juice", "Jugo de Maracuyá", "large"),
    ("jugo de maracuya small", "Jugo de Maracuyá", "small"),
    ("blackberry juice", "Jugo de Mora"),
    ("lulo juice large", "Jugo de Lulo", "large"),
    ("a juice", ASK),
    ("a colombiana", "Colombiana Soda"),
    ("a tinto", "Tinto"),
    ("rice pudding", "Arroz con Leche"),
    # not on the menu
    ("arepa con huevo", UNKNOWN),
    ("a pupusa", UNKNOWN),
    ("empanada de queso", UNKNOWN),
    ("lechona", UNKNOWN),
    ("mango juice", UNKNOWN),
    ("a tamal", UNKNOWN),
    ("arroz con pollo", UNKNOWN),
    ("carne asada tacos", UNKNOWN),
]
