"""A New York deli and bagel shop menu (the pattern of US deli take-out menus): bagels singly, by
the half dozen or dozen with the kind chosen separately, cream cheese by the half pound or pound,
egg sandwiches named by their fillings ("Bacon Egg and Cheese"), pastrami and corned beef on rye
regular or overstuffed, a Reuben and a Rachel, heroes, soups by cup or bowl, salads by weight,
babka by the slice or loaf, coffee small/medium/large. Callers use counter shorthand ("a b e c",
"a nova", "an italian sub")."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Deli and bagel shop"

CUP_BOWL = {"Cup": 5.0, "Bowl": 7.5}
BY_WEIGHT = {"1/2 lb": 4.0, "1 lb": 7.0}
BABKA = {"Slice": 4.0, "Loaf": 16.0}
COFFEE = {"Small": 2.0, "Medium": 2.5, "Large": 3.0}

CATEGORIES: dict[str, list[Item]] = {
    "Bagels": [
        ("Bagel", {"Single": 1.75, "Half Dozen": 9.0, "Dozen": 16.0},
         ("plain", "everything", "sesame", "poppy", "onion", "cinnamon raisin", "whole wheat")),
        ("Bagel with Butter", 2.75),
        ("Bagel with Cream Cheese", 4.25, ("plain", "scallion", "vegetable", "strawberry cream cheese")),
        ("Bagel with Lox", 13.5, ("nova lox", "plain cream cheese", "tomato", "red onion", "capers")),
        ("Cream Cheese Tub", {"1/2 lb": 6.5, "1 lb": 12.0}, ("plain", "scallion", "vegetable", "lox spread")),
    ],
    "Breakfast Sandwiches": [
        ("Bacon Egg and Cheese", 7.5, ("bacon", "two eggs", "american cheese", "roll or bagel")),
        ("Sausage Egg and Cheese", 7.5, ("sausage patty", "two eggs", "american cheese", "roll or bagel")),
        ("Ham Egg and Cheese", 7.5, ("ham", "two eggs", "american cheese", "roll or bagel")),
        ("Egg and Cheese", 5.5, ("two eggs", "american cheese", "roll or bagel")),
        ("Egg White Spinach Wrap", 8.5, ("egg whites", "spinach", "feta", "whole wheat wrap")),
    ],
    "Deli Sandwiches": [
        ("Hot Pastrami on Rye", {"Regular": 17.0, "Overstuffed": 24.0}, ("pastrami", "mustard", "rye bread")),
        ("Corned Beef on Rye", {"Regular": 16.0, "Overstuffed": 23.0},
         ("corned beef", "mustard", "rye bread")),
        ("Reuben", 17.0, ("corned beef", "sauerkraut", "swiss", "russian dressing", "grilled rye")),
        ("Rachel", 16.0, ("turkey", "coleslaw", "swiss", "russian dressing", "grilled rye")),
        ("Turkey Club", 14.0, ("roast turkey", "bacon", "lettuce", "tomato", "mayo", "toasted white")),
        ("Tuna Salad Sandwich", 11.0, ("tuna salad", "lettuce", "tomato")),
        ("Chicken Salad Sandwich", 11.0, ("chicken salad", "celery", "lettuce")),
        ("Egg Salad Sandwich", 9.0, ("egg salad", "lettuce")),
        ("Roast Beef Sandwich", 14.0, ("roast beef", "horseradish mayo", "cheddar", "onion roll")),
    ],
    "Heroes": [
        ("Italian Combo Hero", 14.0,
         ("ham", "salami", "capicola", "provolone", "lettuce", "tomato", "oil and vinegar")),
        ("Chicken Cutlet Hero", 13.0, ("breaded chicken cutlet", "fresh mozzarella", "roasted peppers")),
    ],
    "Soups": [
        ("Matzo Ball Soup", CUP_BOWL, ("chicken broth", "matzo ball", "carrot", "dill")),
        ("Chicken Noodle Soup", CUP_BOWL, ("chicken", "egg noodles", "carrot")),
        ("Split Pea Soup", CUP_BOWL, ("split peas", "ham", "carrot")),
    ],
    "Sides": [
        ("Potato Knish", 4.5),
        ("Potato Latkes", 7.0, ("three latkes", "applesauce", "sour cream")),
        ("Potato Salad", BY_WEIGHT),
        ("Coleslaw", BY_WEIGHT),
        ("Half Sour Pickle", 1.5),
        ("Chips", 1.75),
    ],
    "Bakery": [
        ("Black and White Cookie", 3.5),
        ("Chocolate Babka", BABKA),
        ("Cinnamon Babka", BABKA),
        ("Rugelach", 3.0, ("raspberry", "chocolate", "walnut")),
    ],
    "Drinks": [
        ("Coffee", COFFEE),
        ("Iced Coffee", {"Small": 3.0, "Medium": 3.75, "Large": 4.5}),
        ("Hot Tea", 2.0),
        ("Fresh Orange Juice", {"Small": 4.0, "Large": 6.5}),
        ("Dr. Brown's Cream Soda", 2.5),
        ("Dr. Brown's Cel-Ray", 2.5),
        ("Snapple", 2.75, ("peach tea", "lemon tea", "diet peach tea")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # bagels
    ("a bagel", "Bagel"),
    ("an everything bagel", "Bagel"),
    ("a dozen bagels", "Bagel", "dozen"),
    ("half a dozen bagels", "Bagel", "half dozen"),
    ("two sesame bagels", "Bagel", None, 2),
    ("everything with cream cheese", "Bagel with Cream Cheese"),
    ("a bagel with scallion cream cheese", "Bagel with Cream Cheese"),
    ("a toasted bagel with butter", "Bagel with Butter"),
    ("bagel and lox", "Bagel with Lox"),
    ("a nova on an everything", "Bagel with Lox"),
    ("a pound of scallion cream cheese", "Cream Cheese Tub", "1 lb"),
    ("half pound of veggie cream cheese", "Cream Cheese Tub", "1/2 lb"),
    # breakfast
    ("a bacon egg and cheese", "Bacon Egg and Cheese"),
    ("b e c on a roll", "Bacon Egg and Cheese"),
    ("two sausage egg and cheese on a bagel", "Sausage Egg and Cheese", None, 2),
    ("a ham and egg", "Ham Egg and Cheese"),
    ("an egg and cheese", "Egg and Cheese"),
    ("an egg sandwich", ASK),  # egg and cheese, the other egg sandwiches, egg salad
    ("the egg white wrap", "Egg White Spinach Wrap"),
    # deli sandwiches
    ("hot pastrami", "Hot Pastrami on Rye"),
    ("an overstuffed pastrami", "Hot Pastrami on Rye", "overstuffed"),
    ("a regular corned beef on rye", "Corned Beef on Rye", "regular"),
    ("corned beef", ASK),  # on rye or the reuben
    ("a reuben", "Reuben"),
    ("a rachel", "Rachel"),
    ("a turkey reuben", "Rachel"),  # turkey, swiss, russian dressing, grilled rye
    ("turkey club", "Turkey Club"),
    ("a turkey sandwich", ASK),  # the club or the rachel
    ("tuna on rye", "Tuna Salad Sandwich"),
    ("a tuna sandwich", "Tuna Salad Sandwich"),
    ("chicken salad", "Chicken Salad Sandwich"),
    ("egg salad", "Egg Salad Sandwich"),
    ("roast beef", "Roast Beef Sandwich"),
    ("an italian hero", "Italian Combo Hero"),
    ("an italian sub", "Italian Combo Hero"),
    ("a chicken cutlet", "Chicken Cutlet Hero"),
    ("a hero", ASK),
    # soups, sides, bakery
    ("a bowl of matzo ball soup", "Matzo Ball Soup", "bowl"),
    ("cup of matza ball", "Matzo Ball Soup", "cup"),
    ("a bowl of soup", ASK),
    ("split pea", "Split Pea Soup"),
    ("a knish", "Potato Knish"),
    ("potato pancakes", "Potato Latkes"),
    ("a pound of potato salad", "Potato Salad", "1 lb"),
    ("half pound coleslaw", "Coleslaw", "1/2 lb"),
    ("a pickle", "Half Sour Pickle"),
    ("two black and whites", "Black and White Cookie", None, 2),
    ("babka", ASK),
    ("a loaf of chocolate babka", "Chocolate Babka", "loaf"),
    # drinks
    ("large coffee", "Coffee", "large"),
    ("two medium iced coffees", "Iced Coffee", "medium", 2),
    ("small fresh oj", "Fresh Orange Juice", "small"),
    ("a cel ray", "Dr. Brown's Cel-Ray"),
    ("a cream soda", "Dr. Brown's Cream Soda"),
    ("a doctor browns", ASK),
    # not on the menu
    ("whitefish salad", UNKNOWN),
    ("a blt", UNKNOWN),
    ("a croissant", UNKNOWN),
    ("a cappuccino", UNKNOWN),
    ("a meatball hero", UNKNOWN),
]
