"""Dropped calls resume (issue 13 item 3), through the real bridge, the real tools and the demo
POS's own tables.

A call that ends without an order while the cart had items (the caller hangs up, the model's
connection fails) keeps its cart; a call from the same number within
``POS_VOICE_RESUME_WINDOW_MINUTES`` is greeted with the offer and gets the cart back exactly when
the caller accepts. Once per cart, never for another number, never after the window (the app's
clock is moved, not waited for). The old call links to the new one on the staff pages.
"""

from __future__ import annotations

import json
import typing as t
from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.ordering.cart import Cart, CartError
from tests.conftest import configure
from tests.support.bridge import Rig, Upstream, function_call, rig
from tests.support.clock import ShiftedClock
from tests.support.staff import log_in

NUMBER = "+15557654321"  # not a stored customer: nothing to verify
OTHER = "+15557654322"

#: A cart with everything a cart holds: sizes, toppings, halves, a line note, order notes, an allergy.
ORDER = [
    ("start_order", {"order_type": "delivery"}),
    ("add_item", {"item_name": "pepperoni pizza", "size": "large", "modifiers": ["extra cheese", "no onions"],
                  "notes": "well done"}),
    ("add_item", {"item_name": "pizza", "size": "medium",
                  "modifiers": {"half1": "pepperoni", "half2": "mushrooms"}}),
    ("add_item", {"item_name": "garlic knots", "size": "6 piece", "quantity": 2}),
    ("add_note", {"note": "ring the bell twice"}),
    ("set_allergy", {"allergy": "peanut allergy"}),
]


class Call:
    """One call through the rig: the scripted model's tool calls and what it was told."""

    def __init__(self, bridge: Rig, phone: str) -> None:
        self.bridge = bridge
        self.caller, self.upstream = bridge.start(bridge.caller(phone=phone))
        self.count = 0

    @property
    def greeting(self) -> str:
        return str(self.upstream.of_type("response.create")[0]["response"]["instructions"])

    @property
    def instructions(self) -> str:
        return str(self.upstream.of_type("session.update")[0]["session"]["instructions"])

    def ask(self, name: str, arguments: dict[str, t.Any]) -> dict[str, t.Any]:
        self.count += 1
        upstream: Upstream = self.upstream
        step = self.count
        upstream.response(f"resp_{step}", [function_call(f"item_{step}", f"call_{step}", name, arguments)])
        output = json.loads(upstream.expect("conversation.item.create")["item"]["output"])
        upstream.expect("response.create")
        return t.cast(dict[str, t.Any], output)

    def order(self) -> dict[str, t.Any]:
        """Fill the cart; its exact contents, as the tools hold them."""
        for name, arguments in ORDER:
            answer = self.ask(name, arguments)
            assert answer["ok"], answer
        return self.cart()

    def cart(self) -> dict[str, t.Any]:
        return t.cast(dict[str, t.Any], self.bridge.session(self.caller).ctx.cart.snapshot())

    def hang_up(self) -> t.Any:
        self.caller.hang_up()
        call = self.bridge.wait_ended(self.caller.call_sid)
        assert self.upstream.problems == []
        return call

    def drop_model(self) -> t.Any:
        """The model's connection fails mid-order: the bridge hands the caller to staff."""
        self.upstream.drop()
        assert self.caller.closed.wait(5)
        call = self.bridge.wait_ended(self.caller.call_sid)
        assert self.upstream.problems == []
        return call


def _resumes(app: Flask) -> list[tuple[int, int, str]]:
    with app.app_context():
        state = get_state()
        resumes = state.models.VoiceCallResume
        rows = state.db.session.execute(sa.select(resumes).order_by(resumes.id)).scalars().all()
        return [(row.call_id, row.resumed_call_id, row.status) for row in rows]


def _lines_of(app: Flask, order_id: int) -> list[tuple[str, str | None, int, str | None, str | None]]:
    from pizzeria_pos.models import Order, OrderItem

    with app.app_context():
        session = get_state().db.session
        order = session.get(Order, order_id)
        assert order is not None and order.order_type == "delivery"
        notes = order.notes or ""
        assert "ring the bell twice" in notes and "peanut allergy" in notes.lower()
        return [(item.product_name, item.size, item.quantity, item.modifiers, item.notes) for item in
                session.execute(sa.select(OrderItem).where(OrderItem.order_id == order_id)
                                .order_by(OrderItem.id)).scalars()]


def test_a_cart_snapshot_restores_exactly(demo_app: Flask) -> None:
    with rig(demo_app, real_tools=True) as bridge:
        call = Call(bridge, NUMBER)
        snapshot = call.order()
        cart = bridge.session(call.caller).ctx.cart
        call.hang_up()
    again = Cart.restored(json.loads(json.dumps(snapshot)))  # through JSON, as stored
    assert again.lines == cart.lines and again.snapshot() == snapshot
    assert (again.order_type, again.notes, again.allergies) == ("delivery", "ring the bell twice",
                                                                "peanut allergy")
    assert [line.line_id for line in again.lines] == [1, 2, 3]
    assert again.add(_item(demo_app, "cannoli"), 1, None, []).line_id == 4  # numbering goes on
    for broken in (None, {}, {"version": 99, "lines": []}, {**snapshot, "lines": [{"line": 1}]},
                   {**snapshot, "lines": [{**snapshot["lines"][0], "quantity": 0}]}):
        with pytest.raises(CartError):
            Cart.restored(broken)


