"""Menu resolution rules found in blind set 13's failures on the Dutch snackbar, okonomiyaki,
Cape Verdean, Yunnan noodle and Irish pub menus (branch w-tune13b). Each test was seen failing on
the matcher before its change (main b1583c7)."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import AMBIGUOUS, MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def test_a_count_said_names_the_dutch_stuks_size() -> None:
    """"twelve bitterballen" and "nine chicken nuggets" of items sold by "6 Stuks" / "12 Stuks":
    the Dutch "stuk" (piece) was no unit the matcher knew, so the count said named no size and the
    item was added with none (wrong); "a large patat" is the Groot."""
    shop = menu(("Bitterballen", "Snacks", ("beef ragout balls", "mustard")),
                ("Kipnuggets", "Snacks", ("chicken nuggets",)),
                ("Patat", "Friet", ("fries",)),
                sizes={"Bitterballen": (SizeOption("6 Stuks", Decimal("4.8")),
                                        SizeOption("12 Stuks", Decimal("8.9"))),
                       "Kipnuggets": (SizeOption("6 Stuks", Decimal("4.2")),
                                      SizeOption("9 Stuks", Decimal("5.9"))),
                       "Patat": (SizeOption("Klein", Decimal("2.5")),
                                 SizeOption("Middel", Decimal("3")),
                                 SizeOption("Groot", Decimal("3.5")))})
    for said, name, size in (("twelve bitterballen", "Bitterballen", "12 Stuks"),
                             ("nine chicken nuggets", "Kipnuggets", "9 Stuks")):
        found = shop.resolve(said)
        assert found.item is not None and found.item.name == name, (said, found)
        assert found.size == size, (said, found)
    found = shop.resolve("a large patat")
    assert found.status == MATCH and found.size == "Groot", found


def test_the_portuguese_plural_in_eis_is_the_singular_in_el() -> None:
    """"six pasteis" on a menu of a Pastel com Diabo Dentro and Pastéis de Bacalhau: "pastéis" is
    the plural of "pastel", both items are pastéis and the caller is asked between them (it
    confirmed the Pastéis de Bacalhau: wrong); "twelve pasteis com diabo" is the Pastel com Diabo."""
    shop = menu(("Pastel com Diabo Dentro (Tuna Pastry with the Devil Inside)", "Petiscos",
                 ("tuna", "onion", "chili")),
                ("Pastéis de Bacalhau (Codfish Cakes)", "Petiscos", ("salt cod", "potato", "parsley")),
                ("Caldo de Peixe (Fish Stew)", "Pratos", ("fish", "potato")))
    found = shop.resolve("six pasteis")
    assert found.status == AMBIGUOUS and found.item is None, found
    found = shop.resolve("twelve pasteis com diabo")
    assert found.item is not None and found.item.name.startswith("Pastel com Diabo"), found
    assert found.quantity == 12, found
