"""A Uyghur restaurant (the pattern of the Uyghur restaurants of Brooklyn, Queens, Washington DC,
Fairfax and Istanbul's Zeytinburnu, with Uyghur names in Latin script and English glosses):
lağmen hand-pulled noodles with stir-fried beef or chicken, ding ding lağmen and soman (cut
noodles), suyuq ash noodle soup and chöchüre dumpling soup, polo (lamb and carrot pilaf),
kawap skewers by 2, 5 or 10, samsa by 1 or 4, manta by 6 or 10, göshnan, big plate chicken
(dapanji) Small or Large, cold dishes, girde and tonur naan, and etkenchay milk tea by the cup or
the pot. Callers say "laghman", "lagman", "leg man", "lamb skewers", "lamb kebab", "five kebabs",
"pilaf", "plov", "samsa" or "samosa", "manti", "big plate chicken", "da pan ji", "milk tea",
"gosh nan". "Laghman" alone (beef or chicken), "ten skewers" alone, "a samsa" alone (lamb or
pumpkin), "a soup", "a naan", "a yogurt" and "a pot of tea" are questions; shorpa, hoshan, naryn, chicken
samsa, pumpkin manta, cumin beef and tunur kawap are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Tarim Uyghur Cuisine"

_SKEWERS = {"2 Skewers": 6.0, "5 Skewers": 14.0, "10 Skewers": 26.0}
_SAMSA = {"1 Piece": 3.5, "4 Pieces": 12.0}
_TEA = {"Cup": 3.0, "Pot": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Lağmen and Noodles": [
        ("Gösh Lağmen (Hand-Pulled Noodles with Beef)", 15.0, ("hand-pulled noodles", "beef",
                                                               "peppers", "celery", "tomato")),
        ("Toxu Lağmen (Hand-Pulled Noodles with Chicken)", 15.0, ("hand-pulled noodles", "chicken",
                                                                  "peppers", "tomato")),
        ("Ding Ding Lağmen (Diced Noodles)", 15.0, ("diced noodles", "beef", "peppers", "onion")),
        ("Soman (Stir-Fried Noodle Squares)", 15.0, ("noodle squares", "lamb", "peppers",
                                                     "cabbage")),
        ("Suyuq Ash (Lamb Noodle Soup)", 13.0, ("thin noodles", "lamb broth", "vegetables")),
        ("Chöchüre (Dumpling Soup)", 13.0, ("small lamb dumplings", "broth", "tomato")),
    ],
    "Polo and Rice": [
        ("Polo (Lamb Pilaf)", 16.0, ("rice", "lamb", "yellow carrots", "raisins")),
        ("Gangpen (Rice with Stir-Fried Lamb and Vegetables)", 14.0, ("rice", "lamb", "vegetables")),
    ],
    "Kawap (Skewers)": [
        ("Qoy Göshi Kawap (Lamb Skewers)", _SKEWERS, ("lamb", "cumin", "chili")),
        ("Toxu Kawap (Chicken Skewers)", _SKEWERS, ("chicken thigh", "cumin", "chili")),
        ("Jiger Kawap (Lamb Liver Skewers)", _SKEWERS, ("lamb liver", "cumin")),
    ],
    "Samsa and Dumplings": [
        ("Samsa (Baked Lamb Pastry)", _SAMSA, ("lamb", "onion", "tandoor-baked dough")),
        ("Kawa Samsa (Pumpkin Samsa)", _SAMSA, ("pumpkin", "onion")),
        ("Manta (Steamed Lamb Dumplings)", {"6 Pieces": 11.0, "10 Pieces": 17.0},
         ("lamb", "onion")),
        ("Göshnan (Meat-Filled Flatbread)", 12.0, ("lamb", "onion", "pan-fried flatbread")),
    ],
    "Big Plates": [
        ("Dapanji (Big Plate Chicken)", {"Small": 26.0, "Large": 38.0},
         ("chicken", "potato", "peppers", "star anise", "flat noodles")),
        ("Qordaq (Lamb and Potato Stew)", 18.0, ("lamb", "potato", "onion")),
        ("Cumin Lamb", 18.0, ("sliced lamb", "cumin", "onion", "chili")),
        ("Tohu Qordaq (Chicken and Potato Stew)", 16.0, ("chicken", "potato", "peppers")),
        ("Lazi Toxu (Spicy Fried Chicken)", 17.0, ("fried chicken pieces", "dried chili",
                                                   "sichuan pepper")),
        ("Stir-Fried Eggplant with Peppers", 13.0, ("eggplant", "green peppers", "garlic")),
    ],
    "Cold Dishes": [
        ("Achchiq Chüchük (Tomato and Onion Salad)", 6.0, ("tomato", "onion", "green pepper")),
        ("Cucumber Salad", 6.0, ("cucumber", "garlic", "vinegar")),
        ("Lengfen (Mung Bean Jelly)", 8.0, ("mung bean jelly", "chili", "vinegar", "garlic")),
    ],
    "Naan": [
        ("Girde Nan (Round Bagel Naan)", 3.0),
        ("Tonur Nan (Tandoor Flatbread)", 4.0),
        ("Toqach (Small Sesame Bread)", 2.5),
    ],
    "Desserts": [
        ("Sangza (Fried Dough Twists)", 5.0),
        ("Baklava", 5.0),
        ("Qatiq with Honey (Yogurt with Honey)", 5.0),
    ],
    "Drinks": [
        ("Etkenchay (Uyghur Milk Tea)", _TEA, ("black tea", "milk", "salt")),
        ("Green Tea", _TEA),
        ("Black Tea", _TEA),
        ("Peach Juice", 3.5),
        ("Qatiq Ichimlik (Yogurt Drink)", 4.0),
        ("Kvass", 4.0),
        ("Soda", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # noodles
    ("beef laghman", "Gösh Lağmen (Hand-Pulled Noodles with Beef)"),
    ("hand pulled noodles with beef", "Gösh Lağmen (Hand-Pulled Noodles with Beef)"),
    ("two gosh lagman", "Gösh Lağmen (Hand-Pulled Noodles with Beef)", None, 2),
    ("chicken leg man", "Toxu Lağmen (Hand-Pulled Noodles with Chicken)"),
    ("toho lagman", "Toxu Lağmen (Hand-Pulled Noodles with Chicken)"),
    ("laghman", ASK),
    ("ding ding lagman", "Ding Ding Lağmen (Diced Noodles)"),
    ("the diced noodles", "Ding Ding Lağmen (Diced Noodles)"),
    ("soman", "Soman (Stir-Fried Noodle Squares)"),
    ("suoman noodles", "Soman (Stir-Fried Noodle Squares)"),
    ("suyuq ash", "Suyuq Ash (Lamb Noodle Soup)"),
    ("chuchure", "Chöchüre (Dumpling Soup)"),
    ("dumpling soup", "Chöchüre (Dumpling Soup)"),
    ("a soup", ASK),
    # polo and rice
    ("polo", "Polo (Lamb Pilaf)"),
    ("lamb pilaf", "Polo (Lamb Pilaf)"),
    ("two plov", "Polo (Lamb Pilaf)", None, 2),
    ("gangpen", "Gangpen (Rice with Stir-Fried Lamb and Vegetables)"),
    # kawap
    ("five lamb skewers", "Qoy Göshi Kawap (Lamb Skewers)", "5 skewers"),
    ("10 lamb kebabs", "Qoy Göshi Kawap (Lamb Skewers)", "10 skewers"),
    ("two lamb kawap", "Qoy Göshi Kawap (Lamb Skewers)", "2 skewers"),
    ("five chicken kawap", "Toxu Kawap (Chicken Skewers)", "5 skewers"),
    ("two chicken skewers", "Toxu Kawap (Chicken Skewers)", "2 skewers"),
    ("liver kebab two skewers", "Jiger Kawap (Lamb Liver Skewers)", "2 skewers"),
    ("ten skewers", ASK, "10 skewers"),
    # samsa, manta, goshnan
    ("four lamb samsa", "Samsa (Baked Lamb Pastry)", "4 pieces"),
    ("one lamb samosa", "Samsa (Baked Lamb Pastry)", "1 piece"),
    ("four pumpkin samsa", "Kawa Samsa (Pumpkin Samsa)", "4 pieces"),
    ("kawa samsa", "Kawa Samsa (Pumpkin Samsa)"),
    ("a samsa", ASK),
    ("six manta", "Manta (Steamed Lamb Dumplings)", "6 pieces"),
    ("10 manti", "Manta (Steamed Lamb Dumplings)", "10 pieces"),
    ("steamed lamb dumplings", "Manta (Steamed Lamb Dumplings)"),
    ("gosh nan", "Göshnan (Meat-Filled Flatbread)"),
    # big plates
    ("a large big plate chicken", "Dapanji (Big Plate Chicken)", "large"),
    ("da pan ji small", "Dapanji (Big Plate Chicken)", "small"),
    ("small dapanji", "Dapanji (Big Plate Chicken)", "small"),
    ("qordaq", "Qordaq (Lamb and Potato Stew)"),
    ("cumin lamb", "Cumin Lamb"),
    ("chicken and potato stew", "Tohu Qordaq (Chicken and Potato Stew)"),
    # cold dishes, naan
    ("achik chuchuk salad", "Achchiq Chüchük (Tomato and Onion Salad)"),
    ("leng fen", "Lengfen (Mung Bean Jelly)"),
    ("two girde nan", "Girde Nan (Round Bagel Naan)", None, 2),
    ("tandoor naan", "Tonur Nan (Tandoor Flatbread)"),
    ("a naan", ASK),
    # desserts and drinks
    ("sangza", "Sangza (Fried Dough Twists)"),
    ("a pot of milk tea", "Etkenchay (Uyghur Milk Tea)", "pot"),
    ("etken chai one cup", "Etkenchay (Uyghur Milk Tea)", "cup"),
    ("a cup of green tea", "Green Tea", "cup"),
    ("a pot of tea", ASK, "pot"),
    ("yogurt drink", "Qatiq Ichimlik (Yogurt Drink)"),
    ("a yogurt", ASK),
    # not on the menu
    ("lamb shorpa", UNKNOWN),
    ("hoshan", UNKNOWN),
    ("naryn", UNKNOWN),
    ("chicken samsa", UNKNOWN),
    ("pumpkin manta", UNKNOWN),
    ("cumin beef", UNKNOWN),
    ("tunur kawap", UNKNOWN),
]
