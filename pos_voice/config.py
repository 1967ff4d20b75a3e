"""Configuration: every ``POS_VOICE_*`` key on ``app.config``, and how it gets there.

Each key is set on the host's ``app.config`` with ``setdefault`` when the blueprint is
registered; a value in the environment under the same name wins over the default (so a
``.env`` works), and a value the host put in ``app.config`` itself wins over both. The typed
:class:`~pos_voice.settings.Settings` is then read once from there (``services.settings``);
:func:`setting` reads ``app.config`` on each use and remains only for code not converted yet.
"""

from __future__ import annotations

import json
import os
import typing as t
from decimal import Decimal, InvalidOperation

from flask import Flask, current_app

from .setting_types import DEFAULT_HOURS, DEFAULT_PRICES
from .settings import PREFIX, Settings, defaults

#: Every key the plugin reads, without the prefix, and its default: generated from the typed
#: model (:class:`pos_voice.settings.Settings`), which is where a new setting goes.
DEFAULTS: dict[str, t.Any] = defaults()

__all__ = ["DEFAULTS", "DEFAULT_HOURS", "DEFAULT_PRICES", "PREFIX", "Settings", "apply_defaults",
           "decimal_setting", "is_secret", "redacted_config", "setting"]

_SECRET_KEYS = frozenset(name.upper() for name, info in Settings.model_fields.items()
                         if "SecretStr" in str(info.annotation))


def _coerce(raw: str, default: t.Any) -> t.Any:
    """Turn an environment string into the type of the key's default."""
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, Decimal):
        try:
            return Decimal(raw)
        except InvalidOperation as exc:
            raise ValueError(f"not a decimal number: {raw!r}") from exc
    if isinstance(default, dict | list):
        return json.loads(raw)
    if default is None:
        stripped = raw.strip()
        if stripped[:1] in "[{":
            return json.loads(stripped)
        return raw
    return raw


def apply_defaults(app: Flask) -> list[tuple[str, str]]:
    """Set every ``POS_VOICE_*`` default on ``app.config``.

    :return: ``(key, message)`` for environment values that could not be parsed.
    """
    errors: list[tuple[str, str]] = []
    for name, default in DEFAULTS.items():
        key = PREFIX + name
        if key in app.config:
            continue
        raw = os.environ.get(key)
        if raw is not None and raw != "":
            try:
                app.config[key] = _coerce(raw, default)
                continue
            except (ValueError, json.JSONDecodeError) as exc:
                errors.append((key, f"{key} from the environment is not valid: {exc}"))
        app.config.setdefault(key, json.loads(json.dumps(default, default=str))
                              if isinstance(default, dict | list) else default)
    return errors


def setting(name: str, app: Flask | None = None) -> t.Any:
    """Read one plugin setting; unknown names raise (a misspelt key is a bug, not a None)."""
    if name not in DEFAULTS:
        raise KeyError(f"unknown pos_voice setting {name!r}")
    config = (app or current_app).config
    return config.get(PREFIX + name, DEFAULTS[name])


def decimal_setting(name: str, app: Flask | None = None) -> Decimal | None:
    value = setting(name, app)
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def is_secret(key: str) -> bool:
    return key.removeprefix(PREFIX) in _SECRET_KEYS


def redacted_config(app: Flask) -> dict[str, t.Any]:
    """The plugin's settings with secrets masked, for logs and ``flask pos-voice check``."""
    out: dict[str, t.Any] = {}
    for name in DEFAULTS:
        value = app.config.get(PREFIX + name)
        if name in _SECRET_KEYS and value:
            value = "***set***"
        out[PREFIX + name] = value
    return out
