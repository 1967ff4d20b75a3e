"""A juice and smoothie bar (the pattern of US juice bars' take-out menus): fresh juices and
smoothies in 16 or 24 oz, acai and pitaya bowls in regular or large, wellness shots, add-ins sold
as items, a few toasts. Smoothie names are invented house names ("Mango Tango", "Berry Blast")
that share fruits with each other, so a fruit alone is often a question; "large" is the 24 oz,
"small" the 16 oz."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Juice and smoothie bar"

CUP = {"16 oz": 8.0, "24 oz": 10.0}
SMOOTHIE = {"16 oz": 8.5, "24 oz": 10.5}
BOWL = {"Regular": 11.0, "Large": 14.0}

CATEGORIES: dict[str, list[Item]] = {
    "Fresh Juices": [
        ("Green Machine", CUP, ("kale", "spinach", "cucumber", "celery", "apple", "lemon")),
        ("Orange Carrot Ginger", CUP, ("orange", "carrot", "ginger")),
        ("Beet It", CUP, ("beet", "apple", "carrot", "lemon", "ginger")),
        ("Fresh Orange Juice", CUP, ("orange",)),
        ("Celery Juice", CUP, ("celery",)),
        ("Watermelon Mint", CUP, ("watermelon", "mint", "lime")),
    ],
    "Smoothies": [
        ("Strawberry Banana", SMOOTHIE, ("strawberry", "banana", "apple juice")),
        ("Mango Tango", SMOOTHIE, ("mango", "pineapple", "orange juice")),
        ("Peanut Butter Power", SMOOTHIE, ("peanut butter", "banana", "whey protein", "almond milk")),
        ("Berry Blast", SMOOTHIE, ("strawberry", "blueberry", "raspberry", "apple juice")),
        ("Green Detox Smoothie", SMOOTHIE, ("spinach", "kale", "banana", "pineapple")),
        ("Tropical Sunrise", SMOOTHIE, ("mango", "pineapple", "coconut", "passion fruit")),
        ("Mocha Protein", SMOOTHIE, ("cold brew", "cocoa", "banana", "whey protein")),
        ("Pina Colada Smoothie", SMOOTHIE, ("pineapple", "coconut milk")),
    ],
    "Bowls": [
        ("Acai Bowl", BOWL, ("acai", "granola", "banana", "strawberry", "honey")),
        ("Peanut Butter Acai Bowl", BOWL, ("acai", "peanut butter", "granola", "banana")),
        ("Pitaya Bowl", BOWL, ("pitaya", "granola", "mango", "coconut")),
    ],
    "Shots": [
        ("Ginger Shot", 3.5, ("ginger", "lemon")),
        ("Wheatgrass Shot", 3.5),
        ("Turmeric Shot", 3.5, ("turmeric", "orange", "black pepper")),
    ],
    "Add-ins": [
        ("Add Protein", 1.5, ("whey protein",)),
        ("Add Chia Seeds", 1.0),
        ("Add Spirulina", 1.5),
    ],
    "Food": [
        ("Avocado Toast", 9.0, ("sourdough", "avocado", "chili flakes")),
        ("Greek Yogurt Parfait", 7.0, ("greek yogurt", "granola", "berries")),
        ("Banana Bread", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # juices
    ("a large green machine", "Green Machine", "24 oz"),
    ("green machine small", "Green Machine", "16 oz"),
    ("orange carrot ginger juice", "Orange Carrot Ginger"),
    ("carrot orange ginger", "Orange Carrot Ginger"),
    ("beet juice", "Beet It"),
    ("the beet it twenty four ounce", "Beet It", "24 oz"),
    ("beat it", "Beet It"),
    ("fresh squeezed o j", "Fresh Orange Juice"),
    ("a large orange juice", "Fresh Orange Juice", "24 oz"),
    ("orange", ASK),  # the orange juice or orange carrot ginger
    ("celery juice sixteen ounce", "Celery Juice", "16 oz"),
    ("watermelon juice", "Watermelon Mint"),
    ("two watermelon mints", "Watermelon Mint", None, 2),
    ("a juice", ASK),
    # smoothies
    ("strawberry banana smoothie", "Strawberry Banana"),
    ("two large strawberry banana", "Strawberry Banana", "24 oz", 2),
    ("mango tango small", "Mango Tango", "16 oz"),
    ("peanut butter smoothie", "Peanut Butter Power"),
    ("p b power", "Peanut Butter Power"),
    ("peanut butter", ASK),  # the smoothie or the bowl
    ("berry blast large", "Berry Blast", "24 oz"),
    ("very blast", "Berry Blast"),
    ("green detox", "Green Detox Smoothie"),
    ("tropical sunrise", "Tropical Sunrise"),
    ("mocha protein shake", "Mocha Protein"),
    ("a protein shake", ASK),  # peanut butter power or mocha protein
    ("pina colada", "Pina Colada Smoothie"),
    ("piña colada smoothie twenty four", "Pina Colada Smoothie", "24 oz"),
    ("a smoothie", ASK),
    ("something green", ASK),  # green machine or green detox
    # bowls
    ("acai bowl", "Acai Bowl"),
    ("a large acai bowl", "Acai Bowl", "large"),
    ("ah sigh ee bowl", "Acai Bowl"),
    ("a sai bowl regular", "Acai Bowl", "regular"),
    ("peanut butter acai bowl", "Peanut Butter Acai Bowl"),
    ("pitaya bowl", "Pitaya Bowl"),
    ("dragon fruit bowl", "Pitaya Bowl"),
    ("acai", ASK),
    ("a bowl", ASK),
    # shots and add-ins
    ("ginger shot", "Ginger Shot"),
    ("two wheatgrass shots", "Wheatgrass Shot", None, 2),
    ("a turmeric shot", "Turmeric Shot"),
    ("a shot", ASK),
    ("add protein", "Add Protein"),
    ("chia seeds", "Add Chia Seeds"),
    ("spirulina", "Add Spirulina"),
    # food
    ("avocado toast", "Avocado Toast"),
    ("yogurt parfait", "Greek Yogurt Parfait"),
    ("a slice of banana bread", "Banana Bread"),
    # not on the menu
    ("carrot juice", UNKNOWN),
    ("apple juice", UNKNOWN),
    ("a kale salad", UNKNOWN),
    ("a mango lassi", UNKNOWN),
    ("blueberry muffin", UNKNOWN),
    ("oat milk latte", UNKNOWN),
    ("lemonade", UNKNOWN),
    ("a chocolate smoothie bowl", UNKNOWN),
]
