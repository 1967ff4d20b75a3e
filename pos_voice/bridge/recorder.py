"""All database work of one call: the stream token, events, call-row updates, the final record.

Events and routine updates (heartbeats, the state at start) are queued and written by the
recorder's own writer thread, several per transaction, so neither the audio paths nor the
timers ever wait on the database. Two writes are synchronous because Twilio reads them next:
the token claim (before any OpenAI session opens) and the decision of what Twilio does after
the stream (before the stream closes). The final record is written once the call is over.

Plain SQLAlchemy Core on the host's engine, no ORM session and no app context: the bridge's
writes are small and run next to live audio.
"""

from __future__ import annotations

import logging
import queue
import threading
import typing as t
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import ABANDONED, COMPLETED, ENDED, NEXT_FALLBACK, NEXT_HANGUP, QUEUED, utcnow
from ..stream_tokens import redeem_stream_token
from .redaction import redact, redact_value

log = logging.getLogger("pos_voice.bridge")

EVENT_BATCH_SECONDS = 2.0  # events are written at most this late, several per commit

_STOP = object()


@dataclass(frozen=True)
class CallStore:
    """Where a call's records go: the host's engine and the plugin's models."""

    engine: sa.Engine
    models: t.Any  # pos_voice.models.VoiceModels


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


class CallRecorder:
    def __init__(self, store: CallStore, call_sid: str | None = None) -> None:
        self.store = store
        self.call_sid = call_sid
        self.call_id: int | None = None
        self._jobs: queue.Queue[t.Any] = queue.Queue()
        self._stopping = threading.Event()
        self._writer: threading.Thread | None = None

    @property
    def _calls(self) -> t.Any:
        return self.store.models.VoiceCall

    @property
    def _events(self) -> t.Any:
        return self.store.models.VoiceCallEvent

    # --- the stream's start (synchronous)

    def redeem(self, call_sid: str, token: str) -> Claim | None:
        """Claim the call with this stream token (single use); ``None`` when it is not valid."""
        with Session(self.store.engine, expire_on_commit=False) as session:
            call = redeem_stream_token(session, self._calls, call_sid, token)
            if call is None:
                return None
            return Claim(int(call.id), call.phone_from, call.started_at)

    def reject_stream(self, call_sid: str) -> None:
        """Mark a call whose stream never started for fallback (``/stream-ended`` dials staff)."""
        calls = self._calls
        try:
            with self.store.engine.begin() as connection:
                connection.execute(
                    sa.update(calls)
                    # only a call whose stream never started: a bad second stream must not
                    # change what a running call does next
                    .where(calls.call_sid == call_sid, calls.state == QUEUED)
                    .values(next_action=NEXT_FALLBACK, error="media stream rejected: bad or missing token"))
        except Exception:
            log.exception("could not mark call %s for fallback", call_sid)

    # --- during the call (queued)

    def start(self, call_id: int) -> None:
        """Start writing for this call (its writer thread)."""
        self.call_id = call_id
        self._writer = threading.Thread(target=self._write_loop, daemon=True,
                                        name=f"pos_voice-recorder-{self.call_sid}")
        self._writer.start()

    def record(self, event_type: str, data: dict[str, t.Any], duration_ms: int | None = None) -> None:
        """Queue a ``voice_call_events`` row (redacted now, written off the audio path)."""
        if self.call_id is None:
            return
        self._jobs.put(("event", {"call_id": self.call_id, "event_type": event_type,
                                  "event_data": redact_value(data), "duration_ms": duration_ms,
                                  "timestamp": utcnow()}))

    def update_call(self, **fields: t.Any) -> None:
        """Queue an update of the call's row (later values of a field win)."""
        if self.call_id is None:
            return
        self._jobs.put(("update", fields))

    def heartbeat(self) -> None:
        self.update_call(heartbeat_at=utcnow())

    def store_decision(self, next_action: str, error: str | None, **more: t.Any) -> None:
        """What Twilio does after the stream, written now: ``/stream-ended`` reads it next
        (``more``: other columns it reads, such as the disposition)."""
        fields: dict[str, t.Any] = {"next_action": next_action, **more}
        if error:
            fields["error"] = redact(error)[:2000]
        self._update_now(fields)

    def _update_now(self, fields: dict[str, t.Any]) -> None:
        if self.call_id is None:
            return
        try:
            with self.store.engine.begin() as connection:
                connection.execute(self._update_row(fields))
        except Exception:
            log.exception("call %s: could not update the call record", self.call_sid)

    def _drain(self) -> list[t.Any]:
        jobs = []
        while True:
            try:
                jobs.append(self._jobs.get_nowait())
            except queue.Empty:
                return jobs

    def _write_loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is not _STOP and job[0] == "event" and not self._stopping.is_set():
                # Gather what follows for a moment: one INSERT, several events (an update of
                # the row, such as a heartbeat, goes out at once).
                self._stopping.wait(EVENT_BATCH_SECONDS)
            jobs = [job, *self._drain()]
            stop = any(job is _STOP for job in jobs)
            jobs = [job for job in jobs if job is not _STOP]
            if jobs:
                try:
                    with self.store.engine.begin() as connection:
                        self._write(connection, jobs)
                except Exception:
                    log.exception("call %s: could not write call events", self.call_sid)
            if stop:
                return

    def _write(self, connection: sa.Connection, jobs: list[t.Any]) -> None:
        rows = [data for kind, data in jobs if kind == "event"]
        fields: dict[str, t.Any] = {}
        for kind, data in jobs:
            if kind == "update":
                fields.update(data)
        if rows:
            connection.execute(sa.insert(self._events.__table__), rows)
        if fields:
            connection.execute(self._update_row(fields))

    def _update_row(self, fields: dict[str, t.Any]) -> t.Any:
        return sa.update(self._calls).where(self._calls.id == self.call_id).values(**fields)

    def stop(self, timeout: float = 5.0) -> None:
        """Write what is queued and stop the writer thread."""
        if self._writer is None:
            return
        self._stopping.set()
        self._jobs.put(_STOP)
        self._writer.join(timeout=timeout)

    # --- the end of the call

    def write_final(self, final: FinalRecord) -> None:
        """The complete call record: the last queued events, the row's final fields, ``usage``
        and ``call_ended``, in one transaction."""
        if self.call_id is None:
            return
        calls = self._calls
        with self.store.engine.begin() as connection:
            self._write(connection, self._drain_writes())
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
                values["disposition"] = disposition
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
            connection.execute(sa.insert(self._events.__table__), [
                {"call_id": self.call_id, "event_type": "usage",
                 "event_data": {**usage.as_dict(), "cost_usd": str(final.cost_usd), "model": final.model}},
                {"call_id": self.call_id, "event_type": "call_ended", "event_data": {
                    "disposition": disposition,
                    "ended_by": "caller" if final.caller_hung_up else "assistant",
                    "next_action": final.next_action or next_action,
                    **final.counters,
                }},
            ])

    def _drain_writes(self) -> list[t.Any]:
        return [job for job in self._drain() if job is not _STOP]
