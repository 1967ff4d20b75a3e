"""A Texas-style BBQ smokehouse menu (the pattern of US smokehouse take-out menus): meats by the
half pound and pound, ribs by the half or full rack, one-, two- and three-meat plates, brisket in
four items (by weight, burnt ends, chopped and sliced sandwiches), sides by the individual, pint
or quart, tea by the gallon. Callers say weights in words ("half a pound"), rack sizes, and the
Texas words for things ("chopped beef" for chopped brisket)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "BBQ smokehouse"

BY_WEIGHT = {"1/2 lb": 14.0, "1 lb": 27.0}
SIDE = {"Individual": 4.0, "Pint": 8.0, "Quart": 14.0}
TEA = {"Regular": 3.0, "Large": 4.0, "Gallon": 10.0}

CATEGORIES: dict[str, list[Item]] = {
    "Meats by the Pound": [
        ("Brisket", BY_WEIGHT, ("post oak smoked brisket", "salt", "black pepper")),
        ("Pulled Pork", {"1/2 lb": 10.0, "1 lb": 19.0}, ("smoked pork shoulder",)),
        ("Smoked Turkey", {"1/2 lb": 11.0, "1 lb": 21.0}, ("turkey breast",)),
        ("Burnt Ends", {"1/2 lb": 16.0, "1 lb": 30.0}, ("brisket point", "bbq sauce")),
        ("Jalapeño Cheddar Sausage", 6.0, ("pork and beef sausage", "jalapeno", "cheddar")),
        ("Hot Link", 5.5, ("spicy beef sausage",)),
    ],
    "Ribs": [
        ("Baby Back Ribs", {"Half Rack": 19.0, "Full Rack": 34.0}, ("pork baby back ribs", "dry rub")),
        ("St. Louis Spare Ribs", {"Half Rack": 18.0, "Full Rack": 32.0}, ("pork spare ribs", "bbq sauce")),
        ("Beef Rib", 28.0, ("beef plate rib", "salt", "black pepper")),
    ],
    "Chicken": [
        ("Smoked Half Chicken", 15.0, ("half chicken", "dry rub")),
        ("Smoked Wings", {"6 pc": 10.0, "12 pc": 18.0}, ("chicken wings", "bbq sauce")),
    ],
    "Plates": [
        ("One Meat Plate", 18.0, ("choice of meat", "two sides", "texas toast")),
        ("Two Meat Plate", 23.0, ("choice of two meats", "two sides", "texas toast")),
        ("Three Meat Plate", 28.0, ("choice of three meats", "two sides", "texas toast")),
    ],
    "Sandwiches": [
        ("Chopped Brisket Sandwich", 13.0, ("chopped brisket", "bbq sauce", "pickles", "onion", "bun")),
        ("Sliced Brisket Sandwich", 14.0, ("sliced brisket", "pickles", "onion", "bun")),
        ("Pulled Pork Sandwich", 11.0, ("pulled pork", "cole slaw", "bun")),
        ("Smoked Turkey Sandwich", 12.0, ("smoked turkey", "pickles", "bun")),
        ("The Hog Heaven", 15.0, ("pulled pork", "sliced sausage", "cole slaw", "bun")),
        ("Frito Pie", 10.0, ("fritos", "brisket chili", "cheddar", "onion")),
        ("Loaded Baked Potato", 9.0, ("baked potato", "chopped brisket", "cheddar", "sour cream", "chives")),
    ],
    "Sides": [
        ("Mac and Cheese", SIDE, ("elbow macaroni", "cheddar")),
        ("Pit Beans", SIDE, ("pinto beans", "brisket trimmings")),
        ("Cole Slaw", SIDE, ("cabbage", "carrot", "vinegar dressing")),
        ("Potato Salad", SIDE, ("potatoes", "mustard", "egg")),
        ("Collard Greens", SIDE, ("collards", "smoked turkey")),
        ("Creamed Corn", SIDE, ("sweet corn", "cream")),
        ("Cornbread", 3.0, ("honey butter",)),
        ("Texas Toast", 1.5),
    ],
    "Desserts": [
        ("Banana Pudding", {"Cup": 5.0, "Pint": 9.0}, ("vanilla wafers", "banana", "custard")),
        ("Peach Cobbler", 6.0),
        ("Pecan Pie", 6.0),
    ],
    "Drinks": [
        ("Sweet Tea", TEA),
        ("Unsweet Tea", TEA),
        ("Lemonade", {"Regular": 3.5, "Large": 4.5}),
        ("Big Red", 2.5),
        ("Dr Pepper", 2.5),
        ("Shiner Bock", 5.0),
        ("Lone Star", 4.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # meats by weight
    ("a pound of brisket", "Brisket", "1 lb"),
    ("half a pound of brisket", "Brisket", "1/2 lb"),
    ("brisket", "Brisket"),
    ("uh lemme get a pound of the pulled pork", "Pulled Pork", "1 lb"),
    ("half pound of pulled pork", "Pulled Pork", "1/2 lb"),
    ("a half pound of turkey", "Smoked Turkey", "1/2 lb"),
    ("burnt ends", "Burnt Ends"),
    ("a pound of burn ends", "Burnt Ends", "1 lb"),
    ("two jalapeno sausages", "Jalapeño Cheddar Sausage", None, 2),
    ("a jalapeno cheese sausage", "Jalapeño Cheddar Sausage"),
    ("sausage", ASK),  # the jalapeño cheddar, the hot link (and the hog heaven has some)
    ("a hot link", "Hot Link"),
    # ribs and chicken
    ("ribs", ASK),
    ("a half rack of baby backs", "Baby Back Ribs", "half rack"),
    ("full rack of spare ribs", "St. Louis Spare Ribs", "full rack"),
    ("saint louis ribs", "St. Louis Spare Ribs"),
    ("a half rack", ASK),  # baby back or spare
    ("one beef rib", "Beef Rib", None, 1),
    ("beef ribs", "Beef Rib"),
    ("a half a chicken", "Smoked Half Chicken"),
    ("a dozen wings", "Smoked Wings", "12 pc"),
    ("six smoked wings", "Smoked Wings", "6 pc", 1),  # one order of six, not six orders
    # plates and sandwiches
    ("a two meat plate", "Two Meat Plate"),
    ("two two-meat plates", "Two Meat Plate", None, 2),
    ("three meat combo", "Three Meat Plate"),
    ("a plate with one meat", "One Meat Plate"),
    ("a plate", ASK),
    ("a brisket sandwich", ASK),  # chopped or sliced
    ("chopped brisket sandwich", "Chopped Brisket Sandwich"),
    ("two chopped beef sandwiches", "Chopped Brisket Sandwich", None, 2),
    ("sliced brisket sandwich", "Sliced Brisket Sandwich"),
    ("a pulled pork sandwich", "Pulled Pork Sandwich"),
    ("turkey sandwich", "Smoked Turkey Sandwich"),
    ("the hog heaven", "The Hog Heaven"),
    ("frito pie", "Frito Pie"),
    ("a baked potato", "Loaded Baked Potato"),
    # sides and desserts
    ("mac and cheese", "Mac and Cheese"),
    ("a quart of mac and cheese", "Mac and Cheese", "quart"),
    ("a pint of beans", "Pit Beans", "pint"),
    ("baked beans", "Pit Beans"),
    ("coleslaw", "Cole Slaw"),
    ("pint of potato salad", "Potato Salad", "pint"),
    ("greens", "Collard Greens"),
    ("corn", ASK),  # creamed corn or cornbread
    ("two cornbreads", "Cornbread", None, 2),
    ("banana pudding", "Banana Pudding"),
    ("peach cobbler", "Peach Cobbler"),
    # drinks
    ("a gallon of sweet tea", "Sweet Tea", "gallon"),
    ("a big sweet tea", "Sweet Tea", "large"),
    ("unsweetened tea", "Unsweet Tea"),
    ("iced tea", ASK),  # sweet or unsweet
    ("a big red", "Big Red"),
    ("doctor pepper", "Dr Pepper"),
    ("a shiner", "Shiner Bock"),
    ("a beer", ASK),
    # not on the menu
    ("pulled chicken", UNKNOWN),
    ("fried okra", UNKNOWN),
    ("hush puppies", UNKNOWN),
    ("a root beer", UNKNOWN),
    ("half pound of pastrami", UNKNOWN),
]
