"""Draining for a restart (pos_voice.serving): no new call is taken, live calls finish or go to staff.

The whole path under a real gunicorn and nginx is in tests/test_deployment.py; here the parts
in one process: ``/health`` and ``/incoming`` while draining, and the drain's timing under an
injected clock.
"""

from __future__ import annotations

import threading
import typing as t
import xml.etree.ElementTree as ET

import pytest
import websocket
from flask import Flask

from pos_voice.bridge.handover import RESTART_REASON
from pos_voice.extension import get_state
from pos_voice.services import Clock
from pos_voice.serving import HANDOFF_MESSAGE, HANDOFF_SECONDS, DrainReport, drain
from tests.conftest import TEST_SETTINGS
from tests.support.bridge import WAIT, Rig, function_call, message, rig
from tests.support.bridge import post_signed as post_signed_rig
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
    services.live_calls.remove("CAstuck")  # (the stand-in has no stream to close)


def test_drain_with_no_live_call_returns_at_once(demo_app: t.Any) -> None:
    services = get_state(demo_app)
    slept: list[float] = []
    report = drain(services, seconds=60, sleep=slept.append)
    assert slept == [] and report.finished == report.handed_to_staff == report.still_running == []
    assert services.drain.active


# ------------------------------------------------------------------------------ the bridge's side


def _drain_in_background(services: t.Any) -> tuple[threading.Thread, list[DrainReport]]:
    """The drain with no time for the calls to finish: it hands every live call over at once."""
    reports: list[DrainReport] = []
    thread = threading.Thread(target=lambda: reports.append(drain(services, seconds=0)), daemon=True)
    thread.start()
    return thread, reports


def _stream_ended(bridge: Rig, call_sid: str) -> ET.Element:
    form = {"CallSid": call_sid, "AccountSid": "AC" + "0" * 32, "CallStatus": "in-progress"}
    return ET.fromstring(post_signed_rig(bridge.app, "/voice/stream-ended", form).data)


def test_a_call_still_live_when_the_drain_ends_hears_the_message_then_staff(demo_app: Flask) -> None:
    with rig(demo_app) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Tony's Pizza, what can I get you?")], audio_chunks=1)
        caller.wait(lambda: len(caller.media) == 1, what="the greeting")
        bridge.settle(caller, upstream)
        thread, reports = _drain_in_background(get_state(demo_app))
        handover = upstream.expect("response.create")["response"]["instructions"]
        assert handover.endswith(HANDOFF_MESSAGE)  # the assistant says it, in its own voice
        assert not caller.closed.is_set()  # not cut off: the message plays first
        upstream.response("resp_2", [message("item_a2", HANDOFF_MESSAGE)], audio_chunks=2)
        assert caller.closed.wait(WAIT)  # played (marks echoed), then the stream closes
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("transfer", "transferred")
        assert call.transfer_reason == RESTART_REASON
        [(_, transfer)] = bridge.events(caller.call_sid, "transfer")
        assert transfer["reason"] == RESTART_REASON and transfer["context"]["order_placed"] is False
        dial = _stream_ended(bridge, caller.call_sid).find("Dial")
        assert dial is not None and TEST_SETTINGS["POS_VOICE_STAFF_PHONE"] in "".join(dial.itertext())
        thread.join(WAIT)
        [report] = reports
        assert (report.handed_to_staff, report.still_running) == ([caller.call_sid], [])
        assert len(caller.media) == 3 and upstream.problems == []


def test_a_drained_call_whose_order_was_placed_tells_staff_its_number(demo_app: Flask) -> None:
    with rig(demo_app) as bridge:
        caller, upstream = bridge.start()
        submit = function_call("item_f1", "call_1", "submit_order", {"customer_name": "Sam"})
        upstream.response("resp_1", [submit])
        upstream.expect("conversation.item.create")
        upstream.expect("response.create")  # the confirmation, never answered: the drain comes first
        bridge.settle(caller, upstream)
        _drain_in_background(get_state(demo_app))
        upstream.response("resp_2", [message("item_a2", "Your order is in.")], audio_chunks=1)
        upstream.expect("response.create")  # the hand-over, after the answer in progress
        upstream.response("resp_3", [message("item_a3", HANDOFF_MESSAGE)], audio_chunks=1)
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("transfer", "transferred")
        assert call.transfer_reason == f"{RESTART_REASON}: order #47 is already placed"
        [(_, transfer)] = bridge.events(caller.call_sid, "transfer")
        assert transfer["context"]["order_number"] == "47" and transfer["context"]["order_placed"] is True


def test_a_call_handed_over_before_its_model_answers_goes_straight_to_staff(demo_app: Flask) -> None:
    with rig(demo_app) as bridge:
        bridge.fake.answer_session_update = False  # the session never gets ready: not live yet
        caller = bridge.caller()
        caller.dial()
        caller.connect()
        bridge.fake.accept().expect("session.update")
        session = bridge.session(caller)
        session.engine.close()  # nobody to say the message
        _drain_in_background(get_state(demo_app))
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition, call.transfer_reason) == (
            "transfer", "transferred", RESTART_REASON)


def test_a_new_media_stream_while_draining_is_refused_for_another_process(demo_app: Flask) -> None:
    with rig(demo_app) as bridge:
        caller = bridge.caller()
        caller.dial()
        get_state(demo_app).drain.begin(60)
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            caller.connect()
        assert refused.value.status_code == 503  # nginx retries it on another process
        assert bridge.fake.count == 0  # no OpenAI session opened here
