"""Menu tools: get_menu, get_item_details, get_specials, check_availability."""

from __future__ import annotations

import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..ordering.matching import AMBIGUOUS, CONFIRM, MATCH
from ..pos.types import MenuItem
from . import common
from .context import CallContext, ToolError
from .registry import ToolRegistry


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class GetMenuArgs(Args):
    category: str | None = Field(None, max_length=80, description="A category such as 'pizzas', 'pastas', "
                                 "'drinks'; omit for the list of categories.")


class ItemNameArgs(Args):
    item_name: str = Field(..., min_length=1, max_length=120,
                           description="The item as the caller said it, e.g. 'large pepperoni pizza'.")


class NoArgs(Args):
    pass


def resolve_or_ask(ctx: CallContext, spoken: str, *, confirmed_is_enough: bool = False,
                   unchanged: str = "nothing was changed", carry_order: bool = False) -> MenuItem:
    """The one item meant by ``spoken``, or a :class:`ToolError` that says what to ask.

    One plausible item said another way than the menu says it ("hawaiian pizza" for the
    Hawaiana) is a short "the Hawaiana?" question — or, for a tool that only tells about the item
    (``confirmed_is_enough``), simply that item. Several items: which one. None: what we have.
    ``carry_order``: the confirm's next step names the quantity and size heard with the item, so
    that the call after the caller's yes adds them too ("three pounds of crawfish")."""
    found = common.matcher(ctx).resolve(spoken)
    enough = (MATCH, CONFIRM) if confirmed_is_enough else (MATCH,)
    if found.item is not None and found.status in enough:
        ctx.succeeded(common.item_subject(ctx, spoken))
        return found.item
    if found.status == CONFIRM and found.item is not None:
        name = found.item.name
        heard = []
        if carry_order and found.quantity and found.quantity > 1:
            heard.append(f"quantity {found.quantity}")
        if carry_order and (found.size or found.size_said):
            heard.append(f"size '{found.size or found.size_said}'")
        keep = f" (and {' and '.join(heard)}, as they said)" if heard else ""
        raise ToolError(
            f"'{spoken}' is most likely the {name}; {unchanged} yet", confirm=common.brief(found.item),
            next_step=f"Ask the caller in one short question whether they mean the {name}; if yes, call "
                      f"the tool again with '{name}'{keep}.")
    if found.status == AMBIGUOUS and len(found.candidates) > 1:
        raise ToolError(
            f"'{spoken}' could be several items; {unchanged}", subject=common.item_subject(ctx, spoken),
            candidates=[common.brief(c) for c in found.candidates],
            next_step="Ask the caller which one they mean (name two or three of the candidates); "
                      "do not guess.",
        )
    if found.status == AMBIGUOUS and found.candidates:
        closest = found.candidates[0]
        raise ToolError(
            f"'{spoken}' is not on our menu as said; the closest is the {closest.name}; {unchanged}",
            subject=common.item_subject(ctx, spoken), alternatives=[common.brief(closest)],
            next_step=f"Ask the caller whether the {closest.name} is what they want; if yes, call the tool "
                      f"again with '{closest.name}'.")
    raise ToolError(
        f"'{spoken}' is not on our menu", subject=common.item_subject(ctx, spoken),
        alternatives=[common.brief(c) for c in found.candidates] or None,
        next_step="Tell the caller we don't have it; offer what we do have (get_menu) or ask them to say it "
                  "another way.",
    )


def get_menu(ctx: CallContext, args: GetMenuArgs) -> dict[str, t.Any]:
    menu = common.menu(ctx)
    if args.category:
        items = common.matcher(ctx).in_category(args.category)
        if not items:
            return {"ok": False, "error": f"no category called '{args.category}'",
                    "categories": menu.categories(),
                    "next": "Use one of these categories, or tell the caller what kinds of food we have."}
        return {"ok": True, "category": items[0].category,
                "items": [common.brief(item) for item in items if not item.is_special]}
    categories: list[dict[str, t.Any]] = []
    for name in menu.categories():
        items = [item for item in menu.items if item.category == name and not item.is_special
                 and not common.off_day_special(item)]
        if items:
            categories.append({"category": name, "items": [item.name for item in items]})
    specials = [item.name for item in menu.items if item.is_special]
    return {"ok": True, "categories": categories, **({"specials_today": specials} if specials else {}),
            "hint": "Don't read the whole menu out: name the categories or a few popular items, and call "
                    "get_menu with a category or get_item_details for prices."}


