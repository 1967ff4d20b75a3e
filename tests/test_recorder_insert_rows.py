"""The call records' multi-row INSERT written for the driver: the same rows as SQLAlchemy's own
INSERT would store, through the columns' types, in one statement per 500 rows, on SQLite and
(with ``POS_VOICE_TEST_POSTGRES_URL``) PostgreSQL."""

from __future__ import annotations

import datetime
import typing as t
from pathlib import Path

import pytest
import sqlalchemy as sa

from pos_voice.bridge.recorder import INSERT_CHUNK_ROWS, insert_rows
from tests.support.databases import fresh_database

METADATA = sa.MetaData()
EVENTS = sa.Table(
    "events_probe", METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("call_id", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String(32), nullable=False),
    sa.Column("event_data", sa.JSON),
    sa.Column("duration_ms", sa.Integer),
    sa.Column("timestamp", sa.DateTime, nullable=False),
)


@pytest.fixture
def engine(tmp_path: Path) -> t.Iterator[sa.Engine]:
    with fresh_database(tmp_path) as url:
        engine = sa.create_engine(url)
        METADATA.create_all(engine)
        try:
            yield engine
        finally:
            engine.dispose()


def row(n: int, **extra: t.Any) -> dict[str, t.Any]:
    return {"call_id": n, "event_type": "transcript",
            "event_data": {"text": f"n°{n} 100% \"quoted\" ? %s :1 \\ é", "n": n, "nested": [1, None]},
            "duration_ms": None if n % 2 else n,
            "timestamp": datetime.datetime(2026, 12, 1, 23, 59, 59, 123000) + datetime.timedelta(seconds=n),
            **extra}


def stored(engine: sa.Engine) -> list[tuple[t.Any, ...]]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(
            sa.select(EVENTS.c.call_id, EVENTS.c.event_type, EVENTS.c.event_data, EVENTS.c.duration_ms,
                      EVENTS.c.timestamp).order_by(EVENTS.c.id))]


def statements(engine: sa.Engine) -> list[str]:
    seen: list[str] = []
    sa.event.listen(engine, "before_cursor_execute",
                    lambda conn, cursor, statement, *rest: seen.append(statement))
    return seen


def test_rows_come_back_as_sqlalchemy_would_store_them(engine: sa.Engine) -> None:
    rows = [row(n) for n in range(7)]
    seen = statements(engine)
    with engine.begin() as connection:
        insert_rows(connection, EVENTS, rows)
    inserts = [s for s in seen if s.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 1
    expected = [(r["call_id"], r["event_type"], r["event_data"], r["duration_ms"], r["timestamp"])
                for r in rows]
    assert stored(engine) == expected
    # the same rows through SQLAlchemy's own INSERT read back identically
    with engine.begin() as connection:
        connection.execute(sa.delete(EVENTS))
        connection.execute(sa.insert(EVENTS).values(rows))
    assert stored(engine) == expected


def test_more_rows_than_one_statement_takes_go_in_chunks_in_order(engine: sa.Engine) -> None:
    rows = [row(n) for n in range(INSERT_CHUNK_ROWS * 2 + 3)]
    seen = statements(engine)
    with engine.begin() as connection:
        insert_rows(connection, EVENTS, rows)
    assert len([s for s in seen if s.lstrip().upper().startswith("INSERT")]) == 3
    assert [r[0] for r in stored(engine)] == list(range(len(rows)))


def test_rows_with_other_keys_still_go_in(engine: sa.Engine) -> None:
    rows = [row(0), {"call_id": 1, "event_type": "x", "timestamp": datetime.datetime(2026, 1, 1)}, row(2)]
    with engine.begin() as connection:
        insert_rows(connection, EVENTS, rows)
        insert_rows(connection, EVENTS, [])
    assert [(r[0], r[2]) for r in stored(engine)] == [(0, rows[0]["event_data"]), (1, None),
                                                        (2, rows[2]["event_data"])]


def test_a_failing_row_fails_the_whole_statement(engine: sa.Engine) -> None:
    """A batch is one statement: the writer's retry logic relies on all or nothing."""
    rows = [row(0), {**row(1), "event_type": None}]  # NOT NULL
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        insert_rows(connection, EVENTS, rows)
    assert stored(engine) == []


def test_a_column_left_out_that_has_a_python_default_still_gets_it(tmp_path: Path) -> None:
    metadata = sa.MetaData()
    table = sa.Table("defaults_probe", metadata, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("name", sa.String(8), nullable=False),
                     sa.Column("kind", sa.String(8), nullable=False, default="plain"))
    with fresh_database(tmp_path) as url:
        engine = sa.create_engine(url)
        try:
            metadata.create_all(engine)
            with engine.begin() as connection:
                insert_rows(connection, table, [{"name": "a"}, {"name": "b"}])
            with engine.connect() as connection:
                got = connection.execute(sa.select(table.c.name, table.c.kind).order_by(table.c.id))
                assert [tuple(r) for r in got] == [("a", "plain"), ("b", "plain")]
        finally:
            engine.dispose()
