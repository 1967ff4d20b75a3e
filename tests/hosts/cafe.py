"""A cafe POS: Flask-Login staff, Flask-WTF ``CSRFProtect``, prices in cents, a nested menu.

Patterns of real third-party POS apps, written for these tests (no code of theirs):
- menu items nested category -> group -> item (``menu_items.group_id`` -> ``menu_groups``
  -> ``menu_categories``); one group has no name of its own;
- tickets numbered per day in ``Ticket.__init__`` (counting today's tickets), with NOT NULL
  ``ticket_date`` (DATE) and ``ticket_time`` (TIME) columns and no defaults;
- ``sales_tax`` holds the tax *rate* (NUMERIC(6, 5), 0.08875 in NYC), ``subtotal_amount`` and
  ``total_amount`` are integer cents;
- a layout whose page body is ``{% block main %}``, not ``content``;
- ``CSRFProtect`` set up after the plugin is registered.
"""

from __future__ import annotations

import typing as t
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import sqlalchemy as sa
from flask import Flask
from flask_login import LoginManager, UserMixin
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from jinja2 import ChoiceLoader, DictLoader

from . import build_app

db = SQLAlchemy()
csrf = CSRFProtect()
TAX_RATE = Decimal("0.08875")

LAYOUT = """<!doctype html><html><head><title>{% block title %}{% endblock %} · Corner Cafe</title></head>
<body><header>Corner Cafe POS</header><main>{% block main %}{% endblock %}</main></body></html>"""


class Staff(UserMixin, db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "staff"
    id = sa.Column(sa.Integer, primary_key=True)
    username = sa.Column(sa.String(40), nullable=False, unique=True)


class MenuCategory(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_categories"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(60), nullable=False)
    position = sa.Column(sa.Integer, nullable=False, default=0)


class MenuGroup(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_groups"
    id = sa.Column(sa.Integer, primary_key=True)
    category_id = sa.Column(sa.ForeignKey("menu_categories.id"), nullable=False)
    name = sa.Column(sa.String(60))  # a group may be a layout section without a name
    position = sa.Column(sa.Integer, nullable=False, default=0)


class MenuItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_items"
    id = sa.Column(sa.Integer, primary_key=True)
    group_id = sa.Column(sa.ForeignKey("menu_groups.id"), nullable=False)
    name = sa.Column(sa.String(80), nullable=False)
    price_cents = sa.Column(sa.Integer, nullable=False)
    available = sa.Column(sa.Boolean, nullable=False, default=True)


class Ticket(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "tickets"
    id = sa.Column(sa.Integer, primary_key=True)
    number = sa.Column(sa.Integer, nullable=False)  # per day, from 1
    ticket_date = sa.Column(sa.Date, nullable=False)
    ticket_time = sa.Column(sa.Time, nullable=False)
    guest_name = sa.Column(sa.String(60))
    phone = sa.Column(sa.String(20))
    kind = sa.Column(sa.String(20), nullable=False, default="counter")
    status = sa.Column(sa.String(20), nullable=False, default="open")
    subtotal_amount = sa.Column(sa.Integer, nullable=False, default=0)
    sales_tax = sa.Column(sa.Numeric(6, 5), nullable=False, default=0)
    total_amount = sa.Column(sa.Integer, nullable=False, default=0)
    notes = sa.Column(sa.Text)

    def __init__(self, **fields: t.Any) -> None:
        super().__init__(**fields)
        if self.ticket_date is None:
            self.ticket_date = date.today()
        today = db.session.scalar(sa.select(sa.func.max(Ticket.number))
                                  .where(Ticket.ticket_date == self.ticket_date))
        self.number = (today or 0) + 1


class TicketLine(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "ticket_lines"
    id = sa.Column(sa.Integer, primary_key=True)
    ticket_id = sa.Column(sa.ForeignKey("tickets.id"), nullable=False)
    menu_item_id = sa.Column(sa.ForeignKey("menu_items.id"), nullable=False)
    qty = sa.Column(sa.Integer, nullable=False, default=1)
    price_cents = sa.Column(sa.Integer, nullable=False)
    note = sa.Column(sa.String(200))


def create_app(database_url: str, **config: t.Any) -> Flask:
    app = build_app("cafe", db, database_url, {"WTF_CSRF_ENABLED": True, **config})
    app.jinja_loader = ChoiceLoader([DictLoader({"cafe/base.html": LAYOUT}), app.jinja_loader])  # type: ignore[list-item]
    login = LoginManager(app)

    @login.user_loader
    def load(user_id: str) -> Staff | None:
        return db.session.get(Staff, int(user_id))

    csrf.init_app(app)  # after voice_bp, as many apps do: the plugin must still be reachable by Twilio

    @app.post("/host/tickets/note")
    def host_note() -> dict[str, t.Any]:  # a form of the host's own: CSRF protection stays on it
        return {"ok": True}

    return app


def seed() -> dict[str, t.Any]:
    drinks = MenuCategory(name="Drinks", position=1)
    food = MenuCategory(name="Food", position=2)
    db.session.add_all([drinks, food])
    db.session.flush()
    hot = MenuGroup(category_id=drinks.id, name="Hot Drinks", position=1)
    cold = MenuGroup(category_id=drinks.id, name="Iced Drinks", position=2)
    plain = MenuGroup(category_id=food.id, name=None, position=1)  # unnamed: its items are "food"
    db.session.add_all([hot, cold, plain])
    db.session.flush()
    items = [MenuItem(group_id=hot.id, name="Cappuccino", price_cents=475),
             MenuItem(group_id=hot.id, name="Chai Latte", price_cents=525),
             MenuItem(group_id=cold.id, name="Iced Americano", price_cents=450),
             MenuItem(group_id=plain.id, name="Almond Croissant", price_cents=395)]
    db.session.add_all(items)
    db.session.add(Staff(username="barista"))
    # Tickets #1 and #2 of an earlier day (the number restarts every day), taxed at the city's rate.
    yesterday = date.today() - timedelta(days=2)  # never the shop's today, whatever the time zones
    db.session.add(Ticket(ticket_date=yesterday, ticket_time=time(9, 30), guest_name="Ana", kind="pickup",
                          status="closed", subtotal_amount=950, sales_tax=TAX_RATE, total_amount=1034))
    db.session.add(Ticket(ticket_date=yesterday, ticket_time=time(10, 5), guest_name="Ben", kind="counter",
                          status="closed", subtotal_amount=475, sales_tax=TAX_RATE, total_amount=517))
    db.session.commit()
    return {item.name: item.id for item in items} | {"yesterday": datetime.combine(yesterday, time())}
