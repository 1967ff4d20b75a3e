"""The bridge's scenarios again under gevent (``python -m gevent.monkey --module pytest -m gevent``).

Same code, same sockets; here every thread of the bridge is a greenlet and the server is
gevent's WSGI server, which catches blocking calls and greenlet-only bugs
(``ConcurrentObjectUseError`` from two writers on one socket, a recv that starves the hub).
"""

from __future__ import annotations

import typing as t

import pytest

from pos_voice.extension import get_state
from tests import test_bridge_keypad as keypad
from tests import test_bridge_session as scenarios
from tests.support.bridge import Rig
from tests.support.servers import gevent_patched

pytestmark = [
    pytest.mark.gevent,
    pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest"),
]

bridge = scenarios.bridge
both_transports = scenarios.both_transports  # flask-sock (the default) and native


@both_transports
def test_gevent_session_setup_and_audio_both_ways(bridge: Rig) -> None:
    scenarios.scenario_session_setup_and_audio_both_ways(bridge)


@both_transports
def test_gevent_barge_in_mid_sentence(bridge: Rig) -> None:
    scenarios.scenario_barge_in_mid_sentence(bridge)


@both_transports
def test_gevent_tool_call_then_one_response(bridge: Rig) -> None:
    scenarios.scenario_tool_call_then_one_response(bridge)


@both_transports
def test_gevent_transfer_after_the_handoff_played(bridge: Rig) -> None:
    scenarios.scenario_transfer_after_the_handoff_played(bridge)


@both_transports
def test_gevent_hang_up_mid_tool(bridge: Rig) -> None:
    scenarios.scenario_hang_up_mid_tool(bridge)


@both_transports
def test_gevent_openai_drops_mid_call(bridge: Rig) -> None:
    scenarios.scenario_openai_drops_mid_call(bridge)


@both_transports
def test_gevent_simultaneous_calls_are_isolated(bridge: Rig) -> None:
    bridge.app.config["POS_VOICE_MAX_CONCURRENT_CALLS"] = 50
    get_state(bridge.app).reload_settings()
    scenarios.scenario_simultaneous_calls_are_isolated(bridge)


@both_transports
def test_gevent_token_less_and_replayed_streams_open_no_openai_session(bridge: Rig) -> None:
    scenarios.test_token_less_and_replayed_streams_open_no_openai_session(bridge)


@both_transports
def test_gevent_unsigned_stream_is_refused_before_the_upgrade(bridge: Rig) -> None:
    scenarios.test_unsigned_stream_is_refused_before_the_upgrade(bridge)


@both_transports
def test_gevent_malformed_binary_and_unknown_frames_are_not_fatal(bridge: Rig) -> None:
    scenarios.test_malformed_and_unknown_frames_are_not_fatal(bridge)


@pytest.mark.parametrize("transport", ["flask-sock", "native"])
def test_gevent_a_model_that_does_not_answer_is_asked_again_then_staff_answer(demo_app: t.Any,
                                                                              transport: str) -> None:
    scenarios.scenario_model_does_not_answer(demo_app, transport)


@both_transports
def test_gevent_a_model_that_drops_while_submit_order_runs_reports_the_placed_order(bridge: Rig) -> None:
    scenarios.scenario_model_drops_while_submit_order_runs(bridge)


@pytest.mark.parametrize("transport", ["flask-sock", "native"])
def test_gevent_zero_transfers_mid_sentence(demo_app: t.Any, transport: str) -> None:
    keypad.test_zero_transfers_mid_sentence(demo_app, transport)


def test_gevent_a_typed_callback_number_reaches_the_tool_exactly(demo_app: t.Any) -> None:
    keypad.test_a_typed_callback_number_reaches_the_tool_exactly(demo_app)
