"""Find the host POS's menu, orders and customers by inspecting its SQLAlchemy models.

:func:`map_host` looks at every table on the host's metadata (and the mapped class behind
it, when there is one) and decides which table plays which part — products, categories,
sizes, modifiers, ingredients and their product links, orders, order lines, customers —
and which column plays which role in each (name, price, quantity, phone, status …). Names
are matched against the words POS databases use; types decide between candidates (a
price is a number, a creation time a datetime, an "active" flag a boolean).

Whatever it cannot infer the host sets in config:

``POS_VOICE_PRODUCT_MODEL`` / ``ORDER_MODEL`` / ``ORDER_ITEM_MODEL`` / ``CUSTOMER_MODEL`` /
``INGREDIENT_MODEL`` / ``CATEGORY_MODEL`` / ``MODIFIER_MODEL`` / ``SIZE_MODEL``
    class name or table name of that part (``""`` or ``"none"`` for the optional parts
    turns them off).
``POS_VOICE_COLUMNS``
    ``{"<part>.<role>": "<column>"}``, e.g. ``{"product.price": "cost_cents",
    "order.phone": "contact"}``; ``None`` as the value turns a role off. Parts:
    product, category, size, modifier, ingredient, product_ingredient, order, order_item,
    customer; roles: the keys of :data:`ROLE_NAMES` and :data:`FK_ROLES` (foreign keys such
    as ``"order.customer_id"``). ``"product.size_prices"`` takes a mapping of size name to
    price column (``{"small": "price_sm", "large": "price_lg"}``). Column names may be given
    as the column's name or the model attribute's.
``POS_VOICE_PRICE_UNIT``
    ``"auto"`` (integer columns and names with ``cents`` hold cents), ``"cents"`` or ``"decimal"``.
``POS_VOICE_ORDER_DEFAULTS``
    values for NOT NULL columns the plugin cannot fill: ``{"user_id": 1}`` for orders,
    ``{"order_item.station": "pizza"}`` / ``{"customer.store_id": 1}`` for the others; a
    callable is called for each order. A column named here is filled with that value even
    when it plays a role (``{"type": "phone"}`` where ``orders.type`` is the sales channel).

Sizes come from price columns (``price_small``/``price_large``, ``large_price_cents`` …), a
sizes table (product FK + name + price or upcharge) or one product row per size (a ``size``
column; rows with the same name are one item). Names in camelCase or with a ``tbl_``/``pos_``
prefix are recognised too.

Nothing here raises for a host it cannot map: it returns ``Problem`` values naming the key
that fixes them.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa

from ..settings import PREFIX, Settings
from .order_values import check_required, choose_values
from .rewards import find_ledger
from .schema import HostSchema, TableMap, column_kind, kind_fits, norm_name, table_word
from .types import Problem
from .vocabulary import (
    CATEGORY_FKS,
    CATEGORY_HINTS,
    CLEAR_MODIFIER_NAMES,
    FK_ROLES,
    MONEY,
    NOT_MENU_NAMES,
    NOT_ORDER_NAMES,
    NOT_PRODUCT_NAMES,
    NOT_SIZES,
    PART_KEYS,
    PART_WORDS,
    ROLE_NAMES,
    SIZE_PRICE,
    SIZE_WORDS,
    STAFF_TABLE_NAMES,
    TABLE_NAMES,
)

__all__ = ["FK_ROLES", "PART_KEYS", "ROLE_NAMES", "TABLE_NAMES", "HostSchema", "TableMap", "column_kind",
           "map_host"]


class Mapper:
    """One pass over the host's tables; collects problems instead of raising."""

    def __init__(self, db: t.Any, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.problems: list[Problem] = []
        self.price_unit = str(settings.price_unit or "auto").lower()
        if self.price_unit not in ("auto", "cents", "decimal"):
            self.problems.append(Problem(PREFIX + "PRICE_UNIT", f"{PREFIX}PRICE_UNIT must be 'auto', 'cents' "
                                         f"or 'decimal', got {self.price_unit!r}"))
            self.price_unit = "auto"
        self.models: dict[str, type] = {}  # table fullname -> mapped class
        self.class_names: dict[str, str] = {}  # class name -> table fullname
        self.tables: dict[str, sa.Table] = {}
        for table in db.metadata.tables.values():
            if table.name.startswith("voice_") or table.name == "alembic_version":
                continue
            self.tables[table.fullname] = table
        for mapper in db.Model.registry.mappers:
            local = mapper.local_table
            if mapper.inherits is not None or not isinstance(local, sa.Table):
                continue
            if local.fullname in self.tables:
                self.models[local.fullname] = mapper.class_
                self.class_names[mapper.class_.__name__] = local.fullname
        raw_columns = settings.columns or {}
        self.column_overrides: dict[str, t.Any] = dict(raw_columns) if isinstance(raw_columns, dict) else {}
        if not isinstance(raw_columns, dict):
            self.problems.append(Problem(PREFIX + "COLUMNS", f"{PREFIX}COLUMNS must be a mapping like "
                                         '{"product.price": "cost_cents"}'))
        self.used: set[str] = set()
        rewards_column = settings.rewards_column
        if rewards_column is not None and "customer.points" not in self.column_overrides:
            # POS_VOICE_REWARDS_COLUMN is POS_VOICE_COLUMNS["customer.points"] by its own name
            off = str(rewards_column).strip().lower() in ("", "none")
            self.column_overrides["customer.points"] = None if off else str(rewards_column)
        for key in self.column_overrides:
            part, _, role = str(key).partition(".")
            known = {*ROLE_NAMES.get(part, {}), *FK_ROLES.get(part, ())} | (
                {"size_prices"} if part == "product" else set())
            if role not in known:
                hint = (f"{part} roles are: {', '.join(sorted(known))}" if known else
                        f"parts are: {', '.join(sorted(ROLE_NAMES))}")
                self.problems.append(Problem(PREFIX + "COLUMNS", f"{PREFIX}COLUMNS key {key!r} is not a "
                                             f"<part>.<role> pos_voice knows ({hint}); it is ignored",
                                             blocking=False))

    # --- helpers
    def table_list(self) -> str:
        return ", ".join(sorted(tb.name for tb in self.tables.values())) or "(no tables)"

    def override(self, part: str) -> tuple[bool, sa.Table | None]:
        """(configured?, table) for a ``POS_VOICE_*_MODEL`` key."""
        key = PREFIX + PART_KEYS[part]
        value = getattr(self.settings, PART_KEYS[part].lower())
        if value is None:
            return False, None
        if isinstance(value, type):
            table = getattr(value, "__table__", None)
            if isinstance(table, sa.Table) and table.fullname in self.tables:
                return True, table
            value = value.__name__
        name = str(value).strip()
        if name == "" or name.lower() == "none":
            return True, None
        fullname = self.class_names.get(name, name)
        table = self.tables.get(fullname)
        if table is None:
            table = next((tb for tb in self.tables.values() if tb.name == name), None)
        if table is None:
            self.problems.append(Problem(key, f"{key} = {name!r} is not a model or table of this app; "
                                         f"its tables are: {self.table_list()}"))
            return True, None
        return True, table

    def make(self, part: str, table: sa.Table) -> TableMap:
        self.used.add(table.fullname)
        tm = TableMap(part, table, self.models.get(table.fullname))
        pk_names = {c.name for c in table.primary_key.columns}
        taken: set[str] = set()
        for role, (names, kinds) in ROLE_NAMES.get(part, {}).items():
            override = self._column_override(part, role, table)
            if override is False:
                continue
            column = override if isinstance(override, sa.Column) else self._find_column(
                table, names, kinds, exclude=taken | pk_names)
            if isinstance(override, sa.Column):
                tm.configured.add(role)
            if column is not None:
                tm.columns[role] = column
                taken.add(column.name)
                if MONEY in kinds:
                    tm.cents[role] = tm.is_cents(column, self.price_unit)
        return tm

    def _column_override(self, part: str, role: str, table: sa.Table) -> sa.Column[t.Any] | bool | None:
        """The configured column, ``False`` when configured off, ``None`` when not configured."""
        key = f"{part}.{role}"
        if key not in self.column_overrides:
            return None
        name = self.column_overrides[key]
        if name is None or name == "":
            return False
        column = self.find_named_column(table, str(name))
        if column is None:
            self.problems.append(Problem(PREFIX + "COLUMNS", f"{PREFIX}COLUMNS[{key!r}] = {name!r}: "
                                         f"{table.name} has no such column (it has: "
                                         f"{', '.join(c.name for c in table.columns)})"))
            return False
        return column

    def find_named_column(self, table: sa.Table, name: str) -> sa.Column[t.Any] | None:
        if name in table.c:
            return t.cast(sa.Column[t.Any], table.c[name])
        for column in table.columns:
            if column.name == name:
                return t.cast(sa.Column[t.Any], column)
        model = self.models.get(table.fullname)
        if model is not None:
            prop: t.Any = sa.inspect(model).attrs.get(name)
            if prop is not None and hasattr(prop, "columns"):
                return t.cast(sa.Column[t.Any], prop.columns[0])
        return None

    @staticmethod
    def _find_column(table: sa.Table, names: tuple[str, ...], kinds: frozenset[str],
                     exclude: set[str]) -> sa.Column[t.Any] | None:
        by_name = {norm_name(c.name): c for c in table.columns if c.name not in exclude}
        for name in names:
            column = by_name.get(name)
            if column is not None and kind_fits(column, kinds) and not column.foreign_keys:
                return t.cast(sa.Column[t.Any], column)
        return None

    def fk_to(self, table: sa.Table, target: sa.Table,
              role_key: str | None = None) -> sa.Column[t.Any] | None:
        """The column of ``table`` that references ``target`` (an override in COLUMNS wins)."""
        if role_key is not None and role_key in self.column_overrides:
            name = self.column_overrides[role_key]
            if not name:
                return None
            column = self.find_named_column(table, str(name))
            if column is None:
                self.problems.append(Problem(PREFIX + "COLUMNS", f"{PREFIX}COLUMNS[{role_key!r}] = {name!r}: "
                                             f"{table.name} has no such column"))
            return column
        for fk in table.foreign_keys:
            if _fk_target(fk) is target:
                return t.cast(sa.Column[t.Any], fk.parent)
        return None

    def by_name(self, part: str, *, exclude: set[str] | None = None) -> list[sa.Table]:
        skip = (exclude or set()) | self.used
        hits: list[sa.Table] = []
        for name in TABLE_NAMES[part]:
            for table in self.tables.values():
                if table_word(table) == name and table.fullname not in skip and table not in hits:
                    hits.append(table)
        return hits

    def pick(self, part: str, candidates: list[sa.Table], *, required: bool) -> sa.Table | None:
        key = PREFIX + PART_KEYS[part]
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            if required:
                self.problems.append(Problem(key, f"no {PART_WORDS[part]} table found among: "
                                             f"{self.table_list()} — set {key}"))
            return None
        names = ", ".join(tb.name for tb in candidates)
        if required:
            self.problems.append(Problem(key, f"several tables could be the {PART_WORDS[part]}: {names} — "
                                         f"set {key} to the right one"))
        else:
            self.problems.append(Problem(key, f"several tables could be the {PART_WORDS[part]}: {names}; "
                                         f"none used — set {key} to use one", blocking=False))
        return None

    # --- parts
    def find_part(self, part: str, finder: t.Callable[[], list[sa.Table]], *,
                  required: bool) -> TableMap | None:
        configured, table = self.override(part)
        if configured:
            return self.make(part, table) if table is not None else None
        table = self.pick(part, finder(), required=required)
        return self.make(part, table) if table is not None else None

    def product_candidates(self) -> list[sa.Table]:
        named = [tb for tb in self.by_name("product") if self._menu_like(tb)]
        if len(named) > 1:
            # "items" and "products" side by side: a priced table beats an unpriced one.
            priced = [tb for tb in named if self._menu_like(tb, strict=True)]
            named = priced or named
        if named:
            return named
        return [tb for tb in self.tables.values() if tb.fullname not in self.used
                and self._menu_like(tb, strict=True) and not self._has(tb, "quantity", "qty")
                and table_word(tb) not in NOT_PRODUCT_NAMES and table_word(tb) not in NOT_MENU_NAMES]

    def _menu_like(self, table: sa.Table, strict: bool = False, part: str = "product") -> bool:
        """Has a name column (and, when ``strict``, a price) as ``part`` understands them."""
        names, kinds = ROLE_NAMES[part]["name"]
        if self._find_column(table, names, kinds, set()) is None:
            return False
        price_names, price_kinds = ROLE_NAMES[part]["price"]
        has_price = self._find_column(table, price_names, price_kinds, set()) is not None
        return has_price or bool(self.size_price_columns(table)) or not strict

    @staticmethod
    def _has(table: sa.Table, *names: str) -> bool:
        return any(name in table.c for name in names)

    def size_price_columns(self, table: sa.Table) -> dict[str, sa.Column[t.Any]]:
        found: dict[str, sa.Column[t.Any]] = {}
        for column in table.columns:
            match = SIZE_PRICE.match(norm_name(column.name))
            if not match or not kind_fits(column, frozenset({MONEY})):
                continue
            raw = match.group("a") or match.group("b")
            if raw in NOT_SIZES:
                continue
            found[SIZE_WORDS.get(raw, raw.replace("_", " "))] = t.cast(sa.Column[t.Any], column)
        return found

    def referencing(self, target: sa.Table, *, exclude: set[str] | None = None) -> list[sa.Table]:
        skip = (exclude or set()) | self.used
        return [tb for tb in self.tables.values() if tb.fullname not in skip
                and any(_fk_target(fk) is target for fk in tb.foreign_keys)]

    def fk_targets(self, table: sa.Table) -> list[sa.Table]:
        out: list[sa.Table] = []
        for fk in table.foreign_keys:
            target = _fk_target(fk)
            if target is not None and target is not table and target not in out:
                out.append(target)
        return out




def _fk_target(fk: sa.ForeignKey) -> sa.Table | None:
    try:
        return t.cast(sa.Table, fk.column.table)
    except Exception:  # the referenced table is not on this metadata
        return None


def map_host(db: t.Any, settings: Settings) -> tuple[HostSchema | None, list[Problem]]:
    """Inspect the host's models (``settings``: the app's, for the ``*_MODEL``, ``COLUMNS`` and
    order-value keys); return the schema (None when unusable) and the problems found."""
    m = Mapper(db, settings)
    if not m.tables:
        m.problems.append(Problem(PREFIX + "PRODUCT_MODEL", "the host's db has no tables defined: define the "
                                  "models (import them) before app.register_blueprint(voice_bp)"))
        return None, m.problems

    product = m.find_part("product", m.product_candidates, required=True)
    if product is None:
        return None, m.problems
    _finish_product(m, product)

    order_item, order = _find_orders(m, product)
    if order is None or order_item is None:
        return None, m.problems
    if not all(_has_single_pk(m, tm) for tm in (product, order, order_item)):
        return None, m.problems
    _finish_order_item(m, order_item, order, product)

    customer = m.find_part("customer", lambda: _customer_candidates(m, order), required=False)
    if customer is not None and not _has_single_pk(m, customer):
        customer = None
    if customer is not None:
        if customer.col("phone") is None:
            m.problems.append(Problem(PREFIX + "COLUMNS", f"customers table {customer.table_name} has no "
                                      f"phone column: set {PREFIX}COLUMNS['customer.phone']; returning "
                                      "callers are found from past orders only", blocking=False))
            customer = None
        else:
            fk = m.fk_to(order.table, customer.table, "order.customer_id")
            if fk is not None:
                order.columns["customer_id"] = fk

    schema = HostSchema(product=product, order=order, order_item=order_item, customer=customer,
                        price_unit=m.price_unit)
    schema.category, schema.category_parents = _find_category(m, product)
    schema.size = _find_sizes(m, product, order_item)
    schema.ingredient, schema.product_ingredient = _find_ingredients(m, product)
    find_ledger(m, schema)
    schema.modifier = m.find_part("modifier", lambda: _modifier_candidates(m), required=False)
    if schema.modifier is not None:
        fk = m.fk_to(schema.modifier.table, product.table, "modifier.product_id")
        if fk is not None:
            schema.modifier.columns["product_id"] = fk
    choose_values(m, schema)
    check_required(m, schema)
    _report_unstored(m, schema)
    if not any(order_item.has(role) for role in ("modifiers", "notes", "name")):
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order_item.table_name} has no column for modifiers "
                                  f"or notes: toppings and special requests do not reach the kitchen — set "
                                  f"{PREFIX}COLUMNS['order_item.notes']", blocking=False))
    return schema, m.problems


