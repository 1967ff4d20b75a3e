"""A restaurant POS that validates its own words and keeps nothing about the caller.

Patterns of real third-party POS apps (a Korean restaurant POS among them), written for these
tests: ``@validates`` on the order's status (``open``/``closed`` only) and type (``dine_in``/
``take_out`` only: no deliveries), no column for the customer's name, phone or address and
no customers table (only a free-text ``memo``), and a JWT-style auth hook on every request
of the host's own API.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask, abort, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import validates

from . import build_app, utcnow

db = SQLAlchemy()
ORDER_STATUSES = ("open", "closed")
ORDER_TYPES = ("dine_in", "take_out")


class Menu(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menus"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(10, 2), nullable=False)
    category = sa.Column(sa.String(40))
    is_available = sa.Column(sa.Boolean, nullable=False, default=True)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    table_no = sa.Column(sa.Integer)
    status = sa.Column(sa.String(20), nullable=False)
    order_type = sa.Column(sa.String(20), nullable=False)
    total_price = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    memo = sa.Column(sa.Text)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)

    @validates("status")
    def validate_status(self, key: str, value: str) -> str:
        if value not in ORDER_STATUSES:
            raise ValueError("Invalid order status")
        return value

    @validates("order_type")
    def validate_order_type(self, key: str, value: str) -> str:
        if value not in ORDER_TYPES:
            raise ValueError("Invalid order type")
        return value


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    menu_id = sa.Column(sa.ForeignKey("menus.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(10, 2), nullable=False)


def create_app(database_url: str, **config: t.Any) -> Flask:
    app = build_app("validated", db, database_url, config)

    @app.before_request
    def require_token() -> None:  # the host's API is behind a bearer token; its pages are not ours
        if request.path.startswith("/api/") and request.headers.get("Authorization") != "Bearer staff":
            abort(401)

    @app.get("/api/orders")
    def api_orders() -> dict[str, t.Any]:
        return {"orders": db.session.scalar(sa.select(sa.func.count()).select_from(Order))}

    return app


def seed() -> dict[str, int]:
    items = [Menu(name="Bibimbap", price="13.50", category="Rice"),
             Menu(name="Bulgogi", price="16.00", category="Grill"),
             Menu(name="Mandu", price="7.25", category="Appetizers")]
    db.session.add_all(items)
    db.session.commit()
    return {item.name: item.id for item in items}
