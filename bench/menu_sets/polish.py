"""A Polish restaurant menu (the pattern of Polish restaurants' public menus in the US): Polish
names with and without their letters (ł, ą, ę, ó, ż), pierogi by filling, soups, mains.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Polish restaurant (fifth round, tuned on)"

PIEROGI = {"6 Pieces": 11.0, "12 Pieces": 19.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pierogi": [
        ("Pierogi Ruskie", PIEROGI, ("potato", "farmer cheese", "onion")),
        ("Pierogi z Mięsem", PIEROGI, ("pork", "beef", "onion")),
        ("Pierogi z Kapustą i Grzybami", PIEROGI, ("sauerkraut", "mushrooms")),
        ("Pierogi z Jagodami", PIEROGI, ("blueberries", "sour cream")),
    ],
    "Zupy": [
        ("Żurek", 8.0, ("sour rye", "sausage", "egg")),
        ("Barszcz Czerwony", 7.0, ("beets",)),
        ("Rosół", 7.0, ("chicken", "noodles", "carrots")),
        ("Grochówka", 7.0, ("split peas", "smoked pork")),
    ],
    "Dania Główne": [
        ("Kotlet Schabowy", 19.0, ("pork loin", "potatoes", "cabbage")),
        ("Gołąbki", 17.0, ("cabbage", "ground pork", "rice", "tomato sauce")),
        ("Bigos", 16.0, ("sauerkraut", "kielbasa", "pork")),
        ("Placki Ziemniaczane", 14.0, ("potatoes", "onion", "sour cream")),
        ("Kiełbasa z Grilla", 15.0, ("kielbasa", "sauerkraut", "mustard")),
        ("Gulasz Węgierski", 18.0, ("beef", "paprika", "onion")),
        ("Polish Plate", 24.0, ("pierogi", "kielbasa", "golabki", "bigos")),
    ],
    "Desery": [
        ("Sernik", 7.0, ("farmer cheese", "raisins")),
        ("Szarlotka", 7.0, ("apples", "cinnamon")),
        ("Pączki", 3.0, ("rose jam", "powdered sugar")),
        ("Naleśniki z Serem", 11.0, ("crepes", "farmer cheese")),
    ],
    "Napoje": [
        ("Kompot", 3.5, ("fruit",)),
        ("Herbata", 2.5, ("tea",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("potato and cheese pierogi", "Pierogi Ruskie"),
    ("ruskie pierogi", "Pierogi Ruskie"),
    ("a dozen potato cheese pierogi", "Pierogi Ruskie", "12 pieces"),
    ("meat pierogi", "Pierogi z Mięsem"),
    ("sauerkraut and mushroom pierogi", "Pierogi z Kapustą i Grzybami"),
    ("blueberry pierogi", "Pierogi z Jagodami"),
    ("pierogi", ASK),
    ("pierogies", ASK),
    ("dumplings", ASK),
    ("zurek", "Żurek"),
    ("sour rye soup", "Żurek"),
    ("borscht", "Barszcz Czerwony"),
    ("beet soup", "Barszcz Czerwony"),
    ("chicken soup", "Rosół"),
    ("chicken noodle soup", "Rosół"),
    ("split pea soup", "Grochówka"),
    ("a soup", ASK),
    ("pork cutlet", "Kotlet Schabowy"),
    ("schabowy", "Kotlet Schabowy"),
    ("breaded pork chop", "Kotlet Schabowy"),
    ("golabki", "Gołąbki"),
    ("stuffed cabbage", "Gołąbki"),
    ("cabbage rolls", "Gołąbki"),
    ("hunter's stew", "Bigos"),
    ("potato pancakes", "Placki Ziemniaczane"),
    ("grilled kielbasa", "Kiełbasa z Grilla"),
    ("polish sausage", "Kiełbasa z Grilla"),
    ("goulash", "Gulasz Węgierski"),
    ("hungarian goulash", "Gulasz Węgierski"),
    ("the polish plate", "Polish Plate"),
    ("a combination plate", "Polish Plate"),
    ("cheesecake", "Sernik"),
    ("apple cake", "Szarlotka"),
    ("apple pie", "Szarlotka"),
    ("paczki", "Pączki"),
    ("polish donuts", "Pączki"),
    ("cheese crepes", "Naleśniki z Serem"),
    ("a kompot", "Kompot"),
    ("a tea", "Herbata"),
    ("pelmeni", UNKNOWN),
    ("a beer", UNKNOWN),
    ("chicken schnitzel", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
