"""Menu resolution rules found in blind set 9's failures on the Russian, Hungarian, Cambodian,
Guatemalan and Ecuadorian menus (branch w-match13): a gloss in brackets after "with" names the dish
again, not what comes with it; a name word the recogniser wrote as English food ("chuck" for
"chok") is the name misheard when the words said sound as the rest of it. Each test was seen failing
on the matcher before its change (main de24cdc)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import CONFIRM, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def test_a_gloss_in_brackets_after_with_is_the_name_again_not_what_comes_with_it() -> None:
    """"buckwheat with mushrooms" of the Buckwheat with Mushrooms (Grechka): the name said whole —
    the "(Grechka)", translated "buckwheat", made the whole name what comes with the dish."""
    cafe = menu(("Buckwheat with Mushrooms (Grechka)", "Main Dishes",
                 ("buckwheat", "mushrooms", "onion")),
                ("Beef Stroganoff", "Main Dishes",
                 ("beef strips", "mushroom sauce", "buckwheat or mashed potato")),
                ("Borscht", "Soups", ("beets", "cabbage")))
    found = cafe.resolve("buckwheat with mushrooms")
    assert found.status == MATCH and found.item is not None and found.item.name.startswith("Buckwheat"), found


def test_a_name_word_heard_as_english_food_is_the_name_misheard() -> None:
    """"noom bun chuck" (and with a size, "noom bun chuck small") for the Num Banh Chok: "bun" and
    "chuck" are food words the item lacks, but they name nothing else here and the words said sound
    as its name — confirmed, not refused. "beef chuck" stays no Num Banh Chok."""
    shop = menu(("Num Banh Chok", "Noodle Soups", ("rice noodles", "green fish curry")),
                ("Kuy Teav Phnom Penh", "Noodle Soups", ("rice noodles", "pork broth")),
                ("Lok Lak", "Rice Plates", ("beef cubes", "lime pepper dip")),
                sizes={"Num Banh Chok": (SizeOption("Small", Decimal("10")),
                                         SizeOption("Large", Decimal("13")))})
    for said in ("noom bun chuck", "noom bun chuck small"):
        found = shop.resolve(said)
        assert found.status == CONFIRM and found.item is not None, (said, found)
        assert found.item.name == "Num Banh Chok", (said, found)
    other = shop.resolve("beef chuck")
    assert other.item is None or other.item.name != "Num Banh Chok", other
