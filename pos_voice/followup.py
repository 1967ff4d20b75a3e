"""What a finished call leaves for staff: why it needs attention, and a summary to read in 5 s.

Both are worked out from facts only — the call's row and its ``voice_call_events`` — so they
hold whatever the model said. Whoever changes a call's outcome after the fact (``/stream-ended``,
``/dial-ended``, ``/status``, the bridge's final record) calls :func:`refresh`, which writes
``voice_calls.attention`` (comma-separated reason codes, ``None`` when there is nothing to do)
and, unless the model wrote one, the summary. The staff pages only read them.

Reasons, most urgent first:

- ``missed_unanswered`` / ``missed_no_staff``: the call was for staff and nobody took it;
- ``failed``: the assistant failed (the caller was sent to staff with an apology);
- ``closed_refusal``: the order was refused because the shop was closed; the caller may think
  it was placed;
- ``silence_cart``: the call ended on silence with items in the cart and no order;
- ``tool_error``: a tool failed inside a call that reads "completed";
- ``complaint``: the caller complained;
- ``allergy``: an order with an allergy to double-check.
"""

from __future__ import annotations

import json
import re
import typing as t
from dataclasses import dataclass

import sqlalchemy as sa

from .models import COMPLETED, FAILED, MISSED, TRANSFERRED

MISSED_UNANSWERED = "missed_unanswered"
MISSED_NO_STAFF = "missed_no_staff"
ASSISTANT_FAILED = "failed"
CLOSED_REFUSAL = "closed_refusal"
SILENCE_CART = "silence_cart"
TOOL_ERROR = "tool_error"
COMPLAINT = "complaint"
ALLERGY = "allergy"
#: Every reason, most urgent first (the order the queue shows them in).
REASONS = (MISSED_UNANSWERED, MISSED_NO_STAFF, ASSISTANT_FAILED, CLOSED_REFUSAL, SILENCE_CART, TOOL_ERROR,
           COMPLAINT, ALLERGY)

#: ``dial`` event ``status`` when there was no staff phone to dial.
NO_STAFF_PHONE = "no-staff-phone"

#: Sentiments a summary may carry (the product document's *sentiment detection*).
POSITIVE, NEUTRAL, NEGATIVE = "positive", "neutral", "negative"
SENTIMENTS = (POSITIVE, NEUTRAL, NEGATIVE)

# Words a caller uses when complaining or upset; deliberately short lists of unambiguous words.
_COMPLAINT = re.compile(r"\b(complain\w*|refund|wrong order|never (arrived|came|showed)|"
                        r"(was|came|arrived) cold|still waiting|unacceptable|disgusting|terrible|awful|"
                        r"worst)\b", re.I)
_UPSET = re.compile(r"\b(angry|upset|ridiculous|annoyed|frustrat\w*|horrible|useless|rude)\b", re.I)
_PLEASED = re.compile(r"\b(thanks|thank you|great|perfect|awesome|wonderful|lovely|appreciate)\b", re.I)

Event = tuple[str, dict[str, t.Any]]


def parse_json(value: t.Any) -> t.Any:
    """JSON text parsed; anything else (or text that is no JSON) as is."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def load_events(session: t.Any, models: t.Any, call_id: int) -> list[Event]:
    """The call's events in order, as ``(event_type, data)``."""
    event = models.VoiceCallEvent
    rows = session.execute(sa.select(event.event_type, event.event_data).where(event.call_id == call_id)
                           .order_by(event.timestamp, event.id))
    return [(str(kind), data if isinstance(data, dict) else {"value": data}) for kind, data in rows]


def cart_of(call: t.Any) -> dict[str, t.Any]:
    state = call.live_state
    if isinstance(state, str):
        state = parse_json(state)
    return state if isinstance(state, dict) else {}


def cart_items(cart: dict[str, t.Any]) -> list[str]:
    items = cart.get("items") or cart.get("lines") or []
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and (item.get("description") or item.get("text")):
            out.append(str(item.get("description") or item.get("text")))
    return out


def _tool_calls(events: list[Event], name: str | None = None) -> list[tuple[dict[str, t.Any], t.Any]]:
    return [(data, parse_json(data.get("result"))) for kind, data in events
            if kind == "tool_call" and (name is None or data.get("name") == name)]


def caller_lines(events: list[Event]) -> list[str]:
    return [str(data.get("text") or "") for kind, data in events
            if kind == "transcript" and data.get("role") == "caller"]


