"""The testing kit itself: the fake Realtime server, the strict GA validator, the simulated caller."""

from __future__ import annotations

import base64
import json
import threading
import time
import typing as t
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
import websocket
from flask import Flask, Response, request
from flask_sock import Sock
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import Connect, Dial, VoiceResponse

from pos_voice.testing import (
    FakeGptLive,
    FakeOpenAISip,
    FakeRealtimeServer,
    FakeTwilioRest,
    Script,
    SimulatedCaller,
    client_event_problems,
)
from pos_voice.testing.realtime_protocol import RealtimeEmulation
from pos_voice.testing.servers import serve
from pos_voice.testing.vad import ServerVad
from tests.support.databases import create_all

pytestmark = pytest.mark.timeout(30)

GA_SESSION_UPDATE: dict[str, t.Any] = {"type": "session.update", "session": {
    "type": "realtime", "model": "gpt-realtime-2.1",
    "instructions": "You answer the phone for Tony's Pizza.",
    "output_modalities": ["audio"],
    "audio": {
        "input": {"format": {"type": "audio/pcmu"}, "noise_reduction": {"type": "near_field"},
                  "transcription": {"model": "gpt-live-transcribe", "language": "en"},
                  "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
                                     "silence_duration_ms": 200, "create_response": True,
                                     "interrupt_response": True}},
        "output": {"format": {"type": "audio/pcmu"}, "voice": "marin", "speed": 1.0},
    },
    "tools": [{"type": "function", "name": "add_item", "description": "Add an item.",
               "parameters": {"type": "object", "properties": {"item_name": {"type": "string"}},
                              "required": ["item_name"]}}],
    "tool_choice": "auto", "max_output_tokens": "inf",
}}
BETA_SESSION_UPDATE: dict[str, t.Any] = {"type": "session.update", "session": {
    "modalities": ["text", "audio"], "instructions": "...", "voice": "alloy",
    "input_audio_format": "g711_ulaw", "output_audio_format": "g711_ulaw",
    "turn_detection": {"type": "server_vad"}, "temperature": 0.8}}


def speech(ms: int) -> str:
    return base64.b64encode(bytes([0x30]) * (ms * 8)).decode()


def silence(ms: int) -> str:
    return base64.b64encode(bytes([0xFF]) * (ms * 8)).decode()


class Client:
    """A bare Realtime client over websocket-client, to drive the fake by hand."""

    def __init__(self, url: str) -> None:
        self.ws = websocket.create_connection(url, timeout=5, header=["Authorization: Bearer sk-test"])
        self.events: list[dict[str, t.Any]] = []
        self.sent = 0

    def send(self, event: dict[str, t.Any]) -> None:
        self.ws.send(json.dumps(event))
        self.sent += 1

    def append(self, audio_b64: str, frame_ms: int = 20) -> None:
        raw = base64.b64decode(audio_b64)
        step = frame_ms * 8
        for start in range(0, len(raw), step):
            self.send({"type": "input_audio_buffer.append",
                       "audio": base64.b64encode(raw[start:start + step]).decode()})

    def receive(self) -> dict[str, t.Any]:
        event = json.loads(self.ws.recv())
        self.events.append(event)
        return t.cast(dict[str, t.Any], event)

    def until(self, event_type: str, **match: t.Any) -> dict[str, t.Any]:
        """Receive until an event of ``event_type`` (whose fields equal ``match``) arrives."""
        while True:
            event = self.receive()
            if event["type"] == event_type and all(event.get(k) == v for k, v in match.items()):
                return event

    def types(self) -> list[str]:
        return [e["type"] for e in self.events]

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def open_fake() -> Iterator[t.Callable[..., tuple[FakeRealtimeServer, Client]]]:
    started: list[tuple[FakeRealtimeServer, Client]] = []

    def start(script: Script, **options: t.Any) -> tuple[FakeRealtimeServer, Client]:
        fake = FakeRealtimeServer(script, **options).start()
        client = Client(fake.url + "?model=gpt-realtime-2.1")
        started.append((fake, client))
        client.until("session.created")
        return fake, client

    yield start
    for fake, client in started:
        client.close()
        fake.stop()


# ---------------------------------------------------------------- loaded only when used

_IMPORT_PROBE = """
import json, sys
import pos_voice
after_import = sorted(m for m in sys.modules if m.startswith("pos_voice.testing"))
from pizzeria_pos import create_app
app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True})
after_register = sorted(m for m in sys.modules if m.startswith("pos_voice.testing"))
commands = sorted(app.cli.commands["pos-voice"].commands)
print(json.dumps({"after_import": after_import, "after_register": after_register, "commands": commands}))
"""


def test_the_kit_is_not_loaded_by_import_pos_voice_nor_by_registering_it() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", _IMPORT_PROBE], cwd=root / "examples", capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded["after_import"] == []
    assert loaded["after_register"] == []
    assert "simulate" in loaded["commands"]  # the command is there; its code loads when it runs


def test_the_simulate_command_loads_the_kit_when_asked_for_its_help(demo_app: t.Any) -> None:
    result = demo_app.test_cli_runner().invoke(args=["pos-voice", "simulate", "--help"])
    assert result.exit_code == 0, result.output
    from pos_voice.testing.scripts import SCRIPTS

    assert "spanish" in SCRIPTS and "--script [" + "|".join(sorted(SCRIPTS)) + "]" in result.output
    listing = demo_app.test_cli_runner().invoke(args=["pos-voice", "--help"])
    assert "simulate" in listing.output and "Play a scripted call" in listing.output


# ---------------------------------------------------------------- strict GA validation


def test_validator_accepts_the_ga_session_update() -> None:
    assert client_event_problems(GA_SESSION_UPDATE) == []


def test_validator_rejects_beta_fields() -> None:
    problems = client_event_problems(BETA_SESSION_UPDATE)
    assert problems  # the beta shape has no session.type and unknown fields
    session = {**GA_SESSION_UPDATE["session"], "temperature": 0.8}
    with_temperature = {"type": "session.update", "session": session}
    assert client_event_problems(with_temperature) == [
        "session.update.session.temperature is not a field of RealtimeSessionCreateRequest (openai types)"]
    beta_format = {"type": "session.update",
                   "session": {"type": "realtime", "input_audio_format": "g711_ulaw"}}
    assert any("input_audio_format" in p for p in client_event_problems(beta_format))


def test_validator_checks_nested_items_and_event_names() -> None:
    assert client_event_problems({"type": "conversation.item.create", "item": {
        "type": "function_call_output", "call_id": "call_1", "output": "{}"}}) == []
    assert client_event_problems({"type": "response.audio.delta", "delta": ""}) == [
        "'response.audio.delta' is not a GA Realtime client event type"]
    assert client_event_problems({"type": "conversation.item.create", "item": {
        "type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi", "extra": 1}]}})
    assert client_event_problems({"type": "conversation.item.truncate", "item_id": "i", "content_index": 0,
                                  "audio_end_ms": "soon"})


# ---------------------------------------------------------------- the parts of the fake, without sockets


