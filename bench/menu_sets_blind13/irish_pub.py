"""An Irish pub (the pattern of the food menus of Irish pubs in Boston, New York, Chicago and
Dublin): starters (Scotch egg, wings by 6 or 12, seafood chowder by the cup or bowl, black and
white pudding, mussels in cider, Irish nachos), pub mains (fish and chips by one or two pieces of
battered cod, shepherd's pie of lamb and cottage pie of beef, bangers and mash, Irish stew of
lamb and a Guinness beef stew, corned beef or bacon and cabbage, boxty, pies, the full Irish
breakfast, Dublin coddle, a burger and a Reuben), sides (chips, curry chips, champ, colcannon,
mushy peas, soda bread), puddings, and the bar: stouts, ales, lager and cider by the pint or half
pint, Irish whiskey by the single or double, Irish coffee.

Callers say "fish and chips two piece", "two pints of Guinness", "a half pint of Murphy's", "sausage and
mash", "lamb stew", "a full Irish", "steak and Guinness pie", and speech recognition writes "fish
n chips", "box tee" (boxty), "call cannon" (colcannon), "smith wicks" (Smithwick's), "jamie sun"
(Jameson). A piece count said with fish and chips or wings names the size. "A pie", "a stew", "a
boxty", "a pudding", "a pint of stout", "a pint" and "a whiskey" are questions; a pint of Beamish,
scampi, chicken curry, barmbrack, corned beef hash, a lamb shank and oysters are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "The Claddagh Irish Pub"

_PINT = {"Pint": 8.0, "Half Pint": 4.75}
_WHISKEY = {"Single": 9.0, "Double": 16.0}

CATEGORIES: dict[str, list[Item]] = {
    "Starters": [
        ("Scotch Egg", 9.0, ("soft-boiled egg", "sausage meat", "breadcrumbs", "mustard mayo")),
        ("Chicken Wings", {"6 pcs": 11.0, "12 pcs": 19.0}, ("wings", "buffalo or Guinness BBQ sauce")),
        ("Seafood Chowder", {"Cup": 7.0, "Bowl": 11.0}, ("cod", "salmon", "mussels", "cream", "brown bread")),
        ("Soup of the Day", 7.0, ("brown bread",)),
        ("Black and White Pudding", 10.0, ("black pudding", "white pudding", "apple chutney")),
        ("Mussels in Cider", 15.0, ("mussels", "Irish cider", "garlic", "cream", "brown bread")),
        ("Irish Nachos", 12.0, ("potato chips", "cheddar", "bacon", "scallion", "sour cream")),
        ("Smoked Salmon Plate", 14.0, ("Irish smoked salmon", "capers", "red onion", "brown bread")),
    ],
    "Mains": [
        ("Fish and Chips", {"1 Piece": 17.0, "2 Piece": 22.0}, ("beer-battered cod", "chips", "mushy peas",
                                                               "tartar sauce")),
        ("Shepherd's Pie", 18.0, ("minced lamb", "vegetables", "mashed potato")),
        ("Cottage Pie", 17.0, ("minced beef", "vegetables", "mashed potato", "cheddar")),
        ("Fisherman's Pie", 21.0, ("cod", "salmon", "shrimp", "cream sauce", "mashed potato")),
        ("Beef and Guinness Pie", 19.0, ("beef", "Guinness gravy", "puff pastry")),
        ("Chicken Pot Pie", 17.0, ("chicken", "vegetables", "cream sauce", "puff pastry")),
        ("Bangers and Mash", 17.0, ("Irish sausages", "mashed potato", "onion gravy")),
        ("Irish Stew", 19.0, ("lamb", "potato", "carrot", "onion")),
        ("Guinness Beef Stew", 19.0, ("beef", "Guinness", "root vegetables", "brown bread")),
        ("Corned Beef and Cabbage", 20.0, ("corned beef", "cabbage", "boiled potatoes", "parsley sauce")),
        ("Bacon and Cabbage", 18.0, ("Irish bacon", "cabbage", "boiled potatoes", "parsley sauce")),
        ("Chicken and Mushroom Boxty", 18.0, ("potato pancake", "chicken", "mushroom cream sauce")),
        ("Corned Beef Boxty", 18.0, ("potato pancake", "corned beef", "cabbage", "mustard cream")),
        ("Full Irish Breakfast", 17.0, ("rashers", "sausages", "black and white pudding", "eggs", "beans",
                                        "tomato", "toast")),
        ("Dublin Coddle", 16.0, ("sausages", "bacon", "potato", "onion")),
        ("Pub Burger", 16.0, ("beef patty", "Dubliner cheddar", "bacon", "chips")),
        ("Reuben Sandwich", 15.0, ("corned beef", "sauerkraut", "swiss", "rye", "chips")),
    ],
    "Sides": [
        ("Chips", 5.0),
        ("Curry Chips", 6.5),
        ("Champ", 5.0),
        ("Colcannon", 5.0),
        ("Mushy Peas", 4.0),
        ("Onion Rings", 5.0),
        ("Irish Soda Bread", 4.0),
        ("Side Salad", 5.0),
    ],
    "Desserts": [
        ("Sticky Toffee Pudding", 9.0),
        ("Bread and Butter Pudding", 9.0),
        ("Baileys Cheesecake", 9.0),
        ("Apple Crumble", 8.0),
    ],
    "Drinks": [
        ("Guinness", _PINT),
        ("Murphy's Irish Stout", _PINT),
        ("Smithwick's Red Ale", _PINT),
        ("Harp Lager", _PINT),
        ("Magners Cider", _PINT),
        ("Jameson", _WHISKEY),
        ("Redbreast 12", {"Single": 14.0, "Double": 25.0}),
        ("Irish Coffee", 11.0),
        ("Club Orange", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Bacon and Cabbage",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters
    ("a scotch egg", "Scotch Egg"),
    ("twelve wings", "Chicken Wings", "12 pcs"),
    ("a bowl of chowder", "Seafood Chowder", "bowl"),
    ("cup of seafood chowder", "Seafood Chowder", "cup"),
    ("black and white pudding", "Black and White Pudding"),
    ("the mussels", "Mussels in Cider"),
    ("smoked salmon", "Smoked Salmon Plate"),
    # mains
    ("fish and chips", "Fish and Chips"),
    ("fish and chips two piece", "Fish and Chips", "2 piece"),
    ("a one piece fish n chips", "Fish and Chips", "1 piece"),
    ("two orders of fish and chips two piece", "Fish and Chips", "2 piece", 2),
    ("shepherds pie", "Shepherd's Pie"),
    ("two shepherd's pies", "Shepherd's Pie", None, 2),
    ("cottage pie", "Cottage Pie"),
    ("fisherman's pie", "Fisherman's Pie"),
    ("steak and guinness pie", "Beef and Guinness Pie"),
    ("a pie", ASK),
    ("bangers and mash", "Bangers and Mash"),
    ("sausage and mash", "Bangers and Mash"),
    ("irish stew", "Irish Stew"),
    ("lamb stew", "Irish Stew"),
    ("beef and guinness stew", "Guinness Beef Stew"),
    ("a stew", ASK),
    ("corned beef and cabbage", "Corned Beef and Cabbage"),
    ("bacon and cabbage", "Bacon and Cabbage"),
    ("chicken and mushroom box tee", "Chicken and Mushroom Boxty"),
    ("corned beef boxty", "Corned Beef Boxty"),
    ("a boxty", ASK),
    ("a full irish", "Full Irish Breakfast"),
    ("coddle", "Dublin Coddle"),
    ("a burger", "Pub Burger"),
    ("a reuben", "Reuben Sandwich"),
    # sides
    ("a side of chips", "Chips"),
    ("curry chips", "Curry Chips"),
    ("champ", "Champ"),
    ("call cannon", "Colcannon"),
    ("soda bread", "Irish Soda Bread"),
    # desserts
    ("sticky toffee pudding", "Sticky Toffee Pudding"),
    ("bread and butter pudding", "Bread and Butter Pudding"),
    ("a pudding", ASK),
    ("baileys cheesecake", "Baileys Cheesecake"),
    # drinks
    ("a pint of guinness", "Guinness", "pint"),
    ("two pints of guinness", "Guinness", "pint", 2),
    ("a half pint of murphys", "Murphy's Irish Stout", "half pint"),
    ("a pint of smith wicks", "Smithwick's Red Ale", "pint"),
    ("pint of magners", "Magners Cider", "pint"),
    ("a pint of stout", ASK),
    ("a pint", ASK),
    ("a double jamie sun", "Jameson", "double"),
    ("a whiskey", ASK),
    ("irish coffee", "Irish Coffee"),
    # not on the menu
    ("a pint of beamish", UNKNOWN),
    ("scampi and chips", UNKNOWN),
    ("chicken curry", UNKNOWN),
    ("barmbrack", UNKNOWN),
    ("corned beef hash", UNKNOWN),
    ("a lamb shank", UNKNOWN),
    ("oysters", UNKNOWN),
]
