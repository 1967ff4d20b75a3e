"""*Take this call* (issue 11 item 6): staff press the button on a page served by another
process than the one running the call; the call notices through the database, the assistant
says a short hand-off line, and Twilio dials staff, as for a transfer.

Real sockets throughout: the call runs on the shared bridge harness (``tests/support/bridge.py``:
the demo POS serving ``/voice/stream``, a puppet Realtime server, a puppet Twilio caller); the
staff page is a second app on the same database (another server process: its own services, no
live sessions), served on its own loopback port and driven over HTTP by a logged-in client.
The call's timers run on a manual clock, so "within the poll interval" is exact, not timed.
"""

from __future__ import annotations

import re
import typing as t
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import requests
from flask import Flask

from pos_voice.bridge.handover import HAND_OFF
from pos_voice.extension import get_state
from tests.conftest import TEST_SETTINGS
from tests.support.bridge import (
    WAIT,
    Caller,
    Rig,
    Upstream,
    bridge_fixture,
    function_call,
    message,
    post_signed,
    wait_for,
)
from tests.support.servers import gevent_patched, serve
from tests.test_staff_queue import add_call

STAFF_PHONE = TEST_SETTINGS["POS_VOICE_STAFF_PHONE"]


class StaffPage:
    """A staff member's browser session on the other process: the demo's own login, then the
    plugin's pages, over HTTP."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url
        self.http = requests.Session()
        self.token: str | None = None
        login = self.http.get(f"{base_url}/login", timeout=WAIT).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', login)
        assert token
        answer = self.http.post(f"{base_url}/login", timeout=WAIT, allow_redirects=False, data={
            "csrf_token": token.group(1), "username": "staff", "password": "pizza"})
        assert answer.status_code == 302, answer.text

    def live(self) -> str:
        page = self.http.get(f"{self.base}/voice/live", timeout=WAIT).text
        token = re.search(r'name="pv_csrf" value="([^"]+)"', page)
        if token:  # the session's form token (on the page while a form is)
            self.token = token.group(1)
        return page

    def queue(self) -> str:
        page = self.http.get(f"{self.base}/voice/", timeout=WAIT).text
        token = re.search(r'name="pv_csrf" value="([^"]+)"', page)
        if token:
            self.token = token.group(1)
        return page

    def live_cards(self) -> list[dict[str, t.Any]]:
        return t.cast("list[dict[str, t.Any]]", self.http.get(f"{self.base}/voice/live.json", timeout=WAIT)
                      .json()["calls"])

    def take(self, call_id: int, *, json: bool = True) -> requests.Response:
        if self.token is None:
            self.live()
        assert self.token, "the live page has no form token"
        headers = {"Accept": "application/json"} if json else {}
        return self.http.post(f"{self.base}/voice/calls/{call_id}/take", data={"pv_csrf": self.token},
                              headers=headers, timeout=WAIT, allow_redirects=False)


@contextmanager
def other_process(demo_app: Flask, **settings: t.Any) -> Iterator[StaffPage]:
    """The staff pages served by a second app on the call's database (another server process)."""
    from pizzeria_pos import create_app

    same_database = demo_app.config["SQLALCHEMY_DATABASE_URI"]
    other = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": same_database,
                        **{f"POS_VOICE_{key}": value for key, value in settings.items()}})
    try:
        with serve(other) as port:
            assert len(get_state(other).live_calls) == 0  # it runs no call: only the database links them
            yield StaffPage(f"http://127.0.0.1:{port}")
    finally:
        with other.app_context():
            other.extensions["sqlalchemy"].engine.dispose()


bridge = bridge_fixture(manual_clock=True, TAKE_POLL_SECONDS=1.0)


def _greeted(bridge: Rig) -> tuple[Caller, Upstream, int]:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [message("item_a1", "Thanks for calling Tony's Pizza!")], audio_chunks=2)
    session = bridge.settle(caller, upstream)
    wait_for(lambda: session.tracker.outstanding() == 0, what="the greeting played")
    return caller, upstream, int(bridge.call_row(caller.call_sid).id)


def _hand_off_create(bridge: Rig, caller: Caller, upstream: Upstream, before: int) -> dict[str, t.Any]:
    """Within one poll interval of the call's clock, the bridge asks for the hand-off line."""
    assert bridge.clock is not None
    bridge.clock.advance(1.0)
    wait_for(lambda: len(upstream.of_type("response.create")) > before, what="the hand-off create")
    create = upstream.of_type("response.create")[before]
    assert HAND_OFF in create["response"]["instructions"]
    return create


