"""A New Mexican restaurant (the pattern of the take-out menus of Albuquerque, Santa Fe, Las Cruces
and Española diners and cafés): plates that come with red or green chile or both ("Christmas"),
carne adovada, stacked blue corn enchiladas, chile rellenos, a Frito pie, stuffed sopaipillas,
breakfast burritos Handheld or Smothered, huevos rancheros, the green chile cheeseburger, posole
and green chile stew by the Cup or Bowl, sides of red or green chile, sopaipillas with honey,
biscochitos by the Half Dozen or Dozen, piñon coffee.
Callers add the chile ("Christmas", "red", "green on the side"), which does not change the item,
say "adobada" for adovada, and speech recognition writes "sopaipilla" as "sopapilla" or "sofa
pia", "posole" as "pozole" or "poh so lay", "chile relleno" as "chili rellano", "calabacitas" as
"cala ba see tas", "biscochitos" as "bizcochitos" or "bisco cheetos", "huevos" as "wavos",
"piñon" as "peen yon". "Stacked enchiladas", "a stuffed sopaipilla", "a breakfast burrito", "a
burrito", "tacos", "a side of chile" and "a bowl of soup" alone are a question; a chimichanga, a
Navajo taco, menudo, a carne asada plate, empanaditas, blue corn pancakes and a chicken green
chile stew (the stew here is pork) are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "New Mexican Café"

_BREAKFAST = {"Handheld": 9.0, "Smothered": 11.5}
_BOWL = {"Cup": 5.5, "Bowl": 9.5}
_CHILE = ("red or green chile or christmas",)

CATEGORIES: dict[str, list[Item]] = {
    "Starters": [
        ("Chips and Salsa", 4.0, ("tortilla chips", "red salsa")),
        ("Chile con Queso", 7.5, ("melted cheese", "green chile", "tortilla chips")),
        ("Guacamole", 8.5, ("avocado", "tomato", "onion", "tortilla chips")),
    ],
    "Breakfast (All Day)": [
        ("Bacon Breakfast Burrito", _BREAKFAST, ("egg", "hash browns", "cheese", "bacon", *_CHILE)),
        ("Sausage Breakfast Burrito", _BREAKFAST, ("egg", "hash browns", "cheese", "sausage", *_CHILE)),
        ("Chorizo Breakfast Burrito", _BREAKFAST, ("egg", "hash browns", "cheese", "chorizo", *_CHILE)),
        ("Carne Adovada Breakfast Burrito", {"Handheld": 10.5, "Smothered": 13.0},
         ("egg", "hash browns", "cheese", "carne adovada", *_CHILE)),
        ("Potato, Egg and Cheese Breakfast Burrito", {"Handheld": 8.0, "Smothered": 10.5},
         ("egg", "hash browns", "cheese", *_CHILE)),
        ("Huevos Rancheros", 11.0, ("two eggs", "corn tortillas", "pinto beans", "hash browns", *_CHILE)),
    ],
    "Plates": [
        ("Carne Adovada Plate", 17.0, ("pork braised in red chile", "rice", "beans",
                                       "sopaipilla")),
        ("Stacked Cheese Enchiladas", 14.0, ("blue corn tortillas", "cheddar", "onion", "rice", "beans",
                                             *_CHILE)),
        ("Stacked Chicken Enchiladas", 15.5, ("blue corn tortillas", "chicken", "cheddar", "rice", "beans",
                                              *_CHILE)),
        ("Stacked Ground Beef Enchiladas", 15.5, ("blue corn tortillas", "ground beef", "cheddar", "rice",
                                                  "beans", *_CHILE)),
        ("Chile Relleno Plate", 15.0, ("two battered green chiles stuffed with cheese", "rice", "beans",
                                       *_CHILE)),
        ("Tamale Plate", 13.5, ("two red chile pork tamales", "rice", "beans", *_CHILE)),
        ("Combination Plate", 18.0, ("cheese enchilada", "beef taco", "tamale", "chile relleno", "rice",
                                     "beans", *_CHILE)),
        ("Frito Pie", 10.0, ("fritos", "ground beef red chile", "cheese", "onion", "lettuce")),
        ("Stuffed Sopaipilla with Beef", 13.5, ("sopaipilla", "ground beef", "beans", "cheese", *_CHILE)),
        ("Stuffed Sopaipilla with Chicken", 13.5, ("sopaipilla", "chicken", "beans", "cheese", *_CHILE)),
        ("Stuffed Sopaipilla with Carne Adovada", 15.0, ("sopaipilla", "carne adovada", "beans",
                                                          "cheese")),
        ("Carne Adovada Burrito", 13.0, ("flour tortilla", "carne adovada", "beans", "cheese",
                                         "smothered in red chile")),
        ("Bean and Cheese Burrito", 9.0, ("flour tortilla", "pinto beans", "cheese", *_CHILE)),
        ("Shredded Beef Tacos", 12.0, ("three crispy tacos", "shredded beef", "lettuce",
                                       "tomato", "cheese")),
        ("Chicken Tacos", 12.0, ("three crispy tacos", "chicken", "lettuce", "tomato", "cheese")),
        ("Green Chile Cheeseburger", 12.5, ("beef patty", "roasted green chile", "american cheese",
                                            "fries")),
    ],
    "Soups & Stews": [
        ("Posole", _BOWL, ("hominy", "pork", "red chile")),
        ("Green Chile Stew", _BOWL, ("pork", "potato", "green chile")),
    ],
    "Sides": [
        ("Sopaipillas with Honey", 4.0, ("three sopaipillas", "honey")),
        ("Calabacitas", 4.0, ("squash", "corn", "green chile", "cheese")),
        ("Pinto Beans", 3.0),
        ("Spanish Rice", 3.0),
        ("Side of Red Chile", 3.5),
        ("Side of Green Chile", 3.5),
        ("Flour Tortilla", 1.5),
    ],
    "Desserts": [
        ("Biscochitos", {"Half Dozen": 6.0, "Dozen": 11.0}, ("anise", "cinnamon sugar", "lard")),
        ("Natillas", 5.0, ("custard", "cinnamon")),
    ],
    "Drinks": [
        ("Coffee", 2.5),
        ("Piñon Coffee", 3.5),
        ("Iced Tea", 2.75),
        ("Lemonade", 3.0),
        ("Mexican Coke", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Carne Adovada Plate",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters
    ("chile con queso", "Chile con Queso"),
    ("a side of guac", "Guacamole"),
    # breakfast
    ("smothered bacon breakfast burrito christmas", "Bacon Breakfast Burrito", "smothered"),
    ("a handheld sausage breakfast burrito", "Sausage Breakfast Burrito", "handheld"),
    ("two chorizo breakfast burritos handheld", "Chorizo Breakfast Burrito", "handheld", 2),
    ("carne adovada breakfast burrito smothered red", "Carne Adovada Breakfast Burrito",
     "smothered"),
    ("potato egg and cheese burrito smothered green", "Potato, Egg and Cheese Breakfast Burrito",
     "smothered"),
    ("a breakfast burrito", ASK),
    ("huevos rancheros christmas", "Huevos Rancheros"),
    ("wavos rancheros", "Huevos Rancheros"),
    # plates
    ("carne adovada", "Carne Adovada Plate"),
    ("the carne adobada plate", "Carne Adovada Plate"),
    ("carne adovada burrito", "Carne Adovada Burrito"),
    ("stacked cheese enchiladas with an egg on top", "Stacked Cheese Enchiladas"),
    ("stacked chicken enchiladas green", "Stacked Chicken Enchiladas"),
    ("blue corn beef enchiladas christmas", "Stacked Ground Beef Enchiladas"),
    ("stacked enchiladas", ASK),
    ("chile relleno plate", "Chile Relleno Plate"),
    ("chili rellano", "Chile Relleno Plate"),
    ("tamales with red", "Tamale Plate"),
    ("a combo plate christmas", "Combination Plate"),
    ("frito pie", "Frito Pie"),
    ("two frito pies", "Frito Pie", None, 2),
    ("stuffed sopapilla with beef", "Stuffed Sopaipilla with Beef"),
    ("sofa pia stuffed with chicken", "Stuffed Sopaipilla with Chicken"),
    ("carne adovada stuffed sopaipilla", "Stuffed Sopaipilla with Carne Adovada"),
    ("a stuffed sopaipilla", ASK),
    ("bean and cheese burrito smothered", "Bean and Cheese Burrito"),
    ("a burrito", ASK),
    ("shredded beef tacos", "Shredded Beef Tacos"),
    ("tacos", ASK),
    ("green chili cheese burger", "Green Chile Cheeseburger"),
    ("two green chile cheeseburgers", "Green Chile Cheeseburger", None, 2),
    # soups
    ("a bowl of posole", "Posole", "bowl"),
    ("cup of pozole", "Posole", "cup"),
    ("poh so lay bowl", "Posole", "bowl"),
    ("green chile stew bowl", "Green Chile Stew", "bowl"),
    ("a cup of green chili stew", "Green Chile Stew", "cup"),
    ("a bowl of soup", ASK),
    # sides
    ("sopaipillas", "Sopaipillas with Honey"),
    ("side of green chile", "Side of Green Chile"),
    ("a side of red chili", "Side of Red Chile"),
    ("a side of chile", ASK),
    ("cala ba see tas", "Calabacitas"),
    # desserts
    ("a dozen biscochitos", "Biscochitos", "dozen"),
    ("half dozen bizcochitos", "Biscochitos", "half dozen"),
    ("six biscochitos", "Biscochitos", "half dozen"),
    ("two dozen bisco cheetos", "Biscochitos", "dozen", 2),
    # drinks
    ("peen yon coffee", "Piñon Coffee"),
    ("a coffee", "Coffee"),
    ("two iced teas", "Iced Tea", None, 2),
    # not on the menu
    ("a chimichanga", UNKNOWN),
    ("navajo taco", UNKNOWN),
    ("a bowl of menudo", UNKNOWN),
    ("carne asada plate", UNKNOWN),
    ("empanaditas", UNKNOWN),
    ("blue corn pancakes", UNKNOWN),
    ("chicken green chile stew", UNKNOWN),
]
