"""A host POS without Flask-Migrate: its tables come from ``db.create_all()``.

``FLASK_APP=tests/migration_hosts/plain_host.py``; the database comes from ``HOST_DATABASE_URL``.
"""

from __future__ import annotations

import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from pos_voice import voice_bp

db = SQLAlchemy()


class MenuItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "menu_items"
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    price_cents = db.Column(db.Integer, nullable=False)


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    id = db.Column(db.Integer, primary_key=True)
    total_cents = db.Column(db.Integer, nullable=False, default=0)
    phone = db.Column(db.String(32))


class OrderLine(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_lines"
    id = db.Column(db.Integer, primary_key=True)
    order_id = db.Column(db.Integer, db.ForeignKey("orders.id"), nullable=False)
    menu_item_id = db.Column(db.Integer, db.ForeignKey("menu_items.id"), nullable=False)
    quantity = db.Column(db.Integer, nullable=False, default=1)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["HOST_DATABASE_URL"]
    db.init_app(app)
    app.register_blueprint(voice_bp)

    @app.cli.command("create-host-tables")
    def create_host_tables() -> None:
        """The host's own tables only (what a host without migrations already has)."""
        db.metadata.create_all(db.engine, tables=[MenuItem.__table__, Order.__table__, OrderLine.__table__])

    return app


app = create_app()
