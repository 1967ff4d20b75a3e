"""The staff pages staff act on (issue 11): the "Needs attention" home page, honest live alerts,
missed calls, finding a call, the counter's voice orders, the set-up warnings. Real app, real
database, the demo POS's own login; the browser tests drive the same pages in Chromium."""

from __future__ import annotations

import re
import typing as t
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pos_voice import followup
from pos_voice.extension import get_state
from pos_voice.staff import views
from tests.browser.scenario import Scenario, seed_calls
from tests.conftest import configure
from tests.support.staff import log_in, shown, text_of

Seeded = tuple[Flask, FlaskClient, Scenario]


@pytest.fixture
def seeded(demo_app: Flask) -> Seeded:
    with demo_app.app_context():
        scenario = seed_calls()
    client = demo_app.test_client()
    log_in(demo_app, client)
    return demo_app, client, scenario


def app_now(app: Flask) -> datetime:
    """Now by the app's clock (naive UTC), which ``seed_calls`` may have moved into the shop's day."""
    return get_state(app).clock.utcnow()


def add_call(app: Flask, sid: str, events: list[tuple[str, dict[str, t.Any]]] = (), **values: t.Any) -> int:
    """A finished call as the telephony callbacks leave it (attention derived by followup)."""
    with app.app_context():
        state = get_state()
        started = values.pop("started_at", app_now(app) - timedelta(minutes=5))
        call = state.models.VoiceCall(call_sid=sid, started_at=started, state=values.pop("state", "ended"),
                                      **values)
        state.db.session.add(call)
        state.db.session.flush()
        for kind, data in events:
            state.db.session.add(state.models.VoiceCallEvent(call_id=call.id, event_type=kind,
                                                             event_data=data))
        state.db.session.flush()
        if call.state == "ended":
            followup.refresh(state.db.session, state.models, call)
        state.db.session.commit()
        return int(call.id)


def csrf_of(body: str) -> str:
    match = re.search(r'name="pv_csrf" value="([^"]+)"', body)
    assert match, "the page has no form token"
    return match.group(1)


def test_the_staff_home_is_the_queue_with_why_phone_cart_and_mark_handled(seeded: Seeded) -> None:
    app, client, _ = seeded
    missed = add_call(app, "CA-missed", [("dial", {"status": "no-answer", "answered": False})],
                      phone_from="+12125550111", disposition="missed", transfer_reason="wants a manager",
                      live_state={"items": ["one large pepperoni pizza"]})
    response = client.get("/voice/")
    assert response.status_code == 200  # not a redirect to the dashboard any more
    body = response.get_data(as_text=True)
    page = text_of(response)
    assert "Needs attention" in page
    assert "Missed: the transfer rang and nobody answered — call them back" in page
    assert 'href="tel:+12125550111"' in body and f"Call {shown('+12125550111')}" in page
    assert "Cart: one large pepperoni pizza" in page
    assert "Complaint" in page  # the seeded caller who wanted a refund
    # Mark handled: stored with who and when, the call leaves the queue.
    form = {"pv_csrf": csrf_of(body), "next": "/voice/"}
    answer = client.post(f"/voice/calls/{missed}/handled", data=form)
    assert answer.status_code == 303 and answer.headers["Location"].endswith("/voice/")
    with app.app_context():
        row = get_state().db.session.get(get_state().models.VoiceCall, missed)
        assert row.handled_by == "staff" and row.handled_at is not None
        assert app_now(app) - row.handled_at < timedelta(minutes=1)
    page = text_of(client.get("/voice/"))
    assert "nobody answered" not in page
    assert "handled by staff" in page  # under "Recently handled"


