"""Reading the host's menu: products with their categories, sizes, stock and specials.

A few set-based queries whatever the menu's size (products with their category joined,
then sizes, ingredient links and modifiers, each in one query), turned into the plain
values of :mod:`.types`. Availability is decided here, once, for the whole plugin.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from .host import HostAccess
from .types import Menu, MenuItem, Modifier, SizeOption
from .values import split_list, to_decimal
from .vocabulary import DAY_GROUPS, DAY_NAMES, DAYS

_EVERY_DAY = frozenset(range(7))
#: Product roles the menu query selects, by position after the id (an absent role selects NULL),
#: then the category's name and active flag, then the size price columns.
_PRODUCT_ROLES = ("name", "category", "price", "description", "active", "inactive", "stock", "is_special",
                  "special_days", "size", "allergens", "aliases")
(_NAME, _CATEGORY, _PRICE, _DESCRIPTION, _ACTIVE, _INACTIVE, _STOCK, _IS_SPECIAL, _SPECIAL_DAYS, _SIZE,
 _ALLERGENS, _ALIASES) = range(1, len(_PRODUCT_ROLES) + 1)
_C_NAME = len(_PRODUCT_ROLES) + 1
_C_ACTIVE = _C_NAME + 1
_FIRST_SIZE = _C_ACTIVE + 1


def special_days(raw: t.Any) -> frozenset[int]:
    """The weekdays (0 = Monday) a special is sold: "tue", "Fridays and Saturdays", "weekends".

    Empty, "daily" or words that name no day: every day (a special is never hidden by a typo).
    """
    text = str(raw or "").strip().lower()
    if not text:
        return _EVERY_DAY
    days: set[int] = set()
    for word in re.findall(r"[a-z]+", text):
        if word[:3] in DAYS:
            days.add(DAYS.index(word[:3]))
        days.update(DAY_GROUPS.get(word, ()))
    return frozenset(days) or _EVERY_DAY


def days_text(days: frozenset[int]) -> str:
    """How the caller hears a special's days: "Tuesdays", "weekends", "Fridays, Saturdays and Sundays"."""
    if days == frozenset(DAY_GROUPS["weekdays"]):
        return "weekdays"
    if days == frozenset(DAY_GROUPS["weekends"]):
        return "weekends"
    names = [DAY_NAMES[day] + "s" for day in sorted(days)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class MenuReader:
    """Reads the menu from the host's tables now (no cache: see :class:`.menu_cache.MenuCache`)."""

    def __init__(self, host: HostAccess) -> None:
        self.host = host

    def read_menu(self) -> Menu:
        return Menu(items=tuple(self.read_items(None)), modifiers=self.read_modifiers(),
                    price_unit=self.host.schema.menu_price_unit)

    @property
    def tables(self) -> frozenset[str]:
        """The host tables the menu is read from (a change to any of them invalidates it)."""
        s = self.host.schema
        parts = (s.product, s.category, s.size, s.modifier, s.ingredient, s.product_ingredient,
                 *s.category_parents)
        return frozenset(tm.table.fullname for tm in parts if tm is not None)

    def _product_statement(self, ids: set[t.Any] | None) -> sa.Select[t.Any]:
        """Product rows in menu order; columns by position (see _PRODUCT_ROLES), absent roles NULL."""
        s = self.host.schema
        p = s.product
        cols: list[t.Any] = [p.pk_column.label("id")]
        for index, role in enumerate(_PRODUCT_ROLES):
            column = p.col(role)
            cols.append((column if column is not None else sa.null()).label(f"r_{index}"))
        source: t.Any = p.table
        order_by: list[t.Any] = []
        category_name: t.Any = sa.null()
        category_active: t.Any = sa.null()
        if s.category is not None and p.has("category_id"):
            source, category_name, category_active, category_order = self._category_levels(source)
            order_by += category_order
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

    def _category_levels(self, source: t.Any) -> tuple[t.Any, t.Any, t.Any, list[t.Any]]:
        """Join the category and its ancestors: (source, name, active, order by).

        The name is the nearest level's non-empty name; a hidden level hides everything under it;
        the menu is ordered from the top of the tree down.
        """
        s = self.host.schema
        category = s.category
        assert category is not None
        levels: list[tuple[t.Any, t.Any]] = []  # (table or alias, TableMap), nearest first
        source = source.outerjoin(category.table, s.product.columns["category_id"] == category.pk_column)
        levels.append((category.table, category))
        for depth, parent in enumerate(s.category_parents, 1):
            child_table, child = levels[-1]
            alias = parent.table.alias(f"pv_category_{depth}")
            link = child_table.corresponding_column(child.columns["parent_id"])
            source = source.outerjoin(alias, link == alias.corresponding_column(parent.pk_column))
            levels.append((alias, parent))

        def column(table: t.Any, tm: t.Any, role: str) -> t.Any:
            return table.corresponding_column(tm.columns[role]) if tm.has(role) else None

        names = [sa.func.nullif(sa.func.trim(c), "") for table, tm in levels
                 if (c := column(table, tm, "name")) is not None]
        name = (names[0] if len(names) == 1 else sa.func.coalesce(*names)) if names else sa.null()
        hidden = [c.is_(sa.false()) for table, tm in levels if (c := column(table, tm, "active")) is not None]
        active = sa.type_coerce(sa.case((sa.or_(*hidden), sa.false()), else_=sa.null()), sa.Boolean()) \
            if hidden else sa.null()
        order_by = [c for table, tm in reversed(levels)
                    if (c := column(table, tm, "sort") if tm.has("sort") else column(table, tm, "name"))
                    is not None]
        return source, name, active, order_by

    @property
    def _one_row_per_size(self) -> bool:
        s = self.host.schema
        return s.size is None and not s.product.size_columns and s.product.has("size")

    def read_items(self, ids: set[t.Any] | None) -> list[MenuItem]:
        """Menu items from the product rows (all of them, or the items with these ids)."""
        s = self.host.schema
        p = s.product
        rows = self.host.session.execute(self._product_statement(ids)).all()
        product_ids = None if ids is None else {row[0] for row in rows}
        if product_ids is not None and not product_ids:
            return []
        sizes_by_product = self._read_size_rows(product_ids)
        ingredients_by_product = self._read_ingredient_links(product_ids)
        today = self._today_index()
        config_aliases = self._config_aliases()
        price_cents = self.host.cents(p, "price")
        size_cents = self.host.cents(p, "size_price")
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
            days = special_days(row[_SPECIAL_DAYS]) if row[_IS_SPECIAL] else None
            reason = self._unavailable_reason(row, ingredients)
            if reason is None and days is not None and today not in days:
                reason = f"only on {days_text(days)}"  # a Tuesday special is not sold on Saturday
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
            allergens = [a.lower() for a in split_list(row[_ALLERGENS])]
            allergens += [n.lower() for n, _, is_allergen in ingredients if is_allergen]
            aliases = split_list(row[_ALIASES]) + config_aliases.get(name.lower(), ())
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
        size = self.host.schema.size
        out: dict[t.Any, list[tuple[str, Decimal | None, Decimal | None, t.Any]]] = {}
        if size is None:
            return out
        cols: list[t.Any] = [size.pk_column, size.columns["product_id"], size.columns["name"]]
        for role in ("price", "price_delta", "active"):
            column = size.col(role)
            cols.append(column if column is not None else sa.null())
        order_by = [size.columns["sort"]] if size.has("sort") else []
        stmt = sa.select(*(c.label(f"c{i}") for i, c in enumerate(cols))).order_by(*order_by, size.pk_column)
        if product_ids is not None:
            stmt = stmt.where(size.columns["product_id"].in_(product_ids))
        price_cents, delta_cents = self.host.cents(size, "price"), self.host.cents(size, "price_delta")
        for size_id, product_id, name, price, delta, active in self.host.session.execute(stmt):
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
        ingredient, link = self.host.schema.ingredient, self.host.schema.product_ingredient
        out: dict[t.Any, list[tuple[str, bool, bool]]] = {}
        if ingredient is None or link is None or not ingredient.has("name"):
            return out
        cols: list[t.Any] = [link.columns["product_id"], ingredient.columns["name"]]
        for role in ("stock", "available", "allergen"):
            column = ingredient.col(role)
            cols.append(column if column is not None else sa.null())
        stmt = sa.select(*(c.label(f"c{i}") for i, c in enumerate(cols))).select_from(
            link.table.join(ingredient.table, link.columns["ingredient_id"] == ingredient.pk_column))
        if product_ids is not None:
            stmt = stmt.where(link.columns["product_id"].in_(product_ids))
        # Many products share an ingredient: convert each ingredient once.
        seen: dict[tuple[t.Any, ...], tuple[str, bool, bool]] = {}
        for product_id, *values in self.host.session.execute(stmt):
            key = tuple(values)
            entry = seen.get(key)
            if entry is None:
                name, stock, available, allergen = values
                in_stock = not (stock is not None and stock <= 0) and available is not False
                entry = seen[key] = (str(name or "").strip(), in_stock, bool(allergen))
            out.setdefault(product_id, []).append(entry)
        return out

    def read_modifiers(self, ids: set[t.Any] | None = None) -> tuple[Modifier, ...]:
        mod = self.host.schema.modifier
        if mod is None or not mod.has("name"):
            return ()
        cols: list[t.Any] = [mod.pk_column, mod.columns["name"]]
        for role in ("price", "category", "active"):
            column = mod.col(role)
            cols.append(column if column is not None else sa.null())
        stmt = sa.select(*(c.label(f"c{i}") for i, c in enumerate(cols))).order_by(
            mod.columns["name"], mod.pk_column)
        if ids is not None:
            if not ids:
                return ()
            stmt = stmt.where(mod.pk_column.in_(ids))
        price_cents = self.host.cents(mod, "price")
        return tuple(
            Modifier(id=modifier_id, name=str(name).strip(), price=to_decimal(price, price_cents),
                     category=str(category or "").strip().lower(), available=active is not False)
            for modifier_id, name, price, category, active in self.host.session.execute(stmt) if name)

    def _today_index(self) -> int:
        try:
            zone = ZoneInfo(self.host.settings.timezone or "UTC")
        except Exception:
            zone = ZoneInfo("UTC")
        return datetime.now(zone).weekday()

    def _config_aliases(self) -> dict[str, tuple[str, ...]]:
        """``POS_VOICE_MENU_ALIASES`` ({"pie": "Cheese Pizza"}) as item name -> aliases."""
        raw = self.host.settings.menu_aliases or {}
        out: dict[str, tuple[str, ...]] = {}
        if isinstance(raw, dict):
            for alias, target in raw.items():
                targets = target if isinstance(target, list | tuple) else [target]
                for name in targets:
                    key = str(name).strip().lower()
                    out[key] = (*out.get(key, ()), str(alias).strip())
        return out
