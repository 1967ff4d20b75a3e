"""A Cape Verdean restaurant with a Portuguese menu (the pattern of the Cape Verdean restaurant and
take-out menus of Dorchester and Roxbury in Boston, Brockton, Pawtucket and Lisbon's Cova da Moura
and Arroios): cachupa rica or pobre (the hominy and bean stew), cachupa de peixe, cachupa
refogada with a fried egg, caldo de peixe, xerém (cornmeal) plain or with seafood, feijoada,
stews (guisados) of chicken, beef, octopus and conch, grilled tuna, grouper and lobster;
pastel com diabo dentro and codfish cakes sold by 3, 6 or 12 unidades; sides of rice, cassava,
green banana and sweet potato; pudim de leite or de queijo, doce de papaia com queijo; grogue by
the dose or bottle, ponche, Strela and Sagres beer, Sumol. Portuguese names with English glosses.

Callers say the English ("fish stew", "chicken stew", "the pastry with the devil inside",
"codfish cakes", "milk flan", "a shot of grog"), the Kriolu spellings ("kaldo di pexi", "pontche",
"jagacida") or drop the accents ("xerem", "buzio", "linguica"), and speech recognition writes
"catch oopa" (cachupa), "share em" (xerém), "more a ya" (moreia). A count said with the pastéis
names the size. "A cachupa", "six pasteis", "a stew", "pudim", "a beer", "a sumol" and "a soup"
are questions; pastel de nata, caldo verde, bacalhau com natas, cabrito guisado (goat stew),
arroz de marisco, grilled lapas (limpets) and a caipirinha are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Restaurante Morabeza (Cabo Verde)"

_PASTEL = {"3 Unidades": 6.0, "6 Unidades": 11.0, "12 Unidades": 20.0}

CATEGORIES: dict[str, list[Item]] = {
    "Entradas (Starters)": [
        ("Pastel com Diabo Dentro (Tuna Pastry with the Devil Inside)", _PASTEL,
         ("cornmeal and sweet potato dough", "tuna", "onion", "tomato", "hot pepper")),
        ("Pastéis de Bacalhau (Codfish Cakes)", _PASTEL, ("salt cod", "potato", "parsley", "egg")),
        ("Moreia Frita (Fried Moray Eel)", 12.0, ("moray eel", "garlic", "lemon")),
        ("Linguiça Grelhada (Grilled Linguiça)", 9.0, ("linguiça", "onion", "bread")),
        ("Canja de Galinha (Chicken & Rice Soup)", 7.0, ("chicken", "rice", "mint")),
        ("Sopa de Feijão (Bean Soup)", 6.0, ("beans", "collard greens", "linguiça")),
    ],
    "Cachupa": [
        ("Cachupa Rica (Hominy & Bean Stew with Meats)", 16.0,
         ("hominy", "beans", "pork", "chicken", "linguiça", "blood sausage", "cabbage", "sweet potato")),
        ("Cachupa Pobre (Hominy & Bean Stew, Vegetables)", 12.0,
         ("hominy", "beans", "cabbage", "squash", "sweet potato", "green banana")),
        ("Cachupa de Peixe (Fish Cachupa)", 15.0, ("hominy", "beans", "tuna", "vegetables")),
        ("Cachupa Refogada (Fried Cachupa with Egg)", 13.0,
         ("cachupa rica fried in onion", "fried egg", "linguiça")),
    ],
    "Pratos (Mains)": [
        ("Caldo de Peixe (Fish Stew)", 18.0, ("wahoo or grouper", "potato", "green banana", "cassava",
                                               "tomato", "onion", "pirão")),
        ("Xerém com Marisco (Cornmeal with Seafood)", 19.0, ("xerém cornmeal", "shrimp", "clams",
                                                             "squid")),
        ("Feijoada Cabo-Verdiana", 16.0, ("beans", "pork", "linguiça", "rice")),
        ("Galinha Guisada (Chicken Stew)", 15.0, ("chicken", "tomato", "onion", "bay leaf", "rice")),
        ("Carne Guisada (Beef Stew)", 16.0, ("beef", "potato", "tomato", "onion", "rice")),
        ("Polvo Guisado (Octopus Stew)", 20.0, ("octopus", "potato", "tomato", "onion")),
        ("Búzio Guisado (Conch Stew)", 19.0, ("conch", "tomato", "onion", "rice")),
        ("Frango Grelhado (Grilled Chicken)", 14.0, ("half chicken", "rice", "salad")),
        ("Bife de Atum (Tuna Steak)", 19.0, ("tuna steak", "onion sauce", "boiled potatoes")),
        ("Garoupa Grelhada (Grilled Grouper)", 22.0, ("grouper", "boiled vegetables", "garlic oil")),
        ("Lagosta Grelhada (Grilled Lobster)", 34.0, ("lobster", "garlic butter", "rice")),
    ],
    "Acompanhamentos (Sides)": [
        ("Arroz Branco (White Rice)", 3.0),
        ("Xerém (Cornmeal)", 4.0),
        ("Djagacida (Cornmeal with Beans)", 5.0),
        ("Mandioca Cozida (Boiled Cassava)", 4.0),
        ("Banana Verde Cozida (Boiled Green Banana)", 4.0),
        ("Batata Doce (Sweet Potato)", 4.0),
        ("Batata Frita (Fries)", 4.0),
        ("Ovo Estrelado (Fried Egg)", 2.0),
        ("Salada Mista (Mixed Salad)", 5.0),
    ],
    "Sobremesas (Desserts)": [
        ("Pudim de Leite (Milk Flan)", 5.0),
        ("Pudim de Queijo (Goat Cheese Pudding)", 6.0),
        ("Doce de Papaia com Queijo (Papaya Jam with Goat Cheese)", 6.0),
        ("Cuscuz com Leite (Steamed Corn Cake with Milk)", 5.0),
    ],
    "Bebidas (Drinks)": [
        ("Grogue (Sugarcane Rum)", {"Dose": 5.0, "Garrafa": 38.0}),
        ("Ponche (Grogue with Honey)", 6.0),
        ("Strela (Cerveja Cabo-Verdiana)", 5.0),
        ("Sagres", 4.5),
        ("Sumol de Ananás (Pineapple)", 3.0),
        ("Sumol de Laranja (Orange)", 3.0),
        ("Café", 2.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Cachupa Rica (Hominy & Bean Stew with Meats)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # entradas
    ("six pastel com diabo dentro", "Pastel com Diabo Dentro (Tuna Pastry with the Devil Inside)",
     "6 unidades"),
    ("the pastry with the devil inside three", "Pastel com Diabo Dentro (Tuna Pastry with the Devil Inside)",
     "3 unidades"),
    ("twelve pasteis com diabo", "Pastel com Diabo Dentro (Tuna Pastry with the Devil Inside)",
     "12 unidades"),
    ("codfish cakes six", "Pastéis de Bacalhau (Codfish Cakes)", "6 unidades"),
    ("pasteis de bacalhau", "Pastéis de Bacalhau (Codfish Cakes)"),
    ("six pasteis", ASK),
    ("fried moray eel", "Moreia Frita (Fried Moray Eel)"),
    ("more a ya frita", "Moreia Frita (Fried Moray Eel)"),
    ("linguica", "Linguiça Grelhada (Grilled Linguiça)"),
    ("canja", "Canja de Galinha (Chicken & Rice Soup)"),
    ("a soup", ASK),
    # cachupa
    ("cachupa rica", "Cachupa Rica (Hominy & Bean Stew with Meats)"),
    ("two catch oopa rica", "Cachupa Rica (Hominy & Bean Stew with Meats)", None, 2),
    ("cachupa with the meats", "Cachupa Rica (Hominy & Bean Stew with Meats)"),
    ("cachupa pobre", "Cachupa Pobre (Hominy & Bean Stew, Vegetables)"),
    ("vegetable cachupa", "Cachupa Pobre (Hominy & Bean Stew, Vegetables)"),
    ("fish cachupa", "Cachupa de Peixe (Fish Cachupa)"),
    ("cachupa frita with an egg", "Cachupa Refogada (Fried Cachupa with Egg)"),
    ("a cachupa", ASK),
    # pratos
    ("caldo de peixe", "Caldo de Peixe (Fish Stew)"),
    ("kaldo di pexi", "Caldo de Peixe (Fish Stew)"),
    ("the fish stew", "Caldo de Peixe (Fish Stew)"),
    ("xerem with seafood", "Xerém com Marisco (Cornmeal with Seafood)"),
    ("share em com marisco", "Xerém com Marisco (Cornmeal with Seafood)"),
    ("feijoada", "Feijoada Cabo-Verdiana"),
    ("chicken stew", "Galinha Guisada (Chicken Stew)"),
    ("carne guisada", "Carne Guisada (Beef Stew)"),
    ("octopus stew", "Polvo Guisado (Octopus Stew)"),
    ("buzio", "Búzio Guisado (Conch Stew)"),
    ("a stew", ASK),
    ("two grilled chicken", "Frango Grelhado (Grilled Chicken)", None, 2),
    ("tuna steak", "Bife de Atum (Tuna Steak)"),
    ("garoupa grelhada", "Garoupa Grelhada (Grilled Grouper)"),
    # sides
    ("side of white rice", "Arroz Branco (White Rice)"),
    ("xerem", "Xerém (Cornmeal)"),
    ("jagacida", "Djagacida (Cornmeal with Beans)"),
    ("mandioca", "Mandioca Cozida (Boiled Cassava)"),
    ("boiled green banana", "Banana Verde Cozida (Boiled Green Banana)"),
    # sobremesas
    ("milk flan", "Pudim de Leite (Milk Flan)"),
    ("pudim de queijo", "Pudim de Queijo (Goat Cheese Pudding)"),
    ("pudim", ASK),
    ("papaya with cheese", "Doce de Papaia com Queijo (Papaya Jam with Goat Cheese)"),
    ("cuscuz", "Cuscuz com Leite (Steamed Corn Cake with Milk)"),
    # bebidas
    ("a shot of grog", "Grogue (Sugarcane Rum)", "dose"),
    ("a bottle of grogue", "Grogue (Sugarcane Rum)", "garrafa"),
    ("pontche", "Ponche (Grogue with Honey)"),
    ("two strela", "Strela (Cerveja Cabo-Verdiana)", None, 2),
    ("a beer", ASK),
    ("sumol pineapple", "Sumol de Ananás (Pineapple)"),
    ("a sumol", ASK),
    ("a coffee", "Café"),
    # not on the menu
    ("pastel de nata", UNKNOWN),
    ("caldo verde", UNKNOWN),
    ("bacalhau com natas", UNKNOWN),
    ("cabrito guisado", UNKNOWN),
    ("arroz de marisco", UNKNOWN),
    ("grilled lapas", UNKNOWN),
    ("a caipirinha", UNKNOWN),
]
