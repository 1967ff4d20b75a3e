"""map_host on hosts of different shapes: which table and column plays which role."""

from __future__ import annotations

import importlib.util
import typing as t
from pathlib import Path

import pytest

from pos_voice.extension import get_state
from pos_voice.pos.mapping import HostSchema
from tests.conftest import TEST_SETTINGS
from tests.hosts import broken, conventional, numbered, odd, sized, sized_table, tickets


def _schema(app: t.Any) -> HostSchema:
    schema = get_state(app).schema
    assert schema is not None, get_state(app).problems
    return schema


def _roles(tm: t.Any) -> dict[str, str]:
    return {role: column.name for role, column in tm.columns.items()}


def _keys(app: t.Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for problem in get_state(app).problems:
        out.setdefault(problem.key, []).append(problem.message)
    return out


def test_conventional_host_maps_every_part(tmp_path: Path) -> None:
    app = conventional.create_app(f"sqlite:///{tmp_path / 'c.db'}", **TEST_SETTINGS)
    schema = _schema(app)
    assert get_state(app).usable, get_state(app).problems
    assert schema.product.table_name == "products" and schema.product.model is conventional.Product
    assert _roles(schema.product) == {
        "name": "name", "price": "price", "description": "description", "category": "category",
        "size": "size", "active": "is_active", "is_special": "is_special", "special_days": "special_days",
        "aliases": "aliases"}
    assert schema.product.cents == {"price": False}
    assert schema.order.table_name == "orders" and schema.order.pk == "id"
    assert _roles(schema.order) == {
        "number": "order_number", "name": "customer_name", "phone": "phone", "address": "delivery_address",
        "created_at": "created_at", "status": "status", "type": "order_type", "source": "source",
        "subtotal": "subtotal", "tax": "tax", "total": "total", "notes": "notes",
        "customer_id": "customer_id"}
    assert _roles(schema.order_item) == {
        "quantity": "quantity", "unit_price": "unit_price", "line_total": "line_total",
        "modifiers": "modifiers", "notes": "notes", "order_id": "order_id", "product_id": "product_id"}
    assert schema.customer is not None and _roles(schema.customer)["phone"] == "phone"
    assert schema.ingredient is not None and _roles(schema.ingredient) == {"name": "name", "stock": "stock"}
    assert schema.product_ingredient is not None and schema.product_ingredient.model is None
    assert _roles(schema.product_ingredient) == {"product_id": "product_id", "ingredient_id": "ingredient_id"}
    assert schema.modifier is not None and schema.modifier.table_name == "toppings"
    assert schema.size is None and schema.category is None
    # The status column has a default ("pending"): the host's default is kept.
    assert schema.status_value is None and schema.source_value == "voice"


def test_tickets_host_integer_cents_and_not_null_columns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 't.db'}"
    app = tickets.create_app(url, **TEST_SETTINGS)
    schema = _schema(app)
    assert schema.product.table_name == "menu_items"
    assert _roles(schema.product) == {"name": "title", "price": "price_cents", "category": "category",
                                      "active": "active"}
    assert schema.product.cents["price"] is True
    assert schema.order.table_name == "tickets"
    assert _roles(schema.order) == {"name": "guest_name", "phone": "guest_phone", "created_at": "opened_at",
                                    "status": "status", "type": "type", "total": "total_cents"}
    assert schema.order.cents["total"] is True
    assert schema.order_item.table_name == "ticket_items"
    assert schema.order_item.cents == {"unit_price": True}
    assert schema.customer is None  # "users" are staff, not customers
    # users.id is NOT NULL on tickets with no default: blocking, naming the key and the column.
    problems = _keys(app)["POS_VOICE_ORDER_DEFAULTS"]
    assert any("tickets.user_id" in m and '"user_id"' in m for m in problems)
    assert not get_state(app).usable
    assert schema.status_value == "new"  # status has no default: written as "new"

    fixed = tickets.create_app(url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS={"user_id": 1})
    assert get_state(fixed).usable, get_state(fixed).problems
    assert _schema(fixed).order_defaults == {"order": {"user_id": 1}}


def test_order_defaults_take_a_column_away_from_its_role(tmp_path: Path) -> None:
    app = tickets.create_app(f"sqlite:///{tmp_path / 't.db'}", **TEST_SETTINGS,
                             POS_VOICE_ORDER_DEFAULTS={"user_id": 1, "type": "phone"})
    schema = _schema(app)
    assert "type" not in schema.order.columns
    assert schema.order_defaults["order"] == {"user_id": 1, "type": "phone"}
    assert get_state(app).usable


