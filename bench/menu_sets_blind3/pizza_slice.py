"""A New York pizza-by-the-slice shop (the pattern of NYC corner pizzerias' take-out menus): round
pies sold by the slice or whole in medium (14") or large (18"), square grandma and Sicilian pies
by the slice or the tray, rolls and a calzone, heroes, wings and knots sold by the piece count.
"A slice" names no pizza; "a square slice" is grandma or Sicilian; "plain" and "regular" slices
are cheese."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "NY pizza by the slice"

ROUND = {"Slice": 3.25, "Medium": 17.0, "Large": 20.0}
SPECIALTY = {"Slice": 4.25, "Medium": 21.0, "Large": 25.0}
SQUARE = {"Slice": 3.75, "Tray": 24.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("Cheese Pizza", ROUND, ("tomato sauce", "mozzarella")),
        ("Pepperoni Pizza", ROUND, ("tomato sauce", "mozzarella", "pepperoni")),
        ("Sausage Pizza", ROUND, ("tomato sauce", "mozzarella", "italian sausage")),
        ("Margherita Pizza", SPECIALTY, ("fresh mozzarella", "basil", "tomato sauce")),
        ("White Pizza", SPECIALTY, ("ricotta", "mozzarella", "garlic")),
        ("Vodka Pizza", SPECIALTY, ("vodka sauce", "fresh mozzarella")),
        ("Buffalo Chicken Pizza", SPECIALTY, ("buffalo chicken", "blue cheese", "mozzarella")),
        ("Meat Lovers Pizza", SPECIALTY, ("pepperoni", "sausage", "meatball", "bacon")),
        ("Veggie Pizza", SPECIALTY, ("mushrooms", "peppers", "onions", "olives", "broccoli")),
        ("Hawaiian Pizza", SPECIALTY, ("ham", "pineapple", "mozzarella")),
    ],
    "Square Pies": [
        ("Grandma Pizza", SQUARE, ("thin square crust", "plum tomato", "fresh mozzarella", "garlic")),
        ("Sicilian Pizza", SQUARE, ("thick square crust", "tomato sauce", "mozzarella")),
    ],
    "Calzones & Rolls": [
        ("Cheese Calzone", 9.0, ("ricotta", "mozzarella")),
        ("Pepperoni Roll", 5.0, ("pepperoni", "mozzarella")),
        ("Sausage Roll", 5.0, ("sausage", "peppers", "mozzarella")),
        ("Spinach Roll", 5.0, ("spinach", "garlic", "mozzarella")),
        ("Garlic Knots", {"6 pc": 4.0, "12 pc": 7.0}, ("garlic", "parmesan")),
    ],
    "Heroes": [
        ("Chicken Parm Hero", 11.0, ("breaded chicken", "marinara", "mozzarella")),
        ("Meatball Parm Hero", 10.5, ("meatballs", "marinara", "mozzarella")),
        ("Eggplant Parm Hero", 10.0, ("breaded eggplant", "marinara", "mozzarella")),
        ("Sausage and Peppers Hero", 10.5, ("sausage", "peppers", "onions")),
    ],
    "Sides": [
        ("Mozzarella Sticks", 7.0),
        ("Buffalo Wings", {"6 pc": 8.0, "12 pc": 15.0}, ("blue cheese", "celery")),
        ("Garlic Bread", 4.5),
        ("Caesar Salad", 8.0, ("romaine", "croutons", "parmesan")),
        ("Garden Salad", 7.0, ("lettuce", "tomato", "cucumber")),
    ],
    "Drinks": [
        ("Can Soda", 1.5, ("coke", "diet coke", "sprite", "ginger ale")),
        ("2 Liter Soda", 3.5, ("coke", "diet coke", "sprite")),
        ("Bottled Water", 1.5),
    ],
    "Desserts": [
        ("Cannoli", 3.5),
        ("Zeppole", 5.0, ("fried dough", "powdered sugar")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # round pies and slices
    ("two slices of cheese", "Cheese Pizza", "slice", 2),
    ("a plain slice", "Cheese Pizza", "slice"),
    ("one regular slice", "Cheese Pizza", "slice"),
    ("two large cheese pizzas", "Cheese Pizza", "large", 2),
    ("a large pepperoni pie", "Pepperoni Pizza", "large"),
    ("large pepperoni", "Pepperoni Pizza", "large"),
    ("three slices of pepperoni", "Pepperoni Pizza", "slice", 3),
    ("a medium sausage pizza", "Sausage Pizza", "medium"),
    ("a margarita pizza large", "Margherita Pizza", "large"),
    ("a white slice", "White Pizza", "slice"),
    ("a vodka slice", "Vodka Pizza", "slice"),
    ("buffalo chicken slice", "Buffalo Chicken Pizza", "slice"),
    ("large meat lovers", "Meat Lovers Pizza", "large"),
    ("a meat lover's pie medium", "Meat Lovers Pizza", "medium"),
    ("a veggie slice", "Veggie Pizza", "slice"),
    ("a vegetable pizza", "Veggie Pizza"),
    ("hawaiian large", "Hawaiian Pizza", "large"),
    ("a slice", ASK),
    ("a large pie", ASK),
    ("buffalo", ASK),  # the pizza or the wings
    # square pies
    ("a grandma slice", "Grandma Pizza", "slice"),
    ("a grandma pie", "Grandma Pizza", "tray"),
    ("sicilian slice", "Sicilian Pizza", "slice"),
    ("a whole sicilian tray", "Sicilian Pizza", "tray"),
    ("a square slice", ASK),  # grandma or sicilian
    # calzones and rolls
    ("a cheese calzone", "Cheese Calzone"),
    ("a calzone", "Cheese Calzone"),
    ("pepperoni roll", "Pepperoni Roll"),
    ("two spinach rolls", "Spinach Roll", None, 2),
    ("a roll", ASK),
    ("garlic knots", "Garlic Knots"),
    ("a dozen garlic knots", "Garlic Knots", "12 pc"),
    ("six garlic knots", "Garlic Knots", "6 pc"),
    # heroes
    ("chicken parm hero", "Chicken Parm Hero"),
    ("chicken parmesan sub", "Chicken Parm Hero"),
    ("a meatball hero", "Meatball Parm Hero"),
    ("eggplant parmigiana", "Eggplant Parm Hero"),
    ("sausage and peppers", "Sausage and Peppers Hero"),
    ("a parm hero", ASK),
    ("sausage", ASK),  # pizza, roll or hero
    # sides, drinks, desserts
    ("mozz sticks", "Mozzarella Sticks"),
    ("twelve wings", "Buffalo Wings", "12 pc"),
    ("an order of wings", "Buffalo Wings"),
    ("garlic bread", "Garlic Bread"),
    ("a caesar salad", "Caesar Salad"),
    ("a salad", ASK),
    ("two cans of coke", "Can Soda", None, 2),
    ("a two liter sprite", "2 Liter Soda"),
    ("a bottle of water", "Bottled Water"),
    ("two cannolis", "Cannoli", None, 2),
    ("zeppoles", "Zeppole"),
    # not on the menu
    ("a stromboli", UNKNOWN),
    ("baked ziti", UNKNOWN),
    ("a chicken roll", UNKNOWN),
    ("chicken caesar wrap", UNKNOWN),
    ("a gluten free pizza", UNKNOWN),
    ("penne alla vodka", UNKNOWN),
    ("tiramisu", UNKNOWN),
    ("garlic knot slice", UNKNOWN),
]
