"""Order tools: start_order, add_item, remove_item, modify_item, add_note, set_allergy,
reorder_last, get_order_summary, submit_order."""

from __future__ import annotations

import logging
import re
import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..notify import runner as notify_runner
from ..ordering import submit as submitting
from ..ordering import webhook
from ..ordering.cart import HALF, CartLine, ModifierChoice, parse_modifier_request, resolve_modifiers
from ..ordering.matching import MATCH
from ..ordering.text import NUMBER_WORDS, phrase, tokens
from ..pos.phones import read_back_phone
from ..pos.types import MenuItem
from . import common, lifecycle, notifications, rewards, verification
from .context import CallContext, ToolError
from .menu_tools import resolve_or_ask
from .registry import ToolRegistry

log = logging.getLogger("pos_voice.tools")

ModifiersArg = list[str] | dict[str, str | list[str]] | str | None

MODIFIERS_DESCRIPTION = (
    "Toppings and changes as the caller said them, e.g. [\"extra cheese\", \"no onions\"]. For half-and-half "
    "pass {\"half1\": \"pepperoni\", \"half2\": \"mushroom\"}."
)


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class StartOrderArgs(Args):
    order_type: str = Field(..., description="'pickup' or 'delivery', as the caller chose.")


class AddItemArgs(Args):
    item_name: str = Field(..., min_length=1, max_length=120,
                           description="The item as the caller said it, e.g. 'pepperoni pizza', 'coke'.")
    quantity: int = Field(1, ge=1, le=1000, description="How many; 1 unless the caller said otherwise.")
    size: str | None = Field(None, max_length=40,
                             description="The size the caller chose ('large', '2 liter', '12 piece'). "
                                         "Omit if they haven't said; the tool tells you the choices.")
    modifiers: ModifiersArg = Field(None, description=MODIFIERS_DESCRIPTION)
    notes: str | None = Field(None, max_length=300,
                              description="A note for the kitchen about this item ('well done', 'cut in "
                                          "squares'). Allergies go to set_allergy.")


class LineArgs(Args):
    item: str = Field(..., min_length=1, max_length=120,
                      description="Which line, as the caller refers to it: 'the pepperoni', 'the second "
                                  "pizza', 'the last one', or its line number.")
    quantity: int | None = Field(None, ge=1, le=1000,
                                 description="Remove only this many (e.g. one of three cokes); omit to "
                                             "remove the whole line.")


class Changes(Args):
    size: str | None = Field(None, max_length=40, description="New size, e.g. 'medium'.")
    quantity: int | None = Field(None, ge=1, le=1000, description="New quantity for the line.")
    add_modifiers: list[str] | None = Field(None,
                                            description="Toppings/changes to add, e.g. ['extra cheese'].")
    remove_modifiers: list[str] | None = Field(
        None, description="Toppings or changes on the line to take off again (e.g. ['extra cheese']); to "
                          "leave an ingredient out, add 'no onions' with add_modifiers.")
    modifiers: ModifiersArg = Field(None, description="Replace all modifiers (e.g. halves) with these.")
    notes: str | None = Field(None, max_length=300, description="Replace the line's kitchen note.")
    replace_with: str | None = Field(None, max_length=120,
                                     description="Swap the item for another ('make it a supreme instead').")


class ModifyItemArgs(Args):
    item: str = Field(..., min_length=1, max_length=120,
                      description="Which line: 'the pepperoni', 'the second pizza', 'the last one', or its "
                                  "line number.")
    changes: Changes | str = Field(..., description="What changes, e.g. {\"size\": \"medium\"} or "
                                                    "{\"add_modifiers\": [\"extra cheese\"]}.")


class NoteArgs(Args):
    note: str = Field(..., min_length=1, max_length=300, description="The note, in the caller's words.")
    item: str | None = Field(None, max_length=120,
                             description="The line it is for ('the pepperoni'); omit for the whole order.")


