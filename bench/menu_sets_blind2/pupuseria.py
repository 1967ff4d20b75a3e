"""A Salvadoran pupusería menu (the pattern of US pupuserías' take-out menus): pupusas named by
filling in Spanish ("de Queso con Loroco", "Revuelta"), antojitos, two yuca dishes with
chicharrón, plates, soups small or large, frescos by the glass or pitcher (one of them called
"Ensalada", a fruit drink), a sweet "Quesadilla" that is a cake. Callers order pupusas by the
count and by filling alone ("four loroco con queso") and say the fillings in English."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Salvadoran pupusería"

SOPA = {"Small": 10.0, "Large": 14.0}
FRESCO = {"Glass": 3.0, "Pitcher": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pupusas": [
        ("Pupusa Revuelta", 3.25, ("chicharrón", "cheese", "refried beans")),
        ("Pupusa de Queso", 3.0, ("cheese",)),
        ("Pupusa de Frijol con Queso", 3.0, ("refried beans", "cheese")),
        ("Pupusa de Queso con Loroco", 3.5, ("cheese", "loroco flower")),
        ("Pupusa de Chicharrón con Queso", 3.25, ("chicharrón", "cheese")),
        ("Pupusa de Ayote con Queso", 3.25, ("zucchini", "cheese")),
        ("Pupusa de Pollo con Queso", 3.5, ("shredded chicken", "cheese")),
        ("Pupusa de Camarón", 4.5, ("shrimp", "cheese")),
        ("Pupusa Loca", 9.0,
         ("family size", "chicharrón", "chicken", "beans", "loroco", "zucchini", "cheese")),
    ],
    "Antojitos": [
        ("Pastelitos de Carne", 6.0, ("three fried corn turnovers", "ground beef", "potato", "curtido")),
        ("Tamal de Pollo", 3.0, ("corn masa", "chicken", "potato", "banana leaf")),
        ("Tamal de Elote", 2.5, ("sweet corn", "crema")),
        ("Yuca Frita con Chicharrón", 10.0, ("fried cassava", "fried pork", "curtido", "salsa")),
        ("Yuca Sancochada con Chicharrón", 10.0, ("boiled cassava", "fried pork", "curtido")),
        ("Plátanos Fritos con Frijoles y Crema", 8.0, ("fried sweet plantains", "refried beans", "crema")),
        ("Empanadas de Plátano", 2.5, ("sweet plantain", "milk custard")),
        ("Enchiladas Salvadoreñas", 7.0, ("fried corn tortilla", "ground beef", "egg", "cheese", "curtido")),
    ],
    "Platos": [
        ("Desayuno Típico", 11.0,
         ("scrambled eggs", "fried plantains", "refried beans", "cheese", "crema", "tortillas")),
        ("Carne Asada", 16.0, ("grilled steak", "rice", "beans", "salad", "tortillas")),
        ("Pollo Guisado", 14.0, ("stewed chicken", "potato", "rice", "tortillas")),
        ("Pollo Encebollado", 14.0, ("grilled chicken", "onions", "rice", "beans")),
        ("Lomo Encebollado", 17.0, ("steak", "onions", "rice", "beans")),
        ("Mojarra Frita", 18.0, ("whole fried tilapia", "rice", "salad", "tortillas")),
    ],
    "Sopas": [
        ("Sopa de Res", SOPA, ("beef shank", "corn", "yuca", "cabbage", "carrot")),
        ("Sopa de Pata", SOPA, ("cow feet", "tripe", "yuca", "corn", "plantain")),
        ("Sopa de Gallina India", SOPA, ("hen", "vegetables", "rice")),
    ],
    "Bebidas": [
        ("Horchata", FRESCO, ("morro seed", "rice", "cinnamon")),
        ("Ensalada de Frutas", FRESCO, ("chopped fruit drink", "pineapple", "mamey", "apple")),
        ("Tamarindo", FRESCO),
        ("Marañón", FRESCO, ("cashew fruit",)),
        ("Kolashanpan", 2.0, ("salvadoran soda",)),
        ("Coca-Cola", 2.0),
        ("Atol de Elote", 3.5, ("hot sweet corn drink",)),
        ("Chocolate Caliente", 3.0),
    ],
    "Postres": [
        ("Quesadilla Salvadoreña", 3.0, ("sweet cheese pound cake", "sesame")),
        ("Semita", 3.0, ("pineapple jam pastry",)),
        ("Flan", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pupusas
    ("three revueltas", "Pupusa Revuelta", None, 3),
    ("pupusas revueltas", "Pupusa Revuelta"),
    ("a pork bean and cheese pupusa", "Pupusa Revuelta"),
    ("2 cheese pupusas", "Pupusa de Queso", None, 2),
    ("a pupusa de queso", "Pupusa de Queso"),
    ("bean and cheese", "Pupusa de Frijol con Queso"),
    ("frijol con queso", "Pupusa de Frijol con Queso"),
    ("four loroco con queso", "Pupusa de Queso con Loroco", None, 4),
    ("pupusa de loroco", "Pupusa de Queso con Loroco"),
    ("chicharron con queso", "Pupusa de Chicharrón con Queso"),
    ("chicharrón", ASK),  # the pupusa or either yuca
    ("zucchini and cheese pupusa", "Pupusa de Ayote con Queso"),
    ("ayote", "Pupusa de Ayote con Queso"),
    ("a shrimp pupusa", "Pupusa de Camarón"),
    ("chicken pupusa", "Pupusa de Pollo con Queso"),
    ("a pupusa", ASK),
    ("pupusa loca", "Pupusa Loca"),
    ("rice flour pupusas", UNKNOWN),  # only corn here
    # antojitos
    ("pastelitos", "Pastelitos de Carne"),
    ("chicken tamale", "Tamal de Pollo"),
    ("two tamales de elote", "Tamal de Elote", None, 2),
    ("sweet corn tamale", "Tamal de Elote"),
    ("a tamal", ASK),
    ("yuca frita", "Yuca Frita con Chicharrón"),
    ("yuca con chicharron", ASK),  # fried or boiled
    ("boiled yuca", "Yuca Sancochada con Chicharrón"),
    ("platanos con crema", "Plátanos Fritos con Frijoles y Crema"),
    ("plantain empanadas", "Empanadas de Plátano"),
    ("platano", ASK),
    ("enchiladas", "Enchiladas Salvadoreñas"),
    # plates and soups
    ("the typical breakfast", "Desayuno Típico"),
    ("desayuno tipico", "Desayuno Típico"),
    ("carne asada", "Carne Asada"),
    ("pollo guisado", "Pollo Guisado"),
    ("chicken stew", "Pollo Guisado"),
    ("encebollado", ASK),  # chicken or steak
    ("steak with onions", "Lomo Encebollado"),
    ("fried fish", "Mojarra Frita"),
    ("a fried tilapia", "Mojarra Frita"),
    ("a large sopa de res", "Sopa de Res", "large"),
    ("beef soup", "Sopa de Res"),
    ("sopa de pata small", "Sopa de Pata", "small"),
    ("chicken soup", "Sopa de Gallina India"),
    ("soup", ASK),
    # drinks and desserts
    ("a pitcher of horchata", "Horchata", "pitcher"),
    ("two horchatas", "Horchata", None, 2),
    ("a glass of ensalada", "Ensalada de Frutas", "glass"),
    ("tamarind", "Tamarindo"),
    ("marañon juice", "Marañón"),
    ("a kolashampan", "Kolashanpan"),
    ("atol de elote", "Atol de Elote"),
    ("hot chocolate", "Chocolate Caliente"),
    ("quesadilla", "Quesadilla Salvadoreña"),
    ("semita", "Semita"),
    ("flan", "Flan"),
    # not on the menu
    ("tacos", UNKNOWN),
    ("a burrito", UNKNOWN),
    ("sopa de mariscos", UNKNOWN),
    ("carne guisada", UNKNOWN),
]
