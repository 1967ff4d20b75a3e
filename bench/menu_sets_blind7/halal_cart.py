"""A New York halal cart with Pakistani specials (the pattern of Midtown carts and their
storefront spin-offs): platters over rice Small or Large, gyros and wraps, Pakistani plates
(tikka, seekh and chapli kebab, biryani, haleem), sides, extra white or hot sauce, drinks.
Callers say "chicken and rice", "gyro over rice" for lamb, "red sauce" for hot sauce, and mishear
kebab as kabab or sheek. "A chicken platter", "the combo", "falafel", "over rice", "a gyro", "a
kebab plate" or "extra sauce" alone is a question; beef over rice, karahi, nihari and lamb chops
are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "New York halal cart (Pakistani specials)"


def _sl(small: float, large: float) -> dict[str, float]:
    return {"Small": small, "Large": large}


CATEGORIES: dict[str, list[Item]] = {
    "Platters": [
        ("Chicken Over Rice", _sl(7.0, 10.0), ("grilled chopped chicken", "yellow rice", "lettuce", "pita")),
        ("Lamb Over Rice", _sl(8.0, 11.0), ("lamb gyro meat", "yellow rice", "lettuce", "pita")),
        ("Combo Over Rice", _sl(8.0, 11.0), ("chicken", "lamb gyro meat", "yellow rice", "lettuce", "pita")),
        ("Falafel Over Rice", _sl(7.0, 9.0), ("falafel", "yellow rice", "lettuce", "hummus")),
        ("Chicken Over Salad", _sl(7.0, 10.0), ("grilled chopped chicken", "lettuce", "tomato", "no rice")),
        ("Fish Over Rice", _sl(9.0, 12.0), ("fried tilapia", "yellow rice", "lettuce")),
        ("Shrimp Over Rice", _sl(10.0, 13.0), ("grilled shrimp", "yellow rice", "lettuce")),
    ],
    "Sandwiches & Wraps": [
        ("Chicken Gyro", 7.0, ("chicken", "pita", "lettuce", "tomato", "white sauce")),
        ("Lamb Gyro", 7.0, ("lamb gyro meat", "pita", "lettuce", "tomato", "white sauce")),
        ("Combo Gyro", 8.0, ("chicken", "lamb gyro meat", "pita", "white sauce")),
        ("Falafel Wrap", 6.0, ("falafel", "pita", "lettuce", "tahini")),
        ("Philly Cheesesteak", 8.0, ("halal beef", "onion", "peppers", "cheese", "hero")),
        ("Beef Burger", 6.0, ("halal beef patty", "lettuce", "tomato", "bun")),
    ],
    "Pakistani Specials": [
        ("Chicken Tikka Plate", 12.0, ("chicken tikka", "basmati rice", "naan", "salad")),
        ("Seekh Kebab Plate", 12.0, ("2 beef seekh kebabs", "basmati rice", "naan", "salad")),
        ("Chapli Kebab Plate", 12.0, ("2 beef chapli kebabs", "basmati rice", "naan")),
        ("Chicken Biryani", 11.0, ("basmati rice", "chicken", "spices", "raita")),
        ("Haleem", 9.0, ("slow-cooked beef", "lentils", "wheat", "naan")),
    ],
    "Sides": [
        ("French Fries", _sl(4.0, 6.0), ("fries",)),
        ("Samosa", 2.0, ("1 piece", "potato", "peas")),
        ("Hummus with Pita", 5.0, ("hummus", "pita")),
        ("Extra White Sauce", 0.5, ("white sauce",)),
        ("Extra Hot Sauce", 0.5, ("red hot sauce",)),
        ("Pita Bread", 1.5, ("1 pita",)),
        ("Baklava", 3.0, ("phyllo", "pistachio", "honey")),
    ],
    "Drinks": [
        ("Can Soda", 1.5, ("coke", "diet coke", "sprite", "ginger ale")),
        ("Bottled Water", 1.5, ("water",)),
        ("Mango Lassi", 4.0, ("yogurt", "mango")),
        ("Karak Chai", 2.5, ("strong tea", "milk", "cardamom")),
        ("Snapple", 2.5, ("peach iced tea", "lemon iced tea")),
    ],
}

SPECIALS: tuple[str, ...] = ("Combo Over Rice",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # platters
    ("chicken over rice", "Chicken Over Rice"),
    ("large chicken over rice", "Chicken Over Rice", "large"),
    ("two small chicken over rice", "Chicken Over Rice", "small", 2),
    ("chicken and rice", "Chicken Over Rice"),
    ("a chicken platter", ASK),
    ("lamb over rice small", "Lamb Over Rice", "small"),
    ("gyro over rice", "Lamb Over Rice"),
    ("combo over rice large", "Combo Over Rice", "large"),
    ("chicken and lamb over rice", "Combo Over Rice"),
    ("the combo", ASK),
    ("falafel over rice", "Falafel Over Rice"),
    ("falafel", ASK),
    ("chicken with salad no rice", "Chicken Over Salad"),
    ("fish platter large", "Fish Over Rice", "large"),
    ("shrimp over rice", "Shrimp Over Rice"),
    ("over rice", ASK),
    # sandwiches & wraps
    ("chicken gyro sandwich", "Chicken Gyro"),
    ("two lamb gyros", "Lamb Gyro", None, 2),
    ("a gyro", ASK),
    ("mixed gyro", "Combo Gyro"),
    ("falafel sandwich", "Falafel Wrap"),
    ("philly cheese steak", "Philly Cheesesteak"),
    ("cheesesteak", "Philly Cheesesteak"),
    ("hamburger", "Beef Burger"),
    # pakistani specials
    ("chicken tikka", "Chicken Tikka Plate"),
    ("seekh kabab", "Seekh Kebab Plate"),
    ("sheek kebab plate", "Seekh Kebab Plate"),
    ("chapli kabab", "Chapli Kebab Plate"),
    ("a kebab plate", ASK),
    ("biryani", "Chicken Biryani"),
    ("two chicken biryanis", "Chicken Biryani", None, 2),
    ("haleem", "Haleem"),
    # sides
    ("large fries", "French Fries", "large"),
    ("small french fry", "French Fries", "small"),
    ("three samosas", "Samosa", None, 3),
    ("hummus and pita", "Hummus with Pita"),
    ("more white sauce", "Extra White Sauce"),
    ("extra red sauce", "Extra Hot Sauce"),
    ("extra sauce", ASK),
    ("two pita bread", "Pita Bread", None, 2),
    ("baklava", "Baklava"),
    # drinks
    ("a can of coke", "Can Soda"),
    ("two waters", "Bottled Water", None, 2),
    ("mango lassi", "Mango Lassi"),
    ("chai", "Karak Chai"),
    ("a snapple", "Snapple"),
    # not on the menu
    ("beef over rice", UNKNOWN),
    ("chicken karahi", UNKNOWN),
    ("nihari", UNKNOWN),
    ("lamb chops", UNKNOWN),
    ("chicken wings", UNKNOWN),
    ("falafel over salad", UNKNOWN),
    ("gulab jamun", UNKNOWN),
]
