"""Order webhook delivery from the durable ``voice_order_outbox`` table.

The outbox row commits in the same transaction as the order, so an order is never lost: a
row stays ``pending`` until the receiver answers 2xx, across restarts. A sender claims a row
atomically (``UPDATE … SET locked_until = … WHERE id = … AND (locked_until IS NULL OR
locked_until < now)``) before posting, so two senders — threads or processes — never post the
same row at once; a 2xx marks it ``sent`` and it is never posted again. Failures back off
exponentially (2 s, 4 s, 8 s … up to an hour) up to ``POS_VOICE_ORDER_WEBHOOK_MAX_ATTEMPTS``,
then the row is ``failed`` (visible to staff, retried by ``flask pos-voice deliver-webhooks
--retry-failed``).

Each POST carries ``Idempotency-Key`` (one per order) and, when
``POS_VOICE_ORDER_WEBHOOK_SECRET`` is set, ``X-Pos-Voice-Signature: sha256=<hex HMAC of the
body>``. Delivery runs in one daemon thread per app, started lazily when an order is
submitted with the URL set; :func:`deliver_pending` does one pass and is what tests and the
CLI call.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import typing as t
import urllib.error
import urllib.request
from datetime import datetime, timedelta

import sqlalchemy as sa

from .. import offload
from ..models import utcnow

if t.TYPE_CHECKING:
    from flask import Flask

    from ..services import Services, Store
    from ..settings import Settings

log = logging.getLogger("pos_voice.webhook")

PENDING, SENT, FAILED = "pending", "sent", "failed"
BACKOFF_BASE_SECONDS = 2.0
BACKOFF_MAX_SECONDS = 3600.0
POLL_SECONDS = 5.0
_SENDER_KEY = "pos_voice.webhook_sender"
_start_lock = threading.Lock()  # guards starting a sender thread, not call state


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(BACKOFF_BASE_SECONDS * (2 ** max(attempts - 1, 0)), BACKOFF_MAX_SECONDS))


def _post(url: str, body: bytes, key: str, timeout: float, secret: str | None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json", "Idempotency-Key": key, "User-Agent": "pos-voice-webhook"}
    if secret:
        digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        headers["X-Pos-Voice-Signature"] = f"sha256={digest}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return 0, f"{type(exc).__name__}: {reason}"


def deliver_pending(store: Store, settings: Settings, *, now: datetime | None = None, limit: int = 50) -> int:
    """One delivery pass: post every due row once; returns how many were delivered (2xx)."""
    url = settings.order_webhook_url
    if not url:
        return 0
    with store.app_context():
        outbox = store.models.VoiceOrderOutbox
        session = store.session
        timeout = settings.order_webhook_timeout
        secret = settings.secret("order_webhook_secret")
        max_attempts = settings.order_webhook_max_attempts
        moment = now or utcnow()
        free = sa.or_(outbox.locked_until.is_(None), outbox.locked_until < moment)
        try:
            due = session.scalars(
                sa.select(outbox.id).where(outbox.status == PENDING, outbox.next_attempt_at <= moment, free)
                .order_by(outbox.id).limit(limit)).all()
            session.rollback()
        except Exception:
            session.rollback()
            log.exception("pos_voice could not read the webhook outbox")
            return 0
        delivered = 0
        for row_id in due:
            try:
                if _deliver_one(session, outbox, row_id, str(url), timeout, secret, max_attempts, moment):
                    delivered += 1
            except Exception:
                session.rollback()
                log.exception("pos_voice webhook delivery of outbox row %s failed", row_id)
        return delivered


def _deliver_one(session: t.Any, outbox: t.Any, row_id: int, url: str, timeout: float, secret: str | None,
                 max_attempts: int, moment: datetime) -> bool:
    lease = moment + timedelta(seconds=timeout + 30)
    claim = sa.update(outbox).where(
        outbox.id == row_id, outbox.status == PENDING,
        sa.or_(outbox.locked_until.is_(None), outbox.locked_until < moment),
    ).values(locked_until=lease)
    if session.execute(claim.execution_options(synchronize_session=False)).rowcount != 1:
        session.rollback()
        return False  # another sender has it
    row = session.execute(sa.select(outbox.payload, outbox.idempotency_key, outbox.attempts)
                          .where(outbox.id == row_id)).one()
    session.commit()
    body = json.dumps(row.payload, separators=(",", ":"), sort_keys=True).encode()
    status, error = _post(url, body, row.idempotency_key, timeout, secret)
    attempts = int(row.attempts or 0) + 1
    finished = utcnow()
    if 200 <= status < 300:
        values: dict[str, t.Any] = {"status": SENT, "sent_at": finished, "attempts": attempts,
                                    "locked_until": None, "last_error": None}
    else:
        values = {"attempts": attempts, "locked_until": None, "last_error": (error or f"HTTP {status}")[:500],
                  "next_attempt_at": max(finished, moment) + backoff(attempts)}
        if attempts >= max_attempts:
            values["status"] = FAILED
        log.warning("pos_voice webhook for outbox row %s failed (attempt %s): %s", row_id, attempts,
                    values["last_error"])
    session.execute(sa.update(outbox).where(outbox.id == row_id).values(**values)
                    .execution_options(synchronize_session=False))
    session.commit()
    return values.get("status") == SENT


class _Sender:
    """The per-app delivery thread: wakes on new orders, otherwise polls every few seconds."""

    def __init__(self, services: Services) -> None:
        self.wakeup = threading.Event()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(services,), name="pos-voice-webhook",
                                       daemon=True)

    def _run(self, services: Services) -> None:
        while not self.stopping.is_set():
            try:
                store = services.store
                if store is not None:  # the settings are read each pass: a reload applies
                    deliver_pending(store, services.settings)
            except Exception:
                log.exception("pos_voice webhook loop error")
            self.wakeup.wait(POLL_SECONDS)
            self.wakeup.clear()


def ensure_sender(services: Services) -> bool:
    """Start the app's delivery thread when a webhook URL is set; True when it runs."""
    if not services.settings.order_webhook_url or services.store is None:
        return False
    extensions = services.app.extensions
    with _start_lock:
        sender = extensions.get(_SENDER_KEY)
        if sender is None:
            sender = extensions[_SENDER_KEY] = _Sender(services)
            offload.start_thread(sender.thread)  # (a tool may run in a native thread under gevent)
    return True


def wake(services: Services) -> None:
    """Nudge the delivery thread after an order (starting it if needed)."""
    if ensure_sender(services):
        services.app.extensions[_SENDER_KEY].wakeup.set()


def stop_sender(app: Flask, timeout: float = 5.0) -> None:
    """Stop the app's delivery thread (app shutdown, tests); rows left pending stay queued."""
    with _start_lock:
        sender = app.extensions.pop(_SENDER_KEY, None)
    if sender is not None:
        sender.stopping.set()
        sender.wakeup.set()
        if sender.thread.ident is not None:
            sender.thread.join(timeout)
