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

import re
import typing as t
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..config import PREFIX
from .types import Problem

#: Parts of the host schema and the config key that names each one's model.
PART_KEYS: dict[str, str] = {
    "product": "PRODUCT_MODEL",
    "order": "ORDER_MODEL",
    "order_item": "ORDER_ITEM_MODEL",
    "customer": "CUSTOMER_MODEL",
    "ingredient": "INGREDIENT_MODEL",
    "category": "CATEGORY_MODEL",
    "modifier": "MODIFIER_MODEL",
    "size": "SIZE_MODEL",
}

TABLE_NAMES: dict[str, tuple[str, ...]] = {
    "product": ("products", "menu_items", "items", "dishes", "menu", "product", "menu_item", "item",
                "dish", "menuitems", "menu_products", "food_items", "foods"),
    "order": ("orders", "tickets", "checks", "order", "ticket", "check", "sales", "bills",
              "customer_orders", "pos_orders"),
    "order_item": ("order_items", "ticket_items", "order_lines", "check_items", "line_items",
                   "order_details", "ticket_lines", "order_item", "orderitems", "order_line_items",
                   "sale_items", "bill_items"),
    "customer": ("customers", "guests", "clients", "patrons", "customer", "guest", "client",
                 "contacts"),
    "ingredient": ("ingredients", "inventory", "stock_items", "inventory_items", "ingredient",
                   "stock", "supplies"),
    "category": ("categories", "menu_categories", "product_categories", "sections", "menu_sections",
                 "category", "item_categories", "courses"),
    "modifier": ("modifiers", "toppings", "addons", "add_ons", "extras", "modifier_options",
                 "product_modifiers", "modifier", "topping", "options", "item_options"),
    "size": ("sizes", "product_sizes", "item_sizes", "menu_item_sizes", "variants",
             "product_variants", "item_variants", "portions", "size_options"),
}

_MONEY = "money"
_STR, _INT, _NUM, _BOOL, _TIME, _JSON = "str", "int", "num", "bool", "time", "json"

