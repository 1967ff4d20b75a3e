"""Writing rows the host's way: through its mapped classes, with its defaults and column sizes."""

from __future__ import annotations

import typing as t
from datetime import UTC, datetime

import sqlalchemy as sa

from .host import HostAccess
from .schema import TableMap, column_kind


def fit(column: sa.Column[t.Any], value: t.Any) -> t.Any:
    """Strings cut to the column's length, so a long note never fails the insert."""
    length = getattr(column.type, "length", None)
    if isinstance(value, str) and isinstance(length, int) and len(value) > length:
        return value[:length]
    return value


def has_default(column: sa.Column[t.Any]) -> bool:
    return column.default is not None or column.server_default is not None


def now_for(column: sa.Column[t.Any] | None) -> datetime:
    """Now, aware for a timezone-aware column, naive UTC otherwise."""
    now = datetime.now(UTC)
    if column is not None and isinstance(column.type, sa.DateTime) and column.type.timezone:
        return now
    return now.replace(tzinfo=None)


def as_column_time(value: datetime, column: sa.Column[t.Any]) -> datetime:
    """``value`` as the column compares times: aware or naive UTC."""
    aware = isinstance(column.type, sa.DateTime) and bool(column.type.timezone)
    if aware and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    if not aware and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


class Rows:
    """Inserts into the host's tables inside its session; flushes, never commits."""

    def __init__(self, host: HostAccess) -> None:
        self.host = host

    def complete(self, tm: TableMap, values: dict[sa.Column[t.Any], t.Any], part: str
                 ) -> dict[sa.Column[t.Any], t.Any]:
        """Add ORDER_DEFAULTS, and "" for NOT NULL text columns we had nothing for."""
        for name, value in self.host.schema.order_defaults.get(part, {}).items():
            column = t.cast(sa.Column[t.Any], tm.table.c[name]) if name in tm.table.c else next(
                c for c in tm.table.columns if c.name == name)
            values[column] = value() if callable(value) else value
        for column in self.host.schema.clock_columns(part):
            if values.get(column) is None:
                values[column] = self.clock_value(column)
        # A NOT NULL text column we have nothing for (a pickup order's address, no notes): "".
        generated = tm.columns.get("number") if part == "order" else None  # filled at insert time
        for column in (*values, *tm.columns.values()):
            if values.get(column) is None and not column.nullable and not has_default(column) \
                    and column_kind(column) == "str" and not column.primary_key and column is not generated:
                values[column] = ""
        return {c: v for c, v in values.items() if v is not None}

    def clock_value(self, column: sa.Column[t.Any]) -> t.Any:
        """The time of the order as ``column`` stores it: a datetime like ``created_at``, or the
        shop's local date or time for a POS's own DATE / TIME columns."""
        if isinstance(column.type, sa.DateTime):
            return now_for(column)
        local = self.host.local_now()
        if isinstance(column.type, sa.Time):
            return local.time().replace(microsecond=0)
        return local.date()

    @staticmethod
    def new_object(tm: TableMap, values: dict[sa.Column[t.Any], t.Any]) -> t.Any | None:
        """An instance of the host's mapped class with these values; None when there is none."""
        if tm.model is None:
            return None
        attrs: dict[str, t.Any] = {}
        for column, value in values.items():
            key = tm.attribute_key(column)
            if key is None:
                return None
            attrs[key] = value
        try:
            return tm.model(**attrs)
        except TypeError:  # a host __init__ with its own signature
            obj: t.Any = sa.inspect(tm.model).class_manager.new_instance()
            for key, value in attrs.items():
                setattr(obj, key, value)
            return obj

    def insert(self, tm: TableMap, values: dict[sa.Column[t.Any], t.Any]) -> t.Any:
        """Insert one row (through the mapped class when there is one, so host ORM events run)."""
        return self.insert_prepared(tm, values, self.new_object(tm, values))

    def insert_prepared(self, tm: TableMap, values: dict[sa.Column[t.Any], t.Any],
                        obj: t.Any | None) -> t.Any:
        """Insert ``obj`` (built by :meth:`new_object`), or ``values`` as a row when there is no object."""
        session = self.host.session
        if obj is not None:
            session.add(obj)
            session.flush()
            pk_key = tm.attribute_key(tm.pk_column)
            return getattr(obj, pk_key) if pk_key else sa.inspect(tm.model).primary_key_from_instance(obj)[0]
        result = session.execute(sa.insert(tm.table).values(values))
        return result.inserted_primary_key[0]

    def insert_many(self, tm: TableMap, rows: list[dict[sa.Column[t.Any], t.Any]]) -> None:
        """Insert rows whose keys we don't need (order lines) in one flush instead of one each."""
        objects = [self.new_object(tm, values) for values in rows]
        if objects and all(obj is not None for obj in objects):
            self.host.session.add_all(objects)
            self.host.session.flush()
            return
        for values in rows:
            self.insert(tm, values)
