"""A Japanese ramen shop (the pattern of US ramen-ya menus): bowls by broth (tonkotsu, kuro
tonkotsu with black garlic oil, shoyu, shio, miso, spicy miso, tantanmen, vegetable, tsukemen)
in Regular or Large, small plates, rice bowls, toppings (kaedama, ajitama, extra chashu) and
Japanese drinks. Callers say the English for the broth ("soy sauce ramen", "salt ramen") or the
ASR mangles it ("show you ramen", "skemen"). "Ramen", "spicy ramen" or "a beer" alone is a
question; chicken paitan and udon are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Ramen shop"


def _bowl(regular: float, large: float) -> dict[str, float]:
    return {"Regular": regular, "Large": large}


CATEGORIES: dict[str, list[Item]] = {
    "Ramen": [
        ("Tonkotsu Ramen", _bowl(16.0, 19.0), ("pork bone broth", "chashu", "ajitama", "kikurage")),
        ("Kuro Tonkotsu", _bowl(17.0, 20.0), ("pork bone broth", "black garlic oil", "chashu", "ajitama")),
        ("Shoyu Ramen", _bowl(15.0, 18.0), ("soy sauce chicken broth", "chashu", "menma", "nori")),
        ("Shio Ramen", _bowl(15.0, 18.0), ("salt chicken broth", "chashu", "menma", "yuzu")),
        ("Miso Ramen", _bowl(16.0, 19.0), ("miso broth", "ground pork", "corn", "bean sprouts", "chashu")),
        ("Spicy Miso Ramen", _bowl(17.0, 20.0), ("spicy miso broth", "ground pork", "chili oil", "chashu")),
        ("Tantanmen", _bowl(17.0, 20.0), ("sesame chili broth", "spicy ground pork", "bok choy")),
        ("Vegetable Ramen", _bowl(15.0, 18.0), ("vegetable broth", "tofu", "corn", "mushroom", "bok choy")),
        ("Tsukemen", _bowl(17.0, 20.0), ("thick dipping noodles", "rich pork dipping broth", "chashu")),
    ],
    "Small Plates": [
        ("Gyoza", 8.0, ("5 pan-fried pork dumplings",)),
        ("Karaage", 9.0, ("japanese fried chicken", "kewpie mayo", "lemon")),
        ("Takoyaki", 9.0, ("6 octopus balls", "takoyaki sauce", "bonito flakes")),
        ("Edamame", 6.0, ("steamed soybeans", "sea salt")),
        ("Chashu Bun", 7.0, ("steamed bun", "braised pork belly", "hoisin", "cucumber")),
        ("Shishito Peppers", 8.0, ("blistered shishito", "bonito flakes", "ponzu")),
    ],
    "Rice Bowls": [
        ("Chashu Don", 8.0, ("rice", "chopped chashu", "scallion", "tare")),
        ("Karaage Don", 9.0, ("rice", "karaage", "teriyaki mayo")),
        ("Steamed Rice", 3.0, ("bowl of rice",)),
    ],
    "Toppings": [
        ("Kaedama", 3.0, ("extra noodles",)),
        ("Ajitama", 2.5, ("soft-boiled marinated egg",)),
        ("Extra Chashu", 4.5, ("2 slices pork belly",)),
        ("Butter Corn", 2.5, ("sweet corn", "butter")),
    ],
    "Drinks": [
        ("Ramune", 4.0, ("japanese marble soda",)),
        ("Iced Green Tea", 3.5, ("unsweetened",)),
        ("Calpico", 4.0, ("yogurt soda",)),
        ("Sapporo", 7.0, ("japanese lager", "draft")),
        ("Asahi", 7.0, ("japanese lager", "bottle")),
    ],
}

SPECIALS: tuple[str, ...] = ("Kuro Tonkotsu",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # ramen
    ("tonkotsu ramen", "Tonkotsu Ramen"),
    ("two large tonkotsu ramen", "Tonkotsu Ramen", "large", 2),
    ("a regular tonkatsu ramen", "Tonkotsu Ramen", "regular"),
    ("the black garlic ramen", "Kuro Tonkotsu"),
    ("kuro tonkotsu large", "Kuro Tonkotsu", "large"),
    ("shoyu ramen", "Shoyu Ramen"),
    ("show you ramen", "Shoyu Ramen"),
    ("soy sauce ramen", "Shoyu Ramen"),
    ("salt ramen", "Shio Ramen"),
    ("shio ramen regular", "Shio Ramen", "regular"),
    ("miso ramen", "Miso Ramen"),
    ("three miso ramens", "Miso Ramen", None, 3),
    ("large spicy miso", "Spicy Miso Ramen", "large"),
    ("tan tan men", "Tantanmen"),
    ("dan dan ramen", "Tantanmen"),
    ("veggie ramen", "Vegetable Ramen"),
    ("vegetarian ramen", "Vegetable Ramen"),
    ("the dipping noodles", "Tsukemen"),
    ("skemen", "Tsukemen"),
    ("ramen", ASK),
    ("spicy ramen", ASK),
    ("a large ramen", ASK),
    # small plates
    ("an order of gyoza", "Gyoza"),
    ("two orders of pot stickers", "Gyoza", None, 2),
    ("chicken karaage", "Karaage"),
    ("karaage", "Karaage"),
    ("octopus balls", "Takoyaki"),
    ("tako yaki", "Takoyaki"),
    ("edamame", "Edamame"),
    ("two pork buns", "Chashu Bun", None, 2),
    ("chashu bun", "Chashu Bun"),
    ("blistered shishitos", "Shishito Peppers"),
    # rice bowls
    ("chashu don", "Chashu Don"),
    ("pork rice bowl", "Chashu Don"),
    ("karaage rice bowl", "Karaage Don"),
    ("a side of rice", "Steamed Rice"),
    ("rice bowl", ASK),
    # toppings
    ("extra noodles", "Kaedama"),
    ("kae dama", "Kaedama"),
    ("add a seasoned egg", "Ajitama"),
    ("ramen egg", "Ajitama"),
    ("extra pork", "Extra Chashu"),
    ("corn butter", "Butter Corn"),
    # drinks
    ("ramune", "Ramune"),
    ("two iced green teas", "Iced Green Tea", None, 2),
    ("a calpis", "Calpico"),
    ("sapporo draft", "Sapporo"),
    ("asahi", "Asahi"),
    ("a beer", ASK),
    ("a soda", ASK),
    # not on the menu
    ("chicken paitan ramen", UNKNOWN),
    ("tempura udon", UNKNOWN),
    ("california roll", UNKNOWN),
    ("yakisoba", UNKNOWN),
    ("katsu curry", UNKNOWN),
    ("hot sake", UNKNOWN),
    ("mochi ice cream", UNKNOWN),
]