def get_item_details(ctx: CallContext, args: ItemNameArgs) -> dict[str, t.Any]:
    item = resolve_or_ask(ctx, args.item_name, confirmed_is_enough=True)
    details: dict[str, t.Any] = {"ok": True, **common.brief(item), "category": item.category,
                                 "available": item.available}
    if item.description:
        details["description"] = item.description
    if item.ingredients:
        details["ingredients"] = list(item.ingredients)
    details["allergens"] = common.allergens_of(item)
    details["allergen_note"] = ("From the ingredient list (wheat includes gluten). Cross-contact in the "
                                "kitchen can't be ruled out by phone: for a severe allergy, offer a team "
                                "member (set_allergy with needs_confirmation).")
    if not item.available:
        details["alternatives"] = [common.brief(alt) for alt in common.alternatives(ctx, item)]
    if item.sizes or "pizza" in item.category or "pizza" in item.name.lower():
        details["options"] = {m.name: str(m.price) for m in common.menu(ctx).modifiers if m.available}
    return details


def get_specials(ctx: CallContext, args: NoArgs) -> dict[str, t.Any]:
    menu = common.menu(ctx)
    specials = [{**common.brief(item), **({"description": item.description} if item.description else {})}
                for item in menu.items if item.is_special]
    extra = [s if isinstance(s, dict) else {"description": str(s)} for s in ctx.settings.specials]
    if not specials and not extra:
        return {"ok": True, "specials": [], "say": "There are no specials today."}
    return {"ok": True, "specials": specials + extra}


def check_availability(ctx: CallContext, args: ItemNameArgs) -> dict[str, t.Any]:
    found = common.matcher(ctx).resolve(args.item_name)
    if found.status == AMBIGUOUS and len(found.candidates) > 1:
        return {"ok": True, "ambiguous": True,
                "candidates": [{**common.brief(c), "available": c.available} for c in found.candidates],
                "next": "Ask which one the caller means."}
    item = resolve_or_ask(ctx, args.item_name, confirmed_is_enough=True)
    if item.available:
        return {"ok": True, "item": item.name, "available": True, "price": common.price_text(ctx, item)}
    alternatives = common.alternatives(ctx, item)
    return {
        "ok": True, "item": item.name, "available": False, "reason": item.unavailable_reason,
        "alternatives": [{**common.brief(alt), "price_text": common.price_text(ctx, alt)}
                         for alt in alternatives],
        "say": common.unavailable_say(item)
               + (f" Can I suggest the {' or the '.join(a.name.lower() for a in alternatives[:2])}?"
                  if alternatives else ""),
    }


def register(registry: ToolRegistry) -> None:
    registry.register(
        "get_menu",
        "List the menu. Without a category: the categories and item names (for 'what do you have?'). "
        "With a category ('pizzas', 'drinks'): those items with prices. Don't read long lists aloud: "
        "summarise. For one item's price or sizes use get_item_details instead.",
        GetMenuArgs, get_menu)
    registry.register(
        "get_item_details",
        "Price, sizes, description, ingredients, allergens and options (toppings) of one item. Call it "
        "before quoting any price or answering an ingredient or allergen question; never guess prices. "
        "If the answer lists candidates, ask the caller which one they mean.",
        ItemNameArgs, get_item_details)
    registry.register(
        "get_specials",
        "Today's specials and deals. Call it when the caller asks about specials or deals, or says "
        "'the special'.",
        NoArgs, get_specials)
    registry.register(
        "check_availability",
        "Whether an item can be made right now (stock), with alternatives from the same category when it "
        "cannot. Call it when the caller asks 'do you have…' or before recommending something. add_item also "
        "checks, so it is not needed before every add.",
        ItemNameArgs, check_availability)


__all__ = ["register", "resolve_or_ask"]
