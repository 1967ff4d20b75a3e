"""Registering pos_voice on hosts: failure modes never take the host down and name the key to fix."""

from __future__ import annotations

import json
import typing as t
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice import PosVoice, voice_bp
from pos_voice.extension import get_state, setup_app
from tests.conftest import TEST_SETTINGS
from tests.hosts import broken, conventional, running, tickets
from tests.support.databases import create_all


def _health(app: Flask) -> dict[str, t.Any]:
    response = app.test_client().get("/voice/health")
    assert response.status_code == 200
    return t.cast(dict[str, t.Any], response.get_json())


def _check(app: Flask, *args: str) -> t.Any:
    return app.test_cli_runner().invoke(args=["pos-voice", "check", *args])


FAILURES = [
    (broken.no_database, "SQLALCHEMY_DATABASE_URI", "pos_voice needs the host's Flask-SQLAlchemy"),
    (broken.no_products, "POS_VOICE_PRODUCT_MODEL",
     "no products/menu table found among: things, users — set POS_VOICE_PRODUCT_MODEL"),
    (broken.no_orders, "POS_VOICE_ORDER_MODEL",
     "no orders table found among: products — set POS_VOICE_ORDER_MODEL"),
    (broken.not_null_without_default, "POS_VOICE_ORDER_DEFAULTS",
     "orders.store_id is NOT NULL with no default and pos_voice cannot fill it: "
     'set POS_VOICE_ORDER_DEFAULTS = {"store_id": <value>}'),
    (broken.ambiguous_products, "POS_VOICE_PRODUCT_MODEL", "several tables could be the products/menu"),
]


@pytest.mark.parametrize(("factory", "key", "message"), FAILURES, ids=[f[0].__name__ for f in FAILURES])
def test_failure_modes_are_reported_and_the_host_keeps_serving(
        factory: t.Callable[..., Flask], key: str, message: str, database_url: str) -> None:
    app = factory(database_url, **TEST_SETTINGS)  # registering must not raise
    try:
        state = get_state(app)
        assert not state.usable
        body = _health(app)
        assert body["status"] == "degraded" and body["taking_calls"] is False
        assert any(p["key"] == key and message in p["message"] and p["blocking"] for p in body["problems"])
        result = _check(app)
        assert result.exit_code == 1
        assert message in result.output and f"[{key}]" in result.output
        assert "NOT ready to take calls" in result.output
        as_json = json.loads(_check(app, "--json").output)
        assert as_json["usable"] is False and any(p["key"] == key for p in as_json["problems"])
        # The host's own routes are untouched.
        response = app.test_client().get("/host/ping")
        assert response.status_code == 200 and response.get_json()["ok"] is True
    finally:
        db = app.extensions.get("sqlalchemy")
        if db is not None:
            with app.app_context():
                db.engine.dispose()


def test_not_null_host_serves_its_own_data_and_is_fixed_by_order_defaults(database_url: str) -> None:
    app = broken.not_null_without_default(database_url, **TEST_SETTINGS)
    db = app.extensions["sqlalchemy"]
    try:
        with app.app_context():
            create_all(db)
            db.session.execute(sa.text("INSERT INTO products (name, price) VALUES ('Soup', 4.50)"))
            db.session.commit()
        assert app.test_client().get("/host/orders").get_json() == {"orders": 0}
        fixed = broken.not_null_without_default(database_url, **TEST_SETTINGS,
                                                POS_VOICE_ORDER_DEFAULTS={"store_id": 3,
                                                                          "order_item.station": "grill"})
        assert get_state(fixed).usable, get_state(fixed).problems
        assert _check(fixed).exit_code == 0
    finally:
        with app.app_context():
            db.engine.dispose()


