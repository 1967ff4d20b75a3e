"""A fourth host shape for the fresh-install acceptance test: dishes, guests, checks, check lines.

Written the way the README's "Integration" section says and nothing more; the test copies it
into an empty folder as ``bistro.py`` and runs it from a fresh virtualenv with pos_voice
installed from the repository (not editable). The database comes from ``BISTRO_DATABASE_URL``.
"""

from __future__ import annotations

import os

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

from pos_voice import voice_bp

db = SQLAlchemy()


class Dish(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "dishes"
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)
    price_cents = db.Column(db.Integer, nullable=False)
    active = db.Column(db.Boolean, nullable=False, default=True)


class Guest(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "guests"
    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(120))
    mobile = db.Column(db.String(32))


class Check(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "checks"
    id = db.Column(db.Integer, primary_key=True)
    guest_id = db.Column(db.Integer, db.ForeignKey("guests.id"))
    status = db.Column(db.String(16), nullable=False, default="open")
    total_cents = db.Column(db.Integer, nullable=False, default=0)
    opened_at = db.Column(db.DateTime)


class CheckLine(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "check_lines"
    id = db.Column(db.Integer, primary_key=True)
    check_id = db.Column(db.Integer, db.ForeignKey("checks.id"), nullable=False)
    dish_id = db.Column(db.Integer, db.ForeignKey("dishes.id"), nullable=False)
    qty = db.Column(db.Integer, nullable=False, default=1)
    unit_price_cents = db.Column(db.Integer, nullable=False)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BISTRO_DATABASE_URL"]
    db.init_app(app)
    Migrate(app, db)
    app.register_blueprint(voice_bp)
    return app
