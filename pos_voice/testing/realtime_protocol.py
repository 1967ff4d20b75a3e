"""The service side of one OpenAI Realtime (GA) session, emulated: no socket, no script.

:class:`RealtimeEmulation` keeps what the real service keeps for one session — the session
configuration (``session.update`` merges like the service's partial update), the conversation
items, the one active response, server VAD over the appended audio — and answers each client
event the way the service does, with its events and its error codes:

- ``response.create`` during an active response → ``conversation_already_has_active_response``;
  ``response.cancel`` with none active → ``response_cancel_not_active``;
- ``conversation.item.truncate`` past the generated audio → "Audio content of Xms is already
  shorter than Yms"; truncating an item without audio → ``unsupported_content_type``;
- a ``function_call_output`` for an unknown ``call_id`` → "Tool call ID '…' not found";
- ``input_audio_buffer.commit`` of under 100 ms → ``input_audio_buffer_commit_empty``;
- with ``strict`` every client message is first checked against the official ``openai`` GA
  types (:mod:`pos_voice.testing.validation`); a bad one is answered with an ``error``
  event, not applied, and kept in :attr:`~RealtimeEmulation.protocol_errors`.

Server VAD (:mod:`pos_voice.testing.vad`) runs on the appended μ-law:
``input_audio_buffer.speech_started`` after 40 ms of speech, ``speech_stopped`` after
``silence_duration_ms`` of silence (audio time, not wall time), then ``committed``. Speech
during an active response cancels it when ``interrupt_response`` is on (``response.done``
with status ``cancelled``, reason ``turn_detected``).

Responses are streamed as the service streams them: ``response.created``,
``response.output_item.added``, ``conversation.item.added``, μ-law
``response.output_audio.delta`` chunks with ``response.output_audio_transcript.delta``, the
``.done`` events and ``response.done`` with a realistic ``usage``; a function call streams
``response.function_call_arguments.delta`` / ``.done`` and its ``output_item.done``.

What fills a response is not decided here: a subclass says through :meth:`_response_plan`
whether a requested response will be filled (and then calls :meth:`_stream_message` /
:meth:`_stream_function_call` and :meth:`_finish`) or ends empty; it sends the bytes through
:meth:`_transmit`. :class:`~pos_voice.testing.FakeSession` does both from a script over a
WebSocket.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import math
import threading
import time
import typing as t
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ..model_lifecycle import shutdown_of
from .realtime_events import (
    RATE_LIMITS_EVENT,
    initial_session,
    merge_session_update,
    response_object,
    response_usage,
    transcription_usage,
)
from .script import default_audio_ms
from .vad import BYTES_PER_MS, ServerVad
from .vad import FRAME_BYTES as VAD_FRAME_BYTES

# ----------------------------------------------------------------------------- records


@dataclass
class Received:
    """One client message as it arrived."""

    at: float  # time.monotonic()
    message: dict[str, t.Any]

    @property
    def type(self) -> str:
        return str(self.message.get("type"))


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
    audio_started: bool = False  # output_audio_buffer.started went out (SIP/WebRTC)
    output: list[dict[str, t.Any]] = field(default_factory=list)


# ----------------------------------------------------------------------------- the emulation

def is_shut_down(model: str | None, today: date) -> bool:
    """Whether the service no longer serves ``model`` on ``today`` (its published shutdown date)."""
    shutdown = shutdown_of(model)
    return shutdown is not None and today >= shutdown.day



class RealtimeEmulation:
    """The state of one Realtime session and the service's answers to client events.

    :param index: the connection's number (ids carry it, so two sessions never share one).
    :param model: the ``model`` the client asked for (the handshake's query).
    :param strict: validate every client message against the ``openai`` GA types.
    :param today: the service's date: an input transcription model shut down by then is refused.
    """

    #: Wall-clock seconds per second of generated audio (0 = as fast as possible).
    pace: float = 0.0
    #: Audio per ``response.output_audio.delta``.
    chunk_ms: int = 100
    #: False for a SIP/WebRTC sideband: audio travels on the media leg, the socket carries
    #: ``output_audio_buffer.*`` events and transcripts instead of audio bytes.
    audio_over_socket: bool = True

    def __init__(self, index: int, model: str = "gpt-realtime", strict: bool = True,
                 today: date | None = None) -> None:
        self.index = index
        self.today = today or datetime.now(UTC).date()
        self.strict = strict
        self.received: list[Received] = []
        self.sent: list[dict[str, t.Any]] = []
        self.protocol_errors: list[str] = []
        #: What a test should fail on that the real service would not answer with an error.
        self.failures: list[str] = []
        self.tool_outputs: dict[str, str] = {}
        self.tool_calls: list[dict[str, t.Any]] = []
        self.truncations: list[dict[str, t.Any]] = []
        self.transcript: list[tuple[str, str]] = []
        #: Everything said and done, in order: {"kind": "assistant"|"caller"|"tool"|"tool_output", …}.
        self.timeline: list[dict[str, t.Any]] = []
        self.closed = threading.Event()
        #: Faults: when ``silent`` nothing is answered; events of a ``withheld`` type are never sent.
        self.silent = False
        self.withheld: frozenset[str] = frozenset()
        self.withheld_events: list[dict[str, t.Any]] = []
        self.ignored_requests: list[str] = []  # origins of the response requests given no answer
        self.handled = 0  # client messages fully answered (or, when silent, not answered)
        self.client_audio_bytes = 0  # audio the client appended over the socket
        self.config: dict[str, t.Any] = initial_session(model, f"sess_fake_{index}")
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._event_ids = itertools.count(1)
        self._items: dict[str, _Item] = {}
        self._last_item_id: str | None = None
        self._active: _Response | None = None
        self._triggers: deque[_Response] = deque()  # requested responses the subclass will fill
        self._user_turns: deque[str] = deque()  # committed caller turns not yet transcribed
        self.typed: deque[str] = deque()  # text of the client's user input_text items, not yet taken
        self._vad = ServerVad()
        self._buffer_ms = 0.0  # audio in the input buffer (not yet committed)
        self._speech_item: str | None = None
        self._input_audio_ms_total = 0.0
        self._prompt_tokens = 0

    # ---------------------------------------------------------------- what a subclass provides

    def _transmit(self, text: str) -> bool:
        """Send one serialized server event; False when the client is gone."""
        raise NotImplementedError

    def _response_plan(self, origin: str) -> str:
        """What becomes of a response requested now (``origin``: ``"client"`` or ``"turn_detected"``):
        ``"fill"`` (the subclass streams it), ``"empty"`` (it ends at once) or ``"ignore"`` (a
        fault: nothing is sent at all). Called under the lock."""
        return "empty"

    def _before_client_event_locked(self, message: dict[str, t.Any]) -> None:
        """Called under the lock as each client event arrives, before it is answered."""

    def go_silent(self) -> None:
        """Fault: from now on send and answer nothing (client events are still recorded)."""
        with self._cond:
            self.silent = True
            self._cond.notify_all()

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

    @property
    def session_config(self) -> dict[str, t.Any]:
        with self._cond:
            return json.loads(json.dumps(self.config))

    def item_audio_ms(self, item_id: str) -> float:
        """Milliseconds of audio generated for an assistant item (after truncation)."""
        with self._cond:
            return self._generated_ms(item_id)

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

    def wait_handled(self, count: int, timeout: float = 5.0) -> None:
        """Wait until ``count`` client messages were answered: what they caused is in :attr:`sent`."""
        with self._cond:
            if not self._cond.wait_for(lambda: self.handled >= count, timeout):
                raise TimeoutError(f"{self.handled} of {count} client messages handled in {timeout}s")

    def tool_output(self, call_id: str, timeout: float = 5.0) -> str:
        """Wait for the client's ``function_call_output`` for ``call_id``; return the output string."""
        with self._cond:
            if not self._cond.wait_for(lambda: call_id in self.tool_outputs, timeout):
                raise TimeoutError(f"no function_call_output for {call_id} within {timeout}s")
            return self.tool_outputs[call_id]

    # ---------------------------------------------------------------- wire

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{self.index}_{next(self._ids):04d}"

    new_id = _new_id  # for the helpers that stream beside the conversation (out_of_band)

    def send_event(self, event: dict[str, t.Any]) -> None:
        """Send a server event (adds an ``event_id``); silently dropped once closed."""
        event = {"event_id": f"event_{self.index}_{next(self._event_ids):05d}", **event}
        text = json.dumps(event)
        with self._send_lock:
            if event.get("type") in self.withheld:
                self.withheld_events.append(event)
                return
            if self.closed.is_set():
                return
            if not self._transmit(text):  # the client went away
                self.closed.set()
                return
            self.sent.append(event)

    def _error(self, code: str | None, message: str, client_event: dict[str, t.Any] | None = None,
               error_type: str = "invalid_request_error", param: str | None = None) -> None:
        self.send_event({"type": "error", "error": {
            "type": error_type, "code": code, "message": message, "param": param,
            "event_id": (client_event or {}).get("event_id"),
        }})

    # ---------------------------------------------------------------- client events

    def _handle(self, raw: str | bytes) -> None:
        """Answer one client message as the service would."""
        try:
            self._answer(raw)
        finally:
            with self._cond:
                self.handled += 1
                self._cond.notify_all()

    def _answer(self, raw: str | bytes) -> None:
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
            self._before_client_event_locked(message)
            silent = self.silent
            self._cond.notify_all()
        if self.strict:
            from .validation import client_event_problems

            problems = client_event_problems(message)
            if problems:
                with self._cond:
                    self.protocol_errors.extend(problems)
                if silent:
                    return
                undeclared = any("is not a field" in p for p in problems)
                code = "unknown_parameter" if undeclared else "invalid_value"
                self._error(code, "; ".join(problems), message)
                return
        if silent:
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

    def _on_session_update(self, message: dict[str, t.Any]) -> None:
        audio_input = ((message.get("session") or {}).get("audio") or {}).get("input") or {}
        transcription = audio_input.get("transcription") or {}
        if is_shut_down(transcription.get("model"), self.today):
            self._error("invalid_value", f"Invalid value: '{transcription['model']}'. The model has "
                        "been shut down.", message, param="session.audio.input.transcription.model")
            return
        with self._cond:
            merge_session_update(self.config, message.get("session") or {})
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
        with self._cond:
            self.client_audio_bytes += len(audio)
            frames = self._vad.frames(audio)
        for frame in frames:
            self._vad_frame(frame)

    def _vad_frame(self, frame: bytes) -> None:
        frame_ms = len(frame) / BYTES_PER_MS
        events: list[dict[str, t.Any]] = []
        interrupt: _Response | None = None
        with self._cond:
            self._buffer_ms += frame_ms
            self._input_audio_ms_total += frame_ms
            detection = self._turn_detection()
            silence_ms = float(detection.get("silence_duration_ms") or 500) if detection else None
            edge = self._vad.step(frame, silence_ms)
            if edge is not None and edge[0] == "started":
                self._speech_item = self._new_id("item_user")
                events.append({"type": "input_audio_buffer.speech_started",
                               "audio_start_ms": int(edge[1]), "item_id": self._speech_item})
                if detection and detection.get("interrupt_response", True) and self._active is not None:
                    interrupt = self._active
            elif edge is not None:
                item_id = self._speech_item or self._new_id("item_user")
                events.append({"type": "input_audio_buffer.speech_stopped",
                               "audio_end_ms": int(edge[1]), "item_id": item_id})
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
            self._vad.reset()
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
                if kind == "message" and item.get("role") == "user":
                    text = " ".join(str(part.get("text") or "") for part in item.get("content") or []
                                    if isinstance(part, dict) and part.get("type") == "input_text")
                    if text:
                        self.typed.append(text)
                        self.timeline.append({"kind": "caller_text", "text": text})
                        self._cond.notify_all()
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
        if not self.audio_over_socket:  # SIP/WebRTC: the service's own buffer is cut
            with self._cond:
                active = self._active
            if active is not None:
                self._cancel(active, "client_cancelled")
            return
        # WebRTC/SIP only: over a WebSocket there is no server-side output buffer.
        self._error("invalid_request_error",
                    "output_audio_buffer.clear is only supported for WebRTC and SIP connections.", message)

    def _on_response_create(self, message: dict[str, t.Any]) -> None:
        body = message.get("response")
        request: dict[str, t.Any] = body if isinstance(body, dict) else {}
        if request.get("conversation") == "none":
            self._out_of_band(request)  # beside the conversation: an active response is no obstacle
            return
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

    def _out_of_band(self, request: dict[str, t.Any]) -> None:
        """An out-of-band response was asked for; a subclass may answer it (default: never)."""

    def _request_response(self, origin: str, message: dict[str, t.Any] | None) -> None:
        """Open a response now (as the service does); the subclass fills it or it ends empty."""
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
            plan = self._response_plan(origin)
            if plan == "ignore":
                self.ignored_requests.append(origin)
                self._cond.notify_all()
                return
            response = _Response(self._new_id("resp"), origin)
            self._active = response
            scripted = plan == "fill"
            if scripted:
                self._triggers.append(response)
                self._cond.notify_all()
        self.send_event({"type": "response.created",
                         "response": response_object(response.id, f"conv_{self.index}")})
        self.send_event(dict(RATE_LIMITS_EVENT))
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

    def _finish(self, response: _Response, status: str, then: t.Callable[[], None] | None = None) -> None:
        """End ``response`` with ``response.done``; ``then`` runs under the lock as it ends (so a
        client reacting to ``response.done`` already sees its effect), or at once if it had ended."""
        with self._cond:
            if response.finished:
                if then is not None:
                    then()
                return
            response.finished = True
            if self._active is response:
                self._active = None
            if then is not None:
                then()
            usage = response_usage(response.output, self._generated_ms, prompt_tokens=self._prompt_tokens,
                                   conversation_items=len(self._items),
                                   input_audio_ms=self._input_audio_ms_total)
            self._cond.notify_all()
        body = response_object(response.id, f"conv_{self.index}", status, response.output,
                               response.cancel_reason, usage, done=True)
        self.send_event({"type": "response.done", "response": body})
        if response.audio_started:
            kind = "cleared" if status == "cancelled" else "stopped"
            self.send_event({"type": f"output_audio_buffer.{kind}", "response_id": response.id})

    def _generated_ms(self, item_id: str) -> float:
        item = self._items.get(item_id)
        return item.audio_bytes / BYTES_PER_MS if item else 0.0

    def _stream_message(self, response: _Response, text: str, output_index: int, audio_ms: int | None = None,
                        pace: float | None = None, stall_after_ms: int | None = None) -> int:
        """Stream one spoken assistant message into ``response``; return the next output index.

        With ``stall_after_ms`` the service goes silent once that much audio was sent (a fault).
        """
        chunk_ms = self.chunk_ms
        total_ms = audio_ms or default_audio_ms(text)
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
            if stall_after_ms is not None and index * chunk_ms >= stall_after_ms:
                self.go_silent()
                return output_index
            this_ms = min(chunk_ms, total_ms - index * chunk_ms) if index == chunks - 1 else chunk_ms
            payload = bytes([fill]) * int(max(1, this_ms) * BYTES_PER_MS)
            with self._cond:
                self._items[item_id].audio_bytes += len(payload)
            if self.audio_over_socket:
                self.send_event({"type": "response.output_audio.delta", **ids,
                                 "delta": base64.b64encode(payload).decode("ascii")})
            elif index == 0 and not response.audio_started:
                response.audio_started = True  # the audio itself goes out on the SIP/WebRTC leg
                self.send_event({"type": "output_audio_buffer.started", "response_id": response.id})
            upto = math.ceil(len(words) * (index + 1) / chunks)
            piece = words[len(spoken):upto]
            if piece:
                spoken.extend(piece)
                self.send_event({"type": "response.output_audio_transcript.delta", **ids,
                                 "delta": (" " if len(spoken) > len(piece) else "") + " ".join(piece)})
            wait = (pace if pace is not None else self.pace) * chunk_ms / 1000
            if wait > 0:
                with self._cond:  # a cancel wakes it at once
                    self._cond.wait_for(lambda: response.cancelled or self.closed.is_set(), timeout=wait)
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

    def _stream_function_call(self, response: _Response, name: str, arguments: str, output_index: int,
                              call_id: str | None = None) -> None:
        """Stream one function call (its arguments as JSON text) into ``response``."""
        with self._cond:
            item_id = self._new_id("item_fc")
            call_id = call_id or self._new_id("call")
            self._items[item_id] = _Item(item_id, "function_call", call_id=call_id, name=name)
            previous, self._last_item_id = self._last_item_id, item_id
        item = {"id": item_id, "object": "realtime.item", "type": "function_call", "status": "in_progress",
                "name": name, "call_id": call_id, "arguments": ""}
        self.send_event({"type": "response.output_item.added", "response_id": response.id,
                         "output_index": output_index, "item": item})
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        ids = {"response_id": response.id, "item_id": item_id, "output_index": output_index,
               "call_id": call_id}
        self.send_event({"type": "response.function_call_arguments.delta", **ids, "delta": arguments})
        self.send_event({"type": "response.function_call_arguments.done", **ids, "name": name,
                         "arguments": arguments})
        done_item = {**item, "status": "completed", "arguments": arguments}
        self.send_event({"type": "response.output_item.done", "response_id": response.id,
                         "output_index": output_index, "item": done_item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": done_item})
        with self._cond:
            response.output.append(done_item)
            self.tool_calls.append({"name": name, "arguments": arguments, "call_id": call_id})
            self.timeline.append({"kind": "tool", "name": name, "arguments": arguments,
                                  "call_id": call_id})

    def hear_on_media_leg(self, speech_ms: int = 600, silence_ms: int | None = None) -> None:
        """The caller speaks on the SIP/WebRTC leg: server VAD runs on it as on appended audio."""
        detection = self._turn_detection() or {}
        silence_needed = int(detection.get("silence_duration_ms") or 500) + 40
        trailing = silence_ms if silence_ms is not None else silence_needed
        frame_ms = VAD_FRAME_BYTES // BYTES_PER_MS
        for byte, ms in ((0x30, speech_ms), (0xFF, trailing)):
            for _ in range(max(1, ms // frame_ms)):
                self._vad_frame(bytes([byte]) * VAD_FRAME_BYTES)

    def _transcribe(self, item_id: str, transcript: str) -> None:
        """Send the transcription of a committed caller turn (delta, then completed with usage)."""
        words = transcript.split(" ")
        half = " ".join(words[: max(1, len(words) // 2)])
        self.send_event({"type": "conversation.item.input_audio_transcription.delta", "item_id": item_id,
                         "content_index": 0, "delta": half})
        with self._cond:
            turn = self._items.get(item_id)
            audio_ms = turn.audio_bytes / BYTES_PER_MS if turn else 0.0
        self.send_event({"type": "conversation.item.input_audio_transcription.completed", "item_id": item_id,
                         "content_index": 0, "transcript": transcript,
                         "usage": transcription_usage(audio_ms, transcript)})
        with self._cond:
            self.transcript.append(("caller", transcript))
            self.timeline.append({"kind": "caller", "text": transcript})

