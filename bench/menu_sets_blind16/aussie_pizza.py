"""An Australian suburban pizza shop (the pattern of the independent pizza and pasta take-aways in
the suburbs of Melbourne, Sydney, Brisbane and Adelaide and their letterbox menus): Traditional and
Gourmet pizzas each Small, Large or Family, named as these shops name them ("The Lot",
"Supreme", "Meatlovers" and "BBQ Meatlovers", "Aussie" with ham, bacon and egg, "Hawaiian",
"Capricciosa", "Garlic Prawn", "Seafood Marinara", "Satay Chicken"), near-duplicates such as
Supreme and Chicken Supreme, Garlic Bread and Cheesy Garlic Bread, Potato Wedges and Loaded
Wedges, BBQ Chicken and Peri Peri Chicken; pasta, chips Small or Large, wings by count (6 or 12
pieces), desserts, Coke and other soft drinks as a 375ml can or a 1.25L bottle. Callers use
Australian slang and shortenings ("a capri", "spag bol", "bbq chook", "chippies", "the aussie
with egg", "a can of solo", "1.25 litre coke", "two large hawaiians") and name pizzas by their
toppings ("ham and pineapple", "garlic bread with cheese"). "A large pizza", "a chicken pizza",
"a bbq pizza", "a pasta", "a salad" and "a can of soft drink" alone are questions; pumpkin and
feta or butter chicken pizza, a chicken parmy, potato scallops, dim sims, fettuccine alfredo and
a stubby of VB are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Bayside Pizza & Pasta"

_TRAD = {"Small": 12.0, "Large": 16.5, "Family": 22.0}
_GOURMET = {"Small": 14.0, "Large": 19.0, "Family": 25.0}
_DRINK = {"375ml Can": 3.0, "1.25L": 5.0}

CATEGORIES: dict[str, list[Item]] = {
    "Traditional Pizzas": [
        ("Margherita", _TRAD, ("tomato base", "mozzarella", "basil")),
        ("Ham & Cheese", _TRAD, ("tomato base", "mozzarella", "leg ham")),
        ("Hawaiian", _TRAD, ("tomato base", "mozzarella", "leg ham", "pineapple")),
        ("Pepperoni", _TRAD, ("tomato base", "mozzarella", "pepperoni")),
        ("Capricciosa", _TRAD, ("tomato base", "mozzarella", "ham", "mushroom", "olives",
                                "anchovies")),
        ("Vegetarian", _TRAD, ("tomato base", "mozzarella", "capsicum", "mushroom", "onion",
                               "olives", "pineapple")),
        ("Supreme", _TRAD, ("tomato base", "mozzarella", "ham", "salami", "mushroom", "capsicum",
                            "onion", "olives")),
        ("Meatlovers", _TRAD, ("tomato base", "mozzarella", "ham", "bacon", "salami",
                               "ground beef")),
        ("Aussie", _TRAD, ("tomato base", "mozzarella", "ham", "bacon", "egg")),
        ("Mexicana", _TRAD, ("tomato base", "mozzarella", "hot salami", "jalapenos", "onion",
                             "chilli")),
    ],
    "Gourmet Pizzas": [
        ("The Lot", _GOURMET, ("tomato base", "mozzarella", "ham", "bacon", "salami", "mushroom",
                               "capsicum", "onion", "olives", "pineapple", "prawns", "egg")),
        ("BBQ Meatlovers", _GOURMET, ("bbq sauce base", "mozzarella", "ham", "bacon", "salami",
                                      "ground beef", "chorizo")),
        ("Chicken Supreme", _GOURMET, ("tomato base", "mozzarella", "chicken", "mushroom",
                                       "capsicum", "onion", "olives")),
        ("BBQ Chicken", _GOURMET, ("bbq sauce base", "mozzarella", "chicken", "bacon", "onion")),
        ("Peri Peri Chicken", _GOURMET, ("peri peri base", "mozzarella", "chicken", "capsicum",
                                         "red onion")),
        ("Satay Chicken", _GOURMET, ("satay sauce base", "mozzarella", "chicken", "onion",
                                     "capsicum")),
        ("Garlic Prawn", _GOURMET, ("garlic tomato base", "mozzarella", "prawns", "parsley")),
        ("Seafood Marinara", _GOURMET, ("tomato base", "mozzarella", "prawns", "calamari",
                                        "mussels", "anchovies")),
    ],
    "Pasta": [
        ("Spaghetti Bolognese", 15.0, ("beef ragu", "parmesan")),
        ("Fettuccine Carbonara", 16.0, ("bacon", "egg", "cream", "parmesan")),
        ("Lasagne", 16.5, ("beef ragu", "bechamel", "cheese")),
        ("Penne Boscaiola", 16.0, ("bacon", "mushroom", "cream")),
        ("Gnocchi Napoletana", 15.5, ("potato gnocchi", "napoli sauce", "basil")),
    ],
    "Sides": [
        ("Garlic Bread", 5.0),
        ("Cheesy Garlic Bread", 6.5),
        ("Chips", {"Small": 4.5, "Large": 7.0}),
        ("Potato Wedges", 8.0, ("sour cream", "sweet chilli sauce")),
        ("Loaded Wedges", 11.0, ("bacon", "cheese", "sour cream", "sweet chilli sauce")),
        ("Chicken Wings", {"6 Pieces": 9.0, "12 Pieces": 16.0}),
        ("Calamari Rings", 9.0, ("tartare sauce", "lemon")),
        ("Garden Salad", 8.0, ("lettuce", "tomato", "cucumber", "carrot")),
        ("Greek Salad", 10.0, ("feta", "olives", "tomato", "cucumber", "red onion")),
    ],
    "Desserts": [
        ("Nutella Pizza", 12.0, ("nutella", "strawberries", "icing sugar")),
        ("Choc Lava Cake", 7.0),
        ("Tiramisu", 7.5),
    ],
    "Drinks": [
        ("Coke", _DRINK),
        ("Coke No Sugar", _DRINK),
        ("Sprite", _DRINK),
        ("Fanta", _DRINK),
        ("Solo", _DRINK),
        ("Mount Franklin Water 600ml", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("The Lot",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas
    ("a large the lot", "The Lot", "large"),
    ("family size the lot", "The Lot", "family"),
    ("supreme small", "Supreme", "small"),
    ("chicken supreme large", "Chicken Supreme", "large"),
    ("bbq meatlovers", "BBQ Meatlovers"),
    ("two family barbecue meat lovers", "BBQ Meatlovers", "family", 2),
    ("meatlovers large", "Meatlovers", "large"),
    ("an aussie with egg", "Aussie"),
    ("yeah the aussie small", "Aussie", "small"),
    ("ham and pineapple", "Hawaiian"),
    ("two large hawaiians", "Hawaiian", "large", 2),
    ("garlic prawn pizza large", "Garlic Prawn", "large"),
    ("seafood pizza", "Seafood Marinara"),
    ("a capri family", "Capricciosa", "family"),
    ("margarita small", "Margherita", "small"),
    ("pepperoni large", "Pepperoni", "large"),
    ("veggie pizza", "Vegetarian"),
    ("satay chicken", "Satay Chicken"),
    ("mexicana", "Mexicana"),
    ("peri peri chicken large", "Peri Peri Chicken", "large"),
    ("bbq chook pizza", "BBQ Chicken"),
    ("ham and cheese small", "Ham & Cheese", "small"),
    ("a large pizza", ASK),
    ("a chicken pizza", ASK),
    ("bbq pizza", ASK),
    # pasta
    ("spag bol", "Spaghetti Bolognese"),
    ("fettuccine carbonara", "Fettuccine Carbonara"),
    ("lasagna", "Lasagne"),
    ("boscaiola", "Penne Boscaiola"),
    ("gnocchi", "Gnocchi Napoletana"),
    ("a pasta", ASK),
    # sides
    ("garlic bread", "Garlic Bread"),
    ("two cheesy garlic breads", "Cheesy Garlic Bread", None, 2),
    ("garlic bread with cheese", "Cheesy Garlic Bread"),
    ("large chips", "Chips", "large"),
    ("small chippies", "Chips", "small"),
    ("wedges", "Potato Wedges"),
    ("loaded wedges", "Loaded Wedges"),
    ("12 wings", "Chicken Wings", "12 pieces"),
    ("calamari", "Calamari Rings"),
    ("greek salad", "Greek Salad"),
    ("a salad", ASK),
    # desserts
    ("nutella pizza", "Nutella Pizza"),
    ("two lava cakes", "Choc Lava Cake", None, 2),
    # drinks
    ("a can of coke", "Coke", "375ml can"),
    ("1.25 litre coke", "Coke", "1.25l"),
    ("coke no sugar can", "Coke No Sugar", "375ml can"),
    ("two cans of solo", "Solo", "375ml can", 2),
    ("bottle of water", "Mount Franklin Water 600ml"),
    ("big bottle of fanta", "Fanta", "1.25l"),
    ("a can of soft drink", ASK),
    # not on the menu
    ("pumpkin and feta pizza", UNKNOWN),
    ("butter chicken pizza", UNKNOWN),
    ("chicken parmy", UNKNOWN),
    ("potato scallops", UNKNOWN),
    ("dim sims", UNKNOWN),
    ("fettuccine alfredo", UNKNOWN),
    ("a stubby of vb", UNKNOWN),
]
