"""Verified repeat callers: caller ID is not identity (it can be spoofed).

A caller whose number matches a stored customer is *unverified* until they prove it:
``POS_VOICE_VERIFY_CALLERS = "street"`` (the default) asks for the street name of the address on
file, ``"pin"`` for the PIN the host stores for the customer, keyed in on the phone (the street
where no PIN is stored); ``"off"`` trusts caller ID. Tools that reveal or use stored personal data
(the address on file, the last order) call :func:`require` first: the tools enforce it, whatever
the prompt says. Refusals never contain the stored value; two wrong answers lock verification for
the call, and the caller goes on ordering like a new one.
"""

from __future__ import annotations

import hmac
import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..ordering.streets import same_street, stored_street
from .context import LOCKED, UNVERIFIED, VERIFIED, CallContext, ToolError
from .lifecycle import record_event

if t.TYPE_CHECKING:
    from .registry import ToolRegistry

STREET, PIN = "street", "pin"
MAX_FAILURES = 2  # wrong answers before verification is locked for the call
KEYPAD_KEPT = 16  # keys remembered (a PIN is short; a stuck key must not grow the buffer)

#: What the model is told to ask for, per method (model-facing text).
ASK = {
    STREET: "Ask the caller to confirm the street name of their address on file (never say it yourself), "
            "then call verify_caller with the street they said.",
    PIN: "Ask the caller to type their PIN on the phone keypad, then call verify_caller.",
}
WITHOUT = ("Or carry on without it: take the order like a new caller's, asking for the items and any "
           "delivery address yourself.")
AS_NEW = ("Don't mention anything on file. Carry on like with a new caller: ask for the items and any "
          "delivery address yourself.")


