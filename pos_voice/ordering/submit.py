"""The final check and the one transaction that puts a voice order in the host POS.

Everything is validated again from a fresh read of the cart's items (prices, availability), then one
transaction writes the host order and its lines (``PosAdapter.write_order``), claims the call
(``UPDATE voice_calls SET order_id = … WHERE id = … AND order_id IS NULL``), adds the webhook
outbox row and the ``order_submitted`` event, and commits. The claim makes it at most one
order per call whatever retries: a second submit — the same process, another process, at the
same moment — finds the call already claimed, rolls its own order back and answers with the
first order's number.
"""

from __future__ import annotations

import logging
import typing as t
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, OperationalError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from ..config import decimal_setting, setting
from ..models import utcnow
from ..pos.types import Menu, OrderDraft
from .cart import Cart, money
from .hours import local_now, opening_status, parse_hours, spoken_when
from .phones import normalize_phone, spoken_phone
from .pricing import Pricing, price_cart
from .text import redact_card_numbers

log = logging.getLogger("pos_voice.ordering")


class SubmitError(Exception):
    """An order that cannot be placed yet; the message says what to ask or fix."""

    def __init__(self, message: str, next_step: str, **details: t.Any) -> None:
        super().__init__(message)
        self.next_step = next_step
        self.details = details


class DatabaseUnavailable(Exception):
    """The order could not be written after the retries."""


@dataclass(frozen=True)
class SubmittedOrder:
    order_id: t.Any
    number: str
    total: Decimal
    duplicate: bool = False


def order_types() -> list[str]:
    raw = setting("ORDER_TYPES") or ["pickup", "delivery"]
    if isinstance(raw, str):
        raw = [part.strip() for part in raw.split(",")]
    return [str(kind).strip().lower() for kind in raw if str(kind).strip()] or ["pickup"]


def check_order(cart: Cart, pricing: Pricing, customer_name: str, phone_said: str | None,
                caller_phone: str | None, address: str | None) -> tuple[str, str, str | None]:
    """Validate the order (raises :class:`SubmitError`); returns (name, E.164 phone, address)."""
    if cart.is_empty():
        raise SubmitError("the order has no items", "Ask the caller what they would like to order.")
    if cart.order_type not in order_types():
        allowed = " or ".join(order_types())
        raise SubmitError(f"the order type is not set (we take {allowed})",
                          f"Ask the caller: {allowed}? Then call start_order.")
    if pricing.problems:
        raise SubmitError("some items cannot be ordered right now: " + "; ".join(pricing.problems),
                          "Tell the caller, offer alternatives (check_availability), fix the order with "
                          "remove_item or modify_item, then submit again.", problems=list(pricing.problems))
    cap = int(setting("MAX_ITEM_QUANTITY") or 0)
    if cap:
        too_many = [p.line.describe() for p in pricing.lines if p.line.quantity > cap]
        if too_many:
            raise SubmitError(f"more than {cap} of one item is a catering order: {', '.join(too_many)}",
                              "Explain that large orders are handled by the team and call transfer_to_human "
                              "with reason 'catering order'.", catering=True)
    max_items = int(setting("CATERING_MAX_ITEMS") or 0)
    max_total = decimal_setting("CATERING_MAX_TOTAL")
    if (max_items and cart.item_count > max_items) or (max_total and pricing.subtotal > max_total):
        raise SubmitError(
            f"this is a catering-size order ({cart.item_count} items, {money(pricing.subtotal)})",
            "Tell the caller a team member handles large and catering orders, and call transfer_to_human "
            "with reason 'catering order'.", catering=True)
    name = " ".join(str(customer_name or "").split())
    if len(name) < 1 or name.lower() in {"unknown", "customer", "caller", "n/a", "none"}:
        raise SubmitError("the customer's name is missing", "Ask for a name for the order.")
    region = str(setting("DEFAULT_REGION") or "US")
    phone = normalize_phone(phone_said, region) if phone_said else caller_phone
    if phone_said and phone is None:
        raise SubmitError(f"{phone_said!r} is not a valid phone number",
                          "Ask for the callback number again, digit by digit.")
    if not phone:
        raise SubmitError("a callback phone number is needed", "Ask for the best callback number.")
    if cart.order_type == "delivery":
        address = " ".join(str(address or "").split()) or None
        if not address or len(address) < 6 or not any(ch.isdigit() for ch in address):
            raise SubmitError("a full delivery address is needed (street number and street)",
                              "Ask for the delivery address, including the street number and any "
                              "apartment.")
        minimum = decimal_setting("DELIVERY_MINIMUM")
        if minimum and pricing.subtotal < minimum:
            raise SubmitError(
                f"delivery needs a subtotal of at least {money(minimum)}; this order is "
                f"{money(pricing.subtotal)}",
                "Tell the caller the delivery minimum and ask whether to add something or make it pickup.")
        zones = setting("DELIVERY_ZONES")
        if zones:
            zone_list = [zones] if isinstance(zones, str) else list(zones)
            if not any(str(zone).strip().lower() in address.lower() for zone in zone_list):
                raise SubmitError(
                    "that address is outside our delivery area",
                    f"Tell the caller we deliver to {', '.join(map(str, zone_list))} only, and offer pickup.")
    else:
        address = None
    return name, phone, address


