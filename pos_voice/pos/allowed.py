"""Which values a host column accepts: its enum, its CHECK constraints, its ``@validates``, its rows.

A POS that only takes ``open``/``closed`` as a status says so in one of four places; each is
read here so the plugin writes the host's own words (and ``flask pos-voice check`` can say
where it learned them) instead of finding out from a failed order.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass

import sqlalchemy as sa

from .schema import TableMap

_QUOTED = re.compile(r"'((?:[^']|'')*)'")


@dataclass(frozen=True)
class Accepted:
    """A column's closed list of values and where it was read, or what its validator says."""

    values: tuple[str, ...] | None  # None: any value the validator lets through
    source: str  # "enum", "CHECK constraint ck_orders_status", "the database's CHECK constraint …"


def _literals(text: str, column: sa.Column[t.Any]) -> tuple[str, ...] | None:
    """The quoted values of a CHECK constraint that is about ``column`` alone."""
    table = t.cast(sa.Table, column.table)
    mentioned = {c.name for c in table.columns if re.search(rf"\b{re.escape(c.name)}\b", text)}
    if mentioned != {column.name}:
        return None
    values = tuple(v.replace("''", "'") for v in _QUOTED.findall(text))
    return values or None


def declared_values(column: sa.Column[t.Any]) -> Accepted | None:
    """The values the model itself declares: an ``Enum`` type or a ``CheckConstraint`` on the table."""
    if isinstance(column.type, sa.Enum) and column.type.enums:
        return Accepted(tuple(str(v) for v in column.type.enums), "its enum")
    table = t.cast(sa.Table, column.table)
    for constraint in table.constraints:
        if isinstance(constraint, sa.CheckConstraint):
            values = _literals(str(constraint.sqltext), column)
            if values:
                name = f" {constraint.name}" if isinstance(constraint.name, str) else ""
                return Accepted(values, f"the CHECK constraint{name}")
    for check in getattr(column, "constraints", ()):
        if isinstance(check, sa.CheckConstraint):
            values = _literals(str(check.sqltext), column)
            if values:
                return Accepted(values, "its CHECK constraint")
    return None


def database_values(session: t.Any, column: sa.Column[t.Any]) -> Accepted | None:
    """The values a CHECK constraint in the database allows (one the models do not declare)."""
    table = t.cast(sa.Table, column.table)
    try:
        checks = sa.inspect(session.get_bind()).get_check_constraints(table.name, schema=table.schema)
    except Exception:  # a dialect without reflection of CHECKs: nothing to learn here
        return None
    for check in checks:
        values = _literals(str(check.get("sqltext") or ""), column)
        if values:
            name = f" {check['name']}" if check.get("name") else ""
            return Accepted(values, f"the database's CHECK constraint{name}")
    return None


def stored_values(session: t.Any, column: sa.Column[t.Any], recent: int = 500) -> list[str]:
    """The distinct non-empty values of ``column`` in the host's latest rows (most used first)."""
    table = t.cast(sa.Table, column.table)
    pk = next(iter(table.primary_key.columns))
    latest = sa.select(column.label("value")).where(column.is_not(None)).order_by(pk.desc()).limit(recent) \
        .subquery()
    count = sa.func.count().label("n")
    query = sa.select(latest.c.value, count).group_by(latest.c.value).order_by(count.desc())
    return [str(value) for value, _ in session.execute(query) if str(value).strip()]


def validator_of(tm: TableMap, column: sa.Column[t.Any]) -> t.Callable[[str], str | None] | None:
    """A probe of the host's ``@validates`` for ``column``: value -> None when accepted, else the
    host's own error (``"ValueError: Invalid order status"``). None when there is no validator."""
    if tm.model is None:
        return None
    key = tm.attribute_key(column)
    mapper: t.Any = sa.inspect(tm.model)
    entry = mapper.validators.get(key) if key else None
    if entry is None:
        return None
    method = entry[0]

    def probe(value: str) -> str | None:
        instance = mapper.class_manager.new_instance()  # no __init__: only the validator runs
        try:
            method(instance, key, value)
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        return None

    probe.__qualname__ = f"{tm.model.__name__}.{getattr(method, '__name__', 'validator')}"
    return probe


def spellings(word: str) -> tuple[str, ...]:
    """How hosts write one word of the vocabulary: take_out, TAKE_OUT, take-out, take out, takeout."""
    forms = (word, word.upper(), word.replace("_", "-"), word.replace("_", " "), word.title(),
             word.replace("_", " ").title(), word.replace("_", "-").upper())
    return tuple(dict.fromkeys(forms))
