"""A Spanish-language pizza delivery app: the menu of bench/menu_sets/pizzeria_es.py, pizzas
named without the word "pizza" ("Pepperoni", "Hawaiana", "Vegetariana") in categories that do
not say it either ("Clásicas", "Especialidades"), sizes in their own table with Spanish names
(Personal, Mediana, Grande, Familiar; Lata, 1.5 Litros).
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from bench.menu_sets import pizzeria_es as menu

from . import build_app

db = SQLAlchemy()


class Categoria(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "categories"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(50), nullable=False)


class Producto(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(100), nullable=False)
    category_id = sa.Column(sa.ForeignKey("categories.id"), nullable=False)
    price = sa.Column(sa.Numeric(8, 2))  # NULL for sized products: the price is the size's
    available = sa.Column(sa.Boolean, nullable=False, default=True)


class Tamano(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "product_sizes"
    id = sa.Column(sa.Integer, primary_key=True)
    product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
    name = sa.Column(sa.String(30), nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)


class Pedido(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    number = sa.Column(sa.Integer, nullable=False)
    phone = sa.Column(sa.String(20))
    total = sa.Column(sa.Numeric(10, 2), nullable=False)


class DetallePedido(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
    size = sa.Column(sa.String(30))
    quantity = sa.Column(sa.Integer, nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    notes = sa.Column(sa.Text)


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("pizzeria_es", db, database_url, config)


def _category(name: str, price: t.Any) -> str:
    if name != "Pizzas":
        return name
    return "Clásicas" if price is menu.PIZZA else "Especialidades"


def seed() -> dict[str, t.Any]:
    categories: dict[str, Categoria] = {}
    products: dict[str, int] = {}
    for category, entries in menu.CATEGORIES.items():
        for entry in entries:
            name, price = entry[0], entry[1]
            label = _category(category, price)
            if label not in categories:
                categories[label] = Categoria(name=label)
                db.session.add(categories[label])
                db.session.flush()
            product = Producto(name=name, category_id=categories[label].id,
                               price=None if isinstance(price, dict) else price)
            db.session.add(product)
            db.session.flush()
            products[name] = product.id
            if isinstance(price, dict):
                db.session.add_all([Tamano(product_id=product.id, name=size, price=p)
                                    for size, p in price.items()])
    db.session.commit()
    return {"products": products}