def closed_refusal(now: datetime | None = None) -> SubmitError | None:
    """The refusal to place an order while the kitchen is closed (``POS_VOICE_HOURS`` in
    ``POS_VOICE_TIMEZONE``); None when open, when ``ACCEPT_ORDERS_WHEN_CLOSED`` is on, or when no
    hours are configured (a broken HOURS setting is reported by ``flask pos-voice check``; it never
    stops orders). ``now``: naive local time, for tests."""
    if setting("ACCEPT_ORDERS_WHEN_CLOSED"):
        return None
    try:
        hours = parse_hours(setting("HOURS"))
    except ValueError:
        return None
    if not any(hours.values()):
        return None
    now = now or local_now(setting("TIMEZONE"))
    status = opening_status(hours, now)
    if status.open_now:
        return None
    if status.next_open is None:  # pragma: no cover - every configured week has an opening
        return SubmitError("we're closed now, so the order was not placed",
                           "Tell the caller we're closed and can't take orders right now.", closed=True)
    opens = spoken_when(status.next_open, now)
    return SubmitError(
        f"we're closed now; we open {opens}. The order was not placed",
        f"Tell the caller we're closed and open {opens}, so we can't take the order now; they're welcome to "
        "call back then. Do not submit again.", closed=True, opens=opens)


def webhook_payload(draft: OrderDraft, number: str, order_id: t.Any, call_sid: str | None,
                    wait_minutes: int | None) -> dict[str, t.Any]:
    return {
        "event": "order.created", "source": "voice", "order_id": order_id, "order_number": number,
        "call_sid": call_sid, "order_type": draft.order_type,
        "customer": {"name": draft.customer_name, "phone": draft.phone, "address": draft.address},
        "items": [{"item_id": line.item_id, "name": line.name, "quantity": line.quantity, "size": line.size,
                   "modifiers": list(line.modifiers), "notes": line.notes,
                   "unit_price": str(line.unit_price), "line_total": str(line.line_total)}
                  for line in draft.lines],
        "notes": draft.notes, "allergies": draft.allergies,
        "subtotal": str(draft.subtotal), "tax": str(draft.tax), "delivery_fee": str(draft.delivery_fee),
        "total": str(draft.total), "estimated_wait_minutes": wait_minutes,
        "created_at": utcnow().isoformat() + "Z",
    }


