"""Menu resolution: spoken names → one item, a question, or "not on the menu"."""

from __future__ import annotations

import sys
import typing as t
from decimal import Decimal

import pytest

from pos_voice.ordering.food_words import roman_key
from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH, UNKNOWN, MenuMatcher, matcher_for
from pos_voice.ordering.text import singular, tokens, words_to_number
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


def _bench_sets() -> list[tuple[str, str, Menu, list[tuple[str, list[t.Any]]]]]:
    sys.path.insert(0, str(ROOT / "bench"))
    import menu_matching

    return t.cast(t.Any, menu_matching.all_sets() + menu_matching.all_blind_sets())


#: Wrong matches a set may still have (bench/RESULTS-tools.md): none on the sets tuned on since
#: branch w-match4, none on the third blind set since branch w-match5 (it had 13 when first
#: scored), none on the fifth since w-match7 (5 when first scored), none on the sixth since w-match8
#: (12 when first scored), none on the seventh since w-match11 (4 when first scored), none on the
#: eighth since w-match12 (12 when first scored, 16 on main 0880208). A set that
#: gets one again is listed here as ``(menu key, set name): count`` only with its reason in the results.
#: The one wrong answer left on a gated set, and only as often as this: blind set 9's "a fish
#: sandwich" confirms the Tuna Sub of the house of pizza (labelled UNKNOWN; a tuna sub is a fish
#: sandwich to most readers, so it is left as a labelling question rather than made to ask).
KNOWN_WRONG: dict[tuple[str, str], int] = {
    ("house_of_pizza", "blind held-out 9 (scored once, tuned on since)"): 1,
    # Blind set 10, handed to tuning in session 10 with these wrong answers left from its blind score
    # (session 11: "family" and "a glass" sizes mended, tests/test_matching_tuned10.py; session 12:
    # the Czech "a large beer", tests/test_matching_tuned10_b.py).
    # (St. Louis' "a beer" mended in session 15: an ale is a beer, tests/test_matching_tuned15_c.py.)
    ("pizzaria_brasileira", "blind held-out 10 (scored once, tuned on since)"): 1,  # 2 sizes fixed
    # Blind set 11, handed to tuning in session 12 with 11 wrong answers: all mended since
    # (tests/test_matching_tuned11_a.py, tests/test_matching_tuned11_b.py).
    # Blind set 12, handed to tuning late in session 12 with 8 wrong answers; 7 mended since
    # (tests/test_matching_tuned12_a.py, tests/test_matching_tuned12_b.py).
    ("ohio_valley_pizza", "blind held-out 12 (scored once, tuned on since)"): 1,  # "fish hoagie": Tuna
    # Blind set 13, handed to tuning in session 13 with 11 wrong answers (a size asked about
    # counted as asked, as the bench has since session 13); 7 mended since
    # (tests/test_matching_tuned13_a.py, tests/test_matching_tuned13_b.py).
    ("ivorian", "blind held-out 13 (scored once, tuned on since)"): 2,  # "une bière", "un poisson braisé"
    ("swedish", "blind held-out 13 (scored once, tuned on since)"): 1,  # "surstromming": Stekt Strömming
    ("okonomiyaki", "blind held-out 13 (scored once, tuned on since)"): 1,  # "hot sake": Yakisoba
    # Blind set 14, handed to tuning in session 14 with 4 wrong answers: all mended since
    # (tests/test_matching_tuned14_a.py, tests/test_matching_tuned14_b.py).
    # Blind set 15, handed to tuning in session 15 with 8 wrong answers: all mended since
    # (tests/test_matching_tuned15_a.py, tests/test_matching_tuned15_b.py,
    # tests/test_matching_tuned15_c.py).
}


def test_benchmark_variants_have_zero_wrong_matches() -> None:
    """The hand-labelled spoken variants of bench/ over the demo menu (read through the real
    adapter) and the menus of other cuisines, the blind sets included since they were scored: no
    wrong item on any set (but for those KNOWN_WRONG lists, no more)."""
    sets = _bench_sets()
    assert {key for key, *_ in sets} >= {"demo", "pizzeria_es", "korean", "indian", "mexican", "chinese"}
    sys.path.insert(0, str(ROOT / "bench"))
    import menu_matching

    for key, _title, menu, named_sets in sets:
        for name, variants in named_sets:
            report = menu_matching.evaluate(menu, variants)
            wrong = [(o.spoken, o.got) for o in report.outcomes if o.verdict == "wrong"]
            assert len(wrong) <= KNOWN_WRONG.get((key, name), 0), (key, name, wrong)
            if key == "demo" and "never" not in name:
                assert report.count("correct") / report.total() >= 0.95, (key, name)


