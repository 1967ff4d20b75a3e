"""Prices in Decimal from the POS's own prices; never from the model.

A line costs its item at its size, plus each added modifier's price; a half-and-half costs
the dearer half (when a half is a whole menu item) plus half the price of each half topping,
rounded up to the cent. Tax is ``POS_VOICE_TAX_RATE`` on the subtotal, rounded half-up to the
cent; a delivery fee is added after tax.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from ..pos.types import Menu, MenuItem, OrderLine
from .cart import ADD, HALF, Cart, CartLine
from .money import money

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PricedLine:
    line: CartLine
    unit_price: Decimal
    line_total: Decimal
    problem: str | None = None  # "no longer on the menu", "out of stock (out of shrimp)"

    def as_order_line(self) -> OrderLine:
        return OrderLine(
            item_id=self.line.item_id, name=self.line.name, quantity=self.line.quantity,
            unit_price=self.unit_price, line_total=self.line_total, size=self.line.size,
            modifiers=tuple(m.spoken() for m in self.line.modifiers), notes=self.line.notes,
        )


@dataclass(frozen=True)
class Pricing:
    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    tax: Decimal
    delivery_fee: Decimal
    total: Decimal
    problems: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, t.Any]:
        return {
            "items": [
                {**p.line.as_dict(), "unit_price": str(p.unit_price), "line_total": str(p.line_total),
                 **({"problem": p.problem} if p.problem else {})}
                for p in self.lines
            ],
            "subtotal": str(self.subtotal), "tax": str(self.tax),
            **({"delivery_fee": str(self.delivery_fee)} if self.delivery_fee else {}),
            "total": str(self.total),
        }


def line_unit_price(line: CartLine, item: MenuItem, menu: Menu) -> tuple[Decimal | None, str | None]:
    """Price of one unit of ``line`` from ``menu``; ``(None, reason)`` when it cannot be priced."""
    base = item.price_for(line.size)
    if base is None:
        sizes = ", ".join(o.name for o in item.sizes)
        return None, f"{item.name} does not come in {line.size or 'that size'} (sizes: {sizes})"
    modifiers = {m.id: m for m in menu.modifiers}
    items = menu.by_id()
    price = base
    for choice in line.modifiers:
        if choice.kind == HALF and choice.item_id is not None:
            half_item = items.get(choice.item_id)
            half_price = half_item.price_for(line.size) if half_item else None
            if half_price is None:
                return None, f"half {choice.name} is not available in {line.size or 'that size'}"
            price = max(price, half_price)
    for choice in line.modifiers:
        if choice.modifier_id is None or choice.kind not in (ADD, HALF):
            continue
        modifier = modifiers.get(choice.modifier_id)
        if modifier is None:
            return None, f"{choice.name} is no longer offered"
        if choice.kind == HALF:
            price += (modifier.price / 2).quantize(CENT, rounding=ROUND_CEILING)
        else:
            price += modifier.price
    return cents(price), None


def price_cart(cart: Cart, menu: Menu, tax_rate: Decimal, delivery_fee: Decimal = Decimal("0"),
               check_availability: bool = True) -> Pricing:
    items = menu.by_id()
    priced: list[PricedLine] = []
    problems: list[str] = []
    subtotal = Decimal("0")
    for line in cart.lines:
        item = items.get(line.item_id)
        problem: str | None
        if item is None:
            problem = f"{line.name} is no longer on the menu"
            priced.append(PricedLine(line, Decimal("0"), Decimal("0"), problem))
            problems.append(problem)
            continue
        unit, problem = line_unit_price(line, item, menu)
        if problem is None and check_availability and not item.available:
            problem = f"{item.name} is not available right now" + (
                f" ({item.unavailable_reason})" if item.unavailable_reason else "")
        if problem is None and check_availability:
            problem = _unavailable_choice(line, menu)
        unit = unit if unit is not None else Decimal("0")
        total = cents(unit * line.quantity)
        priced.append(PricedLine(line, unit, total, problem))
        if problem:
            problems.append(problem)
        subtotal += total
    subtotal = cents(subtotal)
    tax = cents(subtotal * tax_rate)
    fee = cents(delivery_fee) if cart.order_type == "delivery" and cart.lines else Decimal("0.00")
    return Pricing(tuple(priced), subtotal, tax, fee, cents(subtotal + tax + fee), tuple(problems))


def _unavailable_choice(line: CartLine, menu: Menu) -> str | None:
    modifiers = {m.id: m for m in menu.modifiers}
    items = menu.by_id()
    for choice in line.modifiers:
        modifier = modifiers.get(choice.modifier_id) if choice.modifier_id is not None else None
        if modifier is not None and not modifier.available:
            return f"{modifier.name} is out of stock"
        half_item = items.get(choice.item_id) if choice.item_id is not None else None
        if half_item is not None and not half_item.available:
            return f"{half_item.name} is not available right now"
    return None


def spoken_summary(pricing: Pricing, currency: str, language: str | None = None) -> str:
    """ "a large pepperoni pizza and two cokes. Your total is $20.68 including tax." """
    if not pricing.lines:
        return "The order is empty."
    descriptions = [p.line.describe() for p in pricing.lines]
    if len(descriptions) == 1:
        items = descriptions[0]
    else:
        items = ", ".join(descriptions[:-1]) + " and " + descriptions[-1]
    text = f"{items[0].upper()}{items[1:]}."
    if pricing.delivery_fee:
        text += (f" With the {money(pricing.delivery_fee, currency, language=language)} delivery fee, your "
                 f"total is {money(pricing.total, currency, language=language)}")
    else:
        text += f" Your total is {money(pricing.total, currency, language=language)}"
    return text + " including tax."
