"""Real simulated phone calls through the whole plugin, then the staff pages in Chromium.

Twilio's side is pos_voice.testing's SimulatedCaller (signed webhooks, a real Media Streams
socket), OpenAI's side is its FakeRealtimeServer playing scripts; everything in between is the
real bridge, tools, order writer and database. Three calls: a pickup order, a caller who wants
a manager, and one still on the line while staff watch the pages.
"""

from __future__ import annotations

import json
import re
import time
import typing as t
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.testing import FakeRealtimeServer, Script, SimulatedCaller
from pos_voice.testing.out_of_band import OutOfBand
from tests.browser.conftest import log_in, screenshot
from tests.conftest import TEST_SETTINGS, configure
from tests.support.servers import serve

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

ORDER_PHONE, TRANSFER_PHONE, LIVE_PHONE = "+12125550123", "+12125550188", "+12125550166"
TRANSFER_REASON = "Caller wants a manager about a refund"

SCRIPTS = [
    Script()
    .greet("Thanks for calling Tony's Pizzeria! Pickup or delivery?")
    .when_caller_says("Pickup, a large pepperoni pizza please")
    .call_tool("start_order", {"order_type": "pickup"})
    .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
    .say("One large pepperoni. Anything else?")
    .when_caller_says("No that's it, it's Maria, 212 555 0123")
    .call_tool("submit_order", {"customer_name": "Maria", "phone": ORDER_PHONE})
    .say_and_call("Thanks Maria, your order is in. Goodbye!", "end_call", {}),
    Script()
    .greet("Thanks for calling Tony's Pizzeria!")
    .when_caller_says("Can I talk to a manager about a refund?")
    .say_and_call("Of course, connecting you with the manager now.", "transfer_to_human",
                  {"reason": TRANSFER_REASON}),
    Script()
    .greet("Thanks for calling Tony's Pizzeria!")
    .when_caller_says("Two large cheese pizzas for pickup please")
    .call_tools(("start_order", {"order_type": "pickup"}),
                ("add_item", {"item_name": "cheese pizza", "size": "large", "quantity": 2}))
    .say("Two large cheese pizzas. Anything else?")
    .when_caller_says("Hmm, let me think"),
]


@dataclass
class Rig:
    app: t.Any
    base_url: str
    fake: FakeRealtimeServer

    def caller(self, phone: str) -> SimulatedCaller:
        return SimulatedCaller(self.base_url, public_base_url=TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"],
                               auth_token=TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"], caller=phone,
                               timeout=20.0)  # generous: CI boxes run the suite on 2 cores

    def call_row(self, phone: str) -> t.Any:
        with self.app.app_context():
            state = get_state()
            row = state.db.session.execute(
                sa.select(state.models.VoiceCall).where(state.models.VoiceCall.phone_from == phone)
            ).scalar_one_or_none()
            state.db.session.expunge_all()
            return row

    def wait_for(self, phone: str, ready: t.Callable[[t.Any], bool], what: str,
                 timeout: float = 20.0) -> t.Any:
        deadline = time.monotonic() + timeout
        while True:
            row = self.call_row(phone)
            if row is not None and ready(row):
                # Read again: ``ready`` may have looked at events written after ``row`` was read
                # (finished: the bridge's final record, with the cost, after /status's duration).
                return self.call_row(phone)
            if time.monotonic() > deadline:
                raise AssertionError(f"call from {phone}: {what} not reached in {timeout}s ({row!r})")
            time.sleep(0.05)

    def finished(self, call: t.Any) -> bool:
        """Both ends wrote their part: Twilio's status callback and the bridge's final record."""
        with self.app.app_context():
            state = get_state()
            event = state.models.VoiceCallEvent
            usage = state.db.session.execute(sa.select(sa.func.count()).select_from(event).where(
                event.call_id == call.id, event.event_type == "usage")).scalar_one()
            return bool(usage) and call.disposition is not None and call.duration_seconds is not None

    def tool_names(self, call_id: int) -> list[str]:
        with self.app.app_context():
            state = get_state()
            event = state.models.VoiceCallEvent
            rows = state.db.session.execute(
                sa.select(event.event_data).where(event.call_id == call_id, event.event_type == "tool_call")
                .order_by(event.timestamp, event.id)).scalars().all()
            return [row["name"] for row in rows]


