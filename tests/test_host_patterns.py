"""Hosts shaped like POS apps pos_voice was never written for: ``check`` tells the whole truth.

For each pattern host (``tests/hosts/validated.py``, ``cafe.py``, ``delivery.py``): ``flask
pos-voice check`` names exactly the keys the host needs (or says ready only when its test order
went through the host's own models); applying exactly those keys makes a real call — real
bridge, real tools, the kit's fake Realtime server and simulated Twilio caller — place an
order that is right in the host's own tables: its words, its number, its money.
"""

from __future__ import annotations

import json
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.testing import Script, run_simulation
from tests.conftest import TEST_SETTINGS
from tests.hosts import cafe, constrained, delivery, running, validated
from tests.support.databases import create_all

CALLER = "+15550142277"


def check(app: Flask) -> dict[str, t.Any]:
    result = app.test_cli_runner().invoke(args=["pos-voice", "check", "--json"])
    report = json.loads(result.output)
    report["exit_code"] = result.exit_code
    report["blocking"] = {p["key"] for p in report["problems"] if p["blocking"]}
    report["warnings"] = {p["key"] for p in report["problems"] if not p["blocking"]}
    report["text"] = app.test_cli_runner().invoke(args=["pos-voice", "check"]).output
    return report


@contextmanager
def host(module: t.Any, database_url: str, **config: t.Any) -> Iterator[Flask]:
    """``module``'s app seeded on an empty database, whose tables are dropped afterwards."""
    with running(module, database_url, **config) as (app, _):
        try:
            yield app
        finally:
            with app.app_context():
                db = app.extensions["sqlalchemy"]
                db.session.rollback()
                db.drop_all()


def messages(report: dict[str, t.Any], key: str) -> list[str]:
    return [p["message"] for p in report["problems"] if p["key"] == key]


def order_script(order_type: str, items: list[dict[str, t.Any]], name: str,
                 address: str | None = None) -> Script:
    script = Script().greet("Thanks for calling! What can I get you?")
    script.when_caller_says(f"I'd like an order for {order_type}, please.")
    script.call_tool("start_order", {"order_type": order_type})
    for item in items:
        script.call_tool("add_item", item)
    script.say("Got it. Anything else?").when_caller_says(f"No, that's all. It's {name}.")
    submit: dict[str, t.Any] = {"customer_name": name}
    if address:
        submit["address"] = address
    script.call_tool("submit_order", submit)
    return script.say_and_call(f"Thanks {name}, your order is in. Goodbye!", "end_call",
                               {"reason": "order placed"})


def submitted(result: t.Any) -> dict[str, t.Any]:
    outputs = [json.loads(e["output"]) for e in result.timeline if e["kind"] == "tool_output"]
    placed = [o for o in outputs if o.get("order_number") or o.get("number")]
    assert placed, outputs
    return t.cast(dict[str, t.Any], placed[-1])


def rows(app: Flask, table: str) -> list[dict[str, t.Any]]:
    with app.app_context():
        session = get_state(app).db.session
        out = [dict(r) for r in session.execute(sa.text(f"SELECT * FROM {table} ORDER BY id")).mappings()]
        session.rollback()
        return out


# ---------------------------------------------------------------- @validates words, nothing about the caller

