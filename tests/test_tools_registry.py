"""The registry: schemas the Realtime API accepts, validation that tells the model what to fix,
events for every call, no exception ever escaping, escalation seen by the server."""

from __future__ import annotations

import json
import time
import typing as t
import uuid
from datetime import UTC, datetime

import pytest
from pydantic import BaseModel, ConfigDict, Field

from pos_voice.extension import get_state
from pos_voice.ordering.hours import opening_status, parse_hours
from pos_voice.tools import CallContext, ToolRegistry, default_registry
from pos_voice.tools.instructions import static_instructions
from tests.conftest import configure

EXPECTED_TOOLS = {
    "get_menu", "get_item_details", "get_specials", "check_availability", "start_order", "add_item",
    "remove_item", "modify_item", "get_order_summary", "submit_order", "get_hours", "get_wait_time",
    "get_location", "transfer_to_human", "end_call", "add_note", "set_allergy", "reorder_last",
    "set_callback_number", "verify_caller", "resume_order", "set_language", "order_updates",
    "rewards_balance", "use_reward",
}


def test_definitions_are_ga_function_tools_with_clean_schemas() -> None:
    definitions = default_registry().definitions()
    assert {d["name"] for d in definitions} == EXPECTED_TOOLS
    for definition in definitions:
        assert set(definition) == {"type", "name", "description", "parameters"}
        assert definition["type"] == "function" and len(definition["description"]) > 30
        schema = definition["parameters"]
        assert schema["type"] == "object" and isinstance(schema["properties"], dict)
        text = json.dumps(schema)
        assert "$ref" not in text and "$defs" not in text and '"title"' not in text
        assert '"null"' not in text  # Optional[X] is "not required", never a null type
    add_item = next(d for d in definitions if d["name"] == "add_item")["parameters"]
    assert add_item["required"] == ["item_name"]
    assert add_item["properties"]["quantity"]["minimum"] == 1


def test_definitions_validate_as_openai_realtime_tools() -> None:
    realtime = pytest.importorskip("openai.types.realtime")
    session_tool = realtime.realtime_function_tool.RealtimeFunctionTool
    for definition in default_registry().definitions():
        session_tool.model_validate(definition)


def test_hosts_can_register_their_own_tools() -> None:
    class LoyaltyArgs(BaseModel):
        model_config = ConfigDict(extra="forbid")
        phone: str = Field(..., description="Caller's phone")

    registry = default_registry()
    registry.register("get_loyalty_points", "Points balance of a caller.", LoyaltyArgs,
                      lambda ctx, args: {"ok": True, "points": 120, "phone": args.phone})
    assert "get_loyalty_points" in registry.names()
    with pytest.raises(ValueError, match="already registered"):
        registry.register("get_loyalty_points", "again", LoyaltyArgs, lambda ctx, args: {})
    ctx = CallContext(None, "CA-test", None)
    answer = json.loads(registry.invoke(ctx, "get_loyalty_points", '{"phone": "555"}').output)
    assert answer == {"ok": True, "points": 120, "phone": "555"}


@pytest.fixture
def call(demo_app: t.Any) -> t.Iterator[tuple[ToolRegistry, CallContext]]:
    with demo_app.app_context():
        state = get_state()
        row = state.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from="+15550001234",
                                     state="live")
        state.db.session.add(row)
        state.db.session.commit()
        yield state.tools, state.tools.start_call(row.id, row.call_sid, "+15550001234")


def ask(call: tuple[ToolRegistry, CallContext], name: str, arguments: str) -> dict[str, t.Any]:
    registry, ctx = call
    return t.cast(dict[str, t.Any], json.loads(registry.invoke(ctx, name, arguments).output))


BAD_CALLS = [
    ("add_item", '{"item_name": "cheese pizza", "quantity": -2, "size": "large"}', "'quantity'"),
    ("add_item", '{"item_name": "cheese pizza", "quantity": "lots", "size": "large"}', "'quantity'"),
    ("add_item", '{"item_name": "cheese pizza", "quantity": 100000}', "'quantity'"),
    ("add_item", '{"quantity": 1}', "'item_name' is required"),
    ("add_item", '{"item_name": "cheese pizza", "colour": "red"}', "'colour' is not an argument"),
    ("add_item", '{"item_name": "cheese pizza", "size": "gigantic"}', "doesn't come in 'gigantic'"),
    ("add_item", '{"item_name": "cheese pizza"}', "comes in 3 sizes"),
    ("add_item", '{"item_name": "cheese pizza", "size": "large", "modifiers": ["unicorn"]}',
     "not on the menu as a topping"),
    ("add_item", '{"item_name": "cheese pizza", "size": "large"', "not valid JSON"),
    ("add_item", '["cheese pizza"]', "must be a JSON object"),
    ("order_pizza_now", '{}', "no tool called"),
    ("start_order", '{"order_type": "dine-in by drone"}', "we don't do"),
    ("remove_item", '{"item": "the pepperoni"}', "the order is empty"),
    ("get_hours", '{"day": "someday"}', "is not a day"),
]


