"""A Yunnan rice noodle house (the pattern of the Yunnan mixian shops and "crossing the bridge"
noodle chains of Kunming and their branches in New York, Los Angeles, Vancouver, London and
Sydney): crossing-the-bridge rice noodles (guo qiao mi xian, the broth served apart with the raw
slices and noodles to put in) plain, spicy, seafood, beef or tomato-and-egg, in Regular or Large
bowls; small-pot rice noodles, braised pork, wild mushroom, pickled-vegetable beef and mint beef
rice noodles, tossed rice noodles; erkuai rice cakes (da jiu jia stir-fried, grilled, in soup);
Yunnan dishes (mint beef, steam-pot chicken, Xuanwei ham, Dai lemongrass fish, grandma's potatoes,
Jianshui grilled tofu, pineapple rice, fried or grilled rubing goat cheese); add-ons; ripe or raw
Pu'er and Dianhong tea by the cup or pot. English names with the pinyin, as these menus print them.

Callers say the English ("crossing the bridge noodles", "fried goat cheese", "grandma potatoes",
"sour plum juice") or the pinyin with or without the syllable breaks ("guo qiao mi xian",
"mixian", "bo he niu rou"), and speech recognition writes "gwo chow me shen" (guo qiao mi xian),
"shiao gwo" (xiao guo), "are kwai" (erkuai), "roo bing" (rubing), "chee gwo jee" (qiguo ji), "poo
air" (Pu'er). "Wild mushroom", "erkuai", "rubing", "beef noodles", "pu er tea", "a tea" and "a rice
noodle soup" are questions; Lanzhou beef noodles, Guilin rice noodles, luosifen, xiao long bao, a
rose flower cake (xianhua bing), chickpea jelly (liang fen) and bubble milk tea are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Yunnan Rice Noodle House"


def _bowl(regular: float) -> dict[str, float]:
    return {"Regular": regular, "Large": round(regular + 3.0, 2)}


_TEA = {"Cup": 4.0, "Pot": 12.0}

CATEGORIES: dict[str, list[Item]] = {
    "Crossing the Bridge Noodles (过桥米线)": [
        ("Crossing the Bridge Rice Noodles (Guo Qiao Mi Xian)", _bowl(15.0),
         ("bone and chicken broth", "rice noodles", "sliced pork", "chicken", "quail egg", "ham",
          "fish tofu", "chives", "bean sprouts")),
        ("Spicy Crossing the Bridge Noodles (Mala Guo Qiao Mi Xian)", _bowl(15.5),
         ("mala chili broth", "rice noodles", "sliced pork", "chicken", "quail egg")),
        ("Seafood Crossing the Bridge Noodles (Haixian Guo Qiao Mi Xian)", _bowl(18.0),
         ("bone broth", "rice noodles", "shrimp", "squid", "clams", "fish fillet")),
        ("Beef Crossing the Bridge Noodles (Niurou Guo Qiao Mi Xian)", _bowl(17.0),
         ("beef broth", "rice noodles", "sliced beef", "beef tripe", "quail egg")),
        ("Tomato & Egg Crossing the Bridge Noodles (Fanqie Guo Qiao Mi Xian)", _bowl(15.0),
         ("tomato broth", "rice noodles", "egg", "sliced pork")),
    ],
    "Rice Noodles (米线)": [
        ("Small Pot Rice Noodles (Xiao Guo Mi Xian)", _bowl(13.0),
         ("clay pot broth", "rice noodles", "minced pork", "pickled greens", "chives", "chili")),
        ("Braised Pork Rice Noodles (Hongshao Rou Mi Xian)", _bowl(14.0),
         ("rice noodles", "red-braised pork belly", "bok choy")),
        ("Wild Mushroom Rice Noodles (Yesheng Jun Mi Xian)", _bowl(15.0),
         ("mushroom broth", "rice noodles", "wild mushrooms", "bok choy")),
        ("Pickled Vegetable Beef Rice Noodles (Suancai Niurou Mi Xian)", _bowl(14.5),
         ("sour pickled mustard greens", "rice noodles", "sliced beef", "chili")),
        ("Mint Beef Rice Noodles (Bohe Niurou Mi Xian)", _bowl(14.5),
         ("beef broth", "rice noodles", "sliced beef", "fresh mint")),
        ("Tossed Rice Noodles (Ban Mi Xian)", _bowl(11.0),
         ("rice noodles", "minced pork sauce", "chili oil", "vinegar", "peanuts", "chives")),
    ],
    "Erkuai (饵块 Rice Cakes)": [
        ("Da Jiu Jia (Stir-Fried Erkuai)", 14.0, ("erkuai rice cake", "ham", "egg", "pea shoots",
                                                 "tomato")),
        ("Grilled Erkuai (Shao Erkuai)", 7.0, ("grilled erkuai", "sweet and chili sauce", "youtiao")),
        ("Erkuai Soup with Pork (Zhu Rou Tang Erkuai)", 12.0, ("erkuai", "pork broth", "sliced pork",
                                                              "greens")),
    ],
    "Yunnan Dishes": [
        ("Mint Beef (Bohe Niurou)", 17.0, ("sliced beef", "fresh mint", "chili", "garlic")),
        ("Steam Pot Chicken (Qiguo Ji)", 28.0, ("chicken", "ginger", "goji", "yunnan steam pot")),
        ("Stir-Fried Xuanwei Ham (Chao Xuanwei Huotui)", 19.0, ("xuanwei ham", "green pepper", "garlic")),
        ("Dai-Style Lemongrass Grilled Fish (Xiangmao Cao Kao Yu)", 25.0,
         ("tilapia", "lemongrass", "cilantro", "chili")),
        ("Wild Mushroom Stir-Fry (Chao Yesheng Jun)", 22.0, ("wild mushrooms", "garlic", "green chili")),
        ("Grandma's Potatoes (Laonai Yangyu)", 10.0, ("mashed fried potato", "pickled greens", "chili",
                                                     "scallion")),
        ("Jianshui Grilled Tofu (Jianshui Kao Doufu)", 10.0, ("small tofu cubes", "chili dip")),
        ("Pineapple Rice (Boluo Fan)", 13.0, ("sticky rice", "pineapple", "raisins")),
        ("Xuanwei Ham Fried Rice (Huotui Chao Fan)", 13.0, ("rice", "xuanwei ham", "egg", "peas")),
        ("Fried Goat Cheese (Zha Rubing)", 11.0, ("rubing goat cheese", "pepper salt")),
        ("Grilled Rubing with Rose Jam (Kao Rubing)", 11.0, ("rubing goat cheese", "rose petal jam")),
        ("Cucumber Salad (Pai Huanggua)", 7.0, ("smashed cucumber", "garlic", "vinegar", "chili oil")),
    ],
    "Add-Ons": [
        ("Extra Rice Noodles", 3.0),
        ("Add Quail Eggs", 2.5),
        ("Add Sliced Beef", 4.5),
        ("Add Yunnan Ham", 3.5),
        ("Youtiao (Fried Dough Stick)", 2.5),
    ],
    "Tea & Drinks": [
        ("Ripe Pu'er Tea (Shou Pu'er)", _TEA),
        ("Raw Pu'er Tea (Sheng Pu'er)", {"Cup": 4.5, "Pot": 14.0}),
        ("Dianhong Black Tea", _TEA),
        ("Sour Plum Juice (Suanmei Tang)", 4.5),
        ("Soy Milk", 3.5),
        ("Yunnan Iced Coffee", 5.0),
        ("Dali Beer", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Steam Pot Chicken (Qiguo Ji)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # crossing the bridge
    ("crossing the bridge noodles", "Crossing the Bridge Rice Noodles (Guo Qiao Mi Xian)"),
    ("guo qiao mi xian large", "Crossing the Bridge Rice Noodles (Guo Qiao Mi Xian)", "large"),
    ("gwo chow me shen", "Crossing the Bridge Rice Noodles (Guo Qiao Mi Xian)"),
    ("two regular crossing bridge noodles", "Crossing the Bridge Rice Noodles (Guo Qiao Mi Xian)",
     "regular", 2),
    ("spicy crossing the bridge large", "Spicy Crossing the Bridge Noodles (Mala Guo Qiao Mi Xian)",
     "large"),
    ("mala crossing the bridge noodles", "Spicy Crossing the Bridge Noodles (Mala Guo Qiao Mi Xian)"),
    ("seafood bridge noodle", "Seafood Crossing the Bridge Noodles (Haixian Guo Qiao Mi Xian)"),
    ("beef crossing bridge noodles regular", "Beef Crossing the Bridge Noodles (Niurou Guo Qiao Mi Xian)",
     "regular"),
    ("tomato egg crossing the bridge", "Tomato & Egg Crossing the Bridge Noodles (Fanqie Guo Qiao Mi Xian)"),
    # rice noodles
    ("small pot rice noodles", "Small Pot Rice Noodles (Xiao Guo Mi Xian)"),
    ("shiao gwo mixian large", "Small Pot Rice Noodles (Xiao Guo Mi Xian)", "large"),
    ("braised pork rice noodle", "Braised Pork Rice Noodles (Hongshao Rou Mi Xian)"),
    ("hong shao rou mi xian", "Braised Pork Rice Noodles (Hongshao Rou Mi Xian)"),
    ("wild mushroom noodles", "Wild Mushroom Rice Noodles (Yesheng Jun Mi Xian)"),
    ("wild mushroom", ASK),
    ("pickled vegetable beef noodles", "Pickled Vegetable Beef Rice Noodles (Suancai Niurou Mi Xian)"),
    ("suan cai niu rou mi xian regular", "Pickled Vegetable Beef Rice Noodles (Suancai Niurou Mi Xian)",
     "regular"),
    ("mint beef rice noodles large", "Mint Beef Rice Noodles (Bohe Niurou Mi Xian)", "large"),
    ("beef noodles", ASK),
    ("ban mi xian", "Tossed Rice Noodles (Ban Mi Xian)"),
    ("tossed rice noodles", "Tossed Rice Noodles (Ban Mi Xian)"),
    ("a rice noodle soup", ASK),
    # erkuai
    ("da jiu jia", "Da Jiu Jia (Stir-Fried Erkuai)"),
    ("stir fried erkuai", "Da Jiu Jia (Stir-Fried Erkuai)"),
    ("grilled erkuai", "Grilled Erkuai (Shao Erkuai)"),
    ("are kwai soup with pork", "Erkuai Soup with Pork (Zhu Rou Tang Erkuai)"),
    ("erkuai", ASK),
    # dishes
    ("mint beef", "Mint Beef (Bohe Niurou)"),
    ("bo he niu rou", "Mint Beef (Bohe Niurou)"),
    ("steam pot chicken", "Steam Pot Chicken (Qiguo Ji)"),
    ("chee gwo jee", "Steam Pot Chicken (Qiguo Ji)"),
    ("xuanwei ham stir fry", "Stir-Fried Xuanwei Ham (Chao Xuanwei Huotui)"),
    ("lemongrass fish", "Dai-Style Lemongrass Grilled Fish (Xiangmao Cao Kao Yu)"),
    ("wild mushroom stir fry", "Wild Mushroom Stir-Fry (Chao Yesheng Jun)"),
    ("grandma potatoes", "Grandma's Potatoes (Laonai Yangyu)"),
    ("lao nai yang yu", "Grandma's Potatoes (Laonai Yangyu)"),
    ("jianshui tofu", "Jianshui Grilled Tofu (Jianshui Kao Doufu)"),
    ("pineapple rice", "Pineapple Rice (Boluo Fan)"),
    ("fried goat cheese", "Fried Goat Cheese (Zha Rubing)"),
    ("two roo bing fried", "Fried Goat Cheese (Zha Rubing)", None, 2),
    ("grilled rubing with rose jam", "Grilled Rubing with Rose Jam (Kao Rubing)"),
    ("rubing", ASK),
    ("smashed cucumber", "Cucumber Salad (Pai Huanggua)"),
    # add-ons
    ("extra noodles", "Extra Rice Noodles"),
    ("add quail eggs", "Add Quail Eggs"),
    # drinks
    ("a pot of ripe poo air tea", "Ripe Pu'er Tea (Shou Pu'er)", "pot"),
    ("a cup of sheng puer", "Raw Pu'er Tea (Sheng Pu'er)", "cup"),
    ("pu er tea", ASK),
    ("dian hong black tea pot", "Dianhong Black Tea", "pot"),
    ("a tea", ASK),
    ("sour plum juice", "Sour Plum Juice (Suanmei Tang)"),
    ("two soy milks", "Soy Milk", None, 2),
    # not on the menu
    ("lanzhou beef noodles", UNKNOWN),
    ("guilin rice noodles", UNKNOWN),
    ("luosifen", UNKNOWN),
    ("xiao long bao", UNKNOWN),
    ("rose flower cake", UNKNOWN),
    ("liang fen chickpea jelly", UNKNOWN),
    ("bubble milk tea", UNKNOWN),
]
