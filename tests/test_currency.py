"""POS_VOICE_CURRENCY is one setting used everywhere: what the assistant says, its instructions, the
staff pages (issue 10 item 5). Call costs stay in US dollars: that is what OpenAI charges in."""

from __future__ import annotations

import json
import typing as t
import uuid
from decimal import Decimal

import pytest
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.ordering.money import money
from tests.browser.scenario import seed_calls
from tests.conftest import configure
from tests.support.staff import log_in, text_of


@pytest.mark.parametrize(("amount", "currency", "said"), [
    ("1234.5", "USD", "$1,234.50"),
    ("20.68", "EUR", "€20.68"),
    ("7.005", "GBP", "£7.01"),  # half up, as a till rounds
    ("12000", "KRW", "₩12,000"),  # no minor unit
    ("149", "SEK", "149.00 SEK"),  # no symbol of its own: the code follows the number
    ("-3.5", "CAD", "-$3.50"),
])
def test_money_in_the_shops_currency(amount: str, currency: str, said: str) -> None:
    assert money(Decimal(amount), currency) == said


def _ask(demo_app: Flask) -> t.Callable[..., dict[str, t.Any]]:
    services = get_state(demo_app)
    store = services.require_store()
    call = store.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from="+15550101010", state="live")
    store.session.add(call)
    store.session.commit()
    ctx = services.tools.start_call(call.id, call.call_sid, "+15550101010")

    def ask(name: str, **arguments: t.Any) -> dict[str, t.Any]:
        result = services.tools.invoke(ctx, name, json.dumps(arguments))
        return t.cast(dict[str, t.Any], json.loads(result.output))

    return ask


def test_what_the_assistant_says_is_in_the_shops_currency(demo_app: Flask) -> None:
    configure(demo_app, CURRENCY="EUR", DELIVERY_FEE="3", DELIVERY_MINIMUM="500",
              CATERING_MAX_TOTAL="30")
    with demo_app.app_context():
        ask = _ask(demo_app)
        added = ask("add_item", item_name="large pepperoni pizza")
        assert added["say"] == "a large pepperoni pizza, €18.99"
        assert "€" in added["suggestion"] and "$" not in added["suggestion"]
        assert "€" in ask("check_availability", item_name="coke")["price"]
        summary = ask("get_order_summary")["summary"]
        assert summary.endswith("Your total is €20.68 including tax.")  # 18.99 + the demo's 8.875 % tax
        ask("add_item", item_name="large pepperoni pizza", quantity=2)
        ask("start_order", order_type="delivery")
        refused = ask("submit_order", customer_name="Ann", address="12 Main Street")
        assert refused["ok"] is False and "€56.97" in refused["error"] and "$" not in refused["error"]
        instructions = get_state(demo_app).tools.instructions(
            get_state(demo_app).tools.start_call(None, "CA-eur", None))
    assert "- Delivery costs €3.00 extra." in instructions
    assert "at least €500.00" in instructions


def test_the_staff_pages_show_the_shops_currency_and_costs_in_dollars(demo_app: Flask) -> None:
    configure(demo_app, CURRENCY="EUR")
    with demo_app.app_context():
        seed_calls()
    client = demo_app.test_client()
    log_in(demo_app, client)
    orders = text_of(client.get("/voice/orders"))
    assert "€" in orders and "$" not in orders
    calls = text_of(client.get("/voice/calls"))
    assert "$0.421" in calls  # the call's OpenAI cost, in dollars
    dashboard = text_of(client.get("/voice/dashboard"))
    assert "€" in dashboard and "$" in dashboard
