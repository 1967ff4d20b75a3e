"""A Chicago pizzeria (the pattern of neighbourhood deep-dish and tavern-style shops): deep dish
and stuffed pizza 10 Inch, 12 Inch or 14 Inch, thin-crust tavern pies cut in squares 12 Inch to
16 Inch, Italian beef, Italian sausage and a beef-and-sausage combo, fries, giardiniera, pop.
Callers say "thin crust" for tavern, "a beef" for the Italian beef and mishear giardiniera. "A
cheese pizza", "a sausage pizza", "a stuffed pizza" or "a pop" alone is a question; a Maxwell
Street Polish, a Chicago hot dog and wings are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Chicago deep-dish and tavern-style pizzeria"


def _pan(small: float, medium: float, large: float) -> dict[str, float]:
    return {"10 Inch": small, "12 Inch": medium, "14 Inch": large}


def _tavern(small: float, medium: float, large: float) -> dict[str, float]:
    return {"12 Inch": small, "14 Inch": medium, "16 Inch": large}


CATEGORIES: dict[str, list[Item]] = {
    "Deep Dish": [
        ("Cheese Deep Dish", _pan(16.95, 20.95, 24.95), ("mozzarella", "tomato sauce", "butter crust")),
        ("Sausage Deep Dish", _pan(19.45, 23.95, 28.45), ("sausage patty", "mozzarella", "tomato sauce")),
        ("Pepperoni Deep Dish", _pan(18.95, 22.95, 27.45), ("pepperoni", "mozzarella", "tomato sauce")),
        ("Spinach & Garlic Deep Dish", _pan(18.95, 22.95, 27.45), ("spinach", "garlic", "mozzarella")),
        ("The Lakeshore", _pan(21.45, 25.95, 30.95),
         ("sausage", "mushrooms", "onions", "green peppers", "mozzarella")),
        ("Meat Lover's Deep Dish", _pan(22.45, 26.95, 31.95), ("sausage", "pepperoni", "bacon", "ham")),
    ],
    "Tavern Thin Crust": [
        ("Cheese Tavern", _tavern(13.95, 16.45, 19.45), ("mozzarella", "tomato sauce", "cracker-thin crust")),
        ("Sausage Tavern", _tavern(15.95, 18.95, 21.95), ("fennel sausage", "mozzarella", "tomato sauce")),
        ("Pepperoni Tavern", _tavern(15.45, 18.45, 21.45), ("pepperoni", "mozzarella", "tomato sauce")),
        ("Sausage & Giardiniera Tavern", _tavern(16.95, 19.95, 22.95),
         ("fennel sausage", "hot giardiniera", "mozzarella")),
        ("Veggie Tavern", _tavern(16.45, 19.45, 22.45),
         ("mushrooms", "onions", "green peppers", "black olives", "mozzarella")),
    ],
    "Stuffed Pizza": [
        ("Stuffed Cheese", _pan(18.45, 22.45, 26.95), ("two crusts", "mozzarella", "tomato sauce")),
        ("Stuffed Spinach", _pan(20.45, 24.45, 28.95), ("spinach", "mozzarella", "garlic", "tomato sauce")),
        ("Stuffed Sausage", _pan(20.95, 24.95, 29.45), ("sausage", "mozzarella", "tomato sauce")),
    ],
    "Sandwiches": [
        ("Italian Beef", 10.95, ("thin-sliced roast beef", "gravy", "french roll", "peppers or giardiniera")),
        ("Italian Sausage", 9.95, ("char-grilled sausage", "french roll", "sweet peppers")),
        ("Beef & Sausage Combo", 12.95, ("italian beef", "char-grilled sausage", "gravy", "french roll")),
        ("Meatball Sandwich", 10.45, ("meatballs", "marinara", "mozzarella", "french roll")),
        ("Chicken Parmesan Sandwich", 11.45, ("breaded chicken breast", "marinara", "mozzarella")),
    ],
    "Sides": [
        ("French Fries", 3.95),
        ("Cheese Fries", 5.45, ("fries", "cheddar cheese sauce")),
        ("Garlic Bread", 4.95, ("french bread", "garlic butter")),
        ("Mozzarella Sticks", 7.95, ("six sticks", "marinara")),
        ("Fried Zucchini", 7.45, ("breaded zucchini", "ranch")),
        ("Chopped Salad", 9.95, ("iceberg", "tomato", "bacon", "gorgonzola", "ditalini", "red onion")),
        ("Side of Giardiniera", 1.5, ("hot giardiniera",)),
    ],
    "Desserts": [
        ("Lemon Italian Ice", 3.5),
        ("Cannoli", 4.5, ("ricotta", "chocolate chips")),
    ],
    "Drinks": [
        ("Can of Pop", 1.75, ("coke", "diet coke", "sprite")),
        ("2-Liter Pop", 3.95, ("coke", "diet coke", "sprite")),
        ("Green River", 2.25, ("lime soda",)),
        ("Bottled Water", 1.75),
    ],
}

SPECIALS: tuple[str, ...] = ("The Lakeshore", "Beef & Sausage Combo")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # deep dish
    ("can i get a 12 inch cheese deep dish", "Cheese Deep Dish", "12 inch"),
    ("deep dish sausage fourteen inch", "Sausage Deep Dish", "14 inch"),
    ("a 10 inch pepperoni deep dish", "Pepperoni Deep Dish", "10 inch"),
    ("two 14 inch pepperoni deep dishes", "Pepperoni Deep Dish", "14 inch", 2),
    ("deep dish spinach", "Spinach & Garlic Deep Dish"),
    ("the lakeshore 12 inch", "The Lakeshore", "12 inch"),
    ("lake shore deep dish", "The Lakeshore"),
    ("meat lovers deep dish", "Meat Lover's Deep Dish"),
    ("lemme get a meat lovers 14 inch", "Meat Lover's Deep Dish", "14 inch"),
    ("a deep dish pizza", ASK),
    ("a cheese pizza", ASK),
    ("a sausage pizza", ASK),
    ("a pepperoni pizza", ASK),
    # tavern
    ("a 16 inch cheese tavern", "Cheese Tavern", "16 inch"),
    ("thin crust cheese", "Cheese Tavern"),
    ("tavern style sausage 14 inch", "Sausage Tavern", "14 inch"),
    ("pepperoni tavern twelve inch", "Pepperoni Tavern", "12 inch"),
    ("sausage and giardiniera thin crust", "Sausage & Giardiniera Tavern"),
    ("sausage and jardinera tavern", "Sausage & Giardiniera Tavern"),
    ("a veggie thin crust sixteen inch", "Veggie Tavern", "16 inch"),
    ("thin crust pizza", ASK),
    # stuffed
    ("stuffed spinach 12 inch", "Stuffed Spinach", "12 inch"),
    ("stuffed sausage pizza", "Stuffed Sausage"),
    ("a ten inch stuffed cheese", "Stuffed Cheese", "10 inch"),
    ("a stuffed pizza", ASK),
    ("spinach pizza", ASK),
    # sandwiches
    ("an italian beef", "Italian Beef"),
    ("a beef with hot giardiniera", "Italian Beef"),
    ("two italian beefs", "Italian Beef", None, 2),
    ("italian sausage sandwich", "Italian Sausage"),
    ("a combo beef and sausage", "Beef & Sausage Combo"),
    ("meatball sandwich", "Meatball Sandwich"),
    ("chicken parm sandwich", "Chicken Parmesan Sandwich"),
    # sides
    ("fries", "French Fries"),
    ("an order of cheese fries", "Cheese Fries"),
    ("garlic bread", "Garlic Bread"),
    ("mozz sticks", "Mozzarella Sticks"),
    ("fried zucchini", "Fried Zucchini"),
    ("chopped salad", "Chopped Salad"),
    ("a side of giardiniera", "Side of Giardiniera"),
    ("side of jardiniere", "Side of Giardiniera"),
    # desserts and drinks
    ("lemon ice", "Lemon Italian Ice"),
    ("an italian ice", "Lemon Italian Ice"),
    ("two cannolis", "Cannoli", None, 2),
    ("a can of pop", "Can of Pop"),
    ("a two liter of coke", "2-Liter Pop"),
    ("green river soda", "Green River"),
    ("bottle of water", "Bottled Water"),
    ("a pop", ASK),
    # not on the menu
    ("a maxwell street polish", UNKNOWN),
    ("chicago style hot dog", UNKNOWN),
    ("ten chicken wings", UNKNOWN),
    ("a hawaiian deep dish", UNKNOWN),
    ("caesar salad", UNKNOWN),
    ("onion rings", UNKNOWN),
    ("a gyro", UNKNOWN),
    ("tiramisu", UNKNOWN),
]
