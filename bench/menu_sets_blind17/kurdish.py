"""A Kurdish grill and bakery (the pattern of Kurdish restaurant and tandoor bakery menus in
Erbil and Sulaymaniyah, Nashville's Little Kurdistan, London's Harringay and Germany): kubba
(kutilk) by count (3 or 6), kubba hamuth, dolma (yaprakh) by tray size, tepsi baytinjan, lamb and
chicken kebab, lamb and chicken tikka, shifta, qozi (lamb on rice) half or whole, parda pilaw,
shorba nisk (lentil soup), tashreeb, naan tandoor, kulera, dew (yogurt drink) small or large,
Kurdish chai. Items are named in Kurdish (romanised) with English glosses in parentheses.
Callers say the English ("stuffed vine leaves", "lamb kebab", "lentil soup", "eggplant
casserole"), the Kurdish romanised other ways ("kuteleek", "dolme", "tapsi bitinjan",
"shifte", "quzi", "kebabi gosht", "tika mirishk", "doh", "shorba nisk"), mishear it ("cool
ticks", "coo zee") and count kubba. "Six kubba" (fried or rice), "a soup", "a kebab", "tikka", "chicken",
"bread" and "the one with dates" are questions; falafel, shawarma, biryani, baklava, masgouf,
kubba mosul and a beef tikka are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Zagros Grill and Tandoor Bakery"

_KUBBA = {"3 pieces": 7.0, "6 pieces": 13.0}
_DEW = {"Small": 2.0, "Large": 3.5}

CATEGORIES: dict[str, list[Item]] = {
    "Pêşxwan (Starters)": [
        ("Kutilk (Fried Kubba)", _KUBBA, ("bulgur shell", "minced lamb", "onion", "almonds")),
        ("Kubba Halab (Rice Kubba)", _KUBBA, ("rice shell", "minced beef", "raisins")),
        ("Kubba Hamuth (Sour Kubba Soup)", 12.0, ("semolina kubba", "turnip", "chard", "lemon")),
        ("Shorbay Nisk (Lentil Soup)", 6.0, ("red lentils", "cumin", "lemon")),
        ("Shorbay Brinj (Rice and Tomato Soup)", 6.0, ("rice", "tomato", "chickpeas")),
        ("Zalata Kurdi (Kurdish Salad)", 7.0, ("tomato", "cucumber", "onion", "sumac", "parsley")),
        ("Mast u Xiyar (Yogurt and Cucumber)", 5.0, ("yogurt", "cucumber", "dried mint")),
        ("Hummus", 6.0, ("chickpeas", "tahini", "lemon")),
    ],
    "Xwardinî Malê (Home Dishes)": [
        ("Dolma (Yaprax)", {"Small Tray": 14.0, "Large Tray": 26.0}, ("vine leaves", "onion",
                                                                        "chard", "rice", "lamb ribs")),
        ("Tepsi Baytinjan (Eggplant Casserole)", 16.0, ("eggplant", "meatballs", "tomato",
                                                        "potato", "onion")),
        ("Qozi (Lamb on Rice)", {"Half": 22.0, "Whole": 40.0}, ("slow-roasted lamb", "rice",
                                                                "almonds", "raisins")),
        ("Parda Pilaw (Covered Rice Pie)", 20.0, ("chicken", "rice", "almonds", "pastry")),
        ("Tashreeb (Bread in Lamb Broth)", 15.0, ("lamb", "chickpeas", "naan", "broth")),
        ("Tashreeb Mrishk (Bread in Chicken Broth)", 14.0, ("chicken", "chickpeas", "naan",
                                                             "broth")),
        ("Fasolia u Brinj (White Beans and Rice)", 12.0, ("white beans", "tomato", "lamb", "rice")),
        ("Bamya (Okra Stew with Rice)", 13.0, ("okra", "tomato", "lamb", "rice")),
    ],
    "Kebab u Tikka (Grill)": [
        ("Kebabî Goşt (Lamb Kebab)", 16.0, ("minced lamb", "onion", "parsley", "grilled tomato")),
        ("Kebabî Mrishk (Chicken Kebab)", 15.0, ("minced chicken", "onion", "grilled tomato")),
        ("Tikkay Goşt (Lamb Tikka)", 19.0, ("lamb cubes", "onion", "grilled tomato")),
        ("Tikkay Mrishk (Chicken Tikka)", 16.0, ("chicken cubes", "garlic", "lemon")),
        ("Shifta (Kurdish Meat Patties)", 15.0, ("minced beef", "parsley", "onion", "tomato")),
        ("Jerg (Liver Skewers)", 14.0, ("lamb liver", "onion")),
        ("Mixed Grill (Tawawî)", 32.0, ("lamb kebab", "chicken tikka", "lamb tikka", "shifta")),
        ("Kebab Sandwich (in Naan)", 9.0, ("lamb kebab", "naan", "onion", "sumac")),
    ],
    "Nanewaxane (Bakery)": [
        ("Naan Tandoor", 1.5, ("flour", "sesame")),
        ("Nanî Tîrî (Thin Lavash Bread)", 1.0),
        ("Kulera (Kurdish Sweet Bread)", 3.0, ("flour", "sugar", "nigella")),
        ("Kulera Xurma (Date Bread)", 3.5, ("flour", "dates")),
        ("Kada (Savoury Tandoor Bun)", 2.5, ("flour", "butter", "fennel seed")),
        ("Klicha (Date Cookies)", {"6 pieces": 5.0, "12 pieces": 9.0}, ("flour", "dates",
                                                                         "cardamom")),
    ],
    "Şîrînî (Desserts)": [
        ("Zalabia (Fried Syrup Dough)", 5.0),
        ("Halawa Shekir (Sugar Halva)", 5.0, ("flour", "sugar", "butter")),
        ("Kunafa", 8.0, ("shredded pastry", "cheese", "syrup")),
        ("Shirberinj (Rice Pudding)", 5.0, ("rice", "milk", "rose water")),
    ],
    "Xwardinewe (Drinks)": [
        ("Dew (Yogurt Drink)", _DEW),
        ("Dewî Xumî (Frothy Clay-Jar Dew)", 4.0),
        ("Chay (Kurdish Tea)", 1.5),
        ("Chay Darchin (Cinnamon Tea)", 2.0),
        ("Qawa (Kurdish Coffee)", 3.0),
        ("Pepsi", 2.0),
        ("Sherbet Zbib (Raisin Juice)", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Qozi (Lamb on Rice)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters
    ("six kutilk", "Kutilk (Fried Kubba)", "6 pieces"),
    ("kuteleek three", "Kutilk (Fried Kubba)", "3 pieces"),
    ("cool ticks", "Kutilk (Fried Kubba)"),
    ("fried kubba 6", "Kutilk (Fried Kubba)", "6 pieces"),
    ("rice kubba", "Kubba Halab (Rice Kubba)"),
    ("3 kubba halab", "Kubba Halab (Rice Kubba)", "3 pieces"),
    ("kubba hamuth", "Kubba Hamuth (Sour Kubba Soup)"),
    ("sour kubba soup", "Kubba Hamuth (Sour Kubba Soup)"),
    ("lentil soup", "Shorbay Nisk (Lentil Soup)"),
    ("shorba nisk", "Shorbay Nisk (Lentil Soup)"),
    ("kurdish salad", "Zalata Kurdi (Kurdish Salad)"),
    ("mast u khiyar", "Mast u Xiyar (Yogurt and Cucumber)"),
    ("six kubba", ASK),
    ("a soup", ASK),
    # home dishes
    ("dolma large tray", "Dolma (Yaprax)", "large tray"),
    ("a small tray of dolme", "Dolma (Yaprax)", "small tray"),
    ("stuffed vine leaves", "Dolma (Yaprax)"),
    ("tepsi baytinjan", "Tepsi Baytinjan (Eggplant Casserole)"),
    ("tapsi bitinjan", "Tepsi Baytinjan (Eggplant Casserole)"),
    ("eggplant casserole", "Tepsi Baytinjan (Eggplant Casserole)"),
    ("a whole qozi", "Qozi (Lamb on Rice)", "whole"),
    ("half quzi", "Qozi (Lamb on Rice)", "half"),
    ("coo zee", "Qozi (Lamb on Rice)"),
    ("parda pilaw", "Parda Pilaw (Covered Rice Pie)"),
    ("tashreeb with lamb", "Tashreeb (Bread in Lamb Broth)"),
    ("chicken tashreeb", "Tashreeb Mrishk (Bread in Chicken Broth)"),
    ("okra stew", "Bamya (Okra Stew with Rice)"),
    # grill
    ("lamb kebab", "Kebabî Goşt (Lamb Kebab)"),
    ("two kebabi gosht", "Kebabî Goşt (Lamb Kebab)", None, 2),
    ("chicken kebab", "Kebabî Mrishk (Chicken Kebab)"),
    ("lamb tikka", "Tikkay Goşt (Lamb Tikka)"),
    ("tika mirishk", "Tikkay Mrishk (Chicken Tikka)"),
    ("shifte", "Shifta (Kurdish Meat Patties)"),
    ("mixed grill", "Mixed Grill (Tawawî)"),
    ("a kebab sandwich", "Kebab Sandwich (in Naan)"),
    ("a kebab", ASK),
    ("tikka", ASK),
    ("chicken", ASK),
    # bakery
    ("five naan tandoor", "Naan Tandoor", None, 5),
    ("tandoor bread", "Naan Tandoor"),
    ("kulera", "Kulera (Kurdish Sweet Bread)"),
    ("date kulera", "Kulera Xurma (Date Bread)"),
    ("12 klicha", "Klicha (Date Cookies)", "12 pieces"),
    ("bread", ASK),
    ("the one with dates", ASK),
    # desserts
    ("rice pudding", "Shirberinj (Rice Pudding)"),
    # drinks
    ("a large dew", "Dew (Yogurt Drink)", "large"),
    ("two small doh", "Dew (Yogurt Drink)", "small", 2),
    ("kurdish tea", "Chay (Kurdish Tea)"),
    ("cinnamon tea", "Chay Darchin (Cinnamon Tea)"),
    ("a tea", "Chay (Kurdish Tea)"),
    # not on the menu
    ("falafel wrap", UNKNOWN),
    ("chicken shawarma", UNKNOWN),
    ("lamb biryani", UNKNOWN),
    ("baklava", UNKNOWN),
    ("masgouf", UNKNOWN),
    ("beef tikka", UNKNOWN),
    ("kubba mosul", UNKNOWN),
]
