"""Staff's *Take this call*, seen by the process running the call, through the database.

The staff page that asks may be served by another process than the one running the call, so
the request is a value on the call's row (``take_requested_at``/``_by``, written by
:func:`pos_voice.staff.queue.request_take`), never process memory. Each live call reads its
own row every ``take_poll_seconds`` (one read by primary key, on the injected clock) and
tells the session once, who asked; then it stops.

Its own thread, because a read may wait on a busy database and the housekeeper's timers must
not wait with it.
"""

from __future__ import annotations

import logging
import threading
import typing as t
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from .clock import Clock
from .recorder import CallStore

log = logging.getLogger("pos_voice.bridge")


@dataclass(frozen=True)
class TakeRequest:
    """Who asked to take the call, and when (UTC, from the row)."""

    by: str
    at: datetime | None


class TakeWatch:
    def __init__(self, store: CallStore, call_id: int, clock: Clock, interval: float,
                 on_request: t.Callable[[TakeRequest], None], *, name: str = "call") -> None:
        self.store = store
        self.call_id = call_id
        self.clock = clock
        self.interval = interval
        self.on_request = on_request
        self.reads = 0  # rows read (tests)
        self._alarm = clock.alarm()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"pos_voice-take-watch-{name}")

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopped = True
        self._alarm.close()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=timeout)

    def read(self) -> TakeRequest | None:
        """The request on the row, if any (one read)."""
        calls = self.store.models.VoiceCall
        statement = (sa.select(calls.take_requested_at, calls.take_requested_by)
                     .where(calls.id == self.call_id))
        row = self.store.run(lambda connection: connection.execute(statement).one_or_none())
        self.reads += 1
        if row is None or row.take_requested_at is None:
            return None
        return TakeRequest(by=str(row.take_requested_by or "Staff"), at=row.take_requested_at)

    def _run(self) -> None:
        try:
            self._watch()
        finally:
            self._alarm.close()  # nobody sleeps on it any more (a manual clock must not wait for it)

    def _watch(self) -> None:
        while not self._stopped:
            self._alarm.wait_until(self.clock.monotonic() + self.interval)
            if self._stopped:
                return
            try:
                request = self.read()
            except Exception as exc:  # a busy database: look again next time
                log.warning("call %s: could not read staff's take-over request: %s", self.call_id, exc)
                continue
            if request is not None:
                self._stopped = True
                self.on_request(request)
                return
