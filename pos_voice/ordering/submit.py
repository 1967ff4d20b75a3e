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

import dataclasses
import logging
import typing as t
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, OperationalError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from ..models import utcnow
from ..pos.phones import callback_phone, spoken_phone
from ..pos.types import Menu, OrderDraft
from ..redaction import redact
from .cart import Cart
from .hours import opening_status, parse_hours, spoken_when
from .money import money
from .pricing import Pricing, price_cart
from .rewards import Baseline, Redemption, RewardRefused, baseline, quote, reward_note, settle, totals

if t.TYPE_CHECKING:
    from ..pos.adapter import PosAdapter
    from ..services import Ready
    from ..settings import Settings

log = logging.getLogger("pos_voice.ordering")


class SubmitError(Exception):
    """An order that cannot be placed yet; the message says what to ask or fix."""

    def __init__(self, message: str, next_step: str, **details: t.Any) -> None:
        super().__init__(message)
        self.next_step = next_step
        self.details = details


#: Rows to add to the order's transaction: ``(order_id, number, draft, wait_minutes) -> rows``.
FollowUps = t.Callable[[t.Any, str, OrderDraft, "int | None"], list[t.Any]]


class DatabaseUnavailable(Exception):
    """The order could not be written after the retries."""


@dataclass(frozen=True)
class SubmittedOrder:
    order_id: t.Any
    number: str
    total: Decimal
    duplicate: bool = False
    rewards: dict[str, t.Any] | None = None  # points earned / redeemed (ordering/rewards.py)


def check_order(settings: Settings, cart: Cart, pricing: Pricing, customer_name: str, phone_said: str | None,
                caller_phone: str | None, address: str | None) -> tuple[str, str, str | None]:
    """Validate the order (raises :class:`SubmitError`); returns (name, E.164 phone, address)."""
    if cart.is_empty():
        raise SubmitError("the order has no items", "Ask the caller what they would like to order.")
    if cart.order_type not in settings.order_types:
        allowed = " or ".join(settings.order_types)
        raise SubmitError(f"the order type is not set (we take {allowed})",
                          f"Ask the caller: {allowed}? Then call start_order.")
    if pricing.problems:
        raise SubmitError("some items cannot be ordered right now: " + "; ".join(pricing.problems),
                          "Tell the caller, offer alternatives (check_availability), fix the order with "
                          "remove_item or modify_item, then submit again.", problems=list(pricing.problems))
    cap = settings.max_item_quantity
    if cap:
        too_many = [p.line.describe() for p in pricing.lines if p.line.quantity > cap]
        if too_many:
            raise SubmitError(f"more than {cap} of one item is a catering order: {', '.join(too_many)}",
                              "Explain that large orders are handled by the team and call transfer_to_human "
                              "with reason 'catering order'.", catering=True)
    max_items = settings.catering_max_items
    max_total = settings.catering_max_total
    if (max_items and cart.item_count > max_items) or (max_total and pricing.subtotal > max_total):
        raise SubmitError(
            f"this is a catering-size order ({cart.item_count} items, "
            f"{money(pricing.subtotal, settings.currency)})",
            "Tell the caller a team member handles large and catering orders, and call transfer_to_human "
            "with reason 'catering order'.", catering=True)
    name = " ".join(str(customer_name or "").split())
    if len(name) < 1 or name.lower() in {"unknown", "customer", "caller", "n/a", "none"}:
        raise SubmitError("the customer's name is missing", "Ask for a name for the order.")
    phone = callback_phone(phone_said, settings.default_region) if phone_said else caller_phone
    if phone_said and phone is None:
        raise SubmitError(f"{phone_said!r} is not a phone number we can call back, so the order was not "
                          "placed yet",
                          "Tell the caller that number doesn't seem to be right and ask for the callback "
                          "number again, digit by digit, with the area code; then submit again.",
                          invalid_phone=True)
    if not phone:
        raise SubmitError("a callback phone number is needed", "Ask for the best callback number.")
    if cart.order_type == "delivery":
        address = " ".join(str(address or "").split()) or None
        if not address or len(address) < 6 or not any(ch.isdigit() for ch in address):
            raise SubmitError("a full delivery address is needed (street number and street)",
                              "Ask for the delivery address, including the street number and any "
                              "apartment.")
        minimum = settings.delivery_minimum
        if minimum and pricing.subtotal < minimum:
            raise SubmitError(
                f"delivery needs a subtotal of at least {money(minimum, settings.currency)}; this order "
                f"is {money(pricing.subtotal, settings.currency)}",
                "Tell the caller the delivery minimum and ask whether to add something or make it pickup.")
        zone_list = settings.delivery_zones
        if zone_list and not any(str(zone).strip().lower() in address.lower() for zone in zone_list):
            raise SubmitError(
                "that address is outside our delivery area",
                f"Tell the caller we deliver to {', '.join(map(str, zone_list))} only, and offer pickup.")
    else:
        address = None
    return name, phone, address


