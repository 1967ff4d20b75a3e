"""Read the host's menu and customers, write voice orders into the host's own tables.

Everything here goes through the host's ``db.session`` inside the caller's app context and
transaction: reads are a few set-based queries, ``write_order`` flushes and never commits.
Money leaves as :class:`~decimal.Decimal` dollars whatever the host stores (integer cents or
decimals) and is converted back column by column on the way in.
"""

from __future__ import annotations

import re
import threading
import time
import typing as t
import weakref
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import chain
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from ..config import PREFIX
from ..ordering.phones import normalize_phone
from .mapping import HostSchema, TableMap, column_kind
from .types import (
    CustomerInfo,
    Menu,
    MenuItem,
    Modifier,
    OrderDraft,
    OrderLine,
    Problem,
    SizeOption,
    WrittenOrder,
)

CENT = Decimal("0.01")
_DB_KEY = "SQLALCHEMY_DATABASE_URI"

#: Order statuses after which an order no longer waits in the kitchen.
FINAL_STATUSES = ("completed", "complete", "done", "closed", "cancelled", "canceled", "void", "voided",
                  "paid", "delivered", "picked_up", "picked up", "pickedup", "refunded", "rejected",
                  "served", "fulfilled", "archived", "finished")
CANCELLED_STATUSES = ("cancelled", "canceled", "void", "voided", "refunded", "rejected")
#: Orders older than this are not counted as waiting even when their status never moved on.
OPEN_ORDER_WINDOW = timedelta(hours=12)
#: Without a status column, orders of the last hour are the ones still being made.
RECENT_ORDER_WINDOW = timedelta(hours=1)
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LIST_SPLIT = re.compile(r"\s*[,;|\n]\s*")
_PICKUP_VALUES = {"pickup", "pick_up", "takeout", "take_out", "takeaway", "take_away", "carryout",
                  "carry_out", "to_go", "togo", "collection", "collect"}
_DELIVERY_VALUES = {"delivery", "deliver", "delivered"}
_PHONE_STYLES = (
    ("e164", re.compile(r"^\+\d{8,15}$")),
    ("dashed", re.compile(r"^\d{3}-\d{3}-\d{4}$")),
    ("paren", re.compile(r"^\(\d{3}\) ?\d{3}-\d{4}$")),
    ("dotted", re.compile(r"^\d{3}\.\d{3}\.\d{4}$")),
    ("digits", re.compile(r"^\d{10}$")),
)
_DAY_WORDS = {"weekend": (5, 6), "weekends": (5, 6), "weekday": (0, 1, 2, 3, 4), "weekdays": (0, 1, 2, 3, 4)}
_EVERY_DAY = frozenset(range(7))
_DAY_PLURALS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")
#: Product roles the menu query selects, by position after the id (an absent role selects NULL),
#: then the category's name and active flag, then the size price columns.
_PRODUCT_ROLES = ("name", "category", "price", "description", "active", "inactive", "stock", "is_special",
                  "special_days", "size", "allergens", "aliases")
(_NAME, _CATEGORY, _PRICE, _DESCRIPTION, _ACTIVE, _INACTIVE, _STOCK, _IS_SPECIAL, _SPECIAL_DAYS, _SIZE,
 _ALLERGENS, _ALIASES) = range(1, len(_PRODUCT_ROLES) + 1)
_C_NAME = len(_PRODUCT_ROLES) + 1
_C_ACTIVE = _C_NAME + 1
_FIRST_SIZE = _C_ACTIVE + 1


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


def _split_list(raw: t.Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, list | tuple):
        return tuple(str(v).strip() for v in raw if str(v).strip())
    return tuple(part for part in _LIST_SPLIT.split(str(raw).strip()) if part)


def _special_days(raw: t.Any) -> frozenset[int]:
    """The weekdays (0 = Monday) a special is sold: "tue", "Fridays and Saturdays", "weekends".

    Empty, "daily" or words that name no day: every day (a special is never hidden by a typo).
    """
    text = str(raw or "").strip().lower()
    if not text:
        return _EVERY_DAY
    days: set[int] = set()
    for word in re.findall(r"[a-z]+", text):
        if word[:3] in _DAYS:
            days.add(_DAYS.index(word[:3]))
        days.update(_DAY_WORDS.get(word, ()))
    return frozenset(days) or _EVERY_DAY


