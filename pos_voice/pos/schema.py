"""What the mapper found: which host table plays which part, which column which role.

:class:`HostSchema` holds a :class:`TableMap` per part (products, orders, order lines …);
the adapter reads and writes through these. Built by :func:`.mapping.map_host`.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..settings import PREFIX
from .vocabulary import BOOL, INT, JSON, MONEY, NUM, PART_KEYS, STR, TABLE_PREFIXES, TIME

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def norm_name(name: str) -> str:
    """``unitPrice`` / ``Unit Price`` / ``unit-price`` -> ``unit_price``."""
    return re.sub(r"[\s\-]+", "_", _CAMEL.sub("_", name.strip())).lower()


def table_word(table: sa.Table) -> str:
    """A table's name as compared with :data:`TABLE_NAMES`: ``tbl_MenuItems`` -> ``menu_items``."""
    word = norm_name(table.name)
    for prefix in TABLE_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return word


def column_kind(column: sa.Column[t.Any]) -> str | None:
    """``str``/``int``/``num``/``bool``/``time``/``json`` for a column's type, or None."""
    typ = column.type
    if isinstance(typ, sa.Boolean):
        return BOOL
    if isinstance(typ, sa.Integer):
        return INT
    if isinstance(typ, sa.Numeric):
        return NUM
    if isinstance(typ, sa.DateTime | sa.Date):
        return TIME
    if isinstance(typ, sa.String | sa.Enum):
        return STR
    if isinstance(typ, sa.JSON):
        return JSON
    return None


def kind_fits(column: sa.Column[t.Any], kinds: frozenset[str]) -> bool:
    kind = column_kind(column)
    if kind is None:
        return False
    if kind in kinds:
        return True
    return MONEY in kinds and kind in (INT, NUM)


@dataclass
class TableMap:
    """One host table and the columns that play each role in it."""

    part: str
    table: sa.Table
    model: type | None
    columns: dict[str, sa.Column[t.Any]] = field(default_factory=dict)
    cents: dict[str, bool] = field(default_factory=dict)  # money role -> stores integer cents
    size_columns: dict[str, sa.Column[t.Any]] = field(default_factory=dict)  # size name -> price column
    configured: set[str] = field(default_factory=set)  # roles named in POS_VOICE_COLUMNS (not inferred)
    why: dict[str, str] = field(default_factory=dict)  # role -> why it was inferred, when not by name

    @property
    def table_name(self) -> str:
        return self.table.fullname

    @property
    def pk_column(self) -> sa.Column[t.Any]:
        return next(iter(self.table.primary_key.columns))

    @property
    def pk(self) -> str:
        return self.pk_column.name

    def col(self, role: str) -> sa.Column[t.Any] | None:
        return self.columns.get(role)

    def has(self, role: str) -> bool:
        return role in self.columns

    def attribute_key(self, column: sa.Column[t.Any]) -> str | None:
        """The ORM attribute that holds ``column`` on the mapped class (None when unmapped)."""
        if self.model is None:
            return None
        mapper: t.Any = sa.inspect(self.model)
        try:
            return str(mapper.get_property_by_column(column).key)
        except Exception:
            return None

    def is_cents(self, column: sa.Column[t.Any], unit: str) -> bool:
        if unit == "cents":
            return True
        if unit == "decimal":
            return False
        return "cents" in norm_name(column.name) or column_kind(column) == INT

    def describe(self) -> dict[str, t.Any]:
        out: dict[str, t.Any] = {
            "table": self.table_name,
            "model": self.model.__name__ if self.model is not None else None,
            "columns": {role: col.name for role, col in self.columns.items()},
        }
        if self.cents:
            out["money"] = {role: "cents" if c else "decimal" for role, c in self.cents.items()}
        if self.size_columns:
            out["size_columns"] = {size: col.name for size, col in self.size_columns.items()}
        return out


def is_clock_column(column: sa.Column[t.Any]) -> bool:
    """A date, time or datetime column (filled with the time of the order when it must be)."""
    return isinstance(column.type, sa.Date | sa.DateTime | sa.Time)


@dataclass(frozen=True)
class Unstored:
    """Something the caller tells that the host has no column for."""

    what: str  # "the caller's name"
    role: str  # the POS_VOICE_COLUMNS key that would keep it: "order.name"


