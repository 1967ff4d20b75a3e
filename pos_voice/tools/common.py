"""Helpers the tools share: the menu and its matcher, item descriptions, allergens, wait times."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from ..config import setting
from ..extension import get_state
from ..ordering.cart import money
from ..ordering.matching import MenuMatcher, matcher_for
from ..ordering.text import tokens
from ..pos.types import Menu, MenuItem
from .registry import ToolError

TRANSFER_NEXT = "Apologise, and call transfer_to_human with reason 'technical problem'."

#: Ingredient words → the allergen they carry (the host may also list allergens itself).
ALLERGEN_WORDS: dict[str, str] = {
    "mozzarella": "milk", "ricotta": "milk", "parmesan": "milk", "provolone": "milk", "feta": "milk",
    "cheese": "milk", "cream": "milk", "alfredo": "milk", "butter": "milk", "mascarpone": "milk",
    "milk": "milk", "cheesecake": "milk", "ranch": "milk", "yogurt": "milk",
    "dough": "wheat", "bread": "wheat", "spaghetti": "wheat",
    "penne": "wheat", "fettuccine": "wheat", "noodle": "wheat",
    "linguine": "wheat", "crouton": "wheat", "ladyfinger": "wheat",
    "shell": "wheat", "pasta": "wheat", "flour": "wheat",
    "cookie": "wheat", "breaded": "wheat", "zeppole": "wheat",
    "shrimp": "shellfish", "clam": "shellfish", "crab": "shellfish", "lobster": "shellfish",
    "calamari": "shellfish", "squid": "shellfish", "anchovy": "fish", "tuna": "fish",
    "salmon": "fish", "egg": "egg", "mayonnaise": "egg", "caesar": "egg, fish", "peanut": "peanuts",
    "almond": "tree nuts", "walnut": "tree nuts", "pesto": "tree nuts", "pistachio": "tree nuts",
    "hazelnut": "tree nuts", "soy": "soy", "sesame": "sesame", "chocolate": "milk, soy",
    "meatball": "egg, wheat (gluten), milk",
}


def state() -> t.Any:
    return get_state()


def menu() -> Menu:
    pos = get_state().pos
    if pos is None:
        raise ToolError("the menu is not available right now", next_step=TRANSFER_NEXT)
    try:
        return pos.menu()
    except Exception as exc:
        db = get_state().db
        if db is not None:
            db.session.rollback()
        raise ToolError("the menu could not be read right now", next_step=TRANSFER_NEXT,
                        subject="menu") from exc


def matcher() -> MenuMatcher:
    return matcher_for(menu())


def item_subject(spoken: str) -> str:
    """The failed-attempt key for an item request: "a flurbo" and "flurbos" are the same attempt."""
    words = matcher().parse(spoken).words
    return "item:" + (" ".join(sorted(set(words))) or spoken.strip().lower())


def price_text(item: MenuItem) -> str:
    if item.sizes:
        return ", ".join(f"{o.name} {money(o.price)}" for o in item.sizes)
    return money(item.base_price)


def brief(item: MenuItem) -> dict[str, t.Any]:
    """What the model needs to talk about an item, compactly."""
    out: dict[str, t.Any] = {"name": item.name}
    if item.sizes:
        out["sizes"] = {o.name: str(o.price) for o in item.sizes}
    else:
        out["price"] = str(item.base_price)
    if not item.available:
        out["available"] = False
        if item.unavailable_reason:
            out["reason"] = item.unavailable_reason
    return out


def allergens_of(item: MenuItem) -> list[str]:
    found: dict[str, None] = {a.lower(): None for a in item.allergens}
    for text in (*item.ingredients, item.name, item.description):
        for word in tokens(text):
            allergen = ALLERGEN_WORDS.get(word)
            if allergen:
                for one in allergen.split(", "):
                    found.setdefault(one, None)
    return list(found)


def off_day_special(item: MenuItem) -> bool:
    """A special sold on other days only (the adapter's reason reads "only on Tuesdays")."""
    return not item.available and (item.unavailable_reason or "").startswith("only on ")


def unavailable_say(item: MenuItem) -> str:
    """What to tell the caller about an item that can't be ordered now, from its reason."""
    reason = item.unavailable_reason or ""
    name = item.name.lower()
    if off_day_special(item):
        return f"Sorry, the {name} is {reason}."
    if reason.startswith("out of") or reason == "sold out":
        return f"Sorry, we're out of the {name} right now."
    return f"Sorry, the {name} isn't available right now."


def alternatives(item: MenuItem, limit: int = 3) -> list[MenuItem]:
    """Available items of the same category, the closest in price first; for a special on the
    wrong day, today's specials first."""
    items = menu().items
    same = [other for other in items
            if other.category == item.category and other.id != item.id and other.available]
    regular = [other for other in same if not other.is_special]
    reference = _reference_price(item)

    def closest(pool: list[MenuItem]) -> list[MenuItem]:
        return sorted(pool, key=lambda other: (abs(_reference_price(other) - reference), other.name))

    if off_day_special(item):
        todays = [other for other in items if other.is_special and other.available and other.id != item.id]
        chosen = closest(todays)
        return (chosen + [o for o in closest(regular or same) if o not in chosen])[:limit]
    return closest(regular or same)[:limit]


def _reference_price(item: MenuItem) -> Decimal:
    if item.sizes:
        return max(o.price for o in item.sizes)
    return item.base_price


def wait_minutes(order_type: str) -> int:
    """Base wait for the order type + a few minutes per order the kitchen still has open."""
    key = "DELIVERY_WAIT_MINUTES" if order_type == "delivery" else "PICKUP_WAIT_MINUTES"
    base = int(setting(key) or 0)
    per_order = int(setting("WAIT_PER_OPEN_ORDER_MINUTES") or 0)
    pos = get_state().pos
    open_total = 0
    if pos is not None and per_order:
        try:
            open_total = int(pos.open_orders().get("total", 0))
        except Exception:
            db = get_state().db
            if db is not None:
                db.session.rollback()
    return base + per_order * open_total
