"""Twilio webhooks: ``/incoming``, ``/stream-ended``, ``/dial-ended``, ``/status``.

Every decision here is read from and written to the database, never process memory: behind
a load balancer the webhook, the media stream and the callbacks of one call can land on
different processes. The views are the entry points: each takes the app's services once and
hands the helpers what they need.
"""

from __future__ import annotations

import logging
import threading
import typing as t
from datetime import timedelta

import sqlalchemy as sa
from flask import Blueprint, Response, copy_current_request_context, request
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .. import followup, offload
from ..extension import get_state
from ..models import (
    ABANDONED,
    COMPLETED,
    ENDED,
    FAILED,
    LIVE,
    MISSED,
    NEXT_FALLBACK,
    NEXT_HANGUP,
    NEXT_TRANSFER,
    QUEUED,
    REFUSED,
    TRANSFERRED,
    utcnow,
)
from ..pos.phones import normalize_phone
from ..services import Services, Store
from ..settings import Settings
from ..stream_tokens import mint_stream_token
from . import csrf, rate_limit, request_limits, signatures, twiml
from .notify_status import answer_status as notify_status_answer

if t.TYPE_CHECKING:
    from ..pos.adapter import PosAdapter

log = logging.getLogger("pos_voice.telephony")

#: Why a call went straight to staff at ``/incoming`` (stored in ``transfer_reason``).
REASON_OVER_CAPACITY = "over capacity"
REASON_UNAVAILABLE = "assistant unavailable"
REASON_RATE_LIMITED = "caller rate limit"
REASON_DATABASE_BUSY = "database busy"
#: Twilio final call statuses that mean the call itself failed.
FAILED_CALL_STATUSES = frozenset({"failed", "busy", "no-answer"})
ANSWERED_DIAL_STATUSES = frozenset({"completed", "answered"})


def _find_call(store: Store, call_sid: str | None) -> t.Any | None:
    if not call_sid:
        return None
    calls = store.models.VoiceCall
    return store.session.execute(sa.select(calls).where(calls.call_sid == call_sid)).scalar_one_or_none()


def _add_event(store: Store, call: t.Any, event_type: str, data: dict[str, t.Any]) -> None:
    store.session.add(store.models.VoiceCallEvent(call_id=call.id, event_type=event_type, event_data=data))


def active_call_count(store: Store, settings: Settings, before_id: int | None = None) -> int:
    """Calls holding an assistant session right now, across every server process.

    A ``queued`` call counts while its stream token can still be redeemed; a ``live`` call
    while its heartbeat (or start) is recent. Rows left by a crashed process stop counting
    on their own. With ``before_id``, only calls admitted earlier (a smaller id) count, so
    two processes answering at the same moment agree on who got the last seat.
    """
    call = store.models.VoiceCall
    now = utcnow()
    queued_since = now - timedelta(seconds=settings.stream_token_ttl)
    live_since = now - timedelta(seconds=2 * int(settings.heartbeat_seconds) + 15)
    query = sa.select(sa.func.count()).select_from(call).where(sa.or_(
        sa.and_(call.state == QUEUED, call.started_at >= queued_since),
        sa.and_(call.state == LIVE, sa.func.coalesce(call.heartbeat_at, call.started_at) >= live_since),
    ))
    if before_id is not None:
        query = query.where(call.id < before_id)
    return int(store.session.execute(query).scalar_one())


def _get_or_create_call(store: Store, settings: Settings, call_sid: str, phone_from: str | None,
                        phone_to: str | None) -> tuple[t.Any, bool]:
    """The call row for ``call_sid``, created once even when Twilio retries concurrently."""
    existing = _find_call(store, call_sid)
    if existing is not None:
        return existing, False
    call = store.models.VoiceCall(call_sid=call_sid, phone_from=phone_from, phone_to=phone_to,
                                  state=QUEUED, next_action=NEXT_HANGUP, model=settings.model,
                                  language=settings.language_for_number(phone_to))
    session = store.session
    session.add(call)
    try:
        session.commit()
    except IntegrityError:
        # Another process (or a retry racing us) inserted the same CallSid first: use its row.
        session.rollback()
        existing = _find_call(store, call_sid)
        if existing is None:
            raise
        return existing, False
    return call, True


