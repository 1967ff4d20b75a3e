"""An Israeli street-food and grill counter (the pattern of the falafel, sabich and shawarma stands
of Tel Aviv and Jerusalem, the grill houses (steakiyot) of the shuk, and the Israeli take-out
places abroad that copy them): falafel, sabich, chicken and lamb shawarma, chicken schnitzel,
kebab and me'orav Yerushalmi each in a Pita or a Laffa; grill plates (shishlik, entrecote, lamb
chops, arayes); hummus plates (plain, ful, masabacha, basar, with mushrooms) and shakshuka,
red or green; salads and sides (Israeli salad, tahini, chatzilim, matbucha, schug, chips),
falafel balls and cheese or potato bourekas by count (6 or 12, 3 or 6 pieces), malawach;
malabi, knafeh, baklava; limonana, fresh lemonade, two Israeli beers, nana tea, Turkish coffee.
Hebrew names romanised as the menu writes them, with English glosses. Callers romanise them other
ways ("felafel", "sabih" / "sabikh", "shwarma" / "shawerma", "shnitzel", "meorav" / "me urav",
"humus", "msabbaha", "shakshouka", "hatzilim", "matbukha", "tchina", "burekas", "melawach",
"malaby", "kanafeh"), say the English ("jerusalem mixed grill", "hummus with fava beans",
"hummus with meat", "frozen mint lemonade", "tea with nana"), and say "in a lafa" or "in pita"
before or after the dish. "Shawarma", "bourekas", "chicken in laffa", "the eggplant one", "a
grill plate", "a beer" and "a soda" alone are questions; jachnun, kubbeh soup, spinach bourekas,
tabbouleh, sweet potato fries, sufganiyah and arak are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "HaShuk Falafel & Grill"


def _pl(pita: float, laffa: float) -> dict[str, float]:
    return {"Pita": pita, "Laffa": laffa}


CATEGORIES: dict[str, list[Item]] = {
    "In Pita or Laffa": [
        ("Falafel", _pl(9.0, 12.0), ("falafel", "hummus", "tahini", "israeli salad", "pickles")),
        ("Sabich (Fried Eggplant, Egg and Amba)", _pl(10.0, 13.0), ("fried eggplant",
                                                                    "hard-boiled egg", "amba",
                                                                    "tahini", "potato")),
        ("Chicken Shawarma", _pl(13.0, 16.0), ("chicken thigh shawarma", "tahini", "pickles",
                                               "onion", "sumac")),
        ("Lamb Shawarma", _pl(15.0, 18.0), ("lamb shawarma", "tahini", "onion", "parsley")),
        ("Chicken Schnitzel", _pl(13.0, 16.0), ("chicken schnitzel", "hummus", "salad", "chips")),
        ("Me'orav Yerushalmi (Jerusalem Mixed Grill)", _pl(15.0, 18.0),
         ("chicken hearts", "livers", "spleen", "onion", "baharat")),
        ("Kebab", _pl(13.0, 16.0), ("ground beef and lamb kebab", "tahini", "onion", "parsley")),
    ],
    "Grill Plates": [
        ("Shishlik (Chicken Skewers)", 22.0, ("chicken skewers", "rice or chips", "salad")),
        ("Entrecote Steak", 29.0, ("entrecote", "rice or chips", "salad")),
        ("Lamb Chops", 32.0, ("lamb chops", "rice or chips", "salad")),
        ("Arayes (Meat-Stuffed Grilled Pita)", 18.0, ("spiced ground beef", "pita", "tahini")),
    ],
    "Hummus & Shakshuka": [
        ("Hummus", 11.0, ("hummus", "tahini", "olive oil", "pita")),
        ("Hummus Ful (with Fava Beans)", 12.5, ("hummus", "fava beans", "egg", "pita")),
        ("Hummus Masabacha (Warm Chickpeas)", 12.5, ("hummus", "warm chickpeas", "tahini",
                                                     "lemon")),
        ("Hummus Basar (with Spiced Ground Beef)", 15.0, ("hummus", "ground beef", "pine nuts")),
        ("Hummus with Mushrooms", 13.5, ("hummus", "fried mushrooms", "onion")),
        ("Shakshuka", 14.0, ("eggs", "tomato", "pepper", "garlic", "bread")),
        ("Green Shakshuka (Spinach and Feta)", 15.0, ("eggs", "spinach", "chard", "feta",
                                                      "bread")),
    ],
    "Salads & Sides": [
        ("Israeli Salad", 7.0, ("cucumber", "tomato", "onion", "parsley", "lemon")),
        ("Tahini", 4.0),
        ("Chatzilim (Roasted Eggplant with Tahini)", 7.0, ("roasted eggplant", "tahini")),
        ("Matbucha", 5.0, ("cooked tomato", "pepper", "garlic")),
        ("Schug", 2.0, ("green chili", "coriander", "garlic")),
        ("Pickles and Olives", 4.0),
        ("Chips", 5.0),
        ("Falafel Balls", {"6 Pieces": 5.0, "12 Pieces": 9.0}),
        ("Cheese Bourekas", {"3 Pieces": 6.0, "6 Pieces": 11.0}, ("puff pastry", "feta",
                                                                   "sesame")),
        ("Potato Bourekas", {"3 Pieces": 6.0, "6 Pieces": 11.0}, ("puff pastry", "potato",
                                                                   "onion")),
        ("Malawach (with Grated Tomato and Egg)", 10.0, ("flaky fried bread", "grated tomato",
                                                          "hard-boiled egg", "schug")),
    ],
    "Desserts": [
        ("Malabi", 6.0, ("rose water milk pudding", "syrup", "pistachio", "coconut")),
        ("Knafeh", 9.0, ("kadaif", "sweet cheese", "syrup", "pistachio")),
        ("Baklava", 6.0),
    ],
    "Drinks": [
        ("Limonana (Frozen Mint Lemonade)", 6.0),
        ("Fresh Lemonade", 5.0),
        ("Goldstar Beer", 7.0),
        ("Maccabi Beer", 7.0),
        ("Nana Tea (Mint Tea)", 3.5),
        ("Turkish Coffee", 3.5),
        ("Coca-Cola", 3.0),
        ("Sprite", 3.0),
        ("Mineral Water", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Me'orav Yerushalmi (Jerusalem Mixed Grill)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # in pita or laffa
    ("falafel in pita", "Falafel", "pita"),
    ("felafel laffa", "Falafel", "laffa"),
    ("two falafel in pita", "Falafel", "pita", 2),
    ("sabich", "Sabich (Fried Eggplant, Egg and Amba)"),
    ("sabih in a lafa", "Sabich (Fried Eggplant, Egg and Amba)", "laffa"),
    ("uh sabikh pita", "Sabich (Fried Eggplant, Egg and Amba)", "pita"),
    ("chicken shwarma laffa", "Chicken Shawarma", "laffa"),
    ("shawarma chicken in pita", "Chicken Shawarma", "pita"),
    ("lamb shawerma", "Lamb Shawarma"),
    ("meorav yerushalmi", "Me'orav Yerushalmi (Jerusalem Mixed Grill)"),
    ("jerusalem mixed grill in laffa", "Me'orav Yerushalmi (Jerusalem Mixed Grill)", "laffa"),
    ("me urav in a pita", "Me'orav Yerushalmi (Jerusalem Mixed Grill)", "pita"),
    ("shnitzel in pita", "Chicken Schnitzel", "pita"),
    ("kebab in laffa", "Kebab", "laffa"),
    ("shawarma", ASK),
    ("chicken in laffa", ASK),
    # grill plates
    ("shishlik", "Shishlik (Chicken Skewers)"),
    ("entrecote", "Entrecote Steak"),
    ("arayes", "Arayes (Meat-Stuffed Grilled Pita)"),
    ("a grill plate", ASK),
    # hummus and shakshuka
    ("hummus", "Hummus"),
    ("humus ful", "Hummus Ful (with Fava Beans)"),
    ("msabbaha", "Hummus Masabacha (Warm Chickpeas)"),
    ("hummus with meat", "Hummus Basar (with Spiced Ground Beef)"),
    ("hummus with mushrooms", "Hummus with Mushrooms"),
    ("shakshuka", "Shakshuka"),
    ("two shakshouka", "Shakshuka", None, 2),
    ("green shakshuka", "Green Shakshuka (Spinach and Feta)"),
    # salads and sides
    ("israeli salad", "Israeli Salad"),
    ("side of tchina", "Tahini"),
    ("hatzilim", "Chatzilim (Roasted Eggplant with Tahini)"),
    ("matbukha", "Matbucha"),
    ("fries", "Chips"),
    ("falafel balls twelve", "Falafel Balls", "12 pieces"),
    ("6 cheese bourekas", "Cheese Bourekas", "6 pieces"),
    ("burekas potato 3", "Potato Bourekas", "3 pieces"),
    ("melawach", "Malawach (with Grated Tomato and Egg)"),
    ("bourekas", ASK),
    ("the eggplant one", ASK),
    # desserts
    ("malabi", "Malabi"),
    ("two malaby", "Malabi", None, 2),
    ("kanafeh", "Knafeh"),
    # drinks
    ("limonana", "Limonana (Frozen Mint Lemonade)"),
    ("frozen mint lemonade", "Limonana (Frozen Mint Lemonade)"),
    ("a fresh lemonade", "Fresh Lemonade"),
    ("two maccabi", "Maccabi Beer", None, 2),
    ("tea with nana", "Nana Tea (Mint Tea)"),
    ("turkish coffee", "Turkish Coffee"),
    ("a coke", "Coca-Cola"),
    ("a beer", ASK),
    ("a soda", ASK),
    # not on the menu
    ("jachnun", UNKNOWN),
    ("kubbeh soup", UNKNOWN),
    ("spinach bourekas", UNKNOWN),
    ("tabbouleh", UNKNOWN),
    ("sweet potato fries", UNKNOWN),
    ("sufganiyah", UNKNOWN),
    ("arak", UNKNOWN),
]
