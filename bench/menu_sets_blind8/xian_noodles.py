"""A Xi'an noodle house (the pattern of Shaanxi noodle shops in New York, Vancouver and
London): hand-pulled noodles Thin, Wide or Extra Wide, biang biang mian, soups (yangrou paomo,
saozi mian), liangpi, roujiamo and jiamo, cumin lamb plates and skewers, dumplings, cold sides,
drinks; pinyin names with the English. Callers say the English ("beef noodle soup", "cold skin
noodles", "Chinese hamburger"), say the width with the noodles, and speech recognition mangles
the pinyin ("row jia mo", "bang bang noodles", "yang rou pow mo"). "Cumin lamb", "a Chinese
hamburger", "pork noodles", "spicy beef" or "a noodle soup" alone is a question; dan
dan noodles, xiao long bao, baozi and beef skewers are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Xi'an noodle house"


def _width(price: float) -> dict[str, float]:
    return {"Thin": price, "Wide": price, "Extra Wide": price + 1.0}


CATEGORIES: dict[str, list[Item]] = {
    "Hand-Pulled Noodles": [
        ("Niurou Lamian (Beef Noodle Soup)", _width(13.5), ("beef broth", "sliced beef", "daikon")),
        ("Mala Niurou Lamian (Spicy Tingly Beef Noodles)", _width(14.5),
         ("braised beef", "sichuan pepper", "chili oil", "no soup")),
        ("Ziran Yangrou Lamian (Cumin Lamb Noodles)", _width(15.0),
         ("cumin lamb", "onions", "peppers", "chili oil", "no soup")),
        ("Youpo Mian (Hot Oil Seared Noodles)", _width(11.5), ("sizzling oil", "chili flakes", "garlic")),
        ("Fanqie Jidan Mian (Tomato Egg Noodles)", _width(12.0), ("tomato", "scrambled egg", "light broth")),
        ("Zhajiang Mian (Pork & Soybean Paste Noodles)", _width(13.0), ("ground pork", "soybean paste")),
    ],
    "House Specialties": [
        ("Biang Biang Mian (Extra-Wide Belt Noodles)", 15.5,
         ("belt noodles", "braised pork", "tomato", "egg", "chili oil")),
        ("Yangrou Paomo (Lamb Soup with Crumbled Bread)", 16.0, ("lamb broth", "lamb", "torn flatbread")),
        ("Saozi Mian (Sour & Spicy Pork Noodle Soup)", 13.5, ("thin noodles", "diced pork", "sour broth")),
    ],
    "Liangpi (Cold Skin Noodles)": [
        ("Liangpi (Cold Skin Noodles)", 10.5, ("rice noodle sheets", "gluten", "cucumber", "chili oil")),
        ("Majiang Liangpi (Sesame Cold Skin Noodles)", 11.0, ("rice noodle sheets", "sesame paste")),
    ],
    "Jiamo (Xi'an Burgers)": [
        ("Roujiamo (Braised Pork Burger)", 6.5, ("baiji bun", "braised pork belly", "cilantro")),
        ("Ziran Yangrou Jiamo (Cumin Lamb Burger)", 7.5, ("baiji bun", "cumin lamb", "onions", "peppers")),
        ("Niurou Jiamo (Spicy Beef Burger)", 7.0, ("baiji bun", "braised beef", "chili")),
    ],
    "Plates & Skewers": [
        ("Ziran Yangrou (Cumin Lamb over Rice)", 17.5, ("cumin lamb", "onions", "peppers", "rice")),
        ("Yangrou Chuan (Lamb Skewer)", 3.5, ("lamb", "cumin", "chili")),
        ("Jirou Chuan (Chicken Skewer)", 3.0, ("chicken thigh", "cumin", "chili")),
    ],
    "Dumplings": [
        ("Suantang Shuijiao (Hot & Sour Soup Dumplings)", 11.0, ("pork dumplings", "sour broth")),
        ("Hongyou Chaoshou (Chili Oil Wontons)", 10.0, ("pork wontons", "chili oil", "black vinegar")),
    ],
    "Cold Sides": [
        ("Pai Huanggua (Smashed Cucumber)", 6.0, ("cucumber", "garlic", "vinegar")),
        ("Laohu Cai (Tiger Salad)", 6.5, ("cilantro", "scallion", "green chili", "cucumber")),
        ("Lu Dan (Braised Egg)", 2.0, ("soy-braised egg",)),
    ],
    "Drinks": [
        ("Suanmei Tang (Sour Plum Drink)", 4.0, ("smoked plum", "hawthorn", "osmanthus")),
        ("Bingfeng Orange Soda", 3.5),
        ("Soy Milk", 3.0),
        ("Jasmine Tea", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = (
    "Biang Biang Mian (Extra-Wide Belt Noodles)",
    "Yangrou Paomo (Lamb Soup with Crumbled Bread)",
)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # hand-pulled noodles
    ("beef noodle soup thin", "Niurou Lamian (Beef Noodle Soup)", "thin"),
    ("niu rou la mian wide", "Niurou Lamian (Beef Noodle Soup)", "wide"),
    ("two beef noodle soups extra wide", "Niurou Lamian (Beef Noodle Soup)", "extra wide", 2),
    ("spicy tingly beef noodles", "Mala Niurou Lamian (Spicy Tingly Beef Noodles)"),
    ("ma la beef noodles wide", "Mala Niurou Lamian (Spicy Tingly Beef Noodles)", "wide"),
    ("cumin lamb noodles thin", "Ziran Yangrou Lamian (Cumin Lamb Noodles)", "thin"),
    ("zi ran yang rou la mian", "Ziran Yangrou Lamian (Cumin Lamb Noodles)"),
    ("hot oil noodles extra wide", "Youpo Mian (Hot Oil Seared Noodles)", "extra wide"),
    ("you po mian", "Youpo Mian (Hot Oil Seared Noodles)"),
    ("tomato and egg noodles wide", "Fanqie Jidan Mian (Tomato Egg Noodles)", "wide"),
    ("zha jiang mian", "Zhajiang Mian (Pork & Soybean Paste Noodles)"),
    ("hand pulled noodles", ASK),
    ("a noodle soup", ASK),
    ("pork noodles", ASK),
    ("spicy beef", ASK),
    # house specialties
    ("biang biang noodles", "Biang Biang Mian (Extra-Wide Belt Noodles)"),
    ("bang bang noodles", "Biang Biang Mian (Extra-Wide Belt Noodles)"),
    ("belt noodles", "Biang Biang Mian (Extra-Wide Belt Noodles)"),
    ("lamb soup with bread", "Yangrou Paomo (Lamb Soup with Crumbled Bread)"),
    ("yang rou pow mo", "Yangrou Paomo (Lamb Soup with Crumbled Bread)"),
    ("saozi noodles", "Saozi Mian (Sour & Spicy Pork Noodle Soup)"),
    ("sour and spicy noodle soup", "Saozi Mian (Sour & Spicy Pork Noodle Soup)"),
    # liangpi
    ("liang pi", "Liangpi (Cold Skin Noodles)"),
    ("cold skin noodles", "Liangpi (Cold Skin Noodles)"),
    ("two liangpi", "Liangpi (Cold Skin Noodles)", None, 2),
    ("sesame cold skin noodles", "Majiang Liangpi (Sesame Cold Skin Noodles)"),
    # jiamo
    ("roujiamo", "Roujiamo (Braised Pork Burger)"),
    ("row jia mo", "Roujiamo (Braised Pork Burger)"),
    ("three pork burgers", "Roujiamo (Braised Pork Burger)", None, 3),
    ("cumin lamb burger", "Ziran Yangrou Jiamo (Cumin Lamb Burger)"),
    ("a spicy beef burger", "Niurou Jiamo (Spicy Beef Burger)"),
    ("a chinese hamburger", ASK),
    # plates and skewers
    ("cumin lamb over rice", "Ziran Yangrou (Cumin Lamb over Rice)"),
    ("cumin lamb", ASK),
    ("four lamb skewers", "Yangrou Chuan (Lamb Skewer)", None, 4),
    ("yang rou chuan", "Yangrou Chuan (Lamb Skewer)"),
    ("two chicken skewers", "Jirou Chuan (Chicken Skewer)", None, 2),
    ("a skewer", ASK),
    # dumplings
    ("hot and sour soup dumplings", "Suantang Shuijiao (Hot & Sour Soup Dumplings)"),
    ("sour soup dumplings", "Suantang Shuijiao (Hot & Sour Soup Dumplings)"),
    ("chili oil wontons", "Hongyou Chaoshou (Chili Oil Wontons)"),
    ("spicy wontons", "Hongyou Chaoshou (Chili Oil Wontons)"),
    # cold sides
    ("smashed cucumber", "Pai Huanggua (Smashed Cucumber)"),
    ("cucumber salad", "Pai Huanggua (Smashed Cucumber)"),
    ("tiger salad", "Laohu Cai (Tiger Salad)"),
    ("two braised eggs", "Lu Dan (Braised Egg)", None, 2),
    # drinks
    ("sour plum juice", "Suanmei Tang (Sour Plum Drink)"),
    ("suan mei tang", "Suanmei Tang (Sour Plum Drink)"),
    ("bingfeng", "Bingfeng Orange Soda"),
    ("an orange soda", "Bingfeng Orange Soda"),
    ("a soy milk", "Soy Milk"),
    ("jasmine tea", "Jasmine Tea"),
    # not on the menu
    ("dan dan noodles", UNKNOWN),
    ("xiao long bao", UNKNOWN),
    ("pork baozi", UNKNOWN),
    ("three beef skewers", UNKNOWN),
    ("mapo tofu", UNKNOWN),
    ("scallion pancake", UNKNOWN),
    ("lamb dumplings", UNKNOWN),
]
