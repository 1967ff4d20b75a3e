"""The call bridge over real sockets, each far end driven step by step from the test.

The demo POS serves ``/voice/stream`` on a real loopback server; a puppet Realtime server
(a flask-sock app on another port) lets the test send exact GA server events and read every
client event the bridge sent, each validated strictly against the ``openai`` GA types; a
puppet Twilio caller (signed ``/incoming``, real WebSocket) echoes marks when the test says the
audio has played and honours ``clear`` like Twilio (echoing pending marks).

The tools are a small registry defined here, so these tests pin the bridge's own invariants
whatever the real tools do; ``test_calls_e2e.py`` runs whole calls with the real tools.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import queue
import threading
import time
import typing as t
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
import websocket
from flask import Flask, request
from flask_sock import Sock
from twilio.request_validator import RequestValidator

from pos_voice.extension import get_state
from pos_voice.models import NEXT_FALLBACK, utcnow
from tests.conftest import TEST_SETTINGS
from tests.support.servers import serve

WAIT = 5.0
PUBLIC = TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"]
AUTH_TOKEN = TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"]


def client_event_problems(message: t.Any) -> list[str]:
    from pos_voice.testing.validation import client_event_problems as problems

    return problems(message)


def ulaw(size: int = 160, fill: int = 0x7F) -> str:
    return base64.b64encode(bytes([fill]) * size).decode()


# ------------------------------------------------------------------------------ puppet Realtime


class Upstream:
    """One connection the bridge opened to the puppet Realtime server."""

    def __init__(self, ws: t.Any, headers: dict[str, str], args: dict[str, str]) -> None:
        self.ws = ws
        self.headers = headers
        self.args = args
        self.events: queue.Queue[dict[str, t.Any]] = queue.Queue()
        self.received: list[dict[str, t.Any]] = []  # every non-audio client event, in order
        self.appended: list[str] = []  # input_audio_buffer.append payloads
        self.problems: list[str] = []
        self.closed = threading.Event()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def send(self, event: dict[str, t.Any]) -> None:
        event = {"type": event["type"], "event_id": f"event_{next(self._ids)}",
                 **{k: v for k, v in event.items() if k != "type"}}
        with self._lock:
            self.ws.send(json.dumps(event, separators=(",", ":")))

    def expect(self, event_type: str, timeout: float = WAIT) -> dict[str, t.Any]:
        """The next client event of ``event_type`` (others before it are skipped, still recorded)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                seen = [event["type"] for event in self.received]
                raise AssertionError(f"no {event_type} from the bridge; got {seen}")
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            if event.get("type") == event_type:
                return event

    def of_type(self, event_type: str) -> list[dict[str, t.Any]]:
        return [event for event in self.received if event.get("type") == event_type]

    def drop(self) -> None:
        """The server goes away mid-call (abnormal close)."""
        with self._lock:
            self.ws.close(reason=1011, message="server error")

    # --- server events, GA shapes
    def response(self, response_id: str, items: list[dict[str, t.Any]], status: str = "completed",
                 audio_chunks: int = 0, chunk_bytes: int = 800) -> None:
        """A whole response: created, its items (audio for messages), done."""
        self.send({"type": "response.created", "response": {"id": response_id, "object": "realtime.response",
                                                            "status": "in_progress", "output": []}})
        for index, item in enumerate(items):
            self.send({"type": "response.output_item.added", "response_id": response_id,
                       "output_index": index, "item": {**item, "status": "in_progress"}})
            if item["type"] == "message":
                self.audio(response_id, item["id"], audio_chunks, chunk_bytes)
                self.send({"type": "response.output_audio_transcript.done", "response_id": response_id,
                           "item_id": item["id"], "output_index": index, "content_index": 0,
                           "transcript": item.get("text", "")})
            self.send({"type": "response.output_item.done", "response_id": response_id, "output_index": index,
                       "item": {**item, "status": "completed"}})
        self.done(response_id, items, status)

    def audio(self, response_id: str, item_id: str, chunks: int, chunk_bytes: int = 800) -> None:
        for _ in range(chunks):
            self.send({"type": "response.output_audio.delta", "response_id": response_id, "item_id": item_id,
                       "output_index": 0, "content_index": 0, "delta": ulaw(chunk_bytes, 0x55)})

    def done(self, response_id: str, items: list[dict[str, t.Any]], status: str = "completed") -> None:
        output = [{k: v for k, v in item.items() if k != "text"} for item in items]
        self.send({"type": "response.done", "response": {
            "id": response_id, "object": "realtime.response", "status": status, "output": output,
            "usage": {"total_tokens": 150, "input_tokens": 100, "output_tokens": 50,
                      "input_token_details": {
                          "text_tokens": 80, "audio_tokens": 20, "cached_tokens": 40,
                          "cached_tokens_details": {"text_tokens": 40, "audio_tokens": 0}},
                      "output_token_details": {"text_tokens": 10, "audio_tokens": 40}}}})