def _report_unstored(m: Mapper, schema: HostSchema) -> None:
    order = schema.order
    notes = order.col("notes")
    kept = f"kept in {order.table_name}.{notes.name} instead" if notes is not None else "lost"
    for gap in schema.unstored(m.settings.order_types):
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order.table_name} has no column for {gap.what}: "
                                  f"it is {kept} — set {PREFIX}COLUMNS['{gap.role}'] to the column that "
                                  "should keep it", blocking=False))


def _modifier_candidates(m: Mapper) -> list[sa.Table]:
    # "options"/"extras" may be anything (settings, say): those need a price column to count.
    return [tb for tb in m.by_name("modifier")
            if m._menu_like(tb, strict=table_word(tb) not in CLEAR_MODIFIER_NAMES, part="modifier")]


def _has_single_pk(m: Mapper, tm: TableMap) -> bool:
    if len(tm.table.primary_key.columns) == 1:
        return True
    what = "no primary key" if not tm.table.primary_key.columns else "a composite primary key"
    key = PREFIX + PART_KEYS[tm.part]
    m.problems.append(Problem(key, f"{tm.table_name} has {what}; pos_voice needs one id column there — "
                              f"set {key} to another table"))
    return False


def _finish_product(m: Mapper, product: TableMap) -> None:
    if product.col("name") is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{product.table_name} has no name column: set "
                                  f"{PREFIX}COLUMNS['product.name']"))
    if "product.size_prices" not in m.column_overrides:
        sizes = {name: col for name, col in m.size_price_columns(product.table).items()
                 if product.col("price") is None or col is not product.col("price")}
        if len(sizes) >= 2 or (sizes and product.col("price") is None):
            product.size_columns = sizes
            product.cents["size_price"] = any(product.is_cents(c, m.price_unit) for c in sizes.values())
    else:
        # {"product.size_prices": {"small": "price_sm", "large": "price_lg"}}
        raw = m.column_overrides["product.size_prices"] or {}
        for size, name in dict(raw).items():
            column = m.find_named_column(product.table, str(name))
            if column is None:
                m.problems.append(Problem(PREFIX + "COLUMNS", f"{PREFIX}COLUMNS['product.size_prices'] names "
                                          f"{name!r}, which is not a column of {product.table_name}"))
                continue
            product.size_columns[str(size).lower()] = column
        if product.size_columns:
            product.cents["size_price"] = any(product.is_cents(c, m.price_unit)
                                              for c in product.size_columns.values())


