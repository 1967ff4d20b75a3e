"""The seam between a call and the model that speaks on it: one interface, one module per engine.

Everything a call shares whatever the model — the Twilio side, tools, records, transcripts,
usage and cost, the staff views, capacity and rate limits — lives in the session
(:mod:`pos_voice.bridge.session`). What is particular to one model API — its connection, the
shape of its messages, how it names turns and responses, which of its errors are races — lives
behind :class:`ModelEngine`, today :class:`~pos_voice.bridge.realtime_engine.RealtimeEngine`
(OpenAI Realtime GA). A new engine (GPT-Live, a SIP sideband connection) is one module that
implements :class:`ModelEngine` and tells the session what happens through
:class:`EngineListener`, in the plain values below; it is listed in
:mod:`pos_voice.bridge.engines`.

Audio crosses the seam as base64 μ-law 8 kHz (what Twilio sends and plays), so neither side
decodes it: caller audio as one base64 payload per message to send, assistant audio as
``(item id, payload)`` pairs, both as bytes (the hot path).
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

if t.TYPE_CHECKING:
    from .deps import BridgeSettings

#: A request for one response, as the engine built it (:meth:`ModelEngine.response_request`):
#: opaque to the session, which tags it with ``event_id`` and may send it again.
ResponseRequest = dict[str, t.Any]


@dataclass(frozen=True)
class SessionConfig:
    """What the model is set up with at the start of the call (and again after a reconnect)."""

    model: str
    instructions: str
    tools: list[dict[str, t.Any]]  # the registry's function definitions
    voice: str
    turn_detection: dict[str, t.Any] | None  # None: the bridge commits turns itself
    transcription_model: str | None
    language: str | None
    noise_reduction: str | None


@dataclass(frozen=True)
class ToolCall:
    """A function call the model made (its arguments as the JSON text it wrote)."""

    call_id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class ResponseDone:
    """A response ended: ``status`` is ``completed``, ``cancelled``, ``failed`` or ``incomplete``."""

    response_id: str
    status: str
    calls: list[ToolCall] = field(default_factory=list)  # the function calls in its output
    message_ids: list[str] = field(default_factory=list)  # its spoken items
    failure: str | None = None  # why it failed (status ``failed``), for the record


@dataclass(frozen=True)
class EngineError:
    """An error the model service reported. ``fatal``: the session cannot go on (the caller goes
    to staff); otherwise it is recorded and counted. ``request_id``: the client event it refused."""

    message: str
    fatal: bool = False
    request_id: str | None = None


class EngineListener(t.Protocol):
    """What an engine tells the call session (from its reader thread), engine-neutral."""

    def engine_ready(self, interrupt_response: bool) -> None: ...  # the session set-up is applied
    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None: ...  # (item id, base64 μ-law)
    def caller_speech_started(self, item_id: str | None, audio_start_ms: int) -> None: ...
    def caller_speech_stopped(self, audio_end_ms: int) -> None: ...
    def caller_turn_committed(self, item_id: str, previous_item_id: str | None) -> None: ...
    def item_added(self, item_id: str, role: str, previous_item_id: str | None) -> None: ...  # a message
    # a final line, caller | assistant; ``languages``: the ones the transcription heard, if it says
    def transcript_done(self, role: str, item_id: str, text: str,
                        languages: tuple[str, ...] = ()) -> None: ...
    def response_started(self) -> None: ...
    def tool_call(self, response_id: str, call: ToolCall) -> None: ...  # complete, not run yet
    def response_done(self, done: ResponseDone) -> None: ...
    def usage_reported(self, usage: dict[str, t.Any] | None) -> None: ...  # after the call too
    def response_refused(self) -> None: ...  # a response of the model's own is active: ask again
    def engine_error(self, error: EngineError) -> None: ...
    def engine_lost(self, exc: BaseException) -> None: ...  # the connection failed


class ModelEngine(t.Protocol):
    """One call's connection to a speech model. All sends return False when nothing was sent
    (not connected, or closed); none raises."""

    name: str  # the call's, for log lines and thread names

    @property
    def events(self) -> int: ...  # server events handled, audio excepted (tests wait on it)
    @property
    def bad_events(self) -> int: ...  # server messages that could not be read (the call's record)
    @property
    def connected(self) -> bool: ...  # a connection was made (it may have closed since)
    @property
    def closed(self) -> bool: ...  # closed for good: the call is ending
    @property
    def sent(self) -> int: ...  # messages written on the current connection

    def connect(self) -> None: ...  # raises when the service cannot be reached
    def start(self, config: SessionConfig) -> None: ...  # read the connection; set the session up
    def replace(self) -> None: ...  # drop the connection (its end is not a loss); connect again next
    def send_caller_audio(self, payloads: list[bytes]) -> bool: ...
    def response_request(self, instructions: str | None = None) -> ResponseRequest: ...
    def request_response(self, request: ResponseRequest) -> bool: ...
    def send_tool_output(self, call_id: str, output: str) -> bool: ...
    def send_caller_text(self, text: str) -> bool: ...  # a message from the caller not spoken (keypad)
    # the call's language changed: new instructions and/or transcription language (None: as before)
    def update_session(self, instructions: str | None, language: str | None) -> bool: ...
    def truncate(self, item_id: str, audio_end_ms: int) -> bool: ...  # the caller heard this much
    def cancel_response(self) -> bool: ...
    def conversation_over(self) -> None: ...  # from now on only usage and the summary count
    def summarize(self, facts: str, timeout: float) -> str | None: ...  # the model's summary text
    def close(self) -> None: ...
    def join(self, timeout: float) -> None: ...


EngineFactory = t.Callable[[EngineListener, "BridgeSettings"], ModelEngine]
