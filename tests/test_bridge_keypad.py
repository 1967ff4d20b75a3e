"""The caller's keypad over real sockets: Twilio ``dtmf`` events into the bridge.

The transfer key hands the caller to staff mid-sentence (audio cleared, the response cancelled,
the item truncated at what was heard, the decision stored before the stream closes, Twilio
then says the hand-off line and dials staff); a number typed then ``#`` reaches the tools and
the model exactly, never through speech recognition.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.telephony import twiml
from tests.conftest import TEST_SETTINGS
from tests.support.bridge import (
    ACCOUNT_SID,
    TRANSPORTS,
    WAIT,
    function_call,
    message,
    post_signed,
    rig,
    wait_for,
)


def _stream_ended(app: Flask, call_sid: str) -> ET.Element:
    form = {"CallSid": call_sid, "AccountSid": ACCOUNT_SID, "CallStatus": "in-progress"}
    return ET.fromstring(post_signed(app, "/voice/stream-ended", form).data)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_zero_transfers_mid_sentence(demo_app: Flask, transport: str) -> None:
    with rig(demo_app, transport, manual_clock=True) as bridge:
        caller, upstream = bridge.start()
        caller.auto_play = False
        upstream.created("resp_1")
        upstream.send({"type": "response.output_item.added", "response_id": "resp_1", "output_index": 0,
                       "item": {**message("item_a1", ""), "status": "in_progress"}})
        upstream.audio("resp_1", "item_a1", 5, 800)  # 500 ms generated, still generating
        caller.wait(lambda: len(caller.pending_marks) == 5, what="5 marks")
        caller.play(2)  # 200 ms heard
        session = bridge.session(caller)
        wait_for(lambda: session.tracker.played_bytes("item_a1") == 1600, what="2 marks at the bridge")
        caller.press("0")
        caller.wait(lambda: caller.clears == 1, what="the assistant's audio cleared")
        truncate = upstream.expect("conversation.item.truncate")
        assert (truncate["item_id"], truncate["audio_end_ms"]) == ("item_a1", 200)
        upstream.expect("response.cancel")  # no speech: the server would not cancel it
        assert caller.closed.wait(WAIT)  # nothing waits for the model
        call = bridge.wait_ended(caller.call_sid)
        assert (call.next_action, call.disposition) == ("transfer", "transferred")
        assert call.transfer_reason == "the caller pressed 0 on the keypad for a person"
        assert bridge.tools.transfers == [call.transfer_reason]
        kinds = [kind for kind, _ in bridge.events(caller.call_sid)]
        assert "keypad" in kinds and "transfer" in kinds and "barge_in" in kinds
        assert upstream.of_type("response.create") == upstream.of_type("response.create")[:1]  # the greeting
        dial = _stream_ended(bridge.app, caller.call_sid)
        assert dial.findtext("Say") == twiml.CONNECTING_TO_STAFF  # the hand-off line, then staff
        assert TEST_SETTINGS["POS_VOICE_STAFF_PHONE"] in "".join(dial.find("Dial").itertext())
        assert upstream.problems == []


def test_the_transfer_key_can_be_turned_off(demo_app: Flask) -> None:
    with rig(demo_app, KEYPAD_TRANSFER_DIGIT="") as bridge:
        caller, upstream = bridge.start()
        caller.press("0212#")  # off: 0 is a digit like any other
        typed = upstream.expect("conversation.item.create")
        assert typed["item"]["content"][0]["text"] == "(Keypad) The caller typed 0 2 1 2."
        bridge.settle(caller, upstream)
        assert not caller.closed.is_set() and bridge.tools.typed == ["0212"]
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def test_the_transfer_key_is_a_digit_inside_an_entry(demo_app: Flask) -> None:
    with rig(demo_app) as bridge:  # on (the default): as the first key only
        caller, upstream = bridge.start()
        caller.press("5550#")
        upstream.expect("conversation.item.create")
        bridge.settle(caller, upstream)
        assert not caller.closed.is_set() and bridge.tools.typed == ["5550"]
        caller.press("0")
        assert caller.closed.wait(WAIT)
        assert bridge.wait_ended(caller.call_sid).next_action == "transfer"


def test_an_entry_without_pound_is_taken_after_its_timeout_and_star_starts_over(demo_app: Flask) -> None:
    with rig(demo_app, manual_clock=True, KEYPAD_ENTRY_SECONDS=4.0) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_g", [message("item_g", "Hi!")], audio_chunks=1)  # the greeting
        caller.press("99*646555")
        session = bridge.session(caller)
        wait_for(lambda: session.keypad.keys == 9, what="the keys at the bridge")
        bridge.settle(caller, upstream)  # session.updated handled: 3.9 s on, the session is not stalled
        bridge.clock.advance(3.9)
        bridge.settle(caller, upstream)
        assert upstream.of_type("conversation.item.create") == []
        caller.press("0199")
        wait_for(lambda: session.keypad.keys == 13, what="the keys at the bridge")
        bridge.clock.advance(3.9)  # 3.9 s after the last key: still typing
        bridge.settle(caller, upstream)
        assert upstream.of_type("conversation.item.create") == []
        bridge.clock.advance(0.2)
        upstream.expect("conversation.item.create")
        upstream.expect("response.create")  # the model answers the entry
        assert bridge.tools.typed == ["6465550199"]
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []


def test_a_typed_callback_number_reaches_the_tool_exactly(demo_app: Flask) -> None:
    """The real tools: the caller types the callback number, the model places the order without
    repeating it, and the order carries the typed digits (not the caller ID, not a transcript)."""
    with rig(demo_app, real_tools=True) as bridge:
        caller, upstream = bridge.start()  # the caller ID is +15557654321
        instructions = upstream.of_type("session.update")[0]["session"]["instructions"]
        assert "or type it on your keypad, then press pound" in instructions
        assert "5 5 5, 7 6 5, 4 3 2 1 (caller ID)" in instructions
        upstream.take_order()
        upstream.response("resp_q", [message("item_q", "Is the number you're calling from good? Or type one "
                                                       "on your keypad, then press pound.")], audio_chunks=1)
        caller.press("6465550199#")
        typed = upstream.expect("conversation.item.create")["item"]
        assert typed["type"] == "message" and typed["role"] == "user"
        text = typed["content"][0]["text"]
        assert typed["content"][0]["type"] == "input_text"
        assert "6 4 6 5 5 5 0 1 9 9" in text and '"6 4 6, 5 5 5, 0 1 9 9"' in text
        assert "submit_order uses them (leave its phone out)" in text
        upstream.expect("response.create")
        submit = function_call("item_s", "call_s", "submit_order", {"customer_name": "Ann"})
        upstream.response("resp_s", [submit])
        placed = json.loads(upstream.expect("conversation.item.create")["item"]["output"])
        assert placed["ok"] is True, placed
        caller.hang_up()
        call = bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []
    with demo_app.app_context():
        order = get_state().pos.orders_by_id([call.order_id])[call.order_id]
    assert order["phone"] == "+16465550199"


def test_the_simulator_types_a_callback_number_the_order_carries(demo_app: Flask) -> None:
    """``flask pos-voice simulate --script keypad``: the simulated caller types the number on its
    keypad (Twilio dtmf events), the fake model waits for the bridge's keypad message."""
    from pos_voice.testing import scripts
    from pos_voice.testing.simulate import run_simulation

    result = run_simulation(demo_app, scripts.keypad("Tony's Pizza"), timeout=20)
    assert result.problems == []
    assert result.order is not None and result.order["phone"] == "+16465550199"
    assert any(line.startswith("  keypad:    (Keypad) The caller typed 6 4 6 5 5 5 0 1 9 9")
               for line in result.lines())
