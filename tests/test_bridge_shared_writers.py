"""The bridge's database work is shared by every live call of a process (issue 12 item 2): one
reader of staff's *Take this call* requests and one writer of call records per database, so
the number of queries and transactions does not grow with the number of calls.

Real database (SQLite, or PostgreSQL where the suite runs on it), statements counted with
SQLAlchemy's engine events; the take reader runs on a manual clock.
"""

from __future__ import annotations

import threading
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import sqlalchemy as sa

from tests.support.bridge import wait_for
from tests.support.clock import ManualClock


def _calls(app: t.Any, *sids: str) -> tuple[t.Any, list[int]]:
    from pos_voice.bridge.recorder import CallStore

    with app.app_context():
        state = app.extensions["pos_voice"]
        rows = [state.models.VoiceCall(call_sid=sid, state="live", next_action="hangup") for sid in sids]
        state.db.session.add_all(rows)
        state.db.session.commit()
        return CallStore(engine=state.db.engine, models=state.models), [row.id for row in rows]


@contextmanager
def counted(engine: sa.Engine) -> Iterator[dict[str, list[str]]]:
    """The statements run and the transactions committed on ``engine`` meanwhile."""
    seen: dict[str, list[str]] = {"statements": [], "commits": []}
    lock = threading.Lock()

    def statement(conn: t.Any, cursor: t.Any, text: str, *args: t.Any) -> None:
        with lock:
            seen["statements"].append(text)

    def commit(conn: t.Any) -> None:
        with lock:
            seen["commits"].append("commit")

    sa.event.listen(engine, "before_cursor_execute", statement)
    sa.event.listen(engine, "commit", commit)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", statement)
        sa.event.remove(engine, "commit", commit)


def test_one_read_per_interval_covers_every_live_call_and_tells_each_once(demo_app: t.Any) -> None:
    from pos_voice.bridge.take_watch import TakeRequest, TakeWatch
    from pos_voice.models import utcnow

    store, ids = _calls(demo_app, "CA-w1", "CA-w2", "CA-w3")
    clock = ManualClock()
    told: list[tuple[int, TakeRequest]] = []
    watches = [TakeWatch(store, call_id, clock, 1.0, lambda request, c=call_id: told.append((c, request)))
               for call_id in ids]
    for watch in watches:
        watch.start()
    clock.settle()  # the reader is asleep on the clock before it moves
    try:
        with counted(store.engine) as seen:
            clock.advance(1.0)
        reads = [s for s in seen["statements"] if "take_requested_at" in s]
        assert len(reads) == 1  # one query for three calls
        assert [watch.reads for watch in watches] == [1, 1, 1]
        calls = store.models.VoiceCall
        with store.engine.begin() as connection:
            connection.execute(sa.update(calls).where(calls.id == ids[1])
                               .values(take_requested_at=utcnow(), take_requested_by="Sam"))
        clock.advance(1.0)
        clock.advance(1.0)
        assert [(call_id, request.by) for call_id, request in told] == [(ids[1], "Sam")]  # once
        assert [watch.reads for watch in watches] == [3, 2, 3]  # the told call is read no more
    finally:
        for watch in watches:
            watch.stop()


def test_the_records_of_several_calls_go_out_in_one_transaction(demo_app: t.Any) -> None:
    from pos_voice.bridge.recorder import CallRecorder, FinalRecord
    from pos_voice.bridge.usage import Usage

    store, ids = _calls(demo_app, "CA-r1", "CA-r2", "CA-r3")
    recorders = [CallRecorder(store, f"CA-r{n}") for n in (1, 2, 3)]
    for recorder, call_id in zip(recorders, ids, strict=True):
        recorder.start(call_id)
    events = store.models.VoiceCallEvent
    calls = store.models.VoiceCall

    def written() -> int:
        with store.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(events)
                                      .where(events.call_id.in_(ids))).scalar_one()

    with counted(store.engine) as seen:
        for recorder in recorders:
            recorder.record("transcript", {"role": "caller", "text": "hello"})
        recorders[0].update_call(model="gpt-shared")  # an update goes out at once, with the events queued
        wait_for(lambda: written() == 3, what="the three calls' events")
    assert len(seen["commits"]) == 1
    inserts = [s for s in seen["statements"] if s.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 1  # one multi-row INSERT, not one per call (nor an executemany)
    with store.engine.connect() as connection:
        model = connection.execute(sa.select(calls.model).where(calls.id == ids[0])).scalar_one()
    assert model == "gpt-shared"
    recorders[2].record("transcript", {"role": "assistant", "text": "queued at the end"})
    for recorder in recorders:
        recorder.stop()
        recorder.write_final(FinalRecord(caller_hung_up=True, disposition=None, next_action=None,
                                         transcript="", model="m", usage=Usage(), cost_usd=Decimal("0"),
                                         counters={}))
    with store.engine.connect() as connection:
        kinds = connection.execute(sa.select(events.event_type).where(events.call_id == ids[2])
                                   .order_by(events.id)).scalars().all()
    assert kinds == ["transcript", "transcript", "usage", "call_ended"]  # what was queued went with the final


def test_a_call_that_stops_waiting_for_a_stalled_write_leaves_the_writer_free_to_end(demo_app: t.Any) -> None:
    """A write stalled on the database outlasts the call's wait for it: once the write is done
    the call is dropped, and the writer's thread ends (it used to keep the call, and so run,
    retrying, for as long as the process lived)."""
    from pos_voice.bridge.recorder import CallRecorder, CallWriter

    store, ids = _calls(demo_app, "CA-s1")
    recorder = CallRecorder(store, "CA-s1")
    entered, release = threading.Event(), threading.Event()

    def stall(conn: t.Any, cursor: t.Any, text: str, *args: t.Any) -> None:
        if text.lstrip().upper().startswith("INSERT"):
            entered.set()
            release.wait(10)

    sa.event.listen(store.engine, "before_cursor_execute", stall)
    try:
        recorder.start(ids[0])
        recorder.record("transcript", {"role": "caller", "text": "hello"})
        recorder.update_call(model="gpt-stalled")
        assert entered.wait(10)
        recorder.stop(timeout=0.05)  # the database holds the write: the call stops waiting
    finally:
        release.set()
        sa.event.remove(store.engine, "before_cursor_execute", stall)
    writer = CallWriter.shared(store)
    wait_for(lambda: not writer._calls and writer._thread is None, what="the writer to let the call go")