class AllergyArgs(Args):
    allergy: str = Field(..., min_length=1, max_length=300,
                         description="The allergy or dietary need, e.g. 'peanut allergy', 'no dairy'.")
    needs_confirmation: bool = Field(
        False, description="True when the caller needs someone to confirm a dish is safe for them (severe "
                           "allergy, cross-contact questions).")


class NoArgs(Args):
    pass


class SubmitArgs(Args):
    customer_name: str = Field(..., min_length=1, max_length=120, description="The name for the order.")
    phone: str | None = Field(None, max_length=40,
                              description="Normally leave out: the tool uses the number saved by "
                                          "set_callback_number or typed on the keypad, else the caller ID. "
                                          "A number given here is used instead.")
    address: str | None = Field(None, max_length=300,
                                description="Delivery address with street number (delivery orders only).")


# --- helpers ---------------------------------------------------------------------------------

def _upsell(ctx: CallContext) -> dict[str, t.Any]:
    """One drink or side suggestion per call, for something not in the cart yet."""
    if not ctx.settings.upsell or ctx.upsell_offered or ctx.cart.is_empty():
        return {}
    menu = common.menu(ctx)
    in_cart = {line.item_id for line in ctx.cart.lines}
    categories_in_cart = {line.category for line in ctx.cart.lines}
    for wanted in ("drink", "side"):
        if any(wanted in tokens(cat) for cat in categories_in_cart):
            continue
        # sized items first: "a 2 liter coke" is the classic add-on to a pizza order
        for item in sorted(menu.items, key=lambda item: not item.sizes):
            if item.id in in_cart or not item.available or item.is_special:
                continue
            if wanted in tokens(item.category):
                biggest = max(item.sizes, key=lambda o: o.price) if item.sizes else None
                offer = f"{biggest.name} {item.name}" if biggest else item.name
                price = biggest.price if biggest else item.base_price
                ctx.upsell_offered = True
                return {"suggestion": f"Would you like to add a {offer.lower()} for "
                                      f"{common.say_money(ctx, price)}?",
                        "suggestion_note": "Offer it once, naturally; don't push if they say no."}
    return {}


def _quantity_cap(ctx: CallContext, quantity: int) -> None:
    cap = ctx.settings.max_item_quantity
    if cap and quantity > cap:
        ctx.escalation = "catering"
        raise ToolError(f"{quantity} is more than we take by phone for one item (up to {cap})",
                        next_step="Large and catering orders are handled by the team: offer "
                                  "transfer_to_human with reason 'catering order', or ask if they "
                                  "meant fewer.",
                        catering=True)


def _base_for_halves(ctx: CallContext, candidates: list[MenuItem]) -> MenuItem | None:
    """For "a half pepperoni half mushroom pizza": the plain pie of the category to build on."""
    plain_words = {"cheese", "plain", "regular", "build", "own", "custom", "classic", "create"}
    pool = [c for c in candidates if c.sizes and not c.is_special] or candidates
    for item in pool:
        if set(tokens(item.name)) - common.matcher(ctx).generic <= plain_words:
            return item
    return min(pool, key=lambda item: min((o.price for o in item.sizes), default=item.base_price),
               default=None)


def _resolve_for_add(ctx: CallContext, spoken: str, size: str | None,
                     requested: list[tuple[str, str, int | None]]) -> tuple[MenuItem, t.Any]:
    found = common.matcher(ctx).resolve(spoken, size)
    if found.status != MATCH and any(kind == HALF for kind, _, _ in requested):
        pool = found.candidates or common.matcher(ctx).in_category(spoken)
        base = _base_for_halves(ctx, pool)
        if base is not None:
            return base, found
    if found.status == MATCH and found.item is not None:
        ctx.succeeded(common.item_subject(ctx, spoken))
        return found.item, found
    # one item to confirm, several to choose from, or what we have instead: the caller is asked
    resolve_or_ask(ctx, spoken, unchanged="nothing was added", carry_order=True)
    raise AssertionError("unreachable")  # pragma: no cover


