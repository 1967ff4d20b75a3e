"""The bridge's sense of time, injected: monotonic seconds and alarms that wake a timer thread.

Where timing is the behaviour (silence prompts, the session cap, heartbeats, the watchdog,
the goodbye deadline) the bridge reads time only through a :class:`Clock`: the app's clock
(``services.clock``) with alarms, so a test that gives the app a clock it moves by hand
(``tests/support/clock.py``) moves the bridge's timers too, instead of sleeping.
"""

from __future__ import annotations

import threading
import time
import typing as t


class Alarm(t.Protocol):
    """What a timer thread sleeps on: woken by its deadline or by :meth:`ring`."""

    def wait_until(self, deadline: float | None) -> None:
        """Return once the clock reaches ``deadline`` (never, for ``None``) or :meth:`ring` was called."""

    def ring(self) -> None:
        """Wake the waiter now (something it watches changed)."""

    def close(self) -> None:
        """The waiter is gone for good."""


class Clock(t.Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back."""

    def alarm(self) -> Alarm:
        """A new alarm on this clock."""


class _EventAlarm:
    def __init__(self, monotonic: t.Callable[[], float]) -> None:
        self._event = threading.Event()
        self._monotonic = monotonic

    def wait_until(self, deadline: float | None) -> None:
        timeout = None if deadline is None else max(0.0, deadline - self._monotonic())
        self._event.wait(timeout)
        # Cleared before the waiter reads the state it watches: a ring after this is not lost,
        # and a ring before it was caused by state the waiter is about to read anyway.
        self._event.clear()

    def ring(self) -> None:
        self._event.set()

    def close(self) -> None:
        self._event.set()


class SystemClock:
    """The real monotonic clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def alarm(self) -> Alarm:
        return _EventAlarm(time.monotonic)


class _WithAlarms:
    """A clock that only tells the time, with alarms that sleep on it."""

    def __init__(self, clock: t.Any) -> None:
        self._clock = clock

    def monotonic(self) -> float:
        return float(self._clock.monotonic())

    def alarm(self) -> Alarm:
        return _EventAlarm(self.monotonic)


def bridge_clock(clock: t.Any) -> Clock:
    """The app's clock (``services.clock``) as the bridge's: its own alarms when it has them (a
    clock a test moves by hand), else alarms that sleep real time on it."""
    if callable(getattr(clock, "alarm", None)):
        return t.cast(Clock, clock)
    return _WithAlarms(clock)
