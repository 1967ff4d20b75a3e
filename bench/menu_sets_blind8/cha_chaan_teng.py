"""A Hong Kong café, cha chaan teng (the pattern of HK-style café menus in New York, Toronto and
the Bay Area): bakery (pineapple bun, egg tart), macaroni and instant noodles, noodle soups and
chow fun, baked rice, toasts and sandwiches, drinks Hot or Iced; English names with the
Cantonese. Callers say the Cantonese ("bo lo bao", "dan tat", "nai cha", "yuen yeung", misheard
"yin yang") or the English, and say hot or iced with the drink. "Spam and egg", "instant
noodles", "beef brisket", "pork chop", "fried rice" or "a tea" alone is a question; char siu bao,
congee, egg waffles and baked pork chop spaghetti are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Hong Kong café (cha chaan teng)"


def _drink(hot: float, iced: float) -> dict[str, float]:
    return {"Hot": hot, "Iced": iced}


CATEGORIES: dict[str, list[Item]] = {
    "Bakery": [
        ("Pineapple Bun (Bo Lo Bao)", 2.5, ("sweet bun", "crackly sugar top")),
        ("Pineapple Bun with Butter (Bo Lo Yau)", 3.25, ("sweet bun", "sugar top", "slab of butter")),
        ("Egg Tart (Dan Tat)", 2.25, ("flaky pastry", "egg custard")),
        ("Cocktail Bun (Gai Mei Bao)", 2.5, ("sweet bun", "coconut filling")),
        ("HK French Toast (Sai Do Si)", 7.5, ("deep-fried toast", "peanut butter", "butter", "golden syrup")),
        ("Condensed Milk Toast (Nai Yau Do)", 5.0, ("thick toast", "butter", "condensed milk")),
    ],
    "Macaroni & Instant Noodles": [
        ("Macaroni Soup with Ham (Fo Tui Tung Fun)", 8.5, ("macaroni", "ham", "chicken broth", "fried egg")),
        ("Satay Beef Instant Noodles", 9.5, ("instant noodles", "beef", "satay broth")),
        ("Spam & Egg Instant Noodles", 9.0, ("instant noodles", "spam", "fried egg")),
    ],
    "Noodles": [
        ("Beef Brisket Noodle Soup (Ngau Lam Min)", 12.5, ("egg noodles", "beef brisket", "daikon")),
        ("Wonton Noodle Soup (Wan Tan Min)", 11.5, ("thin egg noodles", "shrimp wontons", "chives")),
        ("Soy Sauce Chow Mein (See Yau Wong Chow Min)", 10.5, ("pan-fried noodles", "soy sauce", "sprouts")),
        ("Beef Chow Fun (Gon Chow Ngau Ho)", 13.5, ("wide rice noodles", "beef", "bean sprouts")),
    ],
    "Rice": [
        ("Baked Pork Chop Rice (Guk Zyu Pa Faan)", 15.5,
         ("fried pork chop", "egg fried rice", "tomato sauce", "melted cheese")),
        ("Baked Seafood Rice", 16.5, ("shrimp", "scallops", "cream sauce", "melted cheese", "fried rice")),
        ("Curry Beef Brisket Rice", 14.5, ("beef brisket", "hk curry", "potatoes", "rice")),
        ("Yeung Chow Fried Rice", 12.5, ("char siu", "shrimp", "egg", "peas", "scallions")),
        ("Salted Fish & Chicken Fried Rice", 13.0, ("salted fish", "diced chicken", "egg", "lettuce")),
        ("Swiss Sauce Chicken Wings with Rice", 13.5, ("chicken wings", "sweet soy sauce", "rice")),
    ],
    "Toasts & Sandwiches": [
        ("Pork Chop Bun (Zyu Pa Bao)", 8.5, ("fried pork chop", "crusty bun")),
        ("Club Sandwich", 10.5, ("ham", "egg", "chicken", "tomato", "lettuce", "fries")),
        ("Spam & Egg Sandwich", 7.0, ("spam", "fried egg", "white bread")),
    ],
    "Drinks": [
        ("HK Milk Tea (Nai Cha)", _drink(3.5, 4.25), ("black tea", "evaporated milk")),
        ("Yuenyeung (Coffee & Milk Tea)", _drink(3.75, 4.5), ("coffee", "milk tea")),
        ("Lemon Tea (Ling Mung Cha)", _drink(3.5, 4.25), ("black tea", "fresh lemon")),
        ("Coffee", _drink(3.25, 4.0)),
        ("Horlicks", _drink(3.75, 4.5), ("malted milk",)),
        ("Hot Lemon Coke", 3.75, ("coca-cola", "lemon", "ginger")),
        ("Red Bean Ice (Hung Dau Bing)", 5.0, ("red beans", "evaporated milk", "crushed ice")),
    ],
}

SPECIALS: tuple[str, ...] = (
    "Baked Pork Chop Rice (Guk Zyu Pa Faan)",
    "Pineapple Bun with Butter (Bo Lo Yau)",
)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # bakery
    ("a pineapple bun", "Pineapple Bun (Bo Lo Bao)"),
    ("two bolo bao", "Pineapple Bun (Bo Lo Bao)", None, 2),
    ("pineapple bun with butter", "Pineapple Bun with Butter (Bo Lo Yau)"),
    ("bo lo yau", "Pineapple Bun with Butter (Bo Lo Yau)"),
    ("three egg tarts", "Egg Tart (Dan Tat)", None, 3),
    ("dan tat", "Egg Tart (Dan Tat)"),
    ("cocktail bun", "Cocktail Bun (Gai Mei Bao)"),
    ("coconut bun", "Cocktail Bun (Gai Mei Bao)"),
    ("hong kong french toast", "HK French Toast (Sai Do Si)"),
    ("french toast", "HK French Toast (Sai Do Si)"),
    ("condensed milk toast", "Condensed Milk Toast (Nai Yau Do)"),
    # macaroni and instant noodles
    ("macaroni soup", "Macaroni Soup with Ham (Fo Tui Tung Fun)"),
    ("ham macaroni soup", "Macaroni Soup with Ham (Fo Tui Tung Fun)"),
    ("satay beef noodles", "Satay Beef Instant Noodles"),
    ("spam and egg noodles", "Spam & Egg Instant Noodles"),
    ("spam and egg", ASK),
    ("instant noodles", ASK),
    # noodles
    ("beef brisket noodle soup", "Beef Brisket Noodle Soup (Ngau Lam Min)"),
    ("ngau lam min", "Beef Brisket Noodle Soup (Ngau Lam Min)"),
    ("beef brisket", ASK),
    ("wonton noodle soup", "Wonton Noodle Soup (Wan Tan Min)"),
    ("won ton mein", "Wonton Noodle Soup (Wan Tan Min)"),
    ("soy sauce chow mein", "Soy Sauce Chow Mein (See Yau Wong Chow Min)"),
    ("beef chow fun", "Beef Chow Fun (Gon Chow Ngau Ho)"),
    ("two dry fried beef chow fun", "Beef Chow Fun (Gon Chow Ngau Ho)", None, 2),
    # rice
    ("baked pork chop rice", "Baked Pork Chop Rice (Guk Zyu Pa Faan)"),
    ("pork chop rice", "Baked Pork Chop Rice (Guk Zyu Pa Faan)"),
    ("pork chop", ASK),
    ("baked seafood rice", "Baked Seafood Rice"),
    ("curry brisket on rice", "Curry Beef Brisket Rice"),
    ("young chow fried rice", "Yeung Chow Fried Rice"),
    ("salted fish fried rice", "Salted Fish & Chicken Fried Rice"),
    ("fried rice", ASK),
    ("swiss wings", "Swiss Sauce Chicken Wings with Rice"),
    # toasts and sandwiches
    ("a pork chop bun", "Pork Chop Bun (Zyu Pa Bao)"),
    ("club sandwich", "Club Sandwich"),
    ("spam and egg sandwich", "Spam & Egg Sandwich"),
    ("a sandwich", ASK),
    # drinks
    ("an iced milk tea", "HK Milk Tea (Nai Cha)", "iced"),
    ("hot milk tea", "HK Milk Tea (Nai Cha)", "hot"),
    ("two iced hong kong milk teas", "HK Milk Tea (Nai Cha)", "iced", 2),
    ("nai cha", "HK Milk Tea (Nai Cha)"),
    ("yuenyeung iced", "Yuenyeung (Coffee & Milk Tea)", "iced"),
    ("a hot yin yang", "Yuenyeung (Coffee & Milk Tea)", "hot"),
    ("coffee milk tea", "Yuenyeung (Coffee & Milk Tea)"),
    ("iced lemon tea", "Lemon Tea (Ling Mung Cha)", "iced"),
    ("a tea", ASK),
    ("two iced coffees", "Coffee", "iced", 2),
    ("hot horlicks", "Horlicks", "hot"),
    ("hot lemon coke", "Hot Lemon Coke"),
    ("red bean ice", "Red Bean Ice (Hung Dau Bing)"),
    # not on the menu
    ("char siu bao", UNKNOWN),
    ("bbq pork bun", UNKNOWN),
    ("a congee", UNKNOWN),
    ("egg waffle", UNKNOWN),
    ("baked pork chop spaghetti", UNKNOWN),
    ("curry fish balls", UNKNOWN),
    ("pineapple fried rice", UNKNOWN),
]