#: Column names recognised for each role, best first, with the kinds of type allowed.
ROLE_NAMES: dict[str, dict[str, tuple[tuple[str, ...], frozenset[str]]]] = {
    "product": {
        "name": (("name", "title", "item_name", "product_name", "display_name", "label"), frozenset({_STR})),
        "price": (("price", "price_cents", "base_price", "base_price_cents", "unit_price",
                   "unit_price_cents", "amount", "amount_cents", "list_price", "menu_price"),
                  frozenset({_MONEY})),
        "description": (("description", "desc", "details", "long_description", "blurb", "summary"),
                        frozenset({_STR})),
        "category": (("category", "category_name", "section", "course", "menu_section", "menu_category",
                      "group", "kind"), frozenset({_STR})),
        "size": (("size", "size_name", "portion"), frozenset({_STR})),
        "active": (("active", "is_active", "available", "is_available", "enabled", "in_stock",
                    "on_menu", "visible", "is_visible"), frozenset({_BOOL})),
        "inactive": (("discontinued", "archived", "is_archived", "deleted", "is_deleted", "hidden",
                      "is_hidden", "sold_out", "is_sold_out", "eighty_sixed", "is_86d", "is_86ed"),
                     frozenset({_BOOL})),
        "stock": (("stock_count", "stock", "stock_qty", "stock_quantity", "quantity_on_hand", "qty_on_hand",
                   "on_hand", "inventory", "inventory_count", "quantity_available", "available_quantity",
                   "count_available", "remaining"), frozenset({_INT, _NUM})),
        "is_special": (("is_special", "special", "featured", "is_featured", "daily_special",
                        "is_daily_special", "is_promo"), frozenset({_BOOL})),
        "special_days": (("special_days", "special_day", "special_on", "specials_days"), frozenset({_STR})),
        "aliases": (("aliases", "alias", "nicknames", "synonyms", "also_known_as", "spoken_names"),
                    frozenset({_STR, _JSON})),
        "allergens": (("allergens", "allergen", "allergy_info", "allergen_info", "contains"),
                      frozenset({_STR, _JSON})),
        "sort": (("sort_order", "position", "display_order", "sort", "menu_order", "ordering"),
                 frozenset({_INT, _NUM})),
    },
    "category": {
        "name": (("name", "title", "label", "category_name", "display_name"), frozenset({_STR})),
        "sort": (("sort_order", "position", "display_order", "sort", "ordering"), frozenset({_INT, _NUM})),
        "active": (("active", "is_active", "enabled", "visible"), frozenset({_BOOL})),
    },
    "size": {
        "name": (("name", "size_name", "size", "label", "title", "portion"), frozenset({_STR})),
        "price": (("price", "price_cents", "amount", "amount_cents", "unit_price", "unit_price_cents"),
                  frozenset({_MONEY})),
        "price_delta": (("price_delta", "price_delta_cents", "upcharge", "upcharge_cents", "surcharge",
                         "extra", "extra_cents", "additional_price", "price_adjustment", "delta"),
                        frozenset({_MONEY})),
        "sort": (("sort_order", "position", "display_order", "sort", "ordering"), frozenset({_INT, _NUM})),
        "active": (("active", "is_active", "available", "is_available", "enabled"), frozenset({_BOOL})),
    },
    "modifier": {
        "name": (("name", "title", "label", "modifier_name", "topping_name", "display_name"),
                 frozenset({_STR})),
        "price": (("price", "price_cents", "extra_price", "extra_price_cents", "upcharge", "upcharge_cents",
                   "amount", "amount_cents", "additional_price"), frozenset({_MONEY})),
        "category": (("category", "group", "group_name", "kind", "type", "modifier_group"),
                     frozenset({_STR})),
        "active": (("active", "is_active", "available", "is_available", "enabled", "in_stock"),
                   frozenset({_BOOL})),
    },
    "ingredient": {
        "name": (("name", "title", "ingredient_name", "item_name", "label"), frozenset({_STR})),
        "stock": (("stock", "stock_qty", "stock_quantity", "stock_count", "stock_level", "quantity", "qty",
                   "on_hand", "quantity_on_hand", "qty_on_hand", "current_stock", "amount", "count",
                   "remaining"), frozenset({_INT, _NUM})),
        "available": (("in_stock", "available", "is_available", "active", "is_active"), frozenset({_BOOL})),
        "allergen": (("is_allergen", "allergen"), frozenset({_BOOL})),
    },
    "product_ingredient": {},
    "order": {
        "number": (("order_number", "number", "ticket_no", "ticket_number", "order_no", "check_number",
                    "check_no", "receipt_number", "display_number", "order_num", "ticket_num"),
                   frozenset({_STR, _INT})),
        "name": (("customer_name", "guest_name", "client_name", "contact_name", "name", "caller_name"),
                 frozenset({_STR})),
        "phone": (("phone", "phone_number", "customer_phone", "guest_phone", "contact_phone", "telephone",
                   "tel", "mobile", "contact_number", "callback_number", "caller_phone"), frozenset({_STR})),
        "address": (("delivery_address", "address", "customer_address", "address_line1", "street",
                     "guest_address"), frozenset({_STR})),
        "created_at": (("created_at", "opened_at", "created", "ordered_at", "placed_at", "timestamp",
                        "order_time", "created_on", "order_date", "date", "opened"), frozenset({_TIME})),
        "status": (("status", "state", "order_status", "ticket_status"), frozenset({_STR})),
        "type": (("order_type", "type", "service_type", "fulfillment", "fulfillment_type", "fulfilment",
                  "dining_option", "kind", "mode"), frozenset({_STR})),
        "source": (("source", "channel", "origin", "order_source", "placed_via", "via", "sales_channel"),
                   frozenset({_STR})),
        "subtotal": (("subtotal", "subtotal_cents", "sub_total", "sub_total_cents"), frozenset({_MONEY})),
        "tax": (("tax", "tax_cents", "tax_amount", "tax_amount_cents", "sales_tax"), frozenset({_MONEY})),
        "delivery_fee": (("delivery_fee", "delivery_fee_cents", "delivery_charge", "delivery_charge_cents"),
                         frozenset({_MONEY})),
        "total": (("total", "total_cents", "total_amount", "total_amount_cents", "grand_total",
                   "grand_total_cents", "total_price", "total_price_cents", "amount", "amount_cents"),
                  frozenset({_MONEY})),
        "notes": (("notes", "note", "special_instructions", "instructions", "comments", "comment",
                   "kitchen_notes", "memo"), frozenset({_STR})),
        "allergies": (("allergies", "allergy_notes", "allergy", "allergy_info"), frozenset({_STR})),
    },
    "order_item": {
        "name": (("name", "item_name", "product_name", "title", "description", "label"), frozenset({_STR})),
        "quantity": (("quantity", "qty", "count", "units"), frozenset({_INT, _NUM})),
        "unit_price": (("unit_price", "unit_price_cents", "price", "price_cents", "price_each",
                        "price_each_cents", "item_price", "item_price_cents"), frozenset({_MONEY})),
        "line_total": (("line_total", "line_total_cents", "total", "total_cents", "total_price",
                        "total_price_cents", "subtotal", "subtotal_cents", "amount", "amount_cents",
                        "extended_price"), frozenset({_MONEY})),
        "size": (("size", "size_name", "portion", "variant"), frozenset({_STR})),
        "modifiers": (("modifiers", "modifications", "options", "toppings", "mods", "customizations",
                       "extras", "add_ons", "addons"), frozenset({_STR, _JSON})),
        "notes": (("notes", "note", "special_instructions", "instructions", "comments", "comment"),
                  frozenset({_STR})),
    },
    "customer": {
        "name": (("name", "full_name", "customer_name", "display_name", "guest_name"), frozenset({_STR})),
        "first_name": (("first_name", "firstname", "given_name", "fname"), frozenset({_STR})),
        "last_name": (("last_name", "lastname", "surname", "family_name", "lname"), frozenset({_STR})),
        "phone": (("phone", "phone_number", "mobile", "telephone", "tel", "cell", "contact_number",
                   "customer_phone", "guest_phone"), frozenset({_STR})),
        "address": (("address", "delivery_address", "street_address", "address_line1", "street"),
                    frozenset({_STR})),
        "created_at": (("created_at", "created", "joined_at", "created_on"), frozenset({_TIME})),
        "order_count": (("order_count", "orders_count", "visit_count", "visits", "total_orders",
                         "num_orders"), frozenset({_INT})),
        "last_order_at": (("last_order_at", "last_visit", "last_visit_at", "last_seen", "last_order_date",
                           "last_ordered_at"), frozenset({_TIME})),
    },
}

