"""The world gazetteer (branch w-gaz10): the English names and glosses callers use for the dishes of
many cuisines (pos_voice/ordering/dishes.txt), and the English of the native words dish names are
made of (pos_voice/ordering/food_words.txt), through the real matcher on small menus of our own.

Each test holds both sides: the English said finds the native-named item (a confirm, or a match
when the words are the item's own once translated), and the knowledge creates no wrong answer —
a gloss of a dish the menu lacks finds no other item, a word that means another food in another
language is not read as that food. Every test fails on the data before this branch (the English
said finds nothing)."""

from __future__ import annotations

from pos_voice.ordering.matching import CONFIRM, MATCH, MenuMatcher
from tests.support.menus import menu


def _found(matcher: MenuMatcher, said: str) -> str | None:
    """The item the caller's words are taken for (added or confirmed), ``None`` when none is."""
    found = matcher.resolve(said)
    if found.status in (MATCH, CONFIRM) and found.item is not None:
        return found.item.name
    return None


def _assert_finds(matcher: MenuMatcher, expected: dict[str, str]) -> None:
    got = {said: _found(matcher, said) for said in expected}
    assert got == expected


def _assert_finds_none(matcher: MenuMatcher, phrases: tuple[str, ...]) -> None:
    got = {said: _found(matcher, said) for said in phrases}
    assert got == dict.fromkeys(phrases)


def test_english_names_of_persian_and_caucasus_dishes_find_them() -> None:
    """"celery stew" is the Khoresh Karafs, "sour cherry rice" the Albaloo Polo, "bean bread" the
    Lobiani; on a menu without them the same words are no other stew or rice dish."""
    persian = menu(("Khoresh Karafs", "stews"), ("Fesenjan", "stews"), ("Albaloo Polo", "rice"),
                   ("Tahchin", "rice"), ("Chenjeh Kabob", "kabobs"))
    _assert_finds(persian, {"celery stew": "Khoresh Karafs", "sour cherry rice": "Albaloo Polo",
                            "saffron rice cake": "Tahchin", "lamb kabob": "Chenjeh Kabob"})
    other = menu(("Ghormeh Sabzi", "stews"), ("Fesenjan", "stews"), ("Zereshk Polo", "rice"),
                 ("Barg", "kabobs"))
    _assert_finds_none(other, ("celery stew", "sour cherry rice"))
    caucasus = menu(("Chakhokhbili", "mains"), ("Lobiani", "breads"), ("Khinkali", "dumplings"),
                    ("Khorovats", "grill"))
    _assert_finds(caucasus, {"chicken tomato stew": "Chakhokhbili", "bean bread": "Lobiani",
                             "armenian barbecue": "Khorovats"})


def test_korean_bbq_cuts_are_found_by_their_english_and_a_cut_not_served_is_no_other() -> None:
    """The cuts of a Korean grill by the English a caller uses; "beef belly" (woo samgyup) is not
    on this grill, and no other cut is taken for it."""
    grill = menu(("Moksal", "bbq"), ("Hangjeongsal", "bbq"), ("Chadol Baegi", "bbq"), ("Galbi", "bbq"))
    _assert_finds(grill, {"pork neck": "Moksal", "pork jowl": "Hangjeongsal",
                          "beef brisket": "Chadol Baegi", "short ribs": "Galbi"})
    _assert_finds_none(grill, ("beef belly",))


def test_sushi_fish_names_and_salmon_sake_is_no_rice_wine() -> None:
    """"salmon nigiri" is the Sake Nigiri (salmon is "sake" in a sushi name), "flounder nigiri" the
    Hirame; "sake" alone stays the rice wine: on a menu with no salmon, "salmon" is not the Hot
    Sake, nor "salmon nigiri" the tuna."""
    sushi = menu(("Sake Nigiri", "nigiri"), ("Maguro Nigiri", "nigiri"), ("Hirame Nigiri", "nigiri"),
                 ("Hot Sake", "drinks"), ("Tsukune", "yakitori"), ("Kikurage", "sides"))
    _assert_finds(sushi, {"salmon nigiri": "Sake Nigiri", "flounder nigiri": "Hirame Nigiri",
                          "chicken meatball": "Tsukune", "wood ear mushroom": "Kikurage",
                          "hot sake": "Hot Sake"})
    no_salmon = menu(("Maguro Nigiri", "nigiri"), ("Hot Sake", "drinks"), ("Tsukune", "yakitori"))
    _assert_finds_none(no_salmon, ("salmon nigiri", "salmon"))
    assert _found(no_salmon, "hot sake") == "Hot Sake"


