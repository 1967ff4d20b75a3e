"""Dropped calls resume: a call that ended without an order while the cart had items (the caller
hung up, the line dropped, the bridge failed) leaves its cart on its row (``live_state``'s
``snapshot``, written with every cart change). A call from the same number within
``POS_VOICE_RESUME_WINDOW_MINUTES`` is offered it in the greeting; ``resume_order`` brings it back
exactly when the caller accepts.

The offer is claimed at call start by inserting the ``voice_call_resumes`` row: its unique
``call_id`` makes it one resume per cart, across processes. Withheld numbers never resume (they
are no one's), nor do numbers that differ once normalised; the window is on the injected clock.
A reward chosen on the dropped call (``live_state``'s ``reward``) comes back with the cart only for
a caller verified on the new call, quoted again; otherwise it is dropped and the model told so.
"""

from __future__ import annotations

import logging
import typing as t
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field

from ..models import ABANDONED, ENDED, FAILED, RESUME_ACCEPTED, RESUME_DECLINED, RESUME_OFFERED
from ..ordering.cart import Cart, CartError
from ..pos.phones import normalize_phone
from ..pos.values import digits
from . import rewards, verification
from .common import order_view, price_order
from .context import CallContext, ToolError
from .lifecycle import record_event

if t.TYPE_CHECKING:
    from .registry import ToolRegistry

log = logging.getLogger("pos_voice.tools")

#: Outcomes of a call that ended with its order unfinished (not placed, not handed to staff).
RESUMABLE = (ABANDONED, FAILED)
CANDIDATES = 5  # recent calls from the number looked at, newest first
SPOKEN_LINES = 3  # lines named in the greeting ("… and 2 more")


@dataclass
class ResumeOffer:
    """The cart of an earlier call of this caller, offered to this one."""

    resume_id: int
    from_call_id: int
    cart: Cart
    ended_at: datetime
    status: str = RESUME_OFFERED
    reward: str | None = None  # the reward (offer id) chosen on the dropped call

    def spoken_items(self) -> str:
        named = [line.describe() for line in self.cart.lines[:SPOKEN_LINES]]
        more = len(self.cart.lines) - len(named)
        if more:
            return ", ".join(named) + f" and {more} more item" + ("s" if more > 1 else "")
        return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


class ResumeArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    accept: bool = Field(..., description="true when the caller wants to continue the earlier order, false "
                                          "when they'd rather start fresh.")


def offer(ctx: CallContext) -> None:
    """At call start: claim the newest unfinished cart this number left within the window."""
    store, services = ctx.store, ctx.services
    if services is None or store is None or ctx.call_id is None or ctx.caller_phone is None:
        return
    window = ctx.settings.resume_window_minutes
    last4 = digits(ctx.caller_phone)[-4:]
    if not window or len(last4) < 4:
        return
    models = store.models
    calls, resumes = models.VoiceCall, models.VoiceCallResume
    now = ctx.clock.utcnow()
    session = store.session
    try:
        taken = sa.select(resumes.id).where(resumes.call_id == calls.id).exists()
        rows = session.execute(
            sa.select(calls.id, calls.phone_from, calls.live_state, calls.ended_at)
            .where(calls.id != ctx.call_id, calls.state == ENDED, calls.order_id.is_(None),
                   calls.disposition.in_(RESUMABLE), calls.ended_at >= now - timedelta(minutes=window),
                   calls.ended_at <= now, calls.phone_from.like(f"%{last4}%"), ~taken)
            .order_by(calls.ended_at.desc(), calls.id.desc()).limit(CANDIDATES)).all()
        region = ctx.settings.default_region
        same_number = [row for row in rows if normalize_phone(row.phone_from, region) == ctx.caller_phone]
        found = next(((row, cart) for row in same_number for cart in [_held_cart(row.live_state)]
                      if cart is not None), None)
        if found is None:
            session.rollback()
            return
        row, cart = found
        claim = resumes(call_id=row.id, resumed_call_id=ctx.call_id, status=RESUME_OFFERED, created_at=now)
        session.add(claim)
        session.commit()  # the unique call_id: another call that claimed it first wins
    except sa.exc.IntegrityError:
        session.rollback()
        return
    except Exception:  # a failed look-up only costs the offer
        log.exception("pos_voice could not look for a dropped call's cart")
        session.rollback()
        return
    reward = row.live_state.get("reward")  # a dict: _held_cart read its snapshot
    ctx.resume = ResumeOffer(int(claim.id), int(row.id), cart, row.ended_at,
                             reward=reward if isinstance(reward, str) and reward else None)
    record_event(ctx, "resume_offered", {"from_call_id": int(row.id),
                                         "items": [line.describe() for line in cart.lines]})


