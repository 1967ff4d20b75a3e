"""Rewards points on a voice order: the host's redemption checked at submit, points earned once.

At submit (:mod:`.submit`): a reward the caller chose is quoted again by the host's callable, like
every price is read again, and its discount comes off the subtotal before tax. In the order's own
transaction: the balance is read before the order is written and after (the host's hooks fired on
its own tables in between); when they changed it the host awarded the points, and pos_voice does
not award them again; otherwise ``POS_VOICE_REWARDS_POINTS_PER_UNIT`` applies, once — the call's
claim makes it one order per call, and a ledger with an order column is checked for the order's
row. Then the redemption itself runs in the same transaction. Nothing here commits.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from decimal import Decimal

from ..pos.rewards import Redemption, RewardRefused
from .money import money
from .pricing import Pricing, cents

if t.TYPE_CHECKING:
    from ..pos.adapter import PosAdapter
    from ..pos.types import WrittenOrder
    from ..settings import Settings

__all__ = ["Baseline", "Redemption", "RewardRefused", "Totals", "baseline", "quote", "settle", "totals"]


@dataclass(frozen=True)
class Totals:
    """The order's money with a reward's discount off the subtotal (tax on what is paid)."""

    discount: Decimal
    tax: Decimal
    total: Decimal


def quote(pos: PosAdapter, customer_ref: str | None, offer_id: str, pricing: Pricing) -> Redemption:
    """The host's answer for this reward on this order now (nothing changes); raises RewardRefused."""
    customer_id = pos.rewards.customer_key(customer_ref)
    if customer_id is None:
        raise RewardRefused("rewards can only be used by a customer on file")
    return pos.rewards.redeem(customer_id, offer_id, pricing.subtotal)


def totals(pricing: Pricing, redemption: Redemption | None, tax_rate: Decimal) -> Totals:
    if redemption is None:
        return Totals(Decimal("0.00"), pricing.tax, pricing.total)
    paid = pricing.subtotal - redemption.discount
    tax = cents(paid * tax_rate)
    return Totals(redemption.discount, tax, cents(paid + tax + pricing.delivery_fee))


def reward_note(redemption: Redemption, currency: str) -> str:
    """The kitchen's line about the reward (a free item must be made too)."""
    off = f", {money(redemption.discount, currency)} off" if redemption.discount else ""
    return f"REWARD: {redemption.description} ({redemption.points} points{off})"


@dataclass(frozen=True)
class Baseline:
    """The balance before the order was written, of the customer the order's phone belongs to."""

    customer_id: t.Any
    points: int | None


def baseline(pos: PosAdapter, phone: str | None) -> Baseline | None:
    """None when the host keeps no points (nothing to compare, nothing to award)."""
    if pos.rewards.source is None:
        return None
    customer_id = pos.customers.customer_id(phone)
    return Baseline(customer_id, pos.rewards.balance(customer_id) if customer_id is not None else 0)


def settle(pos: PosAdapter, settings: Settings, written: WrittenOrder, before: Baseline | None,
           paid_subtotal: Decimal, redemption: Redemption | None,
           redeemer_ref: str | None) -> dict[str, t.Any] | None:
    """Points earned (by the host's hooks, or by the rule) and the reward redeemed, for the order
    just written; what happened, for the order's event. Raises RewardRefused when the host's
    redemption no longer agrees with its quote."""
    rewards = pos.rewards
    out: dict[str, t.Any] = {}
    customer_id = written.customer_id
    earn = 0
    if before is not None and customer_id is not None:
        prior = before.points if before.customer_id == customer_id else 0  # a new customers row
        after = rewards.balance(customer_id)
        changed = (after - prior) if after is not None and prior is not None else 0
        if settings.rewards_host_awards is True or changed:
            out.update(earned=max(changed, 0), earned_by="host")
        elif rewards.can_award:
            earn = rewards.earned_by_rule(paid_subtotal)
    if redemption is not None:  # before our award: the host's callable may hold the customer's row
        redeemer = rewards.customer_key(redeemer_ref)
        applied = rewards.redeem(redeemer, redemption.offer_id, paid_subtotal + redemption.discount,
                                 order_id=written.id)
        if applied.discount != redemption.discount:
            raise RewardRefused(f"the reward's discount changed from {redemption.discount} to "
                                f"{applied.discount}")
        out.update(redeemed=applied.points, reward=applied.description, discount=str(applied.discount))
        customer_id = customer_id if customer_id is not None else redeemer
    if earn > 0:
        rewards.award(written.customer_id, written.id, earn, f"phone order {written.number}")
        out.update(earned=earn, earned_by="pos_voice")
    if out and customer_id is not None:
        out["balance"] = rewards.balance(customer_id)
    return out or None
