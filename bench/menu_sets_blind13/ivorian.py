"""An Ivorian maquis with a French menu (the pattern of the maquis of Abidjan and of the Ivorian
restaurants of Paris's Château-Rouge, Montreuil and Brussels's Matonge that take orders by phone):
braised fish and chicken with attiéké, garba, alloco, poulet braisé by the half or whole,
choukouya, beef brochettes and tuna pastels by count, kédjénou of chicken or guinea fowl, the
sauces (graine, arachide, gombo, djoumgblé, claire) with foutou banane or igname, placali or rice,
dêguê and beignets, bissap, gnamakoudji and bouye juice by the 50 cl or 1 litre bottle, Ivorian
beers and bangui. Callers speak French and drop the accents; speech recognition writes attiéké as
"atchéké" or "achéké", alloco as "aloko", kédjénou as "kejenou", gnamakoudji as "niamakoudji",
djoumgblé as "djoumblé", choukouya as "soukouya", placali as "plakali" and poulet DG as "poulet
déjà". "Un poisson braisé", "un poulet", "un kédjénou", "une sauce", "un foutou", "un jus" or "une
bière" alone is a question; sauce pistache, sauce aubergine, a kédjénou de lapin, agouti braisé
and the Senegalese and Cameroonian thiéboudienne, poulet yassa and ndolé are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Maquis Le Baobab d'Abidjan"

_JUS = {"50 cl": 3.5, "1 L": 6.0}

CATEGORIES: dict[str, list[Item]] = {
    "Braisés et Grillades": [
        ("Attiéké Poisson Braisé", 15.0, ("tilapia braisé", "attiéké", "tomate", "oignon",
                                          "piment")),
        ("Attiéké Poulet Braisé", 14.0, ("poulet braisé", "attiéké", "tomate", "oignon", "piment")),
        ("Capitaine Braisé", 19.0, ("capitaine entier", "attiéké ou alloco", "sauce tomate oignon")),
        ("Poulet Braisé", {"Demi": 12.0, "Entier": 22.0}, ("poulet mariné", "oignon", "piment")),
        ("Choukouya de Mouton", 15.0, ("mouton grillé", "oignon", "piment", "kankankan")),
        ("Brochettes de Bœuf", {"3 Pièces": 7.0, "6 Pièces": 13.0}, ("bœuf", "oignon", "poivron")),
        ("Garba", 9.0, ("attiéké", "thon frit", "piment", "oignon", "tomate")),
        ("Alloco Poisson Frit", 12.0, ("banane plantain frite", "poisson frit", "piment")),
        ("Poulet Frit", 11.0, ("poulet frit", "frites ou alloco")),
    ],
    "Plats en Sauce": [
        ("Kédjénou de Poulet", 16.0, ("poulet fermier à l'étouffée", "tomate", "aubergine",
                                      "oignon", "attiéké ou riz")),
        ("Kédjénou de Pintade", 18.0, ("pintade à l'étouffée", "tomate", "aubergine", "oignon",
                                       "attiéké ou riz")),
        ("Sauce Graine", 16.0, ("noix de palme", "viande de bœuf", "poisson fumé", "crabe")),
        ("Sauce Arachide", 15.0, ("pâte d'arachide", "poulet", "tomate")),
        ("Sauce Gombo", 15.0, ("gombo frais", "viande", "poisson fumé")),
        ("Sauce Djoumgblé", 16.0, ("gombo séché", "poisson fumé", "viande", "huile rouge")),
        ("Sauce Claire", 15.0, ("poisson", "tomate", "aubergine", "piment")),
        ("Poulet DG", 17.0, ("poulet", "banane plantain", "carottes", "haricots verts")),
        ("Riz Gras", 12.0, ("riz", "tomate", "viande de bœuf", "légumes")),
    ],
    "Accompagnements": [
        ("Attiéké", 3.0),
        ("Alloco", 4.0, ("banane plantain frite",)),
        ("Foutou Banane", 4.0, ("banane plantain", "manioc")),
        ("Foutou Igname", 4.0, ("igname pilée",)),
        ("Placali", 4.0, ("pâte de manioc fermenté",)),
        ("Riz Blanc", 3.0),
        ("Frites d'Igname", 4.0),
    ],
    "Entrées": [
        ("Pastels au Thon", {"3 Pièces": 4.0, "6 Pièces": 7.5}, ("pâte frite", "thon", "piment")),
    ],
    "Desserts": [
        ("Dêguê", 4.0, ("mil", "lait caillé", "sucre")),
        ("Gbofloto (Beignets)", {"5 Pièces": 3.0, "10 Pièces": 5.5}, ("farine", "levure",
                                                                      "sucre")),
        ("Claclo (Beignets de Banane)", 4.0, ("banane plantain mûre", "farine", "piment doux")),
    ],
    "Boissons": [
        ("Bissap", _JUS, ("fleurs d'hibiscus", "menthe", "sucre")),
        ("Gnamakoudji (Jus de Gingembre)", _JUS, ("gingembre", "citron", "ananas")),
        ("Jus de Bouye (Baobab)", _JUS, ("pain de singe", "lait", "sucre")),
        ("Flag (65 cl)", 6.0),
        ("Bock Solibra (65 cl)", 6.0),
        ("Bière Ivoire (65 cl)", 6.0),
        ("Bangui (Vin de Palme)", 7.0),
        ("Coca-Cola", 2.5),
        ("Fanta", 2.5),
        ("Eau Minérale", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Kédjénou de Pintade", "Capitaine Braisé")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # braisés et grillades
    ("un attiéké poisson", "Attiéké Poisson Braisé"),
    ("attieke poisson braise", "Attiéké Poisson Braisé"),
    ("deux achéké poisson", "Attiéké Poisson Braisé", None, 2),
    ("atchéké poulet", "Attiéké Poulet Braisé"),
    ("un garba", "Garba"),
    ("trois garba", "Garba", None, 3),
    ("le capitaine braisé", "Capitaine Braisé"),
    ("un demi poulet braisé", "Poulet Braisé", "demi"),
    ("un poulet braise entier", "Poulet Braisé", "entier"),
    ("choukouya", "Choukouya de Mouton"),
    ("soukouya de mouton", "Choukouya de Mouton"),
    ("six brochettes de boeuf", "Brochettes de Bœuf", "6 pièces"),
    ("brochettes trois pièces", "Brochettes de Bœuf", "3 pièces"),
    ("alloco poisson", "Alloco Poisson Frit"),
    ("un poulet frit", "Poulet Frit"),
    ("un poisson braisé", ASK),
    ("un poulet", ASK),
    # plats en sauce
    ("kedjenou de poulet", "Kédjénou de Poulet"),
    ("kejenou pintade", "Kédjénou de Pintade"),
    ("un kédjénou", ASK),
    ("sauce graine", "Sauce Graine"),
    ("sauce grène", "Sauce Graine"),
    ("la sauce arachide", "Sauce Arachide"),
    ("sauce gombo", "Sauce Gombo"),
    ("sauce djoumblé", "Sauce Djoumgblé"),
    ("une sauce claire", "Sauce Claire"),
    ("un poulet déjà", "Poulet DG"),
    ("riz gras", "Riz Gras"),
    ("une sauce", ASK),
    # accompagnements
    ("un alloco", "Alloco"),
    ("aloko", "Alloco"),
    ("foutou banane", "Foutou Banane"),
    ("foutou igname", "Foutou Igname"),
    ("un foutou", ASK),
    ("plakali", "Placali"),
    ("riz blanc", "Riz Blanc"),
    ("des frites d'igname", "Frites d'Igname"),
    # entrées et desserts
    ("six pastels au thon", "Pastels au Thon", "6 pièces"),
    ("trois pastels", "Pastels au Thon", "3 pièces"),
    ("un dégué", "Dêguê"),
    ("dix gbofloto", "Gbofloto (Beignets)", "10 pièces"),
    ("claclo", "Claclo (Beignets de Banane)"),
    # boissons
    ("un bissap un litre", "Bissap", "1 l"),
    ("bissap cinquante centilitres", "Bissap", "50 cl"),
    ("deux gnamakoudji de 50 cl", "Gnamakoudji (Jus de Gingembre)", "50 cl", 2),
    ("niamakoudji un litre", "Gnamakoudji (Jus de Gingembre)", "1 l"),
    ("un jus de gingembre", "Gnamakoudji (Jus de Gingembre)"),
    ("jus de baobab un litre", "Jus de Bouye (Baobab)", "1 l"),
    ("une flag", "Flag (65 cl)"),
    ("deux bock", "Bock Solibra (65 cl)", None, 2),
    ("du vin de palme", "Bangui (Vin de Palme)"),
    ("un jus", ASK),
    ("une bière", ASK),
    # pas sur la carte
    ("sauce pistache", UNKNOWN),
    ("une sauce aubergine", UNKNOWN),
    ("kédjénou de lapin", UNKNOWN),
    ("agouti braisé", UNKNOWN),
    ("un thiéboudienne", UNKNOWN),
    ("poulet yassa", UNKNOWN),
    ("du ndolé", UNKNOWN),
]
