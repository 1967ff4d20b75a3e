"""Staff's *Take this call*, seen by the process running the call, through the database.

The staff page that asks may be served by another process than the one running the call, so
the request is a value on the call's row (``take_requested_at``/``_by``, written by
:func:`pos_voice.staff.queue.request_take`), never process memory. Every
``take_poll_seconds`` (on the injected clock) the process reads the rows of all its live
calls at once and tells each session that was asked for, once, who asked; then it stops
watching that call.

One reader per database and interval, not one per call: at 100 calls a read per call per
second was a third of the worker's CPU (100 transactions a second, and the pool's overflow
connections opened and closed for them; bench/RESULTS-bridge.md); one ``IN`` query a second
costs the same for one call or a hundred. Its own thread, because a read may wait on a busy
database and the calls' timers must not wait with it; it ends when no call is watched.
"""

from __future__ import annotations

import logging
import threading
import typing as t
import weakref
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from .clock import Alarm, Clock
from .recorder import CallStore

log = logging.getLogger("pos_voice.bridge")


@dataclass(frozen=True)
class TakeRequest:
    """Who asked to take the call, and when (UTC, from the row)."""

    by: str
    at: datetime | None


class TakeWatch:
    """One call's watch; the reading is done by the :class:`TakeReader` its database shares."""

    def __init__(self, store: CallStore, call_id: int, clock: Clock, interval: float,
                 on_request: t.Callable[[TakeRequest], None], *, name: str = "call") -> None:
        self.store = store
        self.call_id = call_id
        self.clock = clock
        self.interval = interval
        self.on_request = on_request
        self.name = name
        self.reads = 0  # reads that included this call's row (tests)
        self._reader: TakeReader | None = None

    def start(self) -> None:
        self._reader = TakeReader.shared(self.store, self.clock, self.interval)
        self._reader.add(self)

    def stop(self, timeout: float = 5.0) -> None:
        if self._reader is not None:
            self._reader.remove(self, timeout)

    def read(self) -> TakeRequest | None:
        """The request on this call's row, if any (one read, on its own)."""
        return TakeReader.read_rows(self.store, [self.call_id]).get(self.call_id)


class TakeReader:
    """Reads the rows of every watched call in one query per interval."""

    # per database engine (so per app), then per interval: no state outlives the engine
    _shared: weakref.WeakKeyDictionary[sa.Engine, dict[float, TakeReader]] = weakref.WeakKeyDictionary()
    _shared_lock = threading.Lock()

    @classmethod
    def shared(cls, store: CallStore, clock: Clock, interval: float) -> TakeReader:
        with cls._shared_lock:
            readers = cls._shared.setdefault(store.engine, {})
            reader = readers.get(interval)
            if reader is None:
                reader = readers[interval] = cls(store, clock, interval)
            return reader

    def __init__(self, store: CallStore, clock: Clock, interval: float) -> None:
        self.store = store
        self.clock = clock
        self.interval = interval
        self.polls = 0
        self._watches: dict[int, TakeWatch] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._alarm: Alarm | None = None

    def add(self, watch: TakeWatch) -> None:
        with self._lock:
            self._watches[watch.call_id] = watch
            if self._thread is None:  # the first call (again): a new reading thread with its own alarm
                self._alarm = self.clock.alarm()
                self._thread = threading.Thread(target=self._run, args=(self._alarm,), daemon=True,
                                                name=f"pos_voice-take-watch-{watch.name}")
                self._thread.start()

    def remove(self, watch: TakeWatch, timeout: float = 5.0) -> None:
        with self._lock:
            if self._watches.get(watch.call_id) is watch:
                del self._watches[watch.call_id]
            thread, alarm = self._thread, self._alarm
            if self._watches or thread is None:
                return
            self._thread = self._alarm = None  # the last call: the thread ends
        assert alarm is not None
        alarm.close()
        if thread is not threading.current_thread():
            thread.join(timeout=timeout)

    @staticmethod
    def read_rows(store: CallStore, call_ids: list[int]) -> dict[int, TakeRequest]:
        """The requests on these calls' rows (one query)."""
        calls = store.models.VoiceCall
        statement = (sa.select(calls.id, calls.take_requested_at, calls.take_requested_by)
                     .where(calls.id.in_(call_ids), calls.take_requested_at.is_not(None)))
        rows = store.run(lambda connection: connection.execute(statement).all())
        return {row.id: TakeRequest(by=str(row.take_requested_by or "Staff"), at=row.take_requested_at)
                for row in rows}

    def _current(self, alarm: Alarm) -> list[TakeWatch] | None:
        with self._lock:
            if self._alarm is not alarm:
                return None  # stopped: a newer thread (if any) has its own alarm
            if not self._watches:  # every call was told or stopped: this thread ends
                self._thread = self._alarm = None
                return None
            return list(self._watches.values())

    def _run(self, alarm: Alarm) -> None:
        try:
            while True:
                alarm.wait_until(self.clock.monotonic() + self.interval)
                watches = self._current(alarm)
                if not watches:
                    return
                try:
                    requests = self.read_rows(self.store, [watch.call_id for watch in watches])
                except Exception as exc:  # a busy database: look again next time
                    log.warning("could not read staff's take-over requests of %d calls: %s",
                                len(watches), exc)
                    continue
                self.polls += 1
                for watch in watches:
                    watch.reads += 1
                    request = requests.get(watch.call_id)
                    if request is None:
                        continue
                    with self._lock:
                        if self._watches.get(watch.call_id) is not watch:
                            continue  # the call stopped meanwhile
                        del self._watches[watch.call_id]  # told once
                    try:
                        watch.on_request(request)
                    except Exception:
                        log.exception("call %s: handling staff's take-over request failed", watch.name)
        finally:
            alarm.close()  # nobody sleeps on it any more (a manual clock must not wait for it)
