"""The per-app services: what the parts of a call need, built once when the blueprint is registered.

:class:`Services` is ``app.extensions["pos_voice"]``. The entry points (web routes, CLI
commands, staff views, the bridge's route) take it from the app; everything below them gets
what it needs passed in — the tools through their :class:`~pos_voice.tools.context.CallContext`,
the ordering functions as arguments — and never looks it up.

Two bundles say how far the plugin got at start-up, so code that runs only when it got there
never sees a None:

* :class:`Store` — the plugin's own tables on the host's database (``db``, ``models``); there
  whenever calls can at least be recorded;
* :class:`Ready` — a :class:`Store` plus the host POS (``pos``, ``schema``); there when menus can
  be read and orders written.

This module imports nothing of the plugin at run time (the types it names are imported for the
type checker only), so every layer may hold these objects.
"""

from __future__ import annotations

import logging
import threading
import time
import typing as t
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .settings import Settings

if t.TYPE_CHECKING:
    from flask import Flask
    from flask.ctx import AppContext
    from flask_sqlalchemy import SQLAlchemy
    from sqlalchemy.orm import Session

    from .models import VoiceModels
    from .pos.adapter import PosAdapter
    from .pos.mapping import HostSchema
    from .pos.types import Problem
    from .tools.registry import ToolRegistry

log = logging.getLogger("pos_voice")

SettingsCheck = Callable[[Mapping[str, t.Any]], "tuple[Settings, list[Problem]]"]


class Clock:
    """The plugin's time: a monotonic clock for timers, the wall clock for records and opening
    hours. Tests pass their own (a subclass) where time is the behaviour."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        """Aware UTC."""
        return datetime.now(UTC)

    def utcnow(self) -> datetime:
        """Naive UTC, as the plugin's tables store times."""
        return self.now().replace(tzinfo=None)

    def local_now(self, timezone: str) -> datetime:
        """Naive local time in ``timezone`` (the shop's, ``settings.timezone``); UTC when unknown."""
        try:
            zone = ZoneInfo(timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        return self.now().astimezone(zone).replace(tzinfo=None)


@dataclass(frozen=True)
class Store:
    """The plugin's tables (``voice_calls``, ``voice_call_events``, ``voice_order_outbox``) on
    the host's Flask-SQLAlchemy. ``session`` is Flask-SQLAlchemy's scoped session: it needs an
    app context, which threads of their own open with :meth:`app_context`."""

    app: Flask
    db: SQLAlchemy
    models: VoiceModels

    @property
    def session(self) -> Session:
        return t.cast("Session", self.db.session)

    def app_context(self) -> AppContext:
        return self.app.app_context()

    def rollback(self) -> None:
        """Roll the session back after a failure; a failing rollback is logged, never raised."""
        try:
            self.db.session.rollback()
        except Exception:
            log.exception("pos_voice rollback failed")


@dataclass(frozen=True)
class Ready(Store):
    """A :class:`Store` and the host POS it was mapped on: menus can be read, orders written."""

    pos: PosAdapter
    schema: HostSchema


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


class Drain:
    """Whether this process is stopping (a restart): set once, by :mod:`pos_voice.serving` on
    SIGTERM; then ``/health`` says ``draining``, ``/incoming`` and new media streams are refused
    (the proxy sends them to another process) and the calls running here finish or go to staff."""

    def __init__(self, monotonic: Callable[[], float]) -> None:
        self._monotonic = monotonic  # the services' clock, read each time (tests replace it)
        self.started_at: float | None = None  # clock.monotonic() when it began
        self.deadline: float | None = None  # live calls still running then go to staff

    @property
    def active(self) -> bool:
        return self.started_at is not None

    def begin(self, seconds: float) -> bool:
        """Start draining for at most ``seconds``; False when it had already begun."""
        if self.started_at is not None:
            return False
        self.started_at = self._monotonic()
        self.deadline = self.started_at + max(0.0, seconds)
        return True

    def seconds_left(self) -> float:
        if self.deadline is None:
            return 0.0
        return max(0.0, self.deadline - self._monotonic())


class NotReady(RuntimeError):
    """A part of the plugin that needs the database (or the host POS) ran without it."""


class Services:
    """Everything pos_voice keeps for one app, at ``app.extensions["pos_voice"]``.

    Built by :func:`pos_voice.extension.setup_app`; its parts:

    ``settings`` (:class:`~pos_voice.settings.Settings`), ``clock`` (:class:`Clock`),
    ``store`` (:class:`Store` or None), ``ready`` (:class:`Ready` or None), ``tools`` (the
    :class:`~pos_voice.tools.registry.ToolRegistry` sent to the model), ``live_calls``
    (:class:`LiveCalls`), ``drain`` (:class:`Drain`: whether this process is stopping),
    ``problems`` (start-up :class:`~pos_voice.pos.types.Problem` list) and ``usable``. ``db`` is
    the host's Flask-SQLAlchemy even when the tables could not be defined (``/health`` still
    pings it); ``schema`` the host mapping even when the POS is not usable.
    """

    def __init__(self, app: Flask, *, version: str, url_prefix: str = "/voice",
                 check_settings: SettingsCheck, clock: Clock | None = None) -> None:
        self.app = app
        self.version = version
        self.url_prefix = url_prefix
        self.clock = clock or Clock()
        self.started_monotonic = self.clock.monotonic()
        self.settings = Settings()
        self.problems: list[Problem] = []
        self.live_calls = LiveCalls()
        self.drain = Drain(lambda: self.clock.monotonic())
        self.db: t.Any = app.extensions.get("sqlalchemy")
        self.schema: HostSchema | None = None
        self.store: Store | None = None
        self.ready: Ready | None = None
        self._tools: ToolRegistry | None = None
        self._check_settings = check_settings
        self._settings_problems: list[Problem] = []

    # --- what the entry points ask
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
            raise NotReady("pos_voice's tools are set up when voice_bp is registered")
        return self._tools

    @tools.setter
    def tools(self, registry: ToolRegistry) -> None:
        self._tools = registry

    def require_store(self) -> Store:
        if self.store is None:
            raise NotReady("pos_voice has no database tables: see flask pos-voice check")
        return self.store

    def require_ready(self) -> Ready:
        if self.ready is None:
            raise NotReady("pos_voice is not connected to the host POS: see flask pos-voice check")
        return self.ready

    def uptime_seconds(self) -> float:
        return self.clock.monotonic() - self.started_monotonic

    # --- the parts that may be absent, as before the bundles (hosts and tests read these)
    @property
    def models(self) -> VoiceModels | None:
        return self.store.models if self.store is not None else None

    @property
    def pos(self) -> PosAdapter | None:
        return self.ready.pos if self.ready is not None else None

    # --- settings
    def reload_settings(self) -> Settings:
        """Read the settings again from ``app.config``.

        Settings are read once, at registration; code that changes ``POS_VOICE_*`` on
        ``app.config`` afterwards (``flask pos-voice simulate``, tests) calls this. The problems
        of the previous settings are replaced by those of the new ones.
        """
        settings, problems = self._check_settings(self.app.config)
        previous = self._settings_problems
        # The settings' problems come first, the others (environment, host mapping) keep their order.
        self.problems = problems + [p for p in self.problems if p not in previous and p not in problems]
        self.settings, self._settings_problems = settings, problems
        if self.ready is not None:
            self.ready.pos.settings = settings  # the adapter reads the same, current settings
        return settings
