"""The product document's conversations, driven through the registry exactly as the model does:
JSON string arguments in, JSON out, against the demo POS (SQLite, or PostgreSQL with
POS_VOICE_TEST_POSTGRES_URL)."""

from __future__ import annotations

import json
import threading
import typing as t
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.tools import CallContext, ToolRegistry
from tests.conftest import configure


class Caller:
    """One call's view of the tools: ``ask("add_item", item_name=...)`` → the parsed JSON answer."""

    def __init__(self, registry: ToolRegistry, ctx: CallContext) -> None:
        self.registry = registry
        self.ctx = ctx
        self.last_action: str | None = None

    def raw(self, name: str, arguments_json: str) -> dict[str, t.Any]:
        result = self.registry.invoke(self.ctx, name, arguments_json)
        self.last_action = result.action
        return t.cast(dict[str, t.Any], json.loads(result.output))

    def ask(self, name: str, **arguments: t.Any) -> dict[str, t.Any]:
        return self.raw(name, json.dumps(arguments))


def new_call(phone: str | None = "+15550009999") -> Caller:
    state = get_state()
    call = state.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from=phone, state="live")
    state.db.session.add(call)
    state.db.session.commit()
    return Caller(state.tools, state.tools.start_call(call.id, call.call_sid, phone))


@pytest.fixture
def app_ctx(demo_app: t.Any) -> t.Iterator[t.Any]:
    with demo_app.app_context():
        yield demo_app


@pytest.fixture
def caller(app_ctx: t.Any) -> Caller:
    return new_call()


def host(name: str) -> t.Any:
    from pizzeria_pos import models

    return getattr(models, name)


def db() -> t.Any:
    return get_state().db


def orders_count() -> int:
    return int(db().session.scalar(sa.select(sa.func.count()).select_from(host("Order"))))


def test_product_document_flow_pickup_large_pepperoni(caller: Caller) -> None:
    assert caller.ask("start_order", order_type="pickup")["order_type"] == "pickup"
    details = caller.ask("get_item_details", item_name="pepperoni pizza")
    assert details["sizes"]["large"] == "18.99"
    assert caller.ask("check_availability", item_name="pepperoni pizza")["available"] is True
    added = caller.ask("add_item", item_name="pepperoni pizza", quantity=1, size="large")
    assert added["ok"] and added["line_total"] == "18.99"
    assert "suggestion" in added  # the one upsell of the call
    summary = caller.ask("get_order_summary")
    assert (summary["subtotal"], summary["tax"], summary["total"]) == ("18.99", "1.69", "20.68")
    assert summary["summary"] == "A large pepperoni pizza. Your total is $20.68 including tax."
    before = orders_count()
    placed = caller.ask("submit_order", customer_name="Mike", phone="212-555-0123")
    assert placed["ok"], placed
    assert placed["order_number"] and placed["estimated_wait_minutes"] >= 15
    assert placed["order_number"] in placed["say"]

    session = db().session
    session.expire_all()
    assert orders_count() == before + 1
    order = session.scalars(sa.select(host("Order")).order_by(host("Order").id.desc())).first()
    assert order.order_number == placed["order_number"]
    assert (order.subtotal, order.tax, order.total) == (Decimal("18.99"), Decimal("1.69"), Decimal("20.68"))
    assert order.source == "voice" and order.order_type == "pickup"
    assert order.customer_phone == "+12125550123"
    [line] = order.items
    assert (line.product_name, line.size, line.quantity, line.unit_price) == (
        "Pepperoni Pizza", "large", 1, Decimal("18.99"))
    call = session.get(get_state().models.VoiceCall, caller.ctx.call_id)
    assert call.order_id == order.id
    events = [e.event_type for e in call.events]
    assert events.count("tool_call") == 6 and "order_submitted" in events
    first = call.events.filter_by(event_type="tool_call").first()
    assert first.event_data["name"] == "start_order" and first.duration_ms is not None
    assert call.live_state["order_number"] == placed["order_number"]


