# ruff: noqa: RUF001, RUF002  (the Turkish names keep their dotless i, as menus print them)
"""A Turkish grill menu (the pattern of ocakbaşı / kebab houses' public menus): Turkish names
with and without their letters (ş, ç, ğ, ö, ü), kebabs by cut, pides by filling, mezes.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Turkish grill (fifth round, tuned on)"

CATEGORIES: dict[str, list[Item]] = {
    "Mezes": [
        ("Humus", 7.0, ("chickpeas", "tahini")),
        ("Cacık", 6.5, ("yogurt", "cucumber", "garlic")),
        ("Acılı Ezme", 7.0, ("tomato", "pepper", "onion")),
        ("Patlıcan Salatası", 7.5, ("eggplant", "garlic")),
        ("Sigara Böreği", 8.0, ("feta", "phyllo")),
        ("Yaprak Sarma", 8.0, ("grape leaves", "rice")),
    ],
    "Soups": [
        ("Mercimek Çorbası", 6.0, ("red lentils", "onion")),
    ],
    "Kebabs": [
        ("Adana Kebap", 19.0, ("minced lamb", "red pepper", "rice")),
        ("Urfa Kebap", 19.0, ("minced lamb", "rice")),
        ("Tavuk Şiş", 17.0, ("chicken", "rice")),
        ("Kuzu Şiş", 21.0, ("lamb", "rice")),
        ("İskender", 20.0, ("doner", "yogurt", "tomato sauce", "pide bread")),
        ("Izgara Köfte", 16.0, ("ground beef", "rice")),
        ("Karışık Izgara", 29.0, ("lamb", "chicken", "kofte", "rice")),
    ],
    "Pide and Lahmacun": [
        ("Kıymalı Pide", 14.0, ("ground beef", "onion", "tomato")),
        ("Kaşarlı Pide", 13.0, ("kasar cheese",)),
        ("Sucuklu Pide", 15.0, ("sucuk", "kasar cheese")),
        ("Lahmacun", 6.0, ("minced meat", "tomato", "parsley")),
    ],
    "Desserts": [
        ("Baklava", 7.0, ("pistachio", "phyllo", "syrup")),
        ("Künefe", 9.0, ("kadayif", "cheese", "syrup")),
        ("Sütlaç", 6.0, ("rice", "milk")),
    ],
    "Drinks": [
        ("Ayran", 3.0, ("yogurt",)),
        ("Türk Kahvesi", 3.5, ("coffee",)),
        ("Çay", 2.0, ("tea",)),
        ("Şalgam", 3.5, ("turnip",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("hummus", "Humus"),
    ("cacik", "Cacık"),
    ("jajik", "Cacık"),
    ("cucumber yogurt dip", "Cacık"),
    ("spicy ezme", "Acılı Ezme"),
    ("ezme salad", "Acılı Ezme"),
    ("eggplant salad", "Patlıcan Salatası"),
    ("cheese rolls", "Sigara Böreği"),
    ("borek", "Sigara Böreği"),
    ("stuffed grape leaves", "Yaprak Sarma"),
    ("dolma", "Yaprak Sarma"),
    ("lentil soup", "Mercimek Çorbası"),
    ("adana", "Adana Kebap"),
    ("adana kebab", "Adana Kebap"),
    ("a spicy lamb kebab", "Adana Kebap"),
    ("urfa kebab", "Urfa Kebap"),
    ("chicken shish", "Tavuk Şiş"),
    ("chicken shish kebab", "Tavuk Şiş"),
    ("lamb shish", "Kuzu Şiş"),
    ("shish kebab", ASK),
    ("iskender kebab", "İskender"),
    ("kofte", "Izgara Köfte"),
    ("turkish meatballs", "Izgara Köfte"),
    ("mixed grill", "Karışık Izgara"),
    ("a kebab", ASK),
    ("ground beef pide", "Kıymalı Pide"),
    ("cheese pide", "Kaşarlı Pide"),
    ("sausage pide", "Sucuklu Pide"),
    ("pide", ASK),
    ("turkish pizza", ASK),
    ("lahmacun", "Lahmacun"),
    ("two lahmajun", "Lahmacun", None, 2),
    ("baklava", "Baklava"),
    ("kunefe", "Künefe"),
    ("kunafa", "Künefe"),
    ("rice pudding", "Sütlaç"),
    ("yogurt drink", "Ayran"),
    ("turkish coffee", "Türk Kahvesi"),
    ("turkish tea", "Çay"),
    ("a tea", "Çay"),
    ("turnip juice", "Şalgam"),
    ("a doner wrap", UNKNOWN),
    ("falafel", UNKNOWN),
    ("a beer", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
