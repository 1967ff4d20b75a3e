"""A pizza and pasta delivery chain in Spain whose menu is in Castilian Spanish with Italian names
(the pattern of Spanish delivery chains): pizzas by name alone ("Barbacoa", "Carbonara",
"Cuatro Quesos") in Mediana or Familiar, pastas, entrantes, postres and drinks (Coca-Cola by the
can or the 1,5 L bottle). Callers order in Spanish, a few in English. "Carbonara" alone is both a
pizza and a spaghetti; "pizza de jamón" fits three pizzas."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Spanish pizza and pasta delivery chain"


def _pizza(mediana: float, familiar: float) -> dict[str, float]:
    return {"Mediana": mediana, "Familiar": familiar}


CATEGORIES: dict[str, list[Item]] = {
    "Pizzas": [
        ("Margarita", _pizza(9.95, 13.95), ("tomate", "mozzarella", "orégano")),
        ("Barbacoa", _pizza(12.95, 17.95), ("salsa barbacoa", "vacuno", "bacon", "pollo", "cebolla")),
        ("Carbonara", _pizza(12.95, 17.95), ("salsa carbonara", "bacon", "champiñón", "cebolla")),
        ("Cuatro Quesos", _pizza(12.95, 17.95), ("mozzarella", "gorgonzola", "emmental", "cheddar")),
        ("Hawaiana", _pizza(11.95, 16.95), ("tomate", "mozzarella", "jamón york", "piña")),
        ("Pepperoni", _pizza(11.95, 16.95), ("tomate", "doble de pepperoni", "mozzarella")),
        ("Serrana", _pizza(13.95, 18.95), ("tomate natural", "jamón serrano", "mozzarella", "aceite")),
        ("Vegetal", _pizza(11.95, 16.95),
         ("tomate natural", "pimiento verde", "cebolla", "champiñón", "aceitunas negras")),
        ("Prosciutto e Funghi", _pizza(11.95, 16.95), ("tomate", "mozzarella", "jamón york", "champiñón")),
        ("Diávola", _pizza(12.95, 17.95), ("tomate", "salami picante", "guindilla", "aceitunas negras")),
        ("Calzone", 10.95, ("pizza cerrada", "jamón york", "mozzarella", "champiñón", "tomate")),
    ],
    "Pastas": [
        ("Espaguetis Boloñesa", 8.95, ("espaguetis", "salsa boloñesa de carne", "parmesano")),
        ("Espaguetis Carbonara", 8.95, ("espaguetis", "nata", "bacon", "huevo", "parmesano")),
        ("Macarrones Gratinados", 8.5, ("macarrones", "tomate", "chorizo", "queso gratinado")),
        ("Lasaña de Carne", 9.5, ("láminas de pasta", "carne picada", "bechamel", "queso")),
        ("Tortellini Cuatro Quesos", 9.5, ("tortellini rellenos de carne", "salsa cuatro quesos")),
        ("Gnocchi al Pesto", 9.5, ("gnocchi de patata", "pesto de albahaca", "piñones", "parmesano")),
    ],
    "Entrantes": [
        ("Pan de Ajo", 3.95, ("pan", "mantequilla de ajo", "perejil")),
        ("Pan de Ajo con Queso", 4.95, ("pan", "mantequilla de ajo", "mozzarella")),
        ("Alitas de Pollo", 6.95, ("8 alitas", "salsa barbacoa")),
        ("Nuggets de Pollo", 5.95, ("8 nuggets", "salsa a elegir")),
        ("Patatas Deluxe", 4.5, ("patatas gajo especiadas", "salsa ranchera")),
        ("Ensalada César", 7.5, ("lechuga romana", "pollo", "picatostes", "parmesano", "salsa césar")),
        ("Ensalada Caprese", 7.5, ("tomate", "mozzarella fresca", "albahaca", "aceite de oliva")),
    ],
    "Postres": [
        ("Tarta de Queso", 4.5, ("tarta de queso al horno",)),
        ("Coulant de Chocolate", 4.95, ("bizcocho", "corazón de chocolate fundido")),
        ("Tiramisú", 4.5, ("mascarpone", "café", "bizcocho", "cacao")),
        ("Brownie", 3.95, ("brownie de chocolate", "nueces")),
    ],
    "Bebidas": [
        ("Coca-Cola", {"Lata": 2.2, "1,5 L": 3.5}, ("refresco de cola",)),
        ("Coca-Cola Zero", {"Lata": 2.2, "1,5 L": 3.5}, ("refresco de cola sin azúcar",)),
        ("Fanta Naranja", 2.2, ("refresco de naranja", "lata")),
        ("Agua Mineral", 1.5, ("botella 50 cl",)),
        ("Cerveza Mahou", 2.5, ("cerveza rubia", "lata 33 cl")),
    ],
}

SPECIALS: tuple[str, ...] = ("Serrana",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas
    ("una barbacoa familiar", "Barbacoa", "familiar"),
    ("dos margaritas medianas", "Margarita", "mediana", 2),
    ("una cuatro quesos mediana", "Cuatro Quesos", "mediana"),
    ("la de los cuatro quesos familiar", "Cuatro Quesos", "familiar"),
    ("pizza carbonara mediana", "Carbonara", "mediana"),
    ("una hawaiana", "Hawaiana"),
    ("la pizza con piña", "Hawaiana"),
    ("tres pepperoni familiares", "Pepperoni", "familiar", 3),
    ("peperoni mediana", "Pepperoni", "mediana"),
    ("a large pepperoni", "Pepperoni", "familiar"),
    ("una serrana", "Serrana"),
    ("la pizza de jamón serrano", "Serrana"),
    ("una vegetal mediana", "Vegetal", "mediana"),
    ("pizza vegetariana", "Vegetal"),
    ("prosciuto funghi", "Prosciutto e Funghi"),
    ("la de jamón york y champiñones", "Prosciutto e Funghi"),
    ("una diabola familiar", "Diávola", "familiar"),
    ("la pizza picante", "Diávola"),
    ("un calzone", "Calzone"),
    ("la pizza cerrada", "Calzone"),
    ("una carbonara", ASK),
    ("una pizza de jamón", ASK),
    ("una pizza familiar", ASK),
    # pastas
    ("espaguetis a la boloñesa", "Espaguetis Boloñesa"),
    ("spaghetti bolognese", "Espaguetis Boloñesa"),
    ("unos espaguetis carbonara", "Espaguetis Carbonara"),
    ("dos de espaguetis a la carbonara", "Espaguetis Carbonara", None, 2),
    ("espaguetis", ASK),
    ("macarrones", "Macarrones Gratinados"),
    ("una lasaña", "Lasaña de Carne"),
    ("lasagna", "Lasaña de Carne"),
    ("los tortelinis", "Tortellini Cuatro Quesos"),
    ("ñoquis al pesto", "Gnocchi al Pesto"),
    ("pasta", ASK),
    # entrantes
    ("pan de ajo con queso", "Pan de Ajo con Queso"),
    ("unas alitas", "Alitas de Pollo"),
    ("chicken wings", "Alitas de Pollo"),
    ("nuggets", "Nuggets de Pollo"),
    ("unas patatas de luxe", "Patatas Deluxe"),
    ("ensalada cesar", "Ensalada César"),
    ("la caprese", "Ensalada Caprese"),
    ("una ensalada", ASK),
    # postres
    ("tarta de queso", "Tarta de Queso"),
    ("un coulant", "Coulant de Chocolate"),
    ("tiramisu", "Tiramisú"),
    ("un brownie", "Brownie"),
    # bebidas
    ("una coca cola lata", "Coca-Cola", "lata"),
    ("coca cola de litro y medio", "Coca-Cola", "1,5 l"),
    ("dos coca cola zero", "Coca-Cola Zero", None, 2),
    ("una fanta de naranja", "Fanta Naranja"),
    ("una botella de agua", "Agua Mineral"),
    ("una mahou", "Cerveza Mahou"),
    ("un refresco", ASK),
    # no están en la carta
    ("pizza de atún", UNKNOWN),
    ("una cuatro estaciones", UNKNOWN),
    ("espaguetis a la marinera", UNKNOWN),
    ("raviolis", UNKNOWN),
    ("aros de cebolla", UNKNOWN),
    ("fanta de limón", UNKNOWN),
    ("natillas", UNKNOWN),
]
