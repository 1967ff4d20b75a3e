"""A Bolivian restaurant (the pattern of the Bolivian salteñerías and restaurants of Arlington,
Falls Church and Woodbridge in Virginia, Buenos Aires and São Paulo, with a Spanish menu):
salteñas de carne, de pollo and vegetarianas by 1, 6 or 12, tucumanas and cuñapés, silpancho,
pique macho Personal or Para Compartir, majadito, sajta de pollo, chicharrón, anticuchos, sopa de
maní, chairo and sopa de quinua, sides with llajua, api morado and api blanco, mocochinchi,
Paceña and Huari beer. Callers mix Spanish and English and speech recognition drops the accents
and the tilde: "salteñas" as "saltenas", "salt anyas", "sal tena"; "pique macho" as "peekay
macho", "piquemacho"; "silpancho" as "sil pancho"; "mocochinchi" as "moco chinchi"; "cuñapé" as
"cunape"; "sopa de maní" as "peanut soup". "Una salteña" or "media docena de salteñas" alone,
"una tucumana" alone, "un api", "una sopa", "una cerveza" and "una jarra" alone are
questions; chicha morada, lomo saltado, pique a lo pobre, fricasé, anticucho de pollo, silpancho
de pollo, a sandwich de chola and a salteña de queso are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Salteñería y Restaurante El Illimani"

_SALTENA = {"1 Unidad": 3.75, "6 Unidades": 21.0, "12 Unidades": 40.0}
_TUCUMANA = {"1 Unidad": 3.5, "6 Unidades": 19.5}

CATEGORIES: dict[str, list[Item]] = {
    "Salteñas y Masitas": [
        ("Salteña de Carne", _SALTENA, ("beef", "potato", "peas", "olive", "egg", "jigote")),
        ("Salteña de Pollo", _SALTENA, ("chicken", "potato", "peas", "olive", "egg", "jigote")),
        ("Salteña Vegetariana", _SALTENA, ("potato", "peas", "carrot", "egg")),
        ("Tucumana de Carne", _TUCUMANA, ("fried pastry", "beef", "potato", "egg")),
        ("Tucumana de Pollo", _TUCUMANA, ("fried pastry", "chicken", "potato", "egg")),
        ("Cuñapé (Cheese Bread)", 1.5, ("cassava starch", "cheese")),
        ("Empanada de Queso", 3.0, ("fried dough", "cheese", "powdered sugar")),
    ],
    "Platos Típicos": [
        ("Silpancho", 16.0, ("thin breaded beef", "rice", "potatoes", "fried egg", "tomato onion salsa")),
        ("Pique Macho", {"Personal": 17.0, "Para Compartir": 30.0},
         ("beef", "sausage", "fries", "onion", "locoto", "tomato", "egg")),
        ("Majadito", 15.0, ("rice", "charque", "fried egg", "fried plantain")),
        ("Sajta de Pollo", 16.0, ("chicken in aji amarillo sauce", "chuño", "potato", "salsa")),
        ("Chicharrón de Cerdo", 17.0, ("fried pork", "mote", "potato", "llajua")),
        ("Anticuchos", 14.0, ("beef heart skewers", "potato", "peanut sauce")),
        ("Chorizo Chuquisaqueño", 14.0, ("pork sausage", "rice", "potato", "salad")),
        ("Pollo Broaster", 13.0, ("fried chicken", "fries", "rice")),
        ("Falso Conejo", 15.0, ("breaded beef", "noodles", "rice", "potato", "salsa")),
        ("Laping", 18.0, ("grilled thin beef", "mote", "potato", "fried cheese", "salsa")),
    ],
    "Sopas": [
        ("Sopa de Maní (Peanut Soup)", 9.0, ("peanut", "beef", "fries", "parsley")),
        ("Chairo", 10.0, ("chuño", "beef", "wheat", "vegetables")),
        ("Sopa de Quinua", 9.0, ("quinoa", "beef", "vegetables")),
    ],
    "Acompañamientos": [
        ("Arroz Blanco", 3.0),
        ("Papas Fritas", 4.0),
        ("Yuca Frita", 4.5),
        ("Plátano Frito", 4.0),
        ("Ensalada Mixta", 5.0, ("lettuce", "tomato", "onion")),
        ("Huevo Frito", 1.5),
        ("Llajua (Hot Sauce)", 1.0, ("locoto", "tomato")),
    ],
    "Postres": [
        ("Buñuelos con Miel", 6.0, ("fritters", "cane syrup")),
        ("Flan", 5.0),
        ("Helado de Canela", 5.0, ("cinnamon sorbet",)),
    ],
    "Bebidas": [
        ("Api Morado", {"Vaso": 3.5, "Jarra": 12.0}, ("purple corn", "cinnamon", "clove")),
        ("Api Blanco", {"Vaso": 3.5, "Jarra": 12.0}, ("white corn", "milk", "cinnamon")),
        ("Mocochinchi", {"Vaso": 3.5, "Jarra": 12.0}, ("dried peach", "cinnamon")),
        ("Jugo de Tumbo", 4.0),
        ("Paceña", 5.0),
        ("Huari", 5.0),
        ("Coca-Cola", 2.5),
        ("Inca Kola", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # salteñas, tucumanas, masitas
    ("one saltena de carne", "Salteña de Carne", "1 unidad"),
    ("media docena de saltenas de carne", "Salteña de Carne", "6 unidades"),
    ("una docena de salteñas de pollo", "Salteña de Pollo", "12 unidades"),
    ("six chicken salt anyas", "Salteña de Pollo", "6 unidades"),
    ("one beef sal tena", "Salteña de Carne", "1 unidad"),
    ("one salteña vegetariana", "Salteña Vegetariana", "1 unidad"),
    ("twelve veggie saltenas", "Salteña Vegetariana", "12 unidades"),
    ("media docena de saltenas", ASK, "6 unidades"),
    ("una salteña", ASK),
    ("one tucumana de carne", "Tucumana de Carne", "1 unidad"),
    ("six chicken tucumanas", "Tucumana de Pollo", "6 unidades"),
    ("una tucumana", ASK),
    ("tres cunapes", "Cuñapé (Cheese Bread)", None, 3),
    ("cheese bread", "Cuñapé (Cheese Bread)"),
    ("empanada de queso", "Empanada de Queso"),
    # platos
    ("un silpancho", "Silpancho"),
    ("two sil pancho", "Silpancho", None, 2),
    ("pique macho personal", "Pique Macho", "personal"),
    ("un pique macho para compartir", "Pique Macho", "para compartir"),
    ("peekay macho for sharing", "Pique Macho", "para compartir"),
    ("a piquemacho", "Pique Macho"),
    ("majadito", "Majadito"),
    ("sajta de pollo", "Sajta de Pollo"),
    ("saxta", "Sajta de Pollo"),
    ("chicharron", "Chicharrón de Cerdo"),
    ("pork chicharron", "Chicharrón de Cerdo"),
    ("una orden de anticuchos", "Anticuchos"),
    ("beef heart skewers", "Anticuchos"),
    ("chorizo chuquisaqueno", "Chorizo Chuquisaqueño"),
    # sopas
    ("sopa de mani", "Sopa de Maní (Peanut Soup)"),
    ("two peanut soups", "Sopa de Maní (Peanut Soup)", None, 2),
    ("chairo", "Chairo"),
    ("quinoa soup", "Sopa de Quinua"),
    ("una sopa", ASK),
    # acompañamientos
    ("fried yuca", "Yuca Frita"),
    ("platano frito", "Plátano Frito"),
    ("extra llajua", "Llajua (Hot Sauce)"),
    # postres
    ("bunuelos", "Buñuelos con Miel"),
    ("cinnamon ice cream", "Helado de Canela"),
    # bebidas
    ("un api morado", "Api Morado"),
    ("una jarra de api morado", "Api Morado", "jarra"),
    ("api blanco vaso", "Api Blanco", "vaso"),
    ("un api", ASK),
    ("una jarra", ASK, "jarra"),
    ("un vaso de mocochinchi", "Mocochinchi", "vaso"),
    ("moco chinchi jarra", "Mocochinchi", "jarra"),
    ("jugo de tumbo", "Jugo de Tumbo"),
    ("dos pacenas", "Paceña", None, 2),
    ("una huari", "Huari"),
    ("una cerveza", ASK),
    # not on the menu
    ("chicha morada", UNKNOWN),
    ("lomo saltado", UNKNOWN),
    ("pique a lo pobre", UNKNOWN),
    ("fricase", UNKNOWN),
    ("anticucho de pollo", UNKNOWN),
    ("silpancho de pollo", UNKNOWN),
    ("sandwich de chola", UNKNOWN),
    ("salteña de queso", UNKNOWN),
]