def closed_refusal(settings: Settings, now: datetime) -> SubmitError | None:
    """The refusal to place an order while the kitchen is closed (``POS_VOICE_HOURS``); None when
    open, when ``ACCEPT_ORDERS_WHEN_CLOSED`` is on, or when no hours are configured (a broken
    HOURS setting is reported by ``flask pos-voice check``; it never stops orders).
    ``now``: the shop's naive local time (``POS_VOICE_TIMEZONE``)."""
    if settings.accept_orders_when_closed:
        return None
    try:
        hours = parse_hours(settings.hours)
    except ValueError:
        return None
    if not any(hours.values()):
        return None
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
        "discount": str(draft.discount), "total": str(draft.total), "estimated_wait_minutes": wait_minutes,
        "created_at": utcnow().isoformat() + "Z",
    }


def submit(ready: Ready, settings: Settings, *, cart: Cart, call_id: int | None, call_sid: str,
           customer_name: str, phone: str | None, caller_phone: str | None, address: str | None,
           wait_minutes: int | t.Callable[[], int] | None, now: datetime,
           customer_ref: str | None = None, follow_ups: FollowUps | None = None,
           reward: str | None = None) -> SubmittedOrder:
    """Validate and write the order; raises :class:`SubmitError` or :class:`DatabaseUnavailable`.

    :param ready: the app's tables and host POS.
    :param wait_minutes: the wait told to the caller, or how to work it out (a read of the
        kitchen's open orders: done only once the call is known to have no order yet, so a busy
        database costs one wait, not several).
    :param now: the shop's local time (naive), for the opening-hours check.
    :param follow_ups: rows to commit with the order (the caller's texts, ``pos_voice.notify``),
        given the order's id, number, draft and wait.
    :param reward: the id of the host's reward the (verified) customer ``customer_ref`` uses on this
        order: quoted again by the host's callable here, redeemed in the order's transaction.

    A database that does not answer (a lock held past the driver's busy timeout) ends the submit
    at the first statement that finds it so: :class:`DatabaseUnavailable`, the order not placed.
    """
    existing = _existing_order(ready, call_id)
    if existing is not None:
        return existing
    closed = closed_refusal(settings, now)
    if closed is not None:
        raise closed
    if callable(wait_minutes):
        wait_minutes = wait_minutes()
    try:
        menu = order_menu(ready.pos, cart)
    except Exception as exc:
        ready.session.rollback()
        raise DatabaseUnavailable(f"the menu could not be read: {exc}") from exc
    pricing = price_cart(cart, menu, settings.tax_rate, settings.delivery_fee)
    name, phone_e164, address = check_order(settings, cart, pricing, customer_name, phone, caller_phone,
                                            address)
    redemption = _quote_reward(ready, customer_ref, reward, pricing)
    money_due = totals(pricing, redemption, settings.tax_rate)
    notes = cart.notes if redemption is None else " | ".join(
        n for n in (reward_note(redemption, settings.currency), cart.notes) if n)
    # Everything written to the host is free text a caller said: no card number goes into the POS.
    draft = OrderDraft(
        order_type=str(cart.order_type), customer_name=redact(name), phone=phone_e164,
        lines=tuple(dataclasses.replace(line, notes=redact(line.notes))
                    for line in (p.as_order_line() for p in pricing.lines)),
        subtotal=pricing.subtotal, tax=money_due.tax, total=money_due.total,
        delivery_fee=pricing.delivery_fee,
        address=redact(address) if address else address, notes=redact(notes),
        allergies=redact(cart.allergies), call_sid=call_sid, discount=money_due.discount,
    )
    retrying = Retrying(
        stop=stop_after_attempt(3), wait=wait_exponential(multiplier=0.05, max=0.4), reraise=True,
        retry=retry_if_exception_type((OperationalError, DBAPIError)),
    )
    try:
        for attempt in retrying:
            with attempt:
                return _write(ready, settings, draft, menu, call_id, call_sid, wait_minutes, follow_ups,
                              redemption, customer_ref)
    except (OperationalError, DBAPIError) as exc:
        ready.session.rollback()
        log.warning("pos_voice could not write the order for %s: %s", call_sid, exc)
        raise DatabaseUnavailable(str(getattr(exc, "orig", exc)) or type(exc).__name__) from exc
    raise AssertionError("unreachable")  # pragma: no cover


