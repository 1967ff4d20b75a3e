"""The dashboard's cost per engine (issue 15 item 6): through the demo POS's real dashboard, the
calls of each engine with known costs show their own cost per call and per minute side by side,
and GPT-Live calls without a price say "price not set" instead of looking free."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pos_voice.extension import get_state
from pos_voice.models import utcnow
from tests.conftest import configure
from tests.support.staff import log_in, text_of

# (engine, duration seconds, cost USD, input tokens): Realtime bills tokens, GPT-Live minutes.
CALLS: list[tuple[str | None, int, str, int]] = [
    ("realtime", 120, "0.50", 4000),
    ("realtime", 60, "0.40", 3000),
    ("live", 90, "0.90", 0),
    ("live", 30, "0.30", 0),
    ("live", 60, "0", 0),  # made before its per-minute price was set: $0, not free
    (None, 60, "0.20", 900),  # recorded before s0012: the engine is not known
]


def _seed(app: Flask, calls: list[tuple[str | None, int, str, int]]) -> None:
    with app.app_context():
        state = get_state(app)
        started = utcnow() - timedelta(minutes=30)
        for index, (engine, seconds, cost, tokens) in enumerate(calls):
            state.db.session.add(state.models.VoiceCall(
                call_sid=f"CAcost{index:026d}", phone_from="+12125550123", started_at=started,
                ended_at=started + timedelta(seconds=seconds), duration_seconds=seconds, state="ended",
                disposition="completed", engine=engine, cost_usd=Decimal(cost), input_tokens=tokens,
                model="gpt-live-1" if engine == "live" else "gpt-realtime-2.1"))
        state.db.session.commit()


@pytest.fixture
def client(demo_app: Flask) -> FlaskClient:
    client = demo_app.test_client()
    log_in(demo_app, client)
    return client


def _row(body: str, engine: str) -> str:
    match = re.search(rf'<tr id="pv-engine-{engine}">(.*?)</tr>', body, flags=re.S)
    assert match, f"no row for {engine}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


def test_each_engine_shows_its_own_cost_per_call_and_per_minute(demo_app: Flask, client: FlaskClient) -> None:
    _seed(demo_app, CALLS)
    response = client.get("/voice/dashboard?range=7d")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    # Realtime: $0.90 over 2 calls and 3 minutes
    assert _row(body, "realtime") == "OpenAI Realtime, relayed 2 $0.45 $0.30 $0.90"
    # GPT-Live: $1.20 over its 2 priced calls and 2 minutes; the unpriced one is left out, said so
    assert _row(body, "live") == "GPT-Live, relayed 3 $0.60 $0.60 $1.20"
    assert "1 of its calls had no price set and are left out of its figures." in text_of(response)
    # before s0012: shown apart, not guessed to be Realtime
    assert _row(body, "unknown") == (
        "None recorded (never reached the assistant, or older calls) 1 $0.20 $0.20 $0.20")
    page = text_of(response)
    assert "1 call counts as $0 above: its price was not set" in page
    assert "GPT-Live's price per minute is not set" not in page  # the app runs on Realtime


def test_gpt_live_calls_without_a_price_say_so_instead_of_costing_nothing(
        demo_app: Flask, client: FlaskClient) -> None:
    configure(demo_app, ENGINE="live")  # PRICES has no per-minute default for GPT-Live
    _seed(demo_app, [("live", 120, "0", 0), ("live", 60, "0", 0), ("realtime", 60, "0.30", 2000)])
    response = client.get("/voice/dashboard?range=7d")
    body, page = response.get_data(as_text=True), text_of(response)
    assert _row(body, "live") == "GPT-Live, relayed 2 price not set"
    assert _row(body, "realtime") == "OpenAI Realtime, relayed 1 $0.30 $0.30 $0.30"
    assert ("GPT-Live's price per minute is not set: its calls are recorded at $0 until "
            'POS_VOICE_PRICES["gpt-live-1"]["per_minute"] is set') in page
    assert "2 calls count as $0 above: their price was not set" in page

    configure(demo_app, PRICES={"gpt-live-1": {"per_minute": "0.50"}})  # set: the notice goes
    assert "GPT-Live's price per minute is not set" not in text_of(client.get("/voice/dashboard?range=7d"))
