"""A Southern soul food kitchen (the pattern of Harlem / Atlanta / Chicago South Side take-out
menus): fried chicken dinners by the 2 Piece or 3 Piece, smothered and fried pork chops, oxtails
Small or Large, fried fish, sides Small or Large, cobbler and pies, sweet tea. "Two piece" is a
dinner's size, not a quantity; callers shorten and drawl the names (mac n cheese, collards,
chitlins, banana puddin) and say "Arnold Palmer" for a half & half. "Chicken", "pork chops",
"fish" or "a large side" alone is a question; turkey wings, neck bones, salmon croquettes and
pecan pie are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Southern soul food kitchen"


def _side(small: float, large: float) -> dict[str, float]:
    return {"Small": small, "Large": large}


CATEGORIES: dict[str, list[Item]] = {
    "Chicken": [
        ("Fried Chicken Dinner", {"2 Piece": 11.99, "3 Piece": 14.99},
         ("mixed white and dark", "2 sides", "cornbread")),
        ("Smothered Chicken", 14.99, ("chicken quarters", "onion gravy", "2 sides", "cornbread")),
        ("Baked Chicken", 13.99, ("seasoned baked chicken quarter", "2 sides", "cornbread")),
        ("Chicken & Waffles", 15.99, ("3 fried wings", "belgian waffle", "syrup", "butter")),
    ],
    "Plates": [
        ("Smothered Pork Chops", 15.99, ("2 pork chops", "onion gravy", "2 sides", "cornbread")),
        ("Fried Pork Chops", 15.99, ("2 breaded pork chops", "2 sides", "cornbread")),
        ("Oxtails", {"Small": 19.99, "Large": 26.99}, ("braised oxtails", "gravy", "rice", "2 sides")),
        ("Meatloaf", 13.99, ("beef meatloaf", "brown gravy", "2 sides", "cornbread")),
        ("Chitterlings", 18.99, ("slow-cooked pork chitterlings", "hot sauce", "2 sides")),
    ],
    "Seafood": [
        ("Fried Catfish", 16.99, ("2 cornmeal fried catfish fillets", "2 sides", "hush puppies")),
        ("Fried Whiting", 14.99, ("3 fried whiting fillets", "2 sides", "white bread")),
        ("Shrimp & Grits", 17.99, ("sautéed shrimp", "cheese grits", "andouille", "gravy")),
    ],
    "Sides": [
        ("Mac & Cheese", _side(3.99, 6.99), ("baked macaroni", "cheddar")),
        ("Collard Greens", _side(3.99, 6.99), ("collards", "smoked turkey")),
        ("Candied Yams", _side(3.99, 6.99), ("sweet potatoes", "brown sugar", "butter")),
        ("Black-Eyed Peas", _side(3.99, 6.99), ("black-eyed peas", "smoked turkey")),
        ("Potato Salad", _side(3.99, 6.99), ("potato", "egg", "mustard", "relish")),
        ("Cabbage", _side(3.99, 6.99), ("braised cabbage", "onion")),
        ("Cornbread", 2.49, ("2 pieces", "sweet cornbread")),
        ("Hush Puppies", 3.99, ("6 fried cornmeal balls",)),
        ("Fried Okra", 4.49, ("cornmeal fried okra",)),
    ],
    "Desserts": [
        ("Peach Cobbler", 5.99, ("peaches", "buttery crust", "cinnamon")),
        ("Sweet Potato Pie", 4.99, ("slice", "sweet potato", "nutmeg")),
        ("Banana Pudding", 5.49, ("vanilla pudding", "bananas", "vanilla wafers")),
        ("Red Velvet Cake", 5.99, ("slice", "cream cheese frosting")),
    ],
    "Drinks": [
        ("Sweet Tea", 2.99, ("iced sweet tea",)),
        ("Lemonade", 2.99, ("fresh lemonade",)),
        ("Half & Half", 2.99, ("half sweet tea", "half lemonade")),
        ("Fruit Punch", 2.49, ("red fruit punch",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Oxtails",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # chicken
    ("two piece fried chicken", "Fried Chicken Dinner", "2 piece"),
    ("three piece chicken dinner", "Fried Chicken Dinner", "3 piece"),
    ("two 3 piece fried chicken dinners", "Fried Chicken Dinner", "3 piece", 2),
    ("fried chicken", "Fried Chicken Dinner"),
    ("smothered chicken", "Smothered Chicken"),
    ("baked chicken", "Baked Chicken"),
    ("chicken n waffles", "Chicken & Waffles"),
    ("chicken", ASK),
    # plates
    ("smothered pork chop", "Smothered Pork Chops"),
    ("fried pork chops", "Fried Pork Chops"),
    ("pork chops", ASK),
    ("the smothered one", ASK),
    ("oxtail large", "Oxtails", "large"),
    ("small ox tails", "Oxtails", "small"),
    ("meat loaf", "Meatloaf"),
    ("chitlins", "Chitterlings"),
    # seafood
    ("catfish", "Fried Catfish"),
    ("whiting", "Fried Whiting"),
    ("fish", ASK),
    ("shrimp and grits", "Shrimp & Grits"),
    # sides
    ("large mac and cheese", "Mac & Cheese", "large"),
    ("macaroni and cheese small", "Mac & Cheese", "small"),
    ("mac n cheese", "Mac & Cheese"),
    ("collards", "Collard Greens"),
    ("greens large", "Collard Greens", "large"),
    ("yams", "Candied Yams"),
    ("black eyed peas", "Black-Eyed Peas"),
    ("small potato salad", "Potato Salad", "small"),
    ("cabbage", "Cabbage"),
    ("a side of cornbread", "Cornbread"),
    ("hushpuppies", "Hush Puppies"),
    ("okra", "Fried Okra"),
    ("a large side", ASK),
    # desserts
    ("cobbler", "Peach Cobbler"),
    ("two slices of sweet potato pie", "Sweet Potato Pie", None, 2),
    ("banana puddin", "Banana Pudding"),
    ("red velvet", "Red Velvet Cake"),
    ("a slice of cake", "Red Velvet Cake"),
    ("a dessert", ASK),
    # drinks
    ("two sweet teas", "Sweet Tea", None, 2),
    ("a tea", "Sweet Tea"),
    ("lemonade", "Lemonade"),
    ("half and half", "Half & Half"),
    ("arnold palmer", "Half & Half"),
    ("fruit punch", "Fruit Punch"),
    # not on the menu
    ("turkey wings", UNKNOWN),
    ("neck bones", UNKNOWN),
    ("salmon croquettes", UNKNOWN),
    ("fried green tomatoes", UNKNOWN),
    ("string beans", UNKNOWN),
    ("chicken fried steak", UNKNOWN),
    ("pecan pie", UNKNOWN),
]
