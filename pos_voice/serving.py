"""Restarting a process without dropping a call: drain on SIGTERM, then stop.

A rolling restart (a deploy, gunicorn's ``HUP``, systemd) sends the process SIGTERM. With
:func:`gunicorn_post_worker_init` as gunicorn's ``post_worker_init`` hook (examples/gunicorn.conf.py),
SIGTERM starts :func:`drain` instead of gunicorn's immediate stop:

1. the process keeps its socket but takes no new call: ``/voice/health`` answers ``draining``
   (HTTP 503, out of a load balancer's rotation), ``/voice/incoming`` and new media streams
   answer 503 so the proxy (``proxy_next_upstream http_503``) gives them to another process;
   the callbacks of running calls (``/stream-ended``, ``/status``) are still answered;
2. the calls running here go on until they end, for at most ``POS_VOICE_DRAIN_SECONDS``;
3. any still running then is handed to staff: the caller hears a short message and Twilio,
   asking ``/stream-ended`` (on any process: the decision is in the database), dials staff;
4. then the worker stops as gunicorn does (its ``graceful_timeout`` must exceed the drain).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
import typing as t
from collections.abc import Callable
from dataclasses import dataclass, field

from .extension import get_state
from .services import Services

if t.TYPE_CHECKING:
    from flask import Flask

log = logging.getLogger("pos_voice.serving")

#: What a caller hears when the process must stop before their call has ended.
HANDOFF_MESSAGE = ("I'm sorry, I need to pass you to a member of our team to finish this call. "
                   "One moment, please.")
#: Seconds a handed-over call gets to say the message and close its stream.
HANDOFF_SECONDS = 15.0
POLL_SECONDS = 0.2


@dataclass
class DrainReport:
    finished: list[str] = field(default_factory=list)  # ended on their own during the drain
    handed_to_staff: list[str] = field(default_factory=list)
    still_running: list[str] = field(default_factory=list)  # did not close even after the handoff


def drain(services: Services, *, seconds: float | None = None,
          sleep: Callable[[float], None] = time.sleep) -> DrainReport:
    """Stop taking calls, let the live ones finish for up to ``seconds`` (``POS_VOICE_DRAIN_SECONDS``),
    hand the rest to staff and wait for them to close. Returns what became of each call."""
    services.drain.begin(services.settings.drain_seconds if seconds is None else seconds)
    live = services.live_calls
    at_start = set(live.snapshot())
    log.warning("pos_voice is draining: %d live call(s), up to %.0fs", len(at_start),
                services.drain.seconds_left())
    while len(live) and services.drain.seconds_left() > 0:
        sleep(POLL_SECONDS)
    report = DrainReport()
    for call_sid, session in live.snapshot().items():
        hand_over = getattr(session, "hand_to_staff", None)
        if callable(hand_over):
            try:
                hand_over(HANDOFF_MESSAGE)
            except Exception:  # one call's failure must not keep the others from staff
                log.exception("pos_voice could not hand call %s to staff", call_sid)
                continue
            report.handed_to_staff.append(call_sid)
    until = services.clock.monotonic() + HANDOFF_SECONDS
    while len(live) and services.clock.monotonic() < until:
        sleep(POLL_SECONDS)
    report.still_running = sorted(live.snapshot())
    report.finished = sorted(at_start - set(report.handed_to_staff) - set(report.still_running))
    log.warning("pos_voice drained: %d finished, %d handed to staff, %d still running",
                len(report.finished), len(report.handed_to_staff), len(report.still_running))
    return report


def _flask_app(wsgi: t.Any) -> Flask:
    """The Flask app under any WSGI middleware that keeps it as ``.app`` or ``.wsgi_app``."""
    from flask import Flask

    seen = 0
    while not isinstance(wsgi, Flask) and seen < 10:
        wsgi = getattr(wsgi, "app", None) or getattr(wsgi, "wsgi_app", None)
        seen += 1
    if not isinstance(wsgi, Flask):
        raise RuntimeError("pos_voice.serving: the gunicorn app is not a Flask app (or hides it)")
    return wsgi


def _gevent_patched() -> bool:
    try:
        from gevent import monkey
    except ImportError:
        return False
    return bool(monkey.is_module_patched("threading"))


def gunicorn_post_worker_init(worker: t.Any) -> None:
    """gunicorn ``post_worker_init`` hook: SIGTERM drains this worker's calls before it stops."""
    services = get_state(_flask_app(worker.wsgi))

    def stop_after_drain() -> None:
        try:
            drain(services)
        finally:
            worker.alive = False  # gunicorn's own graceful stop from here: the calls are gone

    def on_sigterm(signum: int, frame: t.Any) -> None:
        if not services.drain.begin(services.settings.drain_seconds):
            return  # already draining
        # A signal handler must return at once; under gevent it runs in the hub, where starting a
        # (patched) thread would block: a greenlet then.
        if _gevent_patched():
            import gevent

            gevent.spawn(stop_after_drain)
        else:
            threading.Thread(target=stop_after_drain, name="pos_voice-drain", daemon=True).start()

    signal.signal(signal.SIGTERM, on_sigterm)
