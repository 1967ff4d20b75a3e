"""A Filipino restaurant menu (the pattern of US Filipino take-out menus): Tagalog names with the
English meat in some (Chicken Adobo) and the Tagalog one in others (Sinigang na Baboy, Tinolang
Manok), adobo and sinigang of several kinds, lumpia by the piece, pancit by the order or the
party tray, the all-day "silog" plates. Callers say the English meat, drop the linking "na",
"-ng" and "-'t", and spell the names as they hear them (pansit, tosilog, pakbet)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Filipino restaurant"

LUMPIA = {"6 Pieces": 7.0, "12 Pieces": 13.0}
PANCIT = {"Regular": 13.0, "Party Tray": 55.0}

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Lumpiang Shanghai", LUMPIA, ("ground pork", "carrot", "onion", "wrapper")),
        ("Lumpiang Gulay", 8.0, ("cabbage", "carrot", "sweet potato", "bean sprouts", "wrapper")),
        ("Tokwa't Baboy", 10.0, ("fried tofu", "pork", "soy vinegar", "onion")),
        ("Kwek Kwek", 7.0, ("quail eggs", "orange batter", "vinegar")),
        ("Sisig", 15.0, ("chopped pork", "onion", "chili", "calamansi", "egg")),
    ],
    "Mains": [
        ("Chicken Adobo", 15.0, ("chicken", "soy sauce", "vinegar", "garlic", "bay leaf")),
        ("Pork Adobo", 16.0, ("pork belly", "soy sauce", "vinegar", "garlic", "bay leaf")),
        ("Adobong Pusit", 17.0, ("squid", "soy sauce", "vinegar", "garlic")),
        ("Sinigang na Baboy", {"Regular": 16.0, "Family": 30.0},
         ("pork", "tamarind", "radish", "kangkong", "okra")),
        ("Sinigang na Hipon", {"Regular": 18.0, "Family": 34.0},
         ("shrimp", "tamarind", "radish", "kangkong")),
        ("Kare-Kare", 21.0, ("oxtail", "peanut sauce", "eggplant", "bok choy", "bagoong")),
        ("Lechon Kawali", 17.0, ("fried pork belly", "liver sauce")),
        ("Crispy Pata", 26.0, ("pork hock", "soy vinegar")),
        ("Bistek Tagalog", 17.0, ("beef", "soy sauce", "calamansi", "onion")),
        ("Chicken Inasal", 15.0, ("grilled chicken", "calamansi", "annatto", "lemongrass")),
        ("Bicol Express", 16.0, ("pork", "coconut milk", "chili", "shrimp paste")),
        ("Dinuguan", 15.0, ("pork", "pork blood", "vinegar", "chili")),
        ("Pinakbet", 14.0, ("squash", "eggplant", "okra", "bitter melon", "bagoong")),
        ("Tinolang Manok", 15.0, ("chicken", "ginger", "green papaya", "chili leaves")),
    ],
    "Pancit": [
        ("Pancit Bihon", PANCIT, ("rice noodles", "chicken", "cabbage", "carrot")),
        ("Pancit Canton", PANCIT, ("egg noodles", "chicken", "shrimp", "cabbage")),
        ("Pancit Palabok", PANCIT, ("rice noodles", "shrimp sauce", "egg", "chicharron")),
    ],
    "Silog": [
        ("Tapsilog", 14.0, ("beef tapa", "garlic rice", "fried egg")),
        ("Longsilog", 13.0, ("longganisa", "garlic rice", "fried egg")),
        ("Tocilog", 13.0, ("pork tocino", "garlic rice", "fried egg")),
        ("Bangsilog", 15.0, ("fried bangus", "garlic rice", "fried egg")),
    ],
    "Rice": [
        ("Garlic Rice", 4.0, ("rice", "garlic")),
        ("Steamed Rice", 2.5, ("rice",)),
    ],
    "Desserts": [
        ("Halo-Halo", 9.0, ("shaved ice", "ube", "leche flan", "sweet beans", "evaporated milk")),
        ("Leche Flan", 6.0, ("egg yolk", "milk", "caramel")),
        ("Turon", 6.0, ("banana", "jackfruit", "wrapper", "caramel")),
        ("Ube Halaya", 6.0, ("purple yam", "coconut milk")),
    ],
    "Drinks": [
        ("Calamansi Juice", 4.0, ("calamansi",)),
        ("Buko Juice", 5.0, ("young coconut",)),
        ("Sago't Gulaman", 4.0, ("tapioca pearls", "gulaman", "brown sugar")),
        ("Mango Shake", 6.0, ("mango", "milk")),
        ("San Miguel Beer", 6.0),
        ("Coke", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # adobo
    ("chicken adobo", "Chicken Adobo"),
    ("adobo chicken", "Chicken Adobo"),
    ("two pork adobos", "Pork Adobo", None, 2),
    ("squid adobo", "Adobong Pusit"),
    ("adobo", ASK),
    # soups and mains
    ("sinigang", ASK),  # pork or shrimp
    ("pork sinigang", "Sinigang na Baboy"),
    ("sinigang na baboy family size", "Sinigang na Baboy", "family"),
    ("a regular shrimp sinigang", "Sinigang na Hipon", "regular"),
    ("tamarind soup", ASK),
    ("kare kare", "Kare-Kare"),
    ("oxtail peanut stew", "Kare-Kare"),
    ("lechon kawale", "Lechon Kawali"),
    ("crispy patta", "Crispy Pata"),
    ("filipino beefsteak", "Bistek Tagalog"),
    ("bistek", "Bistek Tagalog"),
    ("chicken inasal", "Chicken Inasal"),
    ("grilled chicken", "Chicken Inasal"),
    ("chicken", ASK),
    ("bikol express", "Bicol Express"),
    ("dinoguan", "Dinuguan"),
    ("pakbet", "Pinakbet"),
    ("chicken tinola", "Tinolang Manok"),
    # appetizers
    ("lumpia", ASK),  # shanghai or gulay
    ("lumpia shanghai twelve pieces", "Lumpiang Shanghai", "12 pieces", 1),
    ("a six piece shanghai", "Lumpiang Shanghai", "6 pieces", 1),
    ("vegetable lumpia", "Lumpiang Gulay"),
    ("tokwa baboy", "Tokwa't Baboy"),
    ("kwek kwek", "Kwek Kwek"),
    ("sizzling sisig", "Sisig"),
    # pancit
    ("pancit", ASK),
    ("the noodles", ASK),
    ("rice noodles", ASK),  # bihon or palabok
    ("pansit canton", "Pancit Canton"),
    ("egg noodles", "Pancit Canton"),
    ("a party tray of pancit bihon", "Pancit Bihon", "party tray"),
    ("palabok", "Pancit Palabok"),
    # silog and rice
    ("tapsilog", "Tapsilog"),
    ("beef silog", "Tapsilog"),
    ("longganisa with garlic rice and egg", "Longsilog"),
    ("two tosilog", "Tocilog", None, 2),
    ("bangsilog", "Bangsilog"),
    ("a silog", ASK),
    ("plain rice", "Steamed Rice"),
    ("rice", ASK),
    # desserts and drinks
    ("halo halo", "Halo-Halo"),
    ("flan", "Leche Flan"),
    ("banana lumpia", "Turon"),
    ("ube", "Ube Halaya"),
    ("kalamansi juice", "Calamansi Juice"),
    ("coconut juice", "Buko Juice"),
    ("sago gulaman", "Sago't Gulaman"),
    ("can I get uh two mango shakes", "Mango Shake", None, 2),
    ("a san miguel", "San Miguel Beer"),
    ("a juice", ASK),
    # not on the menu
    ("beef adobo", UNKNOWN),
    ("chicken sinigang", UNKNOWN),
    ("lechon manok", UNKNOWN),
    ("pancit malabon", UNKNOWN),
    ("balut", UNKNOWN),
]
