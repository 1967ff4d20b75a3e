"""A Goan restaurant (the pattern of the take-out menus of Goan restaurants and cafés in Mumbai's
Bandra, London, Toronto's Mississauga and New Jersey): pork vindaloo, chicken or mutton xacuti,
chicken cafreal, pork sorpotel, prawn balchão, fish or prawn curry rice, rava fry, ros omelette,
choris pão, sannas by 2 or 4, Goan red rice, bebinca by the slice or whole, serradura, cashew or
coconut feni by the 30 ml or 60 ml peg, sol kadhi. Konkani and Portuguese-derived names with the
English. Callers drop the accents and say "pork vindaloo", "a sausage bread", "the green chicken",
"fish curry rice", "a slice of bebinca" and mishear vindaloo ("vin da loo", "vindalho"), xacuti
("sha coo tee", "shakuti"), cafreal ("ca fray al", "cafrial"), sorpotel ("sorpatel"), balchão
("bal chow", "balchao"), choris pão ("chorees pow"), bebinca ("bibinca"), serradura ("sera
dura"), feni ("fenny"). "A vindaloo", "a xacuti", "curry rice", "a rava fry", "a feni", "a
pork curry" and "a side of rice" are questions; beef vindaloo, chicken balchão, prawn
xacuti, fish recheado, crab xec xec, patoleo and chicken biryani are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Goan Kitchen"

_PEG = {"30 ml": 7.0, "60 ml": 12.0}

CATEGORIES: dict[str, list[Item]] = {
    "Petiscos (Starters)": [
        ("Prawn Rissóis", {"3 pcs": 8.0, "6 pcs": 14.0}, ("prawn", "béchamel", "crumbed pastry")),
        ("Beef Croquettes", {"3 pcs": 7.0, "6 pcs": 12.0}, ("spiced beef mince", "crumbs")),
        ("Choris Pão (Goan Sausage Bread)", 8.0, ("chouriço", "onion", "poi bread")),
        ("Ros Omelette", 9.0, ("omelette", "chicken xacuti gravy", "onion", "poi")),
        ("Kingfish Rava Fry", 15.0, ("kingfish", "red chilli masala", "semolina crust")),
        ("Prawn Rava Fry", 16.0, ("tiger prawns", "semolina crust", "lime")),
        ("Calamari Butter Garlic", 14.0, ("squid", "butter", "garlic", "green chilli")),
        ("Kismur (Dried Shrimp Salad)", 6.0, ("dried shrimp", "coconut", "onion", "tamarind")),
    ],
    "Curries": [
        ("Pork Vindaloo", 17.0, ("pork", "vinegar", "kashmiri chilli", "garlic")),
        ("Chicken Vindaloo", 16.0, ("chicken", "vinegar", "kashmiri chilli", "garlic")),
        ("Chicken Xacuti", 16.0, ("chicken", "roasted coconut", "poppy seed", "star anise")),
        ("Mutton Xacuti", 19.0, ("goat", "roasted coconut", "poppy seed")),
        ("Mushroom Xacuti", 14.0, ("mushroom", "roasted coconut", "spices")),
        ("Chicken Cafreal", 16.0, ("chicken", "green coriander chilli masala", "lime", "potato chips")),
        ("Pork Sorpotel", 17.0, ("pork", "liver", "vinegar", "spices")),
        ("Prawn Balchão", 19.0, ("prawns", "balchão pickle masala", "vinegar")),
        ("Fish Caldine", 17.0, ("pomfret", "coconut milk", "turmeric", "mild")),
        ("Pork Chilli Fry", 16.0, ("pork", "onion", "green chilli", "vinegar")),
        ("Khatkhate (Mixed Vegetable Stew)", 13.0, ("vegetables", "coconut", "tirphal")),
        ("Alsande Tonak (Cowpea Curry)", 12.0, ("black-eyed beans", "roasted coconut")),
    ],
    "Curry Rice": [
        ("Fish Curry Rice (Xitt Kodi)", 16.0, ("kingfish curry", "red rice", "fried fish",
                                                 "kismur", "pickle")),
        ("Prawn Curry Rice", 18.0, ("prawn coconut curry", "red rice", "pickle")),
        ("Chouriço Pulao (Sausage Pulao)", 16.0, ("goan sausage", "rice", "potato")),
    ],
    "Breads & Rice": [
        ("Poi (Goan Bread)", 2.5),
        ("Sanna (Steamed Rice Cakes)", {"2 pcs": 4.0, "4 pcs": 7.0}, ("rice", "coconut", "toddy")),
        ("Ukde Tandul (Goan Red Rice)", 4.0),
        ("Steamed Basmati Rice", 3.5),
    ],
    "Doces (Desserts)": [
        ("Bebinca", {"Slice": 5.0, "Whole": 40.0}, ("coconut milk", "egg yolks", "ghee", "layers")),
        ("Dodol", 4.5, ("rice flour", "coconut", "jaggery")),
        ("Serradura", 6.0, ("whipped cream", "crushed biscuit")),
        ("Bolinhas (Coconut Cookies)", 4.0, ("semolina", "coconut")),
    ],
    "Drinks": [
        ("Cashew Feni", _PEG),
        ("Coconut Feni", _PEG),
        ("Urrak", 7.0),
        ("Kingfisher Beer", 7.0),
        ("Sol Kadhi", 4.0, ("kokum", "coconut milk")),
        ("Limca", 3.0),
        ("Fresh Lime Soda", 4.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Mutton Xacuti",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # starters
    ("six prawn rissois", "Prawn Rissóis", "6 pcs"),
    ("three beef croquettes", "Beef Croquettes", "3 pcs"),
    ("choris pao", "Choris Pão (Goan Sausage Bread)"),
    ("two chorees pow", "Choris Pão (Goan Sausage Bread)", None, 2),
    ("a goan sausage bread", "Choris Pão (Goan Sausage Bread)"),
    ("ros omelette", "Ros Omelette"),
    ("kingfish rava fry", "Kingfish Rava Fry"),
    ("prawn rava fry", "Prawn Rava Fry"),
    ("a rava fry", ASK),
    ("butter garlic calamari", "Calamari Butter Garlic"),
    ("dried shrimp salad", "Kismur (Dried Shrimp Salad)"),
    # curries
    ("pork vindaloo", "Pork Vindaloo"),
    ("pork vin da loo", "Pork Vindaloo"),
    ("chicken vindalho", "Chicken Vindaloo"),
    ("a vindaloo", ASK),
    ("chicken sha coo tee", "Chicken Xacuti"),
    ("mutton shakuti", "Mutton Xacuti"),
    ("mushroom xacuti", "Mushroom Xacuti"),
    ("a xacuti", ASK),
    ("chicken cafreal", "Chicken Cafreal"),
    ("chicken ca fray al", "Chicken Cafreal"),
    ("two cafrial", "Chicken Cafreal", None, 2),
    ("sorpatel", "Pork Sorpotel"),
    ("pork sorpotel", "Pork Sorpotel"),
    ("prawn balchao", "Prawn Balchão"),
    ("prawn bal chow", "Prawn Balchão"),
    ("fish caldine", "Fish Caldine"),
    ("pork chilli fry", "Pork Chilli Fry"),
    ("khatkhate", "Khatkhate (Mixed Vegetable Stew)"),
    ("cowpea curry", "Alsande Tonak (Cowpea Curry)"),
    # curry rice, breads, rice
    ("fish curry rice", "Fish Curry Rice (Xitt Kodi)"),
    ("xitt kodi", "Fish Curry Rice (Xitt Kodi)"),
    ("two prawn curry rice", "Prawn Curry Rice", None, 2),
    ("curry rice", ASK),
    ("sausage pulao", "Chouriço Pulao (Sausage Pulao)"),
    ("three poi", "Poi (Goan Bread)", None, 3),
    ("four sannas", "Sanna (Steamed Rice Cakes)", "4 pcs"),
    ("goan red rice", "Ukde Tandul (Goan Red Rice)"),
    ("plain basmati rice", "Steamed Basmati Rice"),
    # desserts
    ("a slice of bebinca", "Bebinca", "slice"),
    ("a whole bibinca", "Bebinca", "whole"),
    ("dodol", "Dodol"),
    ("sera dura", "Serradura"),
    ("coconut cookies", "Bolinhas (Coconut Cookies)"),
    # drinks
    ("cashew feni 30 ml", "Cashew Feni", "30 ml"),
    ("coconut fenny 60 ml", "Coconut Feni", "60 ml"),
    ("a feni", ASK),
    ("a kingfisher", "Kingfisher Beer"),
    ("two sol kadhi", "Sol Kadhi", None, 2),
    ("a pork curry", ASK),
    ("a side of rice", ASK),
    # not on the menu
    ("beef vindaloo", UNKNOWN),
    ("chicken balchao", UNKNOWN),
    ("prawn xacuti", UNKNOWN),
    ("fish recheado", UNKNOWN),
    ("crab xec xec", UNKNOWN),
    ("patoleo", UNKNOWN),
    ("chicken biryani", UNKNOWN),
]
