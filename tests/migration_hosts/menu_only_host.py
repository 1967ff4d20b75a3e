"""A host with a menu but nothing pos_voice can recognise as orders, with no migrations yet.

pos_voice cannot map its orders, so ``voice_calls.order_id`` is installed without a foreign
key (and the models agree, so ``flask db check`` stays clean). ``HOST_DATABASE_URL`` names
the database.
"""

from __future__ import annotations

import os

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

from pos_voice import voice_bp

db = SQLAlchemy()


class Product(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    price = db.Column(db.Numeric(8, 2), nullable=False)


class Reservation(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "reservations"
    id = db.Column(db.Integer, primary_key=True)
    guest_name = db.Column(db.String(120), nullable=False)
    party_size = db.Column(db.Integer, nullable=False)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["HOST_DATABASE_URL"]
    db.init_app(app)
    Migrate(app, db)
    app.register_blueprint(voice_bp)
    return app
