"""A Finnish lunch restaurant and grilli (the pattern of the lounasravintola-and-grillikioski
places of Finnish towns, and of the Finnish cafés of Lake Worth, FL and Thunder Bay, ON): soups
Pieni or Iso (lohikeitto, hernekeitto, lihakeitto), home-food lunch plates (lihapullat,
poronkäristys, karjalanpaisti, kaalikääryleet, maksalaatikko, lohikiusaus, muikut, pinaattiletut,
pyttipannu), the grill (makkaraperunat and ranskalaiset Pieni or Iso, hampurilainen, porilainen,
lihapiirakka plain or with two sausages, kebab-ranskalaiset), karjalanpiirakka plain or with egg
butter by count (2 or 6 kpl), kalakukko by the half or whole, korvapuusti, munkki, berry pies,
leipäjuusto, lonkero, Karhu and Lapin Kulta Pieni or Iso, kotikalja. Items carry the Finnish name
with an English gloss. Callers drop ä and ö ("poronkaristys", "lohileipa"), split compounds
("makkara perunat"), say the Finnish with Finnish grammar ("kaksi poronkaristysta", "iso
karhu") or the English ("salmon soup small", "sauteed reindeer", "karelian pies with egg butter
six", "squeaky cheese with cloudberry jam"). "Iso keitto", "salmon", "casserole", "a bun", "a
slice of pie", "iso olut" and "kaksi olutta" alone are questions; graavilohi, a reindeer burger,
mämmi, kaalilaatikko, riisipuuro, raparperipiirakka and Koskenkorva are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Lounasravintola ja Grilli Kotikulma"

_SOUP = {"Pieni": 8.5, "Iso": 12.5}
_GRILL = {"Pieni": 7.5, "Iso": 10.5}
_PIIRAKKA = {"2 kpl": 4.0, "6 kpl": 10.5}
_BEER = {"Pieni": 5.5, "Iso": 8.0}

CATEGORIES: dict[str, list[Item]] = {
    "Keitot (Soups)": [
        ("Lohikeitto (Creamy Salmon Soup)", {"Pieni": 10.5, "Iso": 14.5}, ("salmon", "potato",
                                                                          "cream", "dill")),
        ("Hernekeitto (Pea Soup with Ham)", _SOUP, ("yellow peas", "ham", "mustard")),
        ("Lihakeitto (Beef and Root Vegetable Soup)", _SOUP, ("beef", "potato", "carrot",
                                                              "swede")),
    ],
    "Lounas (Lunch Plates)": [
        ("Lihapullat ja perunamuusi (Meatballs with Mashed Potatoes)", 12.9,
         ("meatballs", "mashed potatoes", "cream gravy", "lingonberries")),
        ("Poronkäristys (Sautéed Reindeer with Mash and Lingonberries)", 19.9,
         ("reindeer", "mashed potatoes", "lingonberries", "pickles")),
        ("Karjalanpaisti (Karelian Stew)", 13.9, ("beef", "pork", "allspice", "boiled potatoes")),
        ("Kaalikääryleet (Cabbage Rolls)", 12.5, ("cabbage", "minced meat", "rice",
                                                  "lingonberry jam")),
        ("Maksalaatikko (Liver and Rice Casserole)", 11.5, ("liver", "rice", "raisins",
                                                           "lingonberry jam")),
        ("Lohikiusaus (Salmon and Potato Casserole)", 13.5, ("salmon", "potato", "cream",
                                                              "dill")),
        ("Paistetut muikut (Fried Vendace)", 14.5, ("vendace", "rye flour", "mashed potatoes",
                                                     "garlic mayonnaise")),
        ("Pinaattiletut (Spinach Pancakes with Lingonberry Jam)", 10.5, ("spinach",
                                                                       "lingonberry jam")),
        ("Pyttipannu (Finnish Hash with Fried Egg)", 12.5, ("potato", "sausage", "onion",
                                                             "fried egg", "pickled beetroot")),
    ],
    "Grilli (Grill)": [
        ("Makkaraperunat (Sausage and Fries)", _GRILL, ("grill sausage", "fries", "ketchup",
                                                         "mustard", "onion")),
        ("Ranskalaiset (French Fries)", {"Pieni": 3.5, "Iso": 5.0}),
        ("Hampurilainen (Hamburger)", 7.5, ("beef patty", "lettuce", "pickles",
                                            "grill mayonnaise")),
        ("Juustohampurilainen (Cheeseburger)", 8.5, ("beef patty", "cheese", "lettuce",
                                                     "pickles")),
        ("Porilainen (Pori Sausage Sandwich)", 7.0, ("thick sausage slice", "onion",
                                                      "pickle relish", "white bread")),
        ("Hodari (Hot Dog)", 5.5, ("hot dog", "ketchup", "mustard", "cucumber relish")),
        ("Lihapiirakka (Fried Meat Pie)", 4.5, ("fried dough", "minced meat", "rice")),
        ("Lihapiirakka kahdella nakilla (Meat Pie with Two Sausages)", 7.0,
         ("meat pie", "two frankfurters", "mustard", "ketchup")),
        ("Grillimakkara (Grilled Sausage)", 5.0, ("grill sausage", "mustard")),
        ("Kebab-ranskalaiset (Kebab with Fries)", 12.0, ("kebab meat", "fries", "salad",
                                                          "garlic sauce")),
    ],
    "Leivonnaiset (Pastries and Pies)": [
        ("Karjalanpiirakka (Karelian Rice Pie)", _PIIRAKKA, ("rye crust", "rice porridge")),
        ("Karjalanpiirakka munavoilla (Karelian Pie with Egg Butter)", {"2 kpl": 5.0,
                                                                       "6 kpl": 13.0},
         ("rye crust", "rice porridge", "egg butter")),
        ("Kalakukko (Savo Fish and Pork Loaf)", {"Puolikas": 14.0, "Kokonainen": 26.0},
         ("rye crust", "vendace", "pork belly")),
        ("Lohileipä (Salmon Open Sandwich)", 8.5, ("rye bread", "cold-smoked salmon",
                                                   "egg", "dill")),
        ("Korvapuusti (Cinnamon Bun)", 3.5, ("cardamom dough", "cinnamon", "pearl sugar")),
        ("Voisilmäpulla (Butter Eye Cardamom Bun)", 3.5, ("cardamom dough", "butter", "sugar")),
        ("Munkki (Finnish Doughnut)", 3.0, ("cardamom doughnut", "sugar")),
    ],
    "Jälkiruoat (Desserts)": [
        ("Mustikkapiirakka (Blueberry Pie)", 5.0, ("wild blueberries", "vanilla sauce")),
        ("Omenapiirakka (Apple Pie)", 5.0, ("apple", "cinnamon", "vanilla sauce")),
        ("Leipäjuusto lakkahillolla (Squeaky Cheese with Cloudberry Jam)", 7.5,
         ("baked cheese", "cloudberry jam")),
        ("Pannukakku mansikkahillolla (Oven Pancake with Strawberry Jam)", 5.5,
         ("oven pancake", "strawberry jam", "whipped cream")),
    ],
    "Juomat (Drinks)": [
        ("Lonkero (Original Long Drink)", 7.0),
        ("Karpalolonkero (Cranberry Long Drink)", 7.0),
        ("Karhu", _BEER),
        ("Lapin Kulta", _BEER),
        ("Kotikalja (Finnish Small Beer)", 3.0),
        ("Kahvi (Coffee)", 2.5),
        ("Maito (Milk)", 1.5),
        ("Piimä (Buttermilk)", 1.5),
        ("Jaffa (Orange Soda)", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Lohikeitto (Creamy Salmon Soup)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("lohikeitto", "Lohikeitto (Creamy Salmon Soup)"),
    ("iso lohikeitto", "Lohikeitto (Creamy Salmon Soup)", "iso"),
    ("salmon soup small", "Lohikeitto (Creamy Salmon Soup)", "pieni"),
    ("hernekeitto", "Hernekeitto (Pea Soup with Ham)"),
    ("uh pea soup large", "Hernekeitto (Pea Soup with Ham)", "iso"),
    ("the meat soup", "Lihakeitto (Beef and Root Vegetable Soup)"),
    ("iso keitto", ASK),
    # lunch plates
    ("meatballs and mashed potatoes", "Lihapullat ja perunamuusi (Meatballs with Mashed Potatoes)"),
    ("poronkaristys", "Poronkäristys (Sautéed Reindeer with Mash and Lingonberries)"),
    ("sauteed reindeer", "Poronkäristys (Sautéed Reindeer with Mash and Lingonberries)"),
    ("kaksi poronkaristysta", "Poronkäristys (Sautéed Reindeer with Mash and Lingonberries)",
     None, 2),
    ("karjalanpaisti", "Karjalanpaisti (Karelian Stew)"),
    ("cabbage rolls", "Kaalikääryleet (Cabbage Rolls)"),
    ("maksalaatikko", "Maksalaatikko (Liver and Rice Casserole)"),
    ("fried vendace", "Paistetut muikut (Fried Vendace)"),
    ("spinach pancakes", "Pinaattiletut (Spinach Pancakes with Lingonberry Jam)"),
    ("pyttipannu", "Pyttipannu (Finnish Hash with Fried Egg)"),
    ("salmon", ASK),
    ("casserole", ASK),
    # grill
    ("makkaraperunat iso", "Makkaraperunat (Sausage and Fries)", "iso"),
    ("small sausage and fries", "Makkaraperunat (Sausage and Fries)", "pieni"),
    ("makkara perunat", "Makkaraperunat (Sausage and Fries)"),
    ("ranskalaiset", "Ranskalaiset (French Fries)"),
    ("large fries", "Ranskalaiset (French Fries)", "iso"),
    ("a cheeseburger", "Juustohampurilainen (Cheeseburger)"),
    ("two hamburgers", "Hampurilainen (Hamburger)", None, 2),
    ("porilainen", "Porilainen (Pori Sausage Sandwich)"),
    ("lihapiirakka", "Lihapiirakka (Fried Meat Pie)"),
    ("meat pie with two sausages", "Lihapiirakka kahdella nakilla (Meat Pie with Two Sausages)"),
    ("a hot dog", "Hodari (Hot Dog)"),
    ("kebab and fries", "Kebab-ranskalaiset (Kebab with Fries)"),
    # pastries and pies
    ("six karjalanpiirakka", "Karjalanpiirakka (Karelian Rice Pie)", "6 kpl"),
    ("two karelian pies", "Karjalanpiirakka (Karelian Rice Pie)", "2 kpl"),
    ("karelian pies with egg butter six", "Karjalanpiirakka munavoilla (Karelian Pie with Egg Butter)",
     "6 kpl"),
    ("half a kalakukko", "Kalakukko (Savo Fish and Pork Loaf)", "puolikas"),
    ("kalakukko", "Kalakukko (Savo Fish and Pork Loaf)"),
    ("korvapuusti", "Korvapuusti (Cinnamon Bun)"),
    ("a cinnamon bun", "Korvapuusti (Cinnamon Bun)"),
    ("a bun", ASK),
    # desserts
    ("mustikkapiirakka", "Mustikkapiirakka (Blueberry Pie)"),
    ("blueberry pie", "Mustikkapiirakka (Blueberry Pie)"),
    ("squeaky cheese with cloudberry jam", "Leipäjuusto lakkahillolla (Squeaky Cheese with Cloudberry Jam)"),
    ("oven pancake", "Pannukakku mansikkahillolla (Oven Pancake with Strawberry Jam)"),
    ("a slice of pie", ASK),
    # drinks
    ("lonkero", "Lonkero (Original Long Drink)"),
    ("cranberry lonkero", "Karpalolonkero (Cranberry Long Drink)"),
    ("iso karhu", "Karhu", "iso"),
    ("two lapin kulta large", "Lapin Kulta", "iso", 2),
    ("kotikalja", "Kotikalja (Finnish Small Beer)"),
    ("a coffee", "Kahvi (Coffee)"),
    ("iso olut", ASK),
    ("kaksi olutta", ASK),
    # not on the menu
    ("graavilohi", UNKNOWN),
    ("a reindeer burger", UNKNOWN),
    ("mammi", UNKNOWN),
    ("kaalilaatikko", UNKNOWN),
    ("riisipuuro", UNKNOWN),
    ("raparperipiirakka", UNKNOWN),
    ("a koskenkorva", UNKNOWN),
]