def test_the_bench_gates_every_set_tuned_on_and_reports_those_never_tuned_on_apart() -> None:
    """Blind sets 5 to 15, tuned on since w-match7, w-match8, w-match11, w-match12 and sessions 9, 10,
    12 (sets 11 and 12), 13 (set 13), 14 (set 14) and 15 (set 15), are gated with the other blind
    sets; the sets never tuned on are no gate and get their own summary line, empty or not."""
    sys.path.insert(0, str(ROOT / "bench"))
    import menu_matching

    gated = {key for key, *_ in menu_matching.all_blind_sets()}
    assert {"korean_chicken", "dim_sum", "portuguese", "mariscos", "arepera", "bagel_shop"} <= gated
    assert {"dominican", "cheesesteak", "haitian"} <= gated
    assert {"chicago_pizza", "napoletana", "senegalese", "xian_noodles"} <= gated
    assert {"new_haven_apizza", "pizza_al_taglio", "somali", "yemeni"} <= gated
    assert {"st_louis_pizza", "pizzaria_brasileira", "czech", "tunisian"} <= gated
    assert {"pizzeria_quebecoise", "grandma_pizza", "armenian"} <= gated
    assert {"ohio_valley_pizza", "pizzeria_polska", "iraqi"} <= gated
    assert {"california_pizza", "dutch_snackbar", "irish_pub"} <= gated
    assert {"trenton_tomato_pie", "doner_imbiss", "romanian"} <= gated
    assert {"buffalo_pizza", "norwegian_pizzeria", "maltese", "austrian"} <= gated
    untuned = menu_matching.untuned_sets()
    assert all(name == menu_matching.UNTUNED_SET_NAME for *_, named in untuned for name, _ in named)
    assert not {key for key, *_ in untuned} & gated
    assert "no such set" in menu_matching.never_tuned_line(menu_matching.Report(), [])
    held_out = menu_matching.Report([menu_matching.Outcome("pep", "Pepperoni", "Pepperoni", "correct"),
                                     menu_matching.Outcome("pepp", "Pepperoni", "ambiguous", "asked")])
    line = menu_matching.never_tuned_line(held_out, [("new", "New menu", Menu(()), [])])
    assert "New menu" in line and "2 variants, 1 right (50.0 %), 1 asked instead, 0 wrong" in line
    held_out.outcomes += [menu_matching.Outcome("marg", "Pepperoni", "match Margherita", "wrong"),
                          menu_matching.Outcome("pep?", "ASK", "confirm Pepperoni", "wrong"),
                          menu_matching.Outcome("a large pep", "Pepperoni", "Pepperoni", "wrong", "size")]
    line = menu_matching.never_tuned_line(held_out, [("new", "New menu", Menu(()), [])])
    assert "3 wrong (1 added, 1 confirmed, 1 size or count)" in line


def test_the_bench_scores_a_size_it_must_ask_about_as_asked_and_a_wrong_count_as_wrong() -> None:
    """The right item with no size of its own heard ("a large espresso" of a Solo / Doppio) adds
    nothing: add_item tells the caller its sizes and asks (tests/test_matching_hosts.py), so the
    bench counts a question. With the count wrong as well it stays a wrong answer."""
    sys.path.insert(0, str(ROOT / "bench"))
    import menu_matching

    espresso = MenuItem(1, "Espresso", "coffee", base_price=Decimal("3"),
                        sizes=(SizeOption("Solo", Decimal("3")), SizeOption("Doppio", Decimal("4"))))
    menu = Menu((espresso, MenuItem(2, "Cornetto", "pastry", base_price=Decimal("2"))))
    assert MenuMatcher(menu).size_name(espresso, "large") is None  # (what add_item asks about)
    report = menu_matching.evaluate(menu, [("a large espresso", "Espresso", "Doppio"),
                                           ("two large espressos", "Espresso", "Doppio", 1),
                                           ("an espresso doppio", "Espresso", "Doppio")])
    assert [(o.verdict, o.detail) for o in report.outcomes] == [
        ("asked", menu_matching.SIZE_ASKED), ("wrong", "size None != 'Doppio'; quantity 2 != 1"),
        ("correct", "")]
    assert report.counts_line() == ("3 variants, 1 right (33.3 %), 1 asked instead (1 of them the size), "
                                    "1 wrong (0 added, 0 confirmed, 1 size or count)")


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


