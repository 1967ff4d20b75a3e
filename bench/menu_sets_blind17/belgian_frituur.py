"""A Belgian frituur / friterie (the pattern of frituur menus in Flanders and Brussels, and of
Belgian fry shops in Amsterdam and New York): frieten (frites) klein, middel or groot, sauces by
name (mayonaise, andalouse, samurai, stoofvleessaus, tartaar, cocktail, joppiesaus, curry
ketchup, ketchup, bicky saus), frikandel and frikandel speciaal, bicky burger and bicky cheese,
mexicano, viandel, kipcorn, cervela, braadworst, curryworst, boulet, bitterballen and
kaaskroketten by count, stoofvlees and vol-au-vent alone or with frieten, Jupiler and Stella.
Items are named in Flemish Dutch with the French name after a slash where Brussels menus give it.
Callers say the Dutch ("een grote friet", "frietjes", "stoofvleessaus", "bitterballen"), the
French ("une frite moyenne", "carbonnades", "sauce andalouse", "fricadelle"), English ("large
fries", "beef stew sauce", "cheese croquettes"), mishear it ("andalusia", "samourai", "frikadel",
"bikky", "mexicana", "stove flees") and count snacks. "A beer", "a sauce", "a croquette", "a
soda", "a water", "a sausage" and "a chicken snack" are questions; waterzooi, mussels, loempia,
sweet potato fries, a bicky chicken, looksaus and a waffle are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Frituur 't Pleintje"

_SAUCE = 1.2

CATEGORIES: dict[str, list[Item]] = {
    "Frieten / Frites": [
        ("Frieten / Frites", {"Klein": 3.2, "Middel": 3.8, "Groot": 4.5}, ("potatoes",
                                                                             "beef tallow")),
        ("Frieten met Stoofvleessaus", {"Klein": 5.0, "Middel": 5.8, "Groot": 6.8},
         ("frieten", "stoofvlees sauce")),
        ("Frieten Speciaal (Mayo, Curry Ketchup and Onions)", {"Klein": 4.6, "Middel": 5.2,
                                                               "Groot": 6.0},
         ("frieten", "mayonaise", "curry ketchup", "raw onion")),
        ("Kinderfrietje (Kids' Fries)", 2.5),
    ],
    "Sauzen / Sauces": [
        ("Mayonaise", _SAUCE),
        ("Andalouse", _SAUCE),
        ("Samurai", _SAUCE),
        ("Stoofvleessaus / Sauce Carbonnade", 2.0),
        ("Tartaar / Tartare", _SAUCE),
        ("Cocktail", _SAUCE),
        ("Joppiesaus", _SAUCE),
        ("Curry Ketchup", _SAUCE),
        ("Ketchup", _SAUCE),
        ("Bicky Saus", _SAUCE),
        ("Pickles", _SAUCE),
    ],
    "Snacks": [
        ("Frikandel / Fricadelle", 2.8, ("minced meat sausage",)),
        ("Frikandel Speciaal", 3.6, ("frikandel", "mayonaise", "curry ketchup", "onions")),
        ("Bicky Burger", 4.5, ("bicky burger", "bicky sauce", "onions", "cucumber")),
        ("Bicky Cheese", 5.0, ("bicky burger", "cheese", "bicky sauce", "onions")),
        ("Mexicano", 3.5, ("spiced meat snack", "peppers")),
        ("Viandel", 3.0, ("meat snack",)),
        ("Kipcorn", 3.0, ("chicken", "cornflake crust")),
        ("Chicken Nuggets", {"6 stuks": 4.5, "9 stuks": 6.0}),
        ("Cervela", 3.5, ("pork sausage",)),
        ("Braadworst / Saucisse", 3.8, ("grilled pork sausage",)),
        ("Boulet / Gehaktbal", 4.0, ("meatball", "tomato sauce")),
    ],
    "Kroketten / Croquettes": [
        ("Bitterballen", {"6 stuks": 4.5, "10 stuks": 7.0}, ("beef ragout", "breadcrumbs")),
        ("Kaaskroketten / Croquettes au Fromage", {"2 stuks": 5.5, "4 stuks": 10.0},
         ("cheese", "breadcrumbs")),
        ("Garnaalkroketten / Croquettes aux Crevettes", {"2 stuks": 8.5, "4 stuks": 16.0},
         ("grey shrimp", "breadcrumbs")),
        ("Rundvleeskroket", 3.0, ("beef ragout", "breadcrumbs")),
    ],
    "Schotels / Plats": [
        ("Stoofvlees / Carbonnades Flamandes", 9.5, ("beef", "brown beer", "onion",
                                                      "gingerbread")),
        ("Stoofvlees met Frieten", 13.5, ("stoofvlees", "frieten", "salad")),
        ("Vol-au-vent", 9.5, ("chicken", "meatballs", "mushrooms", "puff pastry")),
        ("Vol-au-vent met Frieten", 13.5, ("vol-au-vent", "frieten", "salad")),
        ("Curryworst met Frieten", 8.0, ("sausage", "curry sauce", "frieten")),
    ],
    "Dranken / Boissons": [
        ("Jupiler", 2.8),
        ("Stella Artois", 2.8),
        ("Coca-Cola", 2.5),
        ("Coca-Cola Zero", 2.5),
        ("Fanta", 2.5),
        ("Sprite", 2.5),
        ("Spa Reine (Plat Water)", 2.2),
        ("Spa Barisart (Bruis Water)", 2.2),
        ("Ice Tea", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Stoofvlees met Frieten",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # frieten
    ("een grote friet", "Frieten / Frites", "groot"),
    ("large fries", "Frieten / Frites", "groot"),
    ("two small fries", "Frieten / Frites", "klein", 2),
    ("une frite moyenne", "Frieten / Frites", "middel"),
    ("a medium frites", "Frieten / Frites", "middel"),
    ("frietjes", "Frieten / Frites"),
    ("middel friet met stoofvleessaus", "Frieten met Stoofvleessaus", "middel"),
    ("fries with stew sauce large", "Frieten met Stoofvleessaus", "groot"),
    ("frieten speciaal klein", "Frieten Speciaal (Mayo, Curry Ketchup and Onions)", "klein"),
    ("kids fries", "Kinderfrietje (Kids' Fries)"),
    # sauces
    ("mayo", "Mayonaise"),
    ("andalusia sauce", "Andalouse"),
    ("sauce andalouse", "Andalouse"),
    ("samourai", "Samurai"),
    ("stoofvleessaus", "Stoofvleessaus / Sauce Carbonnade"),
    ("beef stew sauce", "Stoofvleessaus / Sauce Carbonnade"),
    ("tartare sauce", "Tartaar / Tartare"),
    ("joppie", "Joppiesaus"),
    ("curry ketchup", "Curry Ketchup"),
    ("ketchup", "Ketchup"),
    ("a sauce", ASK),
    # snacks
    ("frikandel", "Frikandel / Fricadelle"),
    ("two frikadel", "Frikandel / Fricadelle", None, 2),
    ("une fricadelle", "Frikandel / Fricadelle"),
    ("frikandel speciaal", "Frikandel Speciaal"),
    ("bikky burger", "Bicky Burger"),
    ("bicky with cheese", "Bicky Cheese"),
    ("a mexicana", "Mexicano"),
    ("3 mexicanos", "Mexicano", None, 3),
    ("kip corn", "Kipcorn"),
    ("nine chicken nuggets", "Chicken Nuggets", "9 stuks"),
    ("cervelat", "Cervela"),
    ("een boulet", "Boulet / Gehaktbal"),
    ("a sausage", ASK),
    ("a chicken snack", ASK),
    # croquettes
    ("10 bitterballen", "Bitterballen", "10 stuks"),
    ("bitter ballen six", "Bitterballen", "6 stuks"),
    ("four cheese croquettes", "Kaaskroketten / Croquettes au Fromage", "4 stuks"),
    ("garnaalkroketten twee", "Garnaalkroketten / Croquettes aux Crevettes", "2 stuks"),
    ("a croquette", ASK),
    # plates
    ("carbonnades", "Stoofvlees / Carbonnades Flamandes"),
    ("stove flees with fries", "Stoofvlees met Frieten"),
    ("vol au vent", "Vol-au-vent"),
    ("vol-au-vent met frietjes", "Vol-au-vent met Frieten"),
    # drinks
    ("two jupiler", "Jupiler", None, 2),
    ("a stella", "Stella Artois"),
    ("coke zero", "Coca-Cola Zero"),
    ("a coke", "Coca-Cola"),
    ("a beer", ASK),
    ("a soda", ASK),
    ("a water", ASK),
    # not on the menu
    ("waterzooi", UNKNOWN),
    ("mussels with fries", UNKNOWN),
    ("a loempia", UNKNOWN),
    ("sweet potato fries", UNKNOWN),
    ("looksaus", UNKNOWN),
    ("a waffle", UNKNOWN),
    ("a bicky chicken", UNKNOWN),
]
