"""A Romanian restaurant (the pattern of the take-out menus of Romanian restaurants in Queens'
Ridgewood, Chicago, Los Angeles, London and Toronto): mici (mititei) by 5 or 10, sarmale with
mămăligă, ciorbă de burtă, ciorbă de perișoare, bean soup, ciorbă rădăuțeană, tochitură
moldovenească, tocăniță, stuffed peppers, varză a la Cluj, grilled pork neck, papanași, cozonac
by the slice or whole, clătite, țuică and pălincă, Ursus and Timișoreana, Fetească Neagră by the
glass or bottle. Romanian names with the English glosses. Callers drop the diacritics (ă â î ș
ț) and say "ten mici", "cabbage rolls", "tripe soup", "meatball soup", "polenta with cheese and
sour cream", "plum brandy" and mishear mititei ("mee tee tay"), mici ("meech", "meechy"), sarmale
("sar mah leh"), ciorbă ("chorba", "chor bah"), perișoare ("peri shwa reh"), mămăligă ("mama
liga"), tochitură ("toki toora"), papanași ("papa nash"), cozonac ("coza knock"), țuică ("tswee
ka"). "A ciorbă", "a chicken soup", "crepes", "a beer", "a brandy" and "a stew" are questions;
fish soup, lamb ciorbă, drob de miel, plăcintă cu brânză, salată orientală, mucenici and jumări
are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Romanian Restaurant"

_BEER = {"0.33 L": 5.0, "0.5 L": 6.5}

CATEGORIES: dict[str, list[Item]] = {
    "Ciorbe și Supe (Soups)": [
        ("Ciorbă de Burtă (Tripe Soup)", 9.0, ("beef tripe", "sour cream", "garlic", "vinegar",
                                               "hot pepper")),
        ("Ciorbă de Perișoare (Meatball Soup)", 8.0, ("pork meatballs", "vegetables", "borș",
                                                      "lovage")),
        ("Ciorbă de Fasole cu Afumătură (Bean Soup with Smoked Pork)", 8.0,
         ("white beans", "smoked pork", "tarragon")),
        ("Ciorbă Rădăuțeană (Chicken Sour Soup)", 8.0, ("chicken", "sour cream", "garlic")),
        ("Supă de Pui cu Găluște (Chicken Dumpling Soup)", 7.0, ("chicken broth",
                                                                  "semolina dumplings")),
    ],
    "Aperitive (Starters)": [
        ("Salată de Vinete (Eggplant Spread)", 8.0, ("roasted eggplant", "onion", "bread")),
        ("Zacuscă (Roasted Vegetable Spread)", 7.0, ("eggplant", "peppers", "bread")),
        ("Salată de Boeuf", 8.0, ("chicken", "potato", "pickles", "mayonnaise")),
        ("Platou Țărănesc (Peasant Platter)", 18.0, ("slănină", "cârnați", "telemea", "onion",
                                                      "tomato")),
    ],
    "La Grătar (Grill)": [
        ("Mititei (Mici)", {"5 pcs": 12.0, "10 pcs": 22.0}, ("beef and pork", "mustard", "bread")),
        ("Ceafă de Porc (Grilled Pork Neck)", 17.0, ("pork neck steak", "mujdei", "fries")),
        ("Frigărui de Pui (Chicken Skewers)", 15.0, ("chicken", "peppers", "onion")),
        ("Cârnați de Pleșcoi (Spicy Mutton Sausage)", 14.0, ("mutton sausage", "chilli",
                                                              "mustard")),
        ("Piept de Pui la Grătar (Grilled Chicken Breast)", 14.0, ("chicken breast", "salad")),
    ],
    "Feluri Principale (Mains)": [
        ("Sarmale cu Mămăligă (Cabbage Rolls with Polenta)", 17.0,
         ("pickled cabbage", "pork and rice", "smoked bacon", "polenta", "sour cream")),
        ("Tochitură Moldovenească", 19.0, ("pork stew", "sausage", "polenta", "telemea", "fried egg")),
        ("Tocăniță de Pui (Chicken Stew)", 16.0, ("chicken", "onion", "tomato", "polenta")),
        ("Iahnie de Fasole cu Cârnați (Bean Stew with Sausage)", 15.0, ("white beans",
                                                                         "smoked sausage")),
        ("Ardei Umpluți (Stuffed Peppers)", 16.0, ("peppers", "pork and rice", "tomato sauce",
                                                    "sour cream")),
        ("Varză a la Cluj (Cluj Cabbage Casserole)", 16.0, ("sauerkraut", "pork mince", "rice",
                                                            "sour cream")),
        ("Șnițel de Pui (Chicken Schnitzel)", 15.0, ("breaded chicken", "potatoes")),
        ("Pastramă de Oaie (Mutton Pastrami)", 18.0, ("smoked mutton", "polenta", "pickles")),
    ],
    "Garnituri (Sides)": [
        ("Mămăligă (Polenta)", 4.0),
        ("Mămăligă cu Brânză și Smântână (Polenta with Cheese and Sour Cream)", 8.0),
        ("Cartofi Prăjiți (French Fries)", 4.0),
        ("Cartofi Țărănești (Country Potatoes)", 5.0, ("potatoes", "onion", "bacon")),
        ("Murături (Pickles)", 4.0),
        ("Salată de Varză (Cabbage Salad)", 4.0),
        ("Mujdei (Garlic Sauce)", 1.5),
    ],
    "Deserturi (Desserts)": [
        ("Papanași cu Smântână și Dulceață", 9.0, ("fried cheese doughnuts", "sour cream",
                                                    "sour cherry jam")),
        ("Cozonac", {"Slice": 4.0, "Whole": 22.0}, ("sweet bread", "walnut", "cocoa")),
        ("Clătite cu Gem (Crepes with Jam)", 7.0),
        ("Clătite cu Brânză (Crepes with Sweet Cheese)", 7.0, ("sweet cheese", "raisins")),
    ],
    "Băuturi (Drinks)": [
        ("Țuică (Plum Brandy)", 6.0),
        ("Pălincă (Fruit Brandy)", 7.0),
        ("Ursus", _BEER),
        ("Timișoreana", _BEER),
        ("Fetească Neagră", {"Glass": 9.0, "Bottle": 34.0}),
        ("Socată (Elderflower Soda)", 4.0),
        ("Borsec (Mineral Water)", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Tochitură Moldovenească",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("ciorba de burta", "Ciorbă de Burtă (Tripe Soup)"),
    ("tripe soup", "Ciorbă de Burtă (Tripe Soup)"),
    ("two chorba de burta", "Ciorbă de Burtă (Tripe Soup)", None, 2),
    ("meatball soup", "Ciorbă de Perișoare (Meatball Soup)"),
    ("chor bah de peri shwa reh", "Ciorbă de Perișoare (Meatball Soup)"),
    ("bean soup", "Ciorbă de Fasole cu Afumătură (Bean Soup with Smoked Pork)"),
    ("ciorba radauteana", "Ciorbă Rădăuțeană (Chicken Sour Soup)"),
    ("chicken dumpling soup", "Supă de Pui cu Găluște (Chicken Dumpling Soup)"),
    ("a ciorba", ASK),
    ("a chicken soup", ASK),
    # starters
    ("eggplant spread", "Salată de Vinete (Eggplant Spread)"),
    ("zacusca", "Zacuscă (Roasted Vegetable Spread)"),
    ("salata de boeuf", "Salată de Boeuf"),
    ("the peasant platter", "Platou Țărănesc (Peasant Platter)"),
    # grill
    ("ten mici", "Mititei (Mici)", "10 pcs"),
    ("five mee tee tay", "Mititei (Mici)", "5 pcs"),
    ("grilled pork neck", "Ceafă de Porc (Grilled Pork Neck)"),
    ("ceafa de porc", "Ceafă de Porc (Grilled Pork Neck)"),
    ("chicken skewers", "Frigărui de Pui (Chicken Skewers)"),
    ("carnati de plescoi", "Cârnați de Pleșcoi (Spicy Mutton Sausage)"),
    ("grilled chicken breast", "Piept de Pui la Grătar (Grilled Chicken Breast)"),
    # mains
    ("sarmale", "Sarmale cu Mămăligă (Cabbage Rolls with Polenta)"),
    ("two cabbage rolls with polenta", "Sarmale cu Mămăligă (Cabbage Rolls with Polenta)", None, 2),
    ("sar mah leh", "Sarmale cu Mămăligă (Cabbage Rolls with Polenta)"),
    ("tochitura", "Tochitură Moldovenească"),
    ("toki toora moldoveneasca", "Tochitură Moldovenească"),
    ("chicken stew", "Tocăniță de Pui (Chicken Stew)"),
    ("bean stew with sausage", "Iahnie de Fasole cu Cârnați (Bean Stew with Sausage)"),
    ("a stew", ASK),
    ("stuffed peppers", "Ardei Umpluți (Stuffed Peppers)"),
    ("varza a la cluj", "Varză a la Cluj (Cluj Cabbage Casserole)"),
    ("chicken schnitzel", "Șnițel de Pui (Chicken Schnitzel)"),
    ("mutton pastrami", "Pastramă de Oaie (Mutton Pastrami)"),
    # sides
    ("a side of mama liga", "Mămăligă (Polenta)"),
    ("polenta with cheese and sour cream",
     "Mămăligă cu Brânză și Smântână (Polenta with Cheese and Sour Cream)"),
    ("french fries", "Cartofi Prăjiți (French Fries)"),
    ("country potatoes", "Cartofi Țărănești (Country Potatoes)"),
    ("pickles", "Murături (Pickles)"),
    ("extra mujdei", "Mujdei (Garlic Sauce)"),
    # desserts
    ("papanasi", "Papanași cu Smântână și Dulceață"),
    ("two papa nash", "Papanași cu Smântână și Dulceață", None, 2),
    ("a slice of cozonac", "Cozonac", "slice"),
    ("a whole coza knock", "Cozonac", "whole"),
    ("crepes with jam", "Clătite cu Gem (Crepes with Jam)"),
    ("crepes", ASK),
    # drinks
    ("plum brandy", "Țuică (Plum Brandy)"),
    ("two tswee ka", "Țuică (Plum Brandy)", None, 2),
    ("a brandy", ASK),
    ("a half liter ursus", "Ursus", "0.5 l"),
    ("timisoreana 0.33", "Timișoreana", "0.33 l"),
    ("a beer", ASK),
    ("a bottle of feteasca neagra", "Fetească Neagră", "bottle"),
    ("socata", "Socată (Elderflower Soda)"),
    # not on the menu
    ("fish soup", UNKNOWN),
    ("ciorba de miel", UNKNOWN),
    ("drob de miel", UNKNOWN),
    ("placinta cu branza", UNKNOWN),
    ("salata orientala", UNKNOWN),
    ("mucenici", UNKNOWN),
    ("jumari", UNKNOWN),
]
