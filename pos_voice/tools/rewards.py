"""Rewards points for verified callers: their balance, what it buys, using a reward on the order.

The balance is personal data: :func:`rewards_balance` and :func:`use_reward` call
:func:`.verification.require` first, so an unverified caller is refused whatever the prompt says.
The balance is read from the host (pos/rewards.py) on each request and never made up: what cannot
be read is said so. What points buy is only what the host defines (``POS_VOICE_REWARDS_OFFERS``);
a reward is used only through the host's ``POS_VOICE_REWARDS_REDEEM``, quoted here and again at
submit (ordering/rewards.py), where its discount comes off the order.
"""

from __future__ import annotations

import dataclasses
import typing as t

from pydantic import BaseModel, ConfigDict, Field

from ..ordering.pricing import Pricing, spoken_summary
from ..ordering.rewards import RewardRefused, quote, totals
from . import common, verification
from .context import CallContext, ToolError

if t.TYPE_CHECKING:
    from ..pos.adapter import PosAdapter
    from .registry import ToolRegistry

NONE = "none"  # use_reward's offer_id that drops the chosen reward
NO_PROGRAM = "Say the shop has no points program you can look up by phone, and carry on with the order."


class NoArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RewardArgs(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    offer_id: str = Field(..., min_length=1, max_length=64,
                          description="The id of a reward from rewards_balance's offers, or 'none' to drop "
                                      "the reward chosen earlier.")


def _pos(ctx: CallContext) -> PosAdapter:
    pos = ctx.ready.pos
    if pos.rewards.source is None:
        raise ToolError("this shop keeps no rewards points that can be looked up", next_step=NO_PROGRAM)
    if ctx.customer is None:
        raise ToolError("no customer is on file for this number, so there are no points to look up",
                        next_step="Say points are kept for customers on file, and carry on with the order.")
    return pos


def _balance(ctx: CallContext, pos: PosAdapter) -> tuple[t.Any, int]:
    """The verified customer's key and points, read now; refuses rather than guess."""
    customer = ctx.customer
    assert customer is not None  # verification.require passed: there is a customer on file
    customer_id = pos.rewards.customer_key(customer.ref)
    try:
        points = pos.rewards.balance(customer_id)
    except Exception as exc:
        ctx.ready.session.rollback()
        raise ToolError("the points balance could not be read right now",
                        next_step="Say you can't see their points at the moment; don't guess a "
                                  "number.") from exc
    ctx.ready.session.rollback()  # a read: end the transaction it opened
    if points is None:
        raise ToolError("no points balance is on file for this caller",
                        next_step="Say you don't see a points balance for them; don't guess a number.")
    return customer_id, points


def rewards_balance(ctx: CallContext, args: NoArgs) -> dict[str, t.Any]:
    pos = _pos(ctx)
    verification.require(ctx, "points balance")
    customer_id, points = _balance(ctx, pos)
    try:
        offers = pos.rewards.offers(customer_id, points)
    except Exception:
        offers = []  # the balance is still true; only what it buys is unknown
    finally:
        ctx.ready.session.rollback()
    result: dict[str, t.Any] = {"ok": True, "points": points}
    if offers:
        result["offers"] = [{**offer.as_dict(), "enough_points": points >= offer.points} for offer in offers]
    if pos.rewards.can_redeem and any(points >= offer.points for offer in offers):
        result["next"] = ("Tell the caller their points and what they can get. If they want a reward on this "
                          "order, call use_reward with its id.")
    elif offers:
        result["next"] = ("Tell the caller their points and what the rewards cost. Rewards can't be used by "
                          "phone.")
    else:
        result["next"] = ("Tell the caller their points. Don't promise anything they buy: the shop has said "
                          "nothing.")
    return result


def use_reward(ctx: CallContext, args: RewardArgs) -> dict[str, t.Any]:
    pos = _pos(ctx)
    verification.require(ctx, "points")
    if args.offer_id.lower() == NONE:
        ctx.reward = None
        return {"ok": True, "reward": None, "next": "The reward is off the order."}
    if not pos.rewards.can_redeem:
        raise ToolError("rewards can't be used on phone orders at this shop",
                        next_step="Say they can use their points in store.")
    if ctx.cart.is_empty():
        raise ToolError("the order has no items yet", next_step="Take the order first, then use the reward.")
    assert ctx.customer is not None
    pricing = common.price_order(ctx)
    try:
        redemption = quote(pos, ctx.customer.ref, args.offer_id, pricing)
    except RewardRefused as exc:
        raise ToolError(f"that reward can't be used: {exc}", next_step="Tell the caller why.") from exc
    finally:
        ctx.ready.session.rollback()
    ctx.reward = redemption.offer_id
    money = totals(pricing, redemption, ctx.settings.tax_rate)
    return {"ok": True, "reward": redemption.description, "points": redemption.points,
            "discount": str(money.discount), "total": str(money.total),
            "say": f"{redemption.description} for {redemption.points} points; your total is now "
                   f"{common.say_money(ctx, money.total)} including tax.",
            "next": "The points are spent only when the order is placed (submit_order)."}


def with_reward(ctx: CallContext, pricing: Pricing, view: dict[str, t.Any]) -> dict[str, t.Any]:
    """The order as read back (``view``), with the chosen reward's discount quoted again; a reward
    the host no longer allows is dropped and said so."""
    if not ctx.reward or ctx.customer is None or not verification.verified(ctx):
        return view
    pos = ctx.ready.pos
    try:
        redemption = quote(pos, ctx.customer.ref, ctx.reward, pricing)
    except RewardRefused as exc:
        ctx.reward = None
        return {**view, "reward_dropped": f"the reward can no longer be used: {exc}"}
    finally:
        ctx.ready.session.rollback()
    money = totals(pricing, redemption, ctx.settings.tax_rate)
    paid = dataclasses.replace(pricing, tax=money.tax, total=money.total)
    return {**view, "reward": redemption.description, "discount": str(money.discount), "tax": str(money.tax),
            "total": str(money.total),
            "summary": f"{spoken_summary(paid, ctx.settings.currency)} That is with {redemption.description} "
                       f"for {redemption.points} points."}


def instructions_line(ctx: CallContext) -> str | None:
    """The prompt's line for a returning caller at a shop that keeps points."""
    services = ctx.services
    ready = services.ready if services is not None else None
    if ctx.customer is None or ready is None or ready.pos.rewards.source is None:
        return None
    return ("This shop keeps rewards points. If the caller asks about their points, call rewards_balance "
            "(only a verified caller hears them). Never say a number of points the tool did not give.")


def register(registry: ToolRegistry) -> None:
    registry.register(
        "rewards_balance",
        "The verified returning caller's rewards points balance and what the shop says points buy. Never "
        "state or estimate a balance without it.", NoArgs, rewards_balance)
    registry.register(
        "use_reward",
        "Use one of the caller's rewards (an id from rewards_balance) on this order; 'none' drops it. The "
        "points are spent when the order is placed.", RewardArgs, use_reward)
