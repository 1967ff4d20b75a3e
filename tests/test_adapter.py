"""PosAdapter against real host databases: menu reads, customers, order writes, reports."""

from __future__ import annotations

import importlib.util
import threading
import time
import typing as t
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.pos.adapter import PosAdapter
from pos_voice.pos.types import Menu, OrderDraft, OrderLine
from tests.conftest import TEST_SETTINGS, configure
from tests.hosts import broken, conventional, numbered, odd, running, sized, sized_table, tickets
from tests.support.databases import create_all

TICKETS = {"POS_VOICE_ORDER_DEFAULTS": {"user_id": 1}}


def _pos(app: t.Any) -> PosAdapter:
    pos = get_state(app).pos
    assert pos is not None, get_state(app).problems
    return pos


def _draft(lines: list[OrderLine], *, phone: str = "+15551234567", name: str = "Sam Carter",
           order_type: str = "pickup", address: str | None = None, notes: str = "",
           allergies: str = "") -> OrderDraft:
    subtotal = sum((line.line_total for line in lines), Decimal("0"))
    tax = (subtotal * Decimal("0.08")).quantize(Decimal("0.01"))
    return OrderDraft(order_type=order_type, customer_name=name, phone=phone, lines=tuple(lines),
                      subtotal=subtotal, tax=tax, total=subtotal + tax, address=address, notes=notes,
                      allergies=allergies)


def _line(item_id: t.Any, name: str, quantity: int, unit: str, *, size: str | None = None,
          modifiers: tuple[str, ...] = (), notes: str = "") -> OrderLine:
    price = Decimal(unit)
    return OrderLine(item_id=item_id, name=name, quantity=quantity, unit_price=price,
                     line_total=price * quantity, size=size, modifiers=modifiers, notes=notes)


def _by_name(menu: Menu) -> dict[str, t.Any]:
    return {item.name: item for item in menu.items}


def _rows(db: t.Any, table: str, order_by: str = "id") -> list[dict[str, t.Any]]:
    result = db.session.execute(sa.text(f"SELECT * FROM {table} ORDER BY {order_by}"))
    return [dict(row) for row in result.mappings()]


# ---------------------------------------------------------------- menu


def test_conventional_menu_prices_sizes_availability_specials(database_url: str) -> None:
    with running(conventional, database_url) as (app, seeded), app.app_context():
        menu = _pos(app).menu()
        items = _by_name(menu)
        assert menu.price_unit == "decimal"
        pizza = items["Pepperoni Pizza"]  # two product rows, one per size: one item with two sizes
        assert [(s.name, s.price) for s in pizza.sizes] == [("small", Decimal("11.99")),
                                                             ("large", Decimal("16.99"))]
        assert {s.ref for s in pizza.sizes} == {seeded["products"]["Pepperoni Pizza/small"],
                                                seeded["products"]["Pepperoni Pizza/large"]}
        assert pizza.category == "pizza" and pizza.aliases == ("pep pizza", "roni")
        assert set(pizza.ingredients) == {"Mozzarella", "Dough", "Pepperoni"}
        assert items["Shrimp Scampi"].available is False
        assert items["Shrimp Scampi"].unavailable_reason == "out of shrimp"
        assert items["Shrimp Scampi"].base_price == Decimal("17.50")
        assert items["Old Soup"].available is False
        assert items["Coke"].available and items["Coke"].price_for(None) == Decimal("2.50")
        # One row with a size and no siblings: a plain item, nothing to choose.
        lasagna = items["Family Lasagna"]
        assert lasagna.sizes == () and lasagna.price_for(None) == Decimal("29.00")
        assert items["Garlic Knots"].is_special  # special every day
        weekday = datetime.now(ZoneInfo(app.config["POS_VOICE_TIMEZONE"])).weekday()  # the shop's day
        assert items["Buffalo Wings"].is_special == (weekday in (4, 5))
        assert [(m.name, m.price) for m in menu.modifiers] == [("Extra Cheese", Decimal("1.50")),
                                                               ("Mushrooms", Decimal("1.00"))]


def test_tickets_menu_converts_integer_cents(database_url: str) -> None:
    with running(tickets, database_url, **TICKETS) as (app, _), app.app_context():
        menu = _pos(app).menu()
        assert menu.price_unit == "cents"
        items = _by_name(menu)
        assert items["Margherita"].base_price == Decimal("12.50")
        assert items["Caesar Salad"].base_price == Decimal("8.99")
        assert items["Caesar Salad"].category == "salads"
        assert items["Margherita"].sizes == ()


def test_sized_menu_from_price_columns_stock_and_category_table(database_url: str) -> None:
    with running(sized, database_url) as (app, _), app.app_context():
        menu = _pos(app).menu()
        names = [item.name for item in menu.items]
        assert names == ["Veggie Pizza", "Meat Lovers", "Lemonade"]  # category then item sort order
        items = _by_name(menu)
        assert [(s.name, s.price) for s in items["Veggie Pizza"].sizes] == [
            ("small", Decimal("10.00")), ("medium", Decimal("13.00")), ("large", Decimal("16.00"))]
        assert [s.name for s in items["Meat Lovers"].sizes] == ["small", "large"]  # no medium price
        assert items["Meat Lovers"].price_for("large") == Decimal("18.50")
        assert items["Meat Lovers"].available is False
        assert items["Meat Lovers"].unavailable_reason == "sold out"
        assert items["Lemonade"].available and items["Lemonade"].category == "drinks"
        assert items["Veggie Pizza"].base_price == Decimal("10.00")


