"""An Indonesian warung (the pattern of Indonesian take-out menus in Queens, Philadelphia and
Los Angeles): nasi goreng and rice plates, mie and soups, lauk (rendang, ayam penyet, gulai),
sate 5 Skewers or 10 Skewers, snacks, es drinks. Callers say the English ("chicken fried rice",
"beef rendang", "ten chicken satay": the count names the size), spell "sate" as "satay" and
mishear the Indonesian ("nasi goring", "me goreng", "gado gado"). "Nasi goreng", "fried rice",
"satay", "noodles", "a soup" or "a tea" alone is a question; nasi lemak, pork satay, martabak,
rawon and laksa are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Indonesian warung"


def _sate(five: float, ten: float) -> dict[str, float]:
    return {"5 Skewers": five, "10 Skewers": ten}


CATEGORIES: dict[str, list[Item]] = {
    "Nasi": [
        ("Nasi Goreng Ayam", 13.5, ("fried rice", "chicken", "kecap manis", "fried egg", "krupuk")),
        ("Nasi Goreng Seafood", 15.5, ("fried rice", "shrimp", "squid", "fried egg", "krupuk")),
        ("Nasi Campur", 15.0, ("rice", "beef rendang", "chicken", "egg", "tempeh", "sambal")),
        ("Nasi Uduk", 12.5, ("coconut rice", "fried chicken", "egg", "sambal kacang")),
        ("Nasi Kuning", 12.5, ("turmeric rice", "shredded chicken", "egg", "peanuts")),
    ],
    "Mie & Soto": [
        ("Mie Goreng Jawa", 13.0, ("fried egg noodles", "chicken", "cabbage", "kecap manis")),
        ("Kwetiau Goreng", 13.5, ("flat rice noodles", "chicken", "egg", "bean sprouts")),
        ("Mie Ayam", 12.5, ("egg noodles", "sweet soy chicken", "bok choy", "broth")),
        ("Bakso", 12.0, ("beef meatball soup", "rice noodles", "fried shallots")),
        ("Soto Ayam", 12.0, ("turmeric chicken soup", "vermicelli", "egg", "bean sprouts")),
    ],
    "Lauk": [
        ("Rendang Sapi", 17.0, ("slow-cooked beef", "coconut", "spices", "rice")),
        ("Ayam Penyet", 14.0, ("smashed fried chicken", "sambal", "tempeh", "tofu", "rice")),
        ("Ayam Bakar", 14.5, ("grilled chicken", "sweet soy glaze", "sambal", "rice")),
        ("Gulai Kambing", 16.5, ("goat curry", "coconut milk", "rice")),
        ("Sayur Lodeh", 11.5, ("vegetables in coconut milk", "tofu", "tempeh", "rice")),
    ],
    "Sate": [
        ("Sate Ayam", _sate(9.0, 16.0), ("chicken skewers", "peanut sauce", "lontong")),
        ("Sate Kambing", _sate(11.0, 20.0), ("goat skewers", "kecap manis", "shallots")),
        ("Sate Padang", _sate(11.0, 20.0), ("beef skewers", "spicy padang sauce", "ketupat")),
    ],
    "Jajanan": [
        ("Gado-Gado", 11.0, ("boiled vegetables", "tofu", "tempeh", "egg", "peanut sauce")),
        ("Lumpia Goreng", 6.0, ("fried spring rolls", "vegetables")),
        ("Tahu Isi", 6.0, ("stuffed fried tofu", "vegetables")),
        ("Perkedel Kentang", 5.0, ("potato fritters",)),
        ("Tempe Goreng", 5.0, ("fried tempeh",)),
        ("Kerupuk Udang", 3.0, ("shrimp crackers",)),
    ],
    "Minuman": [
        ("Es Teh Manis", 3.0, ("iced sweet tea",)),
        ("Teh Botol", 3.0, ("bottled jasmine tea",)),
        ("Es Jeruk", 4.0, ("iced orange juice",)),
        ("Es Cendol", 5.5, ("pandan jelly", "coconut milk", "palm sugar")),
        ("Es Campur", 6.0, ("shaved ice", "fruit", "jelly", "condensed milk")),
        ("Es Alpukat", 6.0, ("avocado shake", "chocolate syrup")),
        ("Kopi Tubruk", 3.5, ("javanese coffee",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Rendang Sapi", "Nasi Campur")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # nasi
    ("nasi goreng ayam", "Nasi Goreng Ayam"),
    ("chicken fried rice", "Nasi Goreng Ayam"),
    ("nasi goring seafood", "Nasi Goreng Seafood"),
    ("two seafood fried rice", "Nasi Goreng Seafood", None, 2),
    ("nasi goreng", ASK),
    ("fried rice", ASK),
    ("nasi campur", "Nasi Campur"),
    ("nasi chumpur", "Nasi Campur"),
    ("coconut rice", "Nasi Uduk"),
    ("yellow rice", "Nasi Kuning"),
    # mie and soto
    ("mie goreng", "Mie Goreng Jawa"),
    ("me goreng", "Mie Goreng Jawa"),
    ("kway teow goreng", "Kwetiau Goreng"),
    ("fried flat noodles", "Kwetiau Goreng"),
    ("mie ayam", "Mie Ayam"),
    ("bakso", "Bakso"),
    ("meatball soup", "Bakso"),
    ("soto ayam", "Soto Ayam"),
    ("a soup", ASK),
    # lauk
    ("beef rendang", "Rendang Sapi"),
    ("rendang", "Rendang Sapi"),
    ("ayam penyet", "Ayam Penyet"),
    ("smashed fried chicken", "Ayam Penyet"),
    ("ayam bakar", "Ayam Bakar"),
    ("goat curry", "Gulai Kambing"),
    ("sayur lodeh", "Sayur Lodeh"),
    # sate
    ("ten chicken satay", "Sate Ayam", "10 skewers"),
    ("sate ayam five skewers", "Sate Ayam", "5 skewers"),
    ("chicken satay", "Sate Ayam"),
    ("two orders of ten chicken satay", "Sate Ayam", "10 skewers", 2),
    ("goat satay ten skewers", "Sate Kambing", "10 skewers"),
    ("five sate kambing", "Sate Kambing", "5 skewers"),
    ("sate padang", "Sate Padang"),
    ("beef satay", "Sate Padang"),
    ("satay", ASK),
    # jajanan
    ("gado gado", "Gado-Gado"),
    ("gotta gotta salad", "Gado-Gado"),
    ("spring rolls", "Lumpia Goreng"),
    ("stuffed tofu", "Tahu Isi"),
    ("potato fritters", "Perkedel Kentang"),
    ("fried tempeh", "Tempe Goreng"),
    ("shrimp crackers", "Kerupuk Udang"),
    # minuman
    ("es teh", "Es Teh Manis"),
    ("iced sweet tea", "Es Teh Manis"),
    ("teh botol", "Teh Botol"),
    ("a tea", ASK),
    ("es jeruk", "Es Jeruk"),
    ("cendol", "Es Cendol"),
    ("avocado shake", "Es Alpukat"),
    ("a coffee", "Kopi Tubruk"),
    ("noodles", ASK),
    # not on the menu
    ("nasi lemak", UNKNOWN),
    ("pork satay", UNKNOWN),
    ("martabak", UNKNOWN),
    ("rawon", UNKNOWN),
    ("laksa", UNKNOWN),
    ("babi guling", UNKNOWN),
    ("chicken curry", UNKNOWN),
]
