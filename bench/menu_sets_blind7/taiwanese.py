"""A Taiwanese noodle and bao shop (the pattern of Flushing / San Gabriel Valley / Cupertino
menus): beef noodle soup braised or clear, Regular or Large; rice plates; gua bao and xiao long
bao (6 pc or 12 pc); night-market snacks (popcorn chicken, da ji pai, stinky tofu, oyster
omelette); boba Regular or Large. Callers say the Mandarin (niu rou mian, lu rou fan, san bei ji,
da ji pai), the Taiwanese (oh ah jian) or the English ("soup dumplings", "green onion pancake"),
and "3 cup" or "twelve pieces" without meaning a quantity. "Beef noodle soup", "gua bao", "a bao",
"fried chicken" or "a large tea" alone is a question; beef tendon soup, dan dan noodles, taro milk
tea and oyster vermicelli are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Taiwanese noodle and bao shop"


def _rl(regular: float, large: float) -> dict[str, float]:
    return {"Regular": regular, "Large": large}


CATEGORIES: dict[str, list[Item]] = {
    "Noodle Soups": [
        ("Braised Beef Noodle Soup", _rl(14.95, 16.95),
         ("beef shank", "spicy braised soy broth", "wheat noodles", "bok choy", "pickled mustard greens")),
        ("Clear Broth Beef Noodle Soup", _rl(14.95, 16.95),
         ("beef shank", "clear beef bone broth", "wheat noodles", "bok choy")),
        ("Wonton Noodle Soup", _rl(11.95, 13.95), ("pork wontons", "thin noodles", "chicken broth")),
        ("Zha Jiang Mian", 12.95, ("dry noodles", "minced pork", "fermented bean sauce", "cucumber")),
        ("Sesame Noodles", 10.95, ("dry noodles", "sesame paste", "cucumber", "garlic")),
    ],
    "Rice Plates": [
        ("Lu Rou Fan", 8.95, ("braised minced pork belly", "rice", "pickled radish", "soy egg")),
        ("Three Cup Chicken", 15.95, ("chicken thigh", "sesame oil", "rice wine", "soy", "basil", "rice")),
        ("Pork Chop Rice", 13.95, ("fried marinated pork chop", "rice", "soy egg", "greens")),
        ("Fried Chicken Leg Rice", 13.95, ("fried chicken leg", "rice", "soy egg", "greens")),
    ],
    "Bao & Dumplings": [
        ("Pork Belly Gua Bao", 5.5, ("braised pork belly", "peanut powder", "pickled greens", "cilantro")),
        ("Fried Chicken Gua Bao", 5.5, ("fried chicken", "pickles", "cilantro")),
        ("Xiao Long Bao", {"6 pc": 9.95, "12 pc": 17.95}, ("pork soup dumplings", "ginger vinegar")),
        ("Pan-Fried Pork Buns", 9.95, ("sheng jian bao", "4 pork buns", "sesame", "scallion")),
        ("Scallion Pancake", 6.95, ("flaky pancake", "scallion")),
        ("Beef Roll", 10.95, ("scallion pancake", "braised beef", "hoisin", "cucumber")),
    ],
    "Night Market Snacks": [
        ("Popcorn Chicken", 8.95, ("yan su ji", "fried chicken bites", "salt and pepper", "basil")),
        ("Taiwanese Fried Chicken Cutlet", 10.95, ("da ji pai", "large fried chicken cutlet", "five spice")),
        ("Stinky Tofu", 9.95, ("fried fermented tofu", "pickled cabbage", "chili sauce")),
        ("Oyster Omelette", 11.95, ("oysters", "egg", "sweet potato starch", "sweet red sauce")),
        ("Taiwanese Sausage", 6.95, ("sweet pork sausage", "garlic")),
        ("Tea Egg", 1.95, ("egg simmered in tea and soy",)),
        ("Cucumber Salad", 5.95, ("smashed cucumber", "garlic", "vinegar")),
    ],
    "Drinks & Dessert": [
        ("Bubble Milk Tea", _rl(5.5, 6.5), ("black milk tea", "tapioca pearls")),
        ("Winter Melon Tea", _rl(4.5, 5.5), ("winter melon", "iced tea")),
        ("Soy Milk", 3.5, ("fresh soy milk", "hot or cold")),
        ("Mango Shaved Ice", 10.95, ("shaved ice", "fresh mango", "condensed milk", "mango sorbet")),
    ],
}

SPECIALS: tuple[str, ...] = ("Braised Beef Noodle Soup",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # noodle soups
    ("beef noodle soup", ASK),
    ("niu rou mian", ASK),
    ("large braised beef noodle soup", "Braised Beef Noodle Soup", "large"),
    ("hong shao niu rou mian", "Braised Beef Noodle Soup"),
    ("the spicy beef noodle soup", "Braised Beef Noodle Soup"),
    ("clear beef noodle soup regular", "Clear Broth Beef Noodle Soup", "regular"),
    ("wonton noodle soup large", "Wonton Noodle Soup", "large"),
    ("a noodle soup", ASK),
    ("zhajiangmian", "Zha Jiang Mian"),
    ("minced pork noodles", "Zha Jiang Mian"),
    ("ma jiang mian", "Sesame Noodles"),
    ("sesame noodles", "Sesame Noodles"),
    # rice plates
    ("lu ro fan", "Lu Rou Fan"),
    ("braised pork rice", "Lu Rou Fan"),
    ("san bei ji", "Three Cup Chicken"),
    ("3 cup chicken", "Three Cup Chicken"),
    ("two pork chop rice", "Pork Chop Rice", None, 2),
    ("chicken leg rice", "Fried Chicken Leg Rice"),
    # bao & dumplings
    ("pork belly bao", "Pork Belly Gua Bao"),
    ("two pork gua bao", "Pork Belly Gua Bao", None, 2),
    ("fried chicken bao", "Fried Chicken Gua Bao"),
    ("gua bao", ASK),
    ("a bao", ASK),
    ("xiao long bao twelve pieces", "Xiao Long Bao", "12 pc"),
    ("soup dumplings 6 piece", "Xiao Long Bao", "6 pc"),
    ("shao long bao", "Xiao Long Bao"),
    ("sheng jian bao", "Pan-Fried Pork Buns"),
    ("pan fried buns", "Pan-Fried Pork Buns"),
    ("green onion pancake", "Scallion Pancake"),
    ("cong you bing", "Scallion Pancake"),
    ("the beef pancake roll", "Beef Roll"),
    # night market snacks
    ("popcorn chicken", "Popcorn Chicken"),
    ("yan su ji", "Popcorn Chicken"),
    ("da ji pai", "Taiwanese Fried Chicken Cutlet"),
    ("chicken cutlet", "Taiwanese Fried Chicken Cutlet"),
    ("fried chicken", ASK),
    ("chou dofu", "Stinky Tofu"),
    ("stinky tofu", "Stinky Tofu"),
    ("oyster omelet", "Oyster Omelette"),
    ("oh ah jian", "Oyster Omelette"),
    ("two sausages", "Taiwanese Sausage", None, 2),
    ("three tea eggs", "Tea Egg", None, 3),
    ("cucumber salad", "Cucumber Salad"),
    # drinks & dessert
    ("large boba milk tea", "Bubble Milk Tea", "large"),
    ("pearl milk tea regular", "Bubble Milk Tea", "regular"),
    ("two bubble teas", "Bubble Milk Tea", None, 2),
    ("winter melon tea large", "Winter Melon Tea", "large"),
    ("a large tea", ASK),
    ("dou jiang", "Soy Milk"),
    ("mango snow ice", "Mango Shaved Ice"),
    # not on the menu
    ("beef tendon noodle soup", UNKNOWN),
    ("dan dan noodles", UNKNOWN),
    ("taro milk tea", UNKNOWN),
    ("turnip cake", UNKNOWN),
    ("fan tuan", UNKNOWN),
    ("shrimp fried rice", UNKNOWN),
    ("oyster vermicelli", UNKNOWN),
]
