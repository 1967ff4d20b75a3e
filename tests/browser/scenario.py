"""A realistic set of phone calls written into the demo POS, for the staff-page tests.

Four finished calls in the last hour (two orders, one transfer, one hang-up) and one call in
progress, with the events the bridge and the tools record (docs/architecture.md). Orders are
real rows of the demo POS's ``orders`` table with ``source`` = the voice value, so they also
show in the POS's own order list.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pos_voice import followup
from pos_voice.config import setting
from pos_voice.extension import get_state
from pos_voice.staff.data import business_tz
from pos_voice.staff.metrics import local_midnight, to_utc_naive
from tests.support.clock import ShiftedClock

GREETING = "Thanks for calling Tony's Pizzeria, this is the automated assistant. Pickup or delivery?"


@dataclass
class SeededCall:
    id: int
    call_sid: str
    phone: str
    started_at: datetime
    disposition: str | None
    duration_seconds: int | None
    cost: Decimal
    order_id: int | None = None
    order_number: str | None = None
    order_total: Decimal | None = None


@dataclass
class Scenario:
    calls: list[SeededCall] = field(default_factory=list)

    def by_sid(self, sid: str) -> SeededCall:
        return next(c for c in self.calls if c.call_sid == sid)

    @property
    def with_order(self) -> list[SeededCall]:
        return [c for c in self.calls if c.order_id is not None]


def _order(number: str, name: str, phone: str, order_type: str, lines: list[tuple[str, str, int, str]],
           placed: datetime, address: str | None = None) -> t.Any:
    from pizzeria_pos.models import Order, OrderItem

    db = get_state().db
    subtotal = sum((Decimal(price) * qty for _, _, qty, price in lines), Decimal("0"))
    tax = (subtotal * Decimal("0.08875")).quantize(Decimal("0.01"))
    order = Order(order_number=number, customer_name=name, customer_phone=phone, order_type=order_type,
                  status="new", source=str(setting("ORDER_SOURCE_VALUE")), delivery_address=address,
                  subtotal=subtotal, tax=tax, total=subtotal + tax, created_at=placed)
    for product, size, qty, price in lines:
        order.items.append(OrderItem(product_name=product, size=size, quantity=qty, unit_price=Decimal(price),
                                     line_total=Decimal(price) * qty))
    db.session.add(order)
    db.session.flush()
    return order


def _call(sid: str, phone: str, started: datetime, **values: t.Any) -> t.Any:
    state = get_state()
    call = state.models.VoiceCall(call_sid=sid, phone_from=phone, phone_to="+12125550147", started_at=started,
                                  created_at=started, model="gpt-realtime-2.1", **values)
    state.db.session.add(call)
    state.db.session.flush()
    return call


Event = tuple[int, str, dict[str, t.Any], int | None]


def _events(call: t.Any, started: datetime, events: list[Event]) -> None:
    state = get_state()
    for offset, kind, data, duration_ms in events:
        state.db.session.add(state.models.VoiceCallEvent(
            call_id=call.id, event_type=kind, event_data=data, duration_ms=duration_ms,
            timestamp=started + timedelta(seconds=offset)))


def _tool(offset: int, name: str, arguments: dict[str, t.Any], result: str,
          ms: int = 40) -> Event:
    import json

    return (offset, "tool_call", {"name": name, "arguments": json.dumps(arguments), "result": result}, ms)


def _say(offset: int, role: str, text: str) -> Event:
    return (offset, "transcript", {"role": role, "text": text}, None)


#: The scenario's calls start up to 50 minutes before its "now"
SPAN = timedelta(minutes=55)


def seed_calls(now: datetime | None = None) -> Scenario:
    """Write the scenario (inside an app context of the demo app) and commit it.

    The staff pages show the shop's *today* by default: in the first ``SPAN`` of the shop's day
    (00:20 in New York) the older calls would be yesterday's, so then the app's clock is moved to
    ``SPAN`` after the local midnight and the scenario is written at that time."""
    state = get_state()
    if now is None:
        real = state.clock.utcnow()
        zone = business_tz(state.settings.timezone)
        today = real.replace(tzinfo=UTC).astimezone(zone).date()
        start_of_day = to_utc_naive(local_midnight(today, zone))
        if real < start_of_day + SPAN:
            state.clock = ShiftedClock(start_of_day + SPAN - real)
        now = state.clock.utcnow()
    scenario = Scenario()

    # 1. A pickup order, start to finish.
    started = now - timedelta(minutes=50)
    order = _order("9001", "Maria Lopez", "+12125550123", "pickup",
                   [("Pepperoni Pizza", "large", 1, "18.99")], started + timedelta(seconds=150))
    call = _call("CA" + "1" * 32, "+12125550123", started, ended_at=started + timedelta(seconds=154),
                 duration_seconds=154, state="ended", disposition="completed", order_id=order.id,
                 order_type="pickup", customer_name="Maria Lopez", cost_usd=Decimal("0.4210"),
                 input_tokens=5200, output_tokens=2100, input_audio_tokens=3100, output_audio_tokens=1900,
                 transcript="assistant: " + GREETING)
    _events(call, started, [
        (0, "call_started", {"from": "+12125550123"}, None),
        _say(2, "assistant", GREETING),
        _say(9, "caller", "Hi, I'd like a large pepperoni pizza for pickup."),
        _tool(11, "start_order", {"order_type": "pickup"}, '{"ok": true, "order_type": "pickup"}'),
        _tool(12, "add_item", {"item_name": "large pepperoni", "quantity": 1},
              '{"added": "large Pepperoni Pizza", "line_total": "18.99", "subtotal": "18.99"}'),
        _say(15, "assistant", "I've got a large pepperoni for $18.99. Anything else?"),
        _say(24, "caller", "No, that's it. It's Maria."),
        _tool(27, "submit_order", {"customer_name": "Maria Lopez", "phone": "+12125550123"},
              '{"ok": true, "order_number": "9001", "total": "20.68", "wait_minutes": 15}', 85),
        (27, "order_submitted", {"order_id": order.id, "number": "9001", "total": "20.68"}, None),
        _say(30, "assistant", "Thanks Maria, your order number is 9001, ready in about 15 minutes."),
        (150, "usage", {"input_tokens": 5200, "output_tokens": 2100}, None),
        (154, "call_ended", {"disposition": "completed"}, None),
    ])
    scenario.calls.append(SeededCall(call.id, call.call_sid, call.phone_from, started, "completed", 154,
                                     Decimal("0.4210"), order.id, "9001", order.total))

    # 2. A caller who wants a person: transferred with the reason.
    started = now - timedelta(minutes=40)
    call = _call("CA" + "2" * 32, "+12125550188", started, ended_at=started + timedelta(seconds=48),
                 duration_seconds=48, state="ended", disposition="transferred", next_action="transfer",
                 transfer_reason="Caller asked for a manager about a refund", cost_usd=Decimal("0.1200"),
                 input_tokens=1500, output_tokens=600)
    _events(call, started, [
        _say(2, "assistant", GREETING),
        _say(8, "caller", "I want to talk to a manager about a refund."),
        _tool(10, "transfer_to_human", {"reason": "Caller asked for a manager about a refund"},
              '{"action": "transfer"}'),
        (10, "transfer", {"reason": "Caller asked for a manager about a refund", "context": {}}, None),
        _say(12, "assistant", "Of course, I'm connecting you with the manager now."),
        (48, "call_ended", {"disposition": "transferred"}, None),
    ])
    scenario.calls.append(SeededCall(call.id, call.call_sid, call.phone_from, started, "transferred", 48,
                                     Decimal("0.1200")))

    # 3. A delivery order.
    started = now - timedelta(minutes=30)
    order = _order("9002", "Sam Patel", "+12125550142", "delivery",
                   [("Margherita Pizza", "medium", 1, "15.49"), ("Garlic Knots", None, 2, "5.99"),
                    ("Coke", "2 liter", 1, "3.99")],
                   started + timedelta(seconds=205), address="88 Prince Street, Apt 4")
    call = _call("CA" + "3" * 32, "+12125550142", started, ended_at=started + timedelta(seconds=210),
                 duration_seconds=210, state="ended", disposition="completed", order_id=order.id,
                 order_type="delivery", customer_name="Sam Patel", cost_usd=Decimal("0.6300"),
                 input_tokens=7400, output_tokens=3300)
    _events(call, started, [
        _say(2, "assistant", GREETING),
        _say(7, "caller", "Delivery please, a medium margherita and two garlic knots."),
        _tool(9, "start_order", {"order_type": "delivery"}, '{"ok": true}'),
        _tool(10, "add_item", {"item_name": "margherita", "quantity": 1, "size": "medium"},
              '{"added": "medium Margherita Pizza", "line_total": "15.49"}'),
        _tool(11, "add_item", {"item_name": "garlic knot", "quantity": 2}, '{"added": "2 Garlic Knots"}'),
        _tool(60, "submit_order", {"customer_name": "Sam Patel", "phone": "+12125550142",
                                   "address": "88 Prince Street, Apt 4"},
              '{"ok": true, "order_number": "9002"}'),
        (60, "order_submitted", {"order_id": order.id, "number": "9002", "total": str(order.total)}, None),
        (210, "call_ended", {"disposition": "completed"}, None),
    ])
    scenario.calls.append(SeededCall(call.id, call.call_sid, call.phone_from, started, "completed", 210,
                                     Decimal("0.6300"), order.id, "9002", order.total))

    # 4. A hang-up after the greeting.
    started = now - timedelta(minutes=20)
    call = _call("CA" + "4" * 32, "+12125550199", started, ended_at=started + timedelta(seconds=12),
                 duration_seconds=12, state="ended", disposition="abandoned", cost_usd=Decimal("0.0200"),
                 input_tokens=300, output_tokens=120)
    _events(call, started, [_say(2, "assistant", GREETING),
                            (12, "call_ended", {"disposition": "abandoned"}, None)])
    scenario.calls.append(SeededCall(call.id, call.call_sid, call.phone_from, started, "abandoned", 12,
                                     Decimal("0.0200")))

    # 5. A call in progress, with its cart so far.
    started = now - timedelta(seconds=40)
    call = _call("CA" + "5" * 32, "+12125550166", started, state="live", heartbeat_at=now,
                 customer_name="Jo Kim", live_state={  # as pos_voice.tools.lifecycle.live_state writes it
                     "order_type": "pickup", "items": ["two large cheese pizza"], "notes": None,
                     "allergies": None, "customer": "Jo Kim", "order_number": None, "escalation": None,
                     "subtotal": "33.98", "total": "36.99"})
    _events(call, started, [
        _say(1, "assistant", GREETING),
        _say(6, "caller", "Two large cheese pizzas for pickup please."),
        _tool(8, "add_item", {"item_name": "large cheese pizza", "quantity": 2},
              '{"added": "2 large Cheese Pizza"}'),
        _say(10, "assistant", "Two large cheese pizzas, $33.98 so far. Anything else?"),
    ])
    scenario.calls.append(SeededCall(call.id, call.call_sid, call.phone_from, started, None, None,
                                     Decimal("0")))
    state.db.session.flush()
    for seeded in scenario.calls:  # what /status does at the end of each call
        row = state.db.session.get(state.models.VoiceCall, seeded.id)
        if row.state == "ended":
            followup.refresh(state.db.session, state.models, row)
    state.db.session.commit()
    return scenario
