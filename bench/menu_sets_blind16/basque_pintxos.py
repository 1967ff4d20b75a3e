"""A Basque pintxos bar and asador (the pattern of the bars of San Sebastián's Parte Vieja and
Bilbao's Casco Viejo, the asadores of Getaria and Tolosa, and Basque bars abroad that print their
menus for take-away): pintxos by the piece (gilda, txistorra, tortilla de patatas and tortilla de
bacalao, txampi, foie a la plancha, croquetas by count, 4 or 8 unidades), raciones (bacalao al
pil-pil and kokotxas al pil-pil, merluza en salsa verde, chipirones en su tinta, rabas, pimientos
de Gernika and stuffed piquillos, jamón ibérico and queso Idiazabal by the media ración or
ración), the asador's grill (txuleta by weight, 1 kg or 1.5 kg, turbot and sea bream a la
parrilla), postres (goxua, pastel vasco, the burnt cheesecake, torrija, cuajada) and drinks
(txakoli and Rioja by the copa or botella, sidra by the vaso or botella, caña, zurito and a
bottled beer, kalimotxo, patxaran). Names are Basque or Spanish with an English gloss in parentheses. Callers
say the Basque or the Spanish spelling ("txistorra" / "chistorra", "kokotxas" / "cocochas",
"txakoli" / "chacoli", "kalimotxo" / "calimocho", "txuleta" / "chuleta", "Gernika" /
"Guernica", "txampi" / "champi"), the English ("hake cheeks", "salt cod omelet", "grilled
turbot", "gateau basque"), drop the accents ("media racion de jamon iberico", "una cana") and
give weights in Spanish ("kilo y medio"). "Tortilla", "croquetas", "pil pil", "pimientos",
"grilled fish", "a beer" and "a glass of wine" alone are questions; paella, patatas bravas,
gambas al ajillo, marmitako, bacalao a la vizcaína, pulpo a la gallega and sangría are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Txoko Zaharra — Pintxos & Asador"

CATEGORIES: dict[str, list[Item]] = {
    "Pintxos": [
        ("Gilda (Anchovy, Olive and Guindilla Skewer)", 2.5, ("anchovy", "olive",
                                                               "guindilla pepper")),
        ("Txistorra (Basque Sausage on Bread)", 3.0, ("txistorra", "bread")),
        ("Tortilla de Patatas (Potato Omelette)", 3.0, ("potato", "egg", "onion")),
        ("Tortilla de Bacalao (Salt Cod Omelette)", 4.0, ("salt cod", "egg", "green pepper")),
        ("Croquetas de Jamón (Ham Croquettes)", {"4 Unidades": 6.0, "8 Unidades": 11.0},
         ("jamón", "béchamel")),
        ("Croquetas de Txipirón (Squid Ink Croquettes)", {"4 Unidades": 7.0, "8 Unidades": 13.0},
         ("squid", "squid ink", "béchamel")),
        ("Anchoas del Cantábrico (Cantabrian Anchovies)", 4.5, ("anchovies", "bread", "butter")),
        ("Brocheta de Gambas (Prawn Skewer)", 4.0, ("prawns", "garlic", "parsley")),
        ("Txampi (Stuffed Mushroom)", 3.0, ("mushroom", "ham", "garlic")),
        ("Foie a la Plancha (Seared Foie Gras)", 5.5, ("duck foie gras", "apple", "bread")),
        ("Chorizo a la Sidra (Chorizo in Cider)", 4.0, ("chorizo", "cider")),
    ],
    "Raciones": [
        ("Bacalao al Pil-Pil (Salt Cod in Pil-Pil Sauce)", 22.0, ("salt cod", "olive oil",
                                                                   "garlic", "guindilla")),
        ("Kokotxas de Merluza al Pil-Pil (Hake Cheeks)", 26.0, ("hake cheeks", "olive oil",
                                                                 "garlic")),
        ("Merluza en Salsa Verde (Hake in Green Sauce)", 21.0, ("hake", "parsley", "clams")),
        ("Chipirones en su Tinta (Baby Squid in Ink)", 18.0, ("baby squid", "squid ink", "rice")),
        ("Rabas (Fried Squid Strips)", 12.0, ("squid", "flour", "lemon")),
        ("Almejas a la Marinera (Clams in White Wine)", 19.0, ("clams", "white wine", "garlic")),
        ("Pimientos de Gernika (Fried Green Peppers)", 8.0, ("Gernika peppers", "sea salt")),
        ("Pimientos del Piquillo Rellenos de Bacalao (Cod-Stuffed Piquillo Peppers)", 12.0,
         ("piquillo peppers", "salt cod", "béchamel")),
        ("Jamón Ibérico de Bellota (Acorn-Fed Ibérico Ham)", {"Media Ración": 14.0,
                                                              "Ración": 24.0}),
        ("Queso Idiazabal (Idiazabal Sheep's Cheese)", {"Media Ración": 8.0, "Ración": 14.0}),
        ("Ensalada de Bonito (Tomato and Bonito Salad)", 12.0, ("tomato", "bonito tuna", "onion")),
        ("Alubias de Tolosa (Tolosa Black Bean Stew)", 14.0, ("black beans", "chorizo",
                                                             "morcilla", "guindillas")),
    ],
    "Asador": [
        ("Txuleta de Vaca (Bone-in Rib Steak)", {"1 kg": 62.0, "1.5 kg": 90.0}),
        ("Solomillo de Vaca (Beef Tenderloin)", 26.0),
        ("Chuletillas de Cordero (Grilled Lamb Chops)", 22.0),
        ("Rodaballo a la Parrilla (Whole Grilled Turbot)", 36.0),
        ("Besugo a la Parrilla (Grilled Sea Bream)", 30.0),
        ("Patatas Fritas (Chips)", 4.0),
    ],
    "Postres": [
        ("Goxua (Basque Cream and Sponge Pudding)", 6.0),
        ("Pastel Vasco (Gâteau Basque)", 5.5),
        ("Tarta de Queso (Burnt Basque Cheesecake)", 6.5),
        ("Torrija (Caramelised Brioche French Toast)", 6.0),
        ("Cuajada (Sheep's Milk Curd with Honey)", 5.0),
        ("Idiazabal con Membrillo y Nueces (Cheese with Quince and Walnuts)", 7.0),
    ],
    "Bebidas": [
        ("Txakoli Getariako", {"Copa": 4.0, "Botella": 22.0}),
        ("Sidra Natural (Basque Cider)", {"Vaso": 2.5, "Botella": 8.0}),
        ("Rioja Alavesa Crianza", {"Copa": 4.5, "Botella": 26.0}),
        ("Caña (Draught Beer)", 3.0),
        ("Zurito (Small Draught Beer)", 2.0),
        ("Botellín Keler (Bottled Beer)", 3.0),
        ("Kalimotxo (Red Wine and Cola)", 3.5),
        ("Patxaran (Sloe Liqueur)", 4.0),
        ("Agua Mineral", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Txuleta de Vaca (Bone-in Rib Steak)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pintxos
    ("gilda", "Gilda (Anchovy, Olive and Guindilla Skewer)"),
    ("two gildas", "Gilda (Anchovy, Olive and Guindilla Skewer)", None, 2),
    ("chistorra", "Txistorra (Basque Sausage on Bread)"),
    ("tortilla de patatas", "Tortilla de Patatas (Potato Omelette)"),
    ("potato omelette", "Tortilla de Patatas (Potato Omelette)"),
    ("salt cod omelet", "Tortilla de Bacalao (Salt Cod Omelette)"),
    ("eight ham croquettes", "Croquetas de Jamón (Ham Croquettes)", "8 unidades"),
    ("croquetas de jamon cuatro", "Croquetas de Jamón (Ham Croquettes)", "4 unidades"),
    ("squid ink croquettes", "Croquetas de Txipirón (Squid Ink Croquettes)"),
    ("anchoas del cantabrico", "Anchoas del Cantábrico (Cantabrian Anchovies)"),
    ("prawn skewer", "Brocheta de Gambas (Prawn Skewer)"),
    ("champi", "Txampi (Stuffed Mushroom)"),
    ("foie", "Foie a la Plancha (Seared Foie Gras)"),
    ("chorizo in cider", "Chorizo a la Sidra (Chorizo in Cider)"),
    ("tortilla", ASK),
    ("croquetas", ASK),
    # raciones
    ("bacalao al pil pil", "Bacalao al Pil-Pil (Salt Cod in Pil-Pil Sauce)"),
    ("cod pil pil", "Bacalao al Pil-Pil (Salt Cod in Pil-Pil Sauce)"),
    ("cocochas", "Kokotxas de Merluza al Pil-Pil (Hake Cheeks)"),
    ("hake cheeks", "Kokotxas de Merluza al Pil-Pil (Hake Cheeks)"),
    ("hake in green sauce", "Merluza en Salsa Verde (Hake in Green Sauce)"),
    ("chipirones en su tinta", "Chipirones en su Tinta (Baby Squid in Ink)"),
    ("rabas", "Rabas (Fried Squid Strips)"),
    ("pimientos de guernica", "Pimientos de Gernika (Fried Green Peppers)"),
    ("stuffed piquillo peppers", "Pimientos del Piquillo Rellenos de Bacalao (Cod-Stuffed Piquillo Peppers)"),
    ("media racion de jamon iberico", "Jamón Ibérico de Bellota (Acorn-Fed Ibérico Ham)", "media ración"),
    ("a racion of jamon", "Jamón Ibérico de Bellota (Acorn-Fed Ibérico Ham)", "ración"),
    ("queso idiazabal media racion", "Queso Idiazabal (Idiazabal Sheep's Cheese)", "media ración"),
    ("alubias de tolosa", "Alubias de Tolosa (Tolosa Black Bean Stew)"),
    ("bonito salad", "Ensalada de Bonito (Tomato and Bonito Salad)"),
    ("pil pil", ASK),
    ("pimientos", ASK),
    # asador
    ("txuleta one kilo", "Txuleta de Vaca (Bone-in Rib Steak)", "1 kg"),
    ("chuleta kilo y medio", "Txuleta de Vaca (Bone-in Rib Steak)", "1.5 kg"),
    ("lamb chops", "Chuletillas de Cordero (Grilled Lamb Chops)"),
    ("grilled turbot", "Rodaballo a la Parrilla (Whole Grilled Turbot)"),
    ("besugo", "Besugo a la Parrilla (Grilled Sea Bream)"),
    ("grilled fish", ASK),
    # postres
    ("goxua", "Goxua (Basque Cream and Sponge Pudding)"),
    ("gateau basque", "Pastel Vasco (Gâteau Basque)"),
    ("two pastel vasco", "Pastel Vasco (Gâteau Basque)", None, 2),
    ("basque cheesecake", "Tarta de Queso (Burnt Basque Cheesecake)"),
    ("torrija", "Torrija (Caramelised Brioche French Toast)"),
    # bebidas
    ("a glass of txakoli", "Txakoli Getariako", "copa"),
    ("bottle of chacoli", "Txakoli Getariako", "botella"),
    ("a bottle of cider", "Sidra Natural (Basque Cider)", "botella"),
    ("calimocho", "Kalimotxo (Red Wine and Cola)"),
    ("una cana", "Caña (Draught Beer)"),
    ("pacharan", "Patxaran (Sloe Liqueur)"),
    ("a beer", ASK),
    ("a glass of wine", ASK),
    # not on the menu
    ("paella", UNKNOWN),
    ("patatas bravas", UNKNOWN),
    ("gambas al ajillo", UNKNOWN),
    ("marmitako", UNKNOWN),
    ("bacalao a la vizcaina", UNKNOWN),
    ("pulpo a la gallega", UNKNOWN),
    ("sangria", UNKNOWN),
]
