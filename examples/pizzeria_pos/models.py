"""The pizzeria's own tables: a conventional small-restaurant POS schema.

Money is ``Numeric(10, 2)`` dollars. Ingredient stock of 0 means the ingredient is 86'd and
every product that uses it is unavailable.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db

ORDER_TYPES = ("pickup", "delivery", "dine_in")
ORDER_STATUSES = ("new", "preparing", "ready", "completed", "cancelled")
#: Values of ``orders.source``; pos_voice writes its POS_VOICE_ORDER_SOURCE_VALUE ("voice").
ORDER_SOURCES = ("counter", "online", "phone", "voice")

Money = sa.Numeric(10, 2)


def utcnow() -> datetime:
    """Naive UTC, stored the same on SQLite and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None)


class Category(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)

    products: Mapped[list[Product]] = relationship(back_populates="category", order_by="Product.name")

    def __repr__(self) -> str:
        return f"<Category {self.name}>"


class Product(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    description: Mapped[str | None] = mapped_column(sa.Text)
    category_id: Mapped[int | None] = mapped_column(sa.ForeignKey("categories.id"), index=True)
    #: Base price; for sized products the sizes carry the prices.
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    is_active: Mapped[bool] = mapped_column(default=True)
    is_special: Mapped[bool] = mapped_column(default=False)
    #: Lower-case day abbreviations, e.g. "fri,sat"; NULL = every day.
    special_days: Mapped[str | None] = mapped_column(sa.String(40))
    #: Comma-separated alternative names callers use ("pep pizza, roni").
    aliases: Mapped[str | None] = mapped_column(sa.Text)
    #: Comma-separated allergens as printed on the menu ("milk, wheat, shellfish").
    allergens: Mapped[str | None] = mapped_column(sa.Text)

    category: Mapped[Category | None] = relationship(back_populates="products")
    sizes: Mapped[list[ProductSize]] = relationship(
        back_populates="product", order_by="ProductSize.price", cascade="all, delete-orphan"
    )
    ingredients: Mapped[list[ProductIngredient]] = relationship(
        back_populates="product", cascade="all, delete-orphan"
    )

    @property
    def is_available(self) -> bool:
        """Active and none of its ingredients is out of stock."""
        return self.is_active and all(pi.ingredient.stock_quantity > 0 for pi in self.ingredients)

    def __repr__(self) -> str:
        return f"<Product {self.name}>"


class ProductSize(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "product_sizes"
    __table_args__ = (sa.UniqueConstraint("product_id", "size_name", name="uq_product_sizes_product_size"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(sa.ForeignKey("products.id", ondelete="CASCADE"), index=True)
    size_name: Mapped[str] = mapped_column(sa.String(40))
    price: Mapped[Decimal] = mapped_column(Money)

    product: Mapped[Product] = relationship(back_populates="sizes")


class Modifier(db.Model):  # type: ignore[name-defined,misc]
    """Toppings and add-ons."""

    __tablename__ = "modifiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), unique=True)
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    category: Mapped[str] = mapped_column(sa.String(40), default="topping")
    is_available: Mapped[bool] = mapped_column(default=True)


class Ingredient(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "ingredients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), unique=True)
    stock_quantity: Mapped[Decimal] = mapped_column(sa.Numeric(10, 2), default=Decimal("0"))
    unit: Mapped[str] = mapped_column(sa.String(20), default="each")
    low_stock_threshold: Mapped[Decimal] = mapped_column(sa.Numeric(10, 2), default=Decimal("0"))

    products: Mapped[list[ProductIngredient]] = relationship(back_populates="ingredient")

    @property
    def is_low(self) -> bool:
        return self.stock_quantity <= self.low_stock_threshold


class ProductIngredient(db.Model):  # type: ignore[name-defined,misc]
    """How much of an ingredient one product uses."""

    __tablename__ = "product_ingredients"

    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("products.id", ondelete="CASCADE"), primary_key=True
    )
    ingredient_id: Mapped[int] = mapped_column(
        sa.ForeignKey("ingredients.id", ondelete="CASCADE"), primary_key=True
    )
    quantity: Mapped[Decimal] = mapped_column(sa.Numeric(10, 2), default=Decimal("1"))

    product: Mapped[Product] = relationship(back_populates="ingredients")
    ingredient: Mapped[Ingredient] = relationship(back_populates="products")


class Customer(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(sa.String(120))
    #: E.164, e.g. +15551234567.
    phone: Mapped[str | None] = mapped_column(sa.String(32), unique=True)
    email: Mapped[str | None] = mapped_column(sa.String(200))
    address: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    orders: Mapped[list[Order]] = relationship(back_populates="customer", order_by="Order.created_at.desc()")


class Order(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "orders"
    __table_args__ = (sa.Index("ix_orders_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[str] = mapped_column(sa.String(20), unique=True)
    customer_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    customer_name: Mapped[str | None] = mapped_column(sa.String(120))
    customer_phone: Mapped[str | None] = mapped_column(sa.String(32))
    order_type: Mapped[str] = mapped_column(sa.String(20), default="pickup")
    status: Mapped[str] = mapped_column(sa.String(20), default="new")
    source: Mapped[str] = mapped_column(sa.String(20), default="counter")
    delivery_address: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    subtotal: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer | None] = relationship(back_populates="orders")
    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", order_by="OrderItem.id", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Order #{self.order_number}>"


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("products.id", ondelete="SET NULL"), index=True
    )
    product_name: Mapped[str] = mapped_column(sa.String(120))
    size: Mapped[str | None] = mapped_column(sa.String(40))
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    line_total: Mapped[Decimal] = mapped_column(Money)
    #: Comma-separated modifier names as rung in, e.g. "extra cheese, mushrooms".
    modifiers: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)

    order: Mapped[Order] = relationship(back_populates="items")
    product: Mapped[Product | None] = relationship()


class User(UserMixin, db.Model):  # type: ignore[name-defined,misc]
    """Staff login."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    is_admin: Mapped[bool] = mapped_column(default=False)

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)
