"""A Turkish grill menu (the pattern of US Turkish take-out menus): Turkish names printed with
their letters (ç, ş, ı, ğ, ü), a few with an English gloss in brackets, the same kebab as a
plate and as a dürüm wrap, pides by filling, soups by cup or bowl, a mixed grill for one or two.
Callers drop the Turkish letters, say them as they sound (cacık → "jajik") or use English."""

# ruff: noqa: RUF001, RUF002, RUF003 (dotless ı is a Turkish letter, not a look-alike of i)

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Turkish grill"

SOUP = {"Cup": 5.0, "Bowl": 8.0}

CATEGORIES: dict[str, list[Item]] = {
    "Soups": [
        ("Mercimek Çorbası", SOUP, ("red lentils", "onion", "carrot")),
        ("Tavuk Çorbası", SOUP, ("chicken", "rice", "lemon")),
    ],
    "Cold Meze": [
        ("Hummus", 7.0, ("chickpeas", "tahini", "lemon")),
        ("Haydari", 7.0, ("strained yogurt", "garlic", "mint", "dill")),
        ("Cacık", 6.5, ("yogurt", "cucumber", "garlic", "mint")),
        ("Acılı Ezme", 7.0, ("tomato", "hot pepper", "onion", "walnut", "pomegranate molasses")),
        ("Babaganuş", 7.5, ("smoked eggplant", "tahini", "garlic")),
        ("Yaprak Sarma", 8.0, ("grape leaves", "rice", "currants", "pine nuts")),
        ("Meze Platter", 16.0, ("hummus", "haydari", "acili ezme", "babaganus")),
    ],
    "Hot Appetizers": [
        ("Sigara Böreği", 8.0, ("feta", "parsley", "phyllo")),
        ("Sucuk Izgara", 9.0, ("grilled sucuk",)),
        ("Kalamar Tava", 12.0, ("squid", "tarator sauce")),
    ],
    "Pide & Lahmacun": [
        ("Lahmacun", 5.5, ("ground lamb", "tomato", "pepper", "parsley", "thin dough")),
        ("Kıymalı Pide", 15.0, ("ground beef", "onion", "tomato", "pepper")),
        ("Kaşarlı Pide", 14.0, ("kasar cheese",)),
        ("Sucuklu Pide", 16.0, ("sucuk", "kasar cheese", "egg")),
        ("Ispanaklı Pide", 15.0, ("spinach", "feta", "onion")),
    ],
    "Kebabs": [
        ("Adana Kebab", 22.0, ("hand-minced lamb", "red pepper", "rice pilaf", "salad")),
        ("Chicken Adana", 20.0, ("ground chicken", "red pepper", "rice pilaf", "salad")),
        ("Lamb Shish Kebab", 25.0, ("lamb cubes", "rice pilaf", "salad")),
        ("Chicken Shish Kebab", 20.0, ("chicken cubes", "rice pilaf", "salad")),
        ("İskender Kebab", 23.0, ("doner", "tomato sauce", "yogurt", "butter", "pide bread")),
        ("Döner Plate", 19.0, ("beef and lamb doner", "rice pilaf", "salad")),
        ("Beyti Kebab", 24.0, ("ground lamb", "lavash", "tomato sauce", "yogurt")),
        ("Köfte (Grilled Meatballs)", 19.0, ("ground beef", "ground lamb", "onion", "parsley")),
        ("Mixed Grill", {"Single": 29.0, "For Two": 54.0},
         ("adana kebab", "lamb shish", "chicken shish", "kofte")),
    ],
    "House Specials": [
        ("Karnıyarık", 19.0, ("eggplant", "ground beef", "tomato", "pepper")),
    ],
    "Dürüm Wraps": [
        ("Döner Dürüm", 13.0, ("beef and lamb doner", "lavash", "onion", "tomato")),
        ("Chicken Döner Dürüm", 12.0, ("chicken doner", "lavash", "onion", "tomato")),
        ("Adana Dürüm", 14.0, ("adana kebab", "lavash", "onion", "sumac")),
    ],
    "Sides & Salads": [
        ("Rice Pilaf", 4.0, ("rice", "orzo", "butter")),
        ("Bulgur Pilavı", 4.5, ("bulgur", "tomato", "pepper")),
        ("French Fries", 4.5),
        ("Lavash Bread", 2.5),
        ("Çoban Salatası (Shepherd Salad)", 9.0, ("tomato", "cucumber", "onion", "parsley")),
        ("Gavurdağı Salatası", 10.0, ("tomato", "walnut", "onion", "pomegranate molasses")),
    ],
    "Desserts": [
        ("Baklava", 6.5, ("pistachio", "phyllo", "syrup")),
        ("Künefe", 9.0, ("shredded phyllo", "unsalted cheese", "syrup", "pistachio")),
        ("Sütlaç (Rice Pudding)", 6.0, ("rice", "milk")),
    ],
    "Drinks": [
        ("Ayran", 3.0, ("yogurt", "water", "salt")),
        ("Turkish Tea", 2.5),
        ("Turkish Coffee", 4.0),
        ("Şalgam", 3.5, ("purple carrot", "turnip")),
        ("Coca-Cola", 2.5),
        ("Diet Coke", 2.5),
    ],
    "Beer": [
        ("Efes Pilsen", 7.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups and meze
    ("lentil soup", "Mercimek Çorbası"),
    ("a bowl of lentil soup", "Mercimek Çorbası", "bowl"),
    ("a cup of the chicken soup", "Tavuk Çorbası", "cup"),
    ("soup", ASK),  # lentil or chicken
    ("humus", "Hummus"),
    ("can I get the haydari", "Haydari"),
    ("cacik", "Cacık"),
    ("jajik", "Cacık"),
    ("cucumber yogurt dip", "Cacık"),
    ("a yogurt dip", ASK),  # haydari or cacık
    ("spicy ezme", "Acılı Ezme"),
    ("baba ganoush", "Babaganuş"),
    ("eggplant dip", "Babaganuş"),
    ("eggplant", ASK),  # babaganuş or karnıyarık
    ("stuffed grape leaves", "Yaprak Sarma"),
    ("a meze platter", "Meze Platter"),
    ("two orders of sigara borek", "Sigara Böreği", None, 2),
    ("fried calamari", "Kalamar Tava"),
    ("sujuk", ASK),  # grilled sucuk or the sucuk pide
    # pide and lahmacun
    ("three lahmajoon", "Lahmacun", None, 3),
    ("turkish pizza", ASK),  # lahmacun or any pide
    ("a pide", ASK),
    ("spinach pide", "Ispanaklı Pide"),
    ("sujuk pide", "Sucuklu Pide"),
    ("ground beef pide", "Kıymalı Pide"),
    ("kasarli pide", "Kaşarlı Pide"),
    # kebabs and wraps
    ("adana kebab", "Adana Kebab"),
    ("uh two adana kebabs", "Adana Kebab", None, 2),
    ("chicken adana", "Chicken Adana"),
    ("an adana wrap", "Adana Dürüm"),
    ("adana", ASK),  # the plate, the chicken one or the wrap
    ("shish kebab", ASK),  # lamb or chicken
    ("lamb shish", "Lamb Shish Kebab"),
    ("chicken kebab", ASK),  # chicken adana or chicken shish
    ("iskandar kebab", "İskender Kebab"),
    ("a doner", ASK),
    ("a donair platter", "Döner Plate"),
    ("doner wrap", ASK),  # beef and lamb or chicken
    ("chicken doner", "Chicken Döner Dürüm"),
    ("bayti kebab", "Beyti Kebab"),
    ("kufta", "Köfte (Grilled Meatballs)"),
    ("turkish meatballs", "Köfte (Grilled Meatballs)"),
    ("mixed grill for two", "Mixed Grill", "for two"),
    ("karniyarik", "Karnıyarık"),
    # sides, desserts, drinks
    ("a side of rice", "Rice Pilaf"),
    ("bulgur pilaf", "Bulgur Pilavı"),
    ("shepherd salad", "Çoban Salatası (Shepherd Salad)"),
    ("a salad", ASK),
    ("kanafeh", "Künefe"),
    ("rice pudding", "Sütlaç (Rice Pudding)"),
    ("two ayrans", "Ayran", None, 2),
    ("a yogurt drink", "Ayran"),
    ("turnip juice", "Şalgam"),
    ("turkish coffee", "Turkish Coffee"),
    ("a beer", "Efes Pilsen"),
    # not on the menu
    ("chicken doner plate", UNKNOWN),  # chicken döner comes only as a wrap
    ("beef shish kebab", UNKNOWN),
    ("falafel", UNKNOWN),
    ("manti", UNKNOWN),
    ("lamb chops", UNKNOWN),
]
