"""A Cantonese barbecue shop (the pattern of the siu mei take-out menus of Manhattan's and
Flushing's Chinatowns, Sunset Park, San Francisco, Oakland and Richmond BC): roast meats hung in
the window and sold by the portion (char siu, crispy roast pork and spare ribs by the 1/2 lb or the
1 lb, roast duck by the Quarter, Half or Whole, soy sauce and white cut chicken by the Half or
Whole), the same meats chopped over rice alone or as two- and three-meat combos, wonton and other
noodle soups, lo mein and chow fun, congee with fried dough sticks, greens with oyster sauce, Hong
Kong milk tea and lemon tea Hot or Iced. Cantonese names with the English, as such menus print
them. Callers say "bbq pork", "roast pork", "half a duck", "a pound of char siu", "three meats on
rice", "wonton noodles", "century egg congee", "a youtiao", and speech recognition writes "cha
shu", "char shoe", "sue yuk", "see yow gai", "won ton min", "ngau lam", "jook", "gai lahn".
"Half a chicken" (soy sauce or white cut), "chicken over rice", "a combo over rice", "wontons",
"bbq pork noodles" (soup or lo mein), "a congee", "greens with oyster sauce" and "a tea" alone are
questions; roast goose, Peking duck, shrimp dumpling (sui gow) noodle soup, chicken feet, yuen
yeung, pork chop over rice and Chinese sausage over rice are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Cantonese BBQ"

_BY_WEIGHT = {"1/2 lb": 9.5, "1 lb": 18.0}
_CHICKEN = {"Half": 14.0, "Whole": 26.0}
_HOT_ICED = {"Hot": 3.5, "Iced": 4.0}

CATEGORIES: dict[str, list[Item]] = {
    "Siu Mei (Roast Meats)": [
        ("Char Siu (BBQ Pork)", _BY_WEIGHT, ("honey glazed pork shoulder",)),
        ("Siu Yuk (Crispy Roast Pork)", {"1/2 lb": 10.0, "1 lb": 19.0}, ("pork belly", "crackling skin",
                                                                          "five spice")),
        ("Roast Duck (Siu Ngap)", {"Quarter": 12.0, "Half": 22.0, "Whole": 40.0},
         ("roast duck", "plum sauce")),
        ("Soy Sauce Chicken (See Yau Gai)", _CHICKEN, ("chicken poached in soy master stock",)),
        ("White Cut Chicken (Bak Chit Gai)", _CHICKEN, ("poached chicken", "ginger scallion sauce")),
        ("BBQ Spare Ribs (Siu Pai Gwat)", {"1/2 lb": 10.5, "1 lb": 20.0}, ("pork spare ribs",
                                                                            "char siu glaze")),
    ],
    "Over Rice": [
        ("Char Siu over Rice", 11.0, ("bbq pork", "rice", "bok choy")),
        ("Siu Yuk over Rice", 11.5, ("crispy roast pork", "rice", "bok choy")),
        ("Roast Duck over Rice", 12.5, ("roast duck", "rice", "bok choy")),
        ("Soy Sauce Chicken over Rice", 11.0, ("soy sauce chicken", "rice", "bok choy")),
        ("White Cut Chicken over Rice", 11.0, ("white cut chicken", "ginger scallion sauce", "rice")),
        ("BBQ Spare Ribs over Rice", 12.0, ("bbq spare ribs", "rice", "bok choy")),
        ("Char Siu & Siu Yuk over Rice", 12.5, ("bbq pork", "crispy roast pork", "rice")),
        ("Roast Duck & Char Siu over Rice", 13.5, ("roast duck", "bbq pork", "rice")),
        ("Three Roast Meats over Rice (Sam Bo Faan)", 15.0, ("roast duck", "bbq pork",
                                                              "crispy roast pork", "rice")),
    ],
    "Noodle Soups": [
        ("Wonton Noodle Soup (Wun Tun Min)", 10.0, ("shrimp wontons", "egg noodles", "broth",
                                                    "chives")),
        ("Wonton Soup", 9.0, ("shrimp wontons", "broth", "chives")),
        ("Beef Brisket Noodle Soup (Ngau Lam Min)", 12.0, ("stewed beef brisket", "egg noodles",
                                                           "broth")),
        ("Roast Duck Noodle Soup", 12.0, ("roast duck", "egg noodles", "broth")),
        ("Char Siu Noodle Soup", 11.0, ("bbq pork", "egg noodles", "broth")),
        ("Fish Ball Noodle Soup", 10.0, ("fish balls", "rice noodles", "broth")),
    ],
    "Lo Mein & Chow Fun": [
        ("Ginger Scallion Lo Mein", 9.0, ("egg noodles", "ginger", "scallion", "oyster sauce")),
        ("Char Siu Lo Mein", 11.0, ("egg noodles", "bbq pork", "bean sprouts")),
        ("Beef Chow Fun (Gon Chow Ngau Ho)", 13.0, ("wide rice noodles", "beef", "bean sprouts",
                                                    "dark soy")),
    ],
    "Congee (Jook)": [
        ("Preserved Egg & Pork Congee (Pei Dan Sau Yuk Jook)", 8.5, ("rice porridge", "century egg",
                                                                     "salted pork")),
        ("Fish Congee (Yu Pin Jook)", 9.0, ("rice porridge", "sliced fish", "ginger")),
        ("Beef Congee (Ngau Yuk Jook)", 9.0, ("rice porridge", "sliced beef", "scallion")),
        ("Sampan Congee (Teng Jai Jook)", 9.5, ("rice porridge", "squid", "pork skin", "peanuts",
                                                 "fish")),
        ("Yau Char Kwai (Fried Dough Stick)", 2.5),
    ],
    "Vegetables & Sides": [
        ("Gai Lan with Oyster Sauce (Chinese Broccoli)", 8.0),
        ("Yau Choy with Oyster Sauce", 8.0),
        ("Steamed Rice", 2.0),
        ("Extra Ginger Scallion Sauce", 1.0),
    ],
    "Drinks": [
        ("Hong Kong Milk Tea", _HOT_ICED),
        ("Lemon Tea", _HOT_ICED),
        ("Chrysanthemum Tea", 3.0),
        ("Soy Milk (Dau Jeung)", 3.0),
        ("Canned Soda", 1.75),
    ],
}

SPECIALS: tuple[str, ...] = ("BBQ Spare Ribs (Siu Pai Gwat)",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # roast meats by the portion
    ("a pound of char siu", "Char Siu (BBQ Pork)", "1 lb"),
    ("half pound bbq pork", "Char Siu (BBQ Pork)", "1/2 lb"),
    ("char shoe one pound", "Char Siu (BBQ Pork)", "1 lb"),
    ("a pound of roast pork", "Siu Yuk (Crispy Roast Pork)", "1 lb"),
    ("sue yuk half a pound", "Siu Yuk (Crispy Roast Pork)", "1/2 lb"),
    ("crispy pork belly", "Siu Yuk (Crispy Roast Pork)"),
    ("half a roast duck", "Roast Duck (Siu Ngap)", "half"),
    ("a quarter duck", "Roast Duck (Siu Ngap)", "quarter"),
    ("two whole roast ducks", "Roast Duck (Siu Ngap)", "whole", 2),
    ("siu ngap", "Roast Duck (Siu Ngap)"),
    ("half soy sauce chicken", "Soy Sauce Chicken (See Yau Gai)", "half"),
    ("see yow gai whole", "Soy Sauce Chicken (See Yau Gai)", "whole"),
    ("a whole white cut chicken", "White Cut Chicken (Bak Chit Gai)", "whole"),
    ("half a chicken", ASK),
    # over rice
    ("bbq pork over rice", "Char Siu over Rice"),
    ("cha shu fan", "Char Siu over Rice"),
    ("roast pork on rice", "Siu Yuk over Rice"),
    ("two roast duck over rice", "Roast Duck over Rice", None, 2),
    ("chicken over rice", ASK),
    ("spare ribs over rice", "BBQ Spare Ribs over Rice"),
    ("bbq pork and roast pork over rice", "Char Siu & Siu Yuk over Rice"),
    ("duck and char siu on rice", "Roast Duck & Char Siu over Rice"),
    ("three meats on rice", "Three Roast Meats over Rice (Sam Bo Faan)"),
    ("sam bo fan", "Three Roast Meats over Rice (Sam Bo Faan)"),
    ("a combo over rice", ASK),
    # noodle soups, lo mein, chow fun
    ("wonton noodle soup", "Wonton Noodle Soup (Wun Tun Min)"),
    ("won ton min", "Wonton Noodle Soup (Wun Tun Min)"),
    ("two wonton noodles", "Wonton Noodle Soup (Wun Tun Min)", None, 2),
    ("wonton soup no noodles", "Wonton Soup"),
    ("wontons", ASK),
    ("beef brisket noodle soup", "Beef Brisket Noodle Soup (Ngau Lam Min)"),
    ("ngau lam mein", "Beef Brisket Noodle Soup (Ngau Lam Min)"),
    ("fish ball noodles", "Fish Ball Noodle Soup"),
    ("bbq pork noodles", ASK),
    ("char siu lo mein", "Char Siu Lo Mein"),
    ("ginger scallion noodles", "Ginger Scallion Lo Mein"),
    ("dry fried beef chow fun", "Beef Chow Fun (Gon Chow Ngau Ho)"),
    ("beef ho fun", "Beef Chow Fun (Gon Chow Ngau Ho)"),
    # congee
    ("century egg and pork congee", "Preserved Egg & Pork Congee (Pei Dan Sau Yuk Jook)"),
    ("pei dan sau yuk jook", "Preserved Egg & Pork Congee (Pei Dan Sau Yuk Jook)"),
    ("fish jook", "Fish Congee (Yu Pin Jook)"),
    ("sampan congee", "Sampan Congee (Teng Jai Jook)"),
    ("a congee", ASK),
    ("two youtiao", "Yau Char Kwai (Fried Dough Stick)", None, 2),
    # vegetables and sides
    ("gai lahn", "Gai Lan with Oyster Sauce (Chinese Broccoli)"),
    ("chinese broccoli", "Gai Lan with Oyster Sauce (Chinese Broccoli)"),
    ("greens with oyster sauce", ASK),
    # drinks
    ("an iced milk tea", "Hong Kong Milk Tea", "iced"),
    ("hot hong kong milk tea", "Hong Kong Milk Tea", "hot"),
    ("two iced lemon teas", "Lemon Tea", "iced", 2),
    ("a tea", ASK),
    ("soy milk", "Soy Milk (Dau Jeung)"),
    # not on the menu
    ("roast goose", UNKNOWN),
    ("peking duck", UNKNOWN),
    ("sui gow noodle soup", UNKNOWN),
    ("chicken feet", UNKNOWN),
    ("yuen yeung", UNKNOWN),
    ("pork chop over rice", UNKNOWN),
    ("chinese sausage over rice", UNKNOWN),
]
