"""A Hunan restaurant (the pattern of Xiang-cuisine take-out menus in Flushing, Manhattan's
Chinatown, the San Gabriel Valley and Houston): chopped chili fish head and the two-color fish
head, Chairman Mao's red-braised pork, steamed cured meats, spicy crawfish by the pound, dry pots
Small or Large, stir-fries Small or Large (smoked pork with leeks, farmhouse pork, tiger skin
peppers, hand-torn cabbage), Changde and shredded-pork rice noodles, clay pot rice. English names
with the pinyin. Callers say the English or the pinyin and mishear it ("doe jow you toe" for duo
jiao yu tou, "kou wei sha", "zee ran yang row"), say "Mao's braised pork belly", "hong shao rou",
"smoked pork and leek", "farmhouse pork". "The fish head", "a dry pot", "a tofu dish", "the
minced pork", "rice noodle soup", "fried rice" or "a soup" alone is a question; General Tso's
chicken, mapo tofu, a dry pot fish, braised pork belly with preserved mustard greens, kung pao
chicken, dan dan noodles and three cup chicken are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Hunan Restaurant"

_STIR = {"Small": 14.0, "Large": 21.0}
_STIR_VEG = {"Small": 11.0, "Large": 16.0}
_DRY_POT = {"Small": 20.0, "Large": 30.0}

CATEGORIES: dict[str, list[Item]] = {
    "Cold Appetizers": [
        ("Smashed Cucumber Salad (Pai Huang Gua)", 7.0, ("cucumber", "garlic", "chili oil",
                                                         "vinegar")),
        ("Spicy Wood Ear Salad (Liang Ban Mu Er)", 8.0, ("wood ear fungus", "chili", "vinegar")),
        ("Spicy Dried Tofu Shreds (Liang Ban Dou Gan Si)", 8.0, ("dried tofu", "chili oil",
                                                                 "cilantro")),
        ("Changsha Stinky Tofu (Chou Dou Fu)", 9.0, ("fried fermented tofu", "chili sauce")),
    ],
    "Hunan Specialties": [
        ("Chopped Chili Fish Head (Duo Jiao Yu Tou)", 38.0, ("bighead carp head",
                                                             "chopped salted red chili",
                                                             "scallion", "ginger")),
        ("Two-Color Fish Head (Shuang Se Yu Tou)", 40.0, ("bighead carp head",
                                                          "red chopped chili",
                                                          "green pickled chili")),
        ("Chairman Mao's Red-Braised Pork (Mao Shi Hong Shao Rou)", 24.0, ("pork belly",
                                                                          "soy", "rock sugar",
                                                                          "dried chili",
                                                                          "star anise")),
        ("Steamed Cured Meats Combo (La Wei He Zheng)", 26.0, ("cured pork", "cured sausage",
                                                               "cured fish", "fermented black beans")),
        ("Dong'an Chicken (Dong An Zi Ji)", 22.0, ("chicken", "vinegar", "ginger", "chili")),
        ("Spicy Crawfish (Kou Wei Xia)", {"1 lb": 22.0, "2 lb": 40.0}, ("crawfish", "chili",
                                                                        "garlic", "beer")),
    ],
    "Dry Pot (Gan Guo)": [
        ("Dry Pot Cauliflower (Gan Guo Hua Cai)", _DRY_POT, ("cauliflower", "pork belly",
                                                             "dried chili")),
        ("Dry Pot Chicken (Gan Guo Ji)", _DRY_POT, ("chicken", "celery", "dried chili")),
        ("Dry Pot Pork Intestine (Gan Guo Fei Chang)", _DRY_POT, ("pork intestine", "onion",
                                                                  "dried chili")),
        ("Dry Pot Tea Tree Mushroom (Gan Guo Cha Shu Gu)", _DRY_POT, ("tea tree mushrooms",
                                                                      "pork belly", "chili")),
    ],
    "Stir-Fried": [
        ("Smoked Pork with Leeks (Suan Miao La Rou)", _STIR, ("smoked pork", "garlic leeks",
                                                              "chili")),
        ("Farmhouse Stir-Fried Pork (Nong Jia Xiao Chao Rou)", _STIR, ("pork belly",
                                                                       "green chili",
                                                                       "fermented black beans")),
        ("Stir-Fried Beef with Pickled Peppers (Pao Jiao Niu Rou)", _STIR, ("beef",
                                                                            "pickled chili",
                                                                            "celery")),
        ("Cumin Lamb (Zi Ran Yang Rou)", _STIR, ("lamb", "cumin", "dried chili", "cilantro")),
        ("Spicy Chicken Gizzards (La Chao Ji Zhen)", _STIR, ("chicken gizzards", "pickled chili",
                                                             "garlic")),
        ("Eggplant with Minced Pork (Rou Mo Qie Zi)", _STIR_VEG, ("eggplant", "minced pork",
                                                                  "chili")),
        ("Stir-Fried Long Beans with Minced Pork (Rou Mo Jiang Dou)", _STIR_VEG, ("pickled long beans",
                                                                                  "minced pork",
                                                                                  "chili")),
        ("Tiger Skin Peppers (Hu Pi Qing Jiao)", _STIR_VEG, ("blistered green peppers", "vinegar",
                                                             "soy")),
        ("Hand-Torn Cabbage (Shou Si Bao Cai)", _STIR_VEG, ("cabbage", "dried chili", "vinegar",
                                                            "pork fat")),
        ("Hot and Sour Shredded Potato (Suan La Tu Dou Si)", _STIR_VEG, ("potato", "vinegar",
                                                                         "dried chili")),
        ("Scrambled Eggs with Green Chilies (Jian Jiao Chao Dan)", _STIR_VEG, ("eggs",
                                                                               "green chili")),
        ("Stir-Fried Water Spinach with Garlic (Kong Xin Cai)", _STIR_VEG, ("water spinach",
                                                                            "garlic")),
        ("Home-Style Tofu (Jia Chang Dou Fu)", _STIR_VEG, ("fried tofu", "pork", "green chili",
                                                           "wood ear")),
    ],
    "Rice Noodles (Mi Fen)": [
        ("Changde Beef Rice Noodle Soup (Chang De Niu Rou Fen)", 15.0, ("round rice noodles",
                                                                        "braised beef",
                                                                        "beef broth")),
        ("Shredded Pork Rice Noodle Soup (Rou Si Fen)", 13.0, ("round rice noodles",
                                                               "shredded pork", "pork broth")),
        ("Spicy Stir-Fried Rice Noodles (Chao Mi Fen)", 13.0, ("rice noodles", "pork", "egg",
                                                               "bean sprouts", "chili")),
        ("Cold Spicy Rice Noodles (Liang Ban Mi Fen)", 12.0, ("rice noodles", "pickles",
                                                              "peanuts", "chili oil")),
    ],
    "Rice and Soup": [
        ("Cured Pork Fried Rice (La Rou Chao Fan)", 14.0, ("rice", "cured pork", "egg",
                                                           "scallion")),
        ("Egg Fried Rice (Dan Chao Fan)", 11.0, ("rice", "egg", "scallion")),
        ("Clay Pot Rice with Cured Meats (La Wei Bao Zai Fan)", 18.0, ("rice", "cured pork",
                                                                       "cured sausage",
                                                                       "greens")),
        ("Steamed Rice", 2.0),
        ("Lotus Root Pork Rib Soup (Lian Ou Pai Gu Tang)", 14.0, ("pork ribs", "lotus root")),
        ("Tomato Egg Drop Soup (Xi Hong Shi Dan Hua Tang)", 9.0, ("tomato", "egg")),
    ],
    "Dessert and Drinks": [
        ("Brown Sugar Rice Cakes (Hong Tang Ci Ba)", 8.0, ("fried glutinous rice cakes",
                                                           "brown sugar syrup")),
        ("Wong Lo Kat Herbal Tea", 3.0),
        ("Soy Milk", 3.0),
        ("Sour Plum Drink (Suan Mei Tang)", 4.0),
        ("Tsingtao Beer", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Two-Color Fish Head (Shuang Se Yu Tou)", "Spicy Crawfish (Kou Wei Xia)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # specialties
    ("chopped chili fish head", "Chopped Chili Fish Head (Duo Jiao Yu Tou)"),
    ("duo jiao yu tou", "Chopped Chili Fish Head (Duo Jiao Yu Tou)"),
    ("doe jow you toe", "Chopped Chili Fish Head (Duo Jiao Yu Tou)"),
    ("two color fish head", "Two-Color Fish Head (Shuang Se Yu Tou)"),
    ("the fish head", ASK),
    ("chairman mao's pork", "Chairman Mao's Red-Braised Pork (Mao Shi Hong Shao Rou)"),
    ("mao's braised pork belly", "Chairman Mao's Red-Braised Pork (Mao Shi Hong Shao Rou)"),
    ("hong shao rou", "Chairman Mao's Red-Braised Pork (Mao Shi Hong Shao Rou)"),
    ("la wei he zheng", "Steamed Cured Meats Combo (La Wei He Zheng)"),
    ("dong an chicken", "Dong'an Chicken (Dong An Zi Ji)"),
    ("two pounds of crawfish", "Spicy Crawfish (Kou Wei Xia)", "2 lb"),
    ("kou wei sha one pound", "Spicy Crawfish (Kou Wei Xia)", "1 lb"),
    # dry pot
    ("dry pot cauliflower large", "Dry Pot Cauliflower (Gan Guo Hua Cai)", "large"),
    ("gan guo ji small", "Dry Pot Chicken (Gan Guo Ji)", "small"),
    ("dry pot intestines", "Dry Pot Pork Intestine (Gan Guo Fei Chang)"),
    ("tea tree mushroom dry pot", "Dry Pot Tea Tree Mushroom (Gan Guo Cha Shu Gu)"),
    ("a dry pot", ASK),
    # stir-fried
    ("smoked pork with leeks", "Smoked Pork with Leeks (Suan Miao La Rou)"),
    ("a large smoked pork and leek", "Smoked Pork with Leeks (Suan Miao La Rou)", "large"),
    ("farmhouse pork", "Farmhouse Stir-Fried Pork (Nong Jia Xiao Chao Rou)"),
    ("nong jia xiao chao rou large", "Farmhouse Stir-Fried Pork (Nong Jia Xiao Chao Rou)",
     "large"),
    ("beef with pickled peppers small", "Stir-Fried Beef with Pickled Peppers (Pao Jiao Niu Rou)",
     "small"),
    ("cumin lamb", "Cumin Lamb (Zi Ran Yang Rou)"),
    ("zee ran yang row", "Cumin Lamb (Zi Ran Yang Rou)"),
    ("chicken gizzards", "Spicy Chicken Gizzards (La Chao Ji Zhen)"),
    ("tiger skin peppers", "Tiger Skin Peppers (Hu Pi Qing Jiao)"),
    ("hand torn cabbage large", "Hand-Torn Cabbage (Shou Si Bao Cai)", "large"),
    ("shredded potato", "Hot and Sour Shredded Potato (Suan La Tu Dou Si)"),
    ("eggplant with minced pork", "Eggplant with Minced Pork (Rou Mo Qie Zi)"),
    ("long beans", "Stir-Fried Long Beans with Minced Pork (Rou Mo Jiang Dou)"),
    ("the minced pork", ASK),
    ("eggs with green chili", "Scrambled Eggs with Green Chilies (Jian Jiao Chao Dan)"),
    ("home style tofu", "Home-Style Tofu (Jia Chang Dou Fu)"),
    ("stinky tofu", "Changsha Stinky Tofu (Chou Dou Fu)"),
    ("a tofu dish", ASK),
    ("smashed cucumber", "Smashed Cucumber Salad (Pai Huang Gua)"),
    # rice noodles
    ("changde beef rice noodle", "Changde Beef Rice Noodle Soup (Chang De Niu Rou Fen)"),
    ("rou si fen", "Shredded Pork Rice Noodle Soup (Rou Si Fen)"),
    ("fried rice noodles", "Spicy Stir-Fried Rice Noodles (Chao Mi Fen)"),
    ("cold rice noodles", "Cold Spicy Rice Noodles (Liang Ban Mi Fen)"),
    ("rice noodle soup", ASK),
    # rice and soup
    ("cured pork fried rice", "Cured Pork Fried Rice (La Rou Chao Fan)"),
    ("two egg fried rice", "Egg Fried Rice (Dan Chao Fan)", None, 2),
    ("fried rice", ASK),
    ("three steamed rice", "Steamed Rice", None, 3),
    ("clay pot rice", "Clay Pot Rice with Cured Meats (La Wei Bao Zai Fan)"),
    ("a soup", ASK),
    # dessert and drinks
    ("brown sugar rice cakes", "Brown Sugar Rice Cakes (Hong Tang Ci Ba)"),
    ("wong lo kat", "Wong Lo Kat Herbal Tea"),
    ("sour plum juice", "Sour Plum Drink (Suan Mei Tang)"),
    ("two tsingtao", "Tsingtao Beer", None, 2),
    # not on the menu
    ("general tso's chicken", UNKNOWN),
    ("mapo tofu", UNKNOWN),
    ("dry pot fish", UNKNOWN),
    ("braised pork belly with preserved mustard greens", UNKNOWN),
    ("kung pao chicken", UNKNOWN),
    ("dan dan noodles", UNKNOWN),
    ("three cup chicken", UNKNOWN),
]