def test_validated_host_check_names_order_types_and_the_call_writes_its_words(database_url: str) -> None:
    with host(validated, database_url) as app:
        before = check(app)
        # It learned 'open' and 'take_out' from the host's validators; delivery it cannot store.
        text = before["text"]
        assert "status: writes 'open' into orders.status (accepted by Order.validate_status)" in text
        assert "type.pickup: writes 'take_out' into orders.order_type (accepted by " \
               "Order.validate_order_type)" in text
        assert before["exit_code"] == 1 and before["blocking"] == {"POS_VOICE_ORDER_TYPES"}
        assert any("Invalid order type" in m for m in messages(before, "POS_VOICE_ORDER_TYPES"))
        assert "POS_VOICE_TAX_RATE" in before["warnings"]
        gaps = " ".join(messages(before, "POS_VOICE_COLUMNS"))
        for role in ("order.name", "order.phone", "order.address"):
            assert f"POS_VOICE_COLUMNS['{role}']" in gaps
        assert "kept in orders.memo instead" in gaps
        pickup = next(d for d in before["host"]["dry_runs"] if d["order_type"] == "pickup")
        assert pickup["ok"] is True
        assert rows(app, "orders") == []  # the test orders were rolled back

    with host(validated, database_url, POS_VOICE_ORDER_TYPES=["pickup"], POS_VOICE_TAX_RATE="0.10") as app:
        after = check(app)
        assert after["exit_code"] == 0 and after["blocking"] == set(), after["text"]
        assert "pos_voice is ready to take calls." in after["text"]
        still = " ".join(messages(after, "POS_VOICE_COLUMNS"))  # a pickup-only shop keeps no address
        assert "POS_VOICE_COLUMNS['order.name']" in still
        assert "POS_VOICE_COLUMNS['order.address']" not in still
        script = order_script("pickup", [{"item_name": "bibimbap", "quantity": 2}], "Sam")
        result = run_simulation(app, script, caller_phone=CALLER, timeout=20)
        assert result.problems == [], result.lines()
        (order,) = rows(app, "orders")
        assert order["status"] == "open" and order["order_type"] == "take_out"
        assert Decimal(str(order["total_price"])) == Decimal("29.70")  # 2 x 13.50 + 10 %
        assert "Sam" in order["memo"] and "+15550142277" in order["memo"]
        (line,) = rows(app, "order_items")
        assert line["quantity"] == 2 and Decimal(str(line["unit_price"])) == Decimal("13.50")
        assert str(submitted(result)["order_number"]) == str(order["id"])


# ---------------------------------------------------- cafe: CSRF, nested menu, per-day numbers, cents

def test_cafe_check_names_the_layout_block_and_tax_and_the_call_lands_right(database_url: str) -> None:
    layout = {"POS_VOICE_BASE_TEMPLATE": "cafe/base.html"}
    with host(cafe, database_url, **layout) as app:
        before = check(app)
        assert before["blocking"] == {"POS_VOICE_BASE_TEMPLATE_BLOCK"}, before["text"]
        assert any("it defines: main, title" in m for m in messages(before, "POS_VOICE_BASE_TEMPLATE_BLOCK"))
        assert "POS_VOICE_TAX_RATE" in before["warnings"]
        assert any("POS_VOICE_TAX_RATE = 0.08875" in m for m in messages(before, "POS_VOICE_TAX_RATE"))
        assert any('"order.tax_rate": "sales_tax"' in m for m in messages(before, "POS_VOICE_COLUMNS"))
        text = before["text"]
        assert "menu: 4 items (4 available now) in 3 categories" in text
        assert "Twilio webhooks: a signed request to /voice/status passes the host's stack (200)" in text
        assert "tickets.ticket_time (NOT NULL, no default): gets the time of the order" in text
        assert all(d["ok"] for d in before["host"]["dry_runs"]), before["host"]["dry_runs"]
        assert "order number: given by Ticket.__init__; read back after the insert" in text

    fixes = {**layout, "POS_VOICE_BASE_TEMPLATE_BLOCK": "main", "POS_VOICE_TAX_RATE": "0.08875",
             "POS_VOICE_COLUMNS": {"order.tax_rate": "sales_tax"}}
    with host(cafe, database_url, **fixes) as app:
        after = check(app)
        assert after["exit_code"] == 0 and after["blocking"] == set(), after["text"]
        with app.app_context():
            menu = get_state(app).pos.menu()  # type: ignore[union-attr]
            assert menu.categories() == ["hot drinks", "iced drinks", "food"]
        # The host's own forms keep their CSRF protection.
        assert app.test_client().post("/host/tickets/note").status_code == 400
        items = [{"item_name": "cappuccino", "quantity": 2}, {"item_name": "almond croissant", "quantity": 1}]
        result = run_simulation(app, order_script("pickup", items, "Maya"), caller_phone=CALLER, timeout=20)
        assert result.problems == [], result.lines()
        today = datetime.now(ZoneInfo(TEST_SETTINGS["POS_VOICE_TIMEZONE"])).date()
        ticket = rows(app, "tickets")[-1]
        assert str(ticket["ticket_date"]) == str(today) and ticket["ticket_time"] is not None
        assert ticket["number"] == 1  # the first ticket of the day, numbered by Ticket.__init__
        assert str(submitted(result)["order_number"]) == "1"  # the caller hears the host's number
        assert ticket["kind"] == "pickup" and ticket["guest_name"] == "Maya"
        assert ticket["subtotal_amount"] == 1345  # cents: 2 x 4.75 + 3.95
        assert Decimal(str(ticket["sales_tax"])) == Decimal("0.08875")  # the rate, not the amount
        assert ticket["total_amount"] == 1345 + 119
        lines = [line for line in rows(app, "ticket_lines") if line["ticket_id"] == ticket["id"]]
        assert sorted((line["qty"], line["price_cents"]) for line in lines) == [(1, 395), (2, 475)]