def _find_orders(m: Mapper, product: TableMap) -> tuple[TableMap | None, TableMap | None]:
    """Order lines reference the products and the orders; find both together."""
    o_configured, o_table = m.override("order")
    i_configured, i_table = m.override("order_item")
    if (o_configured and o_table is None) or (i_configured and i_table is None):
        return None, None

    def order_like(table: sa.Table) -> bool:
        if table is product.table or table_word(table) in NOT_ORDER_NAMES:
            return False
        if table_word(table) in TABLE_NAMES["order"]:
            return True
        names, kinds = ROLE_NAMES["order"]["created_at"]
        return m._find_column(table, names, kinds, set()) is not None

    if o_table is None:
        named = m.by_name("order", exclude={product.table.fullname})
        if i_table is not None:
            targets = [tb for tb in m.fk_targets(i_table) if tb is not product.table and order_like(tb)]
            o_table = m.pick("order", targets, required=True)
        elif len(named) == 1:
            o_table = named[0]
        else:
            # Tables that have lines pointing at them and at the products.
            via_lines = []
            for line_table in m.referencing(product.table, exclude={product.table.fullname}):
                for target in m.fk_targets(line_table):
                    if target is not product.table and order_like(target) and target not in via_lines:
                        via_lines.append(target)
            named_via = [tb for tb in via_lines if tb in named]
            o_table = m.pick("order", named_via or via_lines or named, required=True)
    if o_table is None:
        return None, None
    m.used.add(o_table.fullname)
    if i_table is None:
        lines = [tb for tb in m.referencing(o_table) if tb is not product.table]
        with_qty = [tb for tb in lines if m._find_column(tb, *ROLE_NAMES["order_item"]["quantity"], set())
                    is not None]
        named = [tb for tb in m.by_name("order_item") if tb in lines]
        linked = [tb for tb in (with_qty or lines) if any(_fk_target(fk) is product.table
                                                          for fk in tb.foreign_keys)]
        candidates = named or linked or with_qty
        if len(candidates) > 1:
            both = [tb for tb in candidates if tb in linked and tb in with_qty]
            candidates = both or candidates
        i_table = m.pick("order_item", candidates, required=True)
    if i_table is None:
        return None, None
    order = m.make("order", o_table)
    _rate_not_amount(order)
    order_item = m.make("order_item", i_table)
    return order_item, order


