"""The demo POS (examples/pizzeria_pos): seed, staff pages, the phone badge, migrations, settings.

Runs on SQLite, and on PostgreSQL when ``POS_VOICE_TEST_POSTGRES_URL`` is set.
"""

from __future__ import annotations

import re
import typing as t
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import flash, render_template_string

from tests.conftest import TEST_SETTINGS
from tests.support.databases import create_all

pytestmark = pytest.mark.timeout(60)

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def models() -> t.Any:
    from pizzeria_pos import models as pizzeria_models

    return pizzeria_models


def db_of(app: t.Any) -> t.Any:
    return app.extensions["sqlalchemy"]


def csrf_from(client: t.Any, path: str) -> str:
    page = client.get(path)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def log_in(client: t.Any, username: str = "staff", password: str = "pizza") -> t.Any:
    token = csrf_from(client, "/login")
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


@pytest.fixture
def staff(demo_app: t.Any) -> t.Any:
    """A test client logged in as the seeded staff user."""
    client = demo_app.test_client()
    response = log_in(client)
    assert response.status_code == 302
    return client


def product(app: t.Any, name: str) -> t.Any:
    m = models()
    return db_of(app).session.scalar(sa.select(m.Product).where(m.Product.name == name))


def add_order(app: t.Any, *, number: str, source: str, **fields: t.Any) -> int:
    """Ring up an order the way the POS (or pos_voice) stores it; returns its id."""
    m = models()
    session = db_of(app).session
    with app.app_context():
        pepperoni = product(app, "Pepperoni Pizza")
        knots = product(app, "Garlic Knots")
        order = m.Order(order_number=number, source=source, status="new", order_type="pickup",
                        customer_name=fields.pop("customer_name", "Mike Russo"),
                        customer_phone=fields.pop("customer_phone", "+15551234567"),
                        subtotal=Decimal("29.48"), tax=Decimal("2.62"), total=Decimal("32.10"), **fields)
        order.items = [
            m.OrderItem(product=pepperoni, product_name="Pepperoni Pizza", size="large", quantity=1,
                        unit_price=Decimal("21.99"), line_total=Decimal("21.99"),
                        modifiers="extra cheese, mushrooms", notes="well done please"),
            m.OrderItem(product=knots, product_name="Garlic Knots", size="12 piece", quantity=1,
                        unit_price=Decimal("7.49"), line_total=Decimal("7.49")),
        ]
        session.add(order)
        session.commit()
        return int(order.id)


# --- seed

def test_seed_builds_a_real_menu_and_is_idempotent(demo_app: t.Any) -> None:
    from pizzeria_pos.seed import seed_demo

    m = models()
    with demo_app.app_context():
        session = db_of(demo_app).session
        count = session.scalar(sa.select(sa.func.count()).select_from(m.Product))
        assert count >= 40
        orders_before = session.scalar(sa.select(sa.func.count()).select_from(m.Order))

        assert seed_demo() is False  # products exist: nothing added
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Product)) == count
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Order)) == orders_before
        assert session.scalar(sa.select(sa.func.count()).select_from(m.User)) == 1

        # The product document's prices.
        sizes = {s.size_name: s.price for s in product(demo_app, "Pepperoni Pizza").sizes}
        assert sizes == {"small": Decimal("12.49"), "medium": Decimal("15.49"), "large": Decimal("18.99")}
        coke = {s.size_name: s.price for s in product(demo_app, "Coke").sizes}
        assert coke["2 liter"] == Decimal("3.99")
        wings = {s.size_name for s in product(demo_app, "Chicken Wings").sizes}
        assert wings == {"6 piece", "12 piece"}

        categories = set(session.scalars(sa.select(m.Category.name)))
        assert {"Pizzas", "Specialty Pizzas", "Pastas", "Sides", "Salads", "Drinks", "Desserts",
                "Specials"} <= categories
        specials = session.scalars(sa.select(m.Product).where(m.Product.is_special)).all()
        assert specials and any(p.special_days is None for p in specials)
        assert any(p.special_days and "fri" in p.special_days for p in specials)

        toppings = {mod.name: mod.price for mod in session.scalars(sa.select(m.Modifier))}
        assert toppings["extra cheese"] == Decimal("1.50")
        assert {"mushrooms", "onions", "green peppers", "black olives", "sausage", "pepperoni", "bacon",
                "ham", "pineapple", "jalapenos", "anchovies"} <= set(toppings)

        # Allergens as printed on the menu, from the ingredients.
        from pizzeria_pos.seed import INGREDIENT_ALLERGENS, INGREDIENTS

        assert set(INGREDIENT_ALLERGENS) <= set(INGREDIENTS)
        assert product(demo_app, "Cheese Pizza").allergens == "milk, wheat"
        assert "shellfish" in product(demo_app, "Seafood Pasta").allergens
        assert "fish" in product(demo_app, "Caesar Salad").allergens.split(", ")
        assert product(demo_app, "Coke").allergens is None

        # Everything is on the menu and in stock by default.
        products = session.scalars(sa.select(m.Product)).all()
        assert all(p.is_available for p in products)
        assert all(p.price > 0 for p in products)


