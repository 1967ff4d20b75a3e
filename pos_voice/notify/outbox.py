"""The texts-and-calls outbox (``voice_notifications``): queued with the order, sent exactly once.

The order webhook's design (:mod:`pos_voice.ordering.webhook`), for Twilio:

* **Committed with the cause.** The confirmation row (``pending``) and the ready row (``waiting``)
  are added in the transaction that writes the order (:func:`rows_for_order`), so a text is never
  lost and never queued for an order that was rolled back. One row per order and kind: the
  ``idempotency_key`` (``pv-<order>-<kind>``) is unique.
* **Ready.** :func:`promote_ready` moves a ``waiting`` row to ``pending`` when the host's status
  column reaches a ``POS_VOICE_READY_STATUSES`` value, with a conditional ``UPDATE … WHERE status =
  'waiting'``: however many processes see the change, one moves it.
* **Claimed atomically.** A sender claims a row with ``UPDATE … SET status = 'sending',
  locked_until = … WHERE id = … AND status = 'pending' AND (lease free)`` and commits before it
  calls Twilio; only the one whose UPDATE matched sends. A row still ``sending`` after its lease
  (its process died mid-request) becomes ``unknown``, shown to staff, never sent again blindly.
* **Retried.** A 429/5xx or an unreachable API is retried at once (tenacity, twice), then with the
  webhook's backoff up to ``POS_VOICE_NOTIFY_MAX_ATTEMPTS``; Twilio's refusals (21614 not a mobile
  number, 21211 invalid number …) are final: ``failed`` with the code, for staff.
* **Delivery status.** Each request names ``/voice/notify-status?key=<idempotency key>`` as its
  ``StatusCallback``; :func:`record_delivery` stores what Twilio reports (signature-checked by the
  route).
"""

from __future__ import annotations

import logging
import typing as t
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

import sqlalchemy as sa
from tenacity import Retrying, retry_if_result, stop_after_attempt, wait_exponential

from ..models import (
    NOTICE_EXPIRED,
    NOTICE_FAILED,
    NOTICE_PENDING,
    NOTICE_SENDING,
    NOTICE_SENT,
    NOTICE_UNKNOWN,
    NOTICE_WAITING,
    utcnow,
)
from ..ordering.webhook import backoff
from ..pos.phones import callback_phone
from . import messages, twilio_rest

if t.TYPE_CHECKING:
    from ..pos.types import OrderDraft
    from ..services import Ready, Store
    from ..settings import Settings

log = logging.getLogger("pos_voice.notify")

CONFIRMATION, READY = "confirmation", "ready"
SMS, CALL = "sms", "call"
#: The route Twilio's status callbacks come to (under the blueprint's prefix).
STATUS_PATH = "/notify-status"
#: A ready notice whose order never reached a ready status is dropped after this long.
WAITING_HOURS = 12
#: Seconds a claim lasts beyond the request's own timeout.
LEASE_MARGIN_SECONDS = 30
#: Twilio's statuses in the order they happen: a late callback never moves a row back.
_RANK = {"queued": 1, "accepted": 1, "scheduled": 1, "initiated": 2, "sending": 2, "ringing": 3,
         "sent": 3, "in-progress": 4, "answered": 4, "delivered": 5, "undelivered": 5, "failed": 5,
         "read": 6, "completed": 5, "busy": 5, "no-answer": 5, "canceled": 5}
#: Delivery statuses that mean the caller did not get it.
NOT_DELIVERED = frozenset({"undelivered", "failed", "busy", "no-answer", "canceled"})


@dataclass(frozen=True)
class Choice:
    """What the caller agreed to during the call (``tools/notifications.py``)."""

    text_confirmation: bool = False
    ready: str | None = None  # SMS | CALL | None


def idempotency_key(order_id: t.Any, kind: str) -> str:
    return f"pv-{order_id}-{kind}"[:64]


