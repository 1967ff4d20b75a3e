"""A St. Louis-style pizzeria (the pattern of St. Louis and metro-east take-out menus): cracker-thin
crust, Provel cheese, square "party cut", pizzas Small, Medium, Large or X-Large, toasted ravioli,
Gerber and hoagie sandwiches, baked pastas, house salad with Provel and sweet vinaigrette, gooey
butter cake, local beer and root beer. Callers say "a large pepperoni", "extra large deluxe",
"t-ravs", "square cut" and mishear Provel ("pro vell", "provo", "provolone"), toasted ravioli
("toasty ravioli"), gooey butter cake ("gooey buttercake", "goo eat butter"). "A pizza", "a
salad", "a beer", "a sandwich", "a soda" or "ravioli" alone is a question; deep dish, calzones, a
slinger, a St. Paul sandwich, frozen custard and pork steak are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "St. Louis-Style Pizzeria"


def _pizza(small: float) -> dict[str, float]:
    return {"Small": small, "Medium": small + 3.5, "Large": small + 6.5, "X-Large": small + 9.5}


CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("Cheese Pizza", _pizza(10.99), ("provel", "tomato sauce", "cracker-thin crust")),
        ("Pepperoni Pizza", _pizza(12.49), ("pepperoni", "provel", "tomato sauce")),
        ("Sausage Pizza", _pizza(12.49), ("italian sausage", "provel", "tomato sauce")),
        ("Deluxe Pizza", _pizza(14.99), ("sausage", "mushroom", "green pepper", "onion", "bacon",
                                         "provel")),
        ("Garden Veggie Pizza", _pizza(13.99), ("mushroom", "green pepper", "onion", "tomato",
                                                "black olive", "provel")),
        ("Hawaiian Pizza", _pizza(13.49), ("ham", "pineapple", "provel")),
        ("BBQ Chicken Pizza", _pizza(14.49), ("grilled chicken", "bbq sauce", "red onion",
                                              "provel")),
        ("Bacon Cheeseburger Pizza", _pizza(14.49), ("ground beef", "bacon", "onion", "pickle",
                                                     "provel")),
        ("The St. Louisan", _pizza(14.99), ("salami", "bacon", "onion", "provel")),
    ],
    "Appetizers": [
        ("Toasted Ravioli", 8.99, ("breaded beef ravioli", "parmesan", "marinara")),
        ("Cheese Toasted Ravioli", 8.99, ("breaded cheese ravioli", "parmesan", "marinara")),
        ("Garlic Cheese Bread", 6.99, ("garlic butter", "provel")),
        ("Breadsticks", 4.99, ("garlic butter", "marinara")),
        ("Wings", {"6 Piece": 8.99, "12 Piece": 15.99}, ("buffalo or bbq", "ranch or blue cheese")),
        ("Fried Mushrooms", 7.49, ("breaded mushrooms", "ranch")),
    ],
    "Salads": [
        ("House Salad", {"Small": 4.99, "Large": 8.99}, ("iceberg", "romaine", "provel",
                                                         "red onion", "pimento", "artichoke",
                                                         "sweet vinaigrette")),
        ("Caesar Salad", {"Small": 5.49, "Large": 9.49}, ("romaine", "parmesan", "croutons",
                                                          "caesar dressing")),
        ("Antipasto Salad", 10.99, ("salami", "ham", "provel", "pepperoncini", "olive")),
        ("Chef Salad", 10.49, ("ham", "turkey", "egg", "provel", "tomato")),
    ],
    "Sandwiches": [
        ("Gerber Sandwich", 9.99, ("open-faced french bread", "ham", "garlic butter", "provel",
                                   "paprika")),
        ("Meatball Sub", 9.99, ("meatballs", "marinara", "provel")),
        ("Italian Hoagie", 10.49, ("salami", "ham", "capicola", "provel", "lettuce", "tomato")),
        ("Chicken Parmesan Sandwich", 10.49, ("breaded chicken", "marinara", "provel")),
    ],
    "Pasta": [
        ("Spaghetti with Meat Sauce", 11.99, ("spaghetti", "meat sauce", "garlic bread")),
        ("Baked Mostaccioli", 12.49, ("mostaccioli", "meat sauce", "provel")),
        ("Fettuccine Alfredo", 12.99, ("fettuccine", "alfredo sauce", "parmesan")),
        ("Lasagna", 13.49, ("beef", "ricotta", "provel", "meat sauce")),
    ],
    "Desserts": [
        ("Gooey Butter Cake", 4.99, ("butter cake", "powdered sugar")),
        ("Cannoli", 4.49, ("ricotta", "chocolate chips")),
        ("Chocolate Chip Cookie", 2.49),
    ],
    "Drinks": [
        ("Fountain Soda", 2.49, ("pepsi, diet pepsi, sierra mist or dr pepper",)),
        ("2 Liter Soda", 3.99, ("pepsi, diet pepsi, sierra mist or dr pepper",)),
        ("Fitz's Root Beer", 3.49, ("bottled root beer",)),
        ("Iced Tea", 2.49),
        ("Budweiser", 4.49),
        ("Schlafly Pale Ale", 5.99),
    ],
}

SPECIALS: tuple[str, ...] = ("The St. Louisan", "Gooey Butter Cake")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza
    ("a large cheese pizza", "Cheese Pizza", "large"),
    ("can I get a medium just cheese with pro vell", "Cheese Pizza", "medium"),
    ("two large pepperoni", "Pepperoni Pizza", "large", 2),
    ("uh a small pepperoni party cut", "Pepperoni Pizza", "small"),
    ("extra large sausage", "Sausage Pizza", "x-large"),
    ("a medium sausage pizza square cut", "Sausage Pizza", "medium"),
    ("x large deluxe", "Deluxe Pizza", "x-large"),
    ("medium veggie pizza", "Garden Veggie Pizza", "medium"),
    ("small ham and pineapple", "Hawaiian Pizza", "small"),
    ("a large hawaiian", "Hawaiian Pizza", "large"),
    ("barbecue chicken pizza extra large", "BBQ Chicken Pizza", "x-large"),
    ("medium bacon cheeseburger pizza", "Bacon Cheeseburger Pizza", "medium"),
    ("a large st louisan", "The St. Louisan", "large"),
    ("saint louis an medium", "The St. Louisan", "medium"),
    ("a pizza", ASK),
    ("a large pizza", ASK),
    # appetizers
    ("an order of toasted ravioli", "Toasted Ravioli"),
    ("t-ravs", "Toasted Ravioli"),
    ("toasty ravioli with meat", "Toasted Ravioli"),
    ("two cheese toasted ravioli", "Cheese Toasted Ravioli", None, 2),
    ("ravioli", ASK),
    ("garlic cheese bread", "Garlic Cheese Bread"),
    ("garlic bread with provo", "Garlic Cheese Bread"),
    ("breadsticks", "Breadsticks"),
    ("six wings", "Wings", "6 piece"),
    ("a dozen wings buffalo", "Wings", "12 piece"),
    # salads
    ("a large house salad", "House Salad", "large"),
    ("small house salad with the sweet dressing", "House Salad", "small"),
    ("small caesar", "Caesar Salad", "small"),
    ("antipasto salad", "Antipasto Salad"),
    ("chef salad", "Chef Salad"),
    ("a salad", ASK),
    # sandwiches
    ("a gerber", "Gerber Sandwich"),
    ("gerber sandwich", "Gerber Sandwich"),
    ("meatball sub", "Meatball Sub"),
    ("italian hoagie", "Italian Hoagie"),
    ("chicken parm sandwich", "Chicken Parmesan Sandwich"),
    ("a sandwich", ASK),
    # pasta
    ("spaghetti with meat sauce", "Spaghetti with Meat Sauce"),
    ("baked mostaccioli", "Baked Mostaccioli"),
    ("mostaccioli", "Baked Mostaccioli"),
    ("fettuccine alfredo", "Fettuccine Alfredo"),
    ("a lasagna", "Lasagna"),
    # desserts and drinks
    ("gooey butter cake", "Gooey Butter Cake"),
    ("two gooey buttercake", "Gooey Butter Cake", None, 2),
    ("cannoli", "Cannoli"),
    ("a two liter pepsi", "2 Liter Soda"),
    ("fitz root beer", "Fitz's Root Beer"),
    ("a bud", "Budweiser"),
    ("six schlafly pale ale", "Schlafly Pale Ale", None, 6),
    ("a beer", ASK),
    # not on the menu
    ("deep dish pepperoni", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("a slinger", UNKNOWN),
    ("st paul sandwich", UNKNOWN),
    ("frozen custard", UNKNOWN),
    ("pork steak", UNKNOWN),
    ("toasted gnocchi", UNKNOWN),
]
