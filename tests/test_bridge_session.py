"""The call bridge over real sockets, each far end driven step by step from the test.

The demo POS serves ``/voice/stream`` on a real loopback server; the shared harness
(``tests/support/bridge.py``) gives a puppet Realtime server (exact GA server events out,
every client event the bridge sent recorded and validated strictly against the ``openai`` GA
types) and a puppet Twilio caller (signed ``/incoming``, real WebSocket, mark echoes when the
test says the audio has played, ``clear`` honoured like Twilio).

The tools are a small registry double, so these tests pin the bridge's own invariants
whatever the real tools do; ``test_calls_e2e.py`` runs whole calls with the real tools.
Timers run on a manual clock where time is the behaviour.
"""

from __future__ import annotations

import base64
import json
import time
import typing as t
import xml.etree.ElementTree as ET

import pytest
import websocket
from flask import Flask
from twilio.request_validator import RequestValidator

from pos_voice.bridge.ending import Phase
from pos_voice.extension import get_state
from pos_voice.models import NEXT_FALLBACK
from tests.conftest import TEST_SETTINGS, configure
from tests.support.bridge import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    TRANSPORTS,
    WAIT,
    Caller,
    Rig,
    Upstream,
    bridge_fixture,
    function_call,
    message,
    post_signed,
    rig,
    ulaw,
    wait_for,
)
from tests.support.databases import create_all

#: The rig on the native transport; ``@both_transports`` runs a test on flask-sock too.
bridge = bridge_fixture()


#: Run a test that takes ``bridge`` on both transports (the key scenarios; the rest run native).
both_transports = pytest.mark.parametrize("bridge", TRANSPORTS, indirect=True)


# ------------------------------------------------------------------------------ scenarios
# Plain functions, so the gevent run (test_bridge_gevent.py) runs the very same scenarios.


def scenario_session_setup_and_audio_both_ways(bridge: Rig) -> None:
    caller = bridge.caller()
    caller.dial()
    caller.connect()
    upstream = bridge.fake.accept()
    assert upstream.headers.get("Authorization") == "Bearer " + TEST_SETTINGS["POS_VOICE_OPENAI_API_KEY"]
    assert "Openai-Beta" not in upstream.headers and "OpenAI-Beta" not in upstream.headers
    assert upstream.args.get("model") == bridge.app.config["POS_VOICE_MODEL"]
    update = upstream.expect("session.update")["session"]
    assert update["type"] == "realtime" and update["output_modalities"] == ["audio"]
    assert update["audio"]["input"]["format"] == {"type": "audio/pcmu"}
    assert update["audio"]["output"]["format"] == {"type": "audio/pcmu"}
    transcription = update["audio"]["input"]["transcription"]
    assert transcription["model"] == bridge.app.config["POS_VOICE_TRANSCRIPTION_MODEL"]
    assert update["tool_choice"] == "auto" and {t_["name"] for t_ in update["tools"]} >= {"add_item"}
    assert update["instructions"].startswith("You answer the phone")
    greeting = upstream.expect("response.create")
    assert "Thanks for calling Tony's Pizza!" in greeting["response"]["instructions"]
    # the assistant speaks: audio reaches the caller byte for byte, each chunk followed by its mark
    upstream.response("resp_1", [message("item_a1", "Thanks for calling Tony's Pizza!")], audio_chunks=3)
    caller.wait(lambda: len(caller.media) == 3, what="3 audio chunks")
    assert caller.media == [ulaw(800, 0x55)] * 3
    caller.wait(lambda: caller.kinds().count("mark") == 3, what="marks")
    assert caller.kinds() == ["media", "mark"] * 3
    # the caller speaks: the payloads reach the model untouched
    sent = caller.say(5)
    wait_for(lambda: len(upstream.appended) >= 5, what="the caller's audio at the model")
    assert upstream.appended == sent
    # live view for the staff page
    session = get_state(bridge.app).live_calls.get(caller.call_sid)
    view = session.live_view()
    assert view["state"] == "live" and view["transcript"][0]["text"].startswith("Thanks for calling")
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    assert upstream.closed.wait(WAIT)
    assert call.disposition == "abandoned" and call.ended_at is not None
    assert call.engine == "realtime"  # voice_calls.engine: the dashboard's cost per engine
    assert "Assistant: Thanks for calling Tony's Pizza!" in call.transcript
    assert call.input_tokens == 100 and call.output_audio_tokens == 40 and call.cost_usd > 0
    kinds = [kind for kind, _ in bridge.events(caller.call_sid)]
    assert "transcript" in kinds and "usage" in kinds and kinds[-1] == "call_ended"
    wait_for(lambda: get_state(bridge.app).live_calls.get(caller.call_sid) is None, what="the call to leave")
    assert upstream.problems == []


@both_transports
def test_session_setup_and_audio_both_ways(bridge: Rig) -> None:
    scenario_session_setup_and_audio_both_ways(bridge)