def test_mark_handled_needs_the_page_s_token_and_a_real_call(seeded: Seeded) -> None:
    app, client, _ = seeded
    missed = add_call(app, "CA-missed", disposition="missed")
    assert client.post(f"/voice/calls/{missed}/handled", data={}).status_code == 400
    with app.app_context():
        assert get_state().db.session.get(get_state().models.VoiceCall, missed).handled_at is None
    token = csrf_of(client.get("/voice/").get_data(as_text=True))
    assert client.post("/voice/calls/999999/handled", data={"pv_csrf": token}).status_code == 404
    # Never sent back to another site.
    answer = client.post(f"/voice/calls/{missed}/handled", data={"pv_csrf": token, "next": "//evil.example/"})
    assert answer.headers["Location"].endswith("/voice/")


def test_a_healthy_live_call_shows_no_alert(seeded: Seeded) -> None:
    app, client, scenario = seeded
    live = scenario.calls[4]
    with app.app_context():  # what the stream start writes on every call: fallback until decided
        row = get_state().db.session.get(get_state().models.VoiceCall, live.id)
        row.next_action = "fallback"
        get_state().db.session.commit()
    body = client.get("/voice/live.json").get_json()
    assert [c["alerts"] for c in body["calls"]] == [[]]
    assert "pv-alert" not in body["html"] and "hit a problem" not in body["html"]
    assert client.get("/voice/alerts.json").get_json()["alerts"] == []


def test_real_conditions_alert_and_the_allergy_heads_up_is_not_hidden(seeded: Seeded) -> None:
    app, client, scenario = seeded
    live = scenario.calls[4]
    with app.app_context():
        state = get_state()
        row = state.db.session.get(state.models.VoiceCall, live.id)
        row.next_action, row.transfer_reason = "transfer", "Peanut allergy needs confirmation"
        row.live_state = {**row.live_state, "escalation": "allergy", "allergies": "peanuts"}
        state.db.session.add(state.models.VoiceCallEvent(call_id=row.id, event_type="error", event_data={
            "where": "get_menu", "message": "the menu could not be read"}))
        state.db.session.commit()
    body = client.get("/voice/live.json").get_json()
    assert [a["kind"] for a in body["calls"][0]["alerts"]] == ["transfer", "problem", "escalation"]
    page = text_of(client.get("/voice/live"))
    assert "Transfer to staff: Peanut allergy needs confirmation" in page
    assert "The assistant hit a problem: the menu could not be read" in page
    assert "Heads-up: allergy — may need staff" in page and "Allergies: peanuts" in page
    alerts = client.get("/voice/alerts.json").get_json()["alerts"]
    assert [a["kind"] for a in alerts] == ["transfer"]
    assert alerts[0]["text"] == f"Transfer coming from {live.phone}: Peanut allergy needs confirmation"


def test_a_call_that_just_ended_keeps_its_card_with_its_outcome(seeded: Seeded) -> None:
    app, client, _ = seeded
    add_call(app, "CA-justnow", phone_from="+12125550144", disposition="missed",
             started_at=app_now(app) - timedelta(seconds=50), ended_at=app_now(app) - timedelta(seconds=5))
    add_call(app, "CA-earlier", phone_from="+12125550155", disposition="completed",
             started_at=app_now(app) - timedelta(minutes=5), ended_at=app_now(app) - timedelta(minutes=2))
    body = client.get("/voice/live.json").get_json()
    ended = [c for c in body["calls"] if c["ended"]]
    assert [(c["phone"], c["disposition"]) for c in ended] == [("+12125550144", "missed")]
    assert body["calls"][0]["ended"] is False  # calls in progress first
    assert "missed" in text_of(client.get("/voice/live"))
    alerts = client.get("/voice/alerts.json").get_json()["alerts"]
    missed_alerts = [a for a in alerts if a["kind"] == "missed"]
    assert [a["text"] for a in missed_alerts] == ["Missed call from +12125550144 — call them back"]


def test_missed_calls_are_an_outcome_on_the_list_and_the_dashboard(seeded: Seeded) -> None:
    app, client, _ = seeded
    add_call(app, "CA-missed", [("dial", {"status": "no-answer", "answered": False})],
             phone_from="+12125550111", disposition="missed", duration_seconds=30)
    page = text_of(client.get("/voice/calls?disposition=missed"))
    assert shown("+12125550111") in page and "1 in all" in page and "missed" in page
    dashboard = text_of(client.get("/voice/dashboard?range=today"))
    assert "1 missed calls" in dashboard and "1 missed," in dashboard


