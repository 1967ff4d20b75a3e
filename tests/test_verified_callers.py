"""Verified repeat callers (issue 13 item 2): caller ID is not identity.

A caller whose number matches a stored customer gets nothing stored about them (the address on
file, the last order) until they prove it: the street name on file (default), or the PIN the host
stores, keyed in on the phone. The tools enforce it: the model is refused, never told the stored
value, and an unverified caller still orders. Through the registry against the demo POS, and
through the real bridge with a scripted model.
"""

from __future__ import annotations

import json
import typing as t

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.ordering.streets import same_street
from tests.conftest import TEST_SETTINGS, configure
from tests.support.bridge import Caller as StreamCaller
from tests.support.bridge import Upstream, function_call, rig
from tests.support.databases import create_all
from tests.support.staff import log_in
from tests.test_tools_scenarios import Caller, new_call

MIKE = "+15551234567"  # the demo's Mike Russo, "88 Elizabeth St, Apt 3, New York, NY 10013"
STREET = "Elizabeth"


@pytest.mark.parametrize(("spoken", "stored", "same"), [
    ("Elizabeth Street", "88 Elizabeth St, Apt 3, New York, NY 10013", True),
    ("elizabeth", "88 Elizabeth St, Apt 3", True),
    ("it's on Elizabeth street", "88 Elizabeth St", True),
    ("88 Elizabeth St. apartment 3", "88 Elizabeth St, Apt 3", True),
    ("Elisabeth Street", "88 Elizabeth St", True),  # one mis-heard letter, same sound
    ("Elm street", "9 Elm St", True),
    ("fifth avenue", "12 5th Ave", True),
    ("Saint Marks Place", "4 St. Marks Pl", True),
    ("Main Street", "12 N Main St", True),
    ("Broadway", "1 Broadway, New York", True),
    ("Elizabeth Avenue", "88 Elizabeth St", False),  # another street of the same name
    ("Elk Street", "9 Elm St", False),  # short names: no sound-alikes
    ("Eliza", "88 Elizabeth St", False),  # part of the name is not the name
    ("sixth avenue", "12 5th Ave", False),
    ("New York", "88 Elizabeth St, New York", False),
    ("Street", "88 Elizabeth St", False),
    ("88", "88 Elizabeth St", False),
    ("Elizabeth Street", None, False),
    ("Elizabeth Street", "", False),
])
def test_street_names_compare_in_their_spoken_forms(spoken: str, stored: str | None, same: bool) -> None:
    assert same_street(spoken, stored) is same


@pytest.fixture
def app_ctx(demo_app: Flask) -> t.Iterator[Flask]:
    with demo_app.app_context():
        yield demo_app


def _events(caller: Caller, kind: str) -> list[dict[str, t.Any]]:
    state = get_state()
    event = state.models.VoiceCallEvent
    state.db.session.expire_all()
    rows = state.db.session.execute(sa.select(event.event_data).where(
        event.call_id == caller.ctx.call_id, event.event_type == kind).order_by(event.id)).scalars()
    return list(rows)


def test_an_unverified_regular_is_refused_what_is_on_file_until_the_street_matches(app_ctx: Flask) -> None:
    caller = new_call(MIKE)
    customer = caller.ctx.customer
    assert customer is not None and customer.address and STREET in customer.address and customer.last_order
    # The prompt names the caller but holds nothing on file, and says how to verify.
    prompt = caller.registry.instructions(caller.ctx)
    assert "Mike Russo" in prompt and STREET not in prompt and "last order was" not in prompt
    assert "verify_caller" in prompt and "street name" in prompt
    delivery = caller.ask("start_order", order_type="delivery")
    assert delivery["ok"] and "address_on_file" not in delivery
    assert "verif" in delivery["on_file_needs_verification"]
    refused = caller.ask("reorder_last")
    assert refused["ok"] is False and refused["verified"] is False and refused["verify_by"] == "street"
    assert "not verified" in refused["error"] and "street name" in refused["next"]
    assert caller.ctx.cart.is_empty()  # nothing of the last order was used
    wrong = caller.ask("verify_caller", street="Mott Street")
    assert wrong["ok"] is False and wrong["verified"] is False and "does not match" in wrong["error"]
    for answer in (delivery, refused, wrong):
        assert STREET.lower() not in json.dumps(answer).lower()  # a refusal never tells the stored value
    right = caller.ask("verify_caller", street="elizabeth st.")
    assert right["ok"] and right["verified"] and right["method"] == "street"
    assert right["customer"]["address_on_file"] == customer.address and right["customer"]["last_order"]
    assert caller.ask("start_order", order_type="delivery")["address_on_file"] == customer.address
    usual = caller.ask("reorder_last")
    assert usual["ok"] and len(usual["added"]) == len(caller.ctx.cart.lines) > 0
    # Recorded on the call: each check (never the street said or stored) and the state on the live row.
    checks = _events(caller, "verification")
    assert [(e["status"], e["method"]) for e in checks] == [("unverified", "street"), ("verified", "street")]
    assert STREET.lower() not in json.dumps(checks).lower()
    call = get_state().db.session.get(get_state().models.VoiceCall, caller.ctx.call_id)
    assert call.live_state["verification"] == "verified"