def test_sized_table_menu_adds_upcharges_to_the_base_price(database_url: str) -> None:
    with running(sized_table, database_url) as (app, _), app.app_context():
        items = _by_name(_pos(app).menu())
        assert [(s.name, s.price) for s in items["Pho"].sizes] == [("small", Decimal("11.00")),
                                                                   ("large", Decimal("14.50"))]
        assert items["Spring Rolls"].price_for(None) == Decimal("6.50")


def test_menu_cache_until_fresh_or_invalidated(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=300) as (app, _), \
            app.app_context():
        pos = _pos(app)
        first = pos.menu()
        assert pos.menu() is first
        db = conventional.db
        ingredients = conventional.Ingredient.__table__
        # Another process (its own connection, not this app's session) changes the stock.
        with db.engine.begin() as other:
            other.execute(ingredients.update().where(ingredients.c.name == "Shrimp").values(stock=5))
            other.execute(ingredients.update().where(ingredients.c.name == "Dough").values(stock=0))
        assert pos.menu() is first  # still cached: nothing this process could see
        fresh = _by_name(pos.menu(fresh=True))
        assert fresh["Shrimp Scampi"].available is True
        assert fresh["Pepperoni Pizza"].unavailable_reason == "out of dough"
        assert pos.menu() is not first  # the fresh read replaced the cache
        products = conventional.Product.__table__
        with db.engine.begin() as other:
            other.execute(products.update().where(products.c.name == "Coke").values(price=Decimal("2.75")))
        pos.invalidate_menu()
        assert _by_name(pos.menu())["Coke"].base_price == Decimal("2.75")


