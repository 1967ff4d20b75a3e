"""A POS whose words live in CHECK constraints, with a self-nested category tree and SeaSurf.

- ``orders.status`` and ``orders.service_type`` are limited by CHECK constraints (``received``/
  ``done``; ``carry-out``/``delivery``), and the delivery fee column is written ``fee``;
- ``categories.parent_id`` points at ``categories`` (Pizza > Red Pizza > item);
- ``orders.tax`` is a plain NUMERIC(10, 2) that past orders filled with 0.07 whatever the total;
- Flask-SeaSurf protects the host's forms (set up before the plugin is registered).
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_seasurf import SeaSurf
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Category(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "categories"
    id = sa.Column(sa.Integer, primary_key=True)
    parent_id = sa.Column(sa.ForeignKey("categories.id"))
    name = sa.Column(sa.String(60), nullable=False)
    active = sa.Column(sa.Boolean, nullable=False, default=True)


class Product(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"
    id = sa.Column(sa.Integer, primary_key=True)
    category_id = sa.Column(sa.ForeignKey("categories.id"))
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    __table_args__ = (sa.CheckConstraint("status IN ('received', 'done')", name="ck_orders_status"),
                      sa.CheckConstraint("service_type IN ('carry-out', 'delivery')",
                                         name="ck_orders_service"))
    id = sa.Column(sa.Integer, primary_key=True)
    status = sa.Column(sa.String(20), nullable=False)
    service_type = sa.Column(sa.String(20), nullable=False)
    customer_name = sa.Column(sa.String(80))
    phone = sa.Column(sa.String(20))
    address = sa.Column(sa.String(200))
    tax = sa.Column(sa.Numeric(10, 2))
    total = sa.Column(sa.Numeric(10, 2), nullable=False)
    notes = sa.Column(sa.Text)
    created_at = sa.Column(sa.DateTime, server_default=sa.func.current_timestamp())


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    product_id = sa.Column(sa.ForeignKey("products.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)


def create_app(database_url: str, **config: t.Any) -> Flask:
    app = Flask("constrained")
    app.config.update(SQLALCHEMY_DATABASE_URI=database_url, CSRF_DISABLE=False, **config)
    db.init_app(app)
    SeaSurf(app)  # before the plugin: exempted at registration

    @app.post("/host/orders/void")
    def host_void() -> dict[str, t.Any]:
        return {"ok": True}

    from pos_voice import voice_bp

    app.register_blueprint(voice_bp)
    return app


def seed() -> dict[str, int]:
    pizza = Category(name="Pizza")
    db.session.add(pizza)
    db.session.flush()
    red = Category(name="Red Pizza", parent_id=pizza.id)
    hidden = Category(name="Off Menu", active=False)
    db.session.add_all([red, hidden])
    db.session.flush()
    unnamed = Category(name=" ", parent_id=red.id)  # a level without a name: its items are "red pizza"
    db.session.add(unnamed)
    db.session.flush()
    items = [Product(name="Marinara", price="10.00", category_id=red.id),
             Product(name="Calzone", price="12.00", category_id=pizza.id),
             Product(name="Diavola", price="13.00", category_id=unnamed.id),
             Product(name="Secret Pie", price="15.00", category_id=hidden.id)]
    db.session.add_all(items)
    db.session.add_all([Order(status="done", service_type="carry-out", total="10.70", tax="0.07"),
                        Order(status="done", service_type="carry-out", total="21.40", tax="0.07")])
    db.session.commit()
    return {item.name: item.id for item in items}
