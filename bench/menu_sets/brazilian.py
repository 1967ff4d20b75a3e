"""A Brazilian restaurant menu (the pattern of Brazilian churrascarias and lanchonetes' public
menus in the US): Portuguese names, meats from the grill, feijoada, salgados, and the drinks.

Written in the fifth round by the matching engineer before tuning on it (a tuning set: its
first score is in bench/RESULTS-tools.md)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Brazilian restaurant (fifth round, tuned on)"

CATEGORIES: dict[str, list[Item]] = {
    "Salgados": [
        ("Coxinha", 4.0, ("chicken", "dough")),
        ("Pão de Queijo", 6.0, ("cassava flour", "cheese")),
        ("Pastel de Carne", 6.0, ("ground beef", "pastry")),
        ("Pastel de Queijo", 5.5, ("cheese", "pastry")),
        ("Bolinho de Bacalhau", 8.0, ("salt cod", "potato")),
    ],
    "Pratos": [
        ("Feijoada", 22.0, ("black beans", "pork", "sausage", "rice", "farofa")),
        ("Picanha na Brasa", 32.0, ("picanha", "rice", "beans", "farofa")),
        ("Frango Grelhado", 18.0, ("chicken", "rice", "beans")),
        ("Moqueca de Peixe", 28.0, ("fish", "coconut milk", "peppers")),
        ("Moqueca de Camarão", 30.0, ("shrimp", "coconut milk", "peppers")),
        ("Bife a Cavalo", 24.0, ("steak", "fried egg", "rice", "fries")),
        ("Linguiça Acebolada", 18.0, ("sausage", "onions", "rice")),
    ],
    "Acompanhamentos": [
        ("Farofa", 4.0, ("cassava flour", "butter")),
        ("Arroz", 3.0, ("rice",)),
        ("Feijão", 4.0, ("beans",)),
        ("Mandioca Frita", 6.0, ("cassava",)),
        ("Couve Refogada", 5.0, ("collard greens", "garlic")),
    ],
    "Sobremesas": [
        ("Brigadeiro", 2.5, ("chocolate", "condensed milk")),
        ("Pudim", 6.0, ("condensed milk", "eggs", "caramel")),
        ("Açaí na Tigela", 12.0, ("acai", "banana", "granola")),
    ],
    "Bebidas": [
        ("Guaraná Antarctica", 3.0),
        ("Suco de Maracujá", 5.0, ("passion fruit",)),
        ("Suco de Laranja", 5.0, ("orange",)),
        ("Caipirinha", 12.0, ("cachaca", "lime")),
        ("Cafezinho", 2.5, ("coffee",)),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = [
    ("coxinha", "Coxinha"),
    ("chicken croquette", "Coxinha"),
    ("cheese bread", "Pão de Queijo"),
    ("pao de queijo", "Pão de Queijo"),
    ("beef pastel", "Pastel de Carne"),
    ("a meat pastel", "Pastel de Carne"),
    ("cheese pastel", "Pastel de Queijo"),
    ("pastel", ASK),
    ("codfish fritters", "Bolinho de Bacalhau"),
    ("cod balls", "Bolinho de Bacalhau"),
    ("feijoada", "Feijoada"),
    ("black bean stew", "Feijoada"),
    ("picanha", "Picanha na Brasa"),
    ("top sirloin", "Picanha na Brasa"),
    ("grilled chicken", "Frango Grelhado"),
    ("fish moqueca", "Moqueca de Peixe"),
    ("shrimp moqueca", "Moqueca de Camarão"),
    ("moqueca", ASK),
    ("fish stew", "Moqueca de Peixe"),
    ("steak with a fried egg", "Bife a Cavalo"),
    ("sausage and onions", "Linguiça Acebolada"),
    ("linguica", "Linguiça Acebolada"),
    ("farofa", "Farofa"),
    ("a side of rice", "Arroz"),
    ("rice", "Arroz"),
    ("black beans", "Feijão"),
    ("cassava fries", "Mandioca Frita"),
    ("yuca fries", "Mandioca Frita"),
    ("collard greens", "Couve Refogada"),
    ("brigadeiros", "Brigadeiro"),
    ("chocolate truffle", "Brigadeiro"),
    ("flan", "Pudim"),
    ("acai bowl", "Açaí na Tigela"),
    ("guarana", "Guaraná Antarctica"),
    ("passion fruit juice", "Suco de Maracujá"),
    ("orange juice", "Suco de Laranja"),
    ("a juice", ASK),
    ("a caipirinha", "Caipirinha"),
    ("a coffee", "Cafezinho"),
    ("churrasco", UNKNOWN),
    ("a coke", UNKNOWN),
    ("empanada", UNKNOWN),
]

HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []
HELD_OUT: list[Variant] = []
