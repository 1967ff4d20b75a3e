"""A fake OpenAI Realtime server (GA protocol) that plays scripted conversations.

It is a real WebSocket server on ``127.0.0.1`` (flask-sock, served threaded or by gevent);
point ``POS_VOICE_REALTIME_URL`` at :attr:`FakeRealtimeServer.url`. Each connection is one
:class:`FakeSession` playing the :class:`Script` from the start::

    from pos_voice.testing import FakeRealtimeServer, Script

    script = (
        Script()
        .greet("Thanks for calling Tony's Pizza, what can I get you?")
        .when_caller_says("I'd like a large pepperoni pizza for pickup")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("One large pepperoni. Anything else?")
        .when_caller_says("No, that's all")
        .say("Great, see you soon!")
    )
    with FakeRealtimeServer(script) as fake:
        app.config["POS_VOICE_REALTIME_URL"] = fake.url
        ...                                  # drive a call
        session = fake.wait_for_session()
        session.wait_until_finished()
        fake.assert_no_protocol_errors()    # every client event was a valid GA event

How a script advances (the way the real service behaves, reduced to what is scripted):

- ``say`` / ``greet`` / ``call_tool`` / ``respond`` are **responses**. Each one waits for a
  response to be requested — a client ``response.create`` or a server-VAD turn with
  ``create_response`` — then streams it: ``response.created``, ``response.output_item.added``,
  ``conversation.item.added``, μ-law ``response.output_audio.delta`` chunks with
  ``response.output_audio_transcript.delta``, the ``.done`` events and ``response.done`` with a
  realistic ``usage``. A tool call streams ``response.function_call_arguments.done`` and
  ``response.output_item.done``; the next response then waits for the client's
  ``function_call_output`` + ``response.create``. A ``response.create`` that arrives while the
  script is waiting for the caller gets an empty response (nothing scripted to say).
- ``when_caller_says`` waits for the caller to speak: server VAD runs on the μ-law bytes the
  client appends (a 20 ms frame is speech when most bytes are not the silence codes 0xFF /
  0x7F): ``input_audio_buffer.speech_started``, ``speech_stopped`` after
  ``silence_duration_ms`` of silence (audio time, not wall time), ``committed``; the script
  then sends the transcript (``conversation.item.input_audio_transcription.completed``).
  Speech during an active response cancels it when ``interrupt_response`` is on
  (``response.done`` with status ``cancelled``, reason ``turn_detected``), so a barge-in
  script is ``greet(long text).when_caller_says("actually…")``.
- ``send_error``, ``send``, ``pause`` and ``drop`` (close with 1011 mid-call) inject faults.
  ``FakeRealtimeServer(refuse_connections=2, handshake_delay=0.5)`` fails connections.

The client-side rules the real service enforces are enforced here with its error codes:
``response.create`` during an active response → ``conversation_already_has_active_response``;
``response.cancel`` with none active → ``response_cancel_not_active``;
``conversation.item.truncate`` past the generated audio → "Audio content of Xms is already
shorter than Yms"; truncating an item without audio → ``unsupported_content_type``. With
``strict=True`` (default) every client message is checked against the official ``openai``
GA types (see :mod:`pos_voice.testing.validation`); a bad one is answered with an ``error``
event, not applied, and kept in :attr:`FakeSession.protocol_errors`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import itertools
import json
import logging
import math
import threading
import time
import typing as t
from collections import deque
from dataclasses import dataclass, field

log = logging.getLogger("pos_voice.testing.fake_realtime")

BYTES_PER_MS = 8  # G.711 μ-law, 8 kHz, one byte per sample
SILENCE_CODES = (0xFF, 0x7F)
VAD_FRAME_BYTES = 160  # 20 ms
SPEECH_START_MS = 40  # speech this long starts a turn (filters clicks)
DEFAULT_STEP_TIMEOUT = 10.0


# ----------------------------------------------------------------------------- the script


@dataclass(frozen=True)
class ToolCall:
    """One function call the model makes."""

    name: str
    arguments: dict[str, t.Any] | str = field(default_factory=dict)
    call_id: str | None = None

    def arguments_json(self) -> str:
        return self.arguments if isinstance(self.arguments, str) else json.dumps(self.arguments)


@dataclass(frozen=True)
class Respond:
    """One model response: optional speech, then optional function calls."""

    text: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    audio_ms: int | None = None
    pace: float | None = None  # overrides the server's pace for this response

    def describe(self) -> str:
        parts = [f"say {self.text!r}"] if self.text else []
        parts += [f"call {c.name}" for c in self.tool_calls]
        return " + ".join(parts) or "empty response"


@dataclass(frozen=True)
class CallerSays:
    """Wait for one caller turn (server VAD) and transcribe it as ``transcript``.

    ``interrupt_after_ms`` is a cue for a simulated caller (see :meth:`FakeSession.wait_for_caller_cue`):
    speak over the assistant once that much of the previous response has arrived.
    """

    transcript: str
    interrupt_after_ms: int | None = None

    def describe(self) -> str:
        return f"caller says {self.transcript!r}"


@dataclass(frozen=True)
class SendError:
    code: str | None
    message: str
    error_type: str = "invalid_request_error"

    def describe(self) -> str:
        return f"error {self.code}"


@dataclass(frozen=True)
class SendEvent:
    event: dict[str, t.Any]

    def describe(self) -> str:
        return f"send {self.event.get('type')}"


@dataclass(frozen=True)
class Pause:
    seconds: float

    def describe(self) -> str:
        return f"pause {self.seconds}s"


@dataclass(frozen=True)
class Drop:
    """Close the socket from the server side (1011 = the service failed mid-call)."""

    code: int = 1011
    reason: str = "internal error"

    def describe(self) -> str:
        return f"drop {self.code}"


Step = Respond | CallerSays | SendError | SendEvent | Pause | Drop


class Script:
    """A conversation for the fake model, built fluently; every method returns the script."""

    def __init__(self, steps: t.Iterable[Step] = ()) -> None:
        self.steps: list[Step] = list(steps)

    def _add(self, step: Step) -> Script:
        self.steps.append(step)
        return self

    def greet(self, text: str, audio_ms: int | None = None, pace: float | None = None) -> Script:
        """The first thing the assistant says (answers the client's first ``response.create``)."""
        return self._add(Respond(text=text, audio_ms=audio_ms, pace=pace))

    def say(self, text: str, audio_ms: int | None = None, pace: float | None = None) -> Script:
        """An assistant reply spoken as audio (with its transcript); ``pace=1.0`` streams it in real time."""
        return self._add(Respond(text=text, audio_ms=audio_ms, pace=pace))

    def call_tool(self, name: str, arguments: dict[str, t.Any] | str | None = None,
                  call_id: str | None = None) -> Script:
        """A response that is one function call."""
        return self._add(Respond(tool_calls=(ToolCall(name, arguments or {}, call_id),)))

    def call_tools(self, *calls: ToolCall | tuple[str, dict[str, t.Any]]) -> Script:
        """A response with several function calls (parallel tool calls)."""
        built = tuple(c if isinstance(c, ToolCall) else ToolCall(c[0], c[1]) for c in calls)
        return self._add(Respond(tool_calls=built))

    def say_and_call(self, text: str, name: str, arguments: dict[str, t.Any] | None = None,
                     audio_ms: int | None = None) -> Script:
        """A response that speaks and then calls a function (e.g. "one moment" + transfer)."""
        return self._add(Respond(text=text, tool_calls=(ToolCall(name, arguments or {}),), audio_ms=audio_ms))

    def respond(self, text: str | None = None, tool_calls: t.Iterable[ToolCall] = (),
                audio_ms: int | None = None) -> Script:
        return self._add(Respond(text=text, tool_calls=tuple(tool_calls), audio_ms=audio_ms))

    def when_caller_says(self, transcript: str, interrupt_after_ms: int | None = None) -> Script:
        """Wait for the caller's next turn; its transcript is ``transcript``.

        With ``interrupt_after_ms`` a simulated caller talks over the previous response once
        that much of its audio arrived (give that response a ``pace`` so it is still streaming).
        """
        return self._add(CallerSays(transcript, interrupt_after_ms))

    def send_error(self, code: str | None, message: str, error_type: str = "invalid_request_error") -> Script:
        return self._add(SendError(code, message, error_type))

    def send(self, event: dict[str, t.Any]) -> Script:
        """Send a raw server event (e.g. an unknown type the client must tolerate)."""
        return self._add(SendEvent(event))

    def pause(self, seconds: float) -> Script:
        return self._add(Pause(seconds))

    def drop(self, code: int = 1011, reason: str = "internal error") -> Script:
        return self._add(Drop(code, reason))

    def caller_lines(self) -> list[str]:
        return [s.transcript for s in self.steps if isinstance(s, CallerSays)]

    def __len__(self) -> int:
        return len(self.steps)

    def __repr__(self) -> str:
        return f"Script({', '.join(s.describe() for s in self.steps)})"


def default_audio_ms(text: str) -> int:
    """Roughly how long ``text`` takes to say (about 15 characters a second)."""
    return max(400, int(len(text) * 65))


# ----------------------------------------------------------------------------- records


@dataclass
class Received:
    """One client message as it arrived."""

    at: float  # time.monotonic()
    message: dict[str, t.Any]

    @property
    def type(self) -> str:
        return str(self.message.get("type"))


@dataclass(frozen=True)
class CallerCue:
    """The script wants the caller to say ``line`` now (or over the assistant, see ``interrupt_after_ms``)."""

    step: int
    line: str
    interrupt_after_ms: int | None = None


@dataclass
class _Item:
    id: str
    kind: str  # "assistant_audio", "function_call", "user_audio", "message", "function_call_output"
    audio_bytes: int = 0
    fill: int = 0
    call_id: str | None = None
    name: str | None = None


@dataclass
class _Response:
    id: str
    origin: str  # "client" or "turn_detected"
    cancelled: bool = False
    cancel_reason: str | None = None
    finished: bool = False
    output: list[dict[str, t.Any]] = field(default_factory=list)


class _ScriptAborted(Exception):
    pass


# ----------------------------------------------------------------------------- one connection


class FakeSession:
    """The server side of one Realtime connection: plays the script, records everything."""

    def __init__(self, server: FakeRealtimeServer, ws: t.Any, index: int, headers: dict[str, str],
                 query: dict[str, str]) -> None:
        self.server = server
        self.index = index
        self.headers = headers
        self.query = query
        self.script = server.script_for(index)
        self.received: list[Received] = []
        self.sent: list[dict[str, t.Any]] = []
        self.protocol_errors: list[str] = []
        self.failures: list[str] = []
        self.tool_outputs: dict[str, str] = {}
        self.tool_calls: list[dict[str, t.Any]] = []
        self.truncations: list[dict[str, t.Any]] = []
        self.transcript: list[tuple[str, str]] = []
        #: Everything said and done, in order: {"kind": "assistant"|"caller"|"tool"|"tool_output", …}.
        self.timeline: list[dict[str, t.Any]] = []
        self.connected_at = time.monotonic()
        self.finished = threading.Event()
        self.closed = threading.Event()
        self.config: dict[str, t.Any] = _initial_config(query.get("model") or "gpt-realtime", index)
        self._ws = ws
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._event_ids = itertools.count(1)
        self._step_index = 0
        self._items: dict[str, _Item] = {}
        self._last_item_id: str | None = None
        self._active: _Response | None = None
        self._triggers: deque[_Response] = deque()
        self._user_turns: deque[str] = deque()
        self._dropped = False
        # server VAD over the appended audio, in audio milliseconds
        self._audio_ms = 0.0
        self._buffer_ms = 0.0
        self._in_speech = False
        self._speech_run_ms = 0.0
        self._silence_run_ms = 0.0
        self._speech_item: str | None = None
        self._input_audio_ms_total = 0.0
        self._prompt_tokens = 0
        self._frame_remainder = b""

    # ---------------------------------------------------------------- queries for tests

    def messages(self, event_type: str | None = None) -> list[dict[str, t.Any]]:
        """Client messages received (of one type), in order."""
        with self._cond:
            return [r.message for r in self.received if event_type is None or r.type == event_type]

    def client_types(self) -> list[str]:
        with self._cond:
            return [r.type for r in self.received]

    def sent_types(self) -> list[str]:
        with self._send_lock:
            return [str(e.get("type")) for e in self.sent]

    def wait_for(self, event_type: str, count: int = 1, timeout: float = 5.0) -> dict[str, t.Any]:
        """Wait until ``count`` client messages of ``event_type`` arrived; return the last one."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [r.message for r in self.received if r.type == event_type]
                if len(found) >= count:
                    return found[count - 1]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no {count} x {event_type} within {timeout}s; "
                                       f"got {self.client_types()}")
                self._cond.wait(remaining)

    def wait_until_finished(self, timeout: float = 10.0) -> None:
        """Wait until the whole script was played; raise on a script failure or timeout."""
        if not self.finished.wait(timeout):
            raise TimeoutError(f"script not finished within {timeout}s (at step {self._step_index}: "
                               f"{self._step_description()}); failures: {self.failures}")
        if self.failures:
            raise AssertionError(f"script failed: {self.failures}")

    def wait_for_caller_cue(self, after: int = -1, timeout: float = 10.0) -> CallerCue | None:
        """Wait until the script wants the caller to speak, at a step after ``after``.

        That is when it waits for a caller turn, or — for a line with ``interrupt_after_ms`` —
        as soon as the response before it is streaming. Returns the cue, or ``None`` when the
        script finished or the connection closed first.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                index, steps = self._step_index, self.script.steps
                if index > after and index < len(steps) and isinstance(steps[index], CallerSays):
                    step = steps[index]
                    return CallerCue(index, step.transcript, step.interrupt_after_ms)
                following = steps[index + 1] if index + 1 < len(steps) else None
                if (index + 1 > after and isinstance(following, CallerSays)
                        and following.interrupt_after_ms is not None and isinstance(steps[index], Respond)
                        and self._active is not None and self._active not in self._triggers):
                    return CallerCue(index + 1, following.transcript, following.interrupt_after_ms)
                if self.finished.is_set() or self.closed.is_set():
                    return None
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"the script did not reach a caller turn within {timeout}s")
                self._cond.wait(min(remaining, 0.1))

    def wait_closed(self, timeout: float = 5.0) -> bool:
        return self.closed.wait(timeout)

    @property
    def session_config(self) -> dict[str, t.Any]:
        with self._cond:
            return json.loads(json.dumps(self.config))

    def item_audio_ms(self, item_id: str) -> float:
        """Milliseconds of audio generated for an assistant item (after truncation)."""
        with self._cond:
            item = self._items.get(item_id)
            return item.audio_bytes / BYTES_PER_MS if item else 0.0

    def _calls_without_output(self) -> list[str]:
        return [str(i.call_id) for i in self._items.values()
                if i.kind == "function_call" and i.call_id not in self.tool_outputs]

    def missing_tool_outputs(self) -> list[str]:
        """``call_id`` of every function call the client has not answered (should end up empty)."""
        with self._cond:
            return self._calls_without_output()

    def assistant_items(self) -> list[str]:
        with self._cond:
            return [i.id for i in self._items.values() if i.kind == "assistant_audio"]

    def fill_byte(self, item_id: str) -> int:
        """The μ-law byte the fake's audio for ``item_id`` is made of (to spot it on the caller side)."""
        with self._cond:
            return self._items[item_id].fill

    # ---------------------------------------------------------------- wire

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{self.index}_{next(self._ids):04d}"

    def send_event(self, event: dict[str, t.Any]) -> None:
        """Send a server event (adds an ``event_id``); silently dropped once closed."""
        event = {"event_id": f"event_{self.index}_{next(self._event_ids):05d}", **event}
        text = json.dumps(event)
        with self._send_lock:
            if self.closed.is_set():
                return
            try:
                self._ws.send(text)
            except Exception:  # the client went away
                self.closed.set()
                return
            self.sent.append(event)

    def _error(self, code: str | None, message: str, client_event: dict[str, t.Any] | None = None,
               error_type: str = "invalid_request_error", param: str | None = None) -> None:
        self.send_event({"type": "error", "error": {
            "type": error_type, "code": code, "message": message, "param": param,
            "event_id": (client_event or {}).get("event_id"),
        }})

    # ---------------------------------------------------------------- the connection loop

    def serve(self) -> None:
        """Run the connection (in the server's request thread/greenlet) until it closes."""
        from simple_websocket import ConnectionClosed

        if self.server.send_session_created:
            self.send_event({"type": "session.created", "session": self.session_config})
        runner = threading.Thread(target=self._run_script, name=f"fake-realtime-script-{self.index}",
                                  daemon=True)
        runner.start()
        try:
            while not self._dropped:
                try:
                    raw = self._ws.receive(timeout=0.2)
                except ConnectionClosed:
                    break
                if raw is None:
                    continue
                self._handle(raw)
        finally:
            with self._cond:
                self.closed.set()
                self._cond.notify_all()
            runner.join(timeout=2)

    def _handle(self, raw: str | bytes) -> None:
        now = time.monotonic()
        try:
            message = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            with self._cond:
                self.protocol_errors.append(f"not JSON: {str(raw)[:80]!r}")
                self._cond.notify_all()
            self._error("invalid_json", "The server could not parse the event: not valid JSON.")
            return
        if not isinstance(message, dict):
            message = {"type": None, "value": message}
        with self._cond:
            self.received.append(Received(now, message))
            self._cond.notify_all()
        if self.server.strict:
            from .validation import client_event_problems

            problems = client_event_problems(message)
            if problems:
                with self._cond:
                    self.protocol_errors.extend(problems)
                undeclared = any("is not a field" in p for p in problems)
                code = "unknown_parameter" if undeclared else "invalid_value"
                self._error(code, "; ".join(problems), message)
                return
        handler = self._handlers().get(str(message.get("type")))
        if handler is None:
            self._error("invalid_event_type", f"Invalid event type: {message.get('type')!r}", message)
            return
        handler(message)

    def _handlers(self) -> dict[str, t.Callable[[dict[str, t.Any]], None]]:
        return {
            "session.update": self._on_session_update,
            "input_audio_buffer.append": self._on_append,
            "input_audio_buffer.commit": self._on_commit,
            "input_audio_buffer.clear": self._on_buffer_clear,
            "conversation.item.create": self._on_item_create,
            "conversation.item.truncate": self._on_truncate,
            "conversation.item.delete": self._on_item_delete,
            "conversation.item.retrieve": self._on_item_retrieve,
            "response.create": self._on_response_create,
            "response.cancel": self._on_response_cancel,
            "output_audio_buffer.clear": self._on_output_buffer_clear,
        }

    # ---------------------------------------------------------------- client events

    def _on_session_update(self, message: dict[str, t.Any]) -> None:
        with self._cond:
            _deep_merge(self.config, message.get("session") or {})
            instructions = str(self.config.get("instructions") or "")
            tools = json.dumps(self.config.get("tools") or [])
            self._prompt_tokens = (len(instructions) + len(tools)) // 4
        self.send_event({"type": "session.updated", "session": self.session_config})

    def _turn_detection(self) -> dict[str, t.Any] | None:
        audio = self.config.get("audio") or {}
        return (audio.get("input") or {}).get("turn_detection")

    def _on_append(self, message: dict[str, t.Any]) -> None:
        try:
            audio = base64.b64decode(str(message.get("audio") or ""), validate=True)
        except (binascii.Error, ValueError):
            self._error("invalid_value", "Invalid 'audio'. Expected base64-encoded audio bytes.", message,
                        param="audio")
            return
        data = self._frame_remainder + audio
        usable = len(data) - len(data) % VAD_FRAME_BYTES
        self._frame_remainder = data[usable:]
        for start in range(0, usable, VAD_FRAME_BYTES):
            self._vad_frame(data[start:start + VAD_FRAME_BYTES])

    def _vad_frame(self, frame: bytes) -> None:
        frame_ms = len(frame) / BYTES_PER_MS
        silent = frame.count(SILENCE_CODES[0]) + frame.count(SILENCE_CODES[1])
        speech = silent * 2 < len(frame)
        events: list[dict[str, t.Any]] = []
        interrupt: _Response | None = None
        with self._cond:
            self._audio_ms += frame_ms
            self._buffer_ms += frame_ms
            self._input_audio_ms_total += frame_ms
            detection = self._turn_detection()
            if not detection:
                return
            if speech:
                self._silence_run_ms = 0.0
                if not self._in_speech:
                    self._speech_run_ms += frame_ms
                    if self._speech_run_ms >= SPEECH_START_MS:
                        self._in_speech = True
                        self._speech_item = self._new_id("item_user")
                        start_ms = max(0.0, self._audio_ms - self._speech_run_ms)
                        events.append({"type": "input_audio_buffer.speech_started",
                                       "audio_start_ms": int(start_ms), "item_id": self._speech_item})
                        if detection.get("interrupt_response", True) and self._active is not None:
                            interrupt = self._active
            else:
                if not self._in_speech:
                    self._speech_run_ms = 0.0
                else:
                    self._silence_run_ms += frame_ms
                    if self._silence_run_ms >= float(detection.get("silence_duration_ms") or 500):
                        self._in_speech = False
                        self._speech_run_ms = 0.0
                        end_ms = self._audio_ms - self._silence_run_ms
                        item_id = self._speech_item or self._new_id("item_user")
                        events.append({"type": "input_audio_buffer.speech_stopped",
                                       "audio_end_ms": int(end_ms), "item_id": item_id})
                        events.extend(self._commit_locked(item_id))
        for event in events:
            self.send_event(event)
            if event["type"] == "input_audio_buffer.speech_started" and interrupt is not None:
                self._cancel(interrupt, "turn_detected")
        committed = [e["item_id"] for e in events if e["type"] == "input_audio_buffer.committed"]
        if committed:
            self._queue_user_turns(committed)
            self._after_user_turn(auto=True)

    def _queue_user_turns(self, item_ids: list[str]) -> None:
        # Only after ``committed`` went out: the transcript must not overtake it.
        with self._cond:
            self._user_turns.extend(item_ids)
            self._cond.notify_all()

    def _commit_locked(self, item_id: str) -> list[dict[str, t.Any]]:
        previous = self._last_item_id
        self._items[item_id] = _Item(item_id, "user_audio", audio_bytes=int(self._buffer_ms * BYTES_PER_MS))
        self._last_item_id = item_id
        self._buffer_ms = 0.0
        item = {"id": item_id, "object": "realtime.item", "type": "message", "role": "user",
                "status": "completed", "content": [{"type": "input_audio", "transcript": None}]}
        return [
            {"type": "input_audio_buffer.committed", "item_id": item_id, "previous_item_id": previous},
            {"type": "conversation.item.added", "previous_item_id": previous, "item": item},
            {"type": "conversation.item.done", "previous_item_id": previous, "item": item},
        ]

    def _after_user_turn(self, auto: bool) -> None:
        detection = self._turn_detection() or {}
        if auto and detection.get("create_response", True):
            self._request_response("turn_detected", None)

    def _on_commit(self, message: dict[str, t.Any]) -> None:
        with self._cond:
            if self._buffer_ms < 100:
                empty = True
                events: list[dict[str, t.Any]] = []
            else:
                empty = False
                events = self._commit_locked(self._new_id("item_user"))
        if empty:
            self._error("input_audio_buffer_commit_empty",
                        "Error committing input audio buffer: buffer too small. Expected at least 100ms of "
                        f"audio, but buffer only has {self._buffer_ms:.2f}ms of audio.", message)
            return
        for event in events:
            self.send_event(event)
        self._queue_user_turns([e["item_id"] for e in events if e["type"] == "input_audio_buffer.committed"])

    def _on_buffer_clear(self, message: dict[str, t.Any]) -> None:
        with self._cond:
            self._buffer_ms = 0.0
            self._in_speech = False
            self._speech_run_ms = self._silence_run_ms = 0.0
        self.send_event({"type": "input_audio_buffer.cleared"})

    def _on_item_create(self, message: dict[str, t.Any]) -> None:
        item = dict(message.get("item") or {})
        with self._cond:
            item_id = str(item.get("id") or self._new_id("item"))
            item["id"] = item_id
            kind = str(item.get("type"))
            if kind == "function_call_output":
                call_id = str(item.get("call_id"))
                known = any(i.kind == "function_call" and i.call_id == call_id for i in self._items.values())
                if not known:
                    unknown = True
                else:
                    unknown = False
                    self.tool_outputs[call_id] = str(item.get("output"))
                    self.timeline.append({"kind": "tool_output", "call_id": call_id,
                                          "output": str(item.get("output"))})
                    self._cond.notify_all()
            else:
                unknown = False
            if not unknown:
                self._items[item_id] = _Item(item_id, kind, call_id=item.get("call_id"))
                previous, self._last_item_id = self._last_item_id, item_id
        if unknown:
            self._error("invalid_value", f"Tool call ID '{item.get('call_id')}' not found in conversation.",
                        message, param="item.call_id")
            return
        item.setdefault("object", "realtime.item")
        item.setdefault("status", "completed")
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": item})

    def _on_truncate(self, message: dict[str, t.Any]) -> None:
        item_id = str(message.get("item_id"))
        audio_end_ms = int(message.get("audio_end_ms") or 0)
        with self._cond:
            item = self._items.get(item_id)
            self.truncations.append({"item_id": item_id, "audio_end_ms": audio_end_ms,
                                     "generated_ms": item.audio_bytes / BYTES_PER_MS if item else None,
                                     "accepted": False})
            record = self.truncations[-1]
            if item is None:
                problem = ("item_truncate_invalid_item_id",
                           f"Conversation item with id '{item_id}' not found.")
            elif item.kind != "assistant_audio" or item.audio_bytes == 0:
                problem = ("unsupported_content_type", "Only model output audio messages can be truncated")
            elif audio_end_ms > item.audio_bytes / BYTES_PER_MS:
                problem = ("invalid_value", f"Audio content of {int(item.audio_bytes / BYTES_PER_MS)}ms is "
                                            f"already shorter than {audio_end_ms}ms")
            else:
                problem = None
                item.audio_bytes = audio_end_ms * BYTES_PER_MS
                record["accepted"] = True
        if problem is not None:
            param = "audio_end_ms" if problem[0] == "invalid_value" else None
            self._error(problem[0], problem[1], message, param=param)
            return
        self.send_event({"type": "conversation.item.truncated", "item_id": item_id,
                         "content_index": int(message.get("content_index") or 0),
                         "audio_end_ms": audio_end_ms})

    def _on_item_delete(self, message: dict[str, t.Any]) -> None:
        item_id = str(message.get("item_id"))
        with self._cond:
            found = self._items.pop(item_id, None) is not None
        if not found:
            self._error("invalid_value", f"Conversation item with id '{item_id}' not found.", message)
            return
        self.send_event({"type": "conversation.item.deleted", "item_id": item_id})

    def _on_item_retrieve(self, message: dict[str, t.Any]) -> None:
        item_id = str(message.get("item_id"))
        with self._cond:
            item = self._items.get(item_id)
        if item is None:
            self._error("invalid_value", f"Conversation item with id '{item_id}' not found.", message)
            return
        self.send_event({"type": "conversation.item.retrieved",
                         "item": {"id": item.id, "object": "realtime.item", "type": "message"}})

    def _on_output_buffer_clear(self, message: dict[str, t.Any]) -> None:
        # WebRTC/SIP only: over a WebSocket there is no server-side output buffer.
        self._error("invalid_request_error",
                    "output_audio_buffer.clear is only supported for WebRTC and SIP connections.", message)

    def _on_response_create(self, message: dict[str, t.Any]) -> None:
        with self._cond:
            busy = self._active is not None
        if busy:
            self._error("conversation_already_has_active_response",
                        "Conversation already has an active response in progress: "
                        f"{self._active.id if self._active else ''}. Wait until the response is finished "
                        "before creating a new one.", message)
            return
        self._request_response("client", message)

    def _on_response_cancel(self, message: dict[str, t.Any]) -> None:
        wanted = message.get("response_id")
        with self._cond:
            active = self._active
        if active is None or (wanted and wanted != active.id):
            self._error("response_cancel_not_active", "Cancellation failed: no active response found.",
                        message)
            return
        self._cancel(active, "client_cancelled")

    # ---------------------------------------------------------------- responses

    def _respond_step_now(self) -> bool:
        """True when the script's next response step is the one a client request would start."""
        steps, index = self.script.steps, self._step_index
        if index < len(steps) and isinstance(steps[index], CallerSays) and self._user_turns:
            index += 1  # the caller already spoke; the runner is about to move past that step
        return index < len(steps) and isinstance(steps[index], Respond)

    def _respond_step_ahead(self) -> bool:
        return any(isinstance(s, Respond) for s in self.script.steps[self._step_index:])

    def _request_response(self, origin: str, message: dict[str, t.Any] | None) -> None:
        """Open a response now (as the service does); the script fills it or it ends empty."""
        with self._cond:
            if origin == "client":
                waiting = self._calls_without_output()
                if waiting:
                    # The model would answer without the results: a dangling function call.
                    self.failures.append(f"response.create while function call(s) {waiting} have no "
                                         "function_call_output")
            if self._active is not None and self._active.cancelled:
                # A barge-in cancelled it: its response.done goes out first, then the new one starts.
                self._cond.wait_for(lambda: self._active is None or not self._active.cancelled, timeout=2.0)
            if self._active is not None:
                return  # VAD auto-response while one is active: the service skips it too
            response = _Response(self._new_id("resp"), origin)
            self._active = response
            scripted = self._respond_step_now() if origin == "client" else self._respond_step_ahead()
            if scripted:
                self._triggers.append(response)
                self._cond.notify_all()
        self.send_event({"type": "response.created", "response": {
            "id": response.id, "object": "realtime.response", "status": "in_progress", "status_details": None,
            "output": [], "conversation_id": f"conv_{self.index}", "output_modalities": ["audio"],
            "usage": None}})
        self.send_event({"type": "rate_limits.updated", "rate_limits": [
            {"name": "requests", "limit": 5000, "remaining": 4999, "reset_seconds": 0.012},
            {"name": "tokens", "limit": 40000, "remaining": 38000, "reset_seconds": 3.0}]})
        if not scripted:
            self._finish(response, "completed")

    def _cancel(self, response: _Response, reason: str) -> None:
        with self._cond:
            if response.finished or response.cancelled:
                return
            response.cancelled = True
            response.cancel_reason = reason
            streaming = response not in self._triggers
            if not streaming:
                self._triggers.remove(response)
            self._cond.notify_all()
        if not streaming:
            self._finish(response, "cancelled")  # never started: nothing else to close

    def _finish(self, response: _Response, status: str, advance: bool = False) -> None:
        with self._cond:
            if response.finished:
                if advance:
                    self._step_index += 1
                return
            response.finished = True
            if self._active is response:
                self._active = None
            if advance:
                self._step_index += 1
            usage = self._usage(response)
            self._cond.notify_all()
        details: dict[str, t.Any] | None = None
        if status == "cancelled":
            details = {"type": "cancelled", "reason": response.cancel_reason or "client_cancelled"}
        self.send_event({"type": "response.done", "response": {
            "id": response.id, "object": "realtime.response", "status": status, "status_details": details,
            "output": response.output, "conversation_id": f"conv_{self.index}",
            "output_modalities": ["audio"],
            "audio": {"output": {"format": {"type": "audio/pcmu"}, "voice": "marin"}},
            "usage": usage}})

    def _usage(self, response: _Response) -> dict[str, t.Any]:
        audio_out_ms = 0.0
        text_out = 0
        for item in response.output:
            if item.get("type") == "message":
                generated = self._items.get(item["id"])
                audio_out_ms += generated.audio_bytes / BYTES_PER_MS if generated else 0
                text_out += sum(len(str(c.get("transcript") or "")) for c in item.get("content") or []) // 4
            elif item.get("type") == "function_call":
                text_out += len(str(item.get("arguments") or "")) // 4 + 4
        audio_out = int(audio_out_ms / 50)
        audio_in = int(self._input_audio_ms_total / 100)
        text_in = self._prompt_tokens + 12 * len(self._items)
        cached_text = (text_in // 64) * 64 if len(self._items) > 1 else 0
        cached_audio = (audio_in // 64) * 64 if len(self._items) > 2 else 0
        input_tokens = text_in + audio_in
        output_tokens = text_out + audio_out
        return {
            "total_tokens": input_tokens + output_tokens, "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "input_token_details": {
                "text_tokens": text_in, "audio_tokens": audio_in, "image_tokens": 0,
                "cached_tokens": cached_text + cached_audio,
                "cached_tokens_details": {"text_tokens": cached_text, "audio_tokens": cached_audio,
                                          "image_tokens": 0},
            },
            "output_token_details": {"text_tokens": text_out, "audio_tokens": audio_out},
        }

    # ---------------------------------------------------------------- the script runner

    def _step_description(self) -> str:
        steps = self.script.steps
        return steps[self._step_index].describe() if self._step_index < len(steps) else "end"

    def _wait(self, ready: t.Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + self.server.step_timeout
        with self._cond:
            while not ready():
                if self.closed.is_set():
                    raise _ScriptAborted(f"connection closed while waiting for {what}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise _ScriptAborted(f"step {self._step_index} ({self._step_description()}): "
                                         f"no {what} within {self.server.step_timeout}s")
                self._cond.wait(min(remaining, 0.2))

    def _run_script(self) -> None:
        try:
            while True:
                with self._cond:
                    if self._step_index >= len(self.script.steps):
                        break
                    step = self.script.steps[self._step_index]
                if isinstance(step, Respond):
                    self._play_response(step)  # advances the index itself, atomically with response.done
                    continue
                if isinstance(step, CallerSays):
                    self._play_caller_turn(step)
                elif isinstance(step, SendError):
                    self._error(step.code, step.message, error_type=step.error_type)
                elif isinstance(step, SendEvent):
                    self.send_event(dict(step.event))
                elif isinstance(step, Pause):
                    time.sleep(step.seconds)
                elif isinstance(step, Drop):
                    self._drop(step)
                with self._cond:
                    self._step_index += 1
                    self._cond.notify_all()
        except _ScriptAborted as exc:
            if not self._dropped:
                self.failures.append(str(exc))
        except Exception as exc:  # a bug in the fake must show up in the test, not vanish
            log.exception("fake realtime script crashed")
            self.failures.append(f"script crashed: {exc!r}")
        finally:
            self.finished.set()
            with self._cond:
                self._cond.notify_all()

    def _drop(self, step: Drop) -> None:
        self._dropped = True
        with self._send_lock:
            with contextlib.suppress(Exception):
                self._ws.close(reason=step.code, message=step.reason)
            self.closed.set()

    def _play_caller_turn(self, step: CallerSays) -> None:
        self._wait(lambda: bool(self._user_turns), f"caller speech for {step.transcript!r}")
        with self._cond:
            item_id = self._user_turns.popleft()
        words = step.transcript.split(" ")
        half = " ".join(words[: max(1, len(words) // 2)])
        self.send_event({"type": "conversation.item.input_audio_transcription.delta", "item_id": item_id,
                         "content_index": 0, "delta": half})
        turn = self._items.get(item_id)
        audio_tokens = int(turn.audio_bytes / BYTES_PER_MS / 100) if turn else 0
        self.send_event({"type": "conversation.item.input_audio_transcription.completed", "item_id": item_id,
                         "content_index": 0, "transcript": step.transcript,
                         "usage": {"type": "tokens", "input_tokens": audio_tokens,
                                   "output_tokens": len(step.transcript) // 4 + 1,
                                   "total_tokens": audio_tokens + len(step.transcript) // 4 + 1,
                                   "input_token_details": {"audio_tokens": audio_tokens, "text_tokens": 0}}})
        with self._cond:
            self.transcript.append(("caller", step.transcript))
            self.timeline.append({"kind": "caller", "text": step.transcript})

    def _play_response(self, step: Respond) -> None:
        self._wait(lambda: any(not r.finished for r in self._triggers),
                   f"response request for {step.describe()}")
        with self._cond:
            response = self._triggers.popleft()
        output_index = 0
        if step.text:
            output_index = self._stream_audio(response, step, output_index)
        for call in step.tool_calls:
            if response.cancelled:
                break
            self._stream_tool_call(response, call, output_index)
            output_index += 1
        self._finish(response, "cancelled" if response.cancelled else "completed", advance=True)

    def _stream_audio(self, response: _Response, step: Respond, output_index: int) -> int:
        text = step.text or ""
        chunk_ms = self.server.chunk_ms
        total_ms = step.audio_ms or default_audio_ms(text)
        chunks = max(1, math.ceil(total_ms / chunk_ms))
        with self._cond:
            item_id = self._new_id("item_asst")
            fill = 0x10 + (len(self._items) % 0x60)
            self._items[item_id] = _Item(item_id, "assistant_audio", fill=fill)
            previous, self._last_item_id = self._last_item_id, item_id
        item = {"id": item_id, "object": "realtime.item", "type": "message", "role": "assistant",
                "status": "in_progress", "content": []}
        ids = {"response_id": response.id, "item_id": item_id, "output_index": output_index,
               "content_index": 0}
        self.send_event({"type": "response.output_item.added", "response_id": response.id,
                         "output_index": output_index, "item": item})
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        self.send_event({"type": "response.content_part.added", **ids,
                         "part": {"type": "audio", "transcript": ""}})
        words = text.split(" ")
        spoken: list[str] = []
        for index in range(chunks):
            if response.cancelled or self.closed.is_set():
                break
            this_ms = min(chunk_ms, total_ms - index * chunk_ms) if index == chunks - 1 else chunk_ms
            payload = bytes([fill]) * int(max(1, this_ms) * BYTES_PER_MS)
            with self._cond:
                self._items[item_id].audio_bytes += len(payload)
            self.send_event({"type": "response.output_audio.delta", **ids,
                             "delta": base64.b64encode(payload).decode("ascii")})
            upto = math.ceil(len(words) * (index + 1) / chunks)
            piece = words[len(spoken):upto]
            if piece:
                spoken.extend(piece)
                self.send_event({"type": "response.output_audio_transcript.delta", **ids,
                                 "delta": (" " if len(spoken) > len(piece) else "") + " ".join(piece)})
            pace = step.pace if step.pace is not None else self.server.pace
            if pace > 0:
                with self._cond:  # a cancel wakes it at once
                    self._cond.wait_for(lambda: response.cancelled or self.closed.is_set(),
                                        timeout=chunk_ms / 1000 * pace)
        heard = " ".join(spoken) if response.cancelled else text
        status = "incomplete" if response.cancelled else "completed"
        done_item = {**item, "status": status, "content": [{"type": "output_audio", "transcript": heard}]}
        self.send_event({"type": "response.output_audio.done", **ids})
        self.send_event({"type": "response.output_audio_transcript.done", **ids, "transcript": heard})
        self.send_event({"type": "response.content_part.done", **ids,
                         "part": {"type": "audio", "transcript": heard}})
        self.send_event({"type": "response.output_item.done", "response_id": response.id,
                         "output_index": output_index, "item": done_item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": done_item})
        with self._cond:
            response.output.append(done_item)
            self.transcript.append(("assistant", heard))
            self.timeline.append({"kind": "assistant", "text": heard, "interrupted": response.cancelled})
        return output_index + 1

    def _stream_tool_call(self, response: _Response, call: ToolCall, output_index: int) -> None:
        arguments = call.arguments_json()
        with self._cond:
            item_id = self._new_id("item_fc")
            call_id = call.call_id or self._new_id("call")
            self._items[item_id] = _Item(item_id, "function_call", call_id=call_id, name=call.name)
            previous, self._last_item_id = self._last_item_id, item_id
        item = {"id": item_id, "object": "realtime.item", "type": "function_call", "status": "in_progress",
                "name": call.name, "call_id": call_id, "arguments": ""}
        self.send_event({"type": "response.output_item.added", "response_id": response.id,
                         "output_index": output_index, "item": item})
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        ids = {"response_id": response.id, "item_id": item_id, "output_index": output_index,
               "call_id": call_id}
        self.send_event({"type": "response.function_call_arguments.delta", **ids, "delta": arguments})
        self.send_event({"type": "response.function_call_arguments.done", **ids, "name": call.name,
                         "arguments": arguments})
        done_item = {**item, "status": "completed", "arguments": arguments}
        self.send_event({"type": "response.output_item.done", "response_id": response.id,
                         "output_index": output_index, "item": done_item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": done_item})
        with self._cond:
            response.output.append(done_item)
            self.tool_calls.append({"name": call.name, "arguments": arguments, "call_id": call_id})
            self.timeline.append({"kind": "tool", "name": call.name, "arguments": arguments,
                                  "call_id": call_id})

    def tool_output(self, call_id: str, timeout: float = 5.0) -> str:
        """Wait for the client's ``function_call_output`` for ``call_id``; return the output string."""
        with self._cond:
            if not self._cond.wait_for(lambda: call_id in self.tool_outputs, timeout):
                raise TimeoutError(f"no function_call_output for {call_id} within {timeout}s")
            return self.tool_outputs[call_id]


# ----------------------------------------------------------------------------- the server


class FakeRealtimeServer:
    """A loopback WebSocket server speaking the Realtime GA protocol, one script per connection.

    :param script: the :class:`Script` every connection plays, or a function of the connection
        index (0, 1, …) returning one (different calls, different conversations).
    :param strict: validate every client message against the official ``openai`` GA types.
    :param pace: wall-clock seconds per second of generated audio (0 = as fast as possible,
        1.0 = real time; a barge-in test needs audio still streaming when the caller speaks).
    :param chunk_ms: audio per ``response.output_audio.delta``.
    :param refuse_connections: answer the first N handshakes with HTTP ``refuse_status``.
    :param handshake_delay: seconds to wait before accepting each handshake.
    :param api_key: when set, a handshake without ``Authorization: Bearer <api_key>`` gets 401.
    :param send_session_created: False models a service that accepts and then never speaks.
    :param step_timeout: how long a script step waits for the client before the script fails.
    """

    path = "/v1/realtime"

    def __init__(self, script: Script | t.Callable[[int], Script] | None = None, *, strict: bool = True,
                 pace: float = 0.0, chunk_ms: int = 100, refuse_connections: int = 0,
                 refuse_status: int = 503,
                 handshake_delay: float = 0.0, api_key: str | None = None, send_session_created: bool = True,
                 step_timeout: float = DEFAULT_STEP_TIMEOUT) -> None:
        self._script = script if script is not None else Script()
        self.strict = strict
        self.pace = pace
        self.chunk_ms = chunk_ms
        self.refuse_connections = refuse_connections
        self.refuse_status = refuse_status
        self.handshake_delay = handshake_delay
        self.api_key = api_key
        self.send_session_created = send_session_created
        self.step_timeout = step_timeout
        self.connection_attempts = 0
        self.refused = 0
        self.sessions: list[FakeSession] = []
        self._lock = threading.Condition()
        self._server: t.Any = None

    def script_for(self, index: int) -> Script:
        return self._script(index) if callable(self._script) else self._script

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> FakeRealtimeServer:
        from .servers import LoopbackServer

        self._server = LoopbackServer(self._build_app())
        return self

    def stop(self) -> None:
        for session in list(self.sessions):
            session._dropped = True
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> FakeRealtimeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeRealtimeServer is not started")
        return int(self._server.port)

    @property
    def url(self) -> str:
        """The ``ws://`` URL for ``POS_VOICE_REALTIME_URL``."""
        return f"ws://127.0.0.1:{self.port}{self.path}"

    def _build_app(self) -> t.Any:
        from flask import Flask, Response, request
        from flask_sock import Sock

        app = Flask("pos_voice_fake_realtime")
        sock = Sock(app)

        @app.before_request
        def gate() -> Response | None:
            with self._lock:
                self.connection_attempts += 1
                refuse = self.connection_attempts <= self.refuse_connections
                if refuse:
                    self.refused += 1
            if self.handshake_delay:
                time.sleep(self.handshake_delay)
            if refuse:
                return Response("service unavailable", status=self.refuse_status)
            if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
                body = {"error": {"type": "invalid_request_error", "code": "invalid_api_key",
                                  "message": "Incorrect API key provided."}}
                return Response(json.dumps(body),
                                status=401, mimetype="application/json")
            return None

        @sock.route(self.path)
        def realtime(ws: t.Any) -> None:
            with self._lock:
                index = len(self.sessions)
                session = FakeSession(self, ws, index, dict(request.headers), dict(request.args))
                self.sessions.append(session)
                self._lock.notify_all()
            session.serve()

        return app

    # ---------------------------------------------------------------- queries for tests

    def wait_for_session(self, index: int = 0, timeout: float = 5.0) -> FakeSession:
        """The ``index``-th connection, waiting for it to arrive."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.sessions) > index, timeout):
                raise TimeoutError(f"no Realtime connection #{index} within {timeout}s "
                                   f"({self.connection_attempts} attempts, {self.refused} refused)")
            return self.sessions[index]

    @property
    def protocol_errors(self) -> list[str]:
        return [f"session {s.index}: {e}" for s in self.sessions for e in s.protocol_errors]

    def assert_no_protocol_errors(self) -> None:
        """Raise when any client message was not a valid GA Realtime client event."""
        errors = self.protocol_errors
        if errors:
            raise AssertionError("client sent invalid Realtime events:\n  " + "\n  ".join(errors))


def _initial_config(model: str, index: int) -> dict[str, t.Any]:
    return {
        "type": "realtime", "object": "realtime.session", "id": f"sess_fake_{index}", "model": model,
        "output_modalities": ["audio"], "instructions": "", "tools": [], "tool_choice": "auto",
        "max_output_tokens": "inf", "tracing": None, "prompt": None, "truncation": "auto",
        "audio": {
            "input": {"format": {"type": "audio/pcm", "rate": 24000}, "transcription": None,
                      "noise_reduction": None,
                      "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
                                         "silence_duration_ms": 200, "idle_timeout_ms": None,
                                         "create_response": True, "interrupt_response": True}},
            "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 1.0},
        },
    }


def _deep_merge(target: dict[str, t.Any], update: dict[str, t.Any]) -> None:
    """Partial-update semantics of ``session.update``: present fields replace, objects merge."""
    for key, value in update.items():
        mergeable = isinstance(value, dict) and isinstance(target.get(key), dict)
        if mergeable and key not in {"turn_detection", "format"}:
            _deep_merge(target[key], value)
        else:
            target[key] = value


__all__ = ["CallerCue", "CallerSays", "Drop", "FakeRealtimeServer", "FakeSession", "Pause", "Received",
           "Respond", "Script", "SendError", "SendEvent", "ToolCall", "default_audio_ms"]
