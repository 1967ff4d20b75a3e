"""Shared fixtures: fresh databases, the demo POS with the plugin, signed Twilio requests."""

from __future__ import annotations

import sys
import typing as t
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))  # the demo POS package, pizzeria_pos

from tests.support.databases import fresh_database  # noqa: E402

TEST_SETTINGS: dict[str, t.Any] = {
    "TESTING": True,
    "SECRET_KEY": "test-secret",
    "POS_VOICE_TWILIO_AUTH_TOKEN": "test-twilio-token",
    "POS_VOICE_TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "POS_VOICE_OPENAI_API_KEY": "sk-test-not-a-real-key",
    "POS_VOICE_PUBLIC_BASE_URL": "https://pos.example.com",
    "POS_VOICE_STAFF_PHONE": "+15550001111",
    "POS_VOICE_BUSINESS_NAME": "Tony's Pizza",
    "POS_VOICE_BUSINESS_ADDRESS": "12 Main Street, Springfield",
    "POS_VOICE_TIMEZONE": "America/New_York",
    # Open around the clock: orders placed by tests must not depend on the hour CI runs at
    # (submit_order refuses orders while closed). Tests about opening hours set their own.
    "POS_VOICE_HOURS": {day: "00:00-24:00" for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
}


def configure(app: t.Any, **settings: t.Any) -> None:
    """Change POS_VOICE_* settings of an app after registration (they are read once, at registration)."""
    from pos_voice.extension import get_state

    app.config.update({f"POS_VOICE_{key}": value for key, value in settings.items()})
    get_state(app).reload_settings()


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    with fresh_database(tmp_path) as url:
        yield url


@pytest.fixture
def demo_app(database_url: str) -> Iterator[t.Any]:
    """The demo pizzeria POS with pos_voice registered, its tables created and its menu seeded."""
    from pizzeria_pos import create_app
    from pizzeria_pos.seed import seed_demo

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    with app.app_context():
        db = app.extensions["sqlalchemy"]
        db.create_all()
        seed_demo()
    yield app
    with app.app_context():
        app.extensions["sqlalchemy"].session.remove()
        app.extensions["sqlalchemy"].engine.dispose()
