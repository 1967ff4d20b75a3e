"""How the staff pages word and format things: phones, times, counts, tool calls, reasons.

Plain functions of their inputs (the shop's region, zone and clock are passed in), so the
views register them as template filters and the tests call them directly.
"""

from __future__ import annotations

import typing as t
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

import phonenumbers

from .. import followup

#: Regions whose clocks read 12-hour time (with AM/PM) by custom; elsewhere 24-hour.
TWELVE_HOUR_REGIONS = frozenset({"US", "CA", "AU", "NZ", "IN", "PH", "PK", "BD", "EG", "SA", "MY", "CO",
                                 "MX", "IE"})


def twelve_hour(clock: str | None, region: str) -> bool:
    """``POS_VOICE_CLOCK`` ``"12h"`` / ``"24h"``; unset, the custom of the shop's region."""
    if clock in ("12h", "24h"):
        return clock == "12h"
    return region.upper() in TWELVE_HOUR_REGIONS


def time_format(kind: str, twelve: bool) -> str:
    """strftime patterns: ``short`` (Dec 01, 9:05 PM), ``time``, ``seconds``, ``long``, ``day``."""
    clock = "%I:%M %p" if twelve else "%H:%M"
    seconds = "%I:%M:%S %p" if twelve else "%H:%M:%S"
    return {"short": f"%b %d, {clock}", "time": clock, "seconds": seconds, "day": "%a %b %d",
            "long": f"%a %b %d %Y, {seconds}"}.get(kind, kind)


def local_time(value: datetime | None, tz: ZoneInfo, pattern: str) -> str:
    """A stored naive-UTC time in the shop's zone; a 12-hour hour loses its leading zero."""
    if value is None:
        return ""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    local = aware.astimezone(tz)
    return local.strftime(pattern.replace("%I", str(int(local.strftime("%I")))))


def local_iso(value: datetime | None, tz: ZoneInfo) -> str:
    """ISO 8601 in the shop's zone with its offset (``2026-12-01T16:05:00-05:00``), for exports."""
    if value is None:
        return ""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(tz).isoformat(timespec="seconds")


def phone(value: str | None, region: str) -> str:
    """A stored E.164 number as the shop writes it: national for its own region, else international."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value
    own = phonenumbers.region_code_for_number(number) == region.upper() or (
        number.country_code == phonenumbers.country_code_for_region(region.upper()))
    style = phonenumbers.PhoneNumberFormat.NATIONAL if own else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def count(value: t.Any) -> str:
    """A count with thousands separators (3,000)."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return str(value)


#: Why a call is in the queue, as staff read it.
REASON_TEXT = {
    followup.MISSED_UNANSWERED: "Missed: the transfer rang and nobody answered — call them back",
    followup.MISSED_NO_STAFF: "Missed: no staff phone is set, the caller was told to call back",
    followup.ASSISTANT_FAILED: "The assistant failed and sent the caller to staff",
    followup.CLOSED_REFUSAL: "Order refused because we were closed — the caller may think it was placed",
    followup.SILENCE_CART: "Hung up on silence with items in the cart and no order",
    followup.TOOL_ERROR: "Something failed during this call although it reads completed",
    followup.COMPLAINT: "Complaint",
    followup.ALLERGY: "Order with an allergy — double-check it",
}


def reasons(attention: str | None) -> list[tuple[str, str]]:
    """``(code, text)`` for a call's ``attention`` value, most urgent first."""
    codes = [code for code in (attention or "").split(",") if code]
    ordered = sorted(codes, key=lambda c: followup.REASONS.index(c) if c in followup.REASONS else 99)
    return [(code, REASON_TEXT.get(code, code.replace("_", " "))) for code in ordered]


def _money(value: t.Any, money: t.Callable[[t.Any], str]) -> str:
    try:
        return money(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def tool_line(name: str, arguments: t.Any, result: t.Any, money: t.Callable[[t.Any], str]) -> str:
    """One readable line for a tool call ("added 1 large pepperoni — $18.99")."""
    args = arguments if isinstance(arguments, dict) else {}
    out = result if isinstance(result, dict) else {}
    if out.get("ok") is False or (out.get("error") and not out.get("ok")):
        what = {"submit_order": "order not placed", "add_item": "could not add"}.get(
            name, name.replace("_", " "))
        subject = f" {args['item_name']}" if name == "add_item" and args.get("item_name") else ""
        return f"{what}{subject}: {out.get('error') or 'failed'}"
    if name == "add_item":
        added = out.get("added") or " ".join(str(p) for p in (args.get("quantity"), args.get("size"),
                                                               args.get("item_name")) if p)
        price = f" — {_money(out['line_total'], money)}" if out.get("line_total") is not None else ""
        return f"added {added}{price}"
    if name == "submit_order":
        total = f" — {_money(out['total'], money)}" if out.get("total") is not None else ""
        return f"placed order #{out.get('order_number', '?')}{total}"
    if name == "start_order":
        return f"started a {out.get('order_type') or args.get('order_type') or ''} order".replace("  ", " ")
    if name == "remove_item":
        return f"removed {out.get('removed') or args.get('item') or 'an item'}"
    if name == "modify_item":
        return f"changed to {out.get('changed') or args.get('changes') or 'an item'}"
    if name in ("add_note", "set_allergy"):
        noted = out.get("noted") or out.get("allergies") or args.get("note") or args.get("allergies") or ""
        return f"{'allergy' if name == 'set_allergy' else 'note'}: {noted}"
    if name == "transfer_to_human":
        return f"transfer to staff: {out.get('reason') or args.get('reason') or ''}"
    if name == "end_call":
        return "ended the call"
    if name == "get_menu":
        return f"read the menu{' (' + str(args['category']) + ')' if args.get('category') else ''}"
    if name in ("get_item_details", "check_availability"):
        item = out.get("item") or args.get("item_name") or ""
        available = out.get("available")
        state = "" if available is None else (" — available" if available else " — not available")
        return f"{name.replace('_', ' ')}: {item}{state}"
    if name == "get_order_summary":
        return "read the order back"
    say = out.get("say")
    return f"{name.replace('_', ' ')}{': ' + str(say) if say else ''}"
