"""Menu resolution: spoken names → one item, a question, or "not on the menu"."""

from __future__ import annotations

import sys
import typing as t
from decimal import Decimal

import pytest

from pos_voice.ordering.matching import AMBIGUOUS, MATCH, UNKNOWN, MenuMatcher, matcher_for
from pos_voice.ordering.text import redact_card_numbers, singular, tokens, words_to_number
from pos_voice.pos.types import Menu, MenuItem, Modifier, SizeOption
from tests.conftest import ROOT

D = Decimal


def pizza(item_id: int, name: str, *, aliases: tuple[str, ...] = (),
          ingredients: tuple[str, ...] = ()) -> MenuItem:
    sizes = (SizeOption("small", D("10.99")), SizeOption("medium", D("13.99")),
             SizeOption("large", D("16.99")))
    return MenuItem(item_id, name, "pizzas", sizes=sizes, aliases=aliases,
                    ingredients=("pizza dough", "mozzarella", *ingredients))


@pytest.fixture(scope="module")
def matcher() -> MenuMatcher:
    drink_sizes = (SizeOption("can", D("1.75")), SizeOption("2 liter", D("3.99")))
    items = (
        pizza(1, "Cheese Pizza", aliases=("plain pizza",)),
        pizza(2, "Pepperoni Pizza", ingredients=("pepperoni",)),
        pizza(3, "Meat Lovers Pizza", ingredients=("pepperoni", "sausage")),
        pizza(4, "Margherita Pizza", ingredients=("fresh basil",)),
        MenuItem(5, "Pepperoni Slice", "slices", base_price=D("3.75"), ingredients=("pepperoni",)),
        MenuItem(6, "Garlic Knots", "sides", sizes=(SizeOption("6 piece", D("4.99")),
                                                    SizeOption("12 piece", D("8.49")))),
        MenuItem(7, "Caesar Salad", "salads", base_price=D("8.99")),
        MenuItem(8, "Coke", "drinks", sizes=drink_sizes, aliases=("coca cola",)),
        MenuItem(9, "Sprite", "drinks", sizes=drink_sizes),
        MenuItem(10, "Shrimp Scampi", "pastas", base_price=D("18.99"), ingredients=("shrimp", "garlic")),
        MenuItem(11, "Seafood Pasta", "pastas", base_price=D("21.99"), ingredients=("shrimp", "clams")),
        MenuItem(12, "Family Deal", "specials", base_price=D("34.99"), is_special=True),
    )
    return MenuMatcher(Menu(items, (Modifier(1, "mushrooms", D("1.25")), Modifier(2, "bacon", D("2")))))


@pytest.mark.parametrize(("spoken", "name", "size", "quantity"), [
    ("a large pep", "Pepperoni Pizza", "large", None),
    ("pepperoni pie", "Pepperoni Pizza", None, None),
    ("meat lovers", "Meat Lovers Pizza", None, None),
    ("marg pizza", "Margherita Pizza", None, None),
    ("two cokes", "Coke", None, 2),
    ("2 liter of sprite", "Sprite", "2 liter", None),
    ("a two-liter coca cola", "Coke", "2 liter", None),
    ("garlic knot", "Garlic Knots", None, None),
    ("twelve piece garlic knots", "Garlic Knots", "12 piece", None),
    ("three large plain pizzas", "Cheese Pizza", "large", 3),
    ("the special", "Family Deal", None, None),
    ("seizure salad", "Caesar Salad", None, None),
    ("a large pepperoni", "Pepperoni Pizza", "large", None),  # only the pizza comes in large
])
def test_sure_matches(matcher: MenuMatcher, spoken: str, name: str, size: str | None,
                      quantity: int | None) -> None:
    result = matcher.resolve(spoken)
    assert result.status == MATCH and result.item is not None and result.item.name == name
    assert result.size == size
    assert result.quantity == quantity


