"""A Hyderabadi biryani house (the pattern of Hyderabadi biryani-house take-out menus in New Jersey's
Edison and Iselin, Dallas-Irving, the Bay Area's Fremont and Sunnyvale, and Chicago's Devon
Avenue): chicken dum biryani, mutton and goat biryani, egg and veg biryani in a Single or Family
Pack, haleem (in season), mirchi ka salan, dalcha, bagara baingan, chicken 65, kebabs by count
(shikampuri, seekh), paya, double ka meetha, qubani ka meetha, Irani chai, Osmania biscuits by
count, Urdu and Telugu names with the English. Callers say "chicken biryani family pack",
"dum biryani", "goat biryani", "mirchi salan", "apricot dessert", "bread pudding" and mishear
biryani ("biriyani", "briyani", "buryani"), haleem ("haleen"), qubani ("khubani",
"koo bani"), mirchi ka salan ("mirchi ka saalan", "mirchy"), shikampuri ("shikam poori"),
Osmania ("usmania"). "A biryani", "a family pack", "a kebab", "a seekh kebab", "a lassi", "a
meetha" and "a chai" alone are questions; chicken tikka masala, butter chicken, nihari, lucknowi biryani, fish
biryani, gulab jamun and a chicken haleem are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Hyderabadi Biryani House"

_PACK_CHICKEN = {"Single": 13.0, "Family Pack": 32.0}
_PACK_MUTTON = {"Single": 16.0, "Family Pack": 40.0}
_PACK_VEG = {"Single": 11.0, "Family Pack": 27.0}

CATEGORIES: dict[str, list[Item]] = {
    "Biryani": [
        ("Hyderabadi Chicken Dum Biryani", _PACK_CHICKEN, ("bone-in chicken", "basmati rice",
                                                           "saffron", "fried onions", "raita",
                                                           "mirchi ka salan")),
        ("Chicken 65 Biryani", _PACK_CHICKEN, ("chicken 65", "basmati rice", "raita")),
        ("Boneless Chicken Biryani", _PACK_CHICKEN, ("boneless chicken", "basmati rice", "raita")),
        ("Mutton Dum Biryani", _PACK_MUTTON, ("bone-in mutton", "basmati rice", "saffron", "raita")),
        ("Goat Fry Biryani", _PACK_MUTTON, ("fried goat", "basmati rice", "raita")),
        ("Egg Biryani", _PACK_VEG, ("boiled eggs", "basmati rice", "raita")),
        ("Veg Dum Biryani", _PACK_VEG, ("mixed vegetables", "basmati rice", "raita")),
        ("Paneer Biryani", _PACK_VEG, ("paneer", "basmati rice", "raita")),
        ("Shrimp Biryani", {"Single": 17.0, "Family Pack": 42.0}, ("shrimp", "basmati rice")),
        ("Bagara Rice (Khuska)", 8.0, ("spiced plain rice", "whole spices")),
    ],
    "Starters": [
        ("Chicken 65", 12.0, ("fried chicken", "curry leaves", "red chili")),
        ("Apollo Fish", 14.0, ("fried fish", "yogurt", "green chili")),
        ("Mirchi Bajji", 7.0, ("battered green chilies", "onion")),
        ("Shikampuri Kebab", {"2 pieces": 8.0, "4 pieces": 14.0}, ("minced mutton", "chana dal",
                                                                   "hung curd filling")),
        ("Mutton Seekh Kebab", {"2 pieces": 9.0, "4 pieces": 16.0}, ("minced mutton", "spices")),
        ("Chicken Seekh Kebab", {"2 pieces": 8.0, "4 pieces": 14.0}, ("minced chicken", "spices")),
        ("Tala Hua Gosht", 15.0, ("fried mutton", "onion", "spices")),
        ("Veg Samosa (2 pcs)", 5.0, ("potato", "peas", "pastry")),
        ("Lukhmi (2 pcs)", 6.0, ("minced mutton", "square pastry")),
    ],
    "Curries": [
        ("Haleem", 14.0, ("mutton", "wheat", "lentils", "ghee", "fried onions")),
        ("Mirchi ka Salan", 10.0, ("green chilies", "peanut sesame gravy")),
        ("Bagara Baingan", 11.0, ("baby eggplant", "peanut sesame tamarind gravy")),
        ("Dalcha", 10.0, ("chana dal", "mutton", "tamarind")),
        ("Paya", 15.0, ("goat trotters", "slow-cooked broth")),
        ("Hyderabadi Chicken Korma", 14.0, ("chicken", "yogurt", "cashew gravy")),
        ("Mutton Marag", 15.0, ("mutton", "bone broth", "cashew", "cream")),
        ("Chicken Curry", 13.0, ("chicken", "onion tomato gravy")),
        ("Kaddu ka Dalcha", 10.0, ("bottle gourd", "lentils", "tamarind")),
    ],
    "Breads": [
        ("Plain Naan", 3.0),
        ("Butter Naan", 3.5),
        ("Garlic Naan", 4.0),
        ("Sheermal", 4.5),
        ("Rumali Roti", 3.5),
    ],
    "Desserts": [
        ("Double ka Meetha", 6.0, ("fried bread", "saffron milk", "nuts")),
        ("Qubani ka Meetha", 7.0, ("stewed apricots", "cream")),
        ("Sheer Khurma", 6.0, ("vermicelli", "milk", "dates")),
        ("Phirni", 5.0, ("ground rice", "milk", "cardamom")),
    ],
    "Chai and Drinks": [
        ("Irani Chai", 2.5, ("black tea", "condensed milk")),
        ("Osmania Biscuits", {"4 pieces": 3.0, "8 pieces": 5.5}, ("butter", "sugar", "salt")),
        ("Masala Chai", 2.5, ("black tea", "milk", "spices")),
        ("Sweet Lassi", 4.5),
        ("Mango Lassi", 5.0),
        ("Thums Up", 2.5),
        ("Limca", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Haleem",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # biryani
    ("chicken dum biryani single", "Hyderabadi Chicken Dum Biryani", "single"),
    ("hyderabadi chicken biryani family pack", "Hyderabadi Chicken Dum Biryani", "family pack"),
    ("two chicken dum biriyani", "Hyderabadi Chicken Dum Biryani", None, 2),
    ("chicken 65 biryani family pack", "Chicken 65 Biryani", "family pack"),
    ("boneless chicken briyani", "Boneless Chicken Biryani"),
    ("mutton biryani family pack", "Mutton Dum Biryani", "family pack"),
    ("one mutton dum buryani single", "Mutton Dum Biryani", "single"),
    ("goat fry biryani", "Goat Fry Biryani"),
    ("egg biryani single", "Egg Biryani", "single"),
    ("veg biryani family", "Veg Dum Biryani", "family pack"),
    ("paneer biryani", "Paneer Biryani"),
    ("prawn biryani", "Shrimp Biryani"),
    ("bagara rice", "Bagara Rice (Khuska)"),
    ("khuska", "Bagara Rice (Khuska)"),
    ("a biryani", ASK),
    ("a family pack", ASK),
    # starters
    ("chicken 65", "Chicken 65"),
    ("apollo fish", "Apollo Fish"),
    ("mirchi bajji", "Mirchi Bajji"),
    ("four shikampuri kebab", "Shikampuri Kebab", "4 pieces"),
    ("shikam poori kebab two pieces", "Shikampuri Kebab", "2 pieces"),
    ("mutton seekh kebab four", "Mutton Seekh Kebab", "4 pieces"),
    ("two chicken seekh kebab", "Chicken Seekh Kebab", "2 pieces"),
    ("tala hua gosht", "Tala Hua Gosht"),
    ("samosa", "Veg Samosa (2 pcs)"),
    ("lukhmi", "Lukhmi (2 pcs)"),
    ("a seekh kebab", ASK),
    ("a kebab", ASK),
    # curries
    ("haleem", "Haleem"),
    ("two haleen", "Haleem", None, 2),
    ("mirchi ka salan", "Mirchi ka Salan"),
    ("extra mirchi saalan", "Mirchi ka Salan"),
    ("bagara baingan", "Bagara Baingan"),
    ("eggplant curry", "Bagara Baingan"),
    ("paya", "Paya"),
    ("goat trotter soup", "Paya"),
    ("chicken korma", "Hyderabadi Chicken Korma"),
    ("dalcha", "Dalcha"),
    # breads
    ("butter naan", "Butter Naan"),
    ("two garlic naan", "Garlic Naan", None, 2),
    ("roomali roti", "Rumali Roti"),
    # desserts
    ("double ka meetha", "Double ka Meetha"),
    ("bread pudding", "Double ka Meetha"),
    ("khubani ka meetha", "Qubani ka Meetha"),
    ("apricot dessert", "Qubani ka Meetha"),
    ("sheer kurma", "Sheer Khurma"),
    ("a meetha", ASK),
    # chai and drinks
    ("two irani chai", "Irani Chai", None, 2),
    ("eight usmania biscuits", "Osmania Biscuits", "8 pieces"),
    ("osmania biscuit four", "Osmania Biscuits", "4 pieces"),
    ("mango lassi", "Mango Lassi"),
    ("a lassi", ASK),
    ("a chai", ASK),
    # not on the menu
    ("chicken tikka masala", UNKNOWN),
    ("butter chicken", UNKNOWN),
    ("nihari", UNKNOWN),
    ("lucknowi biryani", UNKNOWN),
    ("fish biryani", UNKNOWN),
    ("gulab jamun", UNKNOWN),
    ("chicken haleem", UNKNOWN),
]
