"""A Mexican torta shop with a Spanish menu (the pattern of Chicago / Los Angeles / Queens
tortería menus): tortas on telera by their fillings, tortas especiales (cubana, ahogada, pambazo,
guajolota), tamales and antojitos, aguas frescas Chica or Grande, café de olla and pan dulce.
Callers say the filling in English ("chicken milanesa torta", "pork tamale"), drop the "de" and
the "torta" ("una cubana"), and mishear pambazo. "Torta de milanesa", "pork torta", "torta de
res", "a tamale" or "un agua fresca" alone is a question; lengua, barbacoa and cemitas are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Mexican torta shop (Spanish menu)"


def _agua(small: float, large: float) -> dict[str, float]:
    return {"Chica": small, "Grande": large}


CATEGORIES: dict[str, list[Item]] = {
    "Tortas": [
        ("Torta de Milanesa de Res", 11.99, ("bistec empanizado", "frijoles", "aguacate", "jalapeño")),
        ("Torta de Milanesa de Pollo", 11.49, ("pollo empanizado", "frijoles", "aguacate", "jalapeño")),
        ("Torta de Carnitas", 11.49, ("carnitas de cerdo", "frijoles", "cebolla", "cilantro")),
        ("Torta de Al Pastor", 11.49, ("cerdo al pastor", "piña", "frijoles", "aguacate")),
        ("Torta de Asada", 12.49, ("carne asada", "frijoles", "aguacate", "jalapeño")),
        ("Torta de Jamón", 9.49, ("jamón", "queso", "frijoles", "aguacate")),
        ("Torta de Chorizo con Huevo", 9.99, ("chorizo", "huevo revuelto", "frijoles")),
        ("Torta de Lomo", 11.49, ("lomo de cerdo", "frijoles", "aguacate")),
        ("Torta de Pierna", 11.49, ("pierna de cerdo horneada", "frijoles", "chipotle")),
    ],
    "Tortas Especiales": [
        ("Torta Cubana", 14.99, ("milanesa de res", "jamón", "salchicha", "huevo", "queso", "pierna")),
        ("Torta Ahogada", 12.99, ("carnitas", "birote", "salsa de tomate", "chile de árbol")),
        ("Pambazo", 9.99, ("pan bañado en salsa guajillo", "papa con chorizo", "lechuga", "crema")),
        ("Torta Hawaiana", 12.49, ("jamón", "piña", "queso", "aguacate")),
        ("Guajolota", 5.99, ("tamal en bolillo",)),
    ],
    "Antojitos": [
        ("Tamal de Rojo", 2.99, ("cerdo", "salsa roja", "masa")),
        ("Tamal de Verde", 2.99, ("pollo", "salsa verde", "masa")),
        ("Tamal de Rajas", 2.99, ("rajas de poblano", "queso", "masa")),
        ("Sope", 4.49, ("frijoles", "carne a elegir", "lechuga", "crema", "queso fresco")),
        ("Quesadilla de Queso", 5.49, ("tortilla de maíz", "queso oaxaca")),
        ("Gordita de Chicharrón", 4.99, ("chicharrón prensado", "masa", "salsa verde")),
        ("Esquites", {"Chico": 4.0, "Grande": 6.0}, ("elote en vaso", "mayonesa", "queso cotija", "chile")),
    ],
    "Aguas Frescas": [
        ("Horchata", _agua(3.0, 4.5), ("arroz", "canela", "leche")),
        ("Jamaica", _agua(3.0, 4.5), ("flor de jamaica",)),
        ("Tamarindo", _agua(3.0, 4.5), ("tamarindo",)),
        ("Piña", _agua(3.0, 4.5), ("piña",)),
    ],
    "Bebidas y Pan": [
        ("Champurrado", 3.49, ("atole de maíz", "chocolate")),
        ("Café de Olla", 2.99, ("café", "canela", "piloncillo")),
        ("Coca-Cola de Vidrio", 3.25, ("coca-cola mexicana", "botella de vidrio")),
        ("Jarritos", 2.75, ("refresco mexicano",)),
        ("Arroz con Leche", 3.49, ("arroz", "leche", "canela")),
        ("Concha", 1.75, ("pan dulce",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Torta Cubana",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # tortas
    ("una torta de milanesa de res", "Torta de Milanesa de Res"),
    ("chicken milanesa torta", "Torta de Milanesa de Pollo"),
    ("beef milanesa", "Torta de Milanesa de Res"),
    ("chicken torta", "Torta de Milanesa de Pollo"),
    ("torta de milanesa", ASK),
    ("dos tortas de carnitas", "Torta de Carnitas", None, 2),
    ("torta al pastor", "Torta de Al Pastor"),
    ("a pastor torta", "Torta de Al Pastor"),
    ("carne asada torta", "Torta de Asada"),
    ("torta de res", ASK),
    ("ham torta", "Torta de Jamón"),
    ("torta de jamon", "Torta de Jamón"),
    ("chorizo and egg torta", "Torta de Chorizo con Huevo"),
    ("torta de lomo", "Torta de Lomo"),
    ("tres tortas de pierna", "Torta de Pierna", None, 3),
    ("pork torta", ASK),
    # tortas especiales
    ("una cubana", "Torta Cubana"),
    ("torta cuban", "Torta Cubana"),
    ("torta ahogada", "Torta Ahogada"),
    ("drowned torta", "Torta Ahogada"),
    ("pambaso", "Pambazo"),
    ("two pambazos", "Pambazo", None, 2),
    ("hawaiian torta", "Torta Hawaiana"),
    ("guajolota", "Guajolota"),
    ("the tamale sandwich", "Guajolota"),
    # antojitos
    ("tamal de rojo", "Tamal de Rojo"),
    ("pork tamale", "Tamal de Rojo"),
    ("chicken tamales", "Tamal de Verde"),
    ("cuatro tamales de rajas", "Tamal de Rajas", None, 4),
    ("a tamale", ASK),
    ("un sope", "Sope"),
    ("cheese quesadilla", "Quesadilla de Queso"),
    ("gordita", "Gordita de Chicharrón"),
    ("esquites grande", "Esquites", "grande"),
    ("elote en vaso chico", "Esquites", "chico"),
    # aguas frescas
    ("horchata grande", "Horchata", "grande"),
    ("a small horchata", "Horchata", "chica"),
    ("agua de jamaica chica", "Jamaica", "chica"),
    ("hibiscus water large", "Jamaica", "grande"),
    ("dos tamarindos grandes", "Tamarindo", "grande", 2),
    ("agua de piña", "Piña"),
    ("un agua fresca", ASK),
    # bebidas y pan
    ("champurrado", "Champurrado"),
    ("cafe de olla", "Café de Olla"),
    ("a coffee", "Café de Olla"),
    ("mexican coke", "Coca-Cola de Vidrio"),
    ("two jarritos", "Jarritos", None, 2),
    ("un refresco", ASK),
    ("arroz con leche", "Arroz con Leche"),
    ("una concha", "Concha"),
    ("pan dulce", "Concha"),
    # not on the menu
    ("torta de lengua", UNKNOWN),
    ("torta de barbacoa", UNKNOWN),
    ("torta de tinga", UNKNOWN),
    ("una cemita poblana", UNKNOWN),
    ("tamal de dulce", UNKNOWN),
    ("agua de melón", UNKNOWN),
    ("burrito de asada", UNKNOWN),
]
