"""A Gujarati vegetarian thali and farsan house (the pattern of the Gujarati thali and farsan
shops of Edison and Iselin, NJ, Jackson Heights, Wembley and Leicester's Belgrave Road): farsan
(khaman and khatta dhokla, khandvi, patra, handvo, fafda and fafda jalebi, samosa and two
kachoris by count, 2 or 4 pieces, dabeli, sev khamani, methi na gota), two thalis (Gujarati and
Kathiyawadi) Regular or Unlimited, shaak and dal (undhiyu, sev tameta, ringan no olo, sev usal,
dal dhokli, Gujarati dal and kadhi, khichdi and khichdi kadhi), thepla by count (3 or 6), rotlo,
rotli, puri, bhakri, sweets (aam ras, shrikhand, jalebi, mohanthal, basundi) and chaas. Items
carry the Gujarati name, romanised, with an English gloss. Callers say the Gujarati romanised
several ways ("khandavi", "oondhiyu", "handva", "faafda", "sev khamni", "kathiawadi", "daal
dhokri", "aamras"), the Hindi ("sev tamatar"), or the gloss ("mango pulp", "spiced
buttermilk", "eggplant bharta", "white dhokla"). "Dhokla", "kachori", "4 kachori", "a thali",
"unlimited thali", "a vegetable shaak" and "a mithai" alone are questions; pav bhaji, paneer
butter masala, rava dhokla, dudhi thepla, dal baati, masala dosa and mango lassi are not on this
menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Swagat Gujarati Thali and Farsan House"

_PAIR = {"2 pieces": 3.5, "4 pieces": 6.5}
_THALI = {"Regular": 14.0, "Unlimited": 21.0}

CATEGORIES: dict[str, list[Item]] = {
    "Farsan (Snacks)": [
        ("Khaman Dhokla (Steamed Gram Flour Cake)", 6.0, ("gram flour", "mustard seeds",
                                                          "green chutney")),
        ("Khatta Dhokla (White Rice and Lentil Dhokla)", 6.0, ("rice", "urad dal", "yogurt",
                                                               "black pepper")),
        ("Khandvi (Gram Flour Rolls)", 7.0, ("gram flour", "yogurt", "sesame", "coconut")),
        ("Patra (Colocasia Leaf Rolls)", 7.0, ("colocasia leaves", "gram flour", "tamarind",
                                               "jaggery")),
        ("Handvo (Baked Lentil and Vegetable Cake)", 8.0, ("rice", "lentils", "bottle gourd",
                                                           "sesame")),
        ("Fafda (Fried Gram Flour Strips)", 6.0, ("gram flour", "carom", "papaya sambharo",
                                                 "kadhi chutney")),
        ("Fafda Jalebi", 9.0, ("fafda", "jalebi", "papaya sambharo")),
        ("Samosa (Potato and Pea)", _PAIR, ("potato", "peas", "tamarind chutney")),
        ("Lilva Kachori (Pigeon Pea Kachori)", {"2 pieces": 4.5, "4 pieces": 8.0},
         ("fresh pigeon peas", "coconut", "green chili")),
        ("Khasta Kachori (Moong Dal Kachori)", {"2 pieces": 4.0, "4 pieces": 7.5},
         ("moong dal", "fennel", "tamarind chutney")),
        ("Kutchi Dabeli (Spiced Potato Bun)", 5.0, ("pav", "dabeli masala potato",
                                                   "masala peanuts", "pomegranate", "sev")),
        ("Sev Khamani (Crumbled Khaman with Sev)", 7.0, ("khaman", "sev", "pomegranate",
                                                         "coriander")),
        ("Methi na Gota (Fenugreek Fritters)", 6.0, ("gram flour", "fenugreek leaves")),
        ("Dahi Vada (Lentil Dumplings in Yogurt)", 7.0, ("urad dal", "yogurt",
                                                         "tamarind chutney")),
    ],
    "Thali": [
        ("Gujarati Thali", _THALI, ("two shaak", "dal", "kadhi", "rice", "rotli", "farsan",
                                    "sweet", "chaas")),
        ("Kathiyawadi Thali", {"Regular": 16.0, "Unlimited": 23.0},
         ("sev tameta", "ringan no olo", "bajra rotlo", "khichdi", "kadhi", "chaas",
          "garlic chutney")),
    ],
    "Shaak ane Dal (Curries and Dals)": [
        ("Undhiyu (Mixed Winter Vegetables)", 13.0, ("surti papdi", "purple yam", "eggplant",
                                                     "muthiya")),
        ("Sev Tameta nu Shaak (Tomato Curry with Sev)", 10.0, ("tomato", "sev", "jaggery")),
        ("Ringan no Olo (Roasted Eggplant Bharta)", 11.0, ("fire-roasted eggplant", "garlic",
                                                           "green onion")),
        ("Batata nu Shaak (Potato Curry)", 9.0, ("potato", "mustard seeds", "turmeric")),
        ("Sev Usal (Spicy Pea Curry with Sev)", 10.0, ("white peas", "usal gravy", "sev",
                                                       "onion")),
        ("Dal Dhokli (Wheat Dumplings in Lentil Soup)", 11.0, ("toor dal", "wheat dhokli",
                                                               "peanuts", "kokum")),
        ("Gujarati Dal (Sweet and Sour Toor Dal)", 8.0, ("toor dal", "jaggery", "kokum")),
        ("Gujarati Kadhi (Yogurt and Gram Flour Curry)", 7.0, ("yogurt", "gram flour",
                                                               "curry leaves")),
        ("Khichdi (Rice and Moong Dal)", 9.0, ("rice", "moong dal", "ghee")),
        ("Khichdi Kadhi (Khichdi with Kadhi)", 12.0, ("khichdi", "gujarati kadhi")),
    ],
    "Rotli (Breads)": [
        ("Methi Thepla (Fenugreek Flatbread)", {"3 pieces": 5.0, "6 pieces": 9.0},
         ("wheat flour", "fenugreek leaves", "yogurt")),
        ("Bajra no Rotlo (Millet Flatbread)", 3.5, ("pearl millet",)),
        ("Rotli (Chapati)", 1.5),
        ("Puri", 2.5),
        ("Bhakri (Crisp Wheat Flatbread)", 2.5),
    ],
    "Mithai (Sweets)": [
        ("Aam Ras (Mango Pulp)", 6.0, ("alphonso mango",)),
        ("Aam Ras Puri", 9.0, ("aam ras", "puri")),
        ("Shrikhand (Sweet Strained Yogurt)", 6.0, ("strained yogurt", "saffron", "cardamom")),
        ("Jalebi", 5.0),
        ("Mohanthal (Gram Flour Fudge)", 6.0, ("gram flour", "ghee", "cardamom")),
        ("Basundi (Sweet Thickened Milk)", 6.0, ("milk", "sugar", "nuts")),
        ("Gulab Jamun (2 pieces)", 4.0),
    ],
    "Drinks": [
        ("Chaas (Buttermilk)", 3.0),
        ("Masala Chaas (Spiced Buttermilk)", 3.5, ("buttermilk", "cumin", "ginger",
                                                   "coriander")),
        ("Sweet Lassi", 4.0),
        ("Masala Chai", 2.5),
        ("Kokum Sharbat", 3.5),
    ],
}

SPECIALS: tuple[str, ...] = ("Undhiyu (Mixed Winter Vegetables)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # farsan
    ("khaman dhokla", "Khaman Dhokla (Steamed Gram Flour Cake)"),
    ("one plate khaman", "Khaman Dhokla (Steamed Gram Flour Cake)"),
    ("khatta dhokla", "Khatta Dhokla (White Rice and Lentil Dhokla)"),
    ("the white dhokla", "Khatta Dhokla (White Rice and Lentil Dhokla)"),
    ("khandvi", "Khandvi (Gram Flour Rolls)"),
    ("paatra", "Patra (Colocasia Leaf Rolls)"),
    ("handva", "Handvo (Baked Lentil and Vegetable Cake)"),
    ("fafda jalebi", "Fafda Jalebi"),
    ("uh faafda with jalebi", "Fafda Jalebi"),
    ("just fafda", "Fafda (Fried Gram Flour Strips)"),
    ("four samosas", "Samosa (Potato and Pea)", "4 pieces"),
    ("samosa two piece", "Samosa (Potato and Pea)", "2 pieces"),
    ("lilva kachori 2 pieces", "Lilva Kachori (Pigeon Pea Kachori)", "2 pieces"),
    ("khasta kachori", "Khasta Kachori (Moong Dal Kachori)"),
    ("a dabeli", "Kutchi Dabeli (Spiced Potato Bun)"),
    ("methi gota", "Methi na Gota (Fenugreek Fritters)"),
    ("sev khamni", "Sev Khamani (Crumbled Khaman with Sev)"),
    ("dhokla", ASK),
    ("kachori", ASK),
    ("4 kachori", ASK),
    # thali
    ("unlimited gujarati thali", "Gujarati Thali", "unlimited"),
    ("a regular kathiawadi thali", "Kathiyawadi Thali", "regular"),
    ("two gujarati thalis regular", "Gujarati Thali", "regular", 2),
    ("a thali", ASK),
    ("unlimited thali", ASK),
    # shaak and dal
    ("undhiyu", "Undhiyu (Mixed Winter Vegetables)"),
    ("oondhiyu", "Undhiyu (Mixed Winter Vegetables)"),
    ("sev tameta", "Sev Tameta nu Shaak (Tomato Curry with Sev)"),
    ("sev tamatar", "Sev Tameta nu Shaak (Tomato Curry with Sev)"),
    ("ringan no olo", "Ringan no Olo (Roasted Eggplant Bharta)"),
    ("eggplant bharta", "Ringan no Olo (Roasted Eggplant Bharta)"),
    ("sev usal", "Sev Usal (Spicy Pea Curry with Sev)"),
    ("dal dhokli", "Dal Dhokli (Wheat Dumplings in Lentil Soup)"),
    ("daal dhokri", "Dal Dhokli (Wheat Dumplings in Lentil Soup)"),
    ("gujarati dal", "Gujarati Dal (Sweet and Sour Toor Dal)"),
    ("a kadhi", "Gujarati Kadhi (Yogurt and Gram Flour Curry)"),
    ("khichdi", "Khichdi (Rice and Moong Dal)"),
    ("khichdi with kadhi", "Khichdi Kadhi (Khichdi with Kadhi)"),
    ("a vegetable shaak", ASK),
    # breads
    ("6 thepla", "Methi Thepla (Fenugreek Flatbread)", "6 pieces"),
    ("bajra rotla", "Bajra no Rotlo (Millet Flatbread)"),
    ("two bhakri", "Bhakri (Crisp Wheat Flatbread)", None, 2),
    # sweets
    ("aam ras", "Aam Ras (Mango Pulp)"),
    ("aamras with puri", "Aam Ras Puri"),
    ("mango pulp", "Aam Ras (Mango Pulp)"),
    ("shrikhand", "Shrikhand (Sweet Strained Yogurt)"),
    ("jalebi", "Jalebi"),
    ("mohanthal", "Mohanthal (Gram Flour Fudge)"),
    ("a mithai", ASK),
    # drinks
    ("masala chaas", "Masala Chaas (Spiced Buttermilk)"),
    ("spiced buttermilk", "Masala Chaas (Spiced Buttermilk)"),
    ("two masala chai", "Masala Chai", None, 2),
    # not on the menu
    ("pav bhaji", UNKNOWN),
    ("paneer butter masala", UNKNOWN),
    ("rava dhokla", UNKNOWN),
    ("dudhi thepla", UNKNOWN),
    ("dal baati", UNKNOWN),
    ("masala dosa", UNKNOWN),
    ("a mango lassi", UNKNOWN),
]