def test_sized_host_price_columns_category_table_and_enums(tmp_path: Path) -> None:
    app = sized.create_app(f"sqlite:///{tmp_path / 's.db'}", **TEST_SETTINGS)
    schema = _schema(app)
    assert get_state(app).usable, get_state(app).problems
    assert schema.product.table_name == "items"
    assert {size: c.name for size, c in schema.product.size_columns.items()} == {
        "small": "price_small", "medium": "price_medium", "large": "price_large"}
    assert "price" not in schema.product.columns
    assert _roles(schema.product)["stock"] == "stock_count"
    assert _roles(schema.product)["category_id"] == "category_id"
    assert schema.category is not None and schema.category.table_name == "categories"
    assert schema.customer is not None
    assert _roles(schema.customer) == {"first_name": "first_name", "last_name": "last_name",
                                       "phone": "phone_number", "address": "address", "order_count": "visits"}
    assert schema.order_item.table_name == "order_lines"
    assert _roles(schema.order_item)["modifiers"] == "options"
    assert schema.type_values == {"pickup": "takeout", "delivery": "delivery"}
    assert schema.status_value == "received"
    assert _roles(schema.order)["source"] == "channel"
    assert _roles(schema.order)["number"] == "order_no"


def test_sized_table_host_sizes_table_and_guests(tmp_path: Path) -> None:
    app = sized_table.create_app(f"sqlite:///{tmp_path / 'st.db'}", **TEST_SETTINGS)
    schema = _schema(app)
    assert schema.product.table_name == "dishes"
    assert _roles(schema.product) == {"name": "name", "price": "base_price", "category": "course"}
    assert schema.size is not None and schema.size.table_name == "dish_sizes"
    assert _roles(schema.size) == {"name": "label", "price_delta": "upcharge", "product_id": "dish_id"}
    assert schema.order.table_name == "checks"
    assert _roles(schema.order_item)["size_id"] == "size_id"
    assert schema.customer is not None and schema.customer.table_name == "guests"
    assert _roles(schema.customer) == {"name": "full_name", "phone": "mobile"}
    # No column for modifiers or notes: a warning, calls are still taken.
    assert get_state(app).usable
    assert any("check_items" in m for m in _keys(app)["POS_VOICE_COLUMNS"])


@pytest.mark.skipif(importlib.util.find_spec("pizzeria_pos") is None, reason="demo POS not present")
def test_demo_pizzeria_maps(demo_app: t.Any) -> None:
    schema = _schema(demo_app)
    assert get_state(demo_app).usable, get_state(demo_app).problems
    assert schema.product.table_name == "products"
    assert schema.category is not None and schema.category.table_name == "categories"
    assert schema.size is not None and _roles(schema.size)["name"] == "size_name"
    assert schema.modifier is not None and schema.modifier.table_name == "modifiers"
    assert schema.ingredient is not None and _roles(schema.ingredient)["stock"] == "stock_quantity"
    assert schema.customer is not None and schema.customer.table_name == "customers"
    assert _roles(schema.order)["number"] == "order_number"
    assert _roles(schema.order)["phone"] == "customer_phone"
    assert _roles(schema.order)["source"] == "source"
    assert _roles(schema.order_item)["name"] == "product_name"


