"""Dishes with a sizes table (upcharges on a base price), guests and text check numbers."""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from . import build_app

db = SQLAlchemy()


class Dish(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "dishes"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(100), nullable=False)
    course = sa.Column(sa.String(40))
    base_price = sa.Column(sa.Numeric(8, 2), nullable=False)


class DishSize(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "dish_sizes"
    id = sa.Column(sa.Integer, primary_key=True)
    dish_id = sa.Column(sa.ForeignKey("dishes.id"), nullable=False)
    label = sa.Column(sa.String(30), nullable=False)
    upcharge = sa.Column(sa.Numeric(6, 2), nullable=False, default=0)


class Guest(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "guests"
    id = sa.Column(sa.Integer, primary_key=True)
    full_name = sa.Column(sa.String(100))
    mobile = sa.Column(sa.String(30), unique=True)


class Check(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "checks"
    id = sa.Column(sa.Integer, primary_key=True)
    check_number = sa.Column(sa.String(10), nullable=False, unique=True)
    guest_id = sa.Column(sa.ForeignKey("guests.id"))
    service_type = sa.Column(sa.String(20))
    grand_total = sa.Column(sa.Numeric(10, 2))
    opened_at = sa.Column(sa.DateTime, server_default=sa.func.current_timestamp())


class CheckItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "check_items"
    id = sa.Column(sa.Integer, primary_key=True)
    check_id = sa.Column(sa.ForeignKey("checks.id"), nullable=False)
    dish_id = sa.Column(sa.ForeignKey("dishes.id"), nullable=False)
    size_id = sa.Column(sa.ForeignKey("dish_sizes.id"))
    quantity = sa.Column(sa.Integer, nullable=False)
    unit_price = sa.Column(sa.Numeric(8, 2))
    total = sa.Column(sa.Numeric(10, 2))


def create_app(database_url: str, **config: t.Any) -> Flask:
    return build_app("sized_table", db, database_url, config)


def seed() -> dict[str, t.Any]:
    soup = Dish(name="Pho", course="Soups", base_price=11)
    rolls = Dish(name="Spring Rolls", course="Starters", base_price=6.5)
    db.session.add_all([soup, rolls])
    db.session.flush()
    db.session.add_all([DishSize(dish_id=soup.id, label="Small", upcharge=0),
                        DishSize(dish_id=soup.id, label="Large", upcharge=3.5)])
    db.session.add(Check(check_number="A-0099", service_type="pickup", grand_total=20))
    db.session.commit()
    return {"Pho": soup.id, "Spring Rolls": rolls.id}
