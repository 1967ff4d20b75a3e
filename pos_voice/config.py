"""Configuration: every ``POS_VOICE_*`` key, its default, and how it is read.

Each key is set on the host's ``app.config`` with ``setdefault`` when the blueprint is
registered; a value in the environment under the same name wins over the default (so a
``.env`` works), and a value the host put in ``app.config`` itself wins over both.
"""

from __future__ import annotations

import json
import os
import typing as t
from decimal import Decimal, InvalidOperation

from flask import Flask, current_app

PREFIX = "POS_VOICE_"

#: USD per 1M tokens: (text in, cached text in, text out, audio in, cached audio in, audio out).
DEFAULT_PRICES: dict[str, dict[str, str]] = {
    "gpt-realtime": {"text_in": "4.00", "text_cached": "0.40", "text_out": "16.00",
                     "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-1.5": {"text_in": "4.00", "text_cached": "0.40", "text_out": "16.00",
                         "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-2": {"text_in": "4.00", "text_cached": "0.40", "text_out": "24.00",
                       "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-2.1": {"text_in": "4.00", "text_cached": "0.40", "text_out": "24.00",
                         "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-mini": {"text_in": "0.60", "text_cached": "0.06", "text_out": "2.40",
                          "audio_in": "10.00", "audio_cached": "0.30", "audio_out": "20.00"},
    "gpt-realtime-2.1-mini": {"text_in": "0.60", "text_cached": "0.06", "text_out": "2.40",
                              "audio_in": "10.00", "audio_cached": "0.30", "audio_out": "20.00"},
}

DEFAULT_HOURS: dict[str, str] = {
    "mon": "11:00-22:00", "tue": "11:00-22:00", "wed": "11:00-22:00", "thu": "11:00-22:00",
    "fri": "11:00-23:00", "sat": "11:00-23:00", "sun": "12:00-21:00",
}

#: Every key the plugin reads, without the prefix, and its default.
DEFAULTS: dict[str, t.Any] = {
    # --- accounts and endpoints
    "URL_PREFIX": "/voice",
    "TWILIO_AUTH_TOKEN": None,
    "TWILIO_ACCOUNT_SID": None,
    "OPENAI_API_KEY": None,
    "PUBLIC_BASE_URL": None,
    "REALTIME_URL": "wss://api.openai.com/v1/realtime",
    "VALIDATE_SIGNATURES": True,
    # --- the model
    "MODEL": "gpt-realtime-2.1",
    "VOICE": "marin",
    "TRANSCRIPTION_MODEL": "gpt-4o-mini-transcribe",
    "LANGUAGE": "en",
    "DEFAULT_REGION": "US",
    "TURN_DETECTION": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
                       "silence_duration_ms": 500, "create_response": True, "interrupt_response": True},
    "NOISE_REDUCTION": "near_field",
    "PRICES": DEFAULT_PRICES,
    "INSTRUCTIONS_EXTRA": "",
    "GREETING": None,
    # --- calls
    "STAFF_PHONE": None,
    "CALLER_ID": None,
    "DIAL_TIMEOUT": 20,
    "MAX_CONCURRENT_CALLS": 10,
    "DISCLOSURE_MESSAGE": None,
    "STREAM_TOKEN_TTL": 120,
    "SESSION_MAX_SECONDS": 1500,
    "SILENCE_PROMPT_SECONDS": 15,
    "SILENCE_HANGUP_SECONDS": 30,
    "CONNECT_TIMEOUT": 5.0,
    "HEARTBEAT_SECONDS": 30,
    "STREAM_TRANSPORT": "flask-sock",  # the media stream's server: "flask-sock" or "native" (faster)
    # --- the business
    "BUSINESS_NAME": None,
    "BUSINESS_ADDRESS": None,
    "BUSINESS_PHONE": None,
    "DIRECTIONS": None,
    "TIMEZONE": "UTC",
    "HOURS": DEFAULT_HOURS,
    "ACCEPT_ORDERS_WHEN_CLOSED": False,  # True: submit_order places orders outside HOURS too
    "TAX_RATE": Decimal("0.08"),
    "CURRENCY": "USD",
    "ORDER_TYPES": ["pickup", "delivery"],
    "DELIVERY_FEE": Decimal("0"),
    "DELIVERY_MINIMUM": None,
    "DELIVERY_ZONES": None,
    "PICKUP_WAIT_MINUTES": 15,
    "DELIVERY_WAIT_MINUTES": 35,
    "WAIT_PER_OPEN_ORDER_MINUTES": 2,
    "MAX_ITEM_QUANTITY": 20,
    "CATERING_MAX_ITEMS": 30,
    "CATERING_MAX_TOTAL": Decimal("300"),
    "SPECIALS": [],
    "MENU_ALIASES": {},
    "UPSELL": True,
    "ORDER_WEBHOOK_URL": None,
    "ORDER_WEBHOOK_SECRET": None,
    "ORDER_WEBHOOK_TIMEOUT": 5.0,
    "ORDER_WEBHOOK_MAX_ATTEMPTS": 12,
    "MENU_CACHE_SECONDS": 30,
    # --- the host POS mapping (None = infer from the host's models)
    "PRODUCT_MODEL": None,
    "ORDER_MODEL": None,
    "ORDER_ITEM_MODEL": None,
    "CUSTOMER_MODEL": None,
    "INGREDIENT_MODEL": None,
    "CATEGORY_MODEL": None,
    "MODIFIER_MODEL": None,
    "SIZE_MODEL": None,
    "COLUMNS": {},
    "ORDER_DEFAULTS": {},
    "PRICE_UNIT": "auto",
    "ORDER_SOURCE_VALUE": "voice",
    # --- staff pages
    "BASE_TEMPLATE": None,
    "STAFF_AUTH": None,
    "ORDER_URL": None,
    "STAFF_PAGE_SIZE": 25,
}

_SECRET_KEYS = frozenset({"TWILIO_AUTH_TOKEN", "OPENAI_API_KEY", "ORDER_WEBHOOK_SECRET"})


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
