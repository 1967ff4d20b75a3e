"""A caller in another configured language, over real sockets with the real tools: the model's
``set_language`` (checked against the transcript) switches the call, the Realtime session
follows with a ``session.update`` validated against the ``openai`` types, the call records the
language, and what Twilio says afterwards (the apology, the hand-off, "nobody answered") is in
Spanish with a Spanish voice.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from flask import Flask

from pos_voice.telephony import say_texts
from tests.support.bridge import ACCOUNT_SID, Rig, Upstream, function_call, post_signed, rig, wait_for

SPANISH_ORDER = "Hola, buenas. Quisiera una pizza grande de pepperoni para recoger, por favor."
USAGE = {"type": "duration", "seconds": 2.0}


@pytest.fixture
def bilingual(demo_app: Flask) -> Iterator[Rig]:
    with rig(demo_app, real_tools=True, LANGUAGES=["en", "es"]) as bridge:
        yield bridge


def _caller_said(upstream: Upstream, item_id: str, text: str, **extra: object) -> None:
    upstream.send({"type": "input_audio_buffer.committed", "item_id": item_id})
    upstream.send({"type": "conversation.item.input_audio_transcription.completed", "item_id": item_id,
                   "content_index": 0, "transcript": text, "usage": USAGE, **extra})


def _says(root: ET.Element) -> list[ET.Element]:
    return list(root.iter("Say"))


def _post(app: Flask, path: str, call_sid: str, **form: str) -> ET.Element:
    response = post_signed(app, path, {"CallSid": call_sid, "AccountSid": ACCOUNT_SID, **form})
    assert response.status_code == 200, response.data
    return ET.fromstring(response.data)


def test_a_spanish_caller_is_answered_in_spanish_and_twilio_apologises_in_spanish(bilingual: Rig) -> None:
    bridge = bilingual
    caller, upstream = bridge.start()
    first = upstream.of_type("session.update")[0]["session"]
    # Two languages, none known yet: the transcription detects it (no hint), the tool is offered.
    assert "language" not in first["audio"]["input"]["transcription"]
    assert "set_language" in {tool["name"] for tool in first["tools"]}
    assert "- Speak English:" in first["instructions"]
    assert "call set_language with its code (es)" in first["instructions"]
    assert bridge.call_row(caller.call_sid).language == "en"

    _caller_said(upstream, "item_u1", SPANISH_ORDER)
    upstream.response("resp_l", [function_call("item_l", "call_l", "set_language", {"language": "es"})])
    update = upstream.expect("session.update")["session"]
    output = json.loads(upstream.expect("conversation.item.create")["item"]["output"])
    create = upstream.expect("response.create")
    assert output["ok"] is True and output["language"] == "es"
    assert "speak Spanish" in output["next"]
    # The session follows before the model answers: Spanish instructions, Spanish transcription.
    assert update["audio"]["input"]["transcription"] == {"model": "gpt-live-transcribe", "language": "es"}
    assert "- Speak Spanish:" in update["instructions"] and "- Speak English:" not in update["instructions"]
    assert "Menu items keep the menu's own names" in update["instructions"]
    kinds = [event["type"] for event in upstream.received]
    assert kinds.index("session.update", 1) < kinds.index("conversation.item.create")
    assert "response" not in create  # the session's (new) instructions
    # The model's next answers are priced the Spanish way (dollars keep their point).
    upstream.take_order()
    added = [json.loads(e["item"]["output"]) for e in upstream.of_type("conversation.item.create")][-1]
    assert added["ok"] is True and "$" in added["say"]

    wait_for(lambda: bridge.call_row(caller.call_sid).language == "es", what="the language on the call")
    assert ("language", {"language": "es", "previous": "en", "by": "model"}) in bridge.events(
        caller.call_sid, "language")
    upstream.drop()  # the model goes away: Twilio apologises and dials staff, in Spanish
    caller.closed.wait(5)
    root = _post(bridge.app, "/voice/stream-ended", caller.call_sid, CallStatus="in-progress")
    [apology] = _says(root)
    assert apology.text == say_texts.SPANISH["apology"]
    assert (apology.get("language"), apology.get("voice")) == ("es-US", "Polly.Lupe-Neural")
    assert root.find("Dial") is not None
    nobody = _says(_post(bridge.app, "/voice/dial-ended", caller.call_sid, DialCallStatus="no-answer"))
    assert [s.text for s in nobody] == [say_texts.SPANISH["nobody_answered"].format(business="Tony's Pizza")]
    _post(bridge.app, "/voice/status", caller.call_sid, CallStatus="completed", CallDuration="30")
    call = bridge.wait_ended(caller.call_sid)
    assert call.language == "es"
    assert upstream.problems == []


def test_the_transcript_refuses_a_switch_the_callers_words_contradict(bilingual: Rig) -> None:
    caller, upstream = bilingual.start()
    _caller_said(upstream, "item_u1", "Hi, I'd like a large pepperoni pizza for pickup, please.")
    upstream.response("resp_l", [function_call("item_l", "call_l", "set_language", {"language": "es"})])
    output = json.loads(upstream.expect("conversation.item.create")["item"]["output"])
    assert output["ok"] is False and "in English, not Spanish" in output["error"]
    upstream.expect("response.create")
    bilingual.settle(caller, upstream)
    assert len(upstream.of_type("session.update")) == 2  # the first, and the English confirmation
    assert upstream.of_type("session.update")[1]["session"] == {
        "type": "realtime", "audio": {"input": {"transcription": {
            "model": "gpt-live-transcribe", "language": "en"}}}}
    caller.hang_up()
    assert bilingual.wait_ended(caller.call_sid).language == "en"
    assert upstream.problems == []


def test_two_spanish_turns_switch_the_call_without_the_tool(bilingual: Rig) -> None:
    """The model never called set_language: the transcript does it, after two clear turns."""
    caller, upstream = bilingual.start()
    _caller_said(upstream, "item_u1", SPANISH_ORDER)
    bilingual.settle(caller, upstream)
    assert len(upstream.of_type("session.update")) == 1  # one turn is not enough
    _caller_said(upstream, "item_u2", "¿Y cuánto cuesta la pizza grande con queso?")
    update = upstream.expect("session.update")["session"]
    assert "- Speak Spanish:" in update["instructions"]
    assert update["audio"]["input"]["transcription"]["language"] == "es"
    wait_for(lambda: bilingual.events(caller.call_sid, "language"), what="the language event")
    assert bilingual.events(caller.call_sid, "language")[0][1]["by"] == "transcript"
    caller.hang_up()
    assert bilingual.wait_ended(caller.call_sid).language == "es"
    assert upstream.problems == []


def test_the_transcriptions_own_language_counts_over_its_words(bilingual: Rig) -> None:
    """``gpt-transcribe`` reports the language it heard: "pizza pepperoni" says nothing, the audio does."""
    caller, upstream = bilingual.start()
    for item in ("item_u1", "item_u2"):
        _caller_said(upstream, item, "Pizza pepperoni.", languages=[{"code": "es"}])
    update = upstream.expect("session.update")["session"]
    assert "- Speak Spanish:" in update["instructions"]
    caller.hang_up()
    bilingual.wait_ended(caller.call_sid)
    assert upstream.problems == []


def test_a_spanish_line_starts_in_spanish(demo_app: Flask) -> None:
    """A number of the shop's that is Spanish (POS_VOICE_NUMBER_LANGUAGES): the first <Say> before
    any speech, the greeting and the instructions are Spanish from the start."""
    disclosure = "Esta llamada puede ser grabada. Le atiende un asistente de inteligencia artificial."
    with rig(demo_app, real_tools=True, LANGUAGES=["en", "es"], NUMBER_LANGUAGES={"+15550009999": "es"},
             DISCLOSURE_MESSAGE="This call may be recorded.",
             SAY_TEXTS={"es": {"disclosure": disclosure}}) as bridge:
        caller = bridge.caller()
        response = post_signed(bridge.app, "/voice/incoming", {
            "CallSid": caller.call_sid, "AccountSid": ACCOUNT_SID, "From": caller.phone, "To": "+15550009999",
            "CallStatus": "ringing", "Direction": "inbound"})
        [said] = _says(ET.fromstring(response.data))
        assert (said.text, said.get("language"), said.get("voice")) == (
            disclosure, "es-US", "Polly.Lupe-Neural")
        caller.dial()  # Twilio retries /incoming: the same call, the same language
        caller.connect()
        upstream = bridge.fake.accept()
        session = upstream.expect("session.update")["session"]
        greeting = upstream.expect("response.create")["response"]["instructions"]
        assert "- Speak Spanish:" in session["instructions"]
        assert "Say it in Spanish" in greeting
        caller.hang_up()
        assert bridge.wait_ended(caller.call_sid).language == "es"
        assert upstream.problems == []