@pytest.fixture
def rig(demo_app: t.Any) -> Iterator[Rig]:
    with FakeRealtimeServer(lambda index: SCRIPTS[index], step_timeout=30.0) as fake:
        # (settings are read once: read them again). On the real clock a loaded machine must not
        # look like a mute model: a watchdog reconnect would take the next call's script.
        configure(demo_app, REALTIME_URL=fake.url,
                  WATCHDOG_READY_SECONDS=60.0, WATCHDOG_RESPONSE_SECONDS=60.0)
        with serve(demo_app) as port:
            yield Rig(demo_app, f"http://127.0.0.1:{port}", fake)


def talk(caller: SimulatedCaller, turns: int) -> None:
    """Hear the assistant out, then say something, ``turns`` times."""
    for _ in range(turns):
        caller.wait_for_audio()
        caller.wait_until_quiet()
        caller.speak(800)
        caller.wait_until_sent()


def money(value: Decimal) -> str:
    return f"${value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"


def test_staff_pages_after_simulated_calls(rig: Rig, page: t.Any) -> None:
    ordering = rig.caller(ORDER_PHONE)
    ordering.start_call()
    talk(ordering, 2)
    ordering.wait_for_server_hangup()
    ordered = rig.wait_for(ORDER_PHONE, rig.finished, "the final record")
    assert ordered.disposition == "completed"
    assert ordered.order_id is not None

    transferring = rig.caller(TRANSFER_PHONE)
    transferring.start_call()
    talk(transferring, 1)
    transferring.wait_for_server_hangup()
    assert transferring.dialed == TEST_SETTINGS["POS_VOICE_STAFF_PHONE"]
    transferred = rig.wait_for(TRANSFER_PHONE, rig.finished, "the final record")
    assert transferred.disposition == "transferred"

    on_the_line = rig.caller(LIVE_PHONE)
    on_the_line.start_call()
    try:
        talk(on_the_line, 1)
        live = rig.wait_for(LIVE_PHONE, lambda c: c.live_state and c.live_state.get("total"), "a priced cart")
        log_in(page, rig.base_url)

        # Live calls: the call in progress, what was said and the cart so far.
        page.goto(rig.base_url + "/voice/live")
        card = page.locator(".pv-live-call:not(.pv-ended)")  # the two finished calls keep their cards a while
        assert card.count() == 1
        shown = card.inner_text()
        assert "(212) 555-0166" in shown and "Two large cheese pizzas for pickup please" in shown
        assert "two large cheese pizza" in shown and money(Decimal(live.live_state["total"])) in shown
        screenshot(page, "simulated-live")

        # Dashboard: the figures these three calls produced.
        page.goto(rig.base_url + "/voice/dashboard?range=today")
        host_order = get_state(rig.app).pos
        with rig.app.app_context():
            order = host_order.orders_by_id([ordered.order_id])[ordered.order_id]
        finished = [ordered, transferred]
        cost = sum((Decimal(str(c.cost_usd)) for c in (ordered, transferred, rig.call_row(LIVE_PHONE))),
                   Decimal("0"))
        average = sum(c.duration_seconds for c in finished) / 2
        stat = page.locator
        assert stat("#pv-calls-today .pv-stat-value").inner_text() == "3"
        assert stat("#pv-voice-orders .pv-stat-value").inner_text() == "1"
        assert stat("#pv-voice-revenue .pv-stat-value").inner_text() == money(order["total"])
        assert stat("#pv-kpi-completion_rate .pv-kpi-value").inner_text() == "50.0 %"
        assert stat("#pv-kpi-conversion_rate .pv-kpi-value").inner_text() == "50.0 %"
        assert stat("#pv-kpi-transfer_rate .pv-kpi-value").inner_text() == "50.0 %"
        assert stat("#pv-kpi-average_duration_seconds .pv-kpi-value").inner_text() == (
            f"{round(average) // 60}:{round(average) % 60:02d}")
        per_call = (cost / 3).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)  # as CallSummary keeps it
        assert stat("#pv-cost-call .pv-stat-value").inner_text() == money(per_call)
        assert stat("#pv-cost-order .pv-stat-value").inner_text() == money(cost)
        assert TRANSFER_REASON in stat(".pv-reasons").inner_text()
        screenshot(page, "simulated-dashboard")

        # The order call: transcript interleaved with the real tool calls and their results.
        page.goto(f"{rig.base_url}/voice/calls/{ordered.id}")
        timeline = page.locator(".pv-timeline").inner_text()
        in_order = ["Pickup, a large pepperoni pizza please", "start_order", "add_item",
                    "One large pepperoni. Anything else?", "No that's it, it's Maria, 212 555 0123",
                    "submit_order", f"Order placed: #{order['number']}", "end_call"]
        positions = [timeline.find(fragment) for fragment in in_order]
        assert -1 not in positions and positions == sorted(positions), list(zip(in_order, positions,
                                                                                 strict=True))
        names = page.locator(".pv-tool-name")
        assert [names.nth(i).inner_text() for i in range(names.count())] == rig.tool_names(ordered.id)
        assert rig.tool_names(ordered.id)[:3] == ["start_order", "add_item", "submit_order"]
        page.locator(".pv-tool").nth(1).locator("summary").click()
        assert '"line_total": "18.99"' in page.locator(".pv-tool").nth(1).inner_text()
        screenshot(page, "simulated-call")
        page.locator(".pv-call-order a").click()
        page.wait_for_url(re.compile(rf"/orders/{ordered.order_id}$"))
        assert "Pepperoni Pizza" in page.content()

        page.goto(f"{rig.base_url}/voice/calls/{transferred.id}")
        assert page.locator(".pv-transfer-reason").inner_text() == TRANSFER_REASON

        # The voice order is a normal order of the POS, with its phone badge.
        page.goto(rig.base_url + "/orders")
        row = page.locator("tr", has_text=f"#{order['number']}")
        assert row.count() == 1 and row.locator(".badge-phone").count() == 1
        screenshot(page, "simulated-pos-orders")
    finally:
        on_the_line.hangup()
    rig.wait_for(LIVE_PHONE, lambda c: c.state == "ended", "ended after the hang-up")
    rig.fake.assert_no_protocol_errors()


