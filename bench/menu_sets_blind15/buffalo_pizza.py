"""A Buffalo, NY pizzeria (the pattern of Buffalo and Western New York pizzeria take-out menus):
thick, chewy crust with a sweet sauce and cup-and-char pepperoni, pizzas Personal, Small, Medium,
Large, Half Sheet or Full Sheet, chicken wings by count (10, 20 or 50) mild, medium or hot,
boneless wings, beef on weck, the steak-and-chicken-finger "stinger", subs Half or Whole, fried
bologna, pizza logs, a Friday fish fry, fountain pop 20 oz or 2 liter, loganberry, sponge candy.
Callers say "a large pepperoni", "twenty hot wings", "a half sheet cheese", "beef on wick", "a
weck", "stingers", "pop" for soda and "a two liter of pepsi"; they mishear kummelweck ("kimmel
wick") and cup and char ("cupping char"). "A large pizza", "a sub", "a chicken pizza", "a salad",
"a two liter", "a pop" and "sponge candy" (milk or dark) alone are questions; a garbage plate,
a chicken parm sub, a calzone, pork on weck, a hot dog, lasagna and a stromboli are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Buffalo Pizzeria"

_PIZZA = {"Personal": 8.99, "Small": 12.99, "Medium": 15.99, "Large": 18.99, "Half Sheet": 24.99,
          "Full Sheet": 36.99}
_SPECIALTY = {"Personal": 10.99, "Small": 15.99, "Medium": 18.99, "Large": 22.99, "Half Sheet": 29.99,
              "Full Sheet": 44.99}
_SUB = {"Half": 8.99, "Whole": 14.99}
_POP = {"20 oz": 2.49, "2 Liter": 3.99}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("Cheese Pizza", _PIZZA, ("sweet sauce", "mozzarella", "thick crust")),
        ("Cup & Char Pepperoni Pizza", _PIZZA, ("sweet sauce", "mozzarella", "cup and char pepperoni")),
        ("Sausage Pizza", _PIZZA, ("sweet sauce", "mozzarella", "italian sausage")),
        ("Buffalo Chicken Wing Pizza", _SPECIALTY, ("hot wing sauce", "chicken", "blue cheese",
                                                    "mozzarella")),
        ("BBQ Chicken Pizza", _SPECIALTY, ("bbq sauce", "chicken", "red onion", "mozzarella")),
        ("Beef on Weck Pizza", _SPECIALTY, ("roast beef", "horseradish sauce", "caraway", "coarse salt",
                                            "mozzarella")),
        ("Meat Lovers Pizza", _SPECIALTY, ("pepperoni", "sausage", "bacon", "ham")),
        ("Veggie Pizza", _SPECIALTY, ("peppers", "onions", "mushrooms", "black olives")),
        ("White Pizza", _SPECIALTY, ("garlic oil", "ricotta", "mozzarella", "tomato")),
        ("Hawaiian Pizza", _SPECIALTY, ("ham", "pineapple", "mozzarella")),
    ],
    "Wings": [
        ("Chicken Wings", {"10 Pieces": 15.99, "20 Pieces": 29.99, "50 Pieces": 69.99},
         ("mild, medium or hot sauce", "celery", "blue cheese")),
        ("Boneless Wings", {"10 Pieces": 12.99, "20 Pieces": 23.99}, ("mild, medium or hot sauce",
                                                                        "blue cheese")),
        ("Chicken Fingers", {"5 Pieces": 10.99, "10 Pieces": 19.99}, ("fries", "blue cheese")),
    ],
    "Subs & Sandwiches": [
        ("Beef on Weck", 12.99, ("roast beef", "kummelweck roll", "horseradish", "au jus")),
        ("Stinger (Steak & Chicken Finger Sub)", _SUB, ("steak", "chicken fingers", "hot sauce",
                                                        "lettuce", "tomato", "blue cheese")),
        ("Steak Sub", _SUB, ("shaved steak", "onions", "peppers", "mushrooms", "cheese")),
        ("Chicken Finger Sub", _SUB, ("chicken fingers", "hot sauce", "lettuce", "tomato",
                                      "blue cheese")),
        ("Italian Sub", _SUB, ("ham", "salami", "capicola", "provolone", "oil and vinegar")),
        ("Fried Bologna Sandwich", 8.99, ("thick cut bologna", "american cheese", "kaiser roll")),
        ("Friday Fish Fry", 15.99, ("beer battered haddock", "fries", "coleslaw", "macaroni salad")),
    ],
    "Sides": [
        ("French Fries", 4.49),
        ("Onion Rings", 5.99),
        ("Mozzarella Sticks", 7.99, ("marinara",)),
        ("Pizza Logs", 8.99, ("pepperoni", "mozzarella", "egg roll wrapper", "6 pieces")),
        ("Fried Pierogi", 7.99, ("potato and cheese", "fried onions", "sour cream")),
        ("Garlic Bread", 4.99),
        ("Side of Blue Cheese", 0.99),
        ("Macaroni Salad", 3.49),
    ],
    "Salads": [
        ("Garden Salad", 7.99, ("lettuce", "tomato", "cucumber", "onion")),
        ("Antipasto Salad", 11.99, ("lettuce", "salami", "ham", "provolone", "olives")),
        ("Chicken Finger Salad", 12.99, ("lettuce", "chicken fingers", "hot sauce", "blue cheese")),
    ],
    "Desserts": [
        ("Milk Chocolate Sponge Candy", 6.99, ("quarter pound",)),
        ("Dark Chocolate Sponge Candy", 6.99, ("quarter pound",)),
        ("Cannoli", 3.99),
        ("Cheesecake", 5.49),
    ],
    "Drinks": [
        ("Pepsi", _POP),
        ("Diet Pepsi", _POP),
        ("Mountain Dew", _POP),
        ("Sierra Mist", _POP),
        ("Loganberry", 2.99),
        ("Bottled Water", 1.99),
    ],
}

SPECIALS: tuple[str, ...] = ("Friday Fish Fry",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza
    ("a large pepperoni", "Cup & Char Pepperoni Pizza", "large"),
    ("medium cupping char pepperoni", "Cup & Char Pepperoni Pizza", "medium"),
    ("a half sheet cheese", "Cheese Pizza", "half sheet"),
    ("two large cheese pizzas", "Cheese Pizza", "large", 2),
    ("full sheet pepperoni", "Cup & Char Pepperoni Pizza", "full sheet"),
    ("small sausage pizza", "Sausage Pizza", "small"),
    ("a personal cheese", "Cheese Pizza", "personal"),
    ("large chicken wing pizza", "Buffalo Chicken Wing Pizza", "large"),
    ("medium barbecue chicken pizza", "BBQ Chicken Pizza", "medium"),
    ("beef on weck pizza small", "Beef on Weck Pizza", "small"),
    ("half sheet meat lovers", "Meat Lovers Pizza", "half sheet"),
    ("a large veggie", "Veggie Pizza", "large"),
    ("white pizza medium", "White Pizza", "medium"),
    ("small hawaiian", "Hawaiian Pizza", "small"),
    ("a large pizza", ASK),
    ("a chicken pizza", ASK),
    # wings
    ("twenty hot wings", "Chicken Wings", "20 pieces"),
    ("ten medium wings", "Chicken Wings", "10 pieces"),
    ("fifty wings mild", "Chicken Wings", "50 pieces"),
    ("ten boneless", "Boneless Wings", "10 pieces"),
    ("twenty boneless wings hot", "Boneless Wings", "20 pieces"),
    ("five chicken fingers", "Chicken Fingers", "5 pieces"),
    # subs and sandwiches
    ("beef on weck", "Beef on Weck"),
    ("two beef on wick", "Beef on Weck", None, 2),
    ("roast beef on kimmel wick", "Beef on Weck"),
    ("a whole stinger", "Stinger (Steak & Chicken Finger Sub)", "whole"),
    ("half steak and chicken finger sub", "Stinger (Steak & Chicken Finger Sub)", "half"),
    ("a whole steak sub", "Steak Sub", "whole"),
    ("half chicken finger sub", "Chicken Finger Sub", "half"),
    ("whole italian sub", "Italian Sub", "whole"),
    ("a sub", ASK),
    ("fried bologna sandwich", "Fried Bologna Sandwich"),
    ("a fried baloney", "Fried Bologna Sandwich"),
    ("fish fry", "Friday Fish Fry"),
    # sides and salads
    ("fries", "French Fries"),
    ("onion rings", "Onion Rings"),
    ("mozzarella sticks", "Mozzarella Sticks"),
    ("pizza logs", "Pizza Logs"),
    ("two orders of pizza logs", "Pizza Logs", None, 2),
    ("fried pierogies", "Fried Pierogi"),
    ("extra blue cheese", "Side of Blue Cheese"),
    ("antipasto", "Antipasto Salad"),
    ("chicken finger salad", "Chicken Finger Salad"),
    ("a salad", ASK),
    # desserts and drinks
    ("dark chocolate sponge candy", "Dark Chocolate Sponge Candy"),
    ("sponge candy", ASK),
    ("a cannoli", "Cannoli"),
    ("a two liter of pepsi", "Pepsi", "2 liter"),
    ("twenty ounce diet pepsi", "Diet Pepsi", "20 oz"),
    ("two liter mountain dew", "Mountain Dew", "2 liter"),
    ("a loganberry", "Loganberry"),
    ("a two liter", ASK),
    ("a pop", ASK),
    # not on the menu
    ("a garbage plate", UNKNOWN),
    ("chicken parm sub", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("pork on weck", UNKNOWN),
    ("a hot dog", UNKNOWN),
    ("lasagna", UNKNOWN),
    ("a pepperoni stromboli", UNKNOWN),
]
