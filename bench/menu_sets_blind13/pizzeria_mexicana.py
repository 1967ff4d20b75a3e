"""A pizzeria in Mexico with a Spanish menu (the pattern of the neighbourhood pizzerías and the
regional chains of Guadalajara, Monterrey, Puebla and Mexico City that deliver by phone and
WhatsApp): pizzas Chica, Mediana, Grande or Familiar, among them the Mexicana with chorizo,
jalapeño and onion, the Hawaiana, the Pastor with pineapple, Carnes Frías, Suprema and Cuatro
Quesos; a stuffed-crust extra by size; alitas by 6, 10 or 20 pieces in four sauces; boneless by
the half or whole order; spaghetti, calzones, sides, desserts, refrescos of 600 ml or 2 litros,
aguas frescas by the half litre or litre and two beers. Callers speak Spanish ("una mexicana
grande", "dos hawaianas familiares", "una de pastor mediana", "diez alitas búfalo", "una coca de
dos litros"), speech recognition drops the accents ("jamon", "champinones", "bufalo") and
mishears ("awayana", "peperoni", "carnes frias", "la suprem"), and a few callers use English
("a large hawaiian"). "Una pizza grande", "un espagueti", "unas alitas de seis", "un calzone", "un
refresco", "un agua fresca" or "una cerveza" alone is a question; a pizza de birria or de
camarones, tacos al pastor, a quesadilla, alitas mango habanero, agua de tamarindo and a Pepsi are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzería La Tradicional"

_CLASICA = {"Chica": 119.0, "Mediana": 159.0, "Grande": 199.0, "Familiar": 249.0}
_ESPECIAL = {"Chica": 139.0, "Mediana": 185.0, "Grande": 235.0, "Familiar": 289.0}
_ALITAS = {"6 Piezas": 99.0, "10 Piezas": 155.0, "20 Piezas": 289.0}
_REFRESCO = {"600 ml": 28.0, "2 Litros": 49.0}
_AGUA = {"Medio Litro": 30.0, "Litro": 50.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizzas Clásicas": [
        ("Pepperoni", _CLASICA, ("salsa de tomate", "queso mozzarella", "pepperoni")),
        ("Hawaiana", _CLASICA, ("jamón", "piña", "queso mozzarella")),
        ("Jamón y Champiñones", _CLASICA, ("jamón", "champiñones", "queso mozzarella")),
        ("Margarita", _CLASICA, ("jitomate", "albahaca", "queso mozzarella")),
        ("Salchicha", _CLASICA, ("salchicha italiana", "queso mozzarella")),
        ("Queso", _CLASICA, ("salsa de tomate", "doble queso mozzarella")),
    ],
    "Pizzas Especiales": [
        ("Mexicana", _ESPECIAL, ("chorizo", "jalapeño", "cebolla", "jitomate", "frijoles",
                                 "queso mozzarella")),
        ("Pastor", _ESPECIAL, ("carne al pastor", "piña", "cebolla", "cilantro",
                               "queso mozzarella")),
        ("Carnes Frías", _ESPECIAL, ("jamón", "salami", "pepperoni", "salchicha", "tocino")),
        ("Suprema", _ESPECIAL, ("pepperoni", "salchicha", "pimiento morrón", "cebolla",
                                "champiñones", "aceitunas negras")),
        ("Cuatro Quesos", _ESPECIAL, ("mozzarella", "manchego", "parmesano", "queso de cabra")),
        ("Vegetariana", _ESPECIAL, ("champiñones", "pimiento morrón", "cebolla", "aceitunas",
                                    "jitomate", "elote")),
        ("Ranchera", _ESPECIAL, ("arrachera", "pimiento", "cebolla", "salsa ranchera",
                                 "queso mozzarella")),
        ("Pollo BBQ", _ESPECIAL, ("pollo", "salsa bbq", "cebolla morada", "tocino")),
        ("Especial de la Casa", _ESPECIAL, ("pepperoni", "jamón", "champiñones", "pimiento",
                                            "cebolla", "salchicha")),
    ],
    "Extras": [
        ("Orilla Rellena de Queso", {"Chica": 25.0, "Mediana": 30.0, "Grande": 35.0,
                                     "Familiar": 40.0}, ("queso philadelphia", "mozzarella")),
    ],
    "Alitas y Boneless": [
        ("Alitas BBQ", _ALITAS, ("alitas de pollo", "salsa bbq", "apio", "zanahoria", "aderezo")),
        ("Alitas Búfalo", _ALITAS, ("alitas de pollo", "salsa búfalo", "apio", "zanahoria",
                                    "aderezo")),
        ("Alitas Lemon Pepper", _ALITAS, ("alitas de pollo", "limón", "pimienta")),
        ("Alitas Chipotle", _ALITAS, ("alitas de pollo", "salsa de chipotle")),
        ("Boneless", {"Media Orden": 89.0, "Orden": 155.0}, ("pechuga empanizada",
                                                             "salsa a elegir", "aderezo")),
    ],
    "Entradas": [
        ("Papas a la Francesa", 59.0),
        ("Papas Gajo", 65.0, ("papas sazonadas",)),
        ("Pan de Ajo", 45.0, ("pan", "mantequilla de ajo", "perejil")),
        ("Pan de Ajo con Queso", 59.0, ("pan", "mantequilla de ajo", "queso mozzarella")),
        ("Dedos de Queso", 79.0, ("queso mozzarella empanizado", "salsa marinara")),
        ("Nachos con Queso", 69.0, ("totopos", "queso amarillo", "jalapeños")),
    ],
    "Pastas y Calzones": [
        ("Espagueti a la Boloñesa", 119.0, ("espagueti", "carne molida", "salsa de tomate")),
        ("Espagueti a la Crema", 109.0, ("espagueti", "crema", "queso parmesano")),
        ("Lasaña de Carne", 135.0, ("pasta", "carne molida", "bechamel", "mozzarella")),
        ("Calzone de Jamón", 115.0, ("jamón", "queso mozzarella", "salsa de tomate")),
        ("Calzone de Pepperoni", 115.0, ("pepperoni", "queso mozzarella", "salsa de tomate")),
    ],
    "Postres": [
        ("Rollos de Canela", 69.0, ("masa de pizza", "canela", "glaseado")),
        ("Pay de Queso", 55.0, ("rebanada",)),
        ("Brownie con Helado", 65.0, ("brownie", "helado de vainilla")),
    ],
    "Bebidas": [
        ("Coca-Cola", _REFRESCO),
        ("Coca-Cola Sin Azúcar", _REFRESCO),
        ("Sprite", _REFRESCO),
        ("Fanta Naranja", _REFRESCO),
        ("Sidral Mundet", _REFRESCO),
        ("Agua de Horchata", _AGUA),
        ("Agua de Jamaica", _AGUA),
        ("Agua Natural", 20.0),
        ("Cerveza Corona", 40.0),
        ("Cerveza Victoria", 40.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Especial de la Casa",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas
    ("una mexicana grande", "Mexicana", "grande"),
    ("una pizza mexicana familiar", "Mexicana", "familiar"),
    ("dos hawaianas familiares", "Hawaiana", "familiar", 2),
    ("una awayana chica", "Hawaiana", "chica"),
    ("a large hawaiian", "Hawaiana", "grande"),
    ("una de pastor mediana", "Pastor", "mediana"),
    ("pizza al pastor grande", "Pastor", "grande"),
    ("una peperoni chica", "Pepperoni", "chica"),
    ("tres pizzas de pepperoni grandes", "Pepperoni", "grande", 3),
    ("la de jamon y champinones mediana", "Jamón y Champiñones", "mediana"),
    ("una carnes frias familiar", "Carnes Frías", "familiar"),
    ("la suprem grande", "Suprema", "grande"),
    ("cuatro quesos mediana", "Cuatro Quesos", "mediana"),
    ("una vegetariana chica", "Vegetariana", "chica"),
    ("una ranchera grande", "Ranchera", "grande"),
    ("pizza de pollo barbecue mediana", "Pollo BBQ", "mediana"),
    ("la especial de la casa familiar", "Especial de la Casa", "familiar"),
    ("una pizza de queso chica", "Queso", "chica"),
    ("una margarita mediana", "Margarita", "mediana"),
    ("una de salchicha grande", "Salchicha", "grande"),
    ("una pizza grande", ASK),
    # extras
    ("orilla rellena de queso familiar", "Orilla Rellena de Queso", "familiar"),
    # alitas y boneless
    ("diez alitas bufalo", "Alitas Búfalo", "10 piezas"),
    ("alitas bbq de veinte piezas", "Alitas BBQ", "20 piezas"),
    ("seis alitas lemon pepper", "Alitas Lemon Pepper", "6 piezas"),
    ("alitas chipotle de diez", "Alitas Chipotle", "10 piezas"),
    ("unas alitas de seis", ASK),
    ("una orden de boneless", "Boneless", "orden"),
    ("media orden de boneless", "Boneless", "media orden"),
    # entradas
    ("papas a la francesa", "Papas a la Francesa"),
    ("pan de ajo", "Pan de Ajo"),
    ("dos panes de ajo con queso", "Pan de Ajo con Queso", None, 2),
    ("unos nachos", "Nachos con Queso"),
    # pastas y calzones
    ("espagueti boloñesa", "Espagueti a la Boloñesa"),
    ("un spaghetti a la crema", "Espagueti a la Crema"),
    ("una lasana", "Lasaña de Carne"),
    ("calzone de pepperoni", "Calzone de Pepperoni"),
    ("un espagueti", ASK),
    ("un calzone", ASK),
    # postres
    ("rollos de canela", "Rollos de Canela"),
    ("dos rebanadas de pay de queso", "Pay de Queso", None, 2),
    ("un brownie", "Brownie con Helado"),
    # bebidas
    ("una coca de dos litros", "Coca-Cola", "2 litros"),
    ("coca cola de seis cientos", "Coca-Cola", "600 ml"),
    ("una coca sin azucar de 600", "Coca-Cola Sin Azúcar", "600 ml"),
    ("un sidral de dos litros", "Sidral Mundet", "2 litros"),
    ("agua de jamaica de litro", "Agua de Jamaica", "litro"),
    ("medio litro de horchata", "Agua de Horchata", "medio litro"),
    ("una corona", "Cerveza Corona"),
    ("un refresco", ASK),
    ("un agua fresca", ASK),
    ("una cerveza", ASK),
    # no están en el menú
    ("una pizza de birria grande", UNKNOWN),
    ("pizza de camarones", UNKNOWN),
    ("tres tacos al pastor", UNKNOWN),
    ("una quesadilla", UNKNOWN),
    ("alitas mango habanero", UNKNOWN),
    ("agua de tamarindo", UNKNOWN),
    ("una pepsi", UNKNOWN),
]
