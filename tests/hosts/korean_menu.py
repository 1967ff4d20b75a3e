"""A Korean restaurant POS: the menu of bench/menu_sets/korean.py (romanised Korean names, a
Watermelon Soju and a Watermelon Juice, Seltzer), the category as a text column, the fried
chicken's half and whole as one product row per size.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from bench.menu_sets import korean as menu

from . import build_app

db = SQLAlchemy()


class MenuItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_items"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(100), nullable=False)
    category = sa.Column(sa.String(50), nullable=False)
    size = sa.Column(sa.String(20))
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    is_active = sa.Column(sa.Boolean, nullable=False, default=True)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    order_number = sa.Column(sa.Integer, nullable=False)
    customer_name = sa.Column(sa.String(80))
    phone = sa.Column(sa.String(20))
    total = sa.Column(sa.Numeric(10, 2), nullable=False)


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    menu_item_id = sa.Column(sa.ForeignKey("menu_items.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)
    notes = sa.Column(sa.Text)


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("korean_menu", db, database_url, config)


def seed() -> dict[str, t.Any]:
    products: dict[str, int] = {}
    for category, entries in menu.CATEGORIES.items():
        for entry in entries:
            name, price = entry[0], entry[1]
            rows = ([MenuItem(name=name, category=category, size=size, price=p) for size, p in price.items()]
                    if isinstance(price, dict) else [MenuItem(name=name, category=category, price=price)])
            db.session.add_all(rows)
            db.session.flush()
            products[name] = rows[0].id
    db.session.commit()
    return {"products": products}
