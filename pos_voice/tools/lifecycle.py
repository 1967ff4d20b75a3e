"""The database side of a call's tools: the context at call start, the ``tool_call`` event and
the live cart on ``voice_calls.live_state`` after every tool call.
"""

from __future__ import annotations

import logging
import typing as t
from decimal import Decimal

import sqlalchemy as sa

from ..config import decimal_setting, setting
from ..extension import get_state
from ..ordering.phones import normalize_phone
from ..ordering.pricing import price_cart
from ..ordering.text import redact_card_numbers
from .registry import CallContext

log = logging.getLogger("pos_voice.tools")

#: Longest text kept for one stored tool result (a full menu is long and the model saw it anyway).
MAX_STORED_CHARS = 4000


def start_call(call_id: int | None, call_sid: str, caller_phone: str | None) -> CallContext:
    phone = normalize_phone(caller_phone, str(setting("DEFAULT_REGION") or "US"))
    ctx = CallContext(call_id=call_id, call_sid=call_sid, caller_phone=phone)
    if setting("ORDER_WEBHOOK_URL"):
        from ..ordering import webhook

        webhook.ensure_sender()  # orders left pending by a restart go out without waiting for a new one
    pos = get_state().pos
    if phone and pos is not None:
        try:
            ctx.customer = pos.find_customer(phone)
        except Exception:  # a failed look-up only costs the personal greeting
            log.exception("pos_voice customer look-up failed")
            _rollback()
    return ctx


def _rollback() -> None:
    db = get_state().db
    if db is not None:
        try:
            db.session.rollback()
        except Exception:
            log.exception("pos_voice rollback failed")


def _shorten(value: t.Any) -> t.Any:
    """Stored copy of arguments/results: card numbers masked, very long text cut."""
    if isinstance(value, str):
        value = redact_card_numbers(value)
        return value if len(value) <= MAX_STORED_CHARS else value[:MAX_STORED_CHARS] + "…"
    if isinstance(value, dict):
        return {str(k): _shorten(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if len(value) > 60:
            return [_shorten(v) for v in value[:60]] + [f"… {len(value) - 60} more"]
        return [_shorten(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def live_state(ctx: CallContext) -> dict[str, t.Any]:
    """What the live staff page shows for this call (plain JSON)."""
    state: dict[str, t.Any] = {
        "order_type": ctx.cart.order_type,
        "items": [line.describe() for line in ctx.cart.lines],
        "notes": ctx.cart.notes or None,
        "allergies": ctx.cart.allergies or None,
        "customer": ctx.customer.name if ctx.customer else None,
        "order_number": ctx.order.get("order_number") if ctx.order else None,
        "escalation": ctx.escalation,
    }
    pos = get_state().pos
    if ctx.cart.lines and pos is not None:
        try:
            pricing = price_cart(ctx.cart, pos.menu(), decimal_setting("TAX_RATE") or Decimal("0"),
                                 decimal_setting("DELIVERY_FEE") or Decimal("0"), check_availability=False)
            state["subtotal"] = str(pricing.subtotal)
            state["total"] = str(pricing.total)
        except Exception:
            log.exception("pos_voice could not price the live cart")
    return state


def record_tool_call(ctx: CallContext, name: str, arguments: t.Any, result: dict[str, t.Any],
                     duration_ms: int, error: str | None, *, changes_cart: bool) -> None:
    """One ``tool_call`` event (and the live cart when it changed), in its own short transaction."""
    state = get_state()
    if ctx.call_id is None or state.models is None or state.db is None:
        return
    data: dict[str, t.Any] = {"name": name, "arguments": _shorten(arguments), "result": _shorten(result)}
    if error:
        data["error"] = error
    session = state.db.session
    try:
        session.add(state.models.VoiceCallEvent(call_id=ctx.call_id, event_type="tool_call", event_data=data,
                                                duration_ms=duration_ms))
        if changes_cart or name in {"submit_order", "transfer_to_human", "reorder_last"}:
            # One UPDATE, not a SELECT of the call row (expired by the tool's own commit) and then one.
            calls = state.models.VoiceCall
            session.execute(sa.update(calls).where(calls.id == ctx.call_id)
                            .values(live_state=live_state(ctx))
                            .execution_options(synchronize_session=False))
        session.commit()
    except Exception:
        log.exception("pos_voice could not store a tool_call event")
        session.rollback()


def record_event(call_id: int | None, event_type: str, data: dict[str, t.Any]) -> None:
    """A standalone event (``error``), committed on its own; failures are logged, never raised."""
    state = get_state()
    if call_id is None or state.models is None or state.db is None:
        return
    session = state.db.session
    try:
        session.add(state.models.VoiceCallEvent(call_id=call_id, event_type=event_type,
                                                event_data=_shorten(data)))
        session.commit()
    except Exception:
        log.exception("pos_voice could not store a %s event", event_type)
        session.rollback()