class _Recorded(RealtimeEmulation):
    """The protocol emulation with a list for a socket and nothing scripted."""

    def __init__(self) -> None:
        super().__init__(0, model="gpt-realtime-2.1")
        self.wire: list[dict[str, t.Any]] = []

    def _transmit(self, text: str) -> bool:
        self.wire.append(json.loads(text))
        return True


def test_the_protocol_emulation_answers_without_a_socket_or_a_script() -> None:
    emulation = _Recorded()
    emulation._handle(json.dumps(GA_SESSION_UPDATE))
    assert emulation.wire[-1]["type"] == "session.updated"
    assert emulation.wire[-1]["session"]["audio"]["output"]["format"] == {"type": "audio/pcmu"}
    emulation._handle(json.dumps({"type": "response.create"}))  # nothing will fill it: an empty response
    empty_response = ["response.created", "rate_limits.updated", "response.done"]
    assert [e["type"] for e in emulation.wire[1:]] == empty_response
    emulation._handle(json.dumps({"type": "response.cancel"}))
    assert emulation.wire[-1]["error"]["code"] == "response_cancel_not_active"
    emulation._handle(json.dumps(BETA_SESSION_UPDATE))
    assert emulation.wire[-1]["type"] == "error" and emulation.protocol_errors


def test_server_vad_reports_turn_edges_in_audio_time() -> None:
    vad = ServerVad()
    edges = [vad.step(frame, 200) for frame in vad.frames(bytes([0xFF]) * 1600 + bytes([0x30]) * 4000)]
    assert [e for e in edges if e] == [("started", 200.0)]
    edges = [vad.step(frame, 200) for frame in vad.frames(bytes([0xFF]) * 2400)]
    assert [e for e in edges if e] == [("stopped", 700.0)]
    assert vad.frames(bytes(100)) == [] and len(vad.frames(bytes(60))) == 1  # whole 20 ms frames only
    assert vad.step(bytes([0x30]) * 160, None) is None  # turn detection off: only the clock runs


def test_the_split_modules_keep_the_public_names() -> None:
    from pos_voice.testing import fake_realtime, script

    for name in ("CallerCue", "CallerSays", "Drop", "Pause", "Respond", "Script", "SendError", "SendEvent",
                 "ToolCall", "default_audio_ms"):
        assert getattr(fake_realtime, name) is getattr(script, name)


# ---------------------------------------------------------------- the fake Realtime server


def test_session_update_is_applied_and_answered(open_fake: t.Any) -> None:
    fake, client = open_fake(Script())
    client.send(GA_SESSION_UPDATE)
    updated = client.until("session.updated")
    assert updated["session"]["audio"]["input"]["format"] == {"type": "audio/pcmu"}
    assert updated["session"]["audio"]["output"]["voice"] == "marin"
    assert updated["session"]["tools"][0]["name"] == "add_item"
    session = fake.wait_for_session()
    assert session.query["model"] == "gpt-realtime-2.1"
    assert session.headers["Authorization"] == "Bearer sk-test"
    fake.assert_no_protocol_errors()


def test_beta_session_update_is_rejected_and_recorded(open_fake: t.Any) -> None:
    fake, client = open_fake(Script())
    client.send({"type": "session.update", "session": {**GA_SESSION_UPDATE["session"], "temperature": 0.8}})
    error = client.until("error")
    assert error["error"]["code"] == "unknown_parameter"
    assert "temperature" in error["error"]["message"]
    with pytest.raises(AssertionError, match="temperature"):
        fake.assert_no_protocol_errors()


def test_a_scripted_greeting_streams_audio_with_transcript(open_fake: t.Any) -> None:
    fake, client = open_fake(Script().greet("Thanks for calling Tony's Pizza!", audio_ms=450))
    client.send(GA_SESSION_UPDATE)
    client.until("session.updated")
    client.send({"type": "response.create"})
    done = client.until("response.done")
    types = client.types()
    order = ["response.created", "response.output_item.added", "conversation.item.added",
             "response.output_audio.delta", "response.output_audio.done",
             "response.output_audio_transcript.done", "response.output_item.done", "response.done"]
    assert [types.index(name) for name in order] == sorted(types.index(name) for name in order)
    deltas = [e["delta"] for e in client.events if e["type"] == "response.output_audio.delta"]
    audio = b"".join(base64.b64decode(delta) for delta in deltas)
    assert len(audio) == 450 * 8
    transcript = next(e for e in client.events if e["type"] == "response.output_audio_transcript.done")
    assert transcript["transcript"] == "Thanks for calling Tony's Pizza!"
    response = done["response"]
    assert response["status"] == "completed"
    usage = response["usage"]
    assert usage["output_token_details"]["audio_tokens"] == 450 // 50
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    assert "cached_tokens_details" in usage["input_token_details"]
    fake.wait_for_session().wait_until_finished()


def test_response_create_while_one_is_active_is_an_error(open_fake: t.Any) -> None:
    _, client = open_fake(Script().greet("Hello there, this takes a while.", audio_ms=1000), pace=0.2)
    client.send(GA_SESSION_UPDATE)
    client.send({"type": "response.create"})
    client.send({"type": "response.create", "event_id": "evt_second"})
    error = client.until("error")
    assert error["error"]["code"] == "conversation_already_has_active_response"
    assert error["error"]["event_id"] == "evt_second"
    assert client.until("response.done")["response"]["status"] == "completed"


def test_cancel_without_an_active_response_is_an_error_and_cancel_works(open_fake: t.Any) -> None:
    _, client = open_fake(Script().greet("A long greeting that will be cut short.", audio_ms=3000), pace=0.2)
    client.send(GA_SESSION_UPDATE)
    client.send({"type": "response.cancel"})
    assert client.until("error")["error"]["code"] == "response_cancel_not_active"
    client.send({"type": "response.create"})
    client.until("response.output_audio.delta")
    client.send({"type": "response.cancel"})
    done = client.until("response.done")
    assert done["response"]["status"] == "cancelled"
    assert done["response"]["status_details"]["reason"] == "client_cancelled"
    deltas = [e for e in client.events if e["type"] == "response.output_audio.delta"]
    assert len(deltas) < 30  # stopped streaming


def test_truncate_rules(open_fake: t.Any) -> None:
    fake, client = open_fake(Script().say_and_call("One moment.", "get_menu", {}, audio_ms=500))
    client.send(GA_SESSION_UPDATE)
    client.send({"type": "response.create"})
    done = client.until("response.done")
    message, function_call = done["response"]["output"]
    client.send({"type": "conversation.item.truncate", "item_id": message["id"], "content_index": 0,
                 "audio_end_ms": 900})
    error = client.until("error")
    assert error["error"]["message"] == "Audio content of 500ms is already shorter than 900ms"
    client.send({"type": "conversation.item.truncate", "item_id": function_call["id"], "content_index": 0,
                 "audio_end_ms": 0})
    assert client.until("error")["error"]["code"] == "unsupported_content_type"
    client.send({"type": "conversation.item.truncate", "item_id": message["id"], "content_index": 0,
                 "audio_end_ms": 300})
    truncated = client.until("conversation.item.truncated")
    assert (truncated["item_id"], truncated["audio_end_ms"]) == (message["id"], 300)
    session = fake.wait_for_session()
    assert session.item_audio_ms(message["id"]) == 300
    assert [t["accepted"] for t in session.truncations] == [False, False, True]


