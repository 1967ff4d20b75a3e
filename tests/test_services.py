"""The per-app services: built once at registration, passed down, never looked up below the entry points."""

from __future__ import annotations

import json
import typing as t
import uuid
from datetime import UTC, datetime

from flask import Flask, has_app_context

from pos_voice.extension import get_state
from pos_voice.services import Clock, Ready, Services, Store
from pos_voice.tools import CallContext
from tests.conftest import configure
from tests.hosts import broken


class FixedClock(Clock):
    """A clock that says what the test wants."""

    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.moment.timestamp()


def test_the_app_gets_one_services_object_with_its_bundles(demo_app: Flask) -> None:
    services = get_state(demo_app)
    assert isinstance(services, Services) and demo_app.extensions["pos_voice"] is services
    assert isinstance(services.ready, Ready) and isinstance(services.store, Store)
    assert services.ready.pos is services.pos and services.store.models is services.models
    assert services.tools.services is services  # every call's context gets the same services
    with demo_app.app_context():
        ctx = services.tools.start_call(None, "CA-services", None)
    assert ctx.services is services and ctx.settings is services.settings


def test_tools_take_what_they_need_from_their_context_outside_any_app_context(demo_app: Flask) -> None:
    services = get_state(demo_app)
    configure(demo_app, HOURS={"mon": "11:00-22:00"}, TIMEZONE="America/New_York")
    # Monday 2026-11-16 at 15:00 in New York (20:00 UTC), from the injected clock.
    services.clock = FixedClock(datetime(2026, 11, 16, 20, 0, tzinfo=UTC))
    ctx = CallContext(None, "CA-no-app", None)
    assert not has_app_context()

    def ask(name: str, arguments: dict[str, t.Any]) -> dict[str, t.Any]:
        result = services.tools.invoke(ctx, name, json.dumps(arguments))
        return t.cast(dict[str, t.Any], json.loads(result.output))

    hours = ask("get_hours", {})
    assert hours["open_now"] is True and hours["time_now"] == "15:00" and hours["closes"] == "today at 10 PM"
    services.clock = FixedClock(datetime(2026, 11, 17, 20, 0, tzinfo=UTC))  # Tuesday: closed all day
    hours = ask("get_hours", {})
    assert hours["open_now"] is False and hours["opens_next"] == "Monday at 11 AM"
    assert ask("get_location", {})["address"] == "12 Main Street, Springfield"
    assert ask("end_call", {})["action"] == "end_call"


def test_submit_refuses_by_the_injected_clock(demo_app: Flask) -> None:
    services = get_state(demo_app)
    configure(demo_app, HOURS={"mon": "11:00-22:00"}, TIMEZONE="America/New_York")
    services.clock = FixedClock(datetime(2026, 11, 16, 13, 0, tzinfo=UTC))  # Monday 8 AM in New York
    with demo_app.app_context():
        store = services.require_store()
        call = store.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from="+15550101010",
                                      state="live")
        store.session.add(call)
        store.session.commit()
        ctx = services.tools.start_call(call.id, call.call_sid, "+15550101010")
        assert "We are closed now and open today at 11 AM" in services.tools.instructions(ctx)
        services.tools.invoke(ctx, "start_order", '{"order_type": "pickup"}')
        services.tools.invoke(ctx, "add_item", '{"item_name": "large pepperoni pizza"}')
        refused = json.loads(services.tools.invoke(ctx, "submit_order", '{"customer_name": "Ann"}').output)
        assert refused["ok"] is False and refused["opens"] == "today at 11 AM"
        services.clock = FixedClock(datetime(2026, 11, 16, 17, 0, tzinfo=UTC))  # noon: open
        placed = json.loads(services.tools.invoke(ctx, "submit_order", '{"customer_name": "Ann"}').output)
        assert placed["ok"] is True and placed["order_number"]


def test_without_a_host_pos_the_tables_are_there_but_nothing_is_ready(database_url: str) -> None:
    from tests.conftest import TEST_SETTINGS

    app = broken.no_products(database_url, **TEST_SETTINGS)
    services = get_state(app)
    try:
        assert services.store is not None and services.ready is None and services.pos is None
        with app.app_context():
            ctx = services.tools.start_call(None, "CA-no-pos", "+15550101010")
            answer = json.loads(services.tools.invoke(ctx, "get_menu", "{}").output)
        assert answer["ok"] is False and answer["error"] == "the menu is not available right now"
        assert "transfer_to_human" in answer["next"]
    finally:
        with app.app_context():
            app.extensions["sqlalchemy"].engine.dispose()


def test_the_bridge_reads_the_cart_and_feeds_the_transcript_through_the_registry(demo_app: Flask) -> None:
    services = get_state(demo_app)
    with demo_app.app_context():
        ctx = services.tools.start_call(None, "CA-view", None)
        services.tools.invoke(ctx, "add_item", '{"item_name": "large pepperoni pizza", "quantity": 2}')
    view = services.tools.cart_view(ctx)
    assert view["order_type"] is None and view["lines"][0]["item"] == "Pepperoni Pizza"
    json.dumps(view)  # plain data
    for number in range(25):
        services.tools.add_transcript(ctx, "caller", f"line {number}")
    assert len(ctx.recent_transcript) == 20 and ctx.recent_transcript[-1] == "caller: line 24"