def test_two_wrong_streets_lock_verification_and_the_caller_still_orders(app_ctx: Flask) -> None:
    caller = new_call(MIKE)
    assert caller.ask("verify_caller", street="Mulberry Street")["verified"] is False
    locked = caller.ask("verify_caller", street="Mott Street")
    assert locked["verified"] is False and "closed for this call" in locked["error"]
    again = caller.ask("verify_caller", street="Elizabeth Street")  # even the right one, now
    assert again["ok"] is False and again["verified"] is False
    refused = caller.ask("reorder_last")
    assert refused["ok"] is False and "could not be verified" in refused["error"]
    assert "new caller" in refused["next"]
    # An unverified caller orders normally.
    assert caller.ask("start_order", order_type="pickup")["ok"]
    assert caller.ask("add_item", item_name="cannoli")["ok"]
    placed = caller.ask("submit_order", customer_name="Mike")
    assert placed["ok"], placed
    assert [e["status"] for e in _events(caller, "verification")] == ["unverified", "locked"]


def test_a_new_caller_has_nothing_to_verify(app_ctx: Flask) -> None:
    caller = new_call("+15550001234")
    assert caller.ctx.customer is None
    answer = caller.ask("verify_caller", street="Elizabeth Street")
    assert answer["ok"] is False and "no customer is on file" in answer["error"]
    assert "on_file_needs_verification" not in caller.ask("start_order", order_type="delivery")


def test_verification_off_trusts_caller_id(app_ctx: Flask) -> None:
    configure(app_ctx, VERIFY_CALLERS="off")
    caller = new_call(MIKE)
    assert "last order was" in caller.registry.instructions(caller.ctx)
    assert caller.ask("start_order", order_type="delivery")["address_on_file"] == caller.ctx.customer.address
    assert caller.ask("reorder_last")["ok"]


def test_a_bad_verification_setting_is_reported_and_the_default_stands(app_ctx: Flask) -> None:
    configure(app_ctx, VERIFY_CALLERS="sometimes")
    state = get_state()
    assert state.settings.verify_callers == "street"
    assert any(problem.key == "POS_VOICE_VERIFY_CALLERS" for problem in state.problems)


# ------------------------------------------------------------------ through the real bridge


def _ask(upstream: Upstream, index: int, name: str, arguments: dict[str, t.Any]) -> dict[str, t.Any]:
    """The scripted model calls one tool; its output as the model receives it."""
    upstream.response(f"resp_{index}", [function_call(f"item_{index}", f"call_{index}", name, arguments)])
    output = json.loads(upstream.expect("conversation.item.create")["item"]["output"])
    upstream.expect("response.create")
    return t.cast(dict[str, t.Any], output)


def test_through_the_bridge_a_model_reading_the_address_first_is_refused_then_gets_it(
        demo_app: Flask) -> None:
    with rig(demo_app, real_tools=True) as bridge:
        caller, upstream = bridge.start(bridge.caller(phone=MIKE))
        early = _ask(upstream, 1, "start_order", {"order_type": "delivery"})
        assert "address_on_file" not in early and STREET not in json.dumps(early)
        refused = _ask(upstream, 2, "reorder_last", {})
        assert refused["ok"] is False and refused["verified"] is False
        verified = _ask(upstream, 3, "verify_caller", {"street": "Elizabeth Street"})
        assert verified["verified"] is True and STREET in verified["customer"]["address_on_file"]
        later = _ask(upstream, 4, "start_order", {"order_type": "delivery"})
        assert STREET in later["address_on_file"]
        assert _ask(upstream, 5, "reorder_last", {})["ok"] is True
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        checks = [data for kind, data in bridge.events(caller.call_sid) if kind == "verification"]
        assert upstream.problems == []
        # staff see that the caller was verified, and how, where they see the call and its order
        staff = demo_app.test_client()
        log_in(demo_app, staff)
        page = staff.get(f"/voice/calls/{bridge.call_row(caller.call_sid).id}")
        assert "Caller verified by the street name on file" in page.get_data(as_text=True)
    assert [(c["status"], c["method"]) for c in checks] == [("verified", "street")]


