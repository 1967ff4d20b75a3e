"""A Nicaraguan restaurant with a Spanish menu (the pattern of Nicaraguan fritanga and restaurant
take-out menus in Miami's Sweetwater, Los Angeles, San Francisco's Mission and Houston): vigorón,
nacatamal, gallo pinto, indio viejo, baho, carne asada Pequeña or Grande, pollo asado, churrasco,
pescado frito, sopa de mondongo and sopa de res, tacos and enchiladas nicas, tostones, maduros,
queso frito, quesillo, tres leches, pío quinto, buñuelos, pinolillo, cacao and the other refrescos
Pequeño or Grande, Toña and Victoria. Callers drop the accents and say "a vigoron", "bigoron", "two
nacatamales", "gallo pinto" ("guyo pinto", "rice and beans"), "indio viejo" ("indio vieho"), "baho"
("vaho"), "a large carne asada", "sweet plantains", "fried cheese", "tres leches cake", "pio quinto"
("pio v"), "a large pinolillo", "a small cacao", "a large hibiscus" for jamaica; "quesillo" is
misheard "kay see yo". "A refresco", "a beer", "a soup", "plantains", "a chicken plate", "a steak
plate" and "una grande" alone are questions; chancho con yuca, a güirila, rondón, a pupusa, sopa de
queso, sopa de frijoles and rosquillas are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Restaurante Nicaragüense"

_REFRESCO = {"Pequeño": 3.0, "Grande": 4.5}

CATEGORIES: dict[str, list[Item]] = {
    "Platos Típicos": [
        ("Vigorón", 12.0, ("yuca", "chicharrón", "cabbage salad", "banana leaf")),
        ("Nacatamal", 6.5, ("corn masa", "pork", "rice", "potato", "banana leaf")),
        ("Gallo Pinto", 5.0, ("red beans", "rice", "onion")),
        ("Indio Viejo", 13.0, ("shredded beef", "corn masa", "sour orange", "mint")),
        ("Baho", 16.0, ("salted beef", "green plantain", "ripe plantain", "yuca", "banana leaf")),
        ("Desayuno Nica", 11.0, ("gallo pinto", "egg", "queso frito", "maduros", "tortilla")),
        ("Tacos Nicas", 9.0, ("rolled fried tortillas", "shredded beef", "cabbage salad", "cream")),
        ("Enchiladas Nicas", 9.0, ("fried tortilla turnover", "rice", "ground beef", "cabbage salad")),
        ("Salpicón", 12.0, ("minced beef", "onion", "lime", "rice")),
    ],
    "De la Parrilla (Grill)": [
        ("Carne Asada", {"Pequeña": 13.0, "Grande": 18.0}, ("grilled steak", "gallo pinto",
                                                            "tostones", "cabbage salad")),
        ("Pollo Asado", {"Pequeña": 11.0, "Grande": 15.0}, ("grilled chicken", "gallo pinto",
                                                            "tostones", "cabbage salad")),
        ("Churrasco", 24.0, ("skirt steak", "chimichurri", "gallo pinto", "maduros")),
        ("Pollo Frito", 12.0, ("fried chicken", "tajadas", "cabbage salad")),
        ("Pescado Frito", 19.0, ("whole fried fish", "tostones", "cabbage salad")),
    ],
    "Sopas": [
        ("Sopa de Mondongo", 12.0, ("tripe", "yuca", "plantain", "vegetables")),
        ("Sopa de Res", 12.0, ("beef", "yuca", "corn", "chayote")),
        ("Sopa de Albóndigas", 12.0, ("chicken meatballs", "vegetables")),
    ],
    "Acompañantes (Sides)": [
        ("Tostones con Queso", 7.0, ("fried green plantains", "queso frito")),
        ("Maduros", 4.5, ("sweet fried plantains",)),
        ("Tajadas", 4.0, ("green plantain chips",)),
        ("Queso Frito", 5.5, ("fried white cheese",)),
        ("Quesillo", 7.0, ("tortilla", "soft cheese", "pickled onion", "cream")),
        ("Yuca Frita", 4.5),
        ("Arroz Blanco", 2.5),
        ("Tortilla", 1.0),
    ],
    "Postres": [
        ("Tres Leches", 5.0),
        ("Pío Quinto", 5.0, ("rum soaked cake", "custard", "cinnamon")),
        ("Buñuelos", 5.0, ("yuca and cheese fritters", "syrup")),
        ("Arroz con Leche", 4.0),
    ],
    "Bebidas": [
        ("Pinolillo", _REFRESCO),
        ("Cacao", _REFRESCO),
        ("Chía", _REFRESCO),
        ("Tamarindo", _REFRESCO),
        ("Cebada", _REFRESCO),
        ("Jamaica", _REFRESCO),
        ("Toña", 4.5),
        ("Victoria", 4.5),
        ("Café", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Baho",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # platos tipicos
    ("a vigoron", "Vigorón"),
    ("two bigoron", "Vigorón", None, 2),
    ("yuca with chicharron", "Vigorón"),
    ("two nacatamales", "Nacatamal", None, 2),
    ("gallo pinto", "Gallo Pinto"),
    ("guyo pinto", "Gallo Pinto"),
    ("rice and beans", "Gallo Pinto"),
    ("indio viejo", "Indio Viejo"),
    ("indio vieho", "Indio Viejo"),
    ("baho", "Baho"),
    ("vaho", "Baho"),
    ("nica breakfast", "Desayuno Nica"),
    ("tacos nicas", "Tacos Nicas"),
    ("two enchiladas nicaraguenses", "Enchiladas Nicas", None, 2),
    ("salpicon", "Salpicón"),
    # grill
    ("a large carne asada", "Carne Asada", "grande"),
    ("carne asada pequena", "Carne Asada", "pequeña"),
    ("two carne asada grande", "Carne Asada", "grande", 2),
    ("small grilled steak", "Carne Asada", "pequeña"),
    ("pollo asado grande", "Pollo Asado", "grande"),
    ("a small grilled chicken", "Pollo Asado", "pequeña"),
    ("churrasco", "Churrasco"),
    ("a steak plate", ASK),
    ("fried chicken", "Pollo Frito"),
    ("a chicken plate", ASK),
    ("fried fish", "Pescado Frito"),
    ("una grande", ASK),
    # soups
    ("sopa de mondongo", "Sopa de Mondongo"),
    ("tripe soup", "Sopa de Mondongo"),
    ("beef soup", "Sopa de Res"),
    ("meatball soup", "Sopa de Albóndigas"),
    ("a soup", ASK),
    # sides
    ("tostones", "Tostones con Queso"),
    ("sweet plantains", "Maduros"),
    ("tajadas", "Tajadas"),
    ("plantains", ASK),
    ("fried cheese", "Queso Frito"),
    ("two quesillos", "Quesillo", None, 2),
    ("kay see yo", "Quesillo"),
    ("fried yuca", "Yuca Frita"),
    # desserts
    ("tres leches cake", "Tres Leches"),
    ("pio quinto", "Pío Quinto"),
    ("pio v", "Pío Quinto"),
    ("bunuelos", "Buñuelos"),
    ("rice pudding", "Arroz con Leche"),
    # drinks
    ("a large pinolillo", "Pinolillo", "grande"),
    ("a small cacao", "Cacao", "pequeño"),
    ("chia grande", "Chía", "grande"),
    ("two tamarindo pequeno", "Tamarindo", "pequeño", 2),
    ("a large hibiscus", "Jamaica", "grande"),
    ("a tona", "Toña"),
    ("a refresco", ASK),
    ("a beer", ASK),
    # not on the menu
    ("chancho con yuca", UNKNOWN),
    ("a guirila", UNKNOWN),
    ("rondon", UNKNOWN),
    ("a pupusa", UNKNOWN),
    ("sopa de queso", UNKNOWN),
    ("rosquillas", UNKNOWN),
    ("sopa de frijoles", UNKNOWN),
]
