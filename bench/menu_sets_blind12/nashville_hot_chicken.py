"""A Nashville hot chicken shack (the pattern of the take-out menus of hot chicken places in
Nashville and the chains and copies that spread from it): everything fried and dipped in a
cayenne oil at the caller's heat level (Plain, Mild, Medium, Hot or Extra Hot, a choice that does
not change the item), served on white bread with pickles; tenders by 2, 3 or 4, family meals of
12 or 20 tenders, a quarter bird dark or white, a half bird, sliders by 2 or 3, the hot chicken
sandwich, chicken and waffles, wings by 6 or 10; Southern sides by the Regular or Large; dipping
sauces; banana pudding and pies; sweet and unsweet tea Small, Large or by the Gallon.
Callers lead or end with the heat ("three tenders hot", "medium quarter dark"), say "piece" for a
tender, "bird" or "chicken" for the bird, and speech recognition writes "coleslaw" as "cole
slaw", "collards" as "collared greens", "comeback sauce" as "come back sauce", "mac and cheese"
as "mac n cheese", "banana pudding" as "nanner pudding", "Arnold Palmer" as "arnold palmar". "A
quarter chicken", "a side", "a dipping sauce", "a dessert", "a slice of pie", "a large tea" and
"a small drink" alone are a question; a hot fish sandwich, fried green tomatoes, hushpuppies, a
grilled chicken sandwich, a hot chicken biscuit, peach cobbler and hot chicken tacos are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Nashville Hot Chicken"

_HEAT = ("choice of heat: plain, mild, medium, hot or extra hot", "white bread", "pickles")
_SIDE = {"Regular": 3.5, "Large": 6.5}
_TEA = {"Small": 2.5, "Large": 3.5, "Gallon": 9.0}
_DRINK = {"Small": 2.5, "Large": 3.5}

CATEGORIES: dict[str, list[Item]] = {
    "Hot Chicken": [
        ("Hot Chicken Tenders", {"2 Tenders": 9.0, "3 Tenders": 12.0, "4 Tenders": 15.0},
         ("chicken tenders", "one side", *_HEAT)),
        ("Quarter Bird Dark", 11.0, ("leg and thigh", "one side", *_HEAT)),
        ("Quarter Bird White", 12.5, ("breast and wing", "one side", *_HEAT)),
        ("Half Bird", 18.0, ("half chicken", "two sides", *_HEAT)),
        ("Hot Chicken Sliders", {"2 Sliders": 9.5, "3 Sliders": 13.0},
         ("tenders on slider buns", "slaw", "comeback sauce", *_HEAT)),
        ("Hot Chicken Sandwich", 11.0, ("fried chicken breast", "brioche bun", "slaw", "comeback sauce",
                                        *_HEAT)),
        ("Hot Chicken and Waffles", 14.0, ("tenders", "belgian waffle", "maple syrup", *_HEAT)),
        ("Hot Chicken Mac Bowl", 13.0, ("mac and cheese", "chopped tenders", *_HEAT)),
        ("Hot Chicken Loaded Fries", 12.0, ("crinkle fries", "chopped tenders", "cheese sauce", "ranch",
                                            *_HEAT)),
        ("Hot Chicken Salad", 12.0, ("greens", "chopped tenders", "tomato", "cheddar", "ranch")),
        ("Hot Wings", {"6 Wings": 10.0, "10 Wings": 15.0}, ("whole wings", *_HEAT)),
        ("Tender Family Meal", {"12 Tenders": 38.0, "20 Tenders": 60.0},
         ("tenders", "three large sides", "white bread", "pickles")),
        ("Kids Tender Meal", 7.0, ("two plain tenders", "fries", "small drink")),
    ],
    "Starters": [
        ("Fried Pickles", 7.0, ("battered pickle chips", "ranch")),
        ("Pimento Cheese and Crackers", 7.0, ("pimento cheese", "saltine crackers")),
    ],
    "Sides": [
        ("Mac and Cheese", _SIDE),
        ("Coleslaw", _SIDE),
        ("Crinkle Fries", _SIDE),
        ("Baked Beans", _SIDE),
        ("Collard Greens", _SIDE),
        ("Potato Salad", _SIDE),
        ("Fried Okra", _SIDE),
        ("Green Beans", _SIDE),
        ("Honey Butter Biscuit", 2.5),
        ("Texas Toast", 1.5),
    ],
    "Sauces & Extras": [
        ("Comeback Sauce", 0.75),
        ("Ranch", 0.75),
        ("Honey Mustard", 0.75),
        ("Extra Pickles", 0.5),
    ],
    "Desserts": [
        ("Banana Pudding", 5.0, ("vanilla pudding", "bananas", "vanilla wafers")),
        ("Chess Pie", 5.0),
        ("Pecan Pie", 5.5),
    ],
    "Drinks": [
        ("Sweet Tea", _TEA),
        ("Unsweet Tea", _TEA),
        ("Lemonade", _DRINK),
        ("Arnold Palmer", _DRINK),
        ("Fountain Soda", _DRINK),
        ("Bottled Water", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # tenders, birds, sliders
    ("three tenders hot", "Hot Chicken Tenders", "3 tenders"),
    ("two tenders mild", "Hot Chicken Tenders", "2 tenders"),
    ("four tenders extra hot", "Hot Chicken Tenders", "4 tenders"),
    ("a three piece tender plate medium", "Hot Chicken Tenders", "3 tenders"),
    ("chicken tenders plain two piece", "Hot Chicken Tenders", "2 tenders"),
    ("family meal with twelve tenders", "Tender Family Meal", "12 tenders"),
    ("the twenty tender family meal", "Tender Family Meal", "20 tenders"),
    ("a kids tender meal", "Kids Tender Meal"),
    ("a quarter dark hot", "Quarter Bird Dark"),
    ("medium quarter white", "Quarter Bird White"),
    ("two dark quarters hot", "Quarter Bird Dark", None, 2),
    ("a quarter chicken", ASK),
    ("half a bird extra hot", "Half Bird"),
    ("a half chicken mild", "Half Bird"),
    ("two sliders hot", "Hot Chicken Sliders", "2 sliders"),
    ("three hot chicken sliders medium", "Hot Chicken Sliders", "3 sliders"),
    # sandwiches and plates
    ("hot chicken sandwich", "Hot Chicken Sandwich"),
    ("a chicken sandwich extra hot", "Hot Chicken Sandwich"),
    ("two hot chicken sandwiches mild", "Hot Chicken Sandwich", None, 2),
    ("chicken n waffles hot", "Hot Chicken and Waffles"),
    ("hot chicken mac and cheese bowl", "Hot Chicken Mac Bowl"),
    ("loaded fries medium", "Hot Chicken Loaded Fries"),
    ("hot chicken salad", "Hot Chicken Salad"),
    ("six wings hot", "Hot Wings", "6 wings"),
    ("ten hot wings", "Hot Wings", "10 wings"),
    # starters and sides
    ("fried pickles", "Fried Pickles"),
    ("pimento cheese", "Pimento Cheese and Crackers"),
    ("mac n cheese", "Mac and Cheese"),
    ("a large mac and cheese", "Mac and Cheese", "large"),
    ("regular cole slaw", "Coleslaw", "regular"),
    ("fries", "Crinkle Fries"),
    ("large crinkle fries", "Crinkle Fries", "large"),
    ("baked beans regular", "Baked Beans", "regular"),
    ("large collared greens", "Collard Greens", "large"),
    ("potato salad", "Potato Salad"),
    ("fried okra large", "Fried Okra", "large"),
    ("two honey butter biscuits", "Honey Butter Biscuit", None, 2),
    ("a side", ASK),
    # sauces and extras
    ("come back sauce", "Comeback Sauce"),
    ("extra ranch", "Ranch"),
    ("extra pickles", "Extra Pickles"),
    ("a dipping sauce", ASK),
    # desserts
    ("nanner pudding", "Banana Pudding"),
    ("chess pie", "Chess Pie"),
    ("a dessert", ASK),
    ("a slice of pie", ASK),
    # drinks
    ("a large sweet tea", "Sweet Tea", "large"),
    ("gallon of sweet tea", "Sweet Tea", "gallon"),
    ("small unsweet tea", "Unsweet Tea", "small"),
    ("arnold palmar large", "Arnold Palmer", "large"),
    ("a small lemonade", "Lemonade", "small"),
    ("a large tea", ASK),
    ("a small drink", ASK),
    # not on the menu
    ("a hot fish sandwich", UNKNOWN),
    ("fried green tomatoes", UNKNOWN),
    ("hushpuppies", UNKNOWN),
    ("a grilled chicken sandwich", UNKNOWN),
    ("hot chicken biscuit", UNKNOWN),
    ("peach cobbler", UNKNOWN),
    ("hot chicken tacos", UNKNOWN),
]