def test_server_vad_turns_and_a_scripted_tool_round_trip(open_fake: t.Any) -> None:
    script = (Script().greet("Hi!", audio_ms=200)
              .when_caller_says("A large pepperoni please")
              .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large"})
              .say("One large pepperoni.", audio_ms=200))
    fake, client = open_fake(script)
    client.send(GA_SESSION_UPDATE)
    client.send({"type": "response.create"})
    client.until("response.done")
    client.append(silence(200))
    client.append(speech(600))
    started = client.until("input_audio_buffer.speech_started")
    assert started["audio_start_ms"] == 200
    client.append(silence(300))
    stopped = client.until("input_audio_buffer.speech_stopped")
    assert stopped["audio_end_ms"] == 800
    committed = client.until("input_audio_buffer.committed")
    assert committed["item_id"] == started["item_id"]
    transcript = client.until("conversation.item.input_audio_transcription.completed")
    assert transcript["transcript"] == "A large pepperoni please"
    call = client.until("response.function_call_arguments.done")
    assert call["name"] == "add_item"
    assert json.loads(call["arguments"]) == {"item_name": "pepperoni pizza", "size": "large"}
    assert client.until("response.done")["response"]["output"][0]["type"] == "function_call"
    client.send({"type": "conversation.item.create", "item": {
        "type": "function_call_output", "call_id": call["call_id"], "output": '{"ok": true}'}})
    client.send({"type": "response.create"})
    done = client.until("response.done")
    assert done["response"]["output"][0]["content"][0]["transcript"] == "One large pepperoni."
    session = fake.wait_for_session()
    session.wait_until_finished()
    assert session.tool_outputs == {call["call_id"]: '{"ok": true}'}
    assert session.transcript == [("assistant", "Hi!"), ("caller", "A large pepperoni please"),
                                  ("assistant", "One large pepperoni.")]
    fake.assert_no_protocol_errors()


def test_caller_speech_interrupts_the_active_response(open_fake: t.Any) -> None:
    script = Script().greet("A very long greeting that the caller talks over.", audio_ms=4000) \
        .when_caller_says("Actually, delivery please").say("Sure, delivery.", audio_ms=200)
    fake, client = open_fake(script, pace=0.5)
    client.send(GA_SESSION_UPDATE)
    client.send({"type": "response.create"})
    first = client.until("response.created")["response"]["id"]
    client.until("response.output_audio.delta")
    client.append(speech(300))
    client.until("input_audio_buffer.speech_started")
    cut = client.until("response.done")
    assert cut["response"]["id"] == first
    assert cut["response"]["status"] == "cancelled"
    assert cut["response"]["status_details"]["reason"] == "turn_detected"
    client.append(silence(300))
    client.until("conversation.item.input_audio_transcription.completed")
    assert client.until("response.done")["response"]["status"] == "completed"  # the auto-response
    fake.wait_for_session().wait_until_finished()


def test_response_create_before_the_tool_output_fails_the_script(open_fake: t.Any) -> None:
    fake, client = open_fake(Script().call_tool("get_menu", {}).say("Here's the menu.", audio_ms=100))
    client.send({"type": "response.create"})
    call = client.until("response.function_call_arguments.done")
    client.until("response.done")
    session = fake.wait_for_session()
    assert session.missing_tool_outputs() == [call["call_id"]]
    client.send({"type": "response.create"})  # no function_call_output first
    client.until("response.done")
    with pytest.raises(AssertionError, match="have no function_call_output"):
        session.wait_until_finished()


def test_tool_output_for_an_unknown_call_is_rejected(open_fake: t.Any) -> None:
    _, client = open_fake(Script())
    client.send({"type": "conversation.item.create", "item": {
        "type": "function_call_output", "call_id": "call_nope", "output": "{}"}})
    assert "Tool call ID 'call_nope' not found" in client.until("error")["error"]["message"]


def test_scripted_errors_and_unknown_events_are_sent(open_fake: t.Any) -> None:
    script = (Script().greet("Hi", audio_ms=100)
              .send({"type": "some.future_event", "detail": 1})
              .send_error("server_error", "The server had an error.", "server_error"))
    _, client = open_fake(script)
    client.send({"type": "response.create"})
    client.until("some.future_event")
    error = client.until("error")
    assert error["error"] == {"type": "server_error", "code": "server_error",
                              "message": "The server had an error.", "param": None, "event_id": None}


def test_drop_closes_with_1011_mid_call(open_fake: t.Any) -> None:
    fake, client = open_fake(Script().greet("Hi", audio_ms=100).drop())
    client.send({"type": "response.create"})
    client.until("response.done")
    with pytest.raises(websocket.WebSocketConnectionClosedException):
        while True:
            opcode, data = client.ws.recv_data()
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                assert int.from_bytes(data[:2], "big") == 1011
                raise websocket.WebSocketConnectionClosedException("closed")
    assert fake.wait_for_session().wait_closed()


# ---------------------------------------------------------------- faults a watchdog must catch


def greeting_then_a_caller_turn(client: Client) -> None:
    client.send({"type": "response.create"})
    client.until("response.done")
    client.append(speech(300) + silence(300))
    client.until("conversation.item.input_audio_transcription.completed")


def test_withheld_session_events_are_never_sent() -> None:
    script = Script().withhold("session.created", "session.updated").greet("Hi", audio_ms=100)
    with FakeRealtimeServer(script) as fake:
        client = Client(fake.url)
        client.send(GA_SESSION_UPDATE)
        client.send({"type": "response.create"})
        client.until("response.done")  # the session works; it just never says it is ready
        assert "session.created" not in client.types() and "session.updated" not in client.types()
        session = fake.wait_for_session()
        assert session.session_config["audio"]["output"]["format"] == {"type": "audio/pcmu"}  # applied
        assert [e["type"] for e in session.withheld_events] == ["session.created", "session.updated"]
        client.close()


def test_an_ignored_response_create_gets_no_answer_and_the_retry_does() -> None:
    with FakeRealtimeServer(Script().ignore_response_request().greet("Hi there", audio_ms=100)) as fake:
        client = Client(fake.url)
        client.until("session.created")
        client.send({"type": "response.create", "event_id": "evt_first"})
        session = fake.wait_for_session()
        session.wait_handled(1)
        assert session.ignored_requests == ["client"]
        assert session.sent_types() == ["session.created"]  # no response.created, no error
        client.send({"type": "response.create", "event_id": "evt_retry"})
        done = client.until("response.done")
        assert done["response"]["output"][0]["content"][0]["transcript"] == "Hi there"
        assert client.types().count("response.created") == 1
        session.wait_until_finished()
        client.close()


