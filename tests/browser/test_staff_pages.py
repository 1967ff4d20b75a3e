"""Every staff page in a real Chromium at desktop (1366x768) and tablet portrait (820x1180):
axe-core finds no serious or critical violation, the layout holds, and the pages act — alerts
reach any open page within 2 s, lists refresh themselves, *Mark handled* is stored.

Screenshots of each page at both sizes go to artifacts/screenshots/.
"""

from __future__ import annotations

import re
import typing as t
from datetime import timedelta

import pytest

from pos_voice.extension import get_state
from tests.browser.conftest import SIZES, TABLET_PORTRAIT, axe_violations, log_in, screenshot
from tests.browser.scenario import Scenario, seed_calls
from tests.test_staff_queue import add_call, app_now

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]


@pytest.fixture
def scenario(demo_app: t.Any) -> Scenario:
    with demo_app.app_context():
        scenario = seed_calls()
    add_call(demo_app, "CA-missed", [("dial", {"status": "no-answer", "answered": False})],
             phone_from="+12125550111", disposition="missed", transfer_reason="Wants to book a party of 30",
             duration_seconds=35, started_at=app_now(demo_app) - timedelta(minutes=10),
             ended_at=app_now(demo_app) - timedelta(minutes=9),
             live_state={"items": ["two large pepperoni pizza"], "order_type": "pickup"})
    return scenario


def pages(scenario: Scenario) -> dict[str, str]:
    """Every staff page, by the name of its screenshot."""
    return {
        "attention": "/voice/",
        "live": "/voice/live",
        "calls": "/voice/calls",
        "call-order": f"/voice/calls/{scenario.calls[0].id}",
        "call-transferred": f"/voice/calls/{scenario.calls[1].id}",
        "orders": "/voice/orders",
        "dashboard": "/voice/dashboard?range=7d",
        "not-found": "/voice/calls/999999",
    }


