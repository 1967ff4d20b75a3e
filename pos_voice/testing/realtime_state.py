"""The state of one emulated OpenAI Realtime (GA) session, and how it is told and asked.

:class:`EmulationState` keeps what the real service keeps for one session — the session
configuration, the conversation items, the one active response, the server VAD — with the
records tests read (what was received and sent, transcripts, tool calls, the timeline), the
hooks a subclass fills (:meth:`~EmulationState._transmit`, :meth:`~EmulationState._response_plan`)
and the server's way of sending events and errors. The client events are answered by the layers
above: :mod:`.realtime_conversation` (input audio, server VAD, conversation items) and
:mod:`.realtime_protocol` (dispatch, validation, responses).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import typing as t
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ..model_lifecycle import shutdown_of
from .realtime_events import (
    initial_session,
)
from .vad import BYTES_PER_MS, ServerVad

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
class ItemState:
    id: str
    kind: str  # "assistant_audio", "function_call", "user_audio", "message", "function_call_output"
    audio_bytes: int = 0
    fill: int = 0
    call_id: str | None = None
    name: str | None = None


@dataclass
class ResponseState:
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



class EmulationState:
    """The state of one Realtime session (the layers above answer the client events).

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
        self.sent_times: list[float] = []  # time.monotonic() of each of ``sent``, in order
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
        self._items: dict[str, ItemState] = {}
        self._last_item_id: str | None = None
        self._active: ResponseState | None = None
        self._triggers: deque[ResponseState] = deque()  # requested responses the subclass will fill
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
            self.sent_times.append(time.monotonic())

    def _error(self, code: str | None, message: str, client_event: dict[str, t.Any] | None = None,
               error_type: str = "invalid_request_error", param: str | None = None) -> None:
        self.send_event({"type": "error", "error": {
            "type": error_type, "code": code, "message": message, "param": param,
            "event_id": (client_event or {}).get("event_id"),
        }})

    # ---------------------------------------------------------------- shared by the layers above

    def _generated_ms(self, item_id: str) -> float:
        item = self._items.get(item_id)
        return item.audio_bytes / BYTES_PER_MS if item else 0.0

    def _turn_detection(self) -> dict[str, t.Any] | None:
        audio = self.config.get("audio") or {}
        return (audio.get("input") or {}).get("turn_detection")

    def _request_response(self, origin: str, message: dict[str, t.Any] | None) -> None:
        """Open a response now (:class:`~pos_voice.testing.realtime_protocol.RealtimeEmulation`)."""
        raise NotImplementedError

    def _cancel(self, response: ResponseState, reason: str) -> None:
        """Cancel ``response`` (:class:`~pos_voice.testing.realtime_protocol.RealtimeEmulation`)."""
        raise NotImplementedError