def test_bad_arguments_get_an_error_the_model_can_act_on(call: t.Any) -> None:
    for name, arguments, expected in BAD_CALLS:
        answer = ask(call, name, arguments)
        assert answer["ok"] is False, (name, arguments)
        assert expected in answer["error"], (arguments, answer)
        assert answer.get("next"), (arguments, answer)
    assert call[1].cart.is_empty()


#: JSON values of the wrong type: refused, never coerced ("quantity": true was one pizza).
WRONG_TYPES = [
    ("add_item", {"item_name": "cannoli", "quantity": True},
     "'quantity' must be a whole number, not true/false"),
    ("add_item", {"item_name": "cannoli", "quantity": "2"},
     "'quantity' must be a whole number, not a string"),
    ("add_item", {"item_name": "cannoli", "quantity": 2.5},
     "'quantity' must be a whole number, not a number"),
    ("add_item", {"item_name": 7}, "'item_name' must be a string, not a number"),
    ("add_item", {"item_name": "cannoli", "notes": False}, "'notes' must be a string, not true/false"),
    ("remove_item", {"item": "the cannoli", "quantity": False}, "'quantity' must be a whole number"),
    ("modify_item", {"item": "the cannoli", "changes": {"quantity": True}},
     "'changes.quantity' must be a whole number, not true/false"),
    ("set_allergy", {"allergy": "peanuts", "needs_confirmation": 1},
     "'needs_confirmation' must be true or false"),
    ("end_call", {"cancel_order": "yes"}, "'cancel_order' must be true or false, not a string"),
    ("submit_order", {"customer_name": "Sam", "phone": 2125550123}, "'phone' must be a string, not a number"),
    ("get_menu", {"category": ["pizzas"]}, "'category' must be a string, not a list"),
]


def test_arguments_are_strictly_typed_and_the_schema_is_unchanged(call: t.Any) -> None:
    registry, ctx = call
    schema = registry.get("add_item").parameters()["properties"]["quantity"]
    assert schema == {"type": "integer", "minimum": 1, "maximum": 1000,
                      "description": "How many; 1 unless the caller said otherwise."}
    assert ask(call, "add_item", '{"item_name": "cannoli", "quantity": 2}')["ok"]
    assert [line.quantity for line in ctx.cart.lines] == [2]
    for name, arguments, expected in WRONG_TYPES:
        answer = ask(call, name, json.dumps(arguments))
        assert answer["ok"] is False, (name, arguments, answer)
        assert expected in answer["error"], (arguments, answer)
        assert answer.get("next"), answer
    assert [line.quantity for line in ctx.cart.lines] == [2]  # nothing was added or changed


def test_a_crashing_tool_never_ends_the_call(call: t.Any) -> None:
    registry, ctx = call

    class NoArgs(BaseModel):
        pass

    def broken(ctx: CallContext, args: NoArgs) -> dict[str, t.Any]:
        raise RuntimeError("boom")

    registry.register("broken_tool", "Always fails (test).", NoArgs, broken, replace=True)
    try:
        first = json.loads(registry.invoke(ctx, "broken_tool", "{}").output)
        second = json.loads(registry.invoke(ctx, "broken_tool", "").output)
        assert first["ok"] is False and "try once more" in first["next"]
        assert "transfer_to_human" in second["next"]
        call_row = get_state().db.session.get(get_state().models.VoiceCall, ctx.call_id)
        event = call_row.events.filter_by(event_type="tool_call").all()[-1]
        assert event.event_data["error"] == "RuntimeError: boom"
    finally:
        registry._tools.pop("broken_tool", None)


def test_two_failed_attempts_at_the_same_item_suggest_a_transfer(call: t.Any) -> None:
    first = ask(call, "add_item", '{"item_name": "flurbo supreme deluxe"}')
    assert first["ok"] is False and not first.get("suggest_transfer")
    second = ask(call, "add_item", '{"item_name": "a flurbo deluxe supreme"}')  # rephrased, same thing
    assert second["suggest_transfer"] is True and "transfer_to_human" in second["next"]


