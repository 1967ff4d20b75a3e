"""An Armenian restaurant (the pattern of the Armenian grill and bakery take-out menus of Glendale,
Burbank and Hollywood's Little Armenia, Watertown, Fresno and Fort Lee): khorovats (pork, chicken,
lamb, beef tenderloin and vegetable skewers, lule kebab of ground beef or ground chicken) plated
with rice pilaf, grilled tomato and lavash by the 1 Skewer or 2 Skewers, a mixed grill platter,
lahmajun by the piece, cheese and spinach boreg, zhingyalov hats, manti baked with yogurt, tolma
of grape leaves or of cabbage, yalanchi, ishli kufta and Echmiadzin kufta, harissa, spas,
appetizers (hummus, mutabal, eetch, tabbouleh, jajik, basturma, sujuk, tourshi), gata, pakhlava
and nazook, Armenian coffee by the Cup or the Pot for Two, tan, Jermuk, tarragon soda, Kilikia
beer and Ararat brandy. Armenian names with the English. Callers say "pork kebab", "two skewers of
lule", "Armenian pizza", "cheese borek", "grape leaf dolma", "stuffed cabbage", "yogurt soup",
"baba ganoush", "baklava", and speech recognition writes "horovats", "khorovadz", "lula",
"lahmajoon", "la ma joon", "mantee", "jingalov", "eech me ah dzin", "soujouk", "tahn". "A beef
kebab" (tenderloin or lule), "a kebab", "a boreg", "tolma", "stuffed grape leaves" (tolma or
yalanchi), "kufta" and "a side of pilaf" alone are questions; khash, ghapama, khachapuri, chicken
shawarma, lamb lule kebab (the only lule is beef, the other chicken), chee kufta and falafel are
not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Armenian Grill & Bakery"


def _skewers(one: float) -> dict[str, float]:
    return {"1 Skewer": one, "2 Skewers": round(one * 1.7)}


CATEGORIES: dict[str, list[Item]] = {
    "Khorovats (Skewers)": [
        ("Pork Khorovats (Pork Kebab)", _skewers(15.0), ("marinated pork", "onion", "sumac",
                                                         "rice pilaf", "lavash")),
        ("Chicken Khorovats (Chicken Kebab)", _skewers(14.0), ("marinated chicken breast", "rice pilaf",
                                                               "lavash")),
        ("Lamb Khorovats (Lamb Kebab)", _skewers(19.0), ("marinated lamb", "onion", "sumac",
                                                         "rice pilaf", "lavash")),
        ("Beef Tenderloin Khorovats (Filet Mignon Kebab)", _skewers(21.0), ("beef tenderloin",
                                                                            "rice pilaf", "lavash")),
        ("Lule Kebab (Ground Beef)", _skewers(13.0), ("ground beef", "onion", "parsley", "rice pilaf",
                                                      "lavash")),
        ("Chicken Lule Kebab (Ground Chicken)", _skewers(13.0), ("ground chicken", "onion", "parsley",
                                                                 "rice pilaf", "lavash")),
        ("Vegetable Khorovats", _skewers(11.0), ("tomato", "bell pepper", "eggplant", "onion",
                                                 "rice pilaf", "lavash")),
        ("Mixed Grill Platter", 42.0, ("pork", "chicken", "lule kebab", "grilled vegetables",
                                       "rice pilaf", "lavash", "serves two")),
    ],
    "Bakery": [
        ("Lahmajun (Armenian Pizza)", 3.5, ("thin dough", "minced beef", "tomato", "pepper", "parsley")),
        ("Spicy Lahmajun", 3.75, ("thin dough", "minced beef", "tomato", "hot pepper")),
        ("Cheese Boreg", 4.0, ("phyllo", "white cheese", "parsley")),
        ("Spinach Boreg", 4.0, ("phyllo", "spinach", "onion", "feta")),
        ("Zhingyalov Hats (Herb Flatbread)", 9.0, ("flatbread", "stuffed with wild greens and herbs")),
    ],
    "Main Dishes": [
        ("Manti", 16.0, ("baked beef dumplings", "tomato broth", "garlic yogurt", "sumac")),
        ("Grape Leaf Tolma (Dolma)", 16.0, ("grape leaves", "ground beef", "rice", "herbs",
                                            "garlic yogurt")),
        ("Cabbage Tolma", 16.0, ("cabbage leaves", "ground beef", "rice", "tomato", "garlic yogurt")),
        ("Yalanchi (Vegetarian Stuffed Grape Leaves)", 10.0, ("grape leaves", "rice", "onion",
                                                              "pine nuts", "lemon")),
        ("Ishli Kufta", 14.0, ("bulgur shell", "ground beef and walnut filling", "fried")),
        ("Echmiadzin Kufta", 17.0, ("pounded beef balls", "broth", "butter")),
        ("Harissa (Wheat and Chicken Porridge)", 14.0, ("whole wheat", "chicken", "butter")),
        ("Spas (Yogurt Soup)", 7.0, ("yogurt", "wheat berries", "mint")),
    ],
    "Appetizers & Salads": [
        ("Hummus", 8.0),
        ("Mutabal (Baba Ghanoush)", 8.5),
        ("Eetch (Bulgur Tomato Salad)", 8.0),
        ("Tabbouleh", 8.5),
        ("Armenian Salad", 9.0, ("cucumber", "tomato", "onion", "herbs", "lemon", "olive oil")),
        ("Jajik (Cucumber Yogurt)", 7.0),
        ("Basturma", 13.0, ("air-dried spiced beef",)),
        ("Sujuk", 12.0, ("spiced beef sausage", "grilled")),
        ("Tourshi (Pickled Vegetables)", 6.0),
    ],
    "Sides": [
        ("Rice Pilaf", 4.0),
        ("Bulgur Pilaf", 4.0),
        ("Lavash", 2.0),
        ("French Fries", 4.5),
    ],
    "Desserts": [
        ("Gata", 4.0, ("sweet layered bread", "butter flour filling")),
        ("Pakhlava", 4.5, ("phyllo", "walnuts", "syrup")),
        ("Nazook", 4.0, ("rolled pastry", "sweet butter filling")),
    ],
    "Drinks": [
        ("Armenian Coffee", {"Cup": 3.5, "Pot for Two": 6.5}),
        ("Tan (Yogurt Drink)", 3.5),
        ("Jermuk Mineral Water", 3.5),
        ("Tarkhun (Tarragon Soda)", 3.0),
        ("Kilikia Beer", 6.5),
        ("Ararat Brandy", 11.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Harissa (Wheat and Chicken Porridge)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # khorovats
    ("pork khorovats two skewers", "Pork Khorovats (Pork Kebab)", "2 skewers"),
    ("a pork kebab", "Pork Khorovats (Pork Kebab)"),
    ("one skewer of pork horovats", "Pork Khorovats (Pork Kebab)", "1 skewer"),
    ("pork khorovadz", "Pork Khorovats (Pork Kebab)"),
    ("chicken khorovats one skewer", "Chicken Khorovats (Chicken Kebab)", "1 skewer"),
    ("lamb shish kebab", "Lamb Khorovats (Lamb Kebab)"),
    ("two lamb skewers", "Lamb Khorovats (Lamb Kebab)", "2 skewers"),
    ("filet mignon kebab", "Beef Tenderloin Khorovats (Filet Mignon Kebab)"),
    ("a beef kebab", ASK),
    ("lula kebab", "Lule Kebab (Ground Beef)"),
    ("two skewers of lule", "Lule Kebab (Ground Beef)", "2 skewers"),
    ("chicken lula", "Chicken Lule Kebab (Ground Chicken)"),
    ("veggie kebab", "Vegetable Khorovats"),
    ("a kebab", ASK),
    # bakery
    ("lahmajun", "Lahmajun (Armenian Pizza)"),
    ("four lahmajoon", "Lahmajun (Armenian Pizza)", None, 4),
    ("la ma joon", "Lahmajun (Armenian Pizza)"),
    ("two armenian pizzas", "Lahmajun (Armenian Pizza)", None, 2),
    ("two spicy lahmacun", "Spicy Lahmajun", None, 2),
    ("cheese borek", "Cheese Boreg"),
    ("a boreg", ASK),
    ("jingalov hats", "Zhingyalov Hats (Herb Flatbread)"),
    ("herb stuffed flatbread", "Zhingyalov Hats (Herb Flatbread)"),
    # main dishes
    ("manti", "Manti"),
    ("mantee with yogurt", "Manti"),
    ("tolma", ASK),
    ("grape leaf dolma", "Grape Leaf Tolma (Dolma)"),
    ("cabbage dolma", "Cabbage Tolma"),
    ("stuffed cabbage", "Cabbage Tolma"),
    ("yalanchi", "Yalanchi (Vegetarian Stuffed Grape Leaves)"),
    ("stuffed grape leaves", ASK),
    ("kufta", ASK),
    ("ishli kufta", "Ishli Kufta"),
    ("eech me ah dzin kufta", "Echmiadzin Kufta"),
    ("harissa", "Harissa (Wheat and Chicken Porridge)"),
    ("yogurt soup", "Spas (Yogurt Soup)"),
    # appetizers
    ("baba ganoush", "Mutabal (Baba Ghanoush)"),
    ("eetch", "Eetch (Bulgur Tomato Salad)"),
    ("tabouli", "Tabbouleh"),
    ("jajik", "Jajik (Cucumber Yogurt)"),
    ("pastirma", "Basturma"),
    ("soujouk", "Sujuk"),
    ("torshi", "Tourshi (Pickled Vegetables)"),
    # sides and desserts
    ("a side of pilaf", ASK),
    ("extra lavash", "Lavash"),
    ("two gatas", "Gata", None, 2),
    ("baklava", "Pakhlava"),
    ("nazook", "Nazook"),
    # drinks
    ("a pot of armenian coffee for two", "Armenian Coffee", "pot for two"),
    ("tahn", "Tan (Yogurt Drink)"),
    ("tarragon soda", "Tarkhun (Tarragon Soda)"),
    ("a kilikia", "Kilikia Beer"),
    # not on the menu
    ("khash", UNKNOWN),
    ("ghapama", UNKNOWN),
    ("khachapuri", UNKNOWN),
    ("chicken shawarma", UNKNOWN),
    ("lamb lule kebab", UNKNOWN),
    ("chee kufta", UNKNOWN),
    ("falafel", UNKNOWN),
]
