"""The host's own conventions, learned from its rows: order-type words and phone formats.

Learned once per adapter (the first order written) and kept: a host that writes
``"Take-Out"`` gets ``"Take-Out"``, one that stores ``555-123-4567`` gets that format.
"""

from __future__ import annotations

import re
import typing as t

import sqlalchemy as sa

from .host import HostAccess
from .values import digits
from .vocabulary import order_type_of

_PHONE_STYLES = (
    ("e164", re.compile(r"^\+\d{8,15}$")),
    ("dashed", re.compile(r"^\d{3}-\d{3}-\d{4}$")),
    ("paren", re.compile(r"^\(\d{3}\) ?\d{3}-\d{4}$")),
    ("dotted", re.compile(r"^\d{3}\.\d{3}\.\d{4}$")),
    ("digits", re.compile(r"^\d{10}$")),
)


class HostConventions:
    """How this host writes the values the plugin stores (learned from its own rows)."""

    def __init__(self, host: HostAccess) -> None:
        self.host = host
        self._type_values: dict[str, str] | None = None
        self._phone_styles: dict[str, str] = {}

    def order_type_value(self, order_type: str) -> str:
        """The value this host uses for pickup/delivery (an enum's, or the one its orders show)."""
        known = self.host.schema.type_values.get(order_type)
        if known is not None:
            return known
        column = self.host.schema.order.col("type")
        if column is None:
            return order_type
        if self._type_values is None:
            values = [str(v) for v in self.host.session.execute(
                sa.select(column).where(column.is_not(None)).distinct().limit(100)).scalars()]
            if not values:
                return order_type  # nothing to learn from yet
            learned: dict[str, str] = {}
            for value in values:
                kind = order_type_of(value)
                if kind is not None and kind not in learned:
                    learned[kind] = value
            self._type_values = learned
        return self._type_values.get(order_type, order_type)

    def phone_style(self, column: sa.Column[t.Any]) -> str:
        """How this column's numbers are written: "e164", "dashed", "paren", "dotted" or "digits"."""
        key = f"{column.table.fullname}.{column.name}"
        style = self._phone_styles.get(key)
        if style is not None:
            return style
        table = t.cast(sa.Table, column.table)
        pk = next(iter(table.primary_key.columns))
        recent = sa.select(column).where(column.is_not(None), column != "").order_by(pk.desc()).limit(50)
        sample = [str(v).strip() for v in self.host.session.execute(recent).scalars()]
        if not sample:
            return "e164"
        counts: dict[str, int] = {}
        for value in sample:
            found = next((name for name, pattern in _PHONE_STYLES if pattern.match(value)), "other")
            counts[found] = counts.get(found, 0) + 1
        best, count = max(counts.items(), key=lambda kv: kv[1])
        style = best if count * 2 > len(sample) and best != "other" else "e164"
        self._phone_styles[key] = style
        return style

    def styled_phone(self, column: sa.Column[t.Any], phone_e164: str) -> str:
        """``phone_e164`` written the way the host writes its numbers (North American numbers only)."""
        style = self.phone_style(column)
        number = digits(phone_e164)
        if style == "e164" or not phone_e164.startswith("+1") or len(number) != 11:
            return phone_e164
        area, exchange, line = number[1:4], number[4:7], number[7:]
        return {"dashed": f"{area}-{exchange}-{line}", "paren": f"({area}) {exchange}-{line}",
                "dotted": f"{area}.{exchange}.{line}", "digits": number[1:]}.get(style, phone_e164)
