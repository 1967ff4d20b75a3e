"""Registration: config defaults, the host mapping, per-app state and start-up checks.

Registering ``voice_bp`` on an app runs :func:`setup_app` once for that app. Nothing in it
may take the host down: every problem becomes a :class:`~pos_voice.pos.types.Problem`,
logged once at start-up, shown by ``/voice/health`` and ``flask pos-voice check``; calls that
arrive while a blocking problem stands go straight to the staff phone.
"""

from __future__ import annotations

import logging
import threading
import time
import typing as t
from urllib.parse import urlsplit

from flask import Flask, current_app
from werkzeug.local import LocalProxy

from . import __version__
from .config import PREFIX, apply_defaults
from .models import VoiceModels, build_models
from .pos.types import Problem
from .settings import Settings, load_settings

if t.TYPE_CHECKING:
    from .pos.adapter import PosAdapter
    from .pos.mapping import HostSchema
    from .tools.registry import ToolRegistry

log = logging.getLogger("pos_voice")

EXTENSION_KEY = "pos_voice"


class LiveCalls:
    """The call sessions running in this process (for the live page and shutdown)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, t.Any] = {}

    def add(self, call_sid: str, session: t.Any) -> None:
        with self._lock:
            self._sessions[call_sid] = session

    def remove(self, call_sid: str) -> None:
        with self._lock:
            self._sessions.pop(call_sid, None)

    def get(self, call_sid: str) -> t.Any | None:
        with self._lock:
            return self._sessions.get(call_sid)

    def snapshot(self) -> dict[str, t.Any]:
        with self._lock:
            return dict(self._sessions)

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)


class VoiceState:
    """Everything pos_voice keeps for one app, at ``app.extensions["pos_voice"]``."""

    def __init__(self, app: Flask) -> None:
        self.version = __version__
        self.started_monotonic = time.monotonic()
        self.app = app
        self.settings = Settings()
        self._settings_problems: list[Problem] = []
        self.db: t.Any = app.extensions.get("sqlalchemy")
        self.schema: HostSchema | None = None
        self.pos: PosAdapter | None = None
        self.models: VoiceModels | None = None
        self.problems: list[Problem] = []
        self.url_prefix = "/voice"
        self.live_calls = LiveCalls()
        self._tools: ToolRegistry | None = None
        self._tools_lock = threading.Lock()

    @property
    def usable(self) -> bool:
        """False while a blocking problem stands: calls then go straight to staff."""
        return not any(p.blocking for p in self.problems)

    @property
    def blocking_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def tools(self) -> ToolRegistry:
        """The tool registry sent to the model; hosts may ``register`` their own tools on it."""
        if self._tools is None:
            with self._tools_lock:
                if self._tools is None:
                    from .tools import default_registry

                    self._tools = default_registry()
        return self._tools

    def reload_settings(self) -> Settings:
        """Read the settings again from ``app.config`` (after a change made once registered).

        Settings are read once, at registration; code that changes ``POS_VOICE_*`` on
        ``app.config`` afterwards (``flask pos-voice simulate``, tests) calls this. The problems
        the previous settings had are replaced by the new ones.
        """
        settings, problems = settings_problems(self.app.config)
        previous = self._settings_problems
        kept = [p for p in self.problems if p not in previous]
        self.problems = kept + [p for p in problems if p not in kept]
        self.settings, self._settings_problems = settings, problems
        return settings

    def uptime_seconds(self) -> float:
        return time.monotonic() - self.started_monotonic


def get_state(app: Flask | None = None) -> VoiceState:
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        return t.cast(VoiceState, app.extensions[EXTENSION_KEY])
    except KeyError:
        raise RuntimeError(
            "pos_voice is not registered on this app: call app.register_blueprint(voice_bp)"
        ) from None


current_voice: VoiceState = t.cast(VoiceState, LocalProxy(get_state))


def setup_app(app: Flask, url_prefix: str | None) -> VoiceState:
    """Run once per app when ``voice_bp`` is registered."""
    if EXTENSION_KEY in app.extensions:
        raise RuntimeError("pos_voice is already registered on this app")
    state = VoiceState(app)
    state.url_prefix = url_prefix or "/voice"
    app.extensions[EXTENSION_KEY] = state
    env_errors = [Problem(key, message) for key, message in apply_defaults(app)]
    state.problems.extend(env_errors)
    state.reload_settings()
    _map_host(app, state)
    report_problems(state)
    return state


def _map_host(app: Flask, state: VoiceState) -> None:
    """Find the host's db and models; build the plugin's models on its metadata."""
    if state.db is None:
        state.problems.append(Problem(
            "SQLALCHEMY_DATABASE_URI",
            "pos_voice needs the host's Flask-SQLAlchemy: call db.init_app(app) (or SQLAlchemy(app)) "
            "before app.register_blueprint(voice_bp)",
        ))
        return
    from .pos.adapter import PosAdapter
    from .pos.mapping import map_host

    try:
        schema, problems = map_host(state.db, app.config)
    except Exception as exc:  # a mapping bug must not take the host down
        log.exception("pos_voice could not inspect the host's models")
        schema, problems = None, [Problem(PREFIX + "PRODUCT_MODEL",
                                          f"pos_voice could not inspect the host's models: {exc}")]
    state.problems.extend(problems)
    state.schema = schema
    orders_table = schema.order.table_name if schema is not None and schema.order is not None else None
    orders_pk = schema.order.pk if schema is not None and schema.order is not None else None
    try:
        state.models = build_models(state.db, orders_table, orders_pk)
    except Exception as exc:
        log.exception("pos_voice could not build its models")
        state.problems.append(
            Problem(PREFIX + "ORDER_MODEL", f"pos_voice tables could not be defined: {exc}"))
        return
    if schema is not None:
        state.pos = PosAdapter(schema, state.db, app.config)


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
        from .ordering.phones import normalize_phone

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


def report_problems(state: VoiceState) -> None:
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
