"""Turn-taking over real sockets: truncation at what the caller actually heard, backchannels
that do not cut the assistant off, and the turn metrics each call records.

The real-time test plays the fake model's audio at its real pace to a simulated caller that
plays it in real time (``pos_voice.testing``); the others drive both far ends step by step
(``tests/support/bridge.py``) on a manual clock.
"""

from __future__ import annotations

import typing as t
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask

from pos_voice.testing import FakeRealtimeServer, Script, SimulatedCaller
from tests.conftest import configure
from tests.support.bridge import AUTH_TOKEN, PUBLIC, message, rig, wait_for
from tests.support.servers import serve

LONG_GREETING = ("Thanks for calling Tony's Pizza! Today we have a two-for-one special on medium pizzas, and "
                 "our garlic knots are half price with any order.")


@contextmanager
def realtime_call(app: Flask, script: Script, **settings: t.Any) -> Iterator[tuple[SimulatedCaller, t.Any]]:
    """A call from a caller who plays audio in real time, to a fake model that speaks in real time."""
    with FakeRealtimeServer(script, pace=1.0) as fake:
        configure(app, REALTIME_URL=fake.url, STREAM_TRANSPORT="native", WATCHDOG_READY_SECONDS=60.0,
                  WATCHDOG_RESPONSE_SECONDS=60.0, **settings)
        with serve(app) as port:
            caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC,
                                     auth_token=AUTH_TOKEN,
                                     playback=1.0, pace=0.0)
            try:
                caller.start_call()
                yield caller, fake.wait_for_session()
            finally:
                caller.hangup()


def test_truncation_is_within_30ms_of_what_the_caller_heard(demo_app: Flask) -> None:
    """The caller talks over the greeting mid-chunk (100 ms chunks, 1.15 s in): the last echoed mark
    alone says 1.1 s; the truncation must be within 30 ms of what had really played when the bridge
    cut. The bridge cuts after the model's ``speech_started`` went out and before its ``clear``
    reached the caller and its truncate reached the model: what the caller had heard over that
    window bounds it (a window of a few ms at idle; on a loaded machine it widens by exactly the
    delay the scheduler added, which no bridge can see)."""
    script = Script().greet(LONG_GREETING, audio_ms=4000, pace=1.0).when_caller_says("Sorry, wait.")
    with realtime_call(demo_app, script) as (caller, session):
        caller.wait_until_played(1150)
        caller.speak(600, trailing_silence_ms=600)
        caller.wait_for_clear()
        wait_for(lambda: session.truncations, what="the truncate at the model")
        [truncation] = session.truncations
        heard = caller.heard_before_clear_ms(0)
        assert heard >= 1150, heard
        [speech_started_at] = [at for event, at in zip(session.sent, session.sent_times, strict=True)
                               if event["type"] == "input_audio_buffer.speech_started"]
        cut_by = min(caller.clears[0], truncation["received_at"])
        earliest, latest = caller.played_ms(speech_started_at), caller.played_ms(cut_by)
        assert earliest - 30 <= truncation["audio_end_ms"] <= latest + 30, (truncation, earliest, latest)
        assert latest <= heard + 1  # the cut is no later than the clear that ended the playing
        assert session.protocol_errors == []


