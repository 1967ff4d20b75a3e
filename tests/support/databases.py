"""Fresh databases for tests: a SQLite file, or a new PostgreSQL database per test.

Set ``POS_VOICE_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1/postgres``)
to run the whole suite on PostgreSQL; ``.ci/run`` does both.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

POSTGRES_ADMIN_URL = os.environ.get("POS_VOICE_TEST_POSTGRES_URL")


def using_postgres() -> bool:
    return bool(POSTGRES_ADMIN_URL)


@contextmanager
def fresh_database(tmp_path: Path) -> Iterator[str]:
    """Yield the URL of an empty database, dropped afterwards."""
    if not POSTGRES_ADMIN_URL:
        yield f"sqlite:///{tmp_path / 'pos.sqlite'}"
        return
    name = f"pv_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(POSTGRES_ADMIN_URL).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def sqlite_locked(url: str) -> Iterator[None]:
    """Another process holds the SQLite file's exclusive lock (``BEGIN EXCLUSIVE``: no reader, no
    writer gets in) for the duration of the block."""
    import subprocess
    import sys

    path = sa.engine.make_url(url).database
    holder = ("import sqlite3, sys\n"
              "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "db.execute('BEGIN EXCLUSIVE')\n"
              "print('locked', flush=True)\n"
              "sys.stdin.readline()\n"
              "db.execute('ROLLBACK')\n")
    process = subprocess.Popen([sys.executable, "-c", holder, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        yield
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the holder reads EOF, rolls back and exits
        process.wait(timeout=10)
