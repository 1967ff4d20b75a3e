"""A Korean fried chicken and bunsik (snack food) shop: fried chicken by the half or whole bird in
several sauces, tteokbokki and other street snacks, gimbap, dumplings, Korean drinks. Hangul
reaches English menus and speech recognition in many spellings (tteokbokki / ddukbokki /
topokki, gimbap / kimbap, jjigae / chigae, eomuk / odeng, sundae / soondae, mandu / mandoo);
"kimbap" or "mandu" alone is a question, and so is "fried chicken" with five flavours."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Korean fried chicken and bunsik"

CHICKEN = {"half": 14.0, "whole": 25.0}

CATEGORIES: dict[str, list[Item]] = {
    "Chicken": [
        ("Original Fried Chicken", CHICKEN, ("crispy fried chicken", "bone-in", "huraideu")),
        ("Yangnyeom Chicken", CHICKEN, ("fried chicken", "sweet and spicy sauce", "gochujang")),
        ("Soy Garlic Chicken", CHICKEN, ("fried chicken", "soy sauce", "garlic")),
        ("Honey Butter Chicken", CHICKEN, ("fried chicken", "honey", "butter")),
        ("Padak Green Onion Chicken", CHICKEN, ("fried chicken", "shredded scallions", "mustard sauce")),
        ("Ban Ban Chicken", 26.0, ("whole chicken", "half original", "half yangnyeom")),
    ],
    "Bunsik": [
        ("Tteokbokki", 12.0, ("rice cakes", "gochujang sauce", "fish cake", "boiled egg")),
        ("Rose Tteokbokki", 14.0, ("rice cakes", "creamy gochujang sauce", "fish cake")),
        ("Cheese Tteokbokki", 14.0, ("rice cakes", "gochujang sauce", "mozzarella")),
        ("Rabokki", 13.0, ("ramyun noodles", "rice cakes", "gochujang sauce", "fish cake")),
        ("Eomuk Tang", 9.0, ("fish cake skewers", "radish broth")),
        ("Twigim Platter", 12.0, ("fried shrimp", "fried sweet potato", "fried squid", "fried seaweed roll")),
        ("Sundae", 12.0, ("korean blood sausage", "glass noodles", "liver")),
        ("Potato Cheese Corn Dog", 6.0, ("mozzarella", "potato cubes", "sugar", "hot dog")),
        ("Corn Cheese", 7.0, ("sweet corn", "mozzarella", "mayo")),
        ("Hotteok", 5.0, ("sweet pancake", "brown sugar", "nuts")),
    ],
    "Gimbap and Rice": [
        ("Classic Gimbap", 9.0, ("rice", "seaweed", "pickled radish", "spinach", "carrot", "egg", "ham")),
        ("Tuna Gimbap", 10.0, ("rice", "seaweed", "tuna mayo", "perilla leaf")),
        ("Kimchi Fried Rice", 11.0, ("kimchi", "rice", "fried egg", "spam")),
        ("Budae Jjigae", 18.0, ("army stew", "spam", "sausage", "ramen", "kimchi")),
    ],
    "Dumplings": [
        ("Kimchi Mandu", 8.0, ("steamed dumplings", "kimchi", "pork", "tofu")),
        ("Gun Mandu", 8.0, ("pan-fried dumplings", "pork", "vegetables")),
    ],
    "Sides": [
        ("Pickled Radish", 2.0, ("chicken mu", "sweet pickled radish cubes")),
        ("Steamed Rice", 2.0, ("white rice",)),
        ("Seasoned Fries", 5.0, ("french fries", "honey butter seasoning")),
    ],
    "Drinks": [
        ("Milkis", 2.5, ("milk soda",)),
        ("Banana Milk", 3.0, ("banana flavored milk",)),
        ("Sikhye", 3.0, ("sweet rice drink",)),
        ("Coke", 2.0, ("coca-cola",)),
        ("Bottled Water", 1.5, ("water",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # chicken
    ("can i get a half yangnyeom chicken", "Yangnyeom Chicken", "half"),
    ("a whole yangnyum chicken", "Yangnyeom Chicken", "whole"),
    ("yang nyum chicken", "Yangnyeom Chicken"),
    ("the sweet and spicy chicken", "Yangnyeom Chicken"),
    ("whole original fried chicken", "Original Fried Chicken", "whole"),
    ("half huraideu chicken", "Original Fried Chicken", "half"),
    ("two whole soy garlic", "Soy Garlic Chicken", "whole", 2),
    ("ganjang chicken half", "Soy Garlic Chicken", "half"),
    ("honey butter chicken", "Honey Butter Chicken"),
    ("pa dak", "Padak Green Onion Chicken"),
    ("the chicken with the green onions on top", "Padak Green Onion Chicken"),
    ("ban ban chicken", "Ban Ban Chicken"),
    ("half and half original and spicy", "Ban Ban Chicken"),
    ("fried chicken", ASK),
    ("a half chicken", ASK),
    # bunsik
    ("tteokbokki", "Tteokbokki"),
    ("ddukbokki", "Tteokbokki"),
    ("one order of topokki", "Tteokbokki", None, 1),
    ("dukboki with cheese", "Cheese Tteokbokki"),
    ("rose topokki", "Rose Tteokbokki"),
    ("the creamy rice cakes", "Rose Tteokbokki"),
    ("ra bokki", "Rabokki"),
    ("ramen with rice cakes", "Rabokki"),
    ("eomuk tang", "Eomuk Tang"),
    ("odeng soup", "Eomuk Tang"),
    ("fish cake soup", "Eomuk Tang"),
    ("twigim", "Twigim Platter"),
    ("the fried platter", "Twigim Platter"),
    ("soondae", "Sundae"),
    ("korean blood sausage", "Sundae"),
    ("two korean corn dogs", "Potato Cheese Corn Dog", None, 2),
    ("corn cheese", "Corn Cheese"),
    ("hoddeok", "Hotteok"),
    # gimbap and rice
    ("kimbap", ASK),
    ("two classic kimbap", "Classic Gimbap", None, 2),
    ("tuna kimbap", "Tuna Gimbap"),
    ("chamchi gimbap", "Tuna Gimbap"),
    ("kimchi bokkeumbap", "Kimchi Fried Rice"),
    ("kimchi fried rice", "Kimchi Fried Rice"),
    ("boodae jjigae", "Budae Jjigae"),
    ("budae chigae", "Budae Jjigae"),
    ("army stew", "Budae Jjigae"),
    # dumplings
    ("mandu", ASK),
    ("pork dumplings", ASK),
    ("kimchi mandoo", "Kimchi Mandu"),
    ("goon mandu", "Gun Mandu"),
    ("the fried dumplings", "Gun Mandu"),
    # sides and drinks
    ("chicken mu", "Pickled Radish"),
    ("a side of rice", "Steamed Rice"),
    ("milkis", "Milkis"),
    ("banana milk", "Banana Milk"),
    ("shikhye", "Sikhye"),
    ("a water", "Bottled Water"),
    # not on the menu
    ("bulgogi", UNKNOWN),
    ("japchae", UNKNOWN),
    ("jjajangmyeon", UNKNOWN),
    ("bibimbap", UNKNOWN),
    ("kimchi jjigae", UNKNOWN),
    ("soy garlic tteokbokki", UNKNOWN),
    ("beef kimbap", UNKNOWN),
]
