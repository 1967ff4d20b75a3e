"""Blocking database work where it cannot stop the gevent hub, and waits with a bound.

Under gevent every call of the process shares one OS thread. A database driver that waits in C
(``sqlite3``'s busy handler sleeps up to its ``timeout`` while another process holds the file's
lock) stops that thread, and with it every call's audio, every timer and every request. So the
plugin's database work runs, under gevent and for such drivers, in a small pool of native
threads of its own (gevent's ``ThreadPool``, not the one its DNS resolver uses): the greenlet
that asked waits cooperatively, the hub keeps running. Cooperative drivers (psycopg 3 waits on
the socket through gevent) and the threaded servers need nothing: work runs where it is.

:func:`bounded` waits at most a given time for an answer, whatever the driver: a Twilio webhook
must answer before Twilio gives up, database or not.

Below every part that touches the database (telephony, bridge, staff): imports nothing of them.
"""

from __future__ import annotations

import concurrent.futures
import threading
import typing as t

T = t.TypeVar("T")

#: Drivers whose waits yield to gevent (the SQLAlchemy ``dialect.driver`` name).
COOPERATIVE_DRIVERS = frozenset({"psycopg", "pymysql"})
POOL_SIZE = 16  # native threads for blocking database work (a held lock ties one up per waiter)

_lock = threading.Lock()
_pool: t.Any = None  # the gevent ThreadPool, made in the hub's thread on first use
_hub: t.Any = None  # that hub (the one every greenlet of the process runs on)
_executor: concurrent.futures.ThreadPoolExecutor | None = None


def gevent_patched() -> bool:
    """True when gevent has monkey-patched ``socket`` (the process runs on gevent's hub)."""
    try:
        from gevent import monkey
    except ImportError:
        return False
    return bool(monkey.is_module_patched("socket"))


def blocks_the_hub(engine: t.Any) -> bool:
    """Whether a database call on ``engine`` would stop every greenlet while it waits."""
    driver = getattr(getattr(engine, "dialect", None), "driver", "")
    return gevent_patched() and driver not in COOPERATIVE_DRIVERS


def _gevent_pool() -> t.Any:
    global _pool, _hub
    with _lock:
        if _pool is None:
            from gevent import get_hub
            from gevent.threadpool import ThreadPool

            _hub = get_hub()  # only greenlets of the hub's thread hand work to the pool
            _pool = ThreadPool(POOL_SIZE)
        return _pool


def _thread_executor() -> concurrent.futures.ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = concurrent.futures.ThreadPoolExecutor(POOL_SIZE, thread_name_prefix="pos-voice-db")
        return _executor


def run(fn: t.Callable[[], T], *, off_hub: bool) -> T:
    """``fn()``; in a native thread of the pool when ``off_hub`` (see :func:`blocks_the_hub`),
    the calling greenlet waiting cooperatively. Exceptions propagate."""
    if not off_hub:
        return fn()
    return t.cast(T, _gevent_pool().spawn(fn).get())


def bounded(fn: t.Callable[[], T], timeout: float) -> T:
    """``fn()`` in a native thread, waited for at most ``timeout`` seconds; raises
    :class:`TimeoutError` then (``fn`` goes on in the background: it must tolerate that)."""
    if gevent_patched():
        import gevent

        result = _gevent_pool().spawn(fn)
        try:
            return t.cast(T, result.get(timeout=timeout))
        except gevent.Timeout as exc:
            raise TimeoutError(f"no answer within {timeout:g}s") from exc
    future = _thread_executor().submit(fn)
    try:
        return future.result(timeout=timeout)
    except concurrent.futures.TimeoutError as exc:
        raise TimeoutError(f"no answer within {timeout:g}s") from exc


def start_thread(thread: threading.Thread) -> None:
    """Start a long-lived background thread (a sender, a watcher) from anywhere.

    Under gevent a patched ``Thread`` is a greenlet of the hub of the OS thread that starts it: if
    that is one of the pool's native threads, the greenlet would only run while that thread waits
    on gevent, never once its work is done. So from a pool thread it is started on the main hub."""
    if _hub is not None:
        import gevent
        from gevent import get_hub

        if get_hub() is not _hub:
            _hub.loop.run_callback_threadsafe(lambda: gevent.spawn(thread.start))
            return
    thread.start()
