"""The host's customers: a returning caller found by phone (any stored format), new ones added.

Without a customers table, the caller's past orders (by the phone on the order) stand in
for one. Nothing here commits.
"""

from __future__ import annotations

import typing as t
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa

from .conventions import HostConventions
from .host import HostAccess
from .phones import normalize_phone
from .rows import Rows, fit, has_default, now_for
from .schema import TableMap
from .types import CustomerInfo, Menu, OrderDraft, OrderLine
from .values import CENT, digits, split_list, to_decimal


class Customers:
    """Finding and recording the callers in the host's tables."""

    def __init__(self, host: HostAccess, conventions: HostConventions, rows: Rows,
                 menu: t.Callable[[], Menu]) -> None:
        self.host = host
        self.conventions = conventions
        self.rows = rows
        self.menu = menu  # the (cached) menu, to name the items of past orders

    def _phone_matches(self, column: sa.Column[t.Any], phone_e164: str, extra: list[t.Any],
                       order_by: list[t.Any], limit: int | None = None) -> list[t.Any]:
        """Rows whose stored phone, in whatever format, is ``phone_e164``."""
        last4 = digits(phone_e164)[-4:]
        if len(last4) < 4:
            return []
        # Cheap SQL prefilter on the last four digits (contiguous in every usual format),
        # then an exact comparison of normalised numbers in Python.
        stmt = sa.select(column.label("phone"), *extra).where(column.like(f"%{last4}%")).order_by(*order_by)
        if limit:
            stmt = stmt.limit(limit)
        region = self.host.region
        return [row for row in self.host.session.execute(stmt).mappings()
                if normalize_phone(row["phone"], region) == phone_e164]

    def find_customer(self, phone_e164: str | None) -> CustomerInfo | None:
        """The returning caller with this number, with their last order; None when new."""
        phone = normalize_phone(phone_e164, self.host.region) if phone_e164 else None
        if phone is None:
            return None
        s = self.host.schema
        customer, order = s.customer, s.order
        if customer is not None:
            row = self._customer_row(phone)
            if row is not None:
                orders = self._orders_of_customer(row["id"], phone)
                count = row.get("order_count")
                address = str(row.get("address") or "").strip() or self._last_address(orders)
                return CustomerInfo(
                    ref=str(row["id"]), name=self._customer_name(row), phone=phone, address=address,
                    last_order=self.order_lines(orders[0]) if orders else (),
                    order_count=int(count) if count is not None else len(orders),
                    pin=(str(row["pin"]).strip() or None) if row.get("pin") is not None else None,
                )
            # Not in the customers table: orders rung in with only a phone number still count.
        if not order.has("phone"):
            return None
        extra = [order.pk_column.label("id")]
        if order.has("name"):
            extra.append(order.columns["name"].label("name"))
        if order.has("address"):
            extra.append(order.columns["address"].label("address"))
        matches = self._phone_matches(order.columns["phone"], phone, extra, [order.pk_column.desc()],
                                      limit=500)
        if not matches:
            return None
        name = next((str(r["name"]).strip() for r in matches if r.get("name")), None)
        address = next((str(r["address"]).strip() for r in matches if r.get("address")), None)
        return CustomerInfo(ref=phone, name=name, phone=phone, address=address,
                            last_order=self.order_lines(matches[0]["id"]), order_count=len(matches))

    def _last_address(self, order_ids: list[t.Any]) -> str | None:
        """The delivery address of the customer's latest order that had one."""
        order = self.host.schema.order
        if not order_ids or not order.has("address"):
            return None
        column = order.columns["address"]
        stmt = (sa.select(column).where(order.pk_column.in_(order_ids[:20]), column.is_not(None),
                                        column != "").order_by(order.pk_column.desc()).limit(1))
        value = self.host.session.execute(stmt).scalar()
        return (str(value).strip() or None) if value else None

    def customer_id(self, phone_e164: str | None) -> t.Any | None:
        """The key of the customers row with this number (any stored format); None when there is none."""
        phone = normalize_phone(phone_e164, self.host.region) if phone_e164 else None
        if phone is None or self.host.schema.customer is None:
            return None
        row = self._customer_row(phone)
        return row["id"] if row is not None else None

    def _customer_row(self, phone: str) -> t.Mapping[str, t.Any] | None:
        customer = self.host.schema.customer
        assert customer is not None
        extra = [customer.pk_column.label("id")]
        for role in ("name", "first_name", "last_name", "address", "order_count", "pin"):
            if customer.has(role):
                extra.append(customer.columns[role].label(role))
        matches = self._phone_matches(customer.columns["phone"], phone, extra, [customer.pk_column])
        return matches[0] if matches else None

    @staticmethod
    def _customer_name(row: t.Mapping[str, t.Any]) -> str | None:
        if row.get("name"):
            return str(row["name"]).strip() or None
        parts = [str(row[k]).strip() for k in ("first_name", "last_name") if row.get(k)]
        return " ".join(p for p in parts if p) or None

    def _orders_of_customer(self, customer_id: t.Any, phone: str) -> list[t.Any]:
        order = self.host.schema.order
        order_by = [order.columns["created_at"].desc()] if order.has("created_at") else []
        order_by.append(order.pk_column.desc())
        if order.has("customer_id"):
            stmt = (sa.select(order.pk_column).where(order.columns["customer_id"] == customer_id)
                    .order_by(*order_by))
            return list(self.host.session.execute(stmt).scalars())
        if order.has("phone"):
            return [r["id"] for r in self._phone_matches(order.columns["phone"], phone,
                                                          [order.pk_column.label("id")], order_by, limit=500)]
        return []

    def order_lines(self, order_id: t.Any) -> tuple[OrderLine, ...]:
        """The lines of one order, as the caller would hear them."""
        s = self.host.schema
        item, product = s.order_item, s.product
        if not item.has("order_id"):
            return ()
        cols: list[t.Any] = [item.pk_column.label("id")]
        for role in ("product_id", "name", "quantity", "unit_price", "line_total", "size", "modifiers",
                     "notes"):
            if item.has(role):
                cols.append(item.columns[role].label(role))
        source: t.Any = item.table
        if item.has("product_id") and product.has("name"):
            source = source.outerjoin(product.table, item.columns["product_id"] == product.pk_column)
            cols.append(product.columns["name"].label("product_name"))
            if product.has("size"):
                cols.append(product.columns["size"].label("product_size"))
        if item.has("size_id") and s.size is not None:
            source = source.outerjoin(s.size.table, item.columns["size_id"] == s.size.pk_column)
            cols.append(s.size.columns["name"].label("size_name"))
        stmt = sa.select(*cols).select_from(source).where(item.columns["order_id"] == order_id)
        lines = []
        by_product = self.menu().by_id()
        for row in self.host.session.execute(stmt.order_by(item.pk_column)).mappings():
            quantity = int(row.get("quantity") or 1)
            unit = to_decimal(row.get("unit_price"), self.host.cents(item, "unit_price")) \
                if row.get("unit_price") is not None else None
            total = to_decimal(row.get("line_total"), self.host.cents(item, "line_total")) \
                if row.get("line_total") is not None else None
            if unit is None and total is not None:
                unit = (total / quantity).quantize(CENT)
            unit = unit if unit is not None else Decimal("0")
            total = total if total is not None else unit * quantity
            item_id = row.get("product_id")
            size = row.get("size") or row.get("size_name") or row.get("product_size")
            menu_item = by_product.get(item_id)
            if menu_item is None and item_id is not None:
                # One row per size: the menu item is the row whose sizes include this product row.
                menu_item = next((mi for mi in by_product.values()
                                  if any(o.ref == item_id for o in mi.sizes)), None)
            name = (menu_item.name if menu_item is not None else None) or row.get("product_name") \
                or row.get("name") or ""
            raw_mods = row.get("modifiers")
            modifiers = split_list(raw_mods)
            lines.append(OrderLine(
                item_id=menu_item.id if menu_item is not None else item_id, name=str(name).strip(),
                quantity=quantity, unit_price=unit, line_total=total,
                size=str(size).strip().lower() if size else None,
                modifiers=modifiers, notes=str(row.get("notes") or "").strip(),
            ))
        return tuple(lines)

    def upsert(self, draft: OrderDraft, now: datetime) -> t.Any:
        customer = self.host.schema.customer
        assert customer is not None
        phone = normalize_phone(draft.phone, self.host.region) or draft.phone
        row = self._customer_row(phone) if phone else None
        name = (draft.customer_name or "").strip()
        if row is not None:
            changes: dict[sa.Column[t.Any], t.Any] = {}
            if name and not self._customer_name(row):
                changes.update(self._name_values(customer, name))
            if draft.address and customer.has("address"):
                changes[customer.columns["address"]] = fit(customer.columns["address"], draft.address)
            if customer.has("order_count"):
                changes[customer.columns["order_count"]] = (row.get("order_count") or 0) + 1
            if customer.has("last_order_at"):
                changes[customer.columns["last_order_at"]] = now_for(customer.columns["last_order_at"])
            if changes:
                self.host.session.execute(sa.update(customer.table).where(customer.pk_column == row["id"])
                                     .values(changes))
            return row["id"]
        if not self.host.schema.customer_writable:
            return None  # a required customer column we cannot fill (see flask pos-voice check)
        values: dict[sa.Column[t.Any], t.Any] = dict(self._name_values(customer, name))
        phone_column = customer.columns["phone"]
        values[phone_column] = fit(phone_column, self.conventions.styled_phone(phone_column, phone))
        if draft.address and customer.has("address"):
            values[customer.columns["address"]] = fit(customer.columns["address"], draft.address)
        if customer.has("order_count"):
            values[customer.columns["order_count"]] = 1
        for role in ("created_at", "last_order_at"):
            column = customer.col(role)
            if column is not None and (role == "last_order_at" or not has_default(column)):
                values[column] = now_for(column)
        return self.rows.insert(customer, self.rows.complete(customer, values, "customer"))

    def _name_values(self, customer: TableMap, name: str) -> dict[sa.Column[t.Any], t.Any]:
        out: dict[sa.Column[t.Any], t.Any] = {}
        if customer.has("name"):
            out[customer.columns["name"]] = fit(customer.columns["name"], name)
        elif customer.has("first_name"):
            first, _, last = name.partition(" ")
            out[customer.columns["first_name"]] = fit(customer.columns["first_name"], first)
            if customer.has("last_name"):
                out[customer.columns["last_name"]] = fit(customer.columns["last_name"], last.strip())
        return out
