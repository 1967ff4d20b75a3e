"""A Pakistani grill (the pattern of Pakistani kebab houses in Houston, Chicago's Devon Avenue,
Jersey City and Toronto): karahi by the Half or Full, nihari, haleem, paya, seekh and chapli kebab,
tikka and boti from the grill, biryani, tandoori breads, lassi and doodh patti chai. Callers say
"a half chicken karahi", "full mutton karahi", "beef nihari", "two seekh kebab", "garlic naan",
"milk tea" and mishear karahi ("kadai", "car eye", "kadhai"), nihari ("nehari", "near e"), haleem
("ha lee m", "halim"), chapli ("chap lee", "chopley"), doodh patti ("dude patty"). "A full
karahi", "seekh kebab", "a kebab", "biryani", "a bread" or "a lassi" alone is a question;
butter chicken, tikka masala, chicken nihari, beef karahi, pani puri, korma and falooda are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pakistani Grill"

CATEGORIES: dict[str, list[Item]] = {
    "Karahi": [
        ("Chicken Karahi", {"Half": 16.0, "Full": 28.0}, ("bone-in chicken", "tomato", "ginger",
                                                          "green chili", "wok-cooked")),
        ("Mutton Karahi", {"Half": 22.0, "Full": 40.0}, ("goat on the bone", "tomato", "ginger",
                                                         "green chili")),
        ("Lamb Karahi", {"Half": 22.0, "Full": 40.0}, ("lamb", "tomato", "ginger", "green chili")),
        ("Chicken White Karahi", {"Half": 18.0, "Full": 32.0}, ("chicken", "yogurt", "cream",
                                                                "black pepper")),
    ],
    "House Specials": [
        ("Beef Nihari", 16.0, ("slow-cooked beef shank", "ginger", "fried onion", "lemon")),
        ("Haleem", 14.0, ("beef", "wheat", "lentils", "fried onion", "ginger")),
        ("Paya", 15.0, ("goat trotters", "slow-cooked gravy")),
        ("Daal Chana", 11.0, ("split chickpeas", "tarka")),
        ("Palak Gosht", 17.0, ("goat", "spinach", "spices")),
    ],
    "Grill": [
        ("Beef Seekh Kebab", 12.0, ("minced beef skewers", "onion", "chutney")),
        ("Chicken Seekh Kebab", 12.0, ("minced chicken skewers", "chutney")),
        ("Chapli Kebab", 13.0, ("flat minced beef patty", "tomato", "pomegranate seed")),
        ("Chicken Tikka", 13.0, ("bone-in leg quarter", "tandoori marinade")),
        ("Chicken Boti", 14.0, ("boneless chicken cubes", "tandoori marinade")),
        ("Beef Bihari Boti", 16.0, ("thin beef strips", "papaya marinade", "smoked")),
        ("Lamb Chops", 24.0, ("marinated lamb chops",)),
        ("Mixed Grill Platter", 34.0, ("seekh kebab", "chicken tikka", "boti",
                                       "lamb chops", "naan")),
    ],
    "Biryani & Rice": [
        ("Chicken Biryani", 14.0, ("basmati rice", "bone-in chicken", "potato", "raita")),
        ("Mutton Biryani", 17.0, ("basmati rice", "goat", "raita")),
        ("Vegetable Pulao", 10.0, ("basmati rice", "peas", "carrot")),
        ("Plain Rice", 4.0),
    ],
    "Breads": [
        ("Plain Naan", 2.0),
        ("Garlic Naan", 3.0),
        ("Tandoori Roti", 1.75),
        ("Aloo Paratha", 4.0, ("potato stuffed",)),
        ("Puri", 2.5),
    ],
    "Sides": [
        ("Raita", 3.0, ("yogurt", "cucumber", "mint")),
        ("Kachumber Salad", 4.0, ("cucumber", "tomato", "onion", "lemon")),
        ("Vegetable Samosa", 2.0, ("potato", "peas", "pastry")),
        ("Beef Samosa", 2.5, ("minced beef", "pastry")),
    ],
    "Desserts & Drinks": [
        ("Kheer", 5.0, ("rice pudding", "cardamom", "pistachio")),
        ("Gulab Jamun", 4.0, ("milk dumplings", "syrup")),
        ("Gajar Halwa", 5.0, ("carrot", "milk", "ghee", "nuts")),
        ("Sweet Lassi", 4.0),
        ("Salted Lassi", 4.0),
        ("Mango Lassi", 5.0),
        ("Doodh Patti Chai", 2.5, ("tea boiled in milk", "cardamom")),
        ("Kashmiri Chai", 3.5, ("pink tea", "pistachio", "almond")),
    ],
}

SPECIALS: tuple[str, ...] = ("Haleem", "Paya")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # karahi
    ("a half chicken karahi", "Chicken Karahi", "half"),
    ("chicken kadai full", "Chicken Karahi", "full"),
    ("uh full chicken car eye", "Chicken Karahi", "full"),
    ("half mutton karahi", "Mutton Karahi", "half"),
    ("goat karahi full", "Mutton Karahi", "full"),
    ("lamb kadhai half", "Lamb Karahi", "half"),
    ("white karahi half", "Chicken White Karahi", "half"),
    ("two full chicken karahi", "Chicken Karahi", "full", 2),
    ("a full karahi", ASK),
    # house specials
    ("beef nihari", "Beef Nihari"),
    ("two nehari", "Beef Nihari", None, 2),
    ("near e", "Beef Nihari"),
    ("haleem", "Haleem"),
    ("halim", "Haleem"),
    ("paya", "Paya"),
    ("daal chana", "Daal Chana"),
    # grill
    ("two beef seekh kebab", "Beef Seekh Kebab", None, 2),
    ("seekh kabob beef", "Beef Seekh Kebab"),
    ("chicken seekh", "Chicken Seekh Kebab"),
    ("seekh kebab", ASK),
    ("chapli kebab", "Chapli Kebab"),
    ("three chap lee kabab", "Chapli Kebab", None, 3),
    ("chicken tikka", "Chicken Tikka"),
    ("chicken boti", "Chicken Boti"),
    ("bihari boti", "Beef Bihari Boti"),
    ("lamb chops", "Lamb Chops"),
    ("the mixed grill", "Mixed Grill Platter"),
    ("a kebab", ASK),
    # biryani and rice
    ("chicken biryani", "Chicken Biryani"),
    ("two chicken biriyani", "Chicken Biryani", None, 2),
    ("goat biryani", "Mutton Biryani"),
    ("biryani", ASK),
    ("veggie pulao", "Vegetable Pulao"),
    ("white rice", "Plain Rice"),
    # breads
    ("four plain naan", "Plain Naan", None, 4),
    ("two garlic naan", "Garlic Naan", None, 2),
    ("aloo paratha", "Aloo Paratha"),
    ("a bread", ASK),
    # sides
    ("raita", "Raita"),
    ("a salad", "Kachumber Salad"),
    ("two veggie samosas", "Vegetable Samosa", None, 2),
    ("beef samosa", "Beef Samosa"),
    # desserts and drinks
    ("kheer", "Kheer"),
    ("gulab jamun", "Gulab Jamun"),
    ("carrot halwa", "Gajar Halwa"),
    ("mango lassi", "Mango Lassi"),
    ("a salty lassi", "Salted Lassi"),
    ("a lassi", ASK),
    ("doodh patti", "Doodh Patti Chai"),
    ("two dude patty chai", "Doodh Patti Chai", None, 2),
    ("pink tea", "Kashmiri Chai"),
    # not on the menu
    ("butter chicken", UNKNOWN),
    ("chicken tikka masala", UNKNOWN),
    ("chicken nihari", UNKNOWN),
    ("beef karahi", UNKNOWN),
    ("pani puri", UNKNOWN),
    ("chicken korma", UNKNOWN),
    ("falooda", UNKNOWN),
]
