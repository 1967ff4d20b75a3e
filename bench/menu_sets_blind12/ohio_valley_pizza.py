"""An Ohio Valley pizzeria (the pattern of Steubenville, Weirton and Wheeling take-out menus):
square-cut sheet pizza baked with sauce only, the shredded provolone and the pepperoni put on cold
after baking, sold by the Cut, the Half Tray or the Full Tray; a baked ("hot cheese") tray for
those who want the cheese melted, a sauce-only tray and a white tray; hoagies Half or Whole;
Italian wedding soup and the other soups by the Cup, Bowl or Quart; wings by 6, 12 or 24; greens
and beans; pizzelles; pop by the 20 oz or 2 Liter. Callers say "three cuts of pepperoni", "a half
tray", "a full tray of cheese", "with the hot cheese", "a whole Italian", "a bowl of wedding soup",
"pasta fazool", "a dozen hot wings", "a two liter of Pepsi". "A pizza", "a full tray", "a hoagie",
"a bowl of soup", "a salad", "twelve wings" or "a two liter of pop" alone is a question; pepperoni
rolls, a stromboli, a calzone, minestrone, a fish hoagie, spaghetti and meatballs and a buffalo
chicken pizza are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ohio Valley Pizza"

_TRAY = {"Cut": 1.75, "Half Tray": 13.0, "Full Tray": 24.0}
_TRAY_TOPPED = {"Cut": 2.0, "Half Tray": 15.5, "Full Tray": 29.0}
_TRAY_DELUXE = {"Cut": 2.5, "Half Tray": 19.0, "Full Tray": 36.0}
_HOAGIE = {"Half": 6.5, "Whole": 11.5}
_SOUP = {"Cup": 4.0, "Bowl": 6.0, "Quart": 12.0}
_WINGS = {"6 Wings": 8.5, "12 Wings": 15.5, "24 Wings": 29.0}
_POP = {"20 oz": 2.5, "2 Liter": 4.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza by the Cut or Tray": [
        ("Cheese Pizza", _TRAY, ("tomato sauce", "cold shredded provolone")),
        ("Baked Cheese Pizza (Hot Cheese)", _TRAY, ("tomato sauce", "provolone baked on")),
        ("Pepperoni Pizza", _TRAY_TOPPED, ("tomato sauce", "cold provolone", "cold pepperoni")),
        ("Double Pepperoni Pizza", _TRAY_DELUXE, ("tomato sauce", "cold provolone",
                                                  "double pepperoni")),
        ("Sausage Pizza", _TRAY_TOPPED, ("tomato sauce", "cold provolone", "italian sausage")),
        ("Hot Pepper Pizza", _TRAY_TOPPED, ("tomato sauce", "cold provolone", "hot banana peppers")),
        ("Pepperoni & Hot Pepper Pizza", _TRAY_DELUXE, ("tomato sauce", "cold provolone",
                                                        "pepperoni", "hot banana peppers")),
        ("Mushroom Pizza", _TRAY_TOPPED, ("tomato sauce", "cold provolone", "mushrooms")),
        ("Deluxe Pizza", _TRAY_DELUXE, ("tomato sauce", "provolone", "pepperoni", "sausage",
                                        "mushrooms", "green peppers", "onions")),
        ("Sauce Only Pizza (No Cheese)", _TRAY, ("tomato sauce", "romano", "oregano")),
        ("White Pizza", _TRAY_TOPPED, ("garlic", "olive oil", "baked provolone", "romano")),
    ],
    "Hoagies": [
        ("Italian Hoagie", _HOAGIE, ("ham", "salami", "capicola", "provolone", "lettuce", "tomato",
                                     "onion", "oil and vinegar")),
        ("Ham & Cheese Hoagie", _HOAGIE, ("ham", "provolone", "lettuce", "tomato", "mayo")),
        ("Turkey Hoagie", _HOAGIE, ("turkey", "provolone", "lettuce", "tomato", "mayo")),
        ("Meatball Hoagie", _HOAGIE, ("meatballs", "tomato sauce", "provolone")),
        ("Sausage & Peppers Hoagie", _HOAGIE, ("italian sausage", "peppers", "onions", "sauce")),
        ("Steak Hoagie", _HOAGIE, ("shaved steak", "provolone", "onions", "lettuce", "tomato")),
        ("Chicken Parm Hoagie", _HOAGIE, ("breaded chicken", "tomato sauce", "provolone")),
        ("Tuna Hoagie", _HOAGIE, ("tuna salad", "provolone", "lettuce", "tomato")),
    ],
    "Soups": [
        ("Italian Wedding Soup", _SOUP, ("chicken broth", "mini meatballs", "escarole",
                                         "acini di pepe")),
        ("Pasta Fagioli", _SOUP, ("beans", "ditalini", "tomato broth")),
        ("Chicken Noodle Soup", _SOUP, ("chicken", "egg noodles", "carrots", "celery")),
    ],
    "Salads": [
        ("Tossed Salad", 5.5, ("iceberg", "tomato", "cucumber", "onion")),
        ("Antipasto Salad", 10.5, ("greens", "salami", "ham", "provolone", "pepperoncini",
                                   "olives")),
        ("Chef Salad", 10.0, ("greens", "turkey", "ham", "egg", "cheese")),
    ],
    "Wings": [
        ("Hot Wings", _WINGS, ("wings", "hot sauce")),
        ("Mild Wings", _WINGS, ("wings", "mild sauce")),
        ("Garlic Parmesan Wings", _WINGS, ("wings", "garlic butter", "parmesan")),
        ("BBQ Wings", _WINGS, ("wings", "barbecue sauce")),
    ],
    "Sides": [
        ("Breadsticks", 5.0, ("breadsticks", "garlic butter", "sauce")),
        ("Garlic Bread", 4.5),
        ("French Fries", 4.0),
        ("Cheese Fries", 5.5, ("fries", "cheese sauce")),
        ("Greens & Beans (Escarole)", 7.0, ("escarole", "cannellini beans", "garlic", "romano")),
        ("Side of Meatballs", 6.0, ("three meatballs", "tomato sauce")),
    ],
    "Desserts": [
        ("Cannoli", 4.0, ("shell", "sweet ricotta", "chocolate chips")),
        ("Pizzelles", {"3 Pieces": 3.0, "Dozen": 10.0}, ("anise waffle cookies",)),
        ("Cheesecake", 5.0),
    ],
    "Pop": [
        ("Pepsi", _POP),
        ("Diet Pepsi", _POP),
        ("Mountain Dew", _POP),
        ("Dr Pepper", _POP),
        ("Iced Tea", 2.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza by the cut or tray
    ("a cut of cheese", "Cheese Pizza", "cut"),
    ("three cuts of pepperoni", "Pepperoni Pizza", "cut", 3),
    ("a half tray of pepperoni", "Pepperoni Pizza", "half tray"),
    ("full tray cheese pizza", "Cheese Pizza", "full tray"),
    ("a half tray with the hot cheese", "Baked Cheese Pizza (Hot Cheese)", "half tray"),
    ("baked cheese pizza full tray", "Baked Cheese Pizza (Hot Cheese)", "full tray"),
    ("double pepperoni half tray", "Double Pepperoni Pizza", "half tray"),
    ("two cuts of sausage", "Sausage Pizza", "cut", 2),
    ("hot pepper pizza", "Hot Pepper Pizza"),
    ("a full tray of pepperoni and hot peppers", "Pepperoni & Hot Pepper Pizza", "full tray"),
    ("mushroom pizza half a tray", "Mushroom Pizza", "half tray"),
    ("a deluxe full tray", "Deluxe Pizza", "full tray"),
    ("sauce only no cheese half tray", "Sauce Only Pizza (No Cheese)", "half tray"),
    ("white pizza", "White Pizza"),
    ("a pizza", ASK),
    ("a full tray", ASK),
    # hoagies
    ("a whole italian hoagie", "Italian Hoagie", "whole"),
    ("ham and cheese hoagie whole", "Ham & Cheese Hoagie", "whole"),
    ("a turkey hoagie", "Turkey Hoagie"),
    ("two meatball hoagies", "Meatball Hoagie", None, 2),
    ("sausage and pepper hoagie", "Sausage & Peppers Hoagie"),
    ("a half steak hoagie", "Steak Hoagie", "half"),
    ("chicken parmesan sub", "Chicken Parm Hoagie"),
    ("a hoagie", ASK),
    # soups and salads
    ("a bowl of wedding soup", "Italian Wedding Soup", "bowl"),
    ("quart of italian wedding", "Italian Wedding Soup", "quart"),
    ("cup of pasta fazool", "Pasta Fagioli", "cup"),
    ("chicken noodle soup", "Chicken Noodle Soup"),
    ("a bowl of soup", ASK),
    ("antipasto salad", "Antipasto Salad"),
    ("a chef salad", "Chef Salad"),
    ("a salad", ASK),
    # wings
    ("a dozen hot wings", "Hot Wings", "12 wings"),
    ("six mild wings", "Mild Wings", "6 wings"),
    ("twenty four garlic parm wings", "Garlic Parmesan Wings", "24 wings"),
    ("bbq wings", "BBQ Wings"),
    ("twelve wings", ASK),
    # sides
    ("breadsticks", "Breadsticks"),
    ("fries", "French Fries"),
    ("cheese fries", "Cheese Fries"),
    ("greens and beans", "Greens & Beans (Escarole)"),
    ("a side of meatballs", "Side of Meatballs"),
    # desserts
    ("two cannolis", "Cannoli", None, 2),
    ("a dozen pizzelles", "Pizzelles", "dozen"),
    ("cheesecake", "Cheesecake"),
    # pop
    ("a two liter pepsi", "Pepsi", "2 liter"),
    ("diet pepsi twenty ounce", "Diet Pepsi", "20 oz"),
    ("two liter of mountain dew", "Mountain Dew", "2 liter"),
    ("a doctor pepper", "Dr Pepper"),
    ("iced tea", "Iced Tea"),
    ("a two liter of pop", ASK),
    # not on the menu
    ("pepperoni rolls", UNKNOWN),
    ("a stromboli", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("minestrone soup", UNKNOWN),
    ("fish hoagie", UNKNOWN),
    ("spaghetti and meatballs", UNKNOWN),
    ("buffalo chicken pizza", UNKNOWN),
]