def _size_for(ctx: CallContext, item: MenuItem, size_said: str | None) -> str | None:
    """The item's size for what was said; raises with the choices when it is missing or unknown.
    An item that comes in one size has none (see :func:`_one_size_note`)."""
    if not item.sizes:
        return None
    if not size_said:
        raise ToolError(f"{item.name} comes in {len(item.sizes)} sizes; nothing was added yet",
                        sizes={o.name: str(o.price) for o in item.sizes},
                        next_step="Ask the caller which size, then call add_item again with size.")
    name = common.matcher(ctx).size_name(item, size_said)
    if name is None:
        raise ToolError(f"{item.name} doesn't come in '{size_said}'", subject=f"size:{item.name}",
                        sizes={o.name: str(o.price) for o in item.sizes},
                        next_step="Tell the caller the sizes we have and ask which one.")
    return name


def _one_size_note(item: MenuItem, size_said: str | None) -> str | None:
    """What to tell the caller when they said a size for an item that comes in one size only:
    the size is never dropped without saying so ("regular" is that one size)."""
    if item.sizes or not size_said or phrase(size_said) in {"regular", "normal", "standard"}:
        return None
    return f"{item.name} comes in one size only, so it is not '{size_said}'"


def _find_line(ctx: CallContext, reference: str) -> CartLine:
    if ctx.cart.is_empty():
        raise ToolError("the order is empty", next_step="Ask the caller what they would like.")
    lines = ctx.cart.find_lines(reference)
    if len(lines) == 1:
        return lines[0]
    current = [line.as_dict() for line in ctx.cart.lines]
    if not lines:
        raise ToolError(f"no item in the order matches '{reference}'", subject=f"line:{reference}",
                        order=current, next_step="Read the order back and ask which item they mean.")
    raise ToolError(f"'{reference}' matches {len(lines)} items in the order", order=current,
                    matches=[line.as_dict() for line in lines],
                    next_step="Ask which one (e.g. 'the first or the second pizza?').")


def _half_resolver(ctx: CallContext) -> t.Callable[[str], MenuItem | None]:
    """How a half that names a whole item ("half meat lovers") is found on this call's menu."""
    matcher = common.matcher(ctx)

    def resolve(spoken: str) -> MenuItem | None:
        found = matcher.resolve(spoken)
        return found.item if found.status == MATCH else None

    return resolve


# --- tools -----------------------------------------------------------------------------------

def start_order(ctx: CallContext, args: StartOrderArgs) -> dict[str, t.Any]:
    wanted = phrase(args.order_type)
    kind = "delivery" if "deliver" in wanted or "delivery" in wanted else (
        "pickup" if any(w in wanted for w in ("pick", "carry", "take", "collect", "go")) else wanted)
    allowed = ctx.settings.order_types
    if kind not in allowed:
        raise ToolError(f"we don't do {args.order_type} orders; we only take {' or '.join(allowed)}",
                        next_step=f"Tell the caller we only do {' or '.join(allowed)} and ask if that works.")
    ctx.cart.order_type = kind
    result: dict[str, t.Any] = {"ok": True, "order_type": kind, "order_session_id": ctx.call_sid,
                                "estimated_wait_minutes": common.wait_minutes(ctx, kind)}
    if kind == "delivery":
        minimum = ctx.settings.delivery_minimum
        fee = ctx.settings.delivery_fee
        if minimum:
            result["delivery_minimum"] = str(minimum)
        if fee:
            result["delivery_fee"] = str(fee)
        if ctx.customer and ctx.customer.address:
            if verification.verified(ctx):
                result["address_on_file"] = ctx.customer.address
            else:
                result.update(verification.pending_note(ctx, "delivery address"))
    if ctx.cart.lines:
        result["order"] = common.order_view(ctx)
    return result


