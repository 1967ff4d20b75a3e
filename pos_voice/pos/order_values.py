"""What the plugin writes into the host's order columns besides the order itself.

Decided once at mapping: the status of a new order, the words for pickup and delivery, the
source value, the fixed values of ``POS_VOICE_ORDER_DEFAULTS``, and whether every NOT NULL
column without a default gets a value (else a problem naming the key that fixes it).
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa

from ..settings import PREFIX
from .schema import HostSchema, TableMap, column_kind
from .types import ORDER_KINDS, Problem
from .vocabulary import INT, NEW_STATUSES, PHONE_SOURCES, order_type_of, value_word

if t.TYPE_CHECKING:
    from .mapping import Mapper


def _enum_values(column: sa.Column[t.Any] | None) -> list[str] | None:
    if column is not None and isinstance(column.type, sa.Enum):
        return [str(v) for v in column.type.enums]
    return None


def choose_values(m: Mapper, schema: HostSchema) -> None:
    """Values written into status/type/source columns, honouring enums and ORDER_DEFAULTS."""
    order = schema.order
    _load_order_defaults(m, schema)
    fixed = schema.order_defaults.get("order", {})
    for role in ("status", "type", "source", "name", "phone", "notes", "number"):
        column = order.col(role)
        if column is not None and column.name in fixed:
            # The host told us what goes there: that column is not ours to fill.
            del order.columns[role]
    source_value = m.settings.order_source_value
    schema.source_value = None if source_value in (None, "") else str(source_value)
    source = order.col("source")
    allowed = _enum_values(source)
    if source is not None and allowed is not None and schema.source_value not in allowed:
        by_word = {value_word(v): v for v in allowed}
        fallback = next((by_word[w] for w in PHONE_SOURCES if w in by_word), None)
        if fallback is None:
            m.problems.append(Problem(PREFIX + "ORDER_SOURCE_VALUE",
                                      f"{order.table_name}.{source.name} allows {allowed}, not "
                                      f"{schema.source_value!r}: set {PREFIX}ORDER_SOURCE_VALUE",
                                      blocking=False))
            order.columns.pop("source", None)
        schema.source_value = fallback
    if source is not None and str(source_value or "") != "voice":
        schema.explicit.add("source")
    _explicit_status_and_types(m, schema)
    status = order.col("status")
    if status is not None and "status" not in schema.explicit:
        allowed = _enum_values(status)
        if allowed is not None:
            by_word = {value_word(v): v for v in allowed}
            schema.status_value = next((by_word[w] for w in NEW_STATUSES if w in by_word), allowed[0])
        elif status.default is None and status.server_default is None:
            schema.status_value = "new"
    kind = order.col("type")
    allowed = _enum_values(kind)
    if kind is not None and allowed is not None:
        pickup = next((v for v in allowed if order_type_of(v) == "pickup"), None)
        delivery = next((v for v in allowed if order_type_of(v) == "delivery"), None)
        if pickup is None and delivery is None:
            # An enum of something else (dine-in/bar/phone …): not the order type.
            m.problems.append(Problem(PREFIX + "COLUMNS", f"{order.table_name}.{kind.name} allows {allowed}, "
                                      "none of them pickup or delivery: it is not used as the order type "
                                      f"(set {PREFIX}COLUMNS['order.type'] or {PREFIX}ORDER_DEFAULTS)",
                                      blocking=False))
            del order.columns["type"]
        else:
            learned = {k: v for k, v in (("pickup", pickup), ("delivery", delivery)) if v}
            schema.type_values = {**learned, **schema.type_values}  # ORDER_TYPE_VALUES wins


def _explicit_status_and_types(m: Mapper, schema: HostSchema) -> None:
    """``POS_VOICE_ORDER_STATUS_VALUE`` / ``POS_VOICE_ORDER_TYPE_VALUES``: the host's words, as it says."""
    status = m.settings.order_status_value
    if status not in (None, ""):
        schema.status_value = str(status)
        schema.explicit.add("status")
    raw = m.settings.order_type_values or {}
    if not isinstance(raw, dict) or not set(raw) <= set(ORDER_KINDS):
        m.problems.append(Problem(PREFIX + "ORDER_TYPE_VALUES", f"{PREFIX}ORDER_TYPE_VALUES must map pickup "
                                  'and/or delivery to the host\'s words, like {"pickup": "take_out"}; '
                                  f"got {raw!r}"))
        return
    for kind, value in raw.items():
        if value not in (None, ""):
            schema.type_values[kind] = str(value)
            schema.explicit.add(f"type.{kind}")


def _load_order_defaults(m: Mapper, schema: HostSchema) -> None:
    raw = m.settings.order_defaults or {}
    if not isinstance(raw, dict):
        m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS must be a mapping like "
                                  '{"user_id": 1}'))
        return
    parts = {"order": schema.order, "order_item": schema.order_item, "customer": schema.customer}
    for key, value in raw.items():
        part, _, name = str(key).rpartition(".")
        part = part or "order"
        tm = parts.get(part)
        if tm is None:
            m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS key {key!r}: "
                                      f"use a column of the orders table, or order_item.<column> / "
                                      "customer.<column>", blocking=False))
            continue
        column = m.find_named_column(tm.table, name)
        if column is None:
            m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS key {key!r}: "
                                      f"{tm.table_name} has no column {name!r}"))
            continue
        schema.order_defaults.setdefault(part, {})[column.name] = value


_ALWAYS_FILLED: dict[str, set[str]] = {
    "order": {"number", "name", "phone", "address", "created_at", "status", "type", "source", "subtotal",
              "tax", "delivery_fee", "discount", "total", "notes", "allergies", "customer_id"},
    "order_item": {"order_id", "product_id", "name", "quantity", "unit_price", "line_total", "size",
                   "modifiers", "notes", "size_id"},
    "customer": {"name", "first_name", "last_name", "phone", "address", "created_at", "order_count",
                 "last_order_at"},
}


def check_required(m: Mapper, schema: HostSchema) -> None:
    """Every NOT NULL column without a default must be filled by us or by ORDER_DEFAULTS."""
    for part in ("order", "order_item", "customer"):
        tm: TableMap | None = getattr(schema, part)
        if tm is None:
            continue
        ours = {tm.columns[role].name for role in _ALWAYS_FILLED[part] if role in tm.columns}
        if part == "order" and schema.status_value is not None and tm.has("status"):
            ours.add(tm.columns["status"].name)
        fixed = schema.order_defaults.get(part, {})
        for column in tm.table.columns:
            if column.nullable or column.default is not None or column.server_default is not None:
                continue
            auto_pk = column.primary_key and column.autoincrement in (True, "auto")
            if auto_pk and column_kind(column) == INT:
                continue
            if column.name in ours or column.name in fixed or column.computed is not None:
                continue
            if column.identity is not None or column in schema.clock_columns(part):
                continue  # the database numbers it, or pos_voice writes the time of the order
            key = column.name if part == "order" else f"{part}.{column.name}"
            fix = f'set {PREFIX}ORDER_DEFAULTS = {{"{key}": <value>}}'
            if part == "customer":
                # Orders can still be taken: returning customers are linked, new ones not added.
                schema.customer_writable = False
                m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS",
                                          f"{tm.table_name}.{column.name} is NOT NULL with no default: new "
                                          f"callers are not added as customers — {fix}", blocking=False))
                continue
            m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS",
                                      f"{tm.table_name}.{column.name} is NOT NULL with no default and "
                                      f"pos_voice cannot fill it: {fix}"))