def _rate_not_amount(order: TableMap) -> None:
    """A "tax" column whose type keeps 3+ decimals (``NUMERIC(6, 5)``) holds the rate, not the amount."""
    tax = order.col("tax")
    scale = getattr(tax.type, "scale", None) if tax is not None else None
    if tax is None or "tax" in order.configured or "tax_rate" in order.columns \
            or isinstance(tax.type, sa.Float) or not isinstance(scale, int) or scale < 3:
        return
    order.columns["tax_rate"] = order.columns.pop("tax")
    order.cents.pop("tax", None)
    order.why["tax_rate"] = f"its type keeps {scale} decimals, so it holds the rate"


def _finish_order_item(m: Mapper, order_item: TableMap, order: TableMap, product: TableMap) -> None:
    fk_order = m.fk_to(order_item.table, order.table, "order_item.order_id")
    if fk_order is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order_item.table_name} has no foreign key to "
                                  f"{order.table_name}: set {PREFIX}COLUMNS['order_item.order_id']"))
    else:
        order_item.columns["order_id"] = fk_order
    fk_product = m.fk_to(order_item.table, product.table, "order_item.product_id")
    if fk_product is not None:
        order_item.columns["product_id"] = fk_product
    elif order_item.col("name") is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order_item.table_name} has neither a foreign key to "
                                  f"{product.table_name} nor an item name column: set "
                                  f"{PREFIX}COLUMNS['order_item.product_id']"))
    if order_item.col("quantity") is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order_item.table_name} has no quantity column: each "
                                  "unit is written as its own line", blocking=False))


