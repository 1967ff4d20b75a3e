"""Phone numbers: a callback number must be one that can ring (phone handling lives in ``pos``;
tests/test_layers.py holds it there)."""

from __future__ import annotations

import json
import typing as t
import uuid

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.pos.phones import callback_phone, normalize_phone, spoken_phone


@pytest.mark.parametrize("said", [
    "+1 (000) 000-0000", "000-000-0000", "555-123-4567",  # no such area codes
    "+1 212 000 0000",  # an exchange that does not exist
    "12345", "call me", "", "anonymous", "+999 1234 5678",
])
def test_numbers_that_cannot_ring_are_no_callback_number(said: str) -> None:
    assert callback_phone(said) is None


@pytest.mark.parametrize(("said", "e164"), [
    ("212-555-0123", "+12125550123"), ("(415) 867-5309", "+14158675309"),
    ("+44 20 7946 0958", "+442079460958"), ("1 800 555 1212", "+18005551212"),
])
def test_real_numbers_are_callback_numbers(said: str, e164: str) -> None:
    assert callback_phone(said) == e164


def test_matching_stays_lenient_for_caller_id_and_stored_numbers() -> None:
    # Caller ID and numbers already in the host are matched, not validated: test numbers still match.
    assert normalize_phone("555-123-4567") == "+15551234567"
    assert spoken_phone("+15551234567") == "555-123-4567"


@pytest.fixture
def caller(demo_app: t.Any) -> t.Iterator[t.Any]:
    with demo_app.app_context():
        state = get_state()
        row = state.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from=None, state="live")
        state.db.session.add(row)
        state.db.session.commit()
        ctx = state.tools.start_call(row.id, row.call_sid, None)  # caller ID withheld

        def ask(name: str, **arguments: t.Any) -> dict[str, t.Any]:
            answer = state.tools.invoke(ctx, name, json.dumps(arguments))
            return t.cast(dict[str, t.Any], json.loads(answer.output))

        yield ask


def _orders() -> int:
    from pizzeria_pos.models import Order

    return int(get_state().db.session.scalar(sa.select(sa.func.count()).select_from(Order)))


@pytest.mark.parametrize("bad", ["+1 (000) 000-0000", "555-123-4567"])
def test_submit_with_a_number_that_cannot_ring_asks_the_caller_again(caller: t.Any, bad: str) -> None:
    caller("start_order", order_type="pickup")
    assert caller("add_item", item_name="cannoli")["ok"]
    before = _orders()
    refused = caller("submit_order", customer_name="Sam", phone=bad)
    assert refused["ok"] is False
    assert "not a phone number we can call back" in refused["error"] and "not placed" in refused["error"]
    assert "ask for the callback number again" in refused["next"]
    assert _orders() == before
    placed = caller("submit_order", customer_name="Sam", phone="212-555-0123")
    assert placed["ok"] is True, placed
    assert _orders() == before + 1