def test_seed_demo_command(database_url: str) -> None:
    from pizzeria_pos import create_app

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    try:
        with app.app_context():
            create_all(db_of(app))
        runner = app.test_cli_runner()
        first = runner.invoke(args=["seed-demo"])
        assert first.exit_code == 0
        assert "Seeded 56 menu items" in first.output and "staff/pizza" in first.output
        again = runner.invoke(args=["seed-demo"])
        assert again.exit_code == 0 and "nothing seeded" in again.output
    finally:
        with app.app_context():
            db_of(app).session.remove()
            db_of(app).engine.dispose()


def test_86ing_shrimp_takes_the_shrimp_dishes_off_and_leaves_the_alternatives(demo_app: t.Any) -> None:
    m = models()
    with demo_app.app_context():
        session = db_of(demo_app).session
        shrimp = session.scalar(sa.select(m.Ingredient).where(m.Ingredient.name == "shrimp"))
        assert shrimp.stock_quantity > 0
        shrimp.stock_quantity = Decimal("0")
        session.commit()
        session.expire_all()
        assert not product(demo_app, "Seafood Pasta").is_available
        assert not product(demo_app, "Shrimp Scampi").is_available
        for alternative in ("Chicken Alfredo", "Spaghetti and Meatballs", "Fettuccine Alfredo"):
            assert product(demo_app, alternative).is_available
        assert product(demo_app, "Pepperoni Pizza").is_available


def test_seeded_history_gives_the_dashboard_other_channels(demo_app: t.Any) -> None:
    from pizzeria_pos.models import utcnow

    m = models()
    with demo_app.app_context():
        session = db_of(demo_app).session
        orders = session.scalars(sa.select(m.Order)).all()
        assert len(orders) >= 30
        assert {o.source for o in orders} == {"counter", "online"}  # no voice orders until calls come in
        now = utcnow()
        assert all(now - timedelta(days=29) <= o.created_at < now for o in orders)
        assert all(o.total == o.subtotal + o.tax and o.items for o in orders)
        for order in orders:
            assert sum(line.line_total for line in order.items) == order.subtotal
        mike = session.scalar(sa.select(m.Customer).where(m.Customer.phone == "+15551234567"))
        assert mike is not None and mike.name.startswith("Mike")
        numbers = [int(o.order_number) for o in sorted(orders, key=lambda o: o.created_at)]
        assert numbers == sorted(numbers)  # order numbers rise with time


# --- pages

