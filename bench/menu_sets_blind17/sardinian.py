"""A Sardinian trattoria (the pattern of trattoria menus in Cagliari, Nuoro, Olbia and Alghero and
of Sardinian restaurants in London and Rome): pane carasau and pane guttiau, culurgiones with
tomato or with butter and sage, malloreddus alla campidanese and al pomodoro, fregola con arselle
and fregola ai frutti di mare, spaghetti alla bottarga, pane frattau, zuppa gallurese, porceddu,
agnello, su cordula, pecorino sardo dolce and stagionato, fiore sardo, seadas with honey,
pardulas, Ichnusa and Ichnusa Non Filtrata, Cannonau and Vermentino by the glass or bottle, mirto.
Items are named in Sardinian or Italian with the English gloss in parentheses. Callers say the
English ("potato and mint ravioli", "suckling pig", "fregola with clams", "cheese pastry with
honey"), drop or respell the Sardinian ("culurjones", "culurgionis", "malloredus", "sebadas",
"porcheddu", "fregula") and mishear it ("seada", "canonau", "iknusa"). "Culurgiones",
"potato ravioli", "malloreddus", "fregola", "pecorino", "a glass of wine" and "a beer" alone are
questions ("ichnusa" alone is the plain Ichnusa, "seadas" the plain Seadas al
Miele); porchetta, gnocchi sardi with pesto, su filindeu, casu marzu, fregola with sausage,
Monica wine and limoncello are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Trattoria Su Nuraghe"

_WINE = {"Glass": 7.0, "Bottle": 28.0}

CATEGORIES: dict[str, list[Item]] = {
    "Antipasti (Starters)": [
        ("Pane Carasau (Sardinian Flatbread)", 3.5),
        ("Pane Guttiau (Carasau with Olive Oil and Salt)", 4.5, ("pane carasau", "olive oil",
                                                                  "salt", "rosemary")),
        ("Antipasto Sardo (Sardinian Cured Meats and Cheese)", 14.0, ("salsiccia sarda",
                                                                       "prosciutto", "pecorino",
                                                                       "olives")),
        ("Salsiccia Sarda (Sardinian Dried Sausage)", 8.0),
        ("Bottarga di Muggine (Cured Mullet Roe)", 12.0, ("bottarga", "celery", "olive oil")),
        ("Fave e Lardo (Broad Beans with Lard)", 8.0),
    ],
    "Primi (Pasta)": [
        ("Culurgiones al Pomodoro (Potato and Mint Ravioli in Tomato Sauce)", 14.0, (
            "potato", "pecorino", "mint", "tomato sauce")),
        ("Culurgiones Burro e Salvia (Potato and Mint Ravioli with Butter and Sage)", 14.0, (
            "potato", "pecorino", "mint", "butter", "sage")),
        ("Malloreddus alla Campidanese (Sardinian Gnocchetti with Sausage Ragù)", 13.0, (
            "malloreddus", "sausage", "tomato", "saffron", "pecorino")),
        ("Malloreddus al Pomodoro (Sardinian Gnocchetti in Tomato Sauce)", 11.0),
        ("Fregola con Arselle (Fregola with Clams)", 16.0, ("fregola", "clams", "parsley",
                                                            "tomato")),
        ("Fregola ai Frutti di Mare (Fregola with Seafood)", 18.0, ("fregola", "mussels",
                                                                    "clams", "prawns")),
        ("Spaghetti alla Bottarga (Spaghetti with Mullet Roe)", 15.0),
        ("Pane Frattau (Carasau Layered with Tomato, Pecorino and Egg)", 12.0),
        ("Zuppa Gallurese (Baked Bread and Cheese Soup)", 12.0, ("bread", "pecorino", "broth")),
        ("Lorighittas al Ragù di Galletto (Braided Pasta with Chicken Ragù)", 15.0),
    ],
    "Secondi (Mains)": [
        ("Porceddu (Spit-Roasted Suckling Pig)", 22.0, ("suckling pig", "myrtle", "potatoes")),
        ("Agnello al Forno (Roast Lamb)", 20.0, ("lamb", "potatoes", "rosemary")),
        ("Su Cordula (Lamb Tripe with Peas)", 16.0, ("lamb tripe", "peas")),
        ("Capretto al Mirto (Kid Goat with Myrtle)", 21.0),
        ("Burrida alla Cagliaritana (Dogfish in Walnut Sauce)", 18.0),
        ("Calamari Fritti (Fried Squid)", 15.0),
        ("Orata alla Griglia (Grilled Sea Bream)", 19.0),
    ],
    "Formaggi (Cheeses)": [
        ("Pecorino Sardo Dolce (Young Sardinian Pecorino)", 7.0),
        ("Pecorino Sardo Stagionato (Aged Sardinian Pecorino)", 8.0),
        ("Fiore Sardo (Smoked Shepherd's Cheese)", 8.0),
        ("Tagliere di Formaggi Sardi (Sardinian Cheese Board)", 15.0),
    ],
    "Dolci (Desserts)": [
        ("Seadas al Miele (Cheese Pastry with Honey)", 7.0, ("pecorino", "semolina pastry",
                                                              "honey")),
        ("Seadas al Miele di Corbezzolo (Cheese Pastry with Bitter Honey)", 8.5),
        ("Pardulas (Ricotta Saffron Pastries)", 6.0),
        ("Amaretti Sardi (Almond Biscuits)", 5.0),
        ("Gelato al Mirto (Myrtle Gelato)", 5.5),
    ],
    "Bevande (Drinks)": [
        ("Ichnusa 33 cl", 4.0),
        ("Ichnusa Non Filtrata 50 cl", 5.5),
        ("Cannonau di Sardegna (Red Wine)", _WINE),
        ("Vermentino di Gallura (White Wine)", _WINE),
        ("Mirto Rosso (Myrtle Liqueur)", 4.0),
        ("Acqua Minerale (Mineral Water)", 2.5),
        ("Caffè (Espresso)", 1.5),
        ("Filu 'e Ferru (Sardinian Grappa)", 5.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Porceddu (Spit-Roasted Suckling Pig)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

_CP = "Culurgiones al Pomodoro (Potato and Mint Ravioli in Tomato Sauce)"
_CB = "Culurgiones Burro e Salvia (Potato and Mint Ravioli with Butter and Sage)"
_MC = "Malloreddus alla Campidanese (Sardinian Gnocchetti with Sausage Ragù)"

HELD_OUT: list[Variant] = [
    # starters
    ("pane carasau", "Pane Carasau (Sardinian Flatbread)"),
    ("the sardinian flatbread", "Pane Carasau (Sardinian Flatbread)"),
    ("pane guttiau", "Pane Guttiau (Carasau with Olive Oil and Salt)"),
    ("antipasto sardo", "Antipasto Sardo (Sardinian Cured Meats and Cheese)"),
    ("salsiccia sarda", "Salsiccia Sarda (Sardinian Dried Sausage)"),
    ("bottarga", "Bottarga di Muggine (Cured Mullet Roe)"),
    # pasta
    ("culurgiones with tomato", _CP),
    ("culurjones al pomodoro", _CP),
    ("two culurgionis butter and sage", _CB, None, 2),
    ("potato and mint ravioli with butter and sage", _CB),
    ("malloreddus alla campidanese", _MC),
    ("malloredus campidanese", _MC),
    ("sardinian gnocchetti with sausage", _MC),
    ("malloreddus al pomodoro", "Malloreddus al Pomodoro (Sardinian Gnocchetti in Tomato Sauce)"),
    ("fregola con arselle", "Fregola con Arselle (Fregola with Clams)"),
    ("fregula with clams", "Fregola con Arselle (Fregola with Clams)"),
    ("fregola frutti di mare", "Fregola ai Frutti di Mare (Fregola with Seafood)"),
    ("spaghetti bottarga", "Spaghetti alla Bottarga (Spaghetti with Mullet Roe)"),
    ("pane frattau", "Pane Frattau (Carasau Layered with Tomato, Pecorino and Egg)"),
    ("zuppa gallurese", "Zuppa Gallurese (Baked Bread and Cheese Soup)"),
    ("lorighittas", "Lorighittas al Ragù di Galletto (Braided Pasta with Chicken Ragù)"),
    # mains
    ("porceddu", "Porceddu (Spit-Roasted Suckling Pig)"),
    ("uh two porcheddu", "Porceddu (Spit-Roasted Suckling Pig)", None, 2),
    ("roast suckling pig", "Porceddu (Spit-Roasted Suckling Pig)"),
    ("agnello al forno", "Agnello al Forno (Roast Lamb)"),
    ("cordula", "Su Cordula (Lamb Tripe with Peas)"),
    ("capretto", "Capretto al Mirto (Kid Goat with Myrtle)"),
    ("burrida", "Burrida alla Cagliaritana (Dogfish in Walnut Sauce)"),
    ("fried calamari", "Calamari Fritti (Fried Squid)"),
    # cheeses
    ("aged pecorino", "Pecorino Sardo Stagionato (Aged Sardinian Pecorino)"),
    ("pecorino sardo dolce", "Pecorino Sardo Dolce (Young Sardinian Pecorino)"),
    ("fiore sardo", "Fiore Sardo (Smoked Shepherd's Cheese)"),
    ("the cheese board", "Tagliere di Formaggi Sardi (Sardinian Cheese Board)"),
    # desserts
    ("seadas", "Seadas al Miele (Cheese Pastry with Honey)"),
    ("two sebadas", "Seadas al Miele (Cheese Pastry with Honey)", None, 2),
    ("seadas with bitter honey", "Seadas al Miele di Corbezzolo (Cheese Pastry with Bitter Honey)"),
    ("pardulas", "Pardulas (Ricotta Saffron Pastries)"),
    # drinks
    ("ichnusa non filtrata", "Ichnusa Non Filtrata 50 cl"),
    ("two ichnusa", "Ichnusa 33 cl", None, 2),
    ("a glass of cannonau", "Cannonau di Sardegna (Red Wine)", "glass"),
    ("bottle of canonau", "Cannonau di Sardegna (Red Wine)", "bottle"),
    ("vermentino by the glass", "Vermentino di Gallura (White Wine)", "glass"),
    ("two glasses of vermentino", "Vermentino di Gallura (White Wine)", "glass", 2),
    ("filu e ferru", "Filu 'e Ferru (Sardinian Grappa)"),
    # questions
    ("culurgiones", ASK),
    ("malloreddus", ASK),
    ("fregola", ASK),
    ("pecorino", ASK),
    ("potato ravioli", ASK),
    ("a glass of wine", ASK),
    ("a beer", ASK),
    # not on the menu
    ("porchetta", UNKNOWN),
    ("gnocchi sardi with pesto", UNKNOWN),
    ("su filindeu", UNKNOWN),
    ("casu marzu", UNKNOWN),
    ("fregola with sausage", UNKNOWN),
    ("monica di sardegna", UNKNOWN),
    ("limoncello", UNKNOWN),
]