def test_take_this_call_from_another_process_hands_the_caller_to_staff(demo_app: Flask, bridge: Rig) -> None:
    caller, upstream, call_id = _greeted(bridge)
    with other_process(demo_app) as staff:
        assert "Take this call" in staff.live()  # a healthy live call offers it
        before = len(upstream.of_type("response.create"))
        answer = staff.take(call_id)
        assert answer.status_code == 200 and answer.json() == {"ok": True, "outcome": "requested"}
        assert staff.take(call_id).json()["outcome"] == "already"  # the first one to ask is kept
        [card] = staff.live_cards()
        assert {"kind": "taking", "text": "staff is taking this call"} in card["alerts"]
        assert not card["can_take"] and "Take this call" not in staff.live()

        _hand_off_create(bridge, caller, upstream, before)
        assert not caller.closed.is_set()  # the line is said first
        upstream.response("resp_2", [message("item_a2", "One moment, I'm passing you to a team member.")],
                          audio_chunks=2)
        assert caller.closed.wait(WAIT)  # played (marks echoed), then the stream closes
        assert len(caller.media) == 4  # the greeting and the hand-off line, nothing cut

        # Twilio asks what next: staff are dialled, exactly as for a transfer.
        sid = caller.call_sid
        root = ET.fromstring(post_signed(bridge.app, "/voice/stream-ended", {"CallSid": sid}).data)
        dial = root.find("Dial")
        assert dial is not None and STAFF_PHONE in "".join(dial.itertext())
        post_signed(bridge.app, "/voice/dial-ended", {"CallSid": sid, "DialCallStatus": "completed"})
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("transfer", "transferred")
        assert call.transfer_reason == "staff took the call from the assistant"
        assert call.take_requested_by == "staff" and call.take_requested_at is not None
        events = bridge.events(caller.call_sid)
        [take] = [data for kind, data in events if kind == "take"]
        assert take["by"] == "staff" and take["taken"] is True and take["requested_at"]
        [transfer] = [data for kind, data in events if kind == "transfer"]
        assert transfer["reason"] == call.transfer_reason and transfer["context"]["taken_by"] == "staff"

        # The call has ended: a request for it is refused, and says why.
        refused = staff.take(call_id)
        assert refused.status_code == 409 and refused.json()["outcome"] == "not_live"
        assert "already ended" in refused.json()["message"]
        page = staff.take(call_id, json=False)
        assert page.status_code == 409 and "already ended" in page.text
        assert "Can&#39;t take this call" in page.text  # a page in the layout, with the way back
    assert upstream.problems == []


def test_the_hand_off_cuts_the_assistant_short(demo_app: Flask, bridge: Rig) -> None:
    """Staff want the caller now: what the assistant is saying stops (Twilio's buffer cleared,
    the response cancelled and truncated where the caller was), then the hand-off line."""
    caller, upstream, call_id = _greeted(bridge)
    caller.auto_play = False  # the assistant's long answer is still playing
    upstream.created("resp_2")
    item = {"id": "item_a2", "object": "realtime.item", "type": "message", "role": "assistant",
            "status": "in_progress", "content": [{"type": "output_audio"}]}
    upstream.send({"type": "response.output_item.added", "response_id": "resp_2", "output_index": 0,
                   "item": item})
    upstream.audio("resp_2", "item_a2", chunks=3)
    caller.wait(lambda: len(caller.media) == 5, what="the long answer's audio")
    caller.play(1)  # the caller has heard the first chunk of it
    session = bridge.settle(caller, upstream)
    wait_for(lambda: session.tracker.outstanding() == 2, what="the first mark at the bridge")
    before = len(upstream.of_type("response.create"))
    with other_process(demo_app) as staff:
        assert staff.take(call_id).json()["outcome"] == "requested"
        assert bridge.clock is not None
        bridge.clock.advance(1.0)
        caller.wait(lambda: caller.clears == 1, what="Twilio told to clear the unplayed audio")
        truncate = upstream.expect("conversation.item.truncate")
        # A second has passed on the call's clock since the first chunk's mark: the 300 ms sent
        # have all played by now (marks played forward by the time since), nothing later will.
        assert truncate["item_id"] == "item_a2" and truncate["audio_end_ms"] == 300
        upstream.expect("response.cancel")
        assert len(upstream.of_type("response.create")) == before  # not while a response is active
        upstream.done("resp_2", [], status="cancelled")
        create = _hand_off_create(bridge, caller, upstream, before)
        assert create["response"]["instructions"].endswith(HAND_OFF)
        caller.auto_play = True
        upstream.response("resp_3", [message("item_a3", "Let me pass you to a team member.")], audio_chunks=1)
        caller.play()
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("transfer", "transferred")
        assert [kind for kind, _ in bridge.events(caller.call_sid) if kind == "barge_in"] == ["barge_in"]
    assert upstream.problems == []


