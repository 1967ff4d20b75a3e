"""A Bosnian restaurant (the pattern of the take-out menus of Bosnian restaurants and ćevabdžinicas
in St. Louis's Bevo Mill, Chicago, Utica, Des Moines and Jacksonville): ćevapi in somun by 5 or 10
pieces, pljeskavica plain or stuffed with cheese, sudžuk, ražnjići, grilled chicken and a mixed
grill for two; the pitas (burek with meat, sirnica, zeljanica, krompiruša) by the Piece or the Whole
tepsija; the cooked dishes (sogan dolma, japrak, sarma, stuffed peppers, Bosnian pot, klepe, grah),
begova and veal čorba; somun, kajmak, ajvar, salads; baklava, tufahija, hurmašica, tulumba,
krempita; Bosnian coffee Za Jednog or Za Dvoje (for one or for two), yogurt, boza, waters, Cockta,
Jupi and Bosnian beer. Bosnian names with the English. Callers drop the diacritics ("cevapi",
"sudzuk", "raznjici", "begova corba"), say "chevapi", "ćevapčići" ("chevapchichi"), "sujuk", "a
cheese pie", "stuffed onions", "cabbage rolls" and mishear burek ("bourek"), pljeskavica
("plyeskavitsa") and tufahija ("too fa hee ya"). "A whole pita", "a piece of pita", "a soup", "a
salad", "a soda", "a water" or "a beer" alone is a question; chicken ćevapi, musaka, ćufte, lamb on
the spit, tikvenica, uštipci and kljukuša are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Bosnian Restaurant"

_PITA = {"Piece": 6.0, "Whole": 30.0}

CATEGORIES: dict[str, list[Item]] = {
    "Roštilj (Grill)": [
        ("Ćevapi", {"5 Pieces": 11.0, "10 Pieces": 17.0}, ("grilled minced beef", "somun", "onion",
                                                           "kajmak")),
        ("Pljeskavica (Bosnian Burger)", 14.0, ("minced beef patty", "somun", "onion", "kajmak")),
        ("Punjena Pljeskavica (Cheese-Stuffed Burger)", 16.0, ("minced beef patty", "cheese",
                                                               "somun", "onion")),
        ("Sudžuk (Spiced Beef Sausage)", 13.0, ("beef sudžuk", "somun", "onion")),
        ("Ražnjići (Veal Skewers)", 16.0, ("veal", "onion", "pepper", "fries")),
        ("Piletina na Žaru (Grilled Chicken Breast)", 15.0, ("chicken breast", "salad", "fries")),
        ("Miješano Meso (Mixed Grill for Two)", 38.0, ("ćevapi", "pljeskavica", "sudžuk", "chicken",
                                                      "somun", "ajvar")),
    ],
    "Pite (Pitas, by the Piece or the Whole Tepsija)": [
        ("Burek (Meat Pie)", _PITA, ("phyllo", "minced beef", "onion")),
        ("Sirnica (Cheese Pie)", _PITA, ("phyllo", "cottage cheese", "egg")),
        ("Zeljanica (Spinach and Cheese Pie)", _PITA, ("phyllo", "spinach", "cottage cheese")),
        ("Krompiruša (Potato Pie)", _PITA, ("phyllo", "potato", "onion")),
    ],
    "Bosanska Jela (Bosnian Dishes)": [
        ("Sogan Dolma (Stuffed Onions)", 17.0, ("onions", "minced beef", "rice", "sour cream")),
        ("Japrak (Stuffed Grape Leaves)", 16.0, ("grape leaves", "minced beef", "rice", "sour cream")),
        ("Sarma (Stuffed Cabbage Rolls)", 16.0, ("sour cabbage leaves", "minced beef", "rice",
                                                 "smoked beef")),
        ("Punjene Paprike (Stuffed Peppers)", 16.0, ("peppers", "minced beef", "rice",
                                                     "tomato sauce")),
        ("Bosanski Lonac (Bosnian Pot Stew)", 17.0, ("beef", "lamb", "cabbage", "potato", "carrot")),
        ("Klepe (Bosnian Dumplings)", 14.0, ("dough", "minced beef", "onion", "garlic yogurt")),
        ("Grah (Bean Soup with Smoked Beef)", 12.0, ("white beans", "smoked beef", "paprika")),
    ],
    "Čorbe (Soups)": [
        ("Begova Čorba (Bey's Soup)", 8.0, ("chicken", "okra", "carrot", "cream")),
        ("Teleća Čorba (Veal Soup)", 8.0, ("veal", "vegetables", "cream")),
    ],
    "Prilozi (Sides)": [
        ("Somun (Bosnian Flatbread)", 3.0),
        ("Kajmak", 4.0, ("clotted cream",)),
        ("Ajvar", 4.0, ("roasted red pepper", "eggplant")),
        ("Pomfrit (Fries)", 4.5),
        ("Šopska Salata (Shopska Salad)", 7.0, ("tomato", "cucumber", "onion", "pepper", "feta")),
        ("Kupus Salata (Cabbage Salad)", 5.0, ("cabbage", "vinegar", "oil")),
    ],
    "Deserti (Desserts)": [
        ("Baklava", 5.0, ("phyllo", "walnuts", "syrup")),
        ("Tufahija (Walnut-Stuffed Poached Apple)", 6.0, ("apple", "walnuts", "syrup", "whipped cream")),
        ("Hurmašica", 4.0, ("semolina cookies", "syrup")),
        ("Tulumba", 4.0, ("fried dough", "syrup")),
        ("Krempita (Custard Cream Slice)", 5.5, ("puff pastry", "vanilla custard")),
    ],
    "Pića (Drinks)": [
        ("Bosanska Kahva (Bosnian Coffee)", {"Za Jednog": 4.0, "Za Dvoje": 7.0},
         ("coffee", "sugar cubes", "rahat lokum")),
        ("Jogurt (Yogurt Drink)", 3.0),
        ("Boza", 3.5, ("fermented corn drink",)),
        ("Kisela Voda (Sparkling Mineral Water)", 3.0),
        ("Rosa (Still Water)", 2.5),
        ("Cockta (Herbal Cola)", 3.0),
        ("Jupi (Orange Soda)", 3.0),
        ("Sarajevsko Pivo (Sarajevo Lager)", 6.0),
        ("Nektar Pivo (Banja Luka Lager)", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Sogan Dolma (Stuffed Onions)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # grill
    ("ten cevapi", "Ćevapi", "10 pieces"),
    ("cevapi five pieces", "Ćevapi", "5 pieces"),
    ("chevapi", "Ćevapi"),
    ("an order of 10 chevapchichi", "Ćevapi", "10 pieces"),
    ("pljeskavica", "Pljeskavica (Bosnian Burger)"),
    ("plyeskavitsa", "Pljeskavica (Bosnian Burger)"),
    ("stuffed pljeskavica", "Punjena Pljeskavica (Cheese-Stuffed Burger)"),
    ("sudzuk", "Sudžuk (Spiced Beef Sausage)"),
    ("sujuk", "Sudžuk (Spiced Beef Sausage)"),
    ("veal skewers", "Ražnjići (Veal Skewers)"),
    ("raznjici", "Ražnjići (Veal Skewers)"),
    ("grilled chicken", "Piletina na Žaru (Grilled Chicken Breast)"),
    ("mixed grill", "Miješano Meso (Mixed Grill for Two)"),
    # pitas
    ("a piece of burek", "Burek (Meat Pie)", "piece"),
    ("whole burek", "Burek (Meat Pie)", "whole"),
    ("bourek", "Burek (Meat Pie)"),
    ("a cheese pie", "Sirnica (Cheese Pie)"),
    ("zeljanica", "Zeljanica (Spinach and Cheese Pie)"),
    ("spinach pie", "Zeljanica (Spinach and Cheese Pie)"),
    ("krompirusa", "Krompiruša (Potato Pie)"),
    ("a whole pita", ASK),
    ("a piece of pita", ASK),
    # bosnian dishes
    ("sogan dolma", "Sogan Dolma (Stuffed Onions)"),
    ("stuffed onions", "Sogan Dolma (Stuffed Onions)"),
    ("japrak", "Japrak (Stuffed Grape Leaves)"),
    ("sarma", "Sarma (Stuffed Cabbage Rolls)"),
    ("cabbage rolls", "Sarma (Stuffed Cabbage Rolls)"),
    ("stuffed peppers", "Punjene Paprike (Stuffed Peppers)"),
    ("bosanski lonac", "Bosanski Lonac (Bosnian Pot Stew)"),
    ("klepe", "Klepe (Bosnian Dumplings)"),
    # soups
    ("begova corba", "Begova Čorba (Bey's Soup)"),
    ("veal soup", "Teleća Čorba (Veal Soup)"),
    ("a soup", ASK),
    # sides
    ("two somun", "Somun (Bosnian Flatbread)", None, 2),
    ("kajmak", "Kajmak"),
    ("a side of ajvar", "Ajvar"),
    ("fries", "Pomfrit (Fries)"),
    ("shopska salad", "Šopska Salata (Shopska Salad)"),
    ("a salad", ASK),
    # desserts
    ("baklava", "Baklava"),
    ("tufahija", "Tufahija (Walnut-Stuffed Poached Apple)"),
    ("too fa hee ya", "Tufahija (Walnut-Stuffed Poached Apple)"),
    ("hurmasica", "Hurmašica"),
    ("krempita", "Krempita (Custard Cream Slice)"),
    # drinks
    ("bosnian coffee for two", "Bosanska Kahva (Bosnian Coffee)", "za dvoje"),
    ("bosanska kahva za jednog", "Bosanska Kahva (Bosnian Coffee)", "za jednog"),
    ("a yogurt drink", "Jogurt (Yogurt Drink)"),
    ("sparkling water", "Kisela Voda (Sparkling Mineral Water)"),
    ("a soda", ASK),
    ("a water", ASK),
    ("two sarajevsko", "Sarajevsko Pivo (Sarajevo Lager)", None, 2),
    ("a beer", ASK),
    # not on the menu
    ("chicken cevapi", UNKNOWN),
    ("musaka", UNKNOWN),
    ("cufte", UNKNOWN),
    ("lamb on the spit", UNKNOWN),
    ("tikvenica", UNKNOWN),
    ("ustipci", UNKNOWN),
    ("kljukusa", UNKNOWN),
]
