"""Real menus resolve, through the registry exactly as the bridge calls it (JSON arguments in,
JSON out), on host apps that carry them: a Spanish-language pizzeria whose pizzas are named
without "pizza" and sized in Spanish, and a Korean restaurant with romanised names."""

from __future__ import annotations

import json
import typing as t
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from bench.menu_sets import korean, pizzeria_es
from pos_voice.extension import get_state
from tests.hosts import korean_menu, running
from tests.hosts import pizzeria_es as pizzeria_es_host
from tests.test_tools_scenarios import Caller, new_call


def lines(caller: Caller) -> list[tuple[str, str | None, int]]:
    return [(line.name, line.size, line.quantity) for line in caller.ctx.cart.lines]


@pytest.fixture
def pizzeria(database_url: str) -> Iterator[t.Any]:
    with running(pizzeria_es_host, database_url) as (app, _), app.app_context():
        yield app


@pytest.fixture
def korean_pos(database_url: str) -> Iterator[t.Any]:
    with running(korean_menu, database_url) as (app, _), app.app_context():
        yield app


@pytest.mark.parametrize(("item_name", "size", "added"), [
    ("pepperoni pizza", "grande", ("Pepperoni", "grande")),
    ("hawaiian pizza", "mediana", ("Hawaiana", "mediana")),
    ("a vegetarian pizza", "familiar", ("Vegetariana", "familiar")),
    ("four cheese pizza", "personal", ("Cuatro Quesos", "personal")),
])
def test_pizzas_named_without_pizza_are_added(pizzeria: t.Any, item_name: str, size: str,
                                              added: tuple[str, str]) -> None:
    caller = new_call()
    answer = caller.ask("add_item", item_name=item_name, size=size)
    assert answer["ok"] is True, answer
    assert lines(caller) == [(*added, 1)]


def test_a_size_said_with_the_item_is_applied_in_the_menus_own_words(pizzeria: t.Any) -> None:
    caller = new_call()
    assert caller.ask("add_item", item_name="large pepperoni")["ok"] is True
    assert caller.ask("add_item", item_name="two medium hawaiian pizzas")["ok"] is True
    assert caller.ask("add_item", item_name="an extra large vegetarian")["ok"] is True
    assert caller.ask("add_item", item_name="a can of coke")["ok"] is True
    assert lines(caller) == [("Pepperoni", "grande", 1), ("Hawaiana", "mediana", 2),
                              ("Vegetariana", "familiar", 1), ("Coca-Cola", "lata", 1)]
    # a size the item doesn't come in is said, and nothing is added
    refused = caller.ask("add_item", item_name="a two liter sprite")
    assert refused["ok"] is False and "doesn't come in '2 liter'" in refused["error"]
    assert set(refused["sizes"]) == {"lata", "1.5 litros"} and len(lines(caller)) == 4


def test_a_size_for_an_item_of_one_size_is_never_dropped_silently(korean_pos: t.Any) -> None:
    caller = new_call()
    answer = caller.ask("add_item", item_name="a large seltzer")
    assert answer["ok"] is True and lines(caller) == [("Seltzer", None, 1)]
    assert answer["size_not_applied"] == "Seltzer comes in one size only, so it is not 'large'"
    assert "one size only" in answer["say"]
    regular = caller.ask("add_item", item_name="a regular coke")
    assert regular["ok"] is True and "size_not_applied" not in regular
    # changing the size of such a line says so too, and changes nothing
    changed = caller.ask("modify_item", item="the seltzer", changes={"size": "large"})
    assert changed["ok"] is False and "one size only" in changed["error"]


@pytest.mark.parametrize(("item_name", "name"), [
    ("kimchi chigae", "Kimchi Jjigae"),
    ("sundubu", "Soondubu Jjigae"),
    ("japchae noodles", "Japchae"),
    ("seltzer water", "Seltzer"),
    ("pulgogi", "Bulgogi"),
    ("dakgalbi", "Dak Galbi"),
])
def test_romanisation_variants_and_dropped_kind_words_are_added(korean_pos: t.Any, item_name: str,
                                                                name: str) -> None:
    caller = new_call()
    answer = caller.ask("add_item", item_name=item_name)
    assert answer["ok"] is True, answer
    assert lines(caller) == [(name, None, 1)]


def test_one_plausible_item_is_confirmed_in_one_question_then_added(korean_pos: t.Any) -> None:
    caller = new_call()
    asked = caller.ask("add_item", item_name="jjamppong")
    assert asked["ok"] is False and lines(caller) == []
    assert asked["confirm"]["name"] == "Seafood Jjampong" and "candidates" not in asked
    assert "one short question" in asked["next"] and "could be several" not in asked["error"]
    assert not asked.get("suggest_transfer")
    added = caller.ask("add_item", item_name=asked["confirm"]["name"])
    assert added["ok"] is True and lines(caller) == [("Seafood Jjampong", None, 1)]
    # the information tools simply answer about that one item
    details = caller.ask("get_item_details", item_name="jjamppong")
    assert details["ok"] is True and details["name"] == "Seafood Jjampong"


def test_a_quantity_said_with_an_item_only_confirmed_is_carried_to_the_call_after_yes(
        korean_pos: t.Any) -> None:
    caller = new_call()
    asked = caller.ask("add_item", item_name="two jjamppong")
    assert asked["ok"] is False and asked["confirm"]["name"] == "Seafood Jjampong" and lines(caller) == []
    assert "with 'Seafood Jjampong' (and quantity 2, as they said)" in asked["next"]
    added = caller.ask("add_item", item_name="Seafood Jjampong", quantity=2)
    assert added["ok"] is True and lines(caller) == [("Seafood Jjampong", None, 2)]


def test_two_plausible_items_always_ask(korean_pos: t.Any) -> None:
    caller = new_call()
    answer = caller.ask("add_item", item_name="watermelon")
    assert answer["ok"] is False and lines(caller) == []
    assert {c["name"] for c in answer["candidates"]} == {"Watermelon Soju", "Watermelon Juice"}
    assert caller.ask("add_item", item_name="watermelon juice")["ok"] is True
    assert lines(caller) == [("Watermelon Juice", None, 1)]


@pytest.mark.parametrize(("host", "data"), [(pizzeria_es_host, pizzeria_es), (korean_menu, korean)])
def test_no_answer_offers_several_items_with_one_candidate_and_no_wrong_item_is_added(
        database_url: str, host: t.Any, data: t.Any) -> None:
    """Every labelled variant of the menu, as add_item: "could be several items" always names
    several; an item added is the one the caller meant (sizes given where the item needs one)."""
    with running(host, database_url) as (app, _), app.app_context():
        menu = get_state().pos.menu(fresh=True)
        registry = get_state().tools
        by_name = {item.name: item for item in menu.items}
        for spoken, expected, *_ in [*data.TUNING, *data.HELD_OUT_1, *data.HELD_OUT_2, *data.HELD_OUT]:
            ctx = registry.start_call(None, "CA" + uuid.uuid4().hex, None)
            answer = json.loads(registry.invoke(ctx, "add_item", json.dumps({"item_name": spoken})).output)
            if "could be several items" in answer.get("error", ""):
                assert len(answer["candidates"]) >= 2, (spoken, answer)
            added = [line.name for line in ctx.cart.lines]
            if added and expected in by_name:
                assert added == [expected], (spoken, answer)
            elif added:
                assert expected not in ("ASK", "UNKNOWN") or not added, (spoken, added)
        assert get_state().db.session.scalar(sa.select(sa.func.count()).select_from(sa.table("orders"))) == 0