#: Roles that are foreign keys (found by following FKs, not by name).
FK_ROLES: dict[str, tuple[str, ...]] = {
    "product": ("category_id",),
    "size": ("product_id",),
    "modifier": ("product_id",),
    "product_ingredient": ("product_id", "ingredient_id"),
    "order": ("customer_id",),
    "order_item": ("order_id", "product_id", "size_id"),
}

_SIZE_WORDS = {
    "s": "small", "sm": "small", "sml": "small", "m": "medium", "med": "medium", "md": "medium",
    "l": "large", "lg": "large", "lrg": "large", "xl": "extra large", "xlarge": "extra large",
    "x_large": "extra large", "extra_large": "extra large", "reg": "regular", "personal": "personal",
}
_NOT_SIZES = {"base", "unit", "list", "sale", "cost", "retail", "special", "promo", "discount", "original",
              "old", "new", "per", "total", "menu", "each", "item", "delta", "extra", "min", "max", "avg"}
_SIZE_PRICE = re.compile(r"^(?:price_(?P<a>[a-z0-9_]+?)|(?P<b>[a-z0-9_]+?)_price)(?:_cents)?$")


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TABLE_PREFIXES = ("tbl_", "tb_", "pos_", "app_", "core_", "t_")


def norm_name(name: str) -> str:
    """``unitPrice`` / ``Unit Price`` / ``unit-price`` -> ``unit_price``."""
    return re.sub(r"[\s\-]+", "_", _CAMEL.sub("_", name.strip())).lower()


def table_word(table: sa.Table) -> str:
    """A table's name as compared with :data:`TABLE_NAMES`: ``tbl_MenuItems`` -> ``menu_items``."""
    word = norm_name(table.name)
    for prefix in _TABLE_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return word


def column_kind(column: sa.Column[t.Any]) -> str | None:
    """``str``/``int``/``num``/``bool``/``time``/``json`` for a column's type, or None."""
    typ = column.type
    if isinstance(typ, sa.Boolean):
        return _BOOL
    if isinstance(typ, sa.Integer):
        return _INT
    if isinstance(typ, sa.Numeric):
        return _NUM
    if isinstance(typ, sa.DateTime | sa.Date):
        return _TIME
    if isinstance(typ, sa.String | sa.Enum):
        return _STR
    if isinstance(typ, sa.JSON):
        return _JSON
    return None