def test_an_ignored_turn_gets_no_auto_response() -> None:
    script = (Script().greet("Hi", audio_ms=100).when_caller_says("A large pepperoni")
              .ignore_response_request(origin="turn_detected").say("One large pepperoni.", audio_ms=100))
    with FakeRealtimeServer(script) as fake:
        client = Client(fake.url)
        greeting_then_a_caller_turn(client)
        session = fake.wait_for_session()
        assert session.ignored_requests == ["turn_detected"]
        assert client.types().count("response.created") == 1  # only the greeting's
        client.send({"type": "response.create"})  # what a watchdog's retry does
        done = client.until("response.done")
        assert done["response"]["output"][0]["content"][0]["transcript"] == "One large pepperoni."
        session.wait_until_finished()
        client.close()


def test_a_stalled_response_starts_and_never_finishes() -> None:
    with FakeRealtimeServer(Script().stall_response(after_ms=200), chunk_ms=100) as fake:
        client = Client(fake.url)
        client.send({"type": "response.create"})
        client.until("response.created")
        client.until("rate_limits.updated")  # sent beside the script's audio, in either order
        session = fake.wait_for_session()
        session.wait_until_finished()
        assert session.silent
        sent = session.sent_types()
        assert sent.count("response.output_audio.delta") == 2
        assert "response.done" not in sent and "response.output_audio.done" not in sent
        client.send({"type": "response.cancel"})  # not even an error comes back
        session.wait_handled(2)
        assert session.sent_types() == sent
        client.close()


def test_a_response_that_never_produces_audio() -> None:
    with FakeRealtimeServer(Script().stall_response()) as fake:
        client = Client(fake.url)
        client.send({"type": "response.create"})
        client.until("response.created")
        client.until("rate_limits.updated")  # sent right after response.created, then nothing
        session = fake.wait_for_session()
        session.wait_until_finished()
        sent = session.sent_types()
        assert sent[sent.index("response.created"):] == ["response.created", "rate_limits.updated"]


def test_stall_after_the_tool_output() -> None:
    script = Script().call_tool("get_menu", {}).stall_after_tool_output().say("Never said.")
    with FakeRealtimeServer(script) as fake:
        client = Client(fake.url)
        client.send({"type": "response.create"})
        call = client.until("response.function_call_arguments.done")
        client.until("response.done")
        client.send({"type": "conversation.item.create", "item": {
            "type": "function_call_output", "call_id": call["call_id"], "output": '{"menu": []}'}})
        acknowledged = client.until("conversation.item.done")
        assert acknowledged["item"]["type"] == "function_call_output"
        client.send({"type": "response.create"})
        session = fake.wait_for_session()
        session.wait_handled(3)
        assert session.silent and session.tool_outputs == {call["call_id"]: '{"menu": []}'}
        sent = session.sent_types()
        assert sent.count("response.created") == 1 and sent[-1] == "conversation.item.done"
        session.wait_until_finished()
        client.close()


def test_go_silent_mid_call_keeps_the_socket_open() -> None:
    script = Script().greet("Hi", audio_ms=100).when_caller_says("A large pepperoni").go_silent()
    with FakeRealtimeServer(script) as fake:
        client = Client(fake.url)
        greeting_then_a_caller_turn(client)
        session = fake.wait_for_session()
        session.wait_until_finished()
        client.send({"type": "response.create"})
        client.append(speech(300) + silence(300))
        session.wait_handled(client.sent)
        after = session.sent_types()
        assert after[-1] == "conversation.item.input_audio_transcription.completed"
        assert after.count("response.created") == 1  # the greeting only; nothing answers now
        assert not session.closed.is_set()
        client.ws.ping()  # the socket is still open
        client.close()
        assert session.wait_closed()


def test_an_abrupt_drop_ends_the_connection_without_a_close_frame() -> None:
    with FakeRealtimeServer(Script().greet("Hi", audio_ms=100).drop(abrupt=True)) as fake:
        client = Client(fake.url)
        client.send({"type": "response.create"})
        client.until("response.done")
        with pytest.raises((websocket.WebSocketConnectionClosedException, ConnectionError)):
            while True:
                opcode, _ = client.ws.recv_data(control_frame=True)
                assert opcode != websocket.ABNF.OPCODE_CLOSE, "an abrupt drop sends no close frame"
        assert fake.wait_for_session().wait_closed()


def test_refused_and_slow_connections() -> None:
    with FakeRealtimeServer(Script(), refuse_connections=2, handshake_delay=0.2) as fake:
        for _ in range(2):
            with pytest.raises(websocket.WebSocketBadStatusException) as refused:
                websocket.create_connection(fake.url, timeout=5)
            assert refused.value.status_code == 503
        began = time.monotonic()
        ws = websocket.create_connection(fake.url, timeout=5)
        assert time.monotonic() - began >= 0.2
        assert json.loads(ws.recv())["type"] == "session.created"
        ws.close()
        assert (fake.connection_attempts, fake.refused, len(fake.sessions)) == (3, 2, 1)


def test_api_key_is_required_when_configured() -> None:
    with FakeRealtimeServer(Script(), api_key="sk-right") as fake:
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(fake.url, timeout=5, header=["Authorization: Bearer sk-wrong"])
        assert refused.value.status_code == 401
        ws = websocket.create_connection(fake.url, timeout=5, header=["Authorization: Bearer sk-right"])
        ws.close()


def test_a_script_step_that_never_comes_fails_the_script(open_fake: t.Any) -> None:
    fake, _ = open_fake(Script().greet("Hi"), step_timeout=0.3)
    session = fake.wait_for_session()
    with pytest.raises(AssertionError, match="no response request"):
        session.wait_until_finished(timeout=3)


def test_each_connection_gets_its_own_script() -> None:
    scripts = {0: Script().greet("first", audio_ms=100), 1: Script().greet("second", audio_ms=100)}
    with FakeRealtimeServer(lambda index: scripts[index]) as fake:
        clients = [Client(fake.url), Client(fake.url)]
        for client in clients:
            client.send({"type": "response.create"})
        said = [c.until("response.output_audio_transcript.done")["transcript"] for c in clients]
        assert sorted(said) == ["first", "second"]
        for client in clients:
            client.close()


# ---------------------------------------------------------------- the simulated caller


TOKEN = "caller-test-token"
PUBLIC = "https://pos.example.com"


