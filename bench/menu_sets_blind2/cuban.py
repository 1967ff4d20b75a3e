"""A Cuban restaurant menu (the pattern of US Cuban take-out menus, Miami and Tampa style):
Spanish names with their accents, pressed sandwiches that share roast pork, ham and swiss, plates
of shredded or fried beef and pork, croquetas and empanadas by filling, two kinds of yuca and of
plantain, pastelitos, Cuban coffee in four forms, batidos by size. Callers drop the accents, say
"b" for "v" ("bocca frita") and use the English for a dish whose ingredients say what it is."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Cuban restaurant"

BATIDO = {"Small": 5.0, "Large": 7.0}

CATEGORIES: dict[str, list[Item]] = {
    "Sándwiches": [
        ("Cubano", 11.0, ("roast pork", "ham", "swiss cheese", "pickles", "mustard", "pressed cuban bread")),
        ("Medianoche", 11.0, ("roast pork", "ham", "swiss cheese", "pickles", "mustard", "sweet egg bread")),
        ("Pan con Lechón", 10.0, ("roast pork", "mojo", "grilled onions", "cuban bread")),
        ("Pan con Bistec", 12.0, ("thin palomilla steak", "onions", "potato sticks", "cuban bread")),
        ("Frita Cubana", 9.0, ("seasoned beef and chorizo patty", "shoestring potatoes", "onion", "bun")),
        ("Elena Ruz", 10.0, ("turkey", "cream cheese", "strawberry jam", "sweet bread")),
    ],
    "Platos Fuertes": [
        ("Ropa Vieja", 17.0, ("shredded beef", "tomato sofrito", "peppers", "onions")),
        ("Vaca Frita", 17.0, ("crispy shredded beef", "mojo", "grilled onions")),
        ("Picadillo", 14.0, ("ground beef", "olives", "raisins", "potatoes")),
        ("Lechón Asado", 16.0, ("roast pork", "mojo", "onions")),
        ("Masitas de Puerco", 16.0, ("fried pork chunks", "mojo", "onions")),
        ("Bistec de Palomilla", 18.0, ("thin top sirloin steak", "onions", "lime")),
        ("Pollo a la Plancha", 15.0, ("grilled chicken breast", "onions", "lime")),
        ("Pollo Asado", {"Quarter": 9.0, "Half": 14.0, "Whole": 24.0}, ("mojo marinated roast chicken",)),
        ("Arroz con Pollo", {"Regular": 15.0, "Family": 34.0}, ("yellow rice", "chicken", "peppers", "peas")),
        ("Camarones al Ajillo", 19.0, ("shrimp", "garlic sauce")),
    ],
    "Aperitivos": [
        ("Croqueta de Jamón", 1.5, ("ham croquette",)),
        ("Croqueta de Pollo", 1.5, ("chicken croquette",)),
        ("Papa Rellena", 3.5, ("mashed potato ball", "picadillo filling")),
        ("Empanada de Carne", 3.0, ("ground beef",)),
        ("Empanada de Pollo", 3.0, ("chicken",)),
        ("Tostones", 5.0, ("fried green plantains", "mojo")),
        ("Yuca Frita", 5.5, ("fried cassava", "cilantro aioli")),
    ],
    "Acompañantes": [
        ("Arroz Blanco", 3.0),
        ("Frijoles Negros", {"Small": 3.5, "Large": 6.0}),
        ("Moros y Cristianos", 4.5, ("rice cooked with black beans",)),
        ("Maduros", 4.5, ("sweet fried plantains",)),
        ("Yuca con Mojo", 5.0, ("boiled cassava", "garlic mojo")),
        ("Ensalada de Aguacate", 6.0, ("avocado", "onion", "lime")),
    ],
    "Postres": [
        ("Flan", 4.5),
        ("Tres Leches", 5.5),
        ("Arroz con Leche", 4.0, ("rice pudding", "cinnamon")),
        ("Pastelito de Guayaba", 1.75, ("guava", "puff pastry")),
        ("Pastelito de Guayaba y Queso", 2.0, ("guava", "cream cheese", "puff pastry")),
    ],
    "Café y Bebidas": [
        ("Café Cubano", 1.75, ("sweet espresso shot",)),
        ("Cortadito", 2.5, ("espresso", "steamed milk")),
        ("Café con Leche", {"Small": 3.0, "Large": 4.0}, ("espresso", "hot milk")),
        ("Colada", 2.75, ("espresso to share", "small cups")),
        ("Batido de Mamey", BATIDO, ("mamey", "milk")),
        ("Batido de Mango", BATIDO, ("mango", "milk")),
        ("Guarapo", 3.5, ("sugar cane juice",)),
        ("Materva", 2.0),
        ("Ironbeer", 2.0),
        ("Malta Hatuey", 2.25),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # sandwiches
    ("a cuban sandwich", "Cubano"),
    ("two cubanos", "Cubano", None, 2),
    ("media noche", "Medianoche"),
    ("pan con lechon", "Pan con Lechón"),
    ("a steak sandwich", "Pan con Bistec"),
    ("pan con bistek", "Pan con Bistec"),
    ("a frita", "Frita Cubana"),
    ("a cuban burger", "Frita Cubana"),
    ("elena ruiz", "Elena Ruz"),
    # plates
    ("ropa vieja", "Ropa Vieja"),
    ("roba vieja", "Ropa Vieja"),
    ("shredded beef", ASK),  # ropa vieja or vaca frita
    ("vaca frita", "Vaca Frita"),
    ("bocca frita", "Vaca Frita"),
    ("picadillo", "Picadillo"),
    ("lechon asado", "Lechón Asado"),
    ("masitas", "Masitas de Puerco"),
    ("fried pork chunks", "Masitas de Puerco"),
    ("palomilla steak", "Bistec de Palomilla"),
    ("pollo plancha", "Pollo a la Plancha"),
    ("half a chicken", "Pollo Asado", "half"),
    ("a whole roast chicken", "Pollo Asado", "whole"),
    ("chicken", ASK),
    ("chicken and yellow rice", "Arroz con Pollo"),
    ("family size arroz con pollo", "Arroz con Pollo", "family"),
    ("garlic shrimp", "Camarones al Ajillo"),
    # appetizers and sides
    ("six ham croquetas", "Croqueta de Jamón", None, 6),
    ("croquetas", ASK),
    ("chicken croquettes", "Croqueta de Pollo"),
    ("beef empanada", "Empanada de Carne"),
    ("two empanadas", ASK),
    ("tostones", "Tostones"),
    ("fried green plantains", "Tostones"),
    ("sweet plantains", "Maduros"),
    ("plantains", ASK),
    ("yuca", ASK),  # fried or with mojo
    ("fried yuca", "Yuca Frita"),
    ("white rice", "Arroz Blanco"),
    ("a large black beans", "Frijoles Negros", "large"),
    ("moros", "Moros y Cristianos"),
    ("avocado salad", "Ensalada de Aguacate"),
    # desserts
    ("flan", "Flan"),
    ("tres leches cake", "Tres Leches"),
    ("rice pudding", "Arroz con Leche"),
    ("guava pastry", ASK),  # guava or guava and cheese
    ("guava and cheese pastelito", "Pastelito de Guayaba y Queso"),
    # coffee and drinks
    ("a cafecito", "Café Cubano"),
    ("a cuban coffee", "Café Cubano"),
    ("cortadito", "Cortadito"),
    ("a large cafe con leche", "Café con Leche", "large"),
    ("a colada", "Colada"),
    ("mamey shake", "Batido de Mamey"),
    ("a large mango batido", "Batido de Mango", "large"),
    ("a batido", ASK),
    ("iron beer", "Ironbeer"),
    ("sugar cane juice", "Guarapo"),
    # not on the menu
    ("a mojito", UNKNOWN),
    ("oxtail", UNKNOWN),
    ("a cheese empanada", UNKNOWN),
    ("tamales", UNKNOWN),
]
