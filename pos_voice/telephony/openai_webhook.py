"""``POST /voice/openai/webhook``: OpenAI's ``realtime.call.incoming`` (``POS_VOICE_MODE = "sip"``).

A call came to OpenAI over the SIP trunk. Nothing is done before the request is verified as
OpenAI's (the Standard Webhooks signature over the raw body, with a 5-minute replay window:
docs/openai-engines.md §1.3); an unsigned, forged, replayed or altered request gets 400 and
leaves no call behind. Then the call is recorded under its ``call_id`` (a redelivery of the same
webhook finds it and changes nothing), admitted exactly as Twilio's ``/incoming`` admits a call
(:func:`~pos_voice.telephony.routes.admission_problem`), and answered at once; the accept and
the call itself run in a background thread (a greenlet under gevent):
:func:`pos_voice.bridge.sip_engine.run_sip_call`, or, for a call that does not get the
assistant, :func:`~pos_voice.bridge.sip_engine.send_to_staff` (refer, else reject busy).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import logging
import re
import threading
import time
import typing as t

from flask import Blueprint, Flask, Response, current_app, request
from sqlalchemy.exc import SQLAlchemyError

from ..bridge import engines
from ..bridge.routes import bridge_deps
from ..bridge.sip_engine import SipControls, run_sip_call, send_to_staff
from ..extension import get_state
from ..models import ENDED, MISSED, NEXT_HANGUP, QUEUED, REFUSED
from ..pos.phones import normalize_phone
from ..services import Services, Store
from ..stream_tokens import mint_stream_token
from . import csrf, rate_limit
from .routes import (
    REASON_RATE_LIMITED,
    _add_event,
    _get_or_create_call,
    _refresh_follow_up,
    _route_to_staff,
    _within_bound,
    admission_problem,
)

log = logging.getLogger("pos_voice.telephony")

INCOMING = "realtime.call.incoming"
TOLERANCE_SECONDS = 300  # OpenAI's (and Standard Webhooks') replay window
MAX_BODY_BYTES = 256 * 1024  # an incoming-call event is a few KB of SIP headers
_SIP_NUMBER = re.compile(r"(?:sips?:|tel:)(\+?[0-9][0-9().\-]*)")


class WebhookRejected(Exception):
    """The request is not a valid signed OpenAI webhook."""


def verify(body: str, headers: t.Mapping[str, str], secret: str) -> None:
    """Raise :class:`WebhookRejected` unless ``body`` is signed with ``secret`` and recent.

    With the ``openai`` package installed its own check is used (``client.webhooks.verify_signature``);
    without it, :func:`standard_webhook_check`, the same scheme."""
    try:
        from openai import InvalidWebhookSignatureError, OpenAI
    except ImportError:
        standard_webhook_check(body, headers, secret, int(time.time()))
        return
    client = OpenAI(api_key="unused: only the webhook signature is checked", webhook_secret=secret)
    try:
        client.webhooks.verify_signature(body, headers, tolerance=TOLERANCE_SECONDS)
    except (InvalidWebhookSignatureError, ValueError) as exc:  # ValueError: a header is missing
        raise WebhookRejected(str(exc)) from None
    finally:
        client.close()


def standard_webhook_check(body: str, headers: t.Mapping[str, str], secret: str, now: int,
                           tolerance: int = TOLERANCE_SECONDS) -> None:
    """The Standard Webhooks scheme as OpenAI signs (docs/openai-engines.md §1.3), for hosts without
    the ``openai`` package: ``v1,base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}"))``."""
    lower = {k.lower(): v for k, v in headers.items()}
    webhook_id, stamp, signatures = (lower.get(name) for name in
                                     ("webhook-id", "webhook-timestamp", "webhook-signature"))
    if not webhook_id or not stamp or not signatures:
        raise WebhookRejected("a webhook-id, webhook-timestamp or webhook-signature header is missing")
    try:
        seconds = int(stamp)
    except ValueError:
        raise WebhookRejected("Invalid webhook timestamp format") from None
    if now - seconds > tolerance:
        raise WebhookRejected("Webhook timestamp is too old")
    if seconds > now + tolerance:
        raise WebhookRejected("Webhook timestamp is too new")
    key = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else secret.encode()
    expected = base64.b64encode(hmac.new(key, f"{webhook_id}.{stamp}.{body}".encode(),
                                         hashlib.sha256).digest()).decode()
    given = [part[3:] if part.startswith("v1,") else part for part in signatures.split()]
    if not any(hmac.compare_digest(expected, signature) for signature in given):
        raise WebhookRejected("The given webhook signature does not match the expected signature")


def sip_number(sip_headers: t.Any, name: str) -> str | None:
    """The number in SIP header ``name`` (``From``: the caller ID) — untrusted call metadata,
    as caller ID always is (docs/openai-engines.md §1.2)."""
    for header in sip_headers if isinstance(sip_headers, list) else []:
        if isinstance(header, dict) and str(header.get("name", "")).lower() == name.lower():
            match = _SIP_NUMBER.search(str(header.get("value") or ""))
            if match:
                return match.group(1)
    return None


def _plain(text: str, status: int) -> Response:
    return Response(text, status=status, mimetype="text/plain")


