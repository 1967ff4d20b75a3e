"""A Senegalese restaurant (the pattern of Harlem, Atlanta and Paris-style Senegalese take-out
menus): plats by their French / Wolof names (thiéboudienne, yassa poulet, mafé, soupou kandja),
dibi (grilled lamb or chicken) Petit or Grand, fataya and accara, sides, juices Petit or Grand (bissap,
bouye), café Touba and attaya. Callers say the English ("chicken yassa", "okra stew",
"peanut stew") and speech recognition mangles the Wolof ("cheb oo jen", "boo yay", "soup
kanja"). "Yassa", "mafé", "dibi", "fataya", "grilled chicken" or "a juice" alone is a
question; thiébou guinar, beef yassa, jollof rice, suya and fufu are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Senegalese (French / Wolof menu)"


def _jus(small: float, large: float) -> dict[str, float]:
    return {"Petit": small, "Grand": large}


CATEGORIES: dict[str, list[Item]] = {
    "Plats": [
        ("Thiéboudienne (Ceebu Jën)", 18.0,
         ("riz brisé", "poisson farci", "tomate", "chou", "manioc", "carotte", "aubergine")),
        ("Thiébou Yapp", 18.0, ("riz brisé", "agneau", "oignons", "tomate")),
        ("Yassa Poulet", 16.0, ("poulet grillé", "sauce oignons citron", "moutarde", "riz blanc")),
        ("Yassa Poisson", 17.0, ("poisson grillé", "sauce oignons citron", "riz blanc")),
        ("Mafé Agneau", 17.0, ("agneau", "sauce arachide", "patate douce", "riz blanc")),
        ("Mafé Poulet", 16.0, ("poulet", "sauce arachide", "carotte", "riz blanc")),
        ("Soupou Kandja", 17.0, ("gombo", "huile de palme", "poisson", "fruits de mer", "riz blanc")),
        ("Poulet Braisé", 15.0, ("poulet braisé", "oignons", "frites ou alloco")),
    ],
    "Dibi": [
        ("Dibi Agneau", {"Petit": 16.0, "Grand": 26.0}, ("agneau grillé", "oignons", "moutarde", "pain")),
        ("Dibi Poulet", {"Petit": 13.0, "Grand": 21.0}, ("poulet grillé", "oignons", "moutarde", "pain")),
    ],
    "Entrées": [
        ("Fataya Viande", 2.5, ("chausson frit", "bœuf haché", "sauce tomate piquante")),
        ("Fataya Poisson", 2.5, ("chausson frit", "poisson", "sauce tomate piquante")),
        ("Accara", 6.0, ("beignets de niébé", "sauce piment")),
        ("Nems", 6.0, ("rouleaux frits", "poulet", "vermicelles")),
        ("Salade Sénégalaise", 8.0, ("laitue", "tomate", "concombre", "œuf", "oignon")),
    ],
    "Accompagnements": [
        ("Riz Blanc", 3.0),
        ("Attiéké", 5.0, ("semoule de manioc",)),
        ("Alloco", 5.0, ("bananes plantains frites",)),
        ("Frites", 4.0),
        ("Pain", 1.5),
    ],
    "Boissons": [
        ("Bissap", _jus(3.5, 6.0), ("fleur d'hibiscus", "menthe")),
        ("Bouye", _jus(4.0, 7.0), ("pain de singe", "baobab", "lait")),
        ("Gingembre", _jus(3.5, 6.0), ("jus de gingembre", "citron")),
        ("Café Touba", 3.0, ("café", "djar", "poivre de guinée")),
        ("Attaya", 3.0, ("thé vert", "menthe", "sucre")),
    ],
    "Desserts": [
        ("Thiakry", 5.0, ("couscous de mil", "yaourt", "vanille")),
        ("Beignets", 4.0, ("beignets sucrés",)),
        ("Lakh", 5.0, ("bouillie de mil", "lait caillé")),
    ],
}

SPECIALS: tuple[str, ...] = ("Thiéboudienne (Ceebu Jën)", "Dibi Agneau")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # plats
    ("thieboudienne", "Thiéboudienne (Ceebu Jën)"),
    ("cheb oo jen", "Thiéboudienne (Ceebu Jën)"),
    ("ceebu jen", "Thiéboudienne (Ceebu Jën)"),
    ("two thiebou dienne", "Thiéboudienne (Ceebu Jën)", None, 2),
    ("thiebou yapp", "Thiébou Yapp"),
    ("yassa poulet", "Yassa Poulet"),
    ("chicken yassa", "Yassa Poulet"),
    ("yasa poisson", "Yassa Poisson"),
    ("fish yassa", "Yassa Poisson"),
    ("yassa", ASK),
    ("lamb mafe", "Mafé Agneau"),
    ("mafe poulet", "Mafé Poulet"),
    ("chicken peanut stew", "Mafé Poulet"),
    ("mafe", ASK),
    ("peanut stew", ASK),
    ("soupou kandja", "Soupou Kandja"),
    ("soup kanja", "Soupou Kandja"),
    ("okra stew", "Soupou Kandja"),
    ("poulet braise", "Poulet Braisé"),
    # dibi
    ("dibi grand", "Dibi Agneau", "grand"),
    ("a small lamb dibi", "Dibi Agneau", "petit"),
    ("grilled lamb large", "Dibi Agneau", "grand"),
    ("dibi poulet petit", "Dibi Poulet", "petit"),
    ("dibi", ASK),
    ("grilled chicken", ASK),
    # entrées
    ("fataya", ASK),
    ("three meat fatayas", "Fataya Viande", None, 3),
    ("fish fataya", "Fataya Poisson"),
    ("akara", "Accara"),
    ("black eyed pea fritters", "Accara"),
    ("spring rolls", "Nems"),
    ("senegalese salad", "Salade Sénégalaise"),
    # accompagnements
    ("white rice", "Riz Blanc"),
    ("attieke", "Attiéké"),
    ("fried plantains", "Alloco"),
    ("fries", "Frites"),
    ("bread", "Pain"),
    # boissons
    ("bissap grand", "Bissap", "grand"),
    ("a small hibiscus juice", "Bissap", "petit"),
    ("two large bissap", "Bissap", "grand", 2),
    ("bouye", "Bouye"),
    ("baobab juice", "Bouye"),
    ("boo yay large", "Bouye", "grand"),
    ("ginger juice", "Gingembre"),
    ("a juice", ASK),
    ("cafe touba", "Café Touba"),
    ("attaya", "Attaya"),
    ("mint tea", "Attaya"),
    # desserts
    ("thiakry", "Thiakry"),
    ("chakri", "Thiakry"),
    ("beignets", "Beignets"),
    # not on the menu
    ("thiebou guinar", UNKNOWN),
    ("beef yassa", UNKNOWN),
    ("jollof rice", UNKNOWN),
    ("suya", UNKNOWN),
    ("fufu", UNKNOWN),
    ("chicken fataya", UNKNOWN),
    ("lamb yassa", UNKNOWN),
]
