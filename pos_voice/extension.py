"""Registration: config defaults, typed settings, the host mapping, the per-app services.

Registering ``voice_bp`` on an app runs :func:`setup_app` once for that app: it builds the
app's :class:`~pos_voice.services.Services` (``app.extensions["pos_voice"]``) — the one place
where the settings, the database, the host POS and the tools are put together. Nothing in it
may take the host down: every problem becomes a :class:`~pos_voice.pos.types.Problem`,
logged once at start-up, shown by ``/voice/health`` and ``flask pos-voice check``; calls that
arrive while a blocking problem stands go straight to the staff phone.

Only the entry points (web routes, CLI commands, staff views, the bridge's route) call
:func:`get_state`; what runs below them is handed what it needs.
"""

from __future__ import annotations

import logging
import typing as t
from urllib.parse import urlsplit

from flask import Flask, current_app
from werkzeug.local import LocalProxy

from .config import PREFIX, apply_defaults
from .models import build_models
from .pos.types import Problem
from .services import Clock, LiveCalls, NotReady, Ready, Services, Store
from .settings import Settings, load_settings
from .version import __version__

log = logging.getLogger("pos_voice")

EXTENSION_KEY = "pos_voice"

#: The per-app object's former name; it is :class:`~pos_voice.services.Services`.
VoiceState = Services

__all__ = ["EXTENSION_KEY", "Clock", "LiveCalls", "NotReady", "Ready", "Services", "Store", "VoiceState",
           "check_settings", "current_voice", "get_state", "settings_problems", "setup_app"]


