"""A Palermo pizzeria and friggitoria (the pattern of take-out menus of pizzerie and rosticcerie
in Palermo): pizze in the Normale or the Maxi size (Margherita, Diavola, Capricciosa, Norma with
fried aubergine and ricotta salata, Tonno e Cipolla, Wurstel e Patatine, Pistacchio e
Mortadella), sfincione by the Trancio or the whole Teglia, arancine (the Palermo feminine) al
ragù, al burro, agli spinaci and al pistacchio, panelle and crocchè by 5 or 10 pezzi, pane e
panelle, calzoni fritti, rollò, pani ca' meusa, Sicilian sweets, and birra by the 33 cl or 66 cl.
An Italian menu with the ingredients in English. Callers mix Italian and English and say "an
arancini with meat" (the Catania masculine), "rice balls", "chickpea fritters", "potato
croquettes", "cazzilli" (the Palermo word for crocchè), "sfinciuni", "a fried calzone with ham",
"spleen sandwich", "una Messina da sessantasei". "Una pizza con funghi", "una pizza maxi", "tre
arancine", "rice balls", "calzone fritto", "una birra" or "una bottiglia d'acqua" alone is a
question; an arancina alla Norma, pasta con le sarde, stigghiola, frittola, granita, a pizza
quattro stagioni and a Roman supplì are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Pizzeria Friggitoria Palermitana"

_PEZZI = {"5 Pezzi": 3.0, "10 Pezzi": 5.5}
_BIRRA = {"33 cl": 2.5, "66 cl": 4.0}

CATEGORIES: dict[str, list[Item]] = {
    "Pizze": [
        ("Margherita", {"Normale": 6.0, "Maxi": 10.0}, ("tomato", "mozzarella", "basil")),
        ("Marinara", {"Normale": 5.0, "Maxi": 8.5}, ("tomato", "garlic", "oregano", "olive oil")),
        ("Diavola", {"Normale": 7.5, "Maxi": 12.5}, ("tomato", "mozzarella", "spicy salami")),
        ("Capricciosa", {"Normale": 8.5, "Maxi": 14.0}, ("tomato", "mozzarella", "cooked ham",
                                                        "mushrooms", "artichokes", "olives")),
        ("Quattro Formaggi", {"Normale": 8.5, "Maxi": 14.0}, ("mozzarella", "gorgonzola",
                                                             "provola", "parmigiano")),
        ("Norma", {"Normale": 8.0, "Maxi": 13.0}, ("tomato", "mozzarella", "fried aubergine",
                                                  "ricotta salata", "basil")),
        ("Tonno e Cipolla", {"Normale": 8.0, "Maxi": 13.0}, ("tomato", "mozzarella", "tuna",
                                                            "red onion")),
        ("Wurstel e Patatine", {"Normale": 7.5, "Maxi": 12.5}, ("tomato", "mozzarella",
                                                               "frankfurter", "fries")),
        ("Bufalina", {"Normale": 9.0, "Maxi": 15.0}, ("tomato", "buffalo mozzarella", "basil")),
        ("Ortolana", {"Normale": 8.0, "Maxi": 13.0}, ("mozzarella", "grilled aubergine",
                                                     "courgette", "peppers")),
        ("Siciliana", {"Normale": 8.0, "Maxi": 13.0}, ("tomato", "anchovies", "capers", "olives",
                                                      "oregano", "caciocavallo")),
        ("Pistacchio e Mortadella", {"Normale": 10.0, "Maxi": 16.0}, ("mozzarella",
                                                                     "pistachio cream",
                                                                     "mortadella",
                                                                     "crushed pistachios")),
        ("Salsiccia e Funghi", {"Normale": 8.5, "Maxi": 14.0}, ("tomato", "mozzarella", "sausage",
                                                               "mushrooms")),
        ("Prosciutto e Funghi", {"Normale": 8.5, "Maxi": 14.0}, ("tomato", "mozzarella",
                                                                "cooked ham", "mushrooms")),
    ],
    "Sfincione": [
        ("Sfincione Palermitano", {"Trancio": 2.5, "Teglia": 18.0}, ("thick soft dough", "tomato",
                                                                    "onion", "anchovies",
                                                                    "caciocavallo",
                                                                    "breadcrumbs")),
        ("Sfincione Bianco di Bagheria", {"Trancio": 3.0, "Teglia": 20.0}, ("thick soft dough",
                                                                           "ricotta",
                                                                           "tuma cheese",
                                                                           "onion", "anchovies",
                                                                           "breadcrumbs")),
    ],
    "Friggitoria": [
        ("Arancina al Ragù", 2.5, ("fried rice ball", "meat ragù", "peas", "caciocavallo")),
        ("Arancina al Burro", 2.5, ("fried rice ball", "cooked ham", "mozzarella", "béchamel")),
        ("Arancina agli Spinaci", 2.5, ("fried rice ball", "spinach", "mozzarella")),
        ("Arancina al Pistacchio", 3.0, ("fried rice ball", "pistachio", "mortadella")),
        ("Panelle", _PEZZI, ("chickpea flour fritters",)),
        ("Crocchè", _PEZZI, ("potato croquettes", "mint", "pecorino")),
        ("Pane e Panelle", 3.0, ("sesame roll", "chickpea fritters", "lemon")),
        ("Pane Panelle e Crocchè", 3.5, ("sesame roll", "chickpea fritters", "potato croquettes")),
        ("Calzone Fritto Prosciutto e Mozzarella", 3.0, ("fried dough", "cooked ham",
                                                         "mozzarella")),
        ("Calzone Fritto Wurstel e Mozzarella", 3.0, ("fried dough", "frankfurter", "mozzarella")),
        ("Rollò al Wurstel", 2.5, ("baked dough roll", "frankfurter")),
        ("Pane con la Milza (Pani ca' Meusa)", 4.5, ("sesame roll", "veal spleen and lung",
                                                     "caciocavallo or lemon")),
        ("Patatine Fritte", 3.5, ("fries",)),
    ],
    "Antipasti e Insalate": [
        ("Caponata", 5.0, ("aubergine", "celery", "olives", "capers", "sweet and sour sauce")),
        ("Insalata Mista", 5.0, ("lettuce", "tomato", "carrot", "olives")),
    ],
    "Dolci": [
        ("Cannolo Siciliano", 3.5, ("fried shell", "sweet sheep ricotta", "candied orange")),
        ("Cassata Siciliana", 4.5, ("sponge", "ricotta", "marzipan", "candied fruit")),
        ("Iris Fritta", 2.5, ("fried brioche", "sweet ricotta", "chocolate chips")),
        ("Brioche con Gelato", 4.0, ("brioche", "two scoops of gelato")),
    ],
    "Bevande": [
        ("Birra Messina", _BIRRA),
        ("Birra Moretti", _BIRRA),
        ("Peroni Nastro Azzurro", _BIRRA),
        ("Coca-Cola", 2.0, ("33 cl can",)),
        ("Chinotto", 2.0),
        ("Acqua Naturale", 1.5, ("50 cl",)),
        ("Acqua Frizzante", 1.5, ("50 cl",)),
    ],
}

SPECIALS: tuple[str, ...] = ("Pistacchio e Mortadella", "Sfincione Bianco di Bagheria")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # pizze
    ("una margherita", "Margherita"),
    ("margherita maxi", "Margherita", "maxi"),
    ("two margheritas normale", "Margherita", "normale", 2),
    ("a diavola maxi", "Diavola", "maxi"),
    ("capricciosa normale", "Capricciosa", "normale"),
    ("quattro formaggi", "Quattro Formaggi"),
    ("four cheese pizza", "Quattro Formaggi"),
    ("pizza alla norma", "Norma"),
    ("tonno e cipolla maxi", "Tonno e Cipolla", "maxi"),
    ("tuna and onion pizza", "Tonno e Cipolla"),
    ("ortolana normale", "Ortolana", "normale"),
    ("pizza siciliana", "Siciliana"),
    ("pistacchio e mortadella maxi", "Pistacchio e Mortadella", "maxi"),
    ("una pizza con funghi", ASK),
    ("una pizza maxi", ASK),
    # sfincione
    ("un trancio di sfincione", "Sfincione Palermitano", "trancio"),
    ("due tranci di sfinciuni", "Sfincione Palermitano", "trancio", 2),
    ("sfincione bianco", "Sfincione Bianco di Bagheria"),
    ("sfincione di bagheria teglia", "Sfincione Bianco di Bagheria", "teglia"),
    # friggitoria
    ("arancina al ragu", "Arancina al Ragù"),
    ("an arancini with meat", "Arancina al Ragù"),
    ("arancina burro", "Arancina al Burro"),
    ("two spinach arancine", "Arancina agli Spinaci", None, 2),
    ("arancina pistacchio", "Arancina al Pistacchio"),
    ("tre arancine", ASK),
    ("rice balls", ASK),
    ("dieci panelle", "Panelle", "10 pezzi"),
    ("five panelle", "Panelle", "5 pezzi"),
    ("chickpea fritters", "Panelle"),
    ("pane e panelle", "Pane e Panelle"),
    ("two pane panelle e crocche", "Pane Panelle e Crocchè", None, 2),
    ("cazzilli", "Crocchè"),
    ("crocche dieci pezzi", "Crocchè", "10 pezzi"),
    ("potato croquettes", "Crocchè"),
    ("calzone fritto prosciutto e mozzarella", "Calzone Fritto Prosciutto e Mozzarella"),
    ("a fried calzone with ham", "Calzone Fritto Prosciutto e Mozzarella"),
    ("calzone fritto", ASK),
    ("rollo wurstel", "Rollò al Wurstel"),
    ("pani ca meusa", "Pane con la Milza (Pani ca' Meusa)"),
    ("spleen sandwich", "Pane con la Milza (Pani ca' Meusa)"),
    ("patatine", "Patatine Fritte"),
    # dolci
    ("due cannoli", "Cannolo Siciliano", None, 2),
    ("cassata", "Cassata Siciliana"),
    ("iris", "Iris Fritta"),
    ("brioche col gelato", "Brioche con Gelato"),
    # bevande
    ("una messina da sessantasei", "Birra Messina", "66 cl"),
    ("una moretti da 33", "Birra Moretti", "33 cl"),
    ("peroni 66", "Peroni Nastro Azzurro", "66 cl"),
    ("coca cola", "Coca-Cola"),
    ("acqua frizzante", "Acqua Frizzante"),
    ("una birra", ASK),
    ("una bottiglia d'acqua", ASK),
    # not on the menu
    ("arancina alla norma", UNKNOWN),
    ("pasta con le sarde", UNKNOWN),
    ("stigghiola", UNKNOWN),
    ("frittola", UNKNOWN),
    ("granita al limone", UNKNOWN),
    ("pizza quattro stagioni", UNKNOWN),
    ("a suppli", UNKNOWN),
]