def scenario_barge_in_mid_sentence(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    caller.auto_play = False
    upstream.send({"type": "response.created", "response": {"id": "resp_1", "object": "realtime.response",
                                                            "status": "in_progress", "output": []}})
    upstream.send({"type": "response.output_item.added", "response_id": "resp_1", "output_index": 0,
                   "item": {**message("item_a1", ""), "status": "in_progress"}})
    upstream.audio("resp_1", "item_a1", 5, 800)  # 5 x 100 ms generated
    caller.wait(lambda: len(caller.pending_marks) == 5, what="5 marks")
    caller.play(2)  # 200 ms heard
    session = bridge.session(caller)
    wait_for(lambda: session.tracker.played_bytes("item_a1") == 1600, what="the 2 marks at the bridge")
    upstream.speech_started("item_u1", 900)
    caller.wait(lambda: caller.clears == 1, what="clear")
    truncate = upstream.expect("conversation.item.truncate")
    # 200 ms echoed, played forward by the (real) time since, never past the 500 ms sent
    heard = truncate["audio_end_ms"]
    assert {key: value for key, value in truncate.items() if key != "event_id"} == {
        "type": "conversation.item.truncate", "item_id": "item_a1", "content_index": 0, "audio_end_ms": heard}
    assert 200 <= heard <= 500
    # interrupt_response is on (the default): the server cancels, the bridge must not
    bridge.settle(caller, upstream)
    assert upstream.of_type("response.cancel") == []
    # stale audio of the cut item still in flight: none of it reaches the caller after the clear
    media_before = len(caller.media)
    upstream.audio("resp_1", "item_a1", 3, 800)
    upstream.done("resp_1", [message("item_a1", "")], status="cancelled")
    upstream.response("resp_2", [message("item_a2", "Sure, what would you like?")], audio_chunks=2)
    caller.wait(lambda: len(caller.media) == media_before + 2, what="the new response's audio")
    # flask-sock sends each chunk's mark in a write of its own: wait for the last one too
    caller.wait(lambda: caller.kinds()[caller.kinds().index("clear"):].count("mark") >= 2,
                what="the new response's marks")
    clear_at = caller.kinds().index("clear")
    after = caller.frames[clear_at + 1:]
    assert all("0:item_a1" not in json.dumps(frame) for frame in after)
    assert [f["mark"]["name"].split(":")[1] for f in after if f["event"] == "mark"] == ["item_a2", "item_a2"]
    caller.play()
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)
    barge = [data for kind, data in bridge.events(caller.call_sid, "barge_in")]
    assert barge and barge[0]["item_id"] == "item_a1" and barge[0]["audio_end_ms"] == heard
    assert upstream.problems == []


@both_transports
def test_barge_in_mid_sentence(bridge: Rig) -> None:
    scenario_barge_in_mid_sentence(bridge)


def test_barge_in_before_any_audio_played_skips_truncate_and_cancels_without_auto_interrupt(
        demo_app: Flask) -> None:
    detection = {"type": "server_vad", "create_response": True, "interrupt_response": False}
    with rig(demo_app, manual_clock=True, TURN_DETECTION=detection) as bridge:  # no time plays: none heard
        caller, upstream = bridge.start()
        caller.auto_play = False
        upstream.send({"type": "response.created", "response": {"id": "resp_1", "object": "realtime.response",
                                                                "status": "in_progress"}})
        upstream.audio("resp_1", "item_a1", 2)
        caller.wait(lambda: len(caller.pending_marks) == 2, what="marks")
        upstream.send({"type": "input_audio_buffer.speech_started", "audio_start_ms": 100, "item_id": "u1"})
        caller.wait(lambda: caller.clears == 1, what="clear")
        upstream.expect("response.cancel")
        assert upstream.of_type("conversation.item.truncate") == []  # nothing heard: nothing to truncate
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []


def scenario_tool_call_then_one_response(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [message("item_a1", "One moment."),
                                 function_call("item_f1", "call_1", "add_item", {"item_name": "pepperoni"}),
                                 function_call("item_f2", "call_2", "add_item", {"item_name": "coke"})],
                      audio_chunks=1)
    first = upstream.expect("conversation.item.create")
    second = upstream.expect("conversation.item.create")
    assert [first["item"]["call_id"], second["item"]["call_id"]] == ["call_1", "call_2"]
    assert json.loads(second["item"]["output"])["cart"] == ["pepperoni", "coke"]
    upstream.expect("response.create")
    bridge.settle(caller, upstream)
    assert len(upstream.of_type("response.create")) == 2  # the greeting, then one after both calls
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)
    assert upstream.problems == []


@both_transports
def test_tool_call_then_exactly_one_response(bridge: Rig) -> None:
    scenario_tool_call_then_one_response(bridge)


def test_barge_in_during_a_tool_call(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    bridge.tools.release.clear()
    upstream.response("resp_1", [function_call("item_f1", "call_1", "slow_tool", {"item_name": "wings"})])
    assert bridge.tools.started.wait(WAIT)
    # the caller talks over the silence; the server answers with a response of its own
    upstream.send({"type": "input_audio_buffer.speech_started", "audio_start_ms": 100, "item_id": "u1"})
    caller.wait(lambda: caller.clears == 1, what="clear")
    upstream.send({"type": "response.created", "response": {"id": "resp_2", "object": "realtime.response",
                                                            "status": "in_progress"}})
    session = bridge.session(caller)  # the bridge has read resp_2's start (else the tool could finish first)
    wait_for(lambda: session.engine.events >= upstream.sent_events, what="response.created handled")
    bridge.tools.release.set()  # the tool finishes while resp_2 is active
    output = upstream.expect("conversation.item.create")
    assert output["item"] == {"type": "function_call_output", "call_id": "call_1",
                              "output": output["item"]["output"]}
    assert json.loads(output["item"]["output"])["ok"] is True
    bridge.settle(caller, upstream)
    assert len(upstream.of_type("response.create")) == 1  # only the greeting so far: resp_2 is active
    upstream.response("resp_2_rest", [])  # (another response id closing; unrelated)
    upstream.done("resp_2", [message("item_a2", "Yes?")])
    upstream.expect("response.create")
    bridge.settle(caller, upstream)
    assert len(upstream.of_type("response.create")) == 2  # exactly one after the tool call
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)
    assert upstream.problems == []


