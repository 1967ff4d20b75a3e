"""Staff pages in a real headless Chromium, on the demo POS, after a set of phone calls."""

from __future__ import annotations

import re
import typing as t
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from pos_voice.extension import get_state
from pos_voice.models import utcnow
from tests.browser.conftest import TABLET, log_in, screenshot
from tests.browser.scenario import Scenario, seed_calls

pytestmark = [pytest.mark.browser, pytest.mark.timeout(90)]


@pytest.fixture
def scenario(demo_app: t.Any) -> Scenario:
    with demo_app.app_context():
        return seed_calls()


def test_unauthenticated_visitor_is_refused(page: t.Any, demo_url: str, scenario: Scenario) -> None:
    for path in ("/voice/dashboard", "/voice/calls", f"/voice/calls/{scenario.calls[0].id}", "/voice/live"):
        page.goto(demo_url + path)
        assert "/login?next=" in page.url, path
        assert page.get_by_role("heading", name="Staff log in").is_visible()
        assert "Maria Lopez" not in page.content()
    screenshot(page, "refused-login")
    response = page.request.get(demo_url + "/voice/live.json", max_redirects=0)
    assert response.status == 302 and "calls" not in response.text()
    csv = page.request.get(demo_url + "/voice/calls.csv", max_redirects=0)
    assert csv.status == 302 and "+12125550123" not in csv.text()