@dataclass
class HostSchema:
    """Which host tables and columns hold the menu, the orders and the customers."""

    product: TableMap
    order: TableMap
    order_item: TableMap
    category: TableMap | None = None
    #: The category's ancestors, nearest first (menu_groups -> menu_categories); each level's
    #: ``parent_id`` column points at the next one. The nearest named level is the item's category.
    category_parents: list[TableMap] = field(default_factory=list)
    size: TableMap | None = None
    modifier: TableMap | None = None
    ingredient: TableMap | None = None
    product_ingredient: TableMap | None = None
    customer: TableMap | None = None
    reward: TableMap | None = None  # a loyalty ledger (pos/rewards.py); a balance column is customer.points
    reward_per_customer: bool = False  # the reward table has one row per customer: it holds the balance
    price_unit: str = "auto"
    source_value: str | None = "voice"
    status_value: str | None = None  # written when the order has a status column without a default
    type_values: dict[str, str] = field(default_factory=dict)  # "pickup"/"delivery" -> host value
    order_defaults: dict[str, dict[str, t.Any]] = field(default_factory=dict)  # part -> {column: value}
    customer_writable: bool = True  # False: existing customers are linked, new callers not added
    #: Values the host set itself ("status", "type.pickup", "type.delivery", "source"): never relearned.
    explicit: set[str] = field(default_factory=set)

    def parts(self) -> dict[str, TableMap]:
        out: dict[str, TableMap] = {}
        for part in ("product", "category", "size", "modifier", "ingredient", "product_ingredient",
                     "order", "order_item", "customer", "reward"):
            value = getattr(self, part)
            if value is not None:
                out[part] = value
        return out

    @property
    def menu_price_unit(self) -> str:
        cents = self.product.cents.get("price")
        if cents is None and self.product.size_columns:
            cents = self.product.cents.get("size_price")
        return "cents" if cents else "decimal"

    def unstored(self, kinds: t.Iterable[str] = ("pickup", "delivery")) -> list[Unstored]:
        """What a voice order carries that no host column keeps (the order's notes may, instead).

        ``kinds``: the order types the shop takes; with one kind, which one goes without saying,
        and without delivery there is no address to keep.
        """
        kinds = set(kinds)
        order, customer = self.order, self.customer
        linked = customer if customer is not None and order.has("customer_id") else None
        out: list[Unstored] = []
        if not order.has("name") and not (linked and (linked.has("name") or linked.has("first_name"))):
            out.append(Unstored("the caller's name", "order.name"))
        if not order.has("phone") and linked is None:
            out.append(Unstored("the callback phone number", "order.phone"))
        if not order.has("type") and len(kinds) > 1:
            out.append(Unstored("pickup or delivery", "order.type"))
        if "delivery" in kinds and not order.has("address") and not (linked and linked.has("address")):
            out.append(Unstored("the delivery address", "order.address"))
        if not order.has("notes"):
            out.append(Unstored("the order's notes and allergies", "order.notes"))
        return out

    def clock_columns(self, part: str) -> list[sa.Column[t.Any]]:
        """NOT NULL date/time columns without a default that nothing else fills: the order's time."""
        tm: TableMap | None = getattr(self, part)
        if tm is None:
            return []
        fixed = self.order_defaults.get(part, {})
        return [t.cast(sa.Column[t.Any], c) for c in tm.table.columns
                if is_clock_column(t.cast(sa.Column[t.Any], c)) and not c.nullable and c.default is None
                and c.server_default is None and c.name not in fixed and not c.primary_key
                and c not in tm.columns.values()]

    def describe(self) -> dict[str, t.Any]:
        out: dict[str, t.Any] = {part: tm.describe() for part, tm in self.parts().items()}
        if self.category_parents:
            out["category_parents"] = [tm.describe() for tm in self.category_parents]
        out["price_unit"] = self.price_unit
        out["source_value"] = self.source_value
        out["order_defaults"] = self.order_defaults
        return out

    def describe_lines(self) -> list[str]:
        lines: list[str] = []
        for part, tm in self.parts().items():
            model = f" ({tm.model.__name__})" if tm.model is not None else ""
            cols = ", ".join(
                f"{role}={col.name}" + (" [cents]" if tm.cents.get(role) else "")
                for role, col in tm.columns.items()
            )
            lines.append(f"{part}: {tm.table_name}{model}: {cols or '-'}")
            if tm.size_columns:
                sizes = ", ".join(f"{size}={col.name}" for size, col in tm.size_columns.items())
                lines.append(f"{part} sizes from columns: {sizes}")
        level = self.category
        for parent in self.category_parents:
            assert level is not None
            via = level.columns["parent_id"]
            line = (f"category parent: {parent.table_name} (via {level.table_name}.{via.name}; "
                    "an item's category is its nearest named level)")
            if line not in lines:  # a self-nested table: one line for all its levels
                lines.append(line)
            level = parent
        for part in ("customer", "ingredient", "size", "modifier"):
            if getattr(self, part) is None:
                lines.append(f"{part}: none (set {PREFIX}{PART_KEYS[part]} if the host has one)")
        if self.order_defaults:
            lines.append(f"fixed values ({PREFIX}ORDER_DEFAULTS): {self.order_defaults}")
        return lines

