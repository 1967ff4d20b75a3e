"""A French pizzeria (the pattern of the take-away and delivery pizzerias of French towns and
suburbs, with a printed menu in French): pizzas in 26, 33 or 40 cm, listed under base tomate and
base crème fraîche — reine, marguerite, napolitaine, quatre fromages, orientale with merguez,
calzone, savoyarde with reblochon, chèvre miel, carbonara, saumon — a few pâtes, salades,
desserts (tiramisu, fondant au chocolat) and boissons in a 33 cl can or a 1,5 L bottle. Callers
speak French and the transcript drops the accents: "une reine en 33", "deux quatre fromages en
40" (the "quatre" is the name, the "deux" the count), "une 4 fromages", "la pizza aux merguez",
"une chevre miel", "un coca un litre et demi", and mishears "savoyarde" ("savoy arde"), "reine"
("raine"), "orientale" ("oriental"). "Une carbonara" and "une bolognaise" are questions (pizza or
pâtes), as are "une pizza jambon", "une pizza base crème", "une salade", "un dessert" and "a 1,5
L bottle" alone; "un coca" is the plain Coca-Cola. A tarte flambée, a pizza kebab, a pizza quatre
saisons, a pizza au poulet curry, pâtes au saumon, a panna cotta and a Fanta are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria du Marché"

_P1 = {"26 cm": 9.0, "33 cm": 12.0, "40 cm": 16.0}
_P2 = {"26 cm": 10.5, "33 cm": 13.5, "40 cm": 18.0}
_P3 = {"26 cm": 11.5, "33 cm": 14.5, "40 cm": 19.5}
_CAN_BOTTLE = {"33 cl": 2.0, "1,5 L": 4.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizzas Base Tomate": [
        ("Marguerite", _P1, ("sauce tomate", "mozzarella", "origan")),
        ("Reine", _P2, ("sauce tomate", "mozzarella", "jambon", "champignons")),
        ("Napolitaine", _P2, ("sauce tomate", "mozzarella", "anchois", "câpres", "olives")),
        ("Quatre Fromages", _P3, ("sauce tomate", "mozzarella", "chèvre", "emmental", "gorgonzola")),
        ("Orientale", _P3, ("sauce tomate", "mozzarella", "merguez", "poivrons", "oignons", "oeuf")),
        ("Calzone", _P2, ("chausson", "sauce tomate", "jambon", "mozzarella", "oeuf")),
        ("Royale", _P3, ("sauce tomate", "mozzarella", "jambon", "champignons", "oeuf", "olives")),
        ("Hawaïenne", _P2, ("sauce tomate", "mozzarella", "jambon", "ananas")),
        ("Chorizo", _P2, ("sauce tomate", "mozzarella", "chorizo", "poivrons")),
        ("Mexicaine", _P3, ("sauce tomate", "mozzarella", "boeuf haché", "poivrons", "piment")),
        ("Thon", _P2, ("sauce tomate", "mozzarella", "thon", "oignons", "olives")),
        ("Végétarienne", _P2, ("sauce tomate", "mozzarella", "poivrons", "aubergines",
                               "courgettes", "champignons")),
        ("Fruits de Mer", _P3, ("sauce tomate", "mozzarella", "moules", "crevettes", "calamars")),
        ("Bolognaise", _P2, ("sauce bolognaise", "mozzarella", "oignons")),
    ],
    "Pizzas Base Crème": [
        ("Savoyarde", _P3, ("crème fraîche", "mozzarella", "pommes de terre", "lardons",
                            "reblochon", "oignons")),
        ("Chèvre Miel", _P2, ("crème fraîche", "mozzarella", "chèvre", "miel", "noix")),
        ("Carbonara", _P2, ("crème fraîche", "mozzarella", "lardons", "oignons", "oeuf")),
        ("Saumon", _P3, ("crème fraîche", "mozzarella", "saumon fumé", "aneth", "citron")),
        ("Raclette", _P3, ("crème fraîche", "mozzarella", "pommes de terre", "jambon cru",
                           "raclette")),
        ("Forestière", _P2, ("crème fraîche", "mozzarella", "champignons", "poulet", "persillade")),
    ],
    "Pâtes": [
        ("Pâtes Bolognaise", 10.0, ("spaghetti", "sauce bolognaise", "parmesan")),
        ("Pâtes Carbonara", 10.5, ("spaghetti", "crème", "lardons", "oeuf", "parmesan")),
        ("Lasagnes", 11.0, ("boeuf", "béchamel", "mozzarella")),
    ],
    "Salades": [
        ("Salade César", 9.5, ("salade romaine", "poulet", "croûtons", "parmesan")),
        ("Salade de Chèvre Chaud", 9.5, ("salade verte", "toasts de chèvre", "miel", "noix")),
        ("Salade Niçoise", 9.5, ("thon", "oeuf", "tomates", "olives", "haricots verts")),
    ],
    "Desserts": [
        ("Tiramisu", 4.5),
        ("Fondant au Chocolat", 4.5),
        ("Tarte au Citron", 4.0),
        ("Glace Häagen-Dazs 500 ml", 8.0, ("vanille noix de pécan ou cookies",)),
    ],
    "Boissons": [
        ("Coca-Cola", _CAN_BOTTLE),
        ("Coca-Cola Zéro", _CAN_BOTTLE),
        ("Orangina", _CAN_BOTTLE),
        ("Ice Tea Pêche", _CAN_BOTTLE),
        ("Eau Minérale 50 cl", 1.5),
        ("Perrier", 2.0),
        ("Bière Heineken", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas base tomate
    ("une marguerite en 26", "Marguerite", "26 cm"),
    ("une pizza margherita 33 centimetres", "Marguerite", "33 cm"),
    ("une reine en 33", "Reine", "33 cm"),
    ("deux raines en 40", "Reine", "40 cm", 2),
    ("pizza jambon champignons", "Reine"),
    ("une napolitaine", "Napolitaine"),
    ("une quatre fromages en 40", "Quatre Fromages", "40 cm"),
    ("deux quatre fromages en 33", "Quatre Fromages", "33 cm", 2),
    ("une 4 fromages", "Quatre Fromages"),
    ("une orientale en 33", "Orientale", "33 cm"),
    ("la pizza aux merguez", "Orientale"),
    ("une oriental taille 26", "Orientale", "26 cm"),
    ("un calzone", "Calzone"),
    ("une royale en 40", "Royale", "40 cm"),
    ("une hawaienne", "Hawaïenne"),
    ("pizza ananas jambon en 26", "Hawaïenne", "26 cm"),
    ("une chorizo", "Chorizo"),
    ("une mexicaine 40 cm", "Mexicaine", "40 cm"),
    ("une pizza au thon", "Thon"),
    ("une vegetarienne en 33", "Végétarienne", "33 cm"),
    ("une fruits de mer", "Fruits de Mer"),
    ("une bolognaise", ASK),
    ("une pizza jambon", ASK),
    # pizzas base crème
    ("une savoyarde en 33", "Savoyarde", "33 cm"),
    ("une savoy arde en 40", "Savoyarde", "40 cm"),
    ("une chevre miel en 26", "Chèvre Miel", "26 cm"),
    ("une pizza chevre et miel", "Chèvre Miel"),
    ("une carbonara", ASK),
    ("une pizza carbonara en 33", "Carbonara", "33 cm"),
    ("une pizza au saumon", "Saumon"),
    ("une raclette en 40", "Raclette", "40 cm"),
    ("une forestiere", "Forestière"),
    ("une pizza base creme", ASK),
    # pâtes, salades
    ("des spaghetti bolognaise", "Pâtes Bolognaise"),
    ("pates carbonara", "Pâtes Carbonara"),
    ("des lasagnes", "Lasagnes"),
    ("une salade cesar", "Salade César"),
    ("salade de chevre chaud", "Salade de Chèvre Chaud"),
    ("une nicoise", "Salade Niçoise"),
    ("une salade", ASK),
    # desserts
    ("deux tiramisus", "Tiramisu", None, 2),
    ("un fondant au chocolat", "Fondant au Chocolat"),
    ("une tarte au citron", "Tarte au Citron"),
    ("un pot de haagen dazs", "Glace Häagen-Dazs 500 ml"),
    ("un dessert", ASK),
    # boissons
    ("un coca un litre et demi", "Coca-Cola", "1,5 l"),
    ("une canette de coca", "Coca-Cola", "33 cl"),
    ("un coca zero 33 cl", "Coca-Cola Zéro", "33 cl"),
    ("deux orangina en canette", "Orangina", "33 cl", 2),
    ("un ice tea peche 1,5 litre", "Ice Tea Pêche", "1,5 l"),
    ("une bouteille d'eau", "Eau Minérale 50 cl"),
    ("une heineken", "Bière Heineken"),
    ("une grande bouteille 1,5 litre", ASK, "1,5 l"),
    # not on the menu
    ("une tarte flambee", UNKNOWN),
    ("une pizza kebab", UNKNOWN),
    ("une pizza quatre saisons", UNKNOWN),
    ("une pizza poulet curry", UNKNOWN),
    ("des pates au saumon", UNKNOWN),
    ("une panna cotta", UNKNOWN),
    ("un fanta", UNKNOWN),
]
