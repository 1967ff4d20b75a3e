"""A German pizzeria-Lieferdienst (the pattern of the Pizza-, Pasta- und Salat-Lieferdienste on
German delivery platforms and their printed Flyer): a German menu throughout, "Pizza Margherita",
"Pizza Salami", "Pizza Schinken", "Pizza Hawaii", "Pizza Tonno", "Pizza Spinat", Pizza Döner and
Pizza Sucuk, each klein 26 cm, groß 32 cm or Familie; near-duplicates as these menus have them
(Pizza Schinken and Pizza Schinken und Salami, Pizza Funghi and Pizza Schinken und Champignons,
Pizza Tonno and Salat Tonno, Kräuterbaguette and the one mit Käse überbacken); Pizzabrötchen and
Chicken Nuggets by count (6 or 12 Stück, 6 or 9 Stück), Pommes klein or groß, Nudeln und
Aufläufe, Salate, Ben & Jerry's by the tub, Getränke 0,33 l or 1,0 l. Callers say the German
("zwei salami groß", "pizza schinken familie", "einmal tonno", "ein weizen"), the English ("ham
and mushroom pizza", "tuna pizza large", "herb baguette with cheese"), drop ä ö ü ß ("gross",
"pizzabrotchen uberbacken", "knoblauchsosse", "doner pizza") and shorten ("spaghetti bolo",
"aglio olio"). "A large pizza", "einmal tonno" (pizza or salad), "spaghetti", "tortellini", "ein
bier", "eine limo" and "Ben and Jerry's" alone are questions; Calzone, Capricciosa, Spaghetti
Frutti di Mare, Gnocchi, Currywurst, Caesar Salad and Apfelschorle are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria Da Toni Lieferservice"


def _pizza(klein: float, gross: float, familie: float) -> dict[str, float]:
    return {"Klein 26 cm": klein, "Groß 32 cm": gross, "Familie": familie}


_DRINK = {"0,33 l": 2.2, "1,0 l": 3.5}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("Pizza Margherita", _pizza(6.5, 8.5, 15.9), ("Tomatensauce", "Käse")),
        ("Pizza Salami", _pizza(7.5, 9.5, 17.9), ("Salami", "Käse")),
        ("Pizza Schinken", _pizza(7.5, 9.5, 17.9), ("Schinken", "Käse")),
        ("Pizza Schinken und Salami", _pizza(8.5, 10.5, 19.9), ("Schinken", "Salami", "Käse")),
        ("Pizza Funghi", _pizza(7.5, 9.5, 17.9), ("Champignons", "Käse")),
        ("Pizza Schinken und Champignons", _pizza(8.5, 10.5, 19.9), ("Schinken", "Champignons",
                                                                    "Käse")),
        ("Pizza Hawaii", _pizza(8.0, 10.0, 18.9), ("Schinken", "Ananas", "Käse")),
        ("Pizza Tonno", _pizza(8.5, 10.5, 19.9), ("Thunfisch", "Zwiebeln", "Käse")),
        ("Pizza Spinat", _pizza(8.0, 10.0, 18.9), ("Blattspinat", "Knoblauch", "Schafskäse")),
        ("Pizza Diavolo", _pizza(8.5, 10.5, 19.9), ("scharfe Salami", "Peperoni", "Zwiebeln")),
        ("Pizza Quattro Formaggi", _pizza(8.5, 10.5, 19.9), ("Mozzarella", "Gorgonzola",
                                                              "Parmesan", "Edamer")),
        ("Pizza Vegetaria", _pizza(8.5, 10.5, 19.9), ("Paprika", "Champignons", "Zwiebeln", "Mais",
                                                       "Oliven")),
        ("Pizza Frutti di Mare", _pizza(9.5, 11.5, 21.9), ("Meeresfrüchte", "Knoblauch")),
        ("Pizza Döner", _pizza(9.0, 11.0, 20.9), ("Dönerfleisch", "Zwiebeln", "Tomaten",
                                                   "Tzatziki")),
        ("Pizza Sucuk", _pizza(8.5, 10.5, 19.9), ("Sucuk", "Peperoni", "Zwiebeln")),
    ],
    "Pizzabrötchen und Snacks": [
        ("Pizzabrötchen", {"6 Stück": 3.5, "12 Stück": 6.0}, ("Pizzateig", "Kräuterbutter")),
        ("Pizzabrötchen mit Käse überbacken", {"6 Stück": 4.5, "12 Stück": 7.5},
         ("Pizzateig", "Kräuterbutter", "Käse")),
        ("Kräuterbaguette", 3.5, ("Baguette", "Kräuterbutter")),
        ("Kräuterbaguette mit Käse überbacken", 4.5, ("Baguette", "Kräuterbutter", "Käse")),
        ("Pommes Frites", {"Klein": 2.5, "Groß": 3.9}),
        ("Chicken Nuggets", {"6 Stück": 4.5, "9 Stück": 6.0}),
        ("Knoblauchsoße", 1.0),
        ("Cocktailsoße", 1.0),
    ],
    "Nudeln und Aufläufe": [
        ("Spaghetti Napoli", 7.5, ("Tomatensauce", "Basilikum")),
        ("Spaghetti Bolognese", 8.5, ("Hackfleischsoße",)),
        ("Spaghetti Carbonara", 9.0, ("Speck", "Ei", "Sahne")),
        ("Spaghetti Aglio e Olio", 7.5, ("Knoblauch", "Olivenöl", "Peperoncini")),
        ("Penne Arrabbiata", 8.0, ("scharfe Tomatensauce", "Knoblauch")),
        ("Tortellini alla Panna", 9.0, ("Schinken", "Sahnesoße")),
        ("Lasagne al Forno", 9.5, ("Hackfleisch", "Bechamel", "Käse")),
        ("Nudelauflauf", 9.5, ("Penne", "Schinken", "Brokkoli", "Sahnesoße", "mit Käse überbacken")),
        ("Tortellini-Auflauf", 10.0, ("Tortellini", "Schinken", "Sahnesoße",
                                     "mit Käse überbacken")),
    ],
    "Salate": [
        ("Gemischter Salat", 5.5, ("Eisbergsalat", "Tomaten", "Gurken", "Mais")),
        ("Salat Tonno", 8.5, ("Thunfisch", "Zwiebeln", "Ei", "Tomaten")),
        ("Chefsalat", 8.5, ("Schinken", "Käse", "Ei")),
        ("Bauernsalat", 8.0, ("Schafskäse", "Oliven", "Peperoni", "Zwiebeln")),
        ("Insalata Caprese", 7.5, ("Tomaten", "Mozzarella", "Basilikum")),
        ("Hähnchenbrustsalat", 9.5, ("gebratene Hähnchenbruststreifen", "Salat", "Tomaten")),
    ],
    "Desserts": [
        ("Tiramisu", 4.5),
        ("Panna Cotta", 4.0),
        ("Ben & Jerry's Cookie Dough 465 ml", 8.9),
        ("Ben & Jerry's Chocolate Fudge Brownie 465 ml", 8.9),
    ],
    "Getränke": [
        ("Coca-Cola", _DRINK),
        ("Coca-Cola Zero", _DRINK),
        ("Fanta", _DRINK),
        ("Sprite", _DRINK),
        ("Mineralwasser 0,75 l", 2.5),
        ("Bitburger Pils 0,33 l", 2.5),
        ("Erdinger Weißbier 0,5 l", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Pizza Döner",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza
    ("eine pizza margherita klein", "Pizza Margherita", "klein 26 cm"),
    ("margarita large", "Pizza Margherita", "groß 32 cm"),
    ("zwei salami gross", "Pizza Salami", "groß 32 cm", 2),
    ("uh can i get a salami pizza small", "Pizza Salami", "klein 26 cm"),
    ("pizza schinken familie", "Pizza Schinken", "familie"),
    ("a ham pizza 26 cm", "Pizza Schinken", "klein 26 cm"),
    ("schinken salami pizza", "Pizza Schinken und Salami"),
    ("ham and mushroom pizza", "Pizza Schinken und Champignons"),
    ("hawaii familienpizza", "Pizza Hawaii", "familie"),
    ("two hawaiian pizzas", "Pizza Hawaii", None, 2),
    ("pizza tonno klein", "Pizza Tonno", "klein 26 cm"),
    ("tuna pizza large", "Pizza Tonno", "groß 32 cm"),
    ("pizza spinat 32 cm", "Pizza Spinat", "groß 32 cm"),
    ("diavolo", "Pizza Diavolo"),
    ("quattro formaggi klein", "Pizza Quattro Formaggi", "klein 26 cm"),
    ("frutti di mare family size", "Pizza Frutti di Mare", "familie"),
    ("doner pizza", "Pizza Döner"),
    ("3 pizza sucuk gross", "Pizza Sucuk", "groß 32 cm", 3),
    ("a large pizza", ASK),
    ("einmal tonno", ASK),
    # pizzabrötchen and snacks
    ("6 pizzabrotchen", "Pizzabrötchen", "6 stück"),
    ("pizza broetchen 12 stueck", "Pizzabrötchen", "12 stück"),
    ("pizzabrotchen uberbacken sechs stuck", "Pizzabrötchen mit Käse überbacken", "6 stück"),
    ("krauterbaguette", "Kräuterbaguette"),
    ("herb baguette with cheese", "Kräuterbaguette mit Käse überbacken"),
    ("grosse pommes", "Pommes Frites", "groß"),
    ("9 chicken nuggets", "Chicken Nuggets", "9 stück"),
    ("knoblauchsosse", "Knoblauchsoße"),
    # nudeln und aufläufe
    ("spaghetti bolo", "Spaghetti Bolognese"),
    ("zwei spaghetti carbonara", "Spaghetti Carbonara", None, 2),
    ("spaghetti mit tomatensosse", "Spaghetti Napoli"),
    ("aglio olio", "Spaghetti Aglio e Olio"),
    ("tortellini alla panna", "Tortellini alla Panna"),
    ("nudelauflauf", "Nudelauflauf"),
    ("tortellini auflauf", "Tortellini-Auflauf"),
    ("spaghetti", ASK),
    ("tortellini", ASK),
    # salate
    ("mixed salad", "Gemischter Salat"),
    ("salat tonno", "Salat Tonno"),
    ("caprese", "Insalata Caprese"),
    ("chicken salad", "Hähnchenbrustsalat"),
    # desserts
    ("tiramisu", "Tiramisu"),
    ("ben and jerry's", ASK),
    # getränke
    ("eine cola ein liter", "Coca-Cola", "1,0 l"),
    ("coke zero small", "Coca-Cola Zero", "0,33 l"),
    ("zwei fanta klein", "Fanta", "0,33 l", 2),
    ("ein weizen", "Erdinger Weißbier 0,5 l"),
    ("bitburger", "Bitburger Pils 0,33 l"),
    ("wasser", "Mineralwasser 0,75 l"),
    ("ein bier", ASK),
    ("eine limo", ASK),
    # not on the menu
    ("pizza calzone", UNKNOWN),
    ("pizza capricciosa", UNKNOWN),
    ("spaghetti frutti di mare", UNKNOWN),
    ("gnocchi", UNKNOWN),
    ("currywurst", UNKNOWN),
    ("caesar salad", UNKNOWN),
    ("apfelschorle", UNKNOWN),
]
