"""Staff pages never answer 500 to a hand-edited URL: ids out of range are 404, bad dates 400
with a message inside the staff layout, everything else is shown or ignored."""

from __future__ import annotations

import urllib.parse

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.browser.scenario import Scenario, seed_calls
from tests.conftest import configure
from tests.support.staff import log_in, text_of


@pytest.fixture
def staff(demo_app: Flask) -> tuple[Flask, FlaskClient, Scenario]:
    with demo_app.app_context():
        scenario = seed_calls()
    client = demo_app.test_client()
    log_in(demo_app, client)
    return demo_app, client, scenario


@pytest.mark.parametrize("call_id", ["99999999999999999999", "9223372036854775808", "9223372036854775807",
                                     "2147483648", "2147483647", "0"])
def test_a_call_id_out_of_range_is_404(staff: tuple[Flask, FlaskClient, Scenario], call_id: str) -> None:
    _, client, _ = staff
    assert client.get(f"/voice/calls/{call_id}").status_code == 404


@pytest.mark.parametrize("path", ["/voice/calls", "/voice/calls.csv", "/voice/orders"])
@pytest.mark.parametrize(("query", "says"), [
    ("end=9999-12-31", "outside the range"),
    ("start=9999-12-31&end=9999-12-31", "outside the range"),
    ("start=yesterday", "The start date 'yesterday' is not a date: use the form YYYY-MM-DD"),
    ("end=2024-02-30", "The end date '2024-02-30' is not a date: use the form YYYY-MM-DD"),
])
def test_a_bad_date_is_400_with_a_message_in_the_staff_layout(
        staff: tuple[Flask, FlaskClient, Scenario], path: str, query: str, says: str) -> None:
    _, client, _ = staff
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    page = text_of(response)
    assert says in page
    body = response.get_data(as_text=True)
    # The host's layout, the staff sections in its navigation row (pv_nav_links()).
    assert 'class="topbar"' in body and 'href="/voice/calls"' in body and ">Needs attention" in body
    assert "Back to the list" in page


def test_the_first_day_east_of_utc_is_400_not_500(staff: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, _ = staff
    configure(app, TIMEZONE="Asia/Tokyo")  # 0001-01-01 00:00 there is before year 1 in UTC
    response = client.get("/voice/calls?start=0001-01-01")
    assert response.status_code == 400 and "outside the range" in text_of(response)
    assert client.get("/voice/calls?start=0001-01-02").status_code == 200


def test_other_odd_filters_are_shown_or_ignored(staff: tuple[Flask, FlaskClient, Scenario]) -> None:
    _, client, _ = staff
    for query in ("page=99999999999999999999999", "page=-3", "page=x", "page=" + "9" * 5000,
                  "disposition=bogus", "phone=%00%01", "phone=%25", "phone=_", "with_order=%00",
                  "start=0001-01-01&end=9999-12-30"):
        response = client.get(f"/voice/calls?{query}")
        assert response.status_code == 200, (query, response.status_code)
    # A % typed in the search box finds a literal %, not every call.
    assert "No calls match" in text_of(client.get("/voice/calls?phone=%25"))
    assert client.get("/voice/dashboard?range=%00%ff").status_code == 200


HOSTILE = {"start": "9999-12-31", "end": "0001-01-01", "page": "9" * 30, "phone": "\x00%_'\"<",
           "range": "\x00", "disposition": "\x00", "with_order": "\x00"}


def test_no_staff_route_answers_500_to_hostile_parameters(staff: tuple[Flask, FlaskClient, Scenario]) -> None:
    app, client, _ = staff
    rules = [rule for rule in app.url_map.iter_rules()
             if rule.endpoint.startswith("pos_voice.") and "GET" in (rule.methods or set())
             and not rule.websocket and rule.endpoint not in ("pos_voice.static", "pos_voice.stream")]
    assert {"pos_voice.calls", "pos_voice.call_detail", "pos_voice.calls_csv", "pos_voice.dashboard"} <= {
        rule.endpoint for rule in rules}
    for rule in rules:
        paths = [rule.rule]
        if rule.arguments:
            paths = [rule.rule.replace("<int:call_id>", value) for value in ("99999999999999999999", "1")]
        for path in paths:
            for query in [urllib.parse.urlencode(HOSTILE), *(urllib.parse.urlencode({k: v})
                                                             for k, v in HOSTILE.items())]:
                status = client.get(f"{path}?{query}").status_code
                assert status in (200, 302, 400, 404), (path, query, status)