def submit(state: t.Any, *, cart: Cart, call_id: int | None, call_sid: str, customer_name: str,
           phone: str | None, caller_phone: str | None, address: str | None, wait_minutes: int | None,
           customer_ref: str | None = None, now: datetime | None = None) -> SubmittedOrder:
    """Validate and write the order; raises :class:`SubmitError` or :class:`DatabaseUnavailable`.

    :param state: the app's :class:`~pos_voice.extension.VoiceState` (db, models, pos).
    :param now: the shop's local time (naive) for the opening-hours check; the clock when None.
    """
    pos, db, models = state.pos, state.db, state.models
    if pos is None or db is None or models is None:
        raise DatabaseUnavailable("the POS is not connected (see flask pos-voice check)")
    existing = _existing_order(state, call_id)
    if existing is not None:
        return existing
    closed = closed_refusal(now)
    if closed is not None:
        raise closed
    try:
        menu = order_menu(pos, cart)
    except Exception as exc:
        db.session.rollback()
        raise DatabaseUnavailable(f"the menu could not be read: {exc}") from exc
    tax_rate = decimal_setting("TAX_RATE") or Decimal("0")
    pricing = price_cart(cart, menu, tax_rate, decimal_setting("DELIVERY_FEE") or Decimal("0"))
    name, phone_e164, address = check_order(cart, pricing, customer_name, phone, caller_phone, address)
    draft = OrderDraft(
        order_type=str(cart.order_type), customer_name=name, phone=phone_e164,
        lines=tuple(p.as_order_line() for p in pricing.lines), subtotal=pricing.subtotal, tax=pricing.tax,
        total=pricing.total, delivery_fee=pricing.delivery_fee, address=address,
        notes=redact_card_numbers(cart.notes), allergies=redact_card_numbers(cart.allergies),
        call_sid=call_sid,
    )
    retrying = Retrying(
        stop=stop_after_attempt(3), wait=wait_exponential(multiplier=0.05, max=0.4), reraise=True,
        retry=retry_if_exception_type((OperationalError, DBAPIError)),
    )
    try:
        for attempt in retrying:
            with attempt:
                return _write(state, draft, menu, call_id, call_sid, wait_minutes)
    except (OperationalError, DBAPIError) as exc:
        db.session.rollback()
        log.warning("pos_voice could not write the order for %s: %s", call_sid, exc)
        raise DatabaseUnavailable(str(getattr(exc, "orig", exc)) or type(exc).__name__) from exc
    raise AssertionError("unreachable")  # pragma: no cover


def order_menu(pos: t.Any, cart: Cart) -> Menu:
    """The cart's items and modifiers as the database has them now, not as the cache remembers.

    Only what the cart uses is read (its items, the whole items named as halves, its priced
    modifiers): prices and availability are checked at submit without reading the whole menu.
    """
    item_ids: set[t.Any] = set()
    modifier_ids: set[t.Any] = set()
    for line in cart.lines:
        item_ids.add(line.item_id)
        for choice in line.modifiers:
            if choice.item_id is not None:
                item_ids.add(choice.item_id)
            if choice.modifier_id is not None:
                modifier_ids.add(choice.modifier_id)
    items = pos.menu_items(item_ids, fresh=True)
    return Menu(items=tuple(items.values()), modifiers=pos.modifiers(modifier_ids))


def _existing_order(state: t.Any, call_id: int | None) -> SubmittedOrder | None:
    if call_id is None:
        return None
    try:
        order_id = state.db.session.scalar(
            sa.select(state.models.VoiceCall.order_id).where(state.models.VoiceCall.id == call_id))
        if order_id is None:
            return None
        info = state.pos.orders_by_id([order_id]).get(order_id) or {}
        state.db.session.rollback()
    except (OperationalError, DBAPIError):
        state.db.session.rollback()
        return None
    return SubmittedOrder(order_id, str(info.get("number") or order_id), Decimal(str(info.get("total") or 0)),
                          duplicate=True)


def _write(state: t.Any, draft: OrderDraft, menu: Menu, call_id: int | None, call_sid: str,
           wait_minutes: int | None) -> SubmittedOrder:
    session = state.db.session
    models = state.models
    try:
        written = state.pos.write_order(draft, menu.by_id())
        if call_id is not None:
            claim = sa.update(models.VoiceCall).where(
                models.VoiceCall.id == call_id, models.VoiceCall.order_id.is_(None)
            ).values(order_id=written.id, order_type=draft.order_type, customer_name=draft.customer_name,
                     customer_ref=written.customer_ref)
            claimed = session.execute(claim.execution_options(synchronize_session=False)).rowcount
            if claimed != 1:
                # another submit for this call won: undo ours, answer with theirs
                session.rollback()
                existing = _existing_order(state, call_id)
                if existing is None:
                    raise DatabaseUnavailable(f"voice call {call_id} is missing")
                return existing
            session.add(models.VoiceCallEvent(call_id=call_id, event_type="order_submitted", event_data={
                "order_id": written.id, "number": written.number, "total": str(draft.total)}))
        if setting("ORDER_WEBHOOK_URL"):
            # the webhook's delivery is durable: the row commits with the order, or not at all
            payload = webhook_payload(draft, written.number, written.id, call_sid, wait_minutes)
            session.add(models.VoiceOrderOutbox(
                call_id=call_id, order_ref=str(written.id), payload=payload,
                idempotency_key=f"pos-voice-{written.id}-{uuid.uuid4().hex[:16]}",
            ))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return SubmittedOrder(written.id, str(written.number), draft.total)


def readback_phone(e164: str) -> str:
    return spoken_phone(e164)
