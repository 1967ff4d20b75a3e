"""Menu resolution rules found in blind set 15's failures on the Norwegian pizzeria-kebab and the
Austrian Beisl (branch w-tune15b): food words of Norwegian, Danish, Swedish and German, and the
compounds those languages write them in. Each test was seen failing on the matcher before its
change (main 60c5b39)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH, MenuMatcher
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def _sizes(*pairs: tuple[str, str]) -> tuple[SizeOption, ...]:
    return tuple(SizeOption(name, Decimal(price)) for name, price in pairs)


_PIZZA = _sizes(("Liten", "149"), ("Medium", "189"), ("Stor", "229"), ("Familie", "299"))


def _norwegian() -> MenuMatcher:
    names = ("1. Margarita", "2. Skinke", "3. Skinke og Ananas", "9. Kyllingpizza", "11. Vegetar",
             "12. Sjømat", "13. Bacon og Sopp")
    return menu(("1. Margarita", "Pizza", ("tomatsaus", "ost")),
                ("2. Skinke", "Pizza", ("tomatsaus", "ost", "skinke")),
                ("3. Skinke og Ananas", "Pizza", ("tomatsaus", "ost", "skinke", "ananas")),
                ("9. Kyllingpizza", "Pizza", ("tomatsaus", "ost", "kylling", "mais")),
                ("11. Vegetar", "Pizza", ("tomatsaus", "ost", "sopp", "paprika")),
                ("12. Sjømat", "Pizza", ("tomatsaus", "ost", "reker", "tunfisk")),
                ("13. Bacon og Sopp", "Pizza", ("tomatsaus", "ost", "bacon", "sjampinjong")),
                ("Kebab i Pita", "Kebab", ("kebabkjøtt", "salat")),
                ("Kebab i Rull", "Kebab", ("kebabkjøtt", "tortilla")),
                ("Kyllingkebab i Rull", "Kebab", ("kyllingkjøtt", "tortilla")),
                ("Kyllingvinger (8 stk)", "Grill", ("kyllingvinger", "dipp")),
                ("Mozzarellapinner (6 stk)", "Grill", ("mozzarella", "dipp")),
                ("Hvitløksbrød", "Tilbehør", ()),
                sizes={name: _PIZZA for name in names})


def test_norwegian_menu_words_said_in_english() -> None:
    """"seafood pizza" for the "12. Sjømat", "the vegetarian
    pizza" for the "11. Vegetar", "bacon and mushroom" for the "13. Bacon og Sopp", "ham and
    pineapple" for the "3. Skinke og Ananas" of a Norwegian menu with no English on it: the matcher
    knew no Norwegian (nor Danish or Swedish) food word, nor "og" ("and"), and said it knew none of
    them."""
    shop = _norwegian()
    for said, name in (("seafood pizza", "12. Sjømat"),
                       ("the vegetarian pizza", "11. Vegetar"), ("bacon and mushroom", "13. Bacon og Sopp"),
                       ("ham and pineapple", "3. Skinke og Ananas")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name, (said, found)


def test_a_compound_of_a_foreign_food_word_and_a_kind_or_another_word() -> None:
    """"chicken pizza" for the Kyllingpizza, "chicken kebab wrap" for the Kyllingkebab i Rull,
    "chicken wings" for the Kyllingvinger, "mozzarella sticks" for the Mozzarellapinner, "garlic
    bread" for the Hvitløksbrød: compounds of food words (an English kind of dish or food word
    behind a Norwegian one, or an English food word before a Norwegian one) were never split, and
    nothing was found."""
    shop = _norwegian()
    for said, name in (("chicken pizza", "9. Kyllingpizza"), ("chicken kebab wrap", "Kyllingkebab i Rull"),
                       ("chicken wings", "Kyllingvinger (8 stk)"),
                       ("mozzarella sticks", "Mozzarellapinner (6 stk)"), ("garlic bread", "Hvitløksbrød")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name, (said, found)


def test_a_kebab_wrap_is_no_kebab_in_pita() -> None:
    """"kebab wrap" of Kebab i Pita and Kebab i Rull: "i rull" is in a wrap — the matcher knew no
    "rull" and confirmed the pita (a pita is a kind of sandwich, as a wrap is)."""
    found = _norwegian().resolve("kebab wrap")
    assert found.item is None or found.item.name == "Kebab i Rull", found
    assert all(c.name != "Kebab i Pita" for c in found.candidates), found


def _beisl() -> MenuMatcher:
    return menu(("Frittatensuppe (Beef Broth with Pancake Strips)", "Suppen", ("beef broth", "chives")),
                ("Wiener Schnitzel vom Kalb", "Hauptspeisen", ("breaded veal cutlet", "lemon")),
                ("Schweinsschnitzel Wiener Art", "Hauptspeisen", ("breaded pork cutlet", "lemon")),
                ("Hühnerschnitzel", "Hauptspeisen", ("breaded chicken cutlet",)),
                ("Zwiebelrostbraten", "Hauptspeisen", ("sirloin steak", "crispy onions", "gravy")),
                ("Semmelknödel (Bread Dumpling)", "Beilagen", ()),
                ("Apfelstrudel", "Mehlspeisen", ("apple", "cinnamon")),
                ("Topfenstrudel", "Mehlspeisen", ("quark", "lemon")),
                ("Marillenknödel", "Mehlspeisen", ("quark dough", "buttered crumbs")))


def test_german_compounds_of_food_words_said_in_english() -> None:
    """"pork schnitzel" for the Schweinsschnitzel Wiener Art, "chicken schnitzel" for the
    Hühnerschnitzel, "onion roast beef" for the Zwiebelrostbraten, "apricot dumplings" for the
    Marillenknödel, "pancake soup" for the Frittatensuppe: the German (Austrian) front halves
    "Schweins-", "Hühner-", "Zwiebel-", "Marillen-", "Frittaten-" were no food words, so the
    compounds were never split, and the matcher asked or knew nothing."""
    shop = _beisl()
    for said, name in (("pork schnitzel", "Schweinsschnitzel Wiener Art"),
                       ("chicken schnitzel", "Hühnerschnitzel"), ("onion roast beef", "Zwiebelrostbraten"),
                       ("apricot dumplings", "Marillenknödel"),
                       ("pancake soup", "Frittatensuppe (Beef Broth with Pancake Strips)")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name, (said, found)


def test_a_strudel_of_two_strudels_written_joined_asks() -> None:
    """"a strudel" of the Apfelstrudel and the Topfenstrudel: both are strudels, but only the apple
    one was split ("apple strudel", the gazetteer's name) — it was confirmed, the Topfenstrudel
    (quark strudel) never thought of."""
    found = _beisl().resolve("a strudel")
    assert found.status == AMBIGUOUS, found
    assert {c.name for c in found.candidates} >= {"Apfelstrudel", "Topfenstrudel"}, found


def test_a_compound_said_in_two_with_its_back_in_english_still_finds_it() -> None:
    """"karry sild" of the Karrysild (Curry Herring): "sild" reads "herring", so the two words said
    are no longer the compound run together — the compound is still heard in them."""
    shop = menu(("Karrysild (Curry Herring)", "Smørrebrød", ("rye bread", "herring")),
                ("Marineret Sild (Pickled Herring)", "Smørrebrød", ("rye bread", "herring")))
    found = shop.resolve("karry sild")
    assert found.status in (MATCH, CONFIRM) and found.item is not None, found
    assert found.item.name == "Karrysild (Curry Herring)", found


def test_the_number_a_menu_lists_an_item_by_is_no_word_of_its_name() -> None:
    """"ham pizza" of the "2. Skinke" beside the "3. Skinke og Ananas", "pepperoni" of the "4.
    Pepperoni" beside the "6. Kjøttdeig og Pepperoni": the menu's numbers were words of the names,
    so "pepperoni" was not the Pepperoni's whole name and the plain one was never told from the one
    joined to more food — it asked. And "two skinke" was the "2 Skinke" said whole, no count."""
    shop = menu(("2. Skinke", "Pizza", ("tomatsaus", "ost", "skinke")),
                ("3. Skinke og Ananas", "Pizza", ("tomatsaus", "ost", "skinke", "ananas")),
                ("4. Pepperoni", "Pizza", ("tomatsaus", "ost", "pepperoni")),
                ("6. Kjøttdeig og Pepperoni", "Pizza", ("tomatsaus", "ost", "kjøttdeig", "pepperoni")),
                ("8. Kebabpizza", "Pizza", ("tomatsaus", "ost", "kebabkjøtt")),
                sizes={name: _PIZZA for name in ("2. Skinke", "3. Skinke og Ananas", "4. Pepperoni",
                                                  "6. Kjøttdeig og Pepperoni", "8. Kebabpizza")})
    for said, name, quantity in (("ham pizza", "2. Skinke", None), ("pepperoni", "4. Pepperoni", None),
                                 ("two skinke", "2. Skinke", 2)):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name and found.quantity == quantity, (said, found)


def test_an_item_ordered_by_the_number_the_menu_lists_it_by() -> None:
    """"number eight" of a menu listing "8. Kebabpizza": the caller read the menu's number — it was
    the count 8 of nothing. "two number eights" is two of it."""
    shop = menu(("7. Biffpizza", "Pizza", ("biffstrimler",)), ("8. Kebabpizza", "Pizza", ("kebabkjøtt",)))
    for said, quantity in (("number eight", None), ("two number eights", 2), ("nummer 8", None)):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == "8. Kebabpizza" and found.quantity == quantity, (said, found)


def test_two_said_in_norwegian_first() -> None:
    """"to store pepperoni", "to kyllingkebab tallerken": the Norwegian (and Danish) "to" is two —
    it was dropped as the English "to", and one was ordered ("to go" is still no count)."""
    shop = menu(("4. Pepperoni", "Pizza", ("pepperoni",)), ("Kyllingkebab Tallerken", "Kebab", ("kylling",)),
                sizes={"4. Pepperoni": _PIZZA})
    for said, name, quantity in (("to store pepperoni", "4. Pepperoni", 2),
                                 ("to kyllingkebab tallerken", "Kyllingkebab Tallerken", 2),
                                 ("to go a pepperoni", "4. Pepperoni", None)):
        found = shop.resolve(said)
        assert found.item is not None and found.item.name == name, (said, found)
        assert found.quantity == quantity, (said, found)


def test_a_compound_name_said_split_is_that_item_not_a_question() -> None:
    """"chicken pizza" of the Kyllingpizza beside the Hawaii Spesial (with kylling), "kebab wrap" of
    the Kebab i Rull beside the Kyllingkebab i Rull: the name said is the compound split ("chicken
    pizza"), or the plain one of a compound with a meat more ("chicken kebab wrap") — it asked, as
    if only kinds of food had been said."""
    shop = menu(("9. Kyllingpizza", "Pizza", ("tomatsaus", "ost", "kylling", "mais")),
                ("14. Hawaii Spesial", "Pizza", ("tomatsaus", "ost", "skinke", "ananas", "kylling")),
                ("Kebab i Rull", "Kebab", ("kebabkjøtt", "tortilla")),
                ("Kyllingkebab i Rull", "Kebab", ("kyllingkjøtt", "tortilla")))
    for said, name in (("chicken pizza", "9. Kyllingpizza"), ("kebab wrap", "Kebab i Rull")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name, (said, found)


def test_fries_are_the_french_fries() -> None:
    """"fries" of the French Fries beside Chicken Fingers served with fries, and of the Pommes
    Frites beside a Kebab Tallerken with pommes frites: "fries" was not the French Fries' whole
    name, so the plates made with fries were as likely — it asked."""
    diner = menu(("French Fries", "Sides", ()), ("Chicken Fingers", "Dinners", ("chicken tenders", "fries")))
    kebab = menu(("Pommes Frites", "Tilbehør", ()),
                 ("Kebab Tallerken", "Kebab", ("kebabkjøtt", "pommes frites")))
    for shop, name in ((diner, "French Fries"), (kebab, "Pommes Frites")):
        found = shop.resolve("fries")
        assert found.status in (MATCH, CONFIRM) and found.item is not None, found
        assert found.item.name == name, found


def test_a_compound_split_is_still_heard_by_its_sound() -> None:
    """"frit at en soup" of the Frittatensuppe (Beef Broth with Pancake Strips), once the compound
    is split "pancake soup": the "soup" said was taken for a word of its name, so what was left
    ("frit at en") no longer sounded like the name — it asked."""
    shop = menu(("Frittatensuppe (Beef Broth with Pancake Strips)", "Suppen", ("beef broth", "chives")),
                ("Gulaschsuppe (Goulash Soup)", "Suppen", ("beef", "paprika")),
                ("Pommes Frites", "Beilagen", ()))
    found = shop.resolve("frit at en soup")
    assert found.item is not None and found.item.name.startswith("Frittatensuppe"), found


def test_dishes_by_their_english_names_and_words_of_other_englishes() -> None:
    """"bread pudding" of the Double ka Meetha, "apricot dessert" of the Qubani ka Meetha, "rice and
    beans" of the Gallo Pinto, "salty milk tea" of the Suutei Tsai (Milk Tea), "two fried meat pies"
    of the Khuushuur (Fried Meat Pastries), "prawn biryani" of the Shrimp Biryani, "two enchiladas
    nicaraguenses" of the Enchiladas Nicas: the gazetteer had none of these dishes, the matcher no
    "prawn" for a shrimp nor "nica" for Nicaraguan — it asked or knew nothing."""
    shop = menu(("Double ka Meetha", "Desserts", ()), ("Qubani ka Meetha", "Desserts", ()),
                ("Shrimp Biryani", "Biryani", ("shrimp", "basmati rice")),
                ("Chicken Biryani", "Biryani", ("chicken", "basmati rice")),
                ("Enchiladas Nicas", "Platos", ("tortilla", "carne")),
                ("Suutei Tsai (Milk Tea)", "Drinks", ()),
                ("Khuushuur (Fried Meat Pastries)", "Mains", ("mutton", "dough")))
    for said, name, quantity in (("bread pudding", "Double ka Meetha", None),
                                 ("apricot dessert", "Qubani ka Meetha", None),
                                 ("prawn biryani", "Shrimp Biryani", None),
                                 ("two enchiladas nicaraguenses", "Enchiladas Nicas", 2),
                                 ("salty milk tea", "Suutei Tsai (Milk Tea)", None),
                                 ("two fried meat pies", "Khuushuur (Fried Meat Pastries)", 2)):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name and found.quantity == quantity, (said, found)
    nica = menu(("Gallo Pinto", "Platos", ("red beans", "rice", "onion")),
                ("Arroz Blanco", "Acompañantes", ()),
                ("Arroz con Leche", "Postres", ("rice", "milk", "cinnamon")))
    found = nica.resolve("rice and beans")
    assert found.item is not None and found.item.name == "Gallo Pinto", found


def test_greek_and_dutch_menu_words_said_in_english() -> None:
    """"chicken souvlaki" of the Kotopoulo Souvlaki beside the Hirino Souvlaki, "roast lamb" of the
    Arni Psito; "a cheese souffle" of the Kaassoufflé, "kip corn" (heard apart) of the Kipcorn,
    "kapsalon chicken" of the Kapsalon Kip beside the Kapsalon Shoarma: the matcher knew two words
    of Greek and none of Dutch."""
    greek = menu(("Kotopoulo Souvlaki", "Souvlaki", ("chicken", "pita")),
                 ("Hirino Souvlaki", "Souvlaki", ("pork", "pita")),
                 ("Arni Psito", "Mains", ("lamb", "potatoes")))
    dutch = menu(("Kaassoufflé", "Snacks", ()), ("Kipcorn", "Snacks", ()), ("Frikandel", "Snacks", ()),
                 ("Kapsalon Kip", "Kapsalon", ("fries", "cheese", "salad")),
                 ("Kapsalon Shoarma", "Kapsalon", ("fries", "shoarma", "cheese", "salad")))
    for shop, said, name in ((greek, "chicken souvlaki", "Kotopoulo Souvlaki"),
                             (greek, "roast lamb", "Arni Psito"), (dutch, "a cheese souffle", "Kaassoufflé"),
                             (dutch, "kip corn", "Kipcorn"), (dutch, "kapsalon chicken", "Kapsalon Kip")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert found.item.name == name, (said, found)


def test_a_side_of_rice_is_the_side_named_rice() -> None:
    """"side of rice" of the Steamed Rice in "Salads & Sides", beside the rice dishes of "Noodles &
    Rice": the words said were only kinds of food, so every item of either category was asked
    about. ("a square pizza" of the White Pie in "Detroit Squares" still asks: any square is one.)"""
    shop = menu(("Budaatai Khuurga (Beef Fried Rice)", "Noodles & Rice", ("beef", "rice", "egg")),
                ("Nogootoi Khuurga (Vegetable Stir-Fry with Rice)", "Noodles & Rice", ("vegetables", "rice")),
                ("Steamed Rice", "Salads & Sides", ()), ("Cabbage Salad", "Salads & Sides", ("cabbage",)),
                ("White Pie", "Detroit Squares", ("ricotta", "garlic")),
                ("Red Top", "Detroit Squares", ("brick cheese", "tomato sauce")))
    found = shop.resolve("side of rice")
    assert found.status in (MATCH, CONFIRM) and found.item is not None, found
    assert found.item.name == "Steamed Rice", found
    assert shop.resolve("a square pizza").status == AMBIGUOUS


def test_dongbei_dishes_by_their_english_names() -> None:
    """"chicken and mushroom stew" of the 小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with
    Mushrooms), "potato eggplant and green pepper" of the 地三鲜 Di San Xian (Potato, Eggplant and
    Pepper): the gazetteer had neither dish, so the names' words did not hold what was said — and
    "a stew" was the Luan Dun (Northeast Mixed Stew), the one item the menu calls a stew, confirmed,
    where the Xiao Ji Dun Mo Gu is a stew too."""
    shop = menu(("东北乱炖 Luan Dun (Northeast Mixed Stew)", "Stews", ("pork", "potato", "eggplant", "corn")),
                ("小鸡炖蘑菇 Xiao Ji Dun Mo Gu (Chicken Stewed with Mushrooms)", "Stews",
                 ("chicken", "hazel mushrooms", "glass noodles")),
                ("地三鲜 Di San Xian (Potato, Eggplant and Pepper)", "Vegetables",
                 ("potato", "eggplant", "green pepper")),
                ("锅包肉 Guo Bao Rou (Sweet and Sour Crispy Pork)", "Pork",
                 ("pork tenderloin", "potato starch")))
    for said, name in (("chicken and mushroom stew", "Xiao Ji Dun Mo Gu"),
                       ("potato eggplant and green pepper", "Di San Xian")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None, (said, found)
        assert name in found.item.name, (said, found)
    assert shop.resolve("a stew").status == AMBIGUOUS


def test_hindi_fruit_words() -> None:
    """"two small aam lassi" of the Mango Lassi beside the Sweet Lassi: "aam" is Hindi for mango —
    the matcher knew no Hindi word for a fruit, and knew nothing."""
    lassi = _sizes(("Small", "3"), ("Large", "5"))
    shop = menu(("Mango Lassi", "Drinks", ()), ("Sweet Lassi", "Drinks", ()),
                sizes={"Mango Lassi": lassi, "Sweet Lassi": lassi})
    found = shop.resolve("two small aam lassi")
    assert found.item is not None and found.item.name == "Mango Lassi", found
    assert found.size == "Small" and found.quantity == 2, found