def test_the_missing_staff_phone_is_said_on_the_staff_pages(seeded: Seeded) -> None:
    app, client, _ = seeded
    assert "No staff phone is set" not in text_of(client.get("/voice/calls"))
    configure(app, STAFF_PHONE=None)
    for path in ("/voice/", "/voice/calls", "/voice/live", "/voice/orders", "/voice/dashboard"):
        assert "No staff phone is set (POS_VOICE_STAFF_PHONE)" in text_of(client.get(path)), path


def test_find_a_call_by_order_number_and_by_phone_in_any_format(seeded: Seeded) -> None:
    _, client, _ = seeded
    for typed in ("#9002", "9002"):
        page = text_of(client.get("/voice/calls", query_string={"phone": typed}))
        assert "1 in all" in page and "Sam Patel" in page, typed
    for typed in ("(212) 555-0142", "+1 212 555 0142", "1-212-555-0142", "2125550142"):
        page = text_of(client.get("/voice/calls", query_string={"phone": typed}))
        assert "1 in all" in page and shown("+12125550142") in page, typed


def test_a_national_number_with_a_trunk_prefix_finds_the_call(seeded: Seeded) -> None:
    app, client, _ = seeded
    configure(app, DEFAULT_REGION="GB")
    add_call(app, "CA-london", phone_from="+442079460958", disposition="abandoned")
    page = text_of(client.get("/voice/calls", query_string={"phone": "020 7946 0958"}))
    assert "1 in all" in page and "020 7946 0958" in page  # shown as the shop writes it


def test_times_follow_the_configured_clock(seeded: Seeded) -> None:
    app, client, scenario = seeded
    first = scenario.calls[0]
    local = first.started_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo("America/New_York"))
    twelve = f"{local:%b %d}, {int(local.strftime('%I'))}:{local:%M %p}"
    assert twelve in text_of(client.get("/voice/calls"))  # US: 12-hour by default
    configure(app, CLOCK="24h")
    assert f"{local:%b %d, %H:%M}" in text_of(client.get("/voice/calls"))


def test_voice_orders_show_what_the_counter_needs(seeded: Seeded) -> None:
    app, client, scenario = seeded
    response = client.get("/voice/orders")
    page = text_of(response)
    delivery = scenario.by_sid("CA" + "3" * 32)
    assert "#9002" in page and "delivery" in page and "Deliver to: 88 Prince Street, Apt 4" in page
    assert "1 large Pepperoni Pizza" not in page  # items are the cart's words
    assert "ready" in page  # promised: placed + the wait submit_order announced
    assert "new" in page  # the host's status
    # Today by default: an order placed yesterday is not shown until asked for.
    with app.app_context():
        state = get_state()
        row = state.db.session.get(state.models.VoiceCall, delivery.id)
        row.started_at = row.started_at - timedelta(days=2)
        state.db.session.commit()
    assert "#9002" not in text_of(client.get("/voice/orders"))
    assert "#9002" in text_of(client.get("/voice/orders?all=1"))
    # The status filter reads the host's orders.
    from pizzeria_pos.models import Order

    with app.app_context():
        db = app.extensions["sqlalchemy"]
        db.session.query(Order).filter_by(order_number="9001").one().status = "ready"
        db.session.commit()
    ready = text_of(client.get("/voice/orders?all=1&status=ready"))
    assert "#9001" in ready and "#9002" not in ready and "1 in all" in ready


def test_the_day_chart_of_this_month_on_the_first_is_not_today_s_week() -> None:
    tz = ZoneInfo("America/New_York")
    first = date(2026, 12, 1)
    today_range = views.dashboard_range("today", first, tz)
    month_range = views.dashboard_range("month", first, tz)
    assert today_range[:2] == month_range[:2]  # the same calls...
    assert (today_range[2], today_range[3]) == (date(2026, 11, 25), first)
    assert (month_range[2], month_range[3]) == (first, date(2026, 12, 31))  # ...the month's own chart


