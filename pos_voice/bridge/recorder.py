"""All database work of one call: the stream token, events, call-row updates, the final record.

Events and routine updates (heartbeats, the state at start) are queued and written by the
recorder's own writer thread, several per transaction, so neither the audio paths nor the
timers ever wait on the database. Two writes are synchronous because Twilio reads them next:
the token claim (before any OpenAI session opens) and the decision of what Twilio does after
the stream (before the stream closes). The final record is written once the call is over.

A busy or unreachable database loses nothing: a batch that could not be written is kept and
tried again (backing off), ahead of what came after it; what is still unwritten when the call
ends goes with the final record, itself tried again for :data:`FINAL_WRITE_SECONDS`. Under
gevent, with a driver that blocks, every database call runs in :mod:`pos_voice.offload`'s
native threads, so a locked SQLite file stops no other call.

Plain SQLAlchemy Core on the host's engine, no ORM session and no app context: the bridge's
writes are small and run next to live audio.
"""

from __future__ import annotations

import functools
import logging
import queue
import threading
import time
import typing as t
import weakref
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import followup, offload
from ..models import ABANDONED, COMPLETED, ENDED, NEXT_FALLBACK, NEXT_HANGUP, QUEUED, utcnow
from ..redaction import redact, redact_value
from ..stream_tokens import redeem_stream_token

log = logging.getLogger("pos_voice.bridge")

EVENT_BATCH_SECONDS = 2.0  # events are written at most this late, several per commit
RETRY_FIRST_SECONDS = 0.5  # a write that failed is tried again after this, doubling...
RETRY_MAX_SECONDS = 5.0  # ...up to this
FINAL_WRITE_SECONDS = 120.0  # the final record (and anything unwritten) is tried this long

T = t.TypeVar("T")


