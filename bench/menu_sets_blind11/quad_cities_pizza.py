"""A Quad Cities-style pizzeria (the pattern of the take-out menus of pizzerias in Davenport, Rock
Island, Moline and Bettendorf): a thin malted crust, a spicy red-pepper sauce, lean fennel sausage
and the other toppings under the cheese, every pizza cut in strips with shears, Small, Medium, Large
or X-Large; taco pizza, appetizers, wings by the 6, 12 or 24 pieces, the breaded pork tenderloin and
grinders, baked pastas, salads, an apple dessert pizza and Pepsi drinks by the 20 oz or 2 Liter.
Callers say the size first or last ("a large sausage", "an x large taco pizza"), "canadian bacon and
pineapple" for the Hawaiian, "barbecue" for BBQ, "a meatball sub" for the grinder, "bone in" for
wings and mishear jalapeño ("halo peno") and mostaccioli ("mosta choli"). "A large chicken pizza",
"a large bacon pizza", "two large pizzas", "a grinder", "a spaghetti", "a salad" or "a two liter"
alone is a question; a Chicago deep dish, a calzone, a stromboli, a buffalo chicken pizza, a loose
meat sandwich, chicken parmesan and ravioli are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Quad Cities Style Pizza"

_PIZZA = {"Small": 11.5, "Medium": 15.0, "Large": 18.5, "X-Large": 22.0}
_TWO = {"Small": 13.0, "Medium": 17.0, "Large": 21.0, "X-Large": 25.0}
_SPECIALTY = {"Small": 15.0, "Medium": 19.5, "Large": 24.0, "X-Large": 28.5}
_SODA = {"20 oz": 2.5, "2 Liter": 3.75}

CATEGORIES: dict[str, list[Item]] = {
    "Pizzas": [
        ("Cheese Pizza", _PIZZA, ("malted crust", "spicy sauce", "mozzarella")),
        ("Sausage Pizza", _TWO, ("malted crust", "spicy sauce", "fennel sausage", "mozzarella")),
        ("Pepperoni Pizza", _TWO, ("malted crust", "spicy sauce", "pepperoni", "mozzarella")),
        ("Sausage & Pepperoni Pizza", _SPECIALTY, ("fennel sausage", "pepperoni", "mozzarella")),
        ("Beef Pizza", _TWO, ("malted crust", "spicy sauce", "seasoned ground beef", "mozzarella")),
        ("Canadian Bacon Pizza", _TWO, ("malted crust", "spicy sauce", "canadian bacon", "mozzarella")),
        ("Hawaiian Pizza", _SPECIALTY, ("canadian bacon", "pineapple", "mozzarella")),
        ("Taco Pizza", _SPECIALTY, ("refried beans", "taco beef", "cheddar", "lettuce", "tomato",
                                    "crushed tortilla chips", "taco sauce")),
        ("Quad City Special", _SPECIALTY, ("fennel sausage", "pepperoni", "mushroom", "onion",
                                           "green pepper")),
        ("Meat Lover's Pizza", _SPECIALTY, ("fennel sausage", "pepperoni", "beef", "canadian bacon",
                                            "bacon")),
        ("Veggie Pizza", _SPECIALTY, ("mushroom", "onion", "green pepper", "black olive", "tomato")),
        ("BBQ Chicken Pizza", _SPECIALTY, ("bbq sauce", "grilled chicken", "red onion", "mozzarella")),
        ("Chicken Bacon Ranch Pizza", _SPECIALTY, ("ranch", "grilled chicken", "bacon", "mozzarella")),
        ("Bacon Cheeseburger Pizza", _SPECIALTY, ("beef", "bacon", "onion", "pickles", "cheddar",
                                                  "mozzarella")),
    ],
    "Appetizers": [
        ("Garlic Bread", 5.0),
        ("Cheesy Garlic Bread", 7.0, ("garlic butter", "mozzarella")),
        ("Breadsticks", 6.0, ("garlic butter", "parmesan", "marinara")),
        ("Mozzarella Sticks", 8.0, ("breaded mozzarella", "marinara")),
        ("Fried Mushrooms", 7.5, ("breaded mushrooms", "ranch")),
        ("Onion Rings", 6.5),
        ("Jalapeño Poppers", 8.0, ("jalapeño", "cream cheese", "ranch")),
        ("French Fries", 4.0),
        ("Chicken Wings", {"6 Piece": 9.0, "12 Piece": 16.0, "24 Piece": 30.0},
         ("bone-in wings", "buffalo, bbq or garlic parmesan")),
        ("Boneless Wings", {"6 Piece": 8.0, "12 Piece": 14.5}, ("breaded chicken breast",
                                                                  "buffalo, bbq or garlic parmesan")),
    ],
    "Sandwiches & Grinders": [
        ("Breaded Pork Tenderloin", 11.0, ("breaded pork loin", "bun", "pickles", "onion", "mustard")),
        ("Italian Beef Sandwich", 11.5, ("thin-sliced beef", "au jus", "giardiniera", "french roll")),
        ("Meatball Grinder", 10.5, ("meatballs", "marinara", "mozzarella", "hoagie roll")),
        ("Sausage Grinder", 10.5, ("fennel sausage", "marinara", "mozzarella", "hoagie roll")),
        ("Hot Ham & Cheese", 9.5, ("ham", "swiss", "hoagie roll")),
    ],
    "Pasta": [
        ("Spaghetti with Meat Sauce", 11.0, ("spaghetti", "meat sauce", "garlic bread")),
        ("Spaghetti with Meatballs", 12.5, ("spaghetti", "marinara", "meatballs", "garlic bread")),
        ("Baked Mostaccioli", 12.0, ("mostaccioli", "meat sauce", "mozzarella")),
        ("Fettuccine Alfredo", 12.5, ("fettuccine", "alfredo sauce", "parmesan")),
        ("Lasagna", 13.5, ("lasagna noodles", "meat sauce", "ricotta", "mozzarella")),
    ],
    "Salads": [
        ("Garden Salad", 6.5, ("lettuce", "tomato", "cucumber", "onion", "croutons")),
        ("Chef Salad", 10.0, ("lettuce", "ham", "turkey", "egg", "cheddar", "tomato")),
        ("Taco Salad", 10.0, ("lettuce", "taco beef", "cheddar", "tomato", "tortilla chips")),
    ],
    "Desserts": [
        ("Apple Dessert Pizza", 10.0, ("apple filling", "cinnamon streusel", "icing")),
        ("Cinnamon Sticks", 6.5, ("cinnamon sugar", "icing")),
        ("Brownie", 3.5),
    ],
    "Drinks": [
        ("Pepsi", _SODA),
        ("Diet Pepsi", _SODA),
        ("Mountain Dew", _SODA),
        ("Mug Root Beer", _SODA),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas
    ("a large sausage pizza", "Sausage Pizza", "large"),
    ("two medium cheese pizzas", "Cheese Pizza", "medium", 2),
    ("small pepperoni", "Pepperoni Pizza", "small"),
    ("extra large sausage and pepperoni", "Sausage & Pepperoni Pizza", "x-large"),
    ("an x large taco pizza", "Taco Pizza", "x-large"),
    ("large beef pizza", "Beef Pizza", "large"),
    ("medium canadian bacon", "Canadian Bacon Pizza", "medium"),
    ("a large hawaiian", "Hawaiian Pizza", "large"),
    ("canadian bacon and pineapple medium", "Hawaiian Pizza", "medium"),
    ("quad city special large", "Quad City Special", "large"),
    ("a medium meat lovers", "Meat Lover's Pizza", "medium"),
    ("small veggie pizza", "Veggie Pizza", "small"),
    ("large bbq chicken pizza", "BBQ Chicken Pizza", "large"),
    ("barbecue chicken small", "BBQ Chicken Pizza", "small"),
    ("chicken bacon ranch large", "Chicken Bacon Ranch Pizza", "large"),
    ("a large cheeseburger pizza", "Bacon Cheeseburger Pizza", "large"),
    ("a large chicken pizza", ASK),
    ("a large bacon pizza", ASK),
    ("two large pizzas", ASK),
    # appetizers
    ("garlic bread", "Garlic Bread"),
    ("cheesy garlic bread", "Cheesy Garlic Bread"),
    ("mozzarella sticks", "Mozzarella Sticks"),
    ("fried mushrooms", "Fried Mushrooms"),
    ("halo peno poppers", "Jalapeño Poppers"),
    ("fries", "French Fries"),
    ("24 wings", "Chicken Wings", "24 piece"),
    ("six piece bone in wings", "Chicken Wings", "6 piece"),
    ("twelve boneless wings", "Boneless Wings", "12 piece"),
    # sandwiches
    ("a breaded tenderloin", "Breaded Pork Tenderloin"),
    ("pork tenderloin sandwich", "Breaded Pork Tenderloin"),
    ("two tenderloins", "Breaded Pork Tenderloin", None, 2),
    ("italian beef", "Italian Beef Sandwich"),
    ("meatball grinder", "Meatball Grinder"),
    ("a meatball sub", "Meatball Grinder"),
    ("sausage grinder", "Sausage Grinder"),
    ("a grinder", ASK),
    # pasta
    ("spaghetti and meatballs", "Spaghetti with Meatballs"),
    ("spaghetti with meat sauce", "Spaghetti with Meat Sauce"),
    ("a spaghetti", ASK),
    ("mostaccioli", "Baked Mostaccioli"),
    ("mosta choli", "Baked Mostaccioli"),
    ("fettuccine alfredo", "Fettuccine Alfredo"),
    # salads and desserts
    ("chef salad", "Chef Salad"),
    ("taco salad", "Taco Salad"),
    ("a salad", ASK),
    ("apple dessert pizza", "Apple Dessert Pizza"),
    ("cinnamon sticks", "Cinnamon Sticks"),
    # drinks
    ("a two liter pepsi", "Pepsi", "2 liter"),
    ("two liter of mountain dew", "Mountain Dew", "2 liter"),
    ("20 ounce diet pepsi", "Diet Pepsi", "20 oz"),
    ("root beer", "Mug Root Beer"),
    ("a two liter", ASK),
    # not on the menu
    ("chicago deep dish", UNKNOWN),
    ("a large calzone", UNKNOWN),
    ("stromboli", UNKNOWN),
    ("buffalo chicken pizza", UNKNOWN),
    ("a loose meat sandwich", UNKNOWN),
    ("chicken parmesan", UNKNOWN),
    ("cheese ravioli", UNKNOWN),
]