def test_one_navigation_row_with_the_host_s_names(seeded: Seeded) -> None:
    app, client, _ = seeded
    body = client.get("/voice/calls").get_data(as_text=True)
    assert 'class="pv-nav"' not in body  # the demo's layout lists the sections with pv_nav_links()
    topbar = re.search(r'<nav class="nav".*?</nav>', body, re.S).group(0)
    for label in ("Needs attention", "Live calls", "Calls", "Phone orders", "Dashboard"):
        assert f">{label}<" in topbar or f">{label} <" in topbar, label
    assert "Voice orders" not in body
    assert body.count(">Phone orders<") == 1
    configure(app, BASE_TEMPLATE=None)  # the plugin's own layout: its own row, once
    own = client.get("/voice/calls").get_data(as_text=True)
    assert own.count('class="pv-nav"') == 1 and own.count(">Phone orders<") == 1


def test_take_this_call_is_a_request_in_the_database(seeded: Seeded) -> None:
    """The staff side: who asked and when, on the row (the bridge side: test_bridge_take.py)."""
    app, client, scenario = seeded
    live = scenario.calls[4]
    page = client.get("/voice/live").get_data(as_text=True)
    assert "Take this call" in page
    token = csrf_of(page)
    assert client.post(f"/voice/calls/{live.id}/take", data={}).status_code == 400  # no token: refused
    answer = client.post(f"/voice/calls/{live.id}/take", data={"pv_csrf": token},
                         headers={"Accept": "application/json"})
    assert answer.get_json() == {"ok": True, "outcome": "requested"}
    with app.app_context():
        row = get_state().db.session.get(get_state().models.VoiceCall, live.id)
        assert row.take_requested_by == "staff" and row.take_requested_at is not None
    again = client.post(f"/voice/calls/{live.id}/take", data={"pv_csrf": token},
                        headers={"Accept": "application/json"})
    assert again.get_json()["outcome"] == "already"
    body = client.get("/voice/live.json").get_json()
    assert body["calls"][0]["alerts"] == [{"kind": "taking", "text": "staff is taking this call"}]
    assert "Take this call" not in body["html"]
    finished = scenario.calls[0]
    refused = client.post(f"/voice/calls/{finished.id}/take", data={"pv_csrf": token},
                          headers={"Accept": "application/json"})
    assert refused.status_code == 409 and refused.get_json()["outcome"] == "not_live"
    assert client.post("/voice/calls/99999/take", data={"pv_csrf": token}).status_code == 404
    assert client.post(f"/voice/calls/{2**40}/take", data={"pv_csrf": token}).status_code == 404


def test_the_summary_shows_on_the_list_the_call_and_the_queue(seeded: Seeded) -> None:
    app, client, scenario = seeded
    missed = add_call(app, "CA-summary", [("dial", {"status": "no-answer", "answered": False})],
                      phone_from="+12125550122", disposition="missed", transfer_reason="catering for 40")
    text = "For staff, but nobody took the call (catering for 40): call them back."
    assert text in text_of(client.get("/voice/calls"))
    assert text in text_of(client.get("/voice/"))
    assert text in text_of(client.get(f"/voice/calls/{missed}"))
    ordered = text_of(client.get(f"/voice/calls/{scenario.calls[0].id}"))
    assert "Order #9001 placed for pickup: large Pepperoni Pizza." in ordered


def test_mark_handled_is_behind_the_staff_sign_in(demo_app: Flask) -> None:
    with demo_app.app_context():
        seed_calls()
    missed = add_call(demo_app, "CA-missed", disposition="missed")
    answer = demo_app.test_client().post(f"/voice/calls/{missed}/handled", data={"pv_csrf": "x"})
    assert answer.status_code == 302 and "/login" in answer.headers["Location"]
    with demo_app.app_context():
        assert get_state().db.session.get(get_state().models.VoiceCall, missed).handled_at is None