def add_item(ctx: CallContext, args: AddItemArgs) -> dict[str, t.Any]:
    requested = parse_modifier_request(args.modifiers)
    item, found = _resolve_for_add(ctx, args.item_name, args.size, requested)
    quantity = args.quantity
    if "quantity" not in args.model_fields_set and found.quantity:
        quantity = found.quantity  # "two cokes" with no quantity argument
    _quantity_cap(ctx, quantity)
    if not item.available:
        alternatives = common.alternatives(ctx, item)
        why = (f"{item.name} is {item.unavailable_reason}" if common.off_day_special(item)
               else f"{item.name} is not available right now" + (
                   f" ({item.unavailable_reason})" if item.unavailable_reason else ""))
        raise ToolError(
            why + "; nothing was added",
            alternatives=[common.brief(alt) for alt in alternatives],
            next_step="Apologise and offer one or two of the alternatives.")
    size_said = args.size or found.size_said
    size = _size_for(ctx, item, size_said)
    one_size = _one_size_note(item, args.size or " ".join(found.size_words) or size_said)
    choices = resolve_modifiers(item, requested, common.menu(ctx), _half_resolver(ctx))
    line = ctx.cart.add(item, quantity, size, choices, args.notes or "")
    pricing = common.price_order(ctx, check=False)
    priced = next(p for p in pricing.lines if p.line.line_id == line.line_id)
    result: dict[str, t.Any] = {
        "ok": True, "added": line.describe(), "line": line.line_id, "unit_price": str(priced.unit_price),
        "line_total": str(priced.line_total), "order": common.order_view(ctx, pricing),
        "say": f"{line.describe()}, {common.say_money(ctx, priced.line_total)}",
    }
    if one_size:
        result["size_not_applied"] = one_size
        result["say"] = f"{result['say']}. {one_size}."
    if ctx.cart.order_type is None:
        result["next"] = "Ask whether this is for pickup or delivery (start_order)."
    result.update(_upsell(ctx))
    return result


def remove_item(ctx: CallContext, args: LineArgs) -> dict[str, t.Any]:
    line = _find_line(ctx, args.item)
    ctx.succeeded(f"line:{args.item}")
    if args.quantity and args.quantity < line.quantity:
        line.quantity -= args.quantity
        removed = f"{args.quantity} of the {line.name.lower()}"
    else:
        removed = line.describe()
        ctx.cart.remove(line)
    return {"ok": True, "removed": removed, "order": common.order_view(ctx)}


def _parse_changes(ctx: CallContext, text: str) -> Changes:
    """ "make that a medium", "two of them", "add extra cheese" → structured changes."""
    lowered = text.lower()
    parsed = common.matcher(ctx).parse(lowered)
    quantity = None
    for word in re.findall(r"[a-z0-9]+", lowered):
        if word.isdigit():
            quantity = int(word)
        elif word in NUMBER_WORDS and word not in {"a", "an", "one", "single"}:
            quantity = NUMBER_WORDS[word]
    size = parsed.size
    rest = [w for w in parsed.words if w not in {"make", "change", "instead", "switch"}]
    add = [text.strip()] if rest and not size and quantity is None else None
    return Changes(size=size, quantity=quantity, add_modifiers=add)


