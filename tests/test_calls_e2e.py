"""Whole calls end to end with the real tools: demo POS, real bridge, real sockets, the kit's
fake Realtime server (GA protocol, every client event validated strictly) and simulated caller.

The same calls run again under gevent (``-m gevent``) with gevent's WSGI server, and the
order and barge-in calls on both media-stream transports (flask-sock, the default, and native).
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice.bridge.usage import Usage
from pos_voice.extension import get_state
from pos_voice.testing import Script, run_simulation, scripts
from tests.conftest import configure
from tests.support.bridge import ACCOUNT_SID, WAIT, function_call, post_signed, rig
from tests.support.servers import gevent_patched
from tests.support.staff import log_in

TRANSPORTS = ("flask-sock", "native")
both_transports = pytest.mark.parametrize("transport", TRANSPORTS)


def _on(app: Flask, transport: str) -> Flask:
    configure(app, STREAM_TRANSPORT=transport)
    return app


def _events(app: Flask, call_sid: str) -> list[tuple[str, dict[str, t.Any]]]:
    with app.app_context():
        state = get_state()
        models = state.models
        rows = state.db.session.execute(
            sa.select(models.VoiceCallEvent).join(models.VoiceCall)
            .where(models.VoiceCall.call_sid == call_sid).order_by(models.VoiceCallEvent.id)).scalars().all()
        return [(row.event_type, row.event_data) for row in rows]


def _host_orders(app: Flask) -> int:
    with app.app_context():
        state = get_state()
        table = state.schema.order.table_name
        return int(state.db.session.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def scenario_pepperoni_pickup(app: Flask) -> None:
    before = _host_orders(app)
    result = run_simulation(app, scripts.pepperoni("Tony's Pizza"), timeout=20)
    assert result.problems == []
    assert result.order is not None and result.order["total"] is not None
    assert Decimal(str(result.order["total"])) > Decimal("18")  # a large pepperoni and tax
    assert _host_orders(app) == before + 1  # exactly one real order in the host's table
    call = result.call
    assert call is not None
    assert call["state"] == "ended" and call["disposition"] == "completed" and call["next_action"] == "hangup"
    assert call["order_id"] == result.order["id"]
    events = _events(app, result.call_sid)
    # the cost is the call's recorded usage at the model's prices, and a real call costs something
    [usage] = [data for kind, data in events if kind == "usage"]
    counted = Usage(**{k: v for k, v in usage.items() if k not in ("cost_usd", "model")})
    prices = app.config["POS_VOICE_PRICES"][usage["model"]]
    assert counted.output_audio_tokens > 0
    assert Decimal(str(call["cost_usd"])) == counted.cost(prices) > 0
    kinds = [kind for kind, _ in events]
    assert kinds.count("tool_call") >= 5 and "transcript" in kinds and kinds[-1] == "call_ended"
    assert "<Hangup" in (result.after_stream_twiml or "")


def scenario_model_drops_right_after_submit_order(app: Flask, transport: str, staff: bool = True) -> None:
    """The real tools take an order; the model goes away right after asking for submit_order.
    The order is placed, so the caller hears its number before staff pick up, staff see that
    it exists, and the call is completed with the failure noted."""
    before = _host_orders(app)
    if not staff:
        configure(app, STAFF_PHONE=None)
    with rig(app, transport, real_tools=True) as bridge:
        caller, upstream = bridge.start()
        upstream.take_order()
        submit = function_call("item_s", "call_s", "submit_order", {"customer_name": "Sam"})
        upstream.response("resp_s", [submit])
        upstream.drop()  # right after asking for submit_order
        assert caller.closed.wait(WAIT)
        call = bridge.wait_ended(caller.call_sid)
        form = {"CallSid": caller.call_sid, "AccountSid": ACCOUNT_SID, "CallStatus": "in-progress"}
        after = post_signed(app, "/voice/stream-ended", form).get_data(as_text=True)
        events = bridge.events(caller.call_sid)
        assert upstream.problems == []
    assert _host_orders(app) == before + 1  # placed once; staff must not take it again
    with app.app_context():
        order = get_state().pos.orders_by_id([call.order_id])[call.order_id]
    number = str(order["number"])
    assert (call.disposition, call.next_action) == ("completed", "fallback")
    assert call.error.startswith("realtime: ") and f"order #{number} was placed" in call.transfer_reason
    assert f"order number {number}" in after  # the caller hears it, then staff (or a goodbye)
    assert ("<Dial" in after) if staff else ("<Hangup" in after and "<Dial" not in after)
    [transfer] = [data for kind, data in events if kind == "transfer"]
    assert transfer["context"]["order_number"] == number and transfer["context"]["order_placed"] is True
    assert [data["where"] for kind, data in events if kind == "error"] == ["realtime"]
    staff = app.test_client()  # the staff page of the call says so
    log_in(app, staff)
    page = staff.get(f"/voice/calls/{call.id}").get_data(as_text=True)
    assert f"order #{number} was placed" in page


@pytest.mark.parametrize("fault", ["session never ready", "stall after a tool output", "stalled response"])
def test_the_kits_mute_models_reach_staff_with_the_real_tools(demo_app: Flask, fault: str) -> None:
    """The testing kit's fault modes, against the real tools: each mute model is retried once,
    then the caller reaches staff and the call is recorded failed by the watchdog."""
    configure(demo_app, WATCHDOG_READY_SECONDS=0.3, WATCHDOG_RESPONSE_SECONDS=0.3)
    if fault == "session never ready":
        script = Script().withhold("session.created", "session.updated").greet("Hi!")
    elif fault == "stall after a tool output":
        script = Script().call_tool("start_order", {"order_type": "pickup"}).stall_after_tool_output()
    else:
        script = Script().stall_response(after_ms=0)
    result = run_simulation(demo_app, script, timeout=10)
    assert result.call is not None
    assert (result.call["disposition"], result.call["next_action"]) == ("failed", "fallback")
    assert result.dialed == demo_app.config["POS_VOICE_STAFF_PHONE"]
    wheres = [data["where"] for kind, data in _events(demo_app, result.call_sid) if kind == "error"]
    assert wheres == ["watchdog", "watchdog"]  # the retry, then the hand-over


def scenario_transfer(app: Flask) -> None:
    result = run_simulation(app, scripts.transfer("Tony's Pizza"), timeout=20)
    assert result.problems == []
    assert result.call is not None and result.call["next_action"] == "transfer"
    assert result.call["disposition"] == "transferred"
    assert result.dialed == app.config["POS_VOICE_STAFF_PHONE"]


def scenario_barge_in(app: Flask) -> None:
    result = run_simulation(app, scripts.barge_in("Tony's Pizza"), realtime=True, timeout=20)
    assert result.problems == []
    assert result.clears >= 1
    assert result.truncations and all(t_["accepted"] for t_ in result.truncations)
    assert all(0 < t_["audio_end_ms"] <= t_["generated_ms"] for t_ in result.truncations)


@both_transports
def test_pepperoni_pickup_call_places_one_host_order(demo_app: Flask, transport: str) -> None:
    scenario_pepperoni_pickup(_on(demo_app, transport))


@both_transports
def test_a_model_that_drops_right_after_submit_order_still_tells_the_order_number(demo_app: Flask,
                                                                                 transport: str) -> None:
    scenario_model_drops_right_after_submit_order(demo_app, transport)


def test_without_a_staff_phone_the_caller_still_hears_the_order_number(demo_app: Flask) -> None:
    scenario_model_drops_right_after_submit_order(demo_app, "native", staff=False)


@both_transports
def test_transfer_call_dials_staff(demo_app: Flask, transport: str) -> None:
    scenario_transfer(_on(demo_app, transport))


@pytest.mark.slow  # real-time pacing: the caller talks over audio as it plays
@both_transports
def test_barge_in_call_truncates_what_was_heard(demo_app: Flask, transport: str) -> None:
    scenario_barge_in(_on(demo_app, transport))


@pytest.mark.gevent
@pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest")
@both_transports
def test_gevent_pepperoni_pickup(demo_app: Flask, transport: str) -> None:
    scenario_pepperoni_pickup(_on(demo_app, transport))


@pytest.mark.slow
@pytest.mark.gevent
@pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest")
@both_transports
def test_gevent_barge_in(demo_app: Flask, transport: str) -> None:
    scenario_barge_in(_on(demo_app, transport))
