"""A Long Island / New Jersey grandma-pie pizzeria (the pattern of the pizzeria take-out menus of
Nassau and Suffolk counties, Staten Island and north Jersey): square grandma and Sicilian pies
sold by the Slice or the Whole Tray (the grandma thin and crisp from an oiled pan with plum tomato,
fresh mozzarella, garlic and basil; the Sicilian thick and spongy; the upside-down with the cheese
under the sauce), a few round pies by the Slice or the Large Pie, rolls (sausage, pepperoni,
spinach, eggplant and buffalo chicken rolled in pizza dough), a calzone, hot and cold heroes,
garlic knots by 6 or 12 pieces, wings by 10 or 20 pieces, rice balls, disco fries, a few baked
pastas, salads, cannoli and zeppole, soda by the can or the 2 liter. Callers say "a grandma
slice", "a whole grandma", "a tray of the vodka", "a plain slice", "upside down", "a chicken
parmigiana sub", "mozz sticks", "arancini", and speech recognition writes "grand ma", "nona's", "sicillian",
"cal zone", "zepolli". "A slice", "a whole tray", "a roll", "a parm hero", "a chicken hero",
"sausage and peppers" (a grandma pie and a hero), "a salad" and "a soda" alone are questions;
lasagna, a chicken francese hero, eggplant rollatini, garlic bread, a clam pie, stuffed shells and
tiramisu are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Grandma Pie Pizzeria"

CATEGORIES: dict[str, list[Item]] = {
    "Grandma & Sicilian Squares": [
        ("Grandma Pie", {"Slice": 3.75, "Whole Tray": 26.0},
         ("thin square crust", "plum tomato", "fresh mozzarella", "garlic", "basil", "olive oil")),
        ("Vodka Grandma", {"Slice": 4.25, "Whole Tray": 29.0},
         ("thin square crust", "vodka sauce", "fresh mozzarella", "basil")),
        ("Pesto Grandma", {"Slice": 4.25, "Whole Tray": 29.0},
         ("thin square crust", "basil pesto", "fresh mozzarella", "plum tomato")),
        ("Pepperoni Grandma", {"Slice": 4.25, "Whole Tray": 29.0},
         ("thin square crust", "cup and char pepperoni", "plum tomato", "fresh mozzarella",
          "hot honey")),
        ("Sausage & Peppers Grandma", {"Slice": 4.5, "Whole Tray": 31.0},
         ("thin square crust", "italian sausage", "roasted peppers", "onions", "plum tomato",
          "fresh mozzarella")),
        ("White Grandma", {"Slice": 4.25, "Whole Tray": 29.0},
         ("thin square crust", "ricotta", "fresh mozzarella", "garlic", "olive oil")),
        ("Nonna's Marinara Square", {"Slice": 3.5, "Whole Tray": 24.0},
         ("thin square crust", "marinara", "garlic", "oregano", "pecorino", "no mozzarella")),
        ("Sicilian Pie", {"Slice": 3.5, "Whole Tray": 24.0},
         ("thick square crust", "tomato sauce", "mozzarella")),
        ("Upside Down Sicilian", {"Slice": 3.75, "Whole Tray": 26.0},
         ("thick square crust", "mozzarella under the sauce", "crushed tomato", "pecorino")),
        ("Buffalo Chicken Sicilian", {"Slice": 4.5, "Whole Tray": 31.0},
         ("thick square crust", "buffalo fried chicken", "mozzarella", "blue cheese drizzle")),
    ],
    "Round Pies": [
        ("Cheese Pie", {"Slice": 3.0, "Large Pie": 20.0}, ("tomato sauce", "mozzarella")),
        ("Pepperoni Pie", {"Slice": 3.5, "Large Pie": 23.0}, ("tomato sauce", "mozzarella", "pepperoni")),
        ("Chicken Bacon Ranch Pie", {"Slice": 4.25, "Large Pie": 27.0},
         ("grilled chicken", "bacon", "ranch", "mozzarella")),
    ],
    "Rolls & Calzones": [
        ("Sausage Roll", 8.5, ("pizza dough", "italian sausage", "mozzarella")),
        ("Pepperoni Roll", 8.5, ("pizza dough", "pepperoni", "mozzarella")),
        ("Spinach Roll", 8.5, ("pizza dough", "spinach", "garlic", "mozzarella")),
        ("Eggplant Roll", 8.5, ("pizza dough", "fried eggplant", "tomato sauce", "mozzarella")),
        ("Buffalo Chicken Roll", 9.5, ("pizza dough", "buffalo chicken", "mozzarella")),
        ("Calzone", 10.0, ("pizza dough", "ricotta", "mozzarella", "side of marinara")),
    ],
    "Heroes": [
        ("Chicken Parm Hero", 12.5, ("breaded chicken cutlet", "tomato sauce", "mozzarella")),
        ("Meatball Parm Hero", 11.5, ("meatballs", "tomato sauce", "mozzarella")),
        ("Eggplant Parm Hero", 11.0, ("fried eggplant", "tomato sauce", "mozzarella")),
        ("Veal Parm Hero", 14.0, ("breaded veal cutlet", "tomato sauce", "mozzarella")),
        ("Shrimp Parm Hero", 14.0, ("fried shrimp", "tomato sauce", "mozzarella")),
        ("Sausage & Peppers Hero", 11.5, ("italian sausage", "peppers", "onions")),
        ("Chicken Cutlet Hero", 12.0, ("breaded chicken cutlet", "lettuce", "tomato", "fresh mozzarella",
                                       "balsamic")),
        ("Italian Combo Hero", 13.0, ("ham", "genoa salami", "capicola", "provolone", "lettuce",
                                      "tomato", "oil and vinegar")),
    ],
    "Appetizers": [
        ("Garlic Knots", {"6 Pieces": 4.0, "12 Pieces": 7.0}, ("garlic", "olive oil", "parsley",
                                                               "side of marinara")),
        ("Mozzarella Sticks", 8.0, ("breaded mozzarella", "side of marinara")),
        ("Fried Calamari", 13.0, ("calamari", "lemon", "side of marinara")),
        ("Rice Ball", 4.5, ("arborio rice", "ground beef", "peas", "mozzarella", "marinara")),
        ("Buffalo Wings", {"10 Pieces": 13.0, "20 Pieces": 24.0}, ("chicken wings", "buffalo sauce",
                                                                   "blue cheese", "celery")),
        ("French Fries", 5.0),
        ("Disco Fries", 8.0, ("fries", "brown gravy", "melted mozzarella")),
    ],
    "Pasta": [
        ("Penne alla Vodka", 14.0, ("penne", "vodka cream sauce")),
        ("Baked Ziti", 13.0, ("ziti", "ricotta", "mozzarella", "tomato sauce")),
        ("Spaghetti & Meatballs", 14.0, ("spaghetti", "meatballs", "marinara")),
    ],
    "Salads": [
        ("Garden Salad", 8.0, ("iceberg", "tomato", "cucumber", "onion", "carrots")),
        ("Caesar Salad", 9.0, ("romaine", "croutons", "parmesan", "caesar dressing")),
        ("Antipasto Salad", 13.0, ("lettuce", "salami", "ham", "provolone", "roasted peppers",
                                   "olives")),
    ],
    "Desserts": [
        ("Cannoli", 4.0, ("ricotta cream", "chocolate chips")),
        ("Zeppole", 6.0, ("fried dough", "powdered sugar")),
    ],
    "Drinks": [
        ("Can Soda", 1.75),
        ("2 Liter Soda", 3.75),
        ("Snapple", 2.75),
        ("Bottled Water", 1.75),
    ],
}

SPECIALS: tuple[str, ...] = ("Vodka Grandma",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # grandma and sicilian squares
    ("a grandma slice", "Grandma Pie", "slice"),
    ("a whole grandma pie", "Grandma Pie", "whole tray"),
    ("grand ma pie whole tray", "Grandma Pie", "whole tray"),
    ("a slice of the vodka grandma", "Vodka Grandma", "slice"),
    ("whole tray of the vodka sauce grandma", "Vodka Grandma", "whole tray"),
    ("pesto grandma", "Pesto Grandma"),
    ("a pepperoni grandma slice", "Pepperoni Grandma", "slice"),
    ("sausage and peppers grandma tray", "Sausage & Peppers Grandma", "whole tray"),
    ("a white pie", "White Grandma"),
    ("nona's marinara square", "Nonna's Marinara Square"),
    ("a sicillian slice", "Sicilian Pie", "slice"),
    ("upside down slice", "Upside Down Sicilian", "slice"),
    ("two upside-down sicilian trays", "Upside Down Sicilian", "whole tray", 2),
    ("buffalo chicken sicilian", "Buffalo Chicken Sicilian"),
    ("a slice", ASK),
    ("a whole tray", ASK),
    # round pies
    ("a plain slice", "Cheese Pie", "slice"),
    ("three regular slices", "Cheese Pie", "slice", 3),
    ("a large cheese pie", "Cheese Pie", "large pie"),
    ("large pepperoni pizza", "Pepperoni Pie", "large pie"),
    ("chicken bacon ranch slice", "Chicken Bacon Ranch Pie", "slice"),
    # rolls and calzones
    ("a sausage roll", "Sausage Roll"),
    ("two pepperoni rolls", "Pepperoni Roll", None, 2),
    ("egg plant roll", "Eggplant Roll"),
    ("a roll", ASK),
    ("cal zone", "Calzone"),
    # heroes
    ("chicken parm hero", "Chicken Parm Hero"),
    ("a chicken parmigiana sub", "Chicken Parm Hero"),
    ("meatball parm", "Meatball Parm Hero"),
    ("veal parm", "Veal Parm Hero"),
    ("a parm hero", ASK),
    ("chicken cutlet hero with fresh mozz", "Chicken Cutlet Hero"),
    ("a chicken hero", ASK),
    ("italian combo", "Italian Combo Hero"),
    ("sausage and pepper hero", "Sausage & Peppers Hero"),
    ("sausage and peppers", ASK),
    # appetizers
    ("a dozen garlic knots", "Garlic Knots", "12 pieces"),
    ("six knots", "Garlic Knots", "6 pieces"),
    ("mozz sticks", "Mozzarella Sticks"),
    ("two rice balls", "Rice Ball", None, 2),
    ("an arancini", "Rice Ball"),
    ("ten wings", "Buffalo Wings", "10 pieces"),
    ("disco fries", "Disco Fries"),
    ("fries with gravy and mozzarella", "Disco Fries"),
    ("fries", "French Fries"),
    # pasta, salads, desserts, drinks
    ("penne vodka", "Penne alla Vodka"),
    ("caesar salad", "Caesar Salad"),
    ("a salad", ASK),
    ("two cannolis", "Cannoli", None, 2),
    ("zepolli", "Zeppole"),
    ("a two liter of pepsi", "2 Liter Soda"),
    ("a soda", ASK),
    # not on the menu
    ("lasagna", UNKNOWN),
    ("chicken francese hero", UNKNOWN),
    ("eggplant rollatini", UNKNOWN),
    ("garlic bread", UNKNOWN),
    ("a clam pie", UNKNOWN),
    ("stuffed shells", UNKNOWN),
    ("tiramisu", UNKNOWN),
]
