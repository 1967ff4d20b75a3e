"""The database side of a call's tools: the context at call start, the ``tool_call`` event and
the live cart on ``voice_calls.live_state`` after every tool call.
"""

from __future__ import annotations

import logging
import typing as t
from decimal import Decimal

import sqlalchemy as sa

from .. import experiments
from ..models import NEXT_TRANSFER
from ..ordering import webhook
from ..ordering.pricing import price_cart
from ..pos.phones import normalize_phone
from ..redaction import redact, redact_value
from .context import NOT_REQUIRED, CallContext

if t.TYPE_CHECKING:
    from ..services import Services

log = logging.getLogger("pos_voice.tools")

#: Longest text kept for one stored tool result (a full menu is long and the model saw it anyway).
MAX_STORED_CHARS = 4000


def start_call(ctx: CallContext) -> CallContext:
    """Fill a new call's context: caller ID normalised, the returning customer found."""
    ctx.caller_phone = normalize_phone(ctx.caller_phone, ctx.settings.default_region)
    if ctx.settings.verify_callers == "off":  # caller ID alone is trusted: nothing to prove
        ctx.verification.status = NOT_REQUIRED
    services = ctx.services
    if services is None:
        return ctx
    # orders left pending by a restart go out without waiting for a new one
    webhook.ensure_sender(services)
    ready = services.ready
    if ctx.caller_phone and ready is not None:
        try:
            ctx.customer = ready.pos.find_customer(ctx.caller_phone)
        except Exception:  # a failed look-up only costs the personal greeting
            log.exception("pos_voice customer look-up failed")
            ready.rollback()
    _assign_variant(ctx, services)
    return ctx


def _assign_variant(ctx: CallContext, services: Services) -> None:
    """Give the call the running prompt experiment's variant, and record it on the call."""
    store = services.store
    if store is None or not services.settings.experiments:
        return
    try:
        ctx.assignment = experiments.assign(store, services.settings, ctx.call_sid)
    except Exception:  # a failed look-up only costs the experiment this call
        log.exception("pos_voice could not read the running experiment")
        store.rollback()
        return
    if ctx.assignment is not None:
        record_event(ctx, "experiment", {"experiment": ctx.assignment.experiment,
                                         "variant": ctx.assignment.variant},
                     experiment=ctx.assignment.experiment, variant=ctx.assignment.variant)