class _BootClock:
    """A monotonic clock of a machine booted ``start`` seconds ago, moved by hand."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def test_invalidated_menu_is_reread_on_a_machine_booted_less_than_the_ttl_ago(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=300) as (app, _), \
            app.app_context():
        clock = _BootClock(start=12.0)  # time.monotonic() counts from boot: 12 s of uptime < 300 s TTL
        state = get_state(app)
        pos = PosAdapter(state.schema, state.db, state.settings, clock=clock)
        first = pos.menu()
        clock.now += 5
        assert pos.menu() is first  # within the TTL: cached
        products = conventional.Product.__table__
        with conventional.db.engine.begin() as other:
            other.execute(products.update().where(products.c.name == "Coke").values(price=Decimal("2.75")))
        pos.invalidate_menu()
        assert _by_name(pos.menu())["Coke"].base_price == Decimal("2.75")
        # A read that raced an invalidation is not kept as fresh either, even at clock 0.
        clock.now = 0.0
        pos = PosAdapter(state.schema, state.db, state.settings, clock=clock)
        reads: list[Menu] = [pos.menu()]
        pos.invalidate_menu()
        reads.append(pos.menu())
        assert reads[1] is not reads[0]
        clock.now = 299.0
        assert pos.menu() is reads[1]
        clock.now = 300.5
        assert pos.menu() is not reads[1]  # the TTL still expires on the injected clock


def test_menu_follows_changes_committed_through_the_hosts_session(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=300) as (app, _), \
            app.app_context():
        pos = _pos(app)
        db = conventional.db
        cached = pos.menu()
        # A change rolled back, or to a table the menu does not use: the cache stands.
        shrimp = db.session.scalars(sa.select(conventional.Ingredient).filter_by(name="Shrimp")).one()
        shrimp.stock = Decimal("3")
        db.session.flush()
        db.session.rollback()
        db.session.add(conventional.Customer(name="Not on the menu", phone="+15550009999"))
        db.session.commit()
        assert pos.menu() is cached
        # The POS restocks shrimp through its own models (ORM unit of work) ...
        shrimp = db.session.scalars(sa.select(conventional.Ingredient).filter_by(name="Shrimp")).one()
        shrimp.stock = Decimal("8")
        db.session.commit()
        assert _by_name(pos.menu())["Shrimp Scampi"].available is True
        # ... and 86s the dough with a bulk UPDATE through the same session.
        db.session.execute(sa.update(conventional.Ingredient).where(conventional.Ingredient.name == "Dough")
                           .values(stock=0))
        db.session.commit()
        assert _by_name(pos.menu())["Pepperoni Pizza"].unavailable_reason == "out of dough"


def test_settings_reloaded_by_the_app_reach_the_adapter(database_url: str) -> None:
    """Settings are read once; ``services.reload_settings()`` (configure) hands the new ones to
    the adapter too, so the menu and the orders follow what services.settings says."""
    with running(conventional, database_url) as (app, _), app.app_context():
        pos = _pos(app)
        assert "hot wings" not in _by_name(pos.menu(fresh=True))["Buffalo Wings"].aliases
        configure(app, MENU_ALIASES={"hot wings": "Buffalo Wings"})
        assert pos.settings is get_state(app).settings
        assert "hot wings" in _by_name(pos.menu(fresh=True))["Buffalo Wings"].aliases


def test_menu_cache_expires(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=0.2) as (app, _), \
            app.app_context():
        clock = _BootClock(start=1000.0)
        state = get_state(app)
        pos = PosAdapter(state.schema, state.db, state.settings, clock=clock)
        first = pos.menu()
        clock.now += 0.19
        assert pos.menu() is first
        clock.now += 0.02
        assert pos.menu() is not first


def test_menu_is_read_once_by_concurrent_callers(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=300) as (app, _):
        with app.app_context():
            engine = conventional.db.engine
        selects: list[str] = []

        def count(conn: t.Any, cursor: t.Any, statement: str, *args: t.Any) -> None:
            if "FROM products" in statement:
                selects.append(statement)

        sa.event.listen(engine, "before_cursor_execute", count)
        results: list[Menu] = []
        errors: list[BaseException] = []

        def read() -> None:
            try:
                with app.app_context():
                    results.append(_pos(app).menu())
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        try:
            threads = [threading.Thread(target=read) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=10)
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        assert not errors and len(results) == 8
        assert all(menu is results[0] for menu in results)
        assert len(selects) == 1


def test_large_menu_reads_in_a_few_queries_and_cached_reads_are_fast(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=300) as (app, _), \
            app.app_context():
        db = conventional.db
        products = [conventional.Product(name=f"Dish {n}", category=f"Cat {n % 12}", price=Decimal("9.99"))
                    for n in range(500)]
        db.session.add_all(products)
        db.session.flush()
        ingredients = [conventional.Ingredient(name=f"Ing {n}", stock=n % 7) for n in range(100)]
        db.session.add_all(ingredients)
        db.session.flush()
        db.session.execute(conventional.product_ingredients.insert(), [
            {"product_id": p.id, "ingredient_id": ingredients[(i * 3 + k) % 100].id}
            for i, p in enumerate(products) for k in range(3)])
        db.session.commit()
        statements: list[str] = []

        def count(conn: t.Any, cursor: t.Any, statement: str, *args: t.Any) -> None:
            statements.append(statement)

        pos = _pos(app)
        sa.event.listen(db.engine, "before_cursor_execute", count)
        try:
            menu = pos.menu(fresh=True)
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", count)
        assert len(menu.items) == 507
        assert len(statements) <= 4  # products, sizes/links, modifiers: no query per item
        out_of_stock = _by_name(menu)["Dish 0"]
        assert out_of_stock.available is False and out_of_stock.unavailable_reason == "out of ing 0"
        timings = []
        for _ in range(300):
            started = time.perf_counter()
            pos.menu()
            timings.append(time.perf_counter() - started)
        timings.sort()
        assert timings[int(len(timings) * 0.99)] < 0.005


# ---------------------------------------------------------------- customers


def test_find_customer_matches_stored_phone_formats(database_url: str) -> None:
    with running(conventional, database_url) as (app, seeded), app.app_context():
        db = conventional.db
        customer = conventional.Customer(name="Dana Whitfield", phone="555-123-4567", address="4 Elm St")
        other = conventional.Customer(name="Other Person", phone="(555) 987-4567")
        db.session.add_all([customer, other])
        db.session.flush()
        small = seeded["products"]["Pepperoni Pizza/small"]
        order = conventional.Order(order_number=7, customer_id=customer.id, customer_name="Dana",
                                   order_type="pickup", total=Decimal("13.50"))
        db.session.add(order)
        db.session.flush()
        db.session.add(conventional.OrderItem(order_id=order.id, product_id=small, quantity=2,
                                              unit_price=Decimal("11.99"), line_total=Decimal("23.98"),
                                              modifiers="extra cheese, no onions"))
        db.session.commit()
        pos = _pos(app)
        found = pos.find_customer("+15551234567")
        assert found is not None
        assert (found.ref, found.name, found.phone, found.address) == (str(customer.id), "Dana Whitfield",
                                                                       "+15551234567", "4 Elm St")
        assert found.order_count == 1
        (line,) = found.last_order
        assert (line.name, line.quantity, line.unit_price, line.line_total) == (
            "Pepperoni Pizza", 2, Decimal("11.99"), Decimal("23.98"))
        assert line.item_id == _by_name(pos.menu())["Pepperoni Pizza"].id
        assert line.modifiers == ("extra cheese", "no onions")
        assert pos.find_customer("(555) 123-4567") is not None  # any input format too
        assert pos.find_customer("+15550004567") is None  # same last four digits, other number
        assert pos.find_customer("anonymous") is None
        assert pos.find_customer(None) is None


def test_find_customer_without_customers_table_uses_past_tickets(database_url: str) -> None:
    with running(tickets, database_url, **TICKETS) as (app, items), app.app_context():
        pos = _pos(app)
        assert pos.has_customers is False
        assert pos.find_customer("+15552223333") is None
        pos.write_order(_draft([_line(items["Tiramisu"], "Tiramisu", 1, "6.50")], phone="+15552223333",
                               name="Lee"))
        pos.write_order(_draft([_line(items["Margherita"], "Margherita", 2, "12.50")], phone="555 222 3333",
                               name="Lee Park"))
        tickets.db.session.commit()
        found = pos.find_customer("+15552223333")
        assert found is not None
        assert (found.ref, found.name, found.phone, found.order_count) == ("+15552223333", "Lee Park",
                                                                           "+15552223333", 2)
        assert [(ln.name, ln.quantity, ln.unit_price) for ln in found.last_order] == [
            ("Margherita", 2, Decimal("12.50"))]


def test_sized_find_customer_joins_first_and_last_name(database_url: str) -> None:
    with running(sized, database_url) as (app, _), app.app_context():
        pos = _pos(app)
        maria = pos.find_customer("+15552013344")
        assert maria is not None and maria.name == "Maria Lopez" and maria.order_count == 4
        nameless = pos.find_customer("+15557778888")
        assert nameless is not None and nameless.name is None


# ---------------------------------------------------------------- writing orders


def test_conventional_write_order_rows_customer_and_number(database_url: str) -> None:
    with running(conventional, database_url) as (app, seeded), app.app_context():
        db = conventional.db
        db.session.add(conventional.Order(order_number=41, order_type="dine_in", total=Decimal("5")))
        db.session.commit()
        pos = _pos(app)
        menu = pos.menu(fresh=True)
        pizza = _by_name(menu)["Pepperoni Pizza"]
        draft = _draft([
            _line(pizza.id, "Pepperoni Pizza", 2, "18.49", size="large", modifiers=("extra cheese",)),
            _line(_by_name(menu)["Coke"].id, "Coke", 1, "2.50", notes="no ice"),
        ], order_type="delivery", address="9 Oak Ave", notes="ring twice", allergies="peanuts")
        written = pos.write_order(draft)
        db.session.commit()
        assert written.number == "42"
        order = next(r for r in _rows(db, "orders") if r["id"] == written.id)
        assert order["order_number"] == 42
        assert (order["source"], order["status"], order["order_type"]) == ("voice", "pending", "delivery")
        assert order["customer_name"] == "Sam Carter" and order["phone"] == "+15551234567"
        assert order["delivery_address"] == "9 Oak Ave"
        assert Decimal(str(order["subtotal"])) == Decimal("39.48")
        assert Decimal(str(order["total"])) == draft.total
        assert order["notes"] == "ALLERGY: peanuts | ring twice"
        lines = [r for r in _rows(db, "order_items") if r["order_id"] == written.id]
        assert [(r["product_id"], r["quantity"], Decimal(str(r["unit_price"])), Decimal(str(r["line_total"])))
                for r in lines] == [(seeded["products"]["Pepperoni Pizza/large"], 2, Decimal("18.49"),
                                     Decimal("36.98")),
                                    (seeded["products"]["Coke"], 1, Decimal("2.50"), Decimal("2.50"))]
        assert lines[0]["modifiers"] == "extra cheese" and lines[1]["notes"] == "no ice"
        (customer,) = _rows(db, "customers")
        assert written.customer_ref == str(customer["id"]) and order["customer_id"] == customer["id"]
        assert (customer["name"], customer["phone"], customer["address"]) == ("Sam Carter", "+15551234567",
                                                                              "9 Oak Ave")
        # The same caller again, number given another way: the customer is reused and updated.
        again = pos.write_order(_draft([_line(pizza.id, "Pepperoni Pizza", 1, "11.99", size="small")],
                                       phone="(555) 123-4567", address="10 Oak Ave", order_type="delivery"))
        db.session.commit()
        assert again.number == "43" and again.customer_ref == written.customer_ref
        (customer,) = _rows(db, "customers")
        assert customer["address"] == "10 Oak Ave"
        assert _pos(app).find_customer("+15551234567").order_count == 2  # type: ignore[union-attr]


def test_write_order_leaves_the_transaction_to_the_caller(database_url: str) -> None:
    with running(conventional, database_url) as (app, _), app.app_context():
        pos = _pos(app)
        coke = _by_name(pos.menu())["Coke"]
        written = pos.write_order(_draft([_line(coke.id, "Coke", 1, "2.50")]))
        assert written.id is not None and written.number == "1"
        conventional.db.session.rollback()
        assert _rows(conventional.db, "orders") == []
        assert _rows(conventional.db, "customers") == []


def test_tickets_write_order_cents_defaults_and_guest_fields(database_url: str) -> None:
    with running(tickets, database_url, **TICKETS) as (app, items), app.app_context():
        db = tickets.db
        pos = _pos(app)
        written = pos.write_order(_draft([_line(items["Caesar Salad"], "Caesar Salad", 3, "8.99",
                                                modifiers=("no croutons",), notes="dressing on the side")],
                                         phone="+15559876543", name="Ana"))
        db.session.commit()
        (ticket,) = _rows(db, "tickets")
        assert written.number == str(ticket["id"]) and written.customer_ref == "+15559876543"
        assert ticket["user_id"] == 1 and ticket["type"] == "pickup" and ticket["status"] == "new"
        assert (ticket["guest_name"], ticket["guest_phone"]) == ("Ana", "+15559876543")
        assert ticket["total_cents"] == 2913 and isinstance(ticket["total_cents"], int)  # 26.97 + 8% tax
        (item,) = _rows(db, "ticket_items")
        assert (item["menu_item_id"], item["qty"], item["price_cents"]) == (items["Caesar Salad"], 3, 899)
        assert item["note"] == "no croutons; dressing on the side"


def test_tickets_order_defaults_fill_the_type_column(database_url: str) -> None:
    defaults = {"user_id": 1, "type": "phone"}
    with running(tickets, database_url, POS_VOICE_ORDER_DEFAULTS=defaults) as (app, items), app.app_context():
        _pos(app).write_order(_draft([_line(items["Tiramisu"], "Tiramisu", 1, "6.50")], order_type="delivery",
                                     address="1 Main"))
        tickets.db.session.commit()
        (ticket,) = _rows(tickets.db, "tickets")
        assert ticket["type"] == "phone" and ticket["user_id"] == 1


def test_sized_write_order_enums_text_numbers_and_existing_customer(database_url: str) -> None:
    with running(sized, database_url) as (app, items), app.app_context():
        db = sized.db
        pos = _pos(app)
        written = pos.write_order(_draft([_line(items["Veggie Pizza"], "Veggie Pizza", 1, "13.00",
                                                size="medium", modifiers=("extra olives", "no onions"))],
                                         phone="+15552013344", name="Maria"))
        second = pos.write_order(_draft([_line(items["Lemonade"], "Lemonade", 2, "3.00", size="large")],
                                        phone="+15553334444", name="Jo Ann Smith", order_type="delivery",
                                        address="2 Pine Rd", notes="side door"))
        db.session.commit()
        assert (written.number, second.number) == ("1", "2")
        orders = _rows(db, "orders")
        assert [(o["order_no"], o["order_type"], o["status"], o["channel"]) for o in orders] == [
            ("1", "takeout", "received", "voice"), ("2", "delivery", "received", "voice")]
        assert orders[0]["created_at"] is not None  # the server default
        assert [o["notes"] for o in orders] == ["", "side door"]
        lines = _rows(db, "order_lines")
        assert [(ln["item_id"], ln["size"], ln["quantity"], ln["options"]) for ln in lines] == [
            (items["Veggie Pizza"], "medium", 1, "extra olives, no onions"),
            (items["Lemonade"], "large", 2, None)]
        customers = {c["phone_number"]: c for c in _rows(db, "customers")}
        maria = customers["(555) 201-3344"]  # found despite the stored format; name kept
        assert (maria["first_name"], maria["visits"]) == ("Maria", 5)
        assert written.customer_ref == str(maria["id"]) and orders[0]["customer_id"] == maria["id"]
        new = customers["+15553334444"]
        assert (new["first_name"], new["last_name"], new["address"], new["visits"]) == (
            "Jo", "Ann Smith", "2 Pine Rd", 1)


def test_sized_table_write_order_size_rows_and_text_check_numbers(database_url: str) -> None:
    with running(sized_table, database_url) as (app, dishes), app.app_context():
        db = sized_table.db
        pos = _pos(app)
        pho = _by_name(pos.menu())["Pho"]
        large = next(s for s in pho.sizes if s.name == "large")
        written = pos.write_order(_draft([_line(dishes["Pho"], "Pho", 1, "14.50", size="large")],
                                         phone="+15556667777", name="Kim"))
        db.session.commit()
        assert written.number == "A-0100"  # after A-0099, same prefix and width
        (item,) = _rows(db, "check_items")
        assert (item["dish_id"], item["size_id"], Decimal(str(item["total"]))) == (
            dishes["Pho"], large.ref, Decimal("14.50"))
        (guest,) = _rows(db, "guests")
        assert (guest["full_name"], guest["mobile"]) == ("Kim", "+15556667777")
        found = pos.find_customer("+15556667777")
        assert found is not None and [(ln.name, ln.size) for ln in found.last_order] == [("Pho", "large")]


# ---------------------------------------------------------------- reports


def test_open_orders_stats_and_orders_by_id(database_url: str) -> None:
    with running(conventional, database_url) as (app, _), app.app_context():
        db = conventional.db
        now = datetime.now(UTC).replace(tzinfo=None)
        db.session.add_all([
            conventional.Order(order_number=1, order_type="pickup", status="pending", total=Decimal("10"),
                               source="pos", created_at=now - timedelta(minutes=5)),
            conventional.Order(order_number=2, order_type="delivery", status="preparing", total=Decimal("20"),
                               source="pos", created_at=now - timedelta(minutes=20)),
            conventional.Order(order_number=3, order_type="pickup", status="completed", total=Decimal("30"),
                               source="pos", created_at=now - timedelta(minutes=30)),
            conventional.Order(order_number=4, order_type="pickup", status="pending", total=Decimal("40"),
                               source="pos", created_at=now - timedelta(days=2)),
            conventional.Order(order_number=5, order_type="dine_in", status="cancelled", total=Decimal("50"),
                               source="pos", created_at=now - timedelta(minutes=1)),
        ])
        db.session.commit()
        pos = _pos(app)
        coke = _by_name(pos.menu())["Coke"]
        written = pos.write_order(_draft([_line(coke.id, "Coke", 2, "2.50")], order_type="delivery"))
        db.session.commit()
        assert pos.open_orders() == {"pickup": 1, "delivery": 2, "total": 3}
        stats = pos.order_stats(now - timedelta(hours=1), now + timedelta(minutes=5))
        assert stats["voice"] == {"count": 1, "revenue": Decimal("5.40")}
        assert stats["other"] == {"count": 3, "revenue": Decimal("60.00")}
        found = pos.orders_by_id([written.id, 999999])
        assert list(found) == [written.id]
        info = found[written.id]
        assert (info["number"], info["total"], info["status"], info["type"], info["source"]) == (
            "6", Decimal("5.40"), "pending", "delivery", "voice")
        assert isinstance(info["created_at"], datetime)
        assert pos.orders_by_id([]) == {}


def test_tickets_stats_without_source_column_use_voice_calls(database_url: str) -> None:
    with running(tickets, database_url, **TICKETS) as (app, items), app.app_context():
        db = tickets.db
        pos = _pos(app)
        counter = tickets.Ticket(user_id=1, type="pickup", total_cents=1000)
        db.session.add(counter)
        written = pos.write_order(_draft([_line(items["Tiramisu"], "Tiramisu", 1, "6.50")]))
        models = get_state(app).models
        assert models is not None
        db.session.add(models.VoiceCall(call_sid="CA" + "1" * 32, order_id=written.id))
        db.session.commit()
        now = datetime.now(UTC)
        stats = pos.order_stats(now - timedelta(hours=1), now + timedelta(hours=1))
        assert stats["voice"] == {"count": 1, "revenue": Decimal("7.02")}
        assert stats["other"] == {"count": 1, "revenue": Decimal("10.00")}
        assert pos.open_orders()["total"] == 2  # new tickets (status "new") and the counter's (NULL)


@pytest.mark.skipif(importlib.util.find_spec("pizzeria_pos") is None, reason="demo POS not present")
def test_demo_pizzeria_menu_and_order(demo_app: t.Any) -> None:
    with demo_app.app_context():
        db = demo_app.extensions["sqlalchemy"]
        pos = _pos(demo_app)
        menu = pos.menu(fresh=True)
        assert menu.items and all(item.name for item in menu.items)
        sized_item = next(item for item in menu.items if item.sizes and item.available)
        size = sized_item.sizes[-1]
        assert sized_item.base_price == min(o.price for o in sized_item.sizes) > 0
        written = pos.write_order(_draft([_line(sized_item.id, sized_item.name, 1, str(size.price),
                                                size=size.name)]))
        db.session.commit()
        row = db.session.execute(sa.text("SELECT order_number, source, customer_phone FROM orders "
                                         "WHERE id = :i"), {"i": written.id}).one()
        assert row.source == "voice" and row.customer_phone == "+15551234567"
        assert str(row.order_number) == written.number
        line = db.session.execute(sa.text("SELECT product_id, product_name, size FROM order_items "
                                          "WHERE order_id = :i"), {"i": written.id}).one()
        assert (line.product_id, line.product_name, line.size) == (sized_item.id, sized_item.name, size.name)


def _write_in_thread(app: t.Any, item_id: t.Any, hold_seconds: float, numbers: list[str],
                     errors: list[BaseException]) -> None:
    try:
        with app.app_context():
            written = _pos(app).write_order(_draft([_line(item_id, "Coke", 1, "2.50")]))
            time.sleep(hold_seconds)  # keep the transaction open while the other caller writes
            app.extensions["sqlalchemy"].session.commit()
            numbers.append(written.number)
    except BaseException as exc:  # pragma: no cover - reported by the test
        errors.append(exc)


@pytest.mark.parametrize("host", [conventional, numbered], ids=["unique-with-customers", "plain-number"])
def test_concurrent_orders_get_distinct_numbers(host: t.Any, database_url: str) -> None:
    with running(host, database_url) as (app, seeded):
        coke = seeded["products"]["Coke"]
        numbers: list[str] = []
        errors: list[BaseException] = []
        threads = [threading.Thread(target=_write_in_thread, args=(app, coke, hold, numbers, errors))
                   for hold in (0.3, 0.0, 0.0)]
        for thread in threads:
            thread.start()
            time.sleep(0.05)
        for thread in threads:
            thread.join(timeout=20)
        assert not errors, errors
        assert sorted(numbers, key=int) == ["1", "2", "3"]


def test_write_order_goes_through_the_host_models_so_its_events_run(database_url: str) -> None:
    seen: list[tuple[str, t.Any]] = []

    def on_order(mapper: t.Any, connection: t.Any, target: t.Any) -> None:
        seen.append(("order", target.order_number))

    def on_item(mapper: t.Any, connection: t.Any, target: t.Any) -> None:
        seen.append(("item", target.product_id))

    sa.event.listen(conventional.Order, "after_insert", on_order)
    sa.event.listen(conventional.OrderItem, "after_insert", on_item)
    try:
        with running(conventional, database_url) as (app, seeded), app.app_context():
            coke = seeded["products"]["Coke"]
            _pos(app).write_order(_draft([_line(coke, "Coke", 1, "2.50")]))
            conventional.db.session.rollback()
    finally:
        sa.event.remove(conventional.Order, "after_insert", on_order)
        sa.event.remove(conventional.OrderItem, "after_insert", on_item)
    assert seen == [("order", 1), ("item", coke)]


def test_write_order_follows_the_hosts_type_values_and_phone_format(database_url: str) -> None:
    with running(tickets, database_url, **TICKETS) as (app, items), app.app_context():
        db = tickets.db
        db.session.add_all([tickets.Ticket(user_id=1, type="dine-in", guest_phone="555-222-1111"),
                            tickets.Ticket(user_id=1, type="Takeout", guest_phone="555-222-3333"),
                            tickets.Ticket(user_id=1, type="Delivery", guest_phone="(555) 222-4444")])
        db.session.commit()
        pos = _pos(app)
        tiramisu = [_line(items["Tiramisu"], "Tiramisu", 1, "6.50")]
        first = pos.write_order(_draft(tiramisu, phone="+15559876543"))
        second = pos.write_order(_draft(tiramisu, phone="+15559876543", order_type="delivery",
                                        address="3 Bay St"))
        db.session.commit()
        rows = {r["id"]: r for r in _rows(db, "tickets")}
        assert (rows[first.id]["type"], rows[first.id]["guest_phone"]) == ("Takeout", "555-987-6543")
        assert rows[second.id]["type"] == "Delivery"
        found = pos.find_customer("+15559876543")
        assert found is not None and found.order_count == 2  # the styled numbers are still found
        assert pos.open_orders() == {"pickup": 3, "delivery": 2, "total": 5}


def test_items_without_a_price_are_not_sold(database_url: str) -> None:
    with running(numbered, database_url) as (app, _), app.app_context():
        items = _by_name(_pos(app).menu())
        assert items["Coke"].available and items["Coke"].base_price == Decimal("2.50")
        assert items["Market Fish"].available is False
        assert items["Market Fish"].unavailable_reason == "has no price in the POS"


def test_special_days_by_name_weekends_and_weekdays(database_url: str) -> None:
    with running(conventional, database_url) as (app, _), app.app_context():
        today = datetime.now(ZoneInfo(app.config["POS_VOICE_TIMEZONE"])).weekday()
        names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        db = conventional.db
        for name, days in (("Today Soup", names[today]), ("Tomorrow Soup", names[(today + 1) % 7]),
                           ("Weekend Brunch", "weekends"), ("Lunch Deal", "weekdays")):
            db.session.add(conventional.Product(name=name, price=Decimal("4"), is_special=True,
                                                special_days=days))
        db.session.commit()
        items = _by_name(_pos(app).menu(fresh=True))
        assert items["Today Soup"].is_special and not items["Tomorrow Soup"].is_special
        assert items["Weekend Brunch"].is_special == (today >= 5)
        assert items["Lunch Deal"].is_special == (today < 5)


def test_camel_case_host_reads_and_writes_through_attribute_names(database_url: str) -> None:
    app = odd.camel_case(database_url, **TEST_SETTINGS)
    db = app.extensions["sqlalchemy"]
    models = app.config["HOST_MODELS"]
    try:
        with app.app_context():
            create_all(db)
            item = models["MenuItem"]
            db.session.add_all([item(item_name="Gyro", unit_price=Decimal("8.75")),
                                item(item_name="Baklava", unit_price=Decimal("4"), is_active=False)])
            db.session.commit()
            pos = _pos(app)
            items = _by_name(pos.menu())
            assert items["Gyro"].base_price == Decimal("8.75") and not items["Baklava"].available
            gyro = _line(items["Gyro"].id, "Gyro", 2, "8.75", notes="extra tzatziki")
            written = pos.write_order(_draft([gyro]))
            db.session.commit()
            order = db.session.get(models["Order"], written.id)
            assert (order.order_number, order.customer_phone, order.order_type) == (
                1, "+15551234567", "pickup")
            (line,) = db.session.scalars(sa.select(models["OrderItem"])).all()
            assert (line.qty, line.unit_price, line.special_instructions) == (
                2, Decimal("8.75"), "extra tzatziki")
            found = pos.find_customer("+15551234567")
            assert found is not None and [(ln.name, ln.quantity) for ln in found.last_order] == [("Gyro", 2)]
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_order_defaults_fill_order_and_line_columns_values_or_callables(database_url: str) -> None:
    defaults = {"store_id": lambda: 7, "order_item.station": "pizza"}
    app = broken.not_null_without_default(database_url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS=defaults)
    db = app.extensions["sqlalchemy"]
    try:
        assert get_state(app).usable, get_state(app).problems
        with app.app_context():
            create_all(db)
            db.session.execute(sa.text("INSERT INTO products (name, price) VALUES ('Calzone', 11.5)"))
            db.session.commit()
            pos = _pos(app)
            calzone = _by_name(pos.menu())["Calzone"]
            written = pos.write_order(_draft([_line(calzone.id, "Calzone", 1, "11.50")]))
            db.session.commit()
            (order,) = _rows(db, "orders")
            (item,) = _rows(db, "order_items")
            assert (order["id"], order["store_id"]) == (written.id, 7)
            assert (item["station"], item["quantity"]) == ("pizza", 1)
            assert Decimal(str(item["price"])) == Decimal("11.50")
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_find_customer_falls_back_to_order_history_and_last_delivery_address(database_url: str) -> None:
    with running(conventional, database_url) as (app, _), app.app_context():
        db = conventional.db
        known = conventional.Customer(name="Rae", phone="+15554443333")
        db.session.add(known)
        db.session.flush()
        db.session.add_all([
            conventional.Order(order_number=1, customer_id=known.id, order_type="delivery",
                               delivery_address="77 Harbor Rd"),
            conventional.Order(order_number=2, customer_id=known.id, order_type="pickup"),
            # Rung in at the counter with a phone number only, no customer row.
            conventional.Order(order_number=3, customer_name="Walk In", phone="555 666 1212"),
        ])
        db.session.commit()
        pos = _pos(app)
        rae = pos.find_customer("+15554443333")
        assert rae is not None and rae.address == "77 Harbor Rd" and rae.order_count == 2
        walk_in = pos.find_customer("+15556661212")
        assert walk_in is not None
        assert (walk_in.ref, walk_in.name, walk_in.order_count) == ("+15556661212", "Walk In", 1)


def test_an_order_without_a_usable_phone_creates_no_customer(database_url: str) -> None:
    with running(conventional, database_url) as (app, seeded), app.app_context():
        pos = _pos(app)
        written = pos.write_order(_draft([_line(seeded["products"]["Coke"], "Coke", 1, "2.50")], phone=""))
        conventional.db.session.commit()
        assert _rows(conventional.db, "customers") == []
        (order,) = _rows(conventional.db, "orders")
        assert order["customer_id"] is None and order["phone"] is None and written.customer_ref is None


def test_line_notes_fold_into_the_line_name_when_that_is_the_only_text_column(database_url: str) -> None:
    columns = {"order_item.notes": None, "order_item.name": "specialInstructions"}
    app = odd.camel_case(database_url, **TEST_SETTINGS, POS_VOICE_COLUMNS=columns)
    db = app.extensions["sqlalchemy"]
    try:
        with app.app_context():
            create_all(db)
            menu_item = app.config["HOST_MODELS"]["MenuItem"]
            db.session.add(menu_item(item_name="Gyro", unit_price=Decimal("8.75")))
            db.session.commit()
            pos = _pos(app)
            gyro = _by_name(pos.menu())["Gyro"]
            line_in = _line(gyro.id, "Gyro", 1, "8.75", modifiers=("no onions",), notes="cut")
            pos.write_order(_draft([line_in]))
            db.session.commit()
            (line,) = _rows(db, '"tbl_OrderItems"', order_by='"ID"')
            assert line["specialInstructions"] == "Gyro (no onions; cut)"
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_required_customer_column_links_known_customers_and_adds_no_new_ones(database_url: str) -> None:
    app = odd.customers_need_email(database_url, **TEST_SETTINGS)
    db = app.extensions["sqlalchemy"]
    state = get_state(app)
    try:
        assert state.usable  # a warning only: orders are still taken
        assert any(p.key == "POS_VOICE_ORDER_DEFAULTS" and "customers.email" in p.message and not p.blocking
                   for p in state.problems)
        with app.app_context():
            create_all(db)
            db.session.execute(sa.text("INSERT INTO products (name, price) VALUES ('Soup', 5)"))
            db.session.execute(sa.text("INSERT INTO customers (name, phone, email) "
                                       "VALUES ('Ida', '+15551112222', 'ida@example.com')"))
            db.session.commit()
            pos = _pos(app)
            soup = _by_name(pos.menu())["Soup"]
            known = pos.write_order(_draft([_line(soup.id, "Soup", 1, "5.00")], phone="+15551112222"))
            new = pos.write_order(_draft([_line(soup.id, "Soup", 1, "5.00")], phone="+15553334444"))
            db.session.commit()
            orders = {r["id"]: r for r in _rows(db, "orders")}
            assert orders[known.id]["customer_id"] is not None and known.customer_ref == "1"
            assert orders[new.id]["customer_id"] is None
            assert len(_rows(db, "customers")) == 1
        fixed = odd.customers_need_email(database_url, **TEST_SETTINGS,
                                         POS_VOICE_ORDER_DEFAULTS={"customer.email": ""})
        assert _pos(fixed).schema.customer_writable
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


# ---------------------------------------------------------------- the items of one order, read fresh


@pytest.mark.parametrize("host", [conventional, tickets, sized, sized_table, numbered],
                         ids=lambda m: m.__name__)
def test_menu_items_read_exactly_what_the_whole_menu_says(host: t.Any, database_url: str) -> None:
    config = TICKETS if host is tickets else {}
    with running(host, database_url, **config) as (app, _), app.app_context():
        pos = _pos(app)
        whole = pos.menu(fresh=True).by_id()
        assert pos.menu_items(list(whole)) == whole  # same rules: sizes, prices, availability, specials
        for item_id, item in whole.items():
            assert pos.menu_items([item_id]) == {item_id: item}
        assert pos.menu_items([]) == {} and pos.menu_items([-12345]) == {}
        assert pos.modifiers() == pos.menu(fresh=True).modifiers


def test_menu_items_one_row_per_size_brings_every_size_row(database_url: str) -> None:
    with running(conventional, database_url) as (app, _), app.app_context():
        pos = _pos(app)
        pizza = _by_name(pos.menu())["Pepperoni Pizza"]
        assert [s.name for s in pos.menu_items([pizza.id])[pizza.id].sizes] == ["small", "large"]


def test_menu_items_read_the_database_not_the_cache(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MENU_CACHE_SECONDS=300) as (app, _), \
            app.app_context():
        pos = _pos(app)
        cached = pos.menu()
        coke, scampi = _by_name(cached)["Coke"], _by_name(cached)["Shrimp Scampi"]
        db = conventional.db
        products, ingredients = conventional.Product.__table__, conventional.Ingredient.__table__
        # Another process changes a price and 86es an ingredient: this process's cache can't know.
        with db.engine.begin() as other:
            other.execute(products.update().where(products.c.name == "Coke").values(price=Decimal("2.95")))
            other.execute(ingredients.update().where(ingredients.c.name == "Shrimp").values(stock=0))
        fresh = pos.menu_items([coke.id, scampi.id])
        assert fresh[coke.id].base_price == Decimal("2.95")
        assert fresh[scampi.id].available is False and fresh[scampi.id].unavailable_reason == "out of shrimp"
        assert pos.menu() is cached  # the partial read neither used nor replaced the cache
        assert pos.menu_items([coke.id], fresh=False)[coke.id].base_price == coke.base_price


def test_menu_items_is_a_few_queries_whatever_the_menu_size(database_url: str) -> None:
    with running(conventional, database_url) as (app, _), app.app_context():
        db = conventional.db
        db.session.add_all(conventional.Product(name=f"Dish {n}", category="Mains", price=Decimal("9"))
                           for n in range(300))
        db.session.commit()
        pos = _pos(app)
        ids = [item.id for item in pos.menu(fresh=True).items][:3]
        statements: list[str] = []

        def count(*args: t.Any) -> None:
            statements.append(str(args[2]))

        sa.event.listen(db.engine, "before_cursor_execute", count)
        try:
            items = pos.menu_items(ids)
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", count)
        assert set(items) == set(ids)
        assert len(statements) <= 3, statements  # products, sizes, ingredient links — filtered by id


def test_specials_on_other_days_cannot_be_ordered_and_say_which_days(database_url: str) -> None:
    from pos_voice.pos.menu_reader import days_text as _days_text
    from pos_voice.pos.menu_reader import special_days as _special_days

    assert _special_days("tue") == {1} and _special_days("Fridays and Saturdays") == {4, 5}
    assert _special_days("weekends") == {5, 6} and _special_days("") == set(range(7))
    assert _special_days("daily") == set(range(7))  # no day named: every day, never hidden by a typo
    assert _days_text(frozenset({1})) == "Tuesdays"
    assert _days_text(frozenset({4, 5, 6})) == "Fridays, Saturdays and Sundays"
    assert _days_text(frozenset({0, 1, 2, 3, 4})) == "weekdays"
    with running(conventional, database_url) as (app, _), app.app_context():
        today = datetime.now(ZoneInfo(app.config["POS_VOICE_TIMEZONE"])).weekday()
        names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        db = conventional.db
        other_day = (today + 3) % 7
        db.session.add_all([
            conventional.Product(name="Today Soup", price=Decimal("4"), is_special=True,
                                 special_days=names[today]),
            conventional.Product(name="Other Day Soup", price=Decimal("4"), is_special=True,
                                 special_days=names[other_day].lower()[:3]),
            conventional.Product(name="Plain Soup", price=Decimal("4"), special_days=names[other_day]),
        ])
        db.session.commit()
        pos = _pos(app)
        items = _by_name(pos.menu(fresh=True))
        assert items["Today Soup"].available and items["Today Soup"].is_special
        off = items["Other Day Soup"]
        assert not off.available and not off.is_special
        assert off.unavailable_reason == f"only on {names[other_day]}s"
        assert items["Plain Soup"].available  # days only restrict what is marked as a special
        assert pos.menu_items([off.id])[off.id] == off  # submit's fresh read applies the same rule
