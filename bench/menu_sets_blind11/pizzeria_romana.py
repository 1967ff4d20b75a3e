"""A Roman pizzeria (the pattern of pizzerie romane menus in Rome's Testaccio and Trastevere and of
their offshoots in New York, London and Toronto): pizza tonda romana, thin and crisp, in a Piccola
or Grande, rosse (with tomato) and bianche (without), pizza bianca plain or filled with mortadella
("pizza e mortazza"), fritti before the pizza (supplì by the piece, fiori di zucca, filetti di
baccalà, olive all'ascolana, crocchette, a fritto misto), Roman artichokes, three Roman pastas,
maritozzo and other dolci, house wine by the Bicchiere or Mezzo Litro. Italian names, English
glosses on the fritti and antipasti. Callers drop the accents ("suppli", "baccala", "tiramisu"),
say the English ("fried zucchini flowers", "fried salt cod", "four cheese pizza", "a glass of red
wine", "small" and "large" for Piccola and Grande), the Roman ("mortazza") and mishear supplì
("supply", "soup lee"), capricciosa ("capri chosa"), cacio e pepe ("catch o a peppy"), mortazza
("mort at sa"). "A bruschetta", "an artichoke", "an amatriciana" (pizza, supplì or bucatini),
"cacio e pepe" (supplì or tonnarelli), "pizza with anchovies", "a beer" or "a glass of house
wine" alone is a question; a calzone, pasta alla gricia, saltimbocca, coda alla vaccinara, a
trapizzino, fried calamari, cannoli and a pizza carbonara (the only carbonara is the rigatoni) are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria Romana"

_WINE = {"Bicchiere": 9.0, "Mezzo Litro": 20.0}


def _pizza(piccola: float, grande: float) -> dict[str, float]:
    return {"Piccola": piccola, "Grande": grande}


CATEGORIES: dict[str, list[Item]] = {
    "Fritti": [
        ("Supplì Classico", 3.5, ("arborio rice", "tomato ragù", "mozzarella", "breadcrumbs")),
        ("Supplì Cacio e Pepe", 4.0, ("rice", "pecorino romano", "black pepper", "breadcrumbs")),
        ("Supplì all'Amatriciana", 4.0, ("rice", "guanciale", "tomato", "pecorino", "mozzarella")),
        ("Fiori di Zucca (Fried Zucchini Flowers)", 5.0, ("zucchini flower", "mozzarella", "anchovy",
                                                          "batter")),
        ("Filetto di Baccalà (Fried Salt Cod)", 6.5, ("salt cod", "batter", "lemon")),
        ("Olive all'Ascolana (Stuffed Fried Olives)", 8.0, ("green olives", "meat stuffing",
                                                            "breadcrumbs")),
        ("Crocchette di Patate (Potato Croquettes)", 3.0, ("potato", "parmigiano", "breadcrumbs")),
        ("Fritto Misto", 16.0, ("supplì", "fiori di zucca", "baccalà", "olive ascolane", "crocchette")),
    ],
    "Antipasti": [
        ("Bruschetta al Pomodoro", 8.0, ("toasted bread", "tomato", "garlic", "basil", "olive oil")),
        ("Bruschetta con Burrata e Alici", 11.0, ("toasted bread", "burrata", "anchovies")),
        ("Carciofo alla Romana (Braised Artichoke)", 12.0, ("artichoke", "mint", "garlic",
                                                           "olive oil")),
        ("Carciofo alla Giudia (Fried Whole Artichoke)", 13.0, ("artichoke", "lemon", "sea salt")),
        ("Puntarelle alla Romana", 11.0, ("chicory shoots", "anchovy garlic dressing")),
        ("Tagliere Romano (Cured Meats and Cheese)", 19.0, ("prosciutto", "salame", "mortadella",
                                                            "pecorino", "ricotta")),
    ],
    "Pizze Rosse": [
        ("Marinara", _pizza(11.0, 16.0), ("tomato", "garlic", "oregano", "olive oil")),
        ("Margherita", _pizza(13.0, 18.0), ("tomato", "mozzarella", "basil")),
        ("Romana", _pizza(14.0, 19.0), ("tomato", "mozzarella", "anchovies", "oregano")),
        ("Diavola", _pizza(15.0, 20.0), ("tomato", "mozzarella", "spicy salame")),
        ("Capricciosa", _pizza(16.0, 22.0), ("tomato", "mozzarella", "ham", "mushrooms",
                                             "artichokes", "olives", "egg")),
        ("Amatriciana", _pizza(16.0, 21.0), ("tomato", "guanciale", "pecorino", "chili")),
        ("Bufala", _pizza(17.0, 23.0), ("tomato", "buffalo mozzarella", "basil")),
        ("Prosciutto e Funghi", _pizza(15.0, 21.0), ("tomato", "mozzarella", "cooked ham",
                                                     "mushrooms")),
    ],
    "Pizze Bianche": [
        ("Pizza Bianca", _pizza(6.0, 9.0), ("olive oil", "sea salt", "rosemary")),
        ("Pizza e Mortazza (Pizza Bianca with Mortadella)", _pizza(10.0, 14.0),
         ("pizza bianca", "mortadella")),
        ("Fiori e Alici", _pizza(15.0, 20.0), ("mozzarella", "zucchini flowers", "anchovies")),
        ("Patate e Rosmarino", _pizza(13.0, 18.0), ("mozzarella", "potato", "rosemary")),
        ("Quattro Formaggi", _pizza(15.0, 21.0), ("mozzarella", "gorgonzola", "pecorino",
                                                  "fontina")),
        ("Salsiccia e Broccoletti", _pizza(16.0, 22.0), ("mozzarella", "sausage", "broccoli rabe",
                                                         "chili")),
        ("Zucchine e Stracciatella", _pizza(15.0, 21.0), ("zucchini", "stracciatella", "lemon zest",
                                                          "mint")),
    ],
    "Primi": [
        ("Rigatoni alla Carbonara", 18.0, ("rigatoni", "guanciale", "egg yolk", "pecorino",
                                          "black pepper")),
        ("Tonnarelli Cacio e Pepe", 17.0, ("tonnarelli", "pecorino romano", "black pepper")),
        ("Bucatini all'Amatriciana", 18.0, ("bucatini", "guanciale", "tomato", "pecorino")),
    ],
    "Dolci": [
        ("Tiramisù", 9.0, ("savoiardi", "espresso", "mascarpone", "cocoa")),
        ("Maritozzo con la Panna (Cream Bun)", 6.0, ("sweet bun", "whipped cream")),
        ("Crostata Ricotta e Visciole (Ricotta and Sour Cherry Tart)", 8.0, ("shortcrust",
                                                                             "ricotta",
                                                                             "sour cherries")),
        ("Panna Cotta", 8.0, ("cream", "berry sauce")),
    ],
    "Bevande": [
        ("Peroni", 6.0),
        ("Birra Moretti", 6.0),
        ("Vino Rosso della Casa", _WINE),
        ("Vino Bianco della Casa", _WINE),
        ("Acqua Naturale", 3.0),
        ("Acqua Frizzante", 3.0),
        ("Chinotto", 4.0),
        ("Aranciata San Pellegrino", 4.0),
        ("Coca-Cola", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Pizza e Mortazza (Pizza Bianca with Mortadella)",
                             "Carciofo alla Giudia (Fried Whole Artichoke)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # fritti
    ("two suppli classico", "Supplì Classico", None, 2),
    ("three soup lee classico", "Supplì Classico", None, 3),
    ("suppli cacio e pepe", "Supplì Cacio e Pepe"),
    ("a supply amatriciana", "Supplì all'Amatriciana"),
    ("fried zucchini flowers", "Fiori di Zucca (Fried Zucchini Flowers)"),
    ("four fiori di zucca", "Fiori di Zucca (Fried Zucchini Flowers)", None, 4),
    ("fried salt cod", "Filetto di Baccalà (Fried Salt Cod)"),
    ("baccala", "Filetto di Baccalà (Fried Salt Cod)"),
    ("olive ascolane", "Olive all'Ascolana (Stuffed Fried Olives)"),
    ("potato croquettes", "Crocchette di Patate (Potato Croquettes)"),
    # antipasti
    ("bruschetta with tomato", "Bruschetta al Pomodoro"),
    ("bruschetta burrata", "Bruschetta con Burrata e Alici"),
    ("a bruschetta", ASK),
    ("fried artichoke", "Carciofo alla Giudia (Fried Whole Artichoke)"),
    ("roman style artichoke", "Carciofo alla Romana (Braised Artichoke)"),
    ("an artichoke", ASK),
    ("puntarelle", "Puntarelle alla Romana"),
    ("the cured meat board", "Tagliere Romano (Cured Meats and Cheese)"),
    # pizze
    ("a large margherita", "Margherita", "grande"),
    ("margarita pizza piccola", "Margherita", "piccola"),
    ("two marinara grande", "Marinara", "grande", 2),
    ("a small romana", "Romana", "piccola"),
    ("diavola large", "Diavola", "grande"),
    ("capri chosa small", "Capricciosa", "piccola"),
    ("amatriciana pizza grande", "Amatriciana", "grande"),
    ("an amatriciana", ASK),
    ("buffalo mozzarella pizza small", "Bufala", "piccola"),
    ("ham and mushroom pizza large", "Prosciutto e Funghi", "grande"),
    ("pizza with anchovies", ASK),
    ("pizza bianca piccola", "Pizza Bianca", "piccola"),
    ("pizza e mortazza grande", "Pizza e Mortazza (Pizza Bianca with Mortadella)", "grande"),
    ("small pizza mort at sa", "Pizza e Mortazza (Pizza Bianca with Mortadella)", "piccola"),
    ("fiori e alici large", "Fiori e Alici", "grande"),
    ("potato rosemary pizza small", "Patate e Rosmarino", "piccola"),
    ("four cheese pizza large", "Quattro Formaggi", "grande"),
    ("sausage and broccoli rabe grande", "Salsiccia e Broccoletti", "grande"),
    ("zucchine stracciatella piccola", "Zucchine e Stracciatella", "piccola"),
    # primi
    ("carbonara", "Rigatoni alla Carbonara"),
    ("catch o a peppy pasta", "Tonnarelli Cacio e Pepe"),
    ("cacio e pepe", ASK),
    ("bucatini amatriciana", "Bucatini all'Amatriciana"),
    # dolci
    ("tiramisu", "Tiramisù"),
    ("two maritozzi", "Maritozzo con la Panna (Cream Bun)", None, 2),
    ("ricotta sour cherry tart", "Crostata Ricotta e Visciole (Ricotta and Sour Cherry Tart)"),
    # bevande
    ("two peroni", "Peroni", None, 2),
    ("a moretti", "Birra Moretti"),
    ("a beer", ASK),
    ("a glass of red wine", "Vino Rosso della Casa", "bicchiere"),
    ("half liter of house white", "Vino Bianco della Casa", "mezzo litro"),
    ("a glass of house wine", ASK),
    ("sparkling water", "Acqua Frizzante"),
    ("aranciata", "Aranciata San Pellegrino"),
    # not on the menu
    ("a calzone", UNKNOWN),
    ("pasta alla gricia", UNKNOWN),
    ("saltimbocca", UNKNOWN),
    ("coda alla vaccinara", UNKNOWN),
    ("a trapizzino", UNKNOWN),
    ("fried calamari", UNKNOWN),
    ("pizza carbonara", UNKNOWN),
]