def rows_for_order(models: t.Any, settings: Settings, *, call_id: int | None, order_id: t.Any, number: str,
                   draft: OrderDraft, wait_minutes: int | None, now: datetime, choice: Choice | None
                   ) -> list[t.Any]:
    """The outbox rows for an order just written (added to the order's transaction by submit).

    :param now: the shop's local time (the ready time in the text).
    """
    if choice is None or models.VoiceNotification is None or not messages.messaging_ready(settings):
        return []
    order = messages.PlacedOrder.of(order_id, number, draft, wait_minutes, now)
    phone = draft.phone
    rows = []
    if choice.text_confirmation and settings.text_confirmations and messages.can_receive_texts(phone):
        error = None
        try:
            link = messages.payment_link(settings, order)
        except messages.LinkError as exc:  # the text still goes, without a link; staff see why
            link, error = None, str(exc)
            log.warning("pos_voice payment link for order %s: %s", order_id, exc)
        rows.append(models.VoiceNotification(
            call_id=call_id, order_ref=str(order_id), kind=CONFIRMATION, channel=SMS, to_phone=phone,
            body=messages.confirmation_text(settings, order, link), status=NOTICE_PENDING, last_error=error,
            idempotency_key=idempotency_key(order_id, CONFIRMATION)))
    if choice.ready and settings.ready_statuses:
        rings = callback_phone(phone, settings.default_region) is not None
        if choice.ready == CALL and messages.can_take_a_call_from(settings) and rings:
            body = messages.call_twiml(messages.ready_call_words(settings, order))
        elif choice.ready == SMS and messages.can_receive_texts(phone):
            body = messages.ready_text(settings, order)
        else:
            body = None
        if body is not None:
            rows.append(models.VoiceNotification(
                call_id=call_id, order_ref=str(order_id), kind=READY, channel=choice.ready, to_phone=phone,
                body=body, status=NOTICE_WAITING, idempotency_key=idempotency_key(order_id, READY)))
    return rows


# ---------------------------------------------------------------- ready

def promote_ready(ready: Ready, settings: Settings, *, now: datetime | None = None) -> int:
    """Make waiting ready notices due whose host order reached a ready status; returns how many.

    Runs in an app context. Notices waiting longer than :data:`WAITING_HOURS` expire.
    """
    wanted = {status.strip().lower() for status in settings.ready_statuses}
    notices = ready.models.VoiceNotification
    order = ready.schema.order
    if not wanted or notices is None or order is None or not order.has("status"):
        return 0
    session = ready.session
    moment = now or utcnow()
    try:
        waiting = session.execute(sa.select(notices.id, notices.order_ref, notices.created_at).where(
            notices.status == NOTICE_WAITING).order_by(notices.id).limit(500)).all()
        too_old = moment - timedelta(hours=WAITING_HOURS)
        if any(row.created_at < too_old for row in waiting):
            session.execute(sa.update(notices).where(notices.status == NOTICE_WAITING,
                                                     notices.created_at < too_old)
                            .values(status=NOTICE_EXPIRED).execution_options(synchronize_session=False))
            waiting = [row for row in waiting if row.created_at >= too_old]
        if not waiting:
            session.commit()
            return 0
        key_type = _pk_type(order)
        orders = ready.pos.orders_by_id([key_type(row.order_ref) for row in waiting])
        done = {str(key) for key, info in orders.items()
                if str(info.get("status") or "").strip().lower() in wanted}
        promoted = 0
        for row_id, ref, _ in waiting:
            if ref in done:
                moved = session.execute(sa.update(notices).where(
                    notices.id == row_id, notices.status == NOTICE_WAITING)
                    .values(status=NOTICE_PENDING, next_attempt_at=moment)
                    .execution_options(synchronize_session=False))
                promoted += t.cast("sa.CursorResult[t.Any]", moved).rowcount
        session.commit()
        return promoted
    except Exception:
        session.rollback()
        raise


def _pk_type(order: t.Any) -> t.Callable[[str], t.Any]:
    try:
        python_type = order.pk_column.type.python_type
    except (NotImplementedError, AttributeError):
        return str
    if python_type is int:
        return lambda ref: int(ref) if ref.lstrip("-").isdigit() else ref
    return str


