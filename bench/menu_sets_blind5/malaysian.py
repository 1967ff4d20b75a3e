"""A Malaysian and Singaporean kopitiam (the pattern of US Malaysian take-out menus): nasi lemak,
noodles fried and in soup, roti from the mamak stall, satay by 6 or 12 skewers, curries, kopi and
teh. Malay, Hokkien and Tamil-English names are spelled many ways (char kway teow / char kuey
teow, roti canai / roti prata, murtabak / martabak, cendol / chendol, ais kacang / ice kacang,
kangkung belacan); "laksa", "roti", "satay", "noodles" and "curry" alone are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Malaysian and Singaporean kopitiam"

SATAY = {"6 pc": 10.0, "12 pc": 18.0}

CATEGORIES: dict[str, list[Item]] = {
    "Roti and Satay": [
        ("Roti Canai", 7.0, ("flaky flatbread", "curry dipping sauce")),
        ("Roti Telur", 8.0, ("flaky flatbread", "egg", "curry dipping sauce")),
        ("Murtabak", 13.0, ("stuffed pan-fried bread", "minced chicken", "egg", "onion")),
        ("Chicken Satay", SATAY, ("grilled chicken skewers", "peanut sauce", "cucumber", "onion")),
        ("Beef Satay", SATAY, ("grilled beef skewers", "peanut sauce", "cucumber", "onion")),
    ],
    "Rice": [
        ("Nasi Lemak", 14.0, ("coconut rice", "sambal", "anchovies", "peanuts", "egg", "fried chicken")),
        ("Hainanese Chicken Rice", 15.0, ("poached chicken", "chicken rice", "ginger", "chili sauce")),
        ("Nasi Goreng Kampung", 14.0, ("fried rice", "anchovies", "water spinach", "fried egg")),
    ],
    "Noodles": [
        ("Char Kway Teow", 15.0, ("flat rice noodles", "shrimp", "chinese sausage", "bean sprouts", "egg")),
        ("Curry Laksa", 16.0, ("coconut curry soup", "yellow noodles", "shrimp", "chicken", "tofu puffs")),
        ("Assam Laksa", 16.0, ("sour tamarind fish soup", "thick rice noodles", "pineapple", "mint")),
        ("Mee Goreng Mamak", 14.0, ("fried yellow noodles", "tofu", "potato", "egg", "sweet chili")),
        ("Hokkien Mee", 16.0, ("fried noodles", "prawns", "squid", "pork", "prawn stock")),
    ],
    "Mains": [
        ("Beef Rendang", 18.0, ("slow-cooked beef", "coconut", "lemongrass", "rice")),
        ("Chicken Curry", 15.0, ("kari ayam", "potato", "coconut milk", "rice")),
        ("Sambal Udang", 19.0, ("shrimp", "sambal")),
        ("Sambal Kangkung", 13.0, ("water spinach", "shrimp paste", "chili")),
        ("Bak Kut Teh", 18.0, ("pork rib herbal soup", "garlic", "rice")),
        ("Oyster Omelette", 15.0, ("orh luak", "oysters", "egg", "sweet potato starch")),
    ],
    "Desserts and Snacks": [
        ("Kaya Toast", 6.0, ("toast", "coconut jam", "butter", "soft-boiled eggs")),
        ("Cendol", 7.0, ("shaved ice", "pandan jelly", "coconut milk", "palm sugar")),
        ("Ais Kacang", 7.0, ("shaved ice", "red beans", "corn", "grass jelly", "syrup")),
    ],
    "Drinks": [
        ("Teh Tarik", 4.0, ("pulled milk tea",)),
        ("Kopi", 3.5, ("malaysian coffee", "condensed milk")),
        ("Milo Dinosaur", 5.0, ("iced milo", "milo powder on top")),
        ("Bandung", 4.0, ("rose syrup", "milk")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # roti and satay
    ("roti canai", "Roti Canai"),
    ("two roti prata", "Roti Canai", None, 2),
    ("roti telur", "Roti Telur"),
    ("the roti with egg", "Roti Telur"),
    ("roti", ASK),
    ("murtabak", "Murtabak"),
    ("martabak", "Murtabak"),
    ("twelve chicken satay", "Chicken Satay", "12 pc"),
    ("six pieces beef satay", "Beef Satay", "6 pc"),
    ("chicken sate", "Chicken Satay"),
    ("satay", ASK),
    # rice
    ("nasi lemak", "Nasi Lemak"),
    ("coconut rice with sambal and anchovies", "Nasi Lemak"),
    ("chicken rice", "Hainanese Chicken Rice"),
    ("hainan chicken", "Hainanese Chicken Rice"),
    ("nasi goreng", "Nasi Goreng Kampung"),
    ("fried rice", "Nasi Goreng Kampung"),
    # noodles
    ("char kway teow", "Char Kway Teow"),
    ("char kuey teow", "Char Kway Teow"),
    ("fried flat rice noodles", "Char Kway Teow"),
    ("laksa", ASK),
    ("curry laksa", "Curry Laksa"),
    ("curry mee", "Curry Laksa"),
    ("asam laksa", "Assam Laksa"),
    ("penang laksa", "Assam Laksa"),
    ("mee goreng", "Mee Goreng Mamak"),
    ("mi goreng", "Mee Goreng Mamak"),
    ("hokkien mee", "Hokkien Mee"),
    ("hokkien prawn noodles", "Hokkien Mee"),
    ("noodles", ASK),
    # mains
    ("beef rendang", "Beef Rendang"),
    ("rendang", "Beef Rendang"),
    ("chicken curry", "Chicken Curry"),
    ("kari ayam", "Chicken Curry"),
    ("curry", ASK),
    ("sambal prawns", "Sambal Udang"),
    ("kangkung belacan", "Sambal Kangkung"),
    ("water spinach", "Sambal Kangkung"),
    ("bak kut teh", "Bak Kut Teh"),
    ("pork rib soup", "Bak Kut Teh"),
    ("oyster omelette", "Oyster Omelette"),
    ("orh luak", "Oyster Omelette"),
    # desserts and snacks
    ("kaya toast", "Kaya Toast"),
    ("chendol", "Cendol"),
    ("ice kacang", "Ais Kacang"),
    ("shaved ice", ASK),
    # drinks
    ("two teh tarik", "Teh Tarik", None, 2),
    ("pulled tea", "Teh Tarik"),
    ("kopi", "Kopi"),
    ("milo dinosaur", "Milo Dinosaur"),
    ("rose milk", "Bandung"),
    # not on the menu
    ("chili crab", UNKNOWN),
    ("pad thai", UNKNOWN),
    ("wonton mee", UNKNOWN),
    ("roti john", UNKNOWN),
    ("lamb rendang", UNKNOWN),
    ("pork satay", UNKNOWN),
    ("nasi kandar", UNKNOWN),
]