def test_pos_pages_need_a_login(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    for path in ("/orders", "/orders/1", "/menu", "/inventory"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/login?next=")

    assert log_in(client, password="pepperoni").status_code == 401
    assert client.get("/orders").status_code == 302

    token = csrf_from(client, "/login")
    forged = client.post("/login", data={"username": "staff", "password": "pizza", "csrf_token": "x" + token})
    assert forged.status_code == 400


def test_wrong_password_is_refused_with_a_message(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    response = log_in(client, password="calzone")
    assert response.status_code == 401
    assert "Wrong username or password" in response.get_data(as_text=True)


def test_login_goes_back_where_the_staff_member_was_but_never_off_site(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    token = csrf_from(client, "/login")
    back = client.post("/login?next=/menu",
                       data={"username": "staff", "password": "pizza", "csrf_token": token})
    assert back.headers["Location"] == "/menu"

    client = demo_app.test_client()
    token = csrf_from(client, "/login")
    away = client.post("/login?next=//evil.example/x",
                       data={"username": "staff", "password": "pizza", "csrf_token": token})
    assert away.headers["Location"] == "/orders"


def test_staff_see_the_order_queue_newest_first(demo_app: t.Any, staff: t.Any) -> None:
    m = models()
    with demo_app.app_context():
        newest_first = db_of(demo_app).session.scalars(
            sa.select(m.Order.order_number).order_by(m.Order.created_at.desc()).limit(3)).all()
    page = staff.get("/orders")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    shown = re.findall(r">#(\d+)</a>", html)
    assert shown[:3] == list(newest_first)
    assert "Tony&#39;s Pizza" in html  # business name from the config (escaped)
    for link in ("/voice/calls", "/voice/live", "/voice/dashboard", "/voice/orders"):
        assert f'href="{link}"' in html


def test_a_voice_order_carries_the_phone_badge(demo_app: t.Any, staff: t.Any) -> None:
    voice_id = add_order(demo_app, number="2001", source="voice")
    counter_id = add_order(demo_app, number="2002", source="counter", customer_name="Walk-in")

    html = staff.get("/orders").get_data(as_text=True)
    rows = dict(re.findall(r'data-order-id="(\d+)">(.*?)</tr>', html, flags=re.S))
    assert "badge-phone" in rows[str(voice_id)]
    assert "badge-phone" not in rows[str(counter_id)]
    assert html.count("badge-phone") == 1  # the seeded counter/online orders have none

    only_phone = staff.get("/orders?source=voice").get_data(as_text=True)
    assert re.findall(r'data-order-id="(\d+)"', only_phone) == [str(voice_id)]


def test_phone_badge_follows_the_configured_source_value(database_url: str) -> None:
    from pizzeria_pos import create_app
    from pizzeria_pos.seed import seed_demo

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url,
                      "POS_VOICE_ORDER_SOURCE_VALUE": "phone"})
    try:
        with app.app_context():
            create_all(db_of(app))
            seed_demo()
        phone_id = add_order(app, number="3001", source="phone")
        voice_id = add_order(app, number="3002", source="voice")
        client = app.test_client()
        log_in(client)
        html = client.get("/orders").get_data(as_text=True)
        rows = dict(re.findall(r'data-order-id="(\d+)">(.*?)</tr>', html, flags=re.S))
        assert "badge-phone" in rows[str(phone_id)]
        assert "badge-phone" not in rows[str(voice_id)]
    finally:
        with app.app_context():
            db_of(app).session.remove()
            db_of(app).engine.dispose()


def test_order_detail_shows_lines_modifiers_notes_totals_and_customer(demo_app: t.Any, staff: t.Any) -> None:
    order_id = add_order(demo_app, number="2001", source="voice", notes="Ring the side door")
    page = staff.get(f"/orders/{order_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Order #2001" in html
    assert "badge-phone" in html
    assert "large Pepperoni Pizza" in html and "12 piece Garlic Knots" in html
    assert "extra cheese, mushrooms" in html and "well done please" in html
    assert "Ring the side door" in html
    for amount in ("$21.99", "$7.49", "$29.48", "$2.62", "$32.10"):
        assert amount in html
    assert "Mike Russo" in html and "+15551234567" in html
    assert staff.get("/orders/999999").status_code == 404


def test_kitchen_moves_an_order_along_only_with_a_valid_form(demo_app: t.Any, staff: t.Any) -> None:
    m = models()
    order_id = add_order(demo_app, number="2001", source="voice")
    token = csrf_from(staff, f"/orders/{order_id}")

    assert staff.post(f"/orders/{order_id}/status", data={"status": "preparing"}).status_code == 400
    skipped = staff.post(f"/orders/{order_id}/status", data={"status": "completed", "csrf_token": token})
    assert skipped.status_code == 302
    moved = staff.post(f"/orders/{order_id}/status", data={"status": "preparing", "csrf_token": token})
    assert moved.status_code == 302
    with demo_app.app_context():
        assert db_of(demo_app).session.get(m.Order, order_id).status == "preparing"
    assert "is preparing" in staff.get(f"/orders/{order_id}").get_data(as_text=True)


def test_stock_page_86s_an_ingredient_and_the_menu_shows_it(demo_app: t.Any, staff: t.Any) -> None:
    m = models()
    with demo_app.app_context():
        shrimp_id = db_of(demo_app).session.scalar(
            sa.select(m.Ingredient.id).where(m.Ingredient.name == "shrimp"))
    token = csrf_from(staff, "/inventory")
    bad = staff.post(f"/inventory/{shrimp_id}", data={"stock_quantity": "-3", "csrf_token": token})
    assert bad.status_code == 302
    with demo_app.app_context():
        assert db_of(demo_app).session.get(m.Ingredient, shrimp_id).stock_quantity > 0

    staff.post(f"/inventory/{shrimp_id}", data={"stock_quantity": "0", "csrf_token": token})
    with demo_app.app_context():
        assert db_of(demo_app).session.get(m.Ingredient, shrimp_id).stock_quantity == 0
    menu = staff.get("/menu").get_data(as_text=True)
    seafood = menu[menu.index("Seafood Pasta") - 400: menu.index("Seafood Pasta") + 600]
    assert 'class="unavailable"' in seafood and "86'd" in seafood
    pepperoni = menu[menu.index("Pepperoni Pizza") - 200: menu.index("Pepperoni Pizza") + 300]
    assert "unavailable" not in pepperoni


def size_choice(app: t.Any, name: str, size: str | None = None) -> str:
    with app.app_context():
        item = product(app, name)
        if size is None:
            return f"p{item.id}"
        return f"p{item.id}s{next(s.id for s in item.sizes if s.size_name == size)}"


def modifier_id(app: t.Any, name: str) -> str:
    m = models()
    with app.app_context():
        return str(db_of(app).session.scalar(sa.select(m.Modifier.id).where(m.Modifier.name == name)))


def test_counter_order_is_priced_from_the_menu_and_numbered_after_the_last(
    demo_app: t.Any, staff: t.Any
) -> None:
    m = models()
    token = csrf_from(staff, "/orders/new")
    form = {
        "csrf_token": token, "order_type": "pickup", "customer_name": "Walk-in Lou",
        "item-0": size_choice(demo_app, "Pepperoni Pizza", "large"), "qty-0": "2",
        "mods-0": [modifier_id(demo_app, "extra cheese")], "note-0": "well done",
        "item-1": size_choice(demo_app, "Coke", "2 liter"), "qty-1": "1",
        "item-2": size_choice(demo_app, "Cannoli"), "qty-2": "3",
    }
    response = staff.post("/orders/new", data=form)
    assert response.status_code == 302
    with demo_app.app_context():
        session = db_of(demo_app).session
        order = session.scalar(sa.select(m.Order).order_by(m.Order.id.desc()).limit(1))
        assert response.headers["Location"] == f"/orders/{order.id}"
        assert order.order_number == "1049"  # the seed's history ends at 1048
        assert (order.source, order.status, order.customer_name) == ("counter", "new", "Walk-in Lou")
        lines = [(i.product_name, i.size, i.quantity, i.unit_price, i.line_total, i.modifiers, i.notes)
                 for i in order.items]
        assert lines == [
            ("Pepperoni Pizza", "large", 2, Decimal("20.49"), Decimal("40.98"), "extra cheese", "well done"),
            ("Coke", "2 liter", 1, Decimal("3.99"), Decimal("3.99"), None, None),
            ("Cannoli", None, 3, Decimal("3.99"), Decimal("11.97"), None, None),
        ]
        assert order.subtotal == Decimal("56.94")
        assert order.tax == Decimal("5.05")  # 8.875 % NYC sales tax, rounded half up
        assert order.total == Decimal("61.99")
    page = staff.get(f"/orders/{order.id}").get_data(as_text=True)
    assert "sent to the kitchen" in page and "badge-phone" not in page


def test_counter_order_remembers_the_customer_by_phone(demo_app: t.Any, staff: t.Any) -> None:
    m = models()
    token = csrf_from(staff, "/orders/new")
    cannoli = size_choice(demo_app, "Cannoli")
    regular = staff.post("/orders/new", data={"csrf_token": token, "item-0": cannoli,
                                              "customer_name": "Mike", "customer_phone": "(555) 123-4567"})
    newcomer = staff.post("/orders/new", data={
        "csrf_token": token, "item-0": cannoli, "order_type": "delivery", "customer_name": "Rosa Diaz",
        "customer_phone": "555 987 6543", "delivery_address": "9 Bond St"})
    assert regular.status_code == newcomer.status_code == 302
    with demo_app.app_context():
        session = db_of(demo_app).session
        newest = session.scalars(sa.select(m.Order).order_by(m.Order.id.desc()).limit(2)).all()
        rosa_order, mike_order = newest
        assert mike_order.customer_phone == "+15551234567" and mike_order.customer.name == "Mike Russo"
        assert rosa_order.customer.phone == "+15559876543" and rosa_order.customer.address == "9 Bond St"
    bad = staff.post("/orders/new", data={"csrf_token": token, "item-0": cannoli, "customer_phone": "12"})
    assert bad.status_code == 400 and "does not look like a phone number" in bad.get_data(as_text=True)


def test_a_voice_order_links_to_its_call(demo_app: t.Any, staff: t.Any) -> None:
    from pos_voice import get_state

    order_id = add_order(demo_app, number="2001", source="voice")
    with demo_app.app_context():
        call = get_state().models.VoiceCall(call_sid="CA" + "1" * 32, phone_from="+15551234567",
                                            order_id=order_id)
        db_of(demo_app).session.add(call)
        db_of(demo_app).session.commit()
        call_id = call.id
    html = staff.get(f"/orders/{order_id}").get_data(as_text=True)
    assert f'href="/voice/calls/{call_id}"' in html


def test_order_page_works_before_the_plugin_tables_exist(demo_app: t.Any, staff: t.Any) -> None:
    order_id = add_order(demo_app, number="2001", source="voice")
    with demo_app.app_context():
        db = db_of(demo_app)
        for name in ("voice_call_resumes", "voice_notifications", "voice_order_outbox", "voice_call_events",
                     "voice_calls"):
            db.metadata.tables[name].drop(db.engine)
    page = staff.get(f"/orders/{order_id}")
    assert page.status_code == 200 and "call transcript" not in page.get_data(as_text=True)
    assert staff.get("/orders").status_code == 200


def test_counter_order_refuses_what_the_kitchen_cannot_make(demo_app: t.Any, staff: t.Any) -> None:
    m = models()
    with demo_app.app_context():
        session = db_of(demo_app).session
        session.scalar(sa.select(m.Ingredient).where(m.Ingredient.name == "shrimp")).stock_quantity = 0
        session.commit()
        orders_before = session.scalar(sa.select(sa.func.count()).select_from(m.Order))
    token = csrf_from(staff, "/orders/new")
    cases = [
        ({"item-0": size_choice(demo_app, "Seafood Pasta")}, "Seafood Pasta is 86&#39;d"),
        ({"item-0": size_choice(demo_app, "Pepperoni Pizza")}, "Pick a size for Pepperoni Pizza"),
        ({"item-0": size_choice(demo_app, "Cannoli"), "order_type": "delivery"}, "needs an address"),
        ({"item-0": size_choice(demo_app, "Cannoli"), "qty-0": "0"}, "between 1 and 50"),
        ({}, "Add at least one item"),
    ]
    for fields, message in cases:
        response = staff.post("/orders/new", data={"csrf_token": token, **fields})
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)
    with demo_app.app_context():
        orders_after = db_of(demo_app).session.scalar(sa.select(sa.func.count()).select_from(m.Order))
        assert orders_after == orders_before
    form_page = staff.get("/orders/new").get_data(as_text=True)
    assert re.search(r"<option[^>]*disabled[^>]*>Seafood Pasta", form_page)


def test_logout_needs_the_form_token(demo_app: t.Any, staff: t.Any) -> None:
    assert staff.post("/logout").status_code == 400
    token = csrf_from(staff, "/orders")
    assert staff.post("/logout", data={"csrf_token": token}).status_code == 302
    assert staff.get("/orders").status_code == 302


def test_plugin_pages_can_extend_the_pos_layout(demo_app: t.Any) -> None:
    """pos_voice renders its staff pages inside POS_VOICE_BASE_TEMPLATE's title and content blocks."""
    assert demo_app.config["POS_VOICE_BASE_TEMPLATE"] == "pizzeria/base.html"
    assert demo_app.config["POS_VOICE_ORDER_URL"] == "/orders/{id}"
    with demo_app.test_request_context("/voice/calls"):
        flash("Call transferred", "info")
        html = render_template_string(
            '{% extends config["POS_VOICE_BASE_TEMPLATE"] %}{% block title %}Calls{% endblock %}'
            '{% block content %}<p id="plugin">call list</p>{% endblock %}'
        )
    assert "<title>Calls · Tony&#39;s Pizza</title>" in html
    assert '<p id="plugin">call list</p>' in html
    assert "Call transferred" in html
    assert "pizzeria.css" in html


def test_voice_health_answers_json(demo_app: t.Any) -> None:
    response = demo_app.test_client().get("/voice/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["taking_calls"] is True and body["problems"] == []
    assert body["database"]["reachable"] is True
    from pos_voice.extension import get_state
    from pos_voice.pos.types import Problem

    get_state(demo_app).problems.append(Problem("POS_VOICE_OPENAI_API_KEY", "no key"))
    body = demo_app.test_client().get("/voice/health").get_json()
    assert body["status"] == "degraded" and body["taking_calls"] is False
    assert body["problems"] == [{"key": "POS_VOICE_OPENAI_API_KEY", "message": "no key", "blocking": True}]


# --- settings

def test_database_url_precedence_and_postgres_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pizzeria_pos import database_url

    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url({}, str(tmp_path)) == f"sqlite:///{tmp_path / 'pizzeria.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db:5432/pos")
    assert database_url({}, str(tmp_path)) == "postgresql+psycopg://u:p@db:5432/pos"
    assert database_url({"SQLALCHEMY_DATABASE_URI": "sqlite:///x.db"}, str(tmp_path)) == "sqlite:///x.db"


def test_demo_defaults_yield_to_environment_and_config(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pizzeria_pos import create_app

    base = {"SECRET_KEY": "s", "SQLALCHEMY_DATABASE_URI": database_url}
    monkeypatch.delenv("POS_VOICE_BUSINESS_NAME", raising=False)
    apps = [create_app(base)]
    assert apps[0].config["POS_VOICE_BUSINESS_NAME"] == "Tony's Pizzeria"
    assert apps[0].config["POS_VOICE_TAX_RATE"] == Decimal("0.08875")
    monkeypatch.setenv("POS_VOICE_BUSINESS_NAME", "Sal's Slices")
    apps.append(create_app(base))
    assert apps[1].config["POS_VOICE_BUSINESS_NAME"] == "Sal's Slices"
    apps.append(create_app({**base, "POS_VOICE_BUSINESS_NAME": "Config Pies"}))
    assert apps[2].config["POS_VOICE_BUSINESS_NAME"] == "Config Pies"
    for app in apps:
        with app.app_context():
            db_of(app).engine.dispose()


def test_without_secret_key_one_is_generated_once_and_kept_private(tmp_path: Path) -> None:
    from pizzeria_pos import instance_secret_key

    first = instance_secret_key(tmp_path)
    assert len(first) == 64
    assert instance_secret_key(tmp_path) == first  # every worker and restart signs sessions alike
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


# --- migrations

def test_the_migration_history_builds_exactly_the_host_tables(database_url: str) -> None:
    """`flask db upgrade` makes the same host schema as the models; only pos_voice's tables are left
    for `flask pos-voice install-migrations`."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from flask_migrate import upgrade
    from pizzeria_pos import MIGRATIONS_DIR, create_app
    from pizzeria_pos.seed import seed_demo

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    try:
        with app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR), revision="2f442277f87b")
            db = db_of(app)
            with db.engine.connect() as conn:
                diffs = compare_metadata(MigrationContext.configure(conn), db.metadata)
            host_diffs = [d for d in diffs if not _is_voice_diff(d)]
            assert host_diffs == []
            assert seed_demo() is True  # the migrated schema takes the seed
    finally:
        with app.app_context():
            db_of(app).session.remove()
            db_of(app).engine.dispose()


def _is_voice_diff(diff: t.Any) -> bool:
    if isinstance(diff, list):  # column-level changes come grouped
        return all(_is_voice_diff(d) for d in diff)
    for part in diff[1:]:
        table = getattr(part, "table", None)
        name = getattr(part, "name", None) if isinstance(part, sa.Table) else getattr(table, "name", None)
        if name is None and isinstance(part, str):
            name = part
        if name is not None:
            return str(name).startswith("voice_")
    return False
