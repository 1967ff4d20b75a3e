"""A Greek restaurant menu (the pattern of Greek take-out menus): Greek names in the Latin
spellings menus use (gyro/yiros, souvlaki, tzatziki/tsatsiki), pitas and platters of the same
meat, pies, dips.

Held out whole: written after the third round's scores, when the Levantine menu was looked at;
its failures were looked at and tuned on in the fifth round (branch w-matching2)."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Greek restaurant (held out whole, tuned on since)"

CATEGORIES: dict[str, list[Item]] = {
    "Dips": [
        ("Tzatziki", 6.5, ("yogurt", "cucumber", "garlic")),
        ("Melitzanosalata", 7.0, ("eggplant",)),
        ("Taramosalata", 7.5, ("fish roe",)),
    ],
    "Pies": [
        ("Spanakopita", 7.5, ("spinach", "feta", "phyllo")),
        ("Tiropita", 7.0, ("feta", "phyllo")),
    ],
    "Pitas": [
        ("Gyro Pita", 10.5, ("gyro meat", "tzatziki", "pita")),
        ("Chicken Souvlaki Pita", 10.5, ("chicken", "tzatziki", "pita")),
        ("Pork Souvlaki Pita", 10.5, ("pork", "tzatziki", "pita")),
        ("Falafel Pita", 9.5, ("falafel", "pita")),
    ],
    "Platters": [
        ("Gyro Platter", 16.5, ("gyro meat", "rice", "salad")),
        ("Chicken Souvlaki Platter", 16.5, ("chicken", "rice", "salad")),
        ("Lamb Chops", 26.0, ("lamb",)),
        ("Moussaka", 17.5, ("eggplant", "ground beef", "bechamel")),
        ("Pastitsio", 16.5, ("pasta", "ground beef", "bechamel")),
    ],
    "Salads": [
        ("Horiatiki", 11.0, ("tomato", "cucumber", "feta", "olives")),
        ("Maroulosalata", 9.0, ("romaine", "dill")),
    ],
    "Sides": [
        ("Lemon Potatoes", 5.5, ("potato", "lemon")),
        ("Pita Bread", 2.0),
        ("Dolmades", 7.5, ("grape leaves", "rice")),
    ],
    "Desserts": [
        ("Baklava", 5.5, ("walnuts", "phyllo", "honey")),
        ("Loukoumades", 6.5, ("honey",)),
        ("Galaktoboureko", 6.5, ("custard", "phyllo")),
    ],
    "Drinks": [
        ("Frappe", 4.5, ("coffee",)),
        ("Greek Coffee", 3.5, ("coffee",)),
        ("Mythos", 7.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    ("tzatziki", "Tzatziki"),
    ("tsatsiki", "Tzatziki"),
    ("cucumber yogurt dip", "Tzatziki"),
    ("eggplant dip", "Melitzanosalata"),
    ("taramasalata", "Taramosalata"),
    ("spanakopita", "Spanakopita"),
    ("spinach pie", "Spanakopita"),
    ("tiropita", "Tiropita"),
    ("cheese pie", "Tiropita"),
    ("a gyro", ASK),
    ("gyro pita", "Gyro Pita"),
    ("a gyro sandwich", "Gyro Pita"),
    ("yiros pita", "Gyro Pita"),
    ("a gyros wrap", "Gyro Pita"),
    ("gyro platter", "Gyro Platter"),
    ("a gyro plate", "Gyro Platter"),
    ("chicken souvlaki pita", "Chicken Souvlaki Pita"),
    ("chicken souvlaki", ASK),
    ("pork souvlaki", "Pork Souvlaki Pita"),
    ("souvlaki", ASK),
    ("souvlaki platter", "Chicken Souvlaki Platter"),
    ("falafel pita", "Falafel Pita"),
    ("falafel", "Falafel Pita"),
    ("lamb chops", "Lamb Chops"),
    ("moussaka", "Moussaka"),
    ("musaka", "Moussaka"),
    ("pastitsio", "Pastitsio"),
    ("pastichio", "Pastitsio"),
    ("greek salad", "Horiatiki"),
    ("horiatiki salad", "Horiatiki"),
    ("village salad", "Horiatiki"),
    ("lettuce salad", "Maroulosalata"),
    ("lemon potatoes", "Lemon Potatoes"),
    ("greek potatoes", "Lemon Potatoes"),
    ("pita bread", "Pita Bread"),
    ("extra pita", "Pita Bread"),
    ("dolmades", "Dolmades"),
    ("dolmas", "Dolmades"),
    ("stuffed grape leaves", "Dolmades"),
    ("baklava", "Baklava"),
    ("loukoumades", "Loukoumades"),
    ("greek donuts", "Loukoumades"),
    ("galaktoboureko", "Galaktoboureko"),
    ("a frappe", "Frappe"),
    ("greek coffee", "Greek Coffee"),
    ("a mythos beer", "Mythos"),
    ("a salad", ASK),
    ("a pita", ASK),
    ("coffee", ASK),
    ("chicken", ASK),
    ("beef souvlaki", UNKNOWN),
    ("lamb gyro", UNKNOWN),
    ("a chicken gyro", UNKNOWN),
    ("french fries", UNKNOWN),
    ("a caesar salad", UNKNOWN),
    ("ouzo", UNKNOWN),
]
