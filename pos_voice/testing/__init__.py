"""Testing kit: a fake OpenAI Realtime server and a simulated Twilio caller (public API).

- :class:`FakeRealtimeServer` / :class:`Script`: a loopback GA Realtime server playing
  scripted turns (see :mod:`pos_voice.testing.fake_realtime`; the script language is
  :mod:`pos_voice.testing.script`, the service's side of the protocol
  :mod:`pos_voice.testing.realtime_protocol`).
- :class:`FakeOpenAISip`: OpenAI's SIP control plane (signed ``realtime.call.incoming``
  webhooks, accept/reject/refer/hangup, the sideband WebSocket), for ``POS_VOICE_MODE = "sip"``.
- :class:`FakeGptLive`: a GPT-Live server (``/v1/live/sessions``) with Responses delegation.
- :class:`FakeTwilioRest`: Twilio's REST API (Messages, Calls, signed status callbacks) for
  the ``twilio`` client (``Client(…, http_client=fake.http_client())``).
- :class:`SimulatedCaller`: one Twilio call over real sockets (see :mod:`pos_voice.testing.caller`).
- :func:`run_simulation`: a whole scripted call against an app (``flask pos-voice simulate``).
- :func:`client_event_problems`: strict check of a client event against the ``openai`` GA types.

Importable without pytest; the strict GA validation needs the ``openai`` package (a test
extra), imported on first use.
"""

from __future__ import annotations

from .caller import SimulatedCaller
from .fake_gpt_live import FakeGptLive, LiveSession
from .fake_openai_sip import FakeOpenAISip, FakeSipCall
from .fake_realtime import FakeRealtimeServer, FakeSession
from .fake_twilio_rest import FakeTwilioRest
from .script import CallerCue, Script, ToolCall
from .servers import LoopbackServer, serve
from .simulate import SimulationResult, run_simulation
from .validation import assert_valid_client_event, client_event_problems

__all__ = ["CallerCue", "FakeGptLive", "FakeOpenAISip", "FakeRealtimeServer", "FakeSession", "FakeSipCall",
           "FakeTwilioRest", "LiveSession", "LoopbackServer", "Script", "SimulatedCaller", "SimulationResult",
           "ToolCall", "assert_valid_client_event", "client_event_problems", "run_simulation", "serve"]
