"""A German restaurant and beer garden (the pattern of US German restaurants' take-out menus):
sausages, four schnitzels, Bavarian mains, the sides (spätzle, kraut, red cabbage, potatoes),
pretzel and obatzda, strudel. Item names keep the German spelling with umlauts and ß as some
POS menus do (Jägerschnitzel, Käsespätzle, Käsekrainer); callers say them in English ("hunter
schnitzel", "cheese spaetzle"), by ear ("yeager", "vice verst") or in German."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "German restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Sausages": [
        ("Bratwurst", 12.0, ("pork sausage", "sauerkraut", "mustard")),
        ("Weisswurst", 12.0, ("veal sausage", "sweet mustard", "pretzel")),
        ("Currywurst", 11.0, ("sliced bratwurst", "curry ketchup", "fries")),
        ("Bockwurst", 11.0, ("smoked sausage", "potato salad")),
        ("Käsekrainer", 13.0, ("cheese-filled sausage", "mustard")),
    ],
    "Schnitzel": [
        ("Wiener Schnitzel", 24.0, ("breaded veal cutlet", "lemon", "potato salad")),
        ("Schweineschnitzel", 19.0, ("breaded pork cutlet", "lemon", "fries")),
        ("Jägerschnitzel", 21.0, ("pork cutlet", "mushroom gravy", "spätzle")),
        ("Chicken Schnitzel", 18.0, ("breaded chicken cutlet", "fries")),
    ],
    "Mains": [
        ("Sauerbraten", 23.0, ("marinated pot roast", "red cabbage", "potato dumpling")),
        ("Schweinshaxe", 26.0, ("roasted pork knuckle", "sauerkraut", "potato dumpling")),
        ("Rouladen", 24.0, ("beef rolls", "bacon", "pickle", "gravy")),
        ("Käsespätzle", 16.0, ("egg noodles", "emmentaler", "fried onions")),
    ],
    "Sides": [
        ("Spätzle", 5.0, ("egg noodles", "butter")),
        ("Sauerkraut", 4.0),
        ("Rotkohl", 4.0, ("braised red cabbage", "apple")),
        ("German Potato Salad", 4.5, ("potatoes", "bacon", "vinegar")),
        ("Bratkartoffeln", 5.0, ("pan-fried potatoes", "onion", "bacon")),
    ],
    "Starters": [
        ("Bavarian Pretzel", 9.0, ("giant soft pretzel", "mustard")),
        ("Obatzda", 7.0, ("beer cheese spread", "camembert", "paprika")),
        ("Goulash Soup", 8.0, ("beef", "paprika", "potato")),
    ],
    "Desserts": [
        ("Apfelstrudel", 8.0, ("apple strudel", "vanilla sauce")),
        ("Black Forest Cake", 8.0, ("chocolate cake", "cherries", "whipped cream", "kirsch")),
    ],
    "Drinks": [
        ("Apfelschorle", 4.0, ("apple juice", "sparkling water")),
        ("Spezi", 4.0, ("cola", "orange soda")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # sausages
    ("two brats", "Bratwurst", None, 2),
    ("the white sausage", "Weisswurst"),
    ("vice verst", "Weisswurst"),
    ("weißwurst", "Weisswurst"),
    ("curry wurst", "Currywurst"),
    ("bockwurst", "Bockwurst"),
    ("the cheese sausage", "Käsekrainer"),
    ("kasekrainer", "Käsekrainer"),
    ("kaese krainer", "Käsekrainer"),
    ("a sausage", ASK),
    ("wurst", ASK),
    # schnitzel
    ("wiener schnitzel", "Wiener Schnitzel"),
    ("veal schnitzel", "Wiener Schnitzel"),
    ("schweine schnitzel", "Schweineschnitzel"),
    ("jaeger schnitzel", "Jägerschnitzel"),
    ("yeager schnitzel", "Jägerschnitzel"),
    ("schnitzel with mushroom gravy", "Jägerschnitzel"),
    ("hunter schnitzel", "Jägerschnitzel"),
    ("two chicken schnitzels", "Chicken Schnitzel", None, 2),
    ("schnitzel", ASK),
    # mains
    ("sauerbraten", "Sauerbraten"),
    ("sour braten", "Sauerbraten"),
    ("the pork knuckle", "Schweinshaxe"),
    ("schweinshaxe", "Schweinshaxe"),
    ("haxe", "Schweinshaxe"),
    ("beef rouladen", "Rouladen"),
    ("rolladen", "Rouladen"),
    ("kasespatzle", "Käsespätzle"),
    ("cheese spaetzle", "Käsespätzle"),
    ("german mac and cheese", "Käsespätzle"),
    # sides
    ("a side of spaetzle", "Spätzle"),
    ("shpetzle", "Spätzle"),
    ("red cabbage", "Rotkohl"),
    ("rotkraut", "Rotkohl"),
    ("potato salad", "German Potato Salad"),
    ("fried potatoes", "Bratkartoffeln"),
    ("brat kartoffeln", "Bratkartoffeln"),
    ("potatoes", ASK),
    # starters
    ("a soft pretzel", "Bavarian Pretzel"),
    ("brezel", "Bavarian Pretzel"),
    ("obatzda", "Obatzda"),
    ("the beer cheese dip", "Obatzda"),
    ("goulash soup", "Goulash Soup"),
    ("gulasch", "Goulash Soup"),
    # desserts and drinks
    ("apple strudel", "Apfelstrudel"),
    ("the veal", ASK),  # wiener schnitzel or weisswurst
    ("black forest cake", "Black Forest Cake"),
    ("schwarzwälder kirschtorte", "Black Forest Cake"),
    ("apple spritzer", "Apfelschorle"),
    ("spezi", "Spezi"),
    ("apple", ASK),  # strudel or schorle
    ("something with cheese", ASK),
    # not on the menu
    ("knackwurst", UNKNOWN),
    ("potato pancakes", UNKNOWN),
    ("chicken schnitzel sandwich", UNKNOWN),
    ("pierogi", UNKNOWN),
    ("a hamburger", UNKNOWN),
    ("sauerkraut soup", UNKNOWN),
    ("a liter of beer", UNKNOWN),
    ("pretzel bites", UNKNOWN),
]
