"""What the rest of the plugin knows of the host POS: plain values, no SQLAlchemy.

The adapter (``pos_voice.pos.adapter.PosAdapter``) turns the host's rows into these and
writes ``OrderDraft`` into the host's tables; the ordering code and the tools see only
these types, never a host model or a session.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from decimal import Decimal

from ..setting_types import OrderType

#: The kinds of order a call can place (``POS_VOICE_ORDER_TYPES`` lists the ones a shop takes):
#: the settings' own list of them.
ORDER_KINDS: tuple[str, ...] = t.get_args(OrderType)


@dataclass(frozen=True)
class SizeOption:
    name: str  # normalised lower-case: "small", "medium", "large", "2 liter", "12 inch" ...
    price: Decimal
    ref: t.Any = field(default=None, compare=False)  # host row behind the size (sizes table or product row)


@dataclass(frozen=True)
class MenuItem:
    id: t.Any
    name: str
    category: str  # lower-case category name, "" when the host has none
    description: str = ""
    base_price: Decimal = Decimal("0")  # the price when the item has no sizes
    sizes: tuple[SizeOption, ...] = ()
    available: bool = True
    unavailable_reason: str | None = None  # e.g. "out of shrimp"
    ingredients: tuple[str, ...] = ()  # ingredient names, for allergens and 86'd checks
    allergens: tuple[str, ...] = ()
    is_special: bool = False
    aliases: tuple[str, ...] = ()

    def price_for(self, size: str | None) -> Decimal | None:
        """Price for a size name (``None`` = the default/only price); ``None`` when unknown."""
        if not self.sizes:
            return self.base_price if size in (None, "", "regular") else None
        if size is None:
            return None
        for option in self.sizes:
            if option.name == size:
                return option.price
        return None


@dataclass(frozen=True)
class Modifier:
    """A topping or add-on with its price (extra charge); free when price is 0."""

    id: t.Any
    name: str
    price: Decimal = Decimal("0")
    category: str = ""
    available: bool = True


@dataclass(frozen=True)
class Menu:
    items: tuple[MenuItem, ...]
    modifiers: tuple[Modifier, ...] = ()
    price_unit: str = "decimal"  # "decimal" or "cents": how the host stores money

    def by_id(self) -> dict[t.Any, MenuItem]:
        return {item.id: item for item in self.items}

    def categories(self) -> list[str]:
        seen: dict[str, None] = {}
        for item in self.items:
            if item.category:
                seen.setdefault(item.category, None)
        return list(seen)


@dataclass(frozen=True)
class CustomerInfo:
    ref: str  # the host's customer id as a string, or the phone when the host has no customers table
    name: str | None
    phone: str | None  # E.164
    address: str | None = None
    last_order: tuple[OrderLine, ...] = ()
    order_count: int = 0
    pin: str | None = field(default=None, repr=False)  # the host's stored PIN: compared, never shown


@dataclass(frozen=True)
class OrderLine:
    item_id: t.Any
    name: str
    quantity: int
    unit_price: Decimal  # item (+ size) + modifiers, per unit
    line_total: Decimal
    size: str | None = None
    modifiers: tuple[str, ...] = ()  # spoken-ready, e.g. "extra cheese", "no onions", "half pepperoni"
    notes: str = ""


@dataclass(frozen=True)
class OrderDraft:
    order_type: str  # "pickup" | "delivery"
    customer_name: str
    phone: str  # E.164
    lines: tuple[OrderLine, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    delivery_fee: Decimal = Decimal("0")
    address: str | None = None
    notes: str = ""
    allergies: str = ""
    call_sid: str | None = None
    extra: dict[str, t.Any] = field(default_factory=dict)
    discount: Decimal = Decimal("0")  # a rewards redemption, already off the total


@dataclass(frozen=True)
class WrittenOrder:
    id: t.Any  # host primary key
    number: str  # what the caller is told ("47")
    customer_ref: str | None = None
    customer_id: t.Any = None  # the host customers row the order is linked to, when there is one


@dataclass(frozen=True)
class Problem:
    """A configuration or mapping problem, reported at start-up, on /health and by ``check``."""

    key: str  # the config key that fixes it, e.g. "POS_VOICE_OPENAI_API_KEY"
    message: str
    blocking: bool = True  # False: a warning; calls are still taken

    def as_dict(self) -> dict[str, t.Any]:
        return {"key": self.key, "message": self.message, "blocking": self.blocking}