def _shorten(value: t.Any) -> t.Any:
    """Stored copy of arguments/results: card numbers masked, very long text cut."""
    if isinstance(value, str):
        value = redact(value)
        return value if len(value) <= MAX_STORED_CHARS else value[:MAX_STORED_CHARS] + "…"
    if isinstance(value, dict):
        return {str(k): _shorten(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if len(value) > 60:
            return [_shorten(v) for v in value[:60]] + [f"… {len(value) - 60} more"]
        return [_shorten(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return redact_value(value)  # a card number sent as a JSON number


def live_state(ctx: CallContext) -> dict[str, t.Any]:
    """What the live staff page shows for this call (plain JSON)."""
    state: dict[str, t.Any] = {
        "order_type": ctx.cart.order_type,
        "items": [line.describe() for line in ctx.cart.lines],
        "notes": ctx.cart.notes or None,
        "allergies": ctx.cart.allergies or None,
        "customer": ctx.caller_name(),
        "order_number": ctx.order.get("order_number") if ctx.order else None,
        "escalation": ctx.escalation,
        "verification": ctx.verification.status if ctx.customer is not None else None,
    }
    if ctx.cart.lines:  # the exact cart, for the next call if this one drops (tools/resume.py)
        state["snapshot"] = ctx.cart.snapshot()
        if ctx.reward:  # part of what the caller had; resumed only for a verified caller
            state["reward"] = ctx.reward
    ready = ctx.services.ready if ctx.services is not None else None
    if ctx.cart.lines and ready is not None:
        try:
            settings = ctx.settings
            pricing = price_cart(ctx.cart, ready.pos.menu(), settings.tax_rate, settings.delivery_fee,
                                 check_availability=False)
            state["subtotal"] = str(pricing.subtotal)
            state["total"] = str(pricing.total)
        except Exception:
            log.exception("pos_voice could not price the live cart")
    return t.cast(dict[str, t.Any], redact_value(state))  # stored on the call and shown to staff


def record_tool_call(ctx: CallContext, name: str, arguments: t.Any, result: dict[str, t.Any],
                     duration_ms: int, error: str | None, *, changes_cart: bool) -> None:
    """One ``tool_call`` event (and the live cart when it changed), in its own short transaction."""
    data: dict[str, t.Any] = {"name": name, "arguments": _shorten(arguments), "result": _shorten(result)}
    if error:
        data["error"] = error
    live = changes_cart or name in {"submit_order", "transfer_to_human", "reorder_last", "verify_caller",
                                    "use_reward"}
    if ctx.events is not None:  # the bridge's recorder: never lost while the database is busy
        ctx.events.record("tool_call", data, duration_ms)
        if live:
            ctx.events.update_call(live_state=live_state(ctx))
        return
    store = ctx.store
    if ctx.call_id is None or store is None:
        return
    session = store.session
    try:
        session.add(store.models.VoiceCallEvent(call_id=ctx.call_id, event_type="tool_call", event_data=data,
                                                duration_ms=duration_ms))
        if live:
            # One UPDATE, not a SELECT of the call row (expired by the tool's own commit) and then one.
            calls = store.models.VoiceCall
            session.execute(sa.update(calls).where(calls.id == ctx.call_id)
                            .values(live_state=live_state(ctx))
                            .execution_options(synchronize_session=False))
        session.commit()
    except Exception:
        log.exception("pos_voice could not store a tool_call event")
        session.rollback()


def record_event(ctx: CallContext, event_type: str, data: dict[str, t.Any], **call_fields: t.Any) -> None:
    """A standalone event (``error``, ``transfer``) and any call-row fields with it: to the
    bridge's recorder, or committed on its own; failures are logged, never raised."""
    if ctx.events is not None:
        ctx.events.record(event_type, _shorten(data))
        if call_fields:
            ctx.events.update_call(**call_fields)
        return
    store = ctx.store
    if ctx.call_id is None or store is None:
        return
    session = store.session
    try:
        session.add(store.models.VoiceCallEvent(call_id=ctx.call_id, event_type=event_type,
                                                event_data=_shorten(data)))
        if call_fields:
            calls = store.models.VoiceCall
            session.execute(sa.update(calls).where(calls.id == ctx.call_id).values(**call_fields)
                            .execution_options(synchronize_session=False))
        session.commit()
    except Exception:
        log.exception("pos_voice could not store a %s event", event_type)
        session.rollback()


def hand_to_staff(ctx: CallContext, reason: str, summary: str | None = None) -> str:
    """Record that the call goes to staff, with what staff need to pick it up (the cart, the order,
    the last lines said): the ``transfer`` event and the call's ``transfer_reason``. Returns the
    reason as stored. The transfer itself is the bridge's (it acts on the tool's action)."""
    reason = redact(reason)
    with ctx.lock:
        context: dict[str, t.Any] = {
            "cart": [line.describe() for line in ctx.cart.lines],
            "order_type": ctx.cart.order_type, "notes": ctx.cart.notes or None,
            "allergies": ctx.cart.allergies or None, "escalation": ctx.escalation,
            "order_number": ctx.order.get("order_number") if ctx.order else None,
            "order_for": ctx.order.get("customer_name") if ctx.order else None,
            "summary": summary or None,
            "recent_transcript": ctx.recent_transcript[-10:],
        }
        ctx.transfer_reason = reason
    context = redact_value(context)  # stored and shown to staff: free text from the call
    record_event(ctx, "transfer", {"reason": reason, "context": context},
                 transfer_reason=reason, next_action=NEXT_TRANSFER)
    return reason