def openai_webhook() -> Response:
    """Verify, record and admit an incoming SIP call; answer OpenAI at once."""
    services = get_state()
    settings = services.settings
    if settings.mode != "sip":
        return _plain("pos_voice is not in SIP mode (POS_VOICE_MODE)", 404)
    secret = settings.secret("openai_webhook_secret")
    if not secret:
        log.error("pos_voice: an OpenAI webhook came but POS_VOICE_OPENAI_WEBHOOK_SECRET is not set")
        return _plain("the webhook secret is not configured", 503)
    if (request.content_length or 0) > MAX_BODY_BYTES:
        return _plain("request too large", 413)
    body = request.get_data(as_text=True)
    try:
        verify(body, dict(request.headers), secret)
        event = json.loads(body)
    except (WebhookRejected, ValueError) as exc:
        log.warning("pos_voice: OpenAI webhook rejected: %s", exc)
        return _plain("invalid webhook signature", 400)
    data = event.get("data") if isinstance(event, dict) else None
    if not isinstance(data, dict) or event.get("type") != INCOMING:
        return _plain("ignored", 200)  # another event type of the project's webhook
    call_id = data.get("call_id")
    if not isinstance(call_id, str) or not call_id:
        return _plain("data.call_id is required", 400)
    if services.drain.active:  # OpenAI redelivers a webhook that failed: another process takes it
        return _plain("this server is restarting", 503)
    store = services.store
    if store is None:
        log.error("pos_voice has no database: SIP call %s is not answered", call_id)
        return _plain("pos_voice has no database tables", 503)
    region = settings.default_region
    phone_from = normalize_phone(sip_number(data.get("sip_headers"), "From"), region)
    phone_to = normalize_phone(sip_number(data.get("sip_headers"), "To"), region)
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]

    starts: list[Start] = []
    gave_up = threading.Event()

    def record_and_admit() -> Response:
        try:
            start = _admit(services, store, call_id, phone_from, phone_to, gave_up)
        except SQLAlchemyError:
            log.exception("pos_voice could not record SIP call %s", call_id)
            store.session.rollback()
            return _plain("the call could not be recorded", 503)  # OpenAI redelivers
        if start is not None:
            starts.append(start)
        return _plain("ok", 200)

    def busy() -> Response:
        gave_up.set()  # (for the late work: OpenAI redelivers, and that delivery must find no call)
        return _plain("the database is busy", 503)

    answer = _within_bound(settings, record_and_admit, busy)
    if starts and answer.status_code == 200:
        # Started here, in the request's own thread (greenlet): the database work above may have
        # run in one of offload's native threads, where a greenlet must not be started.
        threading.Thread(target=starts[0], args=(app,), daemon=True,
                         name=f"pos_voice-sip-{call_id[-12:]}").start()
    return answer


Start = t.Callable[[Flask], None]


def _admit(services: Services, store: Store, call_id: str, phone_from: str | None,
           phone_to: str | None, gave_up: threading.Event) -> Start | None:
    """Record the call and decide; what to run in the background (None: nothing more to do)."""
    settings = services.settings
    call, created = _get_or_create_call(store, settings, call_id, phone_from, phone_to)
    if not created:
        log.info("pos_voice: the webhook for SIP call %s came again; already handled", call_id)
        return None
    if gave_up.is_set():  # OpenAI was told 503 meanwhile: its redelivery records the call afresh
        store.session.delete(call)
        store.session.commit()
        return None
    call.engine = engines.SIP  # voice_calls.engine: the dashboard's cost per engine/mode
    reason = admission_problem(services, store, call)
    refused = reason == REASON_RATE_LIMITED and settings.caller_rate_limit_action == rate_limit.REFUSE
    _add_event(store, call, "call_started", {
        "from": phone_from, "to": phone_to, "direction": "inbound", "via": "sip",
        "routed": "refused" if refused else "staff" if reason else "assistant",
        **({"reason": reason} if reason else {})})
    controls = SipControls(settings.openai_api_url, settings.secret("openai_api_key") or "", call_id)
    if refused:
        call.state, call.next_action, call.disposition = ENDED, NEXT_HANGUP, REFUSED
        store.session.commit()
        return lambda app: _turn_away(controls)
    if reason is not None:
        _route_to_staff(store, settings, call, reason)
        _refresh_follow_up(store, call)
        store.session.commit()
        row_id = int(call.id)
        return lambda app: _straight_to_staff(app, controls, row_id)
    token = mint_stream_token(call, settings.stream_token_ttl)
    assert call.state == QUEUED
    store.session.commit()
    deps = bridge_deps(services)
    deps = dataclasses.replace(deps, engine=engines.engine_factory(engines.SIP),
                               settings=dataclasses.replace(deps.settings, engine=engines.SIP))
    return lambda app: run_sip_call(deps, controls, token)


def _turn_away(controls: SipControls) -> None:
    try:
        controls.reject()
    except Exception as exc:
        log.info("pos_voice: could not reject SIP call %s: %s", controls.call_id, exc)


def _straight_to_staff(app: Flask, controls: SipControls, row_id: int) -> None:
    """Refer a call that does not get the assistant; when that fails, it is a caller to ring back."""
    services = get_state(app)
    staff_phone = services.settings.staff_phone
    problem = send_to_staff(controls, services.settings.model, staff_phone)
    if problem is None or not staff_phone:  # without a staff phone the row says so already (missed)
        return
    log.warning("pos_voice: SIP call %s did not reach staff: %s", controls.call_id, problem)
    store = services.store
    if store is None:
        return
    with store.app_context():
        try:
            call = store.session.get(store.models.VoiceCall, row_id)
            if call is not None:
                call.disposition = MISSED
                why = f"{call.transfer_reason}; the transfer to staff failed ({problem})"
                call.transfer_reason = why[:2000]
                _add_event(store, call, "dial", {"status": "refer_failed", "answered": False})
                _refresh_follow_up(store, call)
                store.session.commit()
        except SQLAlchemyError:
            log.exception("pos_voice could not record the failed transfer of SIP call %s", controls.call_id)
            store.session.rollback()


def register(bp: Blueprint) -> None:
    bp.add_url_rule("/openai/webhook", "openai_webhook", openai_webhook, methods=["POST"])
    csrf.register(bp, (openai_webhook,))  # signed by OpenAI
