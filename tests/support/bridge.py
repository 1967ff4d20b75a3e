"""The bridge test harness: both far ends of a call, driven step by step from a test.

* :class:`PuppetRealtime` — a Realtime server (flask-sock, real WebSocket) that sends the exact
  GA server events a test asks for and records every client event the bridge sent; both
  directions are validated against the official ``openai`` GA types (client events strictly:
  no undeclared key at any depth). Fault modes model a service that goes quiet.
* :class:`Caller` — Twilio's side: the signed ``/incoming``, then the media stream; echoes
  marks when the test says the audio has played, honours ``clear`` like Twilio, and measures
  dead air (the longest gap between the caller's last speech and the next assistant audio).
* :class:`Tools` — a registry double with the interface of ``pos_voice.tools.ToolRegistry``.
* :func:`rig` — the demo POS serving ``/voice/stream`` on a loopback port, wired to both.

Waits are on conditions, never fixed sleeps; :meth:`Rig.settle` is the explicit moment after
which something that did not happen will not happen (see there).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import itertools
import json
import queue
import tempfile
import threading
import time
import typing as t
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa
import websocket
from flask import Flask, request
from flask_sock import Sock
from twilio.request_validator import RequestValidator

from pos_voice.extension import get_state
from pos_voice.settings import Settings
from pos_voice.testing.validation import client_event_problems
from tests.conftest import TEST_SETTINGS
from tests.support.clock import ManualClock
from tests.support.servers import serve
from tests.support.tls import Relay, self_signed

WAIT = 5.0
PUBLIC = TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"]
AUTH_TOKEN = TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"]
ACCOUNT_SID = "AC" + "0" * 32


def wait_for(predicate: Callable[[], t.Any], timeout: float = WAIT, what: str = "condition") -> t.Any:
    """Poll ``predicate`` until it is truthy (returned), or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.005)


def ulaw(size: int = 160, fill: int = 0x7F) -> str:
    return base64.b64encode(bytes([fill]) * size).decode()


@functools.cache
def _server_event_models() -> dict[str, t.Any]:
    from openai.types.realtime import RealtimeServerEvent

    models: dict[str, t.Any] = {}
    for model in t.get_args(t.get_args(RealtimeServerEvent)[0]):
        for value in t.get_args(model.model_fields["type"].annotation):
            models[value] = model
    return models