def _customer_candidates(m: Mapper, order: TableMap) -> list[sa.Table]:
    targets = [tb for tb in m.fk_targets(order.table) if tb.fullname not in m.used]
    phone_names, phone_kinds = ROLE_NAMES["customer"]["phone"]
    with_phone = [tb for tb in targets if m._find_column(tb, phone_names, phone_kinds, set()) is not None
                  and table_word(tb) not in STAFF_TABLE_NAMES]
    named = m.by_name("customer")
    return [tb for tb in with_phone if tb in named] or with_phone[:1] or named


def _category_like(m: Mapper, table: sa.Table) -> bool:
    """A level of the menu's tree: named like one, or pointing at a category table or at itself."""
    names, kinds = ROLE_NAMES["category"]["name"]
    if m._find_column(table, names, kinds, set()) is None:
        return False
    word = table_word(table)
    if word in TABLE_NAMES["category"] or any(hint in word for hint in CATEGORY_HINTS):
        return True
    return any(target is table or (target is not None and table_word(target) in TABLE_NAMES["category"])
               for target in map(_fk_target, table.foreign_keys))


def _find_category(m: Mapper, product: TableMap) -> tuple[TableMap | None, list[TableMap]]:
    """The product's category table and that table's ancestors (category -> group -> item menus)."""
    def candidates() -> list[sa.Table]:
        targets = [tb for tb in m.fk_targets(product.table) if tb.fullname not in m.used]
        named = [tb for tb in targets if table_word(tb) in TABLE_NAMES["category"]]
        by_column = [fk_target for fk in product.table.foreign_keys
                     if norm_name(fk.parent.name) in CATEGORY_FKS
                     and (fk_target := _fk_target(fk)) is not None]
        return named or by_column or [tb for tb in targets if _category_like(m, tb)]

    category = m.find_part("category", candidates, required=False)
    if category is None:
        return None, []
    fk = m.fk_to(product.table, category.table, "product.category_id")
    if fk is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{product.table_name} has no foreign key to "
                                  f"{category.table_name}: set {PREFIX}COLUMNS['product.category_id']",
                                  blocking=False))
        return None, []
    product.columns["category_id"] = fk
    return category, _category_parents(m, category)