def _menu(*items: tuple[str, str] | tuple[str, str, tuple[SizeOption, ...]]) -> MenuMatcher:
    return MenuMatcher(Menu(tuple(MenuItem(i + 1, entry[0], entry[1], base_price=D("9"),
                                           sizes=entry[2] if len(entry) > 2 else ())  # type: ignore[misc]
                                  for i, entry in enumerate(items))))


def test_romanisations_of_one_word_share_a_key() -> None:
    for one, other in [("jjigae", "chigae"), ("soondubu", "sundubu"), ("samgyeopsal", "samgyupsal"),
                       ("naengmyeon", "naengmyun"), ("bharta", "bartha"), ("japchae", "chapchae"),
                       ("jjamppong", "champong"), ("makgeolli", "makkoli")]:
        assert roman_key(one) == roman_key(other), (one, other)
    for one, other in [("coke", "cake"), ("pork", "park"), ("chicken", "jigae")]:
        assert roman_key(one) != roman_key(other)


def test_a_kind_word_the_menu_itself_drops_is_not_required() -> None:
    """'pepperoni pizza' for a "Pepperoni" in a category that doesn't say pizza either; but a kind
    the menu names items by ("… calzone") is required, and so is one said of an item whose name
    says what else it is ("orange juice" of an Orange Chicken)."""
    matcher = _menu(("Pepperoni", "clasicas"), ("Hawaiana", "clasicas"), ("Vegetariana", "especiales"),
                    ("Calzone de Pollo", "calzones"), ("Seltzer", "drinks"), ("Japchae", "noodles"))
    for spoken, name in [("pepperoni pizza", "Pepperoni"), ("hawaiian pizza", "Hawaiana"),
                         ("a vegetarian pizza", "Vegetariana"), ("seltzer water", "Seltzer"),
                         ("japchae noodles", "Japchae"), ("chicken calzone", "Calzone de Pollo")]:
        found = matcher.resolve(spoken)
        assert found.status == MATCH and found.item is not None and found.item.name == name, (spoken, found)
    assert matcher.resolve("a pepperoni calzone").status in (UNKNOWN, AMBIGUOUS)
    assert _menu(("Orange Chicken", "chicken"), ("Fried Rice", "rice")).resolve("orange juice").item is None


def test_one_plausible_item_said_another_way_is_confirmed_and_two_ask() -> None:
    matcher = _menu(("Seafood Jjampong", "noodles"), ("Watermelon Soju", "soju"),
                    ("Watermelon Juice", "drinks"), ("Kimchi Jjigae", "stews"), ("Mango Lassi", "drinks"))
    found = matcher.resolve("jjamppong")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Seafood Jjampong"
    both = matcher.resolve("watermelon")
    assert both.status == AMBIGUOUS and {c.name for c in both.candidates} == {"Watermelon Soju",
                                                                              "Watermelon Juice"}
    stew = matcher.resolve("kimchi chigae")
    assert stew.status == MATCH and stew.item is not None and stew.item.name == "Kimchi Jjigae"
    assert matcher.resolve("a mango juice").status != CONFIRM  # the lassi is not a juice


