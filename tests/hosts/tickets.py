"""A POS of tickets: integer-cent prices, a category string, no customers table.

``tickets.user_id`` (the staff member) and ``tickets.type`` are NOT NULL without defaults,
as seen in a real third-party POS; the guest's name and phone live on the ticket itself.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app, utcnow

db = SQLAlchemy()


class User(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "users"
    id = sa.Column(sa.Integer, primary_key=True)
    username = sa.Column(sa.String(50), nullable=False)
    phone = sa.Column(sa.String(30))


class MenuItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_items"
    id = sa.Column(sa.Integer, primary_key=True)
    title = sa.Column(sa.String(100), nullable=False)
    price_cents = sa.Column(sa.Integer, nullable=False)
    category = sa.Column(sa.String(40))
    active = sa.Column(sa.Boolean, nullable=False, default=True)


class Ticket(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "tickets"
    id = sa.Column(sa.Integer, primary_key=True)
    user_id = sa.Column(sa.ForeignKey("users.id"), nullable=False)
    type = sa.Column(sa.String(20), nullable=False)
    guest_name = sa.Column(sa.String(80))
    guest_phone = sa.Column(sa.String(30))
    status = sa.Column(sa.String(20))
    total_cents = sa.Column(sa.Integer, nullable=False, default=0)
    opened_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class TicketItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "ticket_items"
    id = sa.Column(sa.Integer, primary_key=True)
    ticket_id = sa.Column(sa.ForeignKey("tickets.id"), nullable=False)
    menu_item_id = sa.Column(sa.ForeignKey("menu_items.id"), nullable=False)
    qty = sa.Column(sa.Integer, nullable=False)
    price_cents = sa.Column(sa.Integer, nullable=False)
    note = sa.Column(sa.String(200))


def create_app(database_url: str, **config: t.Any) -> Flask:
    app = build_app("tickets", db, database_url, config)

    @app.get("/host/tickets")
    def host_tickets() -> dict[str, t.Any]:
        return {"tickets": db.session.scalar(sa.select(sa.func.count()).select_from(Ticket))}

    return app


def seed() -> dict[str, int]:
    db.session.add(User(id=1, username="owner", phone="555-000-0000"))
    items = [MenuItem(title="Margherita", price_cents=1250, category="Pizza"),
             MenuItem(title="Caesar Salad", price_cents=899, category="Salads"),
             MenuItem(title="Tiramisu", price_cents=650, category="Dessert")]
    db.session.add_all(items)
    db.session.commit()
    return {item.title: item.id for item in items}
