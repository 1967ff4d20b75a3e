"""A Mexican taqueria whose menu is in Spanish (the pattern of California / Texas taquerias):
street tacos by the meat (asada, al pastor, lengua, tripa, cabeza, suadero, campechano),
burritos, tortas, antojitos, aguas frescas chica or grande. Callers order in English, in Spanish
("tacos de ...", "tres de pastor") or a mix; "lengua" is beef tongue, "tripa" tripe, "cabeza"
beef head, campechano asada with chorizo. "Taco", "burrito" or "pastor" alone is a question."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Mexican taqueria"

AGUA = {"chica": 3.0, "grande": 4.5}

CATEGORIES: dict[str, list[Item]] = {
    "Tacos": [
        ("Taco de Asada", 3.5, ("grilled steak", "onion", "cilantro", "corn tortilla")),
        ("Taco al Pastor", 3.5, ("marinated pork", "pineapple", "onion", "cilantro")),
        ("Taco de Carnitas", 3.5, ("braised pork", "onion", "cilantro")),
        ("Taco de Pollo", 3.25, ("grilled chicken", "onion", "cilantro")),
        ("Taco de Lengua", 4.0, ("beef tongue", "onion", "cilantro")),
        ("Taco de Tripa", 4.0, ("crispy beef tripe", "onion", "cilantro")),
        ("Taco de Cabeza", 3.75, ("beef head meat", "onion", "cilantro")),
        ("Taco de Suadero", 3.75, ("brisket", "onion", "cilantro")),
        ("Taco de Chorizo", 3.25, ("mexican sausage", "onion", "cilantro")),
        ("Taco Campechano", 4.0, ("asada", "chorizo", "onion", "cilantro")),
        ("Quesabirria Taco", 4.5, ("birria beef", "melted cheese", "consome for dipping")),
    ],
    "Burritos": [
        ("Burrito de Asada", 11.0, ("grilled steak", "rice", "beans", "salsa", "flour tortilla")),
        ("Burrito al Pastor", 11.0, ("marinated pork", "rice", "beans", "salsa")),
        ("Burrito de Carnitas", 11.0, ("braised pork", "rice", "beans", "salsa")),
        ("Burrito de Pollo", 10.5, ("grilled chicken", "rice", "beans", "salsa")),
        ("Burrito Vegetariano", 9.5, ("rice", "beans", "avocado", "cheese", "lettuce")),
    ],
    "Tortas y Antojitos": [
        ("Torta de Milanesa", 12.0, ("breaded steak", "bean spread", "avocado", "jalapeno", "bolillo")),
        ("Torta de Carnitas", 11.0, ("braised pork", "bean spread", "avocado", "bolillo")),
        ("Quesadilla", 9.0, ("flour tortilla", "cheese", "choice of meat")),
        ("Gringa", 9.0, ("flour tortilla", "al pastor", "cheese", "pineapple")),
        ("Sopes", 9.0, ("two thick corn masa cakes", "beans", "choice of meat", "crema", "queso fresco")),
        ("Huarache", 11.0, ("long masa flatbread", "beans", "choice of meat", "salsa verde")),
        ("Consomé de Birria", 6.0, ("birria broth", "onion", "cilantro")),
    ],
    "Acompañantes": [
        ("Frijoles Charros", 4.0, ("pinto beans", "bacon", "chorizo", "broth")),
        ("Arroz", 3.0, ("mexican rice",)),
        ("Elote", 5.0, ("corn on the cob", "mayo", "cotija", "chile")),
        ("Chips y Salsa", 4.0, ("tortilla chips", "salsa roja")),
        ("Guacamole", 6.0, ("avocado", "onion", "cilantro", "lime", "chips")),
    ],
    "Bebidas": [
        ("Horchata", AGUA, ("rice cinnamon drink",)),
        ("Agua de Jamaica", AGUA, ("hibiscus agua fresca",)),
        ("Agua de Tamarindo", AGUA, ("tamarind agua fresca",)),
        ("Jarritos", 2.5, ("mexican soda", "mandarin", "tamarind", "lime")),
        ("Mexican Coke", 3.5, ("coca-cola in glass bottle",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # tacos
    ("tres tacos al pastor", "Taco al Pastor", None, 3),
    ("can i get two pastor tacos", "Taco al Pastor", None, 2),
    ("cuatro tacos de asada", "Taco de Asada", None, 4),
    ("a carne asada taco", "Taco de Asada"),
    ("steak taco", "Taco de Asada"),
    ("taco de lengua", "Taco de Lengua"),
    ("beef tongue tacos", "Taco de Lengua"),
    ("tacos de tripa", "Taco de Tripa"),
    ("two tripitas tacos", "Taco de Tripa", None, 2),
    ("a campechano", "Taco Campechano"),
    ("taco with asada and chorizo mixed", "Taco Campechano"),
    ("chicken tacos", "Taco de Pollo"),
    ("cabeza taco", "Taco de Cabeza"),
    ("suadero", "Taco de Suadero"),
    ("chorizo taco", "Taco de Chorizo"),
    ("carnitas taco", "Taco de Carnitas"),
    ("three quesabirria", "Quesabirria Taco", None, 3),
    ("birria tacos", "Quesabirria Taco"),
    ("taco", ASK),
    ("pork taco", ASK),
    # burritos
    ("burrito", ASK),
    ("pollo burrito", "Burrito de Pollo"),
    ("asada burrito", "Burrito de Asada"),
    ("burrito de carnitas", "Burrito de Carnitas"),
    ("veggie burrito", "Burrito Vegetariano"),
    ("a bean and rice burrito no meat", "Burrito Vegetariano"),
    ("pastor", ASK),
    ("carnitas", ASK),
    # tortas y antojitos
    ("torta milanesa", "Torta de Milanesa"),
    ("the breaded steak sandwich", "Torta de Milanesa"),
    ("torta", ASK),
    ("quesadilla with asada", "Quesadilla"),
    ("a gringa", "Gringa"),
    ("sopes", "Sopes"),
    ("guarache", "Huarache"),
    ("consome", "Consomé de Birria"),
    # sides
    ("charro beans", "Frijoles Charros"),
    ("a side of rice", "Arroz"),
    ("street corn", "Elote"),
    ("chips and salsa", "Chips y Salsa"),
    ("guac", "Guacamole"),
    # drinks
    ("large horchata", "Horchata", "grande"),
    ("horchata grande", "Horchata", "grande"),
    ("small jamaica", "Agua de Jamaica", "chica"),
    ("a large hibiscus water", "Agua de Jamaica", "grande"),
    ("tamarindo chica", "Agua de Tamarindo", "chica"),
    ("agua fresca", ASK),
    ("a jarrito", "Jarritos"),
    ("mexican coke", "Mexican Coke"),
    # not on the menu
    ("fish tacos", UNKNOWN),
    ("shrimp taco", UNKNOWN),
    ("lengua burrito", UNKNOWN),
    ("enchiladas", UNKNOWN),
    ("chimichanga", UNKNOWN),
    ("tamales", UNKNOWN),
    ("pozole", UNKNOWN),
    ("chicken torta", UNKNOWN),
]
