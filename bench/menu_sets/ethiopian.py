"""An Ethiopian restaurant menu (the pattern of Ethiopian restaurants' public menus in the US):
Amharic names in the several spellings menus use (wat/wot/wett, tibs/tebs), stews by meat,
vegetarian dishes, a veggie combo, served on injera.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ethiopian restaurant (fifth round, tuned on)"

CATEGORIES: dict[str, list[Item]] = {
    "Meat": [
        ("Doro Wat", 18.0, ("chicken", "egg", "berbere", "onion")),
        ("Siga Wat", 18.0, ("beef", "berbere", "onion")),
        ("Yebeg Alicha", 19.0, ("lamb", "turmeric", "onion")),
        ("Beef Tibs", 19.0, ("beef", "onion", "jalapeno")),
        ("Lamb Tibs", 20.0, ("lamb", "onion", "rosemary")),
        ("Kitfo", 20.0, ("minced beef", "mitmita", "spiced butter")),
    ],
    "Vegetarian": [
        ("Misir Wat", 14.0, ("red lentils", "berbere")),
        ("Kik Alicha", 13.0, ("yellow split peas", "turmeric")),
        ("Shiro", 14.0, ("chickpea flour", "garlic")),
        ("Gomen", 13.0, ("collard greens", "garlic")),
        ("Atakilt Wat", 13.0, ("cabbage", "potatoes", "carrots")),
        ("Veggie Combo", 22.0, ("red lentils", "split peas", "collard greens", "cabbage")),
    ],
    "Starters": [
        ("Sambusa", 5.0, ("lentils", "pastry")),
        ("Timatim Salad", 7.0, ("tomato", "onion", "jalapeno")),
    ],
    "Sides": [
        ("Extra Injera", 2.0, ("teff",)),
    ],
    "Drinks": [
        ("Ethiopian Coffee", 4.0, ("coffee",)),
        ("Spiced Tea", 3.0, ("tea", "cinnamon")),
        ("Tej", 8.0, ("honey",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("doro wat", "Doro Wat"),
    ("doro wot", "Doro Wat"),
    ("chicken stew", "Doro Wat"),
    ("spicy chicken stew", "Doro Wat"),
    ("siga wot", "Siga Wat"),
    ("key wat", "Siga Wat"),
    ("spicy beef stew", "Siga Wat"),
    ("lamb alicha", "Yebeg Alicha"),
    ("mild lamb stew", "Yebeg Alicha"),
    ("beef tibs", "Beef Tibs"),
    ("beef tebs", "Beef Tibs"),
    ("sauteed beef", "Beef Tibs"),
    ("lamb tibs", "Lamb Tibs"),
    ("tibs", ASK),
    ("kitfo", "Kitfo"),
    ("ketfo", "Kitfo"),
    ("ethiopian steak tartare", "Kitfo"),
    ("misir wot", "Misir Wat"),
    ("red lentils", "Misir Wat"),
    ("spicy lentil stew", "Misir Wat"),
    ("yellow split peas", "Kik Alicha"),
    ("kik wat", "Kik Alicha"),
    ("shiro wat", "Shiro"),
    ("chickpea stew", "Shiro"),
    ("collard greens", "Gomen"),
    ("gomen wat", "Gomen"),
    ("cabbage and potatoes", "Atakilt Wat"),
    ("atkilt wat", "Atakilt Wat"),
    ("vegetarian combo", "Veggie Combo"),
    ("yetsom beyaynetu", "Veggie Combo"),
    ("veggie platter", "Veggie Combo"),
    ("a lentil sambusa", "Sambusa"),
    ("samosa", "Sambusa"),
    ("tomato salad", "Timatim Salad"),
    ("injera", "Extra Injera"),
    ("more injera", "Extra Injera"),
    ("coffee", "Ethiopian Coffee"),
    ("ethiopian tea", "Spiced Tea"),
    ("honey wine", "Tej"),
    ("a stew", ASK),
    ("lamb", ASK),
    ("a beef stew", "Siga Wat"),
    ("fish tibs", UNKNOWN),
    ("a mango juice", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
