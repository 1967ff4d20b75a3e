"""The staff pages with the call's language (shown, filtered, exported) and the dashboard's
turn-taking figures pooled over the range's calls."""

from __future__ import annotations

import csv
import io

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from pos_voice.extension import get_state
from tests.browser.scenario import Scenario
from tests.conftest import configure
from tests.support.staff import shown, text_of

Seeded = tuple[Flask, FlaskClient, Scenario]


def _set(app: Flask, call_id: int, **values: object) -> None:
    with app.app_context():
        state = get_state()
        calls = state.models.VoiceCall
        state.db.session.execute(sa.update(calls).where(calls.id == call_id).values(**values))
        state.db.session.commit()


def _metrics(app: Flask, call_id: int, **data: object) -> None:
    with app.app_context():
        state = get_state()
        state.db.session.add(state.models.VoiceCallEvent(call_id=call_id, event_type="turn_metrics",
                                                         event_data=data))
        state.db.session.commit()


def test_the_calls_language_is_shown_filtered_and_exported(seeded: Seeded) -> None:
    app, client, scenario = seeded
    spanish, english = scenario.calls[0], scenario.calls[1]
    _set(app, spanish.id, language="es")
    _set(app, english.id, language="en")
    single = text_of(client.get("/voice/calls"))
    assert "Language" not in single  # one language: nothing to show or choose
    configure(app, LANGUAGES=["en", "es"])
    page = client.get("/voice/calls").get_data(as_text=True)
    assert '<option value="es" >Spanish</option>' in page
    assert 'title="Spanish">Spanish</span>' in page
    only = text_of(client.get("/voice/calls?language=es"))
    assert shown(spanish.phone) in only and shown(english.phone) not in only and "1 in all" in only
    assert '<option value="es" selected>' in client.get("/voice/calls?language=es").get_data(as_text=True)
    assert "5 in all" in text_of(client.get("/voice/calls?language=<b>"))  # not a code: no filter
    exported = client.get("/voice/calls.csv?language=es").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [(row["call_sid"], row["language"]) for row in rows] == [(spanish.call_sid, "es")]
    assert "Language Spanish" in text_of(client.get(f"/voice/calls/{spanish.id}"))


def test_the_dashboard_pools_the_calls_turn_taking(seeded: Seeded) -> None:
    app, client, scenario = seeded
    first, second = scenario.calls[0], scenario.calls[1]
    _metrics(app, first.id, turns=3, response_ms=[400, 600, 800], interruptions=1, false_interruptions=1,
             backchannels_ignored=2, dead_air_turns=0, dead_air_ms=0)
    _metrics(app, second.id, turns=2, response_ms=[1000, 3000], interruptions=1, false_interruptions=0,
             backchannels_ignored=0, dead_air_turns=1, dead_air_ms=3000)
    page = text_of(client.get("/voice/dashboard?range=7d"))
    # Every turn of both calls: the median of five is the third, the 95th percentile the fifth.
    assert "0.80 s answer time, median" in page
    assert "3.00 s answer time, 95th percentile" in page
    assert "40.0 % of turns interrupted (2)" in page
    assert '50.0 % of interruptions only "mm-hm" (1)' in page
    assert "1 waits over 2 s" in page
    assert "Turn-taking over 5 answered turns of 2 calls" in page