def _item(app: Flask, name: str) -> t.Any:
    with app.app_context():
        return next(item for item in get_state().pos.menu().items if item.name.lower() == name)


@pytest.mark.parametrize("how", ["caller hangs up", "the model's connection fails"])
def test_a_dropped_call_is_resumed_once_with_the_exact_cart_and_linked(demo_app: Flask, how: str) -> None:
    with rig(demo_app, real_tools=True) as bridge:
        first = Call(bridge, NUMBER)
        cart = first.order()
        dropped = first.hang_up() if how == "caller hangs up" else first.drop_model()
        assert dropped.order_id is None and dropped.disposition == ("abandoned" if how == "caller hangs up"
                                                                     else "failed")
        assert dropped.live_state["snapshot"] == cart

        second = Call(bridge, NUMBER)
        assert "we got cut off" in second.greeting and "large pepperoni pizza" in second.greeting
        assert "resume_order" in second.instructions and "for delivery" in second.instructions
        resumed = second.ask("resume_order", {"accept": True})
        assert resumed["ok"] and resumed["resumed"] is True
        assert second.cart() == cart  # lines, sizes, modifiers, halves, notes, allergy, order type
        assert "peanut allergy" in resumed["order"]["allergies"]
        placed = second.ask("submit_order", {"customer_name": "Sam", "address": "12 Mulberry St"})
        assert placed["ok"], placed
        ordered = second.hang_up()
        assert ordered.order_id is not None

        third = Call(bridge, NUMBER)  # one resume per cart: nothing is offered again
        assert "cut off" not in third.greeting and "resume_order" not in third.instructions
        assert third.ask("resume_order", {"accept": True})["ok"] is False
        third.hang_up()
    lines = _lines_of(demo_app, ordered.order_id)
    assert [(name, size, quantity) for name, size, quantity, _, _ in lines] == [
        ("Pepperoni Pizza", "large", 1), ("Cheese Pizza", "medium", 1), ("Garlic Knots", "6 piece", 2)]
    assert "extra cheese" in (lines[0][3] or "") and "no onions" in (lines[0][3] or "")
    assert lines[0][4] == "well done" and "half pepperoni" in (lines[1][3] or "").lower()
    assert _resumes(demo_app) == [(dropped.id, ordered.id, "resumed")]
    with demo_app.app_context():
        kinds = [kind for kind, _ in bridge.events(second.caller.call_sid)]
    assert kinds.count("resume_offered") == 1 and kinds.count("resumed") == 1
    staff = demo_app.test_client()
    log_in(demo_app, staff)
    old_page = staff.get(f"/voice/calls/{dropped.id}").get_data(as_text=True)
    assert f'href="/voice/calls/{ordered.id}"' in old_page and "the caller continued it" in old_page
    new_page = staff.get(f"/voice/calls/{ordered.id}").get_data(as_text=True)
    assert f'href="/voice/calls/{dropped.id}"' in new_page and "was cut off" in new_page


def test_never_for_another_number_and_never_after_the_window(demo_app: Flask) -> None:
    configure(demo_app, RESUME_WINDOW_MINUTES=15)
    with rig(demo_app, real_tools=True) as bridge:
        first = Call(bridge, NUMBER)
        first.order()
        dropped = first.hang_up()

        other = Call(bridge, OTHER)  # same last digits but one: another caller
        assert "cut off" not in other.greeting and "resume_order" not in other.instructions
        assert other.ask("resume_order", {"accept": True})["ok"] is False
        other.hang_up()

        get_state(demo_app).clock = ShiftedClock(timedelta(minutes=16))  # 16 minutes later: too late
        late = Call(bridge, NUMBER)
        assert "cut off" not in late.greeting
        late.hang_up()

        # within the window, and nobody took it yet
        get_state(demo_app).clock = ShiftedClock(timedelta(minutes=14))
        in_time = Call(bridge, NUMBER)
        assert "cut off" in in_time.greeting
        declined = in_time.ask("resume_order", {"accept": False})
        assert declined["ok"] and declined["resumed"] is False
        assert bridge.session(in_time.caller).ctx.cart.is_empty()
        taken = in_time.hang_up()
    assert _resumes(demo_app) == [(dropped.id, taken.id, "declined")]


def test_a_window_of_zero_turns_resuming_off(demo_app: Flask) -> None:
    configure(demo_app, RESUME_WINDOW_MINUTES=0)
    with rig(demo_app, real_tools=True) as bridge:
        first = Call(bridge, NUMBER)
        first.order()
        first.hang_up()
        second = Call(bridge, NUMBER)
        assert "cut off" not in second.greeting
        second.hang_up()
    assert _resumes(demo_app) == []