def message(item_id: str, text: str) -> dict[str, t.Any]:
    return {"id": item_id, "object": "realtime.item", "type": "message", "role": "assistant", "text": text,
            "content": [{"type": "output_audio"}]}


def function_call(item_id: str, call_id: str, name: str, arguments: dict[str, t.Any]) -> dict[str, t.Any]:
    return {"id": item_id, "object": "realtime.item", "type": "function_call", "call_id": call_id,
            "name": name, "arguments": json.dumps(arguments)}


class PuppetRealtime:
    def __init__(self) -> None:
        self.connections: queue.Queue[Upstream] = queue.Queue()
        self.count = 0
        app = Flask("puppet_realtime")
        sock = Sock(app)

        @sock.route("/v1/realtime")
        def realtime(ws: t.Any) -> None:
            upstream = Upstream(ws, dict(request.headers), dict(request.args))
            self.count += 1
            self.connections.put(upstream)
            upstream.send({"type": "session.created", "session": {"type": "realtime", "id": "sess_1",
                                                                  "object": "realtime.session"}})
            try:
                while True:
                    raw = ws.receive()
                    if raw is None:
                        continue
                    event = json.loads(raw)
                    upstream.problems += client_event_problems(event)
                    if event.get("type") == "input_audio_buffer.append":
                        upstream.appended.append(event.get("audio"))
                        continue
                    upstream.received.append(event)
                    upstream.events.put(event)
            finally:
                upstream.closed.set()

        self.app = app

    def accept(self, timeout: float = WAIT) -> Upstream:
        return self.connections.get(timeout=timeout)


# ------------------------------------------------------------------------------ puppet caller


