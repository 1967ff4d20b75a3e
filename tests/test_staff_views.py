"""Staff pages of the demo POS after a realistic set of calls (tests/browser/scenario.py)."""

from __future__ import annotations

import csv
import io
import json
import re
import typing as t
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from pos_voice.extension import get_state
from pos_voice.models import utcnow
from tests.browser.scenario import Scenario
from tests.conftest import configure
from tests.support.databases import create_all
from tests.support.staff import shown, text_of


def test_calls_list_newest_first_with_outcomes(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, scenario = seeded
    response = client.get("/voice/calls")
    assert response.status_code == 200
    page = text_of(response)
    phones = [shown(c.phone) for c in sorted(scenario.calls, key=lambda c: c.started_at, reverse=True)]
    positions = [page.index(p) for p in phones]
    assert positions == sorted(positions)
    for word in ("completed", "transferred", "abandoned", "on the line"):
        assert word in page
    assert "#9001" in page and "#9002" in page
    assert "5 in all" in page


def test_calls_filters(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, _ = seeded
    page = text_of(client.get("/voice/calls?disposition=transferred"))
    assert shown("+12125550188") in page and shown("+12125550123") not in page
    assert "Caller asked for a manager about a refund" in page
    page = text_of(client.get("/voice/calls?phone=212-555-0142"))
    assert shown("+12125550142") in page and "1 in all" in page
    page = text_of(client.get("/voice/calls?phone=maria"))
    assert shown("+12125550123") in page and "1 in all" in page
    page = text_of(client.get("/voice/calls?disposition=in_progress"))
    assert shown("+12125550166") in page and "1 in all" in page
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    assert "No calls match" in text_of(client.get(f"/voice/calls?start={tomorrow}"))
    last_week = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
    assert "5 in all" in text_of(client.get(f"/voice/calls?start={last_week}&end={tomorrow}"))
    # Nonsense filters are ignored, not errors; a date that is no date says so (test_staff_bad_input).
    assert client.get("/voice/calls?disposition=bogus&page=x").status_code == 200
    assert client.get("/voice/calls?start=yesterday").status_code == 400


def test_calls_pagination(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, scenario = seeded
    configure(app, STAFF_PAGE_SIZE=2)
    newest_first = [shown(c.phone) for c in sorted(scenario.calls, key=lambda c: c.started_at, reverse=True)]
    first = text_of(client.get("/voice/calls"))
    assert "Page 1 of 3" in first
    assert newest_first[0] in first and newest_first[1] in first and newest_first[2] not in first
    second = client.get("/voice/calls?page=2&disposition=")
    assert newest_first[2] in text_of(second) and newest_first[0] not in text_of(second)
    assert 'rel="next"' in second.get_data(as_text=True) and 'rel="prev"' in second.get_data(as_text=True)
    last = text_of(client.get("/voice/calls?page=99"))
    assert "Page 3 of 3" in last and newest_first[4] in last


def test_call_page_interleaves_transcript_and_tools(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, scenario = seeded
    call = scenario.by_sid("CA" + "1" * 32)
    response = client.get(f"/voice/calls/{call.id}")
    assert response.status_code == 200
    page = text_of(response)
    order = ["Hi, I'd like a large pepperoni pizza for pickup.", "start_order", '"order_type": "pickup"',
             "add_item", '"line_total": "18.99"', "I've got a large pepperoni for $18.99", "submit_order",
             "Order placed: #9001", "your order number is 9001"]
    positions = [page.index(fragment) for fragment in order]
    assert positions == sorted(positions)
    assert "2:34" in page and "$0.4210" in page
    assert f'href="/orders/{call.order_id}"' in response.get_data(as_text=True)


def test_call_page_shows_the_transfer_reason(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, scenario = seeded
    call = scenario.by_sid("CA" + "2" * 32)
    page = text_of(client.get(f"/voice/calls/{call.id}"))
    assert "Transfer reason: Caller asked for a manager about a refund" in page
    assert "Transferred to staff: Caller asked for a manager about a refund" in page


def test_a_missing_call_is_a_404_inside_the_host_layout(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, _ = seeded
    response = client.get("/voice/calls/999999")
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert 'class="topbar"' in body and "No such call" in body  # pizzeria/base.html, with the way back


def test_order_url_may_be_a_callable(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, scenario = seeded
    configure(app, ORDER_URL=lambda order_id: f"/tickets/{order_id}/view")
    call = scenario.by_sid("CA" + "3" * 32)
    body = client.get(f"/voice/calls/{call.id}").get_data(as_text=True)
    assert f'href="/tickets/{call.order_id}/view"' in body
    configure(app, ORDER_URL=None)
    body = client.get("/voice/orders").get_data(as_text=True)
    assert "#9002" in body and "/orders/" not in body


def test_csv_export(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, scenario = seeded
    with app.app_context():
        call = get_state().db.session.get(get_state().models.VoiceCall, scenario.calls[3].id)
        call.customer_name = '=HYPERLINK("http://evil.example","x")'
        get_state().db.session.commit()
    response = client.get("/voice/calls.csv?disposition=")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 5
    assert "transcript" not in rows[0] and "stream_token_hash" not in rows[0]
    assert "Thanks for calling" not in response.get_data(as_text=True)
    by_sid = {r["call_sid"]: r for r in rows}
    first = by_sid["CA" + "1" * 32]
    started = datetime.fromisoformat(first["started_at"])
    assert started == scenario.calls[0].started_at.replace(tzinfo=UTC, microsecond=0)
    assert started.utcoffset() in (timedelta(hours=-5), timedelta(hours=-4))  # New York, offset written
    assert first["phone_from"] == "+12125550123"  # phones stay phones
    assert (first["outcome"], first["duration_seconds"]) == ("completed", "154")
    assert (first["order_number"], first["order_total"]) == ("9001", f"{scenario.calls[0].order_total:.2f}")
    assert "order_id" not in first and "id" not in first  # internal ids mean nothing to staff
    assert first["cost_usd"] == "0.4210"
    assert by_sid["CA" + "4" * 32]["customer_name"].startswith("'=HYPERLINK")
    only = list(csv.DictReader(io.StringIO(client.get("/voice/calls.csv?disposition=transferred").get_data(
        as_text=True))))
    assert [r["call_sid"] for r in only] == ["CA" + "2" * 32]


def test_live_json_has_the_call_in_progress(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, _ = seeded
    response = client.get("/voice/live.json")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    assert [c["phone"] for c in body["calls"]] == ["+12125550166"]
    live = body["calls"][0]
    assert live["state"] == "live" and live["elapsed_seconds"] >= 40
    assert [line["role"] for line in live["transcript"]] == ["assistant", "caller", "assistant"]
    assert live["cart"]["lines"] == [{"text": "two large cheese pizza", "price": None}]
    assert "Two large cheese pizzas for pickup please." in body["html"]
    assert "Total $36.99" in body["html"]


def test_live_page_merges_an_in_process_session_and_drops_stale_rows(
        seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, _ = seeded

    class RunningSession:
        """What a bridge call session exposes to the live page (pos_voice.bridge.session.live_view)."""

        def live_view(self) -> dict[str, t.Any]:
            return {"call_sid": "CA" + "5" * 32, "state": "live", "seconds": 52,
                    "transcript": [{"role": "caller", "text": "Actually make it three."}],
                    "cart": {"order_type": "pickup", "allergies": "peanuts",
                             "lines": [{"line": 1, "item": "Cheese Pizza", "quantity": 3, "size": "large",
                                        "modifiers": [], "notes": None,
                                        "description": "three large cheese pizza"}]}}

    with app.app_context():
        state = get_state()
        state.live_calls.add("CA" + "5" * 32, RunningSession())
        stale = state.models.VoiceCall(call_sid="CA" + "6" * 32, phone_from="+12125550177", state="live",
                                       started_at=utcnow() - timedelta(hours=3),
                                       heartbeat_at=utcnow() - timedelta(hours=2))
        state.db.session.add(stale)
        state.db.session.commit()
    try:
        body = client.get("/voice/live.json").get_json()
        assert [c["phone"] for c in body["calls"]] == ["+12125550166"]
        live = body["calls"][0]
        assert live["in_process"] is True
        assert live["transcript"] == [{"role": "caller", "text": "Actually make it three."}]
        assert live["cart"]["lines"] == [{"text": "three large cheese pizza", "price": None}]
        assert live["cart"]["total"] == "36.99"  # priced by the tools, from voice_calls.live_state
        page = text_of(client.get("/voice/live"))
        assert "Actually make it three." in page and "three large cheese pizza" in page
        assert "Allergies: peanuts" in page
    finally:
        with app.app_context():
            get_state().live_calls.remove("CA" + "5" * 32)


def test_live_page_flags_a_coming_transfer(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, scenario = seeded
    with app.app_context():
        call = get_state().db.session.get(get_state().models.VoiceCall, scenario.calls[4].id)
        call.next_action = "transfer"
        call.transfer_reason = "Allergy question needs a person"
        get_state().db.session.commit()
    page = text_of(client.get("/voice/live"))
    assert "Transfer to staff: Allergy question needs a person" in page
    assert "No calls in progress" not in page
    with app.app_context():
        call = get_state().db.session.get(get_state().models.VoiceCall, scenario.calls[4].id)
        call.next_action, call.transfer_reason = "hangup", None
        call.live_state = {**call.live_state, "escalation": "catering"}
        get_state().db.session.commit()
    assert "Heads-up: catering" in text_of(client.get("/voice/live"))


def test_voice_orders_joined_with_host_orders(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, scenario = seeded
    response = client.get("/voice/orders")
    body = response.get_data(as_text=True)
    page = text_of(response)
    for call in scenario.with_order:
        assert f'href="/orders/{call.order_id}"' in body
        assert f"${call.order_total:,.2f}" in page
    assert "#9002" in page and "delivery" in page and "Sam Patel" in page
    assert page.index("#9002") < page.index("#9001")  # newest first
    assert "2 in all" in page and shown("+12125550188") not in page


def test_dashboard_figures(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, scenario = seeded
    response = client.get("/voice/dashboard?range=7d")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    page = text_of(response)
    revenue = sum((c.order_total or Decimal("0") for c in scenario.calls), Decimal("0"))
    assert re.search(r"5 calls ", page) and "2 orders by phone" in page
    assert f"${revenue:,.2f} revenue by phone" in page
    average = (revenue / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert f"${average:,.2f} average order by phone" in page
    assert "Call completion 50.0 % target > 85 % · off target" in page
    assert "Order conversion 50.0 % target > 70 % · off target" in page
    assert "Average call 1:46 target < 4:00 · on target" in page
    assert "Transfers 25.0 % target < 15 % · off target" in page
    assert "$0.24 cost per call" in page and "$0.60 cost per order" in page
    assert "$0.17 cost per call minute" in page  # $1.191 over 424 s of finished calls
    assert "Caller asked for a manager about a refund 1" in page  # as written, not case-folded
    assert body.count("<svg class=\"pv-chart\"") == 2
    assert 'data-value="5"' in body or 'data-value="4"' in body  # the busiest hour holds most calls
    # Offline: nothing is loaded from another host.
    assert not re.search(r"""(src|href)=["'](https?:)?//""", body)


def test_dashboard_calls_today_follow_the_business_time_zone(seeded: tuple[Flask, FlaskClient,
                                                                            Scenario]) -> None:
    app, client, scenario = seeded
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(app.config["POS_VOICE_TIMEZONE"])
    today = datetime.now(zone).date()
    expected = sum(1 for c in scenario.calls
                   if c.started_at.replace(tzinfo=UTC).astimezone(zone).date() == today)
    page = text_of(client.get("/voice/dashboard"))
    assert f"{expected} calls today" in page


def test_pages_use_the_host_layout_or_their_own(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, _ = seeded
    body = client.get("/voice/calls").get_data(as_text=True)
    assert 'class="topbar"' in body and "pv-standalone" not in body  # pizzeria/base.html
    configure(app, BASE_TEMPLATE=None)
    body = client.get("/voice/calls").get_data(as_text=True)
    assert "pv-standalone" in body and 'class="topbar"' not in body
    assert "/voice/static/pos_voice/staff.css" in body
    assert client.get("/voice/static/pos_voice/staff.css").status_code == 200


def test_host_templates_override_the_plugin_s(tmp_path: Path, database_url: str) -> None:
    from flask_sqlalchemy import SQLAlchemy

    from pos_voice import voice_bp
    from tests.conftest import TEST_SETTINGS

    (tmp_path / "templates" / "pos_voice").mkdir(parents=True)
    (tmp_path / "templates" / "pos_voice" / "live.html").write_text(
        "{% extends pv_base %}{% block content %}OUR OWN LIVE BOARD {{ calls|length }}{% endblock %}")
    app = Flask("override_host", template_folder=str(tmp_path / "templates"))
    app.config.update({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url,
                       "POS_VOICE_STAFF_AUTH": lambda: True})
    db = SQLAlchemy(app)
    app.register_blueprint(voice_bp)
    with app.app_context():
        create_all(db)
    try:
        client = app.test_client()
        assert "OUR OWN LIVE BOARD 0" in client.get("/voice/live").get_data(as_text=True)
        # The other pages are still the plugin's.
        assert "No calls match" in client.get("/voice/calls").get_data(as_text=True)
        dashboard = client.get("/voice/dashboard")  # a host without mapped orders: call figures only
        assert dashboard.status_code == 200 and "0 calls today" in text_of(dashboard)
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_live_data_is_valid_json_for_scripts(seeded: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, _ = seeded
    raw = client.get("/voice/live.json").get_data(as_text=True)
    parsed = json.loads(raw)
    assert set(parsed) == {"calls", "html", "at"}
    assert parsed["calls"][0]["started_at"].endswith("Z")