def _kind_fits(column: sa.Column[t.Any], kinds: frozenset[str]) -> bool:
    kind = column_kind(column)
    if kind is None:
        return False
    if kind in kinds:
        return True
    return _MONEY in kinds and kind in (_INT, _NUM)


@dataclass
class TableMap:
    """One host table and the columns that play each role in it."""

    part: str
    table: sa.Table
    model: type | None
    columns: dict[str, sa.Column[t.Any]] = field(default_factory=dict)
    cents: dict[str, bool] = field(default_factory=dict)  # money role -> stores integer cents
    size_columns: dict[str, sa.Column[t.Any]] = field(default_factory=dict)  # size name -> price column

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
        mapper = sa.inspect(self.model)
        try:
            return str(mapper.get_property_by_column(column).key)
        except Exception:
            return None

    def is_cents(self, column: sa.Column[t.Any], unit: str) -> bool:
        if unit == "cents":
            return True
        if unit == "decimal":
            return False
        return "cents" in norm_name(column.name) or column_kind(column) == _INT

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


@dataclass
class HostSchema:
    """Which host tables and columns hold the menu, the orders and the customers."""

    product: TableMap
    order: TableMap
    order_item: TableMap
    category: TableMap | None = None
    size: TableMap | None = None
    modifier: TableMap | None = None
    ingredient: TableMap | None = None
    product_ingredient: TableMap | None = None
    customer: TableMap | None = None
    price_unit: str = "auto"
    source_value: str | None = "voice"
    status_value: str | None = None  # written when the order has a status column without a default
    type_values: dict[str, str] = field(default_factory=dict)  # "pickup"/"delivery" -> host value
    order_defaults: dict[str, dict[str, t.Any]] = field(default_factory=dict)  # part -> {column: value}
    customer_writable: bool = True  # False: existing customers are linked, new callers not added

    def parts(self) -> dict[str, TableMap]:
        out: dict[str, TableMap] = {}
        for part in ("product", "category", "size", "modifier", "ingredient", "product_ingredient",
                     "order", "order_item", "customer"):
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

    def describe(self) -> dict[str, t.Any]:
        out: dict[str, t.Any] = {part: tm.describe() for part, tm in self.parts().items()}
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
        for part in ("customer", "ingredient", "size", "modifier"):
            if getattr(self, part) is None:
                lines.append(f"{part}: none (set {PREFIX}{PART_KEYS[part]} if the host has one)")
        if self.order_defaults:
            lines.append(f"fixed values ({PREFIX}ORDER_DEFAULTS): {self.order_defaults}")
        return lines


