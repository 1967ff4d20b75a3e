"""Ready-made conversations for the fake model (``flask pos-voice simulate --script NAME``).

Each is a function of the business name returning a :class:`~pos_voice.testing.Script`;
the tool names and arguments are the ones the model sees (``pos_voice.tools``). The scripts
that place an order run with the kitchen taking orders at any hour (``run_simulation``).
"""

from __future__ import annotations

import typing as t

from flask import current_app, has_app_context

from .fake_realtime import Script


def pepperoni(business: str) -> Script:
    """A pickup order for one large pepperoni pizza, placed and confirmed, then goodbye."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! What can I get started for you today?")
        .when_caller_says("Hi, I'd like a large pepperoni pizza for pickup, please.")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("One large pepperoni pizza for pickup. Anything else?")
        .when_caller_says("No, that's everything.")
        .call_tool("get_order_summary", {})
        .say("That's one large pepperoni pizza. Can I get a name for the order?")
        .when_caller_says("It's Sam.")
        .call_tool("submit_order", {"customer_name": "Sam"})
        .say_and_call("Thanks Sam, your order is in and will be ready soon. See you then, goodbye!",
                      "end_call", {"reason": "order placed"})
    )


def keypad(business: str) -> Script:
    """A pickup order whose callback number the caller types on the keypad, then ``#``."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! What can I get started for you today?")
        .when_caller_says("A large pepperoni pizza for pickup, please.")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("One large pepperoni pizza. What's a good callback number? You can type it on your keypad, "
             "then press pound.")
        .when_caller_types("6465550199#")
        .say("That's 6 4 6, 5 5 5, 0 1 9 9. Is that right?")
        .when_caller_says("Yes. The name is Sam.")
        .call_tool("submit_order", {"customer_name": "Sam"})
        .say_and_call("Thanks Sam, your order is in. Goodbye!", "end_call", {"reason": "order placed"})
    )


def transfer(business: str) -> Script:
    """A caller who wants a person: the assistant hands the call to staff."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! How can I help?")
        .when_caller_says("Can I talk to a real person? I have a question about a catering order.")
        .say_and_call("Of course, let me connect you to a member of our team. One moment please.",
                      "transfer_to_human", {"reason": "caller asked for a person",
                                            "summary": "question about a catering order"})
    )


def hours(business: str) -> Script:
    """A question about opening hours and the address, no order: the script that shows the closed
    case. Built in an app context, the assistant answers what get_hours says now (outside
    ``POS_VOICE_HOURS``: closed, and when we open)."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! How can I help?")
        .when_caller_says("What time are you open until tonight, and where are you?")
        .call_tool("get_hours", {})
        .call_tool("get_location", {})
        .say(f"{_hours_now()} I've got our address right here for you too. Anything else I can help with?")
        .when_caller_says("No, thanks, bye.")
        .say_and_call("Thanks for calling, goodbye!", "end_call", {"reason": "question answered"})
    )


def _hours_now() -> str:
    """What a model would say from get_hours' answer right now; a neutral line outside an app."""
    if not has_app_context():
        return "I've got our hours right here for you."
    from ..extension import get_state
    from ..tools.business_tools import HoursArgs, get_hours
    from ..tools.context import CallContext

    ctx = CallContext(None, "CA-simulated-script", None, services=get_state(current_app))
    try:
        answer = get_hours(ctx, HoursArgs(day=None))
    except Exception:  # unreadable hours: get_hours itself will say so in the call
        return "Let me check our hours for you."
    if answer.get("open_now") and answer.get("closes"):
        return f"We're open right now, and we close {answer['closes']}."
    if answer.get("opens_next"):
        return f"We're closed right now; we open {answer['opens_next']}."
    return "I've got our hours right here for you."


def barge_in(business: str) -> Script:
    """The caller talks over a long greeting, then orders."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! Today we have a two-for-one special on medium pizzas, "
               "and our garlic knots are half price with any order, and we also deliver until eleven.",
               audio_ms=9000, pace=1.0)
        .when_caller_says("Sorry to interrupt, I just want a large cheese pizza for pickup.",
                          interrupt_after_ms=1500)
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "cheese pizza", "size": "large", "quantity": 1})
        .say("One large cheese pizza. Can I get a name?")
        .when_caller_says("Alex.")
        .call_tool("submit_order", {"customer_name": "Alex"})
        .say_and_call("Thanks Alex, it'll be ready soon. Goodbye!", "end_call", {"reason": "order placed"})
    )


def text(business: str) -> Script:
    """A pickup order with a text confirmation (the caller agrees; the text goes to the testing
    kit's fake Twilio REST API, shown at the end)."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! What can I get started for you today?")
        .when_caller_says("A large pepperoni pizza for pickup, please.")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("One large pepperoni pizza. What's the best number for the order?")
        .when_caller_says("Two one two, five five five, zero one two three.")
        .call_tool("set_callback_number", {"phone": "212-555-0123"})
        .say("That's 2 1 2, 5 5 5, 0 1 2 3. Would you like a text with the order details?")
        .when_caller_says("Yes please.")
        .call_tool("order_updates", {"text_confirmation": True})
        .say("Great. Can I get a name for the order?")
        .when_caller_says("It's Sam.")
        .call_tool("submit_order", {"customer_name": "Sam"})
        .say_and_call("Thanks Sam, your order is in and the text is on its way. Goodbye!",
                      "end_call", {"reason": "order placed"})
    )


class NotPlayable(Exception):
    """A script the app's settings cannot play; the message says what to set."""


def spanish(business: str) -> Script:
    """A caller who speaks Spanish: the model switches the call to Spanish (``set_language``) and
    takes a pickup order in it. Needs Spanish among ``POS_VOICE_LANGUAGES``."""
    if has_app_context():
        from ..extension import get_state

        offered = get_state(current_app).settings.call_languages
        if "es" not in offered:
            raise NotPlayable(f"the 'spanish' script needs Spanish on the line: set POS_VOICE_LANGUAGES = "
                              f'["{offered[0]}", "es"] (it offers {", ".join(offered)} now)')
    return (
        Script()
        .greet(f"Thanks for calling {business}! What can I get started for you today?")
        .when_caller_says("Hola, quisiera una pizza grande de pepperoni para recoger, por favor.")
        .call_tool("set_language", {"language": "es"})
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("¡Claro! Una pizza grande de pepperoni para recoger. ¿Algo más?")
        .when_caller_says("No, eso es todo, gracias.")
        .call_tool("get_order_summary", {})
        .say("Es una pizza grande de pepperoni. ¿A nombre de quién?")
        .when_caller_says("A nombre de Ana.")
        .call_tool("submit_order", {"customer_name": "Ana"})
        .say_and_call("Gracias Ana, su pedido ya está hecho y estará listo pronto. ¡Adiós!",
                      "end_call", {"reason": "order placed"})
    )


SCRIPTS: dict[str, t.Callable[[str], Script]] = {
    "pepperoni": pepperoni,
    "text": text,
    "transfer": transfer,
    "hours": hours,
    "barge-in": barge_in,
    "keypad": keypad,
    "spanish": spanish,
}