def _days_text(days: frozenset[int]) -> str:
    """How the caller hears a special's days: "Tuesdays", "weekends", "Fridays, Saturdays and Sundays"."""
    if days == frozenset(_DAY_WORDS["weekdays"]):
        return "weekdays"
    if days == frozenset(_DAY_WORDS["weekends"]):
        return "weekends"
    names = [_DAY_PLURALS[day] for day in sorted(days)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


class PosAdapter:
    """The host POS as the ordering code sees it. One per app; safe to share between calls."""

    def __init__(self, schema: HostSchema, db: t.Any, config: t.Mapping[str, t.Any],
                 clock: t.Callable[[], float] = time.monotonic) -> None:
        self.schema = schema
        self.db = db
        self.config = config
        self._clock = clock
        self._menu: Menu | None = None
        # When the cached menu was read (clock seconds); None = stale. Not 0.0: a monotonic clock
        # may itself be near 0 (it counts from boot), and "read at 0" would then look fresh.
        self._menu_read_at: float | None = None
        self._menu_lock = threading.Lock()
        self._menu_generation = 0
        # Learned once from the host's own rows (see _order_type_value / _phone_style).
        self._type_values: dict[str, str] | None = None
        self._phone_styles: dict[str, str] = {}
        watch_menu_changes(db, self)

    # ------------------------------------------------------------------ the database itself
    def verify(self) -> list[Problem]:
        """Check that the mapped tables and columns exist in the database (pending migrations?).

        Needs an app context; never raises: an unreachable database is a problem too.
        """
        problems: list[Problem] = []
        try:
            inspector = sa.inspect(self.db.engine)
            for part, tm in self.schema.parts().items():
                table = tm.table
                if not inspector.has_table(table.name, schema=table.schema):
                    problems.append(Problem(_DB_KEY, f"table {tm.table_name} ({part}) does not exist in the "
                                            "database: run the host's migrations (flask db upgrade) "
                                            "or db.create_all()"))
                    continue
                present = {c["name"] for c in inspector.get_columns(table.name, schema=table.schema)}
                needed = [c.name for c in table.columns
                          if c in tm.columns.values() or c.primary_key or not c.nullable]
                missing = [name for name in needed if name not in present]
                if missing:
                    problems.append(Problem(_DB_KEY, f"{tm.table_name} in the database has no column "
                                            f"{', '.join(missing)} that the model defines: run the host's "
                                            "migrations (flask db upgrade)"))
        except Exception as exc:  # report, never raise: this runs in `check` and health tooling
            problems.append(Problem(_DB_KEY, "the database could not be inspected: "
                                    f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"))
        return problems

    # ------------------------------------------------------------------ settings
    def _setting(self, name: str, default: t.Any = None) -> t.Any:
        return self.config.get(PREFIX + name, default)

    @property
    def has_customers(self) -> bool:
        return self.schema.customer is not None

    @property
    def session(self) -> t.Any:
        return self.db.session

    def _cents(self, tm: TableMap, role: str) -> bool:
        return bool(tm.cents.get(role))

    def _now_for(self, column: sa.Column[t.Any] | None) -> datetime:
        now = datetime.now(UTC)
        if column is not None and isinstance(column.type, sa.DateTime) and column.type.timezone:
            return now
        return now.replace(tzinfo=None)

    def _as_column_time(self, value: datetime, column: sa.Column[t.Any]) -> datetime:
        aware = isinstance(column.type, sa.DateTime) and bool(column.type.timezone)
        if aware and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        if not aware and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    # ------------------------------------------------------------------ menu
    def menu(self, fresh: bool = False) -> Menu:
        """The menu, from cache for ``POS_VOICE_MENU_CACHE_SECONDS`` unless ``fresh``."""
        ttl = float(self._setting("MENU_CACHE_SECONDS", 30) or 0)
        if not fresh and (cached := self._fresh_menu(ttl)) is not None:
            return cached
        with self._menu_lock:
            if not fresh and (cached := self._fresh_menu(ttl)) is not None:
                return cached  # another caller refreshed it while we waited
            generation = self._menu_generation
            menu = self._read_menu()
            # Invalidated while we read: keep the result for this caller but not as fresh.
            self._menu = menu
            self._menu_read_at = self._clock() if generation == self._menu_generation else None
            return menu

    def _fresh_menu(self, ttl: float) -> Menu | None:
        read_at, cached = self._menu_read_at, self._menu
        if cached is None or read_at is None or self._clock() - read_at >= ttl:
            return None
        return cached

    def invalidate_menu(self) -> None:
        """Forget the cached menu; the next ``menu()`` reads the database. Never blocks."""
        self._menu_generation += 1
        self._menu_read_at = None

    @property
    def menu_tables(self) -> frozenset[str]:
        """The host tables the menu is read from (a change to any of them invalidates it)."""
        s = self.schema
        parts = (s.product, s.category, s.size, s.modifier, s.ingredient, s.product_ingredient)
        return frozenset(tm.table.fullname for tm in parts if tm is not None)

    def menu_items(self, ids: t.Iterable[t.Any], fresh: bool = True) -> dict[t.Any, MenuItem]:
        """Only these menu items, by id: read from the database when ``fresh`` (the cache is not used
        nor updated), with exactly the availability and price rules of :meth:`menu`.

        Submit re-checks an order with this: a few queries filtered by id instead of the whole menu.
        Unknown or hidden ids are simply missing from the answer.
        """
        wanted = set(ids)
        if not wanted:
            return {}
        if not fresh:
            return {item.id: item for item in self.menu().items if item.id in wanted}
        items = self._read_items(wanted)
        return {item.id: item for item in items if item.id in wanted}

    def modifiers(self, ids: t.Iterable[t.Any] | None = None) -> tuple[Modifier, ...]:
        """Modifiers (toppings, add-ons) read now from the database; only ``ids`` when given."""
        return self._read_modifiers(None if ids is None else set(ids))

    def _read_menu(self) -> Menu:
        return Menu(items=tuple(self._read_items(None)), modifiers=self._read_modifiers(),
                    price_unit=self.schema.menu_price_unit)

    def _product_statement(self, ids: set[t.Any] | None) -> sa.Select[t.Any]:
        """Product rows in menu order; columns by position (see _PRODUCT_ROLES), absent roles NULL."""
        s = self.schema
        p = s.product
        cols: list[t.Any] = [p.pk_column.label("id")]
        for index, role in enumerate(_PRODUCT_ROLES):
            column = p.col(role)
            cols.append((column if column is not None else sa.null()).label(f"r_{index}"))
        source: t.Any = p.table
        order_by: list[t.Any] = []
        category = s.category
        category_name: t.Any = sa.null()
        category_active: t.Any = sa.null()
        if category is not None and p.has("category_id"):
            source = source.outerjoin(category.table, p.columns["category_id"] == category.pk_column)
            if category.has("name"):
                category_name = category.columns["name"]
            if category.has("active"):
                category_active = category.columns["active"]
            if category.has("sort"):
                order_by.append(category.columns["sort"])
            elif category.has("name"):
                order_by.append(category.columns["name"])
        elif p.has("category"):
            order_by.append(p.columns["category"])
        cols += [category_name.label("c_name"), category_active.label("c_active")]
        for index, column in enumerate(p.size_columns.values()):
            cols.append(column.label(f"s_{index}"))
        if p.has("sort"):
            order_by.append(p.columns["sort"])
        if p.has("name"):
            order_by.append(p.columns["name"])
        order_by.append(p.pk_column)
        stmt = sa.select(*cols).select_from(source).order_by(*order_by)
        if ids is None:
            return stmt
        if self._one_row_per_size and p.has("name"):
            # One product row per size: an item is every row with its name, so select by name.
            name = p.columns["name"]
            same = p.table.alias("pv_same_item")
            same_name = t.cast(sa.Column[t.Any], same.corresponding_column(name))
            same_pk = t.cast(sa.Column[t.Any], same.corresponding_column(p.pk_column))
            names = sa.select(sa.func.lower(sa.func.trim(same_name))).where(same_pk.in_(ids))
            return stmt.where(sa.func.lower(sa.func.trim(name)).in_(names))
        return stmt.where(p.pk_column.in_(ids))

    @property
    def _one_row_per_size(self) -> bool:
        s = self.schema
        return s.size is None and not s.product.size_columns and s.product.has("size")

    def _read_items(self, ids: set[t.Any] | None) -> list[MenuItem]:
        """Menu items from the product rows (all of them, or the items with these ids)."""
        s = self.schema
        p = s.product
        rows = self.session.execute(self._product_statement(ids)).all()
        product_ids = None if ids is None else {row[0] for row in rows}
        if product_ids is not None and not product_ids:
            return []
        sizes_by_product = self._read_size_rows(product_ids)
        ingredients_by_product = self._read_ingredient_links(product_ids)
        today = self._today_index()
        config_aliases = self._config_aliases()
        price_cents = self._cents(p, "price")
        size_cents = self._cents(p, "size_price")
        size_names = list(p.size_columns)
        first_size = _FIRST_SIZE
        has_price = p.has("price")
        no_ingredients: tuple[tuple[str, bool, bool], ...] = ()
        zero = Decimal("0")

        items: list[MenuItem] = []
        grouped: dict[tuple[str, str], int] = {}  # (name, category) -> index, for one-row-per-size hosts
        for row in rows:
            raw_name = row[_NAME]
            name = str(raw_name).strip() if raw_name is not None else ""
            if not name:
                continue
            if row[_C_ACTIVE] is False:
                continue  # a hidden category hides its items from the phone menu too
            product_id = row[0]
            category_name = str(row[_C_NAME] or row[_CATEGORY] or "").strip().lower()
            ingredients = ingredients_by_product.get(product_id, no_ingredients)
            days = _special_days(row[_SPECIAL_DAYS]) if row[_IS_SPECIAL] else None
            reason = self._unavailable_reason(row, ingredients)
            if reason is None and days is not None and today not in days:
                reason = f"only on {_days_text(days)}"  # a Tuesday special is not sold on Saturday
            raw_price = row[_PRICE]
            base_price = to_decimal(raw_price, price_cents)
            sizes: list[SizeOption] = []
            for index, size in enumerate(size_names):
                raw = row[first_size + index]
                if raw is not None:
                    sizes.append(SizeOption(size, to_decimal(raw, size_cents), ref=product_id))
            for size_name, price, delta, ref in sizes_by_product.get(product_id, ()):
                value = price if price is not None else base_price + (delta or zero)
                sizes.append(SizeOption(size_name, value, ref=ref))
            if has_price and raw_price is None and not sizes and reason is None:
                reason = "has no price in the POS"  # never sold for free by mistake
            row_size = str(row[_SIZE] or "").strip().lower()
            if row_size and not sizes:
                key = (name.lower(), category_name)
                option = SizeOption(row_size, base_price, ref=product_id)
                if key in grouped:
                    items[grouped[key]] = self._merge_size_row(items[grouped[key]], option, reason)
                    continue
                grouped[key] = len(items)
                sizes = [option]
                if reason is not None:
                    sizes = []  # an unavailable size is not offered
            allergens = [a.lower() for a in _split_list(row[_ALLERGENS])]
            allergens += [n.lower() for n, _, is_allergen in ingredients if is_allergen]
            aliases = _split_list(row[_ALIASES]) + config_aliases.get(name.lower(), ())
            items.append(MenuItem(
                id=product_id,
                name=name,
                category=category_name,
                description=str(row[_DESCRIPTION] or "").strip(),
                # Sized items: the cheapest size, so "from $10" reads right (sizes carry the prices).
                base_price=min(o.price for o in sizes) if sizes else base_price,
                sizes=tuple(sizes),
                available=reason is None,
                unavailable_reason=reason,
                ingredients=tuple(n for n, _, _ in ingredients),
                allergens=tuple(dict.fromkeys(allergens)),
                is_special=days is not None and today in days,
                aliases=tuple(dict.fromkeys(a for a in aliases if a.lower() != name.lower())),
            ))
        for index in grouped.values():
            item = items[index]
            if len(item.sizes) == 1 and item.sizes[0].ref == item.id:
                # A single row with a size ("Family Lasagna", "large"): nothing to choose between.
                items[index] = replace(item, sizes=(), base_price=item.sizes[0].price)
        return items

    @staticmethod
    def _merge_size_row(item: MenuItem, option: SizeOption, reason: str | None) -> MenuItem:
        """Hosts with one product row per size: fold the rows into one item with sizes."""
        if reason is not None:
            return item
        sizes = (*item.sizes, option)
        return replace(item, sizes=sizes, available=True, unavailable_reason=None,
                       base_price=min(o.price for o in sizes))

    @staticmethod
    def _unavailable_reason(row: t.Sequence[t.Any], ingredients: t.Iterable[tuple[str, bool, bool]]
                            ) -> str | None:
        if row[_ACTIVE] is False or row[_INACTIVE] is True:
            return "not available today"
        stock = row[_STOCK]
        if stock is not None and stock <= 0:
            return "sold out"
        for name, in_stock, _ in ingredients:
            if not in_stock:
                return f"out of {name.lower()}"
        return None

    def _read_size_rows(self, product_ids: set[t.Any] | None = None
                        ) -> dict[t.Any, list[tuple[str, Decimal | None, Decimal | None, t.Any]]]:
        size = self.schema.size
        out: dict[t.Any, list[tuple[str, Decimal | None, Decimal | None, t.Any]]] = {}
        if size is None:
            return out
        cols = [size.pk_column, size.columns["product_id"], size.columns["name"]]
        for role in ("price", "price_delta", "active"):
            column = size.col(role)
            cols.append(column if column is not None else sa.null())
        order_by = [size.columns["sort"]] if size.has("sort") else []
        stmt = sa.select(*(c.label(f"c{i}") for i, c in enumerate(cols))).order_by(*order_by, size.pk_column)
        if product_ids is not None:
            stmt = stmt.where(size.columns["product_id"].in_(product_ids))
        price_cents, delta_cents = self._cents(size, "price"), self._cents(size, "price_delta")
        for size_id, product_id, name, price, delta, active in self.session.execute(stmt):
            if active is False or not name:
                continue
            out.setdefault(product_id, []).append((
                str(name).strip().lower(),
                to_decimal(price, price_cents) if price is not None else None,
                to_decimal(delta, delta_cents) if delta is not None else None,
                size_id))
        return out

    def _read_ingredient_links(self, product_ids: set[t.Any] | None = None
                               ) -> dict[t.Any, list[tuple[str, bool, bool]]]:
        """product id -> [(ingredient name, in stock?, allergen?)]."""
        ingredient, link = self.schema.ingredient, self.schema.product_ingredient
        out: dict[t.Any, list[tuple[str, bool, bool]]] = {}
        if ingredient is None or link is None or not ingredient.has("name"):
            return out
        cols = [link.columns["product_id"], ingredient.columns["name"]]
        for role in ("stock", "available", "allergen"):
            column = ingredient.col(role)
            cols.append(column if column is not None else sa.null())
        stmt = sa.select(*(c.label(f"c{i}") for i, c in enumerate(cols))).select_from(
            link.table.join(ingredient.table, link.columns["ingredient_id"] == ingredient.pk_column))
        if product_ids is not None:
            stmt = stmt.where(link.columns["product_id"].in_(product_ids))
        # Many products share an ingredient: convert each ingredient once.
        seen: dict[tuple[t.Any, ...], tuple[str, bool, bool]] = {}
        for product_id, *values in self.session.execute(stmt):
            key = tuple(values)
            entry = seen.get(key)
            if entry is None:
                name, stock, available, allergen = values
                in_stock = not (stock is not None and stock <= 0) and available is not False
                entry = seen[key] = (str(name or "").strip(), in_stock, bool(allergen))
            out.setdefault(product_id, []).append(entry)
        return out

    def _read_modifiers(self, ids: set[t.Any] | None = None) -> tuple[Modifier, ...]:
        mod = self.schema.modifier
        if mod is None or not mod.has("name"):
            return ()
        cols = [mod.pk_column, mod.columns["name"]]
        for role in ("price", "category", "active"):
            column = mod.col(role)
            cols.append(column if column is not None else sa.null())
        stmt = sa.select(*(c.label(f"c{i}") for i, c in enumerate(cols))).order_by(
            mod.columns["name"], mod.pk_column)
        if ids is not None:
            if not ids:
                return ()
            stmt = stmt.where(mod.pk_column.in_(ids))
        price_cents = self._cents(mod, "price")
        return tuple(
            Modifier(id=modifier_id, name=str(name).strip(), price=to_decimal(price, price_cents),
                     category=str(category or "").strip().lower(), available=active is not False)
            for modifier_id, name, price, category, active in self.session.execute(stmt) if name)

    def _today_index(self) -> int:
        try:
            zone = ZoneInfo(str(self._setting("TIMEZONE", "UTC")))
        except Exception:
            zone = ZoneInfo("UTC")
        return datetime.now(zone).weekday()

    def _config_aliases(self) -> dict[str, tuple[str, ...]]:
        """``POS_VOICE_MENU_ALIASES`` ({"pie": "Cheese Pizza"}) as item name -> aliases."""
        raw = self._setting("MENU_ALIASES") or {}
        out: dict[str, tuple[str, ...]] = {}
        if isinstance(raw, dict):
            for alias, target in raw.items():
                targets = target if isinstance(target, list | tuple) else [target]
                for name in targets:
                    key = str(name).strip().lower()
                    out[key] = (*out.get(key, ()), str(alias).strip())
        return out

    # ------------------------------------------------------------------ customers
    def _region(self) -> str:
        return str(self._setting("DEFAULT_REGION", "US") or "US")

    def _phone_matches(self, column: sa.Column[t.Any], phone_e164: str, extra: list[t.Any],
                       order_by: list[t.Any], limit: int | None = None) -> list[t.Any]:
        """Rows whose stored phone, in whatever format, is ``phone_e164``."""
        last4 = _digits(phone_e164)[-4:]
        if len(last4) < 4:
            return []
        # Cheap SQL prefilter on the last four digits (contiguous in every usual format),
        # then an exact comparison of normalised numbers in Python.
        stmt = sa.select(column.label("phone"), *extra).where(column.like(f"%{last4}%")).order_by(*order_by)
        if limit:
            stmt = stmt.limit(limit)
        region = self._region()
        return [row for row in self.session.execute(stmt).mappings()
                if normalize_phone(row["phone"], region) == phone_e164]

    def find_customer(self, phone_e164: str | None) -> CustomerInfo | None:
        """The returning caller with this number, with their last order; None when new."""
        phone = normalize_phone(phone_e164, self._region()) if phone_e164 else None
        if phone is None:
            return None
        s = self.schema
        customer, order = s.customer, s.order
        if customer is not None:
            row = self._customer_row(phone)
            if row is not None:
                orders = self._orders_of_customer(row["id"], phone)
                count = row.get("order_count")
                address = str(row.get("address") or "").strip() or self._last_address(orders)
                return CustomerInfo(
                    ref=str(row["id"]), name=self._customer_name(row), phone=phone, address=address,
                    last_order=self._order_lines(orders[0]) if orders else (),
                    order_count=int(count) if count is not None else len(orders),
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
                            last_order=self._order_lines(matches[0]["id"]), order_count=len(matches))

    def _last_address(self, order_ids: list[t.Any]) -> str | None:
        """The delivery address of the customer's latest order that had one."""
        order = self.schema.order
        if not order_ids or not order.has("address"):
            return None
        column = order.columns["address"]
        stmt = (sa.select(column).where(order.pk_column.in_(order_ids[:20]), column.is_not(None),
                                        column != "").order_by(order.pk_column.desc()).limit(1))
        value = self.session.execute(stmt).scalar()
        return (str(value).strip() or None) if value else None

    def _customer_row(self, phone: str) -> t.Mapping[str, t.Any] | None:
        customer = self.schema.customer
        assert customer is not None
        extra = [customer.pk_column.label("id")]
        for role in ("name", "first_name", "last_name", "address", "order_count"):
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
        order = self.schema.order
        order_by = [order.columns["created_at"].desc()] if order.has("created_at") else []
        order_by.append(order.pk_column.desc())
        if order.has("customer_id"):
            stmt = (sa.select(order.pk_column).where(order.columns["customer_id"] == customer_id)
                    .order_by(*order_by))
            return list(self.session.execute(stmt).scalars())
        if order.has("phone"):
            return [r["id"] for r in self._phone_matches(order.columns["phone"], phone,
                                                          [order.pk_column.label("id")], order_by, limit=500)]
        return []

    def _order_lines(self, order_id: t.Any) -> tuple[OrderLine, ...]:
        """The lines of one order, as the caller would hear them."""
        s = self.schema
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
        for row in self.session.execute(stmt.order_by(item.pk_column)).mappings():
            quantity = int(row.get("quantity") or 1)
            unit = to_decimal(row.get("unit_price"), self._cents(item, "unit_price")) \
                if row.get("unit_price") is not None else None
            total = to_decimal(row.get("line_total"), self._cents(item, "line_total")) \
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
            modifiers = _split_list(raw_mods)
            lines.append(OrderLine(
                item_id=menu_item.id if menu_item is not None else item_id, name=str(name).strip(),
                quantity=quantity, unit_price=unit, line_total=total,
                size=str(size).strip().lower() if size else None,
                modifiers=modifiers, notes=str(row.get("notes") or "").strip(),
            ))
        return tuple(lines)

    def _upsert_customer(self, draft: OrderDraft, now: datetime) -> t.Any:
        customer = self.schema.customer
        assert customer is not None
        phone = normalize_phone(draft.phone, self._region()) or draft.phone
        row = self._customer_row(phone) if phone else None
        name = (draft.customer_name or "").strip()
        if row is not None:
            changes: dict[sa.Column[t.Any], t.Any] = {}
            if name and not self._customer_name(row):
                changes.update(self._name_values(customer, name))
            if draft.address and customer.has("address"):
                changes[customer.columns["address"]] = self._fit(customer.columns["address"], draft.address)
            if customer.has("order_count"):
                changes[customer.columns["order_count"]] = (row.get("order_count") or 0) + 1
            if customer.has("last_order_at"):
                changes[customer.columns["last_order_at"]] = self._now_for(customer.columns["last_order_at"])
            if changes:
                self.session.execute(sa.update(customer.table).where(customer.pk_column == row["id"])
                                     .values(changes))
            return row["id"]
        if not self.schema.customer_writable:
            return None  # a required customer column we cannot fill (see flask pos-voice check)
        values: dict[sa.Column[t.Any], t.Any] = dict(self._name_values(customer, name))
        values[customer.columns["phone"]] = self._fit(customer.columns["phone"],
                                                      self._styled_phone(customer.columns["phone"], phone))
        if draft.address and customer.has("address"):
            values[customer.columns["address"]] = self._fit(customer.columns["address"], draft.address)
        if customer.has("order_count"):
            values[customer.columns["order_count"]] = 1
        for role in ("created_at", "last_order_at"):
            column = customer.col(role)
            if column is not None and (role == "last_order_at" or not _has_default(column)):
                values[column] = self._now_for(column)
        return self._insert(customer, self._complete(customer, values, "customer"))

    def _name_values(self, customer: TableMap, name: str) -> dict[sa.Column[t.Any], t.Any]:
        out: dict[sa.Column[t.Any], t.Any] = {}
        if customer.has("name"):
            out[customer.columns["name"]] = self._fit(customer.columns["name"], name)
        elif customer.has("first_name"):
            first, _, last = name.partition(" ")
            out[customer.columns["first_name"]] = self._fit(customer.columns["first_name"], first)
            if customer.has("last_name"):
                out[customer.columns["last_name"]] = self._fit(customer.columns["last_name"], last.strip())
        return out

    # ------------------------------------------------------------------ the host's own conventions
    def _order_type_value(self, order_type: str) -> str:
        """The value this host uses for pickup/delivery (an enum's, or the one its orders show)."""
        known = self.schema.type_values.get(order_type)
        if known is not None:
            return known
        column = self.schema.order.col("type")
        if column is None:
            return order_type
        if self._type_values is None:
            values = [str(v) for v in self.session.execute(
                sa.select(column).where(column.is_not(None)).distinct().limit(100)).scalars()]
            if not values:
                return order_type  # nothing to learn from yet
            learned: dict[str, str] = {}
            for value in values:
                word = value.strip().lower().replace("-", "_").replace(" ", "_")
                if word in _PICKUP_VALUES and "pickup" not in learned:
                    learned["pickup"] = value
                elif word in _DELIVERY_VALUES and "delivery" not in learned:
                    learned["delivery"] = value
            self._type_values = learned
        return self._type_values.get(order_type, order_type)

    def _phone_style(self, column: sa.Column[t.Any]) -> str:
        """How this column's numbers are written: "e164", "dashed", "paren", "dotted" or "digits"."""
        key = f"{column.table.fullname}.{column.name}"
        style = self._phone_styles.get(key)
        if style is not None:
            return style
        table = t.cast(sa.Table, column.table)
        pk = next(iter(table.primary_key.columns))
        recent = sa.select(column).where(column.is_not(None), column != "").order_by(pk.desc()).limit(50)
        sample = [str(v).strip() for v in self.session.execute(recent).scalars()]
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

    def _styled_phone(self, column: sa.Column[t.Any], phone_e164: str) -> str:
        """``phone_e164`` written the way the host writes its numbers (North American numbers only)."""
        style = self._phone_style(column)
        digits = _digits(phone_e164)
        if style == "e164" or not phone_e164.startswith("+1") or len(digits) != 11:
            return phone_e164
        area, exchange, line = digits[1:4], digits[4:7], digits[7:]
        return {"dashed": f"{area}-{exchange}-{line}", "paren": f"({area}) {exchange}-{line}",
                "dotted": f"{area}.{exchange}.{line}", "digits": digits[1:]}.get(style, phone_e164)

    # ------------------------------------------------------------------ writing
    @staticmethod
    def _fit(column: sa.Column[t.Any], value: t.Any) -> t.Any:
        """Strings cut to the column's length, so a long note never fails the insert."""
        length = getattr(column.type, "length", None)
        if isinstance(value, str) and isinstance(length, int) and len(value) > length:
            return value[:length]
        return value

    def _complete(self, tm: TableMap, values: dict[sa.Column[t.Any], t.Any], part: str
                  ) -> dict[sa.Column[t.Any], t.Any]:
        """Add ORDER_DEFAULTS, and "" for NOT NULL text columns we had nothing for."""
        for name, value in self.schema.order_defaults.get(part, {}).items():
            column = t.cast(sa.Column[t.Any], tm.table.c[name]) if name in tm.table.c else next(
                c for c in tm.table.columns if c.name == name)
            values[column] = value() if callable(value) else value
        # A NOT NULL text column we have nothing for (a pickup order's address, no notes): "".
        generated = tm.columns.get("number") if part == "order" else None  # filled at insert time
        for column in (*values, *tm.columns.values()):
            if values.get(column) is None and not column.nullable and not _has_default(column) \
                    and column_kind(column) == "str" and not column.primary_key and column is not generated:
                values[column] = ""
        return {c: v for c, v in values.items() if v is not None}

    @staticmethod
    def _new_object(tm: TableMap, values: dict[sa.Column[t.Any], t.Any]) -> t.Any | None:
        """An instance of the host's mapped class with these values; None when there is none."""
        if tm.model is None:
            return None
        attrs: dict[str, t.Any] = {}
        for column, value in values.items():
            key = tm.attribute_key(column)
            if key is None:
                return None
            attrs[key] = value
        try:
            return tm.model(**attrs)
        except TypeError:  # a host __init__ with its own signature
            obj = sa.inspect(tm.model).class_manager.new_instance()
            for key, value in attrs.items():
                setattr(obj, key, value)
            return obj

    def _insert(self, tm: TableMap, values: dict[sa.Column[t.Any], t.Any]) -> t.Any:
        """Insert one row (through the mapped class when there is one, so host ORM events run)."""
        session = self.session
        obj = self._new_object(tm, values)
        if obj is not None:
            session.add(obj)
            session.flush()
            pk_key = tm.attribute_key(tm.pk_column)
            return getattr(obj, pk_key) if pk_key else sa.inspect(tm.model).primary_key_from_instance(obj)[0]
        result = session.execute(sa.insert(tm.table).values(values))
        return result.inserted_primary_key[0]

    def _insert_many(self, tm: TableMap, rows: list[dict[sa.Column[t.Any], t.Any]]) -> None:
        """Insert rows whose keys we don't need (order lines) in one flush instead of one each."""
        objects = [self._new_object(tm, values) for values in rows]
        if objects and all(obj is not None for obj in objects):
            self.session.add_all(objects)
            self.session.flush()
            return
        for values in rows:
            self._insert(tm, values)

    def write_order(self, draft: OrderDraft, items: t.Mapping[t.Any, MenuItem] | None = None) -> WrittenOrder:
        """Add the host order, its lines and the customer to ``db.session``; flush; never commit.

        ``items``: the lines' menu items as just read (:meth:`menu_items`), for their size rows;
        the cached menu when not given.
        """
        s = self.schema
        order = s.order
        now = datetime.now(UTC)
        phone = normalize_phone(draft.phone, self._region()) if draft.phone else None
        # No usable number, no customer row: a customer without a phone could never be found again.
        customer_id = self._upsert_customer(draft, now) if s.customer is not None and phone else None
        values: dict[sa.Column[t.Any], t.Any] = {}

        def put(role: str, value: t.Any) -> None:
            column = order.col(role)
            if column is not None and value is not None:
                values[column] = self._fit(column, value)

        put("name", draft.customer_name)
        if order.has("phone"):
            styled = self._styled_phone(order.columns["phone"], phone) if phone else None
            put("phone", styled or draft.phone or None)
        put("address", draft.address if draft.order_type == "delivery" else None)
        put("customer_id", customer_id)
        created = order.col("created_at")
        if created is not None and not _has_default(created):
            values[created] = self._now_for(created)
        if s.status_value is not None:
            put("status", s.status_value)
        put("type", self._order_type_value(draft.order_type))
        put("source", s.source_value)
        for role, amount in (("subtotal", draft.subtotal), ("tax", draft.tax), ("total", draft.total),
                             ("delivery_fee", draft.delivery_fee)):
            column = order.col(role)
            if column is not None:
                values[column] = from_decimal(amount, column, self._cents(order, role))
        notes = draft.notes.strip()
        if draft.allergies.strip():
            if order.has("allergies"):
                put("allergies", draft.allergies.strip())
            else:
                notes = f"ALLERGY: {draft.allergies.strip()}" + (f" | {notes}" if notes else "")
        put("notes", notes or None)
        values = self._complete(order, values, "order")
        number_column = order.col("number")
        generate_number = number_column is not None and not _has_default(number_column) \
            and number_column not in values
        order_id: t.Any = None
        number: t.Any = None
        if generate_number:
            assert number_column is not None
            order_id, number = self._insert_numbered(order, values, number_column)
        else:
            order_id = self._insert(order, values)
            if number_column is not None:
                number = self.session.execute(sa.select(number_column).where(order.pk_column == order_id)
                                              ).scalar()
        self._write_lines(order_id, draft, items)
        self.session.flush()
        shown = number if number not in (None, "") else order_id
        return WrittenOrder(id=order_id, number=str(shown),
                            customer_ref=str(customer_id) if customer_id is not None else (phone or None))

    def _insert_numbered(self, order: TableMap, values: dict[sa.Column[t.Any], t.Any],
                         column: sa.Column[t.Any]) -> tuple[t.Any, t.Any]:
        """Insert with the next order number (max + 1), safe against concurrent writers."""
        session = self.session
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
        for attempt in range(attempts):
            values[column] = number
            if attempts == 1:
                return self._insert(order, values), number
            try:
                with session.begin_nested():
                    order_id = self._insert(order, values)
                return order_id, number
            except IntegrityError:
                if attempt == attempts - 1:
                    raise
                number = self._next_number(order, column, after=number)
        raise RuntimeError("unreachable")  # pragma: no cover

    def _next_number(self, order: TableMap, column: sa.Column[t.Any], after: t.Any = None) -> t.Any:
        session = self.session
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
        return self._fit(column, f"{prefix}{best + 1:0{width}d}")

    def _write_lines(self, order_id: t.Any, draft: OrderDraft,
                     items: t.Mapping[t.Any, MenuItem] | None) -> None:
        s = self.schema
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
                values[item.columns["name"]] = self._fit(item.columns["name"], name)
            if item.has("size"):
                values[item.columns["size"]] = (self._fit(item.columns["size"], line.size)
                                                if line.size else None)
            if item.has("size_id") and option is not None:
                values[item.columns["size_id"]] = option.ref
            if item.has("modifiers") and modifiers:
                column = item.columns["modifiers"]
                values[column] = modifiers if column_kind(column) == "json" else self._fit(
                    column, ", ".join(modifiers))
            if item.has("notes") and notes:
                values[item.columns["notes"]] = self._fit(item.columns["notes"], notes)
            for role, amount in (("unit_price", line.unit_price), ("line_total", line.line_total)):
                column = item.col(role)
                if column is not None:
                    values[column] = from_decimal(amount, column, self._cents(item, role))
            repeats = 1
            if item.has("quantity"):
                values[item.columns["quantity"]] = line.quantity
            else:
                repeats = line.quantity  # no quantity column: one row per unit
                if item.has("line_total"):
                    values[item.columns["line_total"]] = from_decimal(
                        line.unit_price, item.columns["line_total"], self._cents(item, "line_total"))
            completed = self._complete(item, values, "order_item")
            rows.extend(dict(completed) for _ in range(repeats))
        self._insert_many(item, rows)

    # ------------------------------------------------------------------ reports
    def _type_label(self, raw: t.Any) -> str:
        text = str(raw or "").lower()
        delivery = self.schema.type_values.get("delivery")
        if delivery is not None and str(raw) == delivery:
            return "delivery"
        return "delivery" if "deliver" in text else "pickup"

    def open_orders(self) -> dict[str, int]:
        """Orders still being made, by type: ``{"pickup": n, "delivery": n, "total": n}``."""
        order = self.schema.order
        kind = order.col("type")
        status = order.col("status")
        created = order.col("created_at")
        conditions: list[t.Any] = []
        if status is not None:
            conditions.append(sa.or_(status.is_(None), sa.func.lower(status).not_in(FINAL_STATUSES)))
            if created is not None:
                conditions.append(created >= self._now_for(created) - OPEN_ORDER_WINDOW)
        elif created is not None:
            conditions.append(created >= self._now_for(created) - RECENT_ORDER_WINDOW)
        else:
            return {"pickup": 0, "delivery": 0, "total": 0}
        group = kind if kind is not None else sa.literal("pickup")
        stmt = sa.select(group.label("kind"), sa.func.count()).where(*conditions).group_by(group)
        counts = {"pickup": 0, "delivery": 0}
        for raw_kind, count in self.session.execute(stmt).all():
            counts[self._type_label(raw_kind)] += int(count)
        return {**counts, "total": counts["pickup"] + counts["delivery"]}

    def _total_expression(self) -> tuple[t.Any, bool]:
        """(SQL expression of an order's total, stored in cents?)."""
        order, item = self.schema.order, self.schema.order_item
        if order.has("total"):
            return order.columns["total"], self._cents(order, "total")
        if item.has("order_id") and (item.has("line_total") or item.has("unit_price")):
            if item.has("line_total"):
                amount, cents = item.columns["line_total"], self._cents(item, "line_total")
            else:
                qty = item.columns["quantity"] if item.has("quantity") else sa.literal(1)
                amount, cents = item.columns["unit_price"] * qty, self._cents(item, "unit_price")
            sub = (sa.select(sa.func.coalesce(sa.func.sum(amount), 0))
                   .where(item.columns["order_id"] == order.pk_column).scalar_subquery())
            return sub, cents
        return sa.literal(0), False

    def _voice_condition(self) -> t.Any:
        order = self.schema.order
        source = order.col("source")
        if source is not None and self.schema.source_value:
            return sa.func.coalesce(source, "") == self.schema.source_value
        calls = self.db.metadata.tables.get("voice_calls")
        if calls is not None:
            return order.pk_column.in_(sa.select(calls.c.order_id).where(calls.c.order_id.is_not(None)))
        return sa.false()

    def order_stats(self, start: datetime, end: datetime) -> dict[str, dict[str, t.Any]]:
        """Voice vs other orders created in ``[start, end)``: counts and revenue (Decimal)."""
        order = self.schema.order
        created = order.col("created_at")
        total, cents = self._total_expression()
        is_voice = self._voice_condition()
        conditions: list[t.Any] = []
        if created is not None:
            conditions += [created >= self._as_column_time(start, created),
                           created < self._as_column_time(end, created)]
        status = order.col("status")
        if status is not None:
            conditions.append(sa.or_(status.is_(None), sa.func.lower(status).not_in(CANCELLED_STATUSES)))
        flag = sa.case((is_voice, 1), else_=0).label("voice")
        stmt = (sa.select(flag, sa.func.count(), sa.func.coalesce(sa.func.sum(total), 0))
                .where(*conditions).group_by(flag))
        out = {"voice": {"count": 0, "revenue": Decimal("0.00")},
               "other": {"count": 0, "revenue": Decimal("0.00")}}
        for voice, count, revenue in self.session.execute(stmt).all():
            bucket = out["voice" if voice else "other"]
            bucket["count"] += int(count)
            bucket["revenue"] += to_decimal(revenue, cents)
        return out

    def orders_by_id(self, ids: t.Iterable[t.Any]) -> dict[t.Any, dict[str, t.Any]]:
        """Number, total, status, created_at, type, name and phone of these host orders."""
        wanted = [i for i in dict.fromkeys(ids) if i is not None]
        if not wanted:
            return {}
        order = self.schema.order
        total, cents = self._total_expression()
        cols: list[t.Any] = [order.pk_column.label("id"), total.label("total")]
        for role in ("number", "status", "created_at", "type", "name", "phone", "source"):
            if order.has(role):
                cols.append(order.columns[role].label(role))
        out: dict[t.Any, dict[str, t.Any]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for row in self.session.execute(sa.select(*cols).where(order.pk_column.in_(chunk))).mappings():
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


def _has_default(column: sa.Column[t.Any]) -> bool:
    return column.default is not None or column.server_default is not None


# --- menu changes made through the host's own session ---------------------------------------
# Staff 86 an ingredient or change a price in the POS: the voice menu follows at that commit
# instead of after POS_VOICE_MENU_CACHE_SECONDS. Changes made by other processes (or raw SQL)
# still wait for the cache to expire, and submit always re-reads the menu.

_CHANGED = "pos_voice_menu_changed"
_watchers: weakref.WeakKeyDictionary[t.Any, weakref.WeakSet[PosAdapter]] = weakref.WeakKeyDictionary()
_watchers_lock = threading.Lock()


def watch_menu_changes(db: t.Any, adapter: PosAdapter) -> None:
    """Invalidate ``adapter``'s menu when a commit on ``db.session`` changed one of its tables."""
    with _watchers_lock:
        adapters = _watchers.get(db)
        if adapters is None:
            adapters = weakref.WeakSet()
            try:
                _listen(db.session, adapters)
            except Exception:  # an unusual session setup: the cache still expires on its own
                return
            _watchers[db] = adapters
        adapters.add(adapter)


def _table_key(table: t.Any) -> str | None:
    name = getattr(table, "fullname", None) or getattr(table, "name", None)
    return str(name) if name else None


def _listen(scoped: t.Any, adapters: weakref.WeakSet[PosAdapter]) -> None:
    # Listening on the scoped session targets this db's own sessionmaker class only.
    def watched() -> frozenset[str]:
        return frozenset().union(*(a.menu_tables for a in list(adapters)))

    def after_flush(session: t.Any, _context: t.Any) -> None:
        tables = watched()
        for obj in chain(session.new, session.dirty, session.deleted):
            mapper = sa.inspect(obj).mapper
            if any(_table_key(tb) in tables for tb in mapper.tables):
                session.info[_CHANGED] = True
                return

    def do_orm_execute(state: t.Any) -> None:
        writes = state.is_update or state.is_delete or state.is_insert
        if writes and _table_key(getattr(state.statement, "table", None)) in watched():
            state.session.info[_CHANGED] = True

    def after_commit(session: t.Any) -> None:
        if session.info.pop(_CHANGED, False):
            for adapter in list(adapters):
                adapter.invalidate_menu()

    def after_rollback(session: t.Any) -> None:
        session.info.pop(_CHANGED, None)

    sa.event.listen(scoped, "after_flush", after_flush)
    sa.event.listen(scoped, "do_orm_execute", do_orm_execute)
    sa.event.listen(scoped, "after_commit", after_commit)
    sa.event.listen(scoped, "after_rollback", after_rollback)
