"""No card number is stored anywhere: one redaction module, applied after parsing, everywhere a
call's data is stored (order notes in the host, tool_call events, the live cart, transcripts)."""

from __future__ import annotations

import json
import re
import typing as t
import uuid

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.redaction import CARD_MASK, luhn_valid, redact, redact_value
from pos_voice.testing import Script, run_simulation

CARDS = ("5105105105105100", "6011111111111117", "4111111111111111", "378282246310005")


@pytest.mark.parametrize("said", [
    "5105.1051.0510.5100",
    "6011  1111  1111  1117",
    "my card is 4111 1111 1111 1111 thanks",
    "4111-1111-1111-1111",
    "4111, 1111, 1111, 1111.",
    "4111 / 1111 / 1111 / 1111",
    "four one: 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
    "card 378282246310005",
    "number 6011111111111117 expiring",
    "4111 1111 1111 1112",  # a misheard digit: the Luhn check fails, the card grouping still says card
])
def test_card_numbers_with_any_separators_are_redacted(said: str) -> None:
    out = redact(said)
    assert CARD_MASK in out
    assert not re.search(r"\d{4}", re.sub(r"[\s.,/\-]", "", out)), out


def test_two_cards_and_a_card_next_to_a_phone_number() -> None:
    assert redact("4111111111111111 or 5105105105105100") == f"{CARD_MASK} or {CARD_MASK}"
    assert redact("4111 1111 1111 1111, 555-123-4567") == f"{CARD_MASK}, 555-123-4567"


@pytest.mark.parametrize("kept", [
    "two large pizzas, 555 123 4567, 12 Main Street, order 47, $23.50",
    "call me back on (212) 555-0123 or 212.555.0147",
    "+44 20 7946 0958 123",  # an international number with an extension: 15 digits behind the +
    "order #1048576, ready at 18:45, total 23.50, 3.99, 4.34 and 1.00",
    "CA5105105105105100a1b2c3d4e5f6a7b8c9d0",  # a call SID around a Luhn-valid run
    "tracking 1234567890123456",  # 16 digits, not card-grouped, Luhn fails
])
def test_order_numbers_phone_numbers_prices_and_ids_stay(kept: str) -> None:
    assert not luhn_valid("1234567890123456")
    assert redact(kept) == kept


def test_security_codes_and_ssns_are_redacted() -> None:
    assert redact("the security code is 123") == "the security code is [code removed]"
    assert "737" not in redact("CVV: 737")
    assert "123-45-6789" not in redact("ssn 123-45-6789")
    assert "987654321" not in redact("my social security number is 987654321")


def test_redact_value_covers_nested_strings_and_card_length_numbers() -> None:
    value = {"a": ["card 4111111111111111"], "n": 3, "ok": True, "card": 5105105105105100,
             "order": 1048576, "nested": ({"x": "6011-1111-1111-1117"},)}
    assert redact_value(value) == {"a": [f"card {CARD_MASK}"], "n": 3, "ok": True, "card": CARD_MASK,
                                   "order": 1048576, "nested": [{"x": CARD_MASK}]}


def test_one_redaction_module() -> None:
    import importlib.util

    assert importlib.util.find_spec("pos_voice.bridge.redaction") is None
    import pos_voice.ordering.text as text

    assert not hasattr(text, "redact_card_numbers")


# --- through the tools, on the real database -------------------------------------------------

@pytest.fixture
def call(demo_app: t.Any) -> t.Iterator[t.Any]:
    with demo_app.app_context():
        state = get_state()
        # A call SID whose hex happens to hold a long, Luhn-valid digit run.
        row = state.models.VoiceCall(call_sid="CA5105105105105100" + uuid.uuid4().hex[:16],
                                     phone_from="+12125550123", state="live")
        state.db.session.add(row)
        state.db.session.commit()
        yield state.tools, state.tools.start_call(row.id, row.call_sid, "+12125550123"), row.id


