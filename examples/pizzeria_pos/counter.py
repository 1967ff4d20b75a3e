"""Ringing up an order at the counter: prices from the menu, tax from the store's rate, the next number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import phonenumbers
import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from .extensions import db
from .models import ORDER_TYPES, Customer, Modifier, Order, OrderItem, Product, ProductSize

CENT = Decimal("0.01")
MAX_QUANTITY = 50
NUMBER_ATTEMPTS = 5


class OrderError(ValueError):
    """Something the cashier has to fix; the message says what."""


@dataclass
class LineRequest:
    product_id: int
    size_id: int | None = None
    quantity: int = 1
    modifier_ids: list[int] = field(default_factory=list)
    notes: str | None = None


@dataclass
class OrderRequest:
    lines: list[LineRequest]
    order_type: str = "pickup"
    customer_name: str | None = None
    customer_phone: str | None = None
    delivery_address: str | None = None
    notes: str | None = None
    source: str = "counter"


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def tax_rate() -> Decimal:
    """The store's sales-tax rate (shared with the phone assistant's POS_VOICE_TAX_RATE)."""
    return Decimal(str(current_app.config.get("POS_VOICE_TAX_RATE") or "0"))


def next_order_number() -> str:
    """One more than the highest numeric order number so far."""
    numbers = db.session.scalars(sa.select(Order.order_number).order_by(Order.id.desc()).limit(500))
    highest = max((int(n) for n in numbers if n and re.fullmatch(r"\d+", n)), default=1000)
    return str(highest + 1)


def ring_up(request: OrderRequest) -> Order:
    """Price and store an order, committed; raises :class:`OrderError` for anything to fix."""
    if request.order_type not in ORDER_TYPES:
        raise OrderError(f"Order type must be one of {', '.join(ORDER_TYPES)}.")
    if request.order_type == "delivery" and not (request.delivery_address or "").strip():
        raise OrderError("A delivery order needs an address.")
    if not request.lines:
        raise OrderError("Add at least one item.")
    items: list[OrderItem] = []
    for line in request.lines:
        items.append(_price_line(line))
    subtotal = sum((item.line_total for item in items), Decimal("0"))
    tax = money(subtotal * tax_rate())
    phone = None
    if request.customer_phone:
        phone = e164(request.customer_phone)
        if phone is None:
            raise OrderError(f"{request.customer_phone!r} does not look like a phone number.")
    for attempt in range(NUMBER_ATTEMPTS):
        customer = regular_customer(phone, request) if phone else None
        order = Order(order_number=next_order_number(), order_type=request.order_type, status="new",
                      source=request.source, customer_name=request.customer_name or None,
                      customer_phone=phone, customer=customer,
                      delivery_address=request.delivery_address if request.order_type == "delivery" else None,
                      notes=request.notes or None, subtotal=money(subtotal), tax=tax,
                      total=money(subtotal) + tax, items=items)
        db.session.add(order)
        try:
            db.session.commit()
            return order
        except IntegrityError:
            # Someone (a register or the phone assistant) took that number first: take the next one.
            db.session.rollback()
            if attempt == NUMBER_ATTEMPTS - 1:
                raise
            items = [_copy(item) for item in items]
    raise AssertionError("unreachable")


def e164(raw: str) -> str | None:
    """+15551234567 from what the cashier typed; None when it cannot be a phone number."""
    region = str(current_app.config.get("POS_VOICE_DEFAULT_REGION") or "US")
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def regular_customer(phone: str, request: OrderRequest) -> Customer | None:
    """The customer with this phone, created when the cashier gave a name; the phone assistant
    greets them by name next time they call."""
    customer = db.session.scalar(sa.select(Customer).where(Customer.phone == phone))
    if customer is None and request.customer_name:
        customer = Customer(name=request.customer_name, phone=phone,
                            address=request.delivery_address if request.order_type == "delivery" else None)
        db.session.add(customer)
    elif customer is not None and request.order_type == "delivery" and request.delivery_address:
        customer.address = request.delivery_address
    return customer


def _copy(item: OrderItem) -> OrderItem:
    return OrderItem(product_id=item.product_id, product_name=item.product_name, size=item.size,
                     quantity=item.quantity, unit_price=item.unit_price, line_total=item.line_total,
                     modifiers=item.modifiers, notes=item.notes)


def _price_line(line: LineRequest) -> OrderItem:
    product = db.session.get(Product, line.product_id)
    if product is None:
        raise OrderError("That item is not on the menu.")
    if not product.is_available:
        raise OrderError(f"{product.name} is 86'd right now.")
    if not 1 <= line.quantity <= MAX_QUANTITY:
        raise OrderError(f"Quantity for {product.name} must be between 1 and {MAX_QUANTITY}.")
    size: ProductSize | None = None
    if product.sizes:
        size = next((s for s in product.sizes if s.id == line.size_id), None)
        if size is None:
            raise OrderError(f"Pick a size for {product.name}: "
                             f"{', '.join(s.size_name for s in product.sizes)}.")
    elif line.size_id is not None:
        raise OrderError(f"{product.name} comes in one size.")
    modifiers = [db.session.get(Modifier, mid) for mid in dict.fromkeys(line.modifier_ids)]
    if any(m is None or not m.is_available for m in modifiers):
        raise OrderError("One of those toppings is not available.")
    unit = (size.price if size else product.price) + sum((m.price for m in modifiers if m), Decimal("0"))
    return OrderItem(product_id=product.id, product_name=product.name, size=size.size_name if size else None,
                     quantity=line.quantity, unit_price=money(unit), line_total=money(unit * line.quantity),
                     modifiers=", ".join(m.name for m in modifiers if m) or None, notes=line.notes or None)
