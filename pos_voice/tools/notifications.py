"""The caller's consent to texts and calls after the call: ``order_updates``.

Nothing is sent to a caller who did not agree on this call: the assistant asks, the caller's
answer is recorded here, and ``submit_order`` queues the texts (``pos_voice.notify``) in the
order's own transaction. The words the model reads here are code: tested in
tests/test_notifications.py.
"""

from __future__ import annotations

import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..notify import CALL, SMS, Choice, messages, outbox
from .context import CallContext, ToolError

if t.TYPE_CHECKING:
    from ..ordering.submit import FollowUps
    from ..pos.types import OrderDraft
    from ..settings import Settings
    from .registry import ToolRegistry

NO_TEXTS = "Texts are not set up for this shop: don't offer a text or a call back."
TEXT_NOTE = ("A text with the order number, items, total and ready time will go to {phone} after the order "
             "is placed.")
LINK_NOTE = (" It includes a secure link to pay online: tell the caller so. Never take card details by "
             "phone.")
READY_NOTE = {SMS: "We'll text them when the order is ready.",
              CALL: "We'll call them with a short message when the order is ready."}


class OrderUpdatesArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text_confirmation: bool | None = Field(
        None, description="true when the caller said yes to a text with the order details, false when "
                          "they said no. Leave out if you didn't ask.")
    ready_notice: t.Literal["text", "call", "none"] | None = Field(
        None, description="How the caller wants to hear that the order is ready: 'text', 'call', or 'none'. "
                          "Leave out if you didn't ask.")


def offers(settings: Settings) -> tuple[bool, list[str]]:
    """Whether texts can be offered, and the ready-notice channels that can."""
    if not messages.messaging_ready(settings):
        return False, []
    ready = []
    if settings.ready_statuses:
        ready.append("text")
        if messages.can_take_a_call_from(settings):
            ready.append("call")
    return settings.text_confirmations, ready


def policy_lines(settings: Settings) -> list[str]:
    """The prompt's lines about texts (none when texts are not set up)."""
    confirmation, ready = offers(settings)
    if not confirmation and not ready:
        return []
    asks = []
    if confirmation:
        asks.append("whether they'd like a text with the order details"
                    + (" (it has a secure link to pay online)" if settings.payment_link else ""))
    if ready:
        asks.append(f"whether they want a {' or a '.join(ready)} when the order is ready")
    return [f"- Before submit_order, ask once {' and '.join(asks)}. Record the answer with order_updates; "
            "send nothing they did not agree to."]


def payment_rule(settings: Settings) -> str | None:
    """The prompt's payment rule when the confirmation text carries a payment link."""
    confirmation, _ = offers(settings)
    if not (confirmation and settings.payment_link):
        return None
    return ("No card payments by phone: customers pay at pickup or on delivery, or online with the secure "
            "link in the confirmation text (offer the text).")


def order_updates(ctx: CallContext, args: OrderUpdatesArgs) -> dict[str, t.Any]:
    settings = ctx.settings
    confirmation, ready_channels = offers(settings)
    if not confirmation and not ready_channels:
        raise ToolError("texts are not available here", next_step=NO_TEXTS)
    if ctx.order is not None:
        raise ToolError("the order was already placed: texts are set up before submit_order",
                        next_step="Apologise: we can't send a text for this order.")
    current = ctx.order_updates or Choice()
    wants_text = current.text_confirmation if args.text_confirmation is None else args.text_confirmation
    ready = current.ready
    if args.ready_notice is not None:
        if args.ready_notice != "none" and args.ready_notice not in ready_channels:
            if not ready_channels:
                raise ToolError("we don't tell callers when the order is ready here",
                                next_step="Tell the caller it will be ready in the time submit_order gives.")
            raise ToolError(f"a {args.ready_notice} when the order is ready is not available (we offer a "
                            f"{' or a '.join(ready_channels)})",
                            next_step="Tell the caller, and ask again with what we offer.")
        ready = {"text": SMS, "call": CALL}.get(args.ready_notice)
    if wants_text and not confirmation:
        raise ToolError("confirmation texts are turned off here",
                        next_step="Tell the caller we can't text the order details.")
    phone = ctx.callback_phone or ctx.caller_phone
    if (wants_text or ready == SMS) and phone and not messages.can_receive_texts(phone):
        raise ToolError("the callback number can't receive texts",
                        next_step="Tell the caller we can't text that number; offer a call when it's ready "
                                  "if we offer one, or carry on without.", no_texts=True)
    ctx.order_updates = Choice(text_confirmation=bool(wants_text), ready=ready)
    notes = []
    if wants_text:
        notes.append(TEXT_NOTE.format(phone="the callback number")
                     + (LINK_NOTE if settings.payment_link else ""))
    if ready:
        notes.append(READY_NOTE[ready])
    return {"ok": True, "text_confirmation": bool(wants_text), "ready_notice": args.ready_notice or
            {SMS: "text", CALL: "call"}.get(ready or "", "none"),
            "note": " ".join(notes) or "Nothing will be sent."}


def follow_ups(ctx: CallContext, queued: list[t.Any]) -> FollowUps | None:
    """What submit adds to the order's transaction for this caller's choice (None: nothing); the rows
    added are appended to ``queued``."""
    choice = ctx.order_updates
    services = ctx.services
    if choice is None or services is None or services.ready is None:
        return None
    models = services.ready.models

    def rows(order_id: t.Any, number: str, draft: OrderDraft, wait_minutes: int | None) -> list[t.Any]:
        made = outbox.rows_for_order(models, ctx.settings, call_id=ctx.call_id, order_id=order_id,
                                     number=number, draft=draft, wait_minutes=wait_minutes,
                                     now=ctx.local_now(), choice=choice)
        queued[:] = made
        return made

    return rows


def register(registry: ToolRegistry) -> None:
    registry.register(
        "order_updates",
        "Record what the caller agreed to hear from us after the call: a text with the order details "
        "(text_confirmation) and how to tell them the order is ready (ready_notice: text, call or none). "
        "Ask first; call it before submit_order. Only when the instructions say texts are offered.",
        OrderUpdatesArgs, order_updates)


def queued_note(rows: list[t.Any]) -> str:
    """What submit_order's result says about the texts queued with the order."""
    notes = []
    for row in rows:
        if row.kind == outbox.CONFIRMATION:
            notes.append("The confirmation text is on its way"
                         + (" with the secure payment link." if "https://" in row.body else "."))
        elif row.kind == outbox.READY:
            notes.append(READY_NOTE[row.channel])
    return " ".join(notes)
