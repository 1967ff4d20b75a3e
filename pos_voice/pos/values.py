"""Stored values as the plugin uses them: money in Decimal dollars, lists, phone digits."""

from __future__ import annotations

import re
import typing as t
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import sqlalchemy as sa

CENT = Decimal("0.01")
_LIST_SPLIT = re.compile(r"\s*[,;|\n]\s*")


def to_decimal(raw: t.Any, cents: bool) -> Decimal:
    """A stored money value as Decimal dollars."""
    if raw is None:
        return Decimal("0")
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw))
    except InvalidOperation:
        return Decimal("0")
    if cents:
        value = value / 100
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def from_decimal(value: Decimal | int | float | None, column: sa.Column[t.Any], cents: bool) -> t.Any:
    """Decimal dollars as the column stores them: integer cents, float or Decimal."""
    if value is None:
        return None
    amount = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    if cents:
        return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))
    if isinstance(column.type, sa.Float):
        return float(amount)
    return amount


def split_list(raw: t.Any) -> tuple[str, ...]:
    """A stored list ("cheese, basil" or a JSON list) as its non-empty parts."""
    if raw is None:
        return ()
    if isinstance(raw, list | tuple):
        return tuple(str(v).strip() for v in raw if str(v).strip())
    return tuple(part for part in _LIST_SPLIT.split(str(raw).strip()) if part)


def digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())
