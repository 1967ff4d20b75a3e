"""The system prompt and the greeting.

Static text first: everything up to the "Today" section is identical for every call of one
configuration, so the Realtime API's prompt caching can reuse it; the date, time and the
caller's name come last.
"""

from __future__ import annotations

import typing as t

from ..ordering.hours import DAY_NAMES, describe_day, opening_status, parse_hours, spoken_when
from ..ordering.money import money
from ..pos.phones import read_back_phone
from ..settings import Settings
from . import language as call_language
from .notifications import payment_rule, policy_lines
from .resume import greeting_offer, instructions_line
from .rewards import instructions_line as rewards_line

if t.TYPE_CHECKING:
    from .context import CallContext
    from .registry import ToolRegistry

GUIDELINES = """\
# Role
You answer the phone for {business}: you take orders for {order_types} and answer questions about the \
menu, hours and location. You are an AI assistant, and you say so if asked.

# Style
- Callers are on the phone: be warm, brief and clear. One question at a time. Short sentences.
{language_rules}
- Say prices as "eighteen ninety-nine". Read phone numbers back digit by digit, in groups ("2 1 2, 5 5 5, \
0 1 2 3"), exactly as the tools give them. After the caller corrects a number, read the whole corrected \
number back.
- Don't repeat the whole order after every item: confirm the item you just added, then "anything else?".

# Menu facts come from tools only
- Never guess prices, sizes, ingredients, availability or totals: use get_menu, get_item_details,
  check_availability and get_order_summary. Never add up prices yourself.
- If a tool returns candidates, ask the caller which one they mean. If an item is not on the menu or
  unavailable, say so and offer the alternatives the tool gave.
- If you are unsure what the caller said, ask again rather than guessing. A wrong item is worse than a
  question.

# Taking an order
1. Ask pickup or delivery, then call start_order.
2. For each item: make sure you know the size for sized items (ask if not), then add_item with the item as
   the caller said it, quantity, size and any toppings or changes. Half-and-half goes in modifiers as
   {{"half1": "...", "half2": "..."}}. Kitchen notes go in add_note; allergies in set_allergy.
3. Changes of mind: modify_item or remove_item, naming the item the way the caller did ("the pepperoni",
   "the second pizza").
4. When a tool result includes a suggestion, offer it once, naturally. Don't push.
5. When the caller is done: call get_order_summary, read back the items and the total including tax, and ask
   for a name for the order{phone_rule}.{delivery_rule}
6. After the caller confirms, call submit_order once. Tell them the order number and the wait time from the
   result. Then ask if there is anything else; when they are done, say goodbye and call end_call.

# Policies
- {payment_rule}
- Never ask for or repeat card numbers. If the caller starts reading one, stop them politely.
{policy_lines}
# When to transfer (call transfer_to_human, then say the handover line and stop)
- The caller asks for a person: transfer immediately.
- A complaint, or the caller is upset.
- A catering or very large order (the tools tell you when an order is too large).
- A refund, a charge dispute or any payment problem.
- An allergy that needs someone to confirm a dish is safe.
- You could not understand or answer the same thing after two tries (tools mark this with suggest_transfer).
- A tool reports a technical problem (the order could not be saved): apologise and transfer.
{staff_rule}{keypad_rules}
# Opening hours
{hours}
"""


PHONE_RULE = (" and the callback number: offer the number they are calling from first (\"Is the number "
              "you're calling from good for the order?\"); if not, ask for the best number{keypad}. Save it "
              "with set_callback_number and read back what it returns")
KEYPAD_OFFER = (": they can say it, \"or type it on your keypad, then press pound\" (typed numbers come to "
                "you as a '(Keypad)' message and are saved on their own)")
TRANSFER_KEY_RULE = ("- The caller can press {key} at any time to reach a person: the phone system then "
                     "transfers them by itself.\n")
#: How a key is said in the greeting.
KEY_NAMES = {"*": "star", "#": "pound"}


def _keypad_rules(settings: Settings) -> str:
    key = settings.keypad_transfer_key
    return TRANSFER_KEY_RULE.format(key=KEY_NAMES.get(key, key)) if key else ""


def transfer_key_announcement(settings: Settings) -> str:
    """The greeting's sentence about the transfer key, or "" when there is none."""
    key = settings.keypad_transfer_key
    return f"You can press {KEY_NAMES.get(key, key)} at any time to talk to a person." if key else ""


def _policy_lines(settings: Settings) -> str:
    lines: list[str] = []
    kinds = settings.order_types
    if kinds == ["pickup"]:
        lines.append("- Pickup only: we don't deliver. Say so kindly if asked.")
    elif kinds == ["delivery"]:
        lines.append("- Delivery only.")
    fee = settings.delivery_fee
    minimum = settings.delivery_minimum
    if "delivery" in kinds and fee:
        lines.append(f"- Delivery costs {money(fee, settings.currency)} extra.")
    if "delivery" in kinds and minimum:
        lines.append(f"- Delivery needs a subtotal of at least {money(minimum, settings.currency)}.")
    zones = settings.delivery_zones
    if "delivery" in kinds and zones:
        lines.append(f"- We deliver to: {', '.join(zones)}.")
    lines.extend(policy_lines(settings))  # texts and ready notices, when the shop sends them
    extra = settings.instructions_extra.strip()
    if extra:
        lines.append(extra)
    return "\n".join(lines) + ("\n" if lines else "")


