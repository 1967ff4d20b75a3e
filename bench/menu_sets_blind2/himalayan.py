"""A Himalayan (Nepalese and Tibetan) restaurant menu (the pattern of US Nepali take-out menus):
momo by filling in 6 or 10 pieces and by cooking (jhol, chili, kothey, fried), thukpa and chow
mein chicken or vegetable, three thalis (dal bhat), Nepali dishes by their Nepali names (sekuwa,
choila, aloo tama, samay baji), masala chiya by the cup or pot, Nepali beers. Callers say
"buffalo" for "buff", spell names as heard ("thupka", "jol momo") and use "veg"."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Himalayan (Nepalese) restaurant"

MOMO = {"6 pc": 9.0, "10 pc": 13.0}

CATEGORIES: dict[str, list[Item]] = {
    "Momo": [
        ("Chicken Momo", MOMO, ("steamed dumplings", "minced chicken", "ginger", "garlic", "tomato achar")),
        ("Vegetable Momo", MOMO, ("steamed dumplings", "cabbage", "carrot", "paneer", "tomato achar")),
        ("Buff Momo", MOMO, ("steamed dumplings", "minced water buffalo", "tomato achar")),
        ("Jhol Momo", 15.0, ("chicken momo", "tangy sesame tomato broth")),
        ("Chili Momo", 15.0, ("fried chicken momo", "chili sauce", "peppers", "onion")),
        ("Kothey Momo", 14.0, ("pan-fried chicken momo", "tomato achar")),
        ("Fried Momo", 13.0, ("deep-fried chicken momo", "tomato achar")),
    ],
    "Noodles & Soups": [
        ("Chicken Thukpa", 14.0, ("noodle soup", "chicken", "vegetables", "timur")),
        ("Vegetable Thukpa", 12.0, ("noodle soup", "vegetables", "timur")),
        ("Thenthuk", 14.0, ("hand-pulled noodle soup", "beef", "spinach")),
        ("Chicken Chow Mein", 13.0, ("stir-fried noodles", "chicken", "cabbage", "carrot")),
        ("Vegetable Chow Mein", 12.0, ("stir-fried noodles", "cabbage", "carrot", "onion")),
    ],
    "Nepali Specials": [
        ("Vegetable Thali", 17.0, ("dal", "rice", "vegetable tarkari", "saag", "achar", "papad")),
        ("Chicken Thali", 19.0, ("dal", "rice", "chicken curry", "saag", "achar", "papad")),
        ("Goat Thali", 22.0, ("dal", "rice", "bone-in goat curry", "saag", "achar", "papad")),
        ("Chicken Sekuwa", 16.0, ("grilled marinated chicken skewers", "timur", "beaten rice")),
        ("Chicken Choila", 12.0, ("grilled chicken", "mustard oil", "timur", "fenugreek")),
        ("Goat Curry", 19.0, ("bone-in goat", "onion", "tomato", "himalayan spices")),
        ("Chicken Chili", 15.0, ("fried chicken", "peppers", "onion", "chili sauce")),
        ("Aloo Tama", 13.0, ("potato", "bamboo shoots", "black-eyed peas")),
        ("Sha Phaley", 10.0, ("fried bread", "seasoned ground beef", "cabbage")),
        ("Samay Baji", 16.0, ("beaten rice", "choila", "black soybeans", "boiled egg", "aloo achar")),
    ],
    "Sides": [
        ("Basmati Rice", 3.0),
        ("Chiura", 3.0, ("beaten rice",)),
        ("Tibetan Bread", 5.0, ("fried bread", "honey")),
        ("Aloo Achar", 5.0, ("potato salad", "sesame", "timur")),
        ("Roti", 3.0),
    ],
    "Desserts": [
        ("Sel Roti", 4.0, ("rice flour ring doughnut",)),
        ("Kheer", 5.0, ("rice pudding", "cardamom")),
        ("Juju Dhau", 6.0, ("sweet yogurt",)),
    ],
    "Drinks": [
        ("Masala Chiya", {"Cup": 3.0, "Pot": 9.0}, ("milk tea", "cardamom", "ginger")),
        ("Butter Tea", 4.0, ("black tea", "butter", "salt")),
        ("Mango Lassi", 5.0),
        ("Sweet Lassi", 4.5),
        ("Everest Beer", 7.0),
        ("Gorkha Beer", 7.0),
        ("Coca-Cola", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # momo
    ("chicken momos", "Chicken Momo"),
    ("ten pieces chicken momo", "Chicken Momo", "10 pc", 1),
    ("two orders of veg momo", "Vegetable Momo", None, 2),
    ("six piece veggie momos", "Vegetable Momo", "6 pc"),
    ("buffalo momo", "Buff Momo"),
    ("buff mo mo", "Buff Momo"),
    ("momo", ASK),
    ("jhol momo", "Jhol Momo"),
    ("jol momo", "Jhol Momo"),
    ("momo soup", "Jhol Momo"),
    ("chilli momo", "Chili Momo"),
    ("kothe momo", "Kothey Momo"),
    ("pan fried momo", "Kothey Momo"),
    ("fried momos", "Fried Momo"),
    ("deep fried momo", "Fried Momo"),
    # noodles and soups
    ("thukpa", ASK),  # chicken or vegetable
    ("chicken thukpa", "Chicken Thukpa"),
    ("veg thupka", "Vegetable Thukpa"),
    ("noodle soup", ASK),  # either thukpa or thenthuk
    ("thentuk", "Thenthuk"),
    ("chicken chowmein", "Chicken Chow Mein"),
    ("veg chow mein", "Vegetable Chow Mein"),
    ("chow mein", ASK),
    # specials
    ("dal bhat", ASK),  # three thalis
    ("goat thali", "Goat Thali"),
    ("a veg thali", "Vegetable Thali"),
    ("chicken sekuwa", "Chicken Sekuwa"),
    ("sekuwa", "Chicken Sekuwa"),
    ("choila", "Chicken Choila"),
    ("goat curry", "Goat Curry"),
    ("goat", ASK),  # the curry or the goat thali
    ("chilli chicken", "Chicken Chili"),
    ("chili", ASK),  # chili momo or chicken chili
    ("aloo tama", "Aloo Tama"),
    ("bamboo shoot curry", "Aloo Tama"),
    ("shaphale", "Sha Phaley"),
    ("samay bhaji", "Samay Baji"),
    # sides and desserts
    ("a side of basmati", "Basmati Rice"),
    ("beaten rice", "Chiura"),
    ("tibetan bread", "Tibetan Bread"),
    ("fried bread", ASK),  # tibetan bread or sha phaley
    ("aloo achar", "Aloo Achar"),
    ("potato", ASK),  # aloo tama or aloo achar
    ("two roti", "Roti", None, 2),
    ("sel roti", "Sel Roti"),
    ("rice pudding", "Kheer"),
    ("juju dhau", "Juju Dhau"),
    # drinks
    ("masala tea", "Masala Chiya"),
    ("a pot of chai", "Masala Chiya", "pot"),
    ("butter tea", "Butter Tea"),
    ("tea", ASK),
    ("mango lassi", "Mango Lassi"),
    ("lassi", ASK),
    ("two everest beers", "Everest Beer", None, 2),
    ("a nepali beer", ASK),
    # not on the menu
    ("pork momo", UNKNOWN),
    ("chicken tikka masala", UNKNOWN),
    ("lamb vindaloo", UNKNOWN),
    ("garlic naan", UNKNOWN),
    ("fried rice", UNKNOWN),
]
