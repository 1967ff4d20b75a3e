"""A Japanese izakaya (the pattern of the izakaya and yakitori-ya of Tokyo back streets and of
their offshoots in Manhattan's East Village, San Jose's Japantown, Vancouver and London): yakitori
priced by the skewer, most of them tare or shio (negima, momo, kawa, hatsu) and some one way only
(tsukune and tsukimi tsukune, sunagimo, reba, tebasaki, butabara), an assortment by count (5 or 10
skewers), agemono (karaage, nankotsu and geso karaage, takoyaki by count, 6 or 10, agedashi dōfu,
kaki fry, korokke), otsumami (edamame plain or garlic, hiyayakko, tako wasabi, dashimaki tamago,
gyōza), grilled fish (hokke, saba shioyaki), shime (yaki onigiri, sake chazuke, yakisoba), draft
beer Small or Large, a bottled beer, highballs, lemon sour, sake by the 1 go or the tokkuri,
umeshū. Items carry the romanised Japanese name, long vowels written with macrons where the
menu writes them, and an English gloss. Callers write long vowels as ou/uu or drop them
("gyouza", "umeshuu", "doufu", "ooroncha"), split words ("kara age"), say "salt" for shio, use
the English ("chicken skin", "fried chicken cartilage", "rolled omelet", "cold tofu"), and
speech recognition writes "lemon sawa" and "shake chazuke". "A beer", "a tokkuri of sake", "one
go of sake", "tofu", "grilled fish", "octopus" and "one skewer" alone are questions; okonomiyaki,
shrimp tempura, gyūtan, bonjiri, a spicy tuna roll, miso ramen and chicken katsu are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Izakaya Tanuki"

_TS = {"Tare": 4.0, "Shio": 4.0}
_SAKE = {"1 Go": 10.0, "Tokkuri": 18.0}

CATEGORIES: dict[str, list[Item]] = {
    "Yakitori (per skewer, tare or shio)": [
        ("Negima (Chicken Thigh and Scallion)", _TS, ("chicken thigh", "negi")),
        ("Momo (Chicken Thigh)", _TS, ("chicken thigh",)),
        ("Tsukune (Chicken Meatball, Tare)", 4.5, ("ground chicken", "tare")),
        ("Tsukimi Tsukune (Chicken Meatball with Egg Yolk)", 5.5, ("ground chicken", "tare",
                                                                    "raw egg yolk")),
        ("Kawa (Chicken Skin)", _TS, ("chicken skin",)),
        ("Sunagimo (Chicken Gizzard, Shio)", 3.5, ("chicken gizzard", "salt")),
        ("Hatsu (Chicken Heart)", _TS, ("chicken heart",)),
        ("Rebā (Chicken Liver, Tare)", 3.5, ("chicken liver", "tare")),
        ("Tebasaki (Chicken Wing, Shio)", 4.5, ("chicken wing", "salt", "lemon")),
        ("Butabara (Pork Belly, Shio)", 4.5, ("pork belly", "salt", "karashi")),
        ("Shishitō (Shishito Peppers)", 3.5, ("shishito peppers", "bonito flakes")),
        ("Yakitori Moriawase (Assorted Skewers)", {"5 Skewers": 19.0, "10 Skewers": 36.0},
         ("chef's choice of skewers",)),
    ],
    "Agemono (Fried)": [
        ("Karaage (Japanese Fried Chicken)", 10.0, ("chicken thigh", "ginger", "soy",
                                                    "kewpie mayo")),
        ("Nankotsu Karaage (Fried Chicken Cartilage)", 8.0, ("chicken cartilage", "lemon")),
        ("Ika Geso Karaage (Fried Squid Legs)", 9.0, ("squid legs", "lemon")),
        ("Takoyaki (Octopus Balls)", {"6 pieces": 8.0, "10 pieces": 12.0},
         ("octopus", "takoyaki sauce", "kewpie mayo", "bonito flakes")),
        ("Agedashi Dōfu (Fried Tofu in Dashi)", 8.0, ("tofu", "dashi", "grated daikon",
                                                       "scallion")),
        ("Kaki Fry (Fried Oysters)", 12.0, ("oysters", "panko", "tartar sauce")),
        ("Korokke (Potato Croquette)", 6.0, ("potato", "ground beef", "panko",
                                            "tonkatsu sauce")),
    ],
    "Otsumami (Small Plates)": [
        ("Edamame", 5.0, ("soybeans", "sea salt")),
        ("Garlic Edamame", 6.0, ("soybeans", "garlic", "soy butter")),
        ("Hiyayakko (Chilled Tofu)", 6.0, ("silken tofu", "ginger", "scallion",
                                           "bonito flakes")),
        ("Tako Wasabi (Raw Octopus with Wasabi)", 7.0, ("raw octopus", "wasabi stem")),
        ("Kyūri Asazuke (Lightly Pickled Cucumber)", 5.0, ("cucumber", "kombu", "chili")),
        ("Poteto Sarada (Potato Salad)", 6.0, ("potato", "cucumber", "ham", "kewpie mayo")),
        ("Dashimaki Tamago (Rolled Dashi Omelette)", 8.0, ("egg", "dashi", "grated daikon")),
        ("Gyōza (Pan-Fried Pork Dumplings, 5 pieces)", 8.0, ("pork", "cabbage", "garlic chives")),
    ],
    "Yakimono (Grilled Fish)": [
        ("Hokke (Grilled Atka Mackerel)", 16.0, ("atka mackerel", "grated daikon", "lemon")),
        ("Saba Shioyaki (Salt-Grilled Mackerel)", 13.0, ("mackerel", "salt", "grated daikon")),
    ],
    "Shime (Rice and Noodles)": [
        ("Yaki Onigiri (Grilled Rice Ball)", 4.0, ("rice", "soy glaze")),
        ("Sake Chazuke (Salmon Rice with Green Tea)", 9.0, ("rice", "grilled salmon",
                                                            "green tea", "nori")),
        ("Yakisoba (Fried Noodles)", 11.0, ("noodles", "pork", "cabbage", "yakisoba sauce")),
    ],
    "Nomimono (Drinks)": [
        ("Nama Bīru (Draft Sapporo)", {"Small": 6.0, "Large": 10.0}),
        ("Asahi Super Dry (Bottle)", 8.0),
        ("Highball (Suntory Kaku and Soda)", 9.0),
        ("Yuzu Highball", 10.0),
        ("Lemon Sour (Shōchū Chūhai)", 8.0),
        ("Atsukan (Hot House Sake)", _SAKE),
        ("Reishu (Chilled House Sake)", _SAKE),
        ("Dassai 45 Junmai Daiginjō", {"1 Go": 18.0, "Tokkuri": 34.0}),
        ("Umeshū (Plum Wine)", 9.0),
        ("Ūron Cha (Oolong Tea)", 3.5),
        ("Ramune", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Hokke (Grilled Atka Mackerel)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # yakitori
    ("two negima shio", "Negima (Chicken Thigh and Scallion)", "shio", 2),
    ("3 momo with tare", "Momo (Chicken Thigh)", "tare", 3),
    ("chicken thigh skewer salt", "Momo (Chicken Thigh)", "shio"),
    ("tsukune", "Tsukune (Chicken Meatball, Tare)"),
    ("tsukune with the egg yolk", "Tsukimi Tsukune (Chicken Meatball with Egg Yolk)"),
    ("kawa shio", "Kawa (Chicken Skin)", "shio"),
    ("uh chicken skin", "Kawa (Chicken Skin)"),
    ("sunagimo", "Sunagimo (Chicken Gizzard, Shio)"),
    ("hatsu tare", "Hatsu (Chicken Heart)", "tare"),
    ("two reba", "Rebā (Chicken Liver, Tare)", None, 2),
    ("tebasaki", "Tebasaki (Chicken Wing, Shio)"),
    ("pork belly skewer", "Butabara (Pork Belly, Shio)"),
    ("ten skewer moriawase", "Yakitori Moriawase (Assorted Skewers)", "10 skewers"),
    ("assorted yakitori five", "Yakitori Moriawase (Assorted Skewers)", "5 skewers"),
    ("uh one skewer", ASK),
    # fried
    ("karaage", "Karaage (Japanese Fried Chicken)"),
    ("kara age please", "Karaage (Japanese Fried Chicken)"),
    ("fried chicken cartilage", "Nankotsu Karaage (Fried Chicken Cartilage)"),
    ("geso karaage", "Ika Geso Karaage (Fried Squid Legs)"),
    ("takoyaki 6", "Takoyaki (Octopus Balls)", "6 pieces"),
    ("ten takoyaki", "Takoyaki (Octopus Balls)", "10 pieces"),
    ("agedashi tofu", "Agedashi Dōfu (Fried Tofu in Dashi)"),
    ("agedashi doufu", "Agedashi Dōfu (Fried Tofu in Dashi)"),
    ("fried oysters", "Kaki Fry (Fried Oysters)"),
    ("a croquette", "Korokke (Potato Croquette)"),
    ("octopus", ASK),
    ("tofu", ASK),
    # small plates
    ("edamame", "Edamame"),
    ("garlic edamame", "Garlic Edamame"),
    ("cold tofu", "Hiyayakko (Chilled Tofu)"),
    ("tako wasabi", "Tako Wasabi (Raw Octopus with Wasabi)"),
    ("rolled omelet", "Dashimaki Tamago (Rolled Dashi Omelette)"),
    ("gyouza", "Gyōza (Pan-Fried Pork Dumplings, 5 pieces)"),
    # grilled fish
    ("hokke", "Hokke (Grilled Atka Mackerel)"),
    ("saba shioyaki", "Saba Shioyaki (Salt-Grilled Mackerel)"),
    ("grilled fish", ASK),
    # rice and noodles
    ("two yaki onigiri", "Yaki Onigiri (Grilled Rice Ball)", None, 2),
    ("shake chazuke", "Sake Chazuke (Salmon Rice with Green Tea)"),
    ("yakisoba", "Yakisoba (Fried Noodles)"),
    # drinks
    ("large draft beer", "Nama Bīru (Draft Sapporo)", "large"),
    ("two small nama biru", "Nama Bīru (Draft Sapporo)", "small", 2),
    ("asahi bottle", "Asahi Super Dry (Bottle)"),
    ("a highball", "Highball (Suntory Kaku and Soda)"),
    ("lemon sawa", "Lemon Sour (Shōchū Chūhai)"),
    ("tokkuri of atsukan", "Atsukan (Hot House Sake)", "tokkuri"),
    ("one go hot sake", "Atsukan (Hot House Sake)", "1 go"),
    ("dassai tokkuri", "Dassai 45 Junmai Daiginjō", "tokkuri"),
    ("umeshuu", "Umeshū (Plum Wine)"),
    ("ooroncha", "Ūron Cha (Oolong Tea)"),
    ("a beer", ASK),
    ("a tokkuri of sake", ASK),
    ("one go of sake", ASK),
    # not on the menu
    ("okonomiyaki", UNKNOWN),
    ("shrimp tempura", UNKNOWN),
    ("gyutan", UNKNOWN),
    ("bonjiri", UNKNOWN),
    ("a spicy tuna roll", UNKNOWN),
    ("miso ramen", UNKNOWN),
    ("chicken katsu", UNKNOWN),
]
