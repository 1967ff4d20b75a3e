"""The call's timers, on an injected clock: heartbeat, silence, the session cap, the goodbye deadline,
a keypad entry without ``#``.

One thread per call sleeps until the next deadline (or until the session rings its alarm
because something it watches changed) and runs what is due. It never touches a socket or the
database itself: it calls the session's :class:`Actions`, which only queue work or send a
small event. :meth:`Housekeeper.tick` does one round at a given time, without the thread.
"""

from __future__ import annotations

import threading
import typing as t
from dataclasses import dataclass

from .clock import Clock
from .ending import CallEnding, Outcome
from .interruptions import BargeInGate
from .keypad import KeyAction, Keypad
from .watchdog import Stall, Watchdog

#: The longest the thread sleeps without looking (a missed ring costs at most this).
MAX_SLEEP_SECONDS = 30.0


class Actions(t.Protocol):
    """What the housekeeper makes happen (implemented by the call session)."""

    def heartbeat(self) -> None: ...
    def wrap_up(self) -> None: ...  # the session cap is reached
    def still_there(self) -> None: ...  # the caller has been silent: ask once
    def silence_goodbye(self) -> None: ...  # still silent after asking: say goodbye and end
    def finish_overdue(self, outcome: Outcome) -> None: ...  # the goodbye never finished playing
    def stalled(self, stall: Stall) -> None: ...  # the model missed a watchdog bound
    def keypad_action(self, action: KeyAction) -> None: ...  # a keypad entry without # is complete
    def interruption_due(self) -> None: ...  # the caller kept speaking over the assistant


@dataclass(frozen=True)
class Timings:
    heartbeat_seconds: float
    session_max_seconds: float
    silence_prompt_seconds: float
    silence_hangup_seconds: float


class Housekeeper:
    def __init__(self, clock: Clock, timings: Timings, actions: Actions, ending: CallEnding,
                 started: float, *, watchdog: Watchdog | None = None, keypad: Keypad | None = None,
                 gate: BargeInGate | None = None, name: str = "call") -> None:
        self.clock = clock
        self.timings = timings
        self.actions = actions
        self.ending = ending
        self.watchdog = watchdog
        self.keypad = keypad
        self.gate = gate
        self._name = name
        self._alarm = clock.alarm()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._cap_at = started + timings.session_max_seconds
        self._next_heartbeat = clock.monotonic() + timings.heartbeat_seconds
        self.wrapped_up = False
        # the silence clock: since when nothing has been said or is being said
        self.idle_since: float | None = None
        self.silence_prompts = 0

    # --- what the session tells it

    def idle(self) -> None:
        """The assistant finished speaking and nothing is pending: start the silence clock."""
        if self.idle_since is None and self.ending.pending is None:
            self.idle_since = self.clock.monotonic()
            self._alarm.ring()

    def active(self, *, caller_spoke: bool = False) -> None:
        """Something is being said: stop the silence clock (the caller speaking resets it)."""
        self.idle_since = None
        if caller_spoke:
            self.silence_prompts = 0

    def ring(self) -> None:
        """Look again now (a deadline it watches changed)."""
        self._alarm.ring()

    # --- the thread

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name=f"pos_voice-housekeeper-{self._name}")
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopped = True
        self._alarm.close()
        if self._thread is not None:
            self._thread.join(timeout=timeout)

    def _run(self) -> None:
        while not self._stopped:
            deadline = self.tick(self.clock.monotonic())
            if self._stopped:
                return
            self._alarm.wait_until(deadline)

    def tick(self, now: float) -> float | None:
        """Run whatever is due at ``now``; return when to look next (``None``: only when rung)."""
        if self.ending.finished:
            return None
        if now >= self._next_heartbeat:
            self._next_heartbeat = now + self.timings.heartbeat_seconds
            self.actions.heartbeat()
        if not self.wrapped_up and now >= self._cap_at:
            self.wrapped_up = True
            self.actions.wrap_up()
        idle = self.idle_since
        if idle is not None and self.ending.pending is None:
            if self.silence_prompts == 0 and now - idle >= self.timings.silence_prompt_seconds:
                self.silence_prompts = 1
                self.idle_since = None
                self.actions.still_there()
            elif self.silence_prompts > 0 and now - idle >= self.timings.silence_hangup_seconds:
                self.idle_since = None
                self.actions.silence_goodbye()
        if self.watchdog is not None and self._live():
            stall = self.watchdog.due(now)
            if stall is not None:
                self.actions.stalled(stall)
        if self.gate is not None and self.gate.due(now):
            self.actions.interruption_due()
        if self.keypad is not None:
            typed = self.keypad.due(now)
            if typed is not None:
                self.actions.keypad_action(typed)
        overdue = self.ending.overdue(now)
        if overdue is not None:
            self.actions.finish_overdue(overdue)
        return self._next_deadline(now)

    def _live(self) -> bool:
        """The watchdog guards the conversation, not its end (a goodbye has its own deadline)."""
        return self.ending.pending is None and not self.ending.finished

    def _next_deadline(self, now: float) -> float | None:
        if self.ending.finished:
            return None
        deadlines = [self._next_heartbeat, now + MAX_SLEEP_SECONDS]
        if not self.wrapped_up:
            deadlines.append(self._cap_at)
        idle = self.idle_since
        if idle is not None and self.ending.pending is None:
            wait = (self.timings.silence_prompt_seconds if self.silence_prompts == 0
                    else self.timings.silence_hangup_seconds)
            deadlines.append(idle + wait)
        for part in (self.keypad, self.gate):
            due = part.deadline if part is not None else None
            if due is not None:
                deadlines.append(due)
        if self.ending.finishing and self.ending.deadline is not None:
            deadlines.append(self.ending.deadline)
        if self.watchdog is not None and self._live():
            watched = self.watchdog.deadline
            if watched is not None:
                deadlines.append(watched)
        return min(deadlines)