@pytest.fixture
def pin_app(database_url: str) -> t.Iterator[Flask]:
    """The demo POS keeping each customer's PIN in a column of its own customers table (mapped with
    ``POS_VOICE_COLUMNS``), with PIN verification on."""
    from pizzeria_pos import create_app
    from pizzeria_pos.models import Customer
    from pizzeria_pos.seed import seed_demo

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url,
                      "POS_VOICE_COLUMNS": {"customer.pin": "email"}, "POS_VOICE_VERIFY_CALLERS": "pin"})
    with app.app_context():
        db = app.extensions["sqlalchemy"]
        create_all(db)
        seed_demo()
        db.session.execute(sa.update(Customer).values(email=None))  # the column holds PINs on this host
        db.session.execute(sa.update(Customer).where(Customer.phone == MIKE).values(email="4321"))
        db.session.commit()
    yield app
    with app.app_context():
        app.extensions["sqlalchemy"].session.remove()
        app.extensions["sqlalchemy"].engine.dispose()


def _keys(caller: StreamCaller, digits: str) -> None:
    for digit in digits:
        caller.send({"event": "dtmf", "sequenceNumber": "5", "streamSid": caller.stream_sid,
                     "dtmf": {"track": "inbound_track", "digit": digit}})


def test_a_pin_keyed_on_the_phone_verifies_and_is_never_recorded(pin_app: Flask) -> None:
    with pin_app.app_context():
        assert get_state().schema.customer.columns["pin"].name == "email"
    with rig(pin_app, real_tools=True) as bridge:
        caller, upstream = bridge.start(bridge.caller(phone=MIKE))
        instructions = upstream.of_type("session.update")[0]["session"]["instructions"]
        assert "keypad" in instructions and "4321" not in instructions
        nothing = _ask(upstream, 1, "verify_caller", {})
        assert nothing["ok"] is False and "no keypad digits" in nothing["error"]
        _keys(caller, "1234#")
        told = upstream.expect("conversation.item.create")["item"]["content"][0]["text"]
        assert "PIN" in told and "1" not in told  # the model hears that a PIN was typed, not which
        wrong = _ask(upstream, 2, "verify_caller", {})
        assert wrong["verified"] is False and "does not match the PIN" in wrong["error"]
        _keys(caller, "4321#")
        upstream.expect("conversation.item.create")
        right = _ask(upstream, 3, "verify_caller", {})
        assert right["verified"] is True and right["method"] == "pin"
        assert _ask(upstream, 4, "reorder_last", {})["ok"] is True
        caller.hang_up()
        call = bridge.wait_ended(caller.call_sid)
        events = bridge.events(caller.call_sid)
        assert upstream.problems == []
    assert [(d["status"], d["method"]) for k, d in events if k == "verification"] == [
        ("unverified", "pin"), ("verified", "pin")]
    stored = json.dumps([data for _, data in events]) + str(call.transcript) + json.dumps(call.live_state)
    stored = stored.replace(MIKE, "").replace(MIKE[2:], "")  # the caller ID holds 1234
    for pin in ("4321", "1234"):
        assert pin not in stored, stored[max(0, stored.index(pin) - 200):stored.index(pin) + 50]


def test_with_pins_on_a_customer_without_one_verifies_by_the_street(pin_app: Flask) -> None:
    with pin_app.app_context():
        caller = new_call("+15552345678")  # Angela Martinez, "17 Spring St", no PIN stored
        assert caller.ctx.customer is not None and caller.ctx.customer.pin is None
        assert "street name" in caller.registry.instructions(caller.ctx)
        note = caller.ask("start_order", order_type="delivery")["on_file_needs_verification"]
        assert "street name" in note and "keypad" not in note
        assert caller.ask("verify_caller")["ok"] is False  # a street is needed, keys are not
        assert caller.ask("verify_caller", street="Spring Street")["verified"] is True


def test_a_pin_that_begins_with_the_transfer_key_is_typed_not_transferred(pin_app: Flask) -> None:
    """Keypad 0 hands the caller to staff, but not while they type the PIN they were asked for."""
    from pizzeria_pos.models import Customer

    with pin_app.app_context():
        db = pin_app.extensions["sqlalchemy"]
        db.session.execute(sa.update(Customer).where(Customer.phone == MIKE).values(email="0321"))
        db.session.commit()
    with rig(pin_app, real_tools=True) as bridge:
        caller, upstream = bridge.start(bridge.caller(phone=MIKE))
        assert _ask(upstream, 1, "verify_caller", {})["ok"] is False  # asked to type it
        _keys(caller, "0321#")
        upstream.expect("conversation.item.create")
        assert _ask(upstream, 2, "verify_caller", {})["verified"] is True
        caller.hang_up()
        call = bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []
    assert call.next_action != "transfer" and call.disposition != "transferred"
    keys = [data for kind, data in bridge.events(caller.call_sid) if kind == "keypad"]
    assert not [data for data in keys if data.get("action") == "transfer"], keys
