"""Model lifecycle: the defaults have no shutdown date, the table agrees with the ``openai``
types, ``check`` and ``/voice/health`` warn 60 days ahead at an injected date (``check`` fails
once a configured model is shut down, health only degrades), and the fake service refuses
shut-down models while a whole call on the defaults still works after every published date."""

from __future__ import annotations

import json
import re
import typing as t
from datetime import UTC, date, datetime

import pytest
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.model_lifecycle import SHUTDOWNS, WARN_DAYS, notices
from pos_voice.services import Clock
from pos_voice.settings import Settings
from pos_voice.testing import FakeRealtimeServer, Script, run_simulation, scripts
from tests.conftest import configure
from tests.hosts import conventional, running

AFTER_EVERY_DATE = date(2027, 3, 1)


class DateClock(Clock):
    """The real clock, on another day (monotonic time untouched)."""

    def __init__(self, day: date) -> None:
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, datetime.now(UTC).time(), tzinfo=UTC)


def _on(app: Flask, day: date) -> None:
    get_state(app).clock = DateClock(day)


def _sdk_deprecations(model_class: t.Any) -> dict[str, date]:
    """``model -> shutdown date`` from the "Deprecated values" docstring of an ``openai`` type's
    ``model`` field (generated from OpenAI's API spec)."""
    import inspect

    source = inspect.getsource(model_class)
    found: dict[str, date] = {}
    pattern = r"- ((?:\"[^\"]+\",?\s*)+):\s*Announced shutdown date:\s*(\d{4}-\d{2}-\d{2})"
    for block, day in re.findall(pattern, source):
        for model in re.findall(r"\"([^\"]+)\"", block):
            found[model] = date.fromisoformat(day)
    return found


def test_the_table_has_every_shutdown_the_openai_types_announce() -> None:
    from openai.types.realtime import AudioTranscription, RealtimeSessionCreateRequest

    announced = {**_sdk_deprecations(RealtimeSessionCreateRequest), **_sdk_deprecations(AudioTranscription)}
    assert "gpt-realtime" in announced and "gpt-4o-mini-transcribe" in announced  # the parse found them
    assert {model: SHUTDOWNS[model].day for model in announced if model in SHUTDOWNS} == announced
    # Every replacement is itself a value the session accepts, with no date of its own.
    realtime_models = t.get_args(t.get_args(RealtimeSessionCreateRequest.model_fields["model"].annotation)[1])
    transcription_models = t.get_args(t.get_args(AudioTranscription.model_fields["model"].annotation)[1])
    for model, shutdown in SHUTDOWNS.items():
        assert shutdown.replacement not in SHUTDOWNS
        accepted = transcription_models if model in _sdk_deprecations(AudioTranscription) else realtime_models
        assert shutdown.replacement in accepted, (model, shutdown.replacement)


def test_the_defaults_have_no_shutdown_date_and_are_values_the_ga_session_accepts() -> None:
    from openai.types.realtime import AudioTranscription, RealtimeSessionCreateRequest

    settings = Settings()
    assert settings.model not in SHUTDOWNS and settings.transcription_model not in SHUTDOWNS
    assert settings.transcription_model == "gpt-live-transcribe"
    realtime_models = t.get_args(t.get_args(RealtimeSessionCreateRequest.model_fields["model"].annotation)[1])
    transcription_models = t.get_args(t.get_args(AudioTranscription.model_fields["model"].annotation)[1])
    assert settings.model in realtime_models and settings.transcription_model in transcription_models
    assert notices(settings, date(2100, 1, 1)) == []


def test_notices_start_sixty_days_ahead() -> None:
    old = Settings(model="gpt-realtime", transcription_model="gpt-4o-mini-transcribe")
    assert notices(old, date(2026, 11, 20)) == []  # 61 days before 2027-01-20
    (warning,) = notices(old, date(2026, 11, 21))
    assert (warning.setting, warning.days_left, warning.shut_down) == ("model", WARN_DAYS, False)
    assert [n.setting for n in notices(old, date(2026, 12, 28))] == ["model", "transcription_model"]
    (past, soon) = notices(old, date(2027, 1, 20))  # the shutdown day itself: shut down
    assert past.shut_down and not soon.shut_down and soon.days_left == 37


def _check(app: Flask) -> t.Any:
    return app.test_cli_runner().invoke(args=["pos-voice", "check"])


