"""An Indian street-food chaat house (the pattern of Jackson Heights / Edison / Fremont chaat
corners): chaat, pav dishes, kathi rolls and a Bombay sandwich, samosa and kachori, sweets and
kulfi, lassi Regular or Large, chai. Callers use the regional names (golgappe, puchka, dahi vada,
onion bhaji), spell puri "poori" and pav "pao", and drop "chaat" and "pav". "A puri", "a chaat",
"pav", "a kathi roll", "kulfi" or "lassi" alone is a question; ragda pattice, biryani, dosa and
mutton rolls are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Indian street-food chaat house"


def _lassi(regular: float, large: float) -> dict[str, float]:
    return {"Regular": regular, "Large": large}


CATEGORIES: dict[str, list[Item]] = {
    "Chaat": [
        ("Pani Puri", 6.99, ("6 hollow puris", "potato", "chickpeas", "tamarind water", "mint water")),
        ("Sev Puri", 7.49, ("flat puris", "potato", "onion", "chutneys", "sev")),
        ("Dahi Puri", 7.99, ("hollow puris", "potato", "yogurt", "chutneys", "sev")),
        ("Bhel Puri", 6.99, ("puffed rice", "sev", "onion", "tomato", "tamarind chutney")),
        ("Samosa Chaat", 8.49, ("crushed samosa", "chole", "yogurt", "chutneys")),
        ("Aloo Tikki Chaat", 8.49, ("potato patties", "chole", "yogurt", "chutneys")),
        ("Papdi Chaat", 7.99, ("crisp papdi", "potato", "chickpeas", "yogurt", "chutneys")),
        ("Raj Kachori", 9.49, ("large crisp kachori", "sprouts", "potato", "yogurt", "chutneys")),
        ("Dahi Bhalla", 7.49, ("lentil dumplings", "yogurt", "tamarind chutney", "cumin")),
    ],
    "Pav": [
        ("Pav Bhaji", 10.99, ("mashed vegetable curry", "butter", "2 buttered pav", "onion")),
        ("Vada Pav", 5.99, ("spiced potato fritter", "pav", "garlic chutney")),
        ("Misal Pav", 10.49, ("spicy sprouted moth bean curry", "farsan", "pav")),
        ("Dabeli", 5.99, ("sweet spiced potato", "pav", "pomegranate", "peanuts")),
    ],
    "Rolls & Sandwiches": [
        ("Paneer Tikka Roll", 9.99, ("paratha", "paneer tikka", "onion", "mint chutney")),
        ("Chicken Tikka Roll", 10.99, ("paratha", "chicken tikka", "onion", "mint chutney")),
        ("Aloo Tikki Roll", 8.99, ("paratha", "potato patty", "onion", "chutney")),
        ("Bombay Sandwich", 7.99, ("grilled white bread", "potato", "cucumber", "tomato", "green chutney")),
    ],
    "Snacks": [
        ("Samosa", 4.99, ("2 pieces", "potato", "peas", "tamarind chutney")),
        ("Kachori", 4.49, ("2 pieces", "moong dal filling", "tamarind chutney")),
        ("Chole Bhature", 12.99, ("chickpea curry", "2 fried bhature", "onion", "pickle")),
        ("Onion Pakora", 6.99, ("onion fritters", "chickpea batter", "mint chutney")),
    ],
    "Sweets": [
        ("Gulab Jamun", 4.99, ("2 pieces", "milk dumplings", "rose syrup")),
        ("Jalebi", 5.49, ("fried spirals", "saffron syrup")),
        ("Rasmalai", 5.99, ("2 pieces", "cheese dumplings", "saffron milk")),
        ("Malai Kulfi", 4.49, ("frozen milk", "cardamom")),
        ("Pista Kulfi", 4.49, ("frozen milk", "pistachio")),
    ],
    "Drinks": [
        ("Mango Lassi", _lassi(4.99, 6.99), ("yogurt", "mango")),
        ("Sweet Lassi", _lassi(3.99, 5.99), ("yogurt", "sugar")),
        ("Salted Lassi", _lassi(3.99, 5.99), ("yogurt", "salt", "roasted cumin")),
        ("Masala Chai", 2.99, ("black tea", "milk", "ginger", "cardamom")),
        ("Nimbu Pani", 3.49, ("lemon", "sugar", "black salt")),
        ("Falooda", 7.99, ("rose milk", "vermicelli", "basil seeds", "ice cream")),
    ],
}

SPECIALS: tuple[str, ...] = ("Raj Kachori",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # chaat
    ("pani puri", "Pani Puri"),
    ("golgappe", "Pani Puri"),
    ("two orders of pani poori", "Pani Puri", None, 2),
    ("puchka", "Pani Puri"),
    ("sev poori", "Sev Puri"),
    ("dahi poori", "Dahi Puri"),
    ("bhel", "Bhel Puri"),
    ("bhelpuri", "Bhel Puri"),
    ("a puri", ASK),
    ("samosa chaat", "Samosa Chaat"),
    ("aloo tikki chat", "Aloo Tikki Chaat"),
    ("papri chaat", "Papdi Chaat"),
    ("raj kachori", "Raj Kachori"),
    ("dahi vada", "Dahi Bhalla"),
    ("a chaat", ASK),
    # pav
    ("pav bhaji", "Pav Bhaji"),
    ("two pao bhaji", "Pav Bhaji", None, 2),
    ("wada pao", "Vada Pav"),
    ("misal", "Misal Pav"),
    ("three dabelis", "Dabeli", None, 3),
    ("pav", ASK),
    # rolls & sandwiches
    ("paneer roll", "Paneer Tikka Roll"),
    ("chicken kathi roll", "Chicken Tikka Roll"),
    ("aloo tikki roll", "Aloo Tikki Roll"),
    ("a kathi roll", ASK),
    ("bombay sandwich", "Bombay Sandwich"),
    ("veg grilled sandwich", "Bombay Sandwich"),
    # snacks
    ("an order of samosa", "Samosa"),
    ("samosas", "Samosa"),
    ("kachori", "Kachori"),
    ("chana bhatura", "Chole Bhature"),
    ("onion bhaji", "Onion Pakora"),
    ("pakoras", "Onion Pakora"),
    # sweets
    ("gulab jaman", "Gulab Jamun"),
    ("jilebi", "Jalebi"),
    ("ras malai", "Rasmalai"),
    ("pistachio kulfi", "Pista Kulfi"),
    ("malai kulfi", "Malai Kulfi"),
    ("kulfi", ASK),
    # drinks
    ("large mango lassi", "Mango Lassi", "large"),
    ("two mango lassis", "Mango Lassi", None, 2),
    ("sweet lassi regular", "Sweet Lassi", "regular"),
    ("a salty lassi", "Salted Lassi"),
    ("lassi", ASK),
    ("a large lassi", ASK),
    ("two chai", "Masala Chai", None, 2),
    ("tea", "Masala Chai"),
    ("indian lemonade", "Nimbu Pani"),
    ("faluda", "Falooda"),
    # not on the menu
    ("ragda pattice", UNKNOWN),
    ("chicken biryani", UNKNOWN),
    ("masala dosa", UNKNOWN),
    ("egg kathi roll", UNKNOWN),
    ("mutton roll", UNKNOWN),
    ("kheer", UNKNOWN),
    ("butter chicken", UNKNOWN),
]
