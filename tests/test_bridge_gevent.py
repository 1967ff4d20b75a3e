"""The bridge's scenarios again under gevent (``python -m gevent.monkey --module pytest -m gevent``).

Same code, same sockets; here every thread of the bridge is a greenlet and the server is
gevent's WSGI server, which catches blocking calls and greenlet-only bugs
(``ConcurrentObjectUseError`` from two writers on one socket, a recv that starves the hub).
"""

from __future__ import annotations

import pytest

from tests import test_bridge_session as scenarios
from tests.support.servers import gevent_patched

pytestmark = [
    pytest.mark.gevent,
    pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest"),
]

bridge = scenarios.bridge


def test_gevent_session_setup_and_audio_both_ways(bridge: scenarios.Rig) -> None:
    scenarios.scenario_session_setup_and_audio_both_ways(bridge)


def test_gevent_barge_in_mid_sentence(bridge: scenarios.Rig) -> None:
    scenarios.scenario_barge_in_mid_sentence(bridge)


def test_gevent_tool_call_then_one_response(bridge: scenarios.Rig) -> None:
    scenarios.scenario_tool_call_then_one_response(bridge)


def test_gevent_transfer_after_the_handoff_played(bridge: scenarios.Rig) -> None:
    scenarios.scenario_transfer_after_the_handoff_played(bridge)


def test_gevent_hang_up_mid_tool(bridge: scenarios.Rig) -> None:
    scenarios.scenario_hang_up_mid_tool(bridge)


def test_gevent_openai_drops_mid_call(bridge: scenarios.Rig) -> None:
    scenarios.scenario_openai_drops_mid_call(bridge)


def test_gevent_simultaneous_calls_are_isolated(bridge: scenarios.Rig) -> None:
    bridge.app.config["POS_VOICE_MAX_CONCURRENT_CALLS"] = 50
    scenarios.scenario_simultaneous_calls_are_isolated(bridge)
