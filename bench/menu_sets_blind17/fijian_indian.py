"""A Fiji-Indian take-out (the pattern of Fiji-Indian curry house and roti shop menus in Suva,
Auckland's Ōtāhuhu and Papatoetoe, Sydney's Liverpool and the San Francisco Bay Area): goat,
chicken, lamb, fish and duck curry with rice or roti, dhal, bhaji, baigan and aloo curry, roti
parcels by count (2 or 4), pakoras and bara by count, kokoda, lolo (coconut cream) fish and
chicken, rourou, palusami, cassava, gulgula, lakdi, Fiji Bitter, Fiji Gold, kava by the bowl
(single or 4-bowl jug). Items are named in Fiji Hindi or Fijian with English glosses in
parentheses. Callers say the English ("goat curry", "raw fish salad", "taro leaves in coconut"),
the Fiji Hindi or Fijian ("bakra curry", "murgi", "dal", "lolo ika"), misspell or mishear it
("ko konda", "row row", "palu sami", "gul gula", "yaqona", "grog") and count roti parcels and
pakoras. "A curry", "a curry with roti", "a roti parcel", "four roti parcels", "something in
lolo", "a beer" and "a fiji beer" are questions; butter chicken, samosas, lovo, goat biryani, a
beef curry, a prawn curry and a lamb roti parcel are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Bula Curry House"

_PARCEL = {"2 pieces": 9.0, "4 pieces": 16.0}
_PLATE = {"with Rice": 16.0, "with Roti": 16.0}

CATEGORIES: dict[str, list[Item]] = {
    "Curries (with Rice or Roti)": [
        ("Bakra Curry (Goat Curry)", {"with Rice": 19.0, "with Roti": 19.0}, ("goat", "potato",
                                                                             "masala", "curry leaves")),
        ("Murgi Curry (Chicken Curry)", _PLATE, ("chicken", "potato", "masala")),
        ("Lamb Curry", {"with Rice": 18.0, "with Roti": 18.0}, ("lamb", "potato", "masala")),
        ("Machhli Curry (Fish Curry)", {"with Rice": 17.0, "with Roti": 17.0}, ("walu fish",
                                                                               "tomato", "masala")),
        ("Batak Curry (Duck Curry)", {"with Rice": 20.0, "with Roti": 20.0}, ("duck", "masala")),
        ("Dhal and Rice", 10.0, ("yellow split peas", "jeera", "garlic", "rice")),
        ("Baigan Curry (Eggplant Curry)", _PLATE, ("eggplant", "potato", "masala")),
        ("Aloo Curry (Potato Curry)", 12.0, ("potato", "masala", "coriander")),
        ("Bhaji (Spinach Curry)", 12.0, ("amaranth leaves", "garlic", "chili")),
        ("Chana Curry (Chickpea Curry)", 12.0, ("chickpeas", "masala")),
    ],
    "Roti Parcels": [
        ("Goat Curry Roti Parcel", {"2 pieces": 11.0, "4 pieces": 20.0}, ("roti", "goat curry")),
        ("Chicken Curry Roti Parcel", _PARCEL, ("roti", "chicken curry")),
        ("Dhal Roti Parcel", {"2 pieces": 7.0, "4 pieces": 12.0}, ("roti", "dhal")),
        ("Potato Roti Parcel", {"2 pieces": 7.0, "4 pieces": 12.0}, ("roti", "aloo curry")),
        ("Plain Roti", 1.5),
        ("Dhal Puri (Roti Stuffed with Split Peas)", 2.5),
    ],
    "Snacks (Nasta)": [
        ("Pakora (Vegetable Fritters)", {"6 pieces": 6.0, "12 pieces": 11.0}, ("besan", "spinach",
                                                                              "onion")),
        ("Chicken Pakora", {"6 pieces": 8.0, "12 pieces": 15.0}, ("chicken", "besan")),
        ("Bara (Split Pea Fritters)", {"4 pieces": 5.0, "8 pieces": 9.0}, ("split peas", "chili")),
        ("Bhajia (Onion Fritters)", 6.0, ("onion", "besan")),
        ("Chutney Sandwich", 5.0, ("bread", "coriander chutney")),
        ("Cassava Chips (Tavioka)", 6.0, ("cassava", "salt")),
    ],
    "Fijian Dishes": [
        ("Kokoda (Raw Fish in Coconut and Lime)", 16.0, ("walu fish", "lime", "coconut cream",
                                                         "chili", "onion")),
        ("Ika Vakalolo (Fish in Lolo)", 18.0, ("fish", "coconut cream", "onion")),
        ("Chicken in Lolo (Chicken in Coconut Cream)", 17.0, ("chicken", "coconut cream")),
        ("Rourou (Taro Leaves in Lolo)", 9.0, ("taro leaves", "coconut cream", "onion")),
        ("Rourou with Tinned Fish", 12.0, ("taro leaves", "coconut cream", "tinned mackerel")),
        ("Palusami (Taro Leaf and Corned Beef Parcels)", 13.0, ("taro leaves", "corned beef",
                                                                "coconut cream")),
        ("Dalo (Boiled Taro)", 5.0),
        ("Tavioka (Boiled Cassava)", 5.0),
        ("Lolo Buns (Coconut Buns)", 4.0, ("flour", "coconut cream")),
    ],
    "Sweets": [
        ("Gulgula (Banana Fritters)", {"4 pieces": 4.0, "8 pieces": 7.0}, ("banana", "flour",
                                                                           "sugar")),
        ("Lakdi (Sweet Sticks)", 4.0, ("flour", "sugar", "sesame")),
        ("Vakalavalava (Cassava Pudding)", 6.0, ("cassava", "coconut", "sugar")),
        ("Gulab Jamun", 5.0, ("milk powder", "syrup")),
        ("Sawai (Sweet Vermicelli)", 5.0, ("vermicelli", "milk", "cardamom")),
    ],
    "Drinks": [
        ("Fiji Bitter", 7.0),
        ("Fiji Gold", 7.0),
        ("Kava (Yaqona)", {"Bowl": 3.0, "4-Bowl Jug": 10.0}),
        ("Mango Lassi", 5.0),
        ("Masala Tea", 3.0),
        ("Fiji Water", 3.0),
        ("Lemon Leaf Tea (Draunimoli)", 3.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Kokoda (Raw Fish in Coconut and Lime)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # curries
    ("goat curry with rice", "Bakra Curry (Goat Curry)", "with rice"),
    ("bakra curry with roti", "Bakra Curry (Goat Curry)", "with roti"),
    ("two goat curry", "Bakra Curry (Goat Curry)", None, 2),
    ("chicken curry and rice", "Murgi Curry (Chicken Curry)", "with rice"),
    ("murgi curry", "Murgi Curry (Chicken Curry)"),
    ("moorgie curry with roti", "Murgi Curry (Chicken Curry)", "with roti"),
    ("fish curry with rice", "Machhli Curry (Fish Curry)", "with rice"),
    ("duck curry", "Batak Curry (Duck Curry)"),
    ("dal and rice", "Dhal and Rice"),
    ("eggplant curry", "Baigan Curry (Eggplant Curry)"),
    ("baingan curry with roti", "Baigan Curry (Eggplant Curry)", "with roti"),
    ("aloo curry", "Aloo Curry (Potato Curry)"),
    ("bhaji", "Bhaji (Spinach Curry)"),
    ("chickpea curry", "Chana Curry (Chickpea Curry)"),
    ("a curry", ASK),
    ("a curry with roti", ASK),
    # roti parcels
    ("four goat roti parcels", "Goat Curry Roti Parcel", "4 pieces"),
    ("2 chicken roti parcels", "Chicken Curry Roti Parcel", "2 pieces"),
    ("uh dhal roti parcel two", "Dhal Roti Parcel", "2 pieces"),
    ("potato roti parcel", "Potato Roti Parcel"),
    ("three plain roti", "Plain Roti", None, 3),
    ("dal puri", "Dhal Puri (Roti Stuffed with Split Peas)"),
    ("a roti parcel", ASK),
    ("four roti parcels", ASK),
    # snacks
    ("12 pakoras", "Pakora (Vegetable Fritters)", "12 pieces"),
    ("vegetable pakora", "Pakora (Vegetable Fritters)"),
    ("six chicken pakora", "Chicken Pakora", "6 pieces"),
    ("bara eight", "Bara (Split Pea Fritters)", "8 pieces"),
    ("onion bhajia", "Bhajia (Onion Fritters)"),
    ("cassava chips", "Cassava Chips (Tavioka)"),
    # fijian dishes
    ("kokoda", "Kokoda (Raw Fish in Coconut and Lime)"),
    ("ko konda", "Kokoda (Raw Fish in Coconut and Lime)"),
    ("raw fish salad", "Kokoda (Raw Fish in Coconut and Lime)"),
    ("ika vakalolo", "Ika Vakalolo (Fish in Lolo)"),
    ("chicken in lolo", "Chicken in Lolo (Chicken in Coconut Cream)"),
    ("row row", "Rourou (Taro Leaves in Lolo)"),
    ("rourou with tin fish", "Rourou with Tinned Fish"),
    ("palu sami", "Palusami (Taro Leaf and Corned Beef Parcels)"),
    ("two palusami", "Palusami (Taro Leaf and Corned Beef Parcels)", None, 2),
    ("boiled dalo", "Dalo (Boiled Taro)"),
    ("something in lolo", ASK),
    # sweets
    ("gul gula eight", "Gulgula (Banana Fritters)", "8 pieces"),
    ("banana fritters", "Gulgula (Banana Fritters)"),
    ("lakdi", "Lakdi (Sweet Sticks)"),
    ("gulab jamun", "Gulab Jamun"),
    # drinks
    ("two fiji bitter", "Fiji Bitter", None, 2),
    ("fiji gold", "Fiji Gold"),
    ("a jug of grog", "Kava (Yaqona)", "4-bowl jug"),
    ("a bowl of yaqona", "Kava (Yaqona)", "bowl"),
    ("a beer", ASK),
    ("a fiji beer", ASK),
    # not on the menu
    ("butter chicken", UNKNOWN),
    ("samosas", UNKNOWN),
    ("lovo", UNKNOWN),
    ("goat biryani", UNKNOWN),
    ("beef curry", UNKNOWN),
    ("prawn curry", UNKNOWN),
    ("lamb roti parcel", UNKNOWN),
]
