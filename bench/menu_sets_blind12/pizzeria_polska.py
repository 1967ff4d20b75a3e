"""A pizzeria in Poland with a Polish menu (the pattern of the take-out menus of neighbourhood
pizzerias in Kraków, Łódź, Wrocław and small towns, as listed on the delivery portals): pizzas of
30, 40 or 50 cm named the Polish way (Margherita, Capricciosa, Hawajska, Wiejska, Góralska with
oscypek and cranberry, Pizza Kebab, Cztery Sery, Diabolo), a calzone, zapiekanki (the open
baguette with mushrooms and cheese), fries, wings, two pastas, salads, sosy (garlic, tomato, hot,
BBQ) sold by the cup, napoje by 0,5 l or 1 l, two beers by the bottle, cakes.
Callers speak Polish and speech recognition often drops the Polish letters ("zapiekanka z
szynka", "sos czosnkowy" as "sos czosnkowi", "goralska", "tunczyk"), splits or bends the names
("kapri cioza", "hawaiska", "viejska", "diablo", "margarita", "fungi", "nagetsy"), and sizes come
as "trzydziestka", "czterdzieści centymetrów", "pięćdziesiąt" or "pół litra" / "litrowa". A few
callers use English ("garlic sauce", "four cheese pizza"). "Sos", "carbonara" (a pizza and a
spaghetti), "pizza z szynką", "woda", "piwo", "skrzydełka" and "sałatka" alone are a question;
pierogi ruskie, a pizza with shrimp, a chicken zapiekanka, thousand island sauce, Pepsi, a kebab
in a bun and lasagne are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria Polska"

_PIZZA = {"30 cm": 26.0, "40 cm": 36.0, "50 cm": 48.0}
_PIZZA_PLUS = {"30 cm": 29.0, "40 cm": 40.0, "50 cm": 53.0}
_NAPOJ = {"0,5 l": 7.0, "1 l": 10.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("Margherita", _PIZZA, ("sos pomidorowy", "ser mozzarella", "oregano")),
        ("Funghi", _PIZZA, ("sos pomidorowy", "ser", "pieczarki")),
        ("Salami", _PIZZA, ("sos pomidorowy", "ser", "salami")),
        ("Hawajska", _PIZZA, ("sos pomidorowy", "ser", "szynka", "ananas")),
        ("Capricciosa", _PIZZA, ("sos pomidorowy", "ser", "szynka", "pieczarki")),
        ("Wiejska", _PIZZA_PLUS, ("sos pomidorowy", "ser", "boczek", "kiełbasa", "cebula",
                                  "ogórek konserwowy")),
        ("Pepperoni", _PIZZA, ("sos pomidorowy", "ser", "pepperoni", "papryka")),
        ("Diabolo", _PIZZA_PLUS, ("sos pomidorowy", "ser", "salami pikantne", "jalapeño",
                                  "sos ostry")),
        ("Góralska", _PIZZA_PLUS, ("sos pomidorowy", "ser", "oscypek", "boczek", "żurawina")),
        ("Pizza Kebab", _PIZZA_PLUS, ("sos pomidorowy", "ser", "mięso kebab", "cebula",
                                      "sos czosnkowy")),
        ("Cztery Sery", _PIZZA_PLUS, ("sos pomidorowy", "mozzarella", "gorgonzola", "parmezan",
                                      "ser wędzony")),
        ("Wegetariańska", _PIZZA, ("sos pomidorowy", "ser", "papryka", "pieczarki", "kukurydza",
                                   "oliwki", "cebula")),
        ("Tonno", _PIZZA_PLUS, ("sos pomidorowy", "ser", "tuńczyk", "cebula", "oliwki")),
        ("Farmerska", _PIZZA_PLUS, ("sos pomidorowy", "ser", "kurczak", "kukurydza", "papryka")),
        ("Pizza Carbonara", _PIZZA_PLUS, ("sos śmietanowy", "ser", "boczek", "cebula",
                                          "parmezan")),
        ("Mięsna", _PIZZA_PLUS, ("sos pomidorowy", "ser", "szynka", "salami", "boczek",
                                 "kiełbasa")),
        ("Calzone", 32.0, ("pieróg z ciasta", "ser", "szynka", "pieczarki")),
    ],
    "Zapiekanki": [
        ("Zapiekanka Klasyczna", 12.0, ("bagietka", "pieczarki", "ser", "ketchup")),
        ("Zapiekanka z Szynką", 14.0, ("bagietka", "pieczarki", "ser", "szynka", "ketchup")),
        ("Zapiekanka Kebab", 16.0, ("bagietka", "mięso kebab", "ser", "sos czosnkowy")),
        ("Zapiekanka Wiejska", 16.0, ("bagietka", "boczek", "kiełbasa", "cebula", "ser")),
    ],
    "Przystawki": [
        ("Frytki", 10.0),
        ("Nuggetsy (6 szt.)", 15.0, ("nuggetsy z kurczaka", "sos")),
        ("Skrzydełka BBQ", 22.0, ("skrzydełka z kurczaka", "sos bbq")),
        ("Skrzydełka Ostre", 22.0, ("skrzydełka z kurczaka", "sos ostry")),
        ("Krążki Cebulowe", 12.0, ("krążki cebulowe w panierce",)),
        ("Pieczywo Czosnkowe", 9.0, ("bagietka", "masło czosnkowe")),
    ],
    "Makarony i Sałatki": [
        ("Spaghetti Bolognese", 28.0, ("makaron spaghetti", "sos mięsny", "parmezan")),
        ("Spaghetti Carbonara", 28.0, ("makaron spaghetti", "boczek", "śmietana", "jajko",
                                       "parmezan")),
        ("Sałatka Grecka", 24.0, ("sałata", "pomidor", "ogórek", "feta", "oliwki")),
        ("Sałatka Cezar", 27.0, ("sałata rzymska", "kurczak", "grzanki", "parmezan",
                                 "sos cezar")),
    ],
    "Sosy": [
        ("Sos Czosnkowy", 3.0),
        ("Sos Pomidorowy", 3.0),
        ("Sos Ostry", 3.0),
        ("Sos BBQ", 3.0),
    ],
    "Napoje": [
        ("Coca-Cola", _NAPOJ),
        ("Coca-Cola Zero", _NAPOJ),
        ("Fanta", _NAPOJ),
        ("Sprite", _NAPOJ),
        ("Woda Gazowana", {"0,5 l": 5.0, "1 l": 7.0}),
        ("Woda Niegazowana", {"0,5 l": 5.0, "1 l": 7.0}),
        ("Sok Pomarańczowy", {"0,5 l": 7.0, "1 l": 11.0}),
        ("Sok Jabłkowy", {"0,5 l": 7.0, "1 l": 11.0}),
        ("Tyskie", 9.0),
        ("Żywiec", 9.0),
    ],
    "Desery": [
        ("Tiramisu", 16.0),
        ("Sernik", 14.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza
    ("margarita trzydziestka", "Margherita", "30 cm"),
    ("pizza margherita czterdzieści centymetrów", "Margherita", "40 cm"),
    ("fungi pięćdziesiąt", "Funghi", "50 cm"),
    ("pizza salami czterdzieści", "Salami", "40 cm"),
    ("dwie hawajskie czterdzieści", "Hawajska", "40 cm", 2),
    ("hawaiska trzydzieści centymetrów", "Hawajska", "30 cm"),
    ("kapri cioza pięćdziesiąt", "Capricciosa", "50 cm"),
    ("capricciosa 40", "Capricciosa", "40 cm"),
    ("viejska duża pięćdziesiąt centymetrów", "Wiejska", "50 cm"),
    ("pizza wiejska", "Wiejska"),
    ("diablo czterdzieści", "Diabolo", "40 cm"),
    ("goralska pięćdziesiątka", "Góralska", "50 cm"),
    ("pizza z oscypkiem", "Góralska"),
    ("pizza kebab czterdzieści", "Pizza Kebab", "40 cm"),
    ("kebap pizza", "Pizza Kebab"),
    ("cztery sery trzydzieści", "Cztery Sery", "30 cm"),
    ("a four cheese pizza", "Cztery Sery"),
    ("wegetarianska czterdzieści", "Wegetariańska", "40 cm"),
    ("pizza z tunczykiem", "Tonno"),
    ("farmerska pięćdziesiąt", "Farmerska", "50 cm"),
    ("trzy mięsne czterdzieści", "Mięsna", "40 cm", 3),
    ("calzone", "Calzone"),
    ("pizza z szynką", ASK),
    ("carbonara", ASK),
    # zapiekanki
    ("zapiekanka klasyczna", "Zapiekanka Klasyczna"),
    ("dwie zapiekanki z szynka", "Zapiekanka z Szynką", None, 2),
    ("zapiekanka z kebabem", "Zapiekanka Kebab"),
    ("zapie kanka wiejska", "Zapiekanka Wiejska"),
    # przystawki, makarony, sałatki
    ("frytki", "Frytki"),
    ("nagetsy", "Nuggetsy (6 szt.)"),
    ("skrzydelka ostre", "Skrzydełka Ostre"),
    ("skrzydełka", ASK),
    ("krążki cebulowe", "Krążki Cebulowe"),
    ("pieczywo czosnkowe", "Pieczywo Czosnkowe"),
    ("spaghetti carbonara", "Spaghetti Carbonara"),
    ("salatka grecka", "Sałatka Grecka"),
    ("sałatka", ASK),
    # sosy
    ("sos czosnkowi", "Sos Czosnkowy"),
    ("dwa sosy czosnkowe", "Sos Czosnkowy", None, 2),
    ("garlic sauce", "Sos Czosnkowy"),
    ("sos ostry", "Sos Ostry"),
    ("sos", ASK),
    # napoje, desery
    ("cola pół litra", "Coca-Cola", "0,5 l"),
    ("litrowa coca cola zero", "Coca-Cola Zero", "1 l"),
    ("sprite zero pięć", "Sprite", "0,5 l"),
    ("woda niegazowana pół litra", "Woda Niegazowana", "0,5 l"),
    ("sok jabłkowy litr", "Sok Jabłkowy", "1 l"),
    ("woda", ASK),
    ("piwo", ASK),
    ("dwa tyskie", "Tyskie", None, 2),
    ("sernik", "Sernik"),
    # not on the menu
    ("pierogi ruskie", UNKNOWN),
    ("pizza z krewetkami", UNKNOWN),
    ("zapiekanka z kurczakiem", UNKNOWN),
    ("sos tysiąca wysp", UNKNOWN),
    ("pepsi", UNKNOWN),
    ("kebab w bułce", UNKNOWN),
    ("lasagne", UNKNOWN),
]
