"""Menu resolution rules found in blind set 14's failures on the Döner-Pizza Imbiss, Romanian,
Uyghur and Goan menus (branch w-tune14b). Each test was seen failing on the matcher before its
change (main 5cc9f78)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu

_PIZZA = (SizeOption("klein 26 cm", Decimal("6.5")), SizeOption("groß 32 cm", Decimal("9")))


def test_a_number_inside_a_name_said_whole_is_no_count() -> None:
    """"pizza quattro formaggi" where the Imbiss has no such pizza: the "quattro" inside the name
    was read as four of a "pizza cheese", and that confirmed the Pizza Margherita (a cheese and
    tomato pizza to the gazetteer). A number said after the name, last, is still a count."""
    imbiss = menu(("Pizza Margherita", "pizza", ("Tomatensoße", "Käse")),
                  ("Pizza Salami", "pizza", ("Salami", "Käse")),
                  ("Pizza Funghi", "pizza", ("Champignons", "Käse")),
                  sizes={"Pizza Margherita": _PIZZA, "Pizza Salami": _PIZZA, "Pizza Funghi": _PIZZA})
    found = imbiss.resolve("pizza quattro formaggi")
    assert found.item is None, found
    counted = imbiss.resolve("pizza salami two")
    assert counted.status == MATCH and counted.quantity == 2, counted


def test_a_schnitzel_with_sauce_asks_between_the_schnitzels_with_a_sauce() -> None:
    """"a schnitzel with sauce" of a Jägerschnitzel and a Paprikaschnitzel: the gazetteer said the
    Jäger is "with mushroom gravy" only, so the Paprika ("with pepper sauce") was confirmed alone.
    The Jägerschnitzel is a schnitzel with mushroom sauce too: asked, and "schnitzel with mushroom
    sauce" is the Jägerschnitzel."""
    imbiss = menu(("Schnitzel Wiener Art", "schnitzel", ("Schweineschnitzel paniert", "Pommes")),
                  ("Jägerschnitzel", "schnitzel", ("Schnitzel", "Champignonrahmsoße", "Pommes")),
                  ("Paprikaschnitzel", "schnitzel", ("Schnitzel", "Paprikasoße", "Pommes")),
                  ("Currywurst", "imbiss", ("Bratwurst", "Currysoße")))
    asked = imbiss.resolve("a schnitzel with sauce")
    assert asked.status == AMBIGUOUS, asked
    assert {c.name for c in asked.candidates} == {"Jägerschnitzel", "Paprikaschnitzel"}, asked
    found = imbiss.resolve("schnitzel with mushroom sauce")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Jägerschnitzel", found