# ---------------------------------------------- delivery: promotions, trigger numbers, tax included

def test_delivery_host_maps_its_menu_and_tells_the_number_its_trigger_wrote(database_url: str) -> None:
    with host(delivery, database_url) as app:
        before = check(app)
        assert before["blocking"] == set() and before["exit_code"] == 0, before["text"]
        assert "Host mapping:" in before["text"] and "product: pizzas (Pizza)" in before["text"]
        assert "POS_VOICE_TAX_RATE" in before["warnings"]
        assert "!!! POS_VOICE_TAX_RATE is the built-in default 0.08" in before["text"]
        assert "order number: given by an INSERT trigger on orders; read back after the insert" \
            in before["text"]

    with host(delivery, database_url, POS_VOICE_TAX_RATE="0") as app:
        after = check(app)
        assert after["exit_code"] == 0 and "POS_VOICE_TAX_RATE" not in after["warnings"], after["text"]
        assert "tax: none added (POS_VOICE_TAX_RATE = 0: menu prices include tax)" in after["text"]
        script = order_script("delivery", [{"item_name": "diavola", "quantity": 2}], "Marco",
                              address="12 Oak Avenue, Apt 3")
        result = run_simulation(app, script, caller_phone=CALLER, timeout=20)
        assert result.problems == [], result.lines()
        order = rows(app, "orders")[-1]
        # The trigger numbers by id: 1, 2, (3 deleted), then this one (on PostgreSQL later still: the test
        # orders of `check` used ids of the sequence) — never the W0003 that max + 1 would have invented.
        assert order["order_number"] == f"W{order['id']:04d}" and order["id"] >= 4
        assert str(submitted(result)["order_number"]) == order["order_number"]
        assert Decimal(str(order["total"])) == Decimal("27.00")  # tax included: no tax added
        assert order["order_type"] == "delivery" and order["delivery_address"] == "12 Oak Avenue, Apt 3"
        customer = rows(app, "customers")[-1]
        assert customer["phone"] == CALLER and customer["name"] == "Marco"
        assert order["customer_id"] == customer["id"]
        (line,) = [line for line in rows(app, "order_lines") if line["order_id"] == order["id"]]
        assert line["quantity"] == 2 and Decimal(str(line["line_total"])) == Decimal("27.00")


@pytest.mark.parametrize("module", [validated, cafe, delivery], ids=lambda h: h.__name__.rsplit(".", 1)[-1])
def test_check_never_leaves_a_test_order_behind(module: t.Any, database_url: str) -> None:
    with host(module, database_url) as app:
        table = get_state(app).schema.order.table_name  # type: ignore[union-attr]
        count = len(rows(app, table))
        report = check(app)
        assert report["host"]["dry_runs"], report["text"]
        assert len(rows(app, table)) == count


# ---------------------------------------------- words from CHECK constraints, a self-nested tree, SeaSurf