def test_payment_words_are_flagged_and_card_numbers_never_stored(call: t.Any) -> None:
    ctx = call[1]
    answer = ask(call, "add_note", '{"note": "pay by card 4111 1111 1111 1111 exp 12/28"}')
    assert "payment_note" in answer and ctx.escalation == "payment"
    assert "4111" not in ctx.cart.notes
    row = get_state().db.session.get(get_state().models.VoiceCall, ctx.call_id)
    stored = json.dumps([e.event_data for e in row.events])
    assert "4111" not in stored and "[card number removed]" in stored


def test_every_tool_call_is_an_event_and_the_live_cart_follows(call: t.Any) -> None:
    ctx = call[1]
    ask(call, "start_order", '{"order_type": "pickup"}')
    ask(call, "add_item", '{"item_name": "2 liter of sprite"}')
    ask(call, "get_hours", '{}')
    row = get_state().db.session.get(get_state().models.VoiceCall, ctx.call_id)
    get_state().db.session.refresh(row)
    events = row.events.filter_by(event_type="tool_call").all()
    assert [e.event_data["name"] for e in events] == ["start_order", "add_item", "get_hours"]
    assert all(e.duration_ms is not None for e in events)
    assert events[1].event_data["arguments"] == {"item_name": "2 liter of sprite"}
    assert row.live_state["items"] == ["a 2 liter sprite"]
    assert row.live_state["total"] == "4.34"  # 3.99 + 8.875% tax


def test_a_tool_call_event_records_how_long_the_tool_took(call: t.Any) -> None:
    registry, ctx = call

    class Lookup(BaseModel):
        pass

    def slow(ctx: CallContext, args: Lookup) -> dict[str, t.Any]:
        time.sleep(0.12)  # the tool's own work, which the event must account for
        return {"ok": True}

    registry.register("slow_lookup", "A lookup that takes a while.", Lookup, slow)
    result = registry.invoke(ctx, "slow_lookup", "{}")
    row = get_state().db.session.get(get_state().models.VoiceCall, ctx.call_id)
    [event] = row.events.filter_by(event_type="tool_call").all()
    assert event.event_data["name"] == "slow_lookup"
    assert event.duration_ms >= 120 and result.work_ms >= 120


def test_business_tools(call: t.Any) -> None:
    from flask import current_app

    from pos_voice.config import DEFAULT_HOURS
    from tests.test_services import FixedClock

    configure(current_app, HOURS=DEFAULT_HOURS)  # the shared test settings are open 24/7
    # Sunday 2026-11-22, 14:00 in New York (the test settings' zone): open until 9 PM.
    get_state().clock = FixedClock(datetime(2026, 11, 22, 19, 0, tzinfo=UTC))
    hours = ask(call, "get_hours", '{"day": "sunday"}')
    assert hours["day"] == "Sunday" and hours["hours"] == "noon to 9 PM"
    assert hours["open_now"] is True and hours["closes"] == "today at 9 PM"
    assert hours["today"] == "Sunday November 22" and hours["time_now"] == "14:00"
    get_state().clock = FixedClock(datetime(2026, 11, 23, 3, 0, tzinfo=UTC))  # Sunday 10 PM: closed
    assert ask(call, "get_hours", "{}")["opens_next"] == "tomorrow at 11 AM"
    wait = ask(call, "get_wait_time", '{"order_type": "delivery"}')
    assert wait["estimated_minutes"] >= 35
    location = ask(call, "get_location", "{}")
    assert "Main Street" in location["address"] or "Mulberry" in location["address"]
    specials = ask(call, "get_specials", "{}")
    assert any(s["name"] == "Family Deal" for s in specials["specials"])
    menu = ask(call, "get_menu", '{"category": "drinks"}')
    assert {"Coke", "Sprite"} <= {i["name"] for i in menu["items"]}
    ended = ask(call, "end_call", '{"reason": "question answered"}')
    assert ended["action"] == "end_call"


def test_end_call_refuses_to_drop_an_unplaced_order(call: t.Any) -> None:
    registry, ctx = call
    ask(call, "add_item", '{"item_name": "cannoli"}')
    refused = registry.invoke(ctx, "end_call", "{}")
    assert refused.action is None and json.loads(refused.output)["ok"] is False
    assert registry.invoke(ctx, "end_call", '{"cancel_order": true}').action == "end_call"


