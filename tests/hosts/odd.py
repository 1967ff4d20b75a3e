"""Hosts with unusual spellings: camelCase columns, prefixed table names, keyless tables."""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app


def camel_case(database_url: str, **config: t.Any) -> Flask:
    """``tbl_MenuItems.unitPrice``, ``tbl_Orders.createdAt`` … as a .NET-born schema would have."""
    db = SQLAlchemy()

    class MenuItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "tbl_MenuItems"
        id = sa.Column("ID", sa.Integer, primary_key=True)
        item_name = sa.Column("itemName", sa.String(80), nullable=False)
        unit_price = sa.Column("unitPrice", sa.Numeric(8, 2), nullable=False)
        is_active = sa.Column("isActive", sa.Boolean, nullable=False, default=True)

    class Order(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "tbl_Orders"
        id = sa.Column("ID", sa.Integer, primary_key=True)
        order_number = sa.Column("orderNumber", sa.Integer, nullable=False)
        customer_phone = sa.Column("customerPhone", sa.String(20))
        order_type = sa.Column("orderType", sa.String(20))
        total_amount = sa.Column("totalAmount", sa.Numeric(10, 2))
        created_at = sa.Column("createdAt", sa.DateTime)

    class OrderItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "tbl_OrderItems"
        id = sa.Column("ID", sa.Integer, primary_key=True)
        order_id = sa.Column("orderID", sa.ForeignKey("tbl_Orders.ID"), nullable=False)
        menu_item_id = sa.Column("menuItemID", sa.ForeignKey("tbl_MenuItems.ID"), nullable=False)
        qty = sa.Column("Qty", sa.Integer, nullable=False)
        unit_price = sa.Column("unitPrice", sa.Numeric(8, 2))
        special_instructions = sa.Column("specialInstructions", sa.Text)

    app = build_app("camel_case", db, database_url, config)
    app.config["HOST_MODELS"] = {"MenuItem": MenuItem, "Order": Order, "OrderItem": OrderItem}
    return app


def keyless_orders(database_url: str, **config: t.Any) -> Flask:
    """An orders table defined without any primary key (a Core table), lines pointing at it."""
    db = SQLAlchemy()

    class Product(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "products"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(50), nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)

    db.Table("orders", sa.Column("order_no", sa.Integer, unique=True), sa.Column("created_at", sa.DateTime))
    db.Table("order_items", sa.Column("order_no", sa.ForeignKey("orders.order_no")),
             sa.Column("product_id", sa.ForeignKey("products.id")), sa.Column("quantity", sa.Integer))
    return build_app("keyless_orders", db, database_url, config)


def dangling_foreign_key(database_url: str, **config: t.Any) -> Flask:
    """``orders.store_id`` references a ``stores`` table this app never defines."""
    db = SQLAlchemy()

    class Product(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "products"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(50), nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)

    class Order(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "orders"
        id = sa.Column(sa.Integer, primary_key=True)
        store_id = sa.Column(sa.Integer, sa.ForeignKey("stores.id"))
        created_at = sa.Column(sa.DateTime, server_default=sa.func.current_timestamp())

    class OrderItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "order_items"
        id = sa.Column(sa.Integer, primary_key=True)
        order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
        product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
        quantity = sa.Column(sa.Integer, nullable=False)

    return build_app("dangling_fk", db, database_url, config)


def customers_need_email(database_url: str, **config: t.Any) -> Flask:
    """``customers.email`` is NOT NULL without a default (an online-ordering POS)."""
    db = SQLAlchemy()

    class Product(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "products"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(50), nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)

    class Customer(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "customers"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(80))
        phone = sa.Column(sa.String(20))
        email = sa.Column(sa.String(120), nullable=False)

    class Order(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "orders"
        id = sa.Column(sa.Integer, primary_key=True)
        customer_id = sa.Column(sa.ForeignKey("customers.id"))
        total = sa.Column(sa.Numeric(10, 2))
        created_at = sa.Column(sa.DateTime, server_default=sa.func.current_timestamp())

    class OrderItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "order_items"
        id = sa.Column(sa.Integer, primary_key=True)
        order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
        product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
        quantity = sa.Column(sa.Integer, nullable=False)
        notes = sa.Column(sa.Text)

    return build_app("customers_need_email", db, database_url, config)