def test_dominican_and_haitian_dishes_by_their_english() -> None:
    island = menu(("Mangu", "breakfast"), ("Pica Pollo", "mains"), ("Chivo Guisado", "mains"),
                  ("Soup Joumou", "soups"), ("Griot", "mains"))
    _assert_finds(island, {"mashed plantains": "Mangu", "dominican fried chicken": "Pica Pollo",
                           "goat stew": "Chivo Guisado", "pumpkin soup": "Soup Joumou",
                           "fried pork": "Griot"})


def test_german_dishes_and_words_by_their_english() -> None:
    """The gazetteer's Kaiserschmarrn and Schweinebraten, and "Ente" read as duck (a food word:
    German compounds such as "Bratwurst" are left whole)."""
    haus = menu(("Kaiserschmarrn", "desserts"), ("Schweinebraten", "mains"), ("Knusprige Ente", "mains"),
                ("Bratwurst", "sausages"))
    _assert_finds(haus, {"shredded pancake": "Kaiserschmarrn", "roast pork": "Schweinebraten",
                         "duck": "Knusprige Ente", "bratwurst": "Bratwurst"})


def test_malay_words_that_mean_other_food_elsewhere_stay_guarded() -> None:
    """"peanut pancake" is the Apam Balik, "goat satay" the Sate Kambing (kambing: goat); "balik"
    is fish only in Turkish, so "fish" is the Ikan Bakar, never the pancake; "mee goreng" said is
    the Mee Goreng Istimewa, not any fried noodles ("goreng" is left untranslated: read "fried",
    the Hokkien Char Mee of fried noodles would be as good)."""
    kopitiam = menu(("Apam Balik", "desserts"), ("Ikan Bakar", "mains"), ("Sate Kambing", "grill"),
                    ("Mee Goreng Istimewa", "noodles", ("yellow noodles", "egg", "tofu")),
                    ("Hokkien Char Mee", "noodles", ("fried noodles", "prawns")), ("Mee Siam", "noodles"))
    _assert_finds(kopitiam, {"peanut pancake": "Apam Balik", "goat satay": "Sate Kambing",
                             "fish": "Ikan Bakar", "mee goreng": "Mee Goreng Istimewa",
                             "spicy rice vermicelli": "Mee Siam"})


def test_lula_kebab_is_no_squid() -> None:
    """"lula" is squid in Portuguese and the Armenian ground-meat kebab: left out of the food
    words, the kebab keeps its meat and the squid its own item."""
    grill = menu(("Lula Kebab", "grill"), ("Grilled Squid", "grill"), ("Khorovats", "grill"))
    _assert_finds(grill, {"ground meat kebab": "Lula Kebab", "squid": "Grilled Squid"})


def test_native_words_of_item_names_are_read_in_english() -> None:
    """Food words of Tagalog, Turkish, Hungarian and Spanish in a name: "mussel sinigang" is the
    Sinigang na Tahong, "shrimp guvec" the Karides Güveç, "grilled fish" the Pescado a la Plancha."""
    mixed = menu(("Sinigang na Tahong", "soups"), ("Tortang Talong", "mains"), ("Pusit Inihaw", "grill"),
                 ("Karides Güveç", "mains"), ("Csirke Pörkölt", "mains"), ("Pescado a la Plancha", "mains"))
    _assert_finds(mixed, {"mussel sinigang": "Sinigang na Tahong", "eggplant omelette": "Tortang Talong",
                          "grilled squid": "Pusit Inihaw", "shrimp guvec": "Karides Güveç",
                          "chicken porkolt": "Csirke Pörkölt", "grilled fish": "Pescado a la Plancha"})


def test_a_native_name_the_food_words_translate_is_still_found_inside_a_longer_name() -> None:
    """"Tortang Talong Special" reads "tortang eggplant special" once "talong" is eggplant: the
    Tortang Talong inside it is still found (by its name as read), so "eggplant omelette" is the
    item; likewise the Ojingeo Bokkeum inside "Ojingeo Bokkeum Deopbap" ("spicy squid")."""
    filipino = menu(("Tortang Talong Special", "mains"), ("Lechon Kawali", "mains"),
                    ("Sinigang na Baboy", "soups"))
    _assert_finds(filipino, {"eggplant omelette": "Tortang Talong Special"})
    korean = menu(("Ojingeo Bokkeum Deopbap", "rice"), ("Gamja Jeon with Kimchi", "appetizers"),
                  ("Bulgogi", "bbq"))
    _assert_finds(korean, {"spicy squid": "Ojingeo Bokkeum Deopbap",
                           "potato pancake": "Gamja Jeon with Kimchi"})