def _held_cart(live_state: t.Any) -> Cart | None:
    """The cart a call left (None when it had none, or it can't be read)."""
    try:
        cart = Cart.restored((live_state or {}).get("snapshot") if isinstance(live_state, dict) else None)
    except CartError:
        return None
    return None if cart.is_empty() else cart


def _decide(ctx: CallContext, status: str) -> None:
    offered = ctx.resume
    assert offered is not None and ctx.store is not None
    store = ctx.store
    resumes = store.models.VoiceCallResume
    try:
        store.session.execute(sa.update(resumes).where(resumes.id == offered.resume_id)
                              .values(status=status, decided_at=ctx.clock.utcnow())
                              .execution_options(synchronize_session=False))
        store.session.commit()
    except Exception:  # the caller keeps their cart; the staff page misses the outcome
        log.exception("pos_voice could not record a resume decision")
        store.rollback()
    offered.status = status
    record_event(ctx, "resumed" if status == RESUME_ACCEPTED else "resume_declined",
                 {"from_call_id": offered.from_call_id})


def resume_order(ctx: CallContext, args: ResumeArgs) -> dict[str, t.Any]:
    offered = ctx.resume
    if offered is None:
        raise ToolError("there is no earlier order to continue on this call",
                        next_step="Take the order as usual.")
    if offered.status != RESUME_OFFERED:
        raise ToolError(f"the earlier order was already {offered.status} on this call",
                        next_step="Carry on with the order as it is now (get_order_summary).")
    if not args.accept:
        _decide(ctx, RESUME_DECLINED)
        return {"ok": True, "resumed": False, "next": "Start fresh: ask what they would like today."}
    restored = Cart.restored(offered.cart.snapshot())
    restored.take_lines(ctx.cart)  # anything added before they answered stays, after the earlier lines
    ctx.cart = restored
    _decide(ctx, RESUME_ACCEPTED)
    result: dict[str, t.Any] = {"ok": True, "resumed": True}
    view = order_view(ctx)
    if offered.reward and verification.verified(ctx):
        ctx.reward = offered.reward  # quoted again now: the host may no longer allow it
        view = rewards.with_reward(ctx, price_order(ctx, check=False), view)
    elif offered.reward:
        result["reward_dropped"] = ("the reward chosen on the earlier call is off the order: the caller is "
                                    "not verified on this call")
    next_step = "Read the order back briefly (the summary), then ask what else they'd like or whether " \
                "that's everything." + ("" if restored.order_type else " Ask pickup or delivery too.")
    if "reward_dropped" in result:
        next_step += (" Say the reward they chose before is not on the order now; once they are verified "
                      "(verify_caller) they can choose it again (rewards_balance, use_reward).")
    return {**result, "order": view, "next": next_step}


def instructions_line(ctx: CallContext) -> str | None:
    """The prompt's line about the offer (None without one)."""
    offered = ctx.resume
    if offered is None:
        return None
    minutes = max(1, round((ctx.clock.utcnow() - offered.ended_at).total_seconds() / 60))
    kind = f" for {offered.cart.order_type}" if offered.cart.order_type else ""
    plural = "s" if minutes > 1 else ""
    return (f"This caller's previous call, about {minutes} minute{plural} ago, ended before the order "
            f"was placed. Its order is kept{kind}: {offered.spoken_items()}. Offer to continue it (if the "
            "greeting didn't already): if they want it, call resume_order with accept true (it comes back "
            "exactly as it was, notes and allergies included); if not, call resume_order with accept false "
            "and start fresh.")


def greeting_offer(ctx: CallContext) -> str | None:
    offered = ctx.resume
    if offered is None:
        return None
    return (f"It looks like we got cut off: we still have your {offered.spoken_items()}. Would you like to "
            "pick up where we left off?")


def register(registry: ToolRegistry) -> None:
    registry.register(
        "resume_order",
        "Continue the order of the caller's previous call that got cut off (offered in the greeting): accept "
        "true restores it exactly as it was; false starts fresh. Only on calls whose instructions mention "
        "the earlier order.",
        ResumeArgs, resume_order, changes_cart=True)
