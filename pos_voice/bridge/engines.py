"""The model engines a call can run on, by name (:mod:`pos_voice.bridge.engine` is the seam).

A new engine is one module implementing :class:`~pos_voice.bridge.engine.ModelEngine`, listed
here; the entry point (:func:`pos_voice.bridge.routes.bridge_deps`) picks one per call.
"""

from __future__ import annotations

from .engine import EngineFactory
from .live_engine import LiveEngine
from .realtime_engine import RealtimeEngine
from .sip_engine import SipEngine

REALTIME = "realtime"  # OpenAI Realtime (GA) over a WebSocket per call
LIVE = "live"  # OpenAI GPT-Live over a WebSocket per call (POS_VOICE_ENGINE = "live")
SIP = "sip"  # OpenAI Realtime on a SIP call's sideband (POS_VOICE_MODE = "sip"; no audio here)
DEFAULT = REALTIME

ENGINES: dict[str, EngineFactory] = {REALTIME: RealtimeEngine, LIVE: LiveEngine, SIP: SipEngine}


def engine_factory(name: str | None = None) -> EngineFactory:
    """The engine called ``name`` (None: :data:`DEFAULT`)."""
    name = name or DEFAULT
    try:
        return ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown model engine {name!r} (known: {', '.join(sorted(ENGINES))})") from None