# ---------------------------------------------------------------- delivery

def status_callback_url(settings: Settings, url_prefix: str, key: str) -> str | None:
    base = (settings.public_base_url or "").rstrip("/")
    if not base:
        return None
    return f"{base}{url_prefix.rstrip('/')}{STATUS_PATH}?key={quote(key, safe='')}"


def deliver_pending(store: Store, settings: Settings, *, url_prefix: str = "/voice",
                    now: datetime | None = None, limit: int = 50, client: t.Any = None) -> int:
    """One delivery pass: send every due row once; returns how many Twilio accepted.

    Runs in an app context (``store.app_context()``); ``client``: a ``twilio`` client (made from
    the settings when None).
    """
    notices = store.models.VoiceNotification
    if notices is None or not messages.messaging_ready(settings):
        return 0
    session = store.session
    moment = now or utcnow()
    free = sa.or_(notices.locked_until.is_(None), notices.locked_until < moment)
    try:
        # A claim that outlived its lease: its process stopped mid-request, Twilio may have it.
        # (Looked for before writing: a pass that finds nothing takes no write lock.)
        stale = sa.and_(notices.status == NOTICE_SENDING, notices.locked_until < moment)
        if session.scalar(sa.select(notices.id).where(stale).limit(1)) is not None:
            session.execute(sa.update(notices).where(stale).values(
                status=NOTICE_UNKNOWN, locked_until=None,
                last_error="the sender stopped during the request: it may have been sent",
            ).execution_options(synchronize_session=False))
        due = session.scalars(sa.select(notices.id).where(
            notices.status == NOTICE_PENDING, notices.next_attempt_at <= moment, free)
            .order_by(notices.id).limit(limit)).all()
        session.commit()
    except Exception:
        session.rollback()
        log.exception("pos_voice could not read the notification outbox")
        return 0
    if not due:
        return 0
    client = client or twilio_rest.rest_client(settings)
    accepted = 0
    for row_id in due:
        try:
            if _deliver_one(session, notices, row_id, settings, url_prefix, client, moment):
                accepted += 1
        except Exception:
            session.rollback()
            log.exception("pos_voice could not deliver notification %s", row_id)
    return accepted


def _deliver_one(session: t.Any, notices: t.Any, row_id: int, settings: Settings, url_prefix: str,
                 client: t.Any, moment: datetime) -> bool:
    lease = moment + timedelta(seconds=settings.notify_timeout * 3 + LEASE_MARGIN_SECONDS)
    claim = sa.update(notices).where(
        notices.id == row_id, notices.status == NOTICE_PENDING,
        sa.or_(notices.locked_until.is_(None), notices.locked_until < moment),
    ).values(status=NOTICE_SENDING, locked_until=lease)
    if t.cast("sa.CursorResult[t.Any]", session.execute(claim.execution_options(
            synchronize_session=False))).rowcount != 1:
        session.rollback()
        return False  # another sender has it
    row = session.execute(sa.select(notices.channel, notices.to_phone, notices.body, notices.idempotency_key,
                                    notices.attempts).where(notices.id == row_id)).one()
    session.commit()
    callback = status_callback_url(settings, url_prefix, row.idempotency_key)

    def attempt() -> twilio_rest.Outcome:
        if row.channel == CALL:
            sender = messages.can_take_a_call_from(settings)
            if sender is None:
                return twilio_rest.Refused("no number to call from (POS_VOICE_VOICE_FROM)")
            return twilio_rest.place_call(client, sender, row.to_phone, row.body, callback)
        return twilio_rest.send_text(client, str(settings.messaging_from), row.to_phone, row.body, callback)

    tries = 0

    def counted() -> twilio_rest.Outcome:
        nonlocal tries
        tries += 1
        return attempt()

    retrying = Retrying(stop=stop_after_attempt(2), wait=wait_exponential(multiplier=0.2, max=1.0),
                        retry=retry_if_result(lambda o: isinstance(o, twilio_rest.Refused) and o.retry),
                        retry_error_callback=lambda state: state.outcome.result() if state.outcome else None)
    outcome = retrying(counted)
    attempts = int(row.attempts or 0) + tries
    finished = utcnow()
    values: dict[str, t.Any] = {"attempts": attempts, "locked_until": None}
    if isinstance(outcome, twilio_rest.Accepted):
        values.update(status=NOTICE_SENT, sent_at=finished, provider_sid=outcome.sid, last_error=None,
                      error_code=None)
        if outcome.status:  # a status callback may have come first: it stands
            values["delivery_status"] = sa.func.coalesce(notices.delivery_status, outcome.status)
    elif isinstance(outcome, twilio_rest.Unknown):
        values.update(status=NOTICE_UNKNOWN, last_error=outcome.message[:500])
    else:
        values.update(last_error=outcome.message[:500], error_code=outcome.code)
        if outcome.retry and attempts < settings.notify_max_attempts:
            values.update(status=NOTICE_PENDING, next_attempt_at=max(finished, moment) + backoff(attempts))
        else:
            values["status"] = NOTICE_FAILED
        log.warning("pos_voice %s to the caller (notification %s) failed (attempt %s): %s", row.channel,
                    row_id, attempts, outcome.message)
    session.execute(sa.update(notices).where(notices.id == row_id).values(**values)
                    .execution_options(synchronize_session=False))
    session.commit()
    return values["status"] == NOTICE_SENT