def test_unavailable_item_offers_alternatives_that_are_available(caller: Caller) -> None:
    session = db().session
    shrimp = session.scalars(sa.select(host("Ingredient")).filter_by(name="shrimp")).one()
    shrimp.stock_quantity = Decimal("0")
    session.commit()
    get_state().pos.invalidate_menu()
    answer = caller.ask("check_availability", item_name="seafood pasta")
    assert answer["available"] is False
    names = [alt["name"] for alt in answer["alternatives"]]
    assert names and "Shrimp Scampi" not in names  # scampi needs shrimp too
    menu = {item.name: item for item in get_state().pos.menu().items}
    assert all(menu[name].available for name in names)
    assert not menu["Shrimp Scampi"].available
    refused = caller.ask("add_item", item_name="seafood pasta")
    assert refused["ok"] is False and "not available" in refused["error"]
    assert caller.ctx.cart.is_empty()


def test_unclear_request_returns_candidates_and_adds_nothing(caller: Caller) -> None:
    answer = caller.ask("add_item", item_name="a pizza", quantity=1)
    assert answer["ok"] is False
    names = {c["name"] for c in answer["candidates"]}
    assert {"Pepperoni Pizza", "Cheese Pizza"} <= names
    assert caller.ctx.cart.is_empty()


def test_half_and_half_is_priced_from_the_toppings(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    added = caller.ask("add_item", item_name="pizza", quantity=1, size="large",
                       modifiers={"half1": "pepperoni", "half2": "mushroom"})
    assert added["ok"], added
    assert "half pepperoni" in added["added"] and "half mushrooms" in added["added"]
    # large cheese 16.99 + half of pepperoni 1.75 (0.88) + half of mushrooms 1.25 (0.63)
    assert added["unit_price"] == "18.50"
    placed = caller.ask("submit_order", customer_name="Ana", phone="(212) 555-0133")
    assert placed["ok"], placed
    line = db().session.scalars(sa.select(host("OrderItem")).order_by(host("OrderItem").id.desc())).first()
    assert "half pepperoni" in (line.modifiers or "") and line.unit_price == Decimal("18.50")


def test_customer_wants_a_human(caller: Caller) -> None:
    caller.ask("add_item", item_name="garlic knots", size="6 piece")
    answer = caller.ask("transfer_to_human", reason="customer request")
    assert answer["action"] == "transfer" and caller.last_action == "transfer"
    call = db().session.get(get_state().models.VoiceCall, caller.ctx.call_id)
    db().session.refresh(call)
    assert call.transfer_reason == "customer request" and call.next_action == "transfer"
    transfer = call.events.filter_by(event_type="transfer").one()
    assert transfer.event_data["context"]["cart"] == ["a 6 piece garlic knots"]


def test_changes_of_mind_mid_order(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    assert caller.ask("add_item", item_name="large pepperoni pizza")["ok"]
    assert caller.ask("add_item", item_name="two cokes", size="can")["ok"]
    assert caller.ask("add_item", item_name="garlic knots", size="12 piece")["ok"]
    changed = caller.ask("modify_item", item="the pepperoni", changes={"size": "medium"})
    assert changed["ok"] and changed["changed"] == "a medium pepperoni pizza"
    changed = caller.ask("modify_item", item="the pizza", changes="make that a small")
    assert changed["ok"] and changed["changed"] == "a small pepperoni pizza"
    removed = caller.ask("remove_item", item="the last one")
    assert removed["ok"] and "garlic knots" in removed["removed"]
    one_less = caller.ask("remove_item", item="the cokes", quantity=1)
    assert one_less["ok"]
    swapped = caller.ask("modify_item", item="the first one",
                         changes={"replace_with": "supreme", "add_modifiers": ["extra cheese"]})
    assert swapped["ok"] and swapped["changed"] == "a small supreme pizza with extra cheese"
    summary = caller.ask("get_order_summary")
    assert [i["description"] for i in summary["items"]] == [
        "a small supreme pizza with extra cheese", "a can coke"]
    # small supreme 14.99 + extra cheese 1.50 + can of coke 1.75
    assert summary["subtotal"] == "18.24"


def test_allergens_listed_recorded_and_confirmation_goes_to_staff(caller: Caller) -> None:
    details = caller.ask("get_item_details", item_name="shrimp scampi")
    assert "shrimp" in details["ingredients"] and "shellfish" in details["allergens"]
    caller.ask("start_order", order_type="pickup")
    caller.ask("add_item", item_name="shrimp scampi")
    noted = caller.ask("set_allergy", allergy="shellfish allergy")
    assert noted["possible_conflicts"] == ["shrimp scampi"]
    confirm = caller.ask("set_allergy", allergy="severe shellfish allergy", needs_confirmation=True)
    assert confirm["suggest_transfer"] is True and "transfer_to_human" in confirm["next"]
    caller.ask("remove_item", item="the scampi")
    caller.ask("add_item", item_name="cheese pizza", size="small")
    placed = caller.ask("submit_order", customer_name="Lee", phone="2125550144")
    assert placed["ok"], placed
    order = db().session.scalars(sa.select(host("Order")).order_by(host("Order").id.desc())).first()
    assert "shellfish allergy" in order.notes and order.notes.startswith("ALLERGY")


def test_duplicate_submit_places_one_order(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    caller.ask("add_item", item_name="cheese pizza", size="large")
    before = orders_count()
    first = caller.ask("submit_order", customer_name="Sam", phone="212-555-0155")
    second = caller.ask("submit_order", customer_name="Sam", phone="212-555-0155")
    assert first["order_number"] == second["order_number"] and second["duplicate"]
    # another process with its own memory for the same call: the database claim answers
    other = Caller(caller.registry, CallContext(caller.ctx.call_id, caller.ctx.call_sid, "+15554445555"))
    other.ask("start_order", order_type="pickup")
    other.ask("add_item", item_name="cheese pizza", size="large")
    third = other.ask("submit_order", customer_name="Sam", phone="212-555-0155")
    assert third["order_number"] == first["order_number"]
    assert orders_count() == before + 1


def test_concurrent_submits_for_one_call_write_one_order(demo_app: t.Any) -> None:
    with demo_app.app_context():
        first = new_call()
        call_id, call_sid = first.ctx.call_id, first.ctx.call_sid
        before = orders_count()
    answers: list[dict[str, t.Any]] = []
    barrier = threading.Barrier(3)

    def place() -> None:
        with demo_app.app_context():
            caller = Caller(get_state().tools, CallContext(call_id, call_sid, "+15556667777"))
            caller.ask("start_order", order_type="pickup")
            caller.ask("add_item", item_name="cheese pizza", size="small")
            barrier.wait(timeout=10)
            answers.append(caller.ask("submit_order", customer_name="Kim", phone="212-555-0177"))
            db().session.remove()

    threads = [threading.Thread(target=place) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(answers) == 3 and all(a["ok"] for a in answers), answers
    assert len({a["order_number"] for a in answers}) == 1
    with demo_app.app_context():
        assert orders_count() == before + 1


def test_database_failure_during_submit_is_honest_and_leaves_nothing(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    caller.ask("add_item", item_name="cheese pizza", size="large")
    session = db().session
    before = orders_count()
    lines_before = session.scalar(sa.select(sa.func.count()).select_from(host("OrderItem")))
    session.execute(sa.text("ALTER TABLE order_items RENAME TO order_items_away"))
    session.commit()
    try:
        failed = caller.ask("submit_order", customer_name="Jo", phone="212-555-0188")
        assert failed["ok"] is False and "NOT placed" in failed["error"]
        assert "transfer_to_human" in failed["next"]
        assert orders_count() == before  # the order row was rolled back with the failed lines
        call = session.get(get_state().models.VoiceCall, caller.ctx.call_id)
        session.refresh(call)
        assert call.order_id is None
        assert call.events.filter_by(event_type="error").count() == 1
    finally:
        session.rollback()
        session.execute(sa.text("ALTER TABLE order_items_away RENAME TO order_items"))
        session.commit()
    # the call goes on: the same order can be placed once the database is back
    placed = caller.ask("submit_order", customer_name="Jo", phone="212-555-0188")
    assert placed["ok"], placed
    assert orders_count() == before + 1
    assert session.scalar(sa.select(sa.func.count()).select_from(host("OrderItem"))) == lines_before + 1


def test_returning_customer_reorders_the_usual(app_ctx: t.Any) -> None:
    caller = new_call("+1 (555) 123-4567")
    assert caller.ctx.customer is not None and caller.ctx.customer.name == "Mike Russo"
    assert "Mike" in caller.registry.greeting(caller.ctx)
    assert "verify_caller" in caller.registry.instructions(caller.ctx)
    assert caller.ask("verify_caller", street="Elizabeth Street")["verified"] is True
    answer = caller.ask("reorder_last")
    assert answer["ok"] and answer["added"]
    assert len(caller.ctx.cart.lines) == len(answer["added"])


def test_after_an_order_for_someone_else_the_name_on_the_order_is_the_one_spoken(app_ctx: t.Any) -> None:
    """Mike Russo's phone orders for Sam: everything said or written after the submit says Sam."""
    caller = new_call("+15551234567")
    assert caller.ctx.customer is not None and caller.ctx.customer.name == "Mike Russo"
    caller.ask("start_order", order_type="pickup")
    assert caller.ask("add_item", item_name="cannoli")["ok"]
    assert caller.ask("get_order_summary")["customer_on_file"]["name"] == "Mike Russo"
    placed = caller.ask("submit_order", customer_name="Sam")
    assert placed["ok"], placed
    goodbye = caller.ask("end_call", reason="order placed")
    assert goodbye["say"] == "Thanks for calling Tony's Pizza, Sam. Goodbye!"
    assert placed["customer_name"] == "Sam"
    assert caller.ask("get_order_summary")["placed_for"] == "Sam"
    transfer = caller.ask("transfer_to_human", reason="customer request")
    assert transfer["ok"]
    call = db().session.get(get_state().models.VoiceCall, caller.ctx.call_id)
    db().session.refresh(call)
    assert call.customer_name == "Sam" and call.live_state["customer"] == "Sam"
    assert call.events.filter_by(event_type="transfer").one().event_data["context"]["order_for"] == "Sam"
    order = db().session.get(host("Order"), call.order_id)
    assert order.customer_name == "Sam"
    # A regular's own order still gets their own name.
    regular = new_call("+15551234567")
    regular.ask("start_order", order_type="pickup")
    regular.ask("add_item", item_name="cannoli")
    assert regular.ask("submit_order", customer_name="Mike Russo")["ok"]
    assert regular.ask("end_call")["say"] == "Thanks for calling Tony's Pizza, Mike. Goodbye!"


def test_delivery_needs_address_and_minimum(caller: Caller) -> None:
    caller.ask("start_order", order_type="delivery")
    caller.ask("add_item", item_name="coke", size="can")
    no_address = caller.ask("submit_order", customer_name="Pat", phone="212-555-0199")
    assert no_address["ok"] is False and "address" in no_address["error"]
    too_small = caller.ask("submit_order", customer_name="Pat", phone="212-555-0199",
                           address="17 Spring St, New York")
    assert too_small["ok"] is False and "at least $15.00" in too_small["error"]
    caller.ask("add_item", item_name="large pepperoni")
    placed = caller.ask("submit_order", customer_name="Pat", phone="212-555-0199",
                        address="17 Spring St, New York")
    assert placed["ok"], placed
    order = db().session.scalars(sa.select(host("Order")).order_by(host("Order").id.desc())).first()
    assert order.order_type == "delivery" and order.delivery_address == "17 Spring St, New York"
    # coke can 1.75 + large pepperoni 18.99 = 20.74; tax 1.84; delivery fee 2.99
    assert order.total == Decimal("25.57")


def test_catering_sized_orders_go_to_staff(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    too_many = caller.ask("add_item", item_name="large cheese pizza", quantity=25)
    assert too_many["ok"] is False and too_many["catering"] is True
    for name in ("large cheese pizza", "large pepperoni pizza"):
        assert caller.ask("add_item", item_name=name, quantity=18)["ok"]
    answer = caller.ask("submit_order", customer_name="Office", phone="212-555-0120")
    assert answer["ok"] is False and answer["catering"] is True
    assert "transfer_to_human" in answer["next"]
    assert caller.ctx.escalation == "catering"


def test_submit_checks_prices_and_stock_in_the_database_not_the_cached_menu(app_ctx: t.Any) -> None:
    configure(app_ctx, MENU_CACHE_SECONDS=3600)
    caller = new_call()
    assert caller.ask("add_item", item_name="large pepperoni pizza", modifiers=["extra cheese"])["ok"]
    assert caller.ask("add_item", item_name="coke", size="can")["ok"]
    assert caller.ask("start_order", order_type="pickup")["ok"]
    cached = get_state().pos.menu()
    sizes, modifiers = host("ProductSize").__table__, host("Modifier").__table__
    products = host("Product").__table__
    pepperoni = db().session.scalar(sa.select(products.c.id).where(products.c.name == "Pepperoni Pizza"))
    db().session.commit()
    # Another process (its own connection: this process's cache can't see it) changes two prices.
    with db().engine.begin() as other:
        other.execute(sizes.update().where(sizes.c.product_id == pepperoni, sizes.c.size_name == "large")
                      .values(price=Decimal("19.49")))
        other.execute(modifiers.update().where(modifiers.c.name == "extra cheese")
                      .values(price=Decimal("2.50")))
    assert get_state().pos.menu() is cached
    placed = caller.ask("submit_order", customer_name="Ana", phone="212-555-0123")
    assert placed["ok"], placed
    order = db().session.scalars(sa.select(host("Order")).order_by(host("Order").id.desc())).first()
    by_name = {line.product_name: line for line in order.items}
    assert by_name["Pepperoni Pizza"].unit_price == Decimal("21.99")  # 19.49 + 2.50, the prices of now
    assert order.subtotal == Decimal("21.99") + by_name["Coke"].unit_price * by_name["Coke"].quantity

    # Sold out since it was added: refused at submit, nothing written.
    second = new_call("+15550008888")
    assert second.ask("add_item", item_name="coke", size="can")["ok"]
    assert second.ask("start_order", order_type="pickup")["ok"]
    db().session.commit()
    with db().engine.begin() as other:
        other.execute(products.update().where(products.c.name == "Coke").values(is_active=False))
    before = orders_count()
    refused = second.ask("submit_order", customer_name="Bo", phone="212-555-0133")
    assert refused["ok"] is False and "Coke is not available right now" in refused["error"]
    assert "alternatives" in refused["next"] and orders_count() == before


def _set_special_days(name: str, days: str) -> None:
    product = db().session.scalars(sa.select(host("Product")).filter_by(name=name)).one()
    product.special_days = days
    db().session.commit()  # committed through the host's session: the cached menu follows


def test_a_special_on_the_wrong_day_is_refused_with_its_days_and_todays_specials(caller: Caller) -> None:
    from pos_voice.ordering.hours import DAYS

    today = get_state().clock.local_now(get_state().settings.timezone).weekday()
    names = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")
    other_day = (today + 2) % 7
    _set_special_days("Two Large Cheese Tuesday", DAYS[other_day])
    _set_special_days("Weekend Seafood Platter", DAYS[today])

    answer = caller.ask("check_availability", item_name="two large cheese tuesday")
    assert answer["available"] is False and answer["reason"] == f"only on {names[other_day]}"
    assert answer["say"].startswith(f"Sorry, the two large cheese tuesday is only on {names[other_day]}.")
    offered = [alt["name"] for alt in answer["alternatives"]]
    assert offered[:2] == ["Weekend Seafood Platter", "Family Deal"]  # today's specials, closest price first

    refused = caller.ask("add_item", item_name="two large cheese tuesday")
    assert refused["ok"] is False
    assert refused["error"] == f"Two Large Cheese Tuesday is only on {names[other_day]}; nothing was added"
    assert refused["alternatives"] and caller.ctx.cart.is_empty()
    specials = [s["name"] for s in caller.ask("get_specials")["specials"]]
    assert "Two Large Cheese Tuesday" not in specials and "Weekend Seafood Platter" in specials
    overview = caller.ask("get_menu")
    assert all("Two Large Cheese Tuesday" not in c["items"] for c in overview["categories"])

    # On its day it is a special like any other, and the order goes through.
    _set_special_days("Two Large Cheese Tuesday", DAYS[today])
    assert caller.ask("add_item", item_name="two large cheese tuesday")["ok"]
    assert caller.ask("start_order", order_type="pickup")["ok"]
    assert caller.ask("submit_order", customer_name="Dee", phone="212-555-0123")["ok"]


def test_a_special_added_on_its_day_is_refused_at_submit_once_the_day_is_over(caller: Caller) -> None:
    from pos_voice.ordering.hours import DAYS

    today = get_state().clock.local_now(get_state().settings.timezone).weekday()
    _set_special_days("Two Large Cheese Tuesday", DAYS[today])
    assert caller.ask("add_item", item_name="two large cheese tuesday")["ok"]
    assert caller.ask("start_order", order_type="pickup")["ok"]
    _set_special_days("Two Large Cheese Tuesday", DAYS[(today + 1) % 7])  # as if midnight had passed
    before = orders_count()
    refused = caller.ask("submit_order", customer_name="Dee", phone="212-555-0123")
    assert refused["ok"] is False and "only on" in refused["error"] and orders_count() == before


def test_submit_while_closed_refuses_and_says_when_we_open(app_ctx: t.Any) -> None:
    from pos_voice.ordering.hours import DAYS

    today = get_state().clock.local_now(get_state().settings.timezone).weekday()
    # Closed all of today; open tomorrow from 11: whatever the hour the test runs at.
    configure(app_ctx, HOURS={DAYS[(today + 1) % 7]: "11:00-22:00"})
    caller = new_call()
    assert "we can't take orders until then" in get_state().tools.instructions(caller.ctx)
    assert caller.ask("add_item", item_name="large pepperoni pizza")["ok"]  # questions and a cart are fine
    assert caller.ask("start_order", order_type="pickup")["ok"]
    before = orders_count()
    refused = caller.ask("submit_order", customer_name="Ann", phone="212-555-0123")
    assert refused["ok"] is False and refused["closed"] is True
    assert refused["error"] == "we're closed now; we open tomorrow at 11 AM. The order was not placed"
    assert "tomorrow at 11 AM" in refused["next"] and "Do not submit again" in refused["next"]
    assert orders_count() == before and not caller.ctx.cart.is_empty() and caller.ctx.order is None

    configure(app_ctx, ACCEPT_ORDERS_WHEN_CLOSED=True)  # a shop that takes orders for later
    assert "take an order only if they want it ready after we open" in \
        get_state().tools.instructions(caller.ctx)
    placed = caller.ask("submit_order", customer_name="Ann", phone="212-555-0123")
    assert placed["ok"], placed
    assert orders_count() == before + 1


def test_a_half_that_is_a_whole_menu_item_is_priced_again_at_submit(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    added = caller.ask("add_item", item_name="pizza", size="large",
                       modifiers={"half1": "meat lovers", "half2": "pepperoni"})
    assert added["ok"], added
    whole_halves = [m for m in caller.ctx.cart.lines[0].modifiers if m.item_id is not None]
    assert whole_halves  # the submit's fresh read must include that item to price the line
    placed = caller.ask("submit_order", customer_name="Ana", phone="(212) 555-0133")
    assert placed["ok"], placed
    line = db().session.scalars(sa.select(host("OrderItem")).order_by(host("OrderItem").id.desc())).first()
    assert line.unit_price == Decimal(added["unit_price"])
