"""A Jamaican take-out menu (the pattern of US Jamaican restaurants and bakeries): dinners in
small, medium and large, the same cooking (jerk, curry, brown stew) over several meats, patties
with coco bread, saltfish two ways, soups by size, Jamaican sodas and juices. Callers say
"curried goat" for Curry Goat, "stew chicken" for Brown Stew Chicken, drop the sizes' nouns and
spell the names as they hear them (akee, escoveitch, cocoa bread)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Jamaican restaurant"

DINNER = {"Small": 12.0, "Medium": 15.0, "Large": 18.0}
SOUP = {"Small": 6.0, "Large": 9.0}

CATEGORIES: dict[str, list[Item]] = {
    "Dinners": [
        ("Jerk Chicken", DINNER, ("chicken", "scotch bonnet", "allspice", "thyme")),
        ("Curry Chicken", DINNER, ("chicken", "curry", "potato")),
        ("Brown Stew Chicken", DINNER, ("chicken", "brown stew gravy", "carrot")),
        ("Jerk Pork", DINNER, ("pork", "scotch bonnet", "allspice")),
        ("Curry Goat", {"Small": 15.0, "Medium": 18.0, "Large": 22.0}, ("goat", "curry", "potato")),
        ("Oxtail", {"Small": 18.0, "Medium": 22.0, "Large": 26.0}, ("oxtail", "butter beans", "gravy")),
        ("Curry Shrimp", {"Small": 16.0, "Medium": 19.0, "Large": 23.0}, ("shrimp", "curry")),
    ],
    "Seafood": [
        ("Escovitch Fish", 22.0, ("whole red snapper", "pickled onion", "carrot", "scotch bonnet")),
        ("Brown Stew Fish", 22.0, ("whole red snapper", "brown stew gravy")),
    ],
    "Breakfast": [
        ("Ackee and Saltfish", 17.0, ("ackee", "salt cod", "onion", "tomato")),
        ("Callaloo and Saltfish", 15.0, ("callaloo", "salt cod", "onion")),
    ],
    "Vegetarian": [
        ("Ital Stew", 14.0, ("pumpkin", "carrot", "okra", "coconut milk", "dumplings")),
    ],
    "Patties": [
        ("Beef Patty", 3.5, ("ground beef", "flaky crust")),
        ("Spicy Beef Patty", 3.75, ("ground beef", "scotch bonnet", "flaky crust")),
        ("Chicken Patty", 3.75, ("chicken", "flaky crust")),
        ("Vegetable Patty", 3.5, ("vegetables", "flaky crust")),
        ("Coco Bread", 2.0, ("coconut milk bread",)),
    ],
    "Soups": [
        ("Red Pea Soup", SOUP, ("red kidney beans", "pig tail", "dumplings")),
        ("Chicken Soup", SOUP, ("chicken", "pumpkin", "dumplings", "yam")),
    ],
    "Sides": [
        ("Rice and Peas", 4.0, ("rice", "kidney beans", "coconut milk")),
        ("White Rice", 3.0),
        ("Fried Plantains", 4.0, ("sweet plantain",)),
        ("Festival", 3.5, ("fried cornmeal dough",)),
        ("Fried Dumplings", 3.5, ("fried flour dough",)),
        ("Bammy", 4.0, ("cassava",)),
        ("Steamed Cabbage", 4.0, ("cabbage", "carrot")),
    ],
    "Drinks": [
        ("Sorrel", 4.5, ("hibiscus", "ginger", "allspice")),
        ("Carrot Juice", 5.0, ("carrot", "nutmeg", "condensed milk")),
        ("Irish Moss", 6.0, ("sea moss", "condensed milk", "nutmeg")),
        ("Ginger Beer", 3.5),
        ("Ting", 3.0, ("grapefruit soda",)),
        ("Kola Champagne", 3.0),
        ("Red Stripe", 6.0, ("beer",)),
    ],
    "Desserts": [
        ("Rum Cake", 6.0, ("rum",)),
        ("Sweet Potato Pudding", 5.5, ("sweet potato", "coconut milk")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # dinners
    ("jerk chicken", "Jerk Chicken"),
    ("a large jerk chicken", "Jerk Chicken", "large"),
    ("two small jerk chicken", "Jerk Chicken", "small", 2),
    ("jerk pork medium", "Jerk Pork", "medium"),
    ("jerk", ASK),  # chicken or pork
    ("chicken curry", "Curry Chicken"),
    ("curried chicken", "Curry Chicken"),
    ("curry", ASK),
    ("stew chicken", "Brown Stew Chicken"),
    ("brown stew", ASK),  # chicken or fish
    ("chicken", ASK),
    ("curried goat large", "Curry Goat", "large"),
    ("goat", "Curry Goat"),
    ("oxtails", "Oxtail"),
    ("let me get a medium oxtail", "Oxtail", "medium"),
    ("two large oxtail", "Oxtail", "large", 2),
    ("a small curry shrimp", "Curry Shrimp", "small"),
    ("shrimp curry", "Curry Shrimp"),
    # fish, saltfish, vegetarian
    ("escoveitch fish", "Escovitch Fish"),
    ("brown stew fish", "Brown Stew Fish"),
    ("fish", ASK),
    ("red snapper", ASK),
    ("akee and salt fish", "Ackee and Saltfish"),
    ("ackee", "Ackee and Saltfish"),
    ("saltfish", ASK),  # with ackee or with callaloo
    ("callaloo", "Callaloo and Saltfish"),
    ("ital stew", "Ital Stew"),
    # patties
    ("a beef patty", "Beef Patty"),
    ("three spicy beef patties", "Spicy Beef Patty", None, 3),
    ("a patty", ASK),
    ("two chicken patties", "Chicken Patty", None, 2),
    ("veggie patty", "Vegetable Patty"),
    ("cocoa bread", "Coco Bread"),
    # soups and sides
    ("a large red peas soup", "Red Pea Soup", "large"),
    ("chicken soup small", "Chicken Soup", "small"),
    ("soup", ASK),
    ("rice n peas", "Rice and Peas"),
    ("white rice", "White Rice"),
    ("rice", ASK),
    ("plantains", "Fried Plantains"),
    ("festival", "Festival"),
    ("fried dough", ASK),  # festival or fried dumplings
    ("fried dumplings", "Fried Dumplings"),
    ("bammy", "Bammy"),
    ("cabbage", "Steamed Cabbage"),
    # drinks and desserts
    ("sorrel", "Sorrel"),
    ("carrot juice", "Carrot Juice"),
    ("sea moss", "Irish Moss"),
    ("a ginger beer", "Ginger Beer"),
    ("grapefruit soda", "Ting"),
    ("cola champagne", "Kola Champagne"),
    ("two red stripes", "Red Stripe", None, 2),
    ("a beer", "Red Stripe"),
    ("rum cake", "Rum Cake"),
    ("sweet potato pudding", "Sweet Potato Pudding"),
    # not on the menu
    ("jerk shrimp", UNKNOWN),
    ("jerk fish", UNKNOWN),
    ("roti", UNKNOWN),
    ("fried chicken", UNKNOWN),
    ("stew peas", UNKNOWN),
]
