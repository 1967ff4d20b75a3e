"""A Portuguese restaurant and churrasqueira (the pattern of Portuguese take-out menus in New
England, New Jersey and Toronto): petiscos, salt-cod dishes, piri-piri chicken by the half or
whole bird, sandwiches, rice dishes, custard tarts, Portuguese coffee. Names are in Portuguese,
accents often dropped by callers (chouriço / chourico / chorizo, camarão / camarao, pão / pao,
galão / galao); salt cod may be asked for as bacalhau, bacalao or codfish. "Bacalhau",
"sandwich", "steak", "clams" and "coffee" alone are questions."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Portuguese restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Petiscos": [
        ("Caldo Verde", {"cup": 6.0, "bowl": 9.0}, ("kale soup", "potato", "chouriço")),
        ("Chouriço Assado", 12.0, ("flame-grilled portuguese sausage",)),
        ("Bolinhos de Bacalhau", 9.0, ("salt cod fritters", "potato", "parsley")),
        ("Amêijoas à Bulhão Pato", 16.0, ("clams", "garlic", "cilantro", "white wine")),
        ("Camarão ao Alho", 15.0, ("garlic shrimp", "olive oil", "piri-piri")),
        ("Polvo à Lagareiro", 28.0, ("roasted octopus", "olive oil", "garlic", "potatoes")),
        ("Sardinhas Assadas", 18.0, ("grilled sardines", "boiled potatoes", "peppers")),
    ],
    "Pratos": [
        ("Bacalhau à Brás", 22.0, ("shredded salt cod", "eggs", "straw potatoes", "olives")),
        ("Bacalhau com Natas", 23.0, ("salt cod", "cream", "potatoes", "baked")),
        ("Frango Piri-Piri", {"half": 15.0, "whole": 26.0}, ("grilled chicken", "piri-piri sauce", "fries")),
        ("Carne de Porco à Alentejana", 24.0, ("pork", "clams", "fried potatoes", "cilantro")),
        ("Arroz de Marisco", 30.0, ("seafood rice", "shrimp", "clams", "mussels", "tomato broth")),
        ("Bitoque", 19.0, ("steak", "fried egg", "fries", "rice")),
    ],
    "Sandes": [
        ("Bifana", 10.0, ("marinated pork cutlet", "garlic", "roll")),
        ("Prego no Pão", 12.0, ("thin steak", "garlic", "roll")),
        ("Francesinha", 18.0, ("ham", "linguiça", "steak", "melted cheese", "beer sauce", "fries")),
    ],
    "Acompanhamentos": [
        ("Batatas Fritas", 5.0, ("french fries",)),
        ("Arroz", 4.0, ("white rice",)),
        ("Salada Mista", 7.0, ("lettuce", "tomato", "onion")),
    ],
    "Sobremesas": [
        ("Pastel de Nata", 3.0, ("custard tart",)),
        ("Arroz Doce", 6.0, ("rice pudding", "cinnamon")),
        ("Serradura", 6.0, ("cream", "crushed biscuits")),
    ],
    "Bebidas": [
        ("Sumol", 3.0, ("orange soda", "pineapple soda")),
        ("Galão", 4.0, ("milky coffee in a glass",)),
        ("Bica", 2.5, ("espresso",)),
        ("Água das Pedras", 3.0, ("sparkling mineral water",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # petiscos
    ("a bowl of caldo verde", "Caldo Verde", "bowl"),
    ("a cup of the kale soup", "Caldo Verde", "cup"),
    ("caldo verde", "Caldo Verde"),
    ("chourico assado", "Chouriço Assado"),
    ("the flaming chorizo", "Chouriço Assado"),
    ("codfish cakes", "Bolinhos de Bacalhau"),
    ("pasteis de bacalhau", "Bolinhos de Bacalhau"),
    ("two orders of cod fritters", "Bolinhos de Bacalhau", None, 2),
    ("ameijoas bulhao pato", "Amêijoas à Bulhão Pato"),
    ("clams with garlic and cilantro", "Amêijoas à Bulhão Pato"),
    ("clams", ASK),
    ("garlic shrimp", "Camarão ao Alho"),
    ("camarao alho", "Camarão ao Alho"),
    ("octopus", "Polvo à Lagareiro"),
    ("polvo", "Polvo à Lagareiro"),
    ("grilled sardines", "Sardinhas Assadas"),
    # pratos
    ("bacalhau a bras", "Bacalhau à Brás"),
    ("bacalao a braz", "Bacalhau à Brás"),
    ("the cod with eggs and potato sticks", "Bacalhau à Brás"),
    ("bacalhau com natas", "Bacalhau com Natas"),
    ("salt cod with cream", "Bacalhau com Natas"),
    ("bacalhau", ASK),
    ("codfish", ASK),
    ("half piri piri chicken", "Frango Piri-Piri", "half"),
    ("a whole peri peri chicken", "Frango Piri-Piri", "whole"),
    ("two whole frango", "Frango Piri-Piri", "whole", 2),
    ("chicken", "Frango Piri-Piri"),
    ("pork and clams", "Carne de Porco à Alentejana"),
    ("porco alentejana", "Carne de Porco à Alentejana"),
    ("seafood rice", "Arroz de Marisco"),
    ("arroz de mariscos", "Arroz de Marisco"),
    ("bitoque", "Bitoque"),
    ("steak with an egg on top", "Bitoque"),
    ("steak", ASK),
    # sandes
    ("bifana", "Bifana"),
    ("two pork sandwiches", "Bifana", None, 2),
    ("prego", "Prego no Pão"),
    ("steak sandwich", "Prego no Pão"),
    ("francesinha", "Francesinha"),
    ("sandwich", ASK),
    # sides
    ("fries", "Batatas Fritas"),
    ("a side of rice", "Arroz"),
    ("side salad", "Salada Mista"),
    # desserts
    ("six pasteis de nata", "Pastel de Nata", None, 6),
    ("custard tart", "Pastel de Nata"),
    ("rice pudding", "Arroz Doce"),
    ("serradura", "Serradura"),
    # drinks
    ("sumol", "Sumol"),
    ("a galao", "Galão"),
    ("espresso", "Bica"),
    ("sparkling water", "Água das Pedras"),
    ("coffee", ASK),
    # not on the menu
    ("feijoada", UNKNOWN),
    ("cataplana", UNKNOWN),
    ("paella", UNKNOWN),
    ("chicken sandwich", UNKNOWN),
    ("grilled salmon", UNKNOWN),
    ("chicken rissois", UNKNOWN),
    ("shrimp mozambique", UNKNOWN),
]
