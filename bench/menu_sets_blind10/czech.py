"""A Czech restaurant (the pattern of Czech and Bohemian restaurant menus in Chicago's Berwyn, West,
Texas, Cedar Rapids and Queens): svíčková, guláš, vepřo knedlo zelo, smažený sýr, řízek, roast duck,
bread and potato dumplings, soups, fruit dumplings, trdelník, kolache by the piece, Czech beer in
a Small or Large glass. Czech names with the English. Callers drop the accents and say "beef in
cream sauce", "goulash with dumplings", "pork dumplings and sauerkraut", "fried cheese", "a
schnitzel", "a poppy seed kolache" and mishear svíčková ("sveech kova", "sweet cove a"), vepřo
knedlo zelo ("vepro kneedlo zelo"), smažený sýr ("smazeny seer"), knedlíky ("ka ned leaky"),
trdelník ("tur del neek"), kolache ("ko lotch ee", "kolachi"). "A soup", "a schnitzel", "a sausage",
"dumplings", "six kolaches" or "a large beer" alone is a question; pierogi, cabbage rolls, chicken
paprikash, tripe soup, roast goose, a klobasnek and medovník are not on this menu."""

from __future__ import annotations

from . import ASK, UNKNOWN, Item, Variant

TITLE = "Czech Restaurant"

_BEER = {"Small": 5.0, "Large": 7.5}

CATEGORIES: dict[str, list[Item]] = {
    "Polévky (Soups)": [
        ("Kulajda (Dill Mushroom Soup)", 7.0, ("potato", "mushroom", "dill", "cream", "egg")),
        ("Česnečka (Garlic Soup)", 6.0, ("garlic", "potato", "croutons", "cheese")),
        ("Gulášová Polévka (Goulash Soup)", 7.0, ("beef", "paprika", "potato")),
        ("Hovězí Vývar (Beef Broth with Liver Dumplings)", 6.5, ("beef broth", "liver dumplings",
                                                                  "noodles")),
    ],
    "Hlavní Jídla (Mains)": [
        ("Svíčková na Smetaně", 22.0, ("beef sirloin", "root vegetable cream sauce", "cranberries",
                                        "bread dumplings")),
        ("Hovězí Guláš", 19.0, ("beef", "paprika onion gravy", "bread dumplings")),
        ("Vepřo Knedlo Zelo", 20.0, ("roast pork", "bread dumplings", "sauerkraut")),
        ("Pečená Kachna", 26.0, ("half roast duck", "red cabbage", "potato dumplings")),
        ("Vepřový Řízek", 18.0, ("pork schnitzel", "potato salad")),
        ("Kuřecí Řízek", 17.0, ("chicken schnitzel", "potato salad")),
        ("Smažený Sýr", 15.0, ("fried edam", "tartar sauce", "fries")),
        ("Klobása", 14.0, ("smoked sausage", "mustard", "horseradish", "rye bread")),
        ("Utopenec", 9.0, ("pickled sausage", "onion", "vinegar", "bread")),
        ("Bramboráky", 11.0, ("potato pancakes", "garlic", "marjoram")),
    ],
    "Přílohy (Sides)": [
        ("Houskové Knedlíky (Bread Dumplings)", 4.0),
        ("Bramborové Knedlíky (Potato Dumplings)", 4.0),
        ("Zelí (Sauerkraut)", 3.5),
        ("Červené Zelí (Red Cabbage)", 3.5),
        ("Bramborový Salát (Potato Salad)", 4.0),
        ("Hranolky (Fries)", 4.0),
    ],
    "Dezerty (Desserts)": [
        ("Ovocné Knedlíky (Fruit Dumplings)", 9.0, ("plum or apricot", "quark", "butter", "sugar")),
        ("Trdelník", 7.0, ("rolled dough", "cinnamon sugar", "walnuts")),
        ("Trdelník with Ice Cream", 10.0, ("trdelník", "vanilla ice cream", "whipped cream")),
        ("Jablečný Závin (Apple Strudel)", 7.0, ("apple", "raisins", "whipped cream")),
        ("Poppy Seed Kolache", 2.5, ("sweet dough", "poppy seed filling")),
        ("Apricot Kolache", 2.5, ("sweet dough", "apricot filling")),
        ("Cheese Kolache", 2.5, ("sweet dough", "sweet cheese filling")),
        ("Palačinky", 8.0, ("crepes", "jam", "whipped cream")),
    ],
    "Nápoje (Drinks)": [
        ("Pilsner Urquell", _BEER),
        ("Budweiser Budvar", _BEER),
        ("Kozel Dark", _BEER),
        ("Kofola", 3.5),
        ("Becherovka", 7.0),
        ("Slivovice", 8.0),
    ],
}