def _route_to_staff(store: Store, settings: Settings, call: t.Any, reason: str) -> None:
    """Record that this call skips the assistant and goes straight to staff."""
    call.state = ENDED
    call.next_action = NEXT_TRANSFER
    call.transfer_reason = reason
    call.disposition = TRANSFERRED if settings.staff_phone else _no_staff_phone(store, call)


def _no_staff_phone(store: Store, call: t.Any) -> str:
    """The call was for staff but there is no staff phone: the caller is told to call back (missed)."""
    _add_event(store, call, "dial", {"status": followup.NO_STAFF_PHONE, "answered": False})
    return MISSED


def _refresh_follow_up(store: Store, call: t.Any) -> None:
    """The call's outcome changed: re-derive what it leaves for staff (pos_voice.followup)."""
    store.session.flush()
    followup.refresh(store.session, store.models, call)


def cap_request() -> None:
    """``before_request``: Twilio-facing requests past Twilio's sizes are refused (413) unparsed."""
    request_limits.cap_twilio_request(request)


def check_signature() -> None:
    """``before_request``: Twilio-facing requests must carry a valid Twilio signature (else 403)."""
    signatures.check_twilio_signature(request, get_state().settings)


def _staff_intro(settings: Settings, reason: str | None, language: str | None) -> twiml.Speech:
    return twiml.message(settings, "busy" if reason == REASON_OVER_CAPACITY else "unavailable", language)


def _language(settings: Settings, call: t.Any = None, phone_to: str | None = None) -> str:
    """The language of what Twilio says on this call: the call's own (recorded, switched by the
    caller), else its number's first language."""
    return (getattr(call, "language", None) if call is not None else None) or \
        settings.language_for_number(phone_to)


def _to_staff(settings: Settings, phone_from: str | None, phone_to: str | None,
              language: str | None = None) -> Response:
    """Straight to staff with the "please hold" line (the database could not tell more)."""
    language = language or settings.language_for_number(phone_to)
    return twiml.as_response(twiml.dial_staff(settings, twiml.message(settings, "unavailable", language),
                                              phone_from, phone_to, language))


def _refusal(settings: Settings, language: str | None = None) -> Response:
    text = twiml.message(settings, "rate_limited", language)
    return twiml.as_response(twiml.say_and_hang_up(settings, text))


def incoming() -> Response:
    """Answer a new call: the assistant's media stream, or straight to staff."""
    services = get_state()
    settings = services.settings
    call_sid = request.form.get("CallSid", "")
    region = settings.default_region
    phone_from = normalize_phone(request.form.get("From"), region)
    phone_to = normalize_phone(request.form.get("To"), region)
    if not call_sid:
        return Response("CallSid is required", status=400, mimetype="text/plain")
    if services.drain.active:
        # This process is restarting: the proxy (proxy_next_upstream http_503) asks another one.
        # Nothing is recorded here, so the call is new to whichever process answers it.
        return Response("this server is restarting; another one takes the call", status=503,
                        mimetype="text/plain", headers={"Retry-After": "1"})
    store = services.store
    if store is None:
        log.error("pos_voice has no database: call %s goes straight to staff", call_sid)
        return _to_staff(settings, phone_from, phone_to)
    # Twilio gives up on an answer after 15 s: the database gets a bounded time, then the caller
    # goes to staff without a record here (the late work sees it was given up on).
    gave_up = threading.Event()

    def record_and_answer() -> Response:
        try:
            return _answer_incoming(services, store, call_sid, phone_from, phone_to, gave_up)
        except SQLAlchemyError:
            # The database is down: the caller must still reach a person.
            log.exception("pos_voice could not record call %s: sending it to staff", call_sid)
            store.session.rollback()
            return to_staff()

    def to_staff() -> Response:
        gave_up.set()  # (for the late work, when the wait ran out)
        return _to_staff(settings, phone_from, phone_to)

    return _within_bound(settings, record_and_answer, to_staff)


