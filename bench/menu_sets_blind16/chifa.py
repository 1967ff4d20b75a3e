"""A Peruvian-Chinese chifa (the pattern of the neighbourhood chifas of Lima, from the Barrio Chino
to the districts, and of chifas in Peruvian communities abroad): a Spanish menu with the
Cantonese-origin names Peru uses. Arroz chaufa de pollo, de carne, de chancho, especial, de
mariscos, vegetariano and amazónico, aeropuerto, and tallarín saltado de pollo, de carne,
especial, de mariscos and con verduras, each Personal or Familiar; the house dishes (pollo chi jau
kay, pollo tipakay, kam lu wantán, limón kay, chancho con tamarindo, costillitas al kión, pato
asado, taypá, lomo saltado, chicharrón de pollo); wantán frito and siu mai by count (6 or 12, 4 or
8 unidades), sopa wantán Personal or Familiar and its especial, sopa fuchifu; Inca Kola and
Coca-Cola 500 ml or 1.5 L, chicha morada by the vaso or jarra, two beers. Callers say the
Spanish ("un chaufa de pollo familiar", "dos inka cola de medio litro", "jarra de chicha
morada"), the English ("chicken fried rice", "wonton soup", "roast duck", "spring rolls"), run the
Chinese-origin names together or split them and spell them by ear ("chijaukai", "tipa kai",
"kamlu wanton", "limonkay", "taypa", "siomai"), and drop the accents ("pollo con pina",
"cusquena", "te jazmin"). "Un chaufa", "tallarín saltado", "wantán", "una sopa", "un especial
familiar", "una cerveza" and "una gaseosa" alone are questions; ceviche, arroz chaufa de pato,
pollo a la brasa, ají de gallina, tallarines verdes, chicha de jora and emoliente are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Chifa Kam Lung"


def _pf(personal: float, familiar: float) -> dict[str, float]:
    return {"Personal": personal, "Familiar": familiar}


_GASEOSA = {"500 ml": 4.0, "1.5 L": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Arroces": [
        ("Arroz Chaufa de Pollo", _pf(18.0, 34.0), ("arroz", "pollo", "huevo", "cebolla china",
                                                    "sillao")),
        ("Arroz Chaufa de Carne", _pf(20.0, 38.0), ("arroz", "carne de res", "huevo",
                                                    "cebolla china")),
        ("Arroz Chaufa de Chancho", _pf(19.0, 36.0), ("arroz", "chancho asado", "huevo",
                                                      "cebolla china")),
        ("Arroz Chaufa Especial", _pf(24.0, 45.0), ("arroz", "pollo", "chancho asado",
                                                    "langostinos", "huevo")),
        ("Arroz Chaufa de Mariscos", _pf(26.0, 48.0), ("arroz", "langostinos", "calamar",
                                                       "pulpo", "huevo")),
        ("Arroz Chaufa Vegetariano", _pf(16.0, 30.0), ("arroz", "verduras", "tofu", "huevo")),
        ("Arroz Chaufa Amazónico", _pf(24.0, 45.0), ("arroz", "cecina", "chorizo regional",
                                                     "plátano maduro")),
        ("Aeropuerto", _pf(22.0, 42.0), ("arroz chaufa", "tallarín saltado", "tortilla de huevo",
                                         "frejolito chino")),
        ("Arroz Blanco", 4.0),
    ],
    "Tallarines": [
        ("Tallarín Saltado de Pollo", _pf(19.0, 36.0), ("tallarín", "pollo", "verduras",
                                                        "sillao")),
        ("Tallarín Saltado de Carne", _pf(21.0, 40.0), ("tallarín", "carne de res", "verduras")),
        ("Tallarín Saltado Especial", _pf(25.0, 47.0), ("tallarín", "pollo", "chancho asado",
                                                        "langostinos", "verduras")),
        ("Tallarín Saltado de Mariscos", _pf(27.0, 50.0), ("tallarín", "langostinos", "calamar",
                                                           "verduras")),
        ("Tallarín Saltado con Verduras", _pf(17.0, 32.0), ("tallarín", "brócoli", "col china",
                                                            "zanahoria", "holantao")),
    ],
    "Especialidades": [
        ("Pollo Chi Jau Kay", 26.0, ("pollo frito", "salsa de ostión", "ajonjolí")),
        ("Pollo Tipakay", 25.0, ("pollo frito", "salsa agridulce de tipakay", "pimiento")),
        ("Kam Lu Wantán", 28.0, ("wantán frito", "chancho asado", "pollo", "langostinos",
                                 "piña", "salsa tamarindo")),
        ("Pollo con Piña", 24.0, ("pollo", "piña", "salsa agridulce")),
        ("Limón Kay (Pollo al Limón)", 25.0, ("pollo frito", "salsa de limón")),
        ("Chancho con Tamarindo", 26.0, ("chancho frito", "salsa de tamarindo")),
        ("Costillitas al Kión", 27.0, ("costillas de cerdo", "kión", "cebolla china")),
        ("Pato Asado", 38.0, ("pato", "salsa de pato")),
        ("Taypá a la Plancha", 34.0, ("pollo", "chancho asado", "langostinos", "verduras",
                                      "plancha")),
        ("Lomo Saltado", 30.0, ("lomo de res", "cebolla", "tomate", "papas fritas", "arroz")),
        ("Chicharrón de Pollo", 22.0, ("trozos de pollo frito", "limón")),
    ],
    "Entradas y Sopas": [
        ("Wantán Frito", {"6 Unidades": 10.0, "12 Unidades": 18.0}, ("salsa de tamarindo",)),
        ("Siu Mai", {"4 Unidades": 12.0, "8 Unidades": 22.0}, ("cerdo", "langostino")),
        ("Min Pao", 5.0, ("chancho asado", "pan al vapor")),
        ("Rollitos Primavera", 9.0, ("verduras", "masa crocante")),
        ("Sopa Wantán", _pf(14.0, 28.0), ("wantanes", "caldo de pollo", "col china")),
        ("Sopa Wantán Especial", _pf(19.0, 36.0), ("wantanes", "pollo", "chancho asado",
                                                   "langostinos", "huevo de codorniz")),
        ("Sopa Fuchifu", 14.0, ("huevo batido", "pollo", "caldo")),
    ],
    "Bebidas": [
        ("Inca Kola", _GASEOSA),
        ("Coca-Cola", _GASEOSA),
        ("Chicha Morada", {"Vaso": 5.0, "Jarra 1 L": 14.0}),
        ("Té Jazmín", 4.0),
        ("Limonada", 5.0),
        ("Cerveza Cusqueña", 9.0),
        ("Cerveza Pilsen Callao", 8.0),
        ("Agua San Luis", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Kam Lu Wantán",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # arroces
    ("arroz chaufa de pollo personal", "Arroz Chaufa de Pollo", "personal"),
    ("un chaufa de pollo familiar", "Arroz Chaufa de Pollo", "familiar"),
    ("chicken fried rice", "Arroz Chaufa de Pollo"),
    ("chaufa de carne", "Arroz Chaufa de Carne"),
    ("beef fried rice family size", "Arroz Chaufa de Carne", "familiar"),
    ("dos chaufa especial personal", "Arroz Chaufa Especial", "personal", 2),
    ("pork fried rice", "Arroz Chaufa de Chancho"),
    ("chaufa de mariscos familiar", "Arroz Chaufa de Mariscos", "familiar"),
    ("chaufa amazonico", "Arroz Chaufa Amazónico"),
    ("aeropuerto", "Aeropuerto"),
    ("un aeropuerto familiar", "Aeropuerto", "familiar"),
    ("arroz blanco", "Arroz Blanco"),
    ("un chaufa", ASK),
    # tallarines
    ("tallarin saltado de pollo", "Tallarín Saltado de Pollo"),
    ("tallarines saltados de carne familiar", "Tallarín Saltado de Carne", "familiar"),
    ("tallarin especial personal", "Tallarín Saltado Especial", "personal"),
    ("tallarin con verduras", "Tallarín Saltado con Verduras"),
    ("tallarin saltado", ASK),
    ("un especial familiar", ASK),
    # especialidades
    ("chi jau kay", "Pollo Chi Jau Kay"),
    ("pollo chijaukai", "Pollo Chi Jau Kay"),
    ("pollo tipakay", "Pollo Tipakay"),
    ("tipa kai", "Pollo Tipakay"),
    ("kam lu wantan", "Kam Lu Wantán"),
    ("kamlu wanton", "Kam Lu Wantán"),
    ("pollo con pina", "Pollo con Piña"),
    ("limonkay", "Limón Kay (Pollo al Limón)"),
    ("chancho con tamarindo", "Chancho con Tamarindo"),
    ("costillitas al kion", "Costillitas al Kión"),
    ("roast duck", "Pato Asado"),
    ("taypa", "Taypá a la Plancha"),
    ("lomo saltado", "Lomo Saltado"),
    ("chicharron de pollo", "Chicharrón de Pollo"),
    # entradas y sopas
    ("wantan frito 12", "Wantán Frito", "12 unidades"),
    ("six fried wontons", "Wantán Frito", "6 unidades"),
    ("siomai ocho", "Siu Mai", "8 unidades"),
    ("two min pao", "Min Pao", None, 2),
    ("sopa wantan familiar", "Sopa Wantán", "familiar"),
    ("wonton soup", "Sopa Wantán"),
    ("sopa wantan especial personal", "Sopa Wantán Especial", "personal"),
    ("spring rolls", "Rollitos Primavera"),
    ("wantan", ASK),
    ("una sopa", ASK),
    # bebidas
    ("inca kola litro y medio", "Inca Kola", "1.5 l"),
    ("dos inka cola de medio litro", "Inca Kola", "500 ml", 2),
    ("jarra de chicha morada", "Chicha Morada", "jarra 1 l"),
    ("a glass of chicha", "Chicha Morada", "vaso"),
    ("te jazmin", "Té Jazmín"),
    ("cusquena", "Cerveza Cusqueña"),
    ("una cerveza", ASK),
    ("una gaseosa", ASK),
    # not on the menu
    ("ceviche", UNKNOWN),
    ("arroz chaufa de pato", UNKNOWN),
    ("pollo a la brasa", UNKNOWN),
    ("aji de gallina", UNKNOWN),
    ("tallarines verdes", UNKNOWN),
    ("chicha de jora", UNKNOWN),
    ("emoliente", UNKNOWN),
]