def modify_item(ctx: CallContext, args: ModifyItemArgs) -> dict[str, t.Any]:
    line = _find_line(ctx, args.item)
    changes = _parse_changes(ctx, args.changes) if isinstance(args.changes, str) else args.changes
    menu = common.menu(ctx)
    items = menu.by_id()
    item = items.get(line.item_id)
    if changes.replace_with:
        replacement = resolve_or_ask(ctx, changes.replace_with, unchanged="the order is unchanged")
        if not replacement.available:
            raise ToolError(f"{replacement.name} is not available right now; the order is unchanged",
                            alternatives=[common.brief(a) for a in common.alternatives(ctx, replacement)],
                            next_step="Tell the caller and offer an alternative.")
        item = replacement
    if item is None:
        raise ToolError(f"{line.name} is no longer on the menu",
                        next_step="Remove it and offer something else.")
    size = line.size
    one_size = _one_size_note(item, changes.size)
    if one_size:
        raise ToolError(f"{one_size}; the order is unchanged", line=line.as_dict(),
                        next_step="Tell the caller it comes in one size only.")
    if changes.size or (item.id != line.item_id and item.sizes):
        size = _size_for(ctx, item, changes.size or line.size)
    elif not item.sizes:
        size = None
    modifiers = list(line.modifiers)
    if changes.modifiers is not None:
        modifiers = resolve_modifiers(item, parse_modifier_request(changes.modifiers), menu,
                                      _half_resolver(ctx))
    if changes.remove_modifiers:
        drop = {phrase(m) for m in changes.remove_modifiers}
        kept = [m for m in modifiers if phrase(m.name) not in drop and phrase(m.spoken()) not in drop]
        if len(kept) == len(modifiers):
            raise ToolError(f"{', '.join(changes.remove_modifiers)} is not on that item",
                            line=line.as_dict(), next_step="Check with the caller what to change.")
        modifiers = kept
    if changes.add_modifiers:
        added = resolve_modifiers(item, parse_modifier_request(changes.add_modifiers), menu,
                                  _half_resolver(ctx))
        modifiers.extend(choice for choice in added if choice not in modifiers)
    if changes.quantity:
        _quantity_cap(ctx, changes.quantity)
    _check_halves(modifiers)
    line.item_id, line.name, line.category = item.id, item.name, item.category
    line.size = size
    line.modifiers = modifiers
    if changes.quantity:
        line.quantity = changes.quantity
    if changes.notes is not None:
        line.notes = changes.notes
    ctx.succeeded(f"line:{args.item}")
    return {"ok": True, "changed": line.describe(), "order": common.order_view(ctx)}


def _check_halves(modifiers: list[ModifierChoice]) -> None:
    halves = [m for m in modifiers if m.kind == HALF]
    if halves and len(halves) != 2:
        raise ToolError("half-and-half needs exactly two halves", next_step="Ask what goes on each half.")


def add_note(ctx: CallContext, args: NoteArgs) -> dict[str, t.Any]:
    if args.item:
        line = _find_line(ctx, args.item)
        line.notes = f"{line.notes}; {args.note}" if line.notes else args.note
        return {"ok": True, "noted": args.note, "for": line.describe(with_quantity=False)}
    ctx.cart.add_note(args.note)
    return {"ok": True, "noted": args.note, "order_notes": ctx.cart.notes}


def set_allergy(ctx: CallContext, args: AllergyArgs) -> dict[str, t.Any]:
    ctx.cart.add_allergy(args.allergy)
    said = set(tokens(args.allergy))
    menu_items = common.menu(ctx).by_id()
    conflicts: list[str] = []
    for line in ctx.cart.lines:
        item = menu_items.get(line.item_id)
        if item is None:
            continue
        allergens = common.allergens_of(item)
        words = set(tokens(" ".join(item.ingredients))) | {w for a in allergens for w in tokens(a)}
        if said & words or (("dairy" in said or "lactose" in said) and "milk" in allergens) or (
                ("gluten" in said or "celiac" in said) and any("wheat" in a for a in allergens)):
            conflicts.append(line.describe(with_quantity=False))
    result: dict[str, t.Any] = {"ok": True, "allergy_recorded": ctx.cart.allergies,
                                "note": "It is printed on the kitchen ticket."}
    if conflicts:
        result["possible_conflicts"] = conflicts
        result["next"] = "Tell the caller these items may contain it, and ask if they want to change them."
    if args.needs_confirmation:
        ctx.escalation = "allergy"
        result["next"] = ("We can't guarantee allergen safety by phone: offer to transfer the caller to a "
                          "team member who can confirm (transfer_to_human with reason 'allergy "
                          "confirmation').")
        result["suggest_transfer"] = True
    return result


