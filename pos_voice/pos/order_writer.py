"""Writing a voice order into the host's tables: the order, its lines, its number.

One flush, never a commit (the caller's transaction claims the call and commits). Money goes
back column by column in the host's unit; a host without order numbers of its own gets the
next one (max + 1, serialised against concurrent writers).
"""

from __future__ import annotations

import re
import typing as t
import zlib
from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from .conventions import HostConventions, TaxColumn
from .customers import Customers
from .host import HostAccess
from .phones import normalize_phone
from .rows import Rows, fit, has_default, now_for
from .schema import TableMap, column_kind
from .types import Menu, MenuItem, OrderDraft, WrittenOrder
from .values import from_decimal


class OrderWriter:
    """Puts an :class:`~.types.OrderDraft` into the host's order and order-line tables."""

    def __init__(self, host: HostAccess, conventions: HostConventions, rows: Rows, customers: Customers,
                 menu: t.Callable[[], Menu]) -> None:
        self.host = host
        self.conventions = conventions
        self.rows = rows
        self.customers = customers
        self.menu = menu  # the (cached) menu, when the caller gives no fresh items
        self.numbered_by = ""  # who numbered the last order written (shown by check)

    def write(self, draft: OrderDraft, items: t.Mapping[t.Any, MenuItem] | None = None) -> WrittenOrder:
        """Add the host order, its lines and the customer to ``db.session``; flush; never commit.

        ``items``: the lines' menu items as just read (``PosAdapter.menu_items``), for their size rows;
        the cached menu when not given.
        """
        s = self.host.schema
        order = s.order
        now = datetime.now(UTC)
        phone = normalize_phone(draft.phone, self.host.region) if draft.phone else None
        # No usable number, no customer row: a customer without a phone could never be found again.
        customer_id = self.customers.upsert(draft, now) if s.customer is not None and phone else None
        values: dict[sa.Column[t.Any], t.Any] = {}

        def put(role: str, value: t.Any) -> None:
            column = order.col(role)
            if column is not None and value is not None:
                values[column] = fit(column, value)

        put("name", draft.customer_name)
        if order.has("phone"):
            styled = self.conventions.styled_phone(order.columns["phone"], phone) if phone else None
            put("phone", styled or draft.phone or None)
        put("address", draft.address if draft.order_type == "delivery" else None)
        put("customer_id", customer_id)
        created = order.col("created_at")
        if created is not None and not has_default(created):
            values[created] = now_for(created)
        put("status", self.conventions.status_value())
        put("type", self.conventions.order_type_value(draft.order_type))
        put("source", self.conventions.source_value())
        for role, amount in (("subtotal", draft.subtotal), ("total", draft.total),
                             ("delivery_fee", draft.delivery_fee), ("discount", draft.discount)):
            column = order.col(role)
            if column is not None:
                values[column] = from_decimal(amount, column, self.host.cents(order, role))
        tax = self.conventions.tax_column()
        if tax is not None:
            values[tax.column] = self._tax_value(tax, draft)
        put("allergies", draft.allergies.strip() or None)
        put("notes", self._notes(draft, phone) or None)
        values = self.rows.complete(order, values, "order")
        order_id = self._insert_order(order, values)
        self._write_lines(order_id, draft, items)
        self.host.session.flush()
        # What the caller is told is what the host stored, whoever numbered it (we, its column
        # default or sequence, its __init__ or a trigger): read back after the flush.
        number_column = order.col("number")
        number = None if number_column is None else self.host.session.execute(
            sa.select(number_column).where(order.pk_column == order_id)).scalar()
        shown = number if number not in (None, "") else order_id
        return WrittenOrder(id=order_id, number=str(shown),
                            customer_ref=str(customer_id) if customer_id is not None else (phone or None),
                            customer_id=customer_id)

    def _tax_value(self, tax: TaxColumn, draft: OrderDraft) -> t.Any:
        """The tax amount in the host's unit, or the rate in force when the column holds the rate."""
        order = self.host.schema.order
        if tax.holds == "amount":
            return from_decimal(draft.tax, tax.column, self.host.cents(order, "tax"))
        rate = self.host.settings.tax_rate
        if tax.holds == "percent":
            rate *= 100
        scale = getattr(tax.column.type, "scale", None)
        return rate.quantize(Decimal(1).scaleb(-scale)) if isinstance(scale, int) else rate

    def _notes(self, draft: OrderDraft, phone: str | None) -> str:
        """The order's notes, with the allergies and whatever else the host has no column for."""
        order = self.host.schema.order
        notes = draft.notes.strip()
        allergies = draft.allergies.strip()
        if allergies and not order.has("allergies"):
            notes = f"ALLERGY: {allergies}" + (f" | {notes}" if notes else "")
        missing = {gap.role for gap in self.host.schema.unstored(self.host.settings.order_types)}
        said: list[str] = []
        if "order.name" in missing and draft.customer_name:
            said.append(draft.customer_name)
        if "order.phone" in missing and (phone or draft.phone):
            said.append(f"callback {phone or draft.phone}")
        if draft.order_type == "delivery" and "order.address" in missing and draft.address:
            said.append(f"delivery to {draft.address}")
        elif "order.type" in missing:
            said.append(draft.order_type)
        if said:  # the kitchen sees who and how in the only text column the order has
            notes = "Phone order: " + ", ".join(said) + (f" | {notes}" if notes else "")
        return notes

    def _insert_order(self, order: TableMap, values: dict[sa.Column[t.Any], t.Any]) -> t.Any:
        """Insert the order row; number it ourselves only when the host does not."""
        column = order.col("number")
        obj = self.rows.new_object(order, values)  # the host's __init__ runs here, once
        self.numbered_by = self._numbered_by(column, values, obj)
        if self.numbered_by != "pos_voice":
            return self.rows.insert_prepared(order, values, obj)
        assert column is not None
        return self._insert_numbered(order, values, column, obj)

    def _numbered_by(self, column: sa.Column[t.Any] | None, values: dict[sa.Column[t.Any], t.Any],
                     obj: t.Any | None) -> str:
        """Who gives the order its number: the host (how), or pos_voice (max + 1)."""
        if column is None:
            return "nobody (no number column: the caller hears the order's id)"
        if column in values:
            return f"{column.table.name}.{column.name} from POS_VOICE_ORDER_DEFAULTS"
        if has_default(column):
            return f"the default of {column.table.name}.{column.name} (a sequence or function)"
        key = self.host.schema.order.attribute_key(column) if obj is not None else None
        if key is not None and getattr(obj, key, None) not in (None, ""):
            return f"{type(obj).__name__}.__init__"
        if self.conventions.numbered_by_trigger(column):
            return f"an INSERT trigger on {column.table.name}"
        return "pos_voice"

    def _insert_numbered(self, order: TableMap, values: dict[sa.Column[t.Any], t.Any],
                         column: sa.Column[t.Any], obj: t.Any | None) -> t.Any:
        """Insert with the next order number (max + 1), safe against concurrent writers."""
        session = self.host.session
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            # Serialise number generation between our own writers until the caller commits.
            key = zlib.crc32(f"pos_voice:{order.table_name}".encode()) & 0x7FFFFFFF
            session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))
        elif dialect == "sqlite":
            # Take SQLite's write lock now, so nobody inserts between our max() and our insert.
            session.execute(sa.update(order.table).where(sa.false())
                            .values({order.pk_column: order.pk_column}))
        number = self._next_number(order, column)
        attempts = 5 if dialect != "sqlite" else 1
        attribute = order.attribute_key(column) if obj is not None else None
        if attribute is None:
            obj = None  # the number column is not on the mapped class: insert the row itself
        for attempt in range(attempts):
            if obj is not None and attribute is not None:
                setattr(obj, attribute, number)
            else:
                values[column] = number
            if attempts == 1:
                return self.rows.insert_prepared(order, values, obj)
            try:
                with session.begin_nested():
                    return self.rows.insert_prepared(order, values, obj)
            except IntegrityError:
                if attempt == attempts - 1:
                    raise
                number = self._next_number(order, column, after=number)
        raise RuntimeError("unreachable")  # pragma: no cover

    def _next_number(self, order: TableMap, column: sa.Column[t.Any], after: t.Any = None) -> t.Any:
        session = self.host.session
        if column_kind(column) == "int":
            current = session.execute(sa.select(sa.func.max(column))).scalar() or 0
            if after is not None:
                current = max(int(current), int(after))
            return int(current) + 1
        # Text numbers ("A-0047"): keep the latest one's prefix and width, count on from the highest.
        recent = session.execute(sa.select(column).where(column.is_not(None))
                                 .order_by(order.pk_column.desc()).limit(200)).scalars().all()
        best, prefix, width = 0, "", 1
        for value in recent:
            match = re.search(r"(\d+)\s*$", str(value))
            if match is None:
                continue
            n = int(match.group(1))
            if value == recent[0] or n > best:
                prefix, width = str(value)[:match.start(1)], len(match.group(1))
            best = max(best, n)
        if after is not None:
            match = re.search(r"(\d+)\s*$", str(after))
            if match:
                best = max(best, int(match.group(1)))
        return fit(column, f"{prefix}{best + 1:0{width}d}")

    def _write_lines(self, order_id: t.Any, draft: OrderDraft,
                     items: t.Mapping[t.Any, MenuItem] | None) -> None:
        s = self.host.schema
        item = s.order_item
        by_id = items if items is not None else self.menu().by_id()
        rows: list[dict[sa.Column[t.Any], t.Any]] = []
        for line in draft.lines:
            values: dict[sa.Column[t.Any], t.Any] = {}
            menu_item = by_id.get(line.item_id)
            option = None
            if menu_item is not None and line.size:
                option = next((o for o in menu_item.sizes if o.name == line.size), None)
            product_id = line.item_id
            one_row_per_size = s.size is None and not s.product.size_columns
            if option is not None and option.ref is not None and one_row_per_size:
                product_id = option.ref  # one product row per size
            modifiers = [m for m in line.modifiers if m]
            notes = line.notes.strip()
            name = line.name
            if line.size and not item.has("size") and not item.has("size_id"):
                if item.has("name"):
                    name = f"{line.size.title()} {line.name}"
                else:
                    notes = f"{line.size}; {notes}" if notes else line.size
            if modifiers and not item.has("modifiers"):
                mods = ", ".join(modifiers)
                notes = f"{mods}; {notes}" if notes else mods
            if notes and not item.has("notes") and item.has("name"):
                name = f"{name} ({notes})"  # the ticket's line text is the only place the kitchen looks
            if item.has("order_id"):
                values[item.columns["order_id"]] = order_id
            if item.has("product_id"):
                values[item.columns["product_id"]] = product_id
            if item.has("name"):
                values[item.columns["name"]] = fit(item.columns["name"], name)
            if item.has("size"):
                values[item.columns["size"]] = (fit(item.columns["size"], line.size)
                                                if line.size else None)
            if item.has("size_id") and option is not None:
                values[item.columns["size_id"]] = option.ref
            if item.has("modifiers") and modifiers:
                column = item.columns["modifiers"]
                values[column] = modifiers if column_kind(column) == "json" else fit(
                    column, ", ".join(modifiers))
            if item.has("notes") and notes:
                values[item.columns["notes"]] = fit(item.columns["notes"], notes)
            for role, amount in (("unit_price", line.unit_price), ("line_total", line.line_total)):
                money_column = item.col(role)
                if money_column is not None:
                    values[money_column] = from_decimal(amount, money_column, self.host.cents(item, role))
            repeats = 1
            if item.has("quantity"):
                values[item.columns["quantity"]] = line.quantity
            else:
                repeats = line.quantity  # no quantity column: one row per unit
                if item.has("line_total"):
                    values[item.columns["line_total"]] = from_decimal(
                        line.unit_price, item.columns["line_total"], self.host.cents(item, "line_total"))
            completed = self.rows.complete(item, values, "order_item")
            rows.extend(dict(completed) for _ in range(repeats))
        self.rows.insert_many(item, rows)