def _within_bound(settings: Settings, work: t.Callable[[], Response],
                  without_database: t.Callable[[], Response]) -> Response:
    """``work()`` (this request's database work) where it cannot stop the gevent hub, waited for
    at most ``POS_VOICE_TWILIO_ANSWER_SECONDS``; after that Twilio gets ``without_database()``."""
    try:
        return offload.bounded(copy_current_request_context(work), settings.twilio_answer_seconds)
    except TimeoutError:
        log.error("pos_voice: the database did not answer in time for %s of call %s", request.path,
                  request.form.get("CallSid"))
        return without_database()


def admission_problem(services: Services, store: Store, call: t.Any) -> str | None:
    """Why a new call does not get the assistant (None: it does), whichever way it came (Twilio's
    ``/incoming``, OpenAI's SIP webhook): the assistant unavailable, the caller's rate limit, the
    calls at once across processes."""
    settings = services.settings
    if not services.usable:
        call.error = "; ".join(p.message for p in services.blocking_problems)[:2000] or None
        return REASON_UNAVAILABLE
    if rate_limit.over_limit(store, settings, call, utcnow()):  # the clock the rows are stamped by
        return REASON_RATE_LIMITED
    if active_call_count(store, settings, before_id=call.id) >= settings.max_concurrent_calls:
        return REASON_OVER_CAPACITY
    return None


def _answer_incoming(services: Services, store: Store, call_sid: str, phone_from: str | None,
                     phone_to: str | None, gave_up: threading.Event | None = None) -> Response:
    settings = services.settings
    call, created = _get_or_create_call(store, settings, call_sid, phone_from, phone_to)
    language = _language(settings, call, phone_to)
    if not created and call.state == ENDED:
        # A retry of a call already routed to staff (or refused) gets the same answer.
        if call.disposition == REFUSED:
            return _refusal(settings, language)
        return twiml.as_response(twiml.dial_staff(
            settings, _staff_intro(settings, call.transfer_reason, language), phone_from, phone_to, language))
    if not created and call.state == LIVE:
        # Its stream is already running: a fresh token here would reopen a redeemed one.
        log.warning("pos_voice: /incoming repeated for the live call %s", call_sid)
        return _to_staff(settings, phone_from, phone_to, language)
    if created:
        reason = admission_problem(services, store, call)
        refused = reason == REASON_RATE_LIMITED and settings.caller_rate_limit_action == rate_limit.REFUSE
        _add_event(store, call, "call_started", {
            "from": phone_from, "to": phone_to, "direction": request.form.get("Direction"),
            "routed": "refused" if refused else "staff" if reason else "assistant",
            **({"reason": reason} if reason else {}),
        })
        if refused:
            call.state, call.next_action, call.disposition = ENDED, NEXT_HANGUP, REFUSED
            store.session.commit()
            log.info("pos_voice call %s refused: %s", call_sid, reason)
            return _refusal(settings, language)
        if reason is not None:
            _route_to_staff(store, settings, call, reason)
            _refresh_follow_up(store, call)
            store.session.commit()
            log.info("pos_voice call %s goes straight to staff: %s", call_sid, reason)
            return twiml.as_response(twiml.dial_staff(settings, _staff_intro(settings, reason, language),
                                                      phone_from, phone_to, language))
    if gave_up is not None and gave_up.is_set():
        # Too late: Twilio was already told to dial staff. No stream will come for this token.
        _route_to_staff(store, settings, call, REASON_DATABASE_BUSY)
        _refresh_follow_up(store, call)
        store.session.commit()
        return _to_staff(settings, phone_from, phone_to, language)
    token = mint_stream_token(call, settings.stream_token_ttl)
    store.session.commit()
    return twiml.as_response(twiml.connect_stream(settings, token, phone_from, language))


def _request_phones(settings: Settings) -> tuple[str | None, str | None]:
    """Caller and called numbers of this Twilio request, E.164 (every callback carries them)."""
    region = settings.default_region
    return normalize_phone(request.form.get("From"), region), normalize_phone(request.form.get("To"), region)