def open_details(page: t.Any) -> None:
    """Open every toggle, so axe also checks what is behind them (the tool calls' JSON)."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")


def test_every_staff_page_is_accessible_and_fits_both_sizes(page: t.Any, demo_url: str,
                                                           scenario: Scenario) -> None:
    log_in(page, demo_url)
    found: dict[str, list[dict[str, t.Any]]] = {}
    for size_name, size in SIZES.items():
        page.set_viewport_size(size)
        for name, path in pages(scenario).items():
            page.goto(demo_url + path)
            page.wait_for_function("window.pvAlerts && window.pvAlerts.polls > 0")
            screenshot(page, f"{name}-{size_name}")
            open_details(page)
            violations = axe_violations(page)
            if violations:
                found[f"{name} at {size_name}"] = violations
            # Nothing wider than the screen: no sideways scrolling, no clipped figure.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} at {size_name} scrolls sideways by {overflow}px"
    assert not found, found


def test_tablet_portrait_layout(page: t.Any, demo_url: str, scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.set_viewport_size(TABLET_PORTRAIT)
    page.goto(demo_url + "/voice/calls")
    rows = page.locator("table.pv-calls tbody tr")
    heights = [rows.nth(i).bounding_box()["height"] for i in range(rows.count())]
    line = page.evaluate("parseFloat(getComputedStyle(document.body).lineHeight) || 24")
    assert max(heights) <= 3.5 * line, heights  # two or three lines a call, not seven
    page.goto(demo_url + "/voice/dashboard?range=7d")
    clipped = page.evaluate("""[...document.querySelectorAll('.pv-stat-value, .pv-kpi-value')]
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)""")
    assert clipped == []
    # Chart figures are printed on the bars, not only in hover tooltips.
    values = page.evaluate("[...document.querySelectorAll('.pv-chart .pv-bar-value')]"
                           ".map(t => t.textContent)")
    assert len(values) >= 2 and all(value.isdigit() for value in values), values
    # One navigation row: the POS's own, with the plugin's sections named once.
    assert page.locator("nav.pv-nav").count() == 0
    assert page.locator("nav.nav a", has_text="Phone orders").count() == 1


def test_a_healthy_live_call_shows_no_alert_in_the_browser(page: t.Any, demo_url: str, demo_app: t.Any,
                                                           scenario: Scenario) -> None:
    with demo_app.app_context():
        state = get_state()
        live = state.db.session.get(state.models.VoiceCall, scenario.calls[4].id)
        live.next_action = "fallback"  # as every stream start leaves it
        state.db.session.commit()
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/live")
    page.wait_for_function("window.pvAlerts && window.pvAlerts.polls > 1")
    card = page.locator(".pv-live-call").first
    assert "Two large cheese pizzas for pickup please." in card.inner_text()
    assert card.locator(".pv-alert").count() == 0
    assert page.locator("#pv-alerts").is_hidden()
    assert "hit a problem" not in page.content()


def test_a_transfer_alerts_any_open_staff_page_within_two_seconds(page: t.Any, demo_url: str, demo_app: t.Any,
                                                                 scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/calls")  # not the live page: staff are looking up an old call
    page.wait_for_function("window.pvAlerts && window.pvAlerts.polls > 0")
    title = page.title()
    with demo_app.app_context():
        state = get_state()
        live = state.db.session.get(state.models.VoiceCall, scenario.calls[4].id)
        live.next_action, live.transfer_reason = "transfer", "Caller wants a manager"
        state.db.session.commit()
    # Within 2 s: the page asks every second, and the first answer to a request sent after the
    # change shows the banner (requests go one after another: the second answer counted from
    # now is to one sent after the commit). How long the server takes to answer is the
    # benchmark's business, not this test's (a loaded machine answers late).
    assert page.evaluate("window.pvAlerts.pollMs") <= 1000
    polls = page.evaluate("window.pvAlerts.polls")
    page.wait_for_function(f"window.pvAlerts.polls >= {polls + 2}", timeout=15000)
    assert page.locator("#pv-alerts").is_visible()
    banner = page.locator("#pv-alerts .pv-alert-text").inner_text()
    assert banner == f"Transfer coming from {scenario.calls[4].phone}: Caller wants a manager", banner
    assert page.title().startswith("(1) Transfer coming") and page.title().endswith(title)
    assert page.evaluate("window.pvAlerts.sounds") == 1
    screenshot(page, "alert-banner")
    # Once heard, another page shows the banner again but does not ring again; dismissed, it stays away.
    page.goto(demo_url + "/voice/orders")
    page.wait_for_selector("#pv-alerts:not([hidden])", timeout=15000)
    assert page.evaluate("window.pvAlerts.sounds") == 0
    page.click("#pv-alerts .pv-alert-dismiss")
    assert page.locator("#pv-alerts").is_hidden() and page.title() == title.replace("Calls", "Phone orders")


def test_lists_refresh_themselves_and_ended_cards_show_their_outcome(
        page: t.Any, demo_url: str, demo_app: t.Any, scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.goto(demo_url + "/voice/calls")
    page.wait_for_function("window.pvAlerts && window.pvAlerts.polls > 0")
    rows = page.locator("table.pv-calls tbody tr")
    before = rows.count()
    add_call(demo_app, "CA-fresh", phone_from="+12125550177", disposition="abandoned", duration_seconds=8,
             started_at=app_now(demo_app) - timedelta(seconds=20), ended_at=app_now(demo_app))
    page.wait_for_function(f"document.querySelectorAll('table.pv-calls tbody tr').length === {before + 1}",
                           timeout=4000)
    assert "(212) 555-0177" in rows.first.inner_text()
    # The live page: the call that just ended keeps its card, with its outcome.
    page.goto(demo_url + "/voice/live")
    with demo_app.app_context():
        state = get_state()
        live = state.db.session.get(state.models.VoiceCall, scenario.calls[4].id)
        live.state, live.disposition, live.ended_at = "ended", "completed", app_now(demo_app)
        state.db.session.commit()
    page.wait_for_selector(".pv-live-call.pv-ended >> text=(212) 555-0166", timeout=3000)
    ended = page.locator(".pv-live-call.pv-ended", has_text="(212) 555-0166").inner_text()
    assert "completed" in ended and "(212) 555-0166" in ended
    screenshot(page, "live-ended-card")


def test_mark_handled_is_stored_with_who_and_when(page: t.Any, demo_url: str, demo_app: t.Any,
                                                  scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.set_viewport_size(TABLET_PORTRAIT)
    page.goto(demo_url + "/voice/")  # the staff home page
    assert page.get_by_role("heading", name="Needs attention").is_visible()
    item = page.locator(".pv-queue-item", has_text="nobody answered")
    assert item.count() == 1
    assert item.locator("a[href='tel:+12125550111']").is_visible()  # tap to call on the tablet
    assert "two large pepperoni pizza" in item.inner_text()
    item.get_by_role("button", name="Mark handled").click()
    page.wait_for_load_state()
    assert page.locator(".pv-queue-item", has_text="nobody answered").count() == 0
    assert "handled by staff" in page.locator(".pv-handled").inner_text()
    with demo_app.app_context():
        state = get_state()
        calls = state.models.VoiceCall.__table__
        row = state.db.session.execute(calls.select().where(calls.c.call_sid == "CA-missed")).one()
        assert row.handled_by == "staff" and app_now(demo_app) - row.handled_at < timedelta(minutes=1)
    page.reload()
    assert page.locator(".pv-queue-item", has_text="nobody answered").count() == 0  # stored, not in the page


def test_call_detail_reads_as_a_conversation(page: t.Any, demo_url: str, scenario: Scenario) -> None:
    log_in(page, demo_url)
    page.set_viewport_size(TABLET_PORTRAIT)
    page.goto(demo_url + "/voice/calls")
    page.locator("table.pv-calls tbody tr", has_text="Maria Lopez").locator(".pv-cell-who").click()  # the row
    page.wait_for_url(re.compile(r"/voice/calls/\d+$"))
    top = page.locator(".pv-call-top").inner_text()
    assert "Order #9001 placed for pickup" in top
    summary_y = page.locator(".pv-summary").bounding_box()["y"]
    assert summary_y < page.locator(".pv-timeline").bounding_box()["y"]
    tools = page.locator("details.pv-tool")
    assert tools.count() == 3 and all(not tools.nth(i).evaluate("d => d.open") for i in range(3))
    line = tools.nth(1).locator("summary .pv-tool-line").inner_text()
    assert line == "added large Pepperoni Pizza — $18.99"
    assert not tools.nth(1).locator("pre").first.is_visible()  # the JSON is behind the toggle
    tools.nth(1).locator("summary").click()
    assert '"line_total": "18.99"' in tools.nth(1).locator("pre").nth(1).inner_text()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 2200, height  # was 2,700 px for a 3.5-minute call with every JSON open
