"""A Persian restaurant menu (the pattern of US Persian take-out menus): Farsi names in the Latin
spellings menus print (koobideh, joojeh, khoresh, polo), kabobs of ground beef or chicken, of
boneless or bone-in chicken, of filet and lamb; stews; rice dishes named "... Polo ba ..."; two
eggplant appetizers and two yogurts; doogh by the glass or pitcher, tea by the cup or pot.
Callers spell the names as they hear them ("kubideh", "fesenjoon", "gormeh sabzi") and use the
English for a dish whose ingredients say what it is."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Persian restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Kashk-e Bademjan", 9.0, ("fried eggplant", "whey", "mint", "fried onions")),
        ("Mirza Ghasemi", 9.0, ("smoked eggplant", "tomato", "garlic", "egg")),
        ("Mast-o-Khiar", 6.0, ("yogurt", "cucumber", "dried mint")),
        ("Mast-o-Musir", 6.0, ("yogurt", "persian shallot")),
        ("Shirazi Salad", 7.0, ("cucumber", "tomato", "onion", "lime", "mint")),
        ("Dolmeh", 8.0, ("grape leaves", "rice", "herbs")),
        ("Kuku Sabzi", 8.0, ("herb frittata", "walnuts", "barberries")),
        ("Sabzi Khordan", 7.0, ("fresh herbs", "feta", "walnuts", "radish", "bread")),
        ("Ash Reshteh", {"Cup": 6.0, "Bowl": 10.0}, ("noodle soup", "beans", "herbs", "kashk", "fried mint")),
        ("Tahdig", 8.0, ("crispy saffron rice", "choice of stew on top")),
    ],
    "Kabobs": [
        ("Kabob Koobideh", 18.0, ("two skewers ground beef", "onion", "saffron rice", "grilled tomato")),
        ("Chicken Koobideh", 17.0, ("two skewers ground chicken", "saffron rice", "grilled tomato")),
        ("Joojeh Kabob", 19.0, ("boneless chicken breast", "saffron", "lemon", "saffron rice")),
        ("Bone-In Joojeh Kabob", 21.0, ("cornish hen pieces", "saffron", "lemon", "saffron rice")),
        ("Kabob Barg", 26.0, ("filet mignon", "saffron rice", "grilled tomato")),
        ("Kabob Soltani", 30.0, ("one skewer barg", "one skewer koobideh", "saffron rice")),
        ("Chenjeh Kabob", 25.0, ("lamb tenderloin chunks", "saffron rice", "grilled tomato")),
        ("Shishlik", 34.0, ("lamb chops", "saffron rice", "grilled tomato")),
        ("Extra Koobideh Skewer", 7.0, ("one skewer ground beef",)),
    ],
    "Khoresh (Stews)": [
        ("Ghormeh Sabzi", 18.0, ("beef", "herbs", "kidney beans", "dried lime", "rice")),
        ("Gheymeh", 18.0, ("beef", "yellow split peas", "dried lime", "fried potatoes", "rice")),
        ("Fesenjan", 21.0, ("chicken", "walnuts", "pomegranate molasses", "rice")),
        ("Khoresh Bademjan", 19.0, ("beef", "eggplant", "tomato", "sour grapes", "rice")),
    ],
    "Polo (Rice Dishes)": [
        ("Zereshk Polo ba Morgh", 19.0, ("saffron chicken", "barberry rice")),
        ("Baghali Polo ba Mahicheh", 28.0, ("lamb shank", "dill and fava bean rice")),
        ("Sabzi Polo ba Mahi", 24.0, ("herb rice", "fried whitefish")),
        ("Adas Polo", 15.0, ("lentil rice", "raisins", "dates")),
    ],
    "Sides": [
        ("Saffron Basmati Rice", 5.0),
        ("Barberry Rice", 6.0, ("zereshk", "saffron", "basmati")),
        ("Sangak Bread", 4.0),
        ("Lavash Bread", 2.0),
        ("Grilled Tomato", 2.0),
        ("Torshi", 4.0, ("pickled vegetables",)),
    ],
    "Desserts": [
        ("Bastani Sonnati", 7.0, ("saffron ice cream", "rosewater", "pistachio")),
        ("Faloodeh", 7.0, ("rice noodle sorbet", "rosewater", "lime")),
        ("Sholeh Zard", 6.0, ("saffron rice pudding",)),
        ("Zoolbia Bamieh", 6.0, ("fried dough", "rosewater syrup")),
    ],
    "Drinks": [
        ("Doogh", {"Glass": 3.5, "Pitcher": 12.0}, ("yogurt drink", "mint", "sparkling water")),
        ("Persian Tea", {"Cup": 2.5, "Pot": 8.0}, ("cardamom black tea",)),
        ("Sharbat-e Sekanjabin", 4.5, ("mint vinegar syrup", "cucumber")),
        ("Coca-Cola", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # kabobs
    ("kubideh kabob", "Kabob Koobideh"),
    ("two beef koobideh", "Kabob Koobideh", None, 2),
    ("ground chicken kabob", "Chicken Koobideh"),
    ("chicken koobideh", "Chicken Koobideh"),
    ("jujeh kabob", ASK),  # boneless or bone-in
    ("boneless joojeh", "Joojeh Kabob"),
    ("joojeh with bone", "Bone-In Joojeh Kabob"),
    ("chicken kabob", ASK),
    ("barg", "Kabob Barg"),
    ("filet mignon kabob", "Kabob Barg"),
    ("soltani", "Kabob Soltani"),
    ("sultani kabob", "Kabob Soltani"),
    ("chenjeh", "Chenjeh Kabob"),
    ("lamb kabob", ASK),  # chenjeh or the lamb chops
    ("lamb chops", "Shishlik"),
    ("shishlick", "Shishlik"),
    ("an extra skewer of koobideh", "Extra Koobideh Skewer"),
    ("a kabob", ASK),
    # stews
    ("ghormeh sabzi", "Ghormeh Sabzi"),
    ("gormeh sabzi", "Ghormeh Sabzi"),
    ("herb stew", "Ghormeh Sabzi"),
    ("gheimeh", "Gheymeh"),
    ("the split pea stew", "Gheymeh"),
    ("fesenjoon", "Fesenjan"),
    ("walnut pomegranate chicken", "Fesenjan"),
    ("eggplant stew", "Khoresh Bademjan"),
    ("bademjan", ASK),  # the appetizer or the stew
    ("eggplant dip", ASK),  # kashk-e bademjan or mirza ghasemi
    # appetizers
    ("kashke bademjoon", "Kashk-e Bademjan"),
    ("mirza ghassemi", "Mirza Ghasemi"),
    ("yogurt and cucumber", "Mast-o-Khiar"),
    ("yogurt with shallots", "Mast-o-Musir"),
    ("a yogurt", ASK),
    ("shirazi salad", "Shirazi Salad"),
    ("a cucumber tomato salad", "Shirazi Salad"),
    ("stuffed grape leaves", "Dolmeh"),
    ("kookoo sabzi", "Kuku Sabzi"),
    ("sabzi", ASK),  # ghormeh sabzi, kuku sabzi, sabzi khordan, sabzi polo
    ("a bowl of ash reshteh", "Ash Reshteh", "bowl"),
    ("cup of aash", "Ash Reshteh", "cup"),
    ("tadig", "Tahdig"),
    # rice dishes and sides
    ("zereshk polo with chicken", "Zereshk Polo ba Morgh"),
    ("zereshk polo", ASK),  # with chicken or the barberry rice side
    ("baghali polo with lamb shank", "Baghali Polo ba Mahicheh"),
    ("lamb shank", "Baghali Polo ba Mahicheh"),
    ("herb rice with fish", "Sabzi Polo ba Mahi"),
    ("adas polo", "Adas Polo"),
    ("extra saffron rice", "Saffron Basmati Rice"),
    ("sangak", "Sangak Bread"),
    ("bread", ASK),
    # desserts and drinks
    ("persian ice cream", "Bastani Sonnati"),
    ("faloodeh", "Faloodeh"),
    ("a pitcher of doogh", "Doogh", "pitcher"),
    ("dough", "Doogh"),
    ("a pot of tea", "Persian Tea", "pot"),
    ("sekanjabin", "Sharbat-e Sekanjabin"),
    # not on the menu
    ("falafel", UNKNOWN),
    ("beef shawarma", UNKNOWN),
    ("salmon kabob", UNKNOWN),
    ("baklava", UNKNOWN),
]