def test_dashboard_shows_the_figures_of_the_calls(page: t.Any, demo_url: str, scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/dashboard?range=7d")
    revenue = sum((c.order_total or Decimal("0") for c in scenario.calls), Decimal("0"))
    average = (revenue / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    stat = page.locator
    assert stat("#pv-calls-range .pv-stat-value").inner_text() == "5"
    assert stat("#pv-voice-orders .pv-stat-value").inner_text() == "2"
    assert stat("#pv-voice-revenue .pv-stat-value").inner_text() == f"${revenue:,.2f}"
    assert stat("#pv-aov .pv-stat-value").inner_text() == f"${average:,.2f}"
    assert stat("#pv-kpi-completion_rate .pv-kpi-value").inner_text() == "50.0 %"
    assert stat("#pv-kpi-conversion_rate .pv-kpi-value").inner_text() == "50.0 %"
    assert stat("#pv-kpi-average_duration_seconds .pv-kpi-value").inner_text() == "1:46"
    assert stat("#pv-kpi-transfer_rate .pv-kpi-value").inner_text() == "25.0 %"
    assert "pv-ok" in (stat("#pv-kpi-average_duration_seconds").get_attribute("class") or "")
    assert "pv-bad" in (stat("#pv-kpi-transfer_rate").get_attribute("class") or "")
    assert stat("#pv-cost-call .pv-stat-value").inner_text() == "$0.24"
    assert stat("#pv-cost-order .pv-stat-value").inner_text() == "$0.60"
    assert "Caller asked for a manager about a refund" in stat(".pv-reasons").inner_text()  # as written
    bars = page.locator("svg.pv-chart").first.locator("rect")
    assert bars.count() == 24
    assert sum(int(bars.nth(i).get_attribute("data-value") or 0) for i in range(24)) == 5
    # The charts are drawn: the busiest hour's bar has a real height on screen.
    tallest = max((bars.nth(i).bounding_box() or {"height": 0})["height"] for i in range(24))
    assert tallest > 20
    screenshot(page, "dashboard")
    page.set_viewport_size({"width": 768, "height": 1024})
    screenshot(page, "dashboard-tablet-portrait")
    page.set_viewport_size(TABLET)


def test_call_page_shows_transcript_and_tool_calls(page: t.Any, demo_url: str, scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/calls")
    assert page.locator("table.pv-calls tbody tr").count() == 5
    page.fill("input[name=phone]", "555-0123")
    page.click("form.pv-filters button[type=submit]")
    page.wait_for_url(re.compile(r"phone=555-0123"))
    rows = page.locator("table.pv-calls tbody tr")
    assert rows.count() == 1 and "Maria Lopez" in rows.first.inner_text()
    screenshot(page, "calls")
    rows.first.locator("a").first.click()
    page.wait_for_url(re.compile(r"/voice/calls/\d+$"))
    timeline = page.locator(".pv-timeline")
    assert "Hi, I'd like a large pepperoni pizza for pickup." in timeline.inner_text()
    tools = page.locator(".pv-tool-name")
    names = [tools.nth(i).inner_text() for i in range(tools.count())]
    assert names == ["start_order", "add_item", "submit_order"]
    add_item = page.locator(".pv-tool").nth(1)
    add_item.locator("summary").click()  # one readable line; the JSON behind the toggle
    assert '"item_name": "large pepperoni"' in add_item.inner_text()
    assert '"line_total": "18.99"' in add_item.inner_text()
    assert "Order placed" in timeline.inner_text()
    screenshot(page, "call")
    page.locator(".pv-call-order a").click()  # to the POS's own order page
    page.wait_for_url(re.compile(r"/orders/\d+$"))
    assert "Pepperoni Pizza" in page.content()

    transferred = scenario.by_sid("CA" + "2" * 32)
    page.goto(f"{demo_url}/voice/calls/{transferred.id}")
    assert page.locator(".pv-transfer-reason").inner_text() == "Caller asked for a manager about a refund"
    screenshot(page, "call-transferred")


def test_live_page_shows_the_call_in_progress_and_updates(page: t.Any, demo_url: str, demo_app: t.Any,
                                                          scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/live")
    card = page.locator(".pv-live-call")
    assert card.count() == 1
    shown = card.inner_text()
    assert "+12125550166" in shown and "Two large cheese pizzas for pickup please." in shown
    assert "two large cheese pizza" in shown and "$36.99" in shown
    screenshot(page, "live")
    # The call goes on: a new line and a bigger cart, then a transfer; the page follows by itself.
    with demo_app.app_context():
        state = get_state()
        live = state.db.session.get(state.models.VoiceCall, scenario.calls[4].id)
        state.db.session.add(state.models.VoiceCallEvent(
            call_id=live.id, event_type="transcript", timestamp=utcnow() + timedelta(seconds=1),
            event_data={"role": "caller", "text": "And a 2 liter Coke. Is there peanut oil in the knots?"}))
        live.live_state = {**live.live_state, "subtotal": "37.97", "total": "41.34",
                           "items": ["two large cheese pizza", "a 2 liter coke"]}
        live.next_action = "transfer"
        live.transfer_reason = "Peanut allergy needs confirmation"
        state.db.session.commit()
    page.wait_for_function("document.querySelector('#pv-live').innerText.includes('2 liter coke')",
                           timeout=8000)
    text = page.locator("#pv-live").inner_text()
    assert "Is there peanut oil in the knots?" in text and "$41.34" in text
    assert "Transfer to staff: Peanut allergy needs confirmation" in text
    screenshot(page, "live-transfer-coming")
    # Signed out elsewhere: the page says so instead of showing stale calls as current.
    page.context.clear_cookies()
    page.wait_for_function("document.querySelector('#pv-live-status').innerText.includes('signed out')",
                           timeout=8000)


def test_voice_orders_in_the_plugin_and_in_the_pos_list(page: t.Any, demo_url: str,
                                                        scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/orders")
    rows = page.locator(".pv-order-card")
    assert rows.count() == 2
    assert "#9002" in rows.nth(0).inner_text() and "#9001" in rows.nth(1).inner_text()
    screenshot(page, "voice-orders")
    page.goto(demo_url + "/orders")  # the demo POS's own order list
    content = page.content()
    for number in ("9001", "9002"):
        assert number in content
    phone_badges = page.locator(".badge-phone")
    assert phone_badges.count() >= 2
    row = page.locator("tr", has_text="9001")
    assert row.count() >= 1 and row.first.locator(".badge-phone").count() == 1
    screenshot(page, "pos-orders-with-phone-badge")


def test_dashboard_shows_the_cost_of_each_engine_side_by_side(page: t.Any, demo_url: str,
                                                              demo_app: t.Any) -> None:
    from tests.test_staff_engine_costs import CALLS, _seed

    _seed(demo_app, CALLS)
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/dashboard?range=7d")
    table = page.locator("#pv-engine-costs table.pv-engines")
    assert table.is_visible()
    cell = page.locator
    assert cell("#pv-engine-realtime .pv-engine-cost-call").inner_text() == "$0.45"
    assert cell("#pv-engine-realtime .pv-engine-cost-minute").inner_text() == "$0.30"
    assert cell("#pv-engine-live .pv-engine-cost-call").inner_text() == "$0.60"
    assert cell("#pv-engine-live .pv-engine-cost-minute").inner_text() == "$0.60"
    assert cell("#pv-engine-live").bounding_box()["y"] > cell("#pv-engine-realtime").bounding_box()["y"]
    screenshot(page, "dashboard-engine-costs")
