"""A Norwegian pizzeria-kebab with a Norwegian menu (the pattern of the pizza and kebab take-aways
of Oslo's Grønland and Tøyen, Bergen, Trondheim and small-town Norway): numbered pizzas in Liten,
Medium, Stor or Familie ("Kjøttdeig", "Skinke og ananas", "Kebabpizza", "Pepperoni", "Biff",
"Taco"), kebab i pita, i rull or på tallerken, falafel, pommes frites liten or stor,
hvitløksdressing and chilidressing, brus 0,5 l or 1,5 l. Callers drop æ ø å ("kjottdeig",
"hvitloksdressing", "lokringer", "sjomat"), say the English ("minced meat pizza", "ham and
pineapple", "garlic bread", "a kebab plate", "kebab wrap") and mishear "Kjøttdeig" ("shot dye"),
"tallerken" ("taller ken"), "rull" ("rule"), "hvitløk" ("veet look"). "A kebab", "a chicken
kebab", "kebab med pommes", "en falafel", "a dressing", "en brus" and "en familie pizza" without
a name are questions; a Grandiosa, lapskaus, a pølse i lompe, a kebab box med ris, a calzone,
lahmacun and fiskesuppe are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria & Kebab"

_PIZZA = {"Liten": 149.0, "Medium": 189.0, "Stor": 229.0, "Familie": 299.0}
_PIZZA_SPESIAL = {"Liten": 159.0, "Medium": 199.0, "Stor": 239.0, "Familie": 319.0}
_BRUS = {"0,5 l": 35.0, "1,5 l": 55.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizza": [
        ("1. Margarita", {"Liten": 129.0, "Medium": 169.0, "Stor": 209.0, "Familie": 279.0},
         ("tomatsaus", "ost")),
        ("2. Skinke", _PIZZA, ("tomatsaus", "ost", "skinke")),
        ("3. Skinke og Ananas", _PIZZA, ("tomatsaus", "ost", "skinke", "ananas")),
        ("4. Pepperoni", _PIZZA, ("tomatsaus", "ost", "pepperoni")),
        ("5. Kjøttdeig", _PIZZA, ("tomatsaus", "ost", "kjøttdeig", "løk")),
        ("6. Kjøttdeig og Pepperoni", _PIZZA_SPESIAL, ("tomatsaus", "ost", "kjøttdeig", "pepperoni")),
        ("7. Biffpizza", _PIZZA_SPESIAL, ("tomatsaus", "ost", "biffstrimler", "paprika", "løk",
                                           "bearnaisesaus")),
        ("8. Kebabpizza", _PIZZA_SPESIAL, ("tomatsaus", "ost", "kebabkjøtt", "løk", "jalapeños",
                                            "hvitløksdressing")),
        ("9. Kyllingpizza", _PIZZA_SPESIAL, ("tomatsaus", "ost", "kylling", "mais", "paprika")),
        ("10. Tacopizza", _PIZZA_SPESIAL, ("tacosaus", "ost", "tacokjøttdeig", "mais", "nachos",
                                           "rømme")),
        ("11. Vegetar", _PIZZA, ("tomatsaus", "ost", "sopp", "paprika", "løk", "oliven")),
        ("12. Sjømat", _PIZZA_SPESIAL, ("tomatsaus", "ost", "reker", "tunfisk", "løk")),
        ("13. Bacon og Sopp", _PIZZA, ("tomatsaus", "ost", "bacon", "sjampinjong")),
        ("14. Hawaii Spesial", _PIZZA_SPESIAL, ("tomatsaus", "ost", "skinke", "ananas", "bacon",
                                                 "kylling")),
    ],
    "Kebab": [
        ("Kebab i Pita", 139.0, ("kebabkjøtt", "salat", "tomat", "agurk", "løk", "dressing")),
        ("Kebab i Rull", 149.0, ("kebabkjøtt", "tortilla", "salat", "tomat", "dressing")),
        ("Kebab Tallerken", 189.0, ("kebabkjøtt", "pommes frites", "salat", "dressing")),
        ("Kyllingkebab i Pita", 139.0, ("kyllingkjøtt", "salat", "tomat", "dressing")),
        ("Kyllingkebab i Rull", 149.0, ("kyllingkjøtt", "tortilla", "salat", "dressing")),
        ("Kyllingkebab Tallerken", 189.0, ("kyllingkjøtt", "pommes frites", "salat", "dressing")),
        ("Falafel i Pita", 129.0, ("falafel", "salat", "tomat", "hummus")),
        ("Falafel Tallerken", 169.0, ("falafel", "pommes frites", "salat", "hummus")),
        ("Kebab Gratinert", 199.0, ("kebabkjøtt", "pommes frites", "ost gratinert", "dressing")),
    ],
    "Grill": [
        ("Hamburger", 129.0, ("kjøttkake", "salat", "tomat", "dressing")),
        ("Cheeseburger", 139.0, ("kjøttkake", "ost", "salat", "dressing")),
        ("Kyllingburger", 139.0, ("kyllingfilet", "salat", "dressing")),
        ("Kyllingvinger (8 stk)", 129.0, ("kyllingvinger", "dipp")),
        ("Mozzarellapinner (6 stk)", 89.0, ("mozzarella", "paneringen", "dipp")),
    ],
    "Tilbehør (Sides)": [
        ("Pommes Frites", {"Liten": 49.0, "Stor": 69.0}),
        ("Løkringer", 59.0),
        ("Hvitløksdressing", 20.0),
        ("Chilidressing", 20.0),
        ("Hvitløksbrød", 49.0),
        ("Salat", 49.0),
    ],
    "Drikke (Drinks)": [
        ("Coca-Cola", _BRUS),
        ("Coca-Cola Zero", _BRUS),
        ("Fanta", _BRUS),
        ("Solo", _BRUS),
        ("Sprite", _BRUS),
        ("Farris", 35.0),
        ("Ayran", 30.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizza
    ("en stor margarita", "1. Margarita", "stor"),
    ("medium margherita pizza", "1. Margarita", "medium"),
    ("skinke og ananas familie", "3. Skinke og Ananas", "familie"),
    ("a large ham and pineapple", "3. Skinke og Ananas", "stor"),
    ("en pepperoni medium", "4. Pepperoni", "medium"),
    ("to store pepperoni", "4. Pepperoni", "stor", 2),
    ("kjottdeig pizza stor", "5. Kjøttdeig", "stor"),
    ("minced meat pizza small", "5. Kjøttdeig", "liten"),
    ("shot dye pizza familie", "5. Kjøttdeig", "familie"),
    ("kjottdeig og pepperoni", "6. Kjøttdeig og Pepperoni"),
    ("biff pizza medium", "7. Biffpizza", "medium"),
    ("kebab pizza stor", "8. Kebabpizza", "stor"),
    ("chicken pizza family size", "9. Kyllingpizza", "familie"),
    ("taco pizza", "10. Tacopizza"),
    ("the vegetarian pizza", "11. Vegetar"),
    ("seafood pizza", "12. Sjømat"),
    ("bacon og sopp", "13. Bacon og Sopp"),
    ("bacon and mushroom large", "13. Bacon og Sopp", "stor"),
    ("hawaii spesial", "14. Hawaii Spesial"),
    ("number eight", "8. Kebabpizza"),
    ("en familie pizza", ASK),
    ("ham pizza", "2. Skinke"),
    # kebab
    ("kebab in pita bread", "Kebab i Pita"),
    ("kebab i rule", "Kebab i Rull"),
    ("kebab wrap", "Kebab i Rull"),
    ("kebab taller ken", "Kebab Tallerken"),
    ("a kebab plate", "Kebab Tallerken"),
    ("kylling kebab i pita", "Kyllingkebab i Pita"),
    ("chicken kebab wrap", "Kyllingkebab i Rull"),
    ("to kyllingkebab tallerken", "Kyllingkebab Tallerken", None, 2),
    ("falafel plate", "Falafel Tallerken"),
    ("kebab gratinert", "Kebab Gratinert"),
    ("a kebab", ASK),
    ("en falafel", ASK),
    ("a chicken kebab", ASK),
    ("kebab med pommes", ASK),
    # grill
    ("cheeseburger", "Cheeseburger"),
    ("kylling burger", "Kyllingburger"),
    ("chicken wings", "Kyllingvinger (8 stk)"),
    ("mozzarella sticks", "Mozzarellapinner (6 stk)"),
    # sides
    ("stor pommes frites", "Pommes Frites", "stor"),
    ("small fries", "Pommes Frites", "liten"),
    ("lokringer", "Løkringer"),
    ("extra hvitloksdressing", "Hvitløksdressing"),
    ("veet look dressing", "Hvitløksdressing"),
    ("garlic bread", "Hvitløksbrød"),
    ("a dressing", ASK),
    # drinks
    ("cola 1.5 liter", "Coca-Cola", "1,5 l"),
    ("en cola zero halvliter", "Coca-Cola Zero", "0,5 l"),
    ("two solo half liter", "Solo", "0,5 l", 2),
    ("fanta en og en halv liter", "Fanta", "1,5 l"),
    ("a cola", "Coca-Cola"),
    ("en brus", ASK),
    # not on the menu
    ("grandiosa", UNKNOWN),
    ("lapskaus", UNKNOWN),
    ("en polse i lompe", UNKNOWN),
    ("kebab box med ris", UNKNOWN),
    ("calzone", UNKNOWN),
    ("lahmacun", UNKNOWN),
    ("fiskesuppe", UNKNOWN),
]
