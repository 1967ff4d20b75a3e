"""A Nigerian restaurant menu (the pattern of US Nigerian take-out menus): rice dishes regular or
large, soups by their Yoruba, Igbo or Efik names served with a swallow chosen from its own list
(pounded yam, eba, amala, fufu), pepper soups by meat, suya half or full, small chops (puff puff
and akara by 6 or 12, meat pie, moi moi), Nigerian drinks (Chapman, zobo by the bottle or jug).
Callers use Nigerian spellings ("okro", "moin moin", "jolof") and the English a dish's
ingredients make plain ("melon soup")."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Nigerian restaurant"

RICE = {"Regular": 12.0, "Large": 18.0}
SUYA = {"Half": 10.0, "Full": 18.0}
SMALL_CHOPS = {"6 pc": 5.0, "12 pc": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Rice": [
        ("Jollof Rice", RICE,
         ("long grain rice", "tomato", "pepper", "onion", "choice of chicken, beef or fish")),
        ("Fried Rice", RICE, ("rice", "mixed vegetables", "curry", "liver")),
        ("Coconut Rice", {"Regular": 13.0, "Large": 19.0}, ("rice", "coconut milk")),
        ("Ofada Rice and Ayamase", 17.0, ("local brown rice", "green pepper stew", "assorted meat")),
    ],
    "Soups": [
        ("Egusi Soup", 18.0, ("ground melon seeds", "spinach", "assorted meat", "stockfish")),
        ("Efo Riro", 17.0, ("spinach stew", "palm oil", "locust beans", "assorted meat")),
        ("Okra Soup", 17.0, ("okra", "palm oil", "assorted meat", "fish")),
        ("Ogbono Soup", 17.0, ("ground ogbono seeds", "palm oil", "assorted meat")),
        ("Banga Soup", 19.0, ("palm nut", "catfish")),
        ("Afang Soup", 19.0, ("afang leaves", "waterleaf", "periwinkle", "assorted meat")),
        ("Ewedu and Gbegiri", 16.0, ("jute leaf soup", "bean soup", "stew")),
    ],
    "Pepper Soups": [
        ("Goat Meat Pepper Soup", 16.0, ("goat", "pepper soup spice", "utazi")),
        ("Catfish Pepper Soup", 18.0, ("catfish", "pepper soup spice")),
        ("Chicken Pepper Soup", 15.0, ("chicken", "pepper soup spice")),
    ],
    "Swallows": [
        ("Pounded Yam", 4.0),
        ("Eba", 3.0, ("garri",)),
        ("Amala", 4.0, ("yam flour",)),
        ("Fufu", 4.0, ("cassava",)),
        ("Semovita", 3.0),
    ],
    "Grill & Small Chops": [
        ("Beef Suya", SUYA, ("thin beef skewers", "yaji spice", "onion", "tomato")),
        ("Chicken Suya", SUYA, ("chicken skewers", "yaji spice", "onion")),
        ("Asun", 16.0, ("peppered smoked goat", "onion", "scotch bonnet")),
        ("Peppered Gizzard", 12.0, ("chicken gizzards", "pepper sauce")),
        ("Gizdodo", 14.0, ("gizzard", "fried plantain", "pepper sauce")),
        ("Puff Puff", SMALL_CHOPS, ("fried dough balls",)),
        ("Akara", SMALL_CHOPS, ("bean fritters",)),
        ("Meat Pie", 4.0, ("pastry", "minced beef", "potato", "carrot")),
        ("Moi Moi", 4.0, ("steamed bean pudding", "egg", "fish")),
        ("Chin Chin", 4.0, ("crunchy fried dough",)),
    ],
    "Sides & Mains": [
        ("Dodo", 5.0, ("fried ripe plantain",)),
        ("Beans and Plantain", 13.0, ("honey beans", "palm oil", "dodo")),
        ("Fried Croaker Fish", 14.0, ("whole croaker", "pepper sauce")),
        ("Grilled Tilapia", 18.0, ("whole tilapia", "pepper sauce", "onion")),
        ("Extra Goat Meat", 6.0),
    ],
    "Drinks": [
        ("Chapman", 5.0, ("fanta", "sprite", "grenadine", "cucumber", "angostura")),
        ("Zobo", {"Bottle": 4.0, "Jug": 12.0}, ("hibiscus", "ginger", "pineapple")),
        ("Kunu", 4.0, ("millet drink", "ginger")),
        ("Malta Guinness", 3.0),
        ("Guinness Foreign Extra", 5.0),
        ("Star Lager", 5.0),
        ("Fanta", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # rice
    ("jollof rice", "Jollof Rice"),
    ("a large jollof", "Jollof Rice", "large"),
    ("two regular jollof rice", "Jollof Rice", "regular", 2),
    ("jolof", "Jollof Rice"),
    ("fried rice large", "Fried Rice", "large"),
    ("coconut rice", "Coconut Rice"),
    ("ofada rice", "Ofada Rice and Ayamase"),
    ("ayamase", "Ofada Rice and Ayamase"),
    ("rice", ASK),
    # soups and swallows
    ("egusi", "Egusi Soup"),
    ("melon soup", "Egusi Soup"),
    ("efo riro", "Efo Riro"),
    ("efo", "Efo Riro"),
    ("spinach stew", "Efo Riro"),
    ("okra soup", "Okra Soup"),
    ("okro", "Okra Soup"),
    ("ogbono", "Ogbono Soup"),
    ("banga", "Banga Soup"),
    ("afang", "Afang Soup"),
    ("ewedu", "Ewedu and Gbegiri"),
    ("soup", ASK),
    ("goat pepper soup", "Goat Meat Pepper Soup"),
    ("catfish pepper soup", "Catfish Pepper Soup"),
    ("pepper soup", ASK),
    ("pounded yam", "Pounded Yam"),
    ("two pounded yams", "Pounded Yam", None, 2),
    ("garri", "Eba"),
    ("amala", "Amala"),
    ("fufu", "Fufu"),
    ("a swallow", ASK),
    # grill and small chops
    ("beef suya", "Beef Suya"),
    ("a full beef suya", "Beef Suya", "full"),
    ("half chicken suya", "Chicken Suya", "half"),
    ("suya", ASK),
    ("asun", "Asun"),
    ("peppered goat", "Asun"),
    ("gizzard", ASK),  # peppered gizzard or gizdodo
    ("gizdodo", "Gizdodo"),
    ("twelve puff puff", "Puff Puff", "12 pc", 1),
    ("six akara", "Akara", "6 pc", 1),
    ("two meat pies", "Meat Pie", None, 2),
    ("moin moin", "Moi Moi"),
    ("beans", ASK),  # beans and plantain, moi moi, akara
    # sides
    ("dodo", "Dodo"),
    ("a side of fried plantains", "Dodo"),
    ("fried fish", "Fried Croaker Fish"),
    ("grilled tilapia", "Grilled Tilapia"),
    ("fish", ASK),
    # drinks
    ("chapman", "Chapman"),
    ("a jug of zobo", "Zobo", "jug"),
    ("hibiscus drink", "Zobo"),
    ("kunnu", "Kunu"),
    ("malta", "Malta Guinness"),
    ("guinness", ASK),  # malta guinness or the stout
    ("a star beer", "Star Lager"),
    # not on the menu
    ("waakye", UNKNOWN),
    ("kenkey", UNKNOWN),
    ("shawarma", UNKNOWN),
    ("jollof spaghetti", UNKNOWN),
    ("nkwobi", UNKNOWN),
]
