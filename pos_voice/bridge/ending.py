"""How a call ends: one explicit phase, and the decision of what Twilio does next.

The phases, in order (a call may skip any but the last)::

    CONNECTING -> LIVE -> FINISHING -> FINISHED -> ENDED

* ``CONNECTING``: the stream is open; its ``start`` (and token) has not been accepted yet.
* ``LIVE``: the assistant is on the line.
* ``FINISHING``: the end is decided (a transfer, a goodbye, the session cap…) and waits for
  what the assistant is saying to play to the caller, at most until a deadline.
* ``FINISHED``: the next action is decided and stored; both sockets are closing.
* ``ENDED``: the call record is complete.

Separately, ``closing`` says the media stream is going away (Twilio's ``stop``, a dead
socket): in any phase. A call that closes before ``FINISHED`` was ended by the caller.

No sockets, no database: the session asks this object and acts on the answers.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass


class Phase(enum.Enum):
    CONNECTING = "connecting"
    LIVE = "live"
    FINISHING = "finishing"
    FINISHED = "finished"
    ENDED = "ended"


@dataclass(frozen=True)
class Outcome:
    """What was decided: Twilio's next action, the call's disposition, and why (when it failed)."""

    next_action: str
    disposition: str
    error: str | None = None


class CallEnding:
    """The call's phase; thread-safe (the Twilio reader, the Realtime reader, tool threads and
    the housekeeper all end calls)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.phase = Phase.CONNECTING
        self.pending: Outcome | None = None  # the end waiting for the last audio (FINISHING)
        self.deadline: float | None = None  # when FINISHING gives up waiting
        self.outcome: Outcome | None = None  # the decision (FINISHED and after)
        self.closing = False  # the media stream is going away
        self.failed = False  # a failure is being handled (the first one decides)

    @property
    def finishing(self) -> bool:
        return self.phase is Phase.FINISHING

    @property
    def finished(self) -> bool:
        """The next action is decided (FINISHED or ENDED)."""
        return self.phase in (Phase.FINISHED, Phase.ENDED)

    def go_live(self) -> None:
        with self._lock:
            if self.phase is Phase.CONNECTING:
                self.phase = Phase.LIVE

    def begin(self, next_action: str, disposition: str, deadline: float, error: str | None = None) -> bool:
        """Start ending the call once the audio has played (and running tools are done); False
        when an end is already under way."""
        with self._lock:
            if self.phase in (Phase.FINISHING, Phase.FINISHED, Phase.ENDED):
                return False
            self.phase = Phase.FINISHING
            self.pending = Outcome(next_action, disposition, error)
            self.deadline = deadline
            return True

    def redirect(self, next_action: str, disposition: str, deadline: float, error: str | None = None) -> bool:
        """The pending end could not be carried out (SIP: the refer to staff failed): end
        another way once what is said now has played; False when not ``FINISHING``."""
        with self._lock:
            if self.phase is not Phase.FINISHING:
                return False
            self.pending = Outcome(next_action, disposition, error)
            self.deadline = deadline
            return True

    def first_failure(self) -> bool:
        """True for the first failure of a call still undecided; False for any later one (two
        threads noticing the same lost connection must not both act on it)."""
        with self._lock:
            if self.failed or self.phase in (Phase.FINISHED, Phase.ENDED):
                return False
            self.failed = True
            return True

    def overdue(self, now: float) -> Outcome | None:
        """The pending end when its deadline has passed (the goodbye never finished playing)."""
        with self._lock:
            if self.phase is Phase.FINISHING and self.deadline is not None and now >= self.deadline:
                return self.pending
            return None

    def finish(self, next_action: str, disposition: str, error: str | None = None) -> bool:
        """Decide; True only for the first decision (every later one is ignored)."""
        with self._lock:
            if self.phase in (Phase.FINISHED, Phase.ENDED):
                return False
            self.phase = Phase.FINISHED
            self.outcome = Outcome(next_action, disposition, error)
            self.pending = None
            self.closing = True
            return True

    def close(self) -> None:
        """The media stream is going away (whoever ended it)."""
        self.closing = True

    def ended(self) -> None:
        with self._lock:
            self.phase = Phase.ENDED
            self.closing = True

    def shown(self) -> str:
        """The phase as the live page words it."""
        if self.phase in (Phase.FINISHING, Phase.FINISHED):
            return "ending"
        return self.phase.value