def test_check_constraints_teach_the_words_and_a_self_nested_tree_is_read(database_url: str) -> None:
    with host(constrained, database_url, POS_VOICE_TAX_RATE="0.07") as app:
        report = check(app)
        text = report["text"]
        assert "status: writes 'received' into orders.status (from the CHECK constraint " \
               "ck_orders_status)" in text
        assert "type.pickup: writes 'carry-out' into orders.service_type (as the host's orders spell " \
               "it)" in text
        assert "type.delivery: writes 'delivery' into orders.service_type (from the CHECK constraint " \
               "ck_orders_service)" in text
        assert "Twilio webhooks: a signed request to /voice/status passes the host's stack (200)" in text
        # Past orders all hold 0.07 whatever their total: that column holds the rate; check asks to confirm.
        confirm = messages(report, "POS_VOICE_COLUMNS")
        assert any("orders.tax is taken to hold the tax RATE" in m for m in confirm)
        assert report["blocking"] == set() and report["exit_code"] == 0, text
        assert app.test_client().post("/host/orders/void").status_code == 403  # SeaSurf still guards the host
        with app.app_context():
            menu = get_state(app).pos.menu()  # type: ignore[union-attr]
            categories = {item.name: item.category for item in menu.items}
        # Diavola's own level has no name; Secret Pie's category is hidden.
        assert categories == {"Marinara": "red pizza", "Calzone": "pizza", "Diavola": "red pizza"}
        script = order_script("pickup", [{"item_name": "marinara", "quantity": 1}], "Ines")
        result = run_simulation(app, script, caller_phone=CALLER, timeout=20)
        assert result.problems == [], result.lines()
        order = rows(app, "orders")[-1]
        assert (order["status"], order["service_type"]) == ("received", "carry-out")
        assert Decimal(str(order["tax"])) == Decimal("0.07")  # the rate, as the host's orders keep it
        assert Decimal(str(order["total"])) == Decimal("10.70")


def test_csrf_protect_set_up_before_the_plugin_also_lets_twilio_through(database_url: str) -> None:
    from flask_wtf.csrf import CSRFProtect

    from tests.hosts import build_app, conventional

    app = build_app("early_csrf", None, database_url, {**TEST_SETTINGS, "WTF_CSRF_ENABLED": True},
                    register_voice=False)
    conventional.db.init_app(app)
    CSRFProtect(app)
    from pos_voice import voice_bp

    app.register_blueprint(voice_bp)
    with app.app_context():
        create_all(conventional.db)
        conventional.seed()
    try:
        report = check(app)
        assert "passes the host's stack (200)" in report["text"] and report["exit_code"] == 0, report["text"]
    finally:
        with app.app_context():
            conventional.db.drop_all()
            conventional.db.engine.dispose()


def test_a_host_hook_that_refuses_twilio_is_named_by_check(database_url: str) -> None:
    with host(validated, database_url, POS_VOICE_ORDER_TYPES=["pickup"]) as app:
        @app.before_request
        def token_everywhere() -> t.Any:  # a JWT check on every path, the plugin's too
            from flask import abort, request

            if request.headers.get("Authorization") != "Bearer staff":
                abort(401)

        report = check(app)
        assert report["blocking"] == {"host code"}, report["text"]
        (message,) = messages(report, "host code")
        assert "answers Twilio's signed webhook /voice/status with 401" in message


def test_docs_list_every_column_role_the_code_knows() -> None:
    from pathlib import Path

    from pos_voice.readme import with_roles

    root = Path(__file__).resolve().parent.parent
    for name in ("README.md", "docs/integration.md"):
        text = (root / name).read_text(encoding="utf-8")
        assert with_roles(text) == text, f"{name} is out of date: python -m pos_voice.readme --write"
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Integration"):readme.index("## How a call flows")]
    assert section.rstrip() == (root / "docs/integration.md").read_text(encoding="utf-8").rstrip()
    for key in ("`order.tax_rate`", "`category.parent_id`", "`order_item.line_total`", "`customer.phone`"):
        assert key in section


def test_a_word_the_host_refuses_is_named_with_its_key_and_small_tax_amounts_are_questioned(
        database_url: str) -> None:
    settings = {"POS_VOICE_ORDER_STATUS_VALUE": "new", "POS_VOICE_TAX_RATE": "0.07"}
    with host(constrained, database_url, **settings) as app:
        with app.app_context():
            session = get_state(app).db.session
            session.execute(sa.text("UPDATE orders SET tax = CASE WHEN id = 1 THEN 0.75 ELSE 0.90 END"))
            session.commit()
        report = check(app)
        text = report["text"]
        assert "status: writes 'new' into orders.status (set by POS_VOICE_ORDER_STATUS_VALUE)" in text
        assert report["blocking"] == {"POS_VOICE_ORDER_STATUS_VALUE"}, text
        refused = " ".join(messages(report, "POS_VOICE_ORDER_STATUS_VALUE"))
        assert "a test pickup order could not be written — the host said: " in refused
        assert "ck_orders_status" in refused  # the database's own words, verbatim
        assert "orders.tax gets the tax amount (pos_voice's default)" in text
        assert any("holds values below 1" in m and '"order.tax_rate": "tax"' in m
                   for m in messages(report, "POS_VOICE_COLUMNS"))
