"""The smallest host: dishes, orders with a plain (not unique) number column, order lines.

No customers table and no unique constraint: only pos_voice's own locking keeps two
concurrent voice orders from getting the same number.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app

db = SQLAlchemy()


class Dish(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "dishes"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(8, 2))  # NULL: "market price", rung up by hand


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    number = sa.Column(sa.Integer, nullable=False)
    phone = sa.Column(sa.String(20))
    total = sa.Column(sa.Numeric(10, 2), nullable=False)


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    dish_id = sa.Column(sa.ForeignKey("dishes.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    note = sa.Column(sa.Text)


class Option(db.Model):  # type: ignore[name-defined,misc]
    """The POS's settings, key/value: not toppings, though the table is called "options"."""

    __tablename__ = "options"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(40), nullable=False)
    value = sa.Column(sa.String(200))


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("numbered", db, database_url, config)


def seed() -> dict[str, int]:
    dish = Dish(name="Coke", price=2.5)
    db.session.add_all([dish, Dish(name="Market Fish", price=None)])
    db.session.commit()
    return {"products": {"Coke": dish.id}}
