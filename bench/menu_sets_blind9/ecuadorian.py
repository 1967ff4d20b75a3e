"""An Ecuadorian restaurant with a Spanish menu (the pattern of Queens and New Jersey Ecuadorian
take-out menus): encebollado and caldos, ceviches, bolón de verde and tigrillo, llapingachos,
seco de chivo, hornado, fritada, churrasco, jugos Pequeño or Grande, colada morada. Callers say
"goat stew", "shrimp ceviche", "sweet plantains" and mishear encebollado ("and say bo yado"),
llapingachos ("yapping gachos"), bolón ("bowl own"). "Ceviche", "un bolón", "seco", "un jugo",
"plantains" or "a soup" is a question; cuy, guatita, fanesca, chugchucaras and ceviche de
pescado are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ecuadorian"

_JUGO = {"Pequeño": 4.0, "Grande": 6.0}

CATEGORIES: dict[str, list[Item]] = {
    "Sopas": [
        ("Encebollado de Pescado", 13.0, ("albacora", "yuca", "cebolla curtida", "chifles")),
        ("Caldo de Bolas de Verde", 14.0, ("bolas de plátano verde rellenas de carne",
                                           "caldo de res", "choclo")),
        ("Locro de Papa", 10.0, ("papa", "queso", "aguacate")),
        ("Caldo de Salchicha", 12.0, ("morcilla de arroz", "tripa", "caldo de cerdo")),
    ],
    "Ceviches": [
        ("Ceviche de Camarón", 16.0, ("camarón", "limón", "tomate", "cebolla", "chifles", "canguil")),
        ("Ceviche Mixto", 18.0, ("camarón", "concha", "calamar", "limón", "tomate")),
        ("Ceviche de Concha", 19.0, ("conchas negras", "limón", "cebolla")),
    ],
    "Desayunos y Bolones": [
        ("Bolón de Verde con Queso", 8.0, ("plátano verde", "queso", "huevo frito", "café")),
        ("Bolón de Verde Mixto", 9.5, ("plátano verde", "queso", "chicharrón", "huevo frito")),
        ("Tigrillo", 10.0, ("plátano verde majado", "huevo", "queso", "chicharrón")),
        ("Humitas", 3.5, ("masa de choclo", "queso", "hoja de choclo")),
        ("Empanada de Viento", 3.5, ("masa frita", "queso", "azúcar")),
    ],
    "Platos Fuertes": [
        ("Llapingachos", 15.0, ("tortillas de papa con queso", "chorizo", "huevo frito",
                                "aguacate", "salsa de maní")),
        ("Seco de Chivo", 17.0, ("chivo guisado", "naranjilla", "cerveza", "arroz amarillo",
                                 "maduro")),
        ("Seco de Pollo", 14.0, ("pollo guisado", "arroz amarillo", "maduro")),
        ("Hornado", 16.0, ("cerdo horneado", "llapingachos", "mote", "agrio")),
        ("Fritada", 15.0, ("cerdo frito", "mote", "maduro", "tostado")),
        ("Churrasco", 17.0, ("bistec", "huevos fritos", "arroz", "papas fritas", "aguacate")),
        ("Arroz con Menestra y Carne Asada", 15.0, ("arroz", "menestra de lenteja", "carne asada",
                                                   "patacones")),
        ("Encocado de Camarón", 18.0, ("camarón", "salsa de coco", "arroz")),
        ("Pescado Frito", 16.0, ("tilapia entera frita", "arroz", "patacones")),
    ],
    "Acompañantes": [
        ("Patacones", 5.0, ("plátano verde frito",)),
        ("Maduros", 4.5, ("plátano maduro frito",)),
        ("Mote con Chicharrón", 7.0, ("mote", "chicharrón")),
    ],
    "Postres y Bebidas": [
        ("Colada Morada con Guagua de Pan", 7.0, ("colada de maíz morado y frutas", "pan")),
        ("Tres Leches", 5.5),
        ("Jugo de Mora", _JUGO, ("mora",)),
        ("Jugo de Naranjilla", _JUGO, ("naranjilla",)),
        ("Jugo de Maracuyá", _JUGO, ("maracuyá",)),
        ("Morocho", 4.0, ("maíz morocho", "leche", "canela")),
        ("Cerveza Pilsener", 5.0),
        ("Güitig", 2.5, ("agua mineral con gas",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Seco de Chivo", "Caldo de Bolas de Verde")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # sopas
    ("encebollado", "Encebollado de Pescado"),
    ("and say bo yado", "Encebollado de Pescado"),
    ("tuna and yuca soup", "Encebollado de Pescado"),
    ("caldo de bolas", "Caldo de Bolas de Verde"),
    ("plantain dumpling soup", "Caldo de Bolas de Verde"),
    ("locro de papa", "Locro de Papa"),
    ("caldo de salchicha", "Caldo de Salchicha"),
    ("a soup", ASK),
    # ceviches
    ("ceviche de camaron", "Ceviche de Camarón"),
    ("shrimp ceviche", "Ceviche de Camarón"),
    ("a mixed ceviche", "Ceviche Mixto"),
    ("black clam ceviche", "Ceviche de Concha"),
    ("ceviche", ASK),
    # bolones
    ("bolon de verde con queso", "Bolón de Verde con Queso"),
    ("a cheese bolon", "Bolón de Verde con Queso"),
    ("bowl own mixto", "Bolón de Verde Mixto"),
    ("bolon with cheese and chicharron", "Bolón de Verde Mixto"),
    ("un bolon", ASK),
    ("tigrillo", "Tigrillo"),
    ("three humitas", "Humitas", None, 3),
    ("two empanadas de viento", "Empanada de Viento", None, 2),
    # platos fuertes
    ("llapingachos", "Llapingachos"),
    ("yapping gachos", "Llapingachos"),
    ("potato patties with peanut sauce", "Llapingachos"),
    ("seco de chivo", "Seco de Chivo"),
    ("goat stew", "Seco de Chivo"),
    ("seco de pollo", "Seco de Pollo"),
    ("seco", ASK),
    ("hornado", "Hornado"),
    ("fritada", "Fritada"),
    ("a churrasco", "Churrasco"),
    ("rice and lentils with steak", "Arroz con Menestra y Carne Asada"),
    ("encocado de camaron", "Encocado de Camarón"),
    ("shrimp in coconut sauce", "Encocado de Camarón"),
    ("fried fish", "Pescado Frito"),
    # acompañantes
    ("patacones", "Patacones"),
    ("a side of maduros", "Maduros"),
    ("sweet plantains", "Maduros"),
    ("mote con chicharron", "Mote con Chicharrón"),
    ("plantains", ASK),
    # postres y bebidas
    ("colada morada", "Colada Morada con Guagua de Pan"),
    ("tres leches", "Tres Leches"),
    ("jugo de mora grande", "Jugo de Mora", "grande"),
    ("a small blackberry juice", "Jugo de Mora", "pequeño"),
    ("naranjilla juice large", "Jugo de Naranjilla", "grande"),
    ("two passion fruit juices pequeno", "Jugo de Maracuyá", "pequeño", 2),
    ("un jugo", ASK),
    ("morocho", "Morocho"),
    ("a pilsener", "Cerveza Pilsener"),
    ("guitig", "Güitig"),
    # not on the menu
    ("cuy", UNKNOWN),
    ("guatita", UNKNOWN),
    ("fanesca", UNKNOWN),
    ("chugchucaras", UNKNOWN),
    ("ceviche de pescado", UNKNOWN),
    ("seco de carne", UNKNOWN),
    ("encebollado mixto", UNKNOWN),
]