def test_check_and_health_at_chosen_dates(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_MODEL="gpt-realtime",
                 POS_VOICE_TRANSCRIPTION_MODEL="gpt-4o-mini-transcribe") as (app, _):
        client = app.test_client()
        _on(app, date(2026, 11, 1))  # 80 days before: nothing to say
        assert _check(app).exit_code == 0
        assert client.get("/voice/health").get_json()["status"] == "ok"

        _on(app, date(2026, 12, 1))  # 50 days before gpt-realtime, 87 before gpt-4o-mini-transcribe
        result = _check(app)
        assert result.exit_code == 0, result.output
        assert ("warning: 'gpt-realtime' will be shut down by OpenAI on 2027-01-20 (50 days from now); "
                "move to 'gpt-realtime-2.1' before then [POS_VOICE_MODEL]") in result.output
        assert "gpt-4o-mini-transcribe" not in result.output
        body = client.get("/voice/health").get_json()
        assert body["status"] == "degraded" and body["taking_calls"] is True
        assert [p["key"] for p in body["problems"]] == ["POS_VOICE_MODEL"]

        _on(app, date(2027, 1, 21))  # gpt-realtime shut down; the transcription model 36 days away
        result = _check(app)
        assert result.exit_code == 1
        assert ("ERROR: 'gpt-realtime' was shut down by OpenAI on 2027-01-20: calls cannot reach the "
                "assistant with it; use 'gpt-realtime-2.1' [POS_VOICE_MODEL]") in result.output
        assert ("warning: 'gpt-4o-mini-transcribe' will be shut down by OpenAI on 2027-02-26 (36 days"
                in result.output)
        problems = json.loads(app.test_cli_runner().invoke(args=["pos-voice", "check", "--json"]).output)
        assert problems["usable"] is False
        body = client.get("/voice/health").get_json()
        assert body["status"] == "degraded" and body["taking_calls"] is True  # never takes calls away
        assert {p["key"]: p["blocking"] for p in body["problems"]} == {
            "POS_VOICE_MODEL": False, "POS_VOICE_TRANSCRIPTION_MODEL": False}
        assert "was shut down by OpenAI on 2027-01-20" in body["problems"][0]["message"]

        configure(app, MODEL="gpt-realtime-2.1", TRANSCRIPTION_MODEL="gpt-live-transcribe")
        assert _check(app).exit_code == 0
        assert client.get("/voice/health").get_json()["status"] == "ok"


def test_the_fake_service_refuses_shut_down_models_and_takes_their_replacements() -> None:
    import websocket

    with FakeRealtimeServer(Script(), today=date(2027, 1, 20)) as fake:
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(fake.url + "?model=gpt-realtime", timeout=5)
        assert refused.value.status_code == 404 and b"model_not_found" in (refused.value.resp_body or b"")
        client = websocket.create_connection(fake.url + "?model=gpt-realtime-2.1", timeout=5)
        try:
            assert json.loads(client.recv())["type"] == "session.created"
            client.send(json.dumps({"type": "session.update", "session": {"type": "realtime", "audio": {
                "input": {"transcription": {"model": "gpt-4o-mini-transcribe"}}}}}))
            assert json.loads(client.recv())["type"] == "session.updated"  # 2027-02-26 is still ahead
        finally:
            client.close()
    with FakeRealtimeServer(Script(), today=AFTER_EVERY_DATE) as fake:
        client = websocket.create_connection(fake.url + "?model=gpt-realtime-2.1", timeout=5)
        try:
            assert json.loads(client.recv())["type"] == "session.created"
            answers = (("gpt-4o-mini-transcribe", "error"), ("gpt-live-transcribe", "session.updated"))
            for model, answer in answers:
                client.send(json.dumps({"type": "session.update", "session": {"type": "realtime", "audio": {
                    "input": {"transcription": {"model": model}}}}}))
                event = json.loads(client.recv())
                assert event["type"] == answer, event
            session = fake.wait_for_session()
            assert session.config["audio"]["input"]["transcription"]["model"] == "gpt-live-transcribe"
        finally:
            client.close()


def test_a_call_on_the_defaults_places_its_order_after_every_published_shutdown(demo_app: Flask) -> None:
    result = run_simulation(demo_app, scripts.pepperoni("Tony's Pizza"), timeout=20,
                            service_date=AFTER_EVERY_DATE)
    assert result.problems == [] and result.order is not None
    assert result.call is not None and result.call["model"] == "gpt-realtime-2.1"


@pytest.mark.slow  # ~20 s: the simulation waits its whole timeout for a model session that never opens
def test_a_call_on_a_shut_down_model_reaches_staff(demo_app: Flask) -> None:
    configure(demo_app, MODEL="gpt-realtime")
    result = run_simulation(demo_app, scripts.pepperoni("Tony's Pizza"), timeout=20,
                            service_date=AFTER_EVERY_DATE)
    assert result.order is None
    assert result.call is not None and result.call["model"] == "gpt-realtime"
    # The service refused the model: the call is recorded failed and the caller gets the
    # fallback (Twilio's apology and the staff phone), never silence.
    assert (result.call["disposition"], result.call["next_action"]) == ("failed", "fallback")