def stored(call_id: int) -> str:
    """Every event and the live cart of the call, as text."""
    state = get_state()
    state.db.session.expire_all()
    row = state.db.session.get(state.models.VoiceCall, call_id)
    events = [e.event_data for e in row.events]
    return json.dumps({"events": events, "live": row.live_state, "transcript": row.transcript,
                       "error": row.error, "transfer": row.transfer_reason})


def digits_only(text: str) -> str:
    return re.sub(r"[\s.,/\-]", "", text)


def test_arguments_are_parsed_before_redaction(call: t.Any) -> None:
    registry, ctx, call_id = call
    # A valid \u escape next to a card number: redacting the raw text cut the escape apart.
    answer = json.loads(registry.invoke(
        ctx, "add_note", '{"note": "\\u2013 5105 1051 0510 5100 \\u2013"}').output)
    assert answer["ok"] is True, answer
    assert answer["noted"] == f"\u2013 {CARD_MASK} \u2013"
    started = json.loads(registry.invoke(ctx, "start_order", '{"order_type": "pickup"}').output)
    assert started["order_session_id"] == ctx.call_sid  # the SID, whole
    text = stored(call_id)
    assert ctx.call_sid in text  # stored whole in the start_order result
    assert "5105105105105100" not in digits_only(text.replace(ctx.call_sid, ""))


def test_card_numbers_in_any_argument_never_reach_the_cart_or_the_events(call: t.Any) -> None:
    registry, ctx, call_id = call
    registry.invoke(ctx, "start_order", '{"order_type": "pickup"}')
    registry.invoke(ctx, "add_item", json.dumps({"item_name": "cannoli",
                                                 "notes": "card 6011  1111  1111  1117"}))
    registry.invoke(ctx, "add_note", json.dumps({"note": "5105.1051.0510.5100 exp 12/28",
                                                 "item": "the cannoli"}))
    registry.invoke(ctx, "set_allergy", json.dumps({"allergy": "peanuts 4111-1111-1111-1111"}))
    registry.invoke(ctx, "add_item", '{"item_name": "cannoli", "quantity": 4111111111111111}')
    cart_text = json.dumps([line.as_dict() for line in ctx.cart.lines]) + ctx.cart.notes + ctx.cart.allergies
    text = stored(call_id).replace(ctx.call_sid, "")
    for card in CARDS:
        assert card not in digits_only(cart_text)
        assert card not in digits_only(text), card
    assert CARD_MASK in text


# --- a whole call over real sockets ----------------------------------------------------------

def card_call(business: str) -> Script:
    return (
        Script()
        .greet(f"Thanks for calling {business}! What can I get you?")
        .when_caller_says("A cannoli for pickup. I'll pay now, my card is 5105.1051.0510.5100.")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "cannoli", "notes": "charge 6011  1111  1111  1117"})
        .call_tool("add_note", {"note": "card 5105.1051.0510.5100"})
        .say("We don't take cards by phone; you pay at pickup. Can I get a name?")
        .when_caller_says("Sam. Card 6011  1111  1111  1117 if you need it.")
        .call_tool("submit_order", {"customer_name": "Sam"})
        .say_and_call("Thanks Sam, your order is in. Goodbye!", "end_call", {"reason": "order placed"})
    )


def test_a_call_with_card_numbers_stores_none_of_them(demo_app: t.Any) -> None:
    from pizzeria_pos.models import Order

    result = run_simulation(demo_app, card_call("Tony's Pizza"), timeout=20)
    assert result.problems == [], result.problems
    assert result.order is not None
    with demo_app.app_context():
        state = get_state()
        calls = state.models.VoiceCall
        row = state.db.session.execute(sa.select(calls).where(calls.call_sid == result.call_sid)).scalar_one()
        order = state.db.session.get(Order, row.order_id)
        host_text = json.dumps({"notes": order.notes, "customer": order.customer_name,
                                "items": [item.notes for item in order.items]})
        text = stored(row.id).replace(result.call_sid, "") + host_text
    assert "transcript" in text and CARD_MASK in host_text
    for card in CARDS[:2]:
        assert card not in digits_only(text), card
