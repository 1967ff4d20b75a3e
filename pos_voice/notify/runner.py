"""When the outbox is worked: one background thread per app, woken by the host's own commits.

* A commit through the host's ``db.session`` that changed an order's status (an ORM change of
  the status attribute, or an ``UPDATE`` of the orders table) wakes the app's notifier at once,
  as :mod:`pos_voice.pos.menu_watch` invalidates the menu.
* Changes made by other processes (another worker, the kitchen screen, raw SQL) are found by the
  notifier's periodic check, every ``POS_VOICE_READY_CHECK_SECONDS``.
* A submitted order with a text queued wakes it too (:func:`wake`).

Each pass is :func:`run_pass`: ready notices made due, then one delivery pass. Several processes
may run passes at the same moment: the outbox's conditional UPDATEs decide who sends.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import typing as t
import weakref

import sqlalchemy as sa

from .. import offload
from . import messages, outbox

if t.TYPE_CHECKING:
    from flask import Flask

    from ..services import Services

log = logging.getLogger("pos_voice.notify")

_NOTIFIER_KEY = "pos_voice.notifier"
_STATUS_CHANGED = "pos_voice_order_status_changed"
_start_lock = threading.Lock()  # guards starting a notifier thread, not call state
_STOPPED = "stopped"  # the app's notifier was stopped: nothing starts it again
_watched: weakref.WeakKeyDictionary[t.Any, weakref.WeakSet[t.Any]] = weakref.WeakKeyDictionary()


def enabled(services: Services) -> bool:
    return services.store is not None and messages.messaging_ready(services.settings)


def run_pass(services: Services) -> int:
    """Make due what became ready, then send what is due; returns how many Twilio accepted."""
    store = services.store
    if store is None or not messages.messaging_ready(services.settings):
        return 0
    settings = services.settings
    with store.app_context():
        ready = services.ready
        if ready is not None and settings.ready_statuses:
            try:
                outbox.promote_ready(ready, settings)
            except Exception:
                log.exception("pos_voice could not check the orders' ready statuses")
        return outbox.deliver_pending(store, settings, url_prefix=services.url_prefix or "/voice")


class Notifier:
    """The app's notification thread: a pass when woken, else every ``READY_CHECK_SECONDS``."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.wakeup = threading.Event()
        self.stopping = threading.Event()
        self.passes = 0  # finished passes (tests wait on it)
        self.thread = threading.Thread(target=self._run, name="pos-voice-notify", daemon=True)

    def _run(self) -> None:
        while not self.stopping.is_set():
            self.wakeup.clear()
            try:
                run_pass(self.services)
            except Exception:
                log.exception("pos_voice notification loop error")
            self.passes += 1
            self.wakeup.wait(self.services.settings.ready_check_seconds)


def ensure_notifier(services: Services) -> Notifier | None:
    """Start the app's notifier when texts are configured; None when they are not."""
    if not enabled(services):
        return None
    extensions = services.app.extensions
    with _start_lock:
        notifier = extensions.get(_NOTIFIER_KEY)
        if notifier is _STOPPED:
            return None
        if notifier is None:
            notifier = extensions[_NOTIFIER_KEY] = Notifier(services)
            offload.start_thread(notifier.thread)
    return t.cast(Notifier, notifier)


def wake(services: Services) -> None:
    """A pass now (the notifier started if needed)."""
    notifier = ensure_notifier(services)
    if notifier is not None:
        notifier.wakeup.set()  # (a notifier never started, as in tests, just stays asleep)


def stop_notifier(app: Flask, timeout: float = 5.0) -> None:
    """Stop the app's notifier for good (shutdown, tests); queued rows stay queued for the next
    process."""
    with _start_lock:
        notifier = app.extensions.get(_NOTIFIER_KEY)
        app.extensions[_NOTIFIER_KEY] = _STOPPED
    if isinstance(notifier, Notifier):
        notifier.stopping.set()
        notifier.wakeup.set()
        if notifier.thread.ident is not None:
            notifier.thread.join(timeout)


def watch(services: Services) -> None:
    """Wake ``services``' notifier when a commit on the host's session changes an order's status,
    and start it with the app's first request (queued rows survive restarts)."""
    ready = services.ready
    if ready is None or ready.schema.order is None:
        return
    db = ready.db
    with _start_lock:
        apps = _watched.get(db)
        if apps is None:
            apps = weakref.WeakSet()
            try:
                _listen(db.session, ready.schema.order, apps)
            except Exception:  # an unusual session setup: the periodic check still finds changes
                return
            _watched[db] = apps
        apps.add(services)
    # (Registered after the app served requests, Flask refuses: the first text starts it then.)
    with contextlib.suppress(AssertionError):
        services.app.before_request(lambda: _first_request(services))


def _first_request(services: Services) -> None:
    if services.app.extensions.get(_NOTIFIER_KEY) is None:  # rows queued before a restart get sent
        ensure_notifier(services)


def _listen(scoped: t.Any, order: t.Any, apps: weakref.WeakSet[t.Any]) -> None:
    table = order.table
    status_column = order.col("status")

    def status_changed(obj: t.Any) -> bool:
        state = sa.inspect(obj)
        if status_column is None or table not in state.mapper.tables:
            return False
        for attr in state.mapper.column_attrs:
            if status_column in attr.columns:
                return bool(state.attrs[attr.key].history.has_changes())
        return False

    def before_flush(session: t.Any, _context: t.Any, _instances: t.Any) -> None:
        if any(status_changed(obj) for obj in session.dirty):
            session.info[_STATUS_CHANGED] = True

    def do_orm_execute(state: t.Any) -> None:
        target = getattr(state.statement, "table", None)
        if state.is_update and getattr(target, "name", None) == table.name:
            state.session.info[_STATUS_CHANGED] = True

    def after_commit(session: t.Any) -> None:
        if session.info.pop(_STATUS_CHANGED, False):
            for services in list(apps):
                if services.settings.ready_statuses:
                    wake(services)

    def after_rollback(session: t.Any) -> None:
        session.info.pop(_STATUS_CHANGED, None)

    sa.event.listen(scoped, "before_flush", before_flush)
    sa.event.listen(scoped, "do_orm_execute", do_orm_execute)
    sa.event.listen(scoped, "after_commit", after_commit)
    sa.event.listen(scoped, "after_rollback", after_rollback)