def stream_ended() -> Response:
    """Twilio's ``<Connect action>``: what the call does after the media stream closed."""
    services = get_state()
    settings = services.settings
    store = services.store
    if store is None:  # without the database the decision is unknown: a person is the safe answer
        return _apologise_to_staff(settings)

    def decide() -> Response:
        try:
            return _answer_stream_ended(store, settings, services.pos)
        except SQLAlchemyError:
            log.exception("pos_voice could not read call %s at stream end: sending it to staff",
                          request.form.get("CallSid"))
            store.session.rollback()
            return _apologise_to_staff(settings)

    return _within_bound(settings, decide, lambda: _apologise_to_staff(settings))


def _apologise_to_staff(settings: Settings) -> Response:
    """The call's record can't be read: the apology in the language of the number called."""
    form_from, form_to = _request_phones(settings)
    language = settings.language_for_number(form_to)
    return twiml.as_response(twiml.dial_staff(settings, twiml.message(settings, "apology", language),
                                              form_from, form_to, language))


def _answer_stream_ended(store: Store, settings: Settings, pos: PosAdapter | None) -> Response:
    call = _find_call(store, request.form.get("CallSid"))
    form_from, form_to = _request_phones(settings)
    if call is None:
        log.warning("pos_voice: stream ended for an unknown call %s", request.form.get("CallSid"))
        return _apologise_to_staff(settings)
    phone_from, phone_to = call.phone_from or form_from, call.phone_to or form_to
    language = _language(settings, call, phone_to)  # the caller's, once the call knows it
    if call.state == QUEUED:
        # The stream never started (rejected, handshake failure): the caller heard nothing yet.
        call.next_action = NEXT_FALLBACK
        call.error = call.error or "the media stream never started"
        _add_event(store, call, "error", {"where": "stream", "message": "the media stream never started"})
    action = call.next_action or NEXT_HANGUP
    if call.state != ENDED:
        call.state = ENDED
    if action == NEXT_TRANSFER:
        if settings.staff_phone:
            call.disposition = call.disposition or TRANSFERRED
            answer = twiml.dial_staff(settings, twiml.message(settings, "connecting", language),
                                      phone_from, phone_to, language)
        else:
            # The bridge may already have written "transferred": nobody will take this call.
            call.disposition = _no_staff_phone(store, call)
            text = twiml.message(settings, "transfer_without_staff", language)
            answer = twiml.say_and_hang_up(settings, text)
    elif action == NEXT_FALLBACK and call.order_id is not None:
        # The assistant failed after placing the order: the caller hears its number first.
        number = _order_number(pos, call.order_id)
        if settings.staff_phone:
            answer = twiml.dial_staff(settings, twiml.message(settings, "order_placed_to_staff", language,
                                                              number=number), phone_from, phone_to, language)
        else:
            answer = twiml.say_and_hang_up(settings, twiml.message(settings, "order_placed_goodbye", language,
                                                                   number=number))
        call.disposition = call.disposition or COMPLETED
    elif action == NEXT_FALLBACK:
        call.disposition = call.disposition or FAILED
        if not settings.staff_phone:
            _add_event(store, call, "dial", {"status": followup.NO_STAFF_PHONE, "answered": False})
        answer = twiml.dial_staff(settings, twiml.message(settings, "apology", language),
                                  phone_from, phone_to, language)
    else:
        answer = twiml.hang_up()
    if action in (NEXT_TRANSFER, NEXT_FALLBACK):
        _refresh_follow_up(store, call)
    store.session.commit()
    return twiml.as_response(answer)


def _order_number(pos: PosAdapter | None, order_id: t.Any) -> str:
    """The host's number of the order the call placed, as the caller was told it."""
    info = pos.orders_by_id([order_id]).get(order_id) if pos is not None else None
    return str((info or {}).get("number") or order_id)


