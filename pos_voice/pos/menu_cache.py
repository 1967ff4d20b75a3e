"""The menu kept for ``POS_VOICE_MENU_CACHE_SECONDS``, read once however many calls ask at once."""

from __future__ import annotations

import threading
import time
import typing as t

from .types import Menu


class MenuCache:
    """One menu shared by every call of this process, re-read when stale or invalidated.

    ``clock`` is injected (``time.monotonic`` by default) so that tests can run it from any
    point, including the first seconds after boot where the monotonic clock is near zero.
    """

    def __init__(self, read: t.Callable[[], Menu], ttl: t.Callable[[], float],
                 clock: t.Callable[[], float] = time.monotonic) -> None:
        self._read = read
        self._ttl = ttl
        self._clock = clock
        self._menu: Menu | None = None
        # When the cached menu was read (clock seconds); None = stale. Not 0.0: a monotonic clock
        # may itself be near 0 (it counts from boot), and "read at 0" would then look fresh.
        self._read_at: float | None = None
        self._lock = threading.Lock()
        self._generation = 0

    def get(self, fresh: bool = False) -> Menu:
        """The cached menu while it is fresh; read now when ``fresh``, stale or invalidated."""
        ttl = self._ttl()
        if not fresh and (cached := self._fresh(ttl)) is not None:
            return cached
        with self._lock:
            if not fresh and (cached := self._fresh(ttl)) is not None:
                return cached  # another caller refreshed it while we waited
            generation = self._generation
            menu = self._read()
            # Invalidated while we read: keep the result for this caller but not as fresh.
            self._menu = menu
            self._read_at = self._clock() if generation == self._generation else None
            return menu

    def _fresh(self, ttl: float) -> Menu | None:
        read_at, cached = self._read_at, self._menu
        if cached is None or read_at is None or self._clock() - read_at >= ttl:
            return None
        return cached

    def invalidate(self) -> None:
        """Forget the cached menu; the next :meth:`get` reads the database. Never blocks."""
        self._generation += 1
        self._read_at = None
