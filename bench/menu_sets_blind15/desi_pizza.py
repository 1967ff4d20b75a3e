"""An Indian-style pizzeria in the US (the pattern of desi pizza take-out menus in New Jersey,
Queens, Houston, the Bay Area and Chicago's Devon Avenue): tandoori chicken, paneer tikka, butter
chicken, achari, chilli paneer, keema and palak paneer pizzas 10, 12 or 14 inch, plain cheese and
pepperoni, Indo-Chinese chilli paneer and chilli chicken, masala fries, garlic naan bread,
samosas by count (2 or 4), tandoori wings by count, mango or sweet lassi Small or Large, masala
chai, Thums Up, gulab jamun, kulfi. Callers mix in Hindi words: "murgh makhani pizza" for butter
chicken, "aam lassi" for mango lassi, "lehsun naan" for garlic naan, "aloo samosa", "mirchi" for
chilli; they say "a fourteen inch tandoori chicken", "twelve inch paneer tikka" and mishear
paneer ("panir", "pan ear"), achari ("a char ee"), tandoori ("tan duri"). "An achari pizza"
(chicken or paneer), "a lassi", "a kulfi", "four samosas", "a chilli" and "a twelve inch pizza"
alone are questions; chicken biryani, paneer butter masala pizza, pav bhaji, vada pav, a masala
dosa, a fish tikka pizza and rasmalai are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Desi Pizza House"

_PLAIN = {"10 Inch": 10.99, "12 Inch": 13.99, "14 Inch": 16.99}
_DESI = {"10 Inch": 13.99, "12 Inch": 16.99, "14 Inch": 20.99}
_LASSI = {"Small": 3.99, "Large": 5.99}

CATEGORIES: dict[str, list[Item]] = {
    "Desi Pizzas": [
        ("Tandoori Chicken Pizza", _DESI, ("tandoori chicken", "onion", "green pepper", "mint sauce",
                                           "mozzarella")),
        ("Paneer Tikka Pizza", _DESI, ("paneer tikka", "onion", "capsicum", "tikka sauce")),
        ("Butter Chicken Pizza", _DESI, ("butter chicken", "makhani sauce", "onion", "cilantro")),
        ("Chicken Tikka Masala Pizza", _DESI, ("chicken tikka", "tikka masala sauce", "jalapeño")),
        ("Achari Chicken Pizza", _DESI, ("chicken", "achari pickle masala", "onion", "green chilli")),
        ("Achari Paneer Pizza", _DESI, ("paneer", "achari pickle masala", "onion", "green chilli")),
        ("Chilli Paneer Pizza", _DESI, ("chilli paneer", "spring onion", "capsicum", "schezwan sauce")),
        ("Keema Pizza", _DESI, ("spiced ground lamb", "onion", "green chilli", "cilantro")),
        ("Palak Paneer Pizza", _DESI, ("spinach sauce", "paneer", "garlic")),
        ("Malai Chicken Pizza", _DESI, ("malai chicken", "cream sauce", "onion")),
        ("Gobi Manchurian Pizza", _DESI, ("gobi manchurian", "spring onion", "manchurian sauce")),
        ("Desi Veggie Pizza", _DESI, ("onion", "tomato", "capsicum", "green chilli", "ginger", "corn")),
    ],
    "Classic Pizzas": [
        ("Cheese Pizza", _PLAIN, ("tomato sauce", "mozzarella")),
        ("Pepperoni Pizza", _PLAIN, ("tomato sauce", "mozzarella", "beef pepperoni")),
        ("Margherita Pizza", _PLAIN, ("tomato sauce", "fresh mozzarella", "basil")),
    ],
    "Starters": [
        ("Aloo Samosa", {"2 Pieces": 3.99, "4 Pieces": 6.99}, ("potato", "peas", "tamarind chutney")),
        ("Keema Samosa", {"2 Pieces": 4.99, "4 Pieces": 8.99}, ("spiced ground lamb", "mint chutney")),
        ("Chilli Paneer", 11.99, ("fried paneer", "capsicum", "onion", "chilli soy sauce")),
        ("Chilli Chicken", 12.99, ("fried chicken", "capsicum", "onion", "chilli soy sauce")),
        ("Masala Fries", 5.99, ("fries", "chaat masala", "chilli powder")),
        ("Cheesy Masala Fries", 7.99, ("fries", "chaat masala", "cheese sauce", "jalapeño")),
        ("Garlic Naan Bread", 5.99, ("naan", "garlic butter", "cilantro")),
        ("Cheese Garlic Naan Bread", 7.49, ("naan", "garlic butter", "mozzarella")),
        ("Tandoori Wings", {"6 Pieces": 8.99, "12 Pieces": 15.99}, ("tandoori marinade", "mint chutney")),
        ("Paneer Pakora", 8.99, ("paneer", "chickpea batter", "mint chutney")),
        ("Onion Bhaji", 6.99, ("onion", "chickpea batter")),
    ],
    "Drinks": [
        ("Mango Lassi", _LASSI),
        ("Sweet Lassi", _LASSI),
        ("Masala Chai", 2.99),
        ("Thums Up", 2.49),
        ("Limca", 2.49),
        ("Coke", 1.99),
    ],
    "Desserts": [
        ("Gulab Jamun", {"2 Pieces": 3.99, "4 Pieces": 6.99}),
        ("Mango Kulfi", 3.99),
        ("Pista Kulfi", 3.99),
        ("Gajar Halwa", 4.99),
    ],
}

SPECIALS: tuple[str, ...] = ("Butter Chicken Pizza",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # desi pizzas
    ("a fourteen inch tandoori chicken", "Tandoori Chicken Pizza", "14 inch"),
    ("twelve inch tan duri chicken pizza", "Tandoori Chicken Pizza", "12 inch"),
    ("paneer tikka pizza ten inch", "Paneer Tikka Pizza", "10 inch"),
    ("two fourteen inch panir tikka", "Paneer Tikka Pizza", "14 inch", 2),
    ("butter chicken pizza twelve inch", "Butter Chicken Pizza", "12 inch"),
    ("murgh makhani pizza fourteen inch", "Butter Chicken Pizza", "14 inch"),
    ("chicken tikka masala pizza ten inch", "Chicken Tikka Masala Pizza", "10 inch"),
    ("achari chicken twelve inch", "Achari Chicken Pizza", "12 inch"),
    ("a char ee paneer pizza fourteen", "Achari Paneer Pizza", "14 inch"),
    ("an achari pizza", ASK),
    ("chilli paneer pizza twelve inch", "Chilli Paneer Pizza", "12 inch"),
    ("fourteen inch keema pizza", "Keema Pizza", "14 inch"),
    ("ten inch palak paneer", "Palak Paneer Pizza", "10 inch"),
    ("malai chicken pizza twelve inch", "Malai Chicken Pizza", "12 inch"),
    ("gobi manchurian pizza fourteen inch", "Gobi Manchurian Pizza", "14 inch"),
    ("desi veggie twelve inch", "Desi Veggie Pizza", "12 inch"),
    ("a twelve inch pizza", ASK),
    ("a paneer pizza", ASK),
    # classic pizzas
    ("fourteen inch cheese pizza", "Cheese Pizza", "14 inch"),
    ("a ten inch pepperoni", "Pepperoni Pizza", "10 inch"),
    ("margherita twelve inch", "Margherita Pizza", "12 inch"),
    # starters
    ("two aloo samosa", "Aloo Samosa", "2 pieces"),
    ("four potato samosas", "Aloo Samosa", "4 pieces"),
    ("four keema samosa", "Keema Samosa", "4 pieces"),
    ("two lamb samosas", "Keema Samosa", "2 pieces"),
    ("four samosas", ASK),
    ("chilli paneer", "Chilli Paneer"),
    ("chili pan ear dry", "Chilli Paneer"),
    ("chilli chicken", "Chilli Chicken"),
    ("a chilli", ASK),
    ("masala fries", "Masala Fries"),
    ("two masala fries", "Masala Fries", None, 2),
    ("cheesy masala fries", "Cheesy Masala Fries"),
    ("garlic naan bread", "Garlic Naan Bread"),
    ("lehsun naan", "Garlic Naan Bread"),
    ("cheese garlic naan", "Cheese Garlic Naan Bread"),
    ("six tandoori wings", "Tandoori Wings", "6 pieces"),
    ("twelve tandoori chicken wings", "Tandoori Wings", "12 pieces"),
    ("paneer pakora", "Paneer Pakora"),
    ("onion bhajji", "Onion Bhaji"),
    # drinks and desserts
    ("a large mango lassi", "Mango Lassi", "large"),
    ("two small aam lassi", "Mango Lassi", "small", 2),
    ("sweet lassi large", "Sweet Lassi", "large"),
    ("a lassi", ASK),
    ("masala chai", "Masala Chai"),
    ("a thums up", "Thums Up"),
    ("thumbs up soda", "Thums Up"),
    ("limca", "Limca"),
    ("four gulab jamun", "Gulab Jamun", "4 pieces"),
    ("pista kulfi", "Pista Kulfi"),
    ("mango kulfi", "Mango Kulfi"),
    ("a kulfi", ASK),
    ("gajar ka halwa", "Gajar Halwa"),
    # not on the menu
    ("chicken biryani", UNKNOWN),
    ("paneer butter masala pizza", UNKNOWN),
    ("pav bhaji", UNKNOWN),
    ("vada pav", UNKNOWN),
    ("a masala dosa", UNKNOWN),
    ("fish tikka pizza", UNKNOWN),
    ("rasmalai", UNKNOWN),
]