def test_active_response_race_is_benign_and_retried_once(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [function_call("item_f1", "call_1", "add_item", {"item_name": "salad"})])
    create = upstream.expect("response.create")
    upstream.send({"type": "response.created", "response": {"id": "resp_vad", "object": "realtime.response",
                                                            "status": "in_progress"}})
    upstream.send({"type": "error", "error": {"type": "invalid_request_error",
                                              "code": "conversation_already_has_active_response",
                                              "message": "Conversation already has an active response",
                                              "param": None, "event_id": create.get("event_id")}})
    bridge.settle(caller, upstream)
    assert len(upstream.of_type("response.create")) == 2  # asked again only once resp_vad is done
    upstream.done("resp_vad", [])
    retried = upstream.expect("response.create")
    assert retried.get("response") == create.get("response")
    assert not caller.closed.is_set()  # the call goes on
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)


def test_cancelled_response_calls_still_get_an_output(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [function_call("item_f1", "call_1", "add_item", {"item_name": "x"})],
                      status="cancelled")
    output = upstream.expect("conversation.item.create")
    assert output["item"]["call_id"] == "call_1" and "not executed" in output["item"]["output"]
    bridge.settle(caller, upstream)
    assert bridge.tools.invocations == []
    assert len(upstream.of_type("response.create")) == 1  # the greeting only
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)


