"""A Russian / Eastern European café (the pattern of Brighton Beach and Midwest Russian take-out
menus): pelmeni and vareniki by the dozen, blini, borscht and soups, shashlik, stroganoff,
cutlets, salads, syrniki, kvass and tea. Names are transliterated from Cyrillic with the English.
Callers say "Russian dumplings", "potato pierogi", "beet soup" and mishear pelmeni ("pell many",
"pelmini"), vareniki ("vare nicky"), syrniki ("sir nicky") and stroganoff. "Dumplings", "blini",
"vareniki" or "shashlik" alone is a question; golubtsy, chicken Kiev, okroshka, plov and kholodets
are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Russian / Eastern European Café"

CATEGORIES: dict[str, list[Item]] = {
    "Pelmeni & Vareniki": [
        ("Siberian Pelmeni", 13.0, ("beef and pork dumplings", "butter", "sour cream", "dill")),
        ("Chicken Pelmeni", 12.0, ("chicken dumplings", "butter", "sour cream")),
        ("Pelmeni in Broth", 14.0, ("beef and pork dumplings", "chicken broth", "dill")),
        ("Vareniki with Potato", 11.0, ("potato dumplings", "fried onion", "sour cream")),
        ("Vareniki with Farmer's Cheese", 11.0, ("tvorog dumplings", "sour cream")),
        ("Vareniki with Cherries", 12.0, ("sour cherry dumplings", "sugar", "sour cream")),
    ],
    "Blini": [
        ("Blini with Red Caviar", 16.0, ("thin crepes", "salmon roe", "butter")),
        ("Blini with Meat", 11.0, ("thin crepes", "ground beef", "onion")),
        ("Blini with Farmer's Cheese", 10.0, ("thin crepes", "tvorog", "raisins")),
        ("Blini with Sour Cream", 8.0, ("thin crepes", "smetana")),
    ],
    "Soups": [
        ("Borscht", 7.5, ("beets", "cabbage", "beef", "sour cream", "dill")),
        ("Solyanka", 9.0, ("smoked meats", "pickles", "olives", "lemon")),
        ("Shchi", 7.0, ("sauerkraut", "beef broth", "potato")),
        ("Ukha", 9.5, ("fish soup", "salmon", "potato", "dill")),
    ],
    "Main Dishes": [
        ("Beef Stroganoff", 19.0, ("beef strips", "mushroom sour cream sauce", "buckwheat or mashed potato")),
        ("Lamb Shashlik", 22.0, ("marinated lamb skewers", "onion", "lavash")),
        ("Pork Shashlik", 19.0, ("marinated pork skewers", "onion", "lavash")),
        ("Chicken Shashlik", 17.0, ("marinated chicken skewers", "onion", "lavash")),
        ("Kotlety", 16.0, ("pan-fried pork and beef cutlets", "mashed potato")),
        ("Buckwheat with Mushrooms (Grechka)", 12.0, ("buckwheat", "mushrooms", "onion")),
        ("Chicken Tabaka", 20.0, ("pressed fried Cornish hen", "garlic sauce")),
    ],
    "Salads & Appetizers": [
        ("Olivier Salad", 9.0, ("potato", "peas", "pickles", "bologna", "mayonnaise")),
        ("Vinegret", 8.0, ("beets", "potato", "sauerkraut", "pickles", "oil")),
        ("Herring Under a Fur Coat", 11.0, ("herring", "beets", "potato", "carrot", "mayonnaise")),
        ("Pickled Vegetables Plate", 9.0, ("pickles", "tomatoes", "cabbage")),
        ("Pirozhki with Cabbage", 3.5, ("fried bun", "cabbage")),
        ("Pirozhki with Meat", 4.0, ("fried bun", "ground beef")),
    ],
    "Desserts": [
        ("Syrniki", 10.0, ("farmer's cheese pancakes", "sour cream", "jam")),
        ("Medovik", 7.5, ("honey layer cake",)),
        ("Ptichye Moloko", 7.5, ("soufflé cake", "chocolate glaze")),
    ],
    "Drinks": [
        ("Kvass", 4.0, ("fermented bread drink",)),
        ("Mors", 4.0, ("cranberry drink",)),
        ("Kompot", 3.5, ("dried fruit drink",)),
        ("Black Tea with Lemon", 3.0),
        ("Baltika 7", 6.0, ("Russian lager",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Chicken Tabaka", "Blini with Red Caviar")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pelmeni and vareniki
    ("siberian pelmeni", "Siberian Pelmeni"),
    ("pell many siberian", "Siberian Pelmeni"),
    ("two orders of chicken pelmeni", "Chicken Pelmeni", None, 2),
    ("chicken pelmini", "Chicken Pelmeni"),
    ("pelmeni soup", "Pelmeni in Broth"),
    ("pelmeni", ASK),
    ("dumplings", ASK),
    ("potato vareniki", "Vareniki with Potato"),
    ("potato pierogi", "Vareniki with Potato"),
    ("vare nicky with cheese", "Vareniki with Farmer's Cheese"),
    ("cherry dumplings", "Vareniki with Cherries"),
    ("vareniki", ASK),
    # blini
    ("blini with red caviar", "Blini with Red Caviar"),
    ("crepes with caviar", "Blini with Red Caviar"),
    ("blini with meat", "Blini with Meat"),
    ("bliny with farmer cheese", "Blini with Farmer's Cheese"),
    ("blini", ASK),
    # soups
    ("borscht", "Borscht"),
    ("a borsch", "Borscht"),
    ("two beet soups", "Borscht", None, 2),
    ("solyanka", "Solyanka"),
    ("cabbage soup", "Shchi"),
    ("shchi", "Shchi"),
    ("fish soup", "Ukha"),
    # mains
    ("beef stroganoff", "Beef Stroganoff"),
    ("beef strogen off", "Beef Stroganoff"),
    ("lamb shashlik", "Lamb Shashlik"),
    ("pork shish kebab", "Pork Shashlik"),
    ("chicken shashlyk", "Chicken Shashlik"),
    ("shashlik", ASK),
    ("kotlety", "Kotlety"),
    ("meat cutlets", "Kotlety"),
    ("buckwheat with mushrooms", "Buckwheat with Mushrooms (Grechka)"),
    ("grechka", "Buckwheat with Mushrooms (Grechka)"),
    ("chicken tabaka", "Chicken Tabaka"),
    ("chicken tobacco", "Chicken Tabaka"),
    # salads and appetizers
    ("russian potato salad", "Olivier Salad"),
    ("vinaigrette salad", "Vinegret"),
    ("herring under fur coat", "Herring Under a Fur Coat"),
    ("shuba", "Herring Under a Fur Coat"),
    ("three cabbage pirozhki", "Pirozhki with Cabbage", None, 3),
    ("a meat piroshki", "Pirozhki with Meat"),
    ("pirozhki", ASK),
    # desserts and drinks
    ("syrniki", "Syrniki"),
    ("sir nicky", "Syrniki"),
    ("honey cake", "Medovik"),
    ("bird's milk cake", "Ptichye Moloko"),
    ("two kvass", "Kvass", None, 2),
    ("cranberry mors", "Mors"),
    ("tea with lemon", "Black Tea with Lemon"),
    ("a baltika", "Baltika 7"),
    # not on the menu
    ("golubtsy", UNKNOWN),
    ("stuffed cabbage", UNKNOWN),
    ("chicken kiev", UNKNOWN),
    ("okroshka", UNKNOWN),
    ("plov", UNKNOWN),
    ("kholodets", UNKNOWN),
]
