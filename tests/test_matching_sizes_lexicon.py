"""Sizes named in a menu's own language and what a size word means (branch w-size13b): a caller's
"slice" / "a piece" is the item's part size whatever the menu calls it (Trancio, Pedaço, Porción,
Part), "whole" / "a full pie" its whole size (Teglia Intera, Inteira, Entera, Entière), an English
ladder word said of a native ladder (Broto / Média / Grande / Família, Klein / Mittel / Groß) the
size of that rank, "the biggest" the largest; a count said of an item sold "6 pz" / "12 pz" that
size; and where the words said map to no one of the item's sizes, the size is kept and asked
about (``size`` None, ``size_said`` kept), never picked nor dropped. Menus written for these tests
from general knowledge of how menus name sizes; each test was seen failing on main de24cdc."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, MenuMatcher
from pos_voice.ordering.size_words import SIZE_LEXICON, meanings
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu

D = Decimal


def _sized(shop: MenuMatcher, said: str, name: str, size: str) -> None:
    found = shop.resolve(said)
    assert found.item is not None and found.item.name == name, (said, found)
    assert found.size == size, (said, found.size, found.size_said)


def _asked(shop: MenuMatcher, said: str, name: str) -> None:
    """The caller is asked: the item found with the size said kept and none of its sizes picked,
    or the item asked about with the size said."""
    found = shop.resolve(said)
    if found.status == AMBIGUOUS:
        assert [c.name for c in found.candidates] == [name] and found.size_said, (said, found)
        return
    assert found.item is not None and found.item.name == name, (said, found)
    assert found.size is None and found.size_said, (said, found.size, found.size_said)


def test_the_lexicon_says_what_a_size_word_means_in_many_languages() -> None:
    assert all("part" in meanings(word) for word in ("trancio", "pedaco", "slice", "porcion", "dilim"))
    assert "whole" in meanings("intera") and "whole" in meanings("entiere") and "whole" in meanings("ganz")
    assert meanings("broto") == {"rung 2"} and meanings("gross") == {"rung 4"}
    assert meanings("familia") == {"rung 6"} and meanings("media") == {"rung 3", "half"}
    assert "unit" in meanings("pz") and "unit" in meanings("stuck") and "measure" in meanings("cm")
    assert "count 12" in meanings("docena") and "count 12" in meanings("douzaine")
    assert all(word == word.lower() and word.isascii() for word in SIZE_LEXICON)  # folded as tokens fold


def test_a_slice_or_the_whole_tray_of_an_al_taglio_menu_is_its_trancio_or_its_teglia() -> None:
    sizes = (SizeOption("Trancio", D("4.50")), SizeOption("Mezza Teglia", D("14.00")),
             SizeOption("Teglia Intera", D("26.00")))
    forno = menu(("Margherita", "pizza al taglio", ("pomodoro", "mozzarella")),
                 ("Patate e Rosmarino", "pizza al taglio", ("patate", "rosmarino")),
                 ("Supplì", "fritti", ("riso", "mozzarella")),
                 sizes={"Margherita": sizes, "Patate e Rosmarino": sizes})
    _sized(forno, "a slice of margherita", "Margherita", "Trancio")
    _sized(forno, "a piece of the patate e rosmarino", "Patate e Rosmarino", "Trancio")
    _sized(forno, "two pieces of the patate e rosmarino", "Patate e Rosmarino", "Trancio")
    assert forno.resolve("two pieces of the patate e rosmarino").quantity == 2
    _sized(forno, "the whole tray of margherita", "Margherita", "Teglia Intera")
    _sized(forno, "half a tray of margherita", "Margherita", "Mezza Teglia")


def test_an_english_ladder_word_said_of_a_brazilian_ladder_is_the_size_of_its_rank() -> None:
    ladder = (SizeOption("Broto", D("39.00")), SizeOption("Média", D("49.00")),
              SizeOption("Grande", D("59.00")), SizeOption("Família", D("69.00")))
    parts = (SizeOption("Pedaço", D("9.00")), SizeOption("Inteira", D("59.00")))
    pizzaria = menu(("Calabresa", "pizzas salgadas", ("calabresa", "cebola")),
                    ("Portuguesa", "pizzas salgadas", ("presunto", "ovo", "cebola")),
                    ("Prestígio", "pizzas doces", ("chocolate", "coco")),
                    sizes={"Calabresa": ladder, "Portuguesa": ladder, "Prestígio": parts})
    _sized(pizzaria, "a large calabresa", "Calabresa", "Grande")
    _sized(pizzaria, "a small portuguesa", "Portuguesa", "Broto")
    _sized(pizzaria, "a medium calabresa", "Calabresa", "Média")
    _sized(pizzaria, "the biggest calabresa", "Calabresa", "Família")
    _sized(pizzaria, "the smallest portuguesa", "Portuguesa", "Broto")
    _sized(pizzaria, "a slice of the prestigio", "Prestígio", "Pedaço")
    _sized(pizzaria, "a whole prestigio", "Prestígio", "Inteira")


def test_a_slice_or_a_full_pie_of_an_argentine_or_a_french_menu_is_its_part_or_its_whole() -> None:
    porteño = (SizeOption("Porción", D("3500")), SizeOption("Entera", D("18000")))
    french = (SizeOption("Part", D("4.50")), SizeOption("Entière", D("24.00")))
    shop = menu(("Fugazzeta", "pizzas", ("mozzarella", "cebolla")),
                ("Napolitana", "pizzas", ("tomate", "ajo", "mozzarella")),
                ("Reine", "pizzas", ("jambon", "champignons")),
                ("Faina", "pizzas", ("garbanzo",)),
                sizes={"Fugazzeta": porteño, "Napolitana": porteño, "Reine": french})
    _sized(shop, "a slice of fugazzeta", "Fugazzeta", "Porción")
    _sized(shop, "una porcion de napolitana", "Napolitana", "Porción")
    _sized(shop, "a full pie of napolitana", "Napolitana", "Entera")
    _sized(shop, "a slice of the reine", "Reine", "Part")
    _sized(shop, "a whole reine", "Reine", "Entière")


def test_a_small_or_a_large_of_a_german_ladder_is_its_klein_or_its_gross() -> None:
    sizes = (SizeOption("Klein", D("7.50")), SizeOption("Mittel", D("9.50")), SizeOption("Groß", D("12.00")))
    imbiss = menu(("Pizza Salami", "pizza", ("salami", "käse")),
                  ("Pizza Funghi", "pizza", ("champignons", "käse")),
                  ("Currywurst", "imbiss", ("wurst", "curry")),
                  sizes={"Pizza Salami": sizes, "Pizza Funghi": sizes})
    _sized(imbiss, "a large pizza salami", "Pizza Salami", "Groß")
    _sized(imbiss, "a small pizza funghi", "Pizza Funghi", "Klein")
    _sized(imbiss, "a medium pizza salami", "Pizza Salami", "Mittel")
    _sized(imbiss, "the biggest pizza funghi", "Pizza Funghi", "Groß")


def test_a_count_said_of_an_item_sold_by_pezzi_is_that_size() -> None:
    sizes = (SizeOption("6 pz", D("7.00")), SizeOption("12 pz", D("13.00")))
    friggitoria = menu(("Arancini al Ragù", "fritti", ("riso", "ragù")),
                       ("Olive Ascolane", "fritti", ("olive", "carne")),
                       ("Tiramisù", "dolci", ("mascarpone", "caffè")),
                       sizes={"Arancini al Ragù": sizes, "Olive Ascolane": sizes})
    _sized(friggitoria, "six arancini al ragu", "Arancini al Ragù", "6 pz")
    _sized(friggitoria, "a dozen olive ascolane", "Olive Ascolane", "12 pz")
    _sized(friggitoria, "twelve pieces of the olive ascolane", "Olive Ascolane", "12 pz")


def test_a_size_said_that_maps_to_no_one_size_of_the_item_is_kept_and_asked() -> None:
    """"a medium licuado" of one sold Pequeño / Grande, "a large" of one sold by two parts: no size
    of its own is that one — kept and asked, neither picked nor dropped. "a slice" of an item sold
    in two part sizes (a Trancio and a Fetta): which? Ask."""
    drinks = (SizeOption("Pequeño", D("4.00")), SizeOption("Grande", D("6.00")))
    two_parts = (SizeOption("Trancio", D("4.00")), SizeOption("Fetta Doppia", D("7.00")),
                 SizeOption("Teglia Intera", D("24.00")))
    shop = menu(("Licuado de Fresa", "licuados", ("fresa", "leche")),
                ("Licuado de Mango", "licuados", ("mango", "leche")),
                ("Rossa", "pizza al taglio", ("pomodoro",)),
                sizes={"Licuado de Fresa": drinks, "Licuado de Mango": drinks, "Rossa": two_parts})
    _sized(shop, "a large licuado de fresa", "Licuado de Fresa", "Grande")
    _asked(shop, "a medium licuado de mango", "Licuado de Mango")
    _asked(shop, "a slice of rossa", "Rossa")
    _sized(shop, "the whole tray of rossa", "Rossa", "Teglia Intera")


def test_a_tray_of_an_al_taglio_pizza_is_its_whole_tray_and_a_half_tray_is_no_whole() -> None:
    """"a tray of the bianca" of one sold Trancio / Mezza Teglia / Teglia Intera: the whole tray
    (the vessel said for all of it); "a tray of ziti" of one sold Half Tray / Full Tray: the full
    one, the half tray being half of it."""
    al_taglio = (SizeOption("Trancio", D("4.00")), SizeOption("Mezza Teglia", D("13.00")),
                 SizeOption("Teglia Intera", D("25.00")))
    catering = (SizeOption("Half Tray", D("45.00")), SizeOption("Full Tray", D("85.00")))
    shop = menu(("Pizza Bianca", "pizza al taglio", ("olio", "sale")),
                ("Baked Ziti", "catering", ("ziti", "ricotta", "mozzarella")),
                ("Caesar Salad", "salads", ("romaine", "parmesan")),
                sizes={"Pizza Bianca": al_taglio, "Baked Ziti": catering})
    _sized(shop, "a tray of the pizza bianca", "Pizza Bianca", "Teglia Intera")
    _sized(shop, "a tray of baked ziti", "Baked Ziti", "Full Tray")
    _sized(shop, "half a tray of baked ziti", "Baked Ziti", "Half Tray")


def test_a_measure_said_of_sizes_named_by_rung_and_measure_is_the_size_of_that_measure() -> None:
    """"a sixteen inch pepperoni" of one sold Small 10" / Large 16": the Large 16", never dropped;
    "a 30 cm margherita" of one sold Piccola 30 cm / Grande 40 cm: the Piccola."""
    inches = (SizeOption('Small 10"', D("11.00")), SizeOption('Large 16"', D("17.00")))
    cm = (SizeOption("Piccola 30 cm", D("8.00")), SizeOption("Grande 40 cm", D("12.00")))
    shop = menu(("Pepperoni Pizza", "pizza", ("pepperoni", "mozzarella")),
                ("Margherita", "pizze", ("pomodoro", "mozzarella")),
                ("Garlic Knots", "sides", ("garlic", "butter")),
                sizes={"Pepperoni Pizza": inches, "Margherita": cm})
    _sized(shop, "a sixteen inch pepperoni pizza", "Pepperoni Pizza", 'Large 16"')
    _sized(shop, "a ten inch pepperoni pizza", "Pepperoni Pizza", 'Small 10"')
    _sized(shop, "a 30 cm margherita", "Margherita", "Piccola 30 cm")


def test_a_sheet_or_the_smallest_is_the_full_sheet_or_the_first_rung_of_sizes_with_measures() -> None:
    """"a sheet of tres leches" of one sold Half Sheet / Full Sheet: the Full Sheet; "the smallest"
    and "a small" of Personal 8" / Medium 12" / Large 16": the Personal 8" (its rung), not dropped."""
    sheets = (SizeOption("Half Sheet", D("40.00")), SizeOption("Full Sheet", D("75.00")))
    pies = (SizeOption('Personal 8"', D("8.00")), SizeOption('Medium 12"', D("13.00")),
            SizeOption('Large 16"', D("18.00")))
    shop = menu(("Tres Leches", "cakes", ("milk", "cream")),
                ("Cheese Pizza", "pizza", ("mozzarella", "tomato")),
                ("Garden Salad", "salads", ("lettuce", "tomato")),
                sizes={"Tres Leches": sheets, "Cheese Pizza": pies})
    _sized(shop, "a sheet of tres leches", "Tres Leches", "Full Sheet")
    _sized(shop, "a half sheet of tres leches", "Tres Leches", "Half Sheet")
    _sized(shop, "the smallest cheese pizza", "Cheese Pizza", 'Personal 8"')
    _sized(shop, "a small cheese pizza", "Cheese Pizza", 'Personal 8"')
    _sized(shop, "the biggest cheese pizza", "Cheese Pizza", 'Large 16"')