class TinyTwilioApp:
    """A minimal Twilio-facing app: checks the caller's signatures and plays a short stream."""

    def __init__(self) -> None:
        self.app = Flask("tiny_twilio_host")
        self.sock = Sock(self.app)
        self.validator = RequestValidator(TOKEN)
        self.received: list[dict[str, t.Any]] = []
        self.webhooks: list[tuple[str, dict[str, str]]] = []
        self.mark_echo_delays: dict[str, float] = {}
        self.done = threading.Event()
        self._routes()

    def _routes(self) -> None:
        app, validator = self.app, self.validator

        @app.post("/voice/<name>")
        def webhook(name: str) -> Response:
            url = PUBLIC + request.path
            if not validator.validate(url, request.form, request.headers.get("X-Twilio-Signature", "")):
                return Response("forbidden", 403)
            self.webhooks.append((name, dict(request.form)))
            answer = VoiceResponse()
            if name == "incoming":
                connect = Connect(action=f"{PUBLIC}/voice/stream-ended", method="POST")
                stream = connect.stream(url="wss://pos.example.com/voice/stream")
                stream.parameter(name="call_token", value="tok-123")
                answer.append(connect)
            elif name == "stream-ended":
                dial = Dial(action=f"{PUBLIC}/voice/dial-ended", timeout=20)
                dial.number("+15550001111")
                answer.append(dial)
            return Response(str(answer), mimetype="text/xml")

        @self.sock.route("/voice/stream")
        def stream(ws: t.Any) -> None:
            signature = request.headers.get("x-twilio-signature", "")
            if not validator.validate("wss://pos.example.com/voice/stream", {}, signature):
                ws.close(reason=1008)
                return
            while (raw := ws.receive(timeout=5)) is not None:
                message = json.loads(raw)
                self.received.append(message)
                if message["event"] == "start":
                    break
            sid = message["streamSid"]
            audio = base64.b64encode(bytes([0x41]) * 800).decode()  # 100 ms
            sent_at = time.monotonic()
            ws.send(json.dumps({"event": "media", "streamSid": sid, "media": {"payload": audio}}))
            ws.send(json.dumps({"event": "mark", "streamSid": sid, "mark": {"name": "m1"}}))
            self._await_mark(ws, "m1", sent_at)
            long_audio = base64.b64encode(bytes([0x42]) * 8000).decode()  # 1 s
            ws.send(json.dumps({"event": "media", "streamSid": sid, "media": {"payload": long_audio}}))
            sent_at = time.monotonic()
            ws.send(json.dumps({"event": "mark", "streamSid": sid, "mark": {"name": "m2"}}))
            time.sleep(0.2)
            ws.send(json.dumps({"event": "clear", "streamSid": sid}))
            self._await_mark(ws, "m2", sent_at)
            # Wait for the caller's speech, then hang up from the server side.
            while (raw := ws.receive(timeout=5)) is not None:
                message = json.loads(raw)
                self.received.append(message)
                if message["event"] == "media" and base64.b64decode(message["media"]["payload"])[0] != 0xFF:
                    break
            self.done.set()

    def _await_mark(self, ws: t.Any, name: str, sent_at: float) -> None:
        while (raw := ws.receive(timeout=5)) is not None:
            message = json.loads(raw)
            self.received.append(message)
            if message["event"] == "mark" and message["mark"]["name"] == name:
                self.mark_echo_delays[name] = time.monotonic() - sent_at
                return


def test_simulated_caller_follows_twilio(monkeypatch: pytest.MonkeyPatch) -> None:
    host = TinyTwilioApp()
    with serve(host.app) as port:
        caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC, auth_token=TOKEN,
                                 playback=1.0, pace=1.0, staff_answers=False)
        root = caller.start_call()
        assert root.find("Connect/Stream") is not None
        assert caller.stream_parameters == {"call_token": "tok-123"}
        caller.wait_for_clear()
        caller.speak(200, trailing_silence_ms=100)
        assert host.done.wait(5)
        caller.wait_for_server_hangup()

    connected, start = host.received[0], host.received[1]
    assert connected == {"event": "connected", "protocol": "Call", "version": "1.0.0"}
    assert start["start"]["customParameters"] == {"call_token": "tok-123"}
    assert start["start"]["callSid"] == caller.call_sid
    assert start["start"]["mediaFormat"] == {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1}
    media = [m for m in host.received if m["event"] == "media"]
    assert media, "the caller streams audio"
    assert all(isinstance(m["sequenceNumber"], str) for m in media)
    assert all(isinstance(m["media"]["timestamp"], str) for m in media)
    assert all(len(base64.b64decode(m["media"]["payload"])) == 160 for m in media)
    timestamps = [int(m["media"]["timestamp"]) for m in media]
    assert timestamps == sorted(timestamps) and timestamps[1] - timestamps[0] == 20

    # m1 was echoed after its 100 ms played; m2 was echoed by the clear, long before its 1 s.
    assert host.mark_echo_delays["m1"] >= 0.09
    assert host.mark_echo_delays["m2"] < 0.6
    assert caller.marks_echoed == ["m1", "m2"]
    assert len(caller.clears) == 1
    assert caller.received_ms == 1100
    assert 250 <= caller.heard_ms < 600  # 100 ms + what of the 1 s played before the clear

    # Twilio's flow after the server closed the stream: <Connect action>, <Dial action>, status.
    assert [name for name, _ in host.webhooks] == ["incoming", "stream-ended", "dial-ended", "status"]
    assert caller.dialed == "+15550001111"
    dial_form = host.webhooks[2][1]
    assert dial_form["DialCallStatus"] == "no-answer"
    status_form = host.webhooks[3][1]
    assert status_form["CallStatus"] == "completed" and int(status_form["CallDuration"]) >= 1
    assert caller.protocol_errors == []


def test_simulated_caller_unsigned_is_refused() -> None:
    host = TinyTwilioApp()
    with serve(host.app) as port:
        caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC, auth_token="wrong-token")
        with pytest.raises(AssertionError, match="403"):
            caller.dial()


def test_twiml_of_a_direct_dial_is_followed() -> None:
    app = Flask("direct_dial")
    seen: list[str] = []

    @app.post("/voice/<name>")
    def webhook(name: str) -> Response:
        seen.append(name)
        answer = VoiceResponse()
        if name == "incoming":
            dial = Dial(action=f"{PUBLIC}/voice/dial-ended")
            dial.number("+15550001111")
            answer.append(dial)
        return Response(str(answer), mimetype="text/xml")

    with serve(app) as port:
        caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC, auth_token=TOKEN)
        root = caller.start_call()
    assert ET.tostring(root).count(b"Dial") == 2
    assert seen == ["incoming", "dial-ended", "status"]
    assert caller.dialed == "+15550001111"


# ---------------------------------------------------------------- flask pos-voice simulate


def voice_calls(app: t.Any) -> list[t.Any]:
    import sqlalchemy as sa

    from pos_voice.extension import get_state

    with app.app_context():
        state = get_state()
        rows = list(state.db.session.execute(sa.select(state.models.VoiceCall)).scalars())
        state.db.session.expunge_all()
        return rows


