"""A California-style gourmet pizzeria (the pattern of the hearth-oven "California pizza" kitchens
of Los Angeles, San Diego and the Bay Area and the chains that grew out of them): the Original BBQ
Chicken with smoked gouda, Thai Chicken with peanut sauce, Pear & Gorgonzola, California Club,
Carne Asada and Jamaican Jerk Chicken pizzas, each Personal, Medium or Large, two 10-inch
cauliflower-crust pizzas in one size, salads Half or Full, soups by the Cup or Bowl, a few pastas,
desserts, lemonades by size and two draft beers. Callers say "a large barbecue chicken", "a tie
chicken" (Thai), "pair and gorgonzola", "a margarita pizza", "kung pow spaghetti", "fig and pro
shoot oh", "keen wah salad" and add or drop "pizza" and "salad". "A cauliflower crust pizza", "a
chicken pizza", "a chopped salad", "a bowl of soup", "fettuccine", "a slice of cake" or "a beer"
alone is a question; buffalo chicken or white clam pizza, a meat lovers, a BBQ chicken calzone, a
cobb salad, clam chowder, spaghetti and meatballs and a glass of chardonnay are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "California Hearth Pizza Kitchen"

_CLASSIC = {"Personal": 12.5, "Medium": 18.0, "Large": 22.5}
_SIGNATURE = {"Personal": 14.5, "Medium": 21.0, "Large": 26.0}
_SALAD = {"Half": 9.5, "Full": 15.5}
_SOUP = {"Cup": 5.5, "Bowl": 8.0}
_LEMONADE = {"Regular": 4.0, "Large": 5.25}

CATEGORIES: dict[str, list[Item]] = {
    "Signature Pizzas": [
        ("Original BBQ Chicken", _SIGNATURE, ("bbq sauce", "smoked gouda", "mozzarella", "chicken",
                                              "red onion", "cilantro")),
        ("Thai Chicken", _SIGNATURE, ("spicy peanut ginger sesame sauce", "chicken", "mozzarella",
                                      "carrots", "bean sprouts", "green onion", "cilantro")),
        ("Pear & Gorgonzola", _SIGNATURE, ("bosc pear", "gorgonzola", "caramelized onion",
                                           "hazelnuts", "arugula")),
        ("California Club", _SIGNATURE, ("chicken", "applewood bacon", "mozzarella", "avocado",
                                         "arugula", "tomato", "lemon mayo")),
        ("Carne Asada", _SIGNATURE, ("grilled steak", "poblano", "fire-roasted corn", "onion",
                                     "monterey jack", "tomatillo salsa")),
        ("Jamaican Jerk Chicken", _SIGNATURE, ("jerk chicken", "applewood bacon", "sweet peppers",
                                               "red onion", "sweet and spicy jerk sauce")),
        ("Spicy Chipotle Chicken", _SIGNATURE, ("chipotle adobo sauce", "chicken", "red onion",
                                                "cilantro", "lime crema")),
        ("Fig & Prosciutto", _SIGNATURE, ("fig jam", "prosciutto", "goat cheese", "mozzarella",
                                          "arugula", "balsamic glaze")),
        ("Wild Mushroom", _SIGNATURE, ("cremini", "shiitake", "portobello", "garlic", "fontina",
                                       "truffle oil", "thyme")),
    ],
    "Classic Pizzas": [
        ("Margherita", _CLASSIC, ("tomato sauce", "fresh mozzarella", "basil", "olive oil")),
        ("Pepperoni", _CLASSIC, ("tomato sauce", "mozzarella", "pepperoni")),
        ("Hawaiian", _CLASSIC, ("tomato sauce", "mozzarella", "canadian bacon", "pineapple")),
        ("Mushroom Pepperoni Sausage", _CLASSIC, ("tomato sauce", "mozzarella", "mushrooms",
                                                  "pepperoni", "italian sausage")),
        ("Five Cheese & Fresh Tomato", _CLASSIC, ("mozzarella", "fontina", "provolone", "parmesan",
                                                  "goat cheese", "roma tomato", "basil")),
        ("Garden Veggie", _CLASSIC, ("tomato sauce", "mozzarella", "bell peppers", "zucchini",
                                     "red onion", "mushrooms", "olives")),
    ],
    "Cauliflower Crust (10-inch)": [
        ("Cauliflower Crust Margherita", 15.0, ("cauliflower crust", "tomato sauce",
                                                "fresh mozzarella", "basil")),
        ("Cauliflower Crust Veggie", 15.5, ("cauliflower crust", "tomato sauce", "mozzarella",
                                            "spinach", "mushrooms", "roasted peppers")),
    ],
    "Starters": [
        ("Avocado Club Egg Rolls", 12.0, ("avocado", "chicken", "bacon", "tomato",
                                          "ranchito sauce")),
        ("Spinach Artichoke Dip", 11.5, ("spinach", "artichoke", "parmesan", "tortilla chips")),
        ("Chicken Lettuce Wraps", 13.5, ("chicken", "water chestnuts", "shiitake", "butter lettuce",
                                         "soy ginger sauce")),
        ("Garlic Cheese Focaccia", 8.0, ("hearth bread", "garlic butter", "parmesan",
                                         "mozzarella")),
        ("Tuscan Hummus", 9.5, ("white bean hummus", "bruschetta tomatoes", "pita")),
        ("Garlic Knots (6 pc)", 6.5, ("garlic butter", "parmesan", "marinara")),
    ],
    "Salads": [
        ("Original BBQ Chopped Salad", _SALAD, ("chicken", "black beans", "corn", "jicama",
                                                "tortilla strips", "bbq ranch")),
        ("Thai Crunch Salad", _SALAD, ("chicken", "napa cabbage", "carrots", "edamame", "peanuts",
                                       "thai peanut dressing")),
        ("Waldorf Chicken Salad", _SALAD, ("chicken", "apples", "grapes", "candied walnuts",
                                           "gorgonzola", "dijon balsamic")),
        ("Classic Caesar Salad", _SALAD, ("romaine", "parmesan", "croutons", "caesar dressing")),
        ("Quinoa & Arugula Salad", _SALAD, ("quinoa", "arugula", "avocado", "roasted beets",
                                            "lemon vinaigrette")),
        ("Italian Chopped Salad", _SALAD, ("salami", "provolone", "garbanzos", "romaine",
                                           "tomato", "italian vinaigrette")),
    ],
    "Soups": [
        ("Sedona Tortilla Soup", _SOUP, ("chicken", "tomato", "chiles", "tortilla strips")),
        ("Smashed Pea & Barley Soup", _SOUP, ("split peas", "barley", "carrots", "celery")),
    ],
    "Pastas": [
        ("Chicken Tequila Fettuccine", 19.5, ("spinach fettuccine", "chicken", "peppers", "onion",
                                              "tequila lime cream")),
        ("Garlic Cream Fettuccine", 17.0, ("fettuccine", "garlic parmesan cream")),
        ("Kung Pao Spaghetti", 18.5, ("spaghetti", "chicken", "peanuts", "scallions", "chiles",
                                      "spicy soy garlic sauce")),
        ("Shrimp Scampi Linguine", 21.0, ("linguine", "shrimp", "garlic", "white wine",
                                          "lemon butter")),
    ],
    "Desserts": [
        ("Butter Cake", 8.5, ("warm butter cake", "vanilla ice cream")),
        ("Red Velvet Cake", 8.0, ("cream cheese frosting",)),
        ("Key Lime Pie", 7.5, ("graham crust", "whipped cream")),
        ("Salted Caramel Budino", 7.5, ("caramel pudding", "whipped cream", "sea salt")),
    ],
    "Drinks": [
        ("Fountain Soda", {"Regular": 3.25, "Large": 4.25}),
        ("Lemonade", _LEMONADE),
        ("Strawberry Lemonade", _LEMONADE),
        ("Iced Tea", {"Regular": 3.5, "Large": 4.5}),
        ("San Pellegrino", 3.75),
        ("Lagunitas IPA (Draft)", 8.0),
        ("Firestone 805 (Draft)", 8.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Fig & Prosciutto",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # signature pizzas
    ("a large bbq chicken pizza", "Original BBQ Chicken", "large"),
    ("the original barbecue chicken personal", "Original BBQ Chicken", "personal"),
    ("two medium b b q chicken", "Original BBQ Chicken", "medium", 2),
    ("thai chicken pizza medium", "Thai Chicken", "medium"),
    ("a tie chicken large", "Thai Chicken", "large"),
    ("pear and gorgonzola", "Pear & Gorgonzola"),
    ("a personal pair gorgonzola", "Pear & Gorgonzola", "personal"),
    ("california club pizza", "California Club"),
    ("a medium carne asada pizza", "Carne Asada", "medium"),
    ("jerk chicken pizza", "Jamaican Jerk Chicken"),
    ("large spicy chipotle chicken", "Spicy Chipotle Chicken", "large"),
    ("fig and pro shoot oh", "Fig & Prosciutto"),
    ("wild mushroom large", "Wild Mushroom", "large"),
    ("a large chicken pizza", ASK),
    # classic pizzas
    ("a large margarita pizza", "Margherita", "large"),
    ("two large pepperonis", "Pepperoni", "large", 2),
    ("hawaiian pizza medium", "Hawaiian", "medium"),
    ("mushroom pepperoni and sausage large", "Mushroom Pepperoni Sausage", "large"),
    ("five cheese and tomato", "Five Cheese & Fresh Tomato"),
    ("a personal garden veggie", "Garden Veggie", "personal"),
    # cauliflower crust
    ("cauliflower crust margherita", "Cauliflower Crust Margherita"),
    ("the cauliflower veggie pizza", "Cauliflower Crust Veggie"),
    ("a cauliflower crust pizza", ASK),
    # starters
    ("avocado egg rolls", "Avocado Club Egg Rolls"),
    ("lettuce wraps", "Chicken Lettuce Wraps"),
    ("the hummus", "Tuscan Hummus"),
    ("two orders of garlic knots", "Garlic Knots (6 pc)", None, 2),
    # salads and soups
    ("a half bbq chopped salad", "Original BBQ Chopped Salad", "half"),
    ("full thai crunch", "Thai Crunch Salad", "full"),
    ("waldorf chicken salad half", "Waldorf Chicken Salad", "half"),
    ("a full caesar", "Classic Caesar Salad", "full"),
    ("keen wah and arugula salad", "Quinoa & Arugula Salad"),
    ("italian chopped full size", "Italian Chopped Salad", "full"),
    ("a chopped salad", ASK),
    ("a cup of tortilla soup", "Sedona Tortilla Soup", "cup"),
    ("bowl of the pea and barley soup", "Smashed Pea & Barley Soup", "bowl"),
    ("a bowl of soup", ASK),
    # pastas
    ("chicken tequila fettuccine", "Chicken Tequila Fettuccine"),
    ("garlic cream fettuccine", "Garlic Cream Fettuccine"),
    ("kung pow spaghetti", "Kung Pao Spaghetti"),
    ("shrimp scampi", "Shrimp Scampi Linguine"),
    ("fettuccine", ASK),
    # desserts
    ("butter cake", "Butter Cake"),
    ("two key lime pies", "Key Lime Pie", None, 2),
    ("salted caramel boo dee no", "Salted Caramel Budino"),
    ("a slice of cake", ASK),
    # drinks
    ("a large lemonade", "Lemonade", "large"),
    ("two regular strawberry lemonades", "Strawberry Lemonade", "regular", 2),
    ("a pellegrino", "San Pellegrino"),
    ("lagunitas", "Lagunitas IPA (Draft)"),
    ("a beer", ASK),
    # not on the menu
    ("buffalo chicken pizza", UNKNOWN),
    ("a large white clam pizza", UNKNOWN),
    ("a meat lovers", UNKNOWN),
    ("bbq chicken calzone", UNKNOWN),
    ("a cobb salad", UNKNOWN),
    ("clam chowder", UNKNOWN),
    ("spaghetti and meatballs", UNKNOWN),
    ("a glass of chardonnay", UNKNOWN),
]
