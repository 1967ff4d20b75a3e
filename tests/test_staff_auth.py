"""Staff pages are behind the host's auth, closed when none is configured; Twilio's are not."""

from __future__ import annotations

import typing as t
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask, redirect, request
from flask_sqlalchemy import SQLAlchemy

from pos_voice import voice_bp
from tests.conftest import TEST_SETTINGS
from tests.support.databases import create_all

STAFF_PAGES = ["/voice/", "/voice/dashboard", "/voice/calls", "/voice/calls.csv", "/voice/calls/1",
               "/voice/live", "/voice/live.json", "/voice/orders", "/voice/alerts.json"]
STAFF_ENDPOINTS = {"pos_voice.staff_home", "pos_voice.dashboard", "pos_voice.calls", "pos_voice.calls_csv",
                   "pos_voice.call_detail", "pos_voice.live", "pos_voice.live_data", "pos_voice.voice_orders",
                   "pos_voice.mark_handled", "pos_voice.take_call", "pos_voice.alerts_data"}


def allow_when_badge_header() -> bool:
    """A host check reached through an import string."""
    return request.headers.get("X-Staff-Badge") == "42"


@pytest.fixture
def make_host(tmp_path: Path, database_url: str) -> Iterator[t.Callable[..., Flask]]:
    """A bare host app (no POS tables) with pos_voice registered and its tables created."""
    made: list[tuple[Flask, SQLAlchemy]] = []

    def build(**config: t.Any) -> Flask:
        app = Flask("staff_host", template_folder=str(tmp_path / "templates"))
        app.config.update({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url, **config})
        db = SQLAlchemy(app)
        app.register_blueprint(voice_bp)
        with app.app_context():
            create_all(db)
        made.append((app, db))
        return app

    yield build
    for app, db in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_closed_with_a_clear_message_when_nothing_is_configured(make_host: t.Callable[..., Flask]) -> None:
    client = make_host().test_client()
    for path in STAFF_PAGES:
        response = client.get(path)
        assert response.status_code == 403, path
        assert b"POS_VOICE_STAFF_AUTH" in response.data and b"Flask-Login" in response.data


def test_every_staff_endpoint_is_guarded(make_host: t.Callable[..., Flask]) -> None:
    app = make_host()
    staff = {rule.endpoint for rule in app.url_map.iter_rules()
             if rule.endpoint.startswith("pos_voice.") and rule.endpoint not in
             {"pos_voice.static", "pos_voice.health", "pos_voice.incoming", "pos_voice.stream",
              "pos_voice.stream_ended", "pos_voice.status", "pos_voice.dial_ended",
              "pos_voice.notify_status", "pos_voice.openai_webhook"}}
    assert staff == STAFF_ENDPOINTS


def test_twilio_endpoints_and_health_are_not_behind_staff_auth(make_host: t.Callable[..., Flask]) -> None:
    app = make_host(POS_VOICE_STAFF_AUTH=lambda: False)
    client = app.test_client()
    assert client.get("/voice/health").status_code == 200
    twilio_paths = [rule.rule for rule in app.url_map.iter_rules()
                    if rule.endpoint in {"pos_voice.incoming", "pos_voice.stream_ended", "pos_voice.status",
                                         "pos_voice.dial_ended", "pos_voice.notify_status",
                                         "pos_voice.openai_webhook"}]
    for path in twilio_paths:
        response = client.post(path, data={"CallSid": "CA" + "0" * 32})
        assert b"staff pages" not in response.data, path  # refused (unsigned), but not by the staff check


def test_callable_check(make_host: t.Callable[..., Flask]) -> None:
    allowed = {"yes": False}
    client = make_host(POS_VOICE_STAFF_AUTH=lambda: allowed["yes"]).test_client()
    refused = client.get("/voice/calls")
    assert refused.status_code == 403 and b"not allowed" in refused.data
    allowed["yes"] = True
    assert client.get("/voice/calls").status_code == 200


def test_import_string_check(make_host: t.Callable[..., Flask]) -> None:
    client = make_host(POS_VOICE_STAFF_AUTH="tests.test_staff_auth:allow_when_badge_header").test_client()
    assert client.get("/voice/dashboard").status_code == 403
    assert client.get("/voice/dashboard", headers={"X-Staff-Badge": "42"}).status_code == 200


def test_check_may_answer_with_its_own_response(make_host: t.Callable[..., Flask]) -> None:
    client = make_host(POS_VOICE_STAFF_AUTH=lambda: redirect("/sso/login")).test_client()
    response = client.get("/voice/live")
    assert response.status_code == 302 and response.headers["Location"] == "/sso/login"


def test_flask_login_is_used_when_the_host_has_it(demo_app: Flask) -> None:
    from pizzeria_pos.models import User

    client = demo_app.test_client()
    response = client.get("/voice/dashboard")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")
    with demo_app.app_context():
        user_id = demo_app.extensions["sqlalchemy"].session.query(User).filter_by(username="staff").one().id
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
    assert client.get("/voice/dashboard").status_code == 200