def test_sizes_in_the_menus_own_words_and_sizes_it_does_not_have() -> None:
    sizes = (SizeOption("personal", D("7")), SizeOption("mediana", D("11")), SizeOption("grande", D("14")),
             SizeOption("familiar", D("17")))
    cans = (SizeOption("lata", D("1.8")), SizeOption("1.5 litros", D("3.5")))
    matcher = _menu(("Pepperoni", "pizzas", sizes), ("Coca-Cola", "bebidas", cans),
                    ("Combo Familiar", "promociones"))
    for spoken, size in [("large pepperoni", "grande"), ("a medium pepperoni", "mediana"),
                         ("a small pepperoni", "personal"), ("an extra large pepperoni", "familiar"),
                         ("a family size pepperoni", "familiar")]:
        found = matcher.resolve(spoken)
        assert found.item is not None and found.item.name == "Pepperoni" and found.size == size, spoken
    can = matcher.resolve("a can of coke")
    assert can.item is not None and can.size == "lata"
    two_liter = matcher.resolve("a two liter coke")  # a size all the same, which the tool refuses
    assert two_liter.item is not None and two_liter.size is None and two_liter.size_said == "2 liter"
    combo = matcher.resolve("family combo")  # a size word that is part of a name
    assert combo.item is not None and combo.item.name == "Combo Familiar" and combo.size_said is None


def test_names_in_other_scripts_and_letters_are_romanised() -> None:
    matcher = _menu(("김치찌개", "stews"), ("Phở Đặc Biệt", "pho"), ("Smørrebrød", "lunch"))
    for spoken, name in [("kimchi jjigae", "김치찌개"), ("pho dac biet", "Phở Đặc Biệt"),
                         ("smorrebrod", "Smørrebrød")]:
        found = matcher.resolve(spoken)
        assert found.item is not None and found.item.name == name, (spoken, found)


def test_a_size_word_is_the_menus_own_size_where_its_sizes_are_in_order() -> None:
    """"large" of a pizza sized "12 inch" / "16 inch" is the 16 inch, "small" the 12 inch; of a soup
    sized "Cup" / "Bowl" (the same thing, by how much) the bowl; "medium" of two sizes is not
    guessed, nor "large" of sizes that are different containers."""
    inches = (SizeOption("12 inch", D("14")), SizeOption("16 inch", D("19")))
    cup_bowl = (SizeOption("Cup", D("5")), SizeOption("Bowl", D("8")))
    containers = (SizeOption("Can", D("2")), SizeOption("2 Liter", D("4")))
    matcher = _menu(("Pizza Margherita", "pizze", inches), ("Pizza Diavola", "pizze", inches),
                    ("Lentil Soup", "soups", cup_bowl), ("Coca-Cola", "drinks", containers))
    for spoken, name, size, quantity in [("a large margherita", "Pizza Margherita", "16 inch", None),
                                         ("two small margheritas", "Pizza Margherita", "12 inch", 2),
                                         ("a 16in diavola", "Pizza Diavola", "16 inch", None),
                                         ("a large lentil soup", "Lentil Soup", "Bowl", None),
                                         ("a small lentil soup", "Lentil Soup", "Cup", None)]:
        found = matcher.resolve(spoken)
        assert found.item is not None and found.item.name == name, (spoken, found)
        assert (found.size, found.quantity) == (size, quantity), (spoken, found)
    medium = matcher.resolve("a medium margherita")
    assert medium.item is not None and medium.size is None and medium.size_said == "medium"
    coke = matcher.resolve("a large coke")
    assert coke.item is not None and coke.size is None and coke.size_said == "large"


def test_units_menus_abbreviate_and_a_half_dozen() -> None:
    assert tokens("12in margherita") == ["12", "inch", "margherita"]
    assert tokens('a 16" pizza') == ["a", "16", "inch", "pizza"]
    assert tokens("6 pcs") == ["6", "piece"]
    pieces = (SizeOption("6 pc", D("8")), SizeOption("12 pc", D("14")))
    wings = _menu(("Buffalo Wings", "wings", pieces), ("Fries", "sides"))
    half = wings.resolve("a half dozen buffalo wings")
    assert half.item is not None and half.size == "6 pc" and half.quantity is None


