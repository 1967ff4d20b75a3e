"""A Scottish chip shop and pizzeria (the pattern of Glasgow and Edinburgh chippy menus): suppers
(with chips) and singles (on their own) of fish, haggis, black pudding, white pudding, pizza
crunch and sausage, smoked sausage, scampi, steak pie and chicken suppers, 10 or 12 inch pizzas,
munchy boxes small or large, chips and cheesy chips small or large, curry sauce, gravy, deep-fried
Mars bar, Tunnock's teacake, Irn-Bru and Coke by the can or 1.5 L. Items are named in English as
the shop's board names them. Callers say it in Scots ("a wee chips", "a poke o chips", "black
puddin", "salt n sauce", "twa", "on its own"), add the Edinburgh "salt and sauce" (no item of its
own) and mishear it ("iron brew", "munchie box"). "Haggis", "black pudding", "pudding supper",
"pizza crunch", "a sausage", "twelve inch pizza" and "a can of juice" alone are questions; mince
pie supper, red pudding supper, king rib supper, scotch pie, mushy peas, deep-fried Snickers and
Vimto are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "The Crunchy Chippy & Pizzeria"

_PIZZA = {"10 inch": 8.5, "12 inch": 10.5}
_BOX = {"Small": 9.0, "Large": 13.0}
_CHIPS = {"Small": 2.8, "Large": 3.8}
_CAN = {"Can": 1.3, "1.5 L": 2.9}

CATEGORIES: dict[str, list[Item]] = {
    "Suppers (with Chips)": [
        ("Fish Supper", 10.5, ("battered haddock", "chips")),
        ("Haggis Supper", 8.0, ("battered haggis", "chips")),
        ("Black Pudding Supper", 7.5, ("battered black pudding", "chips")),
        ("White Pudding Supper", 7.5, ("battered white pudding", "chips")),
        ("Pizza Crunch Supper", 9.0, ("battered half margherita pizza", "chips")),
        ("Sausage Supper", 7.0, ("battered sausages", "chips")),
        ("Smoked Sausage Supper", 7.5, ("battered smoked sausage", "chips")),
        ("Scampi Supper", 9.5, ("breaded scampi", "chips")),
        ("Steak Pie Supper", 8.0, ("steak pie", "chips")),
        ("Chicken Breast Supper", 8.5, ("battered chicken breast", "chips")),
    ],
    "Singles (no Chips)": [
        ("Fish Single", 7.5, ("battered haddock",)),
        ("Haggis Single", 4.5, ("battered haggis",)),
        ("Black Pudding Single", 4.0, ("battered black pudding",)),
        ("White Pudding Single", 4.0, ("battered white pudding",)),
        ("Pizza Crunch Single", 5.5, ("battered half margherita pizza",)),
        ("Sausage Single", 3.5, ("battered sausages",)),
        ("Smoked Sausage Single", 4.0, ("battered smoked sausage",)),
    ],
    "Pizzas": [
        ("Margherita", _PIZZA, ("tomato", "mozzarella")),
        ("Pepperoni", _PIZZA, ("tomato", "mozzarella", "pepperoni")),
        ("Hawaiian", _PIZZA, ("ham", "pineapple")),
        ("Meat Feast", _PIZZA, ("pepperoni", "ham", "sausage", "donner meat")),
        ("Donner Pizza", _PIZZA, ("donner meat", "onion", "chilli sauce")),
        ("Haggis Pizza", _PIZZA, ("haggis", "onion", "mozzarella")),
        ("Vegetarian", _PIZZA, ("peppers", "onion", "mushroom", "sweetcorn")),
    ],
    "Munchy Boxes": [
        ("Munchy Box", _BOX, ("donner meat", "chips", "pakora", "onion rings", "garlic bread",
                              "chilli sauce")),
        ("Chicken Munchy Box", _BOX, ("chicken tikka", "chicken pakora", "chips", "naan",
                                      "garlic sauce")),
    ],
    "Chips and Extras": [
        ("Chips", _CHIPS),
        ("Cheesy Chips", _CHIPS, ("chips", "grated cheddar")),
        ("Curry Sauce", 1.5),
        ("Gravy", 1.3),
        ("Pickled Onion", 0.6),
        ("Onion Rings", 2.5),
        ("Potato Fritter", 1.2),
    ],
    "Sweets": [
        ("Deep-Fried Mars Bar", 2.5),
        ("Tunnock's Teacake", 0.9),
        ("Ice Cream Tub", 2.0),
    ],
    "Drinks": [
        ("Irn-Bru", _CAN),
        ("Diet Irn-Bru", _CAN),
        ("Coca-Cola", _CAN),
        ("Bottled Water", 1.2),
    ],
}

SPECIALS: tuple[str, ...] = ("Pizza Crunch Supper",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # suppers and singles
    ("fish supper", "Fish Supper"),
    ("two fish suppers salt and sauce", "Fish Supper", None, 2),
    ("a fish single", "Fish Single"),
    ("uh just the fish on its own nae chips", "Fish Single"),
    ("haggis supper", "Haggis Supper"),
    ("a haggis single", "Haggis Single"),
    ("black pudding supper", "Black Pudding Supper"),
    ("black puddin single", "Black Pudding Single"),
    ("three white pudding suppers", "White Pudding Supper", None, 3),
    ("white puddin single", "White Pudding Single"),
    ("pizza crunch supper", "Pizza Crunch Supper"),
    ("a pizza crunch single wi salt n sauce", "Pizza Crunch Single"),
    ("sausage supper", "Sausage Supper"),
    ("smoked sausage supper", "Smoked Sausage Supper"),
    ("smoked sausage single", "Smoked Sausage Single"),
    ("scampi supper", "Scampi Supper"),
    ("steak pie supper", "Steak Pie Supper"),
    ("chicken supper", "Chicken Breast Supper"),
    # pizzas
    ("a twelve inch margherita", "Margherita", "12 inch"),
    ("10 inch pepperoni", "Pepperoni", "10 inch"),
    ("hawaiian pizza 12 inch", "Hawaiian", "12 inch"),
    ("meat feast ten inch", "Meat Feast", "10 inch"),
    ("donner pizza twelve inch", "Donner Pizza", "12 inch"),
    ("haggis pizza 10 inch", "Haggis Pizza", "10 inch"),
    ("veggie pizza 12 inch", "Vegetarian", "12 inch"),
    ("two 10 inch margheritas", "Margherita", "10 inch", 2),
    # munchy boxes
    ("large munchy box", "Munchy Box", "large"),
    ("munchie box small", "Munchy Box", "small"),
    ("chicken munchy box large", "Chicken Munchy Box", "large"),
    # chips and extras
    ("a wee chips", "Chips", "small"),
    ("large chips", "Chips", "large"),
    ("cheesy chips small", "Cheesy Chips", "small"),
    ("a poke o chips", "Chips"),
    ("curry sauce", "Curry Sauce"),
    ("gravy", "Gravy"),
    ("two pickled onions", "Pickled Onion", None, 2),
    ("onion rings", "Onion Rings"),
    ("tattie fritter", "Potato Fritter"),
    # sweets
    ("deep fried mars bar", "Deep-Fried Mars Bar"),
    ("a battered mars bar", "Deep-Fried Mars Bar"),
    ("tunnocks teacake", "Tunnock's Teacake"),
    # drinks
    ("irn bru can", "Irn-Bru", "can"),
    ("iron brew one and a half litre", "Irn-Bru", "1.5 l"),
    ("diet irn bru can", "Diet Irn-Bru", "can"),
    ("can of coke", "Coca-Cola", "can"),
    ("bottle of water", "Bottled Water"),
    # questions
    ("haggis", ASK),
    ("black pudding", ASK),
    ("pudding supper", ASK),
    ("pizza crunch", ASK),
    ("a sausage", ASK),
    ("twelve inch pizza", ASK),
    ("a can of juice", ASK),
    # not on the menu
    ("mince pie supper", UNKNOWN),
    ("red pudding supper", UNKNOWN),
    ("king rib supper", UNKNOWN),
    ("scotch pie", UNKNOWN),
    ("mushy peas", UNKNOWN),
    ("deep fried snickers", UNKNOWN),
    ("vimto", UNKNOWN),
]
