"""A New York bagel shop (the pattern of NYC / New Jersey bagel shop menus): bagels by the kind
and a mix-and-match dozen, a bagel with a spread, cream cheese tubs by the 1/2 lb or 1 lb,
breakfast egg sandwiches, smoked fish and salads on a bagel, coffee Small / Medium / Large.
Callers run the words together ("bacon egg n cheese", "everything with scallion"), say "Taylor
ham" for pork roll and "nova" for lox. "A bagel", "scallion cream cheese" (on a bagel or a tub)
and "an egg sandwich" are questions; blueberry bagels, bialys and lattes are not sold here."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "New York bagel shop"

CUP = {"Small": 2.25, "Medium": 2.75, "Large": 3.25}
TUB = {"1/2 lb": 7.5, "1 lb": 13.5}

CATEGORIES: dict[str, list[Item]] = {
    "Bagels": [
        ("Plain Bagel", 1.75, ()),
        ("Everything Bagel", 1.75, ("sesame", "poppy", "garlic", "onion", "salt")),
        ("Sesame Bagel", 1.75, ("sesame seeds",)),
        ("Poppy Seed Bagel", 1.75, ("poppy seeds",)),
        ("Cinnamon Raisin Bagel", 1.75, ("cinnamon", "raisins")),
        ("Pumpernickel Bagel", 1.75, ("dark rye",)),
        ("Dozen Bagels", 19.0, ("13 bagels", "mix and match")),
    ],
    "Spreads": [
        ("Bagel with Butter", 2.75, ("bagel of your choice", "butter")),
        ("Bagel with Plain Cream Cheese", 3.75, ("bagel of your choice", "plain cream cheese")),
        ("Bagel with Scallion Cream Cheese", 4.25, ("bagel of your choice", "scallion cream cheese")),
        ("Bagel with Vegetable Cream Cheese", 4.25, ("bagel of your choice", "vegetable cream cheese")),
        ("Bagel with Lox Spread", 4.95, ("bagel of your choice", "lox cream cheese")),
        ("Plain Cream Cheese (Tub)", TUB, ("plain cream cheese",)),
        ("Scallion Cream Cheese (Tub)", {"1/2 lb": 8.5, "1 lb": 15.0}, ("scallion cream cheese",)),
    ],
    "Breakfast Sandwiches": [
        ("Bacon Egg & Cheese", 6.5, ("two eggs", "bacon", "american cheese", "on a bagel or roll")),
        ("Sausage Egg & Cheese", 6.5, ("two eggs", "sausage patty", "american cheese")),
        ("Ham Egg & Cheese", 6.5, ("two eggs", "ham", "american cheese")),
        ("Pork Roll Egg & Cheese", 6.95, ("two eggs", "taylor pork roll", "american cheese")),
        ("Egg & Cheese", 5.25, ("two eggs", "american cheese")),
    ],
    "Smoked Fish & Salads": [
        ("The Classic Lox", 13.95, ("nova lox", "plain cream cheese", "tomato", "red onion", "capers")),
        ("Whitefish Salad on a Bagel", 11.95, ("smoked whitefish salad", "lettuce", "tomato")),
        ("Tuna Salad on a Bagel", 9.5, ("tuna salad", "lettuce", "tomato")),
        ("Chicken Salad on a Bagel", 9.5, ("chicken salad", "lettuce", "tomato")),
    ],
    "Drinks": [
        ("Coffee", CUP, ("regular or decaf",)),
        ("Iced Coffee", {"Small": 3.25, "Medium": 3.75, "Large": 4.5}, ()),
        ("Orange Juice", 3.5, ("fresh squeezed",)),
        ("Hot Tea", 2.0, ("black", "green", "chamomile")),
    ],
}

SPECIALS: tuple[str, ...] = ("Pork Roll Egg & Cheese",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # bagels
    ("an everything bagel", "Everything Bagel"),
    ("two plain bagels", "Plain Bagel", None, 2),
    ("three sesame bagels", "Sesame Bagel", None, 3),
    ("a poppy bagel", "Poppy Seed Bagel"),
    ("cinnamon raisin", "Cinnamon Raisin Bagel"),
    ("a pumpernickle bagel", "Pumpernickel Bagel"),
    ("a dozen bagels", "Dozen Bagels"),
    ("a bagel", ASK),
    ("an onion bagel", UNKNOWN),
    # spreads
    ("bagel with butter", "Bagel with Butter"),
    ("a buttered bagel", "Bagel with Butter"),
    ("everything bagel with butter", "Bagel with Butter"),
    ("bagel with cream cheese", "Bagel with Plain Cream Cheese"),
    ("everything with scallion cream cheese", "Bagel with Scallion Cream Cheese"),
    ("a sesame bagel with veggie cream cheese", "Bagel with Vegetable Cream Cheese"),
    ("bagel with lox spread", "Bagel with Lox Spread"),
    ("a pound of scallion cream cheese", "Scallion Cream Cheese (Tub)", "1 lb"),
    ("half a pound of plain cream cheese", "Plain Cream Cheese (Tub)", "1/2 lb"),
    ("a half pound tub of scallion", "Scallion Cream Cheese (Tub)", "1/2 lb"),
    ("scallion cream cheese", ASK),
    # breakfast sandwiches
    ("bacon egg and cheese", "Bacon Egg & Cheese"),
    ("two bacon egg n cheese on everything", "Bacon Egg & Cheese", None, 2),
    ("a b e c on a roll", "Bacon Egg & Cheese"),
    ("sausage egg and cheese", "Sausage Egg & Cheese"),
    ("ham egg and cheese", "Ham Egg & Cheese"),
    ("pork roll egg and cheese", "Pork Roll Egg & Cheese"),
    ("taylor ham egg and cheese", "Pork Roll Egg & Cheese"),
    ("an egg and cheese", "Egg & Cheese"),
    ("an egg sandwich", ASK),
    ("a breakfast sandwich", ASK),
    ("bacon egg and cheese on a plain bagel", "Bacon Egg & Cheese"),
    # smoked fish and salads
    ("the classic lox", "The Classic Lox"),
    ("lox and cream cheese on a bagel", "The Classic Lox"),
    ("nova on an everything", "The Classic Lox"),
    ("whitefish salad", "Whitefish Salad on a Bagel"),
    ("tuna on a bagel", "Tuna Salad on a Bagel"),
    ("chicken salad sandwich", "Chicken Salad on a Bagel"),
    ("a salad on a bagel", ASK),
    # drinks
    ("large coffee", "Coffee", "large"),
    ("a medium coffee", "Coffee", "medium"),
    ("two small coffees", "Coffee", "small", 2),
    ("small iced coffee", "Iced Coffee", "small"),
    ("medium iced coffee", "Iced Coffee", "medium"),
    ("a decaf coffee", "Coffee"),
    ("two large iced coffees", "Iced Coffee", "large", 2),
    ("a coffee", "Coffee"),
    ("an orange juice", "Orange Juice"),
    ("o j", "Orange Juice"),
    ("a tea", "Hot Tea"),
    ("a large", ASK),
    # not on the menu
    ("blueberry bagel", UNKNOWN),
    ("a salt bagel", UNKNOWN),
    ("strawberry cream cheese", UNKNOWN),
    ("a bialy", UNKNOWN),
    ("egg salad on a bagel", UNKNOWN),
    ("a latte", UNKNOWN),
    ("black and white cookie", UNKNOWN),
]
