"""A Spanish tapas bar menu (the pattern of US tapas restaurants' take-out menus): Spanish names
only, with their accents, cold and hot tapas, two dishes "al ajillo", two kinds of croquetas and
of ham, five rice pans for two or for four, sangría red or white by the glass or pitcher, wine by
the glass or bottle. Callers say the English a Spanish name plainly translates to ("garlic
shrimp", "spanish omelette") or the Spanish without its accents."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Spanish tapas bar"

PAELLA = {"For 2": 42.0, "For 4": 78.0}
SANGRIA = {"Glass": 11.0, "Pitcher": 38.0}

CATEGORIES: dict[str, list[Item]] = {
    "Tapas Frías": [
        ("Jamón Ibérico", 24.0, ("acorn-fed iberian ham",)),
        ("Jamón Serrano", 14.0, ("cured serrano ham",)),
        ("Tabla de Quesos", 16.0, ("manchego", "mahón", "cabrales", "membrillo")),
        ("Pan con Tomate", 6.0, ("grilled bread", "tomato", "garlic", "olive oil")),
        ("Aceitunas Aliñadas", 5.0, ("marinated olives",)),
        ("Boquerones", 8.0, ("white anchovies", "vinegar", "garlic", "parsley")),
        ("Ensaladilla Rusa", 8.0, ("potato", "tuna", "peas", "mayonnaise")),
    ],
    "Tapas Calientes": [
        ("Patatas Bravas", 8.0, ("fried potatoes", "spicy brava sauce", "alioli")),
        ("Tortilla Española", 9.0, ("potato", "egg", "onion")),
        ("Gambas al Ajillo", 14.0, ("shrimp", "garlic", "olive oil", "guindilla pepper")),
        ("Champiñones al Ajillo", 9.0, ("mushrooms", "garlic", "sherry")),
        ("Pulpo a la Gallega", 17.0, ("octopus", "potatoes", "paprika", "olive oil")),
        ("Pimientos de Padrón", 9.0, ("blistered green peppers", "sea salt")),
        ("Croquetas de Jamón", 9.0, ("serrano ham", "bechamel")),
        ("Croquetas de Setas", 9.0, ("wild mushrooms", "bechamel")),
        ("Chorizo a la Sidra", 10.0, ("chorizo", "asturian cider")),
        ("Albóndigas", 10.0, ("meatballs", "tomato sauce")),
        ("Calamares a la Romana", 12.0, ("fried squid rings", "alioli")),
        ("Dátiles con Bacon", 9.0, ("dates", "bacon", "almond")),
        ("Espinacas con Garbanzos", 8.0, ("spinach", "chickpeas", "cumin")),
        ("Berenjenas con Miel", 9.0, ("fried eggplant", "honey")),
    ],
    "Paellas": [
        ("Paella Valenciana", PAELLA, ("bomba rice", "chicken", "rabbit", "green beans", "saffron")),
        ("Paella de Mariscos", PAELLA, ("bomba rice", "shrimp", "mussels", "clams", "squid", "saffron")),
        ("Paella Mixta", PAELLA, ("bomba rice", "chicken", "chorizo", "shrimp", "mussels", "saffron")),
        ("Arroz Negro", PAELLA, ("bomba rice", "squid ink", "squid", "alioli")),
        ("Paella de Verduras", PAELLA, ("bomba rice", "artichoke", "peppers", "green beans")),
    ],
    "Postres": [
        ("Churros con Chocolate", 8.0),
        ("Crema Catalana", 8.0),
        ("Flan de la Casa", 7.0),
        ("Tarta de Santiago", 8.0, ("almond cake",)),
    ],
    "Bebidas": [
        ("Sangría Roja", SANGRIA, ("red wine", "fruit", "brandy")),
        ("Sangría Blanca", SANGRIA, ("white wine", "fruit")),
        ("Tinto de Verano", 9.0, ("red wine", "lemon soda")),
        ("Rioja Crianza", {"Glass": 13.0, "Bottle": 48.0}),
        ("Albariño", {"Glass": 13.0, "Bottle": 46.0}),
        ("Estrella Galicia", 7.0),
        ("Mahou", 7.0),
        ("Agua con Gas", 5.0, ("sparkling water",)),
        ("Coca-Cola", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # hot tapas
    ("patatas bravas", "Patatas Bravas"),
    ("bravas", "Patatas Bravas"),
    ("two orders of the potatoes bravas", "Patatas Bravas", None, 2),
    ("spanish omelette", "Tortilla Española"),
    ("a tortilla", "Tortilla Española"),
    ("garlic shrimp", "Gambas al Ajillo"),
    ("gambas", "Gambas al Ajillo"),
    ("al ajillo", ASK),  # the shrimp or the mushrooms
    ("garlic mushrooms", "Champiñones al Ajillo"),
    ("mushroom croquettes", "Croquetas de Setas"),
    ("mushrooms", ASK),
    ("octopus", "Pulpo a la Gallega"),
    ("pulpo gallega", "Pulpo a la Gallega"),
    ("padron peppers", "Pimientos de Padrón"),
    ("ham croquettes", "Croquetas de Jamón"),
    ("croquetas", ASK),
    ("chorizo in cider", "Chorizo a la Sidra"),
    ("meatballs", "Albóndigas"),
    ("albondigas", "Albóndigas"),
    ("fried calamari", "Calamares a la Romana"),
    ("bacon wrapped dates", "Dátiles con Bacon"),
    ("spinach and chickpeas", "Espinacas con Garbanzos"),
    ("eggplant with honey", "Berenjenas con Miel"),
    # cold tapas
    ("ham", ASK),  # ibérico or serrano
    ("jamon iberico", "Jamón Ibérico"),
    ("serrano ham", "Jamón Serrano"),
    ("a cheese plate", "Tabla de Quesos"),
    ("tomato bread", "Pan con Tomate"),
    ("olives", "Aceitunas Aliñadas"),
    ("anchovies", "Boquerones"),
    ("russian salad", "Ensaladilla Rusa"),
    # paellas
    ("paella", ASK),
    ("seafood paella for two", "Paella de Mariscos", "for 2"),
    ("paella valenciana for four", "Paella Valenciana", "for 4"),
    ("a mixed paella", "Paella Mixta"),
    ("chicken paella", ASK),  # valenciana or mixta
    ("black rice", "Arroz Negro"),
    ("squid ink paella", "Arroz Negro"),
    ("veggie paella for 4", "Paella de Verduras", "for 4"),
    # desserts
    ("churros", "Churros con Chocolate"),
    ("crema catalana", "Crema Catalana"),
    ("flan", "Flan de la Casa"),
    ("almond cake", "Tarta de Santiago"),
    # drinks
    ("a pitcher of red sangria", "Sangría Roja", "pitcher"),
    ("sangria", ASK),
    ("two glasses of white sangria", "Sangría Blanca", "glass", 2),
    ("tinto de verano", "Tinto de Verano"),
    ("a bottle of rioja", "Rioja Crianza", "bottle"),
    ("a glass of albarino", "Albariño", "glass"),
    ("a beer", ASK),
    ("estrella", "Estrella Galicia"),
    ("sparkling water", "Agua con Gas"),
    ("a coke", "Coca-Cola"),
    # not on the menu
    ("gazpacho", UNKNOWN),
    ("lamb chops", UNKNOWN),
    ("fideua", UNKNOWN),
    ("a margarita", UNKNOWN),
    ("empanadas", UNKNOWN),
]
