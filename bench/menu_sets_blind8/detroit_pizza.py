"""A Detroit-style square pizza and wings shop (the pattern of Detroit-area pizzeria take-out
menus): pan pies with brick cheese to the edge, sauce on top, 4 Corner or 8 Corner; bone-in or
boneless wings 6 Piece, 10 Piece or 20 Piece; hot subs, salads, Faygo and Vernors. Callers say
"an eight corner", "ten wings" (the count names the size) and "red pop", and mishear Vernors.
"A chicken pizza", "a square pizza", "a sub", "a salad" or "a Faygo" alone is a question;
a coney dog, chicken tenders, a calzone and a stromboli are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Detroit-style square pizza and wings"


def _pie(four: float, eight: float) -> dict[str, float]:
    return {"4 Corner": four, "8 Corner": eight}


def _wings(six: float, ten: float, twenty: float) -> dict[str, float]:
    return {"6 Piece": six, "10 Piece": ten, "20 Piece": twenty}


CATEGORIES: dict[str, list[Item]] = {
    "Detroit Squares": [
        ("Red Top Cheese", _pie(13.99, 21.99), ("brick cheese", "tomato sauce on top", "caramelized crust")),
        ("Classic Pepperoni", _pie(15.99, 24.99), ("cup pepperoni", "brick cheese", "tomato sauce")),
        ("The Detroiter", _pie(17.99, 27.99), ("double pepperoni", "pepperoni under the cheese")),
        ("Motor City", _pie(18.99, 29.99), ("pepperoni", "sausage", "bacon", "ham", "brick cheese")),
        ("Hot Honey Pepperoni", _pie(17.49, 27.49), ("cup pepperoni", "hot honey", "brick cheese")),
        ("Garden Square", _pie(16.99, 26.49), ("mushrooms", "green peppers", "onions", "black olives")),
        ("Buffalo Chicken Square", _pie(17.99, 27.99), ("buffalo chicken", "ranch drizzle", "brick cheese")),
        ("BBQ Chicken Square", _pie(17.99, 27.99), ("bbq chicken", "red onion", "cilantro", "brick cheese")),
        ("White Pie", _pie(15.99, 24.99), ("garlic oil", "ricotta", "brick cheese", "no red sauce")),
        ("Coney Square", _pie(17.49, 27.49), ("coney chili", "hot dog slices", "mustard", "diced onion")),
    ],
    "Wings": [
        ("Bone-In Wings", _wings(8.99, 13.99, 25.99),
         ("buffalo", "bbq", "garlic parmesan", "mango habanero", "dry rub")),
        ("Boneless Wings", _wings(7.99, 12.49, 22.99),
         ("buffalo", "bbq", "garlic parmesan", "mango habanero", "dry rub")),
    ],
    "Hot Subs": [
        ("Italian Sub", 11.49, ("ham", "salami", "pepperoni", "provolone", "lettuce", "tomato")),
        ("Turkey Club Sub", 11.49, ("turkey", "bacon", "swiss", "lettuce", "tomato", "mayo")),
        ("Meatball Sub", 10.99, ("meatballs", "marinara", "mozzarella")),
        ("Chicken Parm Sub", 11.99, ("breaded chicken", "marinara", "mozzarella")),
        ("Philly Steak Sub", 12.49, ("shaved steak", "grilled onions", "green peppers", "mozzarella")),
    ],
    "Sides & Salads": [
        ("Garlic Knots", 5.49, ("six knots", "garlic butter", "parmesan")),
        ("Cheesy Bread", 8.99, ("brick cheese", "garlic butter", "square pan")),
        ("Greek Salad", 9.49, ("lettuce", "feta", "beets", "kalamata olives", "pepperoncini")),
        ("Caesar Salad", 8.49, ("romaine", "parmesan", "croutons", "caesar dressing")),
        ("Side of Ranch", 0.75),
    ],
    "Desserts": [
        ("Cinnamon Square", 6.99, ("cinnamon sugar", "icing")),
        ("Fudge Brownie", 3.49),
    ],
    "Drinks": [
        ("Faygo Red Pop", 2.29),
        ("Faygo Rock & Rye", 2.29),
        ("Vernors Ginger Ale", 2.29),
        ("2-Liter Coke", 3.99),
        ("Bottled Water", 1.79),
    ],
}

SPECIALS: tuple[str, ...] = ("The Detroiter", "Coney Square")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # squares
    ("an eight corner red top", "Red Top Cheese", "8 corner"),
    ("a four corner cheese pizza", "Red Top Cheese", "4 corner"),
    ("red top", "Red Top Cheese"),
    ("classic pepperoni 8 corner", "Classic Pepperoni", "8 corner"),
    ("can i get the detroiter eight corner", "The Detroiter", "8 corner"),
    ("a detroiter", "The Detroiter"),
    ("motor city four corner", "Motor City", "4 corner"),
    ("two 8 corner motor citys", "Motor City", "8 corner", 2),
    ("hot honey pepperoni", "Hot Honey Pepperoni"),
    ("a hot honey pizza 4 corner", "Hot Honey Pepperoni", "4 corner"),
    ("a veggie pizza", "Garden Square"),
    ("garden square eight corner", "Garden Square", "8 corner"),
    ("buffalo chicken pizza", "Buffalo Chicken Square"),
    ("barbecue chicken square", "BBQ Chicken Square"),
    ("a white pizza", "White Pie"),
    ("a coney pizza", "Coney Square"),
    ("coney island square", "Coney Square"),
    ("a chicken pizza", ASK),
    ("a square pizza", ASK),
    ("an eight corner pizza", ASK),
    # wings
    ("ten wings", "Bone-In Wings", "10 piece"),
    ("twenty bone in wings", "Bone-In Wings", "20 piece"),
    ("six boneless", "Boneless Wings", "6 piece"),
    ("boneless wings 20 piece", "Boneless Wings", "20 piece"),
    ("two orders of ten wings", "Bone-In Wings", "10 piece", 2),
    ("an order of wings", "Bone-In Wings"),
    ("ten boneless wings garlic parmesan", "Boneless Wings", "10 piece"),
    # subs
    ("italian sub", "Italian Sub"),
    ("a turkey club", "Turkey Club Sub"),
    ("two meatball subs", "Meatball Sub", None, 2),
    ("chicken parm", "Chicken Parm Sub"),
    ("a philly", "Philly Steak Sub"),
    ("steak sub", "Philly Steak Sub"),
    ("a sub", ASK),
    # sides and salads
    ("garlic knots", "Garlic Knots"),
    ("cheesy bread", "Cheesy Bread"),
    ("a greek salad", "Greek Salad"),
    ("caesar", "Caesar Salad"),
    ("extra ranch", "Side of Ranch"),
    ("a salad", ASK),
    # desserts and drinks
    ("cinnamon square", "Cinnamon Square"),
    ("a brownie", "Fudge Brownie"),
    ("red pop", "Faygo Red Pop"),
    ("rock and rye", "Faygo Rock & Rye"),
    ("a vernors", "Vernors Ginger Ale"),
    ("verners", "Vernors Ginger Ale"),
    ("ginger ale", "Vernors Ginger Ale"),
    ("a two liter coke", "2-Liter Coke"),
    ("water", "Bottled Water"),
    ("a faygo", ASK),
    # not on the menu
    ("a coney dog", UNKNOWN),
    ("chicken tenders", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("a stromboli", UNKNOWN),
    ("hawaiian pizza", UNKNOWN),
    ("mozzarella sticks", UNKNOWN),
    ("a gyro", UNKNOWN),
]