def get_state(app: Flask | None = None) -> Services:
    """The app's services (the current app's without ``app``). For entry points only."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        return t.cast(Services, app.extensions[EXTENSION_KEY])
    except KeyError:
        raise RuntimeError(
            "pos_voice is not registered on this app: call app.register_blueprint(voice_bp)"
        ) from None


current_voice: Services = t.cast(Services, LocalProxy(get_state))


def setup_app(app: Flask, url_prefix: str | None, *, clock: Clock | None = None) -> Services:
    """Run once per app when ``voice_bp`` is registered."""
    if EXTENSION_KEY in app.extensions:
        raise RuntimeError("pos_voice is already registered on this app")
    services = Services(app, version=__version__, url_prefix=url_prefix or "/voice",
                        check_settings=settings_problems, clock=clock)
    app.extensions[EXTENSION_KEY] = services
    services.problems.extend(Problem(key, message) for key, message in apply_defaults(app))
    services.reload_settings()
    _map_host(app, services)
    from .tools import default_registry

    services.tools = default_registry()
    services.tools.bind(services)
    from .notify import watch

    watch(services)  # "your order is ready": the host's own commits wake the notifier
    report_problems(services)
    return services


def _map_host(app: Flask, services: Services) -> None:
    """Find the host's db and models; build the plugin's models on its metadata."""
    db = services.db
    if db is None:
        services.problems.append(Problem(
            "SQLALCHEMY_DATABASE_URI",
            "pos_voice needs the host's Flask-SQLAlchemy: call db.init_app(app) (or SQLAlchemy(app)) "
            "before app.register_blueprint(voice_bp)",
        ))
        return
    from .pos.adapter import PosAdapter
    from .pos.mapping import map_host

    try:
        schema, problems = map_host(db, services.settings)
    except Exception as exc:  # a mapping bug must not take the host down
        log.exception("pos_voice could not inspect the host's models")
        schema, problems = None, [Problem(PREFIX + "PRODUCT_MODEL",
                                          f"pos_voice could not inspect the host's models: {exc}")]
    services.problems.extend(problems)
    services.schema = schema
    orders_table = schema.order.table_name if schema is not None and schema.order is not None else None
    orders_pk = schema.order.pk if schema is not None and schema.order is not None else None
    try:
        models = build_models(db, orders_table, orders_pk)
    except Exception as exc:
        log.exception("pos_voice could not build its models")
        services.problems.append(
            Problem(PREFIX + "ORDER_MODEL", f"pos_voice tables could not be defined: {exc}"))
        return
    services.store = Store(app, db, models)
    if schema is not None:
        services.ready = Ready(app, db, models, PosAdapter(schema, db, services.settings), schema)


def settings_problems(config: t.Mapping[str, t.Any]) -> tuple[Settings, list[Problem]]:
    """The typed settings of ``config`` and every problem with them, each naming its key."""
    settings, invalid = load_settings(config)
    problems = [Problem(key, message) for key, message in invalid]
    return settings, problems + check_settings(settings)


def check_settings(settings: Settings) -> list[Problem]:
    """Problems with valid-looking settings that still stop calls (or degrade them)."""
    problems: list[Problem] = []

    def need(name: str, value: t.Any, why: str) -> t.Any:
        if value in (None, ""):
            problems.append(Problem(PREFIX + name, f"{PREFIX}{name} is not set: {why}"))
        return value

    need("OPENAI_API_KEY", settings.secret("openai_api_key"),
         "the assistant cannot reach the OpenAI Realtime API")
    if settings.validate_signatures:
        need("TWILIO_AUTH_TOKEN", settings.secret("twilio_auth_token"),
             "Twilio's request signatures cannot be checked, so calls are refused")
    else:
        problems.append(Problem(PREFIX + "VALIDATE_SIGNATURES",
                                "Twilio signature checks are OFF: anyone can post fake calls",
                                blocking=False))
    if settings.mode == "sip":
        need("OPENAI_WEBHOOK_SECRET", settings.secret("openai_webhook_secret"),
             "OpenAI's SIP webhook (realtime.call.incoming) cannot be verified: SIP calls are not answered")
    base = need("PUBLIC_BASE_URL", settings.public_base_url,
                "Twilio needs the public https URL of this server for the media stream "
                "and signatures (e.g. https://pos.example.com)")
    if base:
        parts = urlsplit(str(base))
        if parts.scheme not in ("https", "http") or not parts.netloc:
            problems.append(Problem(PREFIX + "PUBLIC_BASE_URL",
                                    f"{PREFIX}PUBLIC_BASE_URL must be an absolute http(s) URL, got {base!r}"))
    realtime = settings.realtime_url
    if urlsplit(realtime).scheme not in ("ws", "wss"):
        problems.append(Problem(PREFIX + "REALTIME_URL",
                                f"{PREFIX}REALTIME_URL must be a ws:// or wss:// URL, got {realtime!r}"))
    staff = settings.staff_phone
    if not staff:
        problems.append(Problem(PREFIX + "STAFF_PHONE", f"{PREFIX}STAFF_PHONE is not set: callers who ask "
                                "for a person hear a message instead of being connected", blocking=False))
    else:
        from .pos.phones import normalize_phone

        if normalize_phone(staff) is None:
            problems.append(Problem(PREFIX + "STAFF_PHONE", f"{PREFIX}STAFF_PHONE {staff!r} is not a valid "
                                    "phone number (use +15551234567)"))
    if not settings.business_name:
        problems.append(Problem(PREFIX + "BUSINESS_NAME",
                                f"{PREFIX}BUSINESS_NAME is not set: the assistant will say 'the restaurant'",
                                blocking=False))
    from .ordering.hours import parse_hours

    try:
        parse_hours(settings.hours)
    except ValueError as exc:
        problems.append(Problem(PREFIX + "HOURS", f"{PREFIX}HOURS is not valid: {exc}"))
    if settings.model not in settings.prices:
        problems.append(Problem(PREFIX + "PRICES", f"{PREFIX}PRICES has no price for model "
                                f"{settings.model!r}: call costs will show as 0", blocking=False))
    return problems


def report_problems(state: Services) -> None:
    """One log message at start-up that names every key to fix."""
    if not state.problems:
        log.info("pos_voice %s ready", state.version)
        return
    lines = "; ".join(f"{p.message}" for p in state.problems)
    if state.usable:
        log.warning("pos_voice %s is running with warnings: %s", state.version, lines)
    else:
        log.error("pos_voice %s is NOT taking calls (the host keeps serving; calls go to "
                  "POS_VOICE_STAFF_PHONE): %s", state.version, lines)