SPECIALS: tuple[str, ...] = ("Pečená Kachna", "Ovocné Knedlíky (Fruit Dumplings)")

TUNING: list[Variant] = []
HELD_OUT_1: list[Variant] = []
HELD_OUT_2: list[Variant] = []

HELD_OUT: list[Variant] = [
    # soups
    ("kulajda", "Kulajda (Dill Mushroom Soup)"),
    ("the dill mushroom soup", "Kulajda (Dill Mushroom Soup)"),
    ("garlic soup", "Česnečka (Garlic Soup)"),
    ("goulash soup", "Gulášová Polévka (Goulash Soup)"),
    ("liver dumpling soup", "Hovězí Vývar (Beef Broth with Liver Dumplings)"),
    ("a soup", ASK),
    # mains
    ("svickova", "Svíčková na Smetaně"),
    ("sveech kova", "Svíčková na Smetaně"),
    ("beef in cream sauce with dumplings", "Svíčková na Smetaně"),
    ("two sweet cove a", "Svíčková na Smetaně", None, 2),
    ("goulash with dumplings", "Hovězí Guláš"),
    ("hovezi gulas", "Hovězí Guláš"),
    ("vepro knedlo zelo", "Vepřo Knedlo Zelo"),
    ("pork dumplings and sauerkraut", "Vepřo Knedlo Zelo"),
    ("vepro kneedlo zelo", "Vepřo Knedlo Zelo"),
    ("roast duck", "Pečená Kachna"),
    ("pork schnitzel", "Vepřový Řízek"),
    ("chicken schnitzel", "Kuřecí Řízek"),
    ("a schnitzel", ASK),
    ("fried cheese", "Smažený Sýr"),
    ("smazeny seer", "Smažený Sýr"),
    ("klobasa", "Klobása"),
    ("utopenec", "Utopenec"),
    ("pickled sausage", "Utopenec"),
    ("a sausage", ASK),
    ("potato pancakes", "Bramboráky"),
    # sides
    ("side of bread dumplings", "Houskové Knedlíky (Bread Dumplings)"),
    ("potato dumplings", "Bramborové Knedlíky (Potato Dumplings)"),
    ("extra ka ned leaky", ASK),
    ("sauerkraut", "Zelí (Sauerkraut)"),
    ("red cabbage", "Červené Zelí (Red Cabbage)"),
    ("potato salad", "Bramborový Salát (Potato Salad)"),
    ("fries", "Hranolky (Fries)"),
    # desserts
    ("fruit dumplings", "Ovocné Knedlíky (Fruit Dumplings)"),
    ("trdelnik", "Trdelník"),
    ("tur del neek with ice cream", "Trdelník with Ice Cream"),
    ("apple strudel", "Jablečný Závin (Apple Strudel)"),
    ("three poppy seed kolache", "Poppy Seed Kolache", None, 3),
    ("two apricot kolachi", "Apricot Kolache", None, 2),
    ("a cheese ko lotch ee", "Cheese Kolache"),
    ("six kolaches", ASK),
    ("palacinky", "Palačinky"),
    ("czech crepes", "Palačinky"),
    # drinks
    ("a large pilsner urquell", "Pilsner Urquell", "large"),
    ("two small pilsner", "Pilsner Urquell", "small", 2),
    ("budvar large", "Budweiser Budvar", "large"),
    ("a dark beer small", "Kozel Dark", "small"),
    ("kofola", "Kofola"),
    ("a shot of becherovka", "Becherovka"),
    ("slivovitz", "Slivovice"),
    ("a large beer", ASK),
    # not on the menu
    ("pierogi", UNKNOWN),
    ("stuffed cabbage rolls", UNKNOWN),
    ("chicken paprikash", UNKNOWN),
    ("tripe soup", UNKNOWN),
    ("a sausage klobasnek", UNKNOWN),
    ("roast goose", UNKNOWN),
    ("medovnik honey cake", UNKNOWN),
]
