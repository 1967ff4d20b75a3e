"""The host's own conventions, learned from its schema, its validators and its rows.

Status, order-type and source words (what its enum, CHECK constraints and ``@validates``
accept, and how its existing orders spell them), phone formats, and whether its tax column
holds a rate or an amount. Learned once per adapter (the first order written) and kept;
``flask pos-voice check`` shows each choice and where it came from.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from ..settings import PREFIX
from .allowed import Accepted, database_values, declared_values, spellings, stored_values, validator_of
from .host import HostAccess
from .schema import TableMap
from .values import digits
from .vocabulary import DELIVERY_WORDS, NEW_STATUSES, PHONE_SOURCES, PICKUP_WORDS, value_word

_PHONE_STYLES = (
    ("e164", re.compile(r"^\+\d{8,15}$")),
    ("dashed", re.compile(r"^\d{3}-\d{3}-\d{4}$")),
    ("paren", re.compile(r"^\(\d{3}\) ?\d{3}-\d{4}$")),
    ("dotted", re.compile(r"^\d{3}\.\d{3}\.\d{4}$")),
    ("digits", re.compile(r"^\d{10}$")),
)
#: (role, the words it may be, learn the spelling from the host's rows?)
_VOCABULARY: dict[str, tuple[tuple[str, ...], bool]] = {
    "status": (NEW_STATUSES, True),
    "type.pickup": (PICKUP_WORDS, True),
    "type.delivery": (DELIVERY_WORDS, True),
    # Not from rows: "phone" in the host's rows may mean orders staff took by phone.
    "source": (PHONE_SOURCES, False),
}
_KEYS = {"status": "ORDER_STATUS_VALUE", "type.pickup": "ORDER_TYPE_VALUES",
         "type.delivery": "ORDER_TYPE_VALUES", "source": "ORDER_SOURCE_VALUE"}


@dataclass(frozen=True)
class Choice:
    """The value written for one role, and where it came from (shown by ``check``)."""

    role: str  # "status", "type.pickup", "type.delivery", "source"
    column: str  # "orders.status"
    value: str | None
    how: str
    problem: str | None = None  # nothing acceptable was found: the host's own words

    @property
    def key(self) -> str:
        return PREFIX + _KEYS[self.role]


@dataclass(frozen=True)
class TaxColumn:
    """How the order's tax column is written: the amount, or the rate as a fraction or a percent."""

    column: sa.Column[t.Any]
    holds: str  # "amount" | "fraction" | "percent"
    how: str


