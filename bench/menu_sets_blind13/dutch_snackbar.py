"""A Dutch snackbar and pizzeria ("cafetaria") with a Dutch menu (the pattern of the snackbar,
cafetaria and "snackbar-pizzeria" take-out menus of Dutch towns as listed on the delivery sites):
patat (friet) Klein, Middel or Groot, plain or "met" (with mayonnaise), speciaal and oorlog; the
fried snacks sold by the piece (frikandel, kroket, kaassoufflé, bamischijf, kipcorn, berenhap),
bitterballen and kipnuggets by the count (6, 9 or 12 stuks); kapsalon Klein or Groot; broodjes;
pizzas of 25 or 30 cm; sauzen by the portion; drinks by the can (blikje) or the 1,5 litre bottle.
Dutch names, with an English gloss where such menus give one.

Callers mix Dutch and English: "een grote patat", "patatje met" (fries with mayonnaise), "war
fries" for patatje oorlog, "two medium fries", "a cheese souffle", "bitter balls", "shawarma"
for shoarma, and speech recognition writes "free can del" (frikandel), "or log" (oorlog), "cup
salon" (kapsalon), "beren hap", "joppie saus". A count said with bitterballen or nuggets names the
size (the menu sells them by 6, 9 or 12 stuks); a count said with a per-piece snack is a quantity.
"A kapsalon", "een broodje", "a sauce", "a pizza 30 cm", "doner", "shoarma" and "a can of soda"
are questions; a smulrol, a broodje haring, a hamburger, a calzone, poffertjes, oliebollen and a
stroopwafel are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Cafetaria & Pizzeria De Hoek"

_FRIET = {"Klein": 2.6, "Middel": 3.3, "Groot": 4.1}
_FRIET_MET = {"Klein": 3.2, "Middel": 3.9, "Groot": 4.7}
_FRIET_LUXE = {"Klein": 3.8, "Middel": 4.6, "Groot": 5.4}
_KAPSALON = {"Klein": 8.5, "Groot": 11.5}
_BLIK_FLES = {"Blikje": 2.3, "1,5 Liter": 3.9}


def _pizza(small: float) -> dict[str, float]:
    return {"25 cm": small, "30 cm": round(small + 2.5, 2)}


CATEGORIES: dict[str, list[Item]] = {
    "Friet (Fries)": [
        ("Patat", _FRIET, ("fries",)),
        ("Patat Mayo", _FRIET_MET, ("fries", "mayonnaise")),
        ("Patat Speciaal", _FRIET_LUXE, ("fries", "mayonnaise", "curry ketchup", "chopped onion")),
        ("Patatje Oorlog", _FRIET_LUXE, ("fries", "mayonnaise", "peanut satay sauce", "chopped onion")),
        ("Friet Stoofvlees", 7.5, ("fries", "Flemish beef stew")),
        ("Zoete Aardappelfriet (Sweet Potato Fries)", {"Klein": 3.9, "Groot": 5.5},
         ("sweet potato fries",)),
    ],
    "Snacks": [
        ("Frikandel", 2.1, ("minced meat sausage, deep-fried",)),
        ("Frikandel Speciaal", 2.9, ("frikandel", "mayonnaise", "curry ketchup", "chopped onion")),
        ("Kroket (Rundvleeskroket)", 2.2, ("beef ragout croquette",)),
        ("Goulashkroket", 2.5, ("goulash ragout croquette",)),
        ("Vegetarische Kroket", 2.4, ("vegetable ragout croquette",)),
        ("Kaassoufflé", 2.2, ("cheese in puff pastry, deep-fried",)),
        ("Bamischijf", 2.4, ("breaded fried noodle disc",)),
        ("Nasibal", 2.4, ("breaded fried rice ball",)),
        ("Kipcorn", 2.6, ("breaded chicken snack", "cornflakes")),
        ("Berenhap", 3.6, ("meatball and onion skewer", "satay sauce")),
        ("Mexicano", 2.8, ("spicy meat snack",)),
        ("Gehaktbal", 3.0, ("meatball",)),
        ("Bitterballen", {"6 Stuks": 4.8, "12 Stuks": 8.9}, ("small beef ragout balls", "mustard")),
        ("Kipnuggets", {"6 Stuks": 4.2, "9 Stuks": 5.9}, ("chicken nuggets",)),
        ("Loempia (Spring Roll)", 4.2, ("vegetables", "chicken", "sweet chili sauce")),
        ("Kibbeling", 7.8, ("battered cod pieces", "garlic sauce")),
    ],
    "Kapsalon": [
        ("Kapsalon Shoarma", _KAPSALON, ("fries", "shoarma", "gouda", "salad", "garlic sauce", "sambal")),
        ("Kapsalon Döner", _KAPSALON, ("fries", "döner", "gouda", "salad", "garlic sauce", "sambal")),
        ("Kapsalon Kip", _KAPSALON, ("fries", "chicken", "gouda", "salad", "garlic sauce", "sambal")),
        ("Kapsalon Vegetarisch", _KAPSALON, ("fries", "falafel", "gouda", "salad", "garlic sauce")),
    ],
    "Broodjes (Sandwiches)": [
        ("Broodje Kroket", 3.6, ("soft roll", "beef croquette", "mustard")),
        ("Broodje Frikandel", 3.3, ("soft roll", "frikandel", "curry ketchup")),
        ("Broodje Bal", 4.5, ("soft roll", "meatball", "gravy")),
        ("Broodje Shoarma", 7.0, ("pita", "shoarma", "salad", "garlic sauce")),
        ("Broodje Döner", 7.0, ("turkish bread", "döner", "salad", "garlic sauce")),
        ("Broodje Kipfilet", 6.2, ("roll", "chicken breast", "salad", "honey mustard")),
        ("Broodje Gezond", 5.5, ("roll", "ham", "cheese", "egg", "lettuce", "tomato", "cucumber")),
    ],
    "Pizza's": [
        ("Pizza Margherita", _pizza(8.5), ("tomato", "mozzarella")),
        ("Pizza Salami", _pizza(9.5), ("tomato", "mozzarella", "salami")),
        ("Pizza Funghi", _pizza(9.5), ("tomato", "mozzarella", "mushrooms")),
        ("Pizza Hawaii", _pizza(10.0), ("tomato", "mozzarella", "ham", "pineapple")),
        ("Pizza Tonno", _pizza(10.5), ("tomato", "mozzarella", "tuna", "red onion")),
        ("Pizza Quattro Formaggi", _pizza(11.0), ("tomato", "four cheeses")),
        ("Pizza Shoarma", _pizza(11.5), ("tomato", "mozzarella", "shoarma", "garlic sauce")),
        ("Pizza Döner", _pizza(11.5), ("tomato", "mozzarella", "döner", "garlic sauce")),
    ],
    "Sauzen (Sauces)": [
        ("Mayonaise", 0.75),
        ("Ketchup", 0.75),
        ("Curry (Curry Ketchup)", 0.75),
        ("Joppiesaus", 0.85),
        ("Satésaus (Peanut Sauce)", 0.95),
        ("Knoflooksaus (Garlic Sauce)", 0.85),
        ("Sambal", 0.5),
    ],
    "Dranken (Drinks)": [
        ("Coca-Cola", _BLIK_FLES),
        ("Coca-Cola Zero", _BLIK_FLES),
        ("Fanta", _BLIK_FLES),
        ("Lipton Ice Tea", _BLIK_FLES),
        ("Spa Rood (Sparkling Water)", 2.1),
        ("Chocomel", 2.3),
        ("Fristi", 2.2),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # friet
    ("een grote patat", "Patat", "groot"),
    ("patat klein", "Patat", "klein"),
    ("two medium fries", "Patat", "middel", 2),
    ("patatje met", "Patat Mayo"),
    ("a large fries with mayo", "Patat Mayo", "groot"),
    ("frietje speciaal middel", "Patat Speciaal", "middel"),
    ("patatje oorlog", "Patatje Oorlog"),
    ("a patatje or log groot", "Patatje Oorlog", "groot"),
    ("war fries", "Patatje Oorlog"),
    ("fries with beef stew", "Friet Stoofvlees"),
    ("small sweet potato fries", "Zoete Aardappelfriet (Sweet Potato Fries)", "klein"),
    # snacks
    ("twee frikandellen", "Frikandel", None, 2),
    ("a frikandel special", "Frikandel Speciaal"),
    ("free can del speciaal", "Frikandel Speciaal"),
    ("een kroket", "Kroket (Rundvleeskroket)"),
    ("three croquettes", "Kroket (Rundvleeskroket)", None, 3),
    ("goulash kroket", "Goulashkroket"),
    ("two kaas souffle", "Kaassoufflé", None, 2),
    ("a cheese souffle", "Kaassoufflé"),
    ("bami schijf", "Bamischijf"),
    ("kip corn", "Kipcorn"),
    ("beren hap", "Berenhap"),
    ("twelve bitterballen", "Bitterballen", "12 stuks"),
    ("bitter balls six pieces", "Bitterballen", "6 stuks"),
    ("nine chicken nuggets", "Kipnuggets", "9 stuks"),
    ("a spring roll", "Loempia (Spring Roll)"),
    # kapsalon
    ("a kapsalon", ASK),
    ("kapsalon shoarma groot", "Kapsalon Shoarma", "groot"),
    ("small kapsalon chicken", "Kapsalon Kip", "klein"),
    ("kapsalon doner", "Kapsalon Döner"),
    ("cup salon vegetarian", "Kapsalon Vegetarisch"),
    # broodjes
    ("broodje kroket", "Broodje Kroket"),
    ("a croquette sandwich", "Broodje Kroket"),
    ("shawarma sandwich", "Broodje Shoarma"),
    ("broodje bal", "Broodje Bal"),
    ("een broodje", ASK),
    # pizza
    ("margherita 30 centimeter", "Pizza Margherita", "30 cm"),
    ("pizza salami 25 cm", "Pizza Salami", "25 cm"),
    ("two tuna pizzas 30 cm", "Pizza Tonno", "30 cm", 2),
    ("four cheese pizza", "Pizza Quattro Formaggi"),
    ("a mushroom pizza", "Pizza Funghi"),
    ("a pizza 30 cm", ASK),
    ("doner", ASK),
    ("shoarma", ASK),
    # sauzen and drinks
    ("joppie saus", "Joppiesaus"),
    ("extra garlic sauce", "Knoflooksaus (Garlic Sauce)"),
    ("a sauce", ASK),
    ("a can of coke", "Coca-Cola", "blikje"),
    ("fanta 1.5 liter", "Fanta", "1,5 liter"),
    ("chocomel", "Chocomel"),
    ("a can of soda", ASK),
    # not on the menu
    ("a smulrol", UNKNOWN),
    ("broodje haring", UNKNOWN),
    ("a hamburger", UNKNOWN),
    ("pizza calzone", UNKNOWN),
    ("poffertjes", UNKNOWN),
    ("oliebollen", UNKNOWN),
    ("a stroopwafel", UNKNOWN),
]
