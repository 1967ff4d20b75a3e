"""A New Haven apizza house (the pattern of Wooster Street-style take-out menus): coal-fired thin
pies Small, Medium or Large, the "plain" (tomato pie, no mozzarella), "mootz" (mozzarella), the
white clam pie, topping pies, salads, birch beer. Callers say "a large plain", "a medium mootz",
"clam pie" and mishear apizza ("a beets"), mootz ("moots", "mutes"). "A salad", "a soda" or "a
sausage" alone is a question; a deep dish, a Sicilian square, buffalo wings and a calzone are not
on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "New Haven Apizza"

_PIE = {"Small": 14.0, "Medium": 19.0, "Large": 25.0}
_TOP = {"Small": 17.0, "Medium": 23.0, "Large": 30.0}

CATEGORIES: dict[str, list[Item]] = {
    "Apizza": [
        ("Plain Tomato Pie", {"Small": 12.0, "Medium": 16.0, "Large": 21.0},
         ("crushed tomato", "garlic", "oregano", "grated romano", "no mozzarella")),
        ("Mootz Pie", _PIE, ("tomato", "mozzarella")),
        ("White Clam Pie", {"Small": 21.0, "Medium": 28.0, "Large": 36.0},
         ("fresh littleneck clams", "garlic", "olive oil", "oregano", "grated romano")),
        ("Clams Casino Pie", {"Small": 24.0, "Medium": 31.0, "Large": 39.0},
         ("fresh clams", "bacon", "roasted peppers", "garlic", "mozzarella")),
        ("Pepperoni Pie", _TOP, ("tomato", "mozzarella", "pepperoni")),
        ("Sausage Pie", _TOP, ("tomato", "mozzarella", "sweet Italian sausage")),
        ("Mushroom & Onion Pie", _TOP, ("tomato", "mozzarella", "mushrooms", "onions")),
        ("Bacon Pie", _TOP, ("tomato", "mozzarella", "bacon")),
        ("Spinach, Mushroom & Garlic White Pie", {"Small": 19.0, "Medium": 25.0, "Large": 32.0},
         ("spinach", "mushrooms", "garlic", "mozzarella", "no sauce")),
        ("Potato & Rosemary White Pie", {"Small": 18.0, "Medium": 24.0, "Large": 31.0},
         ("sliced potato", "rosemary", "mozzarella", "olive oil")),
        ("Meatball & Ricotta Pie", {"Small": 20.0, "Medium": 26.0, "Large": 33.0},
         ("tomato", "mozzarella", "meatballs", "ricotta")),
        ("Hot Honey Soppressata Pie", {"Small": 20.0, "Medium": 26.0, "Large": 33.0},
         ("tomato", "mozzarella", "soppressata", "hot honey")),
        ("Eggplant Pie", _TOP, ("tomato", "mozzarella", "fried eggplant")),
        ("Anchovy Tomato Pie", {"Small": 15.0, "Medium": 20.0, "Large": 26.0},
         ("tomato", "anchovies", "garlic", "romano", "no mozzarella")),
    ],
    "Salads": [
        ("House Salad", 9.0, ("greens", "tomato", "cucumber", "red onion", "house vinaigrette")),
        ("Caesar Salad", 10.0, ("romaine", "croutons", "parmesan", "caesar dressing")),
        ("Antipasto Salad", 14.0, ("greens", "salami", "provolone", "olives", "roasted peppers")),
        ("Arugula Salad", 11.0, ("arugula", "lemon", "shaved parmesan", "olive oil")),
    ],
    "Sides": [
        ("Garlic Knots", 6.0, ("six knots", "garlic butter", "parsley")),
        ("Meatballs in Sauce", 9.0, ("three meatballs", "tomato sauce", "romano")),
        ("Sausage & Peppers", 10.0, ("Italian sausage", "peppers", "onions")),
    ],
    "Drinks": [
        ("Foxon Park Birch Beer", 3.5, ("bottle",)),
        ("Foxon Park White Birch Beer", 3.5, ("bottle",)),
        ("Foxon Park Gassosa", 3.5, ("lemon-lime soda", "bottle")),
        ("Coca-Cola", 2.5, ("can",)),
        ("Diet Coke", 2.5, ("can",)),
        ("Bottled Water", 2.0),
    ],
    "Desserts": [
        ("Cannoli", 5.0, ("ricotta", "chocolate chips")),
        ("Spumoni", 5.5, ("cherry", "pistachio", "chocolate")),
    ],
}

SPECIALS: tuple[str, ...] = ("Clams Casino Pie", "Hot Honey Soppressata Pie")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # plain and mootz
    ("a large plain", "Plain Tomato Pie", "large"),
    ("small tomato pie", "Plain Tomato Pie", "small"),
    ("a plain pie with no cheese medium", "Plain Tomato Pie", "medium"),
    ("large mootz", "Mootz Pie", "large"),
    ("a medium moots", "Mootz Pie", "medium"),
    ("uh a large mutes pie", "Mootz Pie", "large"),
    ("a mozzarella pie", "Mootz Pie"),
    ("two large mozzarella apizzas", "Mootz Pie", "large", 2),
    ("a cheese pizza small", "Mootz Pie", "small"),
    # clam
    ("white clam pie", "White Clam Pie"),
    ("a large clam pie", "White Clam Pie", "large"),
    ("medium white clam a beets", "White Clam Pie", "medium"),
    ("clams casino", "Clams Casino Pie"),
    ("a small clam casino pizza", "Clams Casino Pie", "small"),
    ("clam and bacon pie", "Clams Casino Pie"),
    # topping pies
    ("a large pepperoni", "Pepperoni Pie", "large"),
    ("two medium pepperoni pies", "Pepperoni Pie", "medium", 2),
    ("sausage pie small", "Sausage Pie", "small"),
    ("mushroom and onion", "Mushroom & Onion Pie"),
    ("a large bacon pie", "Bacon Pie", "large"),
    ("spinach mushroom and garlic", "Spinach, Mushroom & Garlic White Pie"),
    ("the spinach white pie medium", "Spinach, Mushroom & Garlic White Pie", "medium"),
    ("potato pie", "Potato & Rosemary White Pie"),
    ("potato rosemary large", "Potato & Rosemary White Pie", "large"),
    ("meatball ricotta", "Meatball & Ricotta Pie"),
    ("hot honey pie", "Hot Honey Soppressata Pie"),
    ("a small soppressata", "Hot Honey Soppressata Pie", "small"),
    ("eggplant pie", "Eggplant Pie"),
    ("anchovy pie", "Anchovy Tomato Pie"),
    ("a white pie", ASK),
    ("a large pie", ASK),
    ("sausage", ASK),
    ("a pie with mushrooms", ASK),
    # salads and sides
    ("house salad", "House Salad"),
    ("a caesar", "Caesar Salad"),
    ("antipasto", "Antipasto Salad"),
    ("arugula salad", "Arugula Salad"),
    ("a salad", ASK),
    ("garlic knots", "Garlic Knots"),
    ("two orders of garlic knots", "Garlic Knots", None, 2),
    ("meatballs", "Meatballs in Sauce"),
    ("sausage and peppers", "Sausage & Peppers"),
    # drinks and desserts
    ("birch beer", "Foxon Park Birch Beer"),
    ("a white birch beer", "Foxon Park White Birch Beer"),
    ("two birch beers", "Foxon Park Birch Beer", None, 2),
    ("gassosa", "Foxon Park Gassosa"),
    ("a coke", "Coca-Cola"),
    ("diet coke", "Diet Coke"),
    ("a water", "Bottled Water"),
    ("a soda", ASK),
    ("three cannolis", "Cannoli", None, 3),
    ("spumoni", "Spumoni"),
    # not on the menu
    ("a sicilian square pie", UNKNOWN),
    ("deep dish", UNKNOWN),
    ("buffalo wings", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("shrimp pie", UNKNOWN),
    ("a chicken parm grinder", UNKNOWN),
]
