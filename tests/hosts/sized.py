"""Items with one price column per size, a category table, stock counts and customers.

Customers split their name into first/last and keep a visit count; orders use enums for
type and status, a string ticket number and a timezone-aware creation time.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app

db = SQLAlchemy()


class Category(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "categories"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(50), nullable=False)
    sort_order = sa.Column(sa.Integer, nullable=False, default=0)


class Item(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "items"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(100), nullable=False)
    category_id = sa.Column(sa.ForeignKey("categories.id"))
    price_small = sa.Column(sa.Numeric(8, 2))
    price_medium = sa.Column(sa.Numeric(8, 2))
    price_large = sa.Column(sa.Numeric(8, 2))
    stock_count = sa.Column(sa.Integer)
    available = sa.Column(sa.Boolean, nullable=False, default=True)
    sort_order = sa.Column(sa.Integer, nullable=False, default=0)


class Customer(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customers"
    id = sa.Column(sa.Integer, primary_key=True)
    first_name = sa.Column(sa.String(50), nullable=False)
    last_name = sa.Column(sa.String(50))
    phone_number = sa.Column(sa.String(30), nullable=False)
    address = sa.Column(sa.String(200))
    visits = sa.Column(sa.Integer, nullable=False, default=0)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    order_no = sa.Column(sa.String(12), nullable=False)
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    order_type = sa.Column(sa.Enum("dine_in", "takeout", "delivery", name="sized_order_type",
                                   native_enum=False), nullable=False)
    status = sa.Column(sa.Enum("received", "ready", "done", name="sized_order_status", native_enum=False),
                       nullable=False)
    channel = sa.Column(sa.String(20), nullable=False, server_default="counter")
    total = sa.Column(sa.Numeric(10, 2), nullable=False)
    notes = sa.Column(sa.String(200), nullable=False)  # NOT NULL, no default: "" when the caller has none
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


class OrderLine(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_lines"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    item_id = sa.Column(sa.ForeignKey("items.id"), nullable=False)
    size = sa.Column(sa.String(20))
    quantity = sa.Column(sa.Integer, nullable=False)
    price_each = sa.Column(sa.Numeric(8, 2), nullable=False)
    line_total = sa.Column(sa.Numeric(10, 2), nullable=False)
    options = sa.Column(sa.Text)


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("sized", db, database_url, config)


def seed() -> dict[str, int]:
    pizza, drinks = Category(name="Pizza", sort_order=1), Category(name="Drinks", sort_order=2)
    db.session.add_all([pizza, drinks])
    db.session.flush()
    items = [
        Item(name="Veggie Pizza", category_id=pizza.id, price_small=10, price_medium=13, price_large=16,
             sort_order=1),
        Item(name="Meat Lovers", category_id=pizza.id, price_small=12, price_large=18.5, stock_count=0,
             sort_order=2),
        Item(name="Lemonade", category_id=drinks.id, price_small=2, price_large=3, stock_count=5),
    ]
    db.session.add_all(items)
    db.session.add_all([
        Customer(first_name="Maria", last_name="Lopez", phone_number="(555) 201-3344", visits=4),
        Customer(first_name="", phone_number="555.777.8888"),
    ])
    db.session.commit()
    return {item.name: item.id for item in items}
