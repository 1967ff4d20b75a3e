"""An Oaxacan restaurant (the pattern of the take-out menus of Oaxacan restaurants in Los Angeles's
Koreatown and Mid-City, Fresno, Santa Rosa and Queens, Spanish first with a line of English):
tlayudas (tasajo, cecina, chorizo, sencilla, mixta), memelas, empanadas de amarillo and flor de
calabaza, molotes, chapulines, enfrijoladas, entomatadas and enmoladas; the moles (negro and
coloradito con pollo, verde con puerco, amarillo con res); tasajo asado, cecina enchilada, chorizo
oaxaqueño, a parrillada for two, chile relleno; caldo de res, sopa de guías, caldo de piedra;
tamales by the piece; nicuatole, nieve de leche quemada; aguas frescas Chica, Mediana or Grande,
tejate, chocolate de agua or de leche, champurrado and mezcal. Callers mix Spanish and English ("a
large horchata", "green mole with pork", "squash blossom empanada", "grasshoppers"), drop the
accents ("sopa de guias", "platanos fritos", "tobala"), say "clayuda" and mishear tlayuda ("tla
yuda"), coloradito ("colora dito"), chapulines ("chapoo leenes") and tejate ("te hah te"). "A
tlayuda", "a mole", "mole with chicken", "un caldo", "a large agua fresca", "a hot chocolate" or "a
mezcal" alone is a question; mole poblano, a chicken tlayuda, tamal de rajas, pozole, tacos al
pastor, tepache and chiles en nogada are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Restaurante Oaxaqueño"

_AGUA = {"Chica": 3.5, "Mediana": 4.5, "Grande": 5.5}

CATEGORIES: dict[str, list[Item]] = {
    "Tlayudas": [
        ("Tlayuda con Tasajo", 16.0, ("tortilla grande", "asiento", "frijol", "quesillo", "repollo",
                                      "tasajo")),
        ("Tlayuda con Cecina", 16.0, ("tortilla grande", "asiento", "frijol", "quesillo", "repollo",
                                      "cecina enchilada")),
        ("Tlayuda con Chorizo", 15.0, ("tortilla grande", "asiento", "frijol", "quesillo", "repollo",
                                       "chorizo oaxaqueño")),
        ("Tlayuda Sencilla (Plain)", 12.0, ("tortilla grande", "asiento", "frijol", "quesillo",
                                            "repollo")),
        ("Tlayuda Mixta (Tasajo, Cecina y Chorizo)", 19.0, ("tortilla grande", "frijol", "quesillo",
                                                             "tasajo", "cecina", "chorizo")),
    ],
    "Antojitos": [
        ("Memelas Sencillas", 9.0, ("tres memelas", "asiento", "frijol", "queso fresco", "salsa")),
        ("Memelas con Tasajo", 12.0, ("tres memelas", "asiento", "frijol", "queso fresco", "tasajo")),
        ("Empanada de Amarillo", 9.0, ("tortilla de maíz", "mole amarillo", "pollo", "hoja santa")),
        ("Empanada de Flor de Calabaza (Squash Blossom)", 9.0, ("tortilla de maíz", "flor de calabaza",
                                                                 "quesillo", "epazote")),
        ("Molotes de Papa con Chorizo", 9.0, ("masa", "papa", "chorizo", "guacamole", "salsa")),
        ("Chapulines (Grasshoppers)", 8.0, ("chapulines", "limón", "chile", "tortillas")),
        ("Enfrijoladas", 11.0, ("tortillas", "salsa de frijol negro", "queso fresco", "cebolla")),
        ("Entomatadas", 11.0, ("tortillas", "salsa de tomate", "queso fresco", "cebolla")),
        ("Enmoladas", 13.0, ("tortillas", "mole negro", "pollo", "queso fresco")),
    ],
    "Moles (con Arroz y Tortillas)": [
        ("Mole Negro con Pollo (Black Mole with Chicken)", 17.0, ("mole negro", "pollo", "arroz")),
        ("Mole Coloradito con Pollo (Red Mole with Chicken)", 17.0, ("mole coloradito", "pollo",
                                                                      "arroz")),
        ("Mole Verde con Puerco (Green Mole with Pork)", 17.0, ("mole verde", "puerco", "ejotes",
                                                                 "chayote", "arroz")),
        ("Mole Amarillo con Res (Yellow Mole with Beef)", 17.0, ("mole amarillo", "res", "papa",
                                                                  "ejotes", "arroz")),
    ],
    "Carnes (Platillos)": [
        ("Tasajo Asado (Grilled Tasajo)", 18.0, ("tasajo", "frijoles", "arroz", "nopales",
                                                 "tortillas")),
        ("Cecina Enchilada", 18.0, ("cecina enchilada", "frijoles", "arroz", "tortillas")),
        ("Chorizo Oaxaqueño", 15.0, ("chorizo oaxaqueño", "frijoles", "arroz", "tortillas")),
        ("Parrillada Oaxaqueña (para Dos)", 38.0, ("tasajo", "cecina", "chorizo", "quesillo",
                                                   "nopales", "cebollitas")),
        ("Chile Relleno de Picadillo", 15.0, ("chile pasilla", "picadillo", "caldillo de tomate",
                                              "arroz")),
    ],
    "Caldos": [
        ("Caldo de Res", 14.0, ("res", "elote", "chayote", "calabaza", "zanahoria")),
        ("Sopa de Guías (Squash Vine Soup)", 12.0, ("guías de calabaza", "flor de calabaza", "elote",
                                                    "chochoyotes")),
        ("Caldo de Piedra (Stone-Cooked Fish and Shrimp Soup)", 18.0, ("pescado", "camarón", "tomate",
                                                                        "epazote")),
    ],
    "Tamales (por Pieza)": [
        ("Tamal de Mole Negro", 4.5, ("masa", "mole negro", "pollo", "hoja de plátano")),
        ("Tamal de Chepil", 4.0, ("masa", "chepil", "hoja de maíz")),
    ],
    "Postres": [
        ("Nicuatole", 4.0, ("maíz", "azúcar", "canela", "grana cochinilla")),
        ("Nieve de Leche Quemada (Burnt Milk Ice Cream)", 5.0, ("leche quemada", "tuna roja")),
        ("Plátanos Fritos", 5.0, ("plátano macho", "crema", "leche condensada")),
        ("Pan de Yema", 3.0),
    ],
    "Bebidas": [
        ("Agua de Horchata con Tuna", _AGUA, ("arroz", "melón", "tuna roja", "nuez")),
        ("Agua de Jamaica", _AGUA),
        ("Agua de Chilacayota", _AGUA, ("chilacayota", "piloncillo", "canela")),
        ("Agua de Tamarindo", _AGUA),
        ("Tejate", 5.0, ("maíz", "cacao", "flor de cacao", "mamey")),
        ("Chocolate de Agua", 4.0, ("chocolate oaxaqueño", "agua")),
        ("Chocolate de Leche", 4.5, ("chocolate oaxaqueño", "leche")),
        ("Champurrado", 4.0, ("masa", "chocolate", "piloncillo")),
        ("Mezcal Espadín", 9.0),
        ("Mezcal Tobalá", 14.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Caldo de Piedra (Stone-Cooked Fish and Shrimp Soup)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # tlayudas
    ("tlayuda con tasajo", "Tlayuda con Tasajo"),
    ("two tlayudas de tasajo", "Tlayuda con Tasajo", None, 2),
    ("clayuda with cecina", "Tlayuda con Cecina"),
    ("tlayuda de chorizo", "Tlayuda con Chorizo"),
    ("tla yuda sencilla", "Tlayuda Sencilla (Plain)"),
    ("tlayuda mixta", "Tlayuda Mixta (Tasajo, Cecina y Chorizo)"),
    ("a tlayuda", ASK),
    # antojitos
    ("memelas con tasajo", "Memelas con Tasajo"),
    ("memelas sencillas", "Memelas Sencillas"),
    ("empanada de amarillo", "Empanada de Amarillo"),
    ("squash blossom empanada", "Empanada de Flor de Calabaza (Squash Blossom)"),
    ("molotes", "Molotes de Papa con Chorizo"),
    ("chapulines", "Chapulines (Grasshoppers)"),
    ("an order of chapoo leenes", "Chapulines (Grasshoppers)"),
    ("grasshoppers", "Chapulines (Grasshoppers)"),
    ("enfrijoladas", "Enfrijoladas"),
    ("enmoladas", "Enmoladas"),
    # moles
    ("mole negro con pollo", "Mole Negro con Pollo (Black Mole with Chicken)"),
    ("two black mole with chicken", "Mole Negro con Pollo (Black Mole with Chicken)", None, 2),
    ("mole colora dito", "Mole Coloradito con Pollo (Red Mole with Chicken)"),
    ("green mole with pork", "Mole Verde con Puerco (Green Mole with Pork)"),
    ("mole verde", "Mole Verde con Puerco (Green Mole with Pork)"),
    ("mole amarillo con res", "Mole Amarillo con Res (Yellow Mole with Beef)"),
    ("a mole", ASK),
    ("mole with chicken", ASK),
    # carnes
    ("grilled tasajo", "Tasajo Asado (Grilled Tasajo)"),
    ("cecina enchilada", "Cecina Enchilada"),
    ("chorizo oaxaqueno", "Chorizo Oaxaqueño"),
    ("the parrillada for two", "Parrillada Oaxaqueña (para Dos)"),
    ("chile relleno", "Chile Relleno de Picadillo"),
    # caldos and tamales
    ("caldo de res", "Caldo de Res"),
    ("sopa de guias", "Sopa de Guías (Squash Vine Soup)"),
    ("caldo de piedra", "Caldo de Piedra (Stone-Cooked Fish and Shrimp Soup)"),
    ("un caldo", ASK),
    ("three tamales de mole negro", "Tamal de Mole Negro", None, 3),
    ("tamal de chepil", "Tamal de Chepil"),
    # postres
    ("nicuatole", "Nicuatole"),
    ("burnt milk ice cream", "Nieve de Leche Quemada (Burnt Milk Ice Cream)"),
    ("platanos fritos", "Plátanos Fritos"),
    # bebidas
    ("a large horchata", "Agua de Horchata con Tuna", "grande"),
    ("horchata con tuna chica", "Agua de Horchata con Tuna", "chica"),
    ("medium jamaica", "Agua de Jamaica", "mediana"),
    ("agua de chilacayota grande", "Agua de Chilacayota", "grande"),
    ("two small tamarindo", "Agua de Tamarindo", "chica", 2),
    ("a large agua fresca", ASK),
    ("tejate", "Tejate"),
    ("te hah te", "Tejate"),
    ("chocolate de leche", "Chocolate de Leche"),
    ("hot chocolate with water", "Chocolate de Agua"),
    ("a hot chocolate", ASK),
    ("champurrado", "Champurrado"),
    ("mezcal tobala", "Mezcal Tobalá"),
    ("a mezcal", ASK),
    # not on the menu
    ("mole poblano", UNKNOWN),
    ("a chicken tlayuda", UNKNOWN),
    ("tamal de rajas", UNKNOWN),
    ("pozole", UNKNOWN),
    ("tacos al pastor", UNKNOWN),
    ("tepache", UNKNOWN),
    ("chiles en nogada", UNKNOWN),
]
