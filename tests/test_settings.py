"""The typed settings: one model of every POS_VOICE_* key, read once, validated, documented."""

from __future__ import annotations

import json
import typing as t
from decimal import Decimal

import pytest
from pydantic import SecretStr

from pos_voice import readme
from pos_voice.config import DEFAULTS
from pos_voice.extension import get_state
from pos_voice.settings import Settings, key_of, load_settings
from tests.hosts import conventional, running


def test_the_readme_settings_table_is_the_one_generated_from_the_model() -> None:
    text = readme.README.read_text(encoding="utf-8")
    assert readme.with_generated(text) == text, "README.md is out of date: python -m pos_voice.readme --write"
    for name, info in Settings.model_fields.items():
        assert f"| `{name.upper()}` |" in text
        assert info.description, f"{key_of(name)} has no description"


def test_the_check_fails_when_the_model_changes_and_the_readme_does_not(tmp_path: t.Any) -> None:
    stale = tmp_path / "README.md"
    current = readme.README.read_text(encoding="utf-8")
    stale.write_text(current.replace("| `DIAL_TIMEOUT` | integer | `20` |",
                                     "| `DIAL_TIMEOUT` | integer | `25` |"))
    assert readme.main(["--check", "--readme", str(stale)]) == 1
    assert readme.main(["--write", "--readme", str(stale)]) == 0
    assert readme.main(["--check", "--readme", str(stale)]) == 0
    assert stale.read_text() == current


def test_every_key_the_plugin_sets_is_a_typed_field() -> None:
    assert list(DEFAULTS) == [name.upper() for name in Settings.model_fields]
    settings = Settings()
    assert settings.tax_rate == Decimal("0.08") and settings.dial_timeout == 20
    assert settings.order_types == ["pickup", "delivery"] and settings.currency == "USD"


def test_values_are_converted_once_and_secrets_stay_hidden() -> None:
    settings, errors = load_settings({
        "POS_VOICE_DIAL_TIMEOUT": "25", "POS_VOICE_TAX_RATE": "0.08875", "POS_VOICE_UPSELL": "false",
        "POS_VOICE_ORDER_TYPES": "Pickup", "POS_VOICE_DELIVERY_ZONES": "Springfield",
        "POS_VOICE_OPENAI_API_KEY": "sk-secret", "POS_VOICE_SPECIALS": "Two slices for $5",
        "POS_VOICE_CURRENCY": "eur",
    })
    assert errors == []
    assert settings.dial_timeout == 25 and settings.tax_rate == Decimal("0.08875")
    assert settings.upsell is False
    assert settings.order_types == ["pickup"] and settings.delivery_zones == ["Springfield"]
    assert settings.specials == ["Two slices for $5"] and settings.currency == "EUR"
    assert isinstance(settings.openai_api_key, SecretStr)
    assert settings.secret("openai_api_key") == "sk-secret"
    assert "sk-secret" not in repr(settings)


@pytest.mark.parametrize(("key", "value", "reason"), [
    ("POS_VOICE_DIAL_TIMEOUT", "soon", "valid integer"),
    ("POS_VOICE_TAX_RATE", "8.875", "must be a fraction such as 0.08"),
    ("POS_VOICE_STREAM_TRANSPORT", "udp", "'flask-sock' or 'native'"),
    ("POS_VOICE_TIMEZONE", "Mars/Olympus", "not an IANA time zone"),
    ("POS_VOICE_ORDER_TYPES", ["pickup", "drone"], "'pickup' or 'delivery'"),
    ("POS_VOICE_MAX_CONCURRENT_CALLS", 0, "positive whole number"),
    ("POS_VOICE_CURRENCY", "dollars", "ISO 4217"),
    ("POS_VOICE_SILENCE_PROMPT_SECONDS", "a while", "valid number"),
    ("POS_VOICE_CALLER_AUDIO_BATCH_MS", 30, "whole 20 ms frames"),
])
def test_a_bad_value_is_a_problem_naming_its_key_in_check(key: str, value: t.Any, reason: str,
                                                           database_url: str) -> None:
    with running(conventional, database_url, **{key: value}) as (app, _):
        state = get_state(app)
        assert not state.usable
        problem = next(p for p in state.problems if p.key == key)
        assert problem.blocking and reason in problem.message and key in problem.message
        result = app.test_cli_runner().invoke(args=["pos-voice", "check"])
        assert result.exit_code == 1 and f"[{key}]" in result.output and reason in result.output
        name = key.removeprefix("POS_VOICE_").lower()
        default = Settings.model_fields[name].get_default(call_default_factory=True)
        assert getattr(state.settings, name) == default
        as_json = json.loads(app.test_cli_runner().invoke(args=["pos-voice", "check", "--json"]).output)
        assert any(p["key"] == key for p in as_json["problems"])


