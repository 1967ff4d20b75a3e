"""Hosts pos_voice cannot (fully) map. Each factory builds a fresh ``db`` and models."""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app


def no_database(database_url: str, **config: t.Any) -> Flask:
    """The blueprint registered on an app without Flask-SQLAlchemy."""
    return build_app("no_database", None, database_url, config)


def no_products(database_url: str, **config: t.Any) -> Flask:
    db = SQLAlchemy()

    class User(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "users"
        id = sa.Column(sa.Integer, primary_key=True)
        username = sa.Column(sa.String(50))

    class Thing(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "things"
        id = sa.Column(sa.Integer, primary_key=True)
        label = sa.Column(sa.String(50))

    return build_app("no_products", db, database_url, config)


def no_orders(database_url: str, **config: t.Any) -> Flask:
    db = SQLAlchemy()

    class Product(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "products"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(50), nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)

    return build_app("no_orders", db, database_url, config)


def not_null_without_default(database_url: str, **config: t.Any) -> Flask:
    """``orders.store_id`` must be set and nothing says to what."""
    db = SQLAlchemy()

    class Product(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "products"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(50), nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)

    class Order(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "orders"
        id = sa.Column(sa.Integer, primary_key=True)
        store_id = sa.Column(sa.Integer, nullable=False)
        total = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
        created_at = sa.Column(sa.DateTime, server_default=sa.func.current_timestamp())

    class OrderItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "order_items"
        id = sa.Column(sa.Integer, primary_key=True)
        order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
        product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
        quantity = sa.Column(sa.Integer, nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)
        station = sa.Column(sa.String(20), nullable=False)  # kitchen station, NOT NULL without default

    app = build_app("not_null", db, database_url, config)

    @app.get("/host/orders")
    def host_orders() -> dict[str, t.Any]:
        return {"orders": db.session.scalar(sa.select(sa.func.count()).select_from(Order))}

    return app


def ambiguous_products(database_url: str, **config: t.Any) -> Flask:
    """Two priced menu tables side by side; neither is obviously the one."""
    db = SQLAlchemy()

    class Product(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "products"
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(50), nullable=False)
        price = sa.Column(sa.Numeric(8, 2), nullable=False)

    class MenuItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "menu_items"
        id = sa.Column(sa.Integer, primary_key=True)
        title = sa.Column(sa.String(50), nullable=False)
        price_cents = sa.Column(sa.Integer, nullable=False)

    class Order(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "orders"
        id = sa.Column(sa.Integer, primary_key=True)
        created_at = sa.Column(sa.DateTime, server_default=sa.func.current_timestamp())

    class OrderItem(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "order_items"
        id = sa.Column(sa.Integer, primary_key=True)
        order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
        product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
        quantity = sa.Column(sa.Integer, nullable=False)

    return build_app("ambiguous", db, database_url, config)
