"""A Ukrainian restaurant (the pattern of US and Canadian Ukrainian cafés' take-out menus):
varenyky by 6 or 12, pelmeni, red and green borscht by the cup or bowl, cabbage rolls, potato
pancakes, Carpathian dishes, cakes and homemade drinks. Ukrainian names reach English menus and
callers in Ukrainian, Russian, Polish and prairie-English forms (varenyky / vareniki / pyrohy /
perogies / pierogi, borshch / borsch / borscht, holubtsi / golubtsi, syrnyky / syrniki, Kyiv /
Kiev, nalysnyky / nalesniki); "varenyky", "borscht", "pancakes", "salad" and "cake" alone are
questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ukrainian restaurant"

VARENYKY = {"6 pc": 9.0, "12 pc": 16.0}
SOUP = {"cup": 6.0, "bowl": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Varenyky and Dumplings": [
        ("Potato and Cheese Varenyky", VARENYKY,
         ("dumplings", "potato", "cheddar", "fried onion", "sour cream")),
        ("Sauerkraut Varenyky", VARENYKY, ("dumplings", "sauerkraut", "fried onion")),
        ("Cherry Varenyky", VARENYKY, ("sweet dumplings", "sour cherries", "sour cream")),
        ("Pelmeni", 14.0, ("small meat dumplings", "pork and beef", "sour cream")),
    ],
    "Soups": [
        ("Red Borscht", SOUP, ("beet soup", "cabbage", "potato", "beef", "sour cream")),
        ("Green Borscht", SOUP, ("sorrel soup", "potato", "egg")),
    ],
    "Mains": [
        ("Holubtsi", 16.0, ("cabbage rolls", "rice", "ground pork", "tomato sauce")),
        ("Deruny", 12.0, ("potato pancakes", "sour cream")),
        ("Chicken Kyiv", 21.0, ("breaded chicken breast", "herb butter", "mashed potatoes")),
        ("Kotleta", 17.0, ("pork and beef patty", "buckwheat", "pickles")),
        ("Kovbasa Plate", 15.0, ("smoked sausage", "sauerkraut", "mustard", "rye bread")),
        ("Banosh", 15.0, ("cornmeal porridge", "bryndza cheese", "mushrooms", "cracklings")),
        ("Syrnyky", 11.0, ("farmer cheese pancakes", "sour cream", "jam")),
        ("Nalysnyky", 12.0, ("crepes", "farmer cheese filling")),
        ("Buckwheat with Mushrooms", 10.0, ("hrechka", "buckwheat kasha", "mushrooms", "onion")),
    ],
    "Starters and Salads": [
        ("Salo", 8.0, ("cured pork fat", "garlic", "rye bread")),
        ("Olivier Salad", 9.0, ("potato", "pickles", "peas", "bologna", "mayo")),
        ("Vinegret", 8.0, ("beet salad", "potato", "pickles", "sauerkraut")),
        ("Pampushky", 5.0, ("garlic bread rolls", "dill")),
        ("Kholodets", 9.0, ("meat aspic", "horseradish")),
        ("Pickled Vegetables", 7.0, ("solinnya", "pickles", "pickled tomatoes", "sauerkraut")),
    ],
    "Desserts": [
        ("Medovyk", 8.0, ("honey cake", "sour cream frosting")),
        ("Kyiv Cake", 8.0, ("meringue", "hazelnuts", "buttercream")),
    ],
    "Drinks": [
        ("Uzvar", 4.0, ("smoked dried fruit drink",)),
        ("Kvass", 4.0, ("fermented bread drink",)),
        ("Kompot", 4.0, ("fruit compote drink", "berries")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # varenyky and dumplings
    ("potato and cheese perogies", "Potato and Cheese Varenyky"),
    ("a dozen potato cheese pierogi", "Potato and Cheese Varenyky", "12 pc"),
    ("six vareniki with sauerkraut", "Sauerkraut Varenyky", "6 pc"),
    ("cabbage pierogies", "Sauerkraut Varenyky"),
    ("cherry varenyky twelve", "Cherry Varenyky", "12 pc"),
    ("the sweet cherry dumplings", "Cherry Varenyky"),
    ("varenyky", ASK),
    ("pyrohy", ASK),
    ("dumplings", ASK),
    ("pelmeni", "Pelmeni"),
    ("two orders of pelmeni", "Pelmeni", None, 2),
    ("meat dumplings", "Pelmeni"),
    # soups
    ("a bowl of borsch", "Red Borscht", "bowl"),
    ("cup of red borshch", "Red Borscht", "cup"),
    ("two bowls of red borscht", "Red Borscht", "bowl", 2),
    ("beet soup", "Red Borscht"),
    ("green borscht", "Green Borscht"),
    ("sorrel soup bowl", "Green Borscht", "bowl"),
    ("borscht", ASK),
    ("soup", ASK),
    # mains
    ("holubtsi", "Holubtsi"),
    ("golubtsi", "Holubtsi"),
    ("stuffed cabbage rolls", "Holubtsi"),
    ("deruny", "Deruny"),
    ("potato pancakes", "Deruny"),
    ("latkes", "Deruny"),
    ("chicken kiev", "Chicken Kyiv"),
    ("hrechka with mushrooms", "Buckwheat with Mushrooms"),
    ("kotleta", "Kotleta"),
    ("kielbasa", "Kovbasa Plate"),
    ("kovbasa", "Kovbasa Plate"),
    ("banosh", "Banosh"),
    ("banush", "Banosh"),
    ("syrniki", "Syrnyky"),
    ("cheese pancakes", "Syrnyky"),
    ("nalesniki", "Nalysnyky"),
    ("blintzes", "Nalysnyky"),
    ("pancakes", ASK),
    # starters and salads
    ("salo", "Salo"),
    ("cured pork fat", "Salo"),
    ("olivye salad", "Olivier Salad"),
    ("vinegret", "Vinegret"),
    ("beet salad", "Vinegret"),
    ("salad", ASK),
    ("the pickle plate", "Pickled Vegetables"),
    ("garlic rolls", "Pampushky"),
    # desserts and drinks
    ("honey cake", "Medovyk"),
    ("medovik", "Medovyk"),
    ("kiev cake", "Kyiv Cake"),
    ("cake", ASK),
    ("uzvar", "Uzvar"),
    ("kvas", "Kvass"),
    ("kompot", "Kompot"),
    # not on the menu
    ("beef stroganoff", UNKNOWN),
    ("blueberry varenyky", UNKNOWN),
    ("goulash", UNKNOWN),
    ("plov", UNKNOWN),
    ("shashlik", UNKNOWN),
    ("chicken paprikash", UNKNOWN),
    ("kapusniak", UNKNOWN),
]