def test_simulate_command_places_a_pepperoni_order(demo_app: t.Any) -> None:
    from pizzeria_pos.models import Order

    from pos_voice.extension import get_state

    realtime_url = demo_app.config["POS_VOICE_REALTIME_URL"]
    problems_before = list(get_state(demo_app).problems)
    result = demo_app.test_cli_runner().invoke(
        args=["pos-voice", "simulate", "--script", "pepperoni", "--timeout", "10"])
    assert result.exit_code == 0, result.output
    output = result.output
    assert "caller:    Hi, I'd like a large pepperoni pizza for pickup, please." in output
    assert "tool:      add_item(" in output and "tool:      submit_order(" in output
    assert "PROBLEM" not in output

    [call] = voice_calls(demo_app)
    assert (call.disposition, call.state, call.next_action) == ("completed", "ended", "hangup")
    assert call.order_id is not None and call.duration_seconds is not None
    with demo_app.app_context():
        order = demo_app.extensions["sqlalchemy"].session.get(Order, call.order_id)
        assert (order.source, order.customer_name, order.order_type) == ("voice", "Sam", "pickup")
        assert [item.quantity for item in order.items] == [1]
        assert f"Order #{order.order_number}: pickup for Sam, total {order.total}" in output
    # The host's configuration is as it was.
    assert demo_app.config["POS_VOICE_REALTIME_URL"] == realtime_url
    assert get_state(demo_app).problems == problems_before


def test_simulate_on_gpt_live_places_the_order_through_the_fake_gpt_live_server(demo_app: t.Any) -> None:
    from pizzeria_pos.models import Order

    from pos_voice.extension import get_state

    result = demo_app.test_cli_runner().invoke(
        args=["pos-voice", "simulate", "--engine", "live", "--script", "pepperoni", "--timeout", "10"])
    assert result.exit_code == 0, result.output
    output = result.output
    assert output.startswith("Playing 'pepperoni' (fast, GPT-Live)")
    assert "caller:    It's Sam." in output and "PROBLEM" not in output  # no invalid openai.types.live event
    assert "tool:      add_item(" in output and "tool:      submit_order(" in output
    # PRICES has no per-minute default for GPT-Live: the cost is not shown as $0
    assert 'cost: price not set (POS_VOICE_PRICES["gpt-live-1"]["per_minute"])' in output
    [call] = voice_calls(demo_app)
    assert (call.disposition, call.engine, call.model) == ("completed", "live", "gpt-live-1")
    with demo_app.app_context():
        order = demo_app.extensions["sqlalchemy"].session.get(Order, call.order_id)
        assert (order.source, order.customer_name) == ("voice", "Sam")
    assert get_state(demo_app).settings.engine == "realtime"  # the host's engine is as it was

    keypad = demo_app.test_cli_runner().invoke(args=["pos-voice", "simulate", "--engine", "live",
                                                     "--script", "keypad"])
    assert keypad.exit_code != 0
    assert "cannot play 'keypad' on GPT-Live: it types on the keypad" in keypad.output


def test_simulated_transfer_reaches_staff(demo_app: t.Any) -> None:
    from pos_voice.testing.scripts import transfer
    from pos_voice.testing.simulate import run_simulation

    result = run_simulation(demo_app, transfer("Tony's Pizza"), timeout=10)
    assert result.problems == []
    assert result.call is not None and result.call["disposition"] == "transferred"
    assert result.dialed == demo_app.config["POS_VOICE_STAFF_PHONE"]
    assert result.order is None
    assert [e["name"] for e in result.timeline if e["kind"] == "tool"] == ["transfer_to_human"]


def test_simulated_barge_in_truncates_what_was_heard(demo_app: t.Any) -> None:
    from pos_voice.testing.scripts import barge_in
    from pos_voice.testing.simulate import run_simulation

    result = run_simulation(demo_app, barge_in("Tony's Pizza"), timeout=10)
    assert result.problems == []
    assert result.timeline[0]["kind"] == "assistant" and result.timeline[0]["interrupted"]
    assert result.clears >= 1
    [truncation] = result.truncations
    assert truncation["accepted"] and 0 < truncation["audio_end_ms"] <= truncation["generated_ms"] < 9000
    assert result.order is not None and result.order["customer_name"] == "Alex"


def test_simulate_works_on_an_app_without_accounts(database_url: str) -> None:
    from pizzeria_pos import create_app
    from pizzeria_pos.seed import seed_demo

    from pos_voice.extension import get_state
    from tests.conftest import TEST_SETTINGS

    settings = {**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url, "POS_VOICE_OPENAI_API_KEY": None,
                "POS_VOICE_TWILIO_AUTH_TOKEN": None, "POS_VOICE_PUBLIC_BASE_URL": None}
    app = create_app(settings)
    with app.app_context():
        create_all(app.extensions["sqlalchemy"])
        seed_demo()
    assert not get_state(app).usable
    try:
        args = ["pos-voice", "simulate", "--script", "hours", "--timeout", "10"]
        result = app.test_cli_runner().invoke(args=args)
        assert result.exit_code == 0, result.output
        assert "tool:      get_hours(" in result.output
        for key in ("POS_VOICE_OPENAI_API_KEY", "POS_VOICE_TWILIO_AUTH_TOKEN", "POS_VOICE_PUBLIC_BASE_URL"):
            assert app.config[key] is None
        assert not get_state(app).usable
    finally:
        with app.app_context():
            app.extensions["sqlalchemy"].session.remove()
            app.extensions["sqlalchemy"].engine.dispose()


# ---------------------------------------------------------------- the fake OpenAI SIP control plane


class WebhookReceiver:
    """A host's webhook endpoint: keeps what arrived, answers with ``answer``."""

    def __init__(self, answer: t.Callable[[bytes, dict[str, str]], int] | None = None) -> None:
        self.app = Flask("sip_webhook_receiver")
        self.received: list[tuple[bytes, dict[str, str]]] = []

        @self.app.post("/voice/openai/webhook")
        def webhook() -> Response:
            body, headers = request.get_data(), dict(request.headers)
            self.received.append((body, headers))
            return Response(status=answer(body, headers) if answer else 200)


def openai_client(base_url: str, secret: str | None = None) -> t.Any:
    import openai

    return openai.OpenAI(api_key="sk-test", base_url=base_url, webhook_secret=secret, max_retries=0)


def test_the_sip_webhook_is_signed_the_way_openai_verifies_it() -> None:
    import openai
    from openai.types.webhooks import RealtimeCallIncomingWebhookEvent

    receiver = WebhookReceiver()
    with FakeOpenAISip() as sip, serve(receiver.app) as port:
        url = f"http://127.0.0.1:{port}/voice/openai/webhook"
        call = sip.ring(url, caller="+15551234567")
        sip.ring(url, signature="v1," + base64.b64encode(b"x" * 32).decode())  # forged
        sip.ring(url, timestamp=int(time.time()) - 3600)  # replayed an hour later
        sip.ring(url, body='{"type": "realtime.call.incoming", "data": {"call_id": "rtc_evil"}}')  # tampered
        sip.ring(url, secret="whsec_" + base64.b64encode(b"another secret").decode())
        client = openai_client(sip.base_url, sip.webhook_secret)
    assert call.webhook_status == 200
    body, headers = receiver.received[0]
    assert headers["User-Agent"].startswith("OpenAI/1.0") and headers["Webhook-Signature"].startswith("v1,")
    event = client.webhooks.unwrap(body, headers)
    assert isinstance(event, RealtimeCallIncomingWebhookEvent)
    assert event.data.call_id == call.call_id
    assert any(h.name == "From" and "+15551234567" in h.value for h in event.data.sip_headers)
    for bad in (receiver.received[1], receiver.received[2], receiver.received[3], receiver.received[4]):
        with pytest.raises(openai.InvalidWebhookSignatureError):
            client.webhooks.unwrap(*bad)


