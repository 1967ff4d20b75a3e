"""An Iraqi restaurant (the pattern of the take-out menus of Iraqi restaurants and bakeries in
Dearborn and Sterling Heights, El Cajon, Nashville and Toronto): masgouf (the whole carp split and
grilled by the fire, Small or Large), kubba by the piece (Halab, Mosul, burghul, potato), Iraqi
dolma, tepsi baytinijan, quzi, tashreeb of lamb or chicken, kebab and tikka, margas (okra, white
bean) and qeema with timman, parda plow, breakfast (kahi with geymar, makhlama, bagilla), samoon
bread and samoon sandwiches, kleicha, chai and noomi Basra by the Glass or Pot. Iraqi names with
the English.
Callers say the English ("grilled carp", "eggplant casserole", "okra stew", "potato chop",
"lentil soup") or the Arabic, and speech recognition writes "masgouf" as "mas goof",
"kubba" as "kibbeh" or "koba", "tepsi baytinijan" as "tebsi bitinjan", "quzi" as
"kouzi", "tashreeb" as "tashrib", "geymar" as "gaymar", "bagilla" as "baqilla",
"samoon" as "sammoun", "kleicha" as "klecha", "noomi Basra" as "numi basra". "Kubba", "three
kubba", "tashreeb", "tikka", "a marga", "a salad" and "a samoon sandwich" alone are a question;
kubba hamuth, maqluba, pacha, a falafel samoon, Iraqi biryani, chicken quzi (the quzi here is
lamb) and timman jazar are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Iraqi Restaurant"

_KUBBA = {"3 Pieces": 9.0, "6 Pieces": 16.0}
_CHAI = {"Glass": 2.0, "Pot": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Muqabbilat (Appetizers)": [
        ("Hummus", 7.0, ("chickpeas", "tahini", "lemon", "olive oil")),
        ("Baba Ghanouj", 7.5, ("smoked eggplant", "tahini", "garlic")),
        ("Tabbouleh (Parsley Salad)", 8.0, ("parsley", "bulgur", "tomato", "lemon")),
        ("Fattoush (Bread Salad)", 8.0, ("lettuce", "tomato", "cucumber", "fried bread", "sumac")),
        ("Shorbat Adas (Lentil Soup)", 5.0, ("red lentils", "cumin", "lemon")),
        ("Torshi (Pickles)", 4.0, ("pickled turnip", "cauliflower", "cucumber")),
    ],
    "Kubba": [
        ("Kubba Halab (Rice Kubba)", _KUBBA, ("rice and potato shell", "ground beef", "onion",
                                              "raisins", "almonds")),
        ("Kubba Mosul", {"1 Piece": 7.0, "2 Pieces": 13.0}, ("flat bulgur disc", "ground lamb",
                                                             "onion", "parsley")),
        ("Kubba Burghul (Bulgur Kubba)", _KUBBA, ("bulgur shell", "ground beef", "onion",
                                                  "pine nuts")),
        ("Kubba Batata (Potato Chop)", {"3 Pieces": 8.0, "6 Pieces": 14.0},
         ("mashed potato shell", "ground beef", "onion", "parsley")),
    ],
    "Main Dishes": [
        ("Masgouf (Grilled Carp)", {"Small": 32.0, "Large": 55.0},
         ("whole butterflied carp", "tamarind", "tomato", "onion", "amba", "samoon")),
        ("Dolma", 18.0, ("stuffed onions", "grape leaves", "peppers", "eggplant", "rice",
                         "lamb", "tamarind")),
        ("Tepsi Baytinijan (Eggplant Casserole)", 17.0, ("fried eggplant", "meatballs", "potato",
                                                         "onion", "tomato sauce", "rice")),
        ("Quzi (Lamb Shank over Rice)", 24.0, ("lamb shank", "spiced rice", "almonds", "raisins",
                                               "peas")),
        ("Tashreeb Lahm (Lamb Tashreeb)", 16.0, ("lamb broth", "samoon soaked in broth",
                                                 "chickpeas", "dried lime")),
        ("Tashreeb Dijaj (Chicken Tashreeb)", 15.0, ("chicken broth", "samoon soaked in broth",
                                                     "chickpeas", "dried lime")),
        ("Iraqi Kebab (Lamb)", 17.0, ("ground lamb skewers", "grilled tomato", "onion sumac",
                                      "rice")),
        ("Chicken Tikka", 16.0, ("chicken cubes", "skewers", "rice")),
        ("Lamb Tikka", 19.0, ("lamb cubes", "skewers", "rice")),
        ("Mixed Grill", 30.0, ("kebab", "chicken tikka", "lamb tikka", "rice")),
        ("Margat Bamia (Okra Stew)", 15.0, ("okra", "lamb", "tomato", "garlic", "timman")),
        ("Margat Fasolia (White Bean Stew)", 14.0, ("white beans", "lamb", "tomato", "timman")),
        ("Qeema", 15.0, ("ground meat", "split chickpeas", "tomato", "dried lime", "timman")),
        ("Parda Plow", 22.0, ("rice in a pastry dome", "chicken", "almonds", "raisins")),
    ],
    "Breakfast": [
        ("Kahi with Geymar", 10.0, ("flaky pastry", "clotted cream", "date syrup")),
        ("Makhlama", 10.0, ("eggs", "ground lamb", "tomato", "onion")),
        ("Bagilla bil Dihin", 10.0, ("fava beans", "samoon", "egg", "ghee")),
    ],
    "Samoon Sandwiches": [
        ("Chicken Shawarma Samoon", 9.0, ("samoon", "chicken shawarma", "amba", "pickles")),
        ("Kebab Samoon", 9.0, ("samoon", "lamb kebab", "onion", "sumac")),
    ],
    "Sides": [
        ("Timman (Rice)", 4.0),
        ("Samoon", 1.0),
        ("Amba (Mango Pickle)", 1.5),
    ],
    "Desserts": [
        ("Kleicha", 1.5, ("date filled cookie", "cardamom")),
        ("Zlabia", 6.0, ("fried batter", "syrup")),
        ("Baklava", 6.0, ("filo", "pistachio", "syrup")),
        ("Kunafa", 8.0, ("shredded pastry", "cheese", "syrup")),
    ],
    "Drinks": [
        ("Iraqi Chai", _CHAI),
        ("Noomi Basra (Dried Lime Tea)", {"Glass": 2.5, "Pot": 10.0}),
        ("Laban (Yogurt Drink)", 3.0),
        ("Turkish Coffee", 3.5),
        ("Shurbat Zbeeb (Raisin Drink)", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Masgouf (Grilled Carp)", "Quzi (Lamb Shank over Rice)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # appetizers
    ("baba ghanoush", "Baba Ghanouj"),
    ("fattoush", "Fattoush (Bread Salad)"),
    ("lentil soup", "Shorbat Adas (Lentil Soup)"),
    ("shorbat adas", "Shorbat Adas (Lentil Soup)"),
    ("a salad", ASK),
    # kubba
    ("six kubba halab", "Kubba Halab (Rice Kubba)", "6 pieces"),
    ("three rice kibbeh", "Kubba Halab (Rice Kubba)", "3 pieces"),
    ("two kubba mosul", "Kubba Mosul", "2 pieces"),
    ("a koba mosul", "Kubba Mosul"),
    ("six kubba burghul", "Kubba Burghul (Bulgur Kubba)", "6 pieces"),
    ("three potato chop", "Kubba Batata (Potato Chop)", "3 pieces"),
    ("kubba", ASK),
    ("three kubba", ASK),
    # mains
    ("a large masgouf", "Masgouf (Grilled Carp)", "large"),
    ("mas goof small", "Masgouf (Grilled Carp)", "small"),
    ("grilled carp", "Masgouf (Grilled Carp)"),
    ("dolma", "Dolma"),
    ("two orders of dolma", "Dolma", None, 2),
    ("tebsi bitinjan", "Tepsi Baytinijan (Eggplant Casserole)"),
    ("eggplant casserole", "Tepsi Baytinijan (Eggplant Casserole)"),
    ("kouzi", "Quzi (Lamb Shank over Rice)"),
    ("lamb shank over rice", "Quzi (Lamb Shank over Rice)"),
    ("tashrib with lamb", "Tashreeb Lahm (Lamb Tashreeb)"),
    ("chicken tashreeb", "Tashreeb Dijaj (Chicken Tashreeb)"),
    ("tashreeb", ASK),
    ("iraqi kebab plate", "Iraqi Kebab (Lamb)"),
    ("chicken tikka", "Chicken Tikka"),
    ("two lamb tikka", "Lamb Tikka", None, 2),
    ("tikka", ASK),
    ("bamia", "Margat Bamia (Okra Stew)"),
    ("okra stew with rice", "Margat Bamia (Okra Stew)"),
    ("fasolia", "Margat Fasolia (White Bean Stew)"),
    ("a marga", ASK),
    ("keema", "Qeema"),
    ("parda plow", "Parda Plow"),
    # breakfast and samoon
    ("kahi with gaymar", "Kahi with Geymar"),
    ("makhlama", "Makhlama"),
    ("baqilla bil dihin", "Bagilla bil Dihin"),
    ("chicken shawarma samoon", "Chicken Shawarma Samoon"),
    ("kebab sammoun", "Kebab Samoon"),
    ("a samoon sandwich", ASK),
    ("four samoon", "Samoon", None, 4),
    ("rice", "Timman (Rice)"),
    ("amba", "Amba (Mango Pickle)"),
    # desserts and drinks
    ("six klecha", "Kleicha", None, 6),
    ("knafeh", "Kunafa"),
    ("a glass of chai", "Iraqi Chai", "glass"),
    ("two glasses of iraqi chai", "Iraqi Chai", "glass", 2),
    ("a pot of chai", "Iraqi Chai", "pot"),
    ("numi basra pot", "Noomi Basra (Dried Lime Tea)", "pot"),
    ("laban", "Laban (Yogurt Drink)"),
    # not on the menu
    ("kubba hamuth", UNKNOWN),
    ("maqluba", UNKNOWN),
    ("pacha", UNKNOWN),
    ("a falafel samoon", UNKNOWN),
    ("iraqi biryani", UNKNOWN),
    ("chicken quzi", UNKNOWN),
    ("timman jazar", UNKNOWN),
]