MISSED_PHONE = "+12125550177"
MISSED_SCRIPT = (Script()
                 .greet("Thanks for calling Tony's Pizzeria!")
                 .when_caller_says("I need to talk to someone about a catering order")
                 .say_and_call("Sure, let me get a team member.", "transfer_to_human",
                               {"reason": "Catering order for 40 people"}))


@pytest.fixture
def missed_rig(demo_app: t.Any) -> Iterator[Rig]:
    with FakeRealtimeServer(lambda index: MISSED_SCRIPT, step_timeout=30.0) as fake:
        configure(demo_app, REALTIME_URL=fake.url)  # (settings are read once: read them again)
        with serve(demo_app) as port:
            yield Rig(demo_app, f"http://127.0.0.1:{port}", fake)


def test_an_unanswered_transfer_is_shown_as_missed(missed_rig: Rig, page: t.Any) -> None:
    """A real call the assistant transfers; the staff phone rings out (DialCallStatus no-answer)."""
    caller = SimulatedCaller(missed_rig.base_url, public_base_url=TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"],
                             auth_token=TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"], caller=MISSED_PHONE,
                             timeout=20.0, staff_answers=False)
    caller.start_call()
    talk(caller, 1)
    caller.wait_for_server_hangup()
    assert caller.dialed == TEST_SETTINGS["POS_VOICE_STAFF_PHONE"]
    assert "nobody could answer" in ET.tostring(caller.dial_ended_twiml, encoding="unicode").lower()
    row = missed_rig.wait_for(MISSED_PHONE, missed_rig.finished, "the final record")
    assert (row.disposition, row.attention) == ("missed", "missed_unanswered")
    log_in(page, missed_rig.base_url)
    page.goto(missed_rig.base_url + "/voice/calls")
    listed = page.locator("table.pv-calls tbody tr", has_text="(212) 555-0177")
    assert "missed" in listed.inner_text() and "transferred" not in listed.inner_text()
    page.goto(missed_rig.base_url + "/voice/")
    item = page.locator(".pv-queue-item", has_text="(212) 555-0177")
    assert "Missed: the transfer rang and nobody answered" in item.inner_text()
    assert item.locator(f"a[href='tel:{MISSED_PHONE}']").count() == 1
    page.goto(missed_rig.base_url + "/voice/dashboard?range=today")
    assert page.locator("#pv-missed .pv-stat-value").inner_text() == "1"
    screenshot(page, "simulated-missed-dashboard")
    missed_rig.fake.assert_no_protocol_errors()


