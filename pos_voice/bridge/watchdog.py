"""No dead air: what the bridge waits for from the model, and until when.

Two expectations, each with its own bound:

* *ready*: after ``session.update`` the service confirms it (``session.updated``) within
  ``ready_seconds``;
* *answer*: after the bridge asks for a response (a ``response.create``, including the one
  after tool outputs) or the caller's turn is committed (server VAD then answers on its
  own), the model answers within ``answer_seconds``: audio, or a finished response (one that
  only calls tools is an answer too; the tools' time is not the model's).

A missed bound is a :class:`Stall`. Each stall gets one retry (the session reconnects, or asks
again); a stall right after its retry is the end of the assistant: the caller is handed to
staff. Pure bookkeeping on times given by the caller: the housekeeper asks :meth:`due`.
"""

from __future__ import annotations

import threading
import typing as t
from dataclasses import dataclass

READY, ANSWER = "ready", "answer"


@dataclass(frozen=True)
class Stall:
    kind: str  # READY | ANSWER
    waited: float  # seconds since the expectation started
    retried: bool  # this expectation was already retried once
    request: dict[str, t.Any] | None = None  # the response.create that went unanswered (None: a caller turn)


class Watchdog:
    def __init__(self, ready_seconds: float, answer_seconds: float) -> None:
        self.ready_seconds = ready_seconds
        self.answer_seconds = answer_seconds
        self._lock = threading.Lock()
        self.ready = False
        self._ready_since: float | None = None
        self._answer_since: float | None = None
        self._request: dict[str, t.Any] | None = None
        self._ready_retried = False
        self._answer_retried = False
        self.stalls = 0

    # --- what the session tells it

    def connecting(self, now: float) -> None:
        """``session.update`` is on its way: the service must confirm it."""
        with self._lock:
            self.ready = False
            self._ready_since = now
            self._answer_since = None  # a new session: nothing asked of it yet

    def on_ready(self) -> None:
        with self._lock:
            self.ready = True
            self._ready_since = None
            self._ready_retried = False

    def expect_answer(self, now: float, request: dict[str, t.Any] | None = None) -> None:
        """Something was asked of the model: ``request`` (a ``response.create``), or an answer to
        the caller's committed turn (``None``). The earliest unanswered one counts."""
        with self._lock:
            if self._answer_since is None:
                self._answer_since, self._request = now, request

    def answered(self) -> None:
        """Audio arrived, or a response finished: the model is there."""
        if self._answer_since is None and not self._answer_retried:
            return  # the hot path: nothing awaited
        with self._lock:
            self._answer_since = None
            self._answer_retried = False

    def caller_speaking(self) -> None:
        """The caller talks: nobody waits for the model now (the committed turn asks again)."""
        with self._lock:
            self._answer_since = None
            self._answer_retried = False

    def retrying(self, stall: Stall, now: float) -> None:
        """The session retries ``stall``: its bound starts again, and the next miss is final."""
        with self._lock:
            self.stalls += 1
            if stall.kind == READY:
                self._ready_since, self._ready_retried = now, True
            else:
                self._answer_since, self._answer_retried = now, True

    def stop(self) -> None:
        with self._lock:
            self._ready_since = self._answer_since = None

    # --- what the housekeeper asks

    @property
    def deadline(self) -> float | None:
        with self._lock:
            if self._ready_since is not None:
                return self._ready_since + self.ready_seconds  # an answer can't come before
            if self._answer_since is not None:
                return self._answer_since + self.answer_seconds
            return None

    def due(self, now: float) -> Stall | None:
        with self._lock:
            if self._ready_since is not None:
                waited = now - self._ready_since
                return Stall(READY, waited, self._ready_retried) if waited >= self.ready_seconds else None
            if self._answer_since is not None:
                waited = now - self._answer_since
                if waited >= self.answer_seconds:
                    return Stall(ANSWER, waited, self._answer_retried, self._request)
            return None