#: Levels followed above the product's own category (item -> group -> category -> section).
_MAX_CATEGORY_DEPTH = 3


def _category_parents(m: Mapper, category: TableMap) -> list[TableMap]:
    parents: list[TableMap] = []
    level = category
    while len(parents) < _MAX_CATEGORY_DEPTH:
        parent_table = None
        parent_fk = None
        for fk in level.table.foreign_keys:
            target = _fk_target(fk)
            if target is None:
                continue
            if target is level.table or (target.fullname not in m.used and _category_like(m, target)):
                parent_table, parent_fk = target, t.cast(sa.Column[t.Any], fk.parent)
                break
        if parent_table is None or parent_fk is None:
            break
        level.columns["parent_id"] = parent_fk
        if parent_table is not level.table:
            m.used.add(parent_table.fullname)
        level = TableMap("category", parent_table, m.models.get(parent_table.fullname))
        for role, (names, kinds) in ROLE_NAMES["category"].items():
            column = m._find_column(parent_table, names, kinds, set())
            if column is not None:
                level.columns[role] = column
        parents.append(level)
    return parents


def _find_sizes(m: Mapper, product: TableMap, order_item: TableMap) -> TableMap | None:
    def candidates() -> list[sa.Table]:
        linked = m.referencing(product.table)
        named = [tb for tb in linked if table_word(tb) in TABLE_NAMES["size"]
                 or "size" in table_word(tb) or "variant" in table_word(tb)]
        return [tb for tb in named if m._menu_like(tb, part="size")]

    size = m.find_part("size", candidates, required=False)
    if size is None:
        return None
    fk = m.fk_to(size.table, product.table, "size.product_id")
    if fk is None or size.col("name") is None or not (size.has("price") or size.has("price_delta")):
        m.problems.append(Problem(PREFIX + "SIZE_MODEL", f"sizes table {size.table_name} needs a product "
                                  "foreign key, a name and a price column; sizes are not used",
                                  blocking=False))
        return None
    size.columns["product_id"] = fk
    fk_size = m.fk_to(order_item.table, size.table, "order_item.size_id")
    if fk_size is not None:
        order_item.columns["size_id"] = fk_size
    return size


