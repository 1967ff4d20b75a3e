"""A Korean BBQ house (the pattern of Koreatown grill-at-the-table menus, also offered for
take-out): meats by the order, combos For 2 or For 4, jjigae and tang, cold noodles, rice and
noodles, appetizers, soju and beer. Romanisation runs every way (kalbi / galbi, sam gyup sal,
soon tofu, chapchae, dukbokki); "for two" is a combo's size, not a quantity. "Galbi", "beef short
ribs", "marinated beef", "a stew", "cold noodles" or "a Korean beer" alone is a question; dak
galbi's cousins, budae jjigae and bossam are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Korean BBQ house"


def _combo(two: float, four: float) -> dict[str, float]:
    return {"For 2": two, "For 4": four}


CATEGORIES: dict[str, list[Item]] = {
    "BBQ": [
        ("LA Galbi", 32.99, ("marinated beef short rib", "flanken cut")),
        ("Wang Galbi", 36.99, ("marinated beef short rib", "bone-in", "king cut")),
        ("Bulgogi", 26.99, ("thin sliced marinated beef rib eye", "onion")),
        ("Chadol Baegi", 27.99, ("thin sliced beef brisket", "unmarinated")),
        ("Samgyeopsal", 24.99, ("thick sliced pork belly", "unmarinated")),
        ("Dwaeji Galbi", 25.99, ("marinated pork rib", "soy garlic marinade")),
        ("Beef Tongue", 28.99, ("thin sliced beef tongue", "sesame oil and salt")),
        ("Spicy Chicken Bulgogi", 23.99, ("chicken thigh", "gochujang marinade")),
        ("Beef Combo", _combo(79.99, 149.99), ("la galbi", "bulgogi", "chadol baegi", "steamed egg")),
        ("Pork Combo", _combo(64.99, 119.99), ("samgyeopsal", "dwaeji galbi", "kimchi stew")),
    ],
    "Stews & Soups": [
        ("Kimchi Jjigae", 15.99, ("aged kimchi", "pork", "tofu", "rice")),
        ("Doenjang Jjigae", 14.99, ("soybean paste", "tofu", "zucchini", "rice")),
        ("Sundubu Jjigae", 15.99, ("soft tofu", "seafood", "egg", "spicy broth", "rice")),
        ("Galbi Tang", 17.99, ("beef short rib soup", "glass noodles", "radish", "rice")),
        ("Mul Naengmyeon", 14.99, ("cold buckwheat noodles", "icy beef broth", "egg", "radish")),
        ("Bibim Naengmyeon", 14.99, ("cold buckwheat noodles", "spicy sauce", "egg", "cucumber")),
    ],
    "Rice & Noodles": [
        ("Dolsot Bibimbap", 16.99, ("hot stone bowl", "rice", "vegetables", "beef", "egg", "gochujang")),
        ("Japchae", 15.99, ("sweet potato glass noodles", "beef", "vegetables")),
        ("Kimchi Fried Rice", 13.99, ("rice", "kimchi", "pork", "fried egg")),
        ("Steamed Rice", 2.5, ("white rice",)),
    ],
    "Appetizers": [
        ("Haemul Pajeon", 17.99, ("seafood", "scallion", "pancake")),
        ("Gyeran Jjim", 8.99, ("steamed egg", "scallion", "stone pot")),
        ("Mandu", 9.99, ("8 fried pork and vegetable dumplings",)),
        ("Tteokbokki", 12.99, ("rice cakes", "fish cake", "spicy gochujang sauce")),
        ("Corn Cheese", 9.99, ("sweet corn", "mozzarella", "mayo", "sizzling plate")),
        ("Extra Banchan", 3.0, ("refill of side dishes",)),
    ],
    "Drinks": [
        ("Soju", 15.99, ("original soju", "bottle")),
        ("Flavored Soju", 16.99, ("grapefruit", "peach", "green grape", "bottle")),
        ("Cass", 7.99, ("korean lager", "bottle")),
        ("Hite", 7.99, ("korean lager", "bottle")),
        ("Makgeolli", 14.99, ("rice wine", "bottle")),
        ("Sikhye", 3.99, ("sweet rice drink",)),
        ("Soda", 2.5, ("coke", "diet coke", "sprite")),
    ],
}

SPECIALS: tuple[str, ...] = ("Beef Combo",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # bbq
    ("la kalbi", "LA Galbi"),
    ("two orders of la galbi", "LA Galbi", None, 2),
    ("king galbi", "Wang Galbi"),
    ("wang kalbi", "Wang Galbi"),
    ("galbi", ASK),
    ("beef short ribs", ASK),
    ("bulgogi", "Bulgogi"),
    ("bul go gi", "Bulgogi"),
    ("marinated beef", ASK),
    ("chadol", "Chadol Baegi"),
    ("beef brisket", "Chadol Baegi"),
    ("sam gyup sal", "Samgyeopsal"),
    ("pork belly", "Samgyeopsal"),
    ("three orders of pork belly", "Samgyeopsal", None, 3),
    ("pork kalbi", "Dwaeji Galbi"),
    ("the tongue", "Beef Tongue"),
    ("spicy chicken", "Spicy Chicken Bulgogi"),
    ("chicken bulgogi", "Spicy Chicken Bulgogi"),
    ("beef combo for four", "Beef Combo", "for 4"),
    ("the pork combo for 2", "Pork Combo", "for 2"),
    ("a combo for two", ASK),
    # stews & soups
    ("kimchi jjigae", "Kimchi Jjigae"),
    ("kimchi chigae", "Kimchi Jjigae"),
    ("kimchi stew", "Kimchi Jjigae"),
    ("dwenjang jjigae", "Doenjang Jjigae"),
    ("soybean paste stew", "Doenjang Jjigae"),
    ("soon tofu", "Sundubu Jjigae"),
    ("soft tofu stew", "Sundubu Jjigae"),
    ("galbitang", "Galbi Tang"),
    ("short rib soup", "Galbi Tang"),
    ("a stew", ASK),
    ("mul naengmyun", "Mul Naengmyeon"),
    ("spicy cold noodles", "Bibim Naengmyeon"),
    ("cold noodles", ASK),
    # rice & noodles
    ("stone pot bibimbap", "Dolsot Bibimbap"),
    ("bibimbap", "Dolsot Bibimbap"),
    ("chapchae", "Japchae"),
    ("glass noodles", "Japchae"),
    ("two bowls of rice", "Steamed Rice", None, 2),
    # appetizers
    ("hae mul pa jun", "Haemul Pajeon"),
    ("seafood pancake", "Haemul Pajeon"),
    ("steamed egg", "Gyeran Jjim"),
    ("an order of mandu", "Mandu"),
    ("dumplings", "Mandu"),
    ("dukbokki", "Tteokbokki"),
    ("spicy rice cakes", "Tteokbokki"),
    ("more side dishes", "Extra Banchan"),
    # drinks
    ("a bottle of soju", "Soju"),
    ("two sojus", "Soju", None, 2),
    ("grapefruit soju", "Flavored Soju"),
    ("two cass", "Cass", None, 2),
    ("a korean beer", ASK),
    ("makgeolli", "Makgeolli"),
    # not on the menu
    ("yukgaejang", UNKNOWN),
    ("budae jjigae", UNKNOWN),
    ("yukhoe", UNKNOWN),
    ("pork jowl", UNKNOWN),
    ("bossam", UNKNOWN),
    ("kimchi pancake", UNKNOWN),
    ("jajangmyeon", UNKNOWN),
]
