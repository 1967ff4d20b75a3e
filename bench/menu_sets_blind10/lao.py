"""A Lao restaurant (the pattern of Lao take-out menus in Minneapolis-St. Paul, Fresno, Nashville
and Seattle): larb by the meat, tam mak hoong (papaya salad) Lao style, khao piak sen, khao poon,
feu, nam khao crispy rice salad, sai oua sausage, ping gai, seen savanh, khao niao sticky rice by
the basket, Beerlao. Lao names with the English. Callers say "chicken larb", "papaya salad",
"crispy rice salad", "Lao sausage", "grilled chicken", "sticky rice" and mishear larb ("lob",
"laab", "lap"), tam mak hoong ("tom mak hung", "tum mak hoong"), khao piak sen ("cow pee ak sen"),
nam khao ("num cow"), sai oua ("sigh ua"), khao niao ("cow new"). "Larb", "a salad", "a noodle
soup", "rice" or "a dessert" alone is a question; pad thai, tom yum, tom kha, green curry, tofu or
duck larb and khao man gai are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Lao Kitchen"

CATEGORIES: dict[str, list[Item]] = {
    "Larb & Salads": [
        ("Larb Gai (Chicken Larb)", 13.0, ("minced chicken", "toasted rice powder", "lime", "mint",
                                           "shallot", "chili")),
        ("Larb Seen (Beef Larb)", 14.0, ("minced beef", "tripe", "toasted rice powder", "mint",
                                         "lime")),
        ("Larb Pa (Fish Larb)", 15.0, ("minced catfish", "toasted rice powder", "dill", "lime")),
        ("Tam Mak Hoong (Lao Papaya Salad)", 11.0, ("green papaya", "padaek", "tomato", "chili",
                                                    "lime", "crab paste")),
        ("Tam Taeng (Cucumber Salad)", 10.0, ("cucumber", "padaek", "chili", "lime")),
        ("Nam Khao (Crispy Rice Salad)", 13.0, ("crispy curried rice", "som moo sour pork",
                                                "peanuts", "lime", "cilantro")),
        ("Nam Tok Seen (Waterfall Beef)", 15.0, ("grilled beef", "toasted rice powder", "lime",
                                                 "mint")),
    ],
    "Grill": [
        ("Ping Gai (Grilled Chicken)", 14.0, ("lemongrass marinated chicken", "jaew",
                                             "sticky rice")),
        ("Sai Oua (Lao Sausage)", 12.0, ("pork sausage", "lemongrass", "galangal", "kaffir lime",
                                         "jaew")),
        ("Seen Savanh (Lao Beef Jerky)", 12.0, ("sweet beef jerky", "sesame", "jaew")),
        ("Ping Moo (Grilled Pork Skewers)", 12.0, ("pork skewers", "garlic", "jaew")),
        ("Ping Pa (Grilled Whole Fish)", 22.0, ("whole tilapia", "lemongrass", "jaew")),
    ],
    "Noodle Soups": [
        ("Khao Piak Sen (Lao Chicken Noodle Soup)", 13.0, ("hand-cut rice and tapioca noodles",
                                                           "chicken", "fried garlic", "cilantro")),
        ("Khao Poon (Red Curry Noodle Soup)", 14.0, ("rice vermicelli", "red curry coconut broth",
                                                     "chicken", "cabbage", "bamboo shoot")),
        ("Feu (Lao Beef Noodle Soup)", 13.0, ("rice noodles", "beef broth", "sliced beef",
                                              "meatballs", "basil")),
        ("Khao Soi Luang Prabang", 14.0, ("wide rice noodles", "pork tomato chili sauce",
                                          "clear broth")),
    ],
    "Mains": [
        ("Mok Pa (Steamed Fish in Banana Leaf)", 17.0, ("fish", "dill", "lemongrass",
                                                        "banana leaf")),
        ("Or Lam (Lao Stew)", 16.0, ("beef", "eggplant", "long beans",
                                     "sakhan pepperwood", "dill")),
        ("Lao Fried Rice", {"Chicken": 12.0, "Pork": 12.0, "Shrimp": 14.0}, ("jasmine rice", "egg",
                                                                             "onion", "tomato")),
        ("Lad Na (Gravy Noodles)", 13.0, ("wide rice noodles", "gravy", "chinese broccoli")),
        ("Khao Jee Pâté (Lao Baguette Sandwich)", 10.0, ("baguette", "pâté", "pork", "pickled "
                                                         "carrot", "cilantro")),
    ],
    "Appetizers": [
        ("Yor Jeun (Lao Egg Rolls)", 7.0, ("pork", "glass noodle", "carrot")),
        ("Khao Tod (Crispy Rice Balls)", 8.0, ("fried rice balls", "jaew")),
        ("Fried Tofu", 6.0, ("tofu", "sweet chili sauce")),
    ],
    "Rice & Sides": [
        ("Khao Niao (Sticky Rice)", {"Small": 2.5, "Large": 4.5}, ("steamed glutinous rice",)),
        ("Jasmine Rice", 2.0),
        ("Jaew Bong (Chili Paste)", 2.0, ("roasted chili", "galangal", "pork skin")),
        ("Pork Rinds", 3.0),
    ],
    "Desserts & Drinks": [
        ("Khao Niao Mak Muang (Mango Sticky Rice)", 8.0, ("sticky rice", "mango", "coconut cream")),
        ("Nam Van (Coconut Tapioca Dessert)", 6.0, ("tapioca", "coconut milk", "jackfruit")),
        ("Lao Iced Coffee", 4.5, ("dark roast", "condensed milk")),
        ("Thai Iced Tea", 4.5),
        ("Young Coconut", 5.0),
        ("Beerlao", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Or Lam (Lao Stew)", "Ping Pa (Grilled Whole Fish)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # larb and salads
    ("chicken larb", "Larb Gai (Chicken Larb)"),
    ("laab gai", "Larb Gai (Chicken Larb)"),
    ("two lob gai", "Larb Gai (Chicken Larb)", None, 2),
    ("beef larb", "Larb Seen (Beef Larb)"),
    ("larb seen", "Larb Seen (Beef Larb)"),
    ("fish lap", "Larb Pa (Fish Larb)"),
    ("larb", ASK),
    ("papaya salad", "Tam Mak Hoong (Lao Papaya Salad)"),
    ("tom mak hung lao style", "Tam Mak Hoong (Lao Papaya Salad)"),
    ("uh one tum mak hoong extra spicy", "Tam Mak Hoong (Lao Papaya Salad)"),
    ("cucumber salad", "Tam Taeng (Cucumber Salad)"),
    ("crispy rice salad", "Nam Khao (Crispy Rice Salad)"),
    ("num cow", "Nam Khao (Crispy Rice Salad)"),
    ("waterfall beef", "Nam Tok Seen (Waterfall Beef)"),
    ("a salad", ASK),
    # grill
    ("ping gai", "Ping Gai (Grilled Chicken)"),
    ("grilled chicken", "Ping Gai (Grilled Chicken)"),
    ("lao sausage", "Sai Oua (Lao Sausage)"),
    ("two sigh ua", "Sai Oua (Lao Sausage)", None, 2),
    ("beef jerky", "Seen Savanh (Lao Beef Jerky)"),
    ("sin savanh", "Seen Savanh (Lao Beef Jerky)"),
    ("grilled whole fish", "Ping Pa (Grilled Whole Fish)"),
    ("fish", ASK),
    # noodle soups
    ("khao piak sen", "Khao Piak Sen (Lao Chicken Noodle Soup)"),
    ("cow pee ak sen", "Khao Piak Sen (Lao Chicken Noodle Soup)"),
    ("khao poon", "Khao Poon (Red Curry Noodle Soup)"),
    ("red curry noodle soup", "Khao Poon (Red Curry Noodle Soup)"),
    ("feu", "Feu (Lao Beef Noodle Soup)"),
    ("beef noodle soup", "Feu (Lao Beef Noodle Soup)"),
    ("khao soi", "Khao Soi Luang Prabang"),
    ("a noodle soup", ASK),
    # mains
    ("mok pa", "Mok Pa (Steamed Fish in Banana Leaf)"),
    ("or lam", "Or Lam (Lao Stew)"),
    ("lao stew", "Or Lam (Lao Stew)"),
    ("shrimp fried rice", "Lao Fried Rice", "shrimp"),
    ("chicken fried rice", "Lao Fried Rice", "chicken"),
    ("lad na", "Lad Na (Gravy Noodles)"),
    ("khao jee sandwich", "Khao Jee Pâté (Lao Baguette Sandwich)"),
    # appetizers
    ("egg rolls", "Yor Jeun (Lao Egg Rolls)"),
    ("crispy rice balls", "Khao Tod (Crispy Rice Balls)"),
    # rice and sides
    ("a large sticky rice", "Khao Niao (Sticky Rice)", "large"),
    ("two small khao niao", "Khao Niao (Sticky Rice)", "small", 2),
    ("cow new", "Khao Niao (Sticky Rice)"),
    ("jasmine rice", "Jasmine Rice"),
    ("rice", ASK),
    # desserts and drinks
    ("mango sticky rice", "Khao Niao Mak Muang (Mango Sticky Rice)"),
    ("nam van", "Nam Van (Coconut Tapioca Dessert)"),
    ("lao coffee", "Lao Iced Coffee"),
    ("thai tea", "Thai Iced Tea"),
    ("three beer lao", "Beerlao", None, 3),
    ("a dessert", ASK),
    # not on the menu
    ("pad thai", UNKNOWN),
    ("tom kha gai", UNKNOWN),
    ("tom yum soup", UNKNOWN),
    ("green curry", UNKNOWN),
    ("tofu larb", UNKNOWN),
    ("duck larb", UNKNOWN),
    ("khao man gai", UNKNOWN),
]
