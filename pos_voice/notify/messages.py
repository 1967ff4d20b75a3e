"""What a text or a call to the caller says, the payment link in it, and who can get a text.

Everything here is a pure function of the order and the settings: the outbox
(:mod:`.outbox`) stores the composed words with the row, so a retry sends exactly what was
composed when the order was placed.
"""

from __future__ import annotations

import importlib
import string
import typing as t
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from urllib.parse import quote, urlsplit

import phonenumbers

from ..ordering.money import money

if t.TYPE_CHECKING:
    from ..pos.types import OrderDraft
    from ..settings import Settings

#: Placeholders a ``POS_VOICE_PAYMENT_LINK`` template may use.
LINK_FIELDS = frozenset({"order_id", "order_number", "total", "currency"})
#: A text longer than this is cut at the item list (the rest still says number, total, time, link).
ITEMS_LIMIT = 200
#: Number types that cannot take a text whatever the carrier (libphonenumber's own types).
_NO_TEXTS = frozenset({phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.PAGER,
                       phonenumbers.PhoneNumberType.VOICEMAIL, phonenumbers.PhoneNumberType.UAN,
                       phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.SHARED_COST})


class LinkError(ValueError):
    """``POS_VOICE_PAYMENT_LINK`` cannot make a link; the message says why."""


@dataclass(frozen=True)
class PlacedOrder:
    """The order as a text describes it."""

    order_id: t.Any
    number: str
    order_type: str
    total: Decimal
    items: tuple[str, ...]  # "1 large Pepperoni Pizza"
    ready_at: datetime | None  # the shop's local time

    @classmethod
    def of(cls, order_id: t.Any, number: str, draft: OrderDraft, wait_minutes: int | None,
           now: datetime) -> PlacedOrder:
        items = tuple(f"{line.quantity} {line.size + ' ' if line.size else ''}{line.name}"
                      for line in draft.lines)
        ready_at = now + timedelta(minutes=wait_minutes) if wait_minutes is not None else None
        return cls(order_id, str(number), draft.order_type, draft.total, items, ready_at)


def can_receive_texts(e164: str | None) -> bool:
    """Whether a text to this number can arrive, as far as the number itself tells.

    Offline there is no carrier look-up (Twilio Lookup): a valid number whose type is not
    known to be a landline, pager or service number may get texts. North American numbers are
    mostly "fixed line or mobile", so a landline there is only found out when Twilio answers
    21614, which the outbox records as a failure staff see.
    """
    if not e164:
        return False
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) not in _NO_TEXTS


def can_take_a_call_from(settings: Settings) -> str | None:
    """The number a ready call comes from, or None (no call can be offered)."""
    if settings.voice_from:
        return settings.voice_from
    sender = settings.messaging_from or ""
    return sender if sender.startswith("+") else None


def messaging_ready(settings: Settings) -> bool:
    """Whether texts can be sent at all: a sender and the account's credentials."""
    return bool(settings.messaging_from and settings.twilio_account_sid
                and settings.secret("twilio_auth_token"))


def payment_link(settings: Settings, order: PlacedOrder) -> str | None:
    """The host's secure checkout URL for this order, or None when none is configured.

    :raises LinkError: the template names an unknown placeholder, the callable fails, or the
        result is not an https URL.
    """
    configured = settings.payment_link
    if not configured:
        return None
    values = {"order_id": str(order.order_id), "order_number": order.number,
              "total": f"{order.total:.2f}", "currency": settings.currency}
    if callable(configured) or (isinstance(configured, str) and _looks_like_a_path(configured)):
        function = configured if callable(configured) else _import(configured)
        try:
            url = function(dict(values, order_type=order.order_type))
        except Exception as exc:
            raise LinkError(f"POS_VOICE_PAYMENT_LINK raised {type(exc).__name__}: {exc}") from exc
    else:
        template = str(configured)
        unknown = template_fields(template) - LINK_FIELDS
        if unknown:
            raise LinkError(f"POS_VOICE_PAYMENT_LINK has unknown placeholders {sorted(unknown)}; use "
                            f"{', '.join('{' + name + '}' for name in sorted(LINK_FIELDS))}")
        url = template.format(**{key: quote(value, safe="") for key, value in values.items()})
    if not isinstance(url, str) or urlsplit(url).scheme != "https" or not urlsplit(url).netloc:
        raise LinkError(f"POS_VOICE_PAYMENT_LINK must give an https URL, got {url!r}")
    return url


def template_fields(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise LinkError(f"POS_VOICE_PAYMENT_LINK is not a valid template: {exc}") from exc


def _looks_like_a_path(text: str) -> bool:
    return "://" not in text and ("{" not in text) and (":" in text or "." in text)


def _import(path: str) -> t.Callable[[dict[str, t.Any]], t.Any]:
    module_name, _, name = path.partition(":") if ":" in path else path.rpartition(".")
    try:
        function = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise LinkError(f"POS_VOICE_PAYMENT_LINK {path!r} cannot be imported: {exc}") from exc
    if not callable(function):
        raise LinkError(f"POS_VOICE_PAYMENT_LINK {path!r} is not callable")
    return t.cast(t.Callable[[dict[str, t.Any]], t.Any], function)


def clock_time(moment: datetime, settings: Settings) -> str:
    """``6:45 PM`` (12-hour regions) or ``18:45``."""
    twelve = settings.clock == "12h" or (settings.clock is None and settings.default_region in
                                         {"US", "CA", "AU", "NZ", "PH", "IN", "EG", "PK"})
    if twelve:
        return moment.strftime("%I:%M %p").lstrip("0")
    return moment.strftime("%H:%M")


def confirmation_text(settings: Settings, order: PlacedOrder, link: str | None) -> str:
    """The confirmation text: shop, order number, items, total, ready time, the payment link."""
    business = settings.business_name or "Your order"
    items = ", ".join(order.items)
    if len(items) > ITEMS_LIMIT:
        items = items[: ITEMS_LIMIT - 1].rsplit(", ", 1)[0] + ", …"
    parts = [f"{business}: order #{order.number} is confirmed.", f"{items}." if items else "",
             f"Total {money(order.total, settings.currency)}."]
    if order.ready_at is not None:
        what = "Delivery around" if order.order_type == "delivery" else "Ready for pickup around"
        parts.append(f"{what} {clock_time(order.ready_at, settings)}.")
    if link:
        parts.append(f"Pay securely here: {link}")
    return " ".join(part for part in parts if part)


def ready_text(settings: Settings, order: PlacedOrder) -> str:
    business = settings.business_name or "The restaurant"
    if order.order_type == "delivery":
        return f"{business}: your order #{order.number} is ready and on its way."
    where = f" at {settings.business_address}" if settings.business_address else ""
    return f"{business}: your order #{order.number} is ready for pickup{where}."


def ready_call_words(settings: Settings, order: PlacedOrder) -> str:
    """What the ready call says (spoken by Twilio's ``<Say>``); the number digit by digit."""
    business = settings.business_name or "the restaurant"
    number = " ".join(order.number)
    if order.order_type == "delivery":
        return f"Hello, this is {business}. Your order, number {number}, is ready and on its way. Thank you!"
    return f"Hello, this is {business}. Your order, number {number}, is ready for pickup. Thank you!"


def call_twiml(words: str) -> str:
    """TwiML for a ready call: the message, a pause, the message again (the first may be missed
    while the phone is raised), then the call ends."""
    from twilio.twiml.voice_response import VoiceResponse

    response = VoiceResponse()
    response.say(words)
    response.pause(length=1)
    response.say(words)
    return str(response)
