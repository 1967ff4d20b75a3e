"""A Dominican cafeteria with a Spanish menu (the pattern of Washington Heights / Bronx / Lawrence
cafeterias): desayuno de mangú, platos del día served with rice, beans and salad in a Pequeña or
Grande bandeja, sopas, frituras, jugos and batidas Chico or Grande, postres. Callers mix Spanish
and English ("stewed chicken large", "passion fruit juice"), drop the accents (mangu, morir
sonando) and say "tres leches" without meaning three. "Mangú", "pollo", "chicharrón", "pastelito"
or "un jugo" alone is a question; moro de guandules, locrio and pastelón are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Dominican cafeteria (Spanish menu)"


def _band(small: float, large: float) -> dict[str, float]:
    return {"Pequeña": small, "Grande": large}


def _drink(small: float, large: float) -> dict[str, float]:
    return {"Chico": small, "Grande": large}


CATEGORIES: dict[str, list[Item]] = {
    "Desayuno": [
        ("Mangú con Los Tres Golpes", 10.99, ("mangú", "salami frito", "queso frito", "huevo frito")),
        ("Mangú con Salami", 8.99, ("mangú", "salami frito", "cebolla roja")),
        ("Mangú con Huevo", 7.99, ("mangú", "2 huevos fritos", "cebolla roja")),
        ("Avena Caliente", 3.5, ("avena", "leche", "canela")),
    ],
    "Platos del Día": [
        ("Pollo Guisado", _band(9.99, 12.99), ("pollo guisado", "arroz blanco", "habichuelas", "ensalada")),
        ("Res Guisada", _band(10.99, 13.99), ("res guisada", "arroz blanco", "habichuelas", "ensalada")),
        ("Chivo Guisado", _band(12.99, 15.99), ("chivo guisado", "arroz blanco", "habichuelas", "ensalada")),
        ("Pollo al Horno", _band(9.99, 12.99), ("pollo al horno", "arroz blanco", "habichuelas", "ensalada")),
        ("Pernil Asado", _band(10.99, 13.99), ("pernil de cerdo", "arroz blanco", "habichuelas", "ensalada")),
        ("Bistec Encebollado", _band(11.99, 14.99), ("bistec", "cebolla", "arroz blanco", "habichuelas")),
        ("La Bandera Dominicana", 13.99, ("arroz blanco", "habichuelas rojas", "carne guisada", "ensalada")),
        ("Mofongo de Chicharrón", 12.99, ("plátano verde majado", "chicharrón de cerdo", "ajo", "caldo")),
        ("Pescado Frito", 16.99, ("pescado entero frito", "tostones", "ensalada")),
    ],
    "Sopas": [
        ("Sancocho", _band(7.99, 11.99), ("res", "pollo", "cerdo", "yuca", "plátano", "ñame", "maíz")),
        ("Sopa de Pollo", _band(5.99, 8.99), ("pollo", "fideos", "papa", "zanahoria")),
        ("Asopao de Camarones", _band(8.99, 12.99), ("camarones", "arroz", "caldo")),
    ],
    "Frituras": [
        ("Chicharrón de Pollo", 11.99, ("pollo frito en trozos", "limón", "tostones")),
        ("Chicharrón de Cerdo", 12.99, ("cerdo frito", "limón")),
        ("Pastelito de Pollo", 2.5, ("masa frita", "pollo")),
        ("Pastelito de Queso", 2.5, ("masa frita", "queso")),
        ("Quipe", 2.0, ("trigo", "carne molida", "frito")),
        ("Tostones", 4.99, ("plátano verde frito",)),
        ("Maduros", 4.99, ("plátano maduro frito",)),
        ("Yuca Frita", 4.99, ("yuca frita",)),
        ("Longaniza Frita", 8.99, ("longaniza dominicana", "limón")),
        ("Salami Frito", 5.99, ("salami dominicano frito",)),
    ],
    "Jugos y Batidas": [
        ("Morir Soñando", _drink(3.99, 5.49), ("jugo de naranja", "leche", "azúcar")),
        ("Jugo de Chinola", _drink(3.49, 4.99), ("chinola", "azúcar")),
        ("Jugo de Tamarindo", _drink(3.49, 4.99), ("tamarindo", "azúcar")),
        ("Batida de Lechosa", _drink(3.99, 5.49), ("lechosa", "leche", "hielo")),
        ("Café con Leche", 2.5, ("café", "leche")),
        ("Malta Morena", 2.25, ("malta", "botella")),
    ],
    "Postres": [
        ("Habichuelas con Dulce", 4.99, ("habichuelas", "leche de coco", "batata", "galletitas")),
        ("Flan", 3.99, ("flan de leche", "caramelo")),
        ("Tres Leches", 4.49, ("bizcocho", "tres leches")),
    ],
}

SPECIALS: tuple[str, ...] = ("La Bandera Dominicana",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # desayuno
    ("mangu con los tres golpes", "Mangú con Los Tres Golpes"),
    ("los tres golpes", "Mangú con Los Tres Golpes"),
    ("mangu with salami egg and cheese", "Mangú con Los Tres Golpes"),
    ("dos mangú con salami", "Mangú con Salami", None, 2),
    ("mango con huevo", "Mangú con Huevo"),
    ("mangú", ASK),
    ("una avena caliente", "Avena Caliente"),
    ("hot oatmeal", "Avena Caliente"),
    # platos del día
    ("pollo guisado grande", "Pollo Guisado", "grande"),
    ("un pollo guisado pequeño", "Pollo Guisado", "pequeña"),
    ("stewed chicken large", "Pollo Guisado", "grande"),
    ("res guisada", "Res Guisada"),
    ("stewed beef small", "Res Guisada", "pequeña"),
    ("stewed goat", "Chivo Guisado"),
    ("chivo", "Chivo Guisado"),
    ("baked chicken grande", "Pollo al Horno", "grande"),
    ("pernil", "Pernil Asado"),
    ("roast pork small", "Pernil Asado", "pequeña"),
    ("bistec encebollado", "Bistec Encebollado"),
    ("steak with onions", "Bistec Encebollado"),
    ("la bandera", "La Bandera Dominicana"),
    ("mofongo", "Mofongo de Chicharrón"),
    ("fried fish", "Pescado Frito"),
    ("pollo", ASK),
    ("un guisado grande", ASK),
    # sopas
    ("sancocho grande", "Sancocho", "grande"),
    ("two sancochos", "Sancocho", None, 2),
    ("chicken soup small", "Sopa de Pollo", "pequeña"),
    ("asopao", "Asopao de Camarones"),
    ("una sopa", ASK),
    # frituras
    ("chicharrón de pollo", "Chicharrón de Pollo"),
    ("chicharron de cerdo", "Chicharrón de Cerdo"),
    ("chicharrón", ASK),
    ("tres pastelitos de pollo", "Pastelito de Pollo", None, 3),
    ("a cheese pastelito", "Pastelito de Queso"),
    ("pastelito", ASK),
    ("cuatro quipes", "Quipe", None, 4),
    ("kipe", "Quipe"),
    ("fried green plantains", "Tostones"),
    ("sweet plantains", "Maduros"),
    ("yuca frita", "Yuca Frita"),
    ("longaniza", "Longaniza Frita"),
    ("salami frito", "Salami Frito"),
    # jugos y batidas
    ("morir soñando grande", "Morir Soñando", "grande"),
    ("morir sonando small", "Morir Soñando", "chico"),
    ("passion fruit juice large", "Jugo de Chinola", "grande"),
    ("tamarindo chico", "Jugo de Tamarindo", "chico"),
    ("papaya shake", "Batida de Lechosa"),
    ("un jugo", ASK),
    ("dos maltas", "Malta Morena", None, 2),
    # postres
    ("habichuelas con dulce", "Habichuelas con Dulce"),
    ("tres leches", "Tres Leches"),
    # not on the menu
    ("mofongo de camarones", UNKNOWN),
    ("moro de guandules", UNKNOWN),
    ("locrio de pollo", UNKNOWN),
    ("un chimi", UNKNOWN),
    ("pastelón de plátano maduro", UNKNOWN),
    ("arroz con leche", UNKNOWN),
]
