"""Reports over the host's orders: what the kitchen is making, voice vs other sales, order details."""

from __future__ import annotations

import typing as t
from datetime import datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa

from .host import HostAccess
from .rows import as_column_time, now_for
from .values import to_decimal
from .vocabulary import CANCELLED_STATUSES, FINAL_STATUSES

#: Orders older than this are not counted as waiting even when their status never moved on.
OPEN_ORDER_WINDOW = timedelta(hours=12)
#: Without a status column, orders of the last hour are the ones still being made.
RECENT_ORDER_WINDOW = timedelta(hours=1)


class Reports:
    """Read-only queries over the host's orders for the wait estimate and the staff pages."""

    def __init__(self, host: HostAccess) -> None:
        self.host = host

    def _type_label(self, raw: t.Any) -> str:
        text = str(raw or "").lower()
        delivery = self.host.schema.type_values.get("delivery")
        if delivery is not None and str(raw) == delivery:
            return "delivery"
        return "delivery" if "deliver" in text else "pickup"

    def open_orders(self) -> dict[str, int]:
        """Orders still being made, by type: ``{"pickup": n, "delivery": n, "total": n}``."""
        order = self.host.schema.order
        kind = order.col("type")
        status = order.col("status")
        created = order.col("created_at")
        conditions: list[t.Any] = []
        if status is not None:
            conditions.append(sa.or_(status.is_(None), sa.func.lower(status).not_in(FINAL_STATUSES)))
            if created is not None:
                conditions.append(created >= now_for(created) - OPEN_ORDER_WINDOW)
        elif created is not None:
            conditions.append(created >= now_for(created) - RECENT_ORDER_WINDOW)
        else:
            return {"pickup": 0, "delivery": 0, "total": 0}
        group = kind if kind is not None else sa.literal("pickup")
        stmt = sa.select(group.label("kind"), sa.func.count()).where(*conditions).group_by(group)
        counts = {"pickup": 0, "delivery": 0}
        for raw_kind, count in self.host.session.execute(stmt).all():
            counts[self._type_label(raw_kind)] += int(count)
        return {**counts, "total": counts["pickup"] + counts["delivery"]}

    def _total_expression(self) -> tuple[t.Any, bool]:
        """(SQL expression of an order's total, stored in cents?)."""
        order, item = self.host.schema.order, self.host.schema.order_item
        if order.has("total"):
            return order.columns["total"], self.host.cents(order, "total")
        if item.has("order_id") and (item.has("line_total") or item.has("unit_price")):
            amount: t.Any
            if item.has("line_total"):
                amount, cents = item.columns["line_total"], self.host.cents(item, "line_total")
            else:
                qty = item.columns["quantity"] if item.has("quantity") else sa.literal(1)
                amount, cents = item.columns["unit_price"] * qty, self.host.cents(item, "unit_price")
            sub = (sa.select(sa.func.coalesce(sa.func.sum(amount), 0))
                   .where(item.columns["order_id"] == order.pk_column).scalar_subquery())
            return sub, cents
        return sa.literal(0), False

    def _voice_condition(self) -> t.Any:
        order = self.host.schema.order
        source = order.col("source")
        if source is not None and self.host.schema.source_value:
            return sa.func.coalesce(source, "") == self.host.schema.source_value
        calls = self.host.db.metadata.tables.get("voice_calls")
        if calls is not None:
            return order.pk_column.in_(sa.select(calls.c.order_id).where(calls.c.order_id.is_not(None)))
        return sa.false()

    def order_stats(self, start: datetime, end: datetime) -> dict[str, dict[str, t.Any]]:
        """Voice vs other orders created in ``[start, end)``: counts and revenue (Decimal)."""
        order = self.host.schema.order
        created = order.col("created_at")
        total, cents = self._total_expression()
        is_voice = self._voice_condition()
        conditions: list[t.Any] = []
        if created is not None:
            conditions += [created >= as_column_time(start, created),
                           created < as_column_time(end, created)]
        status = order.col("status")
        if status is not None:
            conditions.append(sa.or_(status.is_(None), sa.func.lower(status).not_in(CANCELLED_STATUSES)))
        flag = sa.case((is_voice, 1), else_=0).label("voice")
        stmt = (sa.select(flag, sa.func.count(), sa.func.coalesce(sa.func.sum(total), 0))
                .where(*conditions).group_by(flag))
        out: dict[str, dict[str, t.Any]] = {"voice": {"count": 0, "revenue": Decimal("0.00")},
                                           "other": {"count": 0, "revenue": Decimal("0.00")}}
        for voice, count, revenue in self.host.session.execute(stmt).all():
            bucket = out["voice" if voice else "other"]
            bucket["count"] += int(count)
            bucket["revenue"] += to_decimal(revenue, cents)
        return out

    def orders_by_id(self, ids: t.Iterable[t.Any]) -> dict[t.Any, dict[str, t.Any]]:
        """Number, total, status, created_at, type, name and phone of these host orders."""
        wanted = [i for i in dict.fromkeys(ids) if i is not None]
        if not wanted:
            return {}
        order = self.host.schema.order
        total, cents = self._total_expression()
        cols: list[t.Any] = [order.pk_column.label("id"), total.label("total")]
        for role in ("number", "status", "created_at", "type", "name", "phone", "source"):
            if order.has(role):
                cols.append(order.columns[role].label(role))
        out: dict[t.Any, dict[str, t.Any]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            query = sa.select(*cols).where(order.pk_column.in_(chunk))
            for row in self.host.session.execute(query).mappings():
                number = row.get("number")
                out[row["id"]] = {
                    "id": row["id"],
                    "number": str(number) if number not in (None, "") else str(row["id"]),
                    "total": to_decimal(row["total"], cents),
                    "status": row.get("status"),
                    "created_at": row.get("created_at"),
                    "type": self._type_label(row.get("type")) if order.has("type") else None,
                    "customer_name": row.get("name"),
                    "phone": row.get("phone"),
                    "source": row.get("source"),
                }
        return out