def _find_ingredients(m: Mapper, product: TableMap) -> tuple[TableMap | None, TableMap | None]:
    def candidates() -> list[sa.Table]:
        names, kinds = ROLE_NAMES["ingredient"]["name"]
        return [tb for tb in m.by_name("ingredient") if m._find_column(tb, names, kinds, set()) is not None]

    ingredient = m.find_part("ingredient", candidates, required=False)
    if ingredient is None:
        return None, None
    links = [tb for tb in m.tables.values() if tb is not ingredient.table and tb is not product.table
             and any(_fk_target(fk) is product.table for fk in tb.foreign_keys)
             and any(_fk_target(fk) is ingredient.table for fk in tb.foreign_keys)]
    if not links:
        m.problems.append(Problem(PREFIX + "INGREDIENT_MODEL", f"no table links {product.table_name} to "
                                  f"{ingredient.table_name}: ingredient stock is not used for availability",
                                  blocking=False))
        return ingredient, None
    if len(links) > 1:
        named = [tb for tb in links if "ingredient" in table_word(tb) or "recipe" in table_word(tb)]
        links = named[:1] or links[:1]
    link = m.make("product_ingredient", links[0])
    product_fk = m.fk_to(link.table, product.table)
    ingredient_fk = m.fk_to(link.table, ingredient.table)
    if product_fk is None or ingredient_fk is None:  # pragma: no cover - found by these FKs above
        return ingredient, None
    link.columns["product_id"] = product_fk
    link.columns["ingredient_id"] = ingredient_fk
    return ingredient, link