def reorder_last(ctx: CallContext, args: NoArgs) -> dict[str, t.Any]:
    customer = ctx.customer
    if customer is None or not customer.last_order:
        raise ToolError("there is no previous order on file for this number",
                        next_step="Ask what they would like today.")
    verification.require(ctx, "last order")
    menu = common.menu(ctx)
    items = menu.by_id()
    added: list[str] = []
    skipped: list[str] = []
    for past in customer.last_order:
        item = items.get(past.item_id)
        if item is None or not item.available:
            skipped.append(past.name)
            continue
        size = common.matcher(ctx).size_name(item, past.size) if item.sizes else None
        if item.sizes and size is None:
            skipped.append(past.name)
            continue
        try:
            choices = resolve_modifiers(item, parse_modifier_request(list(past.modifiers)), menu,
                                        _half_resolver(ctx))
        except Exception:
            choices = []
        line = ctx.cart.add(item, past.quantity, size, choices, past.notes)
        added.append(line.describe())
    result: dict[str, t.Any] = {"ok": bool(added), "added": added, "order": common.order_view(ctx)}
    if skipped:
        result["not_available"] = skipped
        result["next"] = "Tell the caller which items can't be made today and offer alternatives."
    return result


def get_order_summary(ctx: CallContext, args: NoArgs) -> dict[str, t.Any]:
    pricing = common.price_order(ctx)
    view = rewards.with_reward(ctx, pricing, common.order_view(ctx, pricing))
    missing: list[str] = []
    if ctx.cart.is_empty():
        missing.append("items")
    if ctx.cart.order_type is None:
        missing.append("order type (pickup or delivery)")
    result: dict[str, t.Any] = {"ok": True, **view}
    if pricing.problems:
        result["problems"] = list(pricing.problems)
        result["next"] = "Tell the caller about these items and offer alternatives before submitting."
    if missing:
        result["missing"] = missing
    if ctx.order is not None:
        result["placed_for"] = ctx.caller_name()  # the name on the order, not the one on file
    elif ctx.customer and ctx.customer.name:
        result["customer_on_file"] = {"name": ctx.customer.name,
                                      "phone": read_back_phone(ctx.customer.phone)}
    elif ctx.caller_phone:
        result["caller_id"] = read_back_phone(ctx.caller_phone)
    if ctx.callback_phone:
        result["callback_number"] = read_back_phone(ctx.callback_phone)
    result.update(_upsell(ctx))
    return result


def submit_order(ctx: CallContext, args: SubmitArgs) -> dict[str, t.Any]:
    if ctx.order is not None:
        return {**ctx.order, "duplicate": True,
                "note": "This order was already placed; repeat its number, don't place it again."}
    kind = ctx.cart.order_type or "pickup"
    waits: list[int] = []

    def wait_once() -> int:  # read once, and only when the order can be placed (see submit)
        if not waits:
            waits.append(common.wait_minutes(ctx, kind))
        return waits[0]

    services = ctx.services
    texts: list[t.Any] = []  # the texts queued with the order
    try:
        if services is None or services.ready is None:
            raise submitting.DatabaseUnavailable("the POS is not connected (see flask pos-voice check)")
        placed = submitting.submit(
            services.ready, ctx.settings, cart=ctx.cart, call_id=ctx.call_id, call_sid=ctx.call_sid,
            customer_name=args.customer_name,
            phone=args.phone or ctx.callback_phone, caller_phone=ctx.caller_phone, address=args.address,
            wait_minutes=wait_once,
            now=ctx.local_now(), customer_ref=ctx.customer.ref if ctx.customer else None,
            follow_ups=notifications.follow_ups(ctx, texts),
            reward=ctx.reward if verification.verified(ctx) else None,
        )
    except submitting.SubmitError as exc:
        if exc.details.get("catering"):
            ctx.escalation = "catering"
        raise ToolError(str(exc), next_step=exc.next_step, subject="submit", **exc.details) from exc
    except submitting.DatabaseUnavailable as exc:
        lifecycle.record_event(ctx, "error", {"where": "submit_order", "message": str(exc)})
        return {"ok": False, "error": "The order could not be saved because of a problem on our side; it "
                                      "was NOT placed.",
                "next": "Apologise and transfer_to_human with reason 'technical problem' so a team member "
                        "can take the order."}
    webhook.wake(services)
    if texts and not placed.duplicate:
        notify_runner.wake(services)
    wait = wait_once()
    result = {
        "ok": True, "order_number": placed.number, "total": str(placed.total),
        "customer_name": " ".join(args.customer_name.split()), "order_type": kind,
        "estimated_wait_minutes": wait,
        "say": f"Your order number is {placed.number}. It'll be ready "
               + (f"for delivery in about {wait} minutes." if kind == "delivery"
                  else f"for pickup in about {wait} minutes."),
    }
    if texts and not placed.duplicate:
        result["texts"] = notifications.queued_note(texts)
    if placed.rewards and verification.verified(ctx):  # points are personal: verified callers only
        result["rewards"] = {k: v for k, v in placed.rewards.items() if k != "earned_by"}
    ctx.order = dict(result)
    if placed.duplicate:
        result["duplicate"] = True
    return result


