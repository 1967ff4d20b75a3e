"""A host whose orders are ``tickets`` keyed by ``ticket_no``, with no migrations yet.

The test runs ``flask db init`` / ``flask db migrate`` itself. ``HOST_DATABASE_URL`` names
the database.
"""

from __future__ import annotations

import os

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

from pos_voice import voice_bp

db = SQLAlchemy()


class MenuItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_items"
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    price = db.Column(db.Numeric(8, 2), nullable=False)


class Ticket(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "tickets"
    ticket_no = db.Column(db.Integer, primary_key=True)
    phone = db.Column(db.String(32))
    total = db.Column(db.Numeric(10, 2), nullable=False, default=0)
    status = db.Column(db.String(16), nullable=False, default="open")


class TicketItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "ticket_items"
    id = db.Column(db.Integer, primary_key=True)
    ticket_no = db.Column(db.Integer, db.ForeignKey("tickets.ticket_no"), nullable=False)
    menu_item_id = db.Column(db.Integer, db.ForeignKey("menu_items.id"), nullable=False)
    quantity = db.Column(db.Integer, nullable=False, default=1)
    price = db.Column(db.Numeric(8, 2), nullable=False)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["HOST_DATABASE_URL"]
    db.init_app(app)
    Migrate(app, db, directory=os.environ.get("HOST_MIGRATIONS_DIR", "migrations"))
    app.register_blueprint(voice_bp)
    return app
