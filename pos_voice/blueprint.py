"""``voice_bp``: registering it on a host app is the whole integration."""

from __future__ import annotations

import os
import typing as t

from flask import Blueprint, Flask, jsonify
from flask.blueprints import BlueprintSetupState
from flask.sansio.app import App
from sqlalchemy import select, text

from . import offload
from .extension import get_state, setup_app
from .readiness import model_problems


class VoiceBlueprint(Blueprint):
    """A blueprint that sets pos_voice up on every app it is registered on."""

    def register(self, app: App, options: dict[str, t.Any]) -> None:
        # POS_VOICE_URL_PREFIX (config, then environment) unless the host passed url_prefix.
        if "url_prefix" not in options:
            prefix = app.config.get("POS_VOICE_URL_PREFIX") or os.environ.get("POS_VOICE_URL_PREFIX")
            if prefix:
                options = {**options, "url_prefix": prefix}
        super().register(app, options)


voice_bp = VoiceBlueprint(
    "pos_voice",
    __name__,
    url_prefix="/voice",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
    cli_group="pos-voice",
)


@voice_bp.record_once
def _setup(setup_state: BlueprintSetupState) -> None:
    setup_app(t.cast(Flask, setup_state.app), setup_state.url_prefix)  # registered on a Flask app


#: /health waits this long for the database, then says it is busy (a held lock, a stalled server).
HEALTH_DB_SECONDS = 1.0


def _database_status(state: t.Any) -> dict[str, t.Any]:
    """Whether the database answers now: ``reachable``, or ``busy`` (no answer in time), or an error."""
    if state.db is None:
        return {"reachable": False}
    engine = state.db.engine
    table = state.models.VoiceCall.__table__ if state.models is not None else None

    def probe() -> str | None:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if table is not None:  # a read of a real table: it waits while the file is locked
                try:
                    connection.execute(select(table.c.id).limit(1))
                except Exception as exc:  # a missing table is reported elsewhere; a lock is "busy"
                    message = str(exc).lower()
                    return "busy" if "locked" in message or "busy" in message else None
        return None

    try:
        if offload.bounded(probe, HEALTH_DB_SECONDS) == "busy":
            return {"reachable": False, "busy": True, "error": "busy: the database is locked"}
        return {"reachable": True}
    except TimeoutError:
        return {"reachable": False, "busy": True, "error": f"busy: no answer within {HEALTH_DB_SECONDS:g}s"}
    except Exception as exc:  # report, don't raise: health must answer
        return {"reachable": False, "error": type(exc).__name__}


@voice_bp.get("/health")
def health() -> t.Any:
    """Status for monitoring: ``ok`` or ``degraded`` with the reasons; never an error page, and
    never a long wait (a busy database is reported, not waited for). While the process drains for
    a restart, ``draining`` with HTTP 503 (new calls belong elsewhere)."""
    state = get_state()
    database = _database_status(state)
    db_ok = bool(database["reachable"])
    models = model_problems(state.settings, state.clock.now().date(), shut_down_blocks=False)
    problems = [p.as_dict() for p in [*state.problems, *models]]
    degraded = not state.usable or not db_ok or bool(models)
    draining = state.drain.active
    body = {
        "status": "draining" if draining else "degraded" if degraded else "ok",
        "version": state.version,
        "uptime_seconds": round(state.uptime_seconds(), 1),
        "database": database,
        "active_calls": len(state.live_calls),
        "taking_calls": state.usable and db_ok and not draining,
        "problems": problems,
    }
    if draining:
        # 503 takes this process out of a load balancer's rotation; its live calls carry on.
        body["drain_seconds_left"] = round(state.drain.seconds_left(), 1)
        return jsonify(body), 503
    return jsonify(body), 200


class PosVoice:
    """Extension-style entry point for hosts that prefer ``PosVoice(app)`` / ``init_app``.

    It only registers :data:`voice_bp`; ``app.register_blueprint(voice_bp)`` is equivalent.
    """

    def __init__(self, app: Flask | None = None, **blueprint_options: t.Any) -> None:
        self.blueprint_options = blueprint_options
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        app.register_blueprint(voice_bp, **self.blueprint_options)


def _register_routes() -> None:
    # Imported here, not at the top: each part registers its own routes on the blueprint.
    from . import cli
    from .bridge import routes as bridge_routes
    from .staff import views as staff_views
    from .telephony import openai_webhook
    from .telephony import routes as telephony_routes

    telephony_routes.register(voice_bp)
    openai_webhook.register(voice_bp)
    bridge_routes.register(voice_bp)
    staff_views.register(voice_bp)
    cli.register(voice_bp)


_register_routes()
