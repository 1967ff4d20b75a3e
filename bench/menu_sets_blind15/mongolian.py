"""A Mongolian restaurant (the pattern of Mongolian restaurant menus in Arlington VA, Denver, Chicago,
the Bay Area and Seoul's Dongdaemun, not a "Mongolian barbecue" grill): buuz (steamed dumplings) 5
or 10 pieces, khuushuur (fried meat pastries) 2 or 4 pieces, bansh in soup or fried, tsuivan (fried
noodles) with beef or lamb, budaatai khuurga (fried rice), guriltai shul (noodle soup), khorkhog,
chanasan makh, goulash, niislel salad, boortsog, suutei tsai (milk tea), airag, sea buckthorn juice,
Chinggis and Gobi beer. Mongolian names, romanised several ways on menus, with English glosses.
Callers say "ten buuz", "booz", "five boots" (a mishearing of buuz), "two huushuur", "tsuivan"
("tsuyvan", "tsui wan"), "guriltai shul" ("guriltai shol", "goo real tie shool"), "horhog", "suutei
tsai" ("suutei chai", "salty milk tea"), "genghis beer". "Tsuivan", "fried noodles" (beef or lamb),
"beef with rice", "bansh", "the lamb", "a beer" and "a salad" alone are questions; boodog, chicken
khuushuur, a horse meat sausage, aaruul (dried curd), uuts (sheep's tail), bantan and a Mongolian
hot pot are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Mongolian Restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Dumplings": [
        ("Buuz (Steamed Dumplings)", {"5 Pieces": 9.0, "10 Pieces": 16.0}, ("beef and lamb", "onion",
                                                                            "garlic")),
        ("Khuushuur (Fried Meat Pastries)", {"2 Pieces": 7.0, "4 Pieces": 13.0}, ("minced mutton",
                                                                                   "onion", "pastry")),
        ("Banshtai Shul (Dumpling Soup)", 11.0, ("small beef dumplings", "broth", "potato", "carrot")),
        ("Fried Bansh", 10.0, ("small beef dumplings", "pan fried", "soy dip")),
        ("Mantuun Buuz (Steamed Buns)", 4.0, ("plain steamed bread buns", "2 pieces")),
        ("Veggie Buuz", {"5 Pieces": 8.0, "10 Pieces": 14.0}, ("potato", "cabbage", "carrot")),
    ],
    "Noodles & Rice": [
        ("Beef Tsuivan (Fried Noodles)", 14.0, ("hand cut noodles", "beef", "cabbage", "carrot",
                                                "potato")),
        ("Lamb Tsuivan (Fried Noodles)", 15.0, ("hand cut noodles", "lamb", "cabbage", "carrot",
                                                "potato")),
        ("Budaatai Khuurga (Beef Fried Rice)", 13.0, ("rice", "beef", "egg", "carrot", "onion")),
        ("Khuurga (Stir-Fried Beef with Rice)", 15.0, ("sliced beef", "peppers", "onion", "rice")),
        ("Nogootoi Khuurga (Vegetable Stir-Fry with Rice)", 12.0, ("cabbage", "carrot", "peppers",
                                                                   "rice")),
        ("Goulash (Beef Stew with Rice)", 15.0, ("beef", "onion", "carrot", "gravy", "rice")),
    ],
    "Soups": [
        ("Guriltai Shul (Noodle Soup)", 12.0, ("hand cut noodles", "mutton", "broth", "carrot")),
        ("Beef Noodle Soup", 12.0, ("wheat noodles", "beef", "broth", "green onion")),
        ("Suutei Budaa (Milk Rice Porridge)", 7.0, ("rice", "milk", "butter")),
    ],
    "Mains": [
        ("Khorkhog (Stone-Cooked Lamb)", 32.0, ("lamb", "hot stones", "potato", "carrot"),),
        ("Chanasan Makh (Boiled Mutton)", 22.0, ("mutton on the bone", "broth", "potato")),
        ("Shorlog (Grilled Lamb Skewers)", 17.0, ("lamb", "onion", "peppers")),
        ("Khonini Khavirga (Braised Lamb Ribs)", 20.0, ("lamb ribs", "onion", "potato")),
        ("Mongolian Pan-Fried Fish", 18.0, ("whitefish", "onion", "rice")),
        ("Tsagaan Idee Plate (Dairy Plate)", 12.0, ("urum clotted cream", "aarts", "byaslag cheese")),
    ],
    "Salads & Sides": [
        ("Niislel Salad (Potato Salad)", 7.0, ("potato", "ham", "egg", "pickles", "mayonnaise")),
        ("Cabbage Salad", 5.0, ("cabbage", "carrot", "vinegar")),
        ("Cucumber Salad", 5.0, ("cucumber", "garlic", "vinegar")),
        ("Steamed Rice", 2.5),
        ("Ice Cream", 4.0),
        ("Boortsog (Fried Dough Cookies)", 5.0, ("fried dough", "butter", "sugar")),
    ],
    "Drinks": [
        ("Suutei Tsai (Milk Tea)", 3.0, ("green tea", "milk", "salt")),
        ("Airag (Fermented Mare's Milk)", 8.0),
        ("Chatsargana (Sea Buckthorn Juice)", 4.5),
        ("Chinggis Beer", 6.0),
        ("Gobi Beer", 6.0),
        ("Mongolian Vodka", 7.0),
        ("Soda", 2.0),
        ("Hot Tea", 2.0),
        ("Bottled Water", 1.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Khorkhog (Stone-Cooked Lamb)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # dumplings
    ("ten buuz", "Buuz (Steamed Dumplings)", "10 pieces"),
    ("five booz", "Buuz (Steamed Dumplings)", "5 pieces"),
    ("five boots", "Buuz (Steamed Dumplings)", "5 pieces"),
    ("ten steamed dumplings", "Buuz (Steamed Dumplings)", "10 pieces"),
    ("five veggie buuz", "Veggie Buuz", "5 pieces"),
    ("ten vegetable dumplings", "Veggie Buuz", "10 pieces"),
    ("four khuushuur", "Khuushuur (Fried Meat Pastries)", "4 pieces"),
    ("two huushuur", "Khuushuur (Fried Meat Pastries)", "2 pieces"),
    ("two fried meat pies", "Khuushuur (Fried Meat Pastries)", "2 pieces"),
    ("bansh soup", "Banshtai Shul (Dumpling Soup)"),
    ("banshtai shol", "Banshtai Shul (Dumpling Soup)"),
    ("fried bansh", "Fried Bansh"),
    ("bansh", ASK),
    # noodles and rice
    ("beef tsuivan", "Beef Tsuivan (Fried Noodles)"),
    ("tsuyvan with lamb", "Lamb Tsuivan (Fried Noodles)"),
    ("two beef tsui wan", "Beef Tsuivan (Fried Noodles)", None, 2),
    ("fried noodles with lamb", "Lamb Tsuivan (Fried Noodles)"),
    ("tsuivan", ASK),
    ("fried noodles", ASK),
    ("budaatai khuurga", "Budaatai Khuurga (Beef Fried Rice)"),
    ("beef fried rice", "Budaatai Khuurga (Beef Fried Rice)"),
    ("goulash", "Goulash (Beef Stew with Rice)"),
    ("beef with rice", ASK),
    ("gulyash with rice", "Goulash (Beef Stew with Rice)"),
    # soups
    ("guriltai shul", "Guriltai Shul (Noodle Soup)"),
    ("goo real tie shool", "Guriltai Shul (Noodle Soup)"),
    ("guriltai shol", "Guriltai Shul (Noodle Soup)"),
    ("beef noodle soup", "Beef Noodle Soup"),
    ("milk rice porridge", "Suutei Budaa (Milk Rice Porridge)"),
    # mains
    ("khorkhog", "Khorkhog (Stone-Cooked Lamb)"),
    ("horhog", "Khorkhog (Stone-Cooked Lamb)"),
    ("lamb cooked with hot stones", "Khorkhog (Stone-Cooked Lamb)"),
    ("chanasan makh", "Chanasan Makh (Boiled Mutton)"),
    ("boiled mutton", "Chanasan Makh (Boiled Mutton)"),
    ("shorlog", "Shorlog (Grilled Lamb Skewers)"),
    ("two orders of lamb skewers", "Shorlog (Grilled Lamb Skewers)", None, 2),
    ("the dairy plate", "Tsagaan Idee Plate (Dairy Plate)"),
    # salads and sides
    ("niislel salad", "Niislel Salad (Potato Salad)"),
    ("cabbage salad", "Cabbage Salad"),
    ("a salad", ASK),
    ("side of rice", "Steamed Rice"),
    ("boortsog", "Boortsog (Fried Dough Cookies)"),
    # drinks
    ("two suutei tsai", "Suutei Tsai (Milk Tea)", None, 2),
    ("suutei chai", "Suutei Tsai (Milk Tea)"),
    ("salty milk tea", "Suutei Tsai (Milk Tea)"),
    ("airag", "Airag (Fermented Mare's Milk)"),
    ("fermented mare's milk", "Airag (Fermented Mare's Milk)"),
    ("sea buckthorn juice", "Chatsargana (Sea Buckthorn Juice)"),
    ("a chinggis", "Chinggis Beer"),
    ("genghis beer", "Chinggis Beer"),
    ("a beer", ASK),
    ("the lamb", ASK),
    # not on the menu
    ("boodog", UNKNOWN),
    ("chicken khuushuur", UNKNOWN),
    ("horse meat sausage", UNKNOWN),
    ("aaruul dried curd", UNKNOWN),
    ("uuts sheep tail", UNKNOWN),
    ("bantan", UNKNOWN),
    ("mongolian hot pot", UNKNOWN),
]