class _Mapper:
    """One pass over the host's tables; collects problems instead of raising."""

    def __init__(self, db: t.Any, config: t.Mapping[str, t.Any]) -> None:
        self.db = db
        self.config = config
        self.problems: list[Problem] = []
        self.price_unit = str(config.get(PREFIX + "PRICE_UNIT") or "auto").lower()
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
        raw_columns = config.get(PREFIX + "COLUMNS") or {}
        self.column_overrides: dict[str, t.Any] = dict(raw_columns) if isinstance(raw_columns, dict) else {}
        if not isinstance(raw_columns, dict):
            self.problems.append(Problem(PREFIX + "COLUMNS", f"{PREFIX}COLUMNS must be a mapping like "
                                         '{"product.price": "cost_cents"}'))
        self.used: set[str] = set()
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
        value = self.config.get(key)
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
            column = self._column_override(part, role, table)
            if column is False:
                continue
            if column is None:
                column = self._find_column(table, names, kinds, exclude=taken | pk_names)
            if column is not None:
                tm.columns[role] = column
                taken.add(column.name)
                if _MONEY in kinds:
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
            prop = sa.inspect(model).attrs.get(name)
            if prop is not None and hasattr(prop, "columns"):
                return t.cast(sa.Column[t.Any], prop.columns[0])
        return None

    @staticmethod
    def _find_column(table: sa.Table, names: tuple[str, ...], kinds: frozenset[str],
                     exclude: set[str]) -> sa.Column[t.Any] | None:
        by_name = {norm_name(c.name): c for c in table.columns if c.name not in exclude}
        for name in names:
            column = by_name.get(name)
            if column is not None and _kind_fits(column, kinds) and not column.foreign_keys:
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
                self.problems.append(Problem(key, f"no {_PART_WORDS[part]} table found among: "
                                             f"{self.table_list()} — set {key}"))
            return None
        names = ", ".join(tb.name for tb in candidates)
        if required:
            self.problems.append(Problem(key, f"several tables could be the {_PART_WORDS[part]}: {names} — "
                                         f"set {key} to the right one"))
        else:
            self.problems.append(Problem(key, f"several tables could be the {_PART_WORDS[part]}: {names}; "
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
                and table_word(tb) not in _ALL_OTHER_NAMES]

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
            match = _SIZE_PRICE.match(norm_name(column.name))
            if not match or not _kind_fits(column, frozenset({_MONEY})):
                continue
            raw = match.group("a") or match.group("b")
            if raw in _NOT_SIZES:
                continue
            found[_SIZE_WORDS.get(raw, raw.replace("_", " "))] = t.cast(sa.Column[t.Any], column)
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


_PART_WORDS = {
    "product": "products/menu", "order": "orders", "order_item": "order-items/order-lines",
    "customer": "customers", "ingredient": "ingredients/stock", "category": "categories",
    "modifier": "modifiers/toppings", "size": "sizes",
}
_ALL_OTHER_NAMES = {name for part, names in TABLE_NAMES.items() if part != "product" for name in names}


def _fk_target(fk: sa.ForeignKey) -> sa.Table | None:
    try:
        return t.cast(sa.Table, fk.column.table)
    except Exception:  # the referenced table is not on this metadata
        return None


def map_host(db: t.Any, config: t.Mapping[str, t.Any]) -> tuple[HostSchema | None, list[Problem]]:
    """Inspect the host's models; return the schema (None when unusable) and the problems found."""
    m = _Mapper(db, config)
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
    schema.category = _find_category(m, product)
    schema.size = _find_sizes(m, product, order_item)
    schema.ingredient, schema.product_ingredient = _find_ingredients(m, product)
    schema.modifier = m.find_part("modifier", lambda: _modifier_candidates(m), required=False)
    if schema.modifier is not None:
        fk = m.fk_to(schema.modifier.table, product.table, "modifier.product_id")
        if fk is not None:
            schema.modifier.columns["product_id"] = fk
    _choose_values(m, schema)
    _check_required(m, schema)
    if order.col("phone") is None and customer is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order.table_name} has no phone column and there is "
                                  f"no customers table: the caller's number is not stored — set "
                                  f"{PREFIX}COLUMNS['order.phone']", blocking=False))
    if not any(order_item.has(role) for role in ("modifiers", "notes", "name")):
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{order_item.table_name} has no column for modifiers "
                                  f"or notes: toppings and special requests do not reach the kitchen — set "
                                  f"{PREFIX}COLUMNS['order_item.notes']", blocking=False))
    return schema, m.problems


_CLEAR_MODIFIER_NAMES = {"modifiers", "modifier", "toppings", "topping", "addons", "add_ons",
                         "modifier_options", "product_modifiers"}


def _modifier_candidates(m: _Mapper) -> list[sa.Table]:
    # "options"/"extras" may be anything (settings, say): those need a price column to count.
    return [tb for tb in m.by_name("modifier")
            if m._menu_like(tb, strict=table_word(tb) not in _CLEAR_MODIFIER_NAMES, part="modifier")]


def _has_single_pk(m: _Mapper, tm: TableMap) -> bool:
    if len(tm.table.primary_key.columns) == 1:
        return True
    what = "no primary key" if not tm.table.primary_key.columns else "a composite primary key"
    key = PREFIX + PART_KEYS[tm.part]
    m.problems.append(Problem(key, f"{tm.table_name} has {what}; pos_voice needs one id column there — "
                              f"set {key} to another table"))
    return False


def _finish_product(m: _Mapper, product: TableMap) -> None:
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


