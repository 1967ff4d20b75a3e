"""The POS of the product document: products, ingredients, orders, order_items, customers.

Numeric dollar prices; pizzas come as one product row per size (a ``size`` column); a
toppings table; an association table linking products to ingredients with stock.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app, utcnow

db = SQLAlchemy()


product_ingredients = db.Table(
    "product_ingredients",
    sa.Column("product_id", sa.ForeignKey("products.id"), primary_key=True),
    sa.Column("ingredient_id", sa.ForeignKey("ingredients.id"), primary_key=True),
    sa.Column("quantity", sa.Numeric(8, 2), nullable=False, default=1),
)


class Product(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(100), nullable=False)
    description = sa.Column(sa.Text)
    category = sa.Column(sa.String(50), nullable=False, default="")
    size = sa.Column(sa.String(20))
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    is_active = sa.Column(sa.Boolean, nullable=False, default=True)
    is_special = sa.Column(sa.Boolean, nullable=False, default=False)
    special_days = sa.Column(sa.String(40))
    aliases = sa.Column(sa.String(200))


class Ingredient(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "ingredients"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    stock = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    unit = sa.Column(sa.String(10))


class Topping(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "toppings"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(6, 2), nullable=False, default=0)


class Customer(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customers"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(100))
    phone = sa.Column(sa.String(30))
    email = sa.Column(sa.String(120))
    address = sa.Column(sa.String(200))
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    order_number = sa.Column(sa.Integer, unique=True, nullable=False)
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    customer_name = sa.Column(sa.String(100))
    phone = sa.Column(sa.String(30))
    order_type = sa.Column(sa.String(20), nullable=False, default="dine_in")
    status = sa.Column(sa.String(20), nullable=False, default="pending")
    source = sa.Column(sa.String(20), nullable=False, default="pos")
    delivery_address = sa.Column(sa.String(200))
    subtotal = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    tax = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    total = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    notes = sa.Column(sa.Text)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False, default=1)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)
    line_total = sa.Column(sa.Numeric(10, 2), nullable=False)
    modifiers = sa.Column(sa.Text)
    notes = sa.Column(sa.Text)


def create_app(database_url: str, **config: t.Any) -> Flask:
    app = build_app("conventional", db, database_url, config)

    @app.get("/host/menu")
    def host_menu() -> dict[str, t.Any]:
        return {"products": [p.name for p in db.session.scalars(sa.select(Product).order_by(Product.id))]}

    return app


def seed() -> dict[str, t.Any]:
    """A small menu: sized pizzas, a shrimp dish (86'd), wings (special on Fridays), a drink."""
    cheese, dough, shrimp, pepperoni = (Ingredient(name=n, stock=s) for n, s in
                                        (("Mozzarella", 40), ("Dough", 30), ("Shrimp", 0), ("Pepperoni", 12)))
    products = [
        Product(name="Pepperoni Pizza", category="Pizza", size="small", price=Decimal("11.99"),
                aliases="pep pizza, roni"),
        Product(name="Pepperoni Pizza", category="Pizza", size="large", price=Decimal("16.99"),
                aliases="pep pizza, roni"),
        Product(name="Shrimp Scampi", category="Pasta", price=Decimal("17.50"), description="Garlic butter"),
        Product(name="Buffalo Wings", category="Sides", price=Decimal("9.25"), is_special=True,
                special_days="fri,sat"),
        Product(name="Garlic Knots", category="Sides", price=Decimal("5.00"), is_special=True),
        Product(name="Old Soup", category="Sides", price=Decimal("4.00"), is_active=False),
        Product(name="Coke", category="Drinks", price=Decimal("2.50")),
        Product(name="Family Lasagna", category="Pasta", size="large", price=Decimal("29.00")),
    ]
    db.session.add_all([cheese, dough, shrimp, pepperoni, *products])
    db.session.add_all([Topping(name="Extra Cheese", price=Decimal("1.50")), Topping(name="Mushrooms",
                                                                                     price=Decimal("1.00"))])
    db.session.flush()
    links = [(products[0], cheese), (products[0], dough), (products[0], pepperoni), (products[1], cheese),
             (products[1], dough), (products[1], pepperoni), (products[2], shrimp)]
    db.session.execute(product_ingredients.insert(), [{"product_id": p.id, "ingredient_id": i.id}
                                                      for p, i in links])
    db.session.commit()
    return {"products": {f"{p.name}/{p.size}" if p.size else p.name: p.id for p in products}}
