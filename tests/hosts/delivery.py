"""A pizza delivery POS: a promotions table beside the menu, numbers from a trigger, tax included.

Patterns of real third-party POS apps (a pizza delivery app on PostgreSQL among them),
written for these tests: ``pizzas`` (a menu table of a name pos_voice does not know) beside
``promotions`` (also a name and a price), order numbers written by an INSERT trigger from the
order id (so a deleted order leaves a gap that max + 1 would not see), prices that include
tax (the order stores only its total), and customers with their address.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app, utcnow

db = SQLAlchemy()


class Pizza(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "pizzas"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    active = sa.Column(sa.Boolean, nullable=False, default=True)


class Promotion(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "promotions"
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
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused, as on PostgreSQL
    id = sa.Column(sa.Integer, primary_key=True)
    order_number = sa.Column(sa.String(12))  # written by the orders_number trigger
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    order_type = sa.Column(sa.String(20), nullable=False, default="delivery")
    delivery_address = sa.Column(sa.String(200))
    status = sa.Column(sa.String(20), nullable=False, default="received")
    total = sa.Column(sa.Numeric(10, 2), nullable=False)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class OrderLine(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_lines"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    pizza_id = sa.Column(sa.ForeignKey("pizzas.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)
    line_total = sa.Column(sa.Numeric(10, 2), nullable=False)


_SQLITE_TRIGGER = """CREATE TRIGGER orders_number AFTER INSERT ON orders
BEGIN UPDATE orders SET order_number = 'W' || printf('%04d', NEW.id) WHERE id = NEW.id; END"""
_POSTGRES_TRIGGER = (
    """CREATE OR REPLACE FUNCTION orders_number() RETURNS trigger AS $$
BEGIN NEW.order_number := 'W' || lpad(NEW.id::text, 4, '0'); RETURN NEW; END $$ LANGUAGE plpgsql""",
    "CREATE TRIGGER orders_number BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION orders_number()",
)


@sa.event.listens_for(Order.__table__, "after_create")
def _number_trigger(target: sa.Table, connection: sa.Connection, **_: t.Any) -> None:
    if connection.dialect.name == "postgresql":
        for statement in _POSTGRES_TRIGGER:
            connection.execute(sa.text(statement))
    else:
        connection.execute(sa.text(_SQLITE_TRIGGER))


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("delivery", db, database_url, config)


def seed() -> dict[str, int]:
    pizzas = [Pizza(name="Margherita", price="11.00"), Pizza(name="Diavola", price="13.50"),
              Pizza(name="Quattro Formaggi", price="14.00")]
    db.session.add_all(pizzas)
    db.session.add_all([Promotion(name="Two Pizza Tuesday", price="20.00"),
                        Promotion(name="Family Deal", price="32.00")])
    regular = Customer(name="Lucia", phone="+15550103434", address="8 Elm Street")
    db.session.add(regular)
    db.session.flush()
    for _ in range(3):
        db.session.add(Order(customer_id=regular.id, total="11.00", delivery_address="8 Elm Street",
                             status="delivered"))
    db.session.flush()
    # The last order was cancelled and deleted: numbering by id leaves its number unused.
    last = db.session.scalars(sa.select(Order).order_by(Order.id.desc())).first()
    db.session.delete(last)
    db.session.commit()
    return {pizza.name: pizza.id for pizza in pizzas}
