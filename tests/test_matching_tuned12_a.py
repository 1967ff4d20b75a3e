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
