"""An okonomiyaki shop serving both Osaka and Hiroshima styles (the pattern of the take-out menus
of okonomiyaki and teppan shops in Osaka, Hiroshima and their branches in Los Angeles, New York
and Honolulu): Osaka-style okonomiyaki named by the main filling (buta-tama, ika-tama, ebi-tama,
mix), negiyaki, layered Hiroshima-yaki on soba or udon, modanyaki (okonomiyaki with yakisoba
inside), teppan noodles (yakisoba, shio yakisoba, yaki udon, omusoba), takoyaki by 6, 8 or 12
pieces, small teppan plates, add-on toppings, gyoza by 5 or 10, drinks (beer by the glass or
pitcher). Japanese names in romaji with English glosses.

Callers say the English ("pork okonomiyaki", "octopus balls", "salt yakisoba", "the beef tendon
scallion pancake", "pork omelet") or the short Japanese ("buta tama", "okonomi", "modan"), and
speech recognition writes "economy yaki" (okonomiyaki), "modern yaki" (modanyaki), "taco yaki",
"hero shima", "kara age". A count said with takoyaki or gyoza names the size. "An okonomiyaki",
"a Hiroshima yaki" (soba, udon or deluxe), "squid", "beef tendon", "a beer", "a tea" and "an ice cream"
are questions; monjayaki, akashiyaki, a chicken okonomiyaki, an oyster okonomiyaki, taiyaki,
tonkotsu ramen and hot sake are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Okonomiyaki Teppan House"

_TAKO = {"6 pcs": 7.0, "8 pcs": 9.0, "12 pcs": 13.0}
_TAKO_LUXE = {"6 pcs": 8.5, "8 pcs": 10.5, "12 pcs": 15.0}
_BEER = {"Glass": 7.0, "Pitcher": 21.0}

CATEGORIES: dict[str, list[Item]] = {
    "Okonomiyaki (Osaka-Style)": [
        ("Buta-Tama (Pork Okonomiyaki)", 13.0, ("cabbage batter", "pork belly", "egg", "okonomi sauce",
                                                 "mayo", "bonito flakes", "aonori")),
        ("Ika-Tama (Squid Okonomiyaki)", 14.0, ("cabbage batter", "squid", "egg", "okonomi sauce")),
        ("Ebi-Tama (Shrimp Okonomiyaki)", 15.0, ("cabbage batter", "shrimp", "egg", "okonomi sauce")),
        ("Mix-Tama (Pork, Squid & Shrimp Okonomiyaki)", 17.0, ("cabbage batter", "pork belly", "squid",
                                                                "shrimp", "egg")),
        ("Mochi Cheese Okonomiyaki", 15.0, ("cabbage batter", "pork belly", "mochi", "mozzarella")),
        ("Kimchi Buta Okonomiyaki", 15.0, ("cabbage batter", "pork belly", "kimchi")),
        ("Yasai-Tama (Vegetable Okonomiyaki)", 12.0, ("cabbage batter", "corn", "mushrooms",
                                                       "green onion", "egg")),
        ("Gyu-Suji Negiyaki (Beef Tendon Scallion Pancake)", 16.0, ("thin batter", "green onion",
                                                                     "stewed beef tendon", "konnyaku",
                                                                     "soy sauce")),
    ],
    "Hiroshima-Yaki": [
        ("Hiroshima-Yaki Soba", 16.0, ("crepe", "cabbage", "bean sprouts", "pork belly", "yakisoba noodles",
                                       "egg")),
        ("Hiroshima-Yaki Udon", 16.0, ("crepe", "cabbage", "bean sprouts", "pork belly", "udon noodles",
                                       "egg")),
        ("Hiroshima-Yaki Deluxe (Squid, Shrimp & Mochi)", 20.0, ("crepe", "cabbage", "pork belly", "squid",
                                                                 "shrimp", "mochi", "yakisoba noodles")),
    ],
    "Modanyaki": [
        ("Modanyaki (Okonomiyaki with Yakisoba)", 16.0, ("cabbage batter", "pork belly", "yakisoba noodles",
                                                         "egg")),
        ("Seafood Modanyaki", 19.0, ("cabbage batter", "squid", "shrimp", "scallop", "yakisoba noodles")),
    ],
    "Teppan Noodles": [
        ("Yakisoba (Sauce Fried Noodles)", 12.0, ("noodles", "pork belly", "cabbage", "yakisoba sauce")),
        ("Shio Yakisoba (Salt Yakisoba)", 12.0, ("noodles", "pork belly", "cabbage", "salt lemon sauce")),
        ("Yaki Udon", 13.0, ("udon", "pork belly", "cabbage", "soy butter sauce")),
        ("Omusoba (Yakisoba in Omelette)", 14.0, ("yakisoba", "omelette", "ketchup", "mayo")),
    ],
    "Takoyaki": [
        ("Takoyaki (Octopus Balls)", _TAKO, ("octopus", "batter", "takoyaki sauce", "mayo",
                                             "bonito flakes")),
        ("Negi Takoyaki (Green Onion & Ponzu)", _TAKO_LUXE, ("octopus", "batter", "green onion", "ponzu")),
        ("Cheese Mentaiko Takoyaki", _TAKO_LUXE, ("octopus", "batter", "cheese", "spicy cod roe mayo")),
    ],
    "Teppan Small Plates": [
        ("Tonpei-Yaki (Pork Omelet)", 9.0, ("pork belly", "egg", "cabbage", "okonomi sauce")),
        ("Doteyaki (Beef Tendon Miso Stew)", 9.0, ("beef tendon", "konnyaku", "miso")),
        ("Ika Geso Yaki (Grilled Squid Legs)", 9.0, ("squid legs", "soy butter")),
        ("Tofu Steak", 8.0, ("tofu", "ginger soy", "bonito flakes")),
        ("Butter Corn", 6.0, ("corn", "butter", "soy sauce")),
        ("Karaage (Fried Chicken)", 10.0, ("chicken thigh", "ginger soy marinade", "lemon")),
        ("Gyoza (Pan-Fried Dumplings)", {"5 pcs": 7.0, "10 pcs": 12.0}, ("pork", "cabbage", "chive")),
        ("Yaki Onigiri (Grilled Rice Balls, 2)", 6.0, ("rice", "soy glaze")),
        ("Edamame", 5.0, ("soybeans", "sea salt")),
    ],
    "Toppings": [
        ("Add Mochi", 2.5),
        ("Add Cheese", 2.5),
        ("Add Egg", 1.5),
        ("Add Green Onion", 2.0),
        ("Add Noodles (Soba or Udon)", 3.5),
    ],
    "Drinks": [
        ("Sapporo Draft", _BEER),
        ("Asahi Super Dry Draft", _BEER),
        ("Lemon Sour (Chu-Hi)", 8.0),
        ("Suntory Highball", 9.0),
        ("Oolong Tea", 3.0),
        ("Green Tea", 3.0),
        ("Ramune", 4.0),
        ("Calpico", 4.0),
    ],
    "Dessert": [
        ("Matcha Ice Cream", 5.0),
        ("Black Sesame Ice Cream", 5.0),
    ],
}

SPECIALS: tuple[str, ...] = ()

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # okonomiyaki
    ("buta tama", "Buta-Tama (Pork Okonomiyaki)"),
    ("two pork okonomiyaki", "Buta-Tama (Pork Okonomiyaki)", None, 2),
    ("a pork economy yaki", "Buta-Tama (Pork Okonomiyaki)"),
    ("squid okonomiyaki", "Ika-Tama (Squid Okonomiyaki)"),
    ("ika tama", "Ika-Tama (Squid Okonomiyaki)"),
    ("a shrimp okonomi", "Ebi-Tama (Shrimp Okonomiyaki)"),
    ("the mix okonomiyaki", "Mix-Tama (Pork, Squid & Shrimp Okonomiyaki)"),
    ("mochi cheese okonomiyaki", "Mochi Cheese Okonomiyaki"),
    ("kimchi pork okonomiyaki", "Kimchi Buta Okonomiyaki"),
    ("yasai tama", "Yasai-Tama (Vegetable Okonomiyaki)"),
    ("negiyaki", "Gyu-Suji Negiyaki (Beef Tendon Scallion Pancake)"),
    ("the beef tendon scallion pancake", "Gyu-Suji Negiyaki (Beef Tendon Scallion Pancake)"),
    ("an okonomiyaki", ASK),
    # hiroshima and modan
    ("hiroshima style with soba", "Hiroshima-Yaki Soba"),
    ("hero shima yaki udon", "Hiroshima-Yaki Udon"),
    ("hiroshima deluxe", "Hiroshima-Yaki Deluxe (Squid, Shrimp & Mochi)"),
    ("a hiroshima yaki", ASK),
    ("modanyaki", "Modanyaki (Okonomiyaki with Yakisoba)"),
    ("two modern yaki", "Modanyaki (Okonomiyaki with Yakisoba)", None, 2),
    ("okonomiyaki with yakisoba inside", "Modanyaki (Okonomiyaki with Yakisoba)"),
    ("seafood modan yaki", "Seafood Modanyaki"),
    # noodles
    ("yakisoba", "Yakisoba (Sauce Fried Noodles)"),
    ("salt yakisoba", "Shio Yakisoba (Salt Yakisoba)"),
    ("shio yaki soba", "Shio Yakisoba (Salt Yakisoba)"),
    ("yaki udon", "Yaki Udon"),
    ("omusoba", "Omusoba (Yakisoba in Omelette)"),
    # takoyaki
    ("eight takoyaki", "Takoyaki (Octopus Balls)", "8 pcs"),
    ("takoyaki twelve pieces", "Takoyaki (Octopus Balls)", "12 pcs"),
    ("octopus balls six", "Takoyaki (Octopus Balls)", "6 pcs"),
    ("taco yaki", "Takoyaki (Octopus Balls)"),
    ("two orders of takoyaki 8 piece", "Takoyaki (Octopus Balls)", "8 pcs", 2),
    ("green onion takoyaki 12", "Negi Takoyaki (Green Onion & Ponzu)", "12 pcs"),
    ("mentaiko cheese takoyaki six", "Cheese Mentaiko Takoyaki", "6 pcs"),
    # small plates
    ("tonpei yaki", "Tonpei-Yaki (Pork Omelet)"),
    ("a pork omelet", "Tonpei-Yaki (Pork Omelet)"),
    ("dote yaki", "Doteyaki (Beef Tendon Miso Stew)"),
    ("grilled squid legs", "Ika Geso Yaki (Grilled Squid Legs)"),
    ("beef tendon", ASK),
    ("squid", ASK),
    ("kara age", "Karaage (Fried Chicken)"),
    ("ten gyoza", "Gyoza (Pan-Fried Dumplings)", "10 pcs"),
    ("yaki onigiri", "Yaki Onigiri (Grilled Rice Balls, 2)"),
    ("extra mochi", "Add Mochi"),
    ("add an egg", "Add Egg"),
    # drinks and dessert
    ("a pitcher of sapporo", "Sapporo Draft", "pitcher"),
    ("two glasses of asahi", "Asahi Super Dry Draft", "glass", 2),
    ("a beer", ASK),
    ("a chuhai", "Lemon Sour (Chu-Hi)"),
    ("calpis", "Calpico"),
    ("a tea", ASK),
    ("an ice cream", ASK),
    ("black sesame ice cream", "Black Sesame Ice Cream"),
    # not on the menu
    ("monjayaki", UNKNOWN),
    ("akashiyaki", UNKNOWN),
    ("a chicken okonomiyaki", UNKNOWN),
    ("oyster okonomiyaki", UNKNOWN),
    ("taiyaki", UNKNOWN),
    ("tonkotsu ramen", UNKNOWN),
    ("hot sake", UNKNOWN),
]
