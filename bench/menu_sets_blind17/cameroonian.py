"""A Cameroonian restaurant (the pattern of Cameroonian restaurant and take-out menus in Douala,
Yaoundé, Paris and the Washington DC and Houston areas): ndolé with shrimp or with beef, poulet
DG, eru with water fufu, achu with yellow soup, koki, mbongo tchobi, poisson and poulet braisé,
groundnut soup, kati kati, soya (suya) skewers of beef or chicken by 3 or 6, puff-puff by 6 or 12,
beignets haricots and BHB, miondo and bobolo, plantains mûrs or verts frits, 33 Export, Castel,
Mützig and Guinness, Top, Djino, folere. Items are named in French or Cameroonian Pidgin / local
names with the English gloss in parentheses. Callers say the English ("director general chicken",
"bitter leaf stew", "puff puff and beans", "ripe plantains", "corn fufu"), drop the accents
("ndole", "plantain mur", "mutzig", "poisson braise"), use the Pidgin ("koki beans", "soya") and
mishear it ("bongo chobi", "thirty three export"). "Ndolé", "soya", "plantains", "fried plantains",
"fufu", "a juice" and "a beer" alone are questions; jollof rice, egusi soup, koki corn, ndolé
with smoked fish, fish suya, sanga and Beaufort beer are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Chez Mama Africa Cuisine Camerounaise"

_SOYA = {"3 skewers": 7.0, "6 skewers": 13.0}

CATEGORIES: dict[str, list[Item]] = {
    "Plats (Main Dishes)": [
        ("Ndolé aux Crevettes (Bitterleaf Stew with Shrimp)", 18.0, ("bitterleaf", "peanuts",
                                                                   "shrimp")),
        ("Ndolé Viande (Bitterleaf Stew with Beef)", 17.0, ("bitterleaf", "peanuts", "beef")),
        ("Poulet DG (Director General Chicken)", 19.0, ("chicken", "ripe plantains", "carrots",
                                                        "green beans", "peppers")),
        ("Eru et Water Fufu (Eru with Water Fufu)", 17.0, ("eru leaves", "waterleaf", "palm oil",
                                                           "smoked fish", "cow skin", "water fufu")),
        ("Achu et Sauce Jaune (Achu with Yellow Soup)", 18.0, ("pounded cocoyam", "yellow soup",
                                                               "limestone", "cow skin", "beef")),
        ("Koki (Steamed Black-Eyed Pea Cake)", 9.0, ("black-eyed peas", "palm oil",
                                                     "cocoyam leaves")),
        ("Mbongo Tchobi (Black Spicy Fish Stew)", 18.0, ("fish", "mbongo spice", "njansang")),
        ("Poisson Braisé (Grilled Whole Fish)", 20.0, ("tilapia", "pebe", "onion", "pepper")),
        ("Poulet Braisé (Grilled Chicken)", 16.0, ("chicken", "ginger", "garlic", "pepper")),
        ("Sauce Arachide (Groundnut Soup with Chicken)", 16.0, ("peanut sauce", "chicken")),
        ("Kati Kati (Grilled Chicken in Red Oil)", 17.0, ("chicken", "palm oil", "kwa kwa")),
        ("Okra Soup (Gombo)", 15.0, ("okra", "beef", "smoked fish")),
        ("Goat Pepper Soup", 16.0, ("goat meat", "pepper soup spice")),
        ("Kwacoco Bible (Cocoyam Cake in Leaves)", 12.0, ("grated cocoyam", "smoked fish",
                                                          "palm oil")),
    ],
    "Grillades (Grills)": [
        ("Soya de Boeuf (Beef Suya Skewers)", _SOYA, ("beef", "suya spice", "onion")),
        ("Soya de Poulet (Chicken Suya Skewers)", _SOYA, ("chicken", "suya spice", "onion")),
        ("Gésiers Sautés (Sautéed Gizzards)", 10.0, ("chicken gizzards", "onion", "pepper")),
        ("Porc Braisé (Grilled Pork)", 15.0, ("pork", "spices")),
    ],
    "Beignets et Snacks": [
        ("Puff-Puff", {"6 pieces": 4.0, "12 pieces": 7.0}),
        ("Beignets Haricots (Puff-Puff and Beans)", 8.0, ("puff-puff", "bean stew")),
        ("BHB (Beignets, Haricots, Bouillie)", 10.0, ("puff-puff", "bean stew", "corn porridge")),
        ("Chin Chin", 4.0),
        ("Meat Pie", 4.0, ("beef", "potato", "pastry")),
    ],
    "Accompagnements (Sides)": [
        ("Plantains Mûrs (Fried Ripe Plantains)", 5.0),
        ("Plantains Verts Frits (Fried Green Plantains)", 5.0),
        ("Miondo (Thin Cassava Sticks)", 4.0),
        ("Bobolo (Cassava Stick)", 4.0),
        ("Water Fufu", 4.0),
        ("Couscous de Maïs (Corn Fufu)", 4.0),
        ("Riz Blanc (White Rice)", 3.0),
        ("Frites (French Fries)", 4.0),
    ],
    "Boissons (Drinks)": [
        ("33 Export", 5.0),
        ("Castel Beer", 5.0),
        ("Mützig", 5.0),
        ("Guinness Foreign Extra", 6.0),
        ("Top Pamplemousse (Grapefruit Soda)", 3.0),
        ("Djino Cocktail", 3.0),
        ("Folere (Hibiscus Juice)", 4.0),
        ("Jus de Gingembre (Ginger Juice)", 4.0),
        ("Eau Tangui (Water)", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Ndolé aux Crevettes (Bitterleaf Stew with Shrimp)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # mains
    ("ndole with shrimp", "Ndolé aux Crevettes (Bitterleaf Stew with Shrimp)"),
    ("ndolé aux crevettes", "Ndolé aux Crevettes (Bitterleaf Stew with Shrimp)"),
    ("ndole beef", "Ndolé Viande (Bitterleaf Stew with Beef)"),
    ("poulet dg", "Poulet DG (Director General Chicken)"),
    ("director general chicken", "Poulet DG (Director General Chicken)"),
    ("two poulet d g", "Poulet DG (Director General Chicken)", None, 2),
    ("eru and water fufu", "Eru et Water Fufu (Eru with Water Fufu)"),
    ("uh can i get the eru", "Eru et Water Fufu (Eru with Water Fufu)"),
    ("achu soup", "Achu et Sauce Jaune (Achu with Yellow Soup)"),
    ("koki", "Koki (Steamed Black-Eyed Pea Cake)"),
    ("koki beans", "Koki (Steamed Black-Eyed Pea Cake)"),
    ("mbongo tchobi", "Mbongo Tchobi (Black Spicy Fish Stew)"),
    ("bongo chobi", "Mbongo Tchobi (Black Spicy Fish Stew)"),
    ("black fish stew", "Mbongo Tchobi (Black Spicy Fish Stew)"),
    ("poisson braise", "Poisson Braisé (Grilled Whole Fish)"),
    ("poulet braise", "Poulet Braisé (Grilled Chicken)"),
    ("groundnut soup", "Sauce Arachide (Groundnut Soup with Chicken)"),
    ("kati kati", "Kati Kati (Grilled Chicken in Red Oil)"),
    ("okra soup", "Okra Soup (Gombo)"),
    ("goat pepper soup", "Goat Pepper Soup"),
    ("kwacoco bible", "Kwacoco Bible (Cocoyam Cake in Leaves)"),
    # grills
    ("six beef suya", "Soya de Boeuf (Beef Suya Skewers)", "6 skewers"),
    ("soya de boeuf 3 skewers", "Soya de Boeuf (Beef Suya Skewers)", "3 skewers"),
    ("chicken soya six sticks", "Soya de Poulet (Chicken Suya Skewers)", "6 skewers"),
    ("gizzards", "Gésiers Sautés (Sautéed Gizzards)"),
    ("porc braise", "Porc Braisé (Grilled Pork)"),
    # snacks
    ("12 puff puff", "Puff-Puff", "12 pieces"),
    ("puff-puff six pieces", "Puff-Puff", "6 pieces"),
    ("beignets haricots", "Beignets Haricots (Puff-Puff and Beans)"),
    ("puff puff and beans", "Beignets Haricots (Puff-Puff and Beans)"),
    ("bhb", "BHB (Beignets, Haricots, Bouillie)"),
    ("two meat pies", "Meat Pie", None, 2),
    # sides
    ("ripe plantains", "Plantains Mûrs (Fried Ripe Plantains)"),
    ("fried green plantains", "Plantains Verts Frits (Fried Green Plantains)"),
    ("miondo", "Miondo (Thin Cassava Sticks)"),
    ("bobolo", "Bobolo (Cassava Stick)"),
    ("water fufu", "Water Fufu"),
    ("corn fufu", "Couscous de Maïs (Corn Fufu)"),
    ("white rice", "Riz Blanc (White Rice)"),
    # drinks
    ("thirty three export", "33 Export"),
    ("two 33 export", "33 Export", None, 2),
    ("mutzig", "Mützig"),
    ("castel", "Castel Beer"),
    ("top pamplemousse", "Top Pamplemousse (Grapefruit Soda)"),
    ("hibiscus juice", "Folere (Hibiscus Juice)"),
    ("ginger juice", "Jus de Gingembre (Ginger Juice)"),
    # questions
    ("ndole", ASK),
    ("a beer", ASK),
    ("plantains", ASK),
    ("soya", ASK),
    ("fried plantains", ASK),
    ("fufu", ASK),
    ("a juice", ASK),
    # not on the menu
    ("jollof rice", UNKNOWN),
    ("egusi soup", UNKNOWN),
    ("koki corn", UNKNOWN),
    ("ndole with smoked fish", UNKNOWN),
    ("fish suya", UNKNOWN),
    ("sanga", UNKNOWN),
    ("beaufort beer", UNKNOWN),
]
