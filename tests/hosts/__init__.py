"""Small host POS apps of different shapes, each with its own ``db``, for mapping and adapter tests."""

from __future__ import annotations

import typing as t
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from flask import Flask

from tests.support.databases import create_all


def utcnow() -> datetime:
    """Now in UTC without a zone: what the hosts' ``DateTime`` columns store."""
    return datetime.now(UTC).replace(tzinfo=None)


def build_app(name: str, db: t.Any, database_url: str, config: dict[str, t.Any],
              register_voice: bool = True) -> Flask:
    """A host app: its own db, a route of its own (``/host/ping``), then pos_voice."""
    app = Flask(name)
    app.config.update(SQLALCHEMY_DATABASE_URI=database_url, SQLALCHEMY_ENGINE_OPTIONS={})
    app.config.update(config)
    if db is not None:
        db.init_app(app)

    @app.get("/host/ping")
    def host_ping() -> dict[str, t.Any]:
        return {"host": name, "ok": True}

    if register_voice:
        from pos_voice import voice_bp

        app.register_blueprint(voice_bp)
    return app


@contextmanager
def running(module: t.Any, database_url: str, **config: t.Any) -> Iterator[tuple[Flask, t.Any]]:
    """``module``'s app with pos_voice, its tables created and seeded: yields (app, seed result)."""
    from tests.conftest import TEST_SETTINGS

    app = module.create_app(database_url, **{**TEST_SETTINGS, **config})
    db = app.extensions["sqlalchemy"]
    try:
        with app.app_context():
            create_all(db)
            seeded = module.seed()
        yield app, seeded
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