def _find_orders(m: _Mapper, product: TableMap) -> tuple[TableMap | None, TableMap | None]:
    """Order lines reference the products and the orders; find both together."""
    o_configured, o_table = m.override("order")
    i_configured, i_table = m.override("order_item")
    if (o_configured and o_table is None) or (i_configured and i_table is None):
        return None, None

    def order_like(table: sa.Table) -> bool:
        if table is product.table or table_word(table) in _NON_ORDER_NAMES:
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
    order_item = m.make("order_item", i_table)
    return order_item, order


_CATEGORY_FKS = ("category_id", "category", "section_id", "menu_category_id")
_NON_ORDER_NAMES = {name for part in ("customer", "ingredient", "category", "modifier", "size")
                    for name in TABLE_NAMES[part]}


def _finish_order_item(m: _Mapper, order_item: TableMap, order: TableMap, product: TableMap) -> None:
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


def _customer_candidates(m: _Mapper, order: TableMap) -> list[sa.Table]:
    targets = [tb for tb in m.fk_targets(order.table) if tb.fullname not in m.used]
    phone_names, phone_kinds = ROLE_NAMES["customer"]["phone"]
    with_phone = [tb for tb in targets if m._find_column(tb, phone_names, phone_kinds, set()) is not None
                  and table_word(tb) not in ("users", "staff", "employees", "user", "employee", "stores")]
    named = m.by_name("customer")
    return [tb for tb in with_phone if tb in named] or with_phone[:1] or named


def _find_category(m: _Mapper, product: TableMap) -> TableMap | None:
    def candidates() -> list[sa.Table]:
        targets = m.fk_targets(product.table)
        named = [tb for tb in targets if table_word(tb) in TABLE_NAMES["category"]]
        by_column = [fk_target for fk in product.table.foreign_keys
                     if norm_name(fk.parent.name) in _CATEGORY_FKS
                     and (fk_target := _fk_target(fk)) is not None]
        return named or by_column

    category = m.find_part("category", candidates, required=False)
    if category is None:
        return None
    fk = m.fk_to(product.table, category.table, "product.category_id")
    if fk is None:
        m.problems.append(Problem(PREFIX + "COLUMNS", f"{product.table_name} has no foreign key to "
                                  f"{category.table_name}: set {PREFIX}COLUMNS['product.category_id']",
                                  blocking=False))
        return None
    product.columns["category_id"] = fk
    return category


def _find_sizes(m: _Mapper, product: TableMap, order_item: TableMap) -> TableMap | None:
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


def _find_ingredients(m: _Mapper, product: TableMap) -> tuple[TableMap | None, TableMap | None]:
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


_NEW_STATUSES = ("new", "pending", "received", "open", "placed", "submitted", "queued", "NEW", "PENDING",
                 "OPEN", "RECEIVED")
_PICKUP_WORDS = ("pickup", "pick_up", "pick-up", "takeout", "take_out", "take-out", "carryout", "carry_out",
                 "to_go", "togo", "collection", "PICKUP", "TAKEOUT")
_DELIVERY_WORDS = ("delivery", "deliver", "DELIVERY")


def _enum_values(column: sa.Column[t.Any] | None) -> list[str] | None:
    if column is not None and isinstance(column.type, sa.Enum):
        return [str(v) for v in column.type.enums]
    return None


def _choose_values(m: _Mapper, schema: HostSchema) -> None:
    """Values written into status/type/source columns, honouring enums and ORDER_DEFAULTS."""
    order = schema.order
    _load_order_defaults(m, schema)
    fixed = schema.order_defaults.get("order", {})
    for role in ("status", "type", "source", "name", "phone", "notes", "number"):
        column = order.col(role)
        if column is not None and column.name in fixed:
            # The host told us what goes there: that column is not ours to fill.
            del order.columns[role]
    source_value = m.config.get(PREFIX + "ORDER_SOURCE_VALUE", "voice")
    schema.source_value = None if source_value in (None, "") else str(source_value)
    source = order.col("source")
    allowed = _enum_values(source)
    if allowed is not None and schema.source_value not in allowed:
        fallback = next((v for v in allowed if v.lower() in ("voice", "phone", "telephone", "call")), None)
        if fallback is None:
            m.problems.append(Problem(PREFIX + "ORDER_SOURCE_VALUE",
                                      f"{order.table_name}.{source.name} allows {allowed}, not "
                                      f"{schema.source_value!r}: set {PREFIX}ORDER_SOURCE_VALUE",
                                      blocking=False))
            order.columns.pop("source", None)
        schema.source_value = fallback
    status = order.col("status")
    if status is not None:
        allowed = _enum_values(status)
        if allowed is not None:
            schema.status_value = next((v for v in _NEW_STATUSES if v in allowed), allowed[0])
        elif status.default is None and status.server_default is None:
            schema.status_value = "new"
    kind = order.col("type")
    allowed = _enum_values(kind)
    if allowed is not None:
        pickup = next((v for v in allowed if v.lower() in _PICKUP_WORDS), None)
        delivery = next((v for v in allowed if v.lower() in _DELIVERY_WORDS), None)
        if pickup is None and delivery is None:
            # An enum of something else (dine-in/bar/phone …): not the order type.
            m.problems.append(Problem(PREFIX + "COLUMNS", f"{order.table_name}.{kind.name} allows {allowed}, "
                                      "none of them pickup or delivery: it is not used as the order type "
                                      f"(set {PREFIX}COLUMNS['order.type'] or {PREFIX}ORDER_DEFAULTS)",
                                      blocking=False))
            del order.columns["type"]
        else:
            schema.type_values = {k: v for k, v in (("pickup", pickup), ("delivery", delivery)) if v}


