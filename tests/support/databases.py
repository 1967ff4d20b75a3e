"""Fresh databases for tests: a SQLite file, or a new PostgreSQL database per test.

Set ``POS_VOICE_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1/postgres``)
to run the whole suite on PostgreSQL; ``.ci/run`` does both.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import threading
import typing as t
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
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


class SchemaTemplates:
    """``create_all`` once per schema and test process, then a file copy (SQLite).

    Every host test app made its tables with ``create_all``: the same few dozen ``CREATE``
    statements compiled and run, each committed on its own with its ``fsync``, for every test.
    Here the statements ``create_all`` would run are captured first (a mock engine, no database:
    the tables, indexes and what DDL listeners add, such as a host's triggers) and are the
    template's key; the first database of that key is made by ``create_all`` itself and kept,
    later ones are a copy of its file. Anything else (PostgreSQL, a database already holding
    tables, several binds, an in-memory database, a connection still checked out) gets
    ``create_all`` as before.
    """

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._files: dict[tuple[str, ...], Path] = {}
        self._lock = threading.Lock()
        self.copies = 0
        self.built = 0

    def create_all(self, db: t.Any) -> None:
        """``db.create_all()`` (in an app context), from a template where it can be."""
        if set(db.metadatas) != {None}:
            db.create_all()
            return
        self.create_metadata(db.metadatas[None], db.engine)

    def create_metadata(self, metadata: sa.MetaData, engine: sa.Engine) -> None:
        """``metadata.create_all(engine)``, from a template where it can be."""
        path = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
        if not path or path == ":memory:" or engine.pool.checkedout() or _has_tables(path):
            metadata.create_all(engine)
            return
        key = _ddl_of(metadata, engine)
        with self._lock:
            template = self._files.get(key)
            if template is None:
                metadata.create_all(engine)
                engine.dispose()
                self._keep(key, Path(path))
                self.built += 1
                return
        engine.dispose()  # no pooled connection may hold the empty file open across the copy
        shutil.copyfile(template, path)
        self.copies += 1

    def _keep(self, key: tuple[str, ...], path: Path) -> None:
        if not is_whole_sqlite_file(path):
            return
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="pv-schemas-"))
            atexit.register(shutil.rmtree, self._folder, True)
        template = self._folder / f"schema-{len(self._files) + 1}.sqlite"
        shutil.copyfile(path, template)
        self._files[key] = template


def is_whole_sqlite_file(path: Path) -> bool:
    """No journal or WAL file beside it holds part of the database: a copy of the file is all of it."""
    return not [p for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]


def _has_tables(path: str) -> bool:
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return False
    with closing(sqlite3.connect(path)) as conn:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


def _ddl_of(metadata: sa.MetaData, engine: sa.Engine) -> tuple[str, ...]:
    """The statements ``metadata.create_all`` runs on an empty database of ``engine``'s dialect."""
    statements: list[str] = []

    def executor(sql: t.Any, *multiparams: t.Any, **params: t.Any) -> None:
        statements.append(str(sql.compile(dialect=mock.dialect)) + repr((multiparams, params)))

    mock = sa.create_mock_engine(engine.url, executor)
    metadata.create_all(mock, checkfirst=False)
    return (engine.dialect.name, *statements)


#: One per test process (tests/support/databases.py's callers share it)
SCHEMAS = SchemaTemplates()


def create_all(db: t.Any) -> None:
    """``db.create_all()`` for a test's fresh database, copied from this process's template of the
    same schema where there is one (see ``SchemaTemplates``)."""
    SCHEMAS.create_all(db)
