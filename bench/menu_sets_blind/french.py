"""A French bistro menu (the pattern of US bistros' take-out menus): French names with their
accents and elisions (à l'Oignon, Rôti, Épinards), mussels as a starter and with fries, two
steaks, two croques, two quiches, two crêpes, house wine by the glass or the bottle. Callers
say the English (french onion soup, snails, duck confit) or the French as it sounds to them
(croak monsieur, coq o vin)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "French bistro"

WINE = {"Glass": 11.0, "Bottle": 40.0}

CATEGORIES: dict[str, list[Item]] = {
    "Hors d'Oeuvres": [
        ("Soupe à l'Oignon", 11.0, ("onion", "beef broth", "gruyère", "crouton")),
        ("Escargots de Bourgogne", 14.0, ("snails", "garlic butter", "parsley")),
        ("Pâté de Campagne", 12.0, ("country pork pâté", "cornichons", "mustard", "toast")),
        ("Moules Marinières", 18.0, ("mussels", "white wine", "shallots", "cream")),
    ],
    "Salades": [
        ("Salade Niçoise", 17.0, ("tuna", "egg", "olives", "green beans", "potatoes")),
        ("Salade Lyonnaise", 14.0, ("frisée", "lardons", "poached egg", "croutons")),
        ("Salade de Chèvre Chaud", 14.0, ("warm goat cheese", "greens", "walnuts")),
    ],
    "Plats": [
        ("Steak Frites", 29.0, ("hanger steak", "fries", "béarnaise")),
        ("Steak au Poivre", 34.0, ("sirloin", "peppercorn sauce", "fries")),
        ("Moules Frites", 24.0, ("mussels", "white wine", "shallots", "fries")),
        ("Boeuf Bourguignon", 28.0, ("beef", "red wine", "mushrooms", "pearl onions")),
        ("Coq au Vin", 26.0, ("chicken", "red wine", "mushrooms", "lardons")),
        ("Poulet Rôti", 24.0, ("roast chicken", "jus", "potatoes")),
        ("Confit de Canard", 29.0, ("duck leg", "potatoes", "frisée")),
        ("Truite Amandine", 26.0, ("trout", "almonds", "brown butter")),
        ("Ratatouille", 19.0, ("eggplant", "zucchini", "pepper", "tomato")),
        ("Bistro Burger", 19.0, ("beef", "gruyère", "caramelized onions", "fries")),
    ],
    "Croques et Quiches": [
        ("Croque Monsieur", 15.0, ("ham", "gruyère", "béchamel")),
        ("Croque Madame", 16.0, ("ham", "gruyère", "béchamel", "fried egg")),
        ("Quiche Lorraine", 14.0, ("bacon", "gruyère", "egg")),
        ("Quiche aux Épinards", 14.0, ("spinach", "goat cheese", "egg")),
    ],
    "Accompagnements": [
        ("Frites", 6.0, ("potatoes",)),
        ("Pommes Purée", 7.0, ("potatoes", "butter")),
        ("Haricots Verts", 7.0, ("green beans", "shallots")),
        ("Gratin Dauphinois", 8.0, ("potatoes", "cream", "gruyère")),
        ("Baguette", 4.0),
    ],
    "Desserts": [
        ("Crème Brûlée", 10.0, ("vanilla custard", "caramelized sugar")),
        ("Mousse au Chocolat", 10.0, ("dark chocolate",)),
        ("Tarte Tatin", 11.0, ("caramelized apples", "puff pastry", "crème fraîche")),
        ("Profiteroles", 11.0, ("choux", "vanilla ice cream", "chocolate sauce")),
        ("Crêpe Nutella", 9.0, ("nutella", "banana")),
        ("Crêpe Suzette", 11.0, ("orange butter", "grand marnier")),
    ],
    "Boissons": [
        ("House Red Wine", WINE, ("côtes du rhône",)),
        ("House White Wine", WINE, ("sauvignon blanc",)),
        ("Kronenbourg 1664", 7.0, ("beer",)),
        ("Perrier", 4.0, ("sparkling water",)),
        ("Orangina", 4.0),
        ("Café au Lait", 5.0, ("coffee", "steamed milk")),
        ("Espresso", 3.5, ("coffee",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters and salads
    ("french onion soup", "Soupe à l'Oignon"),
    ("onion soup", "Soupe à l'Oignon"),
    ("escargot", "Escargots de Bourgogne"),
    ("snails", "Escargots de Bourgogne"),
    ("country pate", "Pâté de Campagne"),
    ("mussels", ASK),  # marinières or with fries
    ("mussels and fries", "Moules Frites"),
    ("moules mariniere", "Moules Marinières"),
    ("nicoise salad", "Salade Niçoise"),
    ("lyonnaise salad", "Salade Lyonnaise"),
    ("goat cheese salad", "Salade de Chèvre Chaud"),
    ("a salad", ASK),
    # plats
    ("steak", ASK),  # frites or au poivre
    ("steak fritz", "Steak Frites"),
    ("pepper steak", "Steak au Poivre"),
    ("beef bourguignonne", "Boeuf Bourguignon"),
    ("boof bourginyon", "Boeuf Bourguignon"),
    ("coq o vin", "Coq au Vin"),
    ("roast chicken", "Poulet Rôti"),
    ("poulet roti", "Poulet Rôti"),
    ("chicken", ASK),  # coq au vin or the roast chicken
    ("duck confit", "Confit de Canard"),
    ("the duck", "Confit de Canard"),
    ("trout amandine", "Truite Amandine"),
    ("ratatouille", "Ratatouille"),
    ("a burger", "Bistro Burger"),
    ("two burgers", "Bistro Burger", None, 2),
    # croques and quiches
    ("croak monsieur", "Croque Monsieur"),
    ("a croque madame", "Croque Madame"),
    ("a croque", ASK),
    ("a ham and cheese sandwich", ASK),  # both croques
    ("quiche", ASK),
    ("quiche lorraine", "Quiche Lorraine"),
    ("spinach quiche", "Quiche aux Épinards"),
    # sides
    ("a side of fries", "Frites"),
    ("mashed potatoes", "Pommes Purée"),
    ("a side of green beans", "Haricots Verts"),
    ("potato gratin", "Gratin Dauphinois"),
    ("a baguette", "Baguette"),
    # desserts
    ("two creme brulees", "Crème Brûlée", None, 2),
    ("chocolate mousse", "Mousse au Chocolat"),
    ("apple tart", "Tarte Tatin"),
    ("profiteroles", "Profiteroles"),
    ("a crepe", ASK),
    ("nutella crepe", "Crêpe Nutella"),
    ("crepe suzette", "Crêpe Suzette"),
    # drinks
    ("a glass of red", "House Red Wine", "glass"),
    ("a bottle of the house white", "House White Wine", "bottle"),
    ("a bottle of wine", ASK),
    ("a glass of wine", ASK),
    ("cafe au lait", "Café au Lait"),
    ("coffee", ASK),  # café au lait or espresso
    ("sparkling water", "Perrier"),
    ("an orangina", "Orangina"),
    ("a kronenbourg", "Kronenbourg 1664"),
    # not on the menu
    ("chicken cordon bleu", UNKNOWN),
    ("filet mignon", UNKNOWN),
    ("duck a l'orange", UNKNOWN),
    ("lobster bisque", UNKNOWN),
    ("a croissant", UNKNOWN),
]
