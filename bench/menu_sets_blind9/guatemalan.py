"""A Guatemalan restaurant with a Spanish menu (the pattern of Los Angeles and Houston Guatemalan
take-out menus): caldos and recados (pepián, jocón, kak'ik), chuchitos and tamales, antojitos,
desayuno chapín, rellenitos, licuados Pequeño or Grande. Callers say "chicken pepian", "turkey
soup", "a Guatemalan breakfast", in English or Spanish, and mishear pepián ("pepi on"), jocón
("ho cone"), kak'ik ("cack eek"), chuchitos ("chew cheetos"). "Pepián", "un tamal", "un
licuado", "a caldo", "tostadas" or "eggs" is a question; pupusas, hilachas, revolcado, fiambre,
subanik and pork pepián are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Guatemalan"

_LIC = {"Pequeño": 4.5, "Grande": 6.5}

CATEGORIES: dict[str, list[Item]] = {
    "Platos Típicos": [
        ("Pepián de Pollo", 15.0, ("pollo", "recado de pepitoria y chiles", "papa", "güisquil",
                                   "arroz", "tortillas")),
        ("Pepián de Res", 16.0, ("res", "recado de pepitoria y chiles", "papa", "arroz")),
        ("Jocón de Pollo", 15.0, ("pollo", "salsa verde de miltomate y cilantro", "arroz")),
        ("Kak'ik", 17.0, ("caldo rojo de chompipe", "chile cobanero", "arroz", "tamalito")),
        ("Carne Asada Chapina", 17.0, ("carne asada", "chirmol", "frijoles volteados",
                                       "guacamol", "tortillas")),
        ("Pollo Dorado", 14.0, ("pollo frito", "arroz", "ensalada", "tortillas")),
        ("Caldo de Res", 14.0, ("res", "elote", "güisquil", "zanahoria", "repollo")),
        ("Caldo de Gallina Criolla", 15.0, ("gallina", "arroz", "chile pasa")),
    ],
    "Tamales y Chuchitos": [
        ("Chuchito", 3.0, ("masa", "recado rojo", "pollo", "hoja de tusa")),
        ("Tamal Colorado", 4.5, ("masa", "recado rojo", "cerdo", "hoja de mashán")),
        ("Tamal Negro", 5.0, ("masa", "recado negro", "pollo", "pasas", "ciruelas")),
        ("Paches", 5.0, ("masa de papa", "recado", "cerdo")),
    ],
    "Antojitos": [
        ("Tostadas de Guacamol", 2.5, ("tostada", "guacamol", "queso seco")),
        ("Tostadas de Frijol", 2.5, ("tostada", "frijol volteado", "queso seco")),
        ("Enchiladas Chapinas", 3.5, ("tostada", "lechuga", "carne", "remolacha", "huevo")),
        ("Chiles Rellenos", 12.0, ("chile pimiento", "carne y verduras", "salsa de tomate")),
        ("Shucos", 6.0, ("hot dog", "guacamol", "repollo", "longaniza")),
        ("Plátanos Fritos con Crema", 6.0, ("plátano maduro", "crema", "frijol")),
    ],
    "Desayunos": [
        ("Desayuno Chapín", 12.0, ("huevos", "frijoles volteados", "plátanos fritos", "crema",
                                   "queso fresco", "tortillas")),
        ("Huevos Rancheros", 11.0, ("huevos estrellados", "salsa ranchera", "frijoles")),
        ("Huevos con Longaniza", 12.0, ("huevos revueltos", "longaniza", "frijoles")),
    ],
    "Postres": [
        ("Rellenitos de Plátano", 5.0, ("plátano", "frijol dulce", "chocolate", "azúcar")),
        ("Molletes", 5.0, ("pan dulce en almíbar",)),
        ("Buñuelos en Miel", 5.0, ("buñuelos", "miel de canela")),
    ],
    "Bebidas": [
        ("Licuado de Fresa", _LIC, ("fresa", "leche")),
        ("Licuado de Banano", _LIC, ("banano", "leche")),
        ("Licuado de Mango", _LIC, ("mango", "leche")),
        ("Horchata", 3.5),
        ("Rosa de Jamaica", 3.5),
        ("Atol de Elote", 4.0, ("elote", "canela")),
        ("Café de Olla", 3.0),
        ("Cerveza Gallo", 5.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Kak'ik", "Paches")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # platos típicos
    ("pepian de pollo", "Pepián de Pollo"),
    ("chicken pepian", "Pepián de Pollo"),
    ("pepi on with chicken", "Pepián de Pollo"),
    ("beef pepian", "Pepián de Res"),
    ("pepian", ASK),
    ("jocon", "Jocón de Pollo"),
    ("ho cone de pollo", "Jocón de Pollo"),
    ("chicken in green sauce", "Jocón de Pollo"),
    ("kak'ik", "Kak'ik"),
    ("cack eek", "Kak'ik"),
    ("turkey soup", "Kak'ik"),
    ("carne asada", "Carne Asada Chapina"),
    ("pollo dorado", "Pollo Dorado"),
    ("caldo de res", "Caldo de Res"),
    ("caldo de gallina", "Caldo de Gallina Criolla"),
    ("a caldo", ASK),
    # tamales y chuchitos
    ("three chuchitos", "Chuchito", None, 3),
    ("chew cheetos", "Chuchito"),
    ("tamal colorado", "Tamal Colorado"),
    ("two red tamales", "Tamal Colorado", None, 2),
    ("tamal negro", "Tamal Negro"),
    ("a black tamale", "Tamal Negro"),
    ("un tamal", ASK),
    ("paches", "Paches"),
    ("potato tamale", "Paches"),
    # antojitos
    ("tostadas de guacamol", "Tostadas de Guacamol"),
    ("four bean tostadas", "Tostadas de Frijol", None, 4),
    ("tostadas", ASK),
    ("enchiladas chapinas", "Enchiladas Chapinas"),
    ("chile relleno", "Chiles Rellenos"),
    ("a shuco", "Shucos"),
    ("guatemalan hot dog", "Shucos"),
    ("fried plantains with cream", "Plátanos Fritos con Crema"),
    # desayunos
    ("desayuno chapin", "Desayuno Chapín"),
    ("a guatemalan breakfast", "Desayuno Chapín"),
    ("huevos rancheros", "Huevos Rancheros"),
    ("eggs", ASK),
    # postres
    ("rellenitos", "Rellenitos de Plátano"),
    ("ray yeah nitos", "Rellenitos de Plátano"),
    ("bunuelos", "Buñuelos en Miel"),
    # bebidas
    ("licuado de fresa grande", "Licuado de Fresa", "grande"),
    ("a small strawberry shake", "Licuado de Fresa", "pequeño"),
    ("two large banana licuados", "Licuado de Banano", "grande", 2),
    ("mango smoothie pequeno", "Licuado de Mango", "pequeño"),
    ("un licuado", ASK),
    ("horchata", "Horchata"),
    ("jamaica", "Rosa de Jamaica"),
    ("atol de elote", "Atol de Elote"),
    ("a gallo", "Cerveza Gallo"),
    # not on the menu
    ("pupusas", UNKNOWN),
    ("hilachas", UNKNOWN),
    ("revolcado", UNKNOWN),
    ("fiambre", UNKNOWN),
    ("subanik", UNKNOWN),
    ("pork pepian", UNKNOWN),
    ("caldo de mariscos", UNKNOWN),
]