#: Rows per INSERT statement (7 columns: well under PostgreSQL's 65,535 parameters).
INSERT_CHUNK_ROWS = 500
#: Each table's columns as the driver takes them (the columns' bind processors, per dialect).
_PROCESSORS: dict[tuple[type, sa.Table, tuple[str, ...]], list[t.Any]] = {}
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _processors(dialect: t.Any, table: sa.Table, keys: tuple[str, ...]) -> list[t.Any]:
    shape = (type(dialect), table, keys)  # per driver: psycopg's and pg8000's processors differ
    processors = _PROCESSORS.get(shape)
    if processors is None:
        columns = table.c
        processors = [columns[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys]
        _PROCESSORS[shape] = processors
    return processors


def insert_rows(connection: sa.Connection, table: sa.Table, rows: list[dict[str, t.Any]]) -> None:
    """``rows`` in one ``INSERT … VALUES (…), (…)`` statement (per 500 rows), not ``executemany``:
    psycopg runs an executemany in pipeline mode, whose wait for the results polls a socket that
    is always writable, under gevent a busy loop (~12 % of the worker's samples at 100 calls,
    bench/RESULTS-bridge.md).

    Where the driver takes positional parameters (``?`` or ``%s``: sqlite3, psycopg, pymysql…)
    the statement is written here and the values go through the columns' own bind processors
    (JSON, dates), then straight to the driver: SQLAlchemy cannot cache a multi-row
    ``insert().values([...])`` (its cache key is ``None``), so it compiled a new 100-row INSERT
    every batch: 17-18 ms of CPU per 100-row batch against 1.7 ms (SQLite, one process). Other
    drivers, and rows leaving out a column that has a Python-side default (SQLAlchemy fills it
    in), take SQLAlchemy's multi-row INSERT; rows of differing keys go one by one."""
    if not rows:
        return
    dialect = connection.dialect
    placeholder = _PLACEHOLDERS.get(dialect.paramstyle)
    keys = tuple(rows[0])
    if any(tuple(row) != keys for row in rows):  # not the recorder's rows: one INSERT each
        for one_row in rows:
            connection.execute(sa.insert(table).values(one_row))
        return
    if placeholder is None or any(column.default is not None and column.name not in keys
                                  for column in table.columns):
        for start in range(0, len(rows), INSERT_CHUNK_ROWS):
            connection.execute(sa.insert(table).values(rows[start:start + INSERT_CHUNK_ROWS]))
        return
    quote = dialect.identifier_preparer
    head = f"INSERT INTO {quote.format_table(table)} ({', '.join(quote.quote(key) for key in keys)}) VALUES "
    one = "(" + ", ".join([placeholder] * len(keys)) + ")"
    processors = _processors(dialect, table, keys)
    for start in range(0, len(rows), INSERT_CHUNK_ROWS):
        chunk = rows[start:start + INSERT_CHUNK_ROWS]
        params = [value if process is None else process(value)
                  for row in chunk for process, value in zip(processors, row.values(), strict=True)]
        connection.exec_driver_sql(head + ", ".join([one] * len(chunk)), tuple(params))


@dataclass(frozen=True)
class CallStore:
    """Where a call's records go: the host's engine and the plugin's models."""

    engine: sa.Engine
    models: t.Any  # pos_voice.models.VoiceModels
    off_hub: bool = False  # run database calls in offload's native threads (gevent + a blocking driver)

    def run(self, work: t.Callable[[sa.Connection], T]) -> T:
        """``work(connection)`` in one transaction, where it cannot stop the gevent hub."""
        def transaction() -> T:
            with self.engine.begin() as connection:
                return work(connection)

        return offload.run(transaction, off_hub=self.off_hub)

    def run_session(self, work: t.Callable[[Session], T]) -> T:
        """``work(session)`` with an ORM session of its own, where it cannot stop the gevent hub."""
        def in_session() -> T:
            with Session(self.engine, expire_on_commit=False) as session:
                return work(session)

        return offload.run(in_session, off_hub=self.off_hub)


@dataclass(frozen=True)
class Claim:
    """The call a redeemed stream token belongs to."""

    call_id: int
    phone_from: str | None
    started_at: datetime | None


@dataclass(frozen=True)
class FinalRecord:
    """What the bridge knows at the end of a call, for its row and its last two events."""

    caller_hung_up: bool
    disposition: str | None  # decided by the bridge, None when the caller hung up first
    next_action: str | None  # decided by the bridge, None when the caller hung up first
    transcript: str
    model: str
    usage: t.Any  # pos_voice.bridge.usage.Usage
    cost_usd: Decimal
    counters: dict[str, int]
    summary: dict[str, t.Any] | None = None  # the model's end-of-call summary (None: from the events)


class CallRecorder:
    def __init__(self, store: CallStore, call_sid: str | None = None) -> None:
        self.store = store
        self.call_sid = call_sid
        self.call_id: int | None = None
        self._jobs: queue.Queue[t.Any] = queue.Queue()
        self._writer: CallWriter | None = None
        self._unwritten: list[t.Any] = []  # jobs the writer could not write (kept for the final record)
        self._decision: dict[str, t.Any] = {}  # the decision, when it could not be stored at once
        self.write_failures = 0

    @property
    def _calls(self) -> t.Any:
        return self.store.models.VoiceCall

    @property
    def _events(self) -> t.Any:
        return self.store.models.VoiceCallEvent

    # --- the stream's start (synchronous)

    def redeem(self, call_sid: str, token: str) -> Claim | None:
        """Claim the call with this stream token (single use); ``None`` when it is not valid."""
        def claim(session: Session) -> Claim | None:
            call = redeem_stream_token(session, self._calls, call_sid, token)
            return None if call is None else Claim(int(call.id), call.phone_from, call.started_at)

        return self.store.run_session(claim)

    def reject_stream(self, call_sid: str) -> None:
        """Mark a call whose stream never started for fallback (``/stream-ended`` dials staff)."""
        calls = self._calls
        # only a call whose stream never started: a bad second stream must not change what a
        # running call does next
        statement = (sa.update(calls).where(calls.call_sid == call_sid, calls.state == QUEUED)
                     .values(next_action=NEXT_FALLBACK, error="media stream rejected: bad or missing token"))
        try:
            self.store.run(lambda connection: connection.execute(statement))
        except Exception:
            log.exception("could not mark call %s for fallback", call_sid)

    # --- during the call (queued)

    def start(self, call_id: int) -> None:
        """Start writing for this call (through its database's :class:`CallWriter`)."""
        self.call_id = call_id
        self._writer = CallWriter.shared(self.store)
        self._writer.add(self)

    def record(self, event_type: str, data: dict[str, t.Any], duration_ms: int | None = None) -> None:
        """Queue a ``voice_call_events`` row (redacted now, written off the audio path)."""
        if self.call_id is None:
            return
        self._jobs.put(("event", {"call_id": self.call_id, "event_type": event_type,
                                  "event_data": redact_value(data), "duration_ms": duration_ms,
                                  "timestamp": utcnow()}))
        if self._writer is not None:
            self._writer.wake(self, urgent=False)

    def update_call(self, **fields: t.Any) -> None:
        """Queue an update of the call's row (later values of a field win)."""
        if self.call_id is None:
            return
        self._jobs.put(("update", fields))
        if self._writer is not None:
            self._writer.wake(self, urgent=True)  # an update of the row goes out at once

    def heartbeat(self) -> None:
        self.update_call(heartbeat_at=utcnow())

    def store_decision(self, next_action: str, error: str | None, **more: t.Any) -> None:
        """What Twilio does after the stream, written now: ``/stream-ended`` reads it next
        (``more``: other columns it reads, such as the disposition). When the database can't
        take it, the call still ends (the stream started as ``fallback``: Twilio then dials
        staff) and the final record writes it."""
        fields: dict[str, t.Any] = {"next_action": next_action, **more}
        if error:
            fields["error"] = redact(error)[:2000]
        if self.call_id is None:
            return
        statement = self._update_row(fields)
        try:
            self.store.run(lambda connection: connection.execute(statement))
        except Exception as exc:
            log.warning("call %s: could not store what Twilio does next (kept for the final record): %s",
                        self.call_sid, exc)
            self._decision = fields

    def _drain(self) -> list[t.Any]:
        jobs = []
        while True:
            try:
                jobs.append(self._jobs.get_nowait())
            except queue.Empty:
                return jobs

    def _write(self, connection: sa.Connection, jobs: list[t.Any]) -> None:
        rows = [data for kind, data in jobs if kind == "event"]
        fields: dict[str, t.Any] = {}
        for kind, data in jobs:
            if kind == "update":
                fields.update(data)
        if rows:
            insert_rows(connection, self._events.__table__, rows)
        if fields:
            connection.execute(self._update_row(fields))

    def _update_row(self, fields: dict[str, t.Any]) -> t.Any:
        return sa.update(self._calls).where(self._calls.id == self.call_id).values(**fields)

    def stop(self, timeout: float = 60.0) -> None:
        """Stop writing for this call: what is not written yet goes with the final record."""
        if self._writer is None:
            return
        writer, self._writer = self._writer, None
        if not writer.remove(self, timeout):  # stuck on the database: what it holds may be written twice
            log.error("call %s: the recorder did not stop in %ss", self.call_sid, timeout)

    # --- the end of the call

    def write_final(self, final: FinalRecord) -> None:
        """The complete call record: whatever is still unwritten, the row's final fields,
        ``usage`` and ``call_ended``, in one transaction; tried again while the database is
        busy, for :data:`FINAL_WRITE_SECONDS`."""
        if self.call_id is None:
            return
        jobs = [*self._unwritten, *self._drain_writes()]
        if self._decision:
            jobs.append(("update", self._decision))
        deadline = time.monotonic() + FINAL_WRITE_SECONDS
        retry = RETRY_FIRST_SECONDS
        while True:
            try:
                self.store.run(lambda connection: self._write_final(connection, jobs, final))
                return
            except Exception as exc:
                if time.monotonic() + retry > deadline:
                    raise
                log.warning("call %s: could not write the final call record (trying again): %s",
                            self.call_sid, exc)
                time.sleep(retry)
                retry = min(retry * 2, RETRY_MAX_SECONDS)

    def _write_final(self, connection: sa.Connection, jobs: list[t.Any], final: FinalRecord) -> None:
        calls = self._calls
        self._write(connection, jobs)
        row = connection.execute(
            sa.select(calls.disposition, calls.order_id, calls.started_at, calls.ended_at,
                      calls.duration_seconds, calls.next_action).where(calls.id == self.call_id)
        ).one_or_none()
        if row is None:
            return
        values: dict[str, t.Any] = {"state": ENDED}
        disposition = row.disposition
        if disposition is None:
            disposition = final.disposition
            if disposition is None or disposition == ABANDONED:
                disposition = COMPLETED if row.order_id is not None else ABANDONED
            # Only if still unset when the row is written: a Twilio callback of this call
            # (/stream-ended, /dial-ended: "missed") may have decided since the read above
            # (SQLite takes the write lock only at the first write).
            values["disposition"] = sa.func.coalesce(calls.disposition, disposition)
        ended_at = row.ended_at
        if ended_at is None:
            ended_at = values["ended_at"] = utcnow()
        if row.duration_seconds is None and row.started_at is not None:
            values["duration_seconds"] = max(0, int((ended_at - row.started_at).total_seconds()))
        next_action = row.next_action
        if final.caller_hung_up and row.next_action == NEXT_FALLBACK and final.next_action is None:
            next_action = values["next_action"] = NEXT_HANGUP  # started as "fallback"; the caller left
        usage = final.usage
        values.update(transcript=final.transcript, model=final.model, cost_usd=final.cost_usd,
                      input_tokens=usage.input_tokens, output_tokens=usage.output_tokens,
                      input_audio_tokens=usage.input_audio_tokens,
                      output_audio_tokens=usage.output_audio_tokens, cached_tokens=usage.cached_tokens)
        connection.execute(sa.update(calls).where(calls.id == self.call_id).values(**values))
        if "disposition" in values:
            disposition = connection.execute(
                sa.select(calls.disposition).where(calls.id == self.call_id)).scalar_one()
        ended: dict[str, t.Any] = {
            "disposition": disposition,
            "ended_by": "caller" if final.caller_hung_up else "assistant",
            "next_action": final.next_action or next_action,
            **final.counters,
        }
        # Twilio's status callback (/status) records ``call_ended`` when it comes first. It holds
        # the call's row while it does, as the UPDATE above does, so its event is seen here
        # (committed) or it sees this one: the call keeps one ``call_ended``, this one, with
        # what Twilio said in it.
        events = self._events.__table__
        earlier = connection.execute(sa.select(events.c.id, events.c.event_data).where(
            events.c.call_id == self.call_id, events.c.event_type == "call_ended")).all()
        if earlier:
            told = {key: value for row in earlier if isinstance(row.event_data, dict)
                    for key, value in row.event_data.items()}
            ended = {**told, **ended}
            connection.execute(sa.delete(events).where(events.c.id.in_([row.id for row in earlier])))
        connection.execute(sa.insert(events), [
            {"call_id": self.call_id, "event_type": "usage",
             "event_data": {**usage.as_dict(), "cost_usd": str(final.cost_usd), "model": final.model}},
            {"call_id": self.call_id, "event_type": "call_ended", "event_data": ended},
        ])
        self._write_follow_up(connection, final.summary)

    def _write_follow_up(self, connection: sa.Connection, model_summary: dict[str, t.Any] | None) -> None:
        """What the call leaves for staff (:mod:`pos_voice.followup`): the summary (the model's,
        else the events'), the mood, why it needs attention. A Twilio callback that changes the
        outcome later derives them again, keeping the model's words."""
        calls = self._calls
        row = connection.execute(
            sa.select(calls.disposition, calls.order_id, calls.order_type, calls.live_state,
                      calls.transfer_reason, calls.summary)
            .where(calls.id == self.call_id)).one()  # the row is ours already: updated above
        events = followup.load_events(connection, self.store.models, t.cast(int, self.call_id))
        derived = followup.derive(row, events, model_summary)
        connection.execute(sa.update(calls).where(calls.id == self.call_id).values(**derived))

    def _drain_writes(self) -> list[t.Any]:
        return self._drain()


@dataclass(eq=False)
class _Pending:
    """A recorder's place in its :class:`CallWriter`."""

    recorder: CallRecorder
    kept: list[t.Any]  # jobs that could not be written: tried again first, never dropped
    due: float | None = None  # when its queued events must be written (None: none queued)
    retry_at: float = 0.0  # not before this, after a failed write
    retry: float = RETRY_FIRST_SECONDS
    writing: bool = False
    given_up: bool = False  # its call stopped waiting for this write: dropped once it is done


class CallWriter:
    """Writes the queued records of every call on one database: one transaction for all of
    them (one multi-row INSERT of their events, then each call's row update).

    One writer per database, not a thread and a transaction per call: at 100 calls the per-call
    writers were ~15 % of the worker's CPU (bench/RESULTS-bridge.md). Events wait at most
    :data:`EVENT_BATCH_SECONDS`; an update of a call's row (a heartbeat, the state at start) goes
    out at once, with whatever else is queued. When the shared transaction fails, each call's
    records are tried on their own, so one call's bad record or a busy database delays only the
    calls it concerns; those keep their records and try again, backing off. The thread ends
    when no call is being written for.
    """

    _shared: weakref.WeakKeyDictionary[sa.Engine, CallWriter] = weakref.WeakKeyDictionary()
    _shared_lock = threading.Lock()

    @classmethod
    def shared(cls, store: CallStore) -> CallWriter:
        with cls._shared_lock:
            writer = cls._shared.get(store.engine)
            if writer is None:
                writer = cls._shared[store.engine] = cls(store)
            return writer

    def __init__(self, store: CallStore) -> None:
        self.store = store
        self.transactions = 0  # committed (tests, the benchmark)
        self._calls: dict[CallRecorder, _Pending] = {}
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, recorder: CallRecorder) -> None:
        with self._cond:
            self._calls[recorder] = _Pending(recorder, [])
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name=f"pos_voice-recorder-{recorder.call_sid}")
                self._thread.start()
            self._cond.notify_all()

    def wake(self, recorder: CallRecorder, *, urgent: bool) -> None:
        with self._cond:
            pending = self._calls.get(recorder)
            if pending is None:
                return
            now = time.monotonic()
            due = now if urgent else now + EVENT_BATCH_SECONDS
            if pending.due is None or due < pending.due:
                pending.due = due
                self._cond.notify_all()

    def remove(self, recorder: CallRecorder, timeout: float) -> bool:
        """Stop writing for ``recorder``; what it has not written goes to its final record.
        False when a write of its records did not finish within ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            pending = self._calls.get(recorder)
            if pending is None:
                return True
            while pending.writing:
                left = deadline - time.monotonic()
                if left <= 0:
                    # the write in progress is the writer's to finish; then the call is dropped,
                    # or it would keep the writer (and its retries) alive after the call
                    pending.given_up = True
                    return False
                self._cond.wait(left)
            del self._calls[recorder]
            recorder._unwritten = [*pending.kept, *recorder._drain()]
            self._cond.notify_all()
            return True

    def _take(self) -> list[tuple[_Pending, list[t.Any]]] | None:
        """Wait until some call's records are due; then every call's queued records (all but
        those backing off after a failure), marked as being written. ``None``: no call left."""
        with self._cond:
            while True:
                if not self._calls:
                    self._thread = None
                    return None
                now = time.monotonic()
                waiting = [p for p in self._calls.values() if p.due is not None or p.kept]
                ready_at = [max(p.due if p.due is not None else p.retry_at, p.retry_at) for p in waiting]
                if not ready_at or min(ready_at) > now:
                    self._cond.wait(min(ready_at) - now if ready_at else None)
                    continue
                batch = []
                for pending in waiting:
                    if pending.retry_at > now:
                        continue
                    jobs = [*pending.kept, *pending.recorder._drain()]
                    pending.kept, pending.due = [], None
                    if jobs:
                        pending.writing = True
                        batch.append((pending, jobs))
                if batch:
                    return batch

    def _run(self) -> None:
        while True:
            batch = self._take()
            if batch is None:
                return
            failed: list[tuple[_Pending, list[t.Any]]] = []
            try:
                self.store.run(functools.partial(self._write_all, batch=batch))
                self.transactions += 1
            except Exception:
                for pending, jobs in batch:  # on their own: only the calls concerned wait
                    try:
                        self.store.run(functools.partial(pending.recorder._write, jobs=jobs))
                        self.transactions += 1
                    except Exception as exc:
                        failed.append((pending, jobs))
                        recorder = pending.recorder
                        if pending.retry == RETRY_FIRST_SECONDS:  # its first failure in a row
                            log.warning("call %s: could not write call events (kept, trying again): %s",
                                        recorder.call_sid, exc)
                        recorder.write_failures += 1
            with self._cond:
                now = time.monotonic()
                failed_calls = {pending for pending, _ in failed}
                for pending, jobs in batch:
                    pending.writing = False
                    if pending.given_up:
                        self._calls.pop(pending.recorder, None)
                        if pending in failed_calls:
                            log.error("call %s: %d call records could not be written after the call "
                                      "stopped waiting for them", pending.recorder.call_sid, len(jobs))
                        continue
                    if pending in failed_calls:
                        pending.kept = jobs  # ahead of what was queued since
                        pending.retry_at = now + pending.retry
                        pending.retry = min(pending.retry * 2, RETRY_MAX_SECONDS)
                    else:
                        if pending.retry != RETRY_FIRST_SECONDS:
                            log.info("call %s: %d call records written after %d failed attempts",
                                     pending.recorder.call_sid, len(jobs), pending.recorder.write_failures)
                        pending.retry, pending.retry_at = RETRY_FIRST_SECONDS, 0.0
                self._cond.notify_all()

    @staticmethod
    def _write_all(connection: sa.Connection, batch: list[tuple[_Pending, list[t.Any]]]) -> None:
        rows = [data for _, jobs in batch for kind, data in jobs if kind == "event"]
        if rows:
            insert_rows(connection, batch[0][0].recorder._events.__table__, rows)
        for pending, jobs in batch:
            fields: dict[str, t.Any] = {}
            for kind, data in jobs:
                if kind == "update":
                    fields.update(data)
            if fields:
                connection.execute(pending.recorder._update_row(fields))
