"""A Danish lunch place and bakery (the pattern of the smørrebrød counters, bakeries and pølsevogne
of Copenhagen and Aarhus and the Danish cafés of Solvang and New York, with Danish names and
English glosses): open-faced smørrebrød by the piece (egg and shrimp, stjerneskud, leverpostej,
rullepølse, roast beef, herring two ways, potato, chicken salad, smoked salmon, fish fillet),
frikadeller by 2 or 3, a flæskesteg sandwich and tarteletter, the hot-dog wagon (rød pølse,
ristet pølse, ristet hotdog med det hele, fransk hotdog), wienerbrød (spandauer, kanelsnegl,
tebirkes, hindbærsnitte), koldskål by the half or whole litre, coffee Small or Large, Cocio and
Danish beer. Callers drop ø, æ and å and say "smorrebrod", "open sandwich", "liver pate",
"red hot dog", "french hot dog", "shooting star", "cinnamon snail", "kold skol",
"frick a della", "flesk a steg", "tea birks". "A herring" (curry or marinated), "a smørrebrød",
"a hot dog" (ristet or fransk), "a sausage", "a pastry" and "a beer" alone are questions;
æbleskiver, røget ål (smoked eel), medisterpølse, stegt flæsk with parsley sauce,
gravad laks, a kringle and flødeboller are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Lille Danske Frokost og Bageri"

_SIZE = {"Small": 3.0, "Large": 4.0}

CATEGORIES: dict[str, list[Item]] = {
    "Smørrebrød (Open Sandwiches, per piece)": [
        ("Æg og Rejer (Egg and Shrimp)", 9.5, ("rye bread", "boiled egg", "shrimp", "mayonnaise",
                                               "dill")),
        ("Stjerneskud (Fried Plaice with Shrimp)", 12.0, ("white bread", "fried plaice",
                                                          "steamed plaice", "shrimp", "caviar")),
        ("Leverpostej (Liver Pâté with Bacon)", 7.5, ("rye bread", "warm liver pâté", "bacon",
                                                       "mushrooms", "pickled beets")),
        ("Rullepølse (Rolled Pork Belly)", 7.5, ("rye bread", "spiced pork roll", "aspic", "onion",
                                                 "cress")),
        ("Roastbeef (Roast Beef)", 8.5, ("rye bread", "roast beef", "remoulade", "fried onions",
                                         "horseradish")),
        ("Karrysild (Curry Herring)", 7.0, ("rye bread", "herring", "curry dressing", "egg")),
        ("Marineret Sild (Pickled Herring)", 7.0, ("rye bread", "pickled herring", "red onion",
                                                    "capers")),
        ("Hamburgerryg (Smoked Pork Loin)", 7.5, ("rye bread", "smoked pork loin",
                                                   "italian salad")),
        ("Tatar (Beef Tartare)", 12.0, ("rye bread", "raw beef", "egg yolk", "capers", "onion")),
        ("Gammeldags Ost (Aged Cheese)", 6.5, ("rye bread", "aged danish cheese", "aspic",
                                                "raw onion")),
        ("Kartoffelmad (Potato)", 6.5, ("rye bread", "new potatoes", "chives", "mayonnaise")),
        ("Hønsesalat (Chicken Salad)", 7.5, ("rye bread", "chicken salad", "asparagus", "bacon")),
        ("Røget Laks (Smoked Salmon)", 10.0, ("rye bread", "smoked salmon", "scrambled egg", "dill")),
        ("Fiskefilet med Remoulade (Fish Fillet)", 8.5, ("rye bread", "breaded fish fillet",
                                                          "remoulade", "lemon")),
    ],
    "Varme Retter (Hot Dishes)": [
        ("Frikadeller (Danish Meatballs)", {"2 Stk": 11.0, "3 Stk": 14.0},
         ("pork and veal meatballs", "potato salad", "pickled cucumber")),
        ("Flæskesteg Sandwich (Roast Pork Sandwich)", 12.0, ("roast pork", "crackling", "red cabbage",
                                                             "pickles", "bun")),
        ("Tarteletter (Tartlets with Chicken and Asparagus)", 11.0, ("puff pastry shells", "chicken",
                                                                     "asparagus", "cream sauce")),
        ("Brændende Kærlighed (Mash with Bacon)", 11.0, ("mashed potatoes", "bacon", "onion",
                                                          "pickled beets")),
    ],
    "Pølsevognen (Hot-Dog Wagon)": [
        ("Rød Pølse (Boiled Red Sausage)", 5.0, ("red sausage", "bun", "ketchup", "mustard")),
        ("Ristet Pølse (Grilled Sausage)", 5.5, ("grilled sausage", "bun", "ketchup", "mustard")),
        ("Ristet Hotdog med det hele (Hot Dog with Everything)", 7.0,
         ("grilled sausage", "bun", "remoulade", "raw onion", "fried onion", "pickles")),
        ("Fransk Hotdog (French Hot Dog)", 6.5, ("sausage in a hollowed baguette", "dressing")),
        ("Pommes Frites", 4.0),
    ],
    "Bageri (Bakery)": [
        ("Spandauer (Custard Danish)", 4.5, ("puff pastry", "custard", "icing")),
        ("Kanelsnegl (Cinnamon Snail)", 4.0, ("cinnamon roll", "icing")),
        ("Tebirkes (Poppy Seed Pastry)", 3.5, ("laminated dough", "marzipan filling", "poppy seeds")),
        ("Hindbærsnitte (Raspberry Slice)", 4.0, ("shortcrust", "raspberry jam", "icing",
                                                   "sprinkles")),
        ("Rundstykke med Ost (Roll with Cheese)", 4.0, ("bread roll", "butter", "danish cheese")),
        ("Chokoladebolle (Chocolate Bun)", 3.5, ("bun", "chocolate icing")),
        ("Risalamande", 5.5, ("rice pudding", "almonds", "cherry sauce")),
    ],
    "Drikkevarer (Drinks)": [
        ("Koldskål med Kammerjunkere (Cold Buttermilk Dessert Soup)", {"0,5 L": 5.0, "1 L": 8.5},
         ("buttermilk", "lemon", "vanilla", "small biscuits")),
        ("Kaffe (Coffee)", _SIZE),
        ("Te (Tea)", _SIZE),
        ("Cocio (Chocolate Milk)", 3.5),
        ("Faxe Kondi", 3.0),
        ("Carlsberg", 6.0),
        ("Tuborg Grøn", 6.0),
        ("Akvavit", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # smørrebrød
    ("egg and shrimp", "Æg og Rejer (Egg and Shrimp)"),
    ("two aeg og rejer", "Æg og Rejer (Egg and Shrimp)", None, 2),
    ("a stjerneskud", "Stjerneskud (Fried Plaice with Shrimp)"),
    ("shooting star sandwich", "Stjerneskud (Fried Plaice with Shrimp)"),
    ("leverpostej", "Leverpostej (Liver Pâté with Bacon)"),
    ("the liver pate open sandwich", "Leverpostej (Liver Pâté with Bacon)"),
    ("roast beef smorrebrod", "Roastbeef (Roast Beef)"),
    ("two roastbeef", "Roastbeef (Roast Beef)", None, 2),
    ("curry herring", "Karrysild (Curry Herring)"),
    ("karry sild", "Karrysild (Curry Herring)"),
    ("pickled herring", "Marineret Sild (Pickled Herring)"),
    ("a herring", ASK),
    ("potato smorrebrod", "Kartoffelmad (Potato)"),
    ("honsesalat", "Hønsesalat (Chicken Salad)"),
    ("chicken salad open sandwich", "Hønsesalat (Chicken Salad)"),
    ("smoked salmon", "Røget Laks (Smoked Salmon)"),
    ("fiskefilet", "Fiskefilet med Remoulade (Fish Fillet)"),
    ("fish fillet with remoulade", "Fiskefilet med Remoulade (Fish Fillet)"),
    ("a smorrebrod", ASK),
    # hot dishes
    ("three frikadeller", "Frikadeller (Danish Meatballs)", "3 stk"),
    ("two frick a della", "Frikadeller (Danish Meatballs)", "2 stk"),
    ("danish meatballs three pieces", "Frikadeller (Danish Meatballs)", "3 stk"),
    ("flaeskesteg sandwich", "Flæskesteg Sandwich (Roast Pork Sandwich)"),
    ("a flesk a steg sandwich", "Flæskesteg Sandwich (Roast Pork Sandwich)"),
    ("roast pork sandwich", "Flæskesteg Sandwich (Roast Pork Sandwich)"),
    ("tarteletter", "Tarteletter (Tartlets with Chicken and Asparagus)"),
    ("braendende kaerlighed", "Brændende Kærlighed (Mash with Bacon)"),
    # hot-dog wagon
    ("a rod polse", "Rød Pølse (Boiled Red Sausage)"),
    ("two red hot dogs", "Rød Pølse (Boiled Red Sausage)", None, 2),
    ("ristet polse", "Ristet Pølse (Grilled Sausage)"),
    ("a hot dog with everything", "Ristet Hotdog med det hele (Hot Dog with Everything)"),
    ("two french hot dogs", "Fransk Hotdog (French Hot Dog)", None, 2),
    ("a hot dog", ASK),
    ("a sausage", ASK),
    # bakery
    ("a spandauer", "Spandauer (Custard Danish)"),
    ("two cinnamon snails", "Kanelsnegl (Cinnamon Snail)", None, 2),
    ("tebirkes", "Tebirkes (Poppy Seed Pastry)"),
    ("three tea birks", "Tebirkes (Poppy Seed Pastry)", None, 3),
    ("raspberry slice", "Hindbærsnitte (Raspberry Slice)"),
    ("a roll with cheese", "Rundstykke med Ost (Roll with Cheese)"),
    ("risalamande", "Risalamande"),
    ("a pastry", ASK),
    # drinks
    ("a liter of koldskal", "Koldskål med Kammerjunkere (Cold Buttermilk Dessert Soup)", "1 l"),
    ("half a liter of kold skol", "Koldskål med Kammerjunkere (Cold Buttermilk Dessert Soup)",
     "0,5 l"),
    ("a large coffee", "Kaffe (Coffee)", "large"),
    ("a small tea", "Te (Tea)", "small"),
    ("two cocio", "Cocio (Chocolate Milk)", None, 2),
    ("a tuborg", "Tuborg Grøn"),
    ("a shot of aquavit", "Akvavit"),
    ("a beer", ASK),
    # not on the menu
    ("aebleskiver", UNKNOWN),
    ("smoked eel smorrebrod", UNKNOWN),
    ("medisterpolse", UNKNOWN),
    ("stegt flaesk med persillesovs", UNKNOWN),
    ("gravad laks", UNKNOWN),
    ("a kringle", UNKNOWN),
    ("flodeboller", UNKNOWN),
]
