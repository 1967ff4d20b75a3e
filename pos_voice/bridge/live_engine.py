"""The GPT-Live engine: :class:`~pos_voice.bridge.engine.ModelEngine` over one GPT-Live WebSocket
(``/v1/live/sessions``; what it rests on is docs/openai-engines.md §2).

GPT-Live is not the Realtime protocol, and the session's vocabulary (responses, turns, items)
is made here out of what GPT-Live says:

* **Set-up**: ``session.start`` (μ-law 8 kHz both ways, Twilio's format: no resampling), and
  nothing else is sent until ``session.started`` (what the session sends before it is held).
* **Speaking**: GPT-Live owns turn-taking and has no responses. A request with instructions
  (the greeting, a hand-off or goodbye line) is ``session.commentary.append`` — context the
  model says in its own words; one without (after tool results) is ``response.create``, which
  continues the delegated response. The assistant's speech is a *turn*: it starts with the
  first output audio (or transcript) and ends after :data:`QUIET_SECONDS` without any (no event
  says so); a request that nothing answers within :data:`ANSWER_SECONDS` ends as an empty turn,
  so the session's one-response-at-a-time rule never waits for ever.
* **Tools**: Responses delegation. ``session.delegation.created`` starts a "response" named by
  the delegation; the nested Responses stream (``response.event``) brings its ``function_call``
  items and its end (``response.completed``/``failed``/``incomplete``). Outputs go back as
  ``response.item.create`` with a ``function_call_output``; the session's next request is the
  ``response.create`` that lets the delegated response go on.
* **Barge-in**: full duplex; the model stops talking over the caller by itself. There is no
  truncate and no cancel to send: :meth:`LiveEngine.truncate` and :meth:`LiveEngine.cancel_response`
  send nothing (and return False). The caller's transcript starting is reported as the caller
  speaking, so the session clears what Twilio still has queued.
* **Transcripts**: ``session.input_transcript.delta`` / ``session.output_transcript.delta`` have
  no done event; a caller line ends when the model takes its turn (speaks or delegates), an
  assistant line when its turn ends.
* **Usage**: ``session.usage.updated`` and ``session.closed`` carry the cumulative billable
  seconds (:class:`~pos_voice.bridge.usage.Usage` prices them per minute). :meth:`LiveEngine.close`
  sends ``session.close`` and waits (in :meth:`LiveEngine.join`) for ``session.closed``'s final usage.
* No out-of-band text request exists: :meth:`LiveEngine.summarize` returns None (the events' summary).
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import threading
import time
import typing as t

from ..redaction import redact
from .engine import EngineError, EngineListener, ResponseDone, ResponseRequest, SessionConfig, ToolCall
from .realtime_side import RealtimeSide, SideState
from .transcript import ASSISTANT, CALLER

if t.TYPE_CHECKING:
    from .deps import BridgeSettings

log = logging.getLogger("pos_voice.bridge")

AUDIO_FORMAT = {"type": "audio/pcmu", "rate": 8000}  # G.711 μ-law, as Twilio sends and plays it
QUIET_SECONDS = 0.6  # no output audio this long: the model's turn is over (GPT-Live does not say)
ANSWER_SECONDS = 2.0  # a request nothing answered this long ends as an empty turn
FATAL_ERROR_CODES = frozenset({"invalid_api_key", "insufficient_quota", "model_not_found",
                               "session_expired", "session_not_found", "session_not_started"})
FATAL_ERROR_TYPES = frozenset({"authentication_error", "permission_error"})
DELEGATION_ENDS = {"response.completed": "completed", "response.failed": "failed",
                   "response.incomplete": "incomplete"}

Event = dict[str, t.Any]


def _int(value: t.Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def session_start(config: SessionConfig, delegation_model: str) -> Event:
    """The ``session.start`` of a phone call: the tools go to the Responses backend, which gets
    the same policies (it decides the calls)."""
    tools = [{"type": "function", "name": tool["name"], "description": tool.get("description", ""),
              "parameters": tool.get("parameters") or {"type": "object", "properties": {}}}
             for tool in config.tools]
    return {"type": "session.start", "session": {
        "model": config.model,
        "instructions": config.instructions,
        "audio": {"format": AUDIO_FORMAT, "output": {"voice": config.voice}},
        "delegation": {"type": "responses", "responses": {
            "model": delegation_model, "instructions": config.instructions, "tools": tools}},
    }}


class LiveEngine(SideState):
    def __init__(self, listener: EngineListener, settings: BridgeSettings) -> None:
        self.listener = listener
        self.settings = settings
        self.side = RealtimeSide(self)  # a WebSocket with its reader: the same kind as Realtime's
        self._pending: t.Any = None  # connected, not read yet
        self._cond = threading.Condition()
        self._serial = threading.RLock()  # the listener hears one thing at a time (reader, timer)
        self._started = False  # session.started seen
        self._held: list[Event] = []  # sent before session.started: sent after it, in order
        self._instructions = ""
        self._ids = itertools.count(1)
        self._turn: str | None = None  # the assistant's turn in progress (its item id)
        self._turn_text: list[str] = []
        self._deadline: float | None = None  # when the turn (or an unanswered request) ends
        self._asked = False  # a request sent and not answered yet
        self._caller: str | None = None  # the caller's line in progress (its item id)
        self._caller_text: list[str] = []
        self._calls: dict[str, list[ToolCall]] = {}  # by delegation id, until its response ends
        self._over = False
        self._closing = False
        self._closed_seen = threading.Event()  # session.closed (its final usage) arrived
        self._timer: threading.Thread | None = None

    # --- the seam's state (the rest as SideState reads it off the socket)
    @property
    def closed(self) -> bool:
        return self._closing or self.side.closed.is_set()

    # --- the connection
    def connect(self) -> None:
        settings = self.settings
        self._pending = self.side.open(settings.live_url, settings.api_key, settings.connect_timeout)

    def start(self, config: SessionConfig) -> None:
        socket, self._pending = self._pending, None
        if socket is None:
            return
        self._instructions = config.instructions
        self.side.read(socket)
        if self._timer is None:
            self._timer = threading.Thread(target=self._time_turns, daemon=True,
                                           name=f"pos_voice-live-turns-{self.name}")
            self._timer.start()
        self.side.send(session_start(config, self.settings.delegation_model))

    def replace(self) -> None:
        with self._cond:
            self._started = False
            self._held = []
        self.side.replace()

    def close(self) -> None:
        """Ask for ``session.close`` (its answer carries the final usage); the socket closes in
        :meth:`join`, or as soon as ``session.closed`` arrives."""
        pending, self._pending = self._pending, None
        if pending is not None:  # connected while the caller hung up: never read
            pending.close()
            pending.release()
        if self._closing:
            return
        self._closing = True
        with self._cond:
            self._cond.notify_all()  # the turn timer stops
        if not (self._started and self.side.send({"type": "session.close"})):
            self.side.close()

    def join(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        if self._closing and not self.side.closed.is_set():
            self._closed_seen.wait(max(0.0, deadline - time.monotonic()))
            self.side.close()
        self.side.join(timeout=max(0.0, deadline - time.monotonic()))

    # --- what the session sends
    def send(self, event: Event) -> bool:
        """Send now, or hold until ``session.started`` (GPT-Live takes nothing before it)."""
        if self._closing:
            return False
        with self._cond:
            if not self._started:
                if self.side.socket is None:
                    return False
                self._held.append(event)
                return True
        return self.side.send(event)

    def send_caller_audio(self, payloads: list[bytes]) -> bool:
        if self._closing or not self._started:
            return False  # the model is not listening yet (or any more)
        return self.side.send_many([b'{"type":"session.input_audio.append","audio":"' + payload + b'"}'
                                    for payload in payloads])

    def response_request(self, instructions: str | None = None) -> ResponseRequest:
        """With instructions: commentary for the model to say (the session repeats its own
        instructions first; GPT-Live has them already and commentary is short, so they are cut).
        Without: ``response.create``, the delegated response going on after tool results."""
        if not instructions:
            return {"type": "response.create"}
        if instructions.startswith(self._instructions):
            instructions = instructions[len(self._instructions):].strip()
        return {"type": "session.commentary.append", "content": instructions, "delegation_id": None}

    def request_response(self, request: ResponseRequest) -> bool:
        if not self.send(request):
            return False
        with self._cond:
            talking = self._turn is not None
            self._asked = not talking
            if not talking:
                self._deadline = time.monotonic() + ANSWER_SECONDS
            self._cond.notify_all()
        if talking:  # the model is speaking already: what it says now is the answer
            with self._serial:
                self.listener.response_started()
        return True

    def send_tool_output(self, call_id: str, output: str) -> bool:
        return self.send({"type": "response.item.create",
                          "item": {"type": "function_call_output", "call_id": call_id, "output": output}})

    def send_caller_text(self, text: str) -> bool:
        return self.send({"type": "session.thinking.append", "content": text})

    def update_session(self, instructions: str | None, language: str | None) -> bool:
        """GPT-Live's instructions are fixed at start: new ones are appended (they persist)."""
        if instructions is None:
            return False  # transcription has no language setting in GPT-Live
        return self.send({"type": "session.instructions.append", "content": instructions})

    def truncate(self, item_id: str, audio_end_ms: int) -> bool:
        return False  # GPT-Live owns turn-taking: it knows what it said over the caller; no truncate

    def cancel_response(self) -> bool:
        return False  # nor a cancel: the model stops by itself when the caller speaks

    def conversation_over(self) -> None:
        with self._serial:
            if not self._over:
                self._caller_line_done()  # the caller's last words, which nobody answered
                with self._cond:  # and the model's, when the call ended before its quiet time
                    turn, text = self._turn, "".join(self._turn_text).strip()
                    self._turn, self._turn_text, self._deadline = None, [], None
                if turn is not None and text:
                    self.listener.transcript_done(ASSISTANT, turn, text)
            self._over = True

    def summarize(self, facts: str, timeout: float) -> str | None:
        return None  # no out-of-band text request in GPT-Live: the events' summary is used

    # --- what the socket tells (RealtimeSide's listener)
    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None:  # Realtime's hot path only
        self.side.bad_event("a Realtime audio delta on a GPT-Live session", deltas[:1])

    def realtime_lost(self, exc: BaseException) -> None:
        self._closed_seen.set()
        if not self._closing:
            self.listener.engine_lost(exc)

    def realtime_event(self, event: Event) -> None:
        kind = event.get("type")
        handler = self._handlers.get(kind) if isinstance(kind, str) else None
        if handler is None:
            return
        if self._over and kind not in ("session.usage.updated", "session.closed", "error"):
            return  # the caller has gone: only usage counts
        with self._serial:
            handler(self, event)

    # --- GPT-Live's server events, in the seam's terms
    def _session_started(self, event: Event) -> None:
        with self._cond:
            self._started = True
            held, self._held = self._held, []
        for message in held:
            self.side.send(message)
        self.listener.engine_ready(True)  # it stops talking over the caller by itself

    def _output_audio(self, event: Event) -> None:
        delta = event.get("delta")
        if not isinstance(delta, str):
            self.side.bad_event("an output audio event without audio", event.get("event_id"))
            return
        raw = delta.encode("ascii", "replace")
        try:
            base64.b64decode(raw, validate=True)
        except ValueError:
            self.side.bad_event("an audio delta that is not base64", event.get("event_id"))
            return
        item_id = self._assistant_speaks()
        self.listener.assistant_audio([(item_id.encode(), raw)])

    def _output_transcript(self, event: Event) -> None:
        delta = event.get("delta")
        if isinstance(delta, str):
            self._assistant_speaks()
            with self._cond:
                self._turn_text.append(delta)

    def _assistant_speaks(self) -> str:
        """The model is talking: its turn (begun now, or going on) lasts a while longer."""
        with self._cond:
            begun = self._turn is None
            turn = self._turn or f"live_out_{next(self._ids)}"
            if begun:
                self._turn, self._turn_text, self._asked = turn, [], False
            self._deadline = time.monotonic() + QUIET_SECONDS
            self._cond.notify_all()
        if begun:
            self._caller_line_done()
            self.listener.item_added(turn, ASSISTANT, None)
            self.listener.response_started()
        return turn

    def _input_transcript(self, event: Event) -> None:
        delta = event.get("delta")
        if not isinstance(delta, str):
            return
        with self._cond:
            begun = self._caller is None
            line = self._caller or f"live_in_{next(self._ids)}"
            if begun:
                self._caller, self._caller_text = line, []
            self._caller_text.append(delta)
        if begun:
            self._end_turn()  # the floor is the caller's: what the model said before is one turn
            self.listener.item_added(line, CALLER, None)
            # the caller is talking (over the model, perhaps: it stops by itself; Twilio's queue is ours)
            self.listener.caller_speech_started(line, _int(event.get("start_ms")))
            self.listener.caller_speech_stopped(_int(event.get("end_ms")))

    def _caller_line_done(self) -> None:
        with self._cond:
            line, text = self._caller, "".join(self._caller_text).strip()
            self._caller, self._caller_text = None, []
        if line is not None:
            self.listener.transcript_done(CALLER, line, text)

    def _delegation_created(self, event: Event) -> None:
        delegation = event.get("delegation") or {}
        delegation_id = str(delegation.get("id") or "")
        with self._cond:
            self._calls[delegation_id] = []
            self._asked = False
        self._end_turn()  # what it said before handing the task over is one turn
        self._caller_line_done()
        self.listener.response_started()

    def _response_event(self, event: Event) -> None:
        """The delegated Responses stream: its function calls, then its end."""
        delegation_id = str(event.get("delegation_id") or "")
        nested = event.get("event") or {}
        kind = nested.get("type")
        if kind == "response.output_item.done":
            item = nested.get("item") or {}
            if item.get("type") == "function_call":
                arguments = item.get("arguments")
                call = ToolCall(call_id=str(item.get("call_id")), name=str(item.get("name")),
                                arguments=arguments if isinstance(arguments, str) else "{}")
                with self._cond:
                    self._calls.setdefault(delegation_id, []).append(call)
                self.listener.tool_call(delegation_id, call)
        elif kind in DELEGATION_ENDS:
            status = DELEGATION_ENDS[str(kind)]
            with self._cond:
                calls = self._calls.pop(delegation_id, [])
            response = nested.get("response") or {}
            failure = json.dumps(response.get("error") or response.get("incomplete_details") or {})[:500] \
                if status == "failed" else None
            self.listener.response_done(ResponseDone(delegation_id, status, calls=calls, failure=failure))

    def _usage(self, event: Event) -> None:
        self.listener.usage_reported(event.get("usage"))

    def _session_closed(self, event: Event) -> None:
        self.listener.usage_reported(event.get("usage"))
        self._closed_seen.set()
        reason = event.get("reason")
        if self._closing:
            self.side.close()
        else:  # the service ended the session under the call (expired, content, connection lost)
            self.listener.engine_error(EngineError(f"session closed: {reason}", fatal=True))

    def _error(self, event: Event) -> None:
        error = event.get("error") or {}
        code = error.get("code")
        message = redact(str(error.get("message") or ""))
        fatal = code in FATAL_ERROR_CODES or error.get("type") in FATAL_ERROR_TYPES
        refused = error.get("client_event_id") or event.get("client_event_id")
        self.listener.engine_error(EngineError(f"{code or error.get('type')}: {message}", fatal=fatal,
                                               request_id=refused if isinstance(refused, str) else None))

    _handlers: t.ClassVar[dict[str, t.Callable[[LiveEngine, Event], None]]] = {
        "session.started": _session_started,
        "session.output_audio.delta": _output_audio,
        "session.output_transcript.delta": _output_transcript,
        "session.input_transcript.delta": _input_transcript,
        "session.delegation.created": _delegation_created,
        "response.event": _response_event,
        "session.usage.updated": _usage,
        "session.closed": _session_closed,
        "error": _error,
    }

    # --- the turns' ends (no event says them)
    def _time_turns(self) -> None:
        while True:
            with self._cond:
                while not self._closing:
                    deadline = self._deadline
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        break
                    self._cond.wait(remaining)
                if self._closing:
                    return
                self._deadline = None
                turn, text = self._turn, "".join(self._turn_text).strip()
                asked, self._asked = self._asked, False
                self._turn, self._turn_text = None, []
            with self._serial:
                if self._over:
                    continue
                if turn is not None:
                    self._turn_done(turn, text)
                elif asked:  # heard, and nothing said: an empty turn
                    unanswered = f"live_quiet_{next(self._ids)}"
                    self.listener.response_started()
                    self.listener.response_done(ResponseDone(unanswered, "completed"))

    def _end_turn(self) -> None:
        """The model's turn ends before its quiet time is up (the caller speaks, a task is delegated)."""
        with self._cond:
            turn, text = self._turn, "".join(self._turn_text).strip()
            self._turn, self._turn_text = None, []
            if turn is not None:
                self._deadline = None
        if turn is not None:
            self._turn_done(turn, text)

    def _turn_done(self, turn: str, text: str) -> None:
        if text:
            self.listener.transcript_done(ASSISTANT, turn, text)
        self.listener.response_done(ResponseDone(turn, "completed", message_ids=[turn]))
