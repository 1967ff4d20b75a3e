"""A Swedish restaurant and café (the pattern of the Swedish restaurants, delis and fika cafés of
Seattle's Ballard, Chicago's Andersonville, Minneapolis and New York): toast skagen, gravlax, a
herring plate, Västerbotten cheese pie, yellow pea soup by the Cup or Bowl, open sandwiches,
köttbullar with mashed potatoes and lingonberries, raggmunk with pork belly, pyttipanna,
kåldolmar, wallenbergare, fried strömming, baked salmon, biff à la Lindström, korv Stroganoff and
the Thursday pea soup with pancakes; sides; kanelbulle, kardemummabulle, semla and other fika by
the piece; prinsesstårta, kladdkaka and apple cake by the Slice or Whole; coffee and lingon or
elderflower drinks Small or Large, julmust and aquavit. Swedish names with the English. Callers
drop the rings and dots ("kottbullar", "rak smorgas", "prinsesstarta"), use the English ("Swedish
meatballs", "potato pancakes", "princess cake") and Swedish plurals ("two semlor", "kanelbullar"),
and speech recognition writes köttbullar as "shut bull are", raggmunk as "rag monk", gravlax as
"grav locks", pyttipanna as "pitty panna", wallenbergare as "valen berry a" and Janssons as
"yansons". "Herring", "the salmon", "the shrimp", "a sandwich", "potatoes", "a bun" or "a slice
of cake" alone is a question; surströmming, lutfisk, smörgåstårta, lussekatter, potato sausage,
kroppkakor and kalops are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Svensk Kafé & Kök"

_CAKE = {"Slice": 7.5, "Whole": 48.0}
_DRINK = {"Small": 3.5, "Large": 4.75}

CATEGORIES: dict[str, list[Item]] = {
    "Förrätter (Starters)": [
        ("Toast Skagen (Shrimp Toast)", 16.0, ("shrimp", "dill", "mayonnaise", "lemon", "bleak roe",
                                               "butter-fried toast")),
        ("Gravlax (Cured Salmon)", 15.0, ("dill-cured salmon", "hovmästarsås", "rye bread")),
        ("Sillbricka (Herring Plate)", 14.0, ("three pickled herrings", "boiled potatoes", "egg",
                                              "sour cream", "chives", "crispbread")),
        ("Västerbottenpaj (Cheese Pie)", 12.0, ("västerbotten cheese", "egg", "cream",
                                                "shortcrust")),
        ("Ärtsoppa (Yellow Pea Soup)", {"Cup": 6.0, "Bowl": 9.0}, ("yellow peas", "smoked pork",
                                                                   "thyme", "mustard")),
    ],
    "Smörgåsar (Open Sandwiches)": [
        ("Räksmörgås (Shrimp Sandwich)", 17.0, ("shrimp", "egg", "lettuce", "mayonnaise", "dill",
                                               "lemon")),
        ("Laxsmörgås (Smoked Salmon Sandwich)", 14.0, ("smoked salmon", "cream cheese", "cucumber",
                                                       "dill")),
        ("Leverpastejsmörgås (Liver Pâté Sandwich)", 9.0, ("liver pâté", "pickled cucumber",
                                                            "rye bread")),
        ("Ostsmörgås (Cheese Sandwich)", 7.0, ("präst cheese", "butter", "bell pepper",
                                               "cardamom bread")),
    ],
    "Varmrätter (Mains)": [
        ("Köttbullar (Swedish Meatballs)", 22.0, ("beef and pork meatballs", "mashed potatoes",
                                                  "cream gravy", "lingonberries",
                                                  "pickled cucumber")),
        ("Raggmunk med Fläsk (Potato Pancakes with Pork Belly)", 19.0, ("potato pancakes",
                                                                        "fried pork belly",
                                                                        "lingonberries")),
        ("Pyttipanna (Swedish Hash)", 18.0, ("diced beef", "potato", "onion", "fried egg",
                                             "pickled beets")),
        ("Kåldolmar (Stuffed Cabbage Rolls)", 20.0, ("cabbage", "ground pork", "rice",
                                                     "cream gravy", "lingonberries", "potatoes")),
        ("Wallenbergare (Veal Patty)", 24.0, ("veal", "cream", "egg yolk", "mashed potatoes",
                                              "peas", "brown butter", "lingonberries")),
        ("Stekt Strömming (Fried Baltic Herring)", 20.0, ("baltic herring", "mashed potatoes",
                                                          "lingonberries", "brown butter")),
        ("Ugnsbakad Lax (Baked Salmon)", 26.0, ("salmon", "dill sauce", "boiled potatoes")),
        ("Biff à la Lindström", 21.0, ("beef patty", "beets", "capers", "onion", "potatoes",
                                       "cream sauce")),
        ("Korv Stroganoff (Sausage Stroganoff)", 18.0, ("falukorv", "tomato cream sauce", "rice")),
        ("Ärtsoppa och Pannkakor (Thursday Pea Soup & Pancakes)", 16.0, ("yellow pea soup",
                                                                          "swedish pancakes",
                                                                          "jam", "cream")),
        ("Pannkakor med Sylt (Swedish Pancakes with Jam)", 11.0, ("thin pancakes",
                                                                  "lingonberry jam",
                                                                  "whipped cream")),
    ],
    "Tillbehör (Sides)": [
        ("Potatismos (Mashed Potatoes)", 5.0),
        ("Kokt Potatis med Dill (Dill Potatoes)", 5.0),
        ("Janssons Frestelse (Jansson's Temptation)", 7.0, ("potato", "onion", "sprats", "cream")),
        ("Lingonsylt (Lingonberry Jam)", 2.0),
        ("Pressgurka (Pickled Cucumber)", 3.0),
        ("Knäckebröd (Crispbread)", 3.0, ("crispbread", "butter")),
    ],
    "Fika (Pastries)": [
        ("Kanelbulle (Cinnamon Bun)", 4.5, ("cardamom dough", "cinnamon", "pearl sugar")),
        ("Kardemummabulle (Cardamom Bun)", 4.5, ("cardamom dough", "cardamom sugar")),
        ("Semla (Cream Bun)", 6.5, ("cardamom bun", "almond paste", "whipped cream")),
        ("Chokladboll (Chocolate Oat Ball)", 3.0, ("oats", "cocoa", "butter", "coconut")),
        ("Dammsugare (Punsch Roll)", 4.0, ("green marzipan", "punsch filling", "chocolate")),
    ],
    "Tårtor och Kakor (Cakes)": [
        ("Prinsesstårta (Princess Cake)", {"Slice": 8.5, "Whole": 58.0}, ("sponge cake",
                                                                          "raspberry jam",
                                                                          "vanilla custard",
                                                                          "whipped cream",
                                                                          "green marzipan")),
        ("Kladdkaka (Sticky Chocolate Cake)", _CAKE, ("chocolate", "whipped cream")),
        ("Äppelkaka med Vaniljsås (Apple Cake with Vanilla Sauce)", _CAKE, ("apples", "cinnamon",
                                                                            "vanilla sauce")),
        ("Ostkaka (Swedish Curd Cake)", 8.0, ("curd cake", "cloudberry jam", "whipped cream")),
    ],
    "Drycker (Drinks)": [
        ("Bryggkaffe (Drip Coffee)", {"Small": 3.0, "Large": 4.0}),
        ("Te (Tea)", 3.0),
        ("Lingondricka (Lingonberry Drink)", _DRINK),
        ("Fläderdricka (Elderflower Drink)", _DRINK),
        ("Julmust (Christmas Soda)", 4.0),
        ("Akvavit (Aquavit)", 9.0),
        ("Mariestads (Swedish Lager)", 8.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Ärtsoppa och Pannkakor (Thursday Pea Soup & Pancakes)",
                             "Semla (Cream Bun)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters and sandwiches
    ("toast skagen", "Toast Skagen (Shrimp Toast)"),
    ("a toast skaw gen", "Toast Skagen (Shrimp Toast)"),
    ("two gravlax", "Gravlax (Cured Salmon)", None, 2),
    ("the grav locks", "Gravlax (Cured Salmon)"),
    ("the herring plate", "Sillbricka (Herring Plate)"),
    ("vasterbotten pie", "Västerbottenpaj (Cheese Pie)"),
    ("a cup of pea soup", "Ärtsoppa (Yellow Pea Soup)", "cup"),
    ("bowl of artsoppa", "Ärtsoppa (Yellow Pea Soup)", "bowl"),
    ("rak smorgas", "Räksmörgås (Shrimp Sandwich)"),
    ("a smoked salmon sandwich", "Laxsmörgås (Smoked Salmon Sandwich)"),
    ("liver pate sandwich", "Leverpastejsmörgås (Liver Pâté Sandwich)"),
    ("the shrimp", ASK),
    ("a sandwich", ASK),
    # mains
    ("swedish meatballs", "Köttbullar (Swedish Meatballs)"),
    ("two orders of kottbullar", "Köttbullar (Swedish Meatballs)", None, 2),
    ("shut bull are", "Köttbullar (Swedish Meatballs)"),
    ("rag monk with pork", "Raggmunk med Fläsk (Potato Pancakes with Pork Belly)"),
    ("potato pancakes", "Raggmunk med Fläsk (Potato Pancakes with Pork Belly)"),
    ("pitty panna", "Pyttipanna (Swedish Hash)"),
    ("cabbage rolls", "Kåldolmar (Stuffed Cabbage Rolls)"),
    ("kal dolmar", "Kåldolmar (Stuffed Cabbage Rolls)"),
    ("valen berry a", "Wallenbergare (Veal Patty)"),
    ("fried herring", "Stekt Strömming (Fried Baltic Herring)"),
    ("stekt stromming", "Stekt Strömming (Fried Baltic Herring)"),
    ("baked salmon", "Ugnsbakad Lax (Baked Salmon)"),
    ("biff a la lindstrom", "Biff à la Lindström"),
    ("sausage stroganoff", "Korv Stroganoff (Sausage Stroganoff)"),
    ("pea soup and pancakes", "Ärtsoppa och Pannkakor (Thursday Pea Soup & Pancakes)"),
    ("swedish pancakes with jam", "Pannkakor med Sylt (Swedish Pancakes with Jam)"),
    ("herring", ASK),
    ("the salmon", ASK),
    # sides
    ("mashed potatoes", "Potatismos (Mashed Potatoes)"),
    ("yansons frestelse", "Janssons Frestelse (Jansson's Temptation)"),
    ("extra lingonberry jam", "Lingonsylt (Lingonberry Jam)"),
    ("dill potatoes", "Kokt Potatis med Dill (Dill Potatoes)"),
    ("a side of potatoes", ASK),
    # fika and cakes
    ("two kanelbullar", "Kanelbulle (Cinnamon Bun)", None, 2),
    ("a cinnamon bun", "Kanelbulle (Cinnamon Bun)"),
    ("three cardamom buns", "Kardemummabulle (Cardamom Bun)", None, 3),
    ("two semlor", "Semla (Cream Bun)", None, 2),
    ("dammsugare", "Dammsugare (Punsch Roll)"),
    ("a bun", ASK),
    ("a slice of princess cake", "Prinsesstårta (Princess Cake)", "slice"),
    ("a whole prinsesstarta", "Prinsesstårta (Princess Cake)", "whole"),
    ("kladdkaka slice", "Kladdkaka (Sticky Chocolate Cake)", "slice"),
    ("a whole apple cake", "Äppelkaka med Vaniljsås (Apple Cake with Vanilla Sauce)", "whole"),
    ("ostkaka", "Ostkaka (Swedish Curd Cake)"),
    ("a slice of cake", ASK),
    # drinks
    ("a large coffee", "Bryggkaffe (Drip Coffee)", "large"),
    ("two small lingonberry drinks", "Lingondricka (Lingonberry Drink)", "small", 2),
    ("large elderflower", "Fläderdricka (Elderflower Drink)", "large"),
    ("a shot of aquavit", "Akvavit (Aquavit)"),
    # not on the menu
    ("surstromming", UNKNOWN),
    ("lutfisk", UNKNOWN),
    ("a smorgastarta", UNKNOWN),
    ("two lussekatter", UNKNOWN),
    ("potato sausage", UNKNOWN),
    ("kroppkakor", UNKNOWN),
    ("kalops", UNKNOWN),
]
