"""A Maltese pastizzeria and kitchen (the pattern of Maltese pastizzerias and Maltese-Australian
and Maltese-Canadian take-out kitchens, e.g. in Melbourne, Sydney and Toronto): pastizzi
tal-irkotta (ricotta) and tal-piżelli (mushy pea) by the piece, qassatat, ftira and ħobż biż-żejt,
stuffat tal-fenek and fried rabbit, timpana, mqarrun il-forn, ross il-forn, lampuki pie, bragioli,
soups, imqaret, kannoli, qagħaq tal-għasel, Kinnie, Cisk and Hopleaf. Maltese names with English
glosses. Callers drop ħ, ż, ġ and għ and say "six cheese cakes" (the Maltese English for ricotta
pastizzi), "a pea pastizz", "rabbit stew", "a spinach and tuna qassata", "hobz biz zejt" ("hobs bis
zate"), "stuffat tal fenek" ("stoo fat tal fennek"), "timpana" ("tim pah na"), "imqaret" ("im ar
ret"), "qaghaq tal ghasel", "a kinny", "a hop leaf". "A qassata", "a ricotta pastry", "rabbit", "a
ftira", "a soup", "a beer" and a dozen pastizzi with no filling are questions; chicken pastizzi,
stuffat tal-qarnit (octopus stew), fried lampuki, bebbux (snails), ravjul, froġa tat-tarja and
kwareżimal are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Maltese Pastizzeria & Kitchen"

CATEGORIES: dict[str, list[Item]] = {
    "Pastizzeria": [
        ("Pastizz tal-Irkotta (Ricotta Pastizz)", 1.2, ("flaky pastry", "ricotta")),
        ("Pastizz tal-Piżelli (Pea Pastizz)", 1.2, ("flaky pastry", "mushy peas", "curry spice")),
        ("Qassata tal-Irkotta (Ricotta Qassata)", 2.5, ("shortcrust pastry", "ricotta", "egg")),
        ("Qassata tal-Ispinaċi (Spinach & Tuna Qassata)", 2.8, ("shortcrust pastry", "spinach", "tuna",
                                                                 "olives")),
        ("Ftira Maltija", 8.5, ("maltese ring bread", "tuna", "tomato paste", "capers", "olives",
                                "onion")),
        ("Ftira Għawdxija (Gozo Ftira)", 12.0, ("thin dough", "potato", "anchovies", "onion",
                                                 "sheep cheese")),
        ("Ħobż biż-Żejt", 7.5, ("maltese bread", "olive oil", "kunserva", "tuna", "capers", "mint")),
        ("Ġbejniet (Peppered Sheep Cheeselets)", 6.5, ("sheep milk cheese", "black pepper",
                                                        "galletti")),
        ("Bigilla (Bean Dip)", 5.5, ("broad beans", "garlic", "chilli", "galletti")),
    ],
    "Soppa (Soups)": [
        ("Soppa tal-Armla (Widow's Soup)", 8.0, ("vegetables", "ġbejna", "egg", "ricotta")),
        ("Aljotta (Fish Soup)", 9.5, ("fish broth", "garlic", "tomato", "rice", "marjoram")),
        ("Minestra (Vegetable Soup)", 7.5, ("pumpkin", "kohlrabi", "beans", "pasta")),
    ],
    "Platti (Mains)": [
        ("Stuffat tal-Fenek (Rabbit Stew)", 22.0, ("rabbit", "red wine", "tomato", "garlic", "peas",
                                                   "potatoes")),
        ("Fenek Moqli (Fried Rabbit)", 23.0, ("rabbit", "garlic", "white wine", "chips")),
        ("Timpana", 14.0, ("pastry", "macaroni", "bolognese", "egg", "cheese")),
        ("Mqarrun il-Forn (Baked Macaroni)", 12.0, ("macaroni", "bolognese", "egg", "cheese")),
        ("Ross il-Forn (Baked Rice)", 12.0, ("rice", "minced meat", "tomato", "egg", "saffron")),
        ("Torta tal-Lampuki (Lampuki Pie)", 16.0, ("dolphin fish", "spinach", "olives", "cauliflower",
                                                    "pastry")),
        ("Bragioli (Beef Olives)", 19.0, ("beef", "bacon", "egg", "breadcrumbs", "wine sauce")),
        ("Kapunata", 9.0, ("aubergine", "peppers", "tomato", "capers", "olives")),
        ("Qarnit bit-Tewm (Garlic Octopus)", 18.0, ("octopus", "garlic", "olive oil", "parsley")),
        ("Patata il-Forn (Maltese Baked Potatoes)", 5.0, ("potatoes", "onion", "fennel seed")),
        ("Qaqoċċ Mimli (Stuffed Artichoke)", 11.0, ("artichoke", "breadcrumbs", "anchovies", "olives")),
        ("Bżar Aħdar Mimli (Stuffed Peppers)", 11.0, ("green peppers", "minced beef", "rice")),
    ],
    "Ħelu (Sweets)": [
        ("Imqaret (Date Pastries)", 1.8, ("fried pastry", "dates", "anise")),
        ("Kannoli tal-Irkotta", 3.5, ("fried shell", "ricotta", "chocolate", "candied cherries")),
        ("Qagħaq tal-Għasel (Honey Rings)", 2.5, ("pastry ring", "treacle", "citrus")),
        ("Pudina tal-Ħobż (Bread Pudding)", 4.5, ("bread", "cocoa", "raisins", "orange peel")),
        ("Helwa tat-Tork", 3.5, ("sesame halva", "almonds")),
    ],
    "Xorb (Drinks)": [
        ("Kinnie", 3.0),
        ("Kinnie Zest", 3.0),
        ("Cisk Lager", 5.5),
        ("Hopleaf Pale Ale", 5.5),
        ("Te fil-Kikkra (Tea in a Glass)", 2.0),
        ("Kafè Maltija", 2.5, ("coffee", "cloves", "aniseed", "chicory")),
        ("Bajtra (Prickly Pear Liqueur)", 6.0),
        ("Mineral Water", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Stuffat tal-Fenek (Rabbit Stew)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pastizzeria
    ("six pastizzi tal irkotta", "Pastizz tal-Irkotta (Ricotta Pastizz)", None, 6),
    ("four ricotta pastizzi", "Pastizz tal-Irkotta (Ricotta Pastizz)", None, 4),
    ("six cheese cakes", "Pastizz tal-Irkotta (Ricotta Pastizz)", None, 6),
    ("a pea pastizz", "Pastizz tal-Piżelli (Pea Pastizz)"),
    ("ten pastizzi tal pizelli", "Pastizz tal-Piżelli (Pea Pastizz)", None, 10),
    ("a dozen pastizzi", ASK),
    ("two ricotta qassatat", "Qassata tal-Irkotta (Ricotta Qassata)", None, 2),
    ("a spinach and tuna qassata", "Qassata tal-Ispinaċi (Spinach & Tuna Qassata)"),
    ("qassata tal ispinaci", "Qassata tal-Ispinaċi (Spinach & Tuna Qassata)"),
    ("a qassata", ASK),
    ("a ricotta pastry", ASK),
    ("ftira maltija", "Ftira Maltija"),
    ("gozo ftira", "Ftira Għawdxija (Gozo Ftira)"),
    ("ftira ghawdxija", "Ftira Għawdxija (Gozo Ftira)"),
    ("a ftira", ASK),
    ("hobz biz zejt", "Ħobż biż-Żejt"),
    ("hobs bis zate", "Ħobż biż-Żejt"),
    ("gbejniet", "Ġbejniet (Peppered Sheep Cheeselets)"),
    ("peppered cheeselets", "Ġbejniet (Peppered Sheep Cheeselets)"),
    ("bigilla", "Bigilla (Bean Dip)"),
    # soups
    ("widow's soup", "Soppa tal-Armla (Widow's Soup)"),
    ("soppa tal armla", "Soppa tal-Armla (Widow's Soup)"),
    ("aljotta", "Aljotta (Fish Soup)"),
    ("al yotta fish soup", "Aljotta (Fish Soup)"),
    ("minestra", "Minestra (Vegetable Soup)"),
    ("a soup", ASK),
    # mains
    ("stuffat tal fenek", "Stuffat tal-Fenek (Rabbit Stew)"),
    ("stoo fat tal fennek", "Stuffat tal-Fenek (Rabbit Stew)"),
    ("two rabbit stew", "Stuffat tal-Fenek (Rabbit Stew)", None, 2),
    ("fried rabbit", "Fenek Moqli (Fried Rabbit)"),
    ("fenek moqli", "Fenek Moqli (Fried Rabbit)"),
    ("rabbit", ASK),
    ("timpana", "Timpana"),
    ("tim pah na", "Timpana"),
    ("baked macaroni", "Mqarrun il-Forn (Baked Macaroni)"),
    ("ross il forn", "Ross il-Forn (Baked Rice)"),
    ("baked rice", "Ross il-Forn (Baked Rice)"),
    ("lampuki pie", "Torta tal-Lampuki (Lampuki Pie)"),
    ("beef olives", "Bragioli (Beef Olives)"),
    ("braggioli", "Bragioli (Beef Olives)"),
    ("garlic octopus", "Qarnit bit-Tewm (Garlic Octopus)"),
    ("maltese potatoes", "Patata il-Forn (Maltese Baked Potatoes)"),
    # sweets and drinks
    ("four imqaret", "Imqaret (Date Pastries)", None, 4),
    ("im ar ret", "Imqaret (Date Pastries)"),
    ("two kannoli", "Kannoli tal-Irkotta", None, 2),
    ("qaghaq tal ghasel", "Qagħaq tal-Għasel (Honey Rings)"),
    ("honey rings", "Qagħaq tal-Għasel (Honey Rings)"),
    ("bread pudding", "Pudina tal-Ħobż (Bread Pudding)"),
    ("a kinny", "Kinnie"),
    ("two cisk", "Cisk Lager", None, 2),
    ("a hop leaf", "Hopleaf Pale Ale"),
    ("a beer", ASK),
    # not on the menu
    ("chicken pastizzi", UNKNOWN),
    ("stuffat tal qarnit", UNKNOWN),
    ("fried lampuki", UNKNOWN),
    ("bebbux", UNKNOWN),
    ("ravjul", UNKNOWN),
    ("froga tat tarja", UNKNOWN),
    ("kwarezimal", UNKNOWN),
]
