"""An Old Forge, Pennsylvania pizzeria (the pattern of the take-out menus of the "Pizza Capital of the
World" in Lackawanna County and its copies around Scranton): rectangular trays of red pizza (a
light crust, sweet onion-studded sauce, a blend of American and mozzarella-style cheese) and of
white pizza (two crusts with the cheese baked between them, stuffed whites with broccoli, spinach,
chicken or ham), all sold by the Cut, the Half Tray (six cuts) or the Tray (twelve cuts); wings by
6, 12 or 24 pieces in a choice of sauces; hoagies by the Half or Whole; Polish-Pennsylvania sides
(pierogies, greens and beans); salads; soda by the Can or 2 Liter.
Callers say "a tray of red", "two cuts of white", "a half tray with pepperoni", "a full tray",
"a stuffed white with broccoli", "a dozen hot wings", "an Italian hoagie whole", and speech
recognition writes "old forge" as "old ford", "hoagie" as "hoagy" or "ho gee", "pierogies" as
"pure ogies", "greens and beans" as "greens n beans", "birch beer" as "burch beer". "A stuffed
white", "a half tray", "a hoagie", "a dozen wings", "a salad", "a can of soda" and "pepperoni
tray" alone are a question (red and white trays both come with pepperoni). A calzone, a
stromboli, a stuffed white with eggplant, boneless wings, a chicken parm hoagie, a veggie hoagie
and a white clam pizza are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Old Forge Pizzeria"

_RED = {"Cut": 1.75, "Half Tray": 10.0, "Tray": 19.0}
_RED_TOPPED = {"Cut": 2.25, "Half Tray": 13.0, "Tray": 24.0}
_WHITE = {"Cut": 2.25, "Half Tray": 13.0, "Tray": 25.0}
_STUFFED = {"Cut": 2.75, "Half Tray": 16.0, "Tray": 30.0}
_WINGS = {"6 Pc": 8.5, "12 Pc": 15.5, "24 Pc": 29.0}
_HOAGIE = {"Half": 7.0, "Whole": 12.0}
_SODA = {"Can": 1.5, "2 Liter": 3.75}

CATEGORIES: dict[str, list[Item]] = {
    "Red Trays": [
        ("Red Pizza", _RED, ("tray crust", "sweet onion tomato sauce", "american cheese blend")),
        ("Red Pizza with Pepperoni", _RED_TOPPED, ("red pizza", "pepperoni")),
        ("Red Pizza with Sausage", _RED_TOPPED, ("red pizza", "italian sausage")),
        ("Red Pizza with Mushrooms", _RED_TOPPED, ("red pizza", "mushrooms")),
        ("Red Pizza with Hot Peppers", _RED_TOPPED, ("red pizza", "hot cherry peppers")),
        ("Red Pizza with Extra Onions", _RED_TOPPED, ("red pizza", "sweet onions")),
    ],
    "White Trays": [
        ("White Pizza", _WHITE, ("double crust", "american cheese blend", "onion", "garlic",
                                 "olive oil", "black pepper")),
        ("White Pizza with Pepperoni", _STUFFED, ("double crust", "cheese", "pepperoni")),
        ("Stuffed White with Broccoli", _STUFFED, ("double crust", "cheese", "broccoli", "garlic")),
        ("Stuffed White with Spinach", _STUFFED, ("double crust", "cheese", "spinach", "garlic")),
        ("Stuffed White with Chicken", _STUFFED, ("double crust", "cheese", "grilled chicken",
                                                  "onion")),
        ("Stuffed White with Ham and Cheese", _STUFFED, ("double crust", "cheese", "ham")),
        ("Buffalo Chicken White", _STUFFED, ("double crust", "cheese", "buffalo chicken",
                                             "blue cheese")),
    ],
    "Wings": [
        ("Hot Wings", _WINGS, ("wings", "hot sauce")),
        ("Mild Wings", _WINGS, ("wings", "mild sauce")),
        ("BBQ Wings", _WINGS, ("wings", "barbecue sauce")),
        ("Garlic Parmesan Wings", _WINGS, ("wings", "garlic butter", "parmesan")),
        ("Honey Hot Wings", _WINGS, ("wings", "honey", "hot sauce")),
        ("Plain Wings", _WINGS, ("wings",)),
    ],
    "Appetizers & Sides": [
        ("French Fries", 4.0),
        ("Cheese Fries", 5.5, ("fries", "cheese sauce")),
        ("Mozzarella Sticks", 7.0, ("mozzarella", "marinara")),
        ("Garlic Bread", 4.0),
        ("Fried Pierogies", 7.5, ("potato and cheese pierogies", "butter", "onions")),
        ("Greens and Beans", 8.0, ("escarole", "cannellini beans", "garlic", "olive oil")),
        ("Onion Rings", 5.0),
        ("Fried Zucchini", 6.5, ("zucchini sticks", "marinara")),
    ],
    "Hoagies": [
        ("Italian Hoagie", _HOAGIE, ("ham", "salami", "capicola", "provolone", "lettuce", "tomato",
                                     "onion", "oil")),
        ("Ham and Cheese Hoagie", _HOAGIE, ("ham", "american cheese", "lettuce", "tomato")),
        ("Turkey Hoagie", _HOAGIE, ("turkey", "american cheese", "lettuce", "tomato")),
        ("Cheesesteak Hoagie", _HOAGIE, ("steak", "american cheese", "fried onions")),
        ("Chicken Cutlet Hoagie", _HOAGIE, ("breaded chicken cutlet", "lettuce", "tomato",
                                            "provolone")),
        ("Meatball Hoagie", _HOAGIE, ("meatballs", "red sauce", "mozzarella")),
        ("Sausage and Peppers Hoagie", _HOAGIE, ("italian sausage", "peppers", "onions")),
        ("Tuna Hoagie", _HOAGIE, ("tuna salad", "lettuce", "tomato")),
    ],
    "Salads": [
        ("Garden Salad", 6.0, ("lettuce", "tomato", "cucumber", "onion")),
        ("Antipasto Salad", 10.0, ("lettuce", "ham", "salami", "provolone", "olives", "peppers")),
        ("Chef Salad", 9.5, ("lettuce", "ham", "turkey", "egg", "american cheese")),
    ],
    "Drinks & Desserts": [
        ("Pepsi", _SODA),
        ("Diet Pepsi", _SODA),
        ("Birch Beer", _SODA),
        ("Iced Tea", _SODA),
        ("Cannoli", 3.5, ("ricotta filling", "chocolate chips")),
        ("Cheesecake", 4.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # red trays
    ("a tray of red", "Red Pizza", "tray"),
    ("a full tray of red pizza", "Red Pizza", "tray"),
    ("two cuts of red", "Red Pizza", "cut", 2),
    ("half tray red", "Red Pizza", "half tray"),
    ("a half tray of red with pepperoni", "Red Pizza with Pepperoni", "half tray"),
    ("red tray with sausage", "Red Pizza with Sausage", "tray"),
    ("a tray of red with mushrooms", "Red Pizza with Mushrooms", "tray"),
    ("half tray red with hot peppers", "Red Pizza with Hot Peppers", "half tray"),
    ("red with extra onion half tray", "Red Pizza with Extra Onions", "half tray"),
    ("an old ford red tray", "Red Pizza", "tray"),
    # white trays
    ("a tray of white", "White Pizza", "tray"),
    ("three cuts of white pizza", "White Pizza", "cut", 3),
    ("white with pepperoni half tray", "White Pizza with Pepperoni", "half tray"),
    ("a stuffed white with broccoli", "Stuffed White with Broccoli"),
    ("broccoli white tray", "Stuffed White with Broccoli", "tray"),
    ("stuffed white spinach half tray", "Stuffed White with Spinach", "half tray"),
    ("a chicken stuffed white", "Stuffed White with Chicken"),
    ("ham and cheese white", "Stuffed White with Ham and Cheese"),
    ("buffalo chicken white pizza full tray", "Buffalo Chicken White", "tray"),
    ("a stuffed white", ASK),
    ("a pepperoni tray", ASK),
    ("a half tray", ASK),
    # wings
    ("a dozen hot wings", "Hot Wings", "12 pc"),
    ("six mild wings", "Mild Wings", "6 pc"),
    ("twenty four barbecue wings", "BBQ Wings", "24 pc"),
    ("garlic parm wings twelve", "Garlic Parmesan Wings", "12 pc"),
    ("honey hot wings six piece", "Honey Hot Wings", "6 pc"),
    ("a dozen wings", ASK),
    # appetizers and sides
    ("fries", "French Fries"),
    ("cheese fries", "Cheese Fries"),
    ("mozzarella sticks", "Mozzarella Sticks"),
    ("an order of pure ogies", "Fried Pierogies"),
    ("two orders of pierogies", "Fried Pierogies", None, 2),
    ("greens n beans", "Greens and Beans"),
    ("escarole and beans", "Greens and Beans"),
    ("garlic bread", "Garlic Bread"),
    ("fried zucchini", "Fried Zucchini"),
    # hoagies
    ("an italian hoagie whole", "Italian Hoagie", "whole"),
    ("half an italian hoagy", "Italian Hoagie", "half"),
    ("a whole cheesesteak hoagie", "Cheesesteak Hoagie", "whole"),
    ("chicken cutlet ho gee", "Chicken Cutlet Hoagie"),
    ("two meatball hoagies", "Meatball Hoagie", None, 2),
    ("sausage and peppers sandwich", "Sausage and Peppers Hoagie"),
    ("a hoagie", ASK),
    # salads, drinks, desserts
    ("antipasto", "Antipasto Salad"),
    ("a salad", ASK),
    ("a two liter pepsi", "Pepsi", "2 liter"),
    ("can of diet pepsi", "Diet Pepsi", "can"),
    ("two liter of burch beer", "Birch Beer", "2 liter"),
    ("a can of soda", ASK),
    ("two cannolis", "Cannoli", None, 2),
    # not on the menu
    ("a veggie hoagie", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("a stromboli", UNKNOWN),
    ("stuffed white with eggplant", UNKNOWN),
    ("boneless wings", UNKNOWN),
    ("a chicken parm hoagie", UNKNOWN),
    ("white clam pizza", UNKNOWN),
]
