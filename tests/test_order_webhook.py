"""The order webhook: durable outbox, retries with backoff, never lost, never sent twice.

A real HTTP server on 127.0.0.1 plays the receiver: it fails (500), hangs past the timeout,
then recovers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import typing as t
import uuid
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.models import utcnow
from pos_voice.ordering import webhook
from tests.conftest import TEST_SETTINGS


class Receiver:
    """What the webhook receiver does next: "ok", "fail" (HTTP 500) or "hang" (longer than the timeout)."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.lock = threading.Lock()


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, str]]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with state.lock:
                state.requests.append((dict(self.headers.items()), body))
                mode = state.mode
            if mode == "hang":
                time.sleep(1.0)
            status = 500 if mode == "fail" else 200
            try:
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"{}")
            except OSError:
                pass  # the client gave up (timeout)

        def log_message(self, *args: t.Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_port}/orders"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def make_app(database_url: str, url: str, **extra: t.Any) -> t.Any:
    from pizzeria_pos import create_app

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url,
                      "POS_VOICE_ORDER_WEBHOOK_URL": url, "POS_VOICE_ORDER_WEBHOOK_TIMEOUT": 0.3,
                      "POS_VOICE_ORDER_WEBHOOK_SECRET": "hook-secret", **extra})
    # no background sender in these tests: each delivery pass is run by the test itself
    app.extensions[webhook._SENDER_KEY] = webhook._Sender(get_state(app))
    return app


def deliver(app: t.Any, **options: t.Any) -> int:
    """One delivery pass of ``app``'s outbox."""
    services = get_state(app)
    return webhook.deliver_pending(services.require_store(), services.settings, **options)


def place_order(app: t.Any) -> str:
    with app.app_context():
        state = get_state()
        call = state.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from="+15550101010",
                                      state="live")
        state.db.session.add(call)
        state.db.session.commit()
        ctx = state.tools.start_call(call.id, call.call_sid, "+15550101010")
        state.tools.invoke(ctx, "start_order", '{"order_type": "pickup"}')
        state.tools.invoke(ctx, "add_item", '{"item_name": "large pepperoni pizza"}')
        placed = json.loads(state.tools.invoke(ctx, "submit_order", '{"customer_name": "Mike"}').output)
        assert placed["ok"], placed
        return str(placed["order_number"])


def outbox_rows(app: t.Any) -> list[t.Any]:
    with app.app_context():
        state = get_state()
        rows = state.db.session.scalars(sa.select(state.models.VoiceOrderOutbox)
                                        .order_by(state.models.VoiceOrderOutbox.id)).all()
        state.db.session.expunge_all()
        return list(rows)


def dispose(app: t.Any) -> None:
    with app.app_context():
        app.extensions["sqlalchemy"].session.remove()
        app.extensions["sqlalchemy"].engine.dispose()


def test_fails_times_out_survives_a_restart_and_is_sent_once(demo_app: t.Any, database_url: str,
                                                             receiver: tuple[Receiver, str]) -> None:
    server, url = receiver
    app = make_app(database_url, url)
    number = place_order(app)
    [row] = outbox_rows(app)
    assert row.status == "pending" and row.attempts == 0 and row.payload["order_number"] == number

    server.mode = "fail"
    assert deliver(app) == 0
    [row] = outbox_rows(app)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "HTTP 500")
    assert row.next_attempt_at > utcnow() and row.locked_until is None
    assert deliver(app) == 0  # backing off: not due yet, nothing posted
    assert len(server.requests) == 1

    server.mode = "hang"
    assert deliver(app, now=utcnow() + timedelta(minutes=5)) == 0
    [row] = outbox_rows(app)
    assert row.attempts == 2 and "timed out" in row.last_error.lower()
    assert row.next_attempt_at - utcnow() > timedelta(seconds=3)  # exponential: 2 s, then 4 s

    dispose(app)  # a restart: a new process with nothing in memory
    server.mode = "ok"
    restarted = make_app(database_url, url)
    assert deliver(restarted, now=utcnow() + timedelta(hours=1)) == 1
    [row] = outbox_rows(restarted)
    assert row.status == "sent" and row.sent_at is not None and row.attempts == 3

    assert deliver(restarted, now=utcnow() + timedelta(days=1)) == 0
    assert len(server.requests) == 3
    keys = {headers["Idempotency-Key"] for headers, _ in server.requests}
    assert keys == {row.idempotency_key}  # one key per order, the same on every attempt
    headers, body = server.requests[-1]
    signature = hmac.new(b"hook-secret", body, hashlib.sha256).hexdigest()
    assert headers["X-Pos-Voice-Signature"] == f"sha256={signature}"
    payload = json.loads(body)
    assert payload["order_number"] == number and payload["total"] == "20.68"
    assert payload["items"][0]["name"] == "Pepperoni Pizza" and payload["items"][0]["size"] == "large"
    dispose(restarted)