def is_complaint(call: t.Any, events: list[Event]) -> bool:
    """The caller complained: said so, or the transfer was for a complaint."""
    cart = cart_of(call)
    if str(cart.get("escalation") or "").lower() == "complaint":
        return True
    texts = [call.transfer_reason or "", *caller_lines(events)]
    texts += [str(data.get("reason") or "") for kind, data in events if kind == "transfer"]
    return any(_COMPLAINT.search(text) for text in texts)


def guess_sentiment(call: t.Any, events: list[Event]) -> str:
    """The caller's mood from their own words, when the model gave none."""
    said = " ".join(caller_lines(events))
    if is_complaint(call, events) or _UPSET.search(said):
        return NEGATIVE
    if _PLEASED.search(said):
        return POSITIVE
    return NEUTRAL


def attention_reasons(call: t.Any, events: list[Event], *, complaint: bool | None = None) -> list[str]:
    """Why staff should look at this call, most urgent first; empty when nothing is left to do.

    :param complaint: the summary's verdict (the model's, when it gave one); guessed from the
        call's words when None.
    """
    reasons: list[str] = []
    disposition = call.disposition
    placed = call.order_id is not None
    if disposition == MISSED:
        no_staff = any(kind == "dial" and data.get("status") == NO_STAFF_PHONE for kind, data in events)
        reasons.append(MISSED_NO_STAFF if no_staff else MISSED_UNANSWERED)
    if disposition == FAILED:
        reasons.append(ASSISTANT_FAILED)
    if not placed and any(isinstance(result, dict) and result.get("closed")
                          for _, result in _tool_calls(events, "submit_order")):
        reasons.append(CLOSED_REFUSAL)
    silence = any(kind == "error" and data.get("where") == "silence" for kind, data in events)
    if silence and not placed and cart_items(cart_of(call)):
        reasons.append(SILENCE_CART)
    if disposition == COMPLETED:
        broken = any(data.get("error") for data, _ in _tool_calls(events))
        broken = broken or any(kind == "error" and data.get("where") not in ("silence", "dial")
                               for kind, data in events)
        if broken:
            reasons.append(TOOL_ERROR)
    if complaint if complaint is not None else is_complaint(call, events):
        reasons.append(COMPLAINT)
    if placed and cart_of(call).get("allergies"):
        reasons.append(ALLERGY)
    return reasons


@dataclass(frozen=True)
class OrderFacts:
    """What the call's order (placed or not) was, from its events."""

    number: str | None
    total: str | None
    order_type: str | None
    items: list[str]
    address: str | None
    wait_minutes: int | None
    notes: str | None
    allergies: str | None
    verification: str | None = None  # whether the caller proved who they are (verify_caller)


#: How staff read the call's last verification (tools/verification.py's statuses and methods).
VERIFICATION_TEXT = {"verified": "Caller verified", "unverified": "Caller not verified",
                     "locked": "Caller not verified (wrong twice: stored details were not used)"}
VERIFIED_BY = {"street": "the street name on file", "pin": "the PIN on file"}


def verification_text(events: list[Event]) -> str | None:
    """The call's last verification as staff read it, or None when the caller was never asked."""
    for kind, data in reversed(events):
        if kind == "verification" and isinstance(data, dict):
            text = VERIFICATION_TEXT.get(str(data.get("status")))
            how = VERIFIED_BY.get(str(data.get("method")))
            if text and how and data.get("status") == "verified":
                return f"{text} by {how}"
            return text
    return None


def order_facts(call: t.Any, events: list[Event]) -> OrderFacts:
    cart = cart_of(call)
    number = total = address = None
    wait: int | None = None
    for data, result in _tool_calls(events, "submit_order"):
        if isinstance(result, dict) and result.get("ok"):
            number = str(result.get("order_number") or "") or None
            total = str(result.get("total")) if result.get("total") is not None else None
            minutes = result.get("estimated_wait_minutes", result.get("wait_minutes"))
            wait = int(minutes) if isinstance(minutes, int | float) else None
            arguments = parse_json(data.get("arguments"))
            if isinstance(arguments, dict) and arguments.get("address"):
                address = str(arguments["address"])
    for kind, data in events:
        if kind == "order_submitted":
            number = number or (str(data.get("number")) if data.get("number") else None)
            total = total or (str(data.get("total")) if data.get("total") is not None else None)
    items = cart_items(cart) or [str(result["added"]) for _, result in _tool_calls(events, "add_item")
                                 if isinstance(result, dict) and result.get("ok") is not False
                                 and isinstance(result.get("added"), str)]  # a call without a live cart
    return OrderFacts(number=number or (str(cart["order_number"]) if cart.get("order_number") else None),
                      total=total or (str(cart["total"]) if cart.get("total") and call.order_id else None),
                      order_type=cart.get("order_type") or call.order_type, items=items,
                      address=address, wait_minutes=wait, notes=cart.get("notes") or None,
                      allergies=cart.get("allergies") or None, verification=verification_text(events))