def server_event_problems(event: dict[str, t.Any]) -> list[str]:
    """What is wrong with ``event`` as a GA Realtime server event (the puppet's own output)."""
    from pydantic import ValidationError

    model = _server_event_models().get(str(event.get("type")))
    if model is None:
        return [f"{event.get('type')!r} is not a GA Realtime server event"]
    try:
        model.model_validate(event)
    except ValidationError as exc:
        return [f"server {event['type']}: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
    return []


# ------------------------------------------------------------------------------ puppet Realtime


class Upstream:
    """One connection the bridge opened to the puppet Realtime server."""

    def __init__(self, ws: t.Any, headers: dict[str, str], args: dict[str, str],
                 server: PuppetRealtime) -> None:
        self.ws = ws
        self.headers = headers
        self.args = args
        self.server = server
        self.events: queue.Queue[dict[str, t.Any]] = queue.Queue()
        self.received: list[dict[str, t.Any]] = []  # every non-audio client event, in order
        self.appended: list[str] = []  # input_audio_buffer.append payloads
        self.appended_at: list[float] = []  # when each arrived (time.monotonic())
        self.order: list[str] = []  # every client event's type, audio included, in arrival order
        self.messages = 0  # every client message received, audio included
        self.sent_events = 0  # server events sent that are not audio deltas
        self.problems: list[str] = []
        self.closed = threading.Event()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def send(self, event: dict[str, t.Any]) -> None:
        event = {"type": event["type"], "event_id": f"event_{next(self._ids)}",
                 **{k: v for k, v in event.items() if k != "type"}}
        self.problems += server_event_problems(event)
        with self._lock:
            self.ws.send(json.dumps(event, separators=(",", ":")))
            if event["type"] != "response.output_audio.delta":
                self.sent_events += 1

    def send_raw(self, text: str) -> None:
        """A message that is not a server event at all (counted like one: the bridge reads it)."""
        with self._lock:
            self.ws.send(text)
            self.sent_events += 1

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
    def created(self, response_id: str) -> None:
        self.send({"type": "response.created", "response": {"id": response_id, "object": "realtime.response",
                                                            "status": "in_progress", "output": []}})

    def response(self, response_id: str, items: list[dict[str, t.Any]], status: str = "completed",
                 audio_chunks: int = 0, chunk_bytes: int = 800) -> None:
        """A whole response: created, its items (audio for messages), done."""
        self.created(response_id)
        for index, item in enumerate(items):
            self.send({"type": "response.output_item.added", "response_id": response_id,
                       "output_index": index, "item": {**_plain(item), "status": "in_progress"}})
            if item["type"] == "message":
                self.audio(response_id, item["id"], audio_chunks, chunk_bytes)
                self.send({"type": "response.output_audio_transcript.done", "response_id": response_id,
                           "item_id": item["id"], "output_index": index, "content_index": 0,
                           "transcript": item.get("text", "")})
            self.send({"type": "response.output_item.done", "response_id": response_id, "output_index": index,
                       "item": {**_plain(item), "status": "completed"}})
        self.done(response_id, items, status)

    def audio(self, response_id: str, item_id: str, chunks: int, chunk_bytes: int = 800) -> None:
        for _ in range(chunks):
            self.send({"type": "response.output_audio.delta", "response_id": response_id, "item_id": item_id,
                       "output_index": 0, "content_index": 0, "delta": ulaw(chunk_bytes, 0x55)})

    def done(self, response_id: str, items: list[dict[str, t.Any]], status: str = "completed") -> None:
        self.send({"type": "response.done", "response": {
            "id": response_id, "object": "realtime.response", "status": status,
            "output": [_plain(item) for item in items],
            "usage": {"total_tokens": 150, "input_tokens": 100, "output_tokens": 50,
                      "input_token_details": {
                          "text_tokens": 80, "audio_tokens": 20, "cached_tokens": 40,
                          "cached_tokens_details": {"text_tokens": 40, "audio_tokens": 0}},
                      "output_token_details": {"text_tokens": 10, "audio_tokens": 40}}}})

    def take_order(self) -> None:
        """The model starts a pickup order and adds a large pepperoni pizza (the real tools must
        accept both), each tool call answered by the bridge with its output and one create."""
        calls = [("start_order", {"order_type": "pickup"}),
                 ("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})]
        for index, (name, arguments) in enumerate(calls):
            self.response(f"resp_{index}", [function_call(f"item_{index}", f"call_{index}", name, arguments)])
            assert json.loads(self.expect("conversation.item.create")["item"]["output"])["ok"] is True
            self.expect("response.create")

    def speech_started(self, item_id: str, audio_start_ms: int = 100) -> None:
        self.send({"type": "input_audio_buffer.speech_started", "audio_start_ms": audio_start_ms,
                   "item_id": item_id})


def _plain(item: dict[str, t.Any]) -> dict[str, t.Any]:
    return {k: v for k, v in item.items() if k != "text"}


def message(item_id: str, text: str) -> dict[str, t.Any]:
    return {"id": item_id, "object": "realtime.item", "type": "message", "role": "assistant", "text": text,
            "content": [{"type": "output_audio"}]}


def function_call(item_id: str, call_id: str, name: str, arguments: dict[str, t.Any]) -> dict[str, t.Any]:
    return {"id": item_id, "object": "realtime.item", "type": "function_call", "call_id": call_id,
            "name": name, "arguments": json.dumps(arguments)}


class PuppetRealtime:
    """The puppet server. ``answer_session_update``: reply to each ``session.update`` with a
    ``session.updated`` (the service applying it); ``send_session_created``: greet each new
    connection with ``session.created``. Both off model a service that accepts and stays mute."""

    def __init__(self) -> None:
        self.connections: queue.Queue[Upstream] = queue.Queue()
        self.count = 0
        self.send_session_created = True
        self.answer_session_update = True
        app = Flask("puppet_realtime")
        sock = Sock(app)

        @sock.route("/v1/realtime")
        def realtime(ws: t.Any) -> None:
            upstream = Upstream(ws, dict(request.headers), dict(request.args), self)
            self.count += 1
            self.connections.put(upstream)
            if self.send_session_created:
                upstream.send({"type": "session.created", "session": {
                    "type": "realtime", "id": f"sess_{self.count}", "object": "realtime.session"}})
            try:
                while True:
                    raw = ws.receive()
                    if raw is None:
                        continue
                    upstream.messages += 1
                    try:
                        event = json.loads(raw)
                    except ValueError as exc:  # OpenAI would answer with an error event
                        upstream.problems.append(f"invalid JSON from the bridge ({exc}): {raw[:120]!r}")
                        continue
                    upstream.problems += client_event_problems(event)
                    upstream.order.append(str(event.get("type")))
                    if event.get("type") == "input_audio_buffer.append":
                        upstream.appended.append(event.get("audio"))
                        upstream.appended_at.append(time.monotonic())
                        continue
                    upstream.received.append(event)
                    upstream.events.put(event)
                    if event.get("type") == "session.update" and self.answer_session_update:
                        upstream.send({"type": "session.updated", "session": {
                            **event["session"], "id": f"sess_{self.count}", "object": "realtime.session"}})
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
        self.sent = 0  # frames sent on the stream
        # dead air: when the caller last spoke, when assistant audio arrived, when the stream ended
        self.speech_at: list[float] = []
        self.media_at: list[float] = []
        self.closed_at: float | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()

    def dial(self) -> str:
        form = {"CallSid": self.call_sid, "AccountSid": ACCOUNT_SID, "From": self.phone,
                "To": "+15550009999", "CallStatus": "ringing", "Direction": "inbound"}
        response = post_signed(self.app, "/voice/incoming", form)
        assert response.status_code == 200, response.data
        root = ET.fromstring(response.data)
        params = {p.get("name"): p.get("value") for p in root.iter("Parameter")}
        self.token = params.get("call_token")
        assert self.token, response.data
        return self.token

    def connect(self, *, signed: bool = True, token: str | None = "dialled") -> None:
        header = []
        if signed:
            url = "wss://pos.example.com/voice/stream"
            signature = RequestValidator(AUTH_TOKEN).compute_signature(url, {})
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
                   "start": {"accountSid": ACCOUNT_SID, "streamSid": self.stream_sid,
                             "callSid": self.call_sid, "tracks": ["inbound"],
                             "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                             "customParameters": params}})

    def send(self, message: dict[str, t.Any] | str) -> None:
        assert self.ws is not None
        with self._lock:
            self.ws.send(message if isinstance(message, str) else json.dumps(message, separators=(",", ":")))
            self.sent += 1

    def send_raw(self, data: bytes | str, *, binary: bool = False) -> None:
        assert self.ws is not None
        with self._lock:
            if binary:
                self.ws.send_binary(data)
            else:
                self.ws.send(data)
            self.sent += 1

    def say(self, frames: int = 3, payload: str | None = None) -> list[str]:
        sent = []
        for index in range(frames):
            audio = payload or ulaw(160, index % 200)
            self.send({"event": "media", "sequenceNumber": str(index + 2), "streamSid": self.stream_sid,
                       "media": {"track": "inbound", "chunk": str(index + 1), "timestamp": str(20 * index),
                                 "payload": audio}})
            sent.append(audio)
        self.speech_at.append(time.monotonic())
        return sent

    def press(self, keys: str) -> None:
        """The caller presses keys on the keypad: one Twilio ``dtmf`` event each."""
        for key in keys:
            self.send({"event": "dtmf", "sequenceNumber": "7", "streamSid": self.stream_sid,
                       "dtmf": {"track": "inbound_track", "digit": key}})

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
                   "stop": {"accountSid": ACCOUNT_SID, "callSid": self.call_sid}})
        assert self.ws is not None
        # Close without websocket-client's blocking close(): the reader thread takes the reply.
        # The bridge may already have closed on the stop (like Twilio, we then find a closed pipe).
        with contextlib.suppress(OSError, websocket.WebSocketException):
            self.ws.send_close()
        self.closed.wait(WAIT)
        self.ws.shutdown()

    def wait(self, predicate: Callable[[], bool], timeout: float = WAIT, what: str = "condition") -> None:
        try:
            wait_for(predicate, timeout, what)
        except AssertionError:
            raise AssertionError(f"timed out waiting for {what}; caller got {self.kinds()}") from None

    def kinds(self) -> list[str]:
        return [frame["event"] for frame in list(self.frames)]

    def dead_air(self) -> float:
        """The longest time the caller waited after speaking for the assistant's next audio (or
        for the stream to end, after which Twilio speaks); 0 when the caller never spoke."""
        end = self.closed_at if self.closed_at is not None else time.monotonic()
        longest = 0.0
        for spoke in self.speech_at:
            answer = next((at for at in self.media_at if at >= spoke), end)
            longest = max(longest, min(answer, end) - spoke)
        return longest

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
                    self.media_at.append(time.monotonic())
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
            self.closed_at = time.monotonic()
            self.closed.set()


def post_signed(app: Flask, path: str, form: dict[str, str]) -> t.Any:
    signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC + path, form)
    return app.test_client().post(path, data=form, headers={"X-Twilio-Signature": signature})


# ------------------------------------------------------------------------------ tools double


@dataclass
class Ctx:
    call_id: int | None
    call_sid: str
    caller_phone: str | None
    lines: list[str] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)
    order: dict[str, t.Any] | None = None
    events: t.Any = None


