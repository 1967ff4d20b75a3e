"""A Cajun and Creole kitchen menu (the pattern of US Louisiana-style take-out menus): gumbos and
étouffées by the cup or bowl, po' boys in 6 or 12 inches, the muffuletta by the quarter, half
or whole, boiled crawfish and shrimp by the pound, oysters by the half dozen or dozen, beignets
by 3 or 6. Callers drop the accents and the apostrophe ("po boy", "etoufee"), spell the French
words as they sound ("ben yays", "mock shoe") and say "gator" and "crawdad"."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Cajun and Creole kitchen"

CUP_BOWL = {"Cup": 7.0, "Bowl": 12.0}
POBOY = {"6 inch": 11.0, "12 inch": 18.0}
OYSTERS = {"Half Dozen": 15.0, "Dozen": 28.0}
POBOY_DRESSED = ("lettuce", "tomato", "pickles", "mayo", "french bread")

CATEGORIES: dict[str, list[Item]] = {
    "Gumbo & Soups": [
        ("Chicken and Andouille Gumbo", CUP_BOWL,
         ("dark roux", "chicken", "andouille sausage", "trinity", "rice")),
        ("Seafood Gumbo", CUP_BOWL, ("roux", "shrimp", "crab", "oysters", "okra", "rice")),
        ("Crawfish Étouffée", CUP_BOWL, ("crawfish tails", "blond roux", "trinity", "rice")),
        ("Shrimp Étouffée", CUP_BOWL, ("gulf shrimp", "blond roux", "trinity", "rice")),
        ("Turtle Soup", CUP_BOWL, ("turtle meat", "sherry", "egg")),
    ],
    "Entrées": [
        ("Jambalaya", 16.0, ("rice", "chicken", "andouille", "tomato")),
        ("Red Beans and Rice", 13.0, ("red beans", "smoked sausage", "rice")),
        ("Shrimp and Grits", 19.0, ("gulf shrimp", "stone-ground grits", "tasso cream sauce")),
        ("Blackened Catfish", 18.0, ("catfish filet", "cajun spices", "dirty rice")),
        ("Fried Catfish Platter", 17.0, ("cornmeal-fried catfish", "fries", "hush puppies", "coleslaw")),
        ("Crawfish Monica", 19.0, ("crawfish tails", "cream sauce", "rotini pasta")),
    ],
    "Po' Boys": [
        ("Fried Shrimp Po' Boy", POBOY, ("fried gulf shrimp", *POBOY_DRESSED)),
        ("Fried Oyster Po' Boy", POBOY, ("fried oysters", *POBOY_DRESSED)),
        ("Catfish Po' Boy", POBOY, ("fried catfish", *POBOY_DRESSED)),
        ("Roast Beef Debris Po' Boy", POBOY, ("slow-roasted beef", "debris gravy", *POBOY_DRESSED)),
        ("Hot Sausage Po' Boy", POBOY, ("hot sausage patty", *POBOY_DRESSED)),
        ("Muffuletta", {"Quarter": 9.0, "Half": 15.0, "Whole": 27.0},
         ("ham", "salami", "mortadella", "provolone", "olive salad", "sesame bread")),
    ],
    "Boils": [
        ("Boiled Crawfish", {"1 lb": 10.0, "3 lb": 27.0, "5 lb": 42.0},
         ("live crawfish", "corn", "potatoes", "cajun boil spice")),
        ("Boiled Shrimp", {"1 lb": 16.0, "2 lb": 30.0}, ("head-on shrimp", "corn", "potatoes")),
    ],
    "Starters": [
        ("Boudin Balls", 9.0, ("pork and rice sausage balls", "remoulade")),
        ("Boudin Link", 7.0, ("pork and rice sausage",)),
        ("Fried Alligator", 14.0, ("alligator tail", "remoulade")),
        ("Char-Grilled Oysters", {"Half Dozen": 16.0, "Dozen": 30.0},
         ("oysters", "garlic butter", "parmesan")),
        ("Raw Oysters", OYSTERS, ("gulf oysters", "cocktail sauce", "lemon")),
        ("Hush Puppies", 6.0),
        ("Fried Green Tomatoes", 9.0, ("cornmeal crust", "remoulade")),
    ],
    "Sides": [
        ("Dirty Rice", 4.0),
        ("Cajun Fries", 4.0),
        ("Corn Maque Choux", 4.0, ("corn", "peppers", "cream")),
        ("Coleslaw", 3.0),
        ("Potato Salad", 3.5),
    ],
    "Desserts": [
        ("Beignets", {"3 pc": 5.0, "6 pc": 9.0}, ("powdered sugar",)),
        ("Bread Pudding", 7.0, ("whiskey sauce",)),
        ("Bananas Foster", 8.0, ("bananas", "rum", "brown sugar", "vanilla ice cream")),
        ("Praline", 3.0, ("pecans", "brown sugar")),
    ],
    "Drinks": [
        ("Sweet Tea", 3.0),
        ("Lemonade", 3.0),
        ("Café au Lait", 4.0, ("chicory coffee", "steamed milk")),
        ("Barq's Root Beer", 2.5),
        ("Abita Amber", 6.0),
        ("Abita Purple Haze", 6.0),
        ("Hurricane", 11.0, ("rum", "passion fruit", "orange", "lime")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # gumbo and soups
    ("gumbo", ASK),
    ("a bowl of chicken and sausage gumbo", "Chicken and Andouille Gumbo", "bowl"),
    ("cup of seafood gumbo", "Seafood Gumbo", "cup"),
    ("crawfish etouffee", "Crawfish Étouffée"),
    ("crawdad etouffee", "Crawfish Étouffée"),
    ("a bowl of shrimp etoufee", "Shrimp Étouffée", "bowl"),
    ("etouffee", ASK),
    ("turtle soup", "Turtle Soup"),
    # entrées
    ("jambalaya", "Jambalaya"),
    ("jumbalaya", "Jambalaya"),
    ("two red beans and rice", "Red Beans and Rice", None, 2),
    ("red beans", "Red Beans and Rice"),
    ("shrimp and grits", "Shrimp and Grits"),
    ("blackened catfish", "Blackened Catfish"),
    ("catfish platter", "Fried Catfish Platter"),
    ("catfish", ASK),
    ("crawfish monica", "Crawfish Monica"),
    ("crawfish pasta", "Crawfish Monica"),
    # po' boys and muffuletta
    ("a shrimp po boy", "Fried Shrimp Po' Boy"),
    ("a twelve inch shrimp poboy", "Fried Shrimp Po' Boy", "12 inch"),
    ("six inch oyster po'boy", "Fried Oyster Po' Boy", "6 inch"),
    ("roast beef po boy", "Roast Beef Debris Po' Boy"),
    ("debris po boy", "Roast Beef Debris Po' Boy"),
    ("a hot sausage poboy", "Hot Sausage Po' Boy"),
    ("a po boy", ASK),
    ("a half muffuletta", "Muffuletta", "half"),
    ("whole muffaletta", "Muffuletta", "whole"),
    ("muffalotta", "Muffuletta"),
    # boils and starters
    ("three pounds of crawfish", "Boiled Crawfish", "3 lb"),
    ("five pounds of boiled crawfish", "Boiled Crawfish", "5 lb"),
    ("crawfish", ASK),
    ("a pound of boiled shrimp", "Boiled Shrimp", "1 lb"),
    ("boudin balls", "Boudin Balls"),
    ("boudin", ASK),  # balls or link
    ("two boudin links", "Boudin Link", None, 2),
    ("fried gator", "Fried Alligator"),
    ("a dozen chargrilled oysters", "Char-Grilled Oysters", "dozen"),
    ("half dozen raw oysters", "Raw Oysters", "half dozen"),
    ("a dozen oysters", ASK),  # raw or char-grilled
    ("hushpuppies", "Hush Puppies"),
    ("fried green tomatoes", "Fried Green Tomatoes"),
    # sides and desserts
    ("dirty rice", "Dirty Rice"),
    ("fries", "Cajun Fries"),
    ("mock shoe", "Corn Maque Choux"),
    ("six beignets", "Beignets", "6 pc", 1),
    ("ben yays", "Beignets"),
    ("bread pudding", "Bread Pudding"),
    ("bananas foster", "Bananas Foster"),
    ("a praline", "Praline"),
    # drinks
    ("a hurricane", "Hurricane"),
    ("abita amber", "Abita Amber"),
    ("an abita", ASK),
    ("a purple haze", "Abita Purple Haze"),
    ("cafe au lait", "Café au Lait"),
    ("root beer", "Barq's Root Beer"),
    # not on the menu
    ("crab cakes", UNKNOWN),
    ("crawfish pie", UNKNOWN),
    ("chicken and waffles", UNKNOWN),
    ("a lobster roll", UNKNOWN),
    ("a sazerac", UNKNOWN),
]