class Caller:
    """Twilio's side of one call: the signed webhook, then the media stream."""

    def __init__(self, app: Flask, port: int, call_sid: str, phone: str = "+15557654321") -> None:
        self.app = app
        self.port = port
        self.call_sid = call_sid
        self.phone = phone
        self.stream_sid = "MZ" + call_sid[2:]
        self.token: str | None = None
        self.ws: websocket.WebSocket | None = None
        self.auto_play = True
        self.frames: list[dict[str, t.Any]] = []  # everything the bridge sent, in order
        self.media: list[str] = []
        self.pending_marks: list[str] = []
        self.clears = 0
        self.closed = threading.Event()
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()

    def dial(self) -> str:
        form = {"CallSid": self.call_sid, "AccountSid": "AC" + "0" * 32, "From": self.phone,
                "To": "+15550009999", "CallStatus": "ringing", "Direction": "inbound"}
        url = PUBLIC + "/voice/incoming"
        signature = RequestValidator(AUTH_TOKEN).compute_signature(url, form)
        response = self.app.test_client().post("/voice/incoming", data=form,
                                               headers={"X-Twilio-Signature": signature})
        assert response.status_code == 200, response.data
        root = ET.fromstring(response.data)
        params = {p.get("name"): p.get("value") for p in root.iter("Parameter")}
        self.token = params.get("call_token")
        assert self.token, response.data
        return self.token

    def connect(self, *, signed: bool = True, token: str | None = "dialled") -> None:
        header = []
        if signed:
            signature = RequestValidator(AUTH_TOKEN).compute_signature(
                "wss://pos.example.com/voice/stream", {})
            header.append(f"X-Twilio-Signature: {signature}")
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{self.port}/voice/stream", header=header,
                                              timeout=WAIT)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.send({"event": "connected", "protocol": "Call", "version": "1.0.0"})
        params = {"caller": self.phone}
        if token == "dialled":
            token = self.token
        if token is not None:
            params["call_token"] = token
        self.send({"event": "start", "sequenceNumber": "1", "streamSid": self.stream_sid,
                   "start": {"accountSid": "AC" + "0" * 32, "streamSid": self.stream_sid,
                             "callSid": self.call_sid, "tracks": ["inbound"],
                             "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                             "customParameters": params}})

    def send(self, message: dict[str, t.Any] | str) -> None:
        assert self.ws is not None
        with self._lock:
            self.ws.send(message if isinstance(message, str) else json.dumps(message, separators=(",", ":")))

    def say(self, frames: int = 3, payload: str | None = None) -> list[str]:
        sent = []
        for index in range(frames):
            audio = payload or ulaw(160, index % 200)
            self.send({"event": "media", "sequenceNumber": str(index + 2), "streamSid": self.stream_sid,
                       "media": {"track": "inbound", "chunk": str(index + 1), "timestamp": str(20 * index),
                                 "payload": audio}})
            sent.append(audio)
        return sent

    def play(self, marks: int | None = None) -> None:
        """The audio queued before the next ``marks`` marks has played: echo them."""
        with self._lock:
            count = len(self.pending_marks) if marks is None else marks
            names, self.pending_marks = self.pending_marks[:count], self.pending_marks[count:]
        for name in names:
            self.send({"event": "mark", "sequenceNumber": "9", "streamSid": self.stream_sid,
                       "mark": {"name": name}})

    def hang_up(self) -> None:
        self.send({"event": "stop", "sequenceNumber": "99", "streamSid": self.stream_sid,
                   "stop": {"accountSid": "AC" + "0" * 32, "callSid": self.call_sid}})
        assert self.ws is not None
        # Close without websocket-client's blocking close(): the reader thread takes the reply.
        # The bridge may already have closed on the stop (like Twilio, we then find a closed pipe).
        with contextlib.suppress(OSError, websocket.WebSocketException):
            self.ws.send_close()
        self.closed.wait(WAIT)
        self.ws.shutdown()

    def wait(self, predicate: Callable[[], bool], timeout: float = WAIT, what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; caller got {self.kinds()}")
            time.sleep(0.005)

    def kinds(self) -> list[str]:
        return [frame["event"] for frame in list(self.frames)]

    def _read(self) -> None:
        assert self.ws is not None
        try:
            while True:
                raw = self.ws.recv()
                if not raw:
                    break
                frame = json.loads(raw)
                self.frames.append(frame)
                kind = frame.get("event")
                assert frame.get("streamSid") == self.stream_sid
                if kind == "media":
                    self.media.append(frame["media"]["payload"])
                elif kind == "mark":
                    with self._lock:
                        self.pending_marks.append(frame["mark"]["name"])
                    if self.auto_play:
                        self.play()
                elif kind == "clear":
                    self.clears += 1
                    self.play()  # Twilio echoes every pending mark when it clears
        except Exception:
            pass
        finally:
            self.closed.set()


# ------------------------------------------------------------------------------ tools double


@dataclass
class Ctx:
    call_id: int | None
    call_sid: str
    caller_phone: str | None
    cart: t.Any = None
    recent_transcript: list[str] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)


@dataclass
class Cart:
    lines: list[str] = field(default_factory=list)
    order_type: str | None = None


@dataclass(frozen=True)
class Result:
    output: str
    action: str | None = None


class Tools:
    """A registry double: the interface of ``pos_voice.tools.ToolRegistry``, tiny tools."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.release = threading.Event()  # slow_tool waits for it
        self.release.set()
        self.started = threading.Event()
        self.invocations: list[tuple[str, str]] = []

    def definitions(self) -> list[dict[str, t.Any]]:
        params = {"type": "object", "properties": {"item_name": {"type": "string"}}, "required": []}
        return [{"type": "function", "name": name, "description": f"{name} tool", "parameters": params}
                for name in ("add_item", "slow_tool", "transfer_to_human", "end_call")]

    def start_call(self, call_id: int | None, call_sid: str, caller_phone: str | None) -> Ctx:
        return Ctx(call_id, call_sid, caller_phone, Cart())

    def instructions(self, ctx: Ctx) -> str:
        return "You answer the phone for Tony's Pizza."

    def greeting(self, ctx: Ctx) -> str:
        return "Thanks for calling Tony's Pizza!"

    def invoke(self, ctx: Ctx, name: str, arguments_json: str | None) -> Result:
        self.invocations.append((name, arguments_json or ""))
        if name == "slow_tool":
            self.started.set()
            assert self.release.wait(WAIT)
        args = json.loads(arguments_json or "{}")
        if name in ("add_item", "slow_tool"):
            ctx.cart.lines.append(args.get("item_name", "?"))
        # a tool's own DB work: its tool_call event, committed in the tool's app context
        state = get_state()
        state.db.session.add(state.models.VoiceCallEvent(
            call_id=ctx.call_id, event_type="tool_call",
            event_data={"name": name, "arguments": args, "result": {"ok": True}}))
        state.db.session.commit()
        action = {"transfer_to_human": "transfer", "end_call": "end_call"}.get(name)
        return Result(json.dumps({"ok": True, "tool": name, "cart": ctx.cart.lines}), action)


# ------------------------------------------------------------------------------ fixtures


@dataclass
class Rig:
    app: Flask
    port: int
    fake: PuppetRealtime
    tools: Tools
    sids: t.Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def caller(self, **kwargs: t.Any) -> Caller:
        return Caller(self.app, self.port, f"CA{next(self.sids):032d}", **kwargs)

    def call_row(self, call_sid: str) -> t.Any:
        with self.app.app_context():
            state = get_state()
            state.db.session.expire_all()
            call_model = state.models.VoiceCall
            call = state.db.session.execute(
                sa.select(call_model).where(call_model.call_sid == call_sid)).scalar_one()
            state.db.session.expunge(call)
            return call

    def events(self, call_sid: str, event_type: str | None = None) -> list[t.Any]:
        with self.app.app_context():
            state = get_state()
            models = state.models
            query = sa.select(models.VoiceCallEvent).join(models.VoiceCall).where(
                models.VoiceCall.call_sid == call_sid).order_by(models.VoiceCallEvent.id)
            if event_type:
                query = query.where(models.VoiceCallEvent.event_type == event_type)
            rows = state.db.session.execute(query).scalars().all()
            return [(row.event_type, row.event_data) for row in rows]

    def wait_ended(self, call_sid: str, timeout: float = WAIT) -> t.Any:
        deadline = time.monotonic() + timeout
        while True:
            call = self.call_row(call_sid)
            if call.state == "ended" and any(kind == "call_ended" for kind, _ in self.events(call_sid)):
                return call
            if time.monotonic() > deadline:
                raise AssertionError(f"call {call_sid} did not end: {call.state}")
            time.sleep(0.02)

    def start(self, caller: Caller | None = None) -> tuple[Caller, Upstream]:
        """Dial, connect the stream, accept the bridge's Realtime connection, play the greeting."""
        caller = caller or self.caller()
        caller.dial()
        caller.connect()
        upstream = self.fake.accept()
        upstream.expect("session.update")
        upstream.expect("response.create")
        return caller, upstream


#: The media stream's two servers (``POS_VOICE_STREAM_TRANSPORT``).
TRANSPORTS = ("flask-sock", "native")


@contextmanager
def rig(demo_app: Flask, transport: str = "native", **settings: t.Any) -> Iterator[Rig]:
    client_event_problems({"type": "response.create"})  # builds the openai models once, up front
    fake = PuppetRealtime()
    with ExitStack() as stack:
        fake_port = stack.enter_context(serve(fake.app))
        demo_app.config["POS_VOICE_STREAM_TRANSPORT"] = transport
        demo_app.config["POS_VOICE_REALTIME_URL"] = f"ws://127.0.0.1:{fake_port}/v1/realtime"
        demo_app.config["POS_VOICE_CONNECT_TIMEOUT"] = 1.0
        demo_app.config.update({f"POS_VOICE_{key}": value for key, value in settings.items()})
        get_state(demo_app).reload_settings()  # settings are read once: these changed after start-up
        tools = Tools(demo_app)
        get_state(demo_app)._tools = tools
        port = stack.enter_context(serve(demo_app))
        yield Rig(demo_app, port, fake, tools)


@pytest.fixture(params=["native"])
def bridge(demo_app: Flask, request: pytest.FixtureRequest) -> Iterator[Rig]:
    """The rig on the native transport; ``@both_transports`` runs a test on flask-sock too."""
    with rig(demo_app, transport=request.param) as r:
        yield r


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
    deadline = time.monotonic() + WAIT
    while len(upstream.appended) < 5 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert upstream.appended == sent
    # live view for the staff page
    session = get_state(bridge.app).live_calls.get(caller.call_sid)
    view = session.live_view()
    assert view["state"] == "live" and view["transcript"][0]["text"].startswith("Thanks for calling")
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    assert upstream.closed.wait(WAIT)
    assert call.disposition == "abandoned" and call.ended_at is not None
    assert "Assistant: Thanks for calling Tony's Pizza!" in call.transcript
    assert call.input_tokens == 100 and call.output_audio_tokens == 40 and call.cost_usd > 0
    kinds = [kind for kind, _ in bridge.events(caller.call_sid)]
    assert "transcript" in kinds and "usage" in kinds and kinds[-1] == "call_ended"
    assert get_state(bridge.app).live_calls.get(caller.call_sid) is None
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
    time.sleep(0.1)
    upstream.send({"type": "input_audio_buffer.speech_started", "audio_start_ms": 900, "item_id": "item_u1"})
    caller.wait(lambda: caller.clears == 1, what="clear")
    truncate = upstream.expect("conversation.item.truncate")
    assert {key: value for key, value in truncate.items() if key != "event_id"} == {
        "type": "conversation.item.truncate", "item_id": "item_a1", "content_index": 0, "audio_end_ms": 200}
    # interrupt_response is on (the default): the server cancels, the bridge must not
    time.sleep(0.05)
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
    assert barge and barge[0]["item_id"] == "item_a1" and barge[0]["audio_end_ms"] == 200
    assert upstream.problems == []


@both_transports
def test_barge_in_mid_sentence(bridge: Rig) -> None:
    scenario_barge_in_mid_sentence(bridge)


def test_barge_in_before_any_audio_played_skips_truncate_and_cancels_without_auto_interrupt(
        demo_app: Flask) -> None:
    detection = {"type": "server_vad", "create_response": True, "interrupt_response": False}
    with rig(demo_app, TURN_DETECTION=detection) as bridge:
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
    time.sleep(0.1)
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
    bridge.tools.release.set()  # the tool finishes while resp_2 is active
    output = upstream.expect("conversation.item.create")
    assert output["item"] == {"type": "function_call_output", "call_id": "call_1",
                              "output": output["item"]["output"]}
    assert json.loads(output["item"]["output"])["ok"] is True
    time.sleep(0.15)
    assert len(upstream.of_type("response.create")) == 1  # only the greeting so far: resp_2 is active
    upstream.response("resp_2_rest", [])  # (another response id closing; unrelated)
    upstream.done("resp_2", [message("item_a2", "Yes?")])
    upstream.expect("response.create")
    time.sleep(0.15)
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
    time.sleep(0.1)
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
    time.sleep(0.1)
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
    time.sleep(0.2)
    assert not caller.closed.is_set()  # the apology is still playing
    assert bridge.call_row(caller.call_sid).next_action == "fallback"  # undecided until it played
    caller.play(3)
    time.sleep(0.1)
    assert not caller.closed.is_set()
    caller.play(1)  # the mark after the last audio
    assert caller.closed.wait(WAIT)
    assert bridge.call_row(caller.call_sid).next_action == "transfer"
    assert upstream.closed.wait(WAIT)
    assert len(upstream.of_type("response.create")) == 1  # the handoff was already said
    call = bridge.wait_ended(caller.call_sid)
    assert call.disposition == "transferred"
    # Twilio then asks /stream-ended, which dials staff
    form = {"CallSid": caller.call_sid, "AccountSid": "AC" + "0" * 32, "CallStatus": "in-progress"}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC + "/voice/stream-ended", form)
    response = bridge.app.test_client().post("/voice/stream-ended", data=form,
                                             headers={"X-Twilio-Signature": signature})
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
    time.sleep(0.1)
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
        bridge.app.config["POS_VOICE_REALTIME_URL"] = "ws://127.0.0.1:9/v1/realtime"  # nothing listens
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
    assert caller.ws is not None
    with caller._lock:
        caller.ws.send_binary(b"\x00\x01")  # Twilio sends only text
    sent = caller.say(2)
    deadline = time.monotonic() + WAIT
    while len(upstream.appended) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert upstream.appended == sent
    session = get_state(bridge.app).live_calls.get(caller.call_sid)
    assert session.bad_frames == 5
    caller.hang_up()
    bridge.wait_ended(caller.call_sid)


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
    time.sleep(0.2)
    caller.hang_up()
    call = bridge.wait_ended(caller.call_sid)
    lines = call.transcript.splitlines()
    assert lines[0].startswith("Assistant: Tony's Pizza") and lines[1].startswith("Caller: Can I pay")
    assert lines[2].startswith("Assistant: Sorry")
    assert "4111" not in call.transcript
    stored = json.dumps(bridge.events(caller.call_sid))
    assert "4111" not in stored and "1111 1111" not in stored


def test_silence_prompt_then_hang_up(demo_app: Flask) -> None:
    with rig(demo_app, SILENCE_PROMPT_SECONDS=0.3, SILENCE_HANGUP_SECONDS=0.3) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Hello?")], audio_chunks=1)
        prompt = upstream.expect("response.create", timeout=3)
        assert "still there" in prompt["response"]["instructions"]
        upstream.response("resp_2", [message("item_a2", "Are you still there?")], audio_chunks=1)
        goodbye = upstream.expect("response.create", timeout=3)
        assert "goodbye" in goodbye["response"]["instructions"]
        assert not caller.closed.is_set()
        upstream.response("resp_3", [message("item_a3", "Goodbye!")], audio_chunks=1)
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert call.next_action == "hangup" and call.disposition == "abandoned"


def test_caller_speech_resets_the_silence_clock(demo_app: Flask) -> None:
    # Speech 0.25 s into a 1 s silence clock; checked 0.3 s after the clock would have run out.
    with rig(demo_app, SILENCE_PROMPT_SECONDS=1.0) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_1", [message("item_a1", "Hello?")], audio_chunks=1)
        time.sleep(0.25)
        upstream.send({"type": "input_audio_buffer.speech_started", "audio_start_ms": 10, "item_id": "u1"})
        time.sleep(1.05)
        assert len(upstream.of_type("response.create")) == 1  # no prompt: the caller is talking
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)


def test_session_cap_wraps_up_politely(demo_app: Flask) -> None:
    with rig(demo_app, SESSION_MAX_SECONDS=0.5) as bridge:
        caller, upstream = bridge.start()
        upstream.response("resp_0", [message("item_a0", "Hi, Tony's Pizza!")], audio_chunks=1)
        wrap = upstream.expect("response.create", timeout=3)
        assert "time limit" in wrap["response"]["instructions"]
        upstream.response("resp_1", [message("item_a1", "I have to end the call now, goodbye!")],
                          audio_chunks=1)
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        assert call.next_action == "hangup" and call.state == "ended"


def test_heartbeat_is_kept_fresh(demo_app: Flask) -> None:
    with rig(demo_app, HEARTBEAT_SECONDS=0.2) as bridge:
        caller, _ = bridge.start()
        first = bridge.call_row(caller.call_sid).heartbeat_at
        time.sleep(1.2)  # heartbeats are stored with second precision on some databases
        later = bridge.call_row(caller.call_sid).heartbeat_at
        assert later > first and (utcnow() - later).total_seconds() < 1.5
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
        deadline = time.monotonic() + WAIT
        while len(upstream.appended) < 2 and time.monotonic() < deadline:
            time.sleep(0.005)
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
    bridge.app.config["POS_VOICE_MAX_CONCURRENT_CALLS"] = 50
    get_state(bridge.app).reload_settings()
    scenario_simultaneous_calls_are_isolated(bridge)


# ------------------------------------------------------------------------------ the transports


def test_stream_is_one_endpoint_whatever_the_transport(demo_app: Flask) -> None:
    rules = [rule for rule in demo_app.url_map.iter_rules() if rule.rule == "/voice/stream"]
    assert [(rule.endpoint, rule.websocket) for rule in rules] == [("pos_voice.stream", True)]
    assert demo_app.config["POS_VOICE_STREAM_TRANSPORT"] == "flask-sock"  # the default


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_signed_request_that_is_not_a_usable_upgrade_gets_400(demo_app: Flask, transport: str) -> None:
    demo_app.config["POS_VOICE_STREAM_TRANSPORT"] = transport
    signature = RequestValidator(AUTH_TOKEN).compute_signature("wss://pos.example.com/voice/stream", {})
    upgrade = {"Upgrade": "websocket", "Connection": "Upgrade", "X-Twilio-Signature": signature}
    client = demo_app.test_client()
    keyless = client.get("/voice/stream", headers=upgrade)
    assert (keyless.status_code, keyless.text) == (400, "not a WebSocket upgrade request")
    # the test client hands over no socket: refused with a reason, not a 500
    handshake = {"Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version": "13"}
    socketless = client.get("/voice/stream", headers={**upgrade, **handshake})
    assert socketless.status_code == 400 and "socket" in socketless.text


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
        app.extensions["sqlalchemy"].create_all()
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
