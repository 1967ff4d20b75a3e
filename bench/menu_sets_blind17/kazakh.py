# ruff: noqa: RUF001
"""A Kazakh restaurant (the pattern of Kazakh restaurant and café menus in Almaty, Astana,
Brooklyn's Sheepshead Bay and London): beshbarmak portion or family platter, kuyrdak, manti with
lamb or pumpkin by count (5 or 10), baursak, lagman as soup or fried (kuyrma), plov, kazy and
karta by weight, shashlik of lamb, lamb ribs or chicken by skewer count (1 or 3), tandyr samsa
with lamb, beef or pumpkin, sorpa and shurpa, kumys and shubat by volume, Kazakh tea with milk,
two beers. Items are named with the Russian Cyrillic and a Latin spelling and an English gloss.
Callers say the English ("five fingers", "horse sausage", "camel milk", "fried noodles"), the
Latin spellings of the Kazakh or the Russian form ("besbarmak", "qazy", "qymyz", "kumis",
"manty", "palau", "pilaf", "shashlyk", "bauyrsak", "somsa"), mishear it ("bishbarmak", "coo ear
dak", "boorsok", "leg man") and count manti, samsa and skewers. "Noodles", "ten manti", "a
shashlik", "a samsa", "a soup", "a beer" and "something with horse meat" are questions; chak-chak,
pelmeni, chebureki, chicken plov, borscht, ayran and a beef shashlik are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Dastarkhan Kazakh Cuisine"

_MANTI = {"5 pieces": 9.0, "10 pieces": 16.0}
_SKEWER = {"1 skewer": 6.0, "3 skewers": 16.0}
_KUMYS = {"0.5 l": 6.0, "1 l": 11.0}

CATEGORIES: dict[str, list[Item]] = {
    "Национальные блюда (National Dishes)": [
        ("Бешбармак Beshbarmak (Boiled Horse Meat and Lamb over Noodles)",
         {"Portion": 19.0, "Family Platter": 65.0}, ("horse meat", "lamb", "kazy",
                                                     "hand-cut noodles", "onion sauce")),
        ("Куырдак Kuyrdak (Fried Lamb and Offal with Potatoes)", 16.0, ("lamb", "liver", "heart",
                                                                        "potato", "onion")),
        ("Плов Plov (Lamb Pilaf)", 15.0, ("rice", "lamb", "carrot", "chickpeas", "garlic")),
        ("Казы Kazy (Horse Sausage)", {"100 g": 9.0, "250 g": 20.0}, ("horse meat", "horse fat")),
        ("Казы-Карта Kazy-Karta (Horse Meat Platter)", 32.0, ("kazy", "karta", "zhal", "onion")),
        ("Сырне Syrne (Lamb Braised in a Kazan)", 22.0, ("lamb", "potato", "onion")),
        ("Бауырсак Baursak (Fried Dough Puffs)", 5.0, ("flour", "milk", "yeast")),
        ("Бауырсак с медом Baursak with Honey", 6.5, ("baursak", "honey")),
        ("Жая Zhaya (Smoked Horse Meat)", 14.0, ("horse meat",)),
        ("Лепёшка Lepyoshka (Tandyr Bread)", 2.5),
        ("Курт Kurt (Dried Cheese Balls)", 4.0, ("dried sour milk",)),
    ],
    "Манты и самса (Manti and Samsa)": [
        ("Манты с бараниной Manti with Lamb", _MANTI, ("lamb", "onion", "fat tail")),
        ("Манты с тыквой Manti with Pumpkin", {"5 pieces": 8.0, "10 pieces": 14.0},
         ("pumpkin", "onion")),
        ("Самса с бараниной Tandyr Samsa with Lamb", 4.0, ("lamb", "onion", "puff dough")),
        ("Самса с говядиной Tandyr Samsa with Beef", 4.0, ("beef", "onion", "puff dough")),
        ("Самса с тыквой Tandyr Samsa with Pumpkin", 3.5, ("pumpkin", "onion", "puff dough")),
    ],
    "Лагман и супы (Lagman and Soups)": [
        ("Лагман Lagman Soup (Hand-Pulled Noodle Soup)", 14.0, ("hand-pulled noodles", "beef",
                                                                 "peppers", "broth")),
        ("Куурма лагман Kuyrma Lagman (Fried Hand-Pulled Noodles)", 15.0, ("hand-pulled noodles",
                                                                           "beef", "peppers")),
        ("Сорпа Sorpa (Meat Broth)", 7.0, ("lamb broth", "onion")),
        ("Шурпа Shurpa (Lamb and Vegetable Soup)", 11.0, ("lamb", "potato", "carrot", "broth")),
        ("Кеспе Kespe (Noodle Soup with Meat)", 11.0, ("homemade noodles", "beef", "broth")),
    ],
    "Шашлык (Shashlik)": [
        ("Шашлык из баранины Lamb Shashlik", _SKEWER, ("lamb", "onion")),
        ("Шашлык из рёбрышек Lamb Ribs Shashlik", {"1 skewer": 7.0, "3 skewers": 19.0},
         ("lamb ribs", "onion")),
        ("Шашлык из курицы Chicken Shashlik", {"1 skewer": 5.0, "3 skewers": 13.0},
         ("chicken thigh", "onion")),
        ("Люля-кебаб Lyulya Kebab", {"1 skewer": 5.5, "3 skewers": 15.0}, ("minced lamb", "onion")),
        ("Печень на мангале Grilled Liver", 6.0, ("lamb liver", "fat tail")),
    ],
    "Салаты (Salads)": [
        ("Ачичук Achichuk (Tomato and Onion Salad)", 6.0, ("tomato", "onion", "chili")),
        ("Оливье Olivier Salad", 8.0, ("potato", "egg", "pickles", "peas", "mayonnaise")),
        ("Салат Казахстан Kazakhstan Salad", 11.0, ("beef", "vegetables", "egg")),
        ("Нарын Naryn (Horse Meat with Noodles, Cold)", 13.0, ("horse meat", "noodles",
                                                                "onion")),
    ],
    "Десерты (Desserts)": [
        ("Жент Zhent (Millet and Date Sweet)", 5.0, ("millet", "butter", "dates")),
        ("Талкан Talkan (Roasted Grain Sweet)", 5.0),
        ("Медовый торт Medovik (Honey Cake)", 6.0),
    ],
    "Напитки (Drinks)": [
        ("Кумыс Kumys (Fermented Mare's Milk)", _KUMYS),
        ("Шубат Shubat (Fermented Camel Milk)", _KUMYS),
        ("Казахский чай Kazakh Tea with Milk", 3.0),
        ("Компот Kompot (Fruit Drink)", 3.0),
        ("Pivo Derbes", 5.0),
        ("Shymkent Pivo", 5.0),
        ("Coca-Cola", 2.5),
        ("Fanta", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Бешбармак Beshbarmak (Boiled Horse Meat and Lamb over Noodles)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

_BESH = "Бешбармак Beshbarmak (Boiled Horse Meat and Lamb over Noodles)"

HELD_OUT: list[Variant] = [
    # national dishes
    ("beshbarmak", _BESH),
    ("besbarmak family platter", _BESH, "family platter"),
    ("bishbarmak one portion", _BESH, "portion"),
    ("five fingers", _BESH),
    ("two beshbarmak", _BESH, None, 2),
    ("kuyrdak", "Куырдак Kuyrdak (Fried Lamb and Offal with Potatoes)"),
    ("coo ear dak", "Куырдак Kuyrdak (Fried Lamb and Offal with Potatoes)"),
    ("plov", "Плов Plov (Lamb Pilaf)"),
    ("palau", "Плов Plov (Lamb Pilaf)"),
    ("lamb pilaf", "Плов Plov (Lamb Pilaf)"),
    ("250 grams of kazy", "Казы Kazy (Horse Sausage)", "250 g"),
    ("horse sausage 100 g", "Казы Kazy (Horse Sausage)", "100 g"),
    ("qazy", "Казы Kazy (Horse Sausage)"),
    ("kazy karta platter", "Казы-Карта Kazy-Karta (Horse Meat Platter)"),
    ("syrne", "Сырне Syrne (Lamb Braised in a Kazan)"),
    ("baursak", "Бауырсак Baursak (Fried Dough Puffs)"),
    ("boorsok", "Бауырсак Baursak (Fried Dough Puffs)"),
    ("baursaki with honey", "Бауырсак с медом Baursak with Honey"),
    ("something with horse meat", ASK),
    # manti and samsa
    ("ten lamb manti", "Манты с бараниной Manti with Lamb", "10 pieces"),
    ("manty with lamb five", "Манты с бараниной Manti with Lamb", "5 pieces"),
    ("pumpkin manti 10", "Манты с тыквой Manti with Pumpkin", "10 pieces"),
    ("ten manti", ASK),
    ("two lamb samsa", "Самса с бараниной Tandyr Samsa with Lamb", None, 2),
    ("somsa with beef", "Самса с говядиной Tandyr Samsa with Beef"),
    ("3 pumpkin samsa", "Самса с тыквой Tandyr Samsa with Pumpkin", None, 3),
    ("a samsa", ASK),
    # lagman and soups
    ("lagman soup", "Лагман Lagman Soup (Hand-Pulled Noodle Soup)"),
    ("kuyrma lagman", "Куурма лагман Kuyrma Lagman (Fried Hand-Pulled Noodles)"),
    ("fried lagman", "Куурма лагман Kuyrma Lagman (Fried Hand-Pulled Noodles)"),
    ("fried leg man", "Куурма лагман Kuyrma Lagman (Fried Hand-Pulled Noodles)"),
    ("sorpa", "Сорпа Sorpa (Meat Broth)"),
    ("shurpa", "Шурпа Shurpa (Lamb and Vegetable Soup)"),
    ("noodles", ASK),
    ("a soup", ASK),
    # shashlik
    ("three lamb shashlik", "Шашлык из баранины Lamb Shashlik", "3 skewers"),
    ("one skewer of lamb shashlyk", "Шашлык из баранины Lamb Shashlik", "1 skewer"),
    ("lamb ribs shashlik 3 skewers", "Шашлык из рёбрышек Lamb Ribs Shashlik", "3 skewers"),
    ("chicken shashlik", "Шашлык из курицы Chicken Shashlik"),
    ("lulya kebab three", "Люля-кебаб Lyulya Kebab", "3 skewers"),
    ("a shashlik", ASK),
    # salads and desserts
    ("achichuk", "Ачичук Achichuk (Tomato and Onion Salad)"),
    ("naryn", "Нарын Naryn (Horse Meat with Noodles, Cold)"),
    ("zhent", "Жент Zhent (Millet and Date Sweet)"),
    ("honey cake", "Медовый торт Medovik (Honey Cake)"),
    # drinks
    ("a liter of kumys", "Кумыс Kumys (Fermented Mare's Milk)", "1 l"),
    ("koumiss half liter", "Кумыс Kumys (Fermented Mare's Milk)", "0.5 l"),
    ("camel milk", "Шубат Shubat (Fermented Camel Milk)"),
    ("shubat one liter", "Шубат Shubat (Fermented Camel Milk)", "1 l"),
    ("kazakh tea", "Казахский чай Kazakh Tea with Milk"),
    ("a beer", ASK),
    # not on the menu
    ("chak chak", UNKNOWN),
    ("pelmeni", UNKNOWN),
    ("chebureki", UNKNOWN),
    ("chicken plov", UNKNOWN),
    ("borscht", UNKNOWN),
    ("ayran", UNKNOWN),
    ("beef shashlik", UNKNOWN),
]
