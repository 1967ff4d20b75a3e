"""Menu resolution rules and data found in blind set 9's failures on its pizzerias, Somali and
Yemeni menus (branch w-match14b): food words and gazetteer lines of Roman cooking (panna, cicoria,
crostata, visciole; fiori di zucca, olive ascolane, carciofi alla giudia, pizza e mortazza). Each
test was seen failing on main de24cdc before its change, on menus of our own."""

from __future__ import annotations

from pos_voice.ordering.matching import CONFIRM, MATCH
from tests.support.menus import menu


def _roman_shop():  # type: ignore[no-untyped-def]
    return menu(("Fiori di Zucca Fritti", "fritti", ("fiori di zucca", "mozzarella")),
                ("Olive all'Ascolana", "fritti", ("olive verdi", "carne")),
                ("Carciofi alla Giudia", "contorni", ("carciofi",)),
                ("Carciofi alla Romana", "contorni", ("carciofi", "mentuccia")),
                ("Cicoria Ripassata", "contorni", ("cicoria", "aglio")),
                ("Maritozzo con la Panna", "dolci", ("brioche",)),
                ("Crostata di Visciole", "dolci", ("frolla",)),
                ("Pizza e Mortazza", "panini", ("pizza bianca", "mortadella")),
                ("Supplì", "fritti", ("riso", "mozzarella")))


def test_roman_dishes_said_in_english_are_the_menus_italian_names() -> None:
    """What a caller calls the Roman dishes of an Italian menu, by general knowledge of them
    (the gazetteer) or by the food words of their names: each the item, confirmed or added."""
    shop = _roman_shop()
    for said, name in (("fried zucchini flowers", "Fiori di Zucca Fritti"),
                       ("fried squash blossoms", "Fiori di Zucca Fritti"),
                       ("stuffed olives", "Olive all'Ascolana"),
                       ("jewish style artichokes", "Carciofi alla Giudia"),
                       ("a roman artichoke", "Carciofi alla Romana"),
                       ("chicory", "Cicoria Ripassata"),
                       ("a cream bun", "Maritozzo con la Panna"),
                       ("sour cherry tart", "Crostata di Visciole"),
                       ("a mortadella sandwich", "Pizza e Mortazza")):
        found = shop.resolve(said)
        assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == name, (
            said, found)