def _load_order_defaults(m: _Mapper, schema: HostSchema) -> None:
    raw = m.config.get(PREFIX + "ORDER_DEFAULTS") or {}
    if not isinstance(raw, dict):
        m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS must be a mapping like "
                                  '{"user_id": 1}'))
        return
    parts = {"order": schema.order, "order_item": schema.order_item, "customer": schema.customer}
    for key, value in raw.items():
        part, _, name = str(key).rpartition(".")
        part = part or "order"
        tm = parts.get(part)
        if tm is None:
            m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS key {key!r}: "
                                      f"use a column of the orders table, or order_item.<column> / "
                                      "customer.<column>", blocking=False))
            continue
        column = m.find_named_column(tm.table, name)
        if column is None:
            m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS", f"{PREFIX}ORDER_DEFAULTS key {key!r}: "
                                      f"{tm.table_name} has no column {name!r}"))
            continue
        schema.order_defaults.setdefault(part, {})[column.name] = value


_ALWAYS_FILLED: dict[str, set[str]] = {
    "order": {"number", "name", "phone", "address", "created_at", "status", "type", "source", "subtotal",
              "tax", "delivery_fee", "total", "notes", "allergies", "customer_id"},
    "order_item": {"order_id", "product_id", "name", "quantity", "unit_price", "line_total", "size",
                   "modifiers", "notes", "size_id"},
    "customer": {"name", "first_name", "last_name", "phone", "address", "created_at", "order_count",
                 "last_order_at"},
}


def _check_required(m: _Mapper, schema: HostSchema) -> None:
    """Every NOT NULL column without a default must be filled by us or by ORDER_DEFAULTS."""
    for part in ("order", "order_item", "customer"):
        tm: TableMap | None = getattr(schema, part)
        if tm is None:
            continue
        ours = {tm.columns[role].name for role in _ALWAYS_FILLED[part] if role in tm.columns}
        if part == "order" and schema.status_value is not None and tm.has("status"):
            ours.add(tm.columns["status"].name)
        fixed = schema.order_defaults.get(part, {})
        for column in tm.table.columns:
            if column.nullable or column.default is not None or column.server_default is not None:
                continue
            auto_pk = column.primary_key and column.autoincrement in (True, "auto")
            if auto_pk and column_kind(column) == _INT:
                continue
            if column.name in ours or column.name in fixed or column.computed is not None:
                continue
            if column.identity is not None:
                continue
            key = column.name if part == "order" else f"{part}.{column.name}"
            fix = f'set {PREFIX}ORDER_DEFAULTS = {{"{key}": <value>}}'
            if part == "customer":
                # Orders can still be taken: returning customers are linked, new ones not added.
                schema.customer_writable = False
                m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS",
                                          f"{tm.table_name}.{column.name} is NOT NULL with no default: new "
                                          f"callers are not added as customers — {fix}", blocking=False))
                continue
            m.problems.append(Problem(PREFIX + "ORDER_DEFAULTS",
                                      f"{tm.table_name}.{column.name} is NOT NULL with no default and "
                                      f"pos_voice cannot fill it: {fix}"))
