"""A Bangladeshi restaurant (the pattern of take-out menus of Bangladeshi restaurants in Jackson
Heights, Jamaica and Kensington in Queens and Brooklyn, Detroit's Banglatown and London's Brick
Lane): kacchi biryani of mutton, beef tehari, morog polao and khichuri; beef and chicken bhuna,
kala bhuna, rezala, the wedding-style chicken roast; shorshe ilish, fried hilsa, rui macher jhol,
chingri malai curry; bhortas and a bhorta platter; fuchka by 6 or 12, chotpoti, shingara and
samucha by 1, 4 or 10 pieces, piyaju, beguni, haleem; mishti doi, roshogolla, kalojam, firni,
shemai; borhani and lassi Small or Large, cha. Bengali names with English glosses. Callers say
"kachchi", "kachi biriyani", "mutton biryani", "teh hari", "chicken bhoona", "black beef",
"rejala", "shorshe elish", "rasgulla", "kalo jam", "semai", "borani", "puchka", "singara", "mishti
dohi". "A biryani", "a bhuna", "an ilish", "a bhorta", "fritters", "a large lassi" or "a dessert"
alone is a question; chicken tehari, ilish polao, shorshe chingri, beef nihari, jhal muri, chom chom and
a duck bhuna are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Bangladeshi Restaurant"

_PIECES = {"1 Piece": 1.25, "4 Pieces": 4.5, "10 Pieces": 10.0}
_SMALL_LARGE = {"Small": 3.5, "Large": 5.5}

CATEGORIES: dict[str, list[Item]] = {
    "Biryani & Polao": [
        ("Kacchi Biryani (Mutton)", 18.0, ("mutton", "basmati or chinigura rice", "potato",
                                           "ghee", "saffron")),
        ("Chicken Biryani", 15.0, ("chicken", "basmati rice", "potato", "egg")),
        ("Beef Tehari", 14.0, ("beef", "chinigura rice", "mustard oil", "green chili")),
        ("Morog Polao (Chicken Pilaf)", 16.0, ("chicken", "chinigura rice", "ghee", "egg")),
        ("Plain Polao (Pilaf Rice)", 6.0, ("chinigura rice", "ghee", "whole spices")),
        ("Bhuna Khichuri", 10.0, ("rice", "moong dal", "ghee", "egg")),
    ],
    "Curries": [
        ("Beef Bhuna", 16.0, ("beef", "onion", "dry-fried spices")),
        ("Chicken Bhuna", 15.0, ("chicken", "onion", "dry-fried spices")),
        ("Beef Kala Bhuna (Chittagong Style)", 18.0, ("beef", "slow-cooked dark spices",
                                                      "mustard oil")),
        ("Mutton Rezala", 18.0, ("mutton", "yogurt", "poppy seed", "cashew", "ghee")),
        ("Chicken Roast (Biye Barir Roast)", 14.0, ("chicken leg", "sweet fried onion",
                                                    "yogurt", "ghee")),
        ("Dimer Curry (Egg Curry)", 9.0, ("boiled eggs", "potato", "onion gravy")),
    ],
    "Fish & Prawn": [
        ("Shorshe Ilish (Hilsa in Mustard)", 22.0, ("hilsa", "mustard paste", "green chili",
                                                    "mustard oil")),
        ("Ilish Bhaja (Fried Hilsa)", 20.0, ("hilsa", "turmeric", "mustard oil")),
        ("Rui Macher Jhol (Rohu Fish Curry)", 16.0, ("rohu", "potato", "cumin", "light gravy")),
        ("Chingri Malai Curry (Prawn in Coconut)", 20.0, ("prawns", "coconut milk", "ghee")),
    ],
    "Bhorta & Bhaji": [
        ("Aloo Bhorta (Mashed Potato)", 4.0, ("potato", "mustard oil", "onion", "chili")),
        ("Begun Bhorta (Roasted Eggplant)", 5.0, ("eggplant", "mustard oil", "onion",
                                                  "cilantro")),
        ("Shutki Bhorta (Dried Fish)", 6.0, ("dried fish", "garlic", "chili")),
        ("Dal Bhorta", 4.0, ("lentils", "mustard oil", "fried onion")),
        ("Bhorta Platter", 14.0, ("any four bhortas",)),
        ("Mixed Sabji Bhaji", 8.0, ("mixed vegetables", "panch phoron")),
        ("Masoor Dal", 6.0, ("red lentils", "turmeric", "garlic tempering")),
    ],
    "Rice & Bread": [
        ("Plain Rice", 3.0),
        ("Paratha", 2.5),
        ("Naan", 2.5),
    ],
    "Street Snacks": [
        ("Fuchka", {"6 Pieces": 6.0, "12 Pieces": 11.0}, ("crisp shells", "spiced chickpeas and potato",
                                                          "tamarind water")),
        ("Chotpoti", 7.0, ("yellow peas", "potato", "egg", "tamarind", "crushed fuchka")),
        ("Shingara", _PIECES, ("pastry", "spiced potato", "peanuts")),
        ("Samucha (Beef Samosa)", _PIECES, ("thin pastry", "minced beef", "onion")),
        ("Piyaju (Lentil Fritters)", 4.0, ("lentils", "onion", "green chili")),
        ("Beguni (Eggplant Fritters)", 4.0, ("eggplant", "gram flour batter")),
        ("Haleem", 9.0, ("beef", "lentils", "wheat", "fried onion", "lemon")),
    ],
    "Mishti (Sweets)": [
        ("Mishti Doi (Sweet Yogurt)", 4.0, ("baked sweet yogurt",)),
        ("Roshogolla", 3.0, ("two chhena balls", "syrup")),
        ("Kalojam", 3.0, ("two fried milk balls", "syrup")),
        ("Firni", 4.0, ("ground rice", "milk", "cardamom")),
        ("Shemai (Vermicelli Pudding)", 4.0, ("vermicelli", "milk", "sugar")),
    ],
    "Drinks": [
        ("Borhani", {"Small": 3.0, "Large": 5.0}, ("spiced yogurt drink", "mint", "mustard seed")),
        ("Mango Lassi", {"Small": 4.0, "Large": 6.0}),
        ("Sweet Lassi", _SMALL_LARGE),
        ("Doodh Cha (Milk Tea)", 2.0),
        ("Lal Cha (Black Tea)", 1.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Kacchi Biryani (Mutton)", "Shorshe Ilish (Hilsa in Mustard)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # biryani and polao
    ("kacchi biryani", "Kacchi Biryani (Mutton)"),
    ("kachchi", "Kacchi Biryani (Mutton)"),
    ("two kachi biriyani", "Kacchi Biryani (Mutton)", None, 2),
    ("mutton biryani", "Kacchi Biryani (Mutton)"),
    ("chicken biryani", "Chicken Biryani"),
    ("a biryani", ASK),
    ("beef tehari", "Beef Tehari"),
    ("teh hari", "Beef Tehari"),
    ("morog polao", "Morog Polao (Chicken Pilaf)"),
    ("khichuri", "Bhuna Khichuri"),
    # curries
    ("beef bhuna", "Beef Bhuna"),
    ("chicken bhoona", "Chicken Bhuna"),
    ("a bhuna", ASK),
    ("kala bhuna", "Beef Kala Bhuna (Chittagong Style)"),
    ("mutton rezala", "Mutton Rezala"),
    ("rejala", "Mutton Rezala"),
    ("chicken roast", "Chicken Roast (Biye Barir Roast)"),
    ("egg curry", "Dimer Curry (Egg Curry)"),
    # fish and prawn
    ("shorshe ilish", "Shorshe Ilish (Hilsa in Mustard)"),
    ("shorshe elish", "Shorshe Ilish (Hilsa in Mustard)"),
    ("fried hilsa", "Ilish Bhaja (Fried Hilsa)"),
    ("an ilish", ASK),
    ("rui fish curry", "Rui Macher Jhol (Rohu Fish Curry)"),
    ("chingri malai curry", "Chingri Malai Curry (Prawn in Coconut)"),
    # bhorta and bhaji
    ("aloo bhorta", "Aloo Bhorta (Mashed Potato)"),
    ("begun borta", "Begun Bhorta (Roasted Eggplant)"),
    ("shutki bhorta", "Shutki Bhorta (Dried Fish)"),
    ("a bhorta", ASK),
    ("bhorta platter", "Bhorta Platter"),
    ("two plain rice", "Plain Rice", None, 2),
    ("three parathas", "Paratha", None, 3),
    # street snacks
    ("fuchka", "Fuchka"),
    ("twelve phuchka", "Fuchka", "12 pieces"),
    ("chotpoti", "Chotpoti"),
    ("four shingara", "Shingara", "4 pieces"),
    ("ten singara", "Shingara", "10 pieces"),
    ("four samucha", "Samucha (Beef Samosa)", "4 pieces"),
    ("piyaju", "Piyaju (Lentil Fritters)"),
    ("beguni", "Beguni (Eggplant Fritters)"),
    ("fritters", ASK),
    ("haleem", "Haleem"),
    # sweets
    ("mishti doi", "Mishti Doi (Sweet Yogurt)"),
    ("two mishti dohi", "Mishti Doi (Sweet Yogurt)", None, 2),
    ("rasgulla", "Roshogolla"),
    ("kalo jam", "Kalojam"),
    ("firni", "Firni"),
    ("semai", "Shemai (Vermicelli Pudding)"),
    ("a dessert please", ASK),
    # drinks
    ("a large borhani", "Borhani", "large"),
    ("borani small", "Borhani", "small"),
    ("mango lassi large", "Mango Lassi", "large"),
    ("a large lassi", ASK),
    ("milk tea", "Doodh Cha (Milk Tea)"),
    # not on the menu
    ("chicken tehari", UNKNOWN),
    ("ilish polao", UNKNOWN),
    ("shorshe chingri", UNKNOWN),
    ("beef nihari", UNKNOWN),
    ("jhal muri", UNKNOWN),
    ("chom chom", UNKNOWN),
    ("duck bhuna", UNKNOWN),
]
