"""A Northeast Chinese (Dongbei) restaurant (the pattern of Dongbei restaurant menus in Flushing,
Sunset Park, the San Gabriel Valley and Toronto's Scarborough): guo bao rou, di san xian, suan
cai bai rou, xiao ji dun mo gu, la pi, luan dun, boiled dumplings by count (12 or 24) in pork
and cabbage, pork and fennel, pork and chive, lamb and carrot, egg and chive, lamb skewers by
count, shao bing, da mi fan. Pinyin with the hanzi and the English name. Callers say the English
("sweet and sour pork", "the three earth treasures", "sour cabbage with pork belly", "chicken with
mushroom stew"), the pinyin without tones and split or run together ("guobaorou", "di san
shian", "suan tsai bai rou") and mishear it ("gwo bow row", "dee san sean", "la pee", "shao
jee dun mogu"). "Dumplings", "24 pork dumplings", "chive dumplings", "ten skewers", "a stew", "dried
tofu" and "a beer" alone are questions; kung pao chicken, mapo tofu, xiao long bao, jian bing,
lamb and fennel or beef and celery dumplings and Peking duck are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Dongbei Kitchen"

_DUMPLINGS = {"12 pieces": 11.0, "24 pieces": 20.0}
_SKEWERS = {"5 skewers": 10.0, "10 skewers": 18.0}

CATEGORIES: dict[str, list[Item]] = {
    "凉菜 Cold Dishes": [
        ("拉皮 La Pi (Cold Mung Bean Sheet Salad)", 11.0, ("mung bean sheets", "cucumber", "carrot",
                                                          "sesame paste", "garlic")),
        ("老虎菜 Lao Hu Cai (Tiger Salad)", 9.0, ("green chili", "cilantro", "scallion",
                                                  "cucumber")),
        ("东北大拉皮 Da La Pi with Pork", 14.0, ("mung bean sheets", "shredded pork", "cucumber",
                                                "sesame paste")),
        ("拍黄瓜 Pai Huang Gua (Smashed Cucumber)", 8.0, ("cucumber", "garlic", "vinegar")),
        ("皮冻 Pi Dong (Pork Skin Jelly)", 10.0, ("pork skin aspic", "garlic soy dip")),
        ("干豆腐卷 Gan Dou Fu Juan (Dried Tofu Rolls)", 10.0, ("dried tofu sheet", "scallion",
                                                           "cucumber", "bean paste")),
    ],
    "热菜 Hot Dishes": [
        ("锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)", 19.0, ("pork tenderloin", "potato starch",
                                                              "sweet and sour sauce")),
        ("地三鲜 Di San Xian (Potato, Eggplant and Pepper)", 15.0, ("potato", "eggplant",
                                                                "green pepper", "garlic")),
        ("酸菜白肉 Suan Cai Bai Rou (Sour Cabbage with Pork Belly)", 18.0, ("pickled napa cabbage",
                                                                       "pork belly", "glass noodles")),
        ("小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with Mushrooms)", 22.0, ("chicken",
                                                                          "hazel mushrooms",
                                                                          "glass noodles")),
        ("猪肉炖粉条 Zhu Rou Dun Fen Tiao (Pork Stewed with Glass Noodles)", 18.0, ("pork belly",
                                                                             "sweet potato noodles")),
        ("东北乱炖 Luan Dun (Northeast Mixed Stew)", 18.0, ("pork ribs", "potato", "corn",
                                                        "green beans", "eggplant")),
        ("红烧排骨 Hong Shao Pai Gu (Braised Pork Ribs)", 20.0, ("pork ribs", "soy", "star anise")),
        ("孜然羊肉 Zi Ran Yang Rou (Cumin Lamb)", 21.0, ("lamb", "cumin", "chili", "onion")),
        ("尖椒干豆腐 Jian Jiao Gan Dou Fu (Dried Tofu with Green Chili)", 14.0, ("dried tofu",
                                                                          "green chili", "pork")),
        ("溜肉段 Liu Rou Duan (Fried Pork in Brown Sauce)", 18.0, ("pork", "green pepper", "onion",
                                                              "brown sauce")),
        ("京酱肉丝 Jing Jiang Rou Si (Shredded Pork in Sweet Bean Sauce)", 17.0, ("pork",
                                                                           "sweet bean sauce",
                                                                           "scallion", "tofu skin")),
        ("拔丝地瓜 Ba Si Di Gua (Candied Sweet Potato)", 13.0, ("sweet potato", "caramel")),
        ("西红柿炒鸡蛋 Tomato and Egg Stir-Fry", 12.0, ("tomato", "egg", "scallion")),
    ],
    "饺子 Boiled Dumplings": [
        ("猪肉白菜水饺 Pork and Cabbage Dumplings", _DUMPLINGS, ("pork", "napa cabbage")),
        ("猪肉茴香水饺 Pork and Fennel Dumplings", _DUMPLINGS, ("pork", "fennel")),
        ("猪肉韭菜水饺 Pork and Chive Dumplings", _DUMPLINGS, ("pork", "chives")),
        ("羊肉胡萝卜水饺 Lamb and Carrot Dumplings", _DUMPLINGS, ("lamb", "carrot")),
        ("鸡蛋韭菜水饺 Egg and Chive Dumplings", _DUMPLINGS, ("egg", "chives", "vermicelli")),
        ("酸菜猪肉水饺 Sour Cabbage and Pork Dumplings", _DUMPLINGS, ("pork", "pickled cabbage")),
    ],
    "烧烤 Skewers": [
        ("羊肉串 Yang Rou Chuan (Lamb Skewers)", _SKEWERS, ("lamb", "cumin", "chili")),
        ("牛肉串 Niu Rou Chuan (Beef Skewers)", _SKEWERS, ("beef", "cumin", "chili")),
        ("鸡心串 Ji Xin Chuan (Chicken Heart Skewers)", _SKEWERS, ("chicken hearts", "cumin")),
    ],
    "主食 Staples": [
        ("米饭 Mi Fan (Steamed Rice)", 2.0),
        ("烧饼 Shao Bing (Sesame Flatbread)", 3.0),
        ("葱油饼 Cong You Bing (Scallion Pancake)", 6.0),
        ("馅饼 Xian Bing (Meat Pie)", 7.0, ("pan-fried pastry", "pork and cabbage filling")),
        ("玉米饼子 Corn Cake", 4.0),
        ("酸菜炖粉条汤 Sour Cabbage Noodle Soup", 9.0, ("pickled cabbage", "glass noodles", "pork")),
    ],
    "饮料 Drinks": [
        ("哈尔滨啤酒 Harbin Beer", 6.0),
        ("雪花啤酒 Snow Beer", 6.0),
        ("格瓦斯 Kvass", 5.0),
        ("酸梅汤 Sour Plum Drink", 4.0),
        ("北冰洋 Bei Bing Yang Orange Soda", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ("小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with Mushrooms)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # cold dishes
    ("la pi", "拉皮 La Pi (Cold Mung Bean Sheet Salad)"),
    ("la pee cold salad", "拉皮 La Pi (Cold Mung Bean Sheet Salad)"),
    ("tiger salad", "老虎菜 Lao Hu Cai (Tiger Salad)"),
    ("da la pi with pork", "东北大拉皮 Da La Pi with Pork"),
    ("smashed cucumber", "拍黄瓜 Pai Huang Gua (Smashed Cucumber)"),
    ("dried tofu rolls", "干豆腐卷 Gan Dou Fu Juan (Dried Tofu Rolls)"),
    # hot dishes
    ("guo bao rou", "锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)"),
    ("guobaorou", "锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)"),
    ("gwo bow row", "锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)"),
    ("sweet and sour crispy pork", "锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)"),
    ("two guo bao rou", "锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)", None, 2),
    ("di san xian", "地三鲜 Di San Xian (Potato, Eggplant and Pepper)"),
    ("dee san shian", "地三鲜 Di San Xian (Potato, Eggplant and Pepper)"),
    ("potato eggplant and green pepper", "地三鲜 Di San Xian (Potato, Eggplant and Pepper)"),
    ("suan cai bai rou", "酸菜白肉 Suan Cai Bai Rou (Sour Cabbage with Pork Belly)"),
    ("suan tsai bai rou", "酸菜白肉 Suan Cai Bai Rou (Sour Cabbage with Pork Belly)"),
    ("pickled cabbage with pork belly", "酸菜白肉 Suan Cai Bai Rou (Sour Cabbage with Pork Belly)"),
    ("xiao ji dun mo gu", "小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with Mushrooms)"),
    ("shao jee dun mogu", "小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with Mushrooms)"),
    ("chicken and mushroom stew", "小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with Mushrooms)"),
    ("pork stewed with glass noodles", "猪肉炖粉条 Zhu Rou Dun Fen Tiao (Pork Stewed with Glass Noodles)"),
    ("luan dun", "东北乱炖 Luan Dun (Northeast Mixed Stew)"),
    ("braised pork ribs", "红烧排骨 Hong Shao Pai Gu (Braised Pork Ribs)"),
    ("cumin lamb", "孜然羊肉 Zi Ran Yang Rou (Cumin Lamb)"),
    ("liu rou duan", "溜肉段 Liu Rou Duan (Fried Pork in Brown Sauce)"),
    ("jing jiang rou si", "京酱肉丝 Jing Jiang Rou Si (Shredded Pork in Sweet Bean Sauce)"),
    ("candied sweet potato", "拔丝地瓜 Ba Si Di Gua (Candied Sweet Potato)"),
    ("tomato and egg", "西红柿炒鸡蛋 Tomato and Egg Stir-Fry"),
    ("a stew", ASK),
    ("dried tofu", ASK),
    # dumplings
    ("12 pork and cabbage dumplings", "猪肉白菜水饺 Pork and Cabbage Dumplings", "12 pieces"),
    ("24 pork and fennel dumplings", "猪肉茴香水饺 Pork and Fennel Dumplings", "24 pieces"),
    ("pork and chive dumplings twelve", "猪肉韭菜水饺 Pork and Chive Dumplings", "12 pieces"),
    ("lamb and carrot dumplings 24", "羊肉胡萝卜水饺 Lamb and Carrot Dumplings", "24 pieces"),
    ("egg and chive dumplings", "鸡蛋韭菜水饺 Egg and Chive Dumplings"),
    ("sour cabbage pork dumplings", "酸菜猪肉水饺 Sour Cabbage and Pork Dumplings"),
    ("dumplings", ASK),
    ("24 pork dumplings", ASK),
    ("chive dumplings", ASK),
    # skewers
    ("ten lamb skewers", "羊肉串 Yang Rou Chuan (Lamb Skewers)", "10 skewers"),
    ("yang rou chuan five", "羊肉串 Yang Rou Chuan (Lamb Skewers)", "5 skewers"),
    ("beef skewers", "牛肉串 Niu Rou Chuan (Beef Skewers)"),
    ("chicken heart skewers", "鸡心串 Ji Xin Chuan (Chicken Heart Skewers)"),
    ("ten skewers", ASK),
    # staples
    ("steamed rice", "米饭 Mi Fan (Steamed Rice)"),
    ("two shao bing", "烧饼 Shao Bing (Sesame Flatbread)", None, 2),
    ("scallion pancake", "葱油饼 Cong You Bing (Scallion Pancake)"),
    ("xian bing", "馅饼 Xian Bing (Meat Pie)"),
    # drinks
    ("harbin beer", "哈尔滨啤酒 Harbin Beer"),
    ("two snow beer", "雪花啤酒 Snow Beer", None, 2),
    ("kvass", "格瓦斯 Kvass"),
    ("sour plum juice", "酸梅汤 Sour Plum Drink"),
    ("a beer", ASK),
    # not on the menu
    ("kung pao chicken", UNKNOWN),
    ("mapo tofu", UNKNOWN),
    ("xiao long bao", UNKNOWN),
    ("jian bing", UNKNOWN),
    ("lamb and fennel dumplings", UNKNOWN),
    ("peking duck", UNKNOWN),
    ("beef and celery dumplings", UNKNOWN),
]
