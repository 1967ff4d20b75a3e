"""A Puerto Rican restaurant with a Spanish menu (the pattern of Bronx, Orlando and Philadelphia
Puerto Rican take-out menus): mofongos by their topping, platos (pernil, chuleta, pastelón),
frituras (alcapurrias, bacalaítos, pastelillos), acompañantes, postres, jugos naturales Pequeño
or Grande. Callers say the English ("shrimp mofongo", "fried pork chop", "codfish fritters"),
drop the "de" and mishear mofongo and alcapurria. "Un mofongo", "alcapurria", "pastelillo",
"rice", "plantains", "a steak plate" or "un jugo" alone is a question; pasteles, octopus mofongo,
sorullitos, piononos and a tripleta are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Puerto Rican (Spanish menu)"


def _jugo(small: float, large: float) -> dict[str, float]:
    return {"Pequeño": small, "Grande": large}


CATEGORIES: dict[str, list[Item]] = {
    "Mofongos": [
        ("Mofongo de Pollo", 15.95, ("plátano verde majado", "ajo", "chicharrón", "pollo guisado")),
        ("Mofongo de Camarones", 19.95, ("plátano verde majado", "ajo", "camarones al ajillo")),
        ("Mofongo de Churrasco", 22.95, ("plátano verde majado", "ajo", "churrasco", "chimichurri")),
        ("Mofongo de Pernil", 16.95, ("plátano verde majado", "ajo", "pernil asado")),
        ("Trifongo", 17.95, ("plátano verde", "yuca", "amarillo", "ajo", "carne frita")),
    ],
    "Platos": [
        ("Pernil con Arroz con Gandules", 15.95, ("pernil asado", "arroz con gandules", "ensalada")),
        ("Chuleta Frita", 14.95, ("chuleta de cerdo frita", "arroz blanco", "habichuelas")),
        ("Pollo Guisado", 13.95, ("pollo guisado", "papas", "arroz blanco", "habichuelas")),
        ("Bistec Encebollado", 15.95, ("bistec", "cebolla", "arroz blanco", "habichuelas")),
        ("Carne Frita", 13.95, ("masitas de cerdo fritas", "tostones", "mojo")),
        ("Churrasco", 24.95, ("churrasco a la parrilla", "chimichurri", "tostones")),
        ("Arroz con Pollo", 13.95, ("arroz amarillo", "pollo", "aceitunas", "ensalada")),
        ("Pastelón", 14.95, ("plátano maduro", "carne molida", "queso", "arroz blanco")),
    ],
    "Frituras": [
        ("Alcapurria de Carne", 3.5, ("masa de guineo y yautía", "carne molida")),
        ("Alcapurria de Jueyes", 4.5, ("masa de guineo y yautía", "jueyes")),
        ("Bacalaíto", 3.0, ("frituras de bacalao",)),
        ("Pastelillo de Carne", 3.0, ("masa frita", "carne molida")),
        ("Pastelillo de Queso", 2.75, ("masa frita", "queso")),
        ("Relleno de Papa", 3.5, ("papa", "carne molida")),
    ],
    "Acompañantes": [
        ("Arroz con Gandules", 5.95, ("arroz", "gandules", "sofrito", "tocino")),
        ("Arroz Blanco", 3.95),
        ("Habichuelas Guisadas", 3.95, ("habichuelas rosadas", "sofrito", "calabaza")),
        ("Tostones", 4.95, ("plátano verde frito", "mayoketchup")),
        ("Amarillos", 4.95, ("plátano maduro frito",)),
        ("Yuca al Mojo", 5.95, ("yuca", "mojo de ajo")),
    ],
    "Postres": [
        ("Flan de Queso", 4.95),
        ("Tembleque", 4.5, ("coco", "canela")),
        ("Arroz con Dulce", 4.5, ("arroz", "coco", "pasas", "canela")),
    ],
    "Jugos y Bebidas": [
        ("Jugo de Parcha", _jugo(3.5, 5.0), ("parcha",)),
        ("Jugo de Guanábana", _jugo(3.5, 5.0), ("guanábana", "leche")),
        ("Jugo de Tamarindo", _jugo(3.5, 5.0), ("tamarindo",)),
        ("Piña Colada Virgen", 5.5, ("piña", "crema de coco")),
        ("Malta India", 2.5),
        ("Café con Leche", 2.75),
    ],
}

SPECIALS: tuple[str, ...] = ("Mofongo de Churrasco", "Pastelón")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # mofongos
    ("un mofongo de pollo", "Mofongo de Pollo"),
    ("chicken mofongo", "Mofongo de Pollo"),
    ("shrimp mofongo", "Mofongo de Camarones"),
    ("mo fongo with steak", "Mofongo de Churrasco"),
    ("pork mofongo", "Mofongo de Pernil"),
    ("dos mofongos de pernil", "Mofongo de Pernil", None, 2),
    ("un mofongo", ASK),
    ("trifongo", "Trifongo"),
    ("tree fongo", "Trifongo"),
    # platos
    ("pernil con arroz con gandules", "Pernil con Arroz con Gandules"),
    ("a pernil plate", "Pernil con Arroz con Gandules"),
    ("roast pork with rice and pigeon peas", "Pernil con Arroz con Gandules"),
    ("fried pork chop", "Chuleta Frita"),
    ("una chuleta", "Chuleta Frita"),
    ("chicken stew", "Pollo Guisado"),
    ("bistec encebollado", "Bistec Encebollado"),
    ("steak and onions", "Bistec Encebollado"),
    ("carne frita", "Carne Frita"),
    ("churrasco", "Churrasco"),
    ("a steak plate", ASK),
    ("arroz con pollo", "Arroz con Pollo"),
    ("pastelon", "Pastelón"),
    ("plantain lasagna", "Pastelón"),
    # frituras
    ("alcapurria de carne", "Alcapurria de Carne"),
    ("two beef alcapurrias", "Alcapurria de Carne", None, 2),
    ("al capurria de jueyes", "Alcapurria de Jueyes"),
    ("crab alcapurria", "Alcapurria de Jueyes"),
    ("alcapurria", ASK),
    ("tres bacalaitos", "Bacalaíto", None, 3),
    ("codfish fritter", "Bacalaíto"),
    ("pastelillo de queso", "Pastelillo de Queso"),
    ("a beef pastelillo", "Pastelillo de Carne"),
    ("pastelillo", ASK),
    ("relleno de papa", "Relleno de Papa"),
    ("potato ball", "Relleno de Papa"),
    # acompañantes
    ("arroz con gandules", "Arroz con Gandules"),
    ("white rice", "Arroz Blanco"),
    ("rice", ASK),
    ("habichuelas", "Habichuelas Guisadas"),
    ("tostones", "Tostones"),
    ("sweet plantains", "Amarillos"),
    ("plantains", ASK),
    ("yuca", "Yuca al Mojo"),
    # postres
    ("flan de queso", "Flan de Queso"),
    # jugos y bebidas
    ("jugo de parcha grande", "Jugo de Parcha", "grande"),
    ("a small passion fruit juice", "Jugo de Parcha", "pequeño"),
    ("soursop juice", "Jugo de Guanábana"),
    ("un jugo", ASK),
    ("piña colada", "Piña Colada Virgen"),
    ("una malta", "Malta India"),
    ("cafe con leche", "Café con Leche"),
    # not on the menu
    ("pasteles", UNKNOWN),
    ("mofongo de pulpo", UNKNOWN),
    ("sorullitos", UNKNOWN),
    ("piononos", UNKNOWN),
    ("a tripleta", UNKNOWN),
    ("pastelillo de pollo", UNKNOWN),
    ("coquito", UNKNOWN),
]