def test_a_tool_running_answers_first_then_the_hand_off(demo_app: Flask, bridge: Rig) -> None:
    """Every function call gets its output before the hand-off line is asked for."""
    caller, upstream, call_id = _greeted(bridge)
    bridge.tools.release.clear()
    upstream.response("resp_2", [function_call("item_f1", "call_1", "slow_tool", {"item_name": "pizza"})])
    assert bridge.tools.started.wait(WAIT)
    before = len(upstream.of_type("response.create"))
    with other_process(demo_app) as staff:
        assert staff.take(call_id).json()["outcome"] == "requested"
        assert bridge.clock is not None
        bridge.clock.advance(1.0)
        session = bridge.session(caller)
        wait_for(lambda: session.handover.after_tools == HAND_OFF, what="the hand-off waiting for the tool")
        assert len(upstream.of_type("response.create")) == before
        bridge.tools.release.set()
        output = upstream.expect("conversation.item.create")
        assert output["item"]["call_id"] == "call_1"
        create = upstream.expect("response.create")
        assert create["response"]["instructions"].endswith(HAND_OFF)
        upstream.response("resp_3", [message("item_a3", "Passing you to a team member now.")], audio_chunks=1)
        assert caller.closed.wait(WAIT)
        assert bridge.wait_ended(caller.call_sid).next_action == "transfer"
        assert len(upstream.of_type("response.create")) == before + 1  # the hand-off line only


def test_a_call_already_ending_is_left_to_end(demo_app: Flask, bridge: Rig) -> None:
    """The goodbye is playing when staff ask: the call hangs up as decided; the request is recorded."""
    caller, upstream, call_id = _greeted(bridge)
    caller.auto_play = False
    upstream.response("resp_2", [function_call("item_f1", "call_1", "end_call", {})])
    upstream.expect("conversation.item.create")
    upstream.expect("response.create")
    upstream.response("resp_3", [message("item_a3", "Thanks, goodbye!")], audio_chunks=1)
    bridge.settle(caller, upstream)
    with other_process(demo_app) as staff:
        assert staff.take(call_id).json()["outcome"] == "requested"  # the row still reads live
        assert bridge.clock is not None
        bridge.clock.advance(1.0)
        wait_for(lambda: bridge.session(caller).take_watch.reads > 0, what="the request read")
        caller.play()
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("hangup", "completed")
        [take] = [data for kind, data in bridge.events(caller.call_sid) if kind == "take"]
        assert take["taken"] is False and take["why"] == "the call was already ending"


def test_without_a_staff_phone_there_is_no_one_to_take_it(demo_app: Flask, bridge: Rig) -> None:
    caller, _, call_id = _greeted(bridge)
    add_call(demo_app, "CA-missed-earlier", disposition="missed")  # the queue's form gives the page token
    with other_process(demo_app, STAFF_PHONE=None) as staff:
        assert "Take this call" not in staff.live() and staff.token is None
        staff.queue()
        refused = staff.take(call_id)
        assert refused.status_code == 409 and refused.json()["outcome"] == "no_staff_phone"
        assert "no phone to hand this call to" in refused.json()["message"]
    assert bridge.call_row(caller.call_sid).take_requested_at is None
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)


@pytest.mark.gevent
@pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest")
def test_gevent_take_this_call_from_another_process(demo_app: Flask, bridge: Rig) -> None:
    """The same under gevent: the take watch is a greenlet, its reads leave the hub (offload)."""
    test_take_this_call_from_another_process_hands_the_caller_to_staff(demo_app, bridge)