# ---------------------------------------------------------------- Twilio's status callbacks

def record_delivery(store: Store, *, key: str | None, sid: str | None, status: str, error_code: str | None,
                    now: datetime | None = None) -> bool:
    """Store a status Twilio reported for a text or call; False when no row matches.

    Twilio's callbacks may come late or twice: a status earlier than the one stored is ignored.
    A row whose answer was lost (``unknown``) is ``sent`` once Twilio reports on it.
    """
    notices = store.models.VoiceNotification
    if notices is None or not (key or sid):
        return False
    session = store.session
    query = sa.select(notices).where(notices.idempotency_key == key) if key else \
        sa.select(notices).where(notices.provider_sid == sid)
    row = session.execute(query.with_for_update()).scalar_one_or_none()
    if row is None:
        session.rollback()
        return False
    status = status.strip().lower()
    if _RANK.get(status, 0) >= _RANK.get(str(row.delivery_status or ""), 0):
        row.delivery_status = status[:32]
        row.delivery_at = now or utcnow()
        if error_code and error_code.isdigit():
            row.error_code = int(error_code)
    if sid and not row.provider_sid:
        row.provider_sid = sid[:64]
    if row.status in (NOTICE_UNKNOWN, NOTICE_SENDING):
        row.status = NOTICE_SENT
        row.sent_at = row.sent_at or now or utcnow()
    session.commit()
    return True


def for_calls(store: Store, call_ids: t.Iterable[int]) -> dict[int, list[dict[str, t.Any]]]:
    """The texts and calls of these voice calls, oldest first, for the staff pages."""
    notices = store.models.VoiceNotification
    wanted = [i for i in dict.fromkeys(call_ids) if i is not None]
    out: dict[int, list[dict[str, t.Any]]] = {}
    if notices is None or not wanted:
        return out
    rows = store.session.execute(sa.select(notices).where(notices.call_id.in_(wanted))
                                 .order_by(notices.id)).scalars().all()
    for row in rows:
        out.setdefault(row.call_id, []).append({
            "kind": row.kind, "channel": row.channel, "status": row.status,
            "delivery_status": row.delivery_status, "error_code": row.error_code,
            "last_error": row.last_error, "attempts": row.attempts, "created_at": row.created_at,
            "sent_at": row.sent_at, "delivered": row.delivery_status in ("delivered", "read", "completed"),
            "problem": row.status in (NOTICE_FAILED, NOTICE_UNKNOWN)
            or (row.delivery_status or "") in NOT_DELIVERED,
            "body": row.body if row.channel == SMS else None,
        })
    return out
