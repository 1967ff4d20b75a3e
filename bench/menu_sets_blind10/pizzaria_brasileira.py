"""A Brazilian pizzaria with a Portuguese menu (the pattern of São Paulo-style pizzarias in Newark,
Framingham, Orlando and Danbury): pizzas salgadas and doces Broto, Média, Grande or Família,
catupiry and calabresa, esfihas by the piece, refrigerantes in a can (lata) or two litres, guaraná.
Callers mix English and Portuguese: "a large calabresa", "family size portuguesa", "chicken with
catupiry", "four cheese", "a meat esfiha", "a guarana" and mishear catupiry ("catch a pure
ee", "katy purry"), calabresa ("calabrese", "cala brisa"), esfiha ("sfiha", "es fee ha"), broto
("bro toe"), família ("familia"). "Uma pizza grande", "a sweet pizza", "a chocolate pizza",
"an esfiha", "a juice" or "a beer" alone is a question; pastel, coxinha, pão de queijo, açaí,
strogonoff or palmito pizza and spinach esfiha are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzaria Brasileira"


def _pizza(broto: float) -> dict[str, float]:
    return {"Broto": broto, "Média": broto + 8.0, "Grande": broto + 14.0, "Família": broto + 20.0}


CATEGORIES: dict[str, list[Item]] = {
    "Pizzas Salgadas": [
        ("Mussarela", _pizza(14.0), ("molho de tomate", "mussarela", "orégano", "azeitona")),
        ("Marguerita", _pizza(15.0), ("mussarela", "tomate", "manjericão", "parmesão")),
        ("Calabresa", _pizza(15.0), ("calabresa fatiada", "cebola", "azeitona")),
        ("Portuguesa", _pizza(17.0), ("presunto", "ovo", "cebola", "ervilha", "mussarela",
                                      "azeitona")),
        ("Frango com Catupiry", _pizza(17.0), ("frango desfiado", "catupiry", "milho")),
        ("Quatro Queijos", _pizza(17.0), ("mussarela", "provolone", "parmesão", "catupiry")),
        ("Napolitana", _pizza(15.0), ("mussarela", "tomate", "parmesão", "alho")),
        ("Atum", _pizza(17.0), ("atum", "cebola", "mussarela")),
        ("Lombo Canadense", _pizza(17.0), ("lombo canadense", "catupiry", "cebola")),
        ("Baiana", _pizza(16.0), ("calabresa moída", "pimenta", "ovo", "cebola")),
        ("Moda da Casa", _pizza(19.0), ("filé mignon", "bacon", "catupiry", "cebola")),
    ],
    "Pizzas Doces": [
        ("Brigadeiro", _pizza(15.0), ("chocolate", "granulado")),
        ("Romeu e Julieta", _pizza(15.0), ("goiabada", "mussarela")),
        ("Banana com Canela", _pizza(14.0), ("banana", "canela", "açúcar", "leite condensado")),
        ("Prestígio", _pizza(15.0), ("chocolate", "coco ralado")),
    ],
    "Esfihas (unidade)": [
        ("Esfiha de Carne", 2.75, ("carne moída", "tomate", "cebola")),
        ("Esfiha de Queijo", 2.75, ("mussarela",)),
        ("Esfiha de Frango com Catupiry", 3.0, ("frango", "catupiry")),
        ("Esfiha de Calabresa", 2.75, ("calabresa", "cebola")),
        ("Esfiha de Chocolate", 3.0, ("chocolate",)),
    ],
    "Entradas": [
        ("Pão de Alho", 6.0, ("pão", "alho", "manteiga", "queijo")),
        ("Calabresa Acebolada", 12.0, ("calabresa", "cebola", "pão")),
        ("Batata Frita", 7.0, ("batata frita",)),
    ],
    "Bebidas": [
        ("Guaraná Antarctica", {"Lata": 2.5, "2 Litros": 5.5}),
        ("Coca-Cola", {"Lata": 2.25, "2 Litros": 4.5}),
        ("Fanta Laranja", {"Lata": 2.25, "2 Litros": 4.5}),
        ("Suco de Maracujá", 5.0, ("maracujá natural",)),
        ("Suco de Laranja", 5.0, ("laranja natural",)),
        ("Água Mineral", 1.75),
        ("Cerveja Brahma", 4.5),
        ("Cerveja Skol", 4.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Moda da Casa", "Prestígio")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizzas salgadas
    ("uma grande de mussarela", "Mussarela", "grande"),
    ("a large mozzarella pizza", "Mussarela", "grande"),
    ("marguerita broto", "Marguerita", "broto"),
    ("a margarita pizza medium", "Marguerita", "média"),
    ("uma calabresa família", "Calabresa", "família"),
    ("a large calabrese", "Calabresa", "grande"),
    ("two cala brisa family size", "Calabresa", "família", 2),
    ("portuguesa grande", "Portuguesa", "grande"),
    ("a family size portuguesa", "Portuguesa", "família"),
    ("frango com catupiry média", "Frango com Catupiry", "média"),
    ("chicken with catch a pure ee large", "Frango com Catupiry", "grande"),
    ("quatro queijos broto", "Quatro Queijos", "broto"),
    ("a four cheese family", "Quatro Queijos", "família"),
    ("napolitana média", "Napolitana", "média"),
    ("tuna pizza grande", "Atum", "grande"),
    ("a baiana grande", "Baiana", "grande"),
    ("moda da casa família", "Moda da Casa", "família"),
    ("the house special pizza", "Moda da Casa"),
    ("uma pizza grande", ASK),
    # pizzas doces
    ("brigadeiro pizza broto", "Brigadeiro", "broto"),
    ("uma romeu e julieta média", "Romeu e Julieta", "média"),
    ("guava and cheese pizza small", "Romeu e Julieta", "broto"),
    ("banana com canela", "Banana com Canela"),
    ("prestigio grande", "Prestígio", "grande"),
    ("chocolate and coconut pizza", "Prestígio"),
    ("a sweet pizza", ASK),
    ("a chocolate pizza", ASK),
    # esfihas
    ("five esfiha de carne", "Esfiha de Carne", None, 5),
    ("three meat sfiha", "Esfiha de Carne", None, 3),
    ("two cheese esfihas", "Esfiha de Queijo", None, 2),
    ("esfiha de frango com catupiry", "Esfiha de Frango com Catupiry"),
    ("four es fee ha calabresa", "Esfiha de Calabresa", None, 4),
    ("esfiha de chocolate", "Esfiha de Chocolate"),
    ("an esfiha", ASK),
    # entradas
    ("pão de alho", "Pão de Alho"),
    ("garlic bread", "Pão de Alho"),
    ("calabresa acebolada", "Calabresa Acebolada"),
    ("sausage with onions", "Calabresa Acebolada"),
    ("french fries", "Batata Frita"),
    # bebidas
    ("a guaraná lata", "Guaraná Antarctica", "lata"),
    ("guarana two liter", "Guaraná Antarctica", "2 litros"),
    ("two cans of guarana", "Guaraná Antarctica", "lata", 2),
    ("a coke two liters", "Coca-Cola", "2 litros"),
    ("orange fanta can", "Fanta Laranja", "lata"),
    ("passion fruit juice", "Suco de Maracujá"),
    ("suco de maracuja", "Suco de Maracujá"),
    ("orange juice", "Suco de Laranja"),
    ("a water", "Água Mineral"),
    ("a brahma", "Cerveja Brahma"),
    ("a juice", ASK),
    ("a beer", ASK),
    # not on the menu
    ("pastel de carne", UNKNOWN),
    ("six coxinhas", UNKNOWN),
    ("pão de queijo", UNKNOWN),
    ("açaí bowl", UNKNOWN),
    ("pizza de strogonoff", UNKNOWN),
    ("esfiha de espinafre", UNKNOWN),
    ("pizza de palmito", UNKNOWN),
]