class VerifyArgs(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    street: str | None = Field(None, max_length=200,
                               description="The street name as the caller said it (street check). Omit "
                                           "when the caller typed a PIN on the keypad.")


def method(ctx: CallContext) -> str | None:
    """How this caller can prove who they are; None when nothing stored can be checked."""
    customer = ctx.customer
    if customer is None:
        return None
    if ctx.settings.verify_callers == PIN and customer.pin:
        return PIN
    if stored_street(customer.address) is not None:
        return STREET
    return None


def verified(ctx: CallContext) -> bool:
    return ctx.verification.verified


def require(ctx: CallContext, what: str) -> None:
    """Refuse (a :class:`ToolError` the model reads) unless the caller is verified; ``what`` names the
    stored data ("address", "last order"). Never says what is stored."""
    state = ctx.verification
    if state.verified:
        return
    if state.status == LOCKED:
        raise ToolError(f"the caller could not be verified on this call, so their {what} on file can't be "
                        "shared or used", next_step=AS_NEW, verified=False)
    how = method(ctx)
    if how is None:
        raise ToolError(f"this caller can't be verified by phone, so their {what} on file can't be shared "
                        "or used", next_step=AS_NEW, verified=False)
    raise ToolError(f"the caller is not verified yet, so their {what} on file can't be shared or used",
                    next_step=f"{ASK[how]} {WITHOUT}", verified=False, verify_by=how)


def pending_note(ctx: CallContext, what: str) -> dict[str, t.Any]:
    """For a result that would have used stored data: what to do to use it (nothing when there is
    none, or the caller is verified)."""
    if ctx.customer is None or verified(ctx):
        return {}
    how = method(ctx) if ctx.verification.status != LOCKED else None
    if how is None:
        return {}
    return {"on_file_needs_verification": f"There is a {what} on file; it can be used once the caller is "
                                          f"verified. {ASK[how]} {WITHOUT}"}


#: What the model is told of a PIN typed on the keypad (never the digits).
PIN_TYPED = ("(Keypad) The caller typed their PIN (the digits are kept from you). Call verify_caller to "
             "check it.")


def keypad_entry(ctx: CallContext, digits: str) -> str | None:
    """Digits typed then ``#`` while a PIN check is pending: kept for verify_caller, never shown to
    the model or recorded (the bridge records only what the model is told). None otherwise."""
    if ctx.verification.status != UNVERIFIED or method(ctx) != PIN:
        return None
    with ctx.keypad_lock:
        ctx.keypad[:] = [d for d in digits if d.isdigit()][-KEYPAD_KEPT:]
    return PIN_TYPED


def _keyed(ctx: CallContext) -> str:
    """The digits keyed since the last check (taken: the next check needs new ones)."""
    with ctx.keypad_lock:
        keyed = "".join(ctx.keypad)
        ctx.keypad.clear()
    return keyed


def _on_file(ctx: CallContext) -> dict[str, t.Any]:
    """What the verified caller's record holds, for the model to use."""
    customer = ctx.customer
    assert customer is not None
    out: dict[str, t.Any] = {"name": customer.name}
    if customer.address:
        out["address_on_file"] = customer.address
    if customer.last_order:
        out["last_order"] = [" ".join(str(p) for p in (line.quantity, line.size, line.name) if p)
                             + (f" ({', '.join(line.modifiers)})" if line.modifiers else "")
                             for line in customer.last_order]
    return out


def _record(ctx: CallContext, status: str, how: str | None) -> None:
    record_event(ctx, "verification", {"status": status, "method": how,
                                       "failures": ctx.verification.failures})


def verify_caller(ctx: CallContext, args: VerifyArgs) -> dict[str, t.Any]:
    state = ctx.verification
    if ctx.customer is None:
        raise ToolError("no customer is on file for this number, so there is nothing to verify",
                        next_step="Carry on like with a new caller.")
    if state.verified:
        return {"ok": True, "verified": True, "customer": _on_file(ctx)}
    if state.status == LOCKED:
        raise ToolError("verification already failed twice on this call", next_step=AS_NEW, verified=False)
    how = method(ctx)
    if how is None:
        raise ToolError("this caller can't be verified by phone", next_step=AS_NEW, verified=False)
    if how == PIN:
        keyed = _keyed(ctx)
        if not keyed:
            state.keys_asked = True  # a PIN may begin with the transfer key: the keypad takes it as a digit
            raise ToolError("no keypad digits have arrived yet",
                            next_step="Ask the caller to type their PIN on the phone keypad, then call "
                                      "verify_caller again.", verified=False)
        assert ctx.customer.pin is not None
        matches = hmac.compare_digest(keyed.encode(), ctx.customer.pin.encode())
    else:
        if not args.street:
            raise ToolError("'street' is required: the street name the caller said",
                            next_step=ASK[STREET], verified=False)
        matches = same_street(args.street, ctx.customer.address)
    state.method = how
    if matches:
        state.status, state.keys_asked = VERIFIED, False
        _record(ctx, VERIFIED, how)
        return {"ok": True, "verified": True, "method": how, "customer": _on_file(ctx),
                "next": "Thank the caller. You may now use the address on file and offer their last order "
                        "(reorder_last)."}
    state.failures += 1
    what = "the PIN on file" if how == PIN else "the street on file"
    if state.failures >= MAX_FAILURES:
        state.status, state.keys_asked = LOCKED, False
        _record(ctx, LOCKED, how)
        return {"ok": False, "verified": False, "error": f"that does not match {what}; verification is now "
                                                         "closed for this call", "next": AS_NEW}
    _record(ctx, UNVERIFIED, how)
    return {"ok": False, "verified": False, "error": f"that does not match {what}",
            "next": "Say it didn't match and ask once more (don't give hints). " + WITHOUT}


def register(registry: ToolRegistry) -> None:
    registry.register(
        "verify_caller",
        "Check that a returning caller is the customer on file before anything stored about them (address "
        "on file, last order) is used: with the street name of their address as they said it, or after they "
        "typed their PIN on the keypad. Never say what is on file before it answers verified.",
        VerifyArgs, verify_caller)
