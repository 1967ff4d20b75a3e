"""A South African take-away (the pattern of the take-out menus of Durban and Johannesburg
take-aways and South African shops in London, Perth and Toronto, prices in rand): mutton,
chicken or beans bunny chow by the quarter, half or full loaf, masala steak gatsby, kota,
boerewors roll, pap en wors, bobotie, bredie, Durban chicken curry, lamb or chicken sosaties by
2 or 4 sticks, vetkoek with mince or with jam, chakalaka, pap, samp and beans, slap chips Small,
Medium or Large, biltong and droëwors by 100 g or 250 g, koeksisters by 2 or 6, melktert by the
slice or whole, malva pudding, Stoney, Iron Brew, Castle. Afrikaans names with the English.
Callers say "a half mutton bunny", "a boerie roll", "pap and wors", "four lamb kebabs", "large
slap chips" and mishear bunny chow ("bunny chow", "bunny child"), boerewors ("boo ruh vors",
"borewors"), bobotie ("ba boor tee"), sosaties ("so sar tees"), vetkoek ("fet cook",
"fat cake"), koeksisters ("cook sisters"), droëwors ("droe vors"), melktert ("milk tart"),
chakalaka ("chaka laka"). "A quarter bunny", "a full bunny chow", "boerewors" (the roll or pap en
wors), "four sosaties", "a vetkoek", "a tart" and "a cold drink" are questions; a beef bunny chow,
potjiekos, smoorsnoek, waterblommetjie bredie, hertzoggies, samoosas and a chicken bobotie are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Jozi Take-Away"

_BUNNY = {"Quarter": 75.0, "Half": 140.0, "Full": 260.0}
_STICKS = {"2 sticks": 70.0, "4 sticks": 130.0}
_DRY = {"100 g": 65.0, "250 g": 150.0}

CATEGORIES: dict[str, list[Item]] = {
    "Bunny Chows & Gatsbys": [
        ("Mutton Bunny Chow", _BUNNY, ("hollowed white loaf", "Durban mutton curry", "carrot salad")),
        ("Chicken Bunny Chow", {"Quarter": 65.0, "Half": 120.0, "Full": 220.0},
         ("hollowed white loaf", "Durban chicken curry", "carrot salad")),
        ("Beans Bunny Chow", {"Quarter": 50.0, "Half": 90.0, "Full": 165.0},
         ("hollowed white loaf", "sugar bean curry")),
        ("Masala Steak Gatsby", {"Quarter": 80.0, "Half": 150.0, "Full": 280.0},
         ("long roll", "masala steak", "slap chips", "lettuce", "peri-peri sauce")),
        ("Kota (Spatlo)", 55.0, ("quarter loaf", "chips", "polony", "russian", "cheese", "egg",
                                  "atchar")),
    ],
    "Braai & Mains": [
        ("Boerewors Roll", 65.0, ("boerewors", "hot dog roll", "tomato and onion relish")),
        ("Pap en Wors (Pap and Boerewors)", 95.0, ("boerewors", "stywe pap", "tomato sauce")),
        ("Russian and Chips", 60.0, ("russian sausage", "slap chips")),
        ("Lamb Sosaties", _STICKS, ("lamb", "dried apricot", "onion", "curry marinade")),
        ("Chicken Sosaties", {"2 sticks": 60.0, "4 sticks": 110.0},
         ("chicken", "peppers", "onion", "apricot glaze")),
        ("Bobotie", 110.0, ("spiced beef mince", "egg custard", "yellow rice", "blatjang")),
        ("Tamatiebredie (Tomato Lamb Stew)", 120.0, ("lamb", "tomato", "potato", "rice")),
        ("Durban Chicken Curry", 95.0, ("chicken", "potato", "Durban masala", "rice", "sambals")),
        ("Peri-Peri Chicken Livers", 75.0, ("chicken livers", "peri-peri sauce", "bread roll")),
        ("Vetkoek with Mince", 55.0, ("fried dough", "curried mince")),
        ("Vetkoek met Konfyt (with Apricot Jam)", 30.0, ("fried dough", "apricot jam", "cheese")),
    ],
    "Sides": [
        ("Slap Chips", {"Small": 30.0, "Medium": 40.0, "Large": 50.0}, ("soft chips", "vinegar",
                                                                          "chip spice")),
        ("Chakalaka", 25.0, ("beans", "carrot", "peppers", "chilli")),
        ("Pap (Maize Porridge)", 20.0),
        ("Samp and Beans (Umngqusho)", 45.0, ("samp", "sugar beans")),
        ("Geelrys (Yellow Rice)", 25.0, ("rice", "turmeric", "raisins")),
        ("Braai Mielie (Grilled Corn)", 20.0),
    ],
    "Biltong": [
        ("Beef Biltong", _DRY),
        ("Droëwors (Dried Sausage)", _DRY),
    ],
    "Soet Goed (Sweets)": [
        ("Koeksisters", {"2 pcs": 25.0, "6 pcs": 65.0}, ("plaited dough", "syrup")),
        ("Melktert (Milk Tart)", {"Slice": 30.0, "Whole": 180.0}, ("custard", "cinnamon")),
        ("Malva Pudding", 45.0, ("apricot sponge", "custard")),
        ("Peppermint Crisp Tart", 40.0, ("caramel", "cream", "peppermint crisp")),
    ],
    "Cold Drinks": [
        ("Stoney Ginger Beer", 20.0),
        ("Iron Brew", 20.0),
        ("Creme Soda", 20.0),
        ("Appletiser", 25.0),
        ("Rooibos Iced Tea", 22.0),
        ("Castle Lager", 35.0),
        ("Savanna Dry Cider", 40.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Tamatiebredie (Tomato Lamb Stew)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # bunny chows and gatsbys
    ("a half mutton bunny", "Mutton Bunny Chow", "half"),
    ("quarter mutton bunny chow", "Mutton Bunny Chow", "quarter"),
    ("two full chicken bunny child", "Chicken Bunny Chow", "full", 2),
    ("a quarter beans bunny", "Beans Bunny Chow", "quarter"),
    ("a quarter bunny", ASK),
    ("a full bunny chow", ASK),
    ("half a gatsby", "Masala Steak Gatsby", "half"),
    ("a full masala steak gatsby", "Masala Steak Gatsby", "full"),
    ("a kota", "Kota (Spatlo)"),
    ("two spatlo", "Kota (Spatlo)", None, 2),
    # braai and mains
    ("a boerie roll", "Boerewors Roll"),
    ("two boo ruh vors rolls", "Boerewors Roll", None, 2),
    ("borewors roll", "Boerewors Roll"),
    ("pap and wors", "Pap en Wors (Pap and Boerewors)"),
    ("pap and boerewors", "Pap en Wors (Pap and Boerewors)"),
    ("russian and chips", "Russian and Chips"),
    ("four lamb kebabs", "Lamb Sosaties", "4 sticks"),
    ("two chicken so sar tees", "Chicken Sosaties", "2 sticks"),
    ("four sosaties", ASK),
    ("bobotie", "Bobotie"),
    ("ba boor tee", "Bobotie"),
    ("tomato bredie", "Tamatiebredie (Tomato Lamb Stew)"),
    ("tomato lamb stew", "Tamatiebredie (Tomato Lamb Stew)"),
    ("durban chicken curry", "Durban Chicken Curry"),
    ("boerewors", ASK),
    ("peri peri chicken livers", "Peri-Peri Chicken Livers"),
    ("chicken livers", "Peri-Peri Chicken Livers"),
    ("fet cook with mince", "Vetkoek with Mince"),
    ("a fat cake with jam", "Vetkoek met Konfyt (with Apricot Jam)"),
    ("a vetkoek", ASK),
    # sides
    ("large slap chips", "Slap Chips", "large"),
    ("a small chips", "Slap Chips", "small"),
    ("chaka laka", "Chakalaka"),
    ("a side of pap", "Pap (Maize Porridge)"),
    ("samp and beans", "Samp and Beans (Umngqusho)"),
    ("yellow rice", "Geelrys (Yellow Rice)"),
    ("a mielie", "Braai Mielie (Grilled Corn)"),
    # biltong
    ("250 grams of biltong", "Beef Biltong", "250 g"),
    ("droe vors 100 grams", "Droëwors (Dried Sausage)", "100 g"),
    ("dry wors 250 g", "Droëwors (Dried Sausage)", "250 g"),
    # sweets
    ("six cook sisters", "Koeksisters", "6 pcs"),
    ("two koeksisters", "Koeksisters", "2 pcs"),
    ("a slice of milk tart", "Melktert (Milk Tart)", "slice"),
    ("a whole melktert", "Melktert (Milk Tart)", "whole"),
    ("malva pudding", "Malva Pudding"),
    ("peppermint crisp tart", "Peppermint Crisp Tart"),
    ("a tart", ASK),
    # cold drinks
    ("a stoney", "Stoney Ginger Beer"),
    ("two iron brew", "Iron Brew", None, 2),
    ("cream soda", "Creme Soda"),
    ("an appletiser", "Appletiser"),
    ("a castle", "Castle Lager"),
    ("a cold drink", ASK),
    # not on the menu
    ("beef bunny chow", UNKNOWN),
    ("potjiekos", UNKNOWN),
    ("smoorsnoek", UNKNOWN),
    ("waterblommetjie bredie", UNKNOWN),
    ("hertzoggies", UNKNOWN),
    ("samoosas", UNKNOWN),
    ("chicken bobotie", UNKNOWN),
]
