"""An Azerbaijani restaurant (the pattern of Azerbaijani restaurants in Brooklyn, Houston, Moscow,
Istanbul and Baku's own tourist menus): plov in six kinds (şah plov in its lavash crust, chicken,
dill, sabzı qovurma, fisincan, sweet), three dolmas (grape leaf, cabbage, the three sisters),
qutab by count (3 or 6) with meat, herbs or pumpkin, lülə and tikə kabab in lamb, beef and
chicken, saç for 2 or for 4, düşbərə, Şəki piti, dovğa, küftə bozbaş, ləvəngi with chicken or
fish, paxlava and şəkərbura by count, tea by the glass or the set. Items carry the Azerbaijani
name with an English gloss. Callers drop ə ğ ş ç ı ö ü ("sah plov", "tike kabab", "kelem
dolmasi", "dovga"), use the Russian spellings ("lyulya", "dushbara", "kutab", "pakhlava",
"shekerbura", "kufta bozbash", "levengi", "toyug"), say g or k for q ("gutab"), or give the
English ("dill plov", "three sisters dolma", "yogurt soup with herbs", "lamb chops"). "Plov",
"dolma", "six qutab", "lavangi", "sac for four", "a beer" and "a kebab" alone are questions;
khash, khinkali, fish plov, cheese qutab, sturgeon kebab, chicken piti and borsch are not on this
menu."""

# ruff: noqa: RUF001, RUF002 -- the dotless i of Azerbaijani is meant

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Qala Azerbaijani Kitchen"

_QUTAB = {"3 pieces": 9.0, "6 pieces": 16.0}
_SAC = {"For 2": 42.0, "For 4": 78.0}
_SWEET = {"2 pieces": 5.0, "6 pieces": 13.0}