def test_model_override_resolves_ambiguity(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    app = broken.ambiguous_products(url, **TEST_SETTINGS)
    assert get_state(app).schema is None
    assert "products, menu_items" in _keys(app)["POS_VOICE_PRODUCT_MODEL"][0]
    fixed = broken.ambiguous_products(url, **TEST_SETTINGS, POS_VOICE_PRODUCT_MODEL="Product")
    assert _schema(fixed).product.table_name == "products"
    assert "POS_VOICE_PRODUCT_MODEL" not in _keys(fixed)
    by_table = broken.ambiguous_products(url, **TEST_SETTINGS, POS_VOICE_PRODUCT_MODEL="products")
    assert _schema(by_table).product.table_name == "products"


def test_unknown_model_and_column_overrides_name_their_key(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 't.db'}"
    app = tickets.create_app(url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS={"user_id": 1},
                             POS_VOICE_CUSTOMER_MODEL="Patron")
    assert any("'Patron' is not a model or table" in m and "menu_items" in m
               for m in _keys(app)["POS_VOICE_CUSTOMER_MODEL"])
    app = tickets.create_app(url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS={"user_id": 1},
                             POS_VOICE_COLUMNS={"order.phone": "contact", "order.name": None})
    messages = _keys(app)["POS_VOICE_COLUMNS"]
    assert any("'contact'" in m and "tickets has no such column" in m for m in messages)
    assert "name" not in _schema(app).order.columns  # turned off by None
    typos = {"product.prise": "price_cents", "orders.phone": "guest_phone"}
    app = tickets.create_app(url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS={"user_id": 1},
                             POS_VOICE_COLUMNS=typos)
    messages = _keys(app)["POS_VOICE_COLUMNS"]
    assert any("'product.prise'" in m and "price" in m for m in messages)
    assert any("'orders.phone'" in m and "order_item" in m for m in messages)
    assert get_state(app).usable  # a warning: the rest of the mapping stands


def test_column_override_and_price_unit(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 't.db'}"
    app = tickets.create_app(url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS={"user_id": 1},
                             POS_VOICE_COLUMNS={"product.category": None, "order_item.notes": "note"},
                             POS_VOICE_PRICE_UNIT="decimal")
    schema = _schema(app)
    assert "category" not in schema.product.columns
    assert schema.order_item.columns["notes"].name == "note"
    assert schema.product.cents["price"] is False
    bad = tickets.create_app(url, **TEST_SETTINGS, POS_VOICE_ORDER_DEFAULTS={"user_id": 1},
                             POS_VOICE_PRICE_UNIT="pennies")
    assert "POS_VOICE_PRICE_UNIT" in _keys(bad)


def test_describe_lists_the_mapping(tmp_path: Path) -> None:
    app = tickets.create_app(f"sqlite:///{tmp_path / 't.db'}", **TEST_SETTINGS,
                             POS_VOICE_ORDER_DEFAULTS={"user_id": 1})
    schema = _schema(app)
    described = schema.describe()
    assert described["product"]["table"] == "menu_items"
    assert described["product"]["columns"]["price"] == "price_cents"
    assert described["product"]["money"] == {"price": "cents"}
    assert described["order"]["model"] == "Ticket"
    lines = schema.describe_lines()
    assert any(line.startswith("product: menu_items (MenuItem)") and "price=price_cents [cents]" in line
               for line in lines)
    assert any("customer: none" in line and "POS_VOICE_CUSTOMER_MODEL" in line for line in lines)
    assert any("user_id" in line for line in lines)


def test_camel_case_columns_and_prefixed_tables(tmp_path: Path) -> None:
    app = odd.camel_case(f"sqlite:///{tmp_path / 'camel.db'}", **TEST_SETTINGS)
    schema = _schema(app)
    assert get_state(app).usable, get_state(app).problems
    assert schema.product.table_name == "tbl_MenuItems"
    assert _roles(schema.product) == {"name": "itemName", "price": "unitPrice", "active": "isActive"}
    assert schema.order.table_name == "tbl_Orders" and schema.order.pk == "ID"
    assert _roles(schema.order) == {"number": "orderNumber", "phone": "customerPhone",
                                    "created_at": "createdAt", "type": "orderType", "total": "totalAmount"}
    assert _roles(schema.order_item) == {"quantity": "Qty", "unit_price": "unitPrice",
                                         "notes": "specialInstructions", "order_id": "orderID",
                                         "product_id": "menuItemID"}


def test_tables_without_a_single_primary_key_are_refused_by_name(tmp_path: Path) -> None:
    app = odd.keyless_orders(f"sqlite:///{tmp_path / 'keyless.db'}", **TEST_SETTINGS)
    assert get_state(app).schema is None
    (message,) = _keys(app)["POS_VOICE_ORDER_MODEL"]
    assert message.startswith("orders has no primary key")


def test_minimal_host_plain_number_and_a_settings_table_that_is_not_toppings(tmp_path: Path) -> None:
    app = numbered.create_app(f"sqlite:///{tmp_path / 'n.db'}", **TEST_SETTINGS)
    schema = _schema(app)
    assert get_state(app).usable, get_state(app).problems
    assert (schema.product.table_name, schema.order.table_name, schema.order_item.table_name) == (
        "dishes", "orders", "order_items")
    assert _roles(schema.order) == {"number": "number", "phone": "phone", "total": "total"}
    assert _roles(schema.order_item) == {"quantity": "quantity", "unit_price": "price", "notes": "note",
                                         "order_id": "order_id", "product_id": "dish_id"}
    assert schema.modifier is None and schema.customer is None


def test_a_foreign_key_to_an_undefined_table_does_not_stop_the_mapping(tmp_path: Path) -> None:
    app = odd.dangling_foreign_key(f"sqlite:///{tmp_path / 'd.db'}", **TEST_SETTINGS)
    schema = _schema(app)
    assert (schema.product.table_name, schema.order.table_name) == ("products", "orders")
    assert schema.customer is None and get_state(app).usable


def test_size_price_columns_can_be_named_in_config(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    columns = {"product.size_prices": {"Personal": "price_small", "Family": "price_large"}}
    schema = _schema(sized.create_app(url, **TEST_SETTINGS, POS_VOICE_COLUMNS=columns))
    assert {size: c.name for size, c in schema.product.size_columns.items()} == {
        "personal": "price_small", "family": "price_large"}
    bad = sized.create_app(url, **TEST_SETTINGS, POS_VOICE_COLUMNS={"product.size_prices": {"small": "nope"}})
    assert any("'nope'" in m for m in _keys(bad)["POS_VOICE_COLUMNS"])