def scenario_transfer_after_the_handoff_played(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    caller.auto_play = False
    upstream.response("resp_1", [message("item_a1", "Let me connect you with someone at the shop."),
                                 function_call("item_f1", "call_1", "transfer_to_human", {})], audio_chunks=4)
    upstream.expect("conversation.item.create")
    caller.wait(lambda: len(caller.pending_marks) == 4, what="handoff audio")
    session = bridge.settle(caller, upstream)
    assert session.ending.phase is Phase.FINISHING  # the handoff is still playing
    assert not caller.closed.is_set()
    assert bridge.call_row(caller.call_sid).next_action == "fallback"  # undecided until it played
    caller.play(3)
    wait_for(lambda: session.tracker.outstanding() == 1, what="3 marks at the bridge")
    assert session.ending.phase is Phase.FINISHING and not caller.closed.is_set()
    caller.play(1)  # the mark after the last audio
    assert caller.closed.wait(WAIT)
    assert bridge.call_row(caller.call_sid).next_action == "transfer"
    assert upstream.closed.wait(WAIT)
    assert len(upstream.of_type("response.create")) == 1  # the handoff was already said
    call = bridge.wait_ended(caller.call_sid)
    assert call.disposition == "transferred"
    # Twilio then asks /stream-ended, which dials staff
    form = {"CallSid": caller.call_sid, "AccountSid": "AC" + "0" * 32, "CallStatus": "in-progress"}
    response = post_signed(bridge.app, "/voice/stream-ended", form)
    dial = ET.fromstring(response.data).find("Dial")
    assert dial is not None and TEST_SETTINGS["POS_VOICE_STAFF_PHONE"] in "".join(dial.itertext())


@both_transports
def test_transfer_after_the_handoff_played(bridge: Rig) -> None:
    scenario_transfer_after_the_handoff_played(bridge)


def test_end_call_without_goodbye_asks_for_one_then_hangs_up(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [function_call("item_f1", "call_1", "end_call", {})])
    upstream.expect("conversation.item.create")
    upstream.expect("response.create")  # the goodbye
    assert not caller.closed.is_set()
    upstream.response("resp_2", [message("item_a2", "Thanks, goodbye!")], audio_chunks=2)
    assert caller.closed.wait(WAIT)  # marks echoed at once: goodbye played, stream closed
    call = bridge.wait_ended(caller.call_sid)
    assert call.next_action == "hangup" and call.disposition == "completed"
    assert len(caller.media) == 2


def scenario_hang_up_mid_tool(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    bridge.tools.release.clear()
    upstream.response("resp_1", [function_call("item_f1", "call_1", "slow_tool", {"item_name": "pizza"})])
    assert bridge.tools.started.wait(WAIT)
    caller.hang_up()
    assert upstream.closed.wait(WAIT)  # the OpenAI socket closes at once, the tool still running
    session = get_state(bridge.app).live_calls.get(caller.call_sid)
    assert session is not None and session.responses.tool_batches == 1  # still running
    assert bridge.call_row(caller.call_sid).state == "live"  # the record waits for the tool
    bridge.tools.release.set()
    call = bridge.wait_ended(caller.call_sid)
    tool_rows = bridge.events(caller.call_sid, "tool_call")
    assert tool_rows and tool_rows[0][1]["name"] == "slow_tool"  # the tool's DB work is complete
    assert call.disposition == "abandoned" and call.ended_at is not None and call.transcript is not None
    assert upstream.of_type("conversation.item.create") == []  # nobody left to answer


@both_transports
def test_hang_up_mid_tool(bridge: Rig) -> None:
    scenario_hang_up_mid_tool(bridge)


def scenario_openai_drops_mid_call(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [function_call("item_f1", "call_1", "add_item", {"item_name": "calzone"})])
    upstream.expect("response.create")
    upstream.drop()
    assert caller.closed.wait(WAIT)  # Twilio gets the stream back, asks /stream-ended
    call = bridge.wait_ended(caller.call_sid)
    assert call.next_action == "fallback" and call.disposition == "failed"
    errors = [data for _, data in bridge.events(caller.call_sid, "error")]
    assert errors and errors[0]["where"] == "realtime" and errors[0]["cart"]["lines"] == ["calzone"]


@both_transports
def test_openai_drops_mid_call(bridge: Rig) -> None:
    scenario_openai_drops_mid_call(bridge)


def test_openai_unreachable_falls_back_to_staff(demo_app: Flask) -> None:
    with rig(demo_app) as bridge:
        configure(bridge.app, REALTIME_URL="ws://127.0.0.1:9/v1/realtime")  # nothing listens
        caller = bridge.caller()
        caller.dial()
        started = time.monotonic()
        caller.connect()
        assert caller.closed.wait(WAIT)
        assert time.monotonic() - started < 3
        call = bridge.wait_ended(caller.call_sid)
        assert call.next_action == "fallback" and call.disposition == "failed"
        assert "unreachable" in (call.error or "")


def test_fatal_error_event_falls_back(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.send({"type": "error", "error": {"type": "invalid_request_error", "code": "session_expired",
                                              "message": "Your session hit the maximum duration.",
                                              "param": None, "event_id": None}})
    assert caller.closed.wait(WAIT)
    call = bridge.wait_ended(caller.call_sid)
    assert call.next_action == "fallback" and call.disposition == "failed"


@both_transports
def test_token_less_and_replayed_streams_open_no_openai_session(bridge: Rig) -> None:
    caller = bridge.caller()
    caller.dial()
    caller.connect(token=None)
    assert caller.closed.wait(WAIT)
    assert bridge.call_row(caller.call_sid).next_action == "fallback"
    wrong = bridge.caller()
    wrong.dial()
    wrong.connect(token="not-the-token")
    assert wrong.closed.wait(WAIT)
    good = bridge.caller()
    good.dial()
    good.connect()
    bridge.fake.accept()
    before = bridge.call_row(good.call_sid)
    intruder = Caller(bridge.app, bridge.port, good.call_sid)  # a second stream for a live call
    intruder.connect(token="guessed")
    assert intruder.closed.wait(WAIT)
    live = bridge.call_row(good.call_sid)
    # The running call is unaffected (its stream started as "fallback until decided").
    assert (live.state, live.next_action, live.error) == ("live", NEXT_FALLBACK, before.error)
    good.hang_up()
    bridge.wait_ended(good.call_sid)
    replay = Caller(bridge.app, bridge.port, good.call_sid)
    replay.token = good.token
    replay.connect()
    assert replay.closed.wait(WAIT)
    assert bridge.fake.count == 1  # only the genuine stream reached OpenAI


@both_transports
def test_unsigned_stream_is_refused_before_the_upgrade(bridge: Rig) -> None:
    caller = bridge.caller()
    caller.dial()
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        caller.connect(signed=False)
    assert refused.value.status_code == 403
    assert bridge.fake.count == 0


@both_transports
def test_malformed_and_unknown_frames_are_not_fatal(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    caller.send("not json")
    caller.send({"event": "bogus"})
    caller.send({"event": "media", "media": {}})
    caller.send("[1, 2]")
    caller.send_raw(b"\x00\x01", binary=True)  # Twilio sends only text
    sent = caller.say(2)
    wait_for(lambda: len(upstream.appended) >= 2, what="the caller's audio at the model")
    assert upstream.appended == sent
    session = get_state(bridge.app).live_calls.get(caller.call_sid)
    assert session.bad_frames == 5
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)


@both_transports
def test_a_media_payload_that_is_not_base64_is_a_bad_frame_never_forwarded(
        bridge: Rig, caplog: pytest.LogCaptureFixture) -> None:
    """Issue 8 item 6: the hot path splices a payload into ``input_audio_buffer.append`` as is, so
    it must be base64 first: raw control characters or a quote would make invalid JSON at OpenAI."""
    caller, upstream = bridge.start()
    head = ('{"event":"media","sequenceNumber":"5","streamSid":"' + caller.stream_sid
            + '","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"')
    good = ulaw(160, 0x11)
    bad = [
        head + good[:100] + "\x01\x1f" + good[102:] + '"}}',  # raw control characters
        head + good[:100] + '"' + good[101:] + '"}}',  # a raw quote: the value ends early
        head + good[:100] + "\n" + good[101:] + '"}}',  # a raw newline
        head + "!!!!" + good[4:] + '"}}',  # printable, but not base64
        head + good[:-1] + '"}}',  # not whole quanta of 4
        head + good[:100] + "\\u0001" + good[106:] + '"}}',  # valid JSON, a control character inside
        head + "AB=C" + good[4:] + '"}}',  # padding in the middle
    ]
    for frame in bad:
        caller.send_raw(frame)
    sent = caller.say(2)
    wait_for(lambda: len(upstream.appended) >= 2, what="the caller's audio at the model")
    session = bridge.settle(caller, upstream)
    assert upstream.appended == sent  # the good frames only, untouched
    assert upstream.problems == []  # everything that reached the model was valid JSON
    assert session.bad_frames == len(bad) and session.frames_in == 2
    assert sum("Twilio frame" in r.getMessage() for r in caplog.records) == 5  # logged, at most 5
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    [ended] = [data for kind, data in bridge.events(caller.call_sid, "call_ended")]
    assert ended["bad_frames"] == len(bad) and call.disposition == "abandoned"


@both_transports
def test_an_audio_delta_that_is_not_base64_is_never_forwarded_to_twilio(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.created("resp_1")
    head = ('{"type":"response.output_audio.delta","event_id":"event_x","response_id":"resp_1",'
            '"item_id":"item_a1","output_index":0,"content_index":0,"delta":"')
    good = ulaw(800, 0x55)
    upstream.send_raw(head + good[:10] + "\x01" + good[11:] + '"}')  # raw control character
    upstream.send_raw(head + good[:10] + "\\u0022" + good[16:] + '"}')  # valid JSON, a quote inside
    upstream.audio("resp_1", "item_a1", 1)
    caller.wait(lambda: len(caller.media) == 1, what="the good delta")
    session = bridge.settle(caller, upstream)
    assert caller.media == [good] and session.engine.bad_events == 2
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_caller_audio_in_batches_reaches_the_model_whole_and_in_order(
        demo_app: Flask, transport: str) -> None:
    """``POS_VOICE_CALLER_AUDIO_BATCH_MS=60``: three 20 ms frames per append; what is held when
    the caller hangs up still goes out before the stream ends."""
    with rig(demo_app, transport=transport, CALLER_AUDIO_BATCH_MS=60) as bridge:
        caller, upstream = bridge.start()
        sent = caller.say(7)
        wait_for(lambda: len(upstream.appended) >= 2, what="two batches at the model")
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.closed.wait(WAIT)
        audio = [base64.b64decode(payload) for payload in upstream.appended]
        assert [len(chunk) for chunk in audio] == [480, 480, 160]
        assert b"".join(audio) == b"".join(base64.b64decode(payload) for payload in sent)
        [ended] = [data for kind, data in bridge.events(caller.call_sid, "call_ended")]
        assert ended["frames_in"] == 7 and upstream.problems == []


@both_transports
def test_a_frame_nested_too_deep_is_a_bad_frame_on_either_side(bridge: Rig) -> None:
    """200,000 ``[`` raise RecursionError in json.loads: each reader counts a bad frame and goes on."""
    caller, upstream = bridge.start()
    caller.send("[" * 200_000)
    upstream.send_raw("[" * 200_000)
    sent = caller.say(2)  # the Twilio reader still forwards the caller's audio
    wait_for(lambda: len(upstream.appended) >= 2, what="the caller's audio at the model")
    assert upstream.appended == sent
    upstream.response("resp_1", [message("item_a1", "Still here!")], audio_chunks=2)
    caller.wait(lambda: len(caller.media) == 2, what="the assistant's audio")  # so does the Realtime one
    session = bridge.session(caller)
    assert (session.bad_frames, session.engine.bad_events) == (1, 1)
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    assert (call.disposition, call.next_action) == ("abandoned", "hangup")  # the caller hung up: no failure
    [ended] = [data for kind, data in bridge.events(caller.call_sid, "call_ended")]
    assert (ended["bad_frames"], ended["bad_realtime_events"]) == (1, 1)


def test_transcript_in_order_redacted_and_stored(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [message("item_a1", "Tony's Pizza, what can I get you?")], audio_chunks=1)
    upstream.send({"type": "input_audio_buffer.committed", "previous_item_id": "item_a1",
                   "item_id": "item_u1"})
    upstream.response("resp_2", [message("item_a2", "Sorry, we can't take cards over the phone.")],
                      audio_chunks=1)
    # the caller's transcription arrives after the answer to it
    upstream.send({"type": "conversation.item.input_audio_transcription.completed", "item_id": "item_u1",
                   "content_index": 0, "transcript": "Can I pay with 4111 1111 1111 1111, code 123?"})
    bridge.settle(caller, upstream)
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    lines = call.transcript.splitlines()
    assert lines[0].startswith("Assistant: Tony's Pizza") and lines[1].startswith("Caller: Can I pay")
    assert lines[2].startswith("Assistant: Sorry")
    assert "4111" not in call.transcript
    stored = json.dumps(bridge.events(caller.call_sid))
    assert "4111" not in stored and "1111 1111" not in stored


def _idle(bridge: Rig, caller: Caller) -> t.Any:
    """The session, once its silence clock runs (the assistant's audio has played)."""
    session = bridge.session(caller)
    wait_for(lambda: session.housekeeper is not None and session.housekeeper.idle_since is not None,
             what="the silence clock to start")
    bridge.clock.settle()
    return session


def test_silence_prompt_then_hang_up(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:  # defaults: ask after 15 s, hang up 30 s later
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Hello?")], audio_chunks=1)
        _idle(bridge, caller)
        prompt = bridge.create_at(caller, upstream, 15)
        assert "still there" in prompt["response"]["instructions"]
        upstream.response("resp_2", [message("item_a2", "Are you still there?")], audio_chunks=1)
        _idle(bridge, caller)
        goodbye = bridge.create_at(caller, upstream, 30)
        assert "goodbye" in goodbye["response"]["instructions"]
        assert not caller.closed.is_set()
        upstream.response("resp_3", [message("item_a3", "Goodbye!")], audio_chunks=1)
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert call.next_action == "hangup" and call.disposition == "abandoned"
        silence = {"where": "silence", "message": "no answer: hung up"}
        assert ("error", silence) in bridge.events(caller.call_sid)


def test_caller_speech_resets_the_silence_clock(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Hello?")], audio_chunks=1)
        session = _idle(bridge, caller)
        bridge.clock.advance(5)
        upstream.speech_started("u1", 10)
        bridge.settle(caller, upstream)
        bridge.clock.advance(14)  # 19 s after the clock started, 14 s after the caller spoke
        bridge.settle(caller, upstream)
        assert len(upstream.of_type("response.create")) == 1  # no prompt: the caller is talking
        assert session.housekeeper.idle_since is None
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def test_session_cap_wraps_up_politely(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, SESSION_MAX_SECONDS=600) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_0", [message("item_a0", "Hi, Tony's Pizza!")], audio_chunks=1)
        _idle(bridge, caller)
        upstream.speech_started("u1", 10)  # the caller keeps talking: no silence prompt on the way
        bridge.settle(caller, upstream)
        wrap = bridge.create_at(caller, upstream, 600)
        assert "time limit" in wrap["response"]["instructions"]
        upstream.response("resp_1", [message("item_a1", "I have to end the call now, goodbye!")],
                          audio_chunks=1)
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert call.next_action == "hangup" and call.state == "ended"


def test_a_goodbye_that_never_finishes_playing_ends_the_call_at_the_deadline(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        caller.auto_play = False  # Twilio never reports the goodbye as played
        upstream.response("resp_1", [message("item_a1", "Bye!"),
                                     function_call("item_f1", "call_1", "end_call", {})], audio_chunks=2)
        upstream.expect("conversation.item.create")
        session = bridge.settle(caller, upstream)
        bridge.clock.advance(11.9)
        bridge.settle(caller, upstream)
        assert session.ending.phase is Phase.FINISHING
        bridge.clock.advance(0.1)
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("hangup", "completed")


def test_heartbeat_is_kept_fresh(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, HEARTBEAT_SECONDS=30) as bridge:
        caller, upstream = bridge.start()
        bridge.settle(caller, upstream)
        first = bridge.call_row(caller.call_sid).heartbeat_at
        bridge.clock.advance(30)
        wait_for(lambda: bridge.call_row(caller.call_sid).heartbeat_at > first, what="a fresh heartbeat")
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def scenario_simultaneous_calls_are_isolated(bridge: Rig, calls: int = 20) -> None:
    callers = [bridge.caller(phone=f"+1555000{index:04d}") for index in range(calls)]
    for caller in callers:
        caller.dial()
    for caller in callers:
        caller.connect()
    upstreams = [bridge.fake.accept(timeout=15) for _ in callers]
    by_sid: dict[str, Upstream] = {}
    for upstream in upstreams:
        upstream.expect("session.update")
        upstream.expect("response.create")
    # each call's tool writes its own row; map upstream -> call through its item name
    for index, upstream in enumerate(upstreams):
        upstream.response(f"resp_{index}", [message(f"item_a{index}", f"hello {index}"),
                                            function_call(f"item_f{index}", f"call_{index}", "add_item",
                                                          {"item_name": f"pizza-{index}"})], audio_chunks=2,
                          chunk_bytes=160 + index)
    for index, upstream in enumerate(upstreams):
        output = json.loads(upstream.expect("conversation.item.create")["item"]["output"])
        assert output["cart"] == [f"pizza-{index}"]  # its own cart, nobody else's
    for caller in callers:
        caller.wait(lambda c=caller: len(c.media) == 2, what="own audio")
        sizes = {len(base64.b64decode(payload)) for payload in caller.media}
        assert len(sizes) == 1
        index = sizes.pop() - 160
        by_sid[caller.call_sid] = upstreams[index]
    assert len(set(map(id, by_sid.values()))) == calls  # one upstream per caller
    for caller in callers:
        payload = ulaw(160, int(caller.phone[-2:]))
        caller.say(2, payload)
        upstream = by_sid[caller.call_sid]
        wait_for(lambda u=upstream: len(u.appended) >= 2, what="the caller's audio at the model")
        assert upstream.appended == [payload, payload]
    for caller in callers:
        caller.hang_up()
    for caller in callers:
        call = bridge.wait_ended(caller.call_sid, timeout=10)
        assert call.phone_from == caller.phone
        index = int(by_sid[caller.call_sid].of_type("conversation.item.create")[0]["item"]["call_id"][5:])
        tool_rows = bridge.events(caller.call_sid, "tool_call")
        assert [row[1]["arguments"]["item_name"] for row in tool_rows] == [f"pizza-{index}"]
    assert all(upstream.problems == [] for upstream in upstreams)


@both_transports
def test_simultaneous_calls_are_isolated(bridge: Rig) -> None:
    configure(bridge.app, MAX_CONCURRENT_CALLS=50)
    scenario_simultaneous_calls_are_isolated(bridge)


# ------------------------------------------------------------------------------ the transports


def test_stream_is_one_endpoint_whatever_the_transport(demo_app: Flask) -> None:
    rules = [rule for rule in demo_app.url_map.iter_rules() if rule.rule == "/voice/stream"]
    assert [(rule.endpoint, rule.websocket) for rule in rules] == [("pos_voice.stream", True)]
    assert get_state(demo_app).settings.stream_transport == "native"  # the default: the fast path


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_signed_request_that_is_not_a_usable_upgrade_gets_400(demo_app: Flask, transport: str) -> None:
    configure(demo_app, STREAM_TRANSPORT=transport)
    signature = RequestValidator(AUTH_TOKEN).compute_signature("wss://pos.example.com/voice/stream", {})
    upgrade = {"Upgrade": "websocket", "Connection": "Upgrade", "X-Twilio-Signature": signature}
    client = demo_app.test_client()
    keyless = client.get("/voice/stream", headers=upgrade)
    assert (keyless.status_code, keyless.text) == (400, "not a WebSocket upgrade request")
    # the test client hands over no socket: refused with a reason, not a 500
    handshake = {"Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version": "13"}
    socketless = client.get("/voice/stream", headers={**upgrade, **handshake})
    assert socketless.status_code == 400 and "socket" in socketless.text


def test_native_default_leaves_a_server_it_cannot_take_the_socket_from_to_flask_sock(
        demo_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """eventlet hands its socket only to simple-websocket's way: the default then serves with flask-sock."""
    from pos_voice.bridge import routes

    served: list[str] = []
    monkeypatch.setattr(routes, "_flask_sock_view", lambda: served.append("flask-sock") or ("", 204))
    monkeypatch.setattr(routes, "_native", lambda: served.append("native") or ("", 204))
    signature = RequestValidator(AUTH_TOKEN).compute_signature("wss://pos.example.com/voice/stream", {})
    headers = {"Upgrade": "websocket", "Connection": "Upgrade", "X-Twilio-Signature": signature,
               "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version": "13"}
    client = demo_app.test_client()
    client.get("/voice/stream", headers=headers, environ_overrides={"eventlet.input": object()})
    client.get("/voice/stream", headers=headers, environ_overrides={"gunicorn.socket": object()})
    assert served == ["flask-sock", "native"]


def test_flask_sock_serves_the_stream_with_the_hosts_sock_server_options(demo_app: Flask) -> None:
    """flask-sock builds the socket: its ``SOCK_SERVER_OPTIONS`` apply (here a message size cap)."""
    demo_app.config["SOCK_SERVER_OPTIONS"] = {"max_message_size": 4096}
    with rig(demo_app, transport="flask-sock") as bridge:
        caller, upstream = bridge.start()
        caller.say(1)  # a normal frame is fine
        caller.send({"event": "media", "streamSid": caller.stream_sid,
                     "media": {"payload": ulaw(8000)}})  # ~10 kB: simple-websocket closes (1009)
        assert caller.closed.wait(WAIT)
        assert upstream.closed.wait(WAIT)  # the call ends with its socket, OpenAI closed at once
        call = bridge.wait_ended(caller.call_sid)
        assert call.disposition == "abandoned"


def test_unknown_stream_transport_is_a_blocking_problem(database_url: str) -> None:
    from pizzeria_pos import create_app

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url,
                      "POS_VOICE_STREAM_TRANSPORT": "tornado"})
    with app.app_context():
        create_all(app.extensions["sqlalchemy"])
    try:
        body = app.test_client().get("/voice/health").get_json()
        assert body["status"] == "degraded" and body["taking_calls"] is False
        problem = [p for p in body["problems"] if p["key"] == "POS_VOICE_STREAM_TRANSPORT"]
        assert len(problem) == 1 and problem[0]["blocking"] is True
        assert "'tornado'" in problem[0]["message"] and "'native'" in problem[0]["message"]
        signature = RequestValidator(AUTH_TOKEN).compute_signature("wss://pos.example.com/voice/stream", {})
        refused = app.test_client().get("/voice/stream", headers={
            "Upgrade": "websocket", "Connection": "Upgrade", "X-Twilio-Signature": signature})
        assert refused.status_code == 503
    finally:
        with app.app_context():
            app.extensions["sqlalchemy"].engine.dispose()


# ---------------------------------------------------------------------- a placed order is never a failure


def _order_47_was_placed(bridge: Rig, caller: Caller, where: str) -> None:
    """The call ended completed with the failure noted, and staff are told order #47 exists."""
    assert caller.closed.wait(WAIT)
    call = bridge.wait_ended(caller.call_sid)
    assert (call.disposition, call.next_action) == ("completed", "fallback")  # staff still dialled
    assert call.error.startswith(where) and "order #47" in call.transfer_reason
    [transfer] = [data for _, data in bridge.events(caller.call_sid, "transfer")]
    assert transfer["context"]["order_number"] == "47" and transfer["context"]["order_placed"] is True
    assert [data["where"] for _, data in bridge.events(caller.call_sid, "error")] == [where]


def scenario_model_drops_while_submit_order_runs(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    bridge.tools.release.clear()
    submit = function_call("item_f1", "call_1", "submit_order", {"customer_name": "Sam"})
    upstream.response("resp_1", [submit])
    assert bridge.tools.started.wait(WAIT)
    upstream.drop()  # right after asking for submit_order
    session = bridge.session(caller)
    wait_for(lambda: session.ending.phase is Phase.FINISHING, what="the failure to wait for the tool")
    assert not caller.closed.is_set()  # what the failure means depends on the running submit
    bridge.tools.release.set()
    _order_47_was_placed(bridge, caller, "realtime")


@both_transports
def test_a_model_that_drops_while_submit_order_runs_reports_the_placed_order(bridge: Rig) -> None:
    scenario_model_drops_while_submit_order_runs(bridge)


def test_a_model_that_drops_after_the_order_was_placed_reports_it(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    submit = function_call("item_f1", "call_1", "submit_order", {"customer_name": "Sam"})
    upstream.response("resp_1", [submit])
    upstream.expect("conversation.item.create")
    upstream.expect("response.create")  # the confirmation that never comes
    upstream.drop()
    _order_47_was_placed(bridge, caller, "realtime")


def test_a_failure_with_no_order_placed_is_still_a_failure(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    bridge.tools.release.clear()
    slow = function_call("item_f1", "call_1", "slow_tool", {"item_name": "wings"})
    upstream.response("resp_1", [slow])
    assert bridge.tools.started.wait(WAIT)
    upstream.drop()
    bridge.tools.release.set()
    assert caller.closed.wait(WAIT)
    call = bridge.wait_ended(caller.call_sid)
    assert (call.disposition, call.next_action, call.transfer_reason) == ("failed", "fallback", None)
    assert bridge.events(caller.call_sid, "transfer") == []


# ------------------------------------------------------------------------------ no dead air (watchdog)


def _handed_to_staff(bridge: Rig, caller: Caller, why: str) -> t.Any:
    """The caller reached staff through the fallback path, and the record says why."""
    assert caller.closed.wait(WAIT)
    call = bridge.wait_ended(caller.call_sid)
    assert (call.next_action, call.disposition) == ("fallback", "failed")
    assert call.error.startswith("watchdog: ") and why in call.error
    errors = [data for kind, data in bridge.events(caller.call_sid, "error") if data["where"] == "watchdog"]
    assert [e["message"].endswith("retried") for e in errors] == [True, False]  # one retry, then staff
    form = {"CallSid": caller.call_sid, "AccountSid": "AC" + "0" * 32, "CallStatus": "in-progress"}
    root = ET.fromstring(post_signed(bridge.app, "/voice/stream-ended", form).data)
    assert "trouble" in (root.findtext("Say") or "") and root.find("Dial") is not None
    # the dashboard counts an assistant failure, not a caller who hung up
    from pos_voice.staff.metrics import call_summary

    with bridge.app.app_context():
        state = get_state()
        summary = call_summary(state.models, state.db.session, None, None)
    assert (summary.failed, summary.abandoned) == (1, 0)
    return call


def test_a_session_that_never_gets_ready_is_reconnected_once_then_staff_answer(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:  # defaults: ready within 3 s
        bridge.fake.send_session_created = bridge.fake.answer_session_update = False  # accepts, stays mute
        caller, first = bridge.start()
        bridge.settle(caller, first)
        bridge.clock.advance(2.9)
        bridge.settle(caller, first)
        assert bridge.fake.count == 1 and not caller.closed.is_set()
        bridge.clock.advance(0.1)
        second = bridge.fake.accept()  # the retry: a new session, set up and greeted again
        assert second.expect("session.update")["session"]["instructions"].startswith("You answer the phone")
        assert "Thanks for calling" in second.expect("response.create")["response"]["instructions"]
        assert first.closed.wait(WAIT)
        bridge.settle(caller, second)
        bridge.clock.advance(3)
        _handed_to_staff(bridge, caller, "not ready")
        assert bridge.fake.count == 2 and first.problems == [] and second.problems == []


def test_a_model_that_does_not_answer_is_asked_again_then_staff_answer(demo_app: Flask) -> None:
    scenario_model_does_not_answer(demo_app)


def scenario_model_does_not_answer(demo_app: Flask, transport: str = "native") -> None:
    with rig(demo_app, transport, manual_clock=True) as bridge:  # defaults: an answer within 5 s
        caller, upstream = bridge.start()  # the greeting's response.create, never answered
        bridge.settle(caller, upstream)
        again = bridge.create_at(caller, upstream, 5)
        assert "Thanks for calling" in again["response"]["instructions"]  # the same request
        bridge.settle(caller, upstream)
        bridge.clock.advance(5)
        _handed_to_staff(bridge, caller, "did not answer")
        assert upstream.problems == []


def test_a_stall_after_a_tool_output_is_asked_again_and_the_call_goes_on(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [function_call("item_f1", "call_1", "add_item", {"item_name": "wings"})])
        upstream.expect("conversation.item.create")
        upstream.expect("response.create")  # after the tool output: the model stalls
        bridge.settle(caller, upstream)
        bridge.clock.advance(5)
        upstream.expect("response.create")
        upstream.response("resp_2", [message("item_a2", "Wings, got it.")], audio_chunks=2)
        caller.wait(lambda: len(caller.media) == 2, what="the answer to the retry")
        bridge.settle(caller, upstream)
        bridge.clock.advance(5)  # answered: nothing is awaited any more
        bridge.settle(caller, upstream)
        assert len(upstream.of_type("response.create")) == 3 and not caller.closed.is_set()
        caller.hang_up()
        call = bridge.wait_ended(caller.call_sid)
        assert call.disposition == "abandoned"
        assert [data["where"] for _, data in bridge.events(caller.call_sid, "error")] == ["watchdog"]


def test_a_caller_turn_the_model_never_answers_is_asked_for(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Hi, what can I get you?")], audio_chunks=1)
        caller.say(5)
        upstream.speech_started("item_u1")
        upstream.send({"type": "input_audio_buffer.speech_stopped", "audio_end_ms": 900,
                       "item_id": "item_u1"})
        upstream.send({"type": "input_audio_buffer.committed", "previous_item_id": "item_a1",
                       "item_id": "item_u1"})  # server VAD should now answer on its own: it doesn't
        bridge.settle(caller, upstream)
        bridge.clock.advance(5)
        asked = upstream.expect("response.create")
        assert "response" not in asked  # a plain request for the answer to the caller
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def test_dead_air_is_bounded_by_the_watchdog(demo_app: Flask) -> None:
    """On the real clock with short bounds: after the caller speaks into a mute model, the
    caller waits at most about two bounds before Twilio's apology (the stream closes)."""
    with rig(demo_app, WATCHDOG_READY_SECONDS=0.5, WATCHDOG_RESPONSE_SECONDS=0.5) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Hi!")], audio_chunks=1)
        caller.wait(lambda: len(caller.media) == 1, what="the greeting")
        caller.say(5)
        upstream.send({"type": "input_audio_buffer.committed", "previous_item_id": "item_a1",
                       "item_id": "item_u1"})
        assert caller.closed.wait(WAIT)
        assert caller.dead_air() < 3.0  # 2 x 0.5 s, with room for a loaded machine
        _handed_to_staff(bridge, caller, "did not answer")


def test_a_status_callback_before_the_final_record_leaves_one_call_ended(bridge: Rig) -> None:
    """Twilio's status callback may come while the bridge is still finishing the call (in this
    process or another): the call keeps one ``call_ended``, the bridge's, with Twilio's status."""
    caller, _ = bridge.start()
    status = post_signed(bridge.app, "/voice/status", {"CallSid": caller.call_sid, "AccountSid": ACCOUNT_SID,
                                                       "CallStatus": "completed", "CallDuration": "7"})
    assert status.status_code == 200
    assert [kind for kind, _ in bridge.events(caller.call_sid, "call_ended")] == ["call_ended"]
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)
    ended = [data for _, data in bridge.events(caller.call_sid, "call_ended")]
    assert len(ended) == 1, ended
    assert ended[0]["ended_by"] == "caller" and ended[0]["call_status"] == "completed"
    assert [kind for kind, _ in bridge.events(caller.call_sid)][-1] == "call_ended"
    assert bridge.call_row(caller.call_sid).duration_seconds == 7
