"""The staff side in tests: a signed-in test client, the calls of tests/browser/scenario.py, the
pages' visible text and numbers as the pages show them."""

from __future__ import annotations

import re
import typing as t

import pytest
from flask import Flask
from flask.testing import FlaskClient

if t.TYPE_CHECKING:
    from tests.browser.scenario import Scenario

# The package is imported inside the helpers: tests/conftest.py offers ``seeded`` to every test
# file, and loading the conftest must not load pos_voice.


def log_in(app: Flask, client: FlaskClient) -> None:
    """Sign ``client`` in as the demo's staff user (Flask-Login's session keys; the sign-in form
    itself is tested in tests/test_staff_auth.py)."""
    from pizzeria_pos.models import User

    with app.app_context():
        user_id = app.extensions["sqlalchemy"].session.query(User).filter_by(username="staff").one().id
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True


@pytest.fixture
def seeded(demo_app: Flask) -> tuple[Flask, FlaskClient, Scenario]:
    """The demo POS after the scenario's calls, and a staff client signed in to it."""
    from tests.browser.scenario import seed_calls

    with demo_app.app_context():
        scenario = seed_calls()
    client = demo_app.test_client()
    log_in(demo_app, client)
    return demo_app, client, scenario


def shown(e164: str) -> str:
    """A stored number as the pages show it in the shop's region (the demo is in New York)."""
    from pos_voice.staff import present

    return present.phone(e164, "US")


def text_of(response: t.Any) -> str:
    """The page's visible text, whitespace collapsed, entities of interest decoded."""
    body = re.sub(r"<script.*?</script>|<style.*?</style>", " ", response.get_data(as_text=True), flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body).replace("&#39;", "'").replace("&gt;", ">").replace("&lt;", "<")
    return re.sub(r"\s+", " ", body.replace("&#34;", '"').replace("&amp;", "&"))
