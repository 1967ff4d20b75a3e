"""A Singaporean hawker stall and kopitiam (the pattern of the hawker-centre stall menus of
Singapore and of the Singaporean hawker restaurants of New York, London and Melbourne that take
phone orders): Hainanese and roast chicken rice, char siew rice, nasi lemak, bak kut teh, laksa,
char kway teow, Hokkien prawn mee, prawn noodle soup, mee goreng, mee siam, bak chor mee, wanton
mee and fishball noodles as Small or Large plates; chicken, mutton or beef satay by 10 or 20
sticks; prata by the piece, carrot cake, oyster omelette, popiah, otah, rojak, kaya toast;
chendol, ice kacang, tau huay; kopi and teh Hot or Iced as the kopitiam orders them. Callers say
"kopi peng" (iced kopi), "kopi see" (kopi C), "teh oh", "char kuay teow", "char siu rice", "wonton
noodles", "cendol", "ice kachang", "or luak" (oyster omelette), "carrot cake" for chai tow kway,
and speech recognition writes "hi nanese chicken rice", "buck coot tay", "luck sa" and "me
goring". "Chicken rice", "prawn noodles", "satay", "a soup", "an iced coffee", "milk tea" or "a
juice" alone is a question; chilli crab, fish head curry, beef hor fun, duck rice, pork satay, mee
rebus, murtabak and a yuan yang are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Singapore Hawker Kitchen"

_PLATE = {"Small": 7.5, "Large": 9.5}
_BIG_PLATE = {"Small": 8.5, "Large": 11.0}
_SATAY = {"10 Sticks": 12.0, "20 Sticks": 22.0}
_KOPI = {"Hot": 2.2, "Iced": 2.8}

CATEGORIES: dict[str, list[Item]] = {
    "Rice": [
        ("Hainanese Chicken Rice", _PLATE, ("poached chicken", "chicken-stock rice", "chilli sauce",
                                            "ginger", "dark soy", "cucumber")),
        ("Roast Chicken Rice", _PLATE, ("roast chicken", "chicken-stock rice", "chilli sauce",
                                        "cucumber")),
        ("Char Siew Rice (BBQ Pork)", _PLATE, ("char siew", "roast pork belly", "rice",
                                              "sweet sauce")),
        ("Nasi Lemak", 9.0, ("coconut rice", "fried chicken wing", "ikan bilis", "peanuts",
                             "fried egg", "sambal")),
        ("Nasi Goreng (Fried Rice)", _PLATE, ("rice", "egg", "chicken", "shrimp paste", "sambal")),
        ("Bak Kut Teh (Pork Rib Soup)", _BIG_PLATE, ("pork ribs", "peppery garlic broth", "rice",
                                                     "you tiao")),
        ("Curry Chicken with Rice", 9.0, ("chicken", "potato", "coconut curry", "rice")),
    ],
    "Noodles": [
        ("Laksa", _BIG_PLATE, ("thick rice noodles", "coconut curry broth", "prawns", "fishcake",
                               "cockles", "tau pok", "laksa leaf")),
        ("Char Kway Teow", _PLATE, ("flat rice noodles", "yellow noodles", "lap cheong", "cockles",
                                    "egg", "bean sprouts", "dark soy")),
        ("Hokkien Prawn Mee", _BIG_PLATE, ("fried yellow noodles", "rice vermicelli", "prawns",
                                           "squid", "prawn stock", "lime", "sambal")),
        ("Prawn Noodle Soup (Hae Mee)", _BIG_PLATE, ("yellow noodles", "prawn broth", "prawns",
                                                     "pork ribs", "kangkong")),
        ("Mee Goreng", _PLATE, ("yellow noodles", "egg", "potato", "tomato", "chilli", "lime")),
        ("Mee Siam", _PLATE, ("rice vermicelli", "tamarind gravy", "egg", "tau pok", "lime")),
        ("Bak Chor Mee (Minced Pork Noodles)", _PLATE, ("mee pok", "minced pork", "black vinegar",
                                                        "chilli", "mushrooms", "pork lard")),
        ("Wanton Mee", _PLATE, ("egg noodles", "char siew", "wantons", "choy sum")),
        ("Fishball Noodles", _PLATE, ("mee pok", "fishballs", "fishcake", "clear soup or dry")),
    ],
    "Satay": [
        ("Chicken Satay", _SATAY, ("peanut sauce", "cucumber", "onion", "ketupat")),
        ("Mutton Satay", _SATAY, ("peanut sauce", "cucumber", "onion", "ketupat")),
        ("Beef Satay", _SATAY, ("peanut sauce", "cucumber", "onion", "ketupat")),
    ],
    "Snacks": [
        ("Plain Prata", 1.8, ("fish curry",)),
        ("Egg Prata", 2.5, ("egg", "fish curry")),
        ("Cheese Prata", 3.0, ("cheese", "fish curry")),
        ("Chai Tow Kway (Fried Carrot Cake)", {"Small": 6.0, "Large": 8.0}, ("radish cake", "egg",
                                                                             "chye poh")),
        ("Orh Luak (Oyster Omelette)", {"Small": 9.0, "Large": 12.0}, ("oysters", "egg",
                                                                        "potato starch", "chilli")),
        ("Popiah (Fresh Spring Roll)", 3.5, ("jicama", "egg", "prawn", "sweet sauce")),
        ("Otah (Grilled Fish Cake)", 3.0, ("spiced fish paste", "banana leaf")),
        ("Rojak", 6.5, ("pineapple", "cucumber", "you tiao", "prawn paste", "peanuts")),
        ("Kaya Toast Set", 5.5, ("kaya", "butter", "two soft-boiled eggs")),
    ],
    "Desserts": [
        ("Chendol", 4.5, ("green rice jelly", "coconut milk", "gula melaka", "red beans",
                          "shaved ice")),
        ("Ice Kacang", 4.5, ("shaved ice", "red beans", "sweet corn", "attap chee", "syrups")),
        ("Tau Huay (Soybean Pudding)", 3.0, ("soft tofu", "ginger syrup")),
    ],
    "Kopi & Teh": [
        ("Kopi (Coffee with Condensed Milk)", _KOPI),
        ("Kopi O (Black Coffee with Sugar)", _KOPI),
        ("Kopi C (Coffee with Evaporated Milk)", _KOPI),
        ("Teh (Tea with Condensed Milk)", _KOPI),
        ("Teh O (Black Tea with Sugar)", _KOPI),
        ("Teh Tarik (Pulled Milk Tea)", {"Hot": 2.5, "Iced": 3.0}),
        ("Milo", {"Hot": 2.5, "Iced": 3.0}),
    ],
    "Drinks": [
        ("Bandung (Rose Milk)", 3.0),
        ("Sugarcane Juice", 3.5),
        ("Lime Juice", 3.0),
        ("Barley Water", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Orh Luak (Oyster Omelette)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # rice
    ("a large hainanese chicken rice", "Hainanese Chicken Rice", "large"),
    ("hi nanese chicken rice small", "Hainanese Chicken Rice", "small"),
    ("two roast chicken rice large", "Roast Chicken Rice", "large", 2),
    ("char siu rice", "Char Siew Rice (BBQ Pork)"),
    ("nasi lemak", "Nasi Lemak"),
    ("two nasi le mak", "Nasi Lemak", None, 2),
    ("nasi goreng large", "Nasi Goreng (Fried Rice)", "large"),
    ("buck coot tay", "Bak Kut Teh (Pork Rib Soup)"),
    ("large bak kut teh", "Bak Kut Teh (Pork Rib Soup)", "large"),
    ("curry chicken rice", "Curry Chicken with Rice"),
    ("chicken rice", ASK),
    # noodles
    ("a large laksa", "Laksa", "large"),
    ("luck sa small", "Laksa", "small"),
    ("char kuay teow large", "Char Kway Teow", "large"),
    ("hokkien mee", "Hokkien Prawn Mee"),
    ("hae mee soup small", "Prawn Noodle Soup (Hae Mee)", "small"),
    ("me goring", "Mee Goreng"),
    ("mee siam large", "Mee Siam", "large"),
    ("minced pork noodles", "Bak Chor Mee (Minced Pork Noodles)"),
    ("bak chor mee small", "Bak Chor Mee (Minced Pork Noodles)", "small"),
    ("wonton noodles", "Wanton Mee"),
    ("fish ball noodle", "Fishball Noodles"),
    ("prawn noodles", ASK),
    # satay
    ("twenty sticks chicken satay", "Chicken Satay", "20 sticks"),
    ("ten mutton satay", "Mutton Satay", "10 sticks"),
    ("beef satay ten sticks", "Beef Satay", "10 sticks"),
    ("satay", ASK),
    ("a soup", ASK),
    # snacks
    ("two plain prata", "Plain Prata", None, 2),
    ("an egg prata", "Egg Prata"),
    ("prata with cheese", "Cheese Prata"),
    ("carrot cake large", "Chai Tow Kway (Fried Carrot Cake)", "large"),
    ("or luak small", "Orh Luak (Oyster Omelette)", "small"),
    ("oyster omelette", "Orh Luak (Oyster Omelette)"),
    ("three popiah", "Popiah (Fresh Spring Roll)", None, 3),
    ("otah", "Otah (Grilled Fish Cake)"),
    ("rojak", "Rojak"),
    ("kaya toast", "Kaya Toast Set"),
    # desserts
    ("cendol", "Chendol"),
    ("ice kachang", "Ice Kacang"),
    ("soybean pudding", "Tau Huay (Soybean Pudding)"),
    # kopi and teh
    ("kopi peng", "Kopi (Coffee with Condensed Milk)", "iced"),
    ("a hot kopi o", "Kopi O (Black Coffee with Sugar)", "hot"),
    ("two kopi see", "Kopi C (Coffee with Evaporated Milk)", None, 2),
    ("teh tarik iced", "Teh Tarik (Pulled Milk Tea)", "iced"),
    ("teh oh hot", "Teh O (Black Tea with Sugar)", "hot"),
    ("iced milo", "Milo", "iced"),
    ("bandung", "Bandung (Rose Milk)"),
    ("sugar cane juice", "Sugarcane Juice"),
    ("an iced coffee", ASK),
    ("milk tea", ASK),
    ("a juice", ASK),
    # not on the menu
    ("chilli crab", UNKNOWN),
    ("fish head curry", UNKNOWN),
    ("beef hor fun", UNKNOWN),
    ("duck rice", UNKNOWN),
    ("ten sticks pork satay", UNKNOWN),
    ("mee rebus", UNKNOWN),
    ("a murtabak", UNKNOWN),
    ("a yuan yang", UNKNOWN),
]
