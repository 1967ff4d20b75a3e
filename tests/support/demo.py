"""The demo POS's seeded database, built once per test process and copied for each test.

``create_all`` and ``seed_demo`` cost every test that asks for ``demo_app`` about 0.4 s of CPU
and as much again in ``fsync`` (measured: 130 s of the threaded suite's ~200 s of CPU went to
it). The seed is the same for every test on the same day, so it is built once into a template
and each test gets its own copy: a real, separate database file on SQLite (a file copy), a
real database made with ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import typing as t
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from tests.support.databases import POSTGRES_ADMIN_URL, is_whole_sqlite_file


def seed_into(settings: dict[str, t.Any], url: str) -> None:
    """Create the demo POS's tables in ``url`` and seed them, the way ``flask seed-demo`` does."""
    from pizzeria_pos import create_app
    from pizzeria_pos.seed import seed_demo

    app = create_app({**settings, "SQLALCHEMY_DATABASE_URI": url})
    db = app.extensions["sqlalchemy"]
    with app.app_context():
        db.create_all()
        seed_demo()
        _cheap_staff_password(db)
        db.session.remove()
        db.engine.dispose()


#: The seeded staff login's hash in the tests' copies: still checked by werkzeug's
#: ``check_password_hash``, but at a low work factor. The demo's default (scrypt) took 0.15 s of
#: CPU for every staff log-in of every test.
TEST_PASSWORD_HASH = "pbkdf2:sha256:1000"


def _cheap_staff_password(db: t.Any) -> None:
    from pizzeria_pos.models import User
    from pizzeria_pos.seed import DEMO_PASSWORD
    from werkzeug.security import generate_password_hash

    for user in db.session.scalars(sa.select(User)):
        user.password_hash = generate_password_hash(DEMO_PASSWORD, method=TEST_PASSWORD_HASH)
    db.session.commit()


def _seed_key(settings: dict[str, t.Any]) -> tuple[str, ...]:
    """What the seed depends on: the settings (its tax rate and time zone among them), the
    environment's POS_VOICE_* values and the restaurant's date (past orders are dated from it)."""
    zone = os.environ.get("POS_VOICE_TIMEZONE") or settings.get("POS_VOICE_TIMEZONE") or "America/New_York"
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("POS_VOICE_") or k == "DATABASE_URL")
    return (repr(sorted(settings.items())), repr(env), datetime.now(ZoneInfo(str(zone))).date().isoformat())


@contextmanager
def _admin() -> Iterator[sa.Engine]:
    admin = sa.create_engine(POSTGRES_ADMIN_URL or "", isolation_level="AUTOCOMMIT",
                             poolclass=sa.pool.NullPool)
    try:
        yield admin
    finally:
        admin.dispose()


class SeededTemplates:
    """Seeded demo databases by what seeded them; ``copy_into(url)`` gives a test its own copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._templates: dict[tuple[str, ...], str] = {}

    def copy_into(self, url: str, settings: dict[str, t.Any]) -> None:
        """Make the empty database at ``url`` (a fresh SQLite path or PostgreSQL database) a copy
        of the seeded demo database."""
        key = _seed_key(settings)
        template = self._templates.get(key)
        if template is None:
            template = self._templates[key] = self._build(settings)
        target = sa.engine.make_url(url)
        if target.get_backend_name() == "sqlite":
            assert target.database and not Path(target.database).exists(), "copy into a fresh path only"
            shutil.copyfile(template, target.database)
            return
        with _admin() as admin, admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{target.database}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{target.database}" TEMPLATE "{template}"'))

    def _build(self, settings: dict[str, t.Any]) -> str:
        number = len(self._templates) + 1
        if not POSTGRES_ADMIN_URL:
            path = self.folder / f"demo-seeded-{number}.sqlite"
            seed_into(settings, f"sqlite:///{path}")
            assert is_whole_sqlite_file(path), "a journal or WAL file holds part of the seeded database"
            return str(path)
        name = f"pv_template_{uuid.uuid4().hex[:12]}"
        with _admin() as admin, admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = sa.engine.make_url(POSTGRES_ADMIN_URL).set(database=name)
        seed_into(settings, url.render_as_string(hide_password=False))
        return name

    def drop(self) -> None:
        """Drop the PostgreSQL templates (the SQLite ones go with the test run's temporary folder)."""
        if not POSTGRES_ADMIN_URL:
            return
        with _admin() as admin, admin.connect() as conn:
            for name in self._templates.values():
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._templates.clear()