class HostConventions:
    """How this host writes the values the plugin stores (learned from its own rows)."""

    def __init__(self, host: HostAccess) -> None:
        self.host = host
        self._choices: dict[str, Choice] | None = None
        self._tax: TaxColumn | bool | None = False  # False: not learned yet
        self._phone_styles: dict[str, str] = {}
        self._triggers: dict[str, bool] = {}

    # ------------------------------------------------------------------ status, type, source
    def status_value(self) -> str | None:
        return self._learned().get("status", _NONE).value

    def source_value(self) -> str | None:
        return self._learned().get("source", _NONE).value

    def order_type_value(self, order_type: str) -> str:
        """The value this host uses for pickup/delivery (learned; the plain word when unknown)."""
        choice = self._learned().get(f"type.{order_type}")
        return choice.value if choice is not None and choice.value is not None else order_type

    def choices(self, refresh: bool = False) -> list[Choice]:
        """Every value choice, learned again from the database when ``refresh``."""
        if refresh:
            self._choices = None
        return list(self._learned().values())

    def _learned(self) -> dict[str, Choice]:
        if self._choices is None:
            self._choices = self._learn()
        return self._choices

    def _learn(self) -> dict[str, Choice]:
        schema = self.host.schema
        order = schema.order
        current = {"status": schema.status_value, "source": schema.source_value,
                   "type.pickup": schema.type_values.get("pickup", "pickup"),
                   "type.delivery": schema.type_values.get("delivery", "delivery")}
        out: dict[str, Choice] = {}
        for role, (words, from_rows) in _VOCABULARY.items():
            column = order.col(role.partition(".")[0])
            if column is None:
                continue
            if role in schema.explicit:
                out[role] = Choice(role, f"{order.table_name}.{column.name}", current[role],
                                   f"set by {PREFIX}{_KEYS[role]}")
                continue
            if current[role] is None:
                continue  # the host's column default fills it
            out[role] = self._choose(order, column, role, current[role], words, from_rows)
        return out

    def _choose(self, tm: TableMap, column: sa.Column[t.Any], role: str, current: str | None,
                words: tuple[str, ...], from_rows: bool) -> Choice:
        session = self.host.session
        where = f"{tm.table_name}.{column.name}"
        accepted: Accepted | None = declared_values(column) or database_values(session, column)
        validator = validator_of(tm, column)

        def ok(value: str) -> bool:
            if accepted is not None and accepted.values is not None and value not in accepted.values:
                return False
            return validator is None or validator(value) is None

        if from_rows:
            stored = stored_values(session, column)
            spelt = {value_word(v): v for v in reversed(stored)}
            for word in words:
                value = spelt.get(word)
                if value is not None and ok(value):
                    return Choice(role, where, value, "as the host's orders spell it")
        if accepted is not None and accepted.values is not None:
            for word in words:
                value = next((v for v in accepted.values if value_word(v) == word), None)
                if value is not None and ok(value):
                    return Choice(role, where, value, f"from {accepted.source}")
        if current is not None and ok(current):
            return Choice(role, where, current, "pos_voice's default")
        if validator is not None:
            for word in words:
                for form in spellings(word):
                    if ok(form):
                        return Choice(role, where, form, f"accepted by {validator.__qualname__}")
        if validator is not None and current is not None:
            problem = f"{validator.__qualname__} rejects {current!r} ({validator(current)})"
        else:
            listed = ", ".join(map(repr, accepted.values or ())) if accepted is not None else ""
            problem = f"{where} accepts only {listed} ({accepted.source})" if accepted is not None \
                else f"{where} accepts none of {', '.join(words[:4])} …"
        return Choice(role, where, current, "", problem=problem)

    # ------------------------------------------------------------------ order numbers
    def numbered_by_trigger(self, column: sa.Column[t.Any]) -> bool:
        """An INSERT trigger on the orders table that mentions ``column`` (SQLite, PostgreSQL, MySQL)."""
        table = t.cast(sa.Table, column.table)
        cached = self._triggers.get(column.name)
        if cached is not None:
            return cached
        session = self.host.session
        dialect = session.get_bind().dialect.name
        queries = {
            "sqlite": ("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table "
                       "AND upper(sql) LIKE '%INSERT%'"),
            "postgresql": ("SELECT p.prosrc FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid "
                           "JOIN pg_class c ON c.oid = tg.tgrelid WHERE c.relname = :table "
                           "AND NOT tg.tgisinternal AND (tg.tgtype & 4) = 4"),
            "mysql": ("SELECT action_statement FROM information_schema.triggers "
                      "WHERE event_object_table = :table AND event_manipulation = 'INSERT'"),
        }
        query = queries.get(dialect)
        found = False
        if query is not None:
            try:
                if dialect == "postgresql":  # a refused catalog read must not abort the order's transaction
                    with session.begin_nested():
                        bodies = session.execute(sa.text(query), {"table": table.name}).scalars().all()
                else:
                    bodies = session.execute(sa.text(query), {"table": table.name}).scalars().all()
                found = any(re.search(rf"\b{re.escape(column.name)}\b", str(body or ""), re.IGNORECASE)
                            for body in bodies)
            except Exception:  # no rights to read the catalog: number it ourselves, as before
                found = False
        self._triggers[column.name] = found
        return found

    # ------------------------------------------------------------------ tax: amount or rate
    def tax_column(self, refresh: bool = False) -> TaxColumn | None:
        """The order column that receives the tax, and whether it holds the amount or the rate."""
        if refresh or self._tax is False:
            self._tax = self._learn_tax()
        return self._tax if isinstance(self._tax, TaxColumn) else None

    def _learn_tax(self) -> TaxColumn | None:
        order = self.host.schema.order
        rate = order.col("tax_rate")
        if rate is not None:
            sample = self._tax_sample(rate)
            percent = bool(re.search(r"percent|pct", rate.name.lower())) or any(v > 1 for v, _ in sample)
            how = f"set by {PREFIX}COLUMNS" if "tax_rate" in order.configured else order.why.get(
                "tax_rate", "its name says it is a rate")
            return TaxColumn(rate, "percent" if percent else "fraction", how)
        tax = order.col("tax")
        if tax is None:
            return None
        if "tax" in order.configured or isinstance(tax.type, sa.Integer):
            return TaxColumn(tax, "amount", f"set by {PREFIX}COLUMNS" if "tax" in order.configured
                             else "whole cents")
        sample = self._tax_sample(tax)
        values = {v for v, _ in sample}
        totals = {total for _, total in sample if total is not None}
        if len(sample) >= 2 and len(values) == 1 and 0 < next(iter(values)) < 1 and len(totals) > 1:
            return TaxColumn(tax, "fraction", f"{len(sample)} existing orders hold the same value "
                             f"{next(iter(values))} whatever their total")
        return TaxColumn(tax, "amount", "pos_voice's default")

    def _tax_sample(self, column: sa.Column[t.Any]) -> list[tuple[Decimal, Decimal | None]]:
        """(tax column value, order total) of the host's latest orders."""
        order = self.host.schema.order
        total = order.col("total") if order.has("total") else order.col("subtotal")
        other: t.Any = total if total is not None else sa.null()
        query = sa.select(column, other).where(column.is_not(None)).order_by(order.pk_column.desc()).limit(50)
        out: list[tuple[Decimal, Decimal | None]] = []
        for value, total_value in self.host.session.execute(query):
            out.append((Decimal(str(value)), Decimal(str(total_value)) if total_value is not None else None))
        return out

    def tax_rate_doubt(self) -> str | None:
        """Why the tax column might hold a rate although it is written as the amount (for ``check``)."""
        tax = self.tax_column()
        if tax is None or tax.holds != "amount" or "tax" in self.host.schema.order.configured:
            return None
        small = [v for v, total in self._tax_sample(tax.column) if 0 < v < 1 and (total or 0) >= 1]
        if not small:
            return None
        return (f"{tax.column.table.name}.{tax.column.name} holds values below 1 ({small[0]}) in existing "
                "orders: if that is a tax rate, not an amount")

    # ------------------------------------------------------------------ phones
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


_NONE = Choice("", "", None, "")
