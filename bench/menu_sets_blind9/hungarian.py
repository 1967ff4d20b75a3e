"""A Hungarian restaurant (the pattern of Cleveland, Toronto and New York Hungarian menus):
gulyás and soups Cup or Bowl, paprikás csirke, pörkölt, töltött káposzta, schnitzel, lángos,
nokedli, palacsinta, kürtőskalács. Hungarian names with the English. Callers say "goulash soup",
"chicken paprikash", "stuffed cabbage", "fried dough" and mishear gulyás ("goo yosh"), lángos
("long gosh"), palacsinta ("pala chinta") and kürtőskalács ("chimney cake"). "Goulash" alone
where there are two, "palacsinta", "schnitzel" or "lángos" alone is a question; halászlé, lecsó,
túrós csusza, dobos torte and hurka are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Hungarian"

_SOUP = {"Cup": 6.0, "Bowl": 10.0}

CATEGORIES: dict[str, list[Item]] = {
    "Levesek (Soups)": [
        ("Gulyásleves (Goulash Soup)", {"Cup": 7.0, "Bowl": 12.0},
         ("beef", "potato", "carrot", "paprika", "csipetke")),
        ("Újházi Tyúkhúsleves (Chicken Soup)", _SOUP, ("chicken broth", "vegetables", "vermicelli")),
        ("Hideg Meggyleves (Cold Sour Cherry Soup)", _SOUP, ("sour cherries", "sour cream",
                                                             "cinnamon")),
        ("Bableves (Bean Soup)", _SOUP, ("beans", "smoked pork", "sour cream")),
    ],
    "Főételek (Mains)": [
        ("Paprikás Csirke (Chicken Paprikash)", 19.0, ("chicken", "paprika sour cream sauce",
                                                       "nokedli")),
        ("Marhapörkölt (Beef Stew)", 21.0, ("beef", "onion", "paprika", "nokedli")),
        ("Székelygulyás (Szekely Goulash)", 19.0, ("pork", "sauerkraut", "paprika", "sour cream")),
        ("Töltött Káposzta (Stuffed Cabbage)", 18.0, ("cabbage rolls", "pork and rice",
                                                      "sauerkraut", "sour cream")),
        ("Töltött Paprika (Stuffed Peppers)", 17.0, ("peppers", "pork and rice", "tomato sauce")),
        ("Bécsi Szelet (Wiener Schnitzel)", 22.0, ("breaded veal", "parsley potatoes")),
        ("Rántott Csirke (Chicken Schnitzel)", 18.0, ("breaded chicken breast", "potatoes")),
        ("Cigánypecsenye (Gypsy Roast)", 20.0, ("pork loin", "garlic", "bacon", "fries")),
        ("Rakott Krumpli (Layered Potatoes)", 15.0, ("potatoes", "egg", "kolbász", "sour cream")),
        ("Kolbász Plate", 16.0, ("grilled Hungarian sausage", "mustard", "pickled peppers", "bread")),
    ],
    "Lángos": [
        ("Sour Cream & Cheese Lángos", 9.0, ("fried dough", "sour cream", "cheese", "garlic")),
        ("Garlic Lángos", 7.0, ("fried dough", "garlic oil")),
        ("Lángos with Sausage", 11.0, ("fried dough", "kolbász", "cheese")),
    ],
    "Köretek (Sides)": [
        ("Nokedli", 5.0, ("egg dumplings",)),
        ("Uborkasaláta (Cucumber Salad)", 5.0, ("cucumber", "vinegar", "paprika", "sour cream")),
        ("Parsley Potatoes", 5.0),
    ],
    "Desszertek (Desserts)": [
        ("Gundel Palacsinta", 10.0, ("crepes", "walnut filling", "chocolate rum sauce")),
        ("Túrós Palacsinta", 9.0, ("crepes", "sweet farmer's cheese", "raisins")),
        ("Apricot Palacsinta", 8.0, ("crepes", "apricot jam")),
        ("Kürtőskalács (Chimney Cake)", 9.0, ("spit-baked sweet dough", "cinnamon sugar or walnut")),
        ("Somlói Galuska", 9.0, ("sponge cake", "chocolate sauce", "whipped cream")),
        ("Rétes (Strudel)", 7.0, ("apple or cherry", "phyllo")),
    ],
    "Italok (Drinks)": [
        ("Unicum", 8.0, ("herbal liqueur",)),
        ("Dreher Beer", 6.0),
        ("Fröccs", 7.0, ("white wine", "soda water")),
        ("Túró Rudi", 3.0, ("chocolate-covered curd snack",)),
        ("Hungarian Coffee", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Székelygulyás (Szekely Goulash)", "Kürtőskalács (Chimney Cake)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("goulash soup", "Gulyásleves (Goulash Soup)"),
    ("a bowl of goulash soup", "Gulyásleves (Goulash Soup)", "bowl"),
    ("cup of goo yosh soup", "Gulyásleves (Goulash Soup)", "cup"),
    ("two bowls of gulyas", "Gulyásleves (Goulash Soup)", "bowl", 2),
    ("chicken soup", "Újházi Tyúkhúsleves (Chicken Soup)"),
    ("cold cherry soup cup", "Hideg Meggyleves (Cold Sour Cherry Soup)", "cup"),
    ("bean soup bowl", "Bableves (Bean Soup)", "bowl"),
    ("a cup of soup", ASK),
    # mains
    ("chicken paprikash", "Paprikás Csirke (Chicken Paprikash)"),
    ("paprika chicken", "Paprikás Csirke (Chicken Paprikash)"),
    ("two chicken paprikas", "Paprikás Csirke (Chicken Paprikash)", None, 2),
    ("paprikash", "Paprikás Csirke (Chicken Paprikash)"),
    ("beef stew", "Marhapörkölt (Beef Stew)"),
    ("beef porkolt", "Marhapörkölt (Beef Stew)"),
    ("szekely goulash", "Székelygulyás (Szekely Goulash)"),
    ("sekay goulash with sauerkraut", "Székelygulyás (Szekely Goulash)"),
    ("goulash", ASK),
    ("stuffed cabbage", "Töltött Káposzta (Stuffed Cabbage)"),
    ("toltott kaposzta", "Töltött Káposzta (Stuffed Cabbage)"),
    ("stuffed peppers", "Töltött Paprika (Stuffed Peppers)"),
    ("wiener schnitzel", "Bécsi Szelet (Wiener Schnitzel)"),
    ("veal schnitzel", "Bécsi Szelet (Wiener Schnitzel)"),
    ("chicken schnitzel", "Rántott Csirke (Chicken Schnitzel)"),
    ("schnitzel", ASK),
    ("gypsy roast", "Cigánypecsenye (Gypsy Roast)"),
    ("layered potatoes", "Rakott Krumpli (Layered Potatoes)"),
    ("rakott krumpli", "Rakott Krumpli (Layered Potatoes)"),
    ("kolbasz plate", "Kolbász Plate"),
    ("hungarian sausage", "Kolbász Plate"),
    # langos
    ("langos with sour cream and cheese", "Sour Cream & Cheese Lángos"),
    ("long gosh with garlic", "Garlic Lángos"),
    ("two sausage langos", "Lángos with Sausage", None, 2),
    ("fried dough", ASK),
    ("langos", ASK),
    # sides
    ("nokedli", "Nokedli"),
    ("a side of dumplings", "Nokedli"),
    ("cucumber salad", "Uborkasaláta (Cucumber Salad)"),
    ("parsley potatoes", "Parsley Potatoes"),
    # desserts
    ("gundel palacsinta", "Gundel Palacsinta"),
    ("pala chinta with walnuts", "Gundel Palacsinta"),
    ("cheese crepes", "Túrós Palacsinta"),
    ("apricot crepe", "Apricot Palacsinta"),
    ("palacsinta", ASK),
    ("chimney cake", "Kürtőskalács (Chimney Cake)"),
    ("two kurtos kalacs", "Kürtőskalács (Chimney Cake)", None, 2),
    ("somloi galuska", "Somlói Galuska"),
    ("apple strudel", "Rétes (Strudel)"),
    # drinks
    ("a shot of unicum", "Unicum"),
    ("dreher", "Dreher Beer"),
    ("a spritzer", "Fröccs"),
    ("turo rudi", "Túró Rudi"),
    # not on the menu
    ("fisherman's soup", UNKNOWN),
    ("halaszle", UNKNOWN),
    ("lecso", UNKNOWN),
    ("turos csusza", UNKNOWN),
    ("dobos torte", UNKNOWN),
    ("pork paprikash", UNKNOWN),
]
