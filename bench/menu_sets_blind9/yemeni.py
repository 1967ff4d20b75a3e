"""A Yemeni restaurant (the pattern of Dearborn, Brooklyn and Bay Area Yemeni menus): lamb mandi,
haneeth and madfoon, chicken mandi Half or Whole, kabsa, fahsa and saltah in the stone pot,
aseeda, fasolia, shakshuka, malawah and tannour bread, shafoot, fatah, Adeni chai and Yemeni
coffee. Transliterated Arabic names with the English. Callers say "a half chicken mandi", "fish
and rice", "white beans" and mishear mandi ("mandy", "man dee"), haneeth ("ha neath"), fahsa ("fox
a"), saltah ("salta"), malawah ("mala wa"). "Mandi" alone where there are two, "lamb and rice",
"the stone pot stew", "rice", "bread" or "fatah" alone is a question; camel kabsa, chicken
haneeth, mutabbaq, zurbian, bint al sahn and lamb kofta are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Yemeni"

CATEGORIES: dict[str, list[Item]] = {
    "Rice Platters": [
        ("Lamb Mandi", 26.0, ("tender lamb shank", "mandi rice", "smoked", "sahawiq", "soup")),
        ("Chicken Mandi", {"Half": 17.0, "Whole": 30.0}, ("roasted chicken", "mandi rice",
                                                           "sahawiq")),
        ("Lamb Haneeth", 28.0, ("slow-roasted lamb", "rice", "raisins", "fried onion")),
        ("Chicken Kabsa", 18.0, ("chicken", "spiced tomato rice", "almonds", "raisins")),
        ("Lamb Madfoon", 27.0, ("pit-cooked lamb", "rice", "daqqus")),
        ("Samak Mofa (Tannour Fish)", 24.0, ("tannour-baked kingfish", "rice", "sahawiq")),
    ],
    "Stone Pot": [
        ("Fahsa", 17.0, ("shredded lamb", "lamb broth", "hulba froth", "served bubbling")),
        ("Saltah", 14.0, ("meat broth", "potato", "egg", "hulba froth", "served bubbling")),
        ("Vegetable Saltah", 12.0, ("vegetables", "tomato", "hulba froth")),
    ],
    "Breakfast": [
        ("Fasolia", 9.0, ("white beans", "tomato", "onion", "ghee")),
        ("Foul Yemeni", 9.0, ("fava beans", "tomato", "cumin", "ghee")),
        ("Shakshuka", 10.0, ("eggs", "tomato", "onion", "peppers")),
        ("Kibdah (Lamb Liver)", 12.0, ("sautéed lamb liver", "onion", "peppers")),
        ("Aseeda", 13.0, ("wheat dumpling", "honey", "samn", "or zoom broth")),
        ("Fatah with Honey", 11.0, ("torn malawah", "honey", "ghee", "dates")),
        ("Fatah with Meat", 15.0, ("torn bread", "lamb broth", "shredded lamb")),
    ],
    "Breads": [
        ("Malawah", 4.0, ("flaky pan-fried bread",)),
        ("Tannour Bread", 2.5, ("clay oven bread",)),
        ("Lahoh", 3.0, ("spongy sourdough flatbread",)),
    ],
    "Appetizers & Salads": [
        ("Shafoot", 9.0, ("lahoh", "spiced yogurt", "cucumber", "herbs")),
        ("Hummus", 7.0, ("chickpeas", "tahini")),
        ("Sambusa", 2.5, ("fried pastry", "spiced ground lamb")),
        ("Yemeni Salad", 7.0, ("tomato", "cucumber", "onion", "lemon")),
        ("Lamb Soup (Maraq)", 5.0, ("lamb broth", "cardamom")),
    ],
    "Desserts": [
        ("Masoub", 10.0, ("mashed bread", "banana", "honey", "cream")),
        ("Kunafa", 9.0, ("shredded phyllo", "cheese", "syrup")),
    ],
    "Drinks": [
        ("Adeni Chai", 3.5, ("black tea", "milk", "cardamom")),
        ("Qishr (Coffee Husk Drink)", 4.0, ("coffee husk", "ginger")),
        ("Yemeni Coffee (Mocha)", 5.0, ("Yemeni coffee", "cardamom")),
        ("Mint Tea", 3.0),
        ("Fresh Mango Juice", 5.5),
        ("Lemon Mint Juice", 5.0),
        ("Vimto", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Lamb Madfoon", "Samak Mofa (Tannour Fish)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # rice platters
    ("lamb mandi", "Lamb Mandi"),
    ("lamb mandy", "Lamb Mandi"),
    ("a half chicken mandi", "Chicken Mandi", "half"),
    ("whole chicken mandi", "Chicken Mandi", "whole"),
    ("chicken man dee half", "Chicken Mandi", "half"),
    ("two whole chicken mandi", "Chicken Mandi", "whole", 2),
    ("mandi", ASK),
    ("lamb haneeth", "Lamb Haneeth"),
    ("ha neath", "Lamb Haneeth"),
    ("chicken kabsa", "Chicken Kabsa"),
    ("kabsa", "Chicken Kabsa"),
    ("madfoon", "Lamb Madfoon"),
    ("fish and rice", "Samak Mofa (Tannour Fish)"),
    ("lamb and rice", ASK),
    ("rice", ASK),
    # stone pot
    ("fahsa", "Fahsa"),
    ("fox a", "Fahsa"),
    ("saltah", "Saltah"),
    ("salta", "Saltah"),
    ("vegetable saltah", "Vegetable Saltah"),
    ("the stone pot stew", ASK),
    # breakfast
    ("fasolia", "Fasolia"),
    ("white beans", "Fasolia"),
    ("foul", "Foul Yemeni"),
    ("fava beans", "Foul Yemeni"),
    ("shakshuka", "Shakshuka"),
    ("liver", "Kibdah (Lamb Liver)"),
    ("kibda", "Kibdah (Lamb Liver)"),
    ("aseeda", "Aseeda"),
    ("a seeda with honey", "Aseeda"),
    ("fatah with honey", "Fatah with Honey"),
    ("fatta with meat", "Fatah with Meat"),
    ("fatah", ASK),
    # breads
    ("malawah", "Malawah"),
    ("two mala wa", "Malawah", None, 2),
    ("tannour bread", "Tannour Bread"),
    ("three tandoor breads", "Tannour Bread", None, 3),
    ("lahoh", "Lahoh"),
    ("bread", ASK),
    # appetizers
    ("shafoot", "Shafoot"),
    ("hummus", "Hummus"),
    ("four sambusa", "Sambusa", None, 4),
    ("salad", "Yemeni Salad"),
    ("lamb soup", "Lamb Soup (Maraq)"),
    # desserts and drinks
    ("masoub", "Masoub"),
    ("kunafa", "Kunafa"),
    ("adeni chai", "Adeni Chai"),
    ("two adani teas", "Adeni Chai", None, 2),
    ("qishr", "Qishr (Coffee Husk Drink)"),
    ("yemeni coffee", "Yemeni Coffee (Mocha)"),
    ("a vimto", "Vimto"),
    # not on the menu
    ("mutabbaq", UNKNOWN),
    ("zurbian", UNKNOWN),
    ("bint al sahn", UNKNOWN),
    ("chicken haneeth", UNKNOWN),
    ("lamb kofta", UNKNOWN),
    ("camel kabsa", UNKNOWN),
    ("chicken fahsa", UNKNOWN),
]