def test_the_truncation_point_moves_with_the_injected_clock(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        caller.auto_play = False
        upstream.created("resp_1")
        upstream.send({"type": "response.output_item.added", "response_id": "resp_1", "output_index": 0,
                       "item": {**message("item_a1", ""), "status": "in_progress"}})
        upstream.audio("resp_1", "item_a1", 5, 800)  # 500 ms queued at Twilio
        caller.wait(lambda: len(caller.pending_marks) == 5, what="5 marks")
        caller.play(2)  # 200 ms played...
        session = bridge.session(caller)
        wait_for(lambda: session.tracker.played_bytes("item_a1") == 1600, what="2 marks at the bridge")
        bridge.clock.advance(0.046)  # ...and 46 ms more since
        upstream.speech_started("item_u1", 900)
        truncate = upstream.expect("conversation.item.truncate")
        assert truncate["audio_end_ms"] == 246
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []


def test_a_backchannel_under_the_minimum_does_not_clear_but_a_real_interruption_does(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, BARGE_IN_MIN_SPEECH_MS=700) as bridge:
        caller, upstream = bridge.start()
        detection = upstream.of_type("session.update")[0]["session"]["audio"]["input"]["turn_detection"]
        assert detection["interrupt_response"] is False  # the bridge decides, not the server
        caller.auto_play = False
        upstream.created("resp_1")
        upstream.send({"type": "response.output_item.added", "response_id": "resp_1", "output_index": 0,
                       "item": {**message("item_a1", ""), "status": "in_progress"}})
        upstream.audio("resp_1", "item_a1", 20, 800)  # 2 s queued at Twilio
        caller.wait(lambda: len(caller.pending_marks) == 20, what="20 marks")
        # "mm-hm": 250 ms of speech (the VAD adds its 300 ms prefix and 500 ms of silence)
        upstream.speech_started("item_u1", audio_start_ms=1000)
        bridge.settle(caller, upstream)
        bridge.clock.advance(0.6)
        upstream.send({"type": "input_audio_buffer.speech_stopped", "audio_end_ms": 1000 + 300 + 250 + 500,
                       "item_id": "item_u1"})
        bridge.settle(caller, upstream)  # the end of speech is in before the minimum is up
        bridge.clock.advance(1.0)  # well past the minimum: the backchannel was settled already
        bridge.settle(caller, upstream)
        assert caller.clears == 0
        assert upstream.of_type("conversation.item.truncate") == upstream.of_type("response.cancel") == []
        upstream.audio("resp_1", "item_a1", 1, 800)  # the assistant goes on talking
        caller.wait(lambda: len(caller.pending_marks) == 21, what="the assistant's audio going on")
        turns = bridge.session(caller).turns.as_dict()
        assert (turns["turns"], turns["backchannels_ignored"]) == (0, 1)  # no answer was awaited
        # a real interruption: still speaking when the minimum is reached
        upstream.speech_started("item_u2", audio_start_ms=4000)
        bridge.settle(caller, upstream)
        bridge.clock.advance(0.69)
        bridge.settle(caller, upstream)
        assert caller.clears == 0
        bridge.clock.advance(0.02)
        caller.wait(lambda: caller.clears == 1, what="the clear")
        upstream.expect("conversation.item.truncate")
        upstream.expect("response.cancel")
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        kinds = [kind for kind, _ in bridge.events(caller.call_sid)]
        assert [kind for kind in kinds if kind in ("backchannel", "barge_in")] == ["backchannel", "barge_in"]
        assert upstream.problems == []


def test_without_a_minimum_the_first_sound_interrupts(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        detection = upstream.of_type("session.update")[0]["session"]["audio"]["input"]["turn_detection"]
        assert detection["interrupt_response"] is True  # the server cancels on its own
        caller.auto_play = False
        upstream.created("resp_1")
        upstream.audio("resp_1", "item_a1", 3, 800)
        caller.wait(lambda: len(caller.pending_marks) == 3, what="3 marks")
        upstream.speech_started("item_u1", audio_start_ms=1000)
        caller.wait(lambda: caller.clears == 1, what="the clear at once")
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def _heard_out(bridge: t.Any, caller: t.Any) -> None:
    """The assistant's audio has played and the bridge knows it (its marks are back)."""
    session = bridge.session(caller)
    wait_for(lambda: session.tracker.outstanding() == 0, what="the marks at the bridge")


def _user_turn(upstream: t.Any, item_id: str, start_ms: int, end_ms: int) -> None:
    upstream.speech_started(item_id, audio_start_ms=start_ms)
    upstream.send({"type": "input_audio_buffer.speech_stopped", "audio_end_ms": end_ms, "item_id": item_id})


def test_turn_metrics_are_recorded_on_the_call_and_readable(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_g", [message("item_g", "Hi!")], audio_chunks=1)
        caller.wait(lambda: len(caller.media) == 1, what="the greeting")
        _heard_out(bridge, caller)
        # turn 1: answered 0.8 s after the VAD said the caller stopped (1.3 s after they did)
        _user_turn(upstream, "item_u1", 1000, 2500)
        bridge.settle(caller, upstream)
        bridge.clock.advance(0.8)
        upstream.response("resp_1", [message("item_a1", "Sure.")], audio_chunks=1)
        caller.wait(lambda: len(caller.media) == 2, what="the answer")
        _heard_out(bridge, caller)
        # turn 2: 3.5 s of dead air
        _user_turn(upstream, "item_u2", 3000, 4500)
        bridge.settle(caller, upstream)
        bridge.clock.advance(3.0)
        caller.auto_play = False
        upstream.created("resp_2")
        upstream.audio("resp_2", "item_a2", 3, 800)
        caller.wait(lambda: len(caller.media) == 5, what="the slow answer")
        # an interruption that was only "mm-hm"
        bridge.clock.advance(0.05)  # 50 ms of it played
        upstream.speech_started("item_u3", audio_start_ms=6000)
        assert upstream.expect("conversation.item.truncate")["audio_end_ms"] == 50
        upstream.send({"type": "conversation.item.input_audio_transcription.completed", "item_id": "item_u3",
                       "content_index": 0, "transcript": "Mm-hm.",
                       "usage": {"type": "duration", "seconds": 0.4}})
        bridge.settle(caller, upstream)
        caller.hang_up()
        call = bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []
    [metrics] = [data for kind, data in bridge.events(caller.call_sid) if kind == "turn_metrics"]
    assert metrics["response_ms"] == [1300, 3500] and metrics["turns"] == 2
    assert (metrics["response_ms_p50"], metrics["response_ms_p95"]) == (1300, 3500)
    assert (metrics["interruptions"], metrics["false_interruptions"]) == (1, 1)
    assert (metrics["dead_air_turns"], metrics["dead_air_ms"]) == (1, 3500)
    from pos_voice.bridge.turns import combine, read_turn_metrics
    from pos_voice.extension import get_state

    with demo_app.app_context():
        state = get_state()
        stored = read_turn_metrics(state.db.session, state.models, [call.id])
    assert stored == {call.id: metrics}
    pooled = combine([metrics, {"response_ms": [100], "interruptions": 2}])
    assert pooled["calls"] == 2 and pooled["turns"] == 3 and pooled["interruptions"] == 3
    assert (pooled["response_ms_p50"], pooled["response_ms_p95"]) == (1300, 3500)


def test_the_greetings_disclosure_survives_a_noise_burst(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, GREETING_PROTECTED_MS=3000) as bridge:
        caller, upstream = bridge.start()
        detection = upstream.of_type("session.update")[0]["session"]["audio"]["input"]["turn_detection"]
        assert detection["interrupt_response"] is False  # the server must not cancel the greeting
        caller.auto_play = False
        upstream.created("resp_g")
        upstream.send({"type": "response.output_item.added", "response_id": "resp_g", "output_index": 0,
                       "item": {**message("item_g", ""), "status": "in_progress"}})
        upstream.audio("resp_g", "item_g", 30, 800)  # "Thanks for calling…, this is the AI assistant…" 3 s
        caller.wait(lambda: len(caller.pending_marks) == 30, what="the greeting queued")
        bridge.clock.advance(0.5)
        # a noise burst half a second in: the VAD hears "speech" of 200 ms
        _user_turn(upstream, "item_n1", 500, 500 + 300 + 200 + 500)
        bridge.settle(caller, upstream)
        bridge.clock.advance(3.0)  # the protected seconds have played
        bridge.settle(caller, upstream)
        assert caller.clears == 0 and upstream.of_type("response.cancel") == []
        upstream.audio("resp_g", "item_g", 2, 800)  # the greeting goes on
        caller.wait(lambda: len(caller.pending_marks) == 32, what="the rest of the greeting")
        # after the protected start, speech interrupts at once
        upstream.speech_started("item_u1", audio_start_ms=5000)
        caller.wait(lambda: caller.clears == 1, what="the clear")
        upstream.expect("response.cancel")  # the bridge cancels: the server was told not to
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []


def test_speech_that_goes_on_interrupts_once_the_protected_start_has_played(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, GREETING_PROTECTED_MS=2000) as bridge:
        caller, upstream = bridge.start()
        caller.auto_play = False
        upstream.created("resp_g")
        upstream.audio("resp_g", "item_g", 40, 800)
        caller.wait(lambda: len(caller.pending_marks) == 40, what="the greeting queued")
        upstream.speech_started("item_u1", audio_start_ms=100)  # the caller talks right away, and on
        bridge.settle(caller, upstream)
        bridge.clock.advance(1.99)
        bridge.settle(caller, upstream)
        assert caller.clears == 0
        bridge.clock.advance(0.02)
        caller.wait(lambda: caller.clears == 1, what="the clear once the disclosure played")
        assert upstream.expect("conversation.item.truncate")["audio_end_ms"] == 2010
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def test_noise_before_the_greetings_first_audio_does_not_cancel_it(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, GREETING_PROTECTED_MS=3000) as bridge:
        caller, upstream = bridge.start()
        upstream.created("resp_g")  # the greeting is being generated, no audio yet
        _user_turn(upstream, "item_n1", 0, 300 + 150 + 500)
        bridge.settle(caller, upstream)
        bridge.clock.advance(3.5)
        bridge.settle(caller, upstream)
        assert upstream.of_type("response.cancel") == []
        upstream.audio("resp_g", "item_g", 2, 800)
        caller.wait(lambda: len(caller.media) == 2, what="the greeting")
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
