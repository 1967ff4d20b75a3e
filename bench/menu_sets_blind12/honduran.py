"""A Honduran restaurant (the pattern of take-out menus of Honduran restaurants and baleadas
counters in Houston, New Orleans, Miami, the Bronx and Charlotte): baleadas sencillas (beans,
cheese, mantequilla) and baleadas with egg, avocado, meat or "con todo"; plato típico; pollo con
tajadas and chuleta con tajadas; carne asada; pescado frito; enchiladas and tacos hondureños;
sopa de caracol, res, mondongo and frijoles; nacatamales and tamalitos de elote; pastelitos de
carne or pollo by 1, 3 or 6 piezas; sides; tres leches and semita; horchata, licuados and frescos
Chico or Grande, Salva Vida and Port Royal. A Spanish menu; callers mix Spanish and English and say
"a simple baleada", "baleada with everything", "the typical plate", "fried chicken with plantain
chips", "conch soup", "tripe soup", "maduros", "a large banana smoothie", and mishear
("balliada sensiya", "valeada", "pollo con tahadas"). "Una baleada", "un plato con tajadas", "una
sopa", "a tamal", "three pastelitos", "un licuado grande" or "una cerveza" alone is a question;
pupusas, sopa de pata, tapado, machuca, a baleada with shrimp, rosquillas and sopa de mariscos are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Restaurante Hondureño"

_PIEZAS = {"1 Pieza": 1.5, "3 Piezas": 4.0, "6 Piezas": 7.5}
_FRESCO = {"Chico": 3.0, "Grande": 4.5}
_LICUADO = {"Chico": 4.0, "Grande": 5.5}

CATEGORIES: dict[str, list[Item]] = {
    "Baleadas": [
        ("Baleada Sencilla", 2.5, ("flour tortilla", "refried beans", "crumbled cheese",
                                   "mantequilla")),
        ("Baleada con Huevo", 3.5, ("flour tortilla", "beans", "cheese", "mantequilla",
                                    "scrambled egg")),
        ("Baleada con Aguacate", 3.5, ("flour tortilla", "beans", "cheese", "mantequilla",
                                       "avocado")),
        ("Baleada con Todo", 5.0, ("flour tortilla", "beans", "cheese", "mantequilla", "egg",
                                   "avocado", "carne asada")),
        ("Baleada con Carne Asada", 6.0, ("flour tortilla", "beans", "cheese", "carne asada")),
        ("Baleada con Pollo", 5.5, ("flour tortilla", "beans", "cheese", "grilled chicken")),
        ("Baleada con Chorizo", 5.5, ("flour tortilla", "beans", "cheese", "chorizo")),
    ],
    "Platos": [
        ("Plato Típico", 17.0, ("carne asada", "chorizo", "fried beans", "sweet plantain",
                                "fresh cheese", "mantequilla", "avocado", "tortillas")),
        ("Pollo con Tajadas", 14.0, ("fried chicken", "green plantain chips", "cabbage salad",
                                     "pink sauce")),
        ("Chuleta con Tajadas", 14.0, ("fried pork chop", "green plantain chips",
                                       "cabbage salad")),
        ("Carne Asada", 16.0, ("grilled steak", "rice", "beans", "chismol", "tortillas")),
        ("Pescado Frito", 18.0, ("whole fried tilapia", "tajadas", "cabbage salad")),
        ("Yuca con Chicharrón", 11.0, ("boiled yuca", "pork cracklings", "cabbage", "chismol")),
        ("Enchiladas Hondureñas", 10.0, ("three fried tostadas", "ground beef", "cabbage",
                                         "tomato sauce", "cheese")),
        ("Tacos Hondureños", 10.0, ("four rolled fried tacos", "shredded chicken", "cabbage",
                                    "sauce", "cheese")),
        ("Catrachitas", 7.0, ("fried tortillas", "refried beans", "cheese")),
    ],
    "Sopas": [
        ("Sopa de Caracol", 16.0, ("conch", "coconut milk", "green plantain", "yuca")),
        ("Sopa de Res", 13.0, ("beef shank", "corn", "yuca", "cabbage", "plantain")),
        ("Sopa de Mondongo", 13.0, ("beef tripe", "yuca", "plantain", "cilantro")),
        ("Sopa de Frijoles", 10.0, ("red bean soup", "egg", "pork rib")),
    ],
    "Tamales y Pastelitos": [
        ("Nacatamal", 5.0, ("corn masa", "pork", "rice", "potato", "olives", "banana leaf")),
        ("Tamalito de Elote", 2.5, ("sweet fresh corn", "corn husk", "crema")),
        ("Pastelitos de Carne", _PIEZAS, ("fried corn turnovers", "ground beef", "potato",
                                          "rice")),
        ("Pastelitos de Pollo", _PIEZAS, ("fried corn turnovers", "chicken", "potato")),
    ],
    "Acompañantes": [
        ("Tajadas", 3.5, ("green plantain chips",)),
        ("Plátano Maduro Frito", 3.5, ("fried sweet plantain",)),
        ("Frijoles Fritos", 3.0),
        ("Arroz", 3.0),
        ("Tortillas de Harina", 1.5, ("three flour tortillas",)),
        ("Ensalada de Repollo", 2.5, ("cabbage", "carrot", "lime")),
        ("Chismol", 2.0, ("tomato", "onion", "pepper", "cilantro", "lime")),
    ],
    "Postres": [
        ("Tres Leches", 5.0),
        ("Semita", 2.5, ("sweet bread",)),
        ("Arroz con Leche", 4.0),
        ("Torrejas", 4.5, ("fried bread", "spiced syrup")),
    ],
    "Bebidas": [
        ("Horchata", _FRESCO, ("morro seed", "rice", "cinnamon")),
        ("Licuado de Banano", _LICUADO, ("banana", "milk")),
        ("Licuado de Fresa", _LICUADO, ("strawberry", "milk")),
        ("Licuado de Mango", _LICUADO, ("mango", "milk")),
        ("Fresco de Tamarindo", _FRESCO),
        ("Fresco de Maracuyá", _FRESCO),
        ("Café", 2.0),
        ("Salva Vida", 5.0),
        ("Port Royal", 5.0),
        ("Coca-Cola de Vidrio", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Sopa de Caracol",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # baleadas
    ("una baleada sencilla", "Baleada Sencilla"),
    ("two simple baleadas", "Baleada Sencilla", None, 2),
    ("balliada sensiya", "Baleada Sencilla"),
    ("baleada con huevo", "Baleada con Huevo"),
    ("baleada con aguacate", "Baleada con Aguacate"),
    ("baleada con todo", "Baleada con Todo"),
    ("three baleadas with everything", "Baleada con Todo", None, 3),
    ("valeada con carne asada", "Baleada con Carne Asada"),
    ("baleada de pollo", "Baleada con Pollo"),
    ("chorizo baleada", "Baleada con Chorizo"),
    ("una baleada", ASK),
    # platos
    ("plato tipico", "Plato Típico"),
    ("the typical plate", "Plato Típico"),
    ("pollo con tajadas", "Pollo con Tajadas"),
    ("fried chicken with plantain chips", "Pollo con Tajadas"),
    ("chuleta con tajadas", "Chuleta con Tajadas"),
    ("un plato con tajadas", ASK),
    ("carne asada plate", "Carne Asada"),
    ("pescado frito", "Pescado Frito"),
    ("yuca con chicharron", "Yuca con Chicharrón"),
    ("honduran enchiladas", "Enchiladas Hondureñas"),
    ("tacos hondurenos", "Tacos Hondureños"),
    ("catrachitas", "Catrachitas"),
    # sopas
    ("sopa de caracol", "Sopa de Caracol"),
    ("conch soup", "Sopa de Caracol"),
    ("sopa de res", "Sopa de Res"),
    ("mondongo", "Sopa de Mondongo"),
    ("tripe soup", "Sopa de Mondongo"),
    ("una sopa", ASK),
    # tamales y pastelitos
    ("nacatamal", "Nacatamal"),
    ("two nacatamales", "Nacatamal", None, 2),
    ("tamalito de elote", "Tamalito de Elote"),
    ("a tamal", ASK),
    ("tres pastelitos de carne", "Pastelitos de Carne", "3 piezas"),
    ("six chicken pastelitos", "Pastelitos de Pollo", "6 piezas"),
    ("one beef pastelito", "Pastelitos de Carne", "1 pieza"),
    ("three pastelitos", ASK),
    # acompañantes y postres
    ("side of tajadas", "Tajadas"),
    ("maduros", "Plátano Maduro Frito"),
    ("chismol", "Chismol"),
    ("tres leches", "Tres Leches"),
    ("arroz con leche", "Arroz con Leche"),
    # bebidas
    ("horchata grande", "Horchata", "grande"),
    ("a small horchata", "Horchata", "chico"),
    ("licuado de banano chico", "Licuado de Banano", "chico"),
    ("a large banana smoothie", "Licuado de Banano", "grande"),
    ("un licuado grande", ASK),
    ("fresco de tamarindo", "Fresco de Tamarindo"),
    ("passion fruit juice", "Fresco de Maracuyá"),
    ("two salva vidas", "Salva Vida", None, 2),
    ("coca de vidrio", "Coca-Cola de Vidrio"),
    ("una cerveza", ASK),
    # not on the menu
    ("pupusas", UNKNOWN),
    ("sopa de pata", UNKNOWN),
    ("tapado", UNKNOWN),
    ("machuca", UNKNOWN),
    ("baleada con camarones", UNKNOWN),
    ("rosquillas", UNKNOWN),
    ("sopa de mariscos", UNKNOWN),
]
