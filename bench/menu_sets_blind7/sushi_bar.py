"""A sushi bar (the pattern of neighbourhood American sushi take-out menus): fish by its Japanese
name, each as Nigiri (2 pc) or Sashimi (3 pc) at its own price; classic maki, specialty rolls,
appetizers and combos. Callers say the English fish (salmon, yellowtail, sea urchin) for the
Japanese name, or the Japanese roll name (tekka maki, kappa maki, negihama) for the English, and
"nigiri" or "sashimi" is the size. "Salmon", "tuna", "eel", "sashimi", "a veggie roll", "crab roll"
or "a combo" alone is a question; a bottle of sake (here Sake is salmon), scallop, tamago and salmon
skin rolls are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Sushi bar"


def _ns(nigiri: float, sashimi: float) -> dict[str, float]:
    return {"Nigiri": nigiri, "Sashimi": sashimi}


CATEGORIES: dict[str, list[Item]] = {
    "Nigiri & Sashimi": [
        ("Maguro", _ns(6.5, 9.0), ("tuna", "nigiri 2 pc", "sashimi 3 pc")),
        ("Sake", _ns(6.0, 8.5), ("salmon", "nigiri 2 pc", "sashimi 3 pc")),
        ("Hamachi", _ns(7.0, 9.5), ("yellowtail", "nigiri 2 pc", "sashimi 3 pc")),
        ("Unagi", _ns(7.5, 10.0), ("freshwater eel", "eel sauce", "nigiri 2 pc", "sashimi 3 pc")),
        ("Ebi", _ns(5.5, 7.5), ("cooked shrimp", "nigiri 2 pc", "sashimi 3 pc")),
        ("Tako", _ns(6.0, 8.5), ("octopus", "nigiri 2 pc", "sashimi 3 pc")),
        ("Ikura", _ns(7.5, 10.0), ("salmon roe", "nigiri 2 pc", "sashimi 3 pc")),
        ("Uni", _ns(12.0, 16.0), ("sea urchin", "nigiri 2 pc", "sashimi 3 pc")),
        ("Otoro", _ns(14.0, 19.0), ("fatty tuna belly", "nigiri 2 pc", "sashimi 3 pc")),
    ],
    "Classic Rolls": [
        ("Tuna Roll", 6.5, ("tuna", "rice", "nori")),
        ("Salmon Roll", 6.5, ("salmon", "rice", "nori")),
        ("California Roll", 7.0, ("imitation crab", "avocado", "cucumber", "tobiko")),
        ("Spicy Tuna Roll", 8.0, ("tuna", "spicy mayo", "cucumber")),
        ("Salmon Avocado Roll", 7.5, ("salmon", "avocado")),
        ("Yellowtail Scallion Roll", 7.5, ("yellowtail", "scallion")),
        ("Eel Avocado Roll", 8.0, ("freshwater eel", "avocado", "eel sauce")),
        ("Cucumber Roll", 5.0, ("cucumber", "sesame")),
        ("Avocado Roll", 5.5, ("avocado",)),
        ("Philadelphia Roll", 7.5, ("smoked salmon", "cream cheese", "avocado")),
        ("Shrimp Tempura Roll", 9.0, ("shrimp tempura", "avocado", "cucumber", "eel sauce")),
    ],
    "Specialty Rolls": [
        ("Dragon Roll", 15.0, ("shrimp tempura", "cucumber", "eel and avocado on top", "eel sauce")),
        ("Rainbow Roll", 15.0, ("california roll", "tuna, salmon, yellowtail and white fish on top")),
        ("Spider Roll", 13.0, ("soft shell crab tempura", "avocado", "cucumber", "eel sauce")),
        ("Volcano Roll", 14.0, ("california roll", "baked spicy scallop and crab on top")),
        ("Caterpillar Roll", 14.0, ("eel", "cucumber", "avocado on top", "eel sauce")),
    ],
    "Appetizers": [
        ("Edamame", 5.5, ("steamed soybeans", "sea salt")),
        ("Miso Soup", 3.0, ("tofu", "seaweed", "scallion")),
        ("Seaweed Salad", 6.0, ("marinated seaweed", "sesame")),
        ("Gyoza", 7.0, ("6 pan-fried pork dumplings", "ponzu")),
        ("Agedashi Tofu", 7.0, ("fried tofu", "dashi broth", "bonito flakes")),
        ("Hamachi Kama", 14.0, ("grilled yellowtail collar", "ponzu")),
    ],
    "Combos & Bowls": [
        ("Sushi Combo", 22.0, ("8 pc chef's choice nigiri", "california roll", "miso soup")),
        ("Sashimi Combo", 26.0, ("15 pc chef's choice sashimi", "rice", "miso soup")),
        ("Chirashi", 26.0, ("assorted sashimi over sushi rice",)),
        ("Unagi Don", 22.0, ("grilled freshwater eel over rice", "eel sauce")),
    ],
}

SPECIALS: tuple[str, ...] = ("Otoro",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # nigiri & sashimi
    ("two orders of salmon nigiri", "Sake", "nigiri", 2),
    ("salmon sashimi", "Sake", "sashimi"),
    ("sake nigiri", "Sake", "nigiri"),
    ("maguro sashimi", "Maguro", "sashimi"),
    ("tuna nigiri", "Maguro", "nigiri"),
    ("yellowtail sashimi", "Hamachi", "sashimi"),
    ("hamachi", "Hamachi"),
    ("freshwater eel nigiri", "Unagi", "nigiri"),
    ("shrimp nigiri", "Ebi", "nigiri"),
    ("octopus sashimi", "Tako", "sashimi"),
    ("salmon roe", "Ikura"),
    ("ikura nigiri", "Ikura", "nigiri"),
    ("sea urchin", "Uni"),
    ("fatty tuna", "Otoro"),
    ("o toro sashimi", "Otoro", "sashimi"),
    ("salmon", ASK),
    ("tuna", ASK),
    ("eel", ASK),
    ("sashimi", ASK),
    # classic rolls
    ("a tuna roll", "Tuna Roll"),
    ("tekka maki", "Tuna Roll"),
    ("a salmon roll", "Salmon Roll"),
    ("two california rolls", "California Roll", None, 2),
    ("cali roll", "California Roll"),
    ("spicy tuna", "Spicy Tuna Roll"),
    ("three spicy tuna rolls", "Spicy Tuna Roll", None, 3),
    ("salmon avocado roll", "Salmon Avocado Roll"),
    ("yellowtail scallion", "Yellowtail Scallion Roll"),
    ("negihama roll", "Yellowtail Scallion Roll"),
    ("eel avocado", "Eel Avocado Roll"),
    ("kappa maki", "Cucumber Roll"),
    ("avocado roll", "Avocado Roll"),
    ("philly roll", "Philadelphia Roll"),
    ("shrimp tempura roll", "Shrimp Tempura Roll"),
    ("a veggie roll", ASK),
    ("crab roll", ASK),
    # specialty rolls
    ("dragon roll", "Dragon Roll"),
    ("rainbow roll", "Rainbow Roll"),
    ("soft shell crab roll", "Spider Roll"),
    ("volcano", "Volcano Roll"),
    ("caterpillar roll", "Caterpillar Roll"),
    # appetizers
    ("edamami", "Edamame"),
    ("two miso soups", "Miso Soup", None, 2),
    ("seaweed salad", "Seaweed Salad"),
    ("pork dumplings", "Gyoza"),
    ("agedashi tofu", "Agedashi Tofu"),
    ("yellowtail collar", "Hamachi Kama"),
    # combos & bowls
    ("sushi combo", "Sushi Combo"),
    ("sashimi platter", "Sashimi Combo"),
    ("a combo", ASK),
    ("chirashi bowl", "Chirashi"),
    ("eel over rice", "Unagi Don"),
    # not on the menu
    ("salmon skin roll", UNKNOWN),
    ("tamago", UNKNOWN),
    ("hotate nigiri", UNKNOWN),
    ("alaska roll", UNKNOWN),
    ("spicy salmon roll", UNKNOWN),
    ("chicken teriyaki", UNKNOWN),
    ("a bottle of sake", UNKNOWN),
]