def test_a_sip_call_accepted_run_over_the_sideband_and_hung_up() -> None:
    script = (Script().greet("Thanks for calling Tony's!", audio_ms=300)
              .when_caller_says("A large pepperoni please")
              .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large"})
              .say("One large pepperoni.", audio_ms=200))
    accepted: list[str] = []
    with FakeOpenAISip(script) as sip:
        client = openai_client(sip.base_url, sip.webhook_secret)

        def answer(body: bytes, headers: dict[str, str]) -> int:
            event = client.webhooks.unwrap(body, headers)
            client.realtime.calls.accept(
                event.data.call_id, type="realtime", model="gpt-realtime-2.1",
                instructions="You answer the phone for Tony's Pizza.",
                audio={"output": {"voice": "marin"},
                       "input": {"turn_detection": {"type": "server_vad", "silence_duration_ms": 200}}},
                tools=[{"type": "function", "name": "add_item", "description": "Add an item.",
                        "parameters": {"type": "object", "properties": {}}}])
            accepted.append(event.data.call_id)
            return 200

        receiver = WebhookReceiver(answer)
        with serve(receiver.app) as port:
            call = sip.ring(f"http://127.0.0.1:{port}/voice/openai/webhook")
        assert call.webhook_status == 200 and accepted == [call.call_id] and call.state == "accepted"
        assert call.accepted is not None and call.accepted["instructions"].startswith("You answer")

        sideband = Client(sip.sideband_url(call.call_id))
        created = sideband.until("session.created")
        assert created["session"]["instructions"] == "You answer the phone for Tony's Pizza."
        sideband.send({"type": "response.create"})
        sideband.until("output_audio_buffer.stopped")
        function_call = sideband.until("response.function_call_arguments.done")  # the caller spoke on SIP
        sideband.until("response.done")
        sideband.send({"type": "conversation.item.create", "item": {
            "type": "function_call_output", "call_id": function_call["call_id"], "output": '{"ok": true}'}})
        sideband.send({"type": "response.create"})
        done = sideband.until("response.done")
        assert done["response"]["output"][0]["content"][0]["transcript"] == "One large pepperoni."
        session = call.wait_for_sideband()
        session.wait_until_finished()
        client.realtime.calls.hangup(call.call_id)
        call.wait_for_state("ended")
        assert session.wait_closed()
        assert "response.output_audio.delta" not in sideband.types() and session.client_audio_bytes == 0
        assert [c.action for c in call.controls] == ["accept", "hangup"]
        transcripts = [e["transcript"] for e in sideband.events
                       if e["type"] == "conversation.item.input_audio_transcription.completed"]
        assert transcripts == ["A large pepperoni please"]
        sip.assert_no_protocol_errors()


def test_sip_call_controls_are_strict() -> None:
    import openai

    with FakeOpenAISip() as sip:
        client = openai_client(sip.base_url, sip.webhook_secret)
        receiver = WebhookReceiver()
        with serve(receiver.app) as port:
            url = f"http://127.0.0.1:{port}/voice/openai/webhook"
            first, second = sip.ring(url), sip.ring(url)
        with pytest.raises(openai.BadRequestError, match="temperature"):
            client.realtime.calls.accept(first.call_id, type="realtime", extra_body={"temperature": 0.8})
        with pytest.raises(openai.BadRequestError, match="needs a call that is accepted"):
            client.realtime.calls.refer(first.call_id, target_uri="tel:+15550001111")
        with pytest.raises(openai.NotFoundError):
            client.realtime.calls.accept("rtc_nope", type="realtime")
        client.realtime.calls.reject(second.call_id, status_code=486)
        assert (second.state, second.rejected_status) == ("rejected", 486)
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(sip.sideband_url(second.call_id), timeout=5)
        assert refused.value.status_code == 400
        assert first.state == "incoming"
        assert len(sip.protocol_errors) == 2  # the beta field and the early refer


def test_a_failing_refer_leaves_the_call_up() -> None:
    import openai

    with FakeOpenAISip(refer_status=503) as sip:
        client = openai_client(sip.base_url)
        receiver = WebhookReceiver()
        with serve(receiver.app) as port:
            call = sip.ring(f"http://127.0.0.1:{port}/voice/openai/webhook")
        client.realtime.calls.accept(call.call_id, type="realtime", model="gpt-realtime-2.1")
        with pytest.raises(openai.APIStatusError) as failed:
            client.realtime.calls.refer(call.call_id, target_uri="tel:+15550001111")
        assert failed.value.status_code == 503
        assert call.state == "accepted" and call.referred_to is None
        assert [(c.action, c.status) for c in call.controls] == [("accept", 200), ("refer", 503)]
        client.realtime.calls.hangup(call.call_id)  # the honest fallback can still end the call
        assert call.state == "ended"


# ---------------------------------------------------------------- the fake GPT-Live server

LIVE_START: dict[str, t.Any] = {"type": "session.start", "event_id": "evt_start", "session": {
    "model": "gpt-live-1", "instructions": "You answer the phone for Tony's Pizza.",
    "audio": {"format": {"type": "audio/pcmu", "rate": 8000}, "output": {"voice": "marin"}},
    "delegation": {"type": "responses", "responses": {
        "model": "gpt-5.5", "tools": [{"type": "function", "name": "add_item", "description": "Add an item.",
                                       "parameters": {"type": "object", "properties": {}}}]}}}}


def assert_live_server_events(events: list[dict[str, t.Any]]) -> None:
    """The fake speaks GPT-Live: every event it sent parses as openai.types.live.ServerEvent."""
    from openai.types.live import ServerEvent
    from openai.types.responses import ResponseStreamEvent
    from pydantic import TypeAdapter

    server_event, nested = TypeAdapter(ServerEvent), TypeAdapter(ResponseStreamEvent)
    for event in events:
        server_event.validate_python(event)
        if event["type"] == "response.event":
            nested.validate_python(event["event"])


