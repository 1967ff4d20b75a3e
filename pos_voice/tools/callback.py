"""The callback number: the caller ID offered first, else said or typed on the keypad, and
always read back digit by digit (the corrected number in full after a correction).

Numbers are where voice goes wrong most: a digit misheard, groups run together ("five
hundred fifty-five"). So the number the order will carry is set here, once, from the caller
ID, the caller's words or the keypad's exact digits, and the model is given the read-back
form to say. A typed number never passes through the model: :func:`keypad_entry` stores it
and tells the model what was typed; ``submit_order`` then uses the stored number.
"""

from __future__ import annotations

import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..pos.phones import callback_phone, read_back_phone
from ..redaction import redact
from .context import CallContext, ToolError

if t.TYPE_CHECKING:
    from .registry import ToolRegistry

CALLER_ID, SAID, KEYPAD = "caller_id", "said", "keypad"

#: What the model reads when a keypad entry arrives (a user message of its own).
KEYPAD_NUMBER = (
    "(Keypad) The caller typed {digits} on the phone keypad. These digits are exact: typed, not heard. "
    "They are saved as the callback number; submit_order uses them (leave its phone out). Read the number "
    "back digit by digit, exactly like this: \"{read_back}\", and ask whether it is right.")
KEYPAD_NOT_A_NUMBER = (
    "(Keypad) The caller typed {digits} on the phone keypad ({count} digits). That is not a phone number "
    "we can call back, so nothing was saved. Tell the caller, and ask them to type the whole number again, "
    "area code first, then the pound key, or to say it.")
KEYPAD_CARD = (
    "(Keypad) The caller typed a long number on the phone keypad that looks like a payment card number. "
    "It was not kept and you are not told it. We never take card details by phone: tell them kindly that "
    "payment is at pickup or on delivery.")
READ_BACK_NEXT = ("Read the number back exactly as in 'say', digit by digit, and wait for a yes. If the "
                  "caller corrects any digit, call set_callback_number again with the whole corrected "
                  "number.")


class CallbackArgs(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    phone: str | None = Field(None, max_length=40,
                              description="The number as the caller said it, every digit. Omit with "
                                          "use_caller_id.")
    use_caller_id: bool = Field(False, description="True when the caller agreed to use the number they are "
                                                   "calling from.")


def keypad_offer(ctx: CallContext) -> str:
    """The words offering the keypad, when callers may type numbers."""
    return " or type it on the keypad, then the pound key" if ctx.settings.keypad_entry else ""


def remember(ctx: CallContext, phone: str, source: str) -> dict[str, t.Any]:
    """Make ``phone`` (E.164) the order's callback number; the result the model reads back from."""
    corrected = ctx.callback_phone is not None and ctx.callback_phone != phone
    ctx.callback_phone, ctx.callback_source = phone, source
    read_back = read_back_phone(phone)
    result: dict[str, t.Any] = {"ok": True, "callback_number": read_back, "source": source}
    if corrected:
        result["corrected"] = True
        result["say"] = f"Let me read the corrected number back: {read_back}. Is that right?"
    elif source == CALLER_ID:
        result["say"] = f"Great, we'll use the number you're calling from, {read_back}."
    else:
        result["say"] = f"That's {read_back}. Is that right?"
    if source != CALLER_ID or corrected:
        result["next"] = READ_BACK_NEXT
    return result


def set_callback_number(ctx: CallContext, args: CallbackArgs) -> dict[str, t.Any]:
    if args.use_caller_id:
        if not ctx.caller_phone:
            raise ToolError("the caller's number is withheld, so there is no caller ID to use",
                            next_step="Ask for the best callback number: they can say it"
                                      f"{keypad_offer(ctx)}.")
        return remember(ctx, ctx.caller_phone, CALLER_ID)
    if not args.phone:
        raise ToolError("give the phone the caller said, or use_caller_id true",
                        next_step="Call again with the number, or with use_caller_id if they agreed to it.")
    phone = callback_phone(args.phone, ctx.settings.default_region)
    if phone is None:
        raise ToolError(f"{args.phone!r} is not a phone number we can call back", subject="callback number",
                        next_step="Tell the caller the number seems incomplete and ask for it again, "
                                  f"digit by digit{keypad_offer(ctx)}.")
    return remember(ctx, phone, SAID)


def keypad_entry(ctx: CallContext, digits: str) -> str:
    """Digits the caller typed (ended with ``#``): stored as the callback number when they are one;
    the text the model is given."""
    if redact(digits) != digits:  # a card number typed in: kept nowhere, not even in the model
        return KEYPAD_CARD
    spaced = " ".join(digits)
    phone = callback_phone(digits, ctx.settings.default_region) if digits.isdigit() else None
    if phone is None:
        return KEYPAD_NOT_A_NUMBER.format(digits=spaced, count=len(digits))
    with ctx.lock:
        remember(ctx, phone, KEYPAD)
    return KEYPAD_NUMBER.format(digits=spaced, read_back=read_back_phone(phone))


def register(registry: ToolRegistry) -> None:
    registry.register(
        "set_callback_number",
        "Save the callback number for the order and get it back in the form to read to the caller. Offer the "
        "number they are calling from first (use_caller_id); otherwise pass the number they said. Call it "
        "again with the whole number after any correction. Numbers typed on the keypad are saved on their "
        "own (you get a '(Keypad)' message): don't call this for them.",
        CallbackArgs, set_callback_number)
