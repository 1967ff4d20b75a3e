"""An Argentine pizzería with a Spanish menu (the pattern of Buenos Aires-style pizzerías in Miami,
Queens and Los Angeles): thick pizza de molde by the Porción or Entera (whole), muzzarella, fugazza
and fugazzeta, fainá, empanadas by the Unidad or Docena, milanesas, flan con dulce de leche,
Quilmes. Callers say "a whole muzza", "a slice of fugazzeta", "a dozen beef empanadas", "three
ham and cheese" and mishear muzzarella ("mozza rela", "muza"), fugazzeta ("fuga seta", "fugazetta"),
fainá ("fine ah", "faina"), humita ("who meet a"). "Una pizza entera", "una porción", "a dozen
empanadas", "two empanadas" or "a beer" alone is a question; choripán, asado, provoleta a la
parrilla, empanada de verdura, alfajores and mate are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzería Argentina"


def _pizza(porcion: float, entera: float) -> dict[str, float]:
    return {"Porción": porcion, "Entera": entera}


def _empanada(unidad: float) -> dict[str, float]:
    return {"Unidad": unidad, "Docena": round(unidad * 11, 2)}


CATEGORIES: dict[str, list[Item]] = {
    "Pizzas": [
        ("Muzzarella", _pizza(3.5, 19.0), ("salsa de tomate", "muzzarella", "aceitunas verdes",
                                           "orégano")),
        ("Fugazza", _pizza(3.5, 18.0), ("cebolla", "orégano", "aceite de oliva")),
        ("Fugazzeta", _pizza(4.0, 22.0), ("muzzarella", "cebolla", "orégano")),
        ("Napolitana", _pizza(4.0, 22.0), ("muzzarella", "tomate en rodajas", "ajo", "perejil")),
        ("Jamón y Morrones", _pizza(4.5, 24.0), ("muzzarella", "jamón cocido", "morrones")),
        ("Calabresa", _pizza(4.5, 24.0), ("muzzarella", "longaniza calabresa", "aceitunas")),
        ("Roquefort", _pizza(4.5, 24.0), ("muzzarella", "roquefort", "aceitunas")),
        ("Palmitos con Salsa Golf", _pizza(5.0, 26.0), ("muzzarella", "palmitos", "salsa golf",
                                                         "jamón")),
        ("Anchoas", _pizza(4.5, 24.0), ("salsa de tomate", "anchoas", "aceitunas")),
    ],
    "Fainá y Entradas": [
        ("Fainá", _pizza(2.0, 10.0), ("harina de garbanzo", "aceite de oliva")),
        ("Provoleta", 9.0, ("provolone gratinado", "orégano", "ají molido")),
        ("Papas Fritas", 5.0),
        ("Ensalada Mixta", 7.0, ("lechuga", "tomate", "cebolla")),
    ],
    "Empanadas": [
        ("Empanada de Carne", _empanada(3.0), ("carne cortada a cuchillo", "cebolla", "huevo",
                                                "aceituna")),
        ("Empanada de Carne Picante", _empanada(3.0), ("carne", "ají molido", "cebolla")),
        ("Empanada de Jamón y Queso", _empanada(3.0), ("jamón", "muzzarella")),
        ("Empanada de Pollo", _empanada(3.0), ("pollo", "morrón", "cebolla")),
        ("Empanada de Humita", _empanada(3.0), ("choclo", "salsa blanca")),
        ("Empanada Caprese", _empanada(3.0), ("tomate", "muzzarella", "albahaca")),
    ],
    "Milanesas": [
        ("Milanesa con Papas Fritas", 15.0, ("milanesa de carne", "papas fritas")),
        ("Milanesa a la Napolitana", 17.0, ("milanesa de carne", "salsa", "jamón", "muzzarella",
                                             "papas fritas")),
        ("Milanesa de Pollo", 15.0, ("pechuga empanizada", "papas fritas")),
        ("Sándwich de Milanesa", 12.0, ("milanesa", "lechuga", "tomate", "mayonesa",
                                         "pan francés")),
    ],
    "Postres": [
        ("Flan con Dulce de Leche", 6.0, ("flan casero", "dulce de leche", "crema")),
        ("Panqueque con Dulce de Leche", 6.5, ("panqueque", "dulce de leche")),
        ("Helado", 5.0, ("dulce de leche, chocolate o frutilla",)),
    ],
    "Bebidas": [
        ("Cerveza Quilmes", 5.0),
        ("Cerveza Stella Artois", 5.5),
        ("Gaseosa", 2.5, ("coca-cola, sprite o fanta",)),
        ("Agua con Gas", 2.5),
        ("Malbec", {"Copa": 8.0, "Botella": 30.0}),
    ],
}

SPECIALS: tuple[str, ...] = ("Fugazzeta", "Milanesa a la Napolitana")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas
    ("una muzzarella entera", "Muzzarella", "entera"),
    ("a whole muzza", "Muzzarella", "entera"),
    ("two slices of mozza rela", "Muzzarella", "porción", 2),
    ("a whole cheese pizza", "Muzzarella", "entera"),
    ("fugazza entera", "Fugazza", "entera"),
    ("onion pizza no cheese whole", "Fugazza", "entera"),
    ("a slice of fugazzeta", "Fugazzeta", "porción"),
    ("fuga seta entera", "Fugazzeta", "entera"),
    ("dos porciones de fugazetta", "Fugazzeta", "porción", 2),
    ("jamón y morrones whole", "Jamón y Morrones", "entera"),
    ("ham and red pepper pizza a slice", "Jamón y Morrones", "porción"),
    ("calabresa entera", "Calabresa", "entera"),
    ("roquefort pizza", "Roquefort"),
    ("blue cheese pizza whole", "Roquefort", "entera"),
    ("palmitos entera", "Palmitos con Salsa Golf", "entera"),
    ("anchovy pizza", "Anchoas"),
    ("una pizza entera", ASK),
    ("una porción", ASK),
    # fainá y entradas
    ("una porción de fainá", "Fainá", "porción"),
    ("two fine ah", "Fainá", None, 2),
    ("provoleta", "Provoleta"),
    ("papas fritas", "Papas Fritas"),
    # empanadas
    ("a dozen beef empanadas", "Empanada de Carne", "docena"),
    ("tres empanadas de carne", "Empanada de Carne", "unidad", 3),
    ("two spicy beef empanadas", "Empanada de Carne Picante", "unidad", 2),
    ("carne picante docena", "Empanada de Carne Picante", "docena"),
    ("three ham and cheese", "Empanada de Jamón y Queso", "unidad", 3),
    ("una docena de jamón y queso", "Empanada de Jamón y Queso", "docena"),
    ("two chicken empanadas", "Empanada de Pollo", "unidad", 2),
    ("four who meet a", "Empanada de Humita", "unidad", 4),
    ("corn empanada", "Empanada de Humita"),
    ("una caprese", "Empanada Caprese"),
    ("a dozen empanadas", ASK),
    ("uh two empanadas", ASK),
    # milanesas
    ("milanesa con papas fritas", "Milanesa con Papas Fritas"),
    ("milanesa napolitana", "Milanesa a la Napolitana"),
    ("a chicken milanesa", "Milanesa de Pollo"),
    ("milanesa sandwich", "Sándwich de Milanesa"),
    ("two sanguche de milanesa", "Sándwich de Milanesa", None, 2),
    # postres
    ("flan con dulce de leche", "Flan con Dulce de Leche"),
    ("two flan", "Flan con Dulce de Leche", None, 2),
    ("a crepe with dulce de leche", "Panqueque con Dulce de Leche"),
    ("helado de dulce de leche", "Helado"),
    # bebidas
    ("a quilmes", "Cerveza Quilmes"),
    ("two stella", "Cerveza Stella Artois", None, 2),
    ("a coke", "Gaseosa"),
    ("agua con gas", "Agua con Gas"),
    ("a glass of malbec", "Malbec", "copa"),
    ("una botella de malbec", "Malbec", "botella"),
    ("a beer", ASK),
    ("una de jamón", ASK),
    # not on the menu
    ("un choripán", UNKNOWN),
    ("asado de tira", UNKNOWN),
    ("empanada de verdura", UNKNOWN),
    ("tres alfajores", UNKNOWN),
    ("pizza de rúcula y jamón crudo", UNKNOWN),
    ("milanesa de berenjena", UNKNOWN),
    ("mate cocido", UNKNOWN),
]