def test_words_a_name_writes_joined_or_the_same_food_said_another_way() -> None:
    """"cheese steak" is the Cheesesteak although "cheese" and "steak" are words of other names
    (no name has them apart); "bacon burger" is the Bacon Cheeseburger's burger; "chicken fingers"
    are tenders, "an oj" an orange juice; a Spanish name spelled as it sounds ("halea")."""
    diner = _menu(("Philly Cheesesteak", "sandwiches"), ("Cheese Omelette", "breakfast"),
                  ("Steak and Eggs", "breakfast"), ("Bacon Cheeseburger", "burgers"), ("Bacon", "sides"),
                  ("Chicken Tenders", "baskets"), ("Chicken Noodle Soup", "soups"),
                  ("Orange Juice", "drinks"), ("Jalea", "mariscos"))
    for spoken, name in [("a cheese steak", "Philly Cheesesteak"), ("a bacon burger", "Bacon Cheeseburger"),
                         ("chicken fingers", "Chicken Tenders"), ("an oj", "Orange Juice"),
                         ("halea", "Jalea")]:
        found = diner.resolve(spoken)
        assert found.status in (MATCH, CONFIRM) and found.item is not None and found.item.name == name, (
            spoken, found)
    apart = _menu(("Cheese Steak Hoagie", "sandwiches"), ("Cheesesteak Fries", "sides"))
    found = apart.resolve("cheese steak hoagie")
    assert found.item is not None and found.item.name == "Cheese Steak Hoagie"


def test_the_word_a_name_is_of_tells_two_names_with_the_same_words_apart() -> None:
    diner = _menu(("Chicken Fried Steak", "dinners"), ("Fried Chicken Dinner", "dinners"))
    found = diner.resolve("fried chicken")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Fried Chicken Dinner"
    assert diner.resolve("chicken").status == AMBIGUOUS


def test_weights_and_dozens_said_in_words_are_the_menus_sizes() -> None:
    assert tokens("half a pound of brisket") == ["half", "pound", "of", "brisket"]
    assert tokens("a pound") == ["1", "pound"] and tokens("1/2 lb") == ["half", "pound"]
    assert tokens("two dozen wings") == ["24", "wing"] and tokens("half a dozen bagels") == ["6", "bagel"]
    weights = (SizeOption("1/2 lb", D("14")), SizeOption("1 lb", D("27")))
    pieces = (SizeOption("3 pc", D("5")), SizeOption("6 pc", D("9")))
    dozens = (SizeOption("Half Dozen", D("12")), SizeOption("Dozen", D("22")))
    smokehouse = _menu(("Brisket", "meats", weights), ("Beignets", "desserts", pieces),
                       ("Oysters", "raw bar", dozens))
    for spoken, name, size in [("a pound of brisket", "Brisket", "1 lb"),
                               ("half a pound of brisket", "Brisket", "1/2 lb"),
                               ("a half pound of brisket", "Brisket", "1/2 lb"),
                               ("six beignets", "Beignets", "6 pc"),  # not the oysters' "Half Dozen"
                               ("half a dozen oysters", "Oysters", "Half Dozen")]:
        found = smokehouse.resolve(spoken)
        assert found.item is not None and found.item.name == name, (spoken, found)
        assert found.size == size and found.quantity is None, (spoken, found)


def test_a_size_said_picks_the_item_that_comes_in_it_over_one_only_confirmed() -> None:
    deli = MenuMatcher(Menu((
        MenuItem(1, "Bagel with Cream Cheese", "bagels", base_price=D("4"),
                 ingredients=("plain", "scallion", "vegetable cream cheese")),
        MenuItem(2, "Cream Cheese Tub", "spreads", ingredients=("plain", "scallion", "lox spread"),
                 sizes=(SizeOption("1/2 lb", D("6")), SizeOption("1 lb", D("12")))))))
    found = deli.resolve("a pound of scallion cream cheese")
    assert found.status == CONFIRM and found.item is not None and found.item.name == "Cream Cheese Tub"
    assert found.size == "1 lb"


def test_part_of_a_name_that_another_name_holds_too_asks() -> None:
    """"jasmine tea" is the Jasmine Milk Tea (in "Milk Tea", so "milk" may go unsaid) or the
    Jasmine Green Tea: ask; the whole name said is that item."""
    cafe = _menu(("Jasmine Milk Tea", "milk tea"), ("Classic Milk Tea", "milk tea"),
                 ("Jasmine Green Tea", "fruit tea"), ("Mango Green Tea", "fruit tea"))
    both = cafe.resolve("jasmine tea")
    assert both.status == AMBIGUOUS and {c.name for c in both.candidates} >= {"Jasmine Milk Tea",
                                                                             "Jasmine Green Tea"}
    whole = cafe.resolve("a jasmine milk tea")
    assert whole.status == MATCH and whole.item is not None and whole.item.name == "Jasmine Milk Tea"