CATEGORIES: dict[str, list[Item]] = {
    "Plovlar (Plov)": [
        ("Şah Plov (Shah Pilaf in Lavash Crust)", 32.0, ("saffron rice", "lamb", "chestnuts",
                                                         "dried apricots", "raisins", "lavash")),
        ("Toyuq Plov (Chicken Plov)", 22.0, ("saffron rice", "chicken", "onion", "dried fruit")),
        ("Şüyüdlü Plov (Dill and Lamb Plov)", 24.0, ("rice", "dill", "broad beans", "lamb")),
        ("Sabzı Qovurma Plov (Plov with Herb-Braised Lamb)", 25.0, ("saffron rice", "lamb",
                                                                    "herbs", "lemon")),
        ("Fisincan Plov (Plov with Walnut-Pomegranate Meatballs)", 26.0, ("saffron rice",
                                                                          "meatballs",
                                                                          "walnuts",
                                                                          "pomegranate")),
        ("Şirin Plov (Sweet Plov with Dried Fruit and Chestnuts)", 20.0, ("saffron rice",
                                                                          "dried apricots",
                                                                          "raisins",
                                                                          "chestnuts")),
    ],
    "Dolma və Qutab": [
        ("Yarpaq Dolması (Grape Leaf Dolma)", 16.0, ("grape leaves", "ground lamb", "rice",
                                                     "herbs", "garlic yogurt")),
        ("Kələm Dolması (Cabbage Dolma)", 16.0, ("cabbage leaves", "ground lamb", "rice",
                                                 "sweet and sour sauce")),
        ("Üç Bacı Dolması (Three Sisters: Eggplant, Tomato and Pepper Dolma)", 18.0,
         ("eggplant", "tomato", "bell pepper", "ground lamb")),
        ("Ətli Qutab (Meat Qutab)", _QUTAB, ("thin dough", "ground lamb", "sumac")),
        ("Göy Qutab (Herb Qutab)", {"3 pieces": 8.0, "6 pieces": 14.0},
         ("thin dough", "spinach", "dill", "coriander", "sumac")),
        ("Balqabaq Qutabı (Pumpkin Qutab)", {"3 pieces": 8.0, "6 pieces": 14.0},
         ("thin dough", "pumpkin", "pomegranate seeds")),
    ],
    "Kabablar və Saç (Kebabs and Sac)": [
        ("Lülə Kabab (Lyulya Kebab, Ground Lamb)", 18.0, ("ground lamb", "onion", "lavash",
                                                          "sumac onions")),
        ("Toyuq Lülə Kabab (Chicken Lyulya Kebab)", 16.0, ("ground chicken", "lavash")),
        ("Tikə Kabab (Lamb Tika Kebab)", 22.0, ("lamb chunks", "onion", "sumac")),
        ("Dana Tikə Kabab (Beef Tika Kebab)", 23.0, ("beef chunks", "onion", "sumac")),
        ("Toyuq Kabab (Chicken Kebab)", 17.0, ("chicken thigh", "saffron", "onion")),
        ("Quzu Antrikot (Lamb Chops)", 28.0, ("lamb rib chops", "sumac onions")),
        ("Toyuq Saçı (Chicken Sac)", _SAC, ("chicken", "potatoes", "eggplant", "peppers",
                                            "tomatoes")),
        ("Quzu Saçı (Lamb Sac)", {"For 2": 48.0, "For 4": 88.0}, ("lamb", "potatoes",
                                                                  "eggplant", "peppers",
                                                                  "tomatoes")),
    ],
    "Şorbalar (Soups)": [
        ("Düşbərə (Dushbara, Dumpling Soup)", 12.0, ("tiny lamb dumplings", "lamb broth",
                                                      "dried mint", "garlic vinegar")),
        ("Şəki Pitisi (Piti, Lamb and Chickpea Stew in a Clay Pot)", 18.0,
         ("lamb", "chickpeas", "chestnuts", "saffron")),
        ("Dovğa (Yogurt and Herb Soup)", 9.0, ("yogurt", "rice", "spinach", "dill", "mint")),
        ("Küftə Bozbaş (Meatball and Chickpea Soup)", 13.0, ("lamb meatball", "chickpeas",
                                                             "potato", "dried plum")),
    ],
    "İsti Yeməklər (Hot Dishes)": [
        ("Toyuq Ləvəngi (Chicken Lavangi, Walnut Stuffed)", 24.0, ("chicken", "walnuts",
                                                                   "onion", "plum paste")),
        ("Balıq Ləvəngi (Fish Lavangi)", 26.0, ("fish", "walnuts", "onion", "plum paste")),
        ("Quzu Qovurma (Braised Lamb)", 22.0, ("lamb", "onion", "chestnuts")),
        ("Göy Kükü (Herb Frittata)", 11.0, ("eggs", "dill", "coriander", "spinach", "walnuts")),
    ],
    "Salatlar və Çörək (Salads and Bread)": [
        ("Çoban Salatı (Shepherd Salad)", 9.0, ("tomato", "cucumber", "onion", "herbs")),
        ("Mangal Salatı (Fire-Roasted Vegetable Salad)", 10.0, ("roasted eggplant", "tomato",
                                                                "pepper", "garlic")),
        ("Paytaxt Salatı (Capital Salad)", 10.0, ("chicken", "potato", "pickles", "peas",
                                                  "mayonnaise")),
        ("Qatıq (Homemade Yogurt)", 5.0),
        ("Təndir Çörəyi (Tandir Bread)", 4.0),
    ],
    "Şirniyyat (Desserts)": [
        ("Paxlava (Baku Pakhlava)", _SWEET, ("walnuts", "honey", "saffron", "cardamom")),
        ("Şəkərbura (Shakarbura)", {"2 pieces": 4.0, "6 pieces": 11.0}, ("walnuts", "sugar",
                                                                        "cardamom")),
        ("Şəki Halvası (Sheki Halva)", 7.0, ("rice flour net", "hazelnuts", "saffron syrup")),
    ],
    "İçkilər (Drinks)": [
        ("Çay (Black Tea, Armudu Glass)", 2.5),
        ("Çay Dəsti (Tea Set for Two with Jam)", 14.0, ("pot of tea", "jam", "lemon",
                                                        "sugar cubes")),
        ("Ayran", 3.5),
        ("Nar Şərbəti (Pomegranate Sherbet)", 5.0),
        ("Kompot (Homemade Fruit Compote)", 4.0),
        ("Xırdalan Beer", 6.0),
        ("Baltika 7", 6.0),
        ("Badamlı Mineral Water", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Şah Plov (Shah Pilaf in Lavash Crust)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # plov
    ("shah plov", "Şah Plov (Shah Pilaf in Lavash Crust)"),
    ("sah plov", "Şah Plov (Shah Pilaf in Lavash Crust)"),
    ("chicken plov", "Toyuq Plov (Chicken Plov)"),
    ("dill plov", "Şüyüdlü Plov (Dill and Lamb Plov)"),
    ("shuyudlu plov", "Şüyüdlü Plov (Dill and Lamb Plov)"),
    ("fisinjan plov", "Fisincan Plov (Plov with Walnut-Pomegranate Meatballs)"),
    ("sweet plov with dried fruit", "Şirin Plov (Sweet Plov with Dried Fruit and Chestnuts)"),
    ("sabzi govurma plov", "Sabzı Qovurma Plov (Plov with Herb-Braised Lamb)"),
    ("plov", ASK),
    # dolma and qutab
    ("yarpaq dolmasi", "Yarpaq Dolması (Grape Leaf Dolma)"),
    ("grape leaf dolma", "Yarpaq Dolması (Grape Leaf Dolma)"),
    ("cabbage dolma", "Kələm Dolması (Cabbage Dolma)"),
    ("three sisters dolma", "Üç Bacı Dolması (Three Sisters: Eggplant, Tomato and Pepper Dolma)"),
    ("six meat qutab", "Ətli Qutab (Meat Qutab)", "6 pieces"),
    ("kutab with greens three pieces", "Göy Qutab (Herb Qutab)", "3 pieces"),
    ("pumpkin kutab", "Balqabaq Qutabı (Pumpkin Qutab)"),
    ("dolma", ASK),
    ("six qutab", ASK),
    # kebabs and sac
    ("lyulya kebab", "Lülə Kabab (Lyulya Kebab, Ground Lamb)"),
    ("uh one lula kabab", "Lülə Kabab (Lyulya Kebab, Ground Lamb)"),
    ("chicken lyulya", "Toyuq Lülə Kabab (Chicken Lyulya Kebab)"),
    ("tike kabab", "Tikə Kabab (Lamb Tika Kebab)"),
    ("two beef tika kebab", "Dana Tikə Kabab (Beef Tika Kebab)", None, 2),
    ("chicken kebab", "Toyuq Kabab (Chicken Kebab)"),
    ("lamb chops", "Quzu Antrikot (Lamb Chops)"),
    ("lamb sac for two", "Quzu Saçı (Lamb Sac)", "for 2"),
    ("chicken saj for 4 people", "Toyuq Saçı (Chicken Sac)", "for 4"),
    ("sac for four", ASK),
    ("a kebab", ASK),
    # soups
    ("dushbara", "Düşbərə (Dushbara, Dumpling Soup)"),
    ("dusbere soup", "Düşbərə (Dushbara, Dumpling Soup)"),
    ("piti", "Şəki Pitisi (Piti, Lamb and Chickpea Stew in a Clay Pot)"),
    ("dovga", "Dovğa (Yogurt and Herb Soup)"),
    ("yogurt soup with herbs", "Dovğa (Yogurt and Herb Soup)"),
    ("kufta bozbash", "Küftə Bozbaş (Meatball and Chickpea Soup)"),
    # hot dishes
    ("chicken lavangi", "Toyuq Ləvəngi (Chicken Lavangi, Walnut Stuffed)"),
    ("fish levengi", "Balıq Ləvəngi (Fish Lavangi)"),
    ("kuku", "Göy Kükü (Herb Frittata)"),
    ("lavangi", ASK),
    # salads and bread
    ("shepherd salad", "Çoban Salatı (Shepherd Salad)"),
    ("tandir bread", "Təndir Çörəyi (Tandir Bread)"),
    # desserts
    ("pakhlava six pieces", "Paxlava (Baku Pakhlava)", "6 pieces"),
    ("2 shakarbura", "Şəkərbura (Shakarbura)", "2 pieces"),
    ("sheki halva", "Şəki Halvası (Sheki Halva)"),
    # drinks
    ("a tea", "Çay (Black Tea, Armudu Glass)"),
    ("tea set with jam", "Çay Dəsti (Tea Set for Two with Jam)"),
    ("two ayran", "Ayran", None, 2),
    ("pomegranate sherbet", "Nar Şərbəti (Pomegranate Sherbet)"),
    ("khirdalan beer", "Xırdalan Beer"),
    ("baltika", "Baltika 7"),
    ("kompot", "Kompot (Homemade Fruit Compote)"),
    ("a beer", ASK),
    # not on the menu
    ("khash", UNKNOWN),
    ("khinkali", UNKNOWN),
    ("fish plov", UNKNOWN),
    ("cheese qutab", UNKNOWN),
    ("sturgeon kebab", UNKNOWN),
    ("chicken piti", UNKNOWN),
    ("borsch", UNKNOWN),
]