def test_pickup_only_policy(demo_app: t.Any) -> None:
    configure(demo_app, ORDER_TYPES=["pickup"])
    with demo_app.app_context():
        assert "Pickup only" in static_instructions(get_state().settings)
        ctx = CallContext(None, "CA-pickup-only", None)
        answer = json.loads(get_state().tools.invoke(ctx, "start_order", '{"order_type": "delivery"}').output)
        assert answer["ok"] is False and "only take pickup" in answer["error"]


def test_instructions_put_static_text_first(demo_app: t.Any) -> None:
    with demo_app.app_context():
        registry = get_state().tools
        one = registry.instructions(CallContext(None, "CA1", None))
        two = registry.start_call(None, "CA2", "+15551234567")  # Mike, a returning customer
        other = registry.instructions(two)
        static = static_instructions(get_state().settings)
        assert one.startswith(static) and other.startswith(static)
        assert "Mike Russo" in other and "Mike Russo" not in static
        assert "No payment by phone" in static and "AI assistant" in static
        assert "Tony's Pizza" in registry.greeting(CallContext(None, "CA3", None))


def test_hours_open_now_and_next_opening() -> None:
    hours = parse_hours({"mon": "11:00-22:00", "fri": "18:00-02:00", "sat": "closed"})
    monday_noon = datetime(2026, 11, 16, 12, 0)
    assert opening_status(hours, monday_noon).open_now
    late_friday = datetime(2026, 11, 21, 1, 30)  # Saturday 01:30, inside Friday's late shift
    status = opening_status(hours, late_friday)
    assert status.open_now and status.closes_at == datetime(2026, 11, 21, 2, 0)
    closed = opening_status(hours, datetime(2026, 11, 16, 23, 0))
    assert not closed.open_now and closed.next_open == datetime(2026, 11, 20, 18, 0)


def test_hours_until_24_00_run_to_midnight_and_round_the_clock_never_closes() -> None:
    from pos_voice.ordering.hours import DAYS, spoken_when

    always = parse_hours({day: "00:00-24:00" for day in DAYS})
    for moment in (datetime(2026, 11, 21, 0, 0), datetime(2026, 11, 21, 12, 0),
                   datetime(2026, 11, 21, 23, 59, 59, 999999)):
        assert opening_status(always, moment).open_now
    late = parse_hours({"sat": "18:00-24:00"})
    status = opening_status(late, datetime(2026, 11, 21, 23, 30))  # a Saturday
    assert status.open_now and status.closes_at == datetime(2026, 11, 22, 0, 0)
    closes = t.cast(datetime, status.closes_at)
    assert spoken_when(closes, datetime(2026, 11, 21, 23, 30)) == "today at midnight"
    assert not opening_status(late, datetime(2026, 11, 22, 0, 0)).open_now


def test_closed_refusal_follows_hours_timezone_and_the_accept_setting(demo_app: t.Any) -> None:
    from pos_voice.ordering.submit import closed_refusal

    with demo_app.app_context():
        configure(demo_app, HOURS={"mon": "11:00-22:00", "tue": "11:00-22:00", "sun": "12:00-21:00"})

        def refusal_at(moment: datetime) -> t.Any:
            return closed_refusal(get_state().settings, moment)

        monday_morning, monday_noon = datetime(2026, 11, 16, 9, 30), datetime(2026, 11, 16, 12, 0)
        refusal = refusal_at(monday_morning)
        assert refusal is not None
        assert str(refusal) == "we're closed now; we open today at 11 AM. The order was not placed"
        assert refusal.details == {"closed": True, "opens": "today at 11 AM"}
        assert "call back" in refusal.next_step
        assert refusal_at(monday_noon) is None
        late_saturday = datetime(2026, 11, 21, 23, 0)
        assert refusal_at(late_saturday).details["opens"] == "tomorrow at noon"
        late_tuesday = datetime(2026, 11, 17, 22, 30)
        assert refusal_at(late_tuesday).details["opens"] == "Sunday at noon"
        configure(demo_app, ACCEPT_ORDERS_WHEN_CLOSED=True)
        assert refusal_at(monday_morning) is None
        configure(demo_app, ACCEPT_ORDERS_WHEN_CLOSED=False)
        configure(demo_app, HOURS="eleven to ten")  # broken: reported by check, never blocks
        assert refusal_at(monday_morning) is None
