"""What a finished call leaves for staff (pos_voice.followup): reasons and the events summary."""

from __future__ import annotations

import json
import typing as t
from types import SimpleNamespace

from pos_voice import followup


def call(**values: t.Any) -> t.Any:
    base = {"id": 1, "disposition": "completed", "order_id": None, "order_type": None, "live_state": None,
            "transfer_reason": None, "summary": None}
    return SimpleNamespace(**{**base, **values})


def tool(name: str, result: t.Any, arguments: t.Any = None, error: str | None = None) -> followup.Event:
    data: dict[str, t.Any] = {"name": name, "arguments": json.dumps(arguments or {}), "result": result}
    if error:
        data["error"] = error
    return ("tool_call", data)


def say(role: str, text: str) -> followup.Event:
    return ("transcript", {"role": role, "text": text})


def test_a_plain_completed_order_needs_nothing() -> None:
    placed = call(order_id=7, live_state={"items": ["one large pepperoni pizza"], "order_type": "pickup"})
    events = [say("caller", "A large pepperoni please"),
              tool("submit_order", {"ok": True, "order_number": "9001", "total": "20.68",
                                    "estimated_wait_minutes": 15})]
    assert followup.attention_reasons(placed, events) == []
    summary = followup.summarize(placed, events)
    assert summary["text"] == "Order #9001 placed for pickup: one large pepperoni pizza."
    assert (summary["follow_up"], summary["sentiment"], summary["complaint"]) == (False, "neutral", False)


def test_missed_calls_say_whether_there_was_a_staff_phone() -> None:
    missed = call(disposition="missed", transfer_reason="wants a manager")
    unanswered = [("dial", {"status": "no-answer", "answered": False})]
    assert followup.attention_reasons(missed, unanswered) == ["missed_unanswered"]
    no_staff = [("dial", {"status": "no-staff-phone", "answered": False})]
    assert followup.attention_reasons(missed, no_staff) == ["missed_no_staff"]
    assert "nobody took the call (wants a manager): call them back" in followup.summarize(missed, [])["text"]


def test_the_caller_may_believe_an_order_was_placed() -> None:
    closed = [tool("submit_order", {"ok": False, "error": "we're closed now", "closed": True})]
    assert followup.attention_reasons(call(disposition="abandoned"), closed) == ["closed_refusal"]
    cart = {"items": ["two large cheese pizza"]}
    silent = [("error", {"where": "silence", "message": "no answer: hung up"})]
    with_cart = call(disposition="abandoned", live_state=cart)
    assert followup.attention_reasons(with_cart, silent) == ["silence_cart"]
    assert followup.attention_reasons(call(disposition="abandoned"), silent) == []  # nothing in the cart
    broken = [tool("get_menu", {"ok": False, "error": "Something went wrong"}, error="OperationalError: x")]
    assert followup.attention_reasons(call(order_id=3), broken) == ["tool_error"]
    assert followup.attention_reasons(call(disposition="transferred"), broken) == []


def test_complaints_failures_and_allergies() -> None:
    angry = [say("caller", "My pizza was cold and I want a refund")]
    assert followup.attention_reasons(call(disposition="transferred"), angry) == ["complaint"]
    assert followup.guess_sentiment(call(), angry) == "negative"
    assert followup.guess_sentiment(call(), [say("caller", "Perfect, thank you!")]) == "positive"
    # The model's verdict wins over the words when it gave one.
    assert followup.attention_reasons(call(disposition="transferred"), angry, complaint=False) == []
    allergy = call(order_id=4, live_state={"items": ["one pad thai"], "allergies": "peanuts"})
    assert followup.attention_reasons(allergy, []) == ["allergy"]
    assert followup.attention_reasons(call(disposition="failed"), []) == ["failed"]


def test_order_facts_and_the_transfer_summary_come_from_the_events() -> None:
    placed = call(order_id=9, live_state={"items": ["one medium margherita pizza"], "order_type": "delivery",
                                          "notes": "ring twice", "allergies": None})
    events = [tool("submit_order", json.dumps({"ok": True, "order_number": "9002", "total": "24.99",
                                               "estimated_wait_minutes": 35}),
                   {"customer_name": "Sam", "address": "88 Prince Street"}),
              ("transfer", {"reason": "catering", "context": {"summary": "Wants 40 pizzas Friday"}})]
    facts = followup.order_facts(placed, events)
    assert (facts.number, facts.total, facts.address, facts.wait_minutes, facts.notes) == (
        "9002", "24.99", "88 Prince Street", 35, "ring twice")
    assert followup.transfer_summary(events) == "Wants 40 pizzas Friday"


def test_a_model_s_summary_keeps_its_words_and_the_facts_come_from_the_events() -> None:
    model = {"text": "Wanted 40 pizzas for Friday; went to staff.", "sentiment": "positive",
             "complaint": None}
    missed = call(disposition="missed", transfer_reason="catering")
    events: list[followup.Event] = [("dial", {"status": "no-answer", "answered": False}),
                                    ("transfer", {"reason": "catering", "context": {"summary": "40 pizzas"}})]
    derived = followup.derive(missed, events, model)
    assert derived["attention"] == "missed_unanswered" and derived["sentiment"] == "positive"
    assert derived["summary"]["text"] == model["text"] and derived["summary"]["source"] == "model"
    assert derived["summary"]["follow_up"] is True and derived["summary"]["transfer_summary"] == "40 pizzas"
    # Stored, it survives a later refresh (e.g. Twilio's status callback after the bridge's record).
    stored = call(disposition="missed", summary=derived["summary"])
    assert followup.derive(stored, events)["summary"]["text"] == model["text"]
    assert followup.derive(call(disposition="missed"), events)["summary"]["source"] == "events"