@dataclass(frozen=True)
class Result:
    output: str
    action: str | None = None


class Tools:
    """A registry double: the interface of ``pos_voice.tools.ToolRegistry``, tiny tools.

    ``slow_tool`` and ``submit_order`` (which places order #47) wait for :attr:`release`;
    each tool records its ``tool_call`` event itself,
    in the app context the bridge runs it in, as the real tools do."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.release.set()
        self.started = threading.Event()
        self.invocations: list[tuple[str, str]] = []
        self.typed: list[str] = []  # keypad entries handed over
        self.transfers: list[str] = []  # transfers without the model (the keypad's key)
        self.digits_asked = False  # awaiting_keys: the caller was asked to type digits

    def definitions(self) -> list[dict[str, t.Any]]:
        params = {"type": "object", "properties": {"item_name": {"type": "string"}}, "required": []}
        return [{"type": "function", "name": name, "description": f"{name} tool", "parameters": params}
                for name in ("add_item", "slow_tool", "submit_order", "transfer_to_human", "end_call")]

    def start_call(self, call_id: int | None, call_sid: str, caller_phone: str | None,
                   events: t.Any = None) -> Ctx:
        return Ctx(call_id, call_sid, caller_phone, events=events)

    def instructions(self, ctx: Ctx) -> str:
        return "You answer the phone for Tony's Pizza."

    def greeting(self, ctx: Ctx) -> str:
        return "Thanks for calling Tony's Pizza!"

    def cart_view(self, ctx: Ctx) -> dict[str, t.Any]:
        return {"order_type": None, "lines": list(ctx.lines), **({"order": ctx.order} if ctx.order else {})}

    def placed_order(self, ctx: Ctx) -> dict[str, t.Any] | None:
        return dict(ctx.order) if ctx.order else None

    def add_transcript(self, ctx: Ctx, role: str, text: str) -> None:
        ctx.heard.append(f"{role}: {text}")

    def keypad_entry(self, ctx: Ctx, digits: str) -> str:
        self.typed.append(digits)
        return f"(Keypad) The caller typed {' '.join(digits)}."

    def awaiting_keys(self, ctx: Ctx) -> bool:
        return self.digits_asked

    def transfer(self, ctx: Ctx, reason: str) -> None:
        self.transfers.append(reason)
        if ctx.events is not None:
            ctx.events.record("transfer", {"reason": reason, "context": {"cart": list(ctx.lines)}})

    def invoke(self, ctx: Ctx, name: str, arguments_json: str | None) -> Result:
        self.invocations.append((name, arguments_json or ""))
        if name in ("slow_tool", "submit_order"):
            self.started.set()
            assert self.release.wait(WAIT)
        if name == "submit_order":
            ctx.order = {"ok": True, "order_number": "47", "total": "21.60"}
        args = json.loads(arguments_json or "{}")
        if name in ("add_item", "slow_tool"):
            ctx.lines.append(args.get("item_name", "?"))
        data = {"name": name, "arguments": args, "result": {"ok": True}}
        if ctx.events is not None:  # the bridge's recorder, as the real tools use it
            ctx.events.record("tool_call", data)
        else:
            state = get_state()
            state.db.session.add(state.models.VoiceCallEvent(call_id=ctx.call_id, event_type="tool_call",
                                                             event_data=data))
            state.db.session.commit()
        action = {"transfer_to_human": "transfer", "end_call": "end_call"}.get(name)
        return Result(json.dumps({"ok": True, "tool": name, "cart": ctx.lines}), action)


# ------------------------------------------------------------------------------ the rig


@dataclass
class Rig:
    app: Flask
    port: int
    fake: PuppetRealtime
    tools: Tools
    clock: ManualClock | None = None
    relay: Relay | None = None  # between the bridge and the puppet (``rig(..., realtime_relay=...)``)
    sids: t.Iterator[int] = field(default_factory=lambda: itertools.count(1))
    callers: list[Caller] = field(default_factory=list)

    def caller(self, **kwargs: t.Any) -> Caller:
        caller = Caller(self.app, self.port, f"CA{next(self.sids):032d}", **kwargs)
        self.callers.append(caller)
        return caller

    def hang_up_all(self) -> None:
        """After the test, hang up every caller still on the line: a test that failed mid-call
        must not leave its call running into the next tests (their teardown checks fail too)."""
        for caller in self.callers:
            if caller.ws is not None and not caller.closed.is_set():
                with contextlib.suppress(Exception):
                    caller.hang_up()

    def session(self, caller: Caller) -> t.Any:
        """The bridge's running session of this call."""
        return wait_for(lambda: get_state(self.app).live_calls.get(caller.call_sid), what="the live session")

    def settle(self, caller: Caller, upstream: Upstream, timeout: float = WAIT) -> t.Any:
        """Return once the bridge has acted on everything sent to it and the puppet has received
        everything the bridge sent: every Realtime event handled, no tool batch running, the
        timers asleep (on a manual clock), and the bridge's sent count equal to the puppet's
        received count. After this, anything the bridge has not sent it will not send until
        something new happens."""
        session = self.session(caller)

        def quiet() -> bool:
            engine = session.engine
            return (engine.events >= upstream.sent_events and session.responses.tool_batches == 0
                    and engine.connected and engine.sent == upstream.messages)

        wait_for(quiet, timeout, "the bridge to settle")
        if self.clock is not None:
            self.clock.settle()
        wait_for(quiet, timeout, "the bridge to settle after its timers")
        return session

    def create_at(self, caller: Caller, upstream: Upstream, seconds: float) -> dict[str, t.Any]:
        """Move the manual clock ``seconds`` on: no ``response.create`` before, one at that moment."""
        assert self.clock is not None
        before = len(upstream.of_type("response.create"))
        self.clock.advance(seconds - 0.1)
        self.settle(caller, upstream)
        assert len(upstream.of_type("response.create")) == before, f"asked before {seconds}s"
        self.clock.advance(0.1)
        wait_for(lambda: len(upstream.of_type("response.create")) > before, what=f"a create at {seconds}s")
        return upstream.of_type("response.create")[before]

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
        """The call's row once the bridge's final record is written.

        The row reads ``ended`` before that: ``/stream-ended`` sets it while the bridge still
        waits for the model's summary. So the wait is for the final record's own ``call_ended``
        event (``ended_by``; ``/status`` writes one without), and the row is read after it is
        seen: committed with that event, the row is then complete. (Reading the row first, a
        final record committed between the two reads passed for written: the model's summary
        looked missing on PostgreSQL, where a read takes long enough for that to be likely.)"""
        def ended() -> t.Any:
            final = any(isinstance(data, dict) and "ended_by" in data
                        for _, data in self.events(call_sid, "call_ended"))
            return self.call_row(call_sid) if final else None

        return wait_for(ended, timeout, f"call {call_sid} to end")

    def start(self, caller: Caller | None = None) -> tuple[Caller, Upstream]:
        """Dial, connect the stream, accept the bridge's Realtime connection, take the greeting's create."""
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
def rig(demo_app: Flask, transport: str = "native", *, manual_clock: bool = False, real_tools: bool = False,
        realtime_relay: str | None = None, relay_receive_buffer: int | None = None,
        **settings: t.Any) -> Iterator[Rig]:
    """The demo POS on a loopback port with the tools double (or, ``real_tools``, the plugin's own
    registry), the puppet Realtime server on another.

    ``realtime_relay``: the bridge reaches the puppet through a :class:`~tests.support.tls.Relay`
    (``Rig.relay``, which a test can pause and reset; ``relay_receive_buffer`` its sockets'
    ``SO_RCVBUF``): ``"plain"`` over ``ws://``, ``"tls"`` over ``wss://`` as it reaches OpenAI,
    with a throwaway certificate the bridge trusts through ``WEBSOCKET_CLIENT_CA_BUNDLE`` (set
    for the rig's lifetime)."""
    client_event_problems({"type": "response.create"})  # builds the openai models once, up front
    server_event_problems({"type": "session.created"})
    fake = PuppetRealtime()
    clock = ManualClock() if manual_clock else None
    with ExitStack() as stack:
        fake_port = stack.enter_context(serve(fake.app))
        demo_app.config["POS_VOICE_STREAM_TRANSPORT"] = transport
        demo_app.config["POS_VOICE_REALTIME_URL"] = f"ws://127.0.0.1:{fake_port}/v1/realtime"
        relay = None
        if realtime_relay == "plain":
            relay = Relay(fake_port, receive_buffer=relay_receive_buffer)
            demo_app.config["POS_VOICE_REALTIME_URL"] = f"ws://127.0.0.1:{relay.port}/v1/realtime"
        elif realtime_relay == "tls":
            cert, key = self_signed(Path(stack.enter_context(tempfile.TemporaryDirectory())))
            relay = Relay(fake_port, cert, key, receive_buffer=relay_receive_buffer)
            monkeypatch = stack.enter_context(pytest.MonkeyPatch.context())
            monkeypatch.setenv("WEBSOCKET_CLIENT_CA_BUNDLE", str(cert))
            demo_app.config["POS_VOICE_REALTIME_URL"] = f"wss://127.0.0.1:{relay.port}/v1/realtime"
        elif realtime_relay is not None:
            raise ValueError(f"realtime_relay: 'plain', 'tls' or None, not {realtime_relay!r}")
        if relay is not None:
            stack.callback(relay.stop)
        # WAIT, not 1 s: on a loaded machine a handshake with the puppet took longer (seen:
        # "Connection timed out", then no session.update on the connection the puppet had
        # accepted). Nothing listening still fails at once (refused).
        demo_app.config["POS_VOICE_CONNECT_TIMEOUT"] = WAIT
        if clock is None:  # on the real clock a slow test machine must not look like a mute model
            demo_app.config["POS_VOICE_WATCHDOG_READY_SECONDS"] = 60.0
            demo_app.config["POS_VOICE_WATCHDOG_RESPONSE_SECONDS"] = 60.0
        else:  # on a manual clock the watchdog runs on its defaults (the tests' settings widen them)
            for name in ("watchdog_ready_seconds", "watchdog_response_seconds"):
                demo_app.config[f"POS_VOICE_{name.upper()}"] = Settings.model_fields[name].default
        demo_app.config.update({f"POS_VOICE_{key}": value for key, value in settings.items()})
        get_state(demo_app).reload_settings()  # settings are read once: these changed after start-up
        if clock is not None:
            get_state(demo_app).clock = clock
        tools = Tools()
        if not real_tools:
            get_state(demo_app)._tools = tools
        port = stack.enter_context(serve(demo_app))
        the_rig = Rig(demo_app, port, fake, tools, clock, relay)
        stack.callback(the_rig.hang_up_all)
        yield the_rig


def bridge_fixture(**options: t.Any) -> t.Any:
    """The ``bridge`` fixture of a test module: ``bridge = bridge_fixture(SUMMARY_SECONDS=20)``.

    ``options`` are :func:`rig`'s; the transport is ``native`` unless a test parametrizes
    ``bridge`` indirectly with one of :data:`TRANSPORTS`."""

    @pytest.fixture
    def bridge(demo_app: Flask, request: pytest.FixtureRequest) -> Iterator[Rig]:
        with rig(demo_app, getattr(request, "param", "native"), **options) as r:
            yield r

    return bridge
