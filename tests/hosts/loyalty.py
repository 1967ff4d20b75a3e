"""A pizzeria whose customers carry their loyalty points in a column, and which lets them spend them.

Shapes seen in public shop and POS schemas (``ALTER TABLE customers ADD COLUMN loyalty_points
INTEGER DEFAULT 0`` is the common one), written for these tests: ``customers.loyalty_points`` is the
balance; a ``discount`` column on the order; the shop's own :func:`redeem` — what its counter screen
calls — takes the points off and answers with the discount, refusing when the balance is short.
Nothing of the host awards points: pos_voice's configured rule does.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app, utcnow

db = SQLAlchemy()


class MenuItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_items"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False)
    price = sa.Column(sa.Numeric(8, 2), nullable=False)
    available = sa.Column(sa.Boolean, nullable=False, default=True)


class Customer(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customers"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80))
    phone = sa.Column(sa.String(20), nullable=False)
    address = sa.Column(sa.String(200))
    loyalty_points = sa.Column(sa.Integer, nullable=False, default=0)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    customer_name = sa.Column(sa.String(80))
    phone = sa.Column(sa.String(20))
    order_type = sa.Column(sa.String(20), nullable=False, default="pickup")
    status = sa.Column(sa.String(20), nullable=False, default="new")
    subtotal = sa.Column(sa.Numeric(10, 2), nullable=False)
    tax = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    discount = sa.Column(sa.Numeric(10, 2), nullable=False, default=0)
    total = sa.Column(sa.Numeric(10, 2), nullable=False)
    notes = sa.Column(sa.Text)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"), nullable=False)
    menu_item_id = sa.Column(sa.ForeignKey("menu_items.id"), nullable=False)
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2), nullable=False)
    line_total = sa.Column(sa.Numeric(10, 2), nullable=False)


#: What the shop's points buy (also given to pos_voice as POS_VOICE_REWARDS_OFFERS).
OFFERS = [
    {"id": "five-off", "points": 100, "reward": "$5 off the order", "discount": "5.00"},
    {"id": "free-pizza", "points": 400, "reward": "a free Margherita", "discount": "11.00"},
]


def redeem(customer_id: int, offer_id: str, subtotal: Decimal,
           order_id: int | None = None) -> dict[str, t.Any]:
    """The shop's redemption: a quote without ``order_id``; with it, the points are taken off."""
    offer = next((o for o in OFFERS if o["id"] == offer_id), None)
    if offer is None:
        raise ValueError(f"there is no reward {offer_id!r}")
    customer = db.session.get(Customer, customer_id)
    if customer is None or customer.loyalty_points < int(offer["points"]):
        raise ValueError(f"{offer['points']} points are needed")
    discount = Decimal(str(offer["discount"]))
    if discount > subtotal:
        raise ValueError("the order is smaller than the reward")
    if order_id is not None:
        customer.loyalty_points -= int(offer["points"])
        db.session.flush()
    return {"discount": discount, "points": offer["points"], "description": offer["reward"]}


def card_balance(customer_id: int) -> int | None:
    """The balance as the shop's loyalty module reports it (what ``POS_VOICE_REWARDS_BALANCE`` names
    for a host whose points pos_voice cannot read itself)."""
    customer = db.session.get(Customer, customer_id)
    return None if customer is None else int(customer.loyalty_points)


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("loyalty", db, database_url, config)


def seed() -> dict[str, int]:
    items = [MenuItem(name="Margherita", price="11.00"), MenuItem(name="Garlic Knots", price="6.50")]
    db.session.add_all(items)
    db.session.add(Customer(name="Rosa Esposito", phone="+15550107788", address="12 Mulberry Street",
                            loyalty_points=120))
    db.session.commit()
    return {item.name: item.id for item in items}
