"""A New Jersey bar-pie tavern pizzeria (the pattern of the old Essex, Union and Hudson County
taverns whose kitchens turn out thin cracker-crust bar pies at the bar and for take-out): one size
of bar pie, 10 inch, named "... Pie" (Plain, Pepperoni, Sausage, Sausage and Peppers, Hot Oil,
Vodka, White Clam and Red Clam, the Pie with the Works), two square pies and the salads in
Personal or Large, wings by count (6 or 12), disco fries, the Newark Italian hot dog single or
double, heroes, and draft beer by the pint or pitcher. Callers say "a plain pie" or "a cheese
pie", "the works", "mozz sticks", "taylor ham" for pork roll, "fries with gravy and mozzarella"
for disco fries, "a double italian dog", "twelve buffalo wings", "a pitcher of yuengling"; speech
recognition writes "margarita pie" and "broccoli rob". "Clam pie", "sausage and peppers" (pie or
hero), "a pitcher of beer", "12 wings", "a large square pie", "a large salad" and "a parm hero"
alone are questions; a calzone, a stromboli, penne vodka, honey BBQ wings, clam chowder, sweet
potato fries and a pork roll pie are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Kearny Avenue Tavern"

_SQUARE = {"Personal": 11.0, "Large": 24.0}
_SALAD = {"Personal": 7.0, "Large": 12.0}
_WINGS = {"6 Wings": 9.0, "12 Wings": 16.0}
_DRAFT = {"Pint": 5.0, "Pitcher": 16.0}

CATEGORIES: dict[str, list[Item]] = {
    "Bar Pies (10 inch, thin crust)": [
        ("Plain Pie", 11.0, ("tomato sauce", "mozzarella")),
        ("Pepperoni Pie", 13.0, ("tomato sauce", "mozzarella", "pepperoni")),
        ("Sausage Pie", 13.0, ("tomato sauce", "mozzarella", "sweet sausage")),
        ("Sausage and Peppers Pie", 14.0, ("tomato sauce", "mozzarella", "sweet sausage",
                                           "roasted peppers")),
        ("Mushroom Pie", 13.0, ("tomato sauce", "mozzarella", "mushrooms")),
        ("Meatball Pie", 14.0, ("tomato sauce", "mozzarella", "sliced meatballs")),
        ("Hot Oil Pie", 12.0, ("tomato sauce", "mozzarella", "hot chili oil")),
        ("Vodka Pie", 14.0, ("vodka sauce", "fresh mozzarella", "basil")),
        ("Vodka Pepperoni Pie", 15.0, ("vodka sauce", "fresh mozzarella", "cup pepperoni")),
        ("White Clam Pie", 17.0, ("chopped clams", "garlic", "olive oil", "pecorino", "oregano")),
        ("Red Clam Pie", 17.0, ("chopped clams", "tomato sauce", "garlic", "pecorino")),
        ("Pie with the Works", 17.0, ("tomato sauce", "mozzarella", "pepperoni", "sausage",
                                      "mushrooms", "onions", "peppers")),
        ("White Pie", 13.0, ("ricotta", "mozzarella", "garlic", "olive oil")),
        ("Margherita Pie", 13.0, ("tomato sauce", "fresh mozzarella", "basil")),
        ("Buffalo Chicken Pie", 15.0, ("buffalo chicken", "mozzarella", "blue cheese drizzle")),
        ("Broccoli Rabe and Sausage Pie", 16.0, ("broccoli rabe", "sausage", "garlic",
                                                 "mozzarella")),
    ],
    "Square Pies": [
        ("Grandma Pie", _SQUARE, ("plum tomato", "fresh mozzarella", "garlic", "basil")),
        ("Sicilian Pie", _SQUARE, ("thick crust", "tomato sauce", "mozzarella")),
    ],
    "Appetizers": [
        ("Buffalo Wings", _WINGS, ("wings", "buffalo sauce", "blue cheese", "celery")),
        ("Garlic Parm Wings", _WINGS, ("wings", "garlic", "parmesan")),
        ("Mozzarella Sticks", 9.0, ("mozzarella", "marinara")),
        ("Fried Calamari", 14.0, ("calamari", "marinara", "lemon")),
        ("Chicken Fingers", 11.0, ("chicken tenders", "honey mustard")),
        ("Garlic Knots", 6.0, ("garlic", "parsley", "marinara")),
        ("French Fries", 5.0),
        ("Cheese Fries", 7.0, ("fries", "cheddar sauce")),
        ("Disco Fries", 9.0, ("fries", "brown gravy", "melted mozzarella")),
        ("Onion Rings", 7.0),
    ],
    "Salads": [
        ("House Salad", _SALAD, ("iceberg", "tomato", "cucumber", "red onion")),
        ("Caesar Salad", _SALAD, ("romaine", "croutons", "parmesan", "caesar dressing")),
        ("Antipasto Salad", _SALAD, ("salami", "provolone", "roasted peppers", "olives",
                                     "lettuce")),
    ],
    "Hot Dogs and Heroes": [
        ("Italian Hot Dog", 9.0, ("hot dog", "pizza bread", "fried potatoes", "peppers",
                                  "onions")),
        ("Double Italian Hot Dog", 13.0, ("two hot dogs", "pizza bread", "fried potatoes",
                                          "peppers", "onions")),
        ("Sausage and Peppers Hero", 12.0, ("sausage", "peppers", "onions", "hero roll")),
        ("Chicken Parm Hero", 13.0, ("breaded chicken", "marinara", "mozzarella", "hero roll")),
        ("Meatball Parm Hero", 12.0, ("meatballs", "marinara", "mozzarella", "hero roll")),
        ("Pork Roll Sandwich", 8.0, ("pork roll", "american cheese", "kaiser roll")),
        ("Cheesesteak", 13.0, ("shaved steak", "onions", "american cheese", "hero roll")),
    ],
    "Drinks": [
        ("Bud Light", _DRAFT),
        ("Yuengling Lager", _DRAFT),
        ("Coors Light", _DRAFT),
        ("Coke", 2.5),
        ("Diet Coke", 2.5),
        ("Birch Beer", 2.5),
        ("Iced Tea", 2.5),
    ],
    "Desserts": [
        ("Cannoli", 4.0, ("ricotta cream", "chocolate chips")),
        ("Zeppole", 6.0, ("fried dough", "powdered sugar")),
        ("Tiramisu", 7.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Vodka Pie",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # bar pies
    ("can i get a plain pie", "Plain Pie"),
    ("uh one cheese bar pie", "Plain Pie"),
    ("two pepperoni pies", "Pepperoni Pie", None, 2),
    ("a sausage pie", "Sausage Pie"),
    ("sausage and pepper pie", "Sausage and Peppers Pie"),
    ("mushroom pie", "Mushroom Pie"),
    ("let me get a meatball pie", "Meatball Pie"),
    ("hot oil pie", "Hot Oil Pie"),
    ("the hot oil pizza", "Hot Oil Pie"),
    ("vodka pie", "Vodka Pie"),
    ("let me get the vodka pepperoni", "Vodka Pepperoni Pie"),
    ("white clam pie", "White Clam Pie"),
    ("clam pie with red sauce", "Red Clam Pie"),
    ("a pie with the works", "Pie with the Works"),
    ("uh the works pie", "Pie with the Works"),
    ("a white pie", "White Pie"),
    ("margarita pie", "Margherita Pie"),
    ("broccoli rob and sausage", "Broccoli Rabe and Sausage Pie"),
    ("clam pie", ASK),
    ("sausage and peppers", ASK),
    # square pies
    ("a large grandma pie", "Grandma Pie", "large"),
    ("personal sicilian", "Sicilian Pie", "personal"),
    ("a large square pie", ASK),
    # appetizers
    ("twelve buffalo wings", "Buffalo Wings", "12 wings"),
    ("6 garlic parm wings", "Garlic Parm Wings", "6 wings"),
    ("mozz sticks", "Mozzarella Sticks"),
    ("fried calamari", "Fried Calamari"),
    ("two orders of chicken fingers", "Chicken Fingers", None, 2),
    ("disco fries", "Disco Fries"),
    ("fries with gravy and mozzarella", "Disco Fries"),
    ("cheese fries", "Cheese Fries"),
    ("an order of fries", "French Fries"),
    ("12 wings", ASK),
    # salads
    ("a large caesar salad", "Caesar Salad", "large"),
    ("personal house salad", "House Salad", "personal"),
    ("antipasto", "Antipasto Salad"),
    ("a large salad", ASK),
    # hot dogs and heroes
    ("an italian hot dog", "Italian Hot Dog"),
    ("a double italian dog", "Double Italian Hot Dog"),
    ("three italian hot dogs", "Italian Hot Dog", None, 3),
    ("sausage and peppers hero", "Sausage and Peppers Hero"),
    ("chicken parm sandwich", "Chicken Parm Hero"),
    ("taylor ham sandwich", "Pork Roll Sandwich"),
    ("a cheesesteak", "Cheesesteak"),
    ("a parm hero", ASK),
    # drinks
    ("a pitcher of yuengling", "Yuengling Lager", "pitcher"),
    ("two pints of bud light", "Bud Light", "pint", 2),
    ("coors light pitcher", "Coors Light", "pitcher"),
    ("birch beer", "Birch Beer"),
    ("diet coke", "Diet Coke"),
    ("a pitcher of beer", ASK),
    # desserts
    ("cannoli", "Cannoli"),
    # not on the menu
    ("a calzone", UNKNOWN),
    ("stromboli", UNKNOWN),
    ("penne vodka", UNKNOWN),
    ("honey bbq wings", UNKNOWN),
    ("clam chowder", UNKNOWN),
    ("sweet potato fries", UNKNOWN),
    ("pork roll pie", UNKNOWN),
]
