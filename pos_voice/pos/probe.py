"""A test order written into the host's tables and rolled back: proof that orders can be placed.

``flask pos-voice check`` runs :func:`dry_run` with a representative order: the host's
validators, constraints, column defaults, triggers and ``__init__`` all run on the real
insert, then the transaction is rolled back. A failure is reported with the host's own
exception, verbatim, and the setting that fixes it.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from ..settings import PREFIX
from .types import OrderDraft

if t.TYPE_CHECKING:
    from .adapter import PosAdapter

#: Order roles whose value pos_voice chooses, and the setting that chooses it instead.
_VALUE_KEYS = {"status": "ORDER_STATUS_VALUE", "type": "ORDER_TYPE_VALUES", "source": "ORDER_SOURCE_VALUE"}


@dataclass
class DryRun:
    """What happened to one test order (always rolled back)."""

    order_type: str
    ok: bool
    number: str | None = None  # what the caller would be told: the number the host stored
    stored: dict[str, t.Any] = field(default_factory=dict)  # the order row as stored, by column
    lines: int = 0  # order-line rows written
    error: str | None = None  # the host's exception, verbatim
    key: str | None = None  # the setting that fixes it
    hint: str = ""
    points: int | None = None  # what the host's own hooks added to the customer's points (None: no points)


def host_error(exc: BaseException) -> str:
    """The host's (or its database's) own message: the driver's for database errors."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        text = str(exc.orig).strip().splitlines()
        return f"{type(exc.orig).__name__}: {text[0] if text else ''}"
    return f"{type(exc).__name__}: {exc}"


def dry_run(adapter: PosAdapter, draft: OrderDraft) -> DryRun:
    """Write ``draft`` as a real order, read it back, roll everything back. Needs an app context."""
    session = adapter.session
    schema = adapter.schema
    order, item = schema.order, schema.order_item
    session.rollback()  # start from a clean transaction: nothing of ours or the caller's is lost
    try:
        rewards = adapter.rewards
        before = None
        if rewards.source is not None:
            before = rewards.balance(adapter.customers.customer_id(draft.phone)) or 0
        written = adapter.write_order(draft)
        after = rewards.balance(written.customer_id) if before is not None else None
        if session.get_bind().dialect.name == "postgresql":
            # Deferred constraints would only complain at COMMIT: make them speak now.
            session.execute(sa.text("SET CONSTRAINTS ALL IMMEDIATE"))
        row = session.execute(sa.select(order.table).where(order.pk_column == written.id)).mappings().one()
        lines = 0
        if item.has("order_id"):
            lines = int(session.execute(sa.select(sa.func.count()).select_from(item.table)
                                        .where(item.columns["order_id"] == written.id)).scalar_one())
        return DryRun(draft.order_type, True, number=written.number, stored=dict(row), lines=lines,
                      points=None if after is None or before is None else after - before)
    except Exception as exc:  # the host's own failure is the finding
        key, hint = explain(adapter, exc, draft)
        return DryRun(draft.order_type, False, error=host_error(exc), key=key, hint=hint)
    finally:
        session.rollback()


def _columns_named(message: str, tables: t.Iterable[sa.Table]) -> list[tuple[sa.Table, sa.Column[t.Any]]]:
    found = []
    for table in tables:
        for column in table.columns:
            if column.primary_key:
                continue
            name = re.escape(column.name)
            pattern = rf"(\b{re.escape(table.name)}\.{name}\b|\"{name}\"|\b{name}\b)"
            if re.search(pattern, message, re.IGNORECASE):
                found.append((table, t.cast(sa.Column[t.Any], column)))
    # The most specific mention first: "tickets.ticket_time" beats a bare word.
    found.sort(key=lambda tc: f"{tc[0].name}.{tc[1].name}".lower() not in message.lower())
    return found


def explain(adapter: PosAdapter, exc: BaseException, draft: OrderDraft) -> tuple[str, str]:
    """(setting, what to set it to) for a failed test order."""
    schema = adapter.schema
    order = schema.order
    message = host_error(exc)
    # A value pos_voice chose that the host refused (its @validates, CHECK or enum).
    for choice in adapter.conventions.choices():
        other_type = choice.role.startswith("type.") and choice.role != f"type.{draft.order_type}"
        if choice.problem is not None and not other_type:
            return _value_fix(choice.role, choice.column, draft)
    parts = {"order": order, "order_item": schema.order_item, "customer": schema.customer}
    tables = [tm.table for tm in parts.values() if tm is not None]
    for table, column in _columns_named(message, tables):
        part = next(p for p, tm in parts.items() if tm is not None and tm.table is table)
        tm = parts[part]
        assert tm is not None
        role = next((r for r, c in tm.columns.items() if c is column), None)
        if part == "order" and role in _VALUE_KEYS:
            return _value_fix(role if role != "type" else f"type.{draft.order_type}",
                              f"{table.name}.{column.name}", draft)
        name = column.name if part == "order" else f"{part}.{column.name}"
        return (PREFIX + "ORDER_DEFAULTS",
                f'{PREFIX}ORDER_DEFAULTS = {{"{name}": <the value the POS expects>}} (a callable is called '
                "for each order)")
    words = message.lower()
    for role in ("status", "type", "source"):
        if role in words and order.has(role):
            return _value_fix(role if role != "type" else f"type.{draft.order_type}",
                              f"{order.table_name}.{order.columns[role].name}", draft)
    return (PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS for the column the host needs, or "
            f"{PREFIX}COLUMNS to map it; the host's message above names what it wants")


def _value_fix(role: str, column: str, draft: OrderDraft) -> tuple[str, str]:
    if role == "status":
        return (PREFIX + "ORDER_STATUS_VALUE",
                f"{PREFIX}ORDER_STATUS_VALUE = <the status {column} takes for a new order>")
    if role == "source":
        return PREFIX + "ORDER_SOURCE_VALUE", f"{PREFIX}ORDER_SOURCE_VALUE = <a source {column} accepts>"
    kind = role.partition(".")[2] or draft.order_type
    if kind == "delivery":
        return (PREFIX + "ORDER_TYPES", f'{PREFIX}ORDER_TYPES = ["pickup"] when the POS takes no deliveries, '
                f'or {PREFIX}ORDER_TYPE_VALUES = {{"delivery": <its word for delivery>}}')
    return PREFIX + "ORDER_TYPE_VALUES", f'{PREFIX}ORDER_TYPE_VALUES = {{"{kind}": <its word for {kind}>}}'
