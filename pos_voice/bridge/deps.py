"""What a call session is given: settings read once, the tools, where records go, the clock.

Built at the entry point (:func:`pos_voice.bridge.routes.bridge_deps`) for each call; nothing
below it reads the app, its config or the extension's state.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

from .clock import Clock, SystemClock
from .engine import EngineFactory
from .housekeeper import Timings
from .recorder import CallStore


@dataclass(frozen=True)
class BridgeSettings:
    """The ``POS_VOICE_*`` settings the bridge uses, typed."""

    model: str  # the engine's model (Realtime's, or GPT-Live's)
    realtime_url: str  # with ``?model=``
    api_key: str
    connect_timeout: float
    voice: str
    turn_detection: dict[str, t.Any] | None
    transcription_model: str | None
    language: str | None
    noise_reduction: str | None
    timings: Timings
    ready_seconds: float  # watchdog: session.updated due this long after session.update
    answer_seconds: float  # watchdog: audio (or a finished response) due this long after asking
    prices: dict[str, t.Any] | None  # of ``model``, USD per 1M tokens
    barge_in_min_speech_ms: int = 0  # speech over the assistant shorter than this is a backchannel
    greeting_protected_ms: int = 0  # the greeting's first milliseconds are not cut by noise
    keypad_transfer_key: str | None = None  # hands the caller to staff (None: off, or no staff line)
    keypad_entry: bool = True  # callers may type numbers, ending with #
    keypad_entry_seconds: float = 5.0  # an entry without # is taken this long after its last key
    take_poll_seconds: float = 1.0  # how often the call reads its row for staff's "Take this call"
    summary_seconds: float = 0.0  # longest wait for the model's end-of-call summary (0: the events')
    caller_audio_batch_ms: int = 0  # caller audio per input_audio_buffer.append (0: each frame at once)
    languages: tuple[str, ...] = ()  # POS_VOICE_LANGUAGES, the default first (empty: ``language`` only)
    live_url: str = ""  # the GPT-Live endpoint (POS_VOICE_ENGINE = "live")
    delegation_model: str = ""  # the Responses model GPT-Live delegates tool calls to
    staff_phone: str | None = None  # SIP mode: where a transfer is referred (tel: URI)
    engine: str = "realtime"  # POS_VOICE_ENGINE, recorded on the call (voice_calls.engine)


class LiveCallRegistry(t.Protocol):
    """The sessions running in this process (``pos_voice.extension.LiveCalls``)."""

    def add(self, call_sid: str, session: t.Any) -> None: ...
    def remove(self, call_sid: str) -> None: ...


@dataclass(frozen=True)
class BridgeDeps:
    settings: BridgeSettings
    registry: t.Any  # pos_voice.tools.ToolRegistry (or any object with its interface)
    store: CallStore
    live_calls: LiveCallRegistry
    #: What the tools run in (the host app's context: they read the app's state).
    tool_context: t.Callable[[], t.ContextManager[t.Any]]
    #: The model's side of the call (:mod:`pos_voice.bridge.engines`).
    engine: EngineFactory
    clock: Clock = field(default_factory=SystemClock)
