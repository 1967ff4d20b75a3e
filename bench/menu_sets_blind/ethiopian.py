"""An Ethiopian restaurant menu (the pattern of US Ethiopian take-out menus): Amharic names in
the Latin spellings menus print (wot/wat/wet, tibs, alicha), the same word for the meat across
dishes (siga beef, yebeg lamb, doro chicken), a vegetarian section, combinations for one or two,
injera on the side. Callers spell the names as they hear them ("doro what", "kit foe") and use
the English for the meat; the menu does not say which dish is a stew, so "chicken stew" is a
question for anyone who reads only this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ethiopian restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Appetizers": [
        ("Beef Sambusa", 5.0, ("ground beef", "onion", "jalapeno", "pastry")),
        ("Lentil Sambusa", 4.5, ("lentils", "onion", "jalapeno", "pastry")),
        ("Timatim Salad", 7.0, ("tomato", "onion", "jalapeno", "lemon")),
        ("Azifa", 7.5, ("green lentils", "mustard", "lemon", "onion")),
    ],
    "Beef": [
        ("Siga Tibs", 18.0, ("beef cubes", "onion", "jalapeno", "rosemary")),
        ("Zilzil Tibs", 19.0, ("beef strips", "awaze", "onion")),
        ("Siga Wot", 18.0, ("beef", "berbere", "niter kibbeh")),
        ("Kitfo", 19.0, ("minced raw beef", "mitmita", "niter kibbeh")),
        ("Gored Gored", 19.0, ("raw beef cubes", "awaze", "niter kibbeh")),
    ],
    "Lamb": [
        ("Yebeg Tibs", 21.0, ("lamb", "onion", "rosemary", "jalapeno")),
        ("Yebeg Alicha", 20.0, ("lamb", "turmeric", "ginger", "garlic")),
    ],
    "Chicken": [
        ("Doro Wot", 19.0, ("chicken leg", "hard-boiled egg", "berbere", "niter kibbeh")),
        ("Doro Tibs", 17.0, ("chicken breast", "onion", "pepper", "rosemary")),
    ],
    "Fish": [
        ("Asa Tibs", 18.0, ("tilapia", "onion", "pepper", "garlic")),
    ],
    "Vegetarian": [
        ("Misir Wot", 13.0, ("red lentils", "berbere", "garlic")),
        ("Kik Alicha", 13.0, ("yellow split peas", "turmeric", "garlic")),
        ("Shiro", 13.0, ("ground chickpeas", "berbere", "garlic")),
        ("Gomen", 13.0, ("collard greens", "garlic", "ginger")),
        ("Atakilt Wot", 13.0, ("cabbage", "carrot", "potato", "turmeric")),
        ("Fosolia", 13.0, ("green beans", "carrot", "onion")),
    ],
    "Combinations": [
        ("Veggie Combo", {"Single": 17.0, "For Two": 31.0},
         ("misir wot", "kik alicha", "shiro", "gomen", "atakilt wot")),
        ("Meat Combo", {"Single": 24.0, "For Two": 44.0},
         ("doro wot", "siga tibs", "yebeg alicha", "misir wot")),
    ],
    "Sides": [
        ("Extra Injera", 2.0, ("teff",)),
        ("Ayib (Ethiopian Cottage Cheese)", 4.0),
        ("Basmati Rice", 3.5),
    ],
    "Drinks": [
        ("Ethiopian Coffee", 4.0, ("coffee",)),
        ("Spiced Tea", 3.0, ("black tea", "cinnamon", "clove")),
        ("Tej (Honey Wine)", 9.0, ("honey",)),
        ("St. George Beer", 7.0),
        ("Ambo Sparkling Water", 3.5),
        ("Coca-Cola", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # chicken
    ("doro wot", "Doro Wot"),
    ("doro what", "Doro Wot"),
    ("the doro wet", "Doro Wot"),
    ("chicken tibs", "Doro Tibs"),
    ("chicken stew", ASK),  # nothing on the menu says which chicken dish is the stew
    ("chicken", ASK),
    # beef and lamb
    ("beef tibs", ASK),  # siga tibs or zilzil tibs
    ("sega tibs", "Siga Tibs"),
    ("zil zil tibs", "Zilzil Tibs"),
    ("tibs", ASK),
    ("siga wat", "Siga Wot"),
    ("kit foe", "Kitfo"),
    ("ketfo", "Kitfo"),
    ("gorad gorad", "Gored Gored"),
    ("raw beef", ASK),  # kitfo or gored gored
    ("lamb tibs", "Yebeg Tibs"),
    ("lamb alicha", "Yebeg Alicha"),
    ("lamb", ASK),
    ("fish tibs", "Asa Tibs"),
    # vegetarian
    ("miser wat", "Misir Wot"),
    ("red lentils", "Misir Wot"),
    ("lentils", ASK),  # misir wot, azifa, the lentil sambusa
    ("kik alecha", "Kik Alicha"),
    ("yellow split peas", "Kik Alicha"),
    ("shiro wat", "Shiro"),
    ("collard greens", "Gomen"),
    ("atkilt wat", "Atakilt Wot"),
    ("fasolia", "Fosolia"),
    ("green beans", "Fosolia"),
    # combinations
    ("veggie combo", "Veggie Combo"),
    ("the vegetarian combo for two", "Veggie Combo", "for two"),
    ("a meat combination for two", "Meat Combo", "for two"),
    ("a combo", ASK),
    ("combo for two", ASK),
    # appetizers and sides
    ("two beef sambusas", "Beef Sambusa", None, 2),
    ("a veggie sambusa", "Lentil Sambusa"),
    ("sambusa", ASK),
    ("samosas", ASK),
    ("tomato salad", "Timatim Salad"),
    ("azifa", "Azifa"),
    ("um two extra injera", "Extra Injera", None, 2),
    ("injera", "Extra Injera"),
    ("ayib", "Ayib (Ethiopian Cottage Cheese)"),
    ("cottage cheese", "Ayib (Ethiopian Cottage Cheese)"),
    ("a side of rice", "Basmati Rice"),
    # drinks
    ("a coffee", "Ethiopian Coffee"),
    ("spiced tea", "Spiced Tea"),
    ("honey wine", "Tej (Honey Wine)"),
    ("a saint george beer", "St. George Beer"),
    ("sparkling water", "Ambo Sparkling Water"),
    # not on the menu
    ("goat tibs", UNKNOWN),
    ("shrimp tibs", UNKNOWN),
    ("chicken sambusa", UNKNOWN),
    ("firfir", UNKNOWN),
    ("french fries", UNKNOWN),
    ("a mango juice", UNKNOWN),
]
