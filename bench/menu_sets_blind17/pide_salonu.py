# ruff: noqa: RUF001, RUF002
"""A Turkish pide and lahmacun house, the Turkish pizzeria (the pattern of pide salonu menus in
Istanbul, Berlin's Kreuzberg, London's Green Lanes and Paterson, NJ): boat-shaped pide half or
whole (Yarım / Tam) in kıymalı, kaşarlı, kıymalı kaşarlı, sucuklu, sucuklu kaşarlı, kuşbaşılı,
yumurtalı, ıspanaklı and karışık, lahmacun by count (1, 3 or 5), Adana and Urfa dürüm and
porsiyon, mercimek and ezogelin çorba, ayran small or large, şalgam, çay, künefe, sütlaç. Items
are named in Turkish with English glosses in parentheses. Callers say the English ("minced meat
pide", "cheese pide", "lentil soup"), the Turkish with ı ş ğ ç ü dropped ("kiymali", "kasarli",
"sucuklu", "kusbasili", "durum", "kunefe"), mishear it ("pee day", "lahmajun", "a dana", "sujuk")
and size it "half" / "yarim" or "whole" / "tam" / "the big one". "A pide", "a meat pide", "a
durum", "adana", "a kebab plate", "the spicy kebab" and "a soup" are questions; iskender, a döner
wrap, gözleme, baklava, tantuni, a chicken pide and a mushroom pide are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Karadeniz Pide Salonu"

_PIDE = {"Yarım": 9.0, "Tam": 15.0}
_PIDE_MEAT = {"Yarım": 10.5, "Tam": 17.0}
_LAHMACUN = {"1 adet": 4.5, "3 adet": 12.0, "5 adet": 19.0}
_AYRAN = {"Küçük": 2.0, "Büyük": 3.5}

CATEGORIES: dict[str, list[Item]] = {
    "Pideler (Pide)": [
        ("Kıymalı Pide (Minced Meat)", _PIDE_MEAT, ("minced beef", "onion", "tomato", "pepper")),
        ("Kaşarlı Pide (Cheese)", _PIDE, ("kaşar cheese", "butter")),
        ("Kıymalı Kaşarlı Pide (Minced Meat and Cheese)", _PIDE_MEAT, ("minced beef", "kaşar cheese")),
        ("Sucuklu Pide (Turkish Sausage)", _PIDE_MEAT, ("sucuk", "tomato")),
        ("Sucuklu Kaşarlı Pide (Sausage and Cheese)", _PIDE_MEAT, ("sucuk", "kaşar cheese")),
        ("Kuşbaşılı Pide (Diced Lamb)", {"Yarım": 12.0, "Tam": 19.5}, ("diced lamb", "tomato",
                                                                        "pepper")),
        ("Yumurtalı Kaşarlı Pide (Egg and Cheese)", _PIDE, ("egg", "kaşar cheese")),
        ("Ispanaklı Pide (Spinach)", _PIDE, ("spinach", "onion", "white cheese")),
        ("Peynirli Pide (White Cheese)", _PIDE, ("white cheese", "parsley")),
        ("Karışık Pide (Mixed)", {"Yarım": 12.0, "Tam": 20.0}, ("minced beef", "sucuk", "pastırma",
                                                                 "kaşar cheese", "egg")),
        ("Pastırmalı Kaşarlı Pide (Pastrami and Cheese)", {"Yarım": 12.5, "Tam": 20.5},
         ("pastırma", "kaşar cheese")),
    ],
    "Lahmacun": [
        ("Lahmacun (Turkish Flatbread with Minced Meat)", _LAHMACUN, ("minced lamb", "onion",
                                                                       "pepper", "parsley")),
        ("Acılı Lahmacun (Spicy)", _LAHMACUN, ("minced lamb", "hot pepper", "isot")),
        ("Kaşarlı Lahmacun (with Cheese)", {"1 adet": 5.5, "3 adet": 15.0}, ("minced lamb",
                                                                            "kaşar cheese")),
    ],
    "Kebap ve Dürüm (Kebabs and Wraps)": [
        ("Adana Dürüm (Spicy Minced Kebab Wrap)", 12.0, ("spicy minced lamb", "lavaş", "onion",
                                                         "sumac")),
        ("Urfa Dürüm (Mild Minced Kebab Wrap)", 12.0, ("mild minced lamb", "lavaş", "onion")),
        ("Tavuk Dürüm (Chicken Wrap)", 11.0, ("chicken thigh", "lavaş", "pickles")),
        ("Adana Kebap Porsiyon (Adana Kebab Plate)", 18.0, ("spicy minced lamb", "bulgur pilav",
                                                            "salad", "grilled pepper")),
        ("Urfa Kebap Porsiyon (Urfa Kebab Plate)", 18.0, ("mild minced lamb", "bulgur pilav",
                                                          "salad")),
        ("Tavuk Şiş (Chicken Shish Plate)", 17.0, ("chicken", "rice", "salad")),
        ("Kuzu Şiş (Lamb Shish Plate)", 21.0, ("lamb", "rice", "salad")),
        ("Köfte Porsiyon (Meatballs Plate)", 16.0, ("grilled köfte", "piyaz", "rice")),
    ],
    "Çorbalar (Soups)": [
        ("Mercimek Çorbası (Red Lentil Soup)", 6.0, ("red lentils", "lemon")),
        ("Ezogelin Çorbası (Lentil and Bulgur Soup)", 6.0, ("red lentils", "bulgur", "mint")),
        ("Yayla Çorbası (Yogurt and Rice Soup)", 6.0, ("yogurt", "rice", "mint")),
        ("İşkembe Çorbası (Tripe Soup)", 8.0, ("tripe", "garlic", "vinegar")),
    ],
    "Yan Ürünler (Sides)": [
        ("Çoban Salata (Shepherd Salad)", 7.0, ("tomato", "cucumber", "onion", "parsley")),
        ("Piyaz (White Bean Salad)", 6.0, ("white beans", "onion", "sumac")),
        ("Ezme (Spicy Tomato Dip)", 5.0, ("tomato", "pepper", "walnut", "pomegranate molasses")),
        ("Cacık (Yogurt with Cucumber)", 5.0, ("yogurt", "cucumber", "garlic")),
        ("Patates Kızartması (Fries)", 5.0),
    ],
    "Tatlılar (Desserts)": [
        ("Künefe", 9.0, ("kadayıf", "unsalted cheese", "syrup", "pistachio")),
        ("Sütlaç (Rice Pudding)", 6.0, ("rice", "milk")),
        ("Kazandibi (Caramelised Milk Pudding)", 6.5),
        ("Dondurmalı Künefe (Künefe with Ice Cream)", 11.0, ("kadayıf", "cheese", "ice cream")),
    ],
    "İçecekler (Drinks)": [
        ("Ayran", _AYRAN),
        ("Açık Ayran (Frothy Ayran in Copper Cup)", 4.0),
        ("Şalgam (Turnip Juice)", 3.5),
        ("Çay (Turkish Tea)", 2.0),
        ("Türk Kahvesi (Turkish Coffee)", 3.5),
        ("Kola", 2.5),
        ("Uludağ Gazoz (Lemon Soda)", 2.5),
        ("Efes Pilsen", 5.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Kuşbaşılı Pide (Diced Lamb)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pide
    ("a whole kiymali pide", "Kıymalı Pide (Minced Meat)", "tam"),
    ("half minced meat pide", "Kıymalı Pide (Minced Meat)", "yarım"),
    ("kymali pee day tam", "Kıymalı Pide (Minced Meat)", "tam"),
    ("two kasarli pide", "Kaşarlı Pide (Cheese)", None, 2),
    ("uh a yarim kasarli pide", "Kaşarlı Pide (Cheese)", "yarım"),
    ("kiymali kasarli whole", "Kıymalı Kaşarlı Pide (Minced Meat and Cheese)", "tam"),
    ("minced meat and cheese pide", "Kıymalı Kaşarlı Pide (Minced Meat and Cheese)"),
    ("sucuklu pide", "Sucuklu Pide (Turkish Sausage)"),
    ("a half sujuklu pide", "Sucuklu Pide (Turkish Sausage)", "yarım"),
    ("sausage and cheese pide the big one", "Sucuklu Kaşarlı Pide (Sausage and Cheese)", "tam"),
    ("kusbasili pide", "Kuşbaşılı Pide (Diced Lamb)"),
    ("can i get a whole diced lamb pide", "Kuşbaşılı Pide (Diced Lamb)", "tam"),
    ("egg and cheese pide", "Yumurtalı Kaşarlı Pide (Egg and Cheese)"),
    ("spinach pide half", "Ispanaklı Pide (Spinach)", "yarım"),
    ("karisik pide tam", "Karışık Pide (Mixed)", "tam"),
    ("pastirma pide", "Pastırmalı Kaşarlı Pide (Pastrami and Cheese)"),
    ("a meat pide", ASK),
    ("a pide", ASK),
    # lahmacun
    ("three lahmacun", "Lahmacun (Turkish Flatbread with Minced Meat)", "3 adet"),
    ("lahmajun five", "Lahmacun (Turkish Flatbread with Minced Meat)", "5 adet"),
    ("one lahmacun", "Lahmacun (Turkish Flatbread with Minced Meat)", "1 adet"),
    ("3 spicy lahmacun", "Acılı Lahmacun (Spicy)", "3 adet"),
    ("lahmacun with cheese", "Kaşarlı Lahmacun (with Cheese)"),
    # kebab and wraps
    ("adana durum", "Adana Dürüm (Spicy Minced Kebab Wrap)"),
    ("a dana dooroom", "Adana Dürüm (Spicy Minced Kebab Wrap)"),
    ("two urfa durum", "Urfa Dürüm (Mild Minced Kebab Wrap)", None, 2),
    ("chicken wrap", "Tavuk Dürüm (Chicken Wrap)"),
    ("adana kebab plate", "Adana Kebap Porsiyon (Adana Kebab Plate)"),
    ("urfa porsiyon", "Urfa Kebap Porsiyon (Urfa Kebab Plate)"),
    ("chicken shish", "Tavuk Şiş (Chicken Shish Plate)"),
    ("kuzu sis", "Kuzu Şiş (Lamb Shish Plate)"),
    ("adana", ASK),
    ("a durum", ASK),
    ("a kebab plate", ASK),
    ("the spicy kebab", ASK),
    # soups
    ("mercimek corbasi", "Mercimek Çorbası (Red Lentil Soup)"),
    ("red lentil soup", "Mercimek Çorbası (Red Lentil Soup)"),
    ("ezo gelin", "Ezogelin Çorbası (Lentil and Bulgur Soup)"),
    ("yayla soup", "Yayla Çorbası (Yogurt and Rice Soup)"),
    ("a soup", ASK),
    # sides
    ("shepherd salad", "Çoban Salata (Shepherd Salad)"),
    ("cajik", "Cacık (Yogurt with Cucumber)"),
    ("fries", "Patates Kızartması (Fries)"),
    # desserts
    ("kunefe", "Künefe"),
    ("kunefe with ice cream", "Dondurmalı Künefe (Künefe with Ice Cream)"),
    ("rice pudding", "Sütlaç (Rice Pudding)"),
    # drinks
    ("a large ayran", "Ayran", "büyük"),
    ("two small ayran", "Ayran", "küçük", 2),
    ("salgam", "Şalgam (Turnip Juice)"),
    ("3 cay", "Çay (Turkish Tea)", None, 3),
    ("efes", "Efes Pilsen"),
    # not on the menu
    ("iskender", UNKNOWN),
    ("a doner wrap", UNKNOWN),
    ("gozleme", UNKNOWN),
    ("baklava", UNKNOWN),
    ("chicken pide", UNKNOWN),
    ("tantuni", UNKNOWN),
    ("mushroom pide", UNKNOWN),
]
