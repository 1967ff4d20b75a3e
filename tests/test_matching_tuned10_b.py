"""Rules found in blind set 10's failures, half b (session 12: the Ghanaian, Chilean, Czech,
Shanghainese and Tunisian menus). Each test was seen failing on main 588faf3."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def _sizes(*names: str) -> tuple[SizeOption, ...]:
    return tuple(SizeOption(name, Decimal(10 + 5 * n)) for n, name in enumerate(names))


def test_a_kind_only_one_name_means_is_as_likely_of_the_brands_sold_beside_it_in_its_sizes() -> None:
    """"a large beer" of the Pilsner Urquell, Budweiser Budvar and Kozel Dark, each Small or Large:
    the Pilsner was confirmed, "pilsner" being the one name that means beer; the brands beside it,
    sold in the same sizes and named no kind, are as likely beers — ask."""
    beer = _sizes("Small", "Large")
    czech = menu(("Pilsner Urquell", "Drinks"), ("Budweiser Budvar", "Drinks"), ("Kozel Dark", "Drinks"),
                 ("Kofola", "Drinks"), ("Svickova", "Mains", ("beef", "cream sauce")),
                 sizes={"Pilsner Urquell": beer, "Budweiser Budvar": beer, "Kozel Dark": beer})
    for said in ("a large beer", "a beer"):
        found = czech.resolve(said)
        assert found.status == AMBIGUOUS, (said, found)
        assert {c.name for c in found.candidates} >= {"Pilsner Urquell", "Budweiser Budvar"}, said
    assert czech.resolve("two small pilsner").item.name == "Pilsner Urquell"
    # sold in other sizes (a soda), the one beer is still the one plausible item
    alone = menu(("Pilsner Urquell", "Drinks"), ("Kofola", "Drinks"), ("Svickova", "Mains"),
                 sizes={"Pilsner Urquell": beer, "Kofola": _sizes("Can", "Bottle")})
    found = alone.resolve("a beer")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Pilsner Urquell"
