"""A POS that keeps loyalty as a ledger and awards the points itself when an order is created.

Shapes seen in public shop and POS schemas (a ``points_ledger`` of user, delta, reason, order and
created_at; a reward points history per customer; "record the points earned from an order" done by
the app when it creates the order), written for these tests: ``point_transactions`` (customer,
order, points, reason, created_at) — the balance is the sum of a customer's rows — and the host's
own ``after_insert`` listener on ``Order`` that writes a row of one point per whole dollar of the
order's total. Voice orders go into its ``orders`` table, so that listener fires for them too:
pos_voice must not add points of its own on top.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app, utcnow

db = SQLAlchemy()


class Product(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    active = sa.Column(sa.Boolean, nullable=False, default=True)


class Customer(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customers"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80))
    phone = sa.Column(sa.String(20), nullable=False)
    address = sa.Column(sa.String(200))


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    order_type = sa.Column(sa.String(20), nullable=False, default="pickup")
    status = sa.Column(sa.String(20), nullable=False, default="new")
    total = sa.Column(sa.Numeric(10, 2), nullable=False)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class OrderLine(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_lines"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)


class PointTransaction(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "point_transactions"
    id = sa.Column(sa.Integer, primary_key=True)
    customer_id = sa.Column(sa.ForeignKey("customers.id"), nullable=False)
    order_id = sa.Column(sa.ForeignKey("orders.id"))
    points = sa.Column(sa.Integer, nullable=False)
    reason = sa.Column(sa.String(80), nullable=False)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


@sa.event.listens_for(Order, "after_insert")
def _award_points(mapper: t.Any, connection: sa.Connection, order: Order) -> None:
    """The host's own rule: a point per whole dollar, on every order with a customer."""
    if order.customer_id is None:
        return
    points = int(Decimal(str(order.total)))
    connection.execute(sa.insert(PointTransaction.__table__).values(
        customer_id=order.customer_id, order_id=order.id, points=points, reason="order",
        created_at=utcnow()))


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("ledger", db, database_url, config)


def seed() -> dict[str, int]:
    products = [Product(name="Sourdough Loaf", price="8.00"), Product(name="Croissant", price="3.50")]
    db.session.add_all(products)
    regular = Customer(name="Tomas Berg", phone="+15550104455", address="3 Baker Street")
    db.session.add(regular)
    db.session.flush()
    db.session.add_all([PointTransaction(customer_id=regular.id, points=40, reason="signup"),
                        PointTransaction(customer_id=regular.id, points=-10, reason="redeemed coffee")])
    db.session.commit()
    return {product.name: product.id for product in products}
