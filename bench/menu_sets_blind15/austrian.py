"""An Austrian Beisl (the pattern of Viennese Beisl and Austrian restaurant menus in Vienna, Graz,
New York's Upper East Side and Williamsburg, Chicago and Los Angeles): Wiener Schnitzel vom Kalb
and Schnitzel Wiener Art vom Schwein, Backhendl, Tafelspitz, Rindsgulasch, Käsespätzle,
Zwiebelrostbraten, Frittatensuppe and Leberknödelsuppe, Erdäpfelsalat, Kaiserschmarrn,
Apfelstrudel, Sachertorte and Topfenstrudel by the slice, Marillenknödel, Almdudler, Austrian
beer in a Seidl or a Krügerl, Grüner Veltliner and Zweigelt by the Achtel. Austrian German names
with the English. Callers drop the umlauts ("kasespatzle", "erdapfelsalat", "krugerl"), say the
English ("veal schnitzel", "boiled beef", "cheese noodles", "apple strudel", "pancake soup") and
mishear it ("veena schnitzel", "taffel shpitz", "kaiser shmarn", "sacher tort", "al m doodler",
"frit at en soup"). "A schnitzel", "a soup", "a strudel", "a Krügerl", "a glass of wine", "a
coffee" and "a goulash" alone are questions; Schweinsbraten, Bratwurst, Tiroler Gröstl, Linzer
Torte, a Germknödel, Jägerschnitzel and Leberkäse are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Beisl"

_BIER = {"Seidl": 4.8, "Krügerl": 6.5}
_WEIN = {"Achtel": 6.0, "Viertel": 11.0}

CATEGORIES: dict[str, list[Item]] = {
    "Suppen (Soups)": [
        ("Frittatensuppe (Beef Broth with Pancake Strips)", 7.0, ("beef broth", "sliced crêpes",
                                                                  "chives")),
        ("Leberknödelsuppe (Liver Dumpling Soup)", 7.5, ("beef broth", "liver dumpling")),
        ("Gulaschsuppe (Goulash Soup)", 8.5, ("beef", "paprika", "potato")),
        ("Kürbiscremesuppe (Pumpkin Soup)", 7.5, ("pumpkin", "cream", "pumpkin seed oil")),
    ],
    "Vorspeisen (Starters)": [
        ("Liptauer mit Brot", 8.0, ("paprika cheese spread", "rye bread")),
        ("Steirischer Backhendlsalat", 16.0, ("fried chicken", "greens", "pumpkin seed oil")),
        ("Vogerlsalat mit Erdäpfeln", 10.0, ("lamb's lettuce", "potato", "pumpkin seed oil")),
        ("Beef Tartare", 17.0, ("raw beef", "capers", "toast")),
    ],
    "Hauptspeisen (Mains)": [
        ("Wiener Schnitzel vom Kalb", 32.0, ("breaded veal cutlet", "lemon", "potato salad",
                                             "lingonberries")),
        ("Schweinsschnitzel Wiener Art", 22.0, ("breaded pork cutlet", "lemon", "potato salad")),
        ("Hühnerschnitzel", 20.0, ("breaded chicken cutlet", "potato salad")),
        ("Backhendl (Fried Chicken)", 21.0, ("breaded fried chicken", "potato salad",
                                             "lingonberries")),
        ("Tafelspitz", 30.0, ("boiled beef", "apple horseradish", "chive sauce", "rösti",
                              "broth")),
        ("Rindsgulasch mit Knödel", 21.0, ("beef goulash", "paprika", "bread dumpling")),
        ("Fiakergulasch", 23.0, ("beef goulash", "fried egg", "sausage", "pickle", "bread dumpling")),
        ("Zwiebelrostbraten", 31.0, ("sirloin steak", "crispy onions", "gravy", "fried potatoes")),
        ("Käsespätzle", 18.0, ("spätzle", "mountain cheese", "crispy onions")),
        ("Kalbsrahmgulasch mit Nockerl", 24.0, ("veal", "paprika cream sauce", "dumplings")),
        ("Gebackener Karpfen", 22.0, ("fried carp", "potato salad")),
        ("Käsekrainer mit Senf und Kren", 14.0, ("cheese-filled sausage", "mustard", "horseradish",
                                                 "bread")),
        ("Krautfleckerl", 15.0, ("pasta squares", "cabbage", "caraway")),
        ("Eierschwammerl mit Knödel", 19.0, ("chanterelles", "cream sauce", "bread dumpling")),
    ],
    "Beilagen (Sides)": [
        ("Erdäpfelsalat (Potato Salad)", 5.0),
        ("Petersilerdäpfel (Parsley Potatoes)", 5.0),
        ("Gurkensalat (Cucumber Salad)", 5.0),
        ("Semmelknödel (Bread Dumpling)", 4.5),
        ("Pommes Frites", 5.0),
    ],
    "Mehlspeisen (Desserts)": [
        ("Kaiserschmarrn", 14.0, ("shredded caramelised pancake", "raisins", "plum compote")),
        ("Apfelstrudel", 8.0, ("apple", "cinnamon", "raisins", "vanilla sauce")),
        ("Topfenstrudel", 8.0, ("quark", "lemon", "vanilla sauce")),
        ("Sachertorte", 7.5, ("chocolate cake", "apricot jam", "whipped cream")),
        ("Marillenknödel", 11.0, ("apricot dumplings", "quark dough", "buttered crumbs")),
        ("Palatschinken mit Marillenmarmelade", 9.0, ("crêpes", "apricot jam")),
    ],
    "Getränke (Drinks)": [
        ("Almdudler", 4.5),
        ("Apfelsaft gespritzt", 4.5),
        ("Ottakringer Helles", _BIER),
        ("Stiegl Goldbräu", _BIER),
        ("Grüner Veltliner", _WEIN),
        ("Zweigelt", _WEIN),
        ("Melange", 4.8),
        ("Einspänner", 5.2),
        ("Obstler", 6.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Eierschwammerl mit Knödel",)

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("frittatensuppe", "Frittatensuppe (Beef Broth with Pancake Strips)"),
    ("frit at en soup", "Frittatensuppe (Beef Broth with Pancake Strips)"),
    ("pancake soup", "Frittatensuppe (Beef Broth with Pancake Strips)"),
    ("liver dumpling soup", "Leberknödelsuppe (Liver Dumpling Soup)"),
    ("goulash soup", "Gulaschsuppe (Goulash Soup)"),
    ("pumpkin soup", "Kürbiscremesuppe (Pumpkin Soup)"),
    ("a soup", ASK),
    # starters
    ("liptauer", "Liptauer mit Brot"),
    ("backhendl salad", "Steirischer Backhendlsalat"),
    # mains
    ("wiener schnitzel", "Wiener Schnitzel vom Kalb"),
    ("veena schnitzel", "Wiener Schnitzel vom Kalb"),
    ("veal schnitzel", "Wiener Schnitzel vom Kalb"),
    ("two wiener schnitzel vom kalb", "Wiener Schnitzel vom Kalb", None, 2),
    ("pork schnitzel", "Schweinsschnitzel Wiener Art"),
    ("chicken schnitzel", "Hühnerschnitzel"),
    ("a schnitzel", ASK),
    ("backhendl", "Backhendl (Fried Chicken)"),
    ("tafelspitz", "Tafelspitz"),
    ("taffel shpitz", "Tafelspitz"),
    ("boiled beef with horseradish", "Tafelspitz"),
    ("rindsgulasch", "Rindsgulasch mit Knödel"),
    ("fiaker goulash", "Fiakergulasch"),
    ("a goulash", ASK),
    ("zwiebelrostbraten", "Zwiebelrostbraten"),
    ("onion roast beef", "Zwiebelrostbraten"),
    ("kasespatzle", "Käsespätzle"),
    ("cheese spaetzle", "Käsespätzle"),
    ("two kaese spaetzle", "Käsespätzle", None, 2),
    ("veal paprika goulash", "Kalbsrahmgulasch mit Nockerl"),
    ("kasekrainer", "Käsekrainer mit Senf und Kren"),
    ("chanterelles with dumpling", "Eierschwammerl mit Knödel"),
    # sides
    ("erdapfelsalat", "Erdäpfelsalat (Potato Salad)"),
    ("a side of potato salad", "Erdäpfelsalat (Potato Salad)"),
    ("cucumber salad", "Gurkensalat (Cucumber Salad)"),
    ("semmelknodel", "Semmelknödel (Bread Dumpling)"),
    # desserts
    ("kaiserschmarrn", "Kaiserschmarrn"),
    ("kaiser shmarn", "Kaiserschmarrn"),
    ("apple strudel", "Apfelstrudel"),
    ("a strudel", ASK),
    ("two slices of sachertorte", "Sachertorte", None, 2),
    ("a sacher tort", "Sachertorte"),
    ("apricot dumplings", "Marillenknödel"),
    ("palatschinken", "Palatschinken mit Marillenmarmelade"),
    # drinks
    ("almdudler", "Almdudler"),
    ("al m doodler", "Almdudler"),
    ("ein krugerl ottakringer", "Ottakringer Helles", "krügerl"),
    ("two seidl stiegl", "Stiegl Goldbräu", "seidl", 2),
    ("an achtel gruner veltliner", "Grüner Veltliner", "achtel"),
    ("ein viertel zweigelt", "Zweigelt", "viertel"),
    ("a melange", "Melange"),
    ("a coffee", ASK),
    ("a krugerl", ASK),
    ("a glass of wine", ASK),
    # not on the menu
    ("schweinsbraten", UNKNOWN),
    ("bratwurst", UNKNOWN),
    ("linzer torte", UNKNOWN),
    ("germknodel", UNKNOWN),
    ("jagerschnitzel", UNKNOWN),
    ("leberkase", UNKNOWN),
    ("gröstl", UNKNOWN),
]
