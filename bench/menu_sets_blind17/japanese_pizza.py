"""A Japanese delivery pizza chain (the pattern of the big Japanese delivery chains' menus in
Tokyo and Osaka): pizzas M or L, the Japanese favourites Mayo Jaga (potato mayo), Teriyaki Chikin,
Ebi Mayo, Tuna Mayo, Mentaiko Mochi and Mentai Jaga next to Margherita, Pepperoni and a Quattro
Formaggi served with honey, Half and Half, fried chicken by count (2, 4 or 8 pieces), chicken
nuggets 5 or 10, potato fries plain or with cheese, oolong tea and cola 500 ml or 1.5 L. Items are
named in romanised Japanese (katakana loanwords as they are spelt in romaji) with the English in
parentheses. Callers say the English ("potato mayo", "shrimp mayo", "four cheese"), the romaji as
they say the loanwords ("piza", "teriyaki chikin", "eru saizu") and mishear it
("mentiko mochi", "quatro formaji"). "Mayo pizza", "potato pizza", "cheese pizza", "quattro",
"mochi", "tea" and "a beer" alone are questions; okonomiyaki pizza, corn mayo pizza, takoyaki,
chicken wings, mentaiko spaghetti, melon soda and matcha latte are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Piza Ichiban Delivery"

_P = {"M": 2200.0, "L": 3300.0}
_PP = {"M": 2700.0, "L": 3900.0}
_CHICKEN = {"2 pieces": 500.0, "4 pieces": 950.0, "8 pieces": 1800.0}
_BOTTLE = {"500 ml": 250.0, "1.5 L": 450.0}

CATEGORIES: dict[str, list[Item]] = {
    "Kurashikku Piza (Classic Pizzas)": [
        ("Marugarita (Margherita)", _P, ("tomato sauce", "mozzarella", "basil")),
        ("Daburu Chiizu Marugarita (Double Cheese Margherita)", _P, ("tomato sauce",
                                                                    "double mozzarella", "basil")),
        ("Peperoni (Pepperoni)", _P, ("tomato sauce", "pepperoni", "mozzarella")),
        ("Derakkusu (Deluxe)", _P, ("pepperoni", "sausage", "green pepper", "onion", "mushroom")),
        ("Mayo Jaga (Potato Mayo)", _P, ("potato", "bacon", "corn", "mayonnaise", "nori")),
        ("Bekon Poteto (Bacon Potato)", _P, ("potato", "thick bacon", "garlic butter")),
        ("Ebi Mayo (Shrimp Mayo)", _P, ("shrimp", "broccoli", "mayonnaise")),
        ("Tsuna Mayo (Tuna Mayo)", _P, ("tuna", "onion", "corn", "mayonnaise")),
        ("Teriyaki Chikin (Teriyaki Chicken)", _P, ("teriyaki chicken", "nori", "mayonnaise",
                                                    "onion")),
        ("Purukogi (Bulgogi)", _P, ("beef bulgogi", "green onion", "sesame")),
        ("Jenobeze (Genovese Basil)", _P, ("basil sauce", "tomato", "mozzarella")),
        ("Hawaian (Hawaiian)", _P, ("ham", "pineapple", "mozzarella")),
    ],
    "Puremiamu Piza (Premium Pizzas)": [
        ("Mentaiko Mochi (Spicy Cod Roe and Rice Cake)", _PP, ("mentaiko", "mochi", "nori",
                                                               "mayonnaise")),
        ("Mentai Jaga (Cod Roe Potato)", _PP, ("mentaiko", "potato", "mayonnaise")),
        ("Kuattoro Foruma-jji (Quattro Formaggi with Honey)", _PP, ("mozzarella", "gorgonzola",
                                                                     "parmesan", "camembert",
                                                                     "honey")),
        ("Arutimetto Kuattoro (Ultimate Quattro, Four Pizzas in One)", _PP),
        ("Wagyu Yakiniku (Beef Yakiniku)", _PP, ("wagyu beef", "yakiniku sauce", "green onion")),
        ("Shifudo Mikkusu (Seafood Mix)", _PP, ("shrimp", "squid", "scallop", "tomato sauce")),
        ("Hafu ando Hafu (Half and Half)", _PP),
    ],
    "Saido Menyu (Sides)": [
        ("Furaido Chikin (Fried Chicken)", _CHICKEN),
        ("Supaishi Furaido Chikin (Spicy Fried Chicken)", _CHICKEN),
        ("Chikin Nagetto (Chicken Nuggets)", {"5 pieces": 400.0, "10 pieces": 750.0}),
        ("Poteto Furai (Potato Fries)", 400.0),
        ("Chiizu Poteto (Cheese Potato Fries)", 550.0),
        ("Oniongu Ringu (Onion Rings)", 450.0),
        ("Shiza Sarada (Caesar Salad)", 600.0),
        ("Ebi Guratan (Shrimp Gratin)", 650.0),
        ("Kon Potaju (Corn Potage)", 350.0),
        ("Gaarikku Tosuto (Garlic Toast)", 400.0),
    ],
    "Dezato (Desserts)": [
        ("Choko Rava Keki (Chocolate Lava Cake)", 400.0),
        ("Kasutado Purin (Custard Pudding)", 350.0),
        ("Mochi Aisu (Mochi Ice Cream, Vanilla)", 300.0),
        ("Maccha Buraunii (Matcha Brownie)", 380.0),
    ],
    "Dorinku (Drinks)": [
        ("Uuron Cha (Oolong Tea)", _BOTTLE),
        ("Ryokucha (Green Tea) 500 ml", 250.0),
        ("Koka Kora (Coca-Cola)", _BOTTLE),
        ("Koka Kora Zero (Coca-Cola Zero)", _BOTTLE),
        ("Karupisu Soda (Calpis Soda)", 250.0),
        ("Asahi Supa Dorai (Asahi Super Dry) 350 ml", 350.0),
        ("Kirin Ichiban Shibori 350 ml", 350.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Mentaiko Mochi (Spicy Cod Roe and Rice Cake)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # classic pizzas
    ("mayo jaga large", "Mayo Jaga (Potato Mayo)", "l"),
    ("can i get a medium mayo jaga", "Mayo Jaga (Potato Mayo)", "m"),
    ("potato mayo pizza", "Mayo Jaga (Potato Mayo)"),
    ("teriyaki chikin piza", "Teriyaki Chikin (Teriyaki Chicken)"),
    ("two large teriyaki chicken", "Teriyaki Chikin (Teriyaki Chicken)", "l", 2),
    ("uh teri yaki chicken m size", "Teriyaki Chikin (Teriyaki Chicken)", "m"),
    ("margherita medium", "Marugarita (Margherita)", "m"),
    ("double cheese margherita", "Daburu Chiizu Marugarita (Double Cheese Margherita)"),
    ("pepperoni large", "Peperoni (Pepperoni)", "l"),
    ("derakkusu", "Derakkusu (Deluxe)"),
    ("bacon potato", "Bekon Poteto (Bacon Potato)"),
    ("ebi mayo", "Ebi Mayo (Shrimp Mayo)"),
    ("shrimp mayo l", "Ebi Mayo (Shrimp Mayo)", "l"),
    ("tuna mayo m size", "Tsuna Mayo (Tuna Mayo)", "m"),
    ("bulgogi pizza", "Purukogi (Bulgogi)"),
    ("genovese", "Jenobeze (Genovese Basil)"),
    # premium
    ("mentaiko mochi", "Mentaiko Mochi (Spicy Cod Roe and Rice Cake)"),
    ("mentiko mochi piza eru saizu", "Mentaiko Mochi (Spicy Cod Roe and Rice Cake)", "l"),
    ("cod roe and rice cake pizza", "Mentaiko Mochi (Spicy Cod Roe and Rice Cake)"),
    ("mentai jaga", "Mentai Jaga (Cod Roe Potato)"),
    ("quattro formaggi with honey", "Kuattoro Foruma-jji (Quattro Formaggi with Honey)"),
    ("quatro formaji large", "Kuattoro Foruma-jji (Quattro Formaggi with Honey)", "l"),
    ("four cheese pizza", "Kuattoro Foruma-jji (Quattro Formaggi with Honey)"),
    ("ultimate quattro", "Arutimetto Kuattoro (Ultimate Quattro, Four Pizzas in One)"),
    ("seafood mix medium", "Shifudo Mikkusu (Seafood Mix)", "m"),
    ("half and half large", "Hafu ando Hafu (Half and Half)", "l"),
    ("hafu ando hafu", "Hafu ando Hafu (Half and Half)"),
    # sides
    ("fried chicken four pieces", "Furaido Chikin (Fried Chicken)", "4 pieces"),
    ("furaido chikin 8 piece", "Furaido Chikin (Fried Chicken)", "8 pieces"),
    ("spicy fried chicken 2 pieces", "Supaishi Furaido Chikin (Spicy Fried Chicken)", "2 pieces"),
    ("10 chicken nuggets", "Chikin Nagetto (Chicken Nuggets)", "10 pieces"),
    ("potato fries", "Poteto Furai (Potato Fries)"),
    ("let me have two french fries", "Poteto Furai (Potato Fries)", None, 2),
    ("cheese potato", "Chiizu Poteto (Cheese Potato Fries)"),
    ("caesar salad", "Shiza Sarada (Caesar Salad)"),
    ("corn soup", "Kon Potaju (Corn Potage)"),
    # desserts
    ("chocolate lava cake", "Choko Rava Keki (Chocolate Lava Cake)"),
    ("purin", "Kasutado Purin (Custard Pudding)"),
    ("matcha brownie", "Maccha Buraunii (Matcha Brownie)"),
    # drinks
    ("oolong tea 1.5 liter", "Uuron Cha (Oolong Tea)", "1.5 l"),
    ("two oolong cha 500 ml", "Uuron Cha (Oolong Tea)", "500 ml", 2),
    ("coke one point five litre", "Koka Kora (Coca-Cola)", "1.5 l"),
    ("coke zero 500 ml", "Koka Kora Zero (Coca-Cola Zero)", "500 ml"),
    ("asahi super dry", "Asahi Supa Dorai (Asahi Super Dry) 350 ml"),
    # questions
    ("a beer", ASK),
    ("mayo pizza", ASK),
    ("potato pizza", ASK),
    ("cheese pizza", ASK),
    ("quattro", ASK),
    ("mochi", ASK),
    ("tea", ASK),
    # not on the menu
    ("okonomiyaki pizza", UNKNOWN),
    ("corn mayo pizza", UNKNOWN),
    ("takoyaki", UNKNOWN),
    ("chicken wings", UNKNOWN),
    ("mentaiko spaghetti", UNKNOWN),
    ("melon soda", UNKNOWN),
    ("matcha latte", UNKNOWN),
]
