"""A Trenton tomato-pie pizzeria (the pattern of the tomato-pie houses of Trenton, Hamilton and
Robbinsville, New Jersey, and their Jersey Shore offshoots): a thin round tomato pie with the
cheese laid on the bottom and crushed tomato spooned on top, plain or with one topping, Small or
Large, "half and half" with a topping on each half, the mustard pie, a white pie and a clam pie,
strombolis, wings by 6, 12 or 24 pieces, pork roll and parm sandwiches, and fountain sodas Small
or Large (birch beer, as South Jersey pours it). Callers say "pie" and "pizza" for the same
thing, "a large plain", "a small sausage", "half pepperoni half mushroom", "a tomato pie with
clams" for the clam pie, "taylor ham" for pork roll, and speech recognition writes "tomato pye",
"stromboly", "a large pepper oh nee pie". "A stromboli", "a pie with peppers", "a dozen wings", "a parm
sandwich", "a salad" and "a large soda" alone are questions; a Sicilian pie, a grandma pie, a
calzone, a buffalo chicken pie, boneless wings, garlic bread, zeppole and root beer are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Trenton Tomato Pies"

_PIE = {"Small": 13.0, "Large": 19.0}
_TOPPED = {"Small": 15.5, "Large": 22.0}
_WINGS = {"6 Pieces": 9.0, "12 Pieces": 16.0, "24 Pieces": 29.0}
_SODA = {"Small": 2.5, "Large": 3.5}

CATEGORIES: dict[str, list[Item]] = {
    "Tomato Pies": [
        ("Plain Tomato Pie", _PIE, ("mozzarella", "crushed tomato on top", "olive oil")),
        ("Tomato Pie with Sausage", _TOPPED, ("mozzarella", "crushed tomato", "sweet sausage")),
        ("Tomato Pie with Pepperoni", _TOPPED, ("mozzarella", "crushed tomato", "pepperoni")),
        ("Tomato Pie with Mushrooms", _TOPPED, ("mozzarella", "crushed tomato", "fresh mushrooms")),
        ("Tomato Pie with Onions", _TOPPED, ("mozzarella", "crushed tomato", "onions")),
        ("Tomato Pie with Peppers and Onions", _TOPPED, ("mozzarella", "crushed tomato",
                                                          "green peppers", "onions")),
        ("Tomato Pie with Anchovies", _TOPPED, ("mozzarella", "crushed tomato", "anchovies")),
        ("Tomato Pie with Meatball", _TOPPED, ("mozzarella", "crushed tomato", "sliced meatball")),
        ("Tomato Pie with Hot Cherry Peppers", _TOPPED, ("mozzarella", "crushed tomato",
                                                          "hot cherry peppers")),
        ("Tomato Pie with Extra Cheese", _TOPPED, ("double mozzarella", "crushed tomato")),
        ("Half and Half Tomato Pie", {"Small": 16.5, "Large": 23.5}, ("one topping on each half",)),
        ("Mustard Pie", _TOPPED, ("spicy brown mustard", "mozzarella", "crushed tomato")),
        ("The Works Tomato Pie", {"Small": 19.0, "Large": 27.0}, ("sausage", "pepperoni",
                                                                  "mushrooms", "peppers", "onions")),
    ],
    "White and Clam Pies": [
        ("White Pie", {"Small": 15.0, "Large": 21.0}, ("ricotta", "mozzarella", "garlic",
                                                       "olive oil")),
        ("Clam Pie", {"Small": 18.0, "Large": 26.0}, ("chopped clams", "garlic", "oregano",
                                                      "pecorino", "olive oil")),
        ("Broccoli Rabe and Sausage White Pie", {"Small": 18.0, "Large": 26.0},
         ("broccoli rabe", "sausage", "garlic", "mozzarella")),
    ],
    "Strombolis": [
        ("Italian Stromboli", 14.0, ("ham", "salami", "capicola", "provolone")),
        ("Pepperoni Stromboli", 13.0, ("pepperoni", "mozzarella")),
        ("Sausage and Pepper Stromboli", 13.5, ("sausage", "peppers", "onions", "mozzarella")),
        ("Cheesesteak Stromboli", 14.5, ("chopped steak", "onions", "american cheese")),
        ("Veggie Stromboli", 13.0, ("spinach", "broccoli", "mushrooms", "mozzarella")),
    ],
    "Wings": [
        ("Buffalo Wings", _WINGS, ("hot sauce", "blue cheese", "celery")),
        ("BBQ Wings", _WINGS, ("barbecue sauce",)),
        ("Garlic Parmesan Wings", _WINGS, ("garlic butter", "parmesan")),
    ],
    "Appetizers and Salads": [
        ("Garlic Knots", 5.0, ("six knots", "garlic butter", "marinara")),
        ("Mozzarella Sticks", 8.0, ("marinara",)),
        ("Fried Calamari", 13.0, ("marinara", "lemon")),
        ("House Salad", 8.0, ("iceberg", "tomato", "cucumber", "red onion")),
        ("Caesar Salad", 9.0, ("romaine", "croutons", "parmesan")),
        ("Antipasto Salad", 13.0, ("ham", "salami", "provolone", "olives", "roasted peppers")),
    ],
    "Sandwiches": [
        ("Pork Roll, Egg and Cheese", 8.0, ("pork roll", "fried egg", "american cheese", "kaiser roll")),
        ("Meatball Parm Sandwich", 11.0, ("meatballs", "marinara", "mozzarella")),
        ("Chicken Parm Sandwich", 12.0, ("breaded chicken cutlet", "marinara", "mozzarella")),
        ("Sausage and Peppers Sandwich", 11.0, ("sausage", "peppers", "onions")),
    ],
    "Desserts": [
        ("Cannoli", 4.0, ("ricotta cream", "chocolate chips")),
        ("Tiramisu", 7.0),
        ("Italian Ice", 4.0, ("lemon or cherry",)),
    ],
    "Drinks": [
        ("Coke", _SODA),
        ("Diet Coke", _SODA),
        ("Sprite", _SODA),
        ("Birch Beer", _SODA),
        ("Iced Tea", _SODA),
        ("Bottled Water", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # tomato pies
    ("a large plain tomato pie", "Plain Tomato Pie", "large"),
    ("small plain pie", "Plain Tomato Pie", "small"),
    ("two large plain tomato pyes", "Plain Tomato Pie", "large", 2),
    ("a large sausage pie", "Tomato Pie with Sausage", "large"),
    ("a large pepperoni pizza", "Tomato Pie with Pepperoni", "large"),
    ("tomato pie with mushrooms", "Tomato Pie with Mushrooms"),
    ("a small onion pie", "Tomato Pie with Onions", "small"),
    ("a large pepper oh nee pie", "Tomato Pie with Pepperoni", "large"),
    ("peppers and onions pie large", "Tomato Pie with Peppers and Onions", "large"),
    ("a small anchovy pie", "Tomato Pie with Anchovies", "small"),
    ("meatball tomato pie large", "Tomato Pie with Meatball", "large"),
    ("a pie with hot cherry peppers", "Tomato Pie with Hot Cherry Peppers"),
    ("large extra cheese", "Tomato Pie with Extra Cheese", "large"),
    ("large half sausage half pepperoni", "Half and Half Tomato Pie", "large"),
    ("a half and half small", "Half and Half Tomato Pie", "small"),
    ("a mustard pie", "Mustard Pie"),
    ("large mustard pizza", "Mustard Pie", "large"),
    ("the works large", "The Works Tomato Pie", "large"),
    ("a tomato pie with everything", "The Works Tomato Pie"),
    ("a large tomato pie with a topping", ASK, "large"),
    ("a large pie with peppers", ASK, "large"),
    # white and clam
    ("a large white pie", "White Pie", "large"),
    ("white pizza small", "White Pie", "small"),
    ("a small clam pie", "Clam Pie", "small"),
    ("large white clam pizza", "Clam Pie", "large"),
    ("broccoli rabe and sausage", "Broccoli Rabe and Sausage White Pie"),
    # strombolis
    ("italian stromboli", "Italian Stromboli"),
    ("a pepperoni stromboly", "Pepperoni Stromboli"),
    ("two sausage and pepper strombolis", "Sausage and Pepper Stromboli", None, 2),
    ("a stromboli", ASK),
    # wings
    ("twelve buffalo wings", "Buffalo Wings", "12 pieces"),
    ("6 hot wings", "Buffalo Wings", "6 pieces"),
    ("24 bbq wings", "BBQ Wings", "24 pieces"),
    ("six barbecue wings", "BBQ Wings", "6 pieces"),
    ("a dozen garlic parm wings", "Garlic Parmesan Wings", "12 pieces"),
    ("a dozen wings", ASK),
    # appetizers, salads, sandwiches, desserts
    ("an order of garlic knots", "Garlic Knots"),
    ("mozz sticks", "Mozzarella Sticks"),
    ("antipasto", "Antipasto Salad"),
    ("a salad", ASK),
    ("pork roll egg and cheese", "Pork Roll, Egg and Cheese"),
    ("a taylor ham egg and cheese", "Pork Roll, Egg and Cheese"),
    ("meatball parm", "Meatball Parm Sandwich"),
    ("chicken parm sandwich", "Chicken Parm Sandwich"),
    ("a parm sandwich", ASK),
    ("two cannolis", "Cannoli", None, 2),
    # drinks
    ("a large coke", "Coke", "large"),
    ("small diet coke", "Diet Coke", "small"),
    ("two large birch beers", "Birch Beer", "large", 2),
    ("a large soda", ASK, "large"),
    # not on the menu
    ("a large sicilian pie", UNKNOWN),
    ("grandma pie", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("buffalo chicken pizza", UNKNOWN),
    ("boneless wings", UNKNOWN),
    ("garlic bread", UNKNOWN),
    ("zeppole", UNKNOWN),
    ("a root beer", UNKNOWN),
]
