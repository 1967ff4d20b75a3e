"""Draining for a restart (pos_voice.serving): no new call is taken, live calls finish or go to staff.

The whole path under a real gunicorn and nginx is in tests/test_deployment.py; here the parts
in one process: ``/health`` and ``/incoming`` while draining, and the drain's timing under an
injected clock.
"""

from __future__ import annotations

import typing as t

from pos_voice.extension import get_state
from pos_voice.services import Clock
from pos_voice.serving import HANDOFF_MESSAGE, HANDOFF_SECONDS, drain
from tests.test_telephony import call_form, calls, post_signed


class SteppedClock(Clock):
    """Monotonic time that moves only when the drain sleeps."""

    def __init__(self) -> None:
        self.now_s = 1000.0

    def monotonic(self) -> float:
        return self.now_s


class Session:
    """What the drain sees of a live call: it ends on its own after ``ends_after`` seconds, or
    when handed to staff (after saying the message); ``stuck`` never closes."""

    def __init__(self, services: t.Any, call_sid: str, clock: SteppedClock, ends_after: float | None,
                 stuck: bool = False) -> None:
        self.services, self.call_sid, self.clock = services, call_sid, clock
        self.ends_at = clock.now_s + ends_after if ends_after is not None else None
        self.stuck = stuck
        self.handed: list[tuple[float, str]] = []
        services.live_calls.add(call_sid, self)

    def tick(self) -> None:
        if self.ends_at is not None and self.clock.now_s >= self.ends_at:
            self.services.live_calls.remove(self.call_sid)

    def hand_to_staff(self, message: str) -> None:
        self.handed.append((self.clock.now_s, message))
        if not self.stuck:
            self.ends_at = self.clock.now_s + 3.0  # says the message, then closes the stream


def test_health_says_draining_with_503_and_takes_no_calls(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    assert client.get("/voice/health").status_code == 200
    get_state(demo_app).drain.begin(60)
    response = client.get("/voice/health")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "draining" and body["taking_calls"] is False
    assert 0 < body["drain_seconds_left"] <= 60


def test_incoming_while_draining_is_refused_before_anything_is_recorded(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    get_state(demo_app).drain.begin(60)
    response = post_signed(client, "/voice/incoming", call_form())
    assert response.status_code == 503  # the proxy gives the call to another process
    assert response.headers["Retry-After"] == "1"
    assert calls(demo_app) == []  # so that process sees a new call, not one of ours


def test_drain_lets_calls_finish_then_hands_the_rest_to_staff(demo_app: t.Any) -> None:
    services = get_state(demo_app)
    clock = SteppedClock()
    services.clock = clock
    short = Session(services, "CAshort", clock, ends_after=20)
    long = Session(services, "CAlong", clock, ends_after=500)
    stuck = Session(services, "CAstuck", clock, ends_after=None, stuck=True)

    def sleep(seconds: float) -> None:
        clock.now_s += seconds
        for session in (short, long, stuck):
            session.tick()

    report = drain(services, seconds=60, sleep=sleep)
    assert report.finished == ["CAshort"] and not short.handed
    # The others were handed over when the bound ran out, not before, with the message for the caller.
    assert [round(at - 1000) for at, _ in long.handed] == [60]
    assert long.handed[0][1] == HANDOFF_MESSAGE and stuck.handed
    assert sorted(report.handed_to_staff) == ["CAlong", "CAstuck"]
    assert report.still_running == ["CAstuck"]  # gave up on it after the handoff time
    assert clock.now_s - 1000 <= 60 + HANDOFF_SECONDS + 1


def test_drain_with_no_live_call_returns_at_once(demo_app: t.Any) -> None:
    services = get_state(demo_app)
    slept: list[float] = []
    report = drain(services, seconds=60, sleep=slept.append)
    assert slept == [] and report.finished == report.handed_to_staff == report.still_running == []
    assert services.drain.active
