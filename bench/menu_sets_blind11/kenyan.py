"""A Kenyan restaurant (the pattern of the take-out menus of Kenyan restaurants in the Washington
area, Dallas, Atlanta, Minneapolis and Seattle): nyama choma of goat or beef by the pound, kuku
choma by the half or whole, mshikaki, goat fry and the stews (beef, kienyeji chicken, matumbo),
coastal fish in coconut and fried tilapia, beef pilau, chicken biryani, the Kikuyu and Luo vegetable
dishes (githeri, mukimo, matoke, ndengu), sides of ugali, sukuma wiki, managu, chapati by the piece,
kachumbari, masala chips, street snacks (samosas and mandazi by the piece, bhajia, roasted maize,
smokie pasua, mutura), chai by the Cup or Pot, dawa, juices, Stoney and Kenyan beer. Swahili names
with the English. Callers say "a pound of goat", "grilled chicken", "fish in coconut sauce",
"collard greens", "roasted corn", spell or hear mshikaki as "mishkaki", mbuzi as "mboozy", ugali as
"oo gali", sukuma wiki as "sukuma weekie", pilau as "pee lau" and mandazi as "man dazi". "Nyama
choma", "a fish", "greens", "four samosas", "a sausage", "a juice" or "a beer" alone is a question;
chicken pilau, goat biryani, pork nyama choma, omena, injera, kaimati and chips mayai are not on
this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Kenyan Restaurant"

CATEGORIES: dict[str, list[Item]] = {
    "Nyama Choma (From the Grill)": [
        ("Nyama Choma ya Mbuzi (Grilled Goat)", {"1 lb": 18.0, "2 lb": 34.0},
         ("goat", "salt", "kachumbari", "ugali")),
        ("Nyama Choma ya Ng'ombe (Grilled Beef)", {"1 lb": 16.0, "2 lb": 30.0},
         ("beef", "salt", "kachumbari", "ugali")),
        ("Kuku Choma (Grilled Chicken)", {"Half": 14.0, "Whole": 26.0}, ("chicken", "lemon", "pili pili")),
        ("Mshikaki (Beef Skewers)", 12.0, ("marinated beef", "onion", "pepper")),
    ],
    "Mains (with Ugali, Rice or Chapati)": [
        ("Mbuzi Fry (Goat Fry)", 17.0, ("goat", "onion", "tomato", "dhania")),
        ("Nyama Stew (Beef Stew)", 15.0, ("beef", "tomato", "onion", "carrot", "potato")),
        ("Kuku Kienyeji (Free-Range Chicken Stew)", 18.0, ("free-range chicken", "tomato", "onion")),
        ("Matumbo (Tripe Stew)", 14.0, ("beef tripe", "tomato", "onion")),
        ("Samaki wa Kupaka (Fish in Coconut Sauce)", 19.0, ("grilled tilapia", "coconut milk",
                                                            "tamarind", "chili")),
        ("Samaki Fry (Whole Fried Tilapia)", 20.0, ("whole tilapia", "lemon", "kachumbari")),
        ("Beef Pilau", 15.0, ("rice", "beef", "pilau masala", "kachumbari")),
        ("Chicken Biryani", 16.0, ("rice", "chicken", "biryani spices", "fried onion")),
    ],
    "Vegetarian": [
        ("Githeri (Maize and Beans)", 11.0, ("maize", "beans", "tomato", "onion")),
        ("Mukimo (Mashed Potato, Greens and Maize)", 11.0, ("potato", "pumpkin leaves", "maize", "peas")),
        ("Matoke (Plantain Stew)", 12.0, ("green bananas", "tomato", "onion")),
        ("Ndengu (Green Gram Stew)", 11.0, ("mung beans", "coconut milk", "onion")),
        ("Maharagwe ya Nazi (Beans in Coconut)", 11.0, ("red kidney beans", "coconut milk")),
    ],
    "Sides": [
        ("Ugali", 3.5, ("white maize meal",)),
        ("Sukuma Wiki (Collard Greens)", 4.5, ("collard greens", "onion", "tomato")),
        ("Managu (African Nightshade Greens)", 5.5, ("nightshade leaves", "onion", "milk")),
        ("Chapati", 2.5),
        ("Wali (White Rice)", 3.5),
        ("Wali wa Nazi (Coconut Rice)", 4.5),
        ("Kachumbari (Tomato and Onion Salad)", 3.5, ("tomato", "onion", "dhania", "chili")),
        ("Kabichi (Cabbage)", 4.0),
        ("Masala Chips", 6.0, ("fries", "masala sauce", "dhania")),
        ("Chips (Fries)", 4.0),
    ],
    "Snacks (Vitafunio)": [
        ("Beef Samosa", 2.0),
        ("Vegetable Samosa", 2.0),
        ("Mandazi", 1.5, ("fried dough", "coconut milk", "cardamom")),
        ("Bhajia (Potato Fritters)", 6.0, ("potato", "gram flour batter", "chili")),
        ("Mahindi Choma (Roasted Corn)", 4.0, ("roasted maize", "lemon", "chili salt")),
        ("Smokie Pasua", 3.5, ("beef smokie", "kachumbari")),
        ("Mutura (Kenyan Sausage)", 7.0, ("goat intestine", "minced meat", "blood", "spices")),
    ],
    "Drinks (Vinywaji)": [
        ("Chai ya Maziwa (Kenyan Tea)", {"Cup": 2.5, "Pot": 8.0}, ("black tea", "milk", "sugar")),
        ("Dawa (Honey Lemon Ginger)", 4.0),
        ("Kahawa (Kenyan Coffee)", 3.0),
        ("Passion Juice", 4.0),
        ("Mango Juice", 4.0),
        ("Stoney Tangawizi", 2.5),
        ("Tusker Lager", 6.0),
        ("White Cap", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Kuku Kienyeji (Free-Range Chicken Stew)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # grill
    ("a pound of goat nyama choma", "Nyama Choma ya Mbuzi (Grilled Goat)", "1 lb"),
    ("two pounds mbuzi choma", "Nyama Choma ya Mbuzi (Grilled Goat)", "2 lb"),
    ("nyama choma beef one pound", "Nyama Choma ya Ng'ombe (Grilled Beef)", "1 lb"),
    ("nyama choma", ASK),
    ("half kuku choma", "Kuku Choma (Grilled Chicken)", "half"),
    ("a whole grilled chicken", "Kuku Choma (Grilled Chicken)", "whole"),
    ("mshikaki", "Mshikaki (Beef Skewers)"),
    ("mishkaki", "Mshikaki (Beef Skewers)"),
    # mains
    ("goat fry", "Mbuzi Fry (Goat Fry)"),
    ("mboozy fry", "Mbuzi Fry (Goat Fry)"),
    ("beef stew", "Nyama Stew (Beef Stew)"),
    ("kuku kienyeji", "Kuku Kienyeji (Free-Range Chicken Stew)"),
    ("matumbo", "Matumbo (Tripe Stew)"),
    ("fish in coconut sauce", "Samaki wa Kupaka (Fish in Coconut Sauce)"),
    ("samaki wa kupaka", "Samaki wa Kupaka (Fish in Coconut Sauce)"),
    ("fried tilapia", "Samaki Fry (Whole Fried Tilapia)"),
    ("a fish", ASK),
    ("beef pilau", "Beef Pilau"),
    ("pee lau rice", "Beef Pilau"),
    ("chicken biryani", "Chicken Biryani"),
    # vegetarian
    ("githeri", "Githeri (Maize and Beans)"),
    ("mukimo", "Mukimo (Mashed Potato, Greens and Maize)"),
    ("matoke", "Matoke (Plantain Stew)"),
    ("ndengu", "Ndengu (Green Gram Stew)"),
    ("coconut beans", "Maharagwe ya Nazi (Beans in Coconut)"),
    # sides
    ("ugali", "Ugali"),
    ("oo gali", "Ugali"),
    ("sukuma wiki", "Sukuma Wiki (Collard Greens)"),
    ("sukuma weekie", "Sukuma Wiki (Collard Greens)"),
    ("collard greens", "Sukuma Wiki (Collard Greens)"),
    ("greens", ASK),
    ("managu", "Managu (African Nightshade Greens)"),
    ("three chapati", "Chapati", None, 3),
    ("coconut rice", "Wali wa Nazi (Coconut Rice)"),
    ("kachumbari", "Kachumbari (Tomato and Onion Salad)"),
    ("masala chips", "Masala Chips"),
    ("chips", "Chips (Fries)"),
    # snacks
    ("two beef samosas", "Beef Samosa", None, 2),
    ("veggie samosa", "Vegetable Samosa"),
    ("four samosas", ASK),
    ("six man dazi", "Mandazi", None, 6),
    ("bhajia", "Bhajia (Potato Fritters)"),
    ("roasted corn", "Mahindi Choma (Roasted Corn)"),
    ("smokie pasua", "Smokie Pasua"),
    ("mutura", "Mutura (Kenyan Sausage)"),
    ("a sausage", ASK),
    # drinks
    ("a pot of chai", "Chai ya Maziwa (Kenyan Tea)", "pot"),
    ("dawa", "Dawa (Honey Lemon Ginger)"),
    ("passion juice", "Passion Juice"),
    ("a juice", ASK),
    ("stoney", "Stoney Tangawizi"),
    ("two tuskers", "Tusker Lager", None, 2),
    ("a beer", ASK),
    # not on the menu
    ("chicken pilau", UNKNOWN),
    ("goat biryani", UNKNOWN),
    ("pork nyama choma", UNKNOWN),
    ("omena", UNKNOWN),
    ("injera", UNKNOWN),
    ("kaimati", UNKNOWN),
    ("chips mayai", UNKNOWN),
]