def _quote_reward(ready: Ready, customer_ref: str | None, reward: str | None,
                  pricing: Pricing) -> Redemption | None:
    """The host's quote for the reward chosen on the call, checked again now like every price."""
    if not reward:
        return None
    try:
        return quote(ready.pos, customer_ref, reward, pricing)
    except RewardRefused as exc:
        ready.session.rollback()
        raise SubmitError(f"the reward can't be used on this order: {exc}. The order was not placed yet",
                          "Tell the caller why, then call use_reward with offer_id 'none' to drop it (or "
                          "choose another), and submit again.", reward_refused=True) from exc


def order_menu(pos: PosAdapter, cart: Cart) -> Menu:
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


def _existing_order(ready: Ready, call_id: int | None) -> SubmittedOrder | None:
    if call_id is None:
        return None
    calls = ready.models.VoiceCall
    try:
        order_id = ready.session.scalar(sa.select(calls.order_id).where(calls.id == call_id))
        if order_id is None:
            return None
        info = ready.pos.orders_by_id([order_id]).get(order_id) or {}
        ready.session.rollback()
    except (OperationalError, DBAPIError) as exc:
        # Unknown whether this call already placed its order: placing one now could make two.
        ready.session.rollback()
        reason = getattr(exc, "orig", exc)
        raise DatabaseUnavailable(f"the call's order could not be checked: {reason}") from exc
    return SubmittedOrder(order_id, str(info.get("number") or order_id), Decimal(str(info.get("total") or 0)),
                          duplicate=True)


def _write(ready: Ready, settings: Settings, draft: OrderDraft, menu: Menu, call_id: int | None,
           call_sid: str, wait_minutes: int | None, follow_ups: FollowUps | None = None,
           redemption: Redemption | None = None, redeemer_ref: str | None = None) -> SubmittedOrder:
    session = ready.session
    models = ready.models
    try:
        before: Baseline | None = baseline(ready.pos, draft.phone)
        written = ready.pos.write_order(draft, menu.by_id())
        try:
            points = settle(ready.pos, settings, written, before, draft.subtotal - draft.discount, redemption,
                            redeemer_ref)
        except RewardRefused as exc:
            raise SubmitError(f"the reward can't be used on this order: {exc}. The order was not placed",
                              "Tell the caller, call use_reward with offer_id 'none', and submit again.",
                              reward_refused=True) from exc
        if call_id is not None:
            claim = sa.update(models.VoiceCall).where(
                models.VoiceCall.id == call_id, models.VoiceCall.order_id.is_(None)
            ).values(order_id=written.id, order_type=draft.order_type, customer_name=draft.customer_name,
                     customer_ref=written.customer_ref)
            # an UPDATE's result is a CursorResult: it has the row count
            claimed = t.cast("sa.CursorResult[t.Any]",
                             session.execute(claim.execution_options(synchronize_session=False))).rowcount
            if claimed != 1:
                # another submit for this call won: undo ours, answer with theirs
                session.rollback()
                existing = _existing_order(ready, call_id)
                if existing is None:
                    raise DatabaseUnavailable(f"voice call {call_id} is missing")
                return existing
            session.add(models.VoiceCallEvent(call_id=call_id, event_type="order_submitted", event_data={
                "order_id": written.id, "number": written.number, "total": str(draft.total),
                **({"rewards": points} if points else {})}))
        if settings.order_webhook_url:
            # the webhook's delivery is durable: the row commits with the order, or not at all
            payload = webhook_payload(draft, written.number, written.id, call_sid, wait_minutes)
            session.add(models.VoiceOrderOutbox(
                call_id=call_id, order_ref=str(written.id), payload=payload,
                idempotency_key=f"pos-voice-{written.id}-{uuid.uuid4().hex[:16]}",
            ))
        if follow_ups is not None:  # committed with the order, or not at all, like the webhook's row
            session.add_all(follow_ups(written.id, str(written.number), draft, wait_minutes))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return SubmittedOrder(written.id, str(written.number), draft.total, rewards=points)


def readback_phone(e164: str) -> str:
    return spoken_phone(e164)