@pytest.mark.parametrize(("spoken", "expected_candidates"), [
    ("a pizza", {"Cheese Pizza", "Pepperoni Pizza", "Margherita Pizza"}),
    ("pepperoni", {"Pepperoni Pizza", "Pepperoni Slice"}),  # the pizza or the slice?
    ("shrimp", {"Shrimp Scampi", "Seafood Pasta"}),  # both are made with shrimp
    ("a drink", {"Coke", "Sprite"}),
    ("a 2 liter", {"Coke", "Sprite"}),
])
def test_ambiguous_names_ask(matcher: MenuMatcher, spoken: str, expected_candidates: set[str]) -> None:
    result = matcher.resolve(spoken)
    assert result.status == AMBIGUOUS and result.item is None
    assert expected_candidates <= {c.name for c in result.candidates}


@pytest.mark.parametrize("spoken", ["pepsi", "a cheeseburger", "sushi", "uh", "coffee",
                                    "a pepperoni calzone"])
def test_unknown_names_never_match(matcher: MenuMatcher, spoken: str) -> None:
    assert matcher.resolve(spoken).status in (UNKNOWN, AMBIGUOUS)


def test_size_given_separately_and_size_names(matcher: MenuMatcher) -> None:
    result = matcher.resolve("pepperoni pizza", size="LG")
    assert result.item is not None and result.size == "large"
    coke = next(item for item in matcher.items if item.name == "Coke")
    assert matcher.size_name(coke, "two liter") == "2 liter"
    assert matcher.size_name(coke, "large") is None


def test_config_aliases_and_matcher_cache() -> None:
    menu = Menu((MenuItem(1, "Chicken Parmigiana", "entrees", base_price=D("17.99")),
                 MenuItem(2, "Tony's Special", "pizzas", base_price=D("23.99"))))
    plain = MenuMatcher(menu)
    assert plain.resolve("the house pie").status != MATCH
    aliased = MenuMatcher(menu, {"the house pie": "Tony's Special"})
    found = aliased.resolve("the house pie")
    assert found.item is not None and found.item.name == "Tony's Special"
    assert matcher_for(menu) is matcher_for(menu)


def test_text_normalisation() -> None:
    assert tokens("Two Large Pepperonis & a Coke") == ["2", "large", "pepperoni", "and", "a", "coke"]
    assert tokens("a 2-liter") == ["a", "2", "liter"]
    assert singular("cookies") == "cookie" and singular("fries") == "fries" and singular("knots") == "knot"
    assert tokens("b b q chicken") == ["barbecue", "chicken"] and tokens("a b.l.t.") == ["a", "blt"]
    assert words_to_number("twenty one") == 21 and words_to_number("pizza") is None
    assert redact_card_numbers("card 4111 1111 1111 1111 ok") == "card [redacted] ok"
    assert redact_card_numbers("call 555-123-4567") == "call 555-123-4567"


def test_benchmark_variants_have_zero_wrong_matches() -> None:
    """The hand-labelled spoken variants of bench/ over the real demo menu: no wrong item, ever."""
    sys.path.insert(0, str(ROOT / "bench"))
    import menu_matching
    import menu_variants

    menu = menu_matching.demo_menu()
    for variants in (menu_variants.VARIANTS, menu_variants.HELD_OUT):
        report = menu_matching.evaluate(menu, t.cast(t.Any, variants))
        wrong = [o for o in report.outcomes if o.verdict == "wrong"]
        assert wrong == []
        assert report.count("correct") / report.total() >= 0.95


def test_a_fresh_read_of_the_same_menu_reuses_the_indexes_with_fresh_stock() -> None:
    first = Menu((MenuItem(1, "Seafood Pasta", "pastas", base_price=D("21.99")),
                  MenuItem(2, "Chicken Alfredo", "pastas", base_price=D("16.99"))))
    fresh = Menu((MenuItem(1, "Seafood Pasta", "pastas", base_price=D("22.99"), available=False),
                  MenuItem(2, "Chicken Alfredo", "pastas", base_price=D("16.99"))))
    before = matcher_for(first)
    after = matcher_for(fresh)
    assert after is not before and after.word_items is before.word_items  # no rebuild
    found = after.resolve("seafood pasta").item
    assert found is not None and found.available is False and found.base_price == D("22.99")
