"""A Montreal pizzeria (the pattern of the take-out menus of Quebec pizzerias and casse-croûtes,
French first with the English under it): pizzas Petite, Moyenne, Large or Extra-Large, the "toute
garnie" (all dressed: pepperoni, mushrooms, green peppers), pepperoni-fromage, a Mexicaine, smoked
meat and BBQ chicken pizzas; poutines Petite or Large (classique, italienne, galvaude, smoked meat,
bacon); fries, wings by the 10 or 20 morceaux, sous-marins 6 or 12 pouces, the hot chicken, club
sandwich, pastas, salads, pouding chômeur and sugar pie, soft drinks by the Canette or 2 Litres.
Callers mix French and English ("une large toute garnie", "a large all dressed", "deux litres
pepsi"), drop the accents ("vege", "gratine", "chomeur") and mishear galvaude ("gal vaud"), poutine
("poo tin") and pouding chômeur ("poo ding show mer"). "A large pizza", "un vegetarien" (a pizza or
a sub), "a sub", "a spaghetti", "a pasta", "a salad" or "a can of pop" alone is a question; a
lobster poutine, pâté chinois, tourtière, a pizza margherita, a calzone, a pogo and a lobster
guédille are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria Québécoise"

_PIZZA = {"Petite": 12.99, "Moyenne": 17.99, "Large": 22.99, "Extra-Large": 27.99}
_GARNIE = {"Petite": 14.99, "Moyenne": 20.99, "Large": 26.99, "Extra-Large": 32.99}
_POUTINE = {"Petite": 8.49, "Large": 11.49}
_POUTINE_GARNIE = {"Petite": 10.99, "Large": 14.49}
_SOUS_MARIN = {"6 Pouces": 9.49, "12 Pouces": 14.49}
_LIQUEUR = {"Canette": 1.75, "2 Litres": 3.99}

CATEGORIES: dict[str, list[Item]] = {
    "Pizzas": [
        ("Pizza Fromage (Cheese)", _PIZZA, ("sauce tomate", "mozzarella")),
        ("Pizza Pepperoni-Fromage (Pepperoni & Cheese)", _PIZZA, ("sauce tomate", "pepperoni",
                                                                   "mozzarella")),
        ("Pizza Toute Garnie (All Dressed)", _GARNIE, ("pepperoni", "champignons", "piments verts",
                                                       "mozzarella")),
        ("Pizza Végétarienne (Vegetarian)", _GARNIE, ("champignons", "piments verts", "oignons",
                                                      "tomates", "olives")),
        ("Pizza Hawaïenne (Hawaiian)", _GARNIE, ("jambon", "ananas", "mozzarella")),
        ("Pizza Bacon", _GARNIE, ("bacon", "mozzarella")),
        ("Pizza Smoked Meat", _GARNIE, ("smoked meat", "moutarde", "cornichons", "mozzarella")),
        ("Pizza Poulet BBQ (BBQ Chicken)", _GARNIE, ("poulet", "sauce bbq", "oignons rouges",
                                                     "mozzarella")),
        ("Pizza Mexicaine", _GARNIE, ("pepperoni fort", "piments forts", "oignons", "tomates")),
        ("Pizza Quatre Fromages (Four Cheese)", _GARNIE, ("mozzarella", "cheddar", "parmesan",
                                                          "provolone")),
        ("Pizza Spéciale de la Maison (House Special)", _GARNIE, ("pepperoni", "champignons",
                                                                  "piments verts", "bacon", "oignons",
                                                                  "olives")),
    ],
    "Poutines": [
        ("Poutine Classique", _POUTINE, ("frites", "fromage en grains", "sauce brune")),
        ("Poutine Italienne", _POUTINE_GARNIE, ("frites", "fromage en grains", "sauce à spaghetti")),
        ("Poutine Galvaude", _POUTINE_GARNIE, ("frites", "fromage en grains", "poulet", "petits pois",
                                               "sauce brune")),
        ("Poutine Smoked Meat", _POUTINE_GARNIE, ("frites", "fromage en grains", "smoked meat",
                                                  "sauce brune")),
        ("Poutine Bacon", _POUTINE_GARNIE, ("frites", "fromage en grains", "bacon", "sauce brune")),
    ],
    "Entrées et Accompagnements (Starters and Sides)": [
        ("Frites (Fries)", {"Petite": 3.99, "Large": 5.99}),
        ("Rondelles d'Oignon (Onion Rings)", 5.99),
        ("Bâtonnets de Fromage (Mozzarella Sticks)", 8.99, ("mozzarella panée", "sauce marinara")),
        ("Pain à l'Ail (Garlic Bread)", 4.49),
        ("Pain à l'Ail Gratiné (Garlic Bread with Cheese)", 6.49, ("beurre à l'ail", "mozzarella")),
        ("Ailes de Poulet (Chicken Wings)", {"10 Morceaux": 13.99, "20 Morceaux": 25.99},
         ("ailes", "sauce piquante, bbq ou miel-ail")),
        ("Doigts de Poulet (Chicken Fingers)", 11.99, ("poulet pané", "frites", "sauce prune")),
        ("Salade de Chou (Coleslaw)", 2.99),
    ],
    "Sous-Marins (Subs)": [
        ("Sous-marin Tout Garni (All Dressed Sub)", _SOUS_MARIN, ("salami", "pepperoni", "jambon",
                                                                  "fromage", "laitue", "tomates")),
        ("Sous-marin Steak Fromage (Steak & Cheese)", _SOUS_MARIN, ("steak", "oignons",
                                                                    "piments verts", "champignons",
                                                                    "fromage")),
        ("Sous-marin Poulet (Chicken)", _SOUS_MARIN, ("poulet", "fromage", "laitue", "tomates", "mayo")),
        ("Sous-marin Jambon Fromage (Ham & Cheese)", _SOUS_MARIN, ("jambon", "fromage", "laitue",
                                                                   "tomates")),
        ("Sous-marin Végétarien (Vegetarian Sub)", _SOUS_MARIN, ("champignons", "piments verts",
                                                                 "oignons", "fromage", "laitue")),
    ],
    "Assiettes et Sandwichs (Plates and Sandwiches)": [
        ("Hot Chicken", 15.99, ("poulet", "pain blanc", "sauce brune", "petits pois", "frites")),
        ("Club Sandwich", 15.49, ("poulet", "bacon", "laitue", "tomates", "mayo", "frites")),
        ("Sandwich Smoked Meat (Smoked Meat Sandwich)", 14.99, ("smoked meat", "pain de seigle",
                                                                "moutarde", "frites", "cornichon")),
    ],
    "Pâtes (Pasta)": [
        ("Spaghetti Sauce à la Viande (Spaghetti with Meat Sauce)", 12.99),
        ("Spaghetti Gratiné (Baked Spaghetti)", 14.99, ("sauce à la viande", "mozzarella gratinée")),
        ("Lasagne au Four (Baked Lasagna)", 15.99, ("sauce à la viande", "ricotta", "mozzarella")),
        ("Fettuccine Alfredo", 14.99, ("crème", "parmesan")),
    ],
    "Salades (Salads)": [
        ("Salade César (Caesar)", 8.99, ("romaine", "croûtons", "bacon", "parmesan")),
        ("Salade Grecque (Greek)", 9.99, ("tomates", "concombre", "oignons", "olives", "feta")),
    ],
    "Desserts": [
        ("Gâteau au Fromage (Cheesecake)", 5.99),
        ("Pouding Chômeur", 5.49, ("gâteau", "sirop d'érable")),
        ("Tarte au Sucre (Sugar Pie)", 4.99),
    ],
    "Breuvages (Drinks)": [
        ("Pepsi", _LIQUEUR),
        ("Pepsi Diète (Diet Pepsi)", _LIQUEUR),
        ("7Up", _LIQUEUR),
        ("Crush à l'Orange (Orange Crush)", _LIQUEUR),
        ("Eau de Source (Spring Water)", 1.99),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas
    ("une large toute garnie", "Pizza Toute Garnie (All Dressed)", "large"),
    ("a large all dressed", "Pizza Toute Garnie (All Dressed)", "large"),
    ("two medium all dressed pizzas", "Pizza Toute Garnie (All Dressed)", "moyenne", 2),
    ("small cheese pizza", "Pizza Fromage (Cheese)", "petite"),
    ("une moyenne pepperoni fromage", "Pizza Pepperoni-Fromage (Pepperoni & Cheese)", "moyenne"),
    ("petite vege pizza", "Pizza Végétarienne (Vegetarian)", "petite"),
    ("large hawaiian", "Pizza Hawaïenne (Hawaiian)", "large"),
    ("a medium bacon pizza", "Pizza Bacon", "moyenne"),
    ("large smoked meat pizza", "Pizza Smoked Meat", "large"),
    ("bbq chicken pizza extra large", "Pizza Poulet BBQ (BBQ Chicken)", "extra-large"),
    ("une mexicaine large", "Pizza Mexicaine", "large"),
    ("four cheese large", "Pizza Quatre Fromages (Four Cheese)", "large"),
    ("la speciale de la maison extra large", "Pizza Spéciale de la Maison (House Special)",
     "extra-large"),
    ("a large pizza", ASK),
    ("un vegetarien", ASK),
    # poutines
    ("a large poutine", "Poutine Classique", "large"),
    ("petite poutine italienne", "Poutine Italienne", "petite"),
    ("poutine with spaghetti sauce", "Poutine Italienne"),
    ("poutine galvaude", "Poutine Galvaude"),
    ("gal vaud poutine large", "Poutine Galvaude", "large"),
    ("poo tin smoked meat", "Poutine Smoked Meat"),
    ("bacon poutine small", "Poutine Bacon", "petite"),
    # starters and sides
    ("large fries", "Frites (Fries)", "large"),
    ("onion rings", "Rondelles d'Oignon (Onion Rings)"),
    ("batonnets de fromage", "Bâtonnets de Fromage (Mozzarella Sticks)"),
    ("pain a l'ail", "Pain à l'Ail (Garlic Bread)"),
    ("garlic bread with cheese", "Pain à l'Ail Gratiné (Garlic Bread with Cheese)"),
    ("20 wings", "Ailes de Poulet (Chicken Wings)", "20 morceaux"),
    ("chicken fingers", "Doigts de Poulet (Chicken Fingers)"),
    ("coleslaw", "Salade de Chou (Coleslaw)"),
    # subs
    ("a twelve inch all dressed sub", "Sous-marin Tout Garni (All Dressed Sub)", "12 pouces"),
    ("sous-marin steak fromage 12 pouces", "Sous-marin Steak Fromage (Steak & Cheese)", "12 pouces"),
    ("six inch steak and cheese", "Sous-marin Steak Fromage (Steak & Cheese)", "6 pouces"),
    ("ham and cheese sub", "Sous-marin Jambon Fromage (Ham & Cheese)"),
    ("a sub", ASK),
    # plates and sandwiches
    ("un hot chicken", "Hot Chicken"),
    ("club sandwich", "Club Sandwich"),
    # pasta and salads
    ("spaghetti meat sauce", "Spaghetti Sauce à la Viande (Spaghetti with Meat Sauce)"),
    ("spaghetti gratine", "Spaghetti Gratiné (Baked Spaghetti)"),
    ("a spaghetti", ASK),
    ("a pasta", ASK),
    ("lasagne", "Lasagne au Four (Baked Lasagna)"),
    ("caesar salad", "Salade César (Caesar)"),
    ("salade grecque", "Salade Grecque (Greek)"),
    ("a salad", ASK),
    # desserts
    ("pouding chomeur", "Pouding Chômeur"),
    ("poo ding show mer", "Pouding Chômeur"),
    ("sugar pie", "Tarte au Sucre (Sugar Pie)"),
    # drinks
    ("deux litres pepsi", "Pepsi", "2 litres"),
    ("a can of diet pepsi", "Pepsi Diète (Diet Pepsi)", "canette"),
    ("une canette seven up", "7Up", "canette"),
    ("orange crush 2 litres", "Crush à l'Orange (Orange Crush)", "2 litres"),
    ("a can of pop", ASK),
    # not on the menu
    ("poutine au homard", UNKNOWN),
    ("pate chinois", UNKNOWN),
    ("tourtiere", UNKNOWN),
    ("pizza margherita", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("un pogo", UNKNOWN),
    ("guedille au homard", UNKNOWN),
]
