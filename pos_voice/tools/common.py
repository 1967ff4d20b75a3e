"""Helpers the tools share: the menu and its matcher, item descriptions, allergens, wait times."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from ..ordering.matching import MenuMatcher, matcher_for
from ..ordering.money import money
from ..ordering.pricing import Pricing, price_cart, spoken_summary
from ..ordering.text import tokens
from ..pos.types import Menu, MenuItem
from .context import TRANSFER_NEXT, CallContext, ToolError

__all__ = ["TRANSFER_NEXT", "alternatives", "brief", "item_subject", "matcher", "menu", "order_view",
           "price_order", "price_text", "say_money", "wait_minutes"]

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


def menu(ctx: CallContext) -> Menu:
    ready = ctx.ready
    try:
        return ready.pos.menu()
    except Exception as exc:
        ready.rollback()
        raise ToolError("the menu could not be read right now", next_step=TRANSFER_NEXT,
                        subject="menu") from exc


def matcher(ctx: CallContext) -> MenuMatcher:
    return matcher_for(menu(ctx))


def price_order(ctx: CallContext, check: bool = True) -> Pricing:
    """The cart priced from the menu (``check``: availability problems listed)."""
    return price_cart(ctx.cart, menu(ctx), ctx.settings.tax_rate, ctx.settings.delivery_fee,
                      check_availability=check)


def order_view(ctx: CallContext, priced: Pricing | None = None) -> dict[str, t.Any]:
    """The order as the model reads it back: lines, totals, type, notes, allergies, a summary."""
    priced = priced or price_order(ctx, check=False)
    view = priced.as_dict()
    view["order_type"] = ctx.cart.order_type
    if ctx.cart.notes:
        view["notes"] = ctx.cart.notes
    if ctx.cart.allergies:
        view["allergies"] = ctx.cart.allergies
    view["summary"] = spoken_summary(priced, ctx.settings.currency, ctx.language)
    return view


def item_subject(ctx: CallContext, spoken: str) -> str:
    """The failed-attempt key for an item request: "a flurbo" and "flurbos" are the same attempt."""
    words = matcher(ctx).parse(spoken).words
    return "item:" + (" ".join(sorted(set(words))) or spoken.strip().lower())


def say_money(ctx: CallContext, amount: Decimal) -> str:
    """An amount as the assistant says it, in the shop's currency, written the call's language's way."""
    return money(amount, ctx.settings.currency, language=ctx.language)


def price_text(ctx: CallContext, item: MenuItem) -> str:
    if item.sizes:
        return ", ".join(f"{o.name} {say_money(ctx, o.price)}" for o in item.sizes)
    return say_money(ctx, item.base_price)


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


def alternatives(ctx: CallContext, item: MenuItem, limit: int = 3) -> list[MenuItem]:
    """Available items of the same category, the closest in price first; for a special on the
    wrong day, today's specials first."""
    items = menu(ctx).items
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


def wait_minutes(ctx: CallContext, order_type: str) -> int:
    """Base wait for the order type + a few minutes per order the kitchen still has open."""
    settings = ctx.settings
    base = settings.delivery_wait_minutes if order_type == "delivery" else settings.pickup_wait_minutes
    per_order = settings.wait_per_open_order_minutes
    ready = ctx.services.ready if ctx.services is not None else None
    open_total = 0
    if ready is not None and per_order:
        try:
            open_total = int(ready.pos.open_orders().get("total", 0))
        except Exception:
            ready.rollback()
    return base + per_order * open_total