def register(registry: ToolRegistry) -> None:
    registry.register(
        "start_order",
        "Start the order as pickup or delivery, once the caller has said which. Ask first if they haven't. "
        "For delivery, ask for the address before submitting.",
        StartOrderArgs, start_order, changes_cart=True)
    registry.register(
        "add_item",
        "Add an item to the order. Pass the item as the caller said it, size words included ('large "
        "pepperoni'); the tool finds it on the menu and prices it. Never call it while the size of a sized "
        "item is unknown: the tool will answer with the sizes to ask about. If it answers with 'confirm', "
        "ask the caller that one short question; with candidates, ask which one; either way nothing was "
        "added. Quantities over the per-item limit are catering orders (transfer).",
        AddItemArgs, add_item, changes_cart=True)
    registry.register(
        "remove_item",
        "Remove an item the caller no longer wants ('forget the wings', 'take off one coke').",
        LineArgs, remove_item, changes_cart=True)
    registry.register(
        "modify_item",
        "Change an item already in the order: size ('make that a medium'), quantity, toppings, kitchen note, "
        "or swap it for another item.",
        ModifyItemArgs, modify_item, changes_cart=True)
    registry.register(
        "add_note",
        "Record a kitchen or order note ('extra crispy', 'ring the bell', 'cut in squares'). For allergies "
        "use set_allergy.",
        NoteArgs, add_note, changes_cart=True)
    registry.register(
        "set_allergy",
        "Record an allergy or dietary need on the order (printed for the kitchen) and check the order "
        "against it. If the caller needs someone to confirm a dish is safe, set needs_confirmation: "
        "that goes to a team member.",
        AllergyArgs, set_allergy, changes_cart=True)
    registry.register(
        "reorder_last",
        "Add the returning caller's previous order ('the usual', 'same as last time'). Only for returning "
        "customers who are verified (verify_caller); read the items back after.",
        NoArgs, reorder_last, changes_cart=True)
    registry.register(
        "get_order_summary",
        "The order so far with prices, subtotal, tax and total, and a short summary to read back. Call it "
        "before confirming the order with the caller; never add up prices yourself.",
        NoArgs, get_order_summary)
    registry.register(
        "submit_order",
        "Place the order in the kitchen, after the caller confirmed the items and total and gave a name "
        "(and the callback number is settled: set_callback_number, a keypad entry, or the caller ID; for "
        "delivery the address). Returns the order number and the wait to tell "
        "the caller. Call it once; it never places a second order for this call.",
        SubmitArgs, submit_order, changes_cart=True)