@pytest.mark.parametrize(("key", "value", "reason"), [
    ("POS_VOICE_TAX_RATE", "1", "must be a fraction such as 0.08, got 1"),
    ("POS_VOICE_TAX_RATE", "-0.01", "must be a fraction such as 0.08, got -0.01"),
    ("POS_VOICE_MAX_CONCURRENT_CALLS", -3, "must be a positive whole number"),
    ("POS_VOICE_SUMMARY_SECONDS", 30.5, "must be between 0 (off) and 30 seconds"),
    ("POS_VOICE_TAKE_POLL_SECONDS", 0.01, "must be between 0.05 and 10 seconds"),
    ("POS_VOICE_CALLER_RATE_LIMIT_CALLS", -1, "must be 0 (off) or more"),
    ("POS_VOICE_CALLER_RATE_LIMIT_MINUTES", -0.5, "must be 0 (off) or more"),
    ("POS_VOICE_RESUME_WINDOW_MINUTES", -1, "must be 0 (off) or more"),
    ("POS_VOICE_CALLER_AUDIO_BATCH_MS", 220, "must be 0 to 200 ms, in whole 20 ms frames"),
])
def test_a_number_out_of_its_bounds_is_refused_saying_the_bounds(key: str, value: t.Any, reason: str) -> None:
    settings, errors = load_settings({key: value})
    assert errors == [(key, f"{key} is not valid: {reason} (got {value!r})")]
    name = key.removeprefix("POS_VOICE_").lower()
    assert getattr(settings, name) == Settings.model_fields[name].get_default()


def test_the_bounds_themselves_are_allowed() -> None:
    settings, errors = load_settings({
        "POS_VOICE_TAX_RATE": "0", "POS_VOICE_MAX_CONCURRENT_CALLS": 1, "POS_VOICE_SUMMARY_SECONDS": 30,
        "POS_VOICE_TAKE_POLL_SECONDS": 0.05, "POS_VOICE_RESUME_WINDOW_MINUTES": 0,
        "POS_VOICE_CALLER_AUDIO_BATCH_MS": 200})
    assert errors == []
    assert (settings.tax_rate, settings.summary_seconds, settings.caller_audio_batch_ms) == (0, 30, 200)


def test_a_secret_that_does_not_validate_is_not_echoed(database_url: str) -> None:
    with running(conventional, database_url, POS_VOICE_OPENAI_API_KEY=["sk-live-123"]) as (app, _):
        problem = next(p for p in get_state(app).problems if p.key == "POS_VOICE_OPENAI_API_KEY")
        assert "sk-live-123" not in problem.message and "hidden" in problem.message


def test_config_wins_over_the_environment_which_wins_over_the_default(
        database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POS_VOICE_DIAL_TIMEOUT", "33")
    monkeypatch.setenv("POS_VOICE_PICKUP_WAIT_MINUTES", "12")
    monkeypatch.setenv("POS_VOICE_DELIVERY_MINIMUM", "15.50")
    with running(conventional, database_url, POS_VOICE_PICKUP_WAIT_MINUTES=9) as (app, _):
        settings = get_state(app).settings
        assert settings.dial_timeout == 33  # environment over the default
        assert settings.pickup_wait_minutes == 9  # config over the environment
        assert settings.delivery_minimum == Decimal("15.50")
        assert settings.delivery_wait_minutes == 35  # the default


def test_settings_are_read_once_and_reloaded_on_request(database_url: str) -> None:
    with running(conventional, database_url) as (app, _):
        state = get_state(app)
        before = state.settings
        app.config["POS_VOICE_DIAL_TIMEOUT"] = "not a number"
        assert state.settings is before and state.usable  # nothing is read again on use
        state.reload_settings()
        assert any(p.key == "POS_VOICE_DIAL_TIMEOUT" for p in state.problems) and not state.usable
        app.config["POS_VOICE_DIAL_TIMEOUT"] = 40
        assert state.reload_settings().dial_timeout == 40
        assert state.usable and not any(p.key == "POS_VOICE_DIAL_TIMEOUT" for p in state.problems)
