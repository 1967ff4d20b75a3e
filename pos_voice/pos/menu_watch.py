"""Menu changes made through the host's own session invalidate the cached menu at commit.

Staff 86 an ingredient or change a price in the POS: the voice menu follows at that commit
instead of after ``POS_VOICE_MENU_CACHE_SECONDS``. Changes made by other processes (or raw
SQL) still wait for the cache to expire, and submit always re-reads the menu.
"""

from __future__ import annotations

import threading
import typing as t
import weakref
from itertools import chain

import sqlalchemy as sa

_CHANGED = "pos_voice_menu_changed"
_watchers: weakref.WeakKeyDictionary[t.Any, weakref.WeakSet[t.Any]] = weakref.WeakKeyDictionary()
_watchers_lock = threading.Lock()


def watch_menu_changes(db: t.Any, adapter: t.Any) -> None:
    """Invalidate ``adapter``'s menu when a commit on ``db.session`` changed one of its tables.

    ``adapter``: anything with ``menu_tables`` (table full names) and ``invalidate_menu()``;
    held weakly.
    """
    with _watchers_lock:
        adapters = _watchers.get(db)
        if adapters is None:
            adapters = weakref.WeakSet()
            try:
                _listen(db.session, adapters)
            except Exception:  # an unusual session setup: the cache still expires on its own
                return
            _watchers[db] = adapters
        adapters.add(adapter)


def _table_key(table: t.Any) -> str | None:
    name = getattr(table, "fullname", None) or getattr(table, "name", None)
    return str(name) if name else None


def _listen(scoped: t.Any, adapters: weakref.WeakSet[t.Any]) -> None:
    # Listening on the scoped session targets this db's own sessionmaker class only.
    def watched() -> frozenset[str]:
        return frozenset().union(*(a.menu_tables for a in list(adapters)))

    def after_flush(session: t.Any, _context: t.Any) -> None:
        tables = watched()
        for obj in chain(session.new, session.dirty, session.deleted):
            mapper = sa.inspect(obj).mapper
            if any(_table_key(tb) in tables for tb in mapper.tables):
                session.info[_CHANGED] = True
                return

    def do_orm_execute(state: t.Any) -> None:
        writes = state.is_update or state.is_delete or state.is_insert
        if writes and _table_key(getattr(state.statement, "table", None)) in watched():
            state.session.info[_CHANGED] = True

    def after_commit(session: t.Any) -> None:
        if session.info.pop(_CHANGED, False):
            for adapter in list(adapters):
                adapter.invalidate_menu()

    def after_rollback(session: t.Any) -> None:
        session.info.pop(_CHANGED, None)

    sa.event.listen(scoped, "after_flush", after_flush)
    sa.event.listen(scoped, "do_orm_execute", do_orm_execute)
    sa.event.listen(scoped, "after_commit", after_commit)
    sa.event.listen(scoped, "after_rollback", after_rollback)
