"""A New England Greek-style "house of pizza" (the pattern of Massachusetts and New Hampshire
pizza-and-sub shop menus): pan pizzas Small 10" or Large 16", steak bombs and grinders Small or
Large, Greek salad, spinach pie, calzones, gyros, fries and onion rings. Callers say "a large
cheese", "a small steak bomb", "an Italian sub" and mishear gyro ("euro") and linguica ("ling wee
sa"). "A small sub", "a salad" or "a chicken sub" alone is a question; a bar pizza, a
lobster roll, a roast beef sandwich, fried clams, moussaka and buffalo wings are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "House of Pizza (New England Greek)"

_PZ = {'Small 10"': 10.5, 'Large 16"': 17.5}
_PZ2 = {'Small 10"': 12.5, 'Large 16"': 21.0}
_SUB = {"Small": 9.5, "Large": 12.5}
_SUB2 = {"Small": 10.5, "Large": 13.75}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("Cheese Pizza", {'Small 10"': 9.0, 'Large 16"': 15.0}, ("tomato sauce", "mozzarella")),
        ("Pepperoni Pizza", _PZ, ("mozzarella", "pepperoni")),
        ("Hamburg Pizza", _PZ, ("mozzarella", "seasoned ground beef")),
        ("Linguica Pizza", _PZ, ("mozzarella", "Portuguese linguica")),
        ("Greek Pizza", _PZ2, ("feta", "spinach", "tomato", "black olives")),
        ("House Special Pizza", _PZ2, ("pepperoni", "sausage", "hamburg", "peppers", "onions",
                                       "mushrooms")),
        ("Buffalo Chicken Pizza", _PZ2, ("buffalo chicken", "mozzarella", "ranch")),
        ("Veggie Pizza", _PZ2, ("peppers", "onions", "mushrooms", "olives", "tomato")),
    ],
    "Steak Bombs & Steak Subs": [
        ("Steak Bomb", {"Small": 11.0, "Large": 14.5}, ("shaved steak", "salami", "peppers",
                                                        "onions", "mushrooms", "american cheese")),
        ("Steak & Cheese Sub", _SUB2, ("shaved steak", "american cheese")),
        ("Chicken Steak Bomb", {"Small": 11.0, "Large": 14.5}, ("shaved chicken", "peppers",
                                                                "onions", "mushrooms", "cheese")),
    ],
    "Grinders & Subs": [
        ("Italian Grinder", _SUB, ("salami", "mortadella", "capicola", "provolone", "lettuce",
                                   "tomato", "onion", "pickles", "hots", "oil")),
        ("Meatball Grinder", _SUB, ("meatballs", "tomato sauce", "provolone")),
        ("Chicken Parm Grinder", _SUB2, ("breaded chicken", "tomato sauce", "provolone")),
        ("Eggplant Parm Grinder", _SUB, ("fried eggplant", "tomato sauce", "provolone")),
        ("Turkey Sub", _SUB, ("turkey", "american cheese", "lettuce", "tomato", "mayo")),
        ("Tuna Sub", _SUB, ("tuna salad", "lettuce", "tomato")),
        ("Chicken Finger Sub", _SUB2, ("chicken fingers", "lettuce", "tomato", "mayo")),
        ("Pastrami Grinder", _SUB2, ("hot pastrami", "swiss", "mustard")),
    ],
    "Calzones": [
        ("Cheese Calzone", 11.0, ("ricotta", "mozzarella")),
        ("Steak & Cheese Calzone", 14.0, ("shaved steak", "american cheese", "mozzarella")),
        ("Spinach & Feta Calzone", 13.0, ("spinach", "feta", "mozzarella")),
    ],
    "Greek Specialties": [
        ("Gyro Roll-Up", 10.5, ("gyro meat", "pita", "tomato", "onion", "tzatziki")),
        ("Chicken Souvlaki Roll-Up", 10.5, ("chicken souvlaki", "pita", "lettuce", "tomato",
                                            "tzatziki")),
        ("Spinach Pie", 6.5, ("spinach", "feta", "phyllo")),
    ],
    "Salads": [
        ("Greek Salad", {"Small": 8.0, "Large": 11.5}, ("lettuce", "tomato", "cucumber",
                                                        "kalamata olives", "feta", "pepperoncini",
                                                        "greek dressing")),
        ("Garden Salad", {"Small": 6.5, "Large": 9.0}, ("lettuce", "tomato", "cucumber",
                                                        "peppers", "onion")),
        ("Chicken Caesar Salad", 11.5, ("romaine", "grilled chicken", "croutons", "parmesan")),
    ],
    "Sides": [
        ("French Fries", {"Small": 4.0, "Large": 6.0}),
        ("Onion Rings", {"Small": 5.0, "Large": 7.5}),
        ("Chicken Fingers", 10.0, ("five fingers", "honey mustard")),
        ("Baklava", 4.0, ("phyllo", "walnuts", "honey")),
    ],
    "Drinks": [
        ("Soda (20 oz)", 2.75, ("Coke", "Diet Coke", "Sprite", "Ginger Ale")),
        ("Moxie", 2.75),
        ("Bottled Water", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Steak Bomb", "Greek Pizza")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza
    ("a large cheese pizza", "Cheese Pizza", 'large 16"'),
    ("small cheese", "Cheese Pizza", 'small 10"'),
    ("a sixteen inch pepperoni", "Pepperoni Pizza", 'large 16"'),
    ("two large pepperoni", "Pepperoni Pizza", 'large 16"', 2),
    ("a ten inch hamburg pizza", "Hamburg Pizza", 'small 10"'),
    ("large hamburger pizza", "Hamburg Pizza", 'large 16"'),
    ("linguica pizza", "Linguica Pizza"),
    ("a small ling wee sa pizza", "Linguica Pizza", 'small 10"'),
    ("greek pizza large", "Greek Pizza", 'large 16"'),
    ("the house special", "House Special Pizza"),
    ("a large everything pizza", "House Special Pizza", 'large 16"'),
    ("buffalo chicken pizza", "Buffalo Chicken Pizza"),
    ("a small veggie", "Veggie Pizza", 'small 10"'),
    ("a large pizza", ASK),
    # steak bombs and subs
    ("a large steak bomb", "Steak Bomb", "large"),
    ("small steak bomb", "Steak Bomb", "small"),
    ("two small steak bombs", "Steak Bomb", "small", 2),
    ("a steak and cheese large", "Steak & Cheese Sub", "large"),
    ("chicken steak bomb", "Chicken Steak Bomb"),
    ("a small sub", ASK),
    # grinders
    ("a large italian", "Italian Grinder", "large"),
    ("an italian sub small", "Italian Grinder", "small"),
    ("meatball grinder", "Meatball Grinder"),
    ("a small meatball sub", "Meatball Grinder", "small"),
    ("chicken parm large", "Chicken Parm Grinder", "large"),
    ("eggplant parmesan sub", "Eggplant Parm Grinder"),
    ("a turkey sub", "Turkey Sub"),
    ("large tuna", "Tuna Sub", "large"),
    ("chicken finger sub", "Chicken Finger Sub"),
    ("hot pastrami", "Pastrami Grinder"),
    ("a chicken sub", ASK),
    ("a parm sub", ASK),
    # calzones
    ("cheese calzone", "Cheese Calzone"),
    ("steak and cheese calzone", "Steak & Cheese Calzone"),
    ("spinach feta calzone", "Spinach & Feta Calzone"),
    ("a calzone", ASK),
    # greek
    ("a gyro", "Gyro Roll-Up"),
    ("two euro roll ups", "Gyro Roll-Up", None, 2),
    ("chicken souvlaki", "Chicken Souvlaki Roll-Up"),
    ("a spinach pie", "Spinach Pie"),
    ("spanakopita", "Spinach Pie"),
    # salads and sides
    ("a large greek salad", "Greek Salad", "large"),
    ("small garden salad", "Garden Salad", "small"),
    ("chicken caesar", "Chicken Caesar Salad"),
    ("a salad", ASK),
    ("large fries", "French Fries", "large"),
    ("small onion rings", "Onion Rings", "small"),
    ("chicken fingers", "Chicken Fingers"),
    ("baklava", "Baklava"),
    # drinks
    ("a moxie", "Moxie"),
    ("a sprite", "Soda (20 oz)"),
    ("two cokes", "Soda (20 oz)", None, 2),
    ("water", "Bottled Water"),
    # not on the menu
    ("a bar pizza", UNKNOWN),
    ("lobster roll", UNKNOWN),
    ("roast beef sandwich", UNKNOWN),
    ("moussaka", UNKNOWN),
    ("buffalo wings", UNKNOWN),
    ("fried clams", UNKNOWN),
    ("a fish sandwich", UNKNOWN),
]