def test_two_senders_never_post_one_order_twice(demo_app: t.Any, database_url: str,
                                                receiver: tuple[Receiver, str]) -> None:
    server, url = receiver
    app = make_app(database_url, url)
    other = make_app(database_url, url)  # a second process
    place_order(app)
    place_order(app)
    barrier = threading.Barrier(2)
    delivered: list[int] = []

    def run(one: t.Any) -> None:
        barrier.wait(timeout=10)
        delivered.append(deliver(one))

    threads = [threading.Thread(target=run, args=(a,)) for a in (app, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sum(delivered) == 2
    assert len(server.requests) == 2
    assert len({headers["Idempotency-Key"] for headers, _ in server.requests}) == 2
    assert all(row.status == "sent" for row in outbox_rows(app))
    dispose(app)
    dispose(other)


def test_gives_up_after_max_attempts_and_the_thread_delivers(demo_app: t.Any, database_url: str,
                                                             receiver: tuple[Receiver, str]) -> None:
    server, url = receiver
    app = make_app(database_url, url, POS_VOICE_ORDER_WEBHOOK_MAX_ATTEMPTS=2)
    place_order(app)
    server.mode = "fail"
    deliver(app)
    deliver(app, now=utcnow() + timedelta(hours=1))
    [row] = outbox_rows(app)
    assert row.status == "failed" and row.attempts == 2
    dispose(app)

    # the real background sender, started lazily by the first order
    server.mode = "ok"
    from pizzeria_pos import create_app

    live = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url,
                       "POS_VOICE_ORDER_WEBHOOK_URL": url, "POS_VOICE_ORDER_WEBHOOK_TIMEOUT": 0.3})
    assert webhook._SENDER_KEY not in live.extensions
    number = place_order(live)
    assert webhook._SENDER_KEY in live.extensions
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(
            json.loads(body).get("order_number") == number for _, body in list(server.requests)):
        time.sleep(0.05)
    assert any(json.loads(body).get("order_number") == number for _, body in server.requests)
    webhook.stop_sender(live)
    assert webhook._SENDER_KEY not in live.extensions
    dispose(live)


def test_cli_delivers_and_requeues_failed_orders(demo_app: t.Any, database_url: str,
                                                 receiver: tuple[Receiver, str]) -> None:
    server, url = receiver
    app = make_app(database_url, url, POS_VOICE_ORDER_WEBHOOK_MAX_ATTEMPTS=1)
    place_order(app)
    server.mode = "fail"
    runner = app.test_cli_runner()
    first = runner.invoke(args=["pos-voice", "deliver-webhooks"])
    assert first.exit_code == 0, first.output
    assert "Delivered 0; outbox: 0 pending, 0 sent, 1 failed." in first.output
    server.mode = "ok"
    second = runner.invoke(args=["pos-voice", "deliver-webhooks", "--retry-failed"])
    assert "1 failed order(s) queued again." in second.output
    assert "Delivered 1; outbox: 0 pending, 1 sent, 0 failed." in second.output
    dispose(app)
