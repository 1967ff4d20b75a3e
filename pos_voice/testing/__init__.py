"""Testing kit: a fake OpenAI Realtime server and a simulated Twilio caller (public API).

Importable without pytest; the strict GA validation needs the ``openai`` package (a test
extra), imported on first use.
"""

from __future__ import annotations

from .caller import SimulatedCaller
from .fake_realtime import FakeRealtimeServer, FakeSession, Script, ToolCall
from .servers import LoopbackServer, serve
from .validation import assert_valid_client_event, client_event_problems

__all__ = ["FakeRealtimeServer", "FakeSession", "LoopbackServer", "Script", "SimulatedCaller", "ToolCall",
           "assert_valid_client_event", "client_event_problems", "serve"]
