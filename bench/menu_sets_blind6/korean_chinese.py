"""A Korean-Chinese (junggukjip) delivery restaurant (the pattern of Korean-American take-out
menus in LA / New York / New Jersey): jajangmyeon and jjamppong in their variants, rice dishes,
tangsuyuk and the other fried "yori" dishes by Small or Large, mandu, sets, drinks. Names are
romanised as those menus print them; callers romanise them every other way (jjajangmyun,
jjampong, champon, tang su yook). "Mandu" alone, "spicy seafood noodle soup" (plain or samsun)
and "spicy chicken" (kkanpunggi or lajogi) are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Korean-Chinese restaurant"

YORI = {"Small": 21.95, "Large": 31.95}

CATEGORIES: dict[str, list[Item]] = {
    "Noodles": [
        ("Jajangmyeon", 11.95, ("black bean noodles", "pork", "onion", "zucchini", "chunjang sauce")),
        ("Gan Jajangmyeon", 13.95, ("dry-fried black bean sauce", "noodles", "pork", "onion")),
        ("Jjamppong", 13.95, ("spicy seafood noodle soup", "squid", "mussels", "shrimp", "vegetables")),
        ("Samsun Jjamppong", 16.95,
         ("deluxe spicy seafood noodle soup", "sea cucumber", "shrimp", "squid", "scallop")),
        ("Baek Jjamppong", 14.95, ("white non-spicy seafood noodle soup", "squid", "shrimp", "cabbage")),
        ("Jjamjjamyeon", 15.95, ("half jajangmyeon", "half jjamppong", "divided bowl")),
        ("Udon", 12.95, ("mild seafood noodle soup", "egg", "squid", "shrimp")),
    ],
    "Rice": [
        ("Jajangbap", 12.95, ("black bean sauce over rice", "pork", "fried egg")),
        ("Jjamppong Bap", 14.95, ("spicy seafood soup with rice",)),
        ("Bokkeumbap", 12.95, ("fried rice", "egg", "shrimp", "black bean sauce on the side")),
        ("Japchaebap", 14.95, ("glass noodles", "pork", "vegetables", "over rice")),
        ("Mapa Dubu Bap", 13.95, ("mapo tofu", "ground pork", "spicy sauce", "over rice")),
    ],
    "Yori": [
        ("Tangsuyuk", YORI, ("sweet and sour pork", "crispy fried pork", "sweet and sour sauce")),
        ("Kkanpunggi", {"Small": 23.95, "Large": 33.95},
         ("fried chicken", "garlic", "chili", "sweet spicy sauce")),
        ("Lajogi", {"Small": 23.95, "Large": 33.95}, ("fried chicken", "dried red chili", "spicy sauce")),
        ("Cream Shrimp", {"Small": 25.95, "Large": 36.95}, ("fried shrimp", "sweet cream sauce")),
        ("Yusanseul", 36.95, ("seafood and vegetable stir fry", "sea cucumber", "shrimp", "beef")),
        ("Japchae", 17.95, ("stir fried glass noodles", "pork", "vegetables")),
    ],
    "Mandu": [
        ("Gun Mandu", 8.95, ("8 pan-fried dumplings", "pork", "vegetables")),
        ("Jjin Mandu", 8.95, ("8 steamed dumplings", "pork", "vegetables")),
        ("Mul Mandu", 10.95, ("dumpling soup", "beef broth", "egg", "scallion")),
    ],
    "Sets": [
        ("Jajangmyeon & Tangsuyuk Set", 29.95, ("2 jajangmyeon", "small tangsuyuk")),
        ("Jjamppong & Tangsuyuk Set", 33.95, ("2 jjamppong", "small tangsuyuk")),
    ],
    "Drinks": [
        ("Coke", 2.0, ("can",)),
        ("Sprite", 2.0, ("can",)),
        ("Milkis", 2.5, ("milk soda", "can")),
        ("Soju", 13.0, ("bottle",)),
        ("Cass", 7.0, ("korean lager", "bottle")),
    ],
}

SPECIALS: tuple[str, ...] = ("Jjamjjamyeon",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # noodles
    ("two jajangmyeon", "Jajangmyeon", None, 2),
    ("jjajangmyun", "Jajangmyeon"),
    ("ja jang myun please", "Jajangmyeon"),
    ("three jajang myeon", "Jajangmyeon", None, 3),
    ("kan jajang", "Gan Jajangmyeon"),
    ("the dry jajangmyeon", "Gan Jajangmyeon"),
    ("jampong", "Jjamppong"),
    ("champon", "Jjamppong"),
    ("two jjampong", "Jjamppong", None, 2),
    ("samsun jjampong", "Samsun Jjamppong"),
    ("the deluxe seafood jjamppong", "Samsun Jjamppong"),
    ("white jjamppong", "Baek Jjamppong"),
    ("the non spicy jjamppong", "Baek Jjamppong"),
    ("jjam jja myeon", "Jjamjjamyeon"),
    ("half jajang half jjamppong", "Jjamjjamyeon"),
    ("an udon", "Udon"),
    ("spicy seafood noodle soup", ASK),
    ("noodle soup", ASK),
    # rice
    ("jajang bap", "Jajangbap"),
    ("black bean sauce over rice", "Jajangbap"),
    ("jjamppong rice", "Jjamppong Bap"),
    ("bokumbap", "Bokkeumbap"),
    ("japchae bap", "Japchaebap"),
    ("japchae over rice", "Japchaebap"),
    ("mapa tofu over rice", "Mapa Dubu Bap"),
    ("mapo tofu rice", "Mapa Dubu Bap"),
    # yori
    ("large tangsuyuk", "Tangsuyuk", "large"),
    ("tang su yook small", "Tangsuyuk", "small"),
    ("sweet and sour pork", "Tangsuyuk"),
    ("a small sweet and sour pork", "Tangsuyuk", "small"),
    ("kanpunggi", "Kkanpunggi"),
    ("garlic chicken large", "Kkanpunggi", "large"),
    ("lazogi", "Lajogi"),
    ("la jo gi small", "Lajogi", "small"),
    ("spicy chicken", ASK),
    ("creamy shrimp large", "Cream Shrimp", "large"),
    ("yoo san sul", "Yusanseul"),
    ("japchae", "Japchae"),
    # mandu
    ("fried dumplings", "Gun Mandu"),
    ("goon mandu", "Gun Mandu"),
    ("two orders of steamed dumplings", "Jjin Mandu", None, 2),
    ("dumpling soup", "Mul Mandu"),
    ("mandu", ASK),
    # sets
    ("the jajangmyeon tangsuyuk set", "Jajangmyeon & Tangsuyuk Set"),
    ("jjamppong and sweet and sour pork combo", "Jjamppong & Tangsuyuk Set"),
    ("a set", ASK),
    # drinks
    ("a coke", "Coke"),
    ("milkis", "Milkis"),
    ("two soju", "Soju", None, 2),
    ("a bottle of cass", "Cass"),
    ("a soda", ASK),
    # not on the menu
    ("kimchi fried rice", UNKNOWN),
    ("bibimbap", UNKNOWN),
    ("galbi", UNKNOWN),
    ("tteokbokki", UNKNOWN),
    ("sweet and sour chicken", UNKNOWN),
    ("naengmyeon", UNKNOWN),
    ("wonton soup", UNKNOWN),
]