def test_gpt_live_speaks_takes_a_turn_and_delegates_a_tool() -> None:
    script = (Script().greet("Thanks for calling Tony's!", audio_ms=300)
              .when_caller_says("A large pepperoni please")
              .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large"})
              .say("One large pepperoni.", audio_ms=200))
    with FakeGptLive(script) as live:
        client = Client(live.url)
        client.send(LIVE_START)
        started = client.until("session.started")
        assert started["client_event_id"] == "evt_start" and started["session"]["id"].startswith("live_")
        client.until("session.usage.updated")  # the greeting was spoken, in μ-law
        audio = b"".join(base64.b64decode(e["delta"]) for e in client.events
                         if e["type"] == "session.output_audio.delta")
        assert len(audio) == 300 * 8
        for start in range(0, 900 * 8, 160):  # 300 ms of speech, 600 ms of silence
            client.send({"type": "session.input_audio.append",
                         "audio": base64.b64encode(bytes([0x30 if start < 2400 else 0xFF]) * 160).decode()})
        heard = client.until("session.input_transcript.delta")
        assert heard["delta"] == "A large pepperoni please"
        client.until("session.delegation.created")
        call = None
        while call is None:
            event = client.until("response.event")
            if event["event"]["type"] == "response.output_item.done":
                call = event["event"]["item"]
        assert (call["name"], json.loads(call["arguments"])) == ("add_item", {"item_name": "pepperoni pizza",
                                                                              "size": "large"})
        client.send({"type": "response.item.create", "item": {
            "type": "function_call_output", "call_id": call["call_id"], "output": '{"ok": true}'}})
        client.send({"type": "response.create"})
        client.until("session.usage.updated")
        said = "".join(e["delta"] for e in client.events if e["type"] == "session.output_transcript.delta")
        assert said == "Thanks for calling Tony's!One large pepperoni."
        client.send({"type": "session.close"})
        closed = client.until("session.closed")
        assert closed["reason"] == "close_requested" and closed["usage"]["seconds"] >= 0
        session = live.wait_for_session()
        session.wait_until_finished()
        assert session.tool_outputs == {call["call_id"]: '{"ok": true}'}
        assert_live_server_events(client.events)
        live.assert_no_protocol_errors()


def test_gpt_live_greets_on_commentary_and_is_strict() -> None:
    script = Script().greet("Hello!", audio_ms=100).greet("Connecting you now.", audio_ms=100)
    with FakeGptLive(script) as live:
        client = Client(live.url)
        client.send({"type": "session.commentary.append", "content": "hi", "delegation_id": None})
        assert client.until("error")["error"]["code"] == "session_not_started"
        client.send({**LIVE_START, "session": {**LIVE_START["session"], "temperature": 0.8}})
        assert client.until("error")["error"]["code"] == "unknown_parameter"
        client.send(LIVE_START)
        client.until("session.usage.updated")
        client.send({"type": "session.commentary.append", "delegation_id": None,
                     "content": "Tell the caller you are connecting them to a person."})
        client.until("session.commentary.appended")
        client.until("session.usage.updated")
        session = live.wait_for_session()
        session.wait_until_finished()
        assert session.commentary == [(None, "Tell the caller you are connecting them to a person.")]
        assert len(live.protocol_errors) == 2
        with pytest.raises(websocket.WebSocketBadStatusException):
            websocket.create_connection(live.url + "?model=gpt-live-1", timeout=5)
        assert_live_server_events(client.events)


# ---------------------------------------------------------------- the fake Twilio REST API


class StatusReceiver:
    """A host's status-callback endpoint checking Twilio's signature over its public URL."""

    def __init__(self, auth_token: str, public: str = "https://pos.example.com") -> None:
        self.app = Flask("twilio_status_receiver")
        self.validator = RequestValidator(auth_token)
        self.verdicts: list[tuple[bool, dict[str, str]]] = []

        @self.app.post("/voice/<name>")
        def status(name: str) -> Response:
            valid = self.validator.validate(public + request.full_path.rstrip("?"), request.form,
                                            request.headers.get("X-Twilio-Signature", ""))
            self.verdicts.append((valid, dict(request.form)))
            return Response(status=204 if valid else 403)


def test_the_twilio_client_sends_a_text_and_places_a_call_against_the_fake() -> None:
    from twilio.base.exceptions import TwilioRestException
    from twilio.rest import Client as TwilioClient

    with FakeTwilioRest() as fake:
        client = TwilioClient(fake.account_sid, fake.auth_token, http_client=fake.http_client())
        message = client.messages.create(to="+15551234567", from_="+15557654321", body="Order #12 is ready.",
                                         status_callback="https://pos.example.com/voice/sms-status?order=12")
        assert message.sid.startswith("SM") and message.status == "queued"
        assert message.body == "Order #12 is ready."
        call = client.calls.create(to="+15551234567", from_="+15557654321",
                                   twiml="<Response><Say>Your order is ready.</Say></Response>",
                                   status_callback="https://pos.example.com/voice/call-status",
                                   status_callback_event=["initiated", "completed"])
        assert call.sid.startswith("CA") and call.status == "queued"
        assert client.messages(message.sid).fetch().to == "+15551234567"
        texted, called = fake.requests[0], fake.requests[1]
        assert texted.path.endswith(f"/Accounts/{fake.account_sid}/Messages.json") and texted.authorized
        assert (texted.value("To"), texted.value("Body")) == ("+15551234567", "Order #12 is ready.")
        assert called.value("Twiml") == "<Response><Say>Your order is ready.</Say></Response>"
        assert called.form["StatusCallbackEvent"] == ["initiated", "completed"]

        with pytest.raises(TwilioRestException) as missing:
            client.messages.create(to="+15551234567", from_="+15557654321")
        assert (missing.value.status, missing.value.code) == (400, 21602)
        fake.fail_next()
        with pytest.raises(TwilioRestException) as landline:
            client.messages.create(to="+15550000000", from_="+15557654321", body="hi")
        assert landline.value.code == 21614
        wrong = TwilioClient(fake.account_sid, "not-the-token", http_client=fake.http_client())
        with pytest.raises(TwilioRestException) as refused:
            wrong.messages.create(to="+15551234567", from_="+15557654321", body="hi")
        assert (refused.value.status, refused.value.code) == (401, 20003)


def test_status_callbacks_are_signed_the_way_twilio_signs() -> None:
    from twilio.rest import Client as TwilioClient

    with FakeTwilioRest() as fake:
        client = TwilioClient(fake.account_sid, fake.auth_token, http_client=fake.http_client())
        message = client.messages.create(to="+15551234567", from_="+15557654321", body="Thanks!",
                                         status_callback="https://pos.example.com/voice/sms-status?order=12")
        call = client.calls.create(to="+15551234567", from_="+15557654321", url="https://pos.example.com/voice/say",
                                   status_callback="https://pos.example.com/voice/call-status")
        receiver = StatusReceiver(fake.auth_token)
        with serve(receiver.app) as port:
            delivered = fake.send_status_callback(message.sid, "delivered", deliver_to=f"http://127.0.0.1:{port}")
            completed = fake.send_status_callback(call.sid, "completed", deliver_to=f"http://127.0.0.1:{port}")
        assert (delivered.status, completed.status) == (204, 204)
        assert [valid for valid, _ in receiver.verdicts] == [True, True]
        sms_form, call_form = receiver.verdicts[0][1], receiver.verdicts[1][1]
        assert (sms_form["MessageSid"], sms_form["MessageStatus"]) == (message.sid, "delivered")
        assert (call_form["CallSid"], call_form["CallStatus"]) == (call.sid, "completed")
        assert client.messages(message.sid).fetch().status == "delivered"
        other = StatusReceiver("some-other-token")
        with serve(other.app) as port:
            forged = fake.send_status_callback(message.sid, "failed", deliver_to=f"http://127.0.0.1:{port}")
        assert forged.status == 403 and other.verdicts[0][0] is False