def dial_ended() -> Response:
    """``<Dial action>``: whether staff answered. Answered → transferred; otherwise the call is
    *missed* (a caller to ring back) and hears a polite message before the hang-up. A call the
    assistant failed stays failed either way; the dial's result is a ``dial`` event."""
    services = get_state()
    status = request.form.get("DialCallStatus", "")
    answered = status in ANSWERED_DIAL_STATUSES
    store = services.store
    settings = services.settings

    def answer_in(language: str | None = None) -> Response:
        return twiml.as_response(twiml.hang_up() if answered else twiml.say_and_hang_up(
            settings, twiml.message(settings, "nobody_answered", language)))

    answer = answer_in()
    if store is None:
        return answer

    def record() -> Response:
        nonlocal answer
        try:
            call = _find_call(store, request.form.get("CallSid"))
            if call is not None:
                answer = answer_in(_language(settings, call))
                _add_event(store, call, "dial", {"status": status or "unknown", "answered": answered})
                if answered and call.disposition in (None, MISSED):
                    call.disposition = TRANSFERRED
                elif not answered and call.disposition in (None, TRANSFERRED):
                    call.disposition = MISSED
                _refresh_follow_up(store, call)
                store.session.commit()
        except SQLAlchemyError:
            log.exception("pos_voice could not record the transfer result of %s", request.form.get("CallSid"))
            store.session.rollback()  # the caller still hears the message
        return answer

    return _within_bound(services.settings, record, lambda: answer)


def _final_disposition(call: t.Any, call_status: str) -> str:
    if call_status in FAILED_CALL_STATUSES:
        return FAILED
    if call.disposition:
        return str(call.disposition)
    if call.order_id is not None:
        return COMPLETED
    # Nobody ended the call on our side and no order was placed: the caller hung up.
    return ABANDONED


def status() -> Response:
    """Twilio's status callback: end time, duration and final disposition. Idempotent."""
    services = get_state()
    store = services.store
    if store is None:
        return twiml.as_response(twiml.empty())
    return _within_bound(services.settings, lambda: _record_status(store),
                         lambda: twiml.as_response(twiml.empty()))


def _record_status(store: Store) -> Response:
    call = _find_call(store, request.form.get("CallSid"))
    if call is None:
        return twiml.as_response(twiml.empty())
    call_status = request.form.get("CallStatus", "")
    if call_status not in {"completed", "canceled", *FAILED_CALL_STATUSES}:
        return twiml.as_response(twiml.empty())  # an intermediate progress event
    # Hold the call's row (PostgreSQL), read again under the lock: the bridge's final record, in
    # another process perhaps, takes it too, so one of the two sees the other's call_ended and
    # the outcome decided, never a row read before it.
    store.session.refresh(call, with_for_update={"key_share": True})
    duration = request.form.get("CallDuration")
    if duration and duration.isdigit() and call.started_at is not None:
        # Twilio's duration covers the whole call, a staff leg after the stream included; derived
        # from it, the end time is the same however often Twilio repeats the callback.
        call.duration_seconds = int(duration)
        call.ended_at = call.started_at + timedelta(seconds=int(duration))
    else:
        call.ended_at = call.ended_at or utcnow()
        if call.duration_seconds is None and call.started_at is not None:
            call.duration_seconds = max(0, int((call.ended_at - call.started_at).total_seconds()))
    call.state = ENDED
    call.disposition = _final_disposition(call, call_status)
    event = store.models.VoiceCallEvent
    already = store.session.execute(sa.select(sa.func.count()).select_from(event).where(
        event.call_id == call.id, event.event_type == "call_ended")).scalar_one()
    if not already:
        _add_event(store, call, "call_ended", {"disposition": call.disposition, "call_status": call_status})
    _refresh_follow_up(store, call)
    store.session.commit()
    return twiml.as_response(twiml.empty())


def notify_status() -> Response:
    """Twilio's delivery status of a text or ready call we sent (``notify_status.py``)."""
    return notify_status_answer(get_state().store, request.form, request.args)


def register(bp: Blueprint) -> None:
    """Attach the Twilio webhook routes, their size caps and the signature check to the blueprint."""
    bp.before_request(cap_request)  # first: the signature check parses the form
    bp.before_request(check_signature)
    bp.add_url_rule("/incoming", "incoming", incoming, methods=["POST"])
    bp.add_url_rule("/stream-ended", "stream_ended", stream_ended, methods=["POST"])
    bp.add_url_rule("/dial-ended", "dial_ended", dial_ended, methods=["POST"])
    bp.add_url_rule("/status", "status", status, methods=["POST"])
    bp.add_url_rule("/notify-status", "notify_status", notify_status, methods=["POST"])
    csrf.register(bp, (incoming, stream_ended, dial_ended, status, notify_status))  # signed by Twilio
