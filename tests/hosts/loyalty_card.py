"""A café whose loyalty card is a table of its own, one row per customer, beside store credit.

Shapes seen in public shop and POS schemas (a ``customer_loyalty`` table with ``current_balance``
per customer; a decimal ``balance`` on the customer that is money on account): ``loyalty_cards``
holds each customer's points in one row (its ``customer_id`` is unique), and ``customers.balance``
is store credit in dollars — not points. Nothing of the host awards points.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app

db = SQLAlchemy()


class Product(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)


class Customer(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customers"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80))
    phone = sa.Column(sa.String(20), nullable=False)
    address = sa.Column(sa.String(200))
    balance = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)  # store credit, in dollars


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    status = sa.Column(sa.String(20), nullable=False, default="new")
    total = sa.Column(sa.Numeric(10, 2), nullable=False)
    notes = sa.Column(sa.Text)


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)


class LoyaltyCard(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "loyalty_cards"
    id = sa.Column(sa.Integer, primary_key=True)
    customer_id = sa.Column(sa.ForeignKey("customers.id"), nullable=False, unique=True)
    current_balance = sa.Column(sa.Integer, nullable=False, default=0)


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("loyalty_card", db, database_url, config)


def seed() -> dict[str, int]:
    products = [Product(name="Flat White", price="4.50"), Product(name="Banana Bread", price="3.75")]
    db.session.add_all(products)
    regular = Customer(name="Ines Duarte", phone="+15550106611", address="5 Rua Street", balance="12.50")
    db.session.add(regular)
    db.session.flush()
    db.session.add(LoyaltyCard(customer_id=regular.id, current_balance=55))
    db.session.commit()
    return {product.name: product.id for product in products}
