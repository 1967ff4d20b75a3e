"""Shared fixtures: fresh databases, the demo POS with the plugin, signed Twilio requests."""

from __future__ import annotations

import sys
import threading
import time
import typing as t
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))  # the demo POS package, pizzeria_pos

from tests.support.databases import fresh_database  # noqa: E402
from tests.support.demo import SeededTemplates  # noqa: E402
from tests.support.process_caches import install as install_process_caches  # noqa: E402
from tests.support.staff import seeded  # noqa: E402, F401 - the fixture, for every test file

# Templates and URL builders compiled once per test process, not once per test app
install_process_caches()

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
    # The fake models leave the end-of-call summary request unanswered unless a test answers it:
    # off here (the events' summary), so no call's final record waits for it. Tests of the
    # model's summary set their own (tests/test_bridge_summary.py).
    "POS_VOICE_SUMMARY_SECONDS": 0,
    # The no-dead-air watchdog's real-clock bounds (3 s, 5 s) are for a model across the
    # internet; a fake model on a loaded test machine has missed them (a retried session
    # recorded as an error in a test about something else). Tests of the watchdog set their own
    # bounds, or run on a manual clock with the defaults (``tests.support.bridge.rig``).
    "POS_VOICE_WATCHDOG_READY_SECONDS": 30.0,
    "POS_VOICE_WATCHDOG_RESPONSE_SECONDS": 30.0,
}


def configure(app: t.Any, **settings: t.Any) -> None:
    """Change POS_VOICE_* settings of an app after registration (they are read once, at registration)."""
    from pos_voice.extension import get_state

    app.config.update({f"POS_VOICE_{key}": value for key, value in settings.items()})
    get_state(app).reload_settings()


#: Thread names of a call's parts (pos_voice.bridge): none may outlive the test that started it.
CALL_THREAD_PREFIX = "pos_voice-"


def _call_threads() -> list[str]:
    return [thread.name for thread in threading.enumerate() if thread.name.startswith(CALL_THREAD_PREFIX)]


@pytest.fixture(autouse=True)
def no_call_left_running() -> Iterator[None]:
    """After every test: no call session's thread is still running (they end with their call)."""
    yield
    deadline = time.monotonic() + 15
    while _call_threads():
        if time.monotonic() > deadline:
            pytest.fail(f"call threads still running after the test: {_call_threads()}")
        time.sleep(0.01)


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    with fresh_database(tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def seeded_demo_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeededTemplates]:
    """The demo POS's seeded database, built once per test process (see tests/support/demo.py)."""
    templates = SeededTemplates(tmp_path_factory.mktemp("seeded-demo"))
    yield templates
    templates.drop()


@pytest.fixture
def demo_app(database_url: str, seeded_demo_templates: SeededTemplates) -> Iterator[t.Any]:
    """The demo pizzeria POS with pos_voice registered, its tables created and its menu seeded:
    its own database, a copy of the one ``seed_demo()`` filled for this test process."""
    from pizzeria_pos import create_app

    seeded_demo_templates.copy_into(database_url, TEST_SETTINGS)
    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    yield app
    live = app.extensions["pos_voice"].live_calls
    deadline = time.monotonic() + 15
    while len(live):
        if time.monotonic() > deadline:
            pytest.fail(f"calls still live after the test: {sorted(live.snapshot())}")
        time.sleep(0.01)
    with app.app_context():
        app.extensions["sqlalchemy"].session.remove()
        app.extensions["sqlalchemy"].engine.dispose()
