"""A bubble-tea café menu (the pattern of US boba shops' take-out menus): milk teas, fruit teas
and smoothies in medium or large, coffee in ounces (12/16 oz hot, 16/24 oz cold brew), toppings
sold as their own items (boba, jellies, pudding, cheese foam), Taiwanese snacks. Nearly every
drink shares a word with two others ("taro", "mango", "oolong", "jasmine", "green tea"), so the
short names are questions; "large" on a cold brew is its bigger size in ounces."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Bubble tea café"

TEA = {"Medium": 5.25, "Large": 6.25}
SMOOTHIE = {"Medium": 6.25, "Large": 7.25}

CATEGORIES: dict[str, list[Item]] = {
    "Milk Tea": [
        ("Classic Milk Tea", TEA, ("black tea", "milk", "boba")),
        ("Jasmine Milk Tea", TEA, ("jasmine green tea", "milk")),
        ("Oolong Milk Tea", TEA, ("roasted oolong", "milk")),
        ("Taro Milk Tea", TEA, ("taro", "milk", "boba")),
        ("Thai Milk Tea", TEA, ("thai tea", "condensed milk")),
        ("Honeydew Milk Tea", TEA, ("honeydew", "green tea", "milk")),
        ("Brown Sugar Boba Milk", {"Medium": 6.0, "Large": 7.0}, ("brown sugar syrup", "fresh milk", "boba")),
        ("Matcha Latte", TEA, ("matcha", "milk")),
    ],
    "Fruit Tea": [
        ("Jasmine Green Tea", TEA, ("jasmine green tea",)),
        ("Mango Green Tea", TEA, ("mango", "jasmine green tea")),
        ("Passion Fruit Green Tea", TEA, ("passion fruit", "green tea")),
        ("Lychee Oolong Tea", TEA, ("lychee", "oolong")),
        ("Peach Oolong Tea", TEA, ("peach", "oolong")),
    ],
    "Smoothies": [
        ("Mango Smoothie", SMOOTHIE, ("mango", "ice")),
        ("Strawberry Smoothie", SMOOTHIE, ("strawberry", "ice")),
        ("Taro Smoothie", SMOOTHIE, ("taro", "milk", "ice")),
        ("Avocado Smoothie", SMOOTHIE, ("avocado", "milk", "ice")),
    ],
    "Coffee": [
        ("Vietnamese Iced Coffee", TEA, ("dark roast", "condensed milk")),
        ("Latte", {"12 oz": 4.5, "16 oz": 5.25}, ("espresso", "steamed milk")),
        ("Americano", {"12 oz": 3.5, "16 oz": 4.0}, ("espresso", "hot water")),
        ("Cold Brew", {"16 oz": 4.75, "24 oz": 5.75}),
    ],
    "Toppings": [
        ("Boba", 0.75, ("tapioca pearls",)),
        ("Lychee Jelly", 0.75),
        ("Pudding", 0.75, ("egg pudding",)),
        ("Red Bean", 0.75),
        ("Cheese Foam", 1.0, ("salted cream cheese foam",)),
    ],
    "Snacks": [
        ("Popcorn Chicken", 7.0, ("taiwanese fried chicken", "basil", "salt and pepper")),
        ("Egg Waffle", 6.0, ("hong kong bubble waffle",)),
        ("Sweet Potato Fries", 5.0),
        ("Mochi Donut", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # milk teas
    ("large classic milk tea with boba", "Classic Milk Tea", "large"),
    ("a medium taro milk tea", "Taro Milk Tea", "medium"),
    ("a taro milk tea the big one", "Taro Milk Tea", "large"),
    ("taro", ASK),  # milk tea or smoothie
    ("two large thai teas", "Thai Milk Tea", "large", 2),
    ("thai iced tea", "Thai Milk Tea"),
    ("medium jasmine milk tea", "Jasmine Milk Tea", "medium"),
    ("brown sugar boba", "Brown Sugar Boba Milk"),
    ("brown sugar milk large", "Brown Sugar Boba Milk", "large"),
    ("matcha latte", "Matcha Latte"),
    ("a matcha", "Matcha Latte"),
    ("honeydew", "Honeydew Milk Tea"),
    ("honey dew milk tea", "Honeydew Milk Tea"),
    ("oolong milk tea", "Oolong Milk Tea"),
    ("oolong", ASK),  # oolong milk tea, lychee oolong, peach oolong
    ("bubble tea", ASK),
    # fruit teas
    ("mango green tea", "Mango Green Tea"),
    ("mango", ASK),  # the green tea or the smoothie
    ("a large passion fruit tea", "Passion Fruit Green Tea", "large"),
    ("passionfruit green tea medium", "Passion Fruit Green Tea", "medium"),
    ("lychee tea", "Lychee Oolong Tea"),
    ("lychee", ASK),  # the tea or the jelly
    ("peach tea", "Peach Oolong Tea"),
    ("jasmine tea", ASK),  # plain or milk tea
    ("plain jasmine green tea", "Jasmine Green Tea"),
    ("green tea", ASK),
    # smoothies
    ("a strawberry smoothie", "Strawberry Smoothie"),
    ("large mango smoothie", "Mango Smoothie", "large"),
    ("taro smoothie", "Taro Smoothie"),
    ("avocado shake", "Avocado Smoothie"),
    ("a smoothie", ASK),
    # coffee
    ("vietnamese coffee", "Vietnamese Iced Coffee"),
    ("a sixteen ounce latte", "Latte", "16 oz"),
    ("twelve ounce americano", "Americano", "12 oz"),
    ("a large cold brew", "Cold Brew", "24 oz"),
    ("a coffee", ASK),
    ("iced coffee", ASK),  # vietnamese iced coffee or cold brew
    # toppings
    ("extra boba", "Boba"),
    ("add lychee jelly", "Lychee Jelly"),
    ("cheese foam", "Cheese Foam"),
    ("egg pudding", "Pudding"),
    ("red bean", "Red Bean"),
    ("a boba", ASK),  # a drink or the topping
    # snacks
    ("popcorn chicken", "Popcorn Chicken"),
    ("taiwanese fried chicken", "Popcorn Chicken"),
    ("an egg waffle", "Egg Waffle"),
    ("bubble waffle", "Egg Waffle"),
    ("sweet potato fries", "Sweet Potato Fries"),
    ("two mochi donuts", "Mochi Donut", None, 2),
    # not on the menu
    ("a cappuccino", UNKNOWN),
    ("hot chocolate", UNKNOWN),
    ("strawberry milk tea", UNKNOWN),
    ("a croissant", UNKNOWN),
    ("rose milk tea", UNKNOWN),
    ("chicken wings", UNKNOWN),
    ("a frappuccino", UNKNOWN),
]
