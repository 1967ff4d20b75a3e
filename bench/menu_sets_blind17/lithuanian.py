"""A Lithuanian restaurant (the pattern of Vilnius and Kaunas traditional restaurant menus and of
Lithuanian restaurants in Chicago, London and Dublin): cepelinai by count (1 or 2) with meat, curd
cheese or mushrooms, kugelis, vėdarai, bulviniai blynai plain or with salmon, žemaičių blynai,
balandėliai, koldūnai, šaltibarščiai and other soups, kibinai by count (1 or 3) with lamb or
chicken, kepta duona plain or with cheese, šakotis and tinginys, gira 0.5 or 1 l, Švyturys
Ekstra and Švyturys Baltas, Utenos. Items are named in Lithuanian with the English gloss in
parentheses. Callers drop š ž ė ų ą į ("saltibarsciai", "vedarai", "sakotis", "svyturys",
"zemaiciu blynai"), say the English ("pink soup", "potato pancakes", "fried bread", "zeppelins")
and mishear it ("sepelinai", "kugel", "kibinay"). "Cepelinai", "blynai", "two kibinai",
"dumplings", "beetroot soup", "Švyturys" and "a beer" alone are questions; balta mišrainė,
šašlykas, skilandis, juoda duona (plain rye bread), beef kibinai, Kalnapilis and žuvienė are not
on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Senoji Trobelė Lithuanian Kitchen"

_CEP = {"1 piece": 7.0, "2 pieces": 12.0}
_KIB = {"1 piece": 3.5, "3 pieces": 9.5}

CATEGORIES: dict[str, list[Item]] = {
    "Sriubos (Soups)": [
        ("Šaltibarščiai (Cold Pink Beetroot Soup with Hot Potatoes)", 6.0, ("beetroot", "kefir",
                                                                           "cucumber", "dill",
                                                                           "egg", "potatoes")),
        ("Barščiai (Hot Beetroot Soup)", 5.5, ("beetroot", "cabbage", "sour cream")),
        ("Grybų Sriuba (Mushroom Soup)", 6.0, ("forest mushrooms", "cream", "potato")),
        ("Žirnių Sriuba (Pea Soup with Smoked Ribs)", 5.5, ("split peas", "smoked pork ribs")),
        ("Rūgštynių Sriuba (Sorrel Soup)", 5.5, ("sorrel", "egg", "sour cream")),
    ],
    "Užkandžiai (Starters)": [
        ("Kepta Duona (Fried Garlic Bread)", 5.0, ("rye bread", "garlic")),
        ("Kepta Duona su Sūriu (Fried Garlic Bread with Cheese)", 6.5, ("rye bread", "garlic",
                                                                       "melted cheese")),
        ("Silkė su Bulvėmis (Herring with Potatoes)", 7.0, ("herring", "onion", "boiled potatoes")),
        ("Kibinai su Aviena (Lamb Kibinai)", _KIB, ("pastry", "lamb", "onion")),
        ("Kibinai su Vištiena (Chicken Kibinai)", _KIB, ("pastry", "chicken", "onion")),
        ("Rūkytos Lašišos Užkandis (Smoked Salmon Plate)", 8.5, ("smoked salmon", "rye bread")),
        ("Svogūnų Žiedai (Onion Rings)", 4.0),
    ],
    "Pagrindiniai Patiekalai (Mains)": [
        ("Cepelinai su Mėsa (Potato Dumplings with Meat)", _CEP, ("potato dough", "minced pork",
                                                                "bacon sauce", "sour cream")),
        ("Cepelinai su Varške (Potato Dumplings with Curd Cheese)", _CEP, ("potato dough",
                                                                         "curd cheese",
                                                                         "sour cream")),
        ("Cepelinai su Grybais (Potato Dumplings with Mushrooms)", _CEP, ("potato dough",
                                                                        "mushrooms")),
        ("Kugelis (Potato Pudding)", 9.0, ("grated potato", "bacon", "onion", "sour cream")),
        ("Vėdarai (Potato Sausage)", 9.5, ("pork intestine", "grated potato", "bacon")),
        ("Bulviniai Blynai (Potato Pancakes)", 8.0, ("grated potato", "sour cream")),
        ("Bulviniai Blynai su Lašiša (Potato Pancakes with Salmon)", 11.0, ("grated potato",
                                                                           "smoked salmon",
                                                                           "sour cream")),
        ("Žemaičių Blynai (Samogitian Potato Pancakes with Meat)", 9.5, ("mashed potato",
                                                                        "minced pork")),
        ("Balandėliai (Cabbage Rolls)", 10.0, ("cabbage", "minced pork", "rice",
                                               "tomato sauce")),
        ("Lietiniai su Mėsa (Meat Crêpes)", 8.5, ("crêpes", "minced pork", "sour cream")),
        ("Koldūnai (Meat Dumplings)", 8.5, ("dough", "minced pork", "sour cream")),
        ("Karbonadas (Breaded Pork Chop)", 12.0, ("pork chop", "potatoes", "salad")),
        ("Kiaulienos Šonkauliai (Pork Ribs)", 13.0, ("pork ribs", "sauerkraut")),
    ],
    "Desertai (Desserts)": [
        ("Šakotis (Tree Cake)", 4.5, ("egg batter", "butter")),
        ("Tinginys (Lazy Cake)", 4.0, ("biscuits", "cocoa", "condensed milk")),
        ("Varškės Spurgos (Curd Cheese Doughnuts)", 4.5),
        ("Skruzdėlynas (Anthill Cake)", 4.5, ("fried dough", "honey", "poppy seeds")),
        ("Obuolių Pyragas (Apple Cake)", 4.0),
        ("Šaltnosiukai (Blueberry Dumplings)", 6.0, ("dough", "blueberries", "sour cream")),
    ],
    "Gėrimai (Drinks)": [
        ("Gira (Bread Kvass)", {"0.5 l": 3.0, "1 l": 5.0}),
        ("Švyturys Ekstra", 4.5),
        ("Švyturys Baltas (Wheat Beer)", 4.5),
        ("Utenos Alus", 4.0),
        ("Kompotas (Fruit Compote Drink)", 2.5),
        ("Midus (Lithuanian Mead)", 5.0),
        ("Trauktinė (Herbal Bitter)", 4.0),
        ("Arbata (Tea)", 2.0),
        ("Kava (Coffee)", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Cepelinai su Mėsa (Potato Dumplings with Meat)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("saltibarsciai", "Šaltibarščiai (Cold Pink Beetroot Soup with Hot Potatoes)"),
    ("the pink soup", "Šaltibarščiai (Cold Pink Beetroot Soup with Hot Potatoes)"),
    ("cold beetroot soup", "Šaltibarščiai (Cold Pink Beetroot Soup with Hot Potatoes)"),
    ("barsciai", "Barščiai (Hot Beetroot Soup)"),
    ("mushroom soup", "Grybų Sriuba (Mushroom Soup)"),
    ("pea soup", "Žirnių Sriuba (Pea Soup with Smoked Ribs)"),
    # starters
    ("kepta duona", "Kepta Duona (Fried Garlic Bread)"),
    ("fried bread with cheese", "Kepta Duona su Sūriu (Fried Garlic Bread with Cheese)"),
    ("kepta duona su suriu", "Kepta Duona su Sūriu (Fried Garlic Bread with Cheese)"),
    ("herring with potatoes", "Silkė su Bulvėmis (Herring with Potatoes)"),
    ("three lamb kibinai", "Kibinai su Aviena (Lamb Kibinai)", "3 pieces"),
    ("kibinai su vistiena one", "Kibinai su Vištiena (Chicken Kibinai)", "1 piece"),
    ("uh three chicken kibinay", "Kibinai su Vištiena (Chicken Kibinai)", "3 pieces"),
    ("smoked salmon plate", "Rūkytos Lašišos Užkandis (Smoked Salmon Plate)"),
    # mains
    ("two cepelinai with meat", "Cepelinai su Mėsa (Potato Dumplings with Meat)", "2 pieces"),
    ("cepelinai su mesa", "Cepelinai su Mėsa (Potato Dumplings with Meat)"),
    ("one meat zeppelin", "Cepelinai su Mėsa (Potato Dumplings with Meat)", "1 piece"),
    ("sepelinai with curd cheese", "Cepelinai su Varške (Potato Dumplings with Curd Cheese)"),
    ("cepelinai su varske two", "Cepelinai su Varške (Potato Dumplings with Curd Cheese)",
     "2 pieces"),
    ("mushroom cepelinai", "Cepelinai su Grybais (Potato Dumplings with Mushrooms)"),
    ("kugelis", "Kugelis (Potato Pudding)"),
    ("two kugel", "Kugelis (Potato Pudding)", None, 2),
    ("potato pudding", "Kugelis (Potato Pudding)"),
    ("vedarai", "Vėdarai (Potato Sausage)"),
    ("potato sausage", "Vėdarai (Potato Sausage)"),
    ("bulviniai blynai", "Bulviniai Blynai (Potato Pancakes)"),
    ("potato pancakes with salmon", "Bulviniai Blynai su Lašiša (Potato Pancakes with Salmon)"),
    ("zemaiciu blynai", "Žemaičių Blynai (Samogitian Potato Pancakes with Meat)"),
    ("balandeliai", "Balandėliai (Cabbage Rolls)"),
    ("cabbage rolls", "Balandėliai (Cabbage Rolls)"),
    ("koldunai", "Koldūnai (Meat Dumplings)"),
    ("pork ribs", "Kiaulienos Šonkauliai (Pork Ribs)"),
    # desserts
    ("sakotis", "Šakotis (Tree Cake)"),
    ("tree cake", "Šakotis (Tree Cake)"),
    ("tinginys", "Tinginys (Lazy Cake)"),
    ("skruzdelynas", "Skruzdėlynas (Anthill Cake)"),
    ("blueberry dumplings", "Šaltnosiukai (Blueberry Dumplings)"),
    # drinks
    ("gira one litre", "Gira (Bread Kvass)", "1 l"),
    ("two kvass half litre", "Gira (Bread Kvass)", "0.5 l", 2),
    ("svyturys ekstra", "Švyturys Ekstra"),
    ("svyturys wheat beer", "Švyturys Baltas (Wheat Beer)"),
    ("utenos", "Utenos Alus"),
    ("kompotas", "Kompotas (Fruit Compote Drink)"),
    ("mead", "Midus (Lithuanian Mead)"),
    # questions
    ("cepelinai", ASK),
    ("beetroot soup", ASK),
    ("two kibinai", ASK),
    ("svyturys", ASK),
    ("a beer", ASK),
    ("dumplings", ASK),
    ("blynai", ASK),
    # not on the menu
    ("balta misraine", UNKNOWN),
    ("saslykas", UNKNOWN),
    ("skilandis", UNKNOWN),
    ("juoda duona", UNKNOWN),
    ("kalnapilis", UNKNOWN),
    ("zuviene fish soup", UNKNOWN),
    ("beef kibinai", UNKNOWN),
]
