"""A Chilean restaurant with a Spanish menu (the pattern of Chilean fuente de soda and picada menus
in Queens, Miami, Los Angeles and Toronto): completos (italiano, dinámico, alemán), churrasco,
Barros Luco and chacarero sandwiches, chorrillana Individual or Para Compartir, pastel de choclo,
empanadas de pino, cazuela, lomo a lo pobre, sopaipillas, mote con huesillo, pisco sour. Callers
say "a hot dog italiano", "a churrasco italiano", "steak and cheese sandwich", "chorrillana to
share", "corn pie", "beef empanada" and mishear chorrillana ("cho ree ana", "chorillana"),
chacarero ("chaka rero"), huesillo ("wesiyo", "way see yo"), sopaipillas ("sopapillas"), Barros
Luco ("barrows luco"). "Un completo", "a churrasco", "una cazuela", "an empanada", "a sandwich" or
"a beer" alone is a question; curanto, machas a la parmesana, humitas, anticuchos, empanada de
mariscos and a terremoto are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Picada Chilena"

CATEGORIES: dict[str, list[Item]] = {
    "Completos": [
        ("Completo Italiano", 7.5, ("vienesa", "palta", "tomate", "mayonesa", "pan de completo")),
        ("Completo Dinámico", 8.0, ("vienesa", "palta", "tomate", "mayonesa", "americana",
                                    "salsa verde")),
        ("Completo Alemán", 7.5, ("vienesa", "chucrut", "mayonesa", "mostaza")),
        ("As Italiano", 9.0, ("churrasco picado", "palta", "tomate", "mayonesa")),
    ],
    "Sándwiches": [
        ("Churrasco Italiano", 12.0, ("carne laminada", "palta", "tomate", "mayonesa",
                                      "pan frica")),
        ("Churrasco Chacarero", 12.5, ("carne laminada", "poroto verde", "tomate", "ají verde")),
        ("Barros Luco", 12.0, ("carne laminada", "queso derretido")),
        ("Barros Jarpa", 10.0, ("jamón", "queso derretido")),
        ("Lomito Italiano", 12.5, ("lomo de cerdo", "palta", "tomate", "mayonesa")),
        ("Ave Palta", 10.0, ("pollo desmenuzado", "palta", "mayonesa")),
    ],
    "Platos": [
        ("Chorrillana", {"Individual": 15.0, "Para Compartir": 26.0}, ("papas fritas", "carne",
                                                                      "cebolla", "huevo frito")),
        ("Pastel de Choclo", 16.0, ("pastelera de choclo", "pino de carne", "pollo", "huevo",
                                    "aceituna")),
        ("Cazuela de Vacuno", 15.0, ("osobuco", "papa", "zapallo", "choclo", "arroz")),
        ("Cazuela de Ave", 14.0, ("pollo", "papa", "zapallo", "choclo", "arroz")),
        ("Lomo a lo Pobre", 21.0, ("bistec", "papas fritas", "cebolla frita", "dos huevos fritos")),
        ("Porotos Granados", 14.0, ("porotos", "mazamorra de choclo", "zapallo", "albahaca")),
        ("Pollo Asado con Arroz", 14.0, ("cuarto de pollo", "arroz", "ensalada chilena")),
        ("Pescado Frito con Puré", 16.0, ("merluza frita", "puré de papas")),
    ],
    "Empanadas": [
        ("Empanada de Pino", 5.5, ("carne", "cebolla", "huevo", "aceituna", "pasas")),
        ("Empanada de Queso", 4.5, ("queso", "frita")),
        ("Empanada Napolitana", 5.0, ("jamón", "queso", "tomate", "orégano")),
    ],
    "Acompañamientos": [
        ("Sopaipillas", 5.0, ("masa de zapallo frita", "pebre")),
        ("Ensalada Chilena", 5.0, ("tomate", "cebolla", "cilantro")),
        ("Papas Fritas", 4.5),
        ("Pebre", 1.5, ("tomate", "cebolla", "cilantro", "ají")),
    ],
    "Postres": [
        ("Mote con Huesillo", 5.5, ("mote de trigo", "durazno deshidratado", "jugo")),
        ("Leche Asada", 5.0),
        ("Alfajor Chileno", 3.0, ("manjar", "chocolate")),
        ("Sopaipillas Pasadas", 6.0, ("sopaipillas", "chancaca")),
    ],
    "Bebidas": [
        ("Pisco Sour", 9.0, ("pisco", "limón", "azúcar")),
        ("Cerveza Escudo", 5.0),
        ("Cerveza Cristal", 5.0),
        ("Bebida en Lata", 2.5, ("coca-cola, fanta o sprite",)),
        ("Bilz", 2.5),
        ("Jugo Natural", 4.5, ("frutilla, piña o durazno",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Porotos Granados", "Pastel de Choclo")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # completos
    ("un completo italiano", "Completo Italiano"),
    ("two hot dogs italiano", "Completo Italiano", None, 2),
    ("completo dinámico", "Completo Dinámico"),
    ("a completo with sauerkraut", "Completo Alemán"),
    ("un as italiano", "As Italiano"),
    ("un completo", ASK),
    # sándwiches
    ("churrasco italiano", "Churrasco Italiano"),
    ("uh two churrasco italiano", "Churrasco Italiano", None, 2),
    ("un chacarero", "Churrasco Chacarero"),
    ("chaka rero", "Churrasco Chacarero"),
    ("steak sandwich with green beans", "Churrasco Chacarero"),
    ("barros luco", "Barros Luco"),
    ("barrows luco", "Barros Luco"),
    ("steak and melted cheese sandwich", "Barros Luco"),
    ("barros jarpa", "Barros Jarpa"),
    ("ham and cheese sandwich", "Barros Jarpa"),
    ("lomito italiano", "Lomito Italiano"),
    ("chicken avocado sandwich", "Ave Palta"),
    ("a churrasco", ASK),
    ("a sandwich", ASK),
    # platos
    ("chorrillana para compartir", "Chorrillana", "para compartir"),
    ("a chorillana individual", "Chorrillana", "individual"),
    ("the big cho ree ana to share", "Chorrillana", "para compartir"),
    ("pastel de choclo", "Pastel de Choclo"),
    ("two corn pie", "Pastel de Choclo", None, 2),
    ("cazuela de vacuno", "Cazuela de Vacuno"),
    ("beef cazuela", "Cazuela de Vacuno"),
    ("chicken cazuela", "Cazuela de Ave"),
    ("una cazuela", ASK),
    ("lomo a lo pobre", "Lomo a lo Pobre"),
    ("porotos granados", "Porotos Granados"),
    ("roast chicken with rice", "Pollo Asado con Arroz"),
    ("fried fish with mashed potatoes", "Pescado Frito con Puré"),
    # empanadas
    ("three empanadas de pino", "Empanada de Pino", None, 3),
    ("a beef empanada", "Empanada de Pino"),
    ("two cheese empanadas", "Empanada de Queso", None, 2),
    ("empanada napolitana", "Empanada Napolitana"),
    ("an empanada", ASK),
    # acompañamientos
    ("sopaipillas", "Sopaipillas"),
    ("an order of sopapillas with pebre", "Sopaipillas"),
    ("ensalada chilena", "Ensalada Chilena"),
    # postres
    ("mote con huesillo", "Mote con Huesillo"),
    ("two mote con wesiyo", "Mote con Huesillo", None, 2),
    ("leche asada", "Leche Asada"),
    ("sopaipillas pasadas", "Sopaipillas Pasadas"),
    ("alfajor", "Alfajor Chileno"),
    # bebidas
    ("two pisco sours", "Pisco Sour", None, 2),
    ("una escudo", "Cerveza Escudo"),
    ("a cristal", "Cerveza Cristal"),
    ("a bilz", "Bilz"),
    ("a beer", ASK),
    # not on the menu
    ("curanto", UNKNOWN),
    ("machas a la parmesana", UNKNOWN),
    ("humitas", UNKNOWN),
    ("anticuchos", UNKNOWN),
    ("empanada de mariscos", UNKNOWN),
    ("un terremoto", UNKNOWN),
    ("completo vegetariano", UNKNOWN),
]
