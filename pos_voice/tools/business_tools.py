"""Business tools: get_hours, get_wait_time, get_location, transfer_to_human, end_call."""

from __future__ import annotations

import logging
import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..ordering.hours import DAY_NAMES, DAYS, describe_day, opening_status, parse_hours, spoken_when
from . import common, lifecycle
from .context import CallContext, ToolError
from .registry import END_CALL, TRANSFER, ToolRegistry

log = logging.getLogger("pos_voice.tools")


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class HoursArgs(Args):
    day: str | None = Field(None, max_length=20,
                            description="A day ('friday', 'today', 'tomorrow'); omit for today and the week.")


class WaitArgs(Args):
    order_type: str | None = Field(None, description="'pickup' or 'delivery'; omit for the current order's.")


class NoArgs(Args):
    pass


class TransferArgs(Args):
    reason: str = Field(..., min_length=1, max_length=300,
                        description="Why: 'customer request', 'complaint', 'catering order', 'refund', "
                                    "'allergy confirmation', 'technical problem', 'could not understand'.")
    summary: str | None = Field(None, max_length=1000,
                                description="One or two sentences for the staff member: what the caller "
                                            "wants so far.")


class EndCallArgs(Args):
    reason: str | None = Field(None, max_length=200,
                               description="e.g. 'order placed', 'question answered'.")
    cancel_order: bool = Field(False,
                               description="True only when the caller said to cancel an unplaced order.")


def _hours(ctx: CallContext) -> dict[int, list[t.Any]]:
    try:
        return parse_hours(ctx.settings.hours)
    except ValueError as exc:
        raise ToolError(f"our opening hours are not configured correctly ({exc})",
                        next_step="Apologise; offer transfer_to_human if they need the hours.") from exc


def get_hours(ctx: CallContext, args: HoursArgs) -> dict[str, t.Any]:
    hours = _hours(ctx)
    now = ctx.local_now()
    status = opening_status(hours, now)
    result: dict[str, t.Any] = {
        "ok": True, "today": f"{DAY_NAMES[now.weekday()]} {now.strftime('%B')} {now.day}",
        "time_now": now.strftime("%H:%M"), "open_now": status.open_now,
    }
    if status.open_now and status.closes_at:
        result["closes"] = spoken_when(status.closes_at, now)
    elif status.next_open:
        result["opens_next"] = spoken_when(status.next_open, now)
    if args.day:
        wanted = args.day.strip().lower()
        if wanted in {"today", "tonight", "now"}:
            weekday = now.weekday()
        elif wanted == "tomorrow":
            weekday = (now.weekday() + 1) % 7
        elif wanted[:3] in DAYS:
            weekday = DAYS.index(wanted[:3])
        else:
            raise ToolError(f"'{args.day}' is not a day", next_step="Ask which day they mean.")
        result["day"] = DAY_NAMES[weekday]
        result["hours"] = describe_day(hours, weekday)
    else:
        result["week"] = {DAY_NAMES[d]: describe_day(hours, d) for d in range(7)}
    return result


def get_wait_time(ctx: CallContext, args: WaitArgs) -> dict[str, t.Any]:
    kind = (args.order_type or ctx.cart.order_type or "pickup").strip().lower()
    if kind not in ("pickup", "delivery"):
        kind = "delivery" if "deliver" in kind else "pickup"
    allowed = ctx.settings.order_types
    if kind not in allowed:
        raise ToolError(f"we don't do {kind}", next_step=f"We only do {' or '.join(allowed)}.")
    minutes = common.wait_minutes(ctx, kind)
    return {"ok": True, "order_type": kind, "estimated_minutes": minutes,
            "say": f"About {minutes} minutes for {kind}."}


def get_location(ctx: CallContext, args: NoArgs) -> dict[str, t.Any]:
    settings = ctx.settings
    if not settings.business_address:
        raise ToolError("our address is not on file here",
                        next_step="Offer transfer_to_human for directions.")
    result: dict[str, t.Any] = {"ok": True, "address": settings.business_address}
    if settings.directions:
        result["directions"] = settings.directions
    if settings.business_phone:
        result["phone"] = settings.business_phone
    return result


def transfer_to_human(ctx: CallContext, args: TransferArgs) -> dict[str, t.Any]:
    reason = lifecycle.hand_to_staff(ctx, args.reason, args.summary)
    staff = bool(ctx.settings.staff_phone)
    return {
        "ok": True, "action": TRANSFER, "_action": TRANSFER, "reason": reason, "staff_available": staff,
        "say": "Of course, let me transfer you to a team member. One moment please." if staff else
               "I'm sorry, nobody can take the call right now; please call back a little later.",
    }


def end_call(ctx: CallContext, args: EndCallArgs) -> dict[str, t.Any]:
    if ctx.cart.lines and ctx.order is None and not args.cancel_order:
        raise ToolError("the order has items but was not placed",
                        next_step="Ask whether to place the order (submit_order) or cancel it; if they "
                                  "cancel, call end_call with cancel_order true.")
    full_name = ctx.caller_name()
    name = full_name.split()[0] if full_name else None
    business = ctx.settings.business_name or "us"
    return {"ok": True, "action": END_CALL, "_action": END_CALL,
            "say": f"Thanks for calling {business}{', ' + name if name else ''}. Goodbye!"}


def register(registry: ToolRegistry) -> None:
    registry.register(
        "get_hours",
        "Opening hours (the shop's time zone), today's date, whether we are open now and when we next "
        "open or close. Call it for any question about hours or 'are you open'.",
        HoursArgs, get_hours)
    registry.register(
        "get_wait_time",
        "Estimated minutes until a pickup order is ready or a delivery arrives, from the kitchen's current "
        "load. Use it for 'how long?' questions.",
        WaitArgs, get_wait_time)
    registry.register(
        "get_location",
        "Our address, directions and phone number.",
        NoArgs, get_location)
    registry.register(
        "transfer_to_human",
        "Transfer the caller to a team member. Call it right away when the caller asks for a person; also "
        "for complaints, catering or very large orders, refunds or payment problems, allergies that need "
        "confirmation, when the same question has failed twice, or after a technical error. Say the "
        "one-line handover from the result, then stop talking.",
        TransferArgs, transfer_to_human)
    registry.register(
        "end_call",
        "Hang up after saying goodbye, when the caller is done (order placed and confirmed, or question "
        "answered). Not while an order is still open unless the caller cancelled it.",
        EndCallArgs, end_call)
