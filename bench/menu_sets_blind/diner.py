"""An American diner menu (the pattern of US diners' take-out menus): all-day breakfast,
pancakes by the short or full stack, six burgers and six sandwiches sharing "beef patty",
"bacon", "swiss" and "rye", blue-plate dinners, soups by cup or bowl, shakes and fountain drinks
by size. Every name is English, so the hard part is the words several items share and the
numbers in names ("Two Eggs Any Style" is one plate)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "American diner"

CUP_BOWL = {"Cup": 4.5, "Bowl": 7.0}
SHAKE = {"Regular": 6.0, "Large": 7.5}
FOUNTAIN = {"Small": 2.5, "Large": 3.5}

CATEGORIES: dict[str, list[Item]] = {
    "Breakfast": [
        ("Two Eggs Any Style", 9.0, ("eggs", "home fries", "toast")),
        ("Pancakes", {"Short Stack": 8.0, "Full Stack": 10.5}, ("buttermilk pancakes", "butter", "syrup")),
        ("Blueberry Pancakes", {"Short Stack": 9.5, "Full Stack": 12.0},
         ("buttermilk pancakes", "blueberries", "syrup")),
        ("French Toast", 10.0, ("brioche", "cinnamon", "syrup")),
        ("Western Omelette", 12.0, ("ham", "green pepper", "onion", "american cheese")),
        ("Veggie Omelette", 12.0, ("spinach", "mushroom", "tomato", "onion")),
        ("Cheese Omelette", 10.0, ("american cheese",)),
        ("Steak and Eggs", 18.0, ("sirloin steak", "two eggs", "home fries", "toast")),
        ("Biscuits and Gravy", 10.0, ("buttermilk biscuits", "sausage gravy")),
        ("Corned Beef Hash", 13.0, ("corned beef", "potatoes", "two eggs")),
    ],
    "Burgers": [
        ("Classic Burger", 12.0, ("beef patty", "lettuce", "tomato", "onion")),
        ("Cheeseburger", 13.0, ("beef patty", "american cheese", "lettuce", "tomato")),
        ("Bacon Cheeseburger", 15.0, ("beef patty", "bacon", "cheddar")),
        ("Mushroom Swiss Burger", 15.0, ("beef patty", "mushrooms", "swiss")),
        ("Patty Melt", 14.0, ("beef patty", "swiss", "grilled onions", "rye")),
        ("Veggie Burger", 13.0, ("black bean patty", "lettuce", "tomato")),
    ],
    "Sandwiches": [
        ("BLT", 11.0, ("bacon", "lettuce", "tomato", "toast")),
        ("Club Sandwich", 14.0, ("turkey", "bacon", "lettuce", "tomato")),
        ("Grilled Cheese", 9.0, ("american cheese", "white bread")),
        ("Tuna Melt", 12.0, ("tuna salad", "american cheese", "rye")),
        ("Reuben", 15.0, ("corned beef", "sauerkraut", "swiss", "rye")),
        ("Philly Cheesesteak", 15.0, ("shaved steak", "onions", "provolone", "hoagie roll")),
    ],
    "Blue Plate Specials": [
        ("Meatloaf", 17.0, ("meatloaf", "mashed potatoes", "gravy")),
        ("Chicken Fried Steak", 18.0, ("breaded steak", "country gravy", "mashed potatoes")),
        ("Fried Chicken Dinner", 18.0, ("fried chicken", "mashed potatoes", "cole slaw")),
        ("Open-Faced Turkey Sandwich", 16.0, ("roast turkey", "gravy", "mashed potatoes")),
        ("Chicken Tenders", 13.0, ("chicken tenders", "fries", "honey mustard")),
    ],
    "Soups": [
        ("Chicken Noodle Soup", CUP_BOWL, ("chicken", "egg noodles", "carrot")),
        ("Chili", CUP_BOWL, ("ground beef", "beans", "cheddar", "onion")),
    ],
    "Sides": [
        ("French Fries", 4.5),
        ("Cheese Fries", 6.0, ("fries", "cheese sauce")),
        ("Onion Rings", 5.5),
        ("Tater Tots", 5.0),
        ("Cole Slaw", 3.5),
        ("Side Salad", 5.0, ("lettuce", "tomato", "cucumber")),
        ("Home Fries", 4.0),
        ("Bacon", 4.5),
        ("Mashed Potatoes", 4.5, ("gravy",)),
    ],
    "Desserts": [
        ("Apple Pie", 6.0),
        ("Cherry Pie", 6.0),
        ("Cheesecake", 7.0),
        ("Hot Fudge Sundae", 7.0, ("vanilla ice cream", "hot fudge", "whipped cream")),
    ],
    "Drinks": [
        ("Chocolate Shake", SHAKE),
        ("Vanilla Shake", SHAKE),
        ("Strawberry Shake", SHAKE),
        ("Coffee", 2.5),
        ("Iced Tea", 3.0),
        ("Coca-Cola", FOUNTAIN),
        ("Diet Coke", FOUNTAIN),
        ("Root Beer", FOUNTAIN),
        ("Orange Juice", {"Small": 3.5, "Large": 5.0}),
        ("Lemonade", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # breakfast
    ("two eggs over easy", "Two Eggs Any Style", None, 1),  # one plate, not two of something
    ("pancakes", "Pancakes"),
    ("a short stack", ASK),  # plain or blueberry
    ("a short stack of blueberry pancakes", "Blueberry Pancakes", "short stack"),
    ("full stack pancakes", "Pancakes", "full stack"),
    ("french toast", "French Toast"),
    ("a western omelet", "Western Omelette"),
    ("veggie omelet", "Veggie Omelette"),
    ("an omelette", ASK),
    ("steak and eggs", "Steak and Eggs"),
    ("a steak", ASK),  # steak and eggs, chicken fried steak
    ("biscuit and gravy", "Biscuits and Gravy"),
    ("hash", "Corned Beef Hash"),
    ("corned beef", ASK),  # the hash or the reuben
    # burgers and sandwiches
    ("a burger", ASK),
    ("a hamburger", "Classic Burger"),
    ("two cheeseburgers", "Cheeseburger", None, 2),
    ("a bacon burger", "Bacon Cheeseburger"),
    ("mushroom swiss", "Mushroom Swiss Burger"),
    ("black bean burger", "Veggie Burger"),
    ("a b l t", "BLT"),
    ("turkey club", "Club Sandwich"),
    ("a melt", ASK),  # patty melt or tuna melt
    ("tuna melt", "Tuna Melt"),
    ("rueben sandwich", "Reuben"),
    ("a philly", "Philly Cheesesteak"),
    ("cheese steak", "Philly Cheesesteak"),
    ("grilled cheese", "Grilled Cheese"),
    ("a turkey sandwich", ASK),  # the club or the open-faced one
    # blue plates
    ("chicken fingers", "Chicken Tenders"),
    ("meat loaf dinner", "Meatloaf"),
    ("fried chicken", "Fried Chicken Dinner"),
    ("chicken fried steak", "Chicken Fried Steak"),
    ("open face turkey", "Open-Faced Turkey Sandwich"),
    # soups and sides
    ("a cup of chili", "Chili", "cup"),
    ("bowl of chicken noodle", "Chicken Noodle Soup", "bowl"),
    ("fries", "French Fries"),
    ("cheese fries", "Cheese Fries"),
    ("tots", "Tater Tots"),
    ("coleslaw", "Cole Slaw"),
    ("a side of bacon", "Bacon"),
    ("a salad", "Side Salad"),
    # desserts
    ("a slice of cherry pie", "Cherry Pie"),
    ("pie", ASK),
    ("a sundae", "Hot Fudge Sundae"),
    # drinks
    ("a milkshake", ASK),
    ("large vanilla milkshake", "Vanilla Shake", "large"),
    ("two regular chocolate shakes", "Chocolate Shake", "regular", 2),
    ("a large coke", "Coca-Cola", "large"),
    ("small diet coke", "Diet Coke", "small"),
    ("root beer", "Root Beer"),
    ("an oj", "Orange Juice"),
    ("large orange juice", "Orange Juice", "large"),
    ("a cup of coffee", "Coffee"),
    # not on the menu
    ("a chicken sandwich", UNKNOWN),
    ("waffles", UNKNOWN),
    ("a turkey burger", UNKNOWN),
    ("buffalo wings", UNKNOWN),
    ("eggs benedict", UNKNOWN),
    ("a hot dog", UNKNOWN),
]