MODEL_SUMMARY_TEXT = "Wants catering for 40 people; transferred, nobody answered: call back today."


@pytest.mark.parametrize("model_answers", [True, False], ids=["model-summary", "events-fallback"])
def test_the_summary_after_a_call(demo_app: t.Any, page: t.Any, model_answers: bool) -> None:
    """The fake model answers the end-of-call out-of-band request (or leaves it unanswered):
    the call page and the queue show its summary, or the one made from the call's events."""
    reply = json.dumps({"summary": MODEL_SUMMARY_TEXT, "sentiment": "neutral", "complaint": False,
                        "follow_up": True}) if model_answers else None
    out_of_band = OutOfBand(reply=reply)
    with FakeRealtimeServer(lambda index: MISSED_SCRIPT, step_timeout=30.0, out_of_band=out_of_band) as fake:
        configure(demo_app, REALTIME_URL=fake.url, SUMMARY_SECONDS=5 if model_answers else 0.5)
        with serve(demo_app) as port:
            rig = Rig(demo_app, f"http://127.0.0.1:{port}", fake)
            caller = SimulatedCaller(rig.base_url, public_base_url=TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"],
                                     auth_token=TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"],
                                     caller=MISSED_PHONE, timeout=20.0, staff_answers=False)
            caller.start_call()
            talk(caller, 1)
            caller.wait_for_server_hangup()
            row = rig.wait_for(MISSED_PHONE, lambda c: rig.finished(c) and c.summary is not None,
                               "the final record with its summary")
            [asked] = out_of_band.requests
            assert asked["conversation"] == "none" and asked["output_modalities"] == ["text"]
            expected = (MODEL_SUMMARY_TEXT if model_answers else
                        "For staff, but nobody took the call (Catering order for 40 people): call them back.")
            assert row.summary["text"] == expected
            assert row.summary["source"] == ("model" if model_answers else "events")
            log_in(page, rig.base_url)
            page.goto(f"{rig.base_url}/voice/calls/{row.id}")
            assert page.locator(".pv-summary-text").inner_text() == expected
            assert ("(by the assistant)" in page.locator(".pv-summary").inner_text()) is model_answers
            screenshot(page, f"summary-{'model' if model_answers else 'events'}")
            page.goto(rig.base_url + "/voice/")
            assert expected in page.locator(".pv-queue-item", has_text="(212) 555-0177").inner_text()
            fake.assert_no_protocol_errors()