def transfer_summary(events: list[Event]) -> str | None:
    """What the model told staff when it transferred the call (``transfer_to_human``'s summary)."""
    for kind, data in reversed(events):
        if kind == "transfer":
            context = data.get("context")
            if isinstance(context, dict) and context.get("summary"):
                return str(context["summary"])
    return None


def _sentence(call: t.Any, facts: OrderFacts, reasons: list[str]) -> str:
    items = ", ".join(facts.items)
    if call.order_id is not None:
        kind = f" for {facts.order_type}" if facts.order_type else ""
        text = f"Order #{facts.number or call.order_id} placed{kind}"
        text += f": {items}." if items else "."
    elif call.disposition == TRANSFERRED:
        reason = f": {call.transfer_reason}" if call.transfer_reason else ""
        text = f"Transferred to staff{reason}."
    elif call.disposition == MISSED:
        text = ("For staff, but nobody took the call" +
                (f" ({call.transfer_reason})" if call.transfer_reason else "") + ": call them back.")
    elif call.disposition == FAILED:
        text = "The assistant failed; the caller was sent to staff."
    elif facts.items:
        text = f"No order placed; the cart had {items}."
    else:
        text = "No order placed."
    if CLOSED_REFUSAL in reasons:
        text += " The order was refused because we were closed."
    if SILENCE_CART in reasons:
        text += " The caller went silent before ordering."
    return text


def summarize(call: t.Any, events: list[Event]) -> dict[str, t.Any]:
    """The deterministic summary of a call (used when the model cannot give one)."""
    facts = order_facts(call, events)
    complaint = is_complaint(call, events)
    reasons = attention_reasons(call, events, complaint=complaint)
    return {
        "source": "events",
        "text": _sentence(call, facts, reasons),
        "sentiment": guess_sentiment(call, events),
        "complaint": complaint,
        "follow_up": bool(reasons),
        "transfer_summary": transfer_summary(events),
    }


def derive(call: t.Any, events: list[Event],
           model_summary: dict[str, t.Any] | None = None) -> dict[str, t.Any]:
    """The follow-up columns of a finished call: ``attention``, ``summary`` and ``sentiment``.

    ``call`` needs ``disposition``, ``order_id``, ``order_type``, ``live_state``,
    ``transfer_reason`` and ``summary`` (an ORM row or a Core row alike). A summary the model
    wrote (``model_summary``, or one already stored) keeps its text and mood; the facts are
    re-derived from the events every time.
    """
    summary = model_summary
    if summary is None and isinstance(call.summary, dict) and call.summary.get("source") == "model":
        summary = call.summary
    if summary is None:
        summary = summarize(call, events)
    else:
        complaint = summary.get("complaint")
        summary = {**summary, "source": "model", "transfer_summary": transfer_summary(events),
                   "complaint": bool(complaint) if complaint is not None else is_complaint(call, events)}
    reasons = attention_reasons(call, events, complaint=bool(summary.get("complaint")))
    summary["follow_up"] = bool(reasons)
    sentiment = summary.get("sentiment")
    return {"attention": ",".join(reasons) or None, "summary": summary,
            "sentiment": sentiment if sentiment in SENTIMENTS else None}


def refresh(session: t.Any, models: t.Any, call: t.Any) -> None:
    """Re-derive the follow-up columns of ``call`` (an ORM row) from its events; the caller commits.

    The bridge's final record may be writing the model's summary at this moment (another
    process, another transaction): the row is locked and its summary read afresh, so a
    summary the model wrote is never replaced by the events' one (on SQLite, writes are
    serialised anyway).
    """
    calls = models.VoiceCall
    # FOR NO KEY UPDATE on PostgreSQL: the bridge's event inserts hold KEY SHARE on this row while
    # its final record waits on our row update; FOR UPDATE would wait on them: a deadlock.
    stored = session.execute(sa.select(calls.summary).where(calls.id == call.id)
                             .with_for_update(key_share=True)).scalar()
    facts = _WithSummary(call, stored)
    for name, value in derive(facts, load_events(session, models, call.id)).items():
        setattr(call, name, value)


class _WithSummary:
    """A call row seen with the summary just read from the database."""

    def __init__(self, call: t.Any, summary: t.Any) -> None:
        self._call = call
        self.summary = summary

    def __getattr__(self, name: str) -> t.Any:
        return getattr(self._call, name)
