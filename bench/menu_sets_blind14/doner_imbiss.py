"""A German Imbiss pizzeria and döner shop (the pattern of the take-out menus of Döner-Pizza-Imbiss
shops in Berlin, Cologne, Hamburg and the Ruhr, with a German menu): Döner Tasche, Dürüm, Döner
Teller with Pommes or Reis, Döner Box, Lahmacun, Iskender, falafel, pizzas Klein 26 cm or Groß
32 cm, Pizzabrötchen by 6 or 12, Schnitzel, Currywurst, Pommes Klein or Groß and rot-weiß,
salads, Ayran and Getränke 0,33 l or 0,5 l. Callers say "a doner kebab in bread", "a durum
wrap", "doner plate with rice", "a large salami pizza", "twelve pizza rolls", "fries with ketchup
and mayo", "a half liter coke" and mishear Dürüm ("do room", "durim"), Lahmacun ("lahma june",
"lama jun"), Iskender ("is kender"), Pizzabrötchen ("pizza brutchen"), Jägerschnitzel ("yeager
schnitzel"), Ayran ("eye ran"), Hirtensalat ("hearten salad"). "A döner plate", "a falafel", "a
schnitzel with sauce", "a large pizza", "a salad" and "a soft drink" are
questions; adana kebab, gyros, pide, a calzone, quattro formaggi, cevapcici and potato salad
are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Döner Pizza Imbiss"

_PIZZA = {"Klein 26 cm": 6.5, "Groß 32 cm": 9.0}
_PIZZA_PLUS = {"Klein 26 cm": 7.5, "Groß 32 cm": 10.5}
_DRINK = {"0,33 l": 2.5, "0,5 l": 3.2}

CATEGORIES: dict[str, list[Item]] = {
    "Döner & Dürüm": [
        ("Döner Tasche", 6.5, ("Fladenbrot", "Kalbfleisch", "Salat", "Tomaten", "Zwiebeln",
                                "Kräutersoße")),
        ("Hähnchen Döner Tasche", 6.5, ("Fladenbrot", "Hähnchenfleisch", "Salat", "Soße")),
        ("Dürüm Döner", 7.0, ("Yufka", "Kalbfleisch", "Salat", "Soße")),
        ("Hähnchen Dürüm", 7.0, ("Yufka", "Hähnchenfleisch", "Salat", "Soße")),
        ("Döner Box", {"Klein": 5.0, "Groß": 7.0}, ("Pommes", "Kalbfleisch", "Soße")),
        ("Döner Teller mit Pommes", 11.5, ("Kalbfleisch", "Pommes", "Salat", "Soße")),
        ("Döner Teller mit Reis", 11.5, ("Kalbfleisch", "Reis", "Salat", "Soße")),
        ("Iskender Kebap", 13.0, ("Kalbfleisch", "Fladenbrot", "Tomatensoße", "Butter",
                                  "Joghurt")),
        ("Halloumi Tasche", 6.0, ("Fladenbrot", "gegrillter Halloumi", "Salat", "Soße")),
        ("Falafel Tasche", 5.5, ("Fladenbrot", "Falafel", "Salat", "Sesamsoße")),
        ("Falafel Dürüm", 6.0, ("Yufka", "Falafel", "Salat", "Sesamsoße")),
        ("Falafel Teller", 10.0, ("Falafel", "Reis", "Salat", "Hummus")),
        ("Lahmacun", 4.0, ("Hackfleisch", "Salat", "Zitrone")),
        ("Lahmacun mit Döner", 7.0, ("Lahmacun", "Kalbfleisch", "Salat", "Soße")),
    ],
    "Pizza (Klein 26 cm / Groß 32 cm)": [
        ("Pizza Margherita", _PIZZA, ("Tomatensoße", "Käse")),
        ("Pizza Salami", _PIZZA, ("Salami", "Käse")),
        ("Pizza Schinken", _PIZZA, ("Hinterschinken", "Käse")),
        ("Pizza Funghi", _PIZZA, ("Champignons", "Käse")),
        ("Pizza Tonno", _PIZZA, ("Thunfisch", "Zwiebeln", "Käse")),
        ("Pizza Hawaii", _PIZZA, ("Schinken", "Ananas", "Käse")),
        ("Pizza Spinat", _PIZZA, ("Blattspinat", "Knoblauch", "Schafskäse")),
        ("Pizza Sucuk", _PIZZA, ("Sucuk", "Peperoni", "Käse")),
        ("Pizza Diavolo", _PIZZA_PLUS, ("scharfe Salami", "Peperoni", "Zwiebeln", "Käse")),
        ("Pizza Döner", _PIZZA_PLUS, ("Dönerfleisch", "Zwiebeln", "Tomaten", "Käse",
                                      "Kräutersoße")),
        ("Pizza Vegetaria", _PIZZA_PLUS, ("Paprika", "Champignons", "Mais", "Oliven", "Käse")),
    ],
    "Pizzabrötchen": [
        ("Pizzabrötchen", {"6 Stück": 4.0, "12 Stück": 7.0}, ("Kräuterbutter", "Knoblauchsoße")),
        ("Pizzabrötchen mit Sucuk", {"6 Stück": 5.0, "12 Stück": 8.5}, ("Sucuk", "Käse")),
    ],
    "Schnitzel": [
        ("Schnitzel Wiener Art", 10.0, ("Schweineschnitzel paniert", "Pommes", "Salat")),
        ("Jägerschnitzel", 11.0, ("Schnitzel", "Champignonrahmsoße", "Pommes")),
        ("Paprikaschnitzel", 11.0, ("Schnitzel", "Paprikasoße", "Pommes")),
        ("Hähnchenschnitzel", 10.0, ("Hähnchenbrust paniert", "Pommes", "Salat")),
    ],
    "Imbiss": [
        ("Currywurst", 4.0, ("Bratwurst", "Currysoße")),
        ("Currywurst mit Pommes", 7.0, ("Currywurst", "Pommes")),
        ("Bratwurst", 3.5, ("Bratwurst", "Brötchen", "Senf")),
        ("Pommes", {"Klein": 3.0, "Groß": 4.5}),
        ("Pommes rot-weiß", {"Klein": 3.8, "Groß": 5.3}, ("Pommes", "Ketchup", "Mayonnaise")),
        ("Chicken Nuggets", {"6 Stück": 4.5, "9 Stück": 6.0}),
    ],
    "Salate": [
        ("Hirtensalat", 7.0, ("Eisbergsalat", "Tomaten", "Gurken", "Schafskäse", "Oliven")),
        ("Thunfischsalat", 7.5, ("Eisbergsalat", "Thunfisch", "Mais", "Ei")),
        ("Gemischter Salat", 5.5, ("Eisbergsalat", "Tomaten", "Gurken", "Karotten")),
    ],
    "Getränke": [
        ("Coca-Cola", _DRINK),
        ("Fanta", _DRINK),
        ("Sprite", _DRINK),
        ("Ayran", 2.0),
        ("Mineralwasser", 2.0),
        ("Red Bull", 3.0),
        ("Beck's", _DRINK),
    ],
    "Dessert": [
        ("Baklava (3 Stück)", 4.0, ("Blätterteig", "Pistazien", "Sirup")),
        ("Künefe", 6.5, ("Engelshaar", "Käse", "Sirup", "Pistazien")),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # döner and dürüm
    ("a doner kebab in bread", "Döner Tasche"),
    ("doner tasche", "Döner Tasche"),
    ("two chicken doner in bread", "Hähnchen Döner Tasche", None, 2),
    ("a durum doner", "Dürüm Döner"),
    ("a do room doner", "Dürüm Döner"),
    ("a chicken durim", "Hähnchen Dürüm"),
    ("a small doner box", "Döner Box", "klein"),
    ("two large doner boxes", "Döner Box", "groß", 2),
    ("doner plate with rice", "Döner Teller mit Reis"),
    ("doner teller mit pommes", "Döner Teller mit Pommes"),
    ("a doner plate", ASK),
    ("is kender kebab", "Iskender Kebap"),
    ("a halloumi sandwich", "Halloumi Tasche"),
    ("falafel wrap", "Falafel Dürüm"),
    ("falafel plate", "Falafel Teller"),
    ("a falafel", ASK),
    ("three lahmacun", "Lahmacun", None, 3),
    ("lahma june with doner", "Lahmacun mit Döner"),
    ("a lama jun", "Lahmacun"),
    # pizza
    ("a large salami pizza", "Pizza Salami", "groß 32 cm"),
    ("small margherita", "Pizza Margherita", "klein 26 cm"),
    ("pizza schinken gross", "Pizza Schinken", "groß 32 cm"),
    ("a small mushroom pizza", "Pizza Funghi", "klein 26 cm"),
    ("two hawaii pizzas small", "Pizza Hawaii", "klein 26 cm", 2),
    ("sucuk pizza 32 centimeter", "Pizza Sucuk", "groß 32 cm"),
    ("a spicy diavolo", "Pizza Diavolo"),
    ("doner pizza large", "Pizza Döner", "groß 32 cm"),
    ("vegetarian pizza small", "Pizza Vegetaria", "klein 26 cm"),
    ("a large pizza", ASK),
    ("twelve pizza brutchen", "Pizzabrötchen", "12 stück"),
    ("six pizza rolls with sucuk", "Pizzabrötchen mit Sucuk", "6 stück"),
    # schnitzel and imbiss
    ("wiener schnitzel", "Schnitzel Wiener Art"),
    ("yeager schnitzel", "Jägerschnitzel"),
    ("schnitzel with mushroom sauce", "Jägerschnitzel"),
    ("chicken schnitzel", "Hähnchenschnitzel"),
    ("a schnitzel with sauce", ASK),
    ("currywurst with fries", "Currywurst mit Pommes"),
    ("two currywurst", "Currywurst", None, 2),
    ("large fries", "Pommes", "groß"),
    ("small fries with ketchup and mayo", "Pommes rot-weiß", "klein"),
    ("pommes rot weiss gross", "Pommes rot-weiß", "groß"),
    ("nine chicken nuggets", "Chicken Nuggets", "9 stück"),
    # salads, drinks, desserts
    ("hearten salad", "Hirtensalat"),
    ("a salad", ASK),
    ("a half liter coke", "Coca-Cola", "0,5 l"),
    ("small fanta", "Fanta", "0,33 l"),
    ("two eye ran", "Ayran", None, 2),
    ("a bottle of water", "Mineralwasser"),
    ("a becks half liter", "Beck's", "0,5 l"),
    ("a soft drink", ASK),
    ("baklava", "Baklava (3 Stück)"),
    # not on the menu
    ("adana kebab", UNKNOWN),
    ("gyros plate", UNKNOWN),
    ("pide with sucuk", UNKNOWN),
    ("a calzone", UNKNOWN),
    ("pizza quattro formaggi", UNKNOWN),
    ("cevapcici", UNKNOWN),
    ("kartoffelsalat", UNKNOWN),
]
