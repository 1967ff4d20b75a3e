"""A Venezuelan arepera (the pattern of Venezuelan arepa shops in Miami, Houston and New York)
whose menu is in Spanish: arepas by their traditional names (reina pepiada, pabellón, pelúa,
dominó, catira, sifrina ...), cachapas, patacones, empanadas, tequeños, a few platos, fresh
drinks Pequeño or Grande, and postres. Callers use the name, the filling in English ("the
black bean and cheese one") or drop the accents. "Pabellón" is both an arepa and the plate;
"cachapa", "patacón" and "shredded beef arepa" are questions; an arepa de chicharrón and a
pepito are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Venezuelan arepera"

JUGO = {"Pequeño": 4.0, "Grande": 6.0}

CATEGORIES: dict[str, list[Item]] = {
    "Arepas": [
        ("Reina Pepiada", 10.5, ("shredded chicken", "avocado", "mayo")),
        ("Pabellón", 11.5, ("carne mechada", "black beans", "sweet plantain", "white cheese")),
        ("Pelúa", 11.0, ("carne mechada", "shredded yellow cheese")),
        ("Dominó", 9.0, ("black beans", "white cheese")),
        ("Catira", 10.5, ("shredded chicken", "shredded yellow cheese")),
        ("Sifrina", 11.5, ("reina pepiada chicken salad", "shredded yellow cheese")),
        ("Llanera", 12.5, ("grilled steak", "avocado", "tomato", "queso de mano")),
        ("Perico", 9.0, ("scrambled eggs", "tomato", "onion")),
        ("Rumbera", 11.5, ("roast pernil", "shredded yellow cheese")),
        ("Viuda", 3.5, ("plain arepa", "butter")),
    ],
    "Cachapas y Patacones": [
        ("Cachapa con Queso de Mano", 12.5, ("sweet corn pancake", "queso de mano", "butter")),
        ("Cachapa con Pernil", 14.5, ("sweet corn pancake", "roast pernil", "queso de mano")),
        ("Patacón de Carne Mechada", 14.0, ("fried green plantain", "carne mechada", "cheese", "salad")),
        ("Patacón de Pollo", 13.5, ("fried green plantain", "shredded chicken", "cheese", "salad")),
    ],
    "Empanadas y Tequeños": [
        ("Empanada de Carne Mechada", 4.0, ("corn dough", "shredded beef")),
        ("Empanada de Pollo", 4.0, ("corn dough", "shredded chicken")),
        ("Empanada de Queso", 3.75, ("corn dough", "white cheese")),
        ("Empanada de Cazón", 4.5, ("corn dough", "stewed baby shark")),
        ("Tequeños", 8.0, ("6 fried cheese sticks", "guasacaca")),
    ],
    "Platos": [
        ("Pabellón Criollo", 17.0, ("carne mechada", "black beans", "white rice", "sweet plantain")),
        ("Asado Negro", 19.0, ("beef eye round in dark papelón sauce", "white rice", "plantain")),
        ("Hallaca", 8.0, ("corn dough", "beef pork chicken stew", "plantain leaf")),
    ],
    "Bebidas y Postres": [
        ("Papelón con Limón", JUGO, ("raw cane sugar", "lime")),
        ("Jugo de Parchita", JUGO, ("passion fruit juice",)),
        ("Chicha", JUGO, ("rice milk drink", "cinnamon", "condensed milk")),
        ("Malta Polar", 3.0, ("malt soda",)),
        ("Frescolita", 2.5, ("cream soda",)),
        ("Quesillo", 5.0, ("venezuelan flan", "caramel")),
        ("Tres Leches", 6.0, ("sponge cake", "three milks")),
    ],
}

SPECIALS: tuple[str, ...] = ("Hallaca",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # arepas
    ("una reina pepiada", "Reina Pepiada"),
    ("reina pepeada", "Reina Pepiada"),
    ("two reina pepiadas", "Reina Pepiada", None, 2),
    ("dos arepas pelúa", "Pelúa", None, 2),
    ("a pelua", "Pelúa"),
    ("shredded beef arepa", ASK),
    ("domino", "Dominó"),
    ("the black bean and cheese arepa", "Dominó"),
    ("la catira", "Catira"),
    ("chicken and cheese arepa", ASK),
    ("una sifrina", "Sifrina"),
    ("una llanera", "Llanera"),
    ("steak arepa", "Llanera"),
    ("perico", "Perico"),
    ("the scrambled egg arepa", "Perico"),
    ("rumbera", "Rumbera"),
    ("arepa de pernil", "Rumbera"),
    ("a plain arepa", "Viuda"),
    ("arepa viuda", "Viuda"),
    ("three arepas pabellon", "Pabellón", None, 3),
    ("arepa", ASK),
    ("pabellón", ASK),
    # cachapas y patacones
    ("cachapa con queso", "Cachapa con Queso de Mano"),
    ("cachapa with pork", "Cachapa con Pernil"),
    ("cachapa", ASK),
    ("patacon de carne", "Patacón de Carne Mechada"),
    ("patacón de pollo", "Patacón de Pollo"),
    ("patacon", ASK),
    # empanadas y tequeños
    ("empanada de carne", "Empanada de Carne Mechada"),
    ("two chicken empanadas", "Empanada de Pollo", None, 2),
    ("a cheese empanada", "Empanada de Queso"),
    ("empanada de cazon", "Empanada de Cazón"),
    ("shark empanada", "Empanada de Cazón"),
    ("empanadas", ASK),
    ("tequenos", "Tequeños"),
    ("two orders of tequeños", "Tequeños", None, 2),
    ("cheese sticks", "Tequeños"),
    # platos
    ("pabellon criollo", "Pabellón Criollo"),
    ("asado negro", "Asado Negro"),
    ("ayaca", "Hallaca"),
    ("una hallaca", "Hallaca"),
    # bebidas y postres
    ("papelón con limón grande", "Papelón con Limón", "grande"),
    ("small papelon", "Papelón con Limón", "pequeño"),
    ("large passion fruit juice", "Jugo de Parchita", "grande"),
    ("jugo de maracuyá", "Jugo de Parchita"),
    ("una chicha pequeña", "Chicha", "pequeño"),
    ("a malta", "Malta Polar"),
    ("frescolita", "Frescolita"),
    ("quesillo", "Quesillo"),
    ("tres leches", "Tres Leches"),
    # not on the menu
    ("arepa de chicharrón", UNKNOWN),
    ("patacón de pernil", UNKNOWN),
    ("cachapa de pollo", UNKNOWN),
    ("a pepito", UNKNOWN),
    ("bollo pelón", UNKNOWN),
    ("jugo de guanábana", UNKNOWN),
    ("arroz con pollo", UNKNOWN),
]
