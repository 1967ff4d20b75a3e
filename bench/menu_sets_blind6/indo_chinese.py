"""An Indo-Chinese ("Desi Chinese") restaurant (the pattern of Indo-Chinese take-out menus in New
Jersey, Texas and the Bay Area): soups, dry starters, gravy dishes, Hakka noodles and fried rice by
Half or Full, a dessert and Indian drinks. Manchurian and chilli dishes come both dry and as gravy,
so "gobi manchurian" or "chilli chicken" alone is a question; veg and chicken versions of noodles
and soups are separate items. Spellings wander (chilli / chili / chilly, schezwan / szechuan,
manchurian / manchoorian, gobi = cauliflower)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Indo-Chinese restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Soups": [
        ("Veg Manchow Soup", 6.99, ("mixed vegetables", "soy", "garlic", "fried noodles on top")),
        ("Chicken Manchow Soup", 7.99, ("chicken", "vegetables", "soy", "garlic", "fried noodles on top")),
        ("Hot & Sour Soup", 6.99, ("tofu", "mushroom", "vinegar", "pepper", "choice of veg or chicken")),
        ("Sweet Corn Soup", 6.99, ("sweet corn", "vegetables", "egg white")),
    ],
    "Starters": [
        ("Gobi Manchurian (Dry)", 12.99, ("crispy cauliflower", "manchurian sauce", "spring onion")),
        ("Veg Manchurian (Dry)", 12.99, ("vegetable balls", "manchurian sauce", "spring onion")),
        ("Chilli Paneer (Dry)", 14.99, ("paneer", "bell pepper", "onion", "green chilli", "soy")),
        ("Chilli Chicken (Dry)", 14.99, ("fried chicken", "bell pepper", "onion", "green chilli", "soy")),
        ("Chicken Lollipop", 13.99, ("6 frenched chicken wings", "schezwan dip")),
        ("Crispy Chilli Baby Corn", 12.99, ("baby corn", "chilli", "garlic", "spring onion")),
        ("Honey Chilli Potato", 11.99, ("crispy potato fingers", "honey", "chilli", "sesame")),
        ("Dragon Chicken", 15.99, ("chicken strips", "cashews", "red chilli sauce")),
        ("Veg Spring Rolls", 8.99, ("4 rolls", "cabbage", "carrot", "sweet chilli dip")),
        ("Chilli Fish", 16.99, ("fried basa fish", "bell pepper", "onion", "green chilli")),
    ],
    "Gravy": [
        ("Gobi Manchurian Gravy", 13.99, ("crispy cauliflower", "manchurian gravy")),
        ("Chicken Manchurian Gravy", 15.99, ("fried chicken", "manchurian gravy")),
        ("Chilli Chicken Gravy", 15.99, ("fried chicken", "bell pepper", "onion", "chilli gravy")),
        ("Schezwan Chicken", 15.99, ("chicken", "schezwan sauce", "vegetables")),
        ("Chilli Garlic Prawns", 18.99, ("prawns", "garlic", "red chilli", "spring onion")),
    ],
    "Noodles & Rice": [
        ("Veg Hakka Noodles", {"Half": 8.99, "Full": 12.99}, ("noodles", "cabbage", "carrot", "bell pepper")),
        ("Chicken Hakka Noodles", {"Half": 9.99, "Full": 13.99}, ("noodles", "chicken", "vegetables")),
        ("Chicken Schezwan Noodles", {"Half": 9.99, "Full": 13.99}, ("noodles", "chicken", "schezwan sauce")),
        ("Veg Fried Rice", {"Half": 8.99, "Full": 12.99}, ("rice", "mixed vegetables", "soy")),
        ("Egg Fried Rice", {"Half": 8.99, "Full": 12.99}, ("rice", "egg", "spring onion")),
        ("Chicken Fried Rice", {"Half": 9.99, "Full": 13.99}, ("rice", "chicken", "egg", "vegetables")),
        ("Triple Schezwan Fried Rice", 15.99, ("schezwan fried rice", "fried noodles", "schezwan gravy")),
        ("American Chopsuey", 14.99, ("crispy noodles", "sweet and sour gravy", "vegetables", "fried egg")),
    ],
    "Desserts & Drinks": [
        ("Darsaan with Ice Cream", 7.99, ("fried honey noodles", "sesame", "vanilla ice cream")),
        ("Fresh Lime Soda", 4.99, ("lime", "soda", "sweet or salted")),
        ("Mango Lassi", 4.99, ("mango", "yogurt")),
        ("Thums Up", 2.99, ("indian cola",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Dragon Chicken",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("veg manchow soup", "Veg Manchow Soup"),
    ("chicken manchow", "Chicken Manchow Soup"),
    ("manchow soup", ASK),
    ("hot and sour soup", "Hot & Sour Soup"),
    ("two sweet corn soups", "Sweet Corn Soup", None, 2),
    ("corn soup", "Sweet Corn Soup"),
    ("a soup", ASK),
    # starters
    ("gobi manchurian dry", "Gobi Manchurian (Dry)"),
    ("dry cauliflower manchurian", "Gobi Manchurian (Dry)"),
    ("gobi manchurian", ASK),
    ("veg manchurian", "Veg Manchurian (Dry)"),
    ("chili paneer", "Chilli Paneer (Dry)"),
    ("paneer chilli dry", "Chilli Paneer (Dry)"),
    ("chilli chicken", ASK),
    ("chilly chicken dry", "Chilli Chicken (Dry)"),
    ("two chicken lollipops", "Chicken Lollipop", None, 2),
    ("lolly pop chicken", "Chicken Lollipop"),
    ("crispy baby corn", "Crispy Chilli Baby Corn"),
    ("honey chili potatoes", "Honey Chilli Potato"),
    ("dragon chicken", "Dragon Chicken"),
    ("vegetable spring rolls", "Veg Spring Rolls"),
    ("chilli fish", "Chilli Fish"),
    ("manchurian", ASK),
    # gravy
    ("gobi manchoorian gravy", "Gobi Manchurian Gravy"),
    ("chicken manchurian", "Chicken Manchurian Gravy"),
    ("chilli chicken with gravy", "Chilli Chicken Gravy"),
    ("szechuan chicken", "Schezwan Chicken"),
    ("chilli garlic shrimp", "Chilli Garlic Prawns"),
    ("garlic prawns", "Chilli Garlic Prawns"),
    # noodles and rice
    ("veg hakka noodles full", "Veg Hakka Noodles", "full"),
    ("half chicken hakka noodles", "Chicken Hakka Noodles", "half"),
    ("vegetable hakka noodle half", "Veg Hakka Noodles", "half"),
    ("hakka noodles", ASK),
    ("chicken noodles", ASK),
    ("schezwan noodles full", "Chicken Schezwan Noodles", "full"),
    ("veg fried rice full", "Veg Fried Rice", "full"),
    ("egg fried rice half", "Egg Fried Rice", "half"),
    ("two full chicken fried rice", "Chicken Fried Rice", "full", 2),
    ("chicken fried rice", "Chicken Fried Rice"),
    ("fried rice", ASK),
    ("triple schezwan rice", "Triple Schezwan Fried Rice"),
    ("american chop suey", "American Chopsuey"),
    ("chopsuey", "American Chopsuey"),
    # desserts and drinks
    ("darsaan", "Darsaan with Ice Cream"),
    ("honey noodles with ice cream", "Darsaan with Ice Cream"),
    ("fresh lime soda", "Fresh Lime Soda"),
    ("a nimbu soda", "Fresh Lime Soda"),
    ("three mango lassis", "Mango Lassi", None, 3),
    ("thumbs up", "Thums Up"),
    # not on the menu
    ("paneer manchurian", UNKNOWN),
    ("chicken tikka masala", UNKNOWN),
    ("chicken momos", UNKNOWN),
    ("chicken sixty five", UNKNOWN),
    ("singapore noodles", UNKNOWN),
    ("prawn fried rice", UNKNOWN),
    ("butter naan", UNKNOWN),
    ("lemon coriander soup", UNKNOWN),
]