@pytest.mark.parametrize(("setting", "message"), [
    ("POS_VOICE_OPENAI_API_KEY", "POS_VOICE_OPENAI_API_KEY is not set: the assistant cannot reach the OpenAI"
                                 " Realtime API"),
    ("POS_VOICE_TWILIO_AUTH_TOKEN", "POS_VOICE_TWILIO_AUTH_TOKEN is not set: Twilio's request signatures"),
    ("POS_VOICE_PUBLIC_BASE_URL", "POS_VOICE_PUBLIC_BASE_URL is not set: Twilio needs the public https URL"),
])
def test_missing_settings_each_name_their_key(setting: str, message: str, database_url: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(setting, raising=False)
    with running(conventional, database_url, **{setting: None}) as (app, _):
        body = _health(app)
        assert body["status"] == "degraded"
        assert [p["key"] for p in body["problems"] if p["blocking"]] == [setting]
        assert any(message in p["message"] for p in body["problems"])
        result = _check(app)
        assert result.exit_code == 1 and message in result.output
        assert app.test_client().get("/host/menu").status_code == 200


def test_a_mapped_host_is_healthy_and_check_prints_the_mapping(database_url: str) -> None:
    with running(conventional, database_url) as (app, _):
        body = _health(app)
        assert body["status"] == "ok" and body["taking_calls"] is True and body["problems"] == []
        result = _check(app)
        assert result.exit_code == 0, result.output
        assert "Host mapping:" in result.output
        assert "product: products (Product): name=name, price=price" in result.output
        assert "pos_voice is ready to take calls." in result.output
        mapping = json.loads(_check(app, "--json").output)["mapping"]
        assert mapping["order"]["table"] == "orders" and mapping["customer"]["columns"]["phone"] == "phone"


def test_two_apps_of_two_hosts_and_one_factory_twice(tmp_path: Path, database_url: str) -> None:
    other_url = f"sqlite:///{tmp_path / 'second-conventional.sqlite'}"
    with running(conventional, database_url) as (first, _), \
            running(tickets, f"sqlite:///{tmp_path / 'tickets.sqlite'}",
                    POS_VOICE_ORDER_DEFAULTS={"user_id": 1}) as (ticket_app, _), \
            running(conventional, other_url, POS_VOICE_BUSINESS_NAME="Second Slice") as (second, _):
        states = [get_state(app) for app in (first, ticket_app, second)]
        assert len({id(s) for s in states}) == 3 and len({id(s.pos) for s in states}) == 3
        for app in (first, ticket_app, second):
            assert _health(app)["status"] == "ok"
        with ticket_app.app_context():
            assert {i.name for i in get_state().pos.menu().items} == {  # type: ignore[union-attr]
                "Margherita", "Caesar Salad", "Tiramisu"}
        with second.app_context():
            conventional.db.session.execute(conventional.Product.__table__.delete().where(
                conventional.Product.name == "Coke"))
            conventional.db.session.commit()
            assert "Coke" not in {i.name for i in get_state().pos.menu().items}  # type: ignore[union-attr]
        with first.app_context():
            assert "Coke" in {i.name for i in get_state().pos.menu().items}  # type: ignore[union-attr]
        assert second.config["POS_VOICE_BUSINESS_NAME"] == "Second Slice"
        assert first.config["POS_VOICE_BUSINESS_NAME"] == TEST_SETTINGS["POS_VOICE_BUSINESS_NAME"]


def test_registering_twice_on_one_app_raises(database_url: str) -> None:
    with running(conventional, database_url) as (app, _):
        with pytest.raises(ValueError, match="already registered"):
            app.register_blueprint(voice_bp)
        with pytest.raises(ValueError, match="already registered"):
            PosVoice(app)
        with pytest.raises(RuntimeError, match="already registered"):
            setup_app(app, None)
        assert _health(app)["status"] == "ok"  # the first registration still stands


def test_get_state_on_an_app_without_pos_voice_says_how_to_register() -> None:
    with pytest.raises(RuntimeError, match=r"register_blueprint\(voice_bp\)"):
        get_state(Flask("bare"))


def test_check_finds_tables_and_columns_missing_from_the_database(database_url: str) -> None:
    app = conventional.create_app(database_url, **TEST_SETTINGS)
    db = app.extensions["sqlalchemy"]
    try:
        result = _check(app)  # models mapped, but no tables yet: migrations not run
        assert result.exit_code == 1
        assert "table products (product) does not exist in the database" in result.output
        assert "flask db upgrade" in result.output
        with app.app_context():
            create_all(db)
            db.session.execute(sa.text("ALTER TABLE customers DROP COLUMN address"))  # a migration not run
            db.session.commit()
        result = _check(app)
        assert result.exit_code == 1
        assert "customers in the database has no column address that the model defines" in result.output
        assert json.loads(_check(app, "--json").output)["usable"] is False
        with app.app_context():
            db.session.execute(sa.text("ALTER TABLE customers ADD COLUMN address VARCHAR(200)"))
            db.session.commit()
        result = _check(app)  # every table there, but nothing to sell
        assert result.exit_code == 1
        assert "the menu read from products has no items (the table is empty)" in result.output
        with app.app_context():
            conventional.seed()
        assert _check(app).exit_code == 0
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