def _hours_text(settings: Settings) -> str:
    try:
        hours = parse_hours(settings.hours)
    except ValueError:
        return "Not available: if asked, offer to transfer the caller."
    return "\n".join(f"- {DAY_NAMES[day]}: {describe_day(hours, day)}" for day in range(7))


def static_instructions(settings: Settings, language: str | None = None) -> str:
    """The part of the prompt that is the same for every call in one ``language`` (cache-friendly;
    None: the shop's default)."""
    kinds = settings.order_types
    business = settings.business_name or "the restaurant"
    return GUIDELINES.format(
        business=business,
        order_types=" or ".join(kinds),
        language_rules=call_language.instructions_line(settings, language or settings.default_language),
        phone_rule=PHONE_RULE.format(keypad=KEYPAD_OFFER if settings.keypad_entry else ""),
        delivery_rule=" For delivery also get the full address." if "delivery" in kinds else "",
        payment_rule=payment_rule(settings) or "No payment by phone: customers pay at pickup"
                     + (" or on delivery" if "delivery" in kinds else "") + ".",
        policy_lines=_policy_lines(settings),
        staff_rule="" if settings.staff_phone else
        "- No staff line is configured: if a transfer is needed, apologise and suggest calling back later.\n",
        hours=_hours_text(settings),
        keypad_rules=_keypad_rules(settings),
    )


def build_instructions(ctx: CallContext, registry: ToolRegistry | None = None) -> str:
    settings = ctx.settings
    now = ctx.local_now()
    dynamic = [f"# Today\nIt is {DAY_NAMES[now.weekday()]}, {now.strftime('%B')} {now.day}, {now:%H:%M} "
               "local time."]
    try:
        status = opening_status(parse_hours(settings.hours), now)
        if status.open_now and status.closes_at:
            dynamic.append(f"We are open now and close {spoken_when(status.closes_at, now)}.")
        elif status.next_open:
            opens = spoken_when(status.next_open, now)
            if settings.accept_orders_when_closed:
                dynamic.append(f"We are closed now and open {opens}. Tell the caller; take an order only if "
                               "they want it ready after we open, and say so.")
            else:
                dynamic.append(f"We are closed now and open {opens}. Tell the caller; we can't take orders "
                               "until then (submit_order will refuse), but you can answer questions.")
    except ValueError:
        pass
    customer = ctx.customer
    if customer is not None and customer.name:
        dynamic.append(_returning_caller(ctx))
    points = rewards_line(ctx)
    if points:
        dynamic.append(points)
    resumed = instructions_line(ctx)
    if resumed:
        dynamic.append(resumed)
    if ctx.caller_phone:
        dynamic.append(f"The caller is calling from {read_back_phone(ctx.caller_phone)} (caller ID). For the "
                       "callback number, offer this one first; if they agree, call set_callback_number with "
                       "use_caller_id true.")
    return static_instructions(settings, call_language.current(ctx)) + "\n" + "\n".join(dynamic) + "\n"


def _returning_caller(ctx: CallContext) -> str:
    """The prompt's line about a caller ID that matches a stored customer: what is on file only
    when the caller needs no verification (``POS_VOICE_VERIFY_CALLERS = "off"``)."""
    from .verification import ASK, method, verified

    customer = ctx.customer
    assert customer is not None
    line = f"The caller ID matches a returning customer: {customer.name}"
    if verified(ctx):
        if customer.last_order:
            usual = ", ".join(f"{p.quantity} {p.size + ' ' if p.size else ''}{p.name}"
                              for p in customer.last_order)
            line += f". Their last order was: {usual}. You may offer 'the usual' (reorder_last)."
        return line
    how = method(ctx)
    if how is None:
        return line + (". Caller ID can be faked and this caller can't be verified by phone: use nothing on "
                       "file (address, last order); take the order like a new caller's.")
    return line + (". Caller ID can be faked: before using anything on file (their address, their last "
                   f"order) the caller must be verified. {ASK[how]} Never say what is on file before "
                   "verify_caller answers verified. They can always order without it.")


def build_greeting(ctx: CallContext) -> str:
    """The instruction for the assistant's first words: business name, AI disclosure, the caller's
    name; in the call's first language."""
    return _greeting(ctx) + call_language.greeting_rule(ctx.settings, call_language.current(ctx))


def _greeting(ctx: CallContext) -> str:
    settings = ctx.settings
    announcement = transfer_key_announcement(settings)
    if settings.greeting:
        return settings.greeting + (f" Then say: \"{announcement}\"" if announcement else "")
    business = settings.business_name or "the restaurant"
    disclosure = settings.disclosure_message or "this is the AI assistant"
    key = f" {announcement}" if announcement else ""
    resumed = greeting_offer(ctx)
    if resumed:  # the caller was cut off a few minutes ago: the first thing they hear is their order
        named = ctx.customer.name if ctx.customer is not None else None
        hello = f" Hi {named.split()[0]}!" if named else ""
        return (f"Greet the caller warmly in a few short sentences: \"Thanks for calling {business}, "
                f"{disclosure}.{key}{hello} {resumed}\"")
    if ctx.customer is not None and ctx.customer.name:
        first = ctx.customer.name.split()[0]
        return (f"Greet the caller warmly in a few short sentences: \"Thanks for calling {business}, "
                f"{disclosure}.{key} Hi {first}, good to hear from you again! Would you like to place an "
                "order?\""
                + (" If they had a previous order you may mention you can repeat it."
                   if ctx.verification.verified else ""))
    return (f"Greet the caller in a few short sentences: \"Thanks for calling {business}, {disclosure}.{key} "
            "Are you calling to place an order?\"")
