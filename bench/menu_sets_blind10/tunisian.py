"""A Tunisian restaurant (the pattern of Tunisian restaurant and casse-croûte menus in Paris,
Montreal, Brooklyn and Washington DC, French names with the English): brik à l'oeuf, lablabi,
couscous with lamb, fish, chicken or vegetables, ojja with merguez or shrimp, fricassé by the
piece, kafteji, mloukhia, grilled merguez, salade méchouia, casse-croûte tunisien, makroudh,
bambalouni, mint tea and pine nut tea. Callers say "egg brik", "the chickpea soup", "lamb
couscous", "spicy eggs with sausage", "tuna sandwich fried", "mint tea" and mishear brik ("breek",
"brick"), lablabi ("lab lobby", "leblebi"), ojja ("oh ja", "aja"), fricassé ("freak a say"),
makroudh ("ma crude", "makrout"), merguez ("mer gez"), mloukhia ("ma lookia"). "Brik", "couscous",
"ojja", "merguez", "a salad", "a sandwich" or "a tea" alone is a question; tagine with prunes,
harira, falafel, bsisa, lamb mechoui, zlabia and a shrimp brik are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Tunisian Kitchen"

CATEGORIES: dict[str, list[Item]] = {
    "Entrées": [
        ("Brik à l'Oeuf", 6.0, ("malsouka pastry", "egg", "tuna", "capers", "parsley")),
        ("Brik Viande", 7.0, ("malsouka pastry", "ground beef", "egg", "onion")),
        ("Lablabi", 10.0, ("chickpea soup", "cumin", "harissa", "egg", "stale bread", "olive oil")),
        ("Chorba Frik", 8.0, ("lamb broth", "cracked green wheat", "tomato", "mint")),
        ("Salade Méchouia", 8.0, ("grilled peppers", "tomato", "garlic", "tuna", "egg")),
        ("Salade Tunisienne", 8.0, ("cucumber", "tomato", "onion", "tuna", "egg", "olives")),
        ("Fricassé", 3.0, ("fried bread", "tuna", "potato", "egg", "harissa", "olives")),
        ("Kafteji", 11.0, ("fried peppers", "potato", "squash", "egg", "chopped")),
    ],
    "Couscous": [
        ("Couscous Agneau (Lamb Couscous)", 20.0, ("semolina", "lamb", "chickpeas", "vegetables",
                                                   "harissa")),
        ("Couscous Poisson (Fish Couscous)", 22.0, ("semolina", "grouper", "tomato broth",
                                                    "vegetables")),
        ("Couscous Poulet (Chicken Couscous)", 17.0, ("semolina", "chicken", "vegetables")),
        ("Couscous Légumes (Vegetable Couscous)", 14.0, ("semolina", "vegetables", "chickpeas")),
        ("Couscous Merguez", 18.0, ("semolina", "merguez", "vegetables")),
    ],
    "Plats": [
        ("Ojja Merguez", 14.0, ("eggs", "tomato", "peppers", "harissa", "merguez")),
        ("Ojja Crevettes", 17.0, ("eggs", "tomato", "peppers", "harissa", "shrimp")),
        ("Merguez Grillées", 15.0, ("grilled lamb sausage", "fries", "salade tunisienne")),
        ("Mloukhia", 18.0, ("jute leaf stew", "beef", "olive oil")),
        ("Kamounia", 17.0, ("cumin stew", "beef", "liver")),
        ("Tajine Tunisien", 12.0, ("baked egg", "chicken", "cheese", "parsley")),
        ("Côtelettes d'Agneau", 24.0, ("grilled lamb chops", "fries", "salad")),
        ("Poisson Grillé", 23.0, ("whole grilled dorade", "salad", "lemon")),
    ],
    "Sandwichs": [
        ("Casse-Croûte Tunisien", 10.0, ("baguette", "tuna", "harissa", "méchouia", "egg",
                                         "olives")),
        ("Sandwich Merguez", 10.0, ("baguette", "merguez", "harissa", "fries")),
        ("Chapati Tunisien", 10.0, ("stuffed flatbread", "tuna", "egg", "cheese")),
    ],
    "Desserts": [
        ("Makroudh", 2.5, ("semolina", "date paste", "honey syrup")),
        ("Bambalouni", 3.0, ("fried doughnut", "sugar")),
        ("Baklawa Tunisienne", 3.5, ("almond", "pistachio", "syrup")),
        ("Assida Zgougou", 7.0, ("aleppo pine cream", "custard", "nuts")),
    ],
    "Boissons": [
        ("Thé à la Menthe (Mint Tea)", 3.0),
        ("Thé aux Pignons (Pine Nut Tea)", 4.5),
        ("Café Turc", 3.0),
        ("Citronnade", 4.0, ("lemon", "sugar", "geranium water")),
        ("Boga", 3.0, ("tunisian soda",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Couscous Poisson (Fish Couscous)", "Assida Zgougou")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # entrées
    ("a brik a l'oeuf", "Brik à l'Oeuf"),
    ("egg brik", "Brik à l'Oeuf"),
    ("two breek with egg and tuna", "Brik à l'Oeuf", None, 2),
    ("meat brik", "Brik Viande"),
    ("brik", ASK),
    ("lablabi", "Lablabi"),
    ("the chickpea soup", "Lablabi"),
    ("lab lobby", "Lablabi"),
    ("chorba", "Chorba Frik"),
    ("salade mechouia", "Salade Méchouia"),
    ("grilled pepper salad", "Salade Méchouia"),
    ("tunisian salad", "Salade Tunisienne"),
    ("a salad", ASK),
    ("four fricassé", "Fricassé", None, 4),
    ("three freak a say", "Fricassé", None, 3),
    ("kafteji", "Kafteji"),
    # couscous
    ("lamb couscous", "Couscous Agneau (Lamb Couscous)"),
    ("fish couscous", "Couscous Poisson (Fish Couscous)"),
    ("two chicken couscous", "Couscous Poulet (Chicken Couscous)", None, 2),
    ("vegetable couscous", "Couscous Légumes (Vegetable Couscous)"),
    ("couscous with merguez", "Couscous Merguez"),
    ("couscous", ASK),
    # plats
    ("ojja merguez", "Ojja Merguez"),
    ("oh ja with sausage", "Ojja Merguez"),
    ("shrimp ojja", "Ojja Crevettes"),
    ("ojja", ASK),
    ("grilled merguez", "Merguez Grillées"),
    ("merguez plate with fries", "Merguez Grillées"),
    ("mloukhia", "Mloukhia"),
    ("ma lookia", "Mloukhia"),
    ("kamounia", "Kamounia"),
    ("tunisian tajine", "Tajine Tunisien"),
    ("lamb chops", "Côtelettes d'Agneau"),
    ("grilled fish", "Poisson Grillé"),
    # sandwichs
    ("casse croute tunisien", "Casse-Croûte Tunisien"),
    ("a tunisian tuna sandwich", "Casse-Croûte Tunisien"),
    ("merguez sandwich", "Sandwich Merguez"),
    ("chapati", "Chapati Tunisien"),
    ("a sandwich", ASK),
    ("merguez", ASK),
    # desserts
    ("six makroudh", "Makroudh", None, 6),
    ("ma crude", "Makroudh"),
    ("two bambalouni", "Bambalouni", None, 2),
    ("baklava", "Baklawa Tunisienne"),
    ("assida", "Assida Zgougou"),
    # boissons
    ("mint tea", "Thé à la Menthe (Mint Tea)"),
    ("two the a la menthe", "Thé à la Menthe (Mint Tea)", None, 2),
    ("pine nut tea", "Thé aux Pignons (Pine Nut Tea)"),
    ("a turkish coffee", "Café Turc"),
    ("a boga", "Boga"),
    ("a tea", ASK),
    # not on the menu
    ("chicken tagine with prunes", UNKNOWN),
    ("harira", UNKNOWN),
    ("falafel", UNKNOWN),
    ("bsisa", UNKNOWN),
    ("lamb mechoui", UNKNOWN),
    ("zlabia", UNKNOWN),
    ("shrimp brik", UNKNOWN),
]
