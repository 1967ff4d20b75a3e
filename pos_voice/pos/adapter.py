"""Read the host's menu and customers, write voice orders into the host's own tables.

:class:`PosAdapter` is the one object the rest of the plugin holds; it puts together the
parts that each do one thing: :mod:`.menu_reader` (the menu's queries), :mod:`.menu_cache`,
:mod:`.menu_watch` (invalidation at the host's commits), :mod:`.customers`,
:mod:`.order_writer`, :mod:`.conventions` (values learned from the host's rows) and
:mod:`.reports`.

Everything goes through the host's ``db.session`` inside the caller's app context and
transaction: reads are a few set-based queries, ``write_order`` flushes and never commits.
Money leaves as :class:`~decimal.Decimal` dollars whatever the host stores (integer cents or
decimals) and is converted back column by column on the way in.
"""

from __future__ import annotations

import time
import typing as t
from datetime import datetime

import sqlalchemy as sa

from .conventions import HostConventions
from .customers import Customers
from .host import HostAccess
from .menu_cache import MenuCache
from .menu_reader import MenuReader
from .menu_watch import watch_menu_changes
from .order_writer import OrderWriter
from .reports import Reports
from .rewards import Rewards
from .rows import Rows
from .schema import HostSchema

if t.TYPE_CHECKING:
    from ..settings import Settings
from .types import CustomerInfo, Menu, MenuItem, Modifier, OrderDraft, Problem, WrittenOrder
from .values import from_decimal, to_decimal

__all__ = ["PosAdapter", "from_decimal", "to_decimal"]

_DB_KEY = "SQLALCHEMY_DATABASE_URI"


class PosAdapter:
    """The host POS as the ordering code sees it. One per app; safe to share between calls.

    ``settings`` are the app's (``services.settings``); ``clock`` the monotonic clock of the menu
    cache.
    """

    def __init__(self, schema: HostSchema, db: t.Any, settings: Settings,
                 clock: t.Callable[[], float] = time.monotonic) -> None:
        self.schema = schema
        self.db = db
        self.host = HostAccess(schema, db, settings)
        self.conventions = HostConventions(self.host)
        self.reader = MenuReader(self.host)
        self._cache = MenuCache(self.reader.read_menu, self._menu_ttl, clock)
        rows = Rows(self.host)
        self.customers = Customers(self.host, self.conventions, rows, self.menu)
        self.writer = OrderWriter(self.host, self.conventions, rows, self.customers, self.menu)
        self.reports = Reports(self.host)
        self.rewards = Rewards(self.host, rows)
        watch_menu_changes(db, self)

    @property
    def settings(self) -> Settings:
        return self.host.settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        """The app's settings were reloaded (``services.reload_settings()``): use the new ones."""
        self.host.settings = settings

    @property
    def has_customers(self) -> bool:
        return self.schema.customer is not None

    @property
    def session(self) -> t.Any:
        return self.db.session

    # ------------------------------------------------------------------ the database itself
    def verify(self) -> list[Problem]:
        """Check that the mapped tables and columns exist in the database (pending migrations?).

        Needs an app context; never raises: an unreachable database is a problem too.
        """
        problems: list[Problem] = []
        try:
            inspector = sa.inspect(self.db.engine)
            for part, tm in self.schema.parts().items():
                table = tm.table
                if not inspector.has_table(table.name, schema=table.schema):
                    problems.append(Problem(_DB_KEY, f"table {tm.table_name} ({part}) does not exist in the "
                                            "database: run the host's migrations (flask db upgrade) "
                                            "or db.create_all()"))
                    continue
                present = {c["name"] for c in inspector.get_columns(table.name, schema=table.schema)}
                needed = [c.name for c in table.columns
                          if c in tm.columns.values() or c.primary_key or not c.nullable]
                missing = [name for name in needed if name not in present]
                if missing:
                    problems.append(Problem(_DB_KEY, f"{tm.table_name} in the database has no column "
                                            f"{', '.join(missing)} that the model defines: run the host's "
                                            "migrations (flask db upgrade)"))
        except Exception as exc:  # report, never raise: this runs in `check` and health tooling
            problems.append(Problem(_DB_KEY, "the database could not be inspected: "
                                    f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"))
        return problems

    # ------------------------------------------------------------------ menu
    def _menu_ttl(self) -> float:
        return float(self.host.settings.menu_cache_seconds or 0)

    def menu(self, fresh: bool = False) -> Menu:
        """The menu, from cache for ``POS_VOICE_MENU_CACHE_SECONDS`` unless ``fresh``."""
        return self._cache.get(fresh)

    def invalidate_menu(self) -> None:
        """Forget the cached menu; the next ``menu()`` reads the database. Never blocks."""
        self._cache.invalidate()

    @property
    def menu_tables(self) -> frozenset[str]:
        """The host tables the menu is read from (a change to any of them invalidates it)."""
        return self.reader.tables

    def menu_items(self, ids: t.Iterable[t.Any], fresh: bool = True) -> dict[t.Any, MenuItem]:
        """Only these menu items, by id: read from the database when ``fresh`` (the cache is not used
        nor updated), with exactly the availability and price rules of :meth:`menu`.

        Submit re-checks an order with this: a few queries filtered by id instead of the whole menu.
        Unknown or hidden ids are simply missing from the answer.
        """
        wanted = set(ids)
        if not wanted:
            return {}
        if not fresh:
            return {item.id: item for item in self.menu().items if item.id in wanted}
        items = self.reader.read_items(wanted)
        return {item.id: item for item in items if item.id in wanted}

    def modifiers(self, ids: t.Iterable[t.Any] | None = None) -> tuple[Modifier, ...]:
        """Modifiers (toppings, add-ons) read now from the database; only ``ids`` when given."""
        return self.reader.read_modifiers(None if ids is None else set(ids))

    # ------------------------------------------------------------------ customers and orders
    def find_customer(self, phone_e164: str | None) -> CustomerInfo | None:
        """The returning caller with this number, with their last order; None when new."""
        return self.customers.find_customer(phone_e164)

    def write_order(self, draft: OrderDraft, items: t.Mapping[t.Any, MenuItem] | None = None) -> WrittenOrder:
        """Add the host order, its lines and the customer to ``db.session``; flush; never commit.

        ``items``: the lines' menu items as just read (:meth:`menu_items`), for their size rows;
        the cached menu when not given.
        """
        return self.writer.write(draft, items)

    # ------------------------------------------------------------------ reports
    def open_orders(self) -> dict[str, int]:
        """Orders still being made, by type: ``{"pickup": n, "delivery": n, "total": n}``."""
        return self.reports.open_orders()

    def order_stats(self, start: datetime, end: datetime) -> dict[str, dict[str, t.Any]]:
        """Voice vs other orders created in ``[start, end)``: counts and revenue (Decimal)."""
        return self.reports.order_stats(start, end)

    def orders_by_id(self, ids: t.Iterable[t.Any]) -> dict[t.Any, dict[str, t.Any]]:
        """Number, total, status, created_at, type, name and phone of these host orders."""
        return self.reports.orders_by_id(ids)
