"""A clock moved by hand: the app's clock (``services.clock``) for the bridge's timers, with the
alarms of ``pos_voice.bridge.clock.Clock``.

``advance(seconds)`` moves time; ``settle()`` returns once every timer thread on the clock has
looked at the new time and gone back to sleep, so whatever was due has been done, and what did
not happen will not happen at this time: the explicit moment a "must not happen" test needs.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from pos_voice.services import Clock


class ShiftedClock(Clock):
    """The real wall clock moved by ``offset`` (monotonic time is the real one)."""

    def __init__(self, offset: timedelta) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return super().now() + self.offset


class ManualClock(Clock):
    """Monotonic time moves only by :meth:`advance`; the wall clock is the real one."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._cond = threading.Condition()
        self._alarms: list[_ManualAlarm] = []

    def monotonic(self) -> float:
        with self._cond:
            return self._now

    def alarm(self) -> _ManualAlarm:
        alarm = _ManualAlarm(self)
        with self._cond:
            self._alarms.append(alarm)
        return alarm

    def advance(self, seconds: float) -> None:
        with self._cond:
            self._now += seconds
            self._cond.notify_all()
        self.settle()

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until every open alarm's thread sleeps with nothing due (rung or overdue)."""
        with self._cond:
            if not self._cond.wait_for(self._quiet, timeout):
                raise AssertionError(f"the timer threads did not settle at t={self._now}")

    def _quiet(self) -> bool:
        return all(alarm.asleep(self._now) for alarm in self._alarms)


class _ManualAlarm:
    def __init__(self, clock: ManualClock) -> None:
        self._clock = clock
        self._waiting = False
        self._rung = False
        self._closed = False
        self._deadline: float | None = None

    def asleep(self, now: float) -> bool:
        if self._closed:
            return True
        return self._waiting and not self._rung and (self._deadline is None or self._deadline > now)

    def wait_until(self, deadline: float | None) -> None:
        cond = self._clock._cond
        with cond:
            self._waiting, self._deadline = True, deadline
            cond.notify_all()
            while not (self._rung or self._closed or (deadline is not None and self._clock._now >= deadline)):
                cond.wait()
            self._waiting, self._rung = False, False
            cond.notify_all()

    def ring(self) -> None:
        with self._clock._cond:
            self._rung = True
            self._clock._cond.notify_all()

    def close(self) -> None:
        with self._clock._cond:
            self._closed = True
            self._clock._cond.notify_all()
            if self in self._clock._alarms:
                self._clock._alarms.remove(self)
