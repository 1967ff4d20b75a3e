"""The GPT-Live engine (issue 15 item 3): a call through the real bridge on ``POS_VOICE_ENGINE = "live"``.

The Twilio side is real (the signed webhook, the media stream on a loopback socket); the far end
is :class:`~pos_voice.testing.FakeGptLive` on loopback, which checks every message the engine
sends against ``openai.types.live.ClientEvent`` (strictly). The call is greeted through
commentary, the caller's turn is heard by the fake's own VAD, the order is placed and the call
ended by tools the model delegates (Responses delegation), and the record has both sides'
transcript and the cost of the billed minutes.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from flask import Flask

from pos_voice.testing import FakeGptLive, Script
from tests.support.bridge import WAIT, Rig, rig, ulaw

PER_MINUTE = "0.60"


@pytest.fixture
def live_call(demo_app: Flask) -> Iterator[tuple[Rig, FakeGptLive]]:
    # the fake speaks once the session starts and once the greeting's commentary comes: two lines
    script = (Script().greet("Thanks for calling Tony's Pizza!", audio_ms=200)
              .say("What can I get you?", audio_ms=100)
              .when_caller_says("That's everything, please place it")
              .call_tool("submit_order", {})
              .say_and_call("Order 47 is placed.", "end_call", {})
              .say("Goodbye!", audio_ms=100))
    with FakeGptLive(script) as live, rig(demo_app, ENGINE="live", LIVE_URL=live.url,
                                          PRICES={"gpt-live-1": {"per_minute": PER_MINUTE}}) as bridge:
        yield bridge, live


def test_a_call_on_gpt_live_greets_places_the_order_through_delegation_and_ends(
        live_call: tuple[Rig, FakeGptLive]) -> None:
    bridge, live = live_call
    caller = bridge.caller()
    caller.dial()
    caller.connect()
    session = live.wait_for_session()
    call_session = bridge.session(caller)
    greeting_bytes = (200 + 100) * 8  # both lines, μ-law 8 kHz

    def greeting_played() -> bool:
        heard = sum(len(base64.b64decode(payload)) for payload in list(caller.media))
        return heard == greeting_bytes and call_session.tracker.outstanding() == 0

    caller.wait(greeting_played, what="the greeting played to the caller")  # speaking over it would cut it
    caller.say(15, ulaw(160, 0x30))  # 300 ms of speech, then 600 ms of silence: the fake's VAD ends the turn
    caller.say(30, ulaw(160, 0xFF))
    assert caller.closed.wait(WAIT), caller.kinds()  # end_call: the goodbye played, then the stream closed
    call = bridge.wait_ended(caller.call_sid)
    session.wait_until_finished()
    assert session.wait_closed()
    live.assert_no_protocol_errors()  # every message the engine sent was an openai.types.live event

    # set up for a phone line: μ-law 8 kHz both ways, the tools delegated to a Responses model
    config = session.config
    assert config is not None
    assert config["model"] == "gpt-live-1"
    assert config["audio"]["format"] == {"type": "audio/pcmu", "rate": 8000}
    assert config["instructions"] == "You answer the phone for Tony's Pizza."
    assert [tool["name"] for tool in config["delegation"]["responses"]["tools"]][:3] == [
        "add_item", "slow_tool", "submit_order"]
    types = session.client_types()
    assert types[0] == "session.start" and types[-1] == "session.close"
    assert "conversation.item.truncate" not in types and "response.cancel" not in types
    # the greeting the tools wrote, as commentary for the model to say (without the instructions again)
    assert session.commentary[0][0] is None and "Thanks for calling Tony's Pizza!" in session.commentary[0][1]
    assert not session.commentary[0][1].startswith("You answer the phone")
    # both delegated calls ran on the bridge's tools and their outputs went back
    assert [name for name, _ in bridge.tools.invocations] == ["submit_order", "end_call"]
    outputs = [json.loads(output)["tool"] for output in session.tool_outputs.values()]
    assert outputs == ["submit_order", "end_call"]
    assert types.count("response.create") == 2  # after each batch, the delegated response goes on

    assert (call.next_action, call.disposition, call.model, call.engine) == (
        "hangup", "completed", "gpt-live-1", "live")
    said = call.transcript.splitlines()
    heard = said.index("Caller: That's everything, please place it")
    assert all(line.startswith("Assistant: ") for line in said[:heard] + said[heard + 1:])
    greeting = "".join(line.removeprefix("Assistant: ") for line in said[:heard])
    # one line or two (GPT-Live has no turns; the deltas are joined as they came)
    assert greeting == "Thanks for calling Tony's Pizza!What can I get you?"
    assert said[heard + 1:] == ["Assistant: Order 47 is placed.", "Assistant: Goodbye!"]
    kinds = [kind for kind, _ in bridge.events(caller.call_sid)]
    assert kinds.count("tool_call") == 2 and kinds[-1] == "call_ended"

    # billed per minute: the seconds GPT-Live reported last (session.closed), at the configured price
    closed = next(event for event in session.sent if event["type"] == "session.closed")
    billed = int(closed["usage"]["seconds"])
    usage = next(data for kind, data in bridge.events(caller.call_sid) if kind == "usage")
    assert billed >= 1 and usage["billed_seconds"] == billed
    assert Decimal(str(call.cost_usd)) == (billed * Decimal(PER_MINUTE) / 60).quantize(Decimal("0.0001"))
    assert bridge.fake.count == 0  # no Realtime connection at all




@pytest.fixture
def barge_in_call(demo_app: Flask) -> Iterator[tuple[Rig, FakeGptLive]]:
    script = (Script().greet("Thanks for calling Tony's Pizza, this is the assistant speaking", audio_ms=3000,
                             pace=1.0)
              .when_caller_says("Hello, a pickup please")
              .say("Sure!", audio_ms=100))
    with FakeGptLive(script) as live, rig(demo_app, ENGINE="live", LIVE_URL=live.url) as bridge:
        yield bridge, live


def test_on_gpt_live_the_caller_talks_over_the_model_it_stops_and_nothing_is_truncated(
        barge_in_call: tuple[Rig, FakeGptLive]) -> None:
    bridge, live = barge_in_call
    caller = bridge.caller()
    caller.auto_play = False  # the greeting's audio stays queued at Twilio until played
    caller.dial()
    caller.connect()
    session = live.wait_for_session()
    caller.wait(lambda: len(caller.media) >= 2, what="the greeting starting")
    caller.say(15, ulaw(160, 0x30))  # speech over the greeting, then silence
    caller.say(30, ulaw(160, 0xFF))
    caller.wait(lambda: caller.clears >= 1, what="Twilio told to drop the greeting's queued audio")
    caller.wait(lambda: "Caller: Hello, a pickup please" in bridge.session(caller).transcript.text(),
                what="the caller's line")
    session.wait_until_finished()
    assert session.interruptions == 1  # the model stopped by itself (full duplex)
    # the fake has sent its answer; the bridge has it once the line is in the call's transcript
    caller.wait(lambda: "Assistant: Sure!" in bridge.session(caller).transcript.text(),
                what="the model's answer reaching the bridge")
    caller.play()
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    live.assert_no_protocol_errors()
    types = session.client_types()
    assert "conversation.item.truncate" not in types and "response.cancel" not in types
    said = call.transcript.splitlines()
    assert said[0].startswith("Assistant: Th") and said[0].endswith(" —")  # cut at what was heard (little)
    assert said[1:] == ["Caller: Hello, a pickup please", "Assistant: Sure!"]
    assert [kind for kind, _ in bridge.events(caller.call_sid)].count("barge_in") == 1
