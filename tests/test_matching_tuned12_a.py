"""Menu resolution rules found in blind set 12's failures on the Ohio Valley pizza, Palermo
pizzeria, Hunan, Bangladeshi and Honduran menus (branch w-tune12a). Each test was seen failing on
the matcher before its change (main 839d80a)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def test_a_count_said_names_a_size_counted_in_the_items_own_pieces() -> None:
    """"a dozen hot wings", "six mild wings" of wings sized "6 Wings" / "12 Wings" / "24 Wings":
    the count is the size (its unit is the item's own noun, not "piece") — it was added with no
    size at all. "twelve wings" of two wings stays a question; "two hot wings" stays two."""
    wings = tuple(SizeOption(name, Decimal(price)) for name, price in
                  (("6 Wings", "8.50"), ("12 Wings", "15.50"), ("24 Wings", "29")))
    shop = menu(("Hot Wings", "Wings", ("wings", "hot sauce")),
                ("Mild Wings", "Wings", ("wings", "mild sauce")),
                ("French Fries", "Sides"), sizes={"Hot Wings": wings, "Mild Wings": wings})
    for said, item, size in (("a dozen hot wings", "Hot Wings", "12 Wings"),
                             ("six mild wings", "Mild Wings", "6 Wings"),
                             ("hot wings twenty four", "Hot Wings", "24 Wings")):
        found = shop.resolve(said)
        assert found.status == MATCH and found.item is not None and found.item.name == item, (said, found)
        assert found.size == size, (said, found)
    assert shop.resolve("twelve wings").status == AMBIGUOUS
    two = shop.resolve("two hot wings")
    assert two.status == MATCH and two.quantity == 2 and two.size is None, two


def test_an_italian_number_said_first_is_a_count() -> None:
    """"dieci panelle" of Panelle by 5 / 10 Pezzi is the 10 Pezzi, "due cannoli" two cannoli:
    "dieci" and "due" were words left over (asked). A name that starts with a number stays the
    name ("quattro formaggi")."""
    pezzi = (SizeOption("5 Pezzi", Decimal("3")), SizeOption("10 Pezzi", Decimal("5")))
    shop = menu(("Panelle", "Fritti", ("chickpea flour fritters",)),
                ("Cannolo Siciliano", "Dolci", ("fried shell", "sweet ricotta")),
                ("Quattro Formaggi", "Pizze", ("mozzarella", "gorgonzola")),
                ("Margherita", "Pizze", ("tomato", "mozzarella")), sizes={"Panelle": pezzi})
    found = shop.resolve("dieci panelle")
    assert found.status == MATCH and found.item is not None and found.item.name == "Panelle", found
    assert found.size == "10 Pezzi", found
    two = shop.resolve("due cannoli")
    assert two.item is not None and two.item.name == "Cannolo Siciliano" and two.quantity == 2, two
    four = shop.resolve("quattro formaggi")
    assert four.status == MATCH and four.item is not None and four.item.name == "Quattro Formaggi", four
    assert four.quantity is None, four


def test_a_number_word_said_before_a_unit_after_the_name_is_the_size() -> None:
    """"crocche dieci pezzi" of the Crocchè by 5 / 10 Pezzi: "dieci pezzi" is the 10 Pezzi (the
    number word was left over, asked); as "crocche 10 pezzi" already was."""
    pezzi = (SizeOption("5 Pezzi", Decimal("3")), SizeOption("10 Pezzi", Decimal("5")))
    shop = menu(("Crocchè", "Fritti", ("potato croquettes", "mint")),
                ("Panelle", "Fritti", ("chickpea flour fritters",)),
                ("Arancina al Ragù", "Fritti", ("rice", "ragù")),
                sizes={"Crocchè": pezzi, "Panelle": pezzi})
    for said, size in (("crocche dieci pezzi", "10 Pezzi"), ("panelle cinque pezzi", "5 Pezzi")):
        found = shop.resolve(said)
        assert found.status == MATCH and found.item is not None and found.item.name in said.title().replace(
            "Crocche", "Crocchè"), (said, found)
        assert found.size == size, (said, found)


def test_a_licuado_is_a_smoothie() -> None:
    """"a large banana smoothie" of the Licuado de Banano (Chico / Grande): a licuado is the
    blended fruit drink a caller calls a smoothie — nothing was found. "a smoothie" of three
    licuados stays a question."""
    sized = (SizeOption("Chico", Decimal("4")), SizeOption("Grande", Decimal("5.50")))
    shop = menu(("Licuado de Banano", "Bebidas", ("banana", "milk")),
                ("Licuado de Fresa", "Bebidas", ("strawberry", "milk")),
                ("Horchata", "Bebidas", ("rice", "cinnamon")), ("Baleada Sencilla", "Baleadas"),
                sizes={"Licuado de Banano": sized, "Licuado de Fresa": sized})
    found = shop.resolve("a large banana smoothie")
    assert found.item is not None and found.item.name == "Licuado de Banano", found
    assert found.size == "Grande", found
    assert shop.resolve("a smoothie").status == AMBIGUOUS


def test_con_todo_is_with_everything_and_sencilla_is_simple() -> None:
    """"three baleadas with everything" of the Baleada con Todo and "two simple baleadas" of the
    Baleada Sencilla: the Spanish menu words said in English found nothing. "una baleada" of
    several stays a question."""
    shop = menu(("Baleada Sencilla", "Baleadas", ("flour tortilla", "beans", "cheese")),
                ("Baleada con Huevo", "Baleadas", ("flour tortilla", "beans", "egg")),
                ("Baleada con Todo", "Baleadas", ("flour tortilla", "beans", "egg", "avocado")),
                ("Horchata", "Bebidas", ("rice", "cinnamon")))
    for said, item, count in (("three baleadas with everything", "Baleada con Todo", 3),
                              ("two simple baleadas", "Baleada Sencilla", 2),
                              ("baleada con todo", "Baleada con Todo", None)):
        found = shop.resolve(said)
        assert found.status == MATCH and found.item is not None and found.item.name == item, (said, found)
        assert found.quantity == count, (said, found)
    assert shop.resolve("una baleada").status == AMBIGUOUS


def test_chili_and_chilies_are_one_word() -> None:
    """"eggs with green chili" of the Scrambled Eggs with Green Chilies: "chilies" was made
    singular "chily", so "chili" said was a word the name lacked (asked)."""
    from pos_voice.ordering.text import singular

    assert singular("chilies") == singular("chili") == "chili"
    assert singular("chillies") == "chilli" and singular("berries") == "berry"
    shop = menu(("Scrambled Eggs with Green Chilies", "Vegetables", ("eggs", "green chilies")),
                ("Egg Fried Rice", "Rice", ("rice", "egg")),
                ("Cumin Lamb", "Meats", ("lamb", "cumin", "chili")))
    found = shop.resolve("eggs with green chili")
    assert found.item is not None and found.item.name.startswith("Scrambled Eggs"), found


def test_italian_col_is_with_the() -> None:
    """"brioche col gelato" of the Brioche con Gelato: "col" (Italian "with the") was a word the
    name lacked, asked."""
    shop = menu(("Brioche con Gelato", "Dolci", ("brioche bun", "gelato")),
                ("Cannolo Siciliano", "Dolci", ("fried shell", "ricotta")),
                ("Granita al Limone", "Dolci", ("lemon ice",)))
    found = shop.resolve("brioche col gelato")
    assert found.status == MATCH and found.item is not None and found.item.name == "Brioche con Gelato", found
