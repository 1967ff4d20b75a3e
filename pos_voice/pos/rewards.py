"""The host's loyalty points: where the balance is kept, reading it, adding to it, redeeming it.

Found by the mapper like every other part (:func:`find_ledger` runs in :func:`.mapping.map_host`):

* a balance column on the customers table (the ``customer.points`` role: ``points``,
  ``loyalty_points``, ``stamps``, ``balance`` … of an integer type; ``POS_VOICE_REWARDS_COLUMN``
  names it), or
* a ledger table pointing at the customers, one row per change (``reward.points``, ``reason``,
  ``created_at``, an optional order link); the balance is the sum (``POS_VOICE_REWARDS_TABLE``), or
* a host callable (``POS_VOICE_REWARDS_BALANCE = "shop.loyalty:balance"``, ``balance(customer_id)``
  returning whole points) when the shape is one pos_voice cannot read.

What points buy and how they are spent belongs to the host: ``POS_VOICE_REWARDS_OFFERS`` (a list,
or a callable ``offers(customer_id, balance)``) says what the assistant may offer, and only
``POS_VOICE_REWARDS_REDEEM`` (``redeem(customer_id, offer_id, subtotal, order_id=None)``) spends
them. A balance is never made up: what cannot be read is ``None``. Nothing here commits.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal, InvalidOperation

import sqlalchemy as sa
from werkzeug.utils import import_string

from ..settings import PREFIX
from .host import HostAccess
from .rows import Rows, fit, has_default, now_for
from .schema import HostSchema, TableMap, column_kind, norm_name, table_word
from .types import Problem
from .vocabulary import NUM, ROLE_NAMES, TABLE_NAMES

if t.TYPE_CHECKING:
    from .mapping import Mapper

#: Words in a table's name that make it a loyalty ledger candidate besides TABLE_NAMES["reward"].
_LEDGER_HINTS = ("reward", "loyal", "point", "stamp")


def find_ledger(m: Mapper, schema: HostSchema) -> None:
    """Find the loyalty ledger (a table of points changes pointing at the customers) into
    ``schema.reward``; a problem names ``POS_VOICE_REWARDS_TABLE`` when it is ambiguous."""
    customer = schema.customer
    _money_is_not_points(m, customer)
    configured, table = m.override("reward")
    if customer is None:
        if configured and table is not None:
            m.problems.append(Problem(PREFIX + "REWARDS_TABLE", f"{PREFIX}REWARDS_TABLE = {table.name}: "
                                      "a ledger needs the customers table it points at, and none was found",
                                      blocking=False))
        return
    if not configured:
        names, kinds = ROLE_NAMES["reward"]["points"]
        candidates = [tb for tb in m.referencing(customer.table)
                      if (table_word(tb) in TABLE_NAMES["reward"]
                          or any(hint in table_word(tb) for hint in _LEDGER_HINTS))
                      and m._find_column(tb, names, kinds, set()) is not None]
        table = m.pick("reward", candidates, required=False)
    if table is None:
        return
    ledger = m.make("reward", table)
    fk = m.fk_to(table, customer.table, "reward.customer_id")
    if fk is None or not ledger.has("points"):
        what = "a foreign key to " + customer.table_name if fk is None else "a points column"
        m.problems.append(Problem(PREFIX + "REWARDS_TABLE", f"rewards table {table.name} has no {what}: it "
                                  f"is not used (set {PREFIX}COLUMNS['reward.customer_id'] / "
                                  "['reward.points'])",
                                  blocking=False))
        return
    ledger.columns["customer_id"] = fk
    schema.reward_per_customer = _unique(fk)
    if schema.reward_per_customer:
        ledger.why["points"] = f"one row per customer ({fk.name} is unique): the row holds the balance"
    order_fk = m.fk_to(table, schema.order.table, "reward.order_id")
    if order_fk is not None:
        ledger.columns["order_id"] = order_fk
    schema.reward = ledger


def _money_is_not_points(m: Mapper, customer: TableMap | None) -> None:
    """A decimal column named only ``balance`` is money on account (store credit), not points."""
    column = customer.col("points") if customer is not None else None
    if customer is None or column is None or "points" in customer.configured or column_kind(column) != NUM:
        return
    if any(word in norm_name(column.name) for word in ("point", "stamp")):
        return
    del customer.columns["points"]
    m.problems.append(Problem(PREFIX + "REWARDS_COLUMN", f"{customer.table_name}.{column.name} is a decimal: "
                              "taken as money on account, not rewards points — set "
                              f'{PREFIX}REWARDS_COLUMN = "{column.name}" if it holds points', blocking=False))


def _unique(column: sa.Column[t.Any]) -> bool:
    """The column alone is unique in its table (a primary key, ``unique=True`` or a one-column constraint)."""
    table = column.table
    if column.unique or (column.primary_key and len(table.primary_key.columns) == 1):
        return True
    constraints = [list(c.columns) for c in table.constraints if isinstance(c, sa.UniqueConstraint)]
    indexes = [list(i.columns) for i in getattr(table, "indexes", ()) if i.unique]
    return [column] in constraints or [column] in indexes


class RewardRefused(Exception):
    """The host's redemption said no (not enough points, an offer not for this order …)."""


@dataclass(frozen=True)
class Offer:
    """Something points buy, as the host defines it."""

    id: str
    points: int
    description: str
    discount: Decimal | None = None  # money off the order, when the host says so

    def as_dict(self) -> dict[str, t.Any]:
        out: dict[str, t.Any] = {"id": self.id, "points": self.points, "reward": self.description}
        if self.discount is not None:
            out["discount"] = str(self.discount)
        return out


@dataclass(frozen=True)
class Redemption:
    """What the host's redemption callable answered for one offer on one order."""

    offer_id: str
    points: int
    discount: Decimal
    description: str


def load_callable(path: t.Any) -> t.Callable[..., t.Any]:
    """``"package.module:name"`` (or ``package.module.name``, or the callable itself) -> the callable."""
    target = path if callable(path) else import_string(str(path).strip())
    if not callable(target):
        raise ValueError(f"{path!r} is not callable")
    return t.cast(t.Callable[..., t.Any], target)


def _whole(value: t.Any, what: str) -> int:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"{what} {value!r} is not a number") from exc
    if number != number.to_integral_value():
        raise ValueError(f"{what} {value!r} is not whole points")
    return int(number)


class Rewards:
    """Reading and changing a customer's points in the host's own tables (or through its callables)."""

    def __init__(self, host: HostAccess, rows: Rows) -> None:
        self.host = host
        self.rows = rows

    # --- what the host has
    @property
    def column(self) -> sa.Column[t.Any] | None:
        customer = self.host.schema.customer
        return customer.col("points") if customer is not None else None

    @property
    def ledger(self) -> TableMap | None:
        return self.host.schema.reward

    @property
    def source(self) -> str | None:
        """``"callable"``, ``"column"``, ``"ledger"`` or None (no loyalty data found)."""
        if self.host.settings.rewards_balance:
            return "callable"
        if self.column is not None:
            return "column"
        if self.ledger is not None:
            return "ledger"
        return None

    @property
    def can_award(self) -> bool:
        """pos_voice can add points itself: there is a column or a ledger to add them to."""
        return self.column is not None or self.ledger is not None

    @property
    def can_redeem(self) -> bool:
        return bool(self.host.settings.rewards_redeem)

    def describe_lines(self) -> list[str]:
        """What ``check`` says about the host's loyalty data."""
        settings = self.host.settings
        source = self.source
        customer = self.host.schema.customer
        if source is None:
            return [f"rewards: none found (no points column on the customers, no ledger table; set "
                    f"{PREFIX}REWARDS_COLUMN, {PREFIX}REWARDS_TABLE or {PREFIX}REWARDS_BALANCE if the host "
                    "keeps points)"]
        if source == "callable":
            where = f"the host's {settings.rewards_balance}(customer_id)"
        elif source == "column":
            assert customer is not None and self.column is not None
            where = f"{customer.table_name}.{self.column.name}"
        else:
            assert self.ledger is not None
            where = (f"{self.ledger.table_name}.{self.ledger.columns['points'].name} (one row per "
                     f"{self.ledger.columns['customer_id'].name})" if self.host.schema.reward_per_customer
                     else f"the sum of {self.ledger.table_name}.{self.ledger.columns['points'].name} per "
                     f"{self.ledger.columns['customer_id'].name}")
        lines = [f"rewards: balance from {where}; told to verified callers only"]
        if self.ledger is not None and source != "ledger":
            lines.append(f"rewards: points added by pos_voice also get a row in {self.ledger.table_name}")
        if settings.rewards_host_awards is True:
            lines.append(f"rewards earning: by the host ({PREFIX}REWARDS_HOST_AWARDS); pos_voice adds none")
        elif settings.rewards_points_per_unit and not self.can_award:
            lines.append(f"rewards earning: none by pos_voice ({PREFIX}REWARDS_POINTS_PER_UNIT is set, but "
                         "the host's balance callable gives no column or ledger to add points to)")
        elif settings.rewards_points_per_unit:
            lines.append(f"rewards earning: {settings.rewards_points_per_unit} point(s) per "
                         f"{settings.currency} of the subtotal, once per order — unless the host's own "
                         "hooks already changed the balance when the order was written")
        else:
            lines.append(f"rewards earning: only what the host's own hooks award (no "
                         f"{PREFIX}REWARDS_POINTS_PER_UNIT)")
        lines.append(f"rewards redemption: through {settings.rewards_redeem}" if settings.rewards_redeem
                     else f"rewards redemption: none (the host exposes no {PREFIX}REWARDS_REDEEM callable)")
        return lines

    def problems(self) -> list[Problem]:
        """Callables that cannot be loaded, offers that cannot be read (for ``check``)."""
        settings = self.host.settings
        out: list[Problem] = []
        for name in ("rewards_balance", "rewards_redeem"):
            value = getattr(settings, name)
            if value:
                try:
                    load_callable(value)
                except Exception as exc:
                    out.append(Problem(PREFIX + name.upper(), f"{PREFIX}{name.upper()} = {value!r} cannot be "
                                       f"loaded: {type(exc).__name__}: {exc}"))
        offers = settings.rewards_offers
        if offers and not isinstance(offers, str | list) and not callable(offers):
            out.append(Problem(PREFIX + "REWARDS_OFFERS", f"{PREFIX}REWARDS_OFFERS must be a list of "
                               '{"id", "points", "reward"} or a callable'))
        elif isinstance(offers, list):
            try:
                self._offers_from(offers)
            except ValueError as exc:
                out.append(Problem(PREFIX + "REWARDS_OFFERS", f"{PREFIX}REWARDS_OFFERS: {exc}"))
        if (settings.rewards_points_per_unit or offers or settings.rewards_redeem) and self.source is None:
            out.append(Problem(PREFIX + "REWARDS_COLUMN", "rewards are configured but no points balance was "
                               f"found: set {PREFIX}REWARDS_COLUMN, {PREFIX}REWARDS_TABLE or "
                               f"{PREFIX}REWARDS_BALANCE", blocking=False))
        return out

    # --- the balance
    def customer_key(self, ref: t.Any) -> t.Any:
        """A customer reference (``CustomerInfo.ref``, a string) as the customers' key column holds it."""
        customer = self.host.schema.customer
        if customer is not None and column_kind(customer.pk_column) == "int" and isinstance(ref, str):
            return int(ref) if ref.strip().lstrip("-").isdigit() else None
        return ref

    def balance(self, customer_id: t.Any) -> int | None:
        """The customer's points now (within the current transaction); None when unknown."""
        if customer_id is None:
            return None
        source = self.source
        session = self.host.session
        if source == "callable":
            value = load_callable(self.host.settings.rewards_balance)(customer_id)
            return None if value is None else _whole(value, "the host's balance")
        if source == "column":
            customer = self.host.schema.customer
            assert customer is not None and self.column is not None
            row = session.execute(sa.select(self.column).where(customer.pk_column == customer_id)).first()
            return None if row is None or row[0] is None else int(row[0])  # NULL: no balance on file
        if source == "ledger":
            ledger = self.ledger
            assert ledger is not None
            if self.host.schema.reward_per_customer:  # the customer's own row, or no balance on file
                held = session.execute(sa.select(ledger.columns["points"])
                                       .where(ledger.columns["customer_id"] == customer_id)).first()
                return None if held is None or held[0] is None else int(held[0])
            total = session.execute(sa.select(sa.func.coalesce(sa.func.sum(ledger.columns["points"]), 0))
                                    .where(ledger.columns["customer_id"] == customer_id)).scalar()
            return int(total or 0)
        return None

    def award(self, customer_id: t.Any, order_id: t.Any, points: int, reason: str) -> None:
        """Add ``points`` for ``order_id`` the way the host keeps them (flushed, not committed)."""
        ledger = self.ledger
        if ledger is not None and self.host.schema.reward_per_customer:
            self._add_to_balance_row(ledger, customer_id, points)
        elif ledger is not None:
            order_fk = ledger.col("order_id")
            if order_fk is not None and self.host.session.execute(
                    sa.select(sa.func.count()).select_from(ledger.table).where(
                        order_fk == order_id, ledger.columns["points"] > 0)).scalar():
                return  # this order's points are in the ledger already (by the host or before)
            values: dict[sa.Column[t.Any], t.Any] = {ledger.columns["customer_id"]: customer_id,
                                                     ledger.columns["points"]: points}
            if order_fk is not None:
                values[order_fk] = order_id
            reason_column = ledger.col("reason")
            if reason_column is not None:
                values[reason_column] = fit(reason_column, reason)
            created = ledger.col("created_at")
            if created is not None and not has_default(created):
                values[created] = now_for(created)
            self.rows.insert(ledger, self.rows.complete(ledger, values, "reward"))
        column = self.column
        customer = self.host.schema.customer
        if column is not None and customer is not None:
            session = self.host.session
            session.flush()  # nothing of the host's pending is lost by the expiry below
            session.execute(sa.update(customer.table).where(customer.pk_column == customer_id)
                            .values({column: sa.func.coalesce(column, 0) + points}))
            self._expire_customers()
        self.host.session.flush()

    def _add_to_balance_row(self, table: TableMap, customer_id: t.Any, points: int) -> None:
        """A table of one row per customer: add to that row (made when the customer has none)."""
        column, owner = table.columns["points"], table.columns["customer_id"]
        session = self.host.session
        session.flush()
        updated = t.cast("sa.CursorResult[t.Any]", session.execute(
            sa.update(table.table).where(owner == customer_id)
            .values({column: sa.func.coalesce(column, 0) + points}))).rowcount
        if updated:
            if table.model is not None:
                for obj in list(session.identity_map.values()):
                    if isinstance(obj, table.model):
                        session.expire(obj)
            return
        values: dict[sa.Column[t.Any], t.Any] = {owner: customer_id, column: points}
        self.rows.insert(table, self.rows.complete(table, values, "reward"))

    def _expire_customers(self) -> None:
        """The host's loaded customer objects must not keep a balance changed beside them (flushed
        first: nothing pending is lost)."""
        customer = self.host.schema.customer
        if customer is None or customer.model is None:
            return
        session = self.host.session
        session.flush()
        for obj in list(session.identity_map.values()):
            if isinstance(obj, customer.model):
                session.expire(obj)

    def earned_by_rule(self, subtotal: Decimal) -> int:
        """``POS_VOICE_REWARDS_POINTS_PER_UNIT`` points per currency unit of ``subtotal``, rounded down."""
        rate = self.host.settings.rewards_points_per_unit
        if not rate or subtotal <= 0:
            return 0
        return int((Decimal(str(rate)) * subtotal).to_integral_value(rounding=ROUND_FLOOR))

    # --- what points buy
    @staticmethod
    def _offers_from(raw: t.Iterable[t.Any]) -> list[Offer]:
        offers: list[Offer] = []
        for index, entry in enumerate(raw):
            if not isinstance(entry, dict) or "points" not in entry or not (entry.get("reward")
                                                                            or entry.get("description")):
                raise ValueError(f"offer {index + 1} must be a mapping with 'points' and 'reward', "
                                 f"got {entry!r}")
            discount = entry.get("discount")
            offers.append(Offer(id=str(entry.get("id") or index + 1),
                                points=_whole(entry["points"], "points"),
                                description=str(entry.get("reward") or entry.get("description")),
                                discount=Decimal(str(discount)) if discount not in (None, "") else None))
        return offers

    def offers(self, customer_id: t.Any, balance: int) -> list[Offer]:
        """What the host says points buy (its list, or its callable's answer for this customer)."""
        raw = self.host.settings.rewards_offers
        if not raw:
            return []
        if isinstance(raw, str) or callable(raw):
            raw = load_callable(raw)(customer_id, balance) or []
        return self._offers_from(raw)

    def redeem(self, customer_id: t.Any, offer_id: str, subtotal: Decimal,
               order_id: t.Any = None) -> Redemption:
        """The host's redemption for this offer: a quote (``order_id`` None, nothing changes), or the
        redemption itself in the host's session (committed with the order). Raises
        :class:`RewardRefused` with the host's reason."""
        path = self.host.settings.rewards_redeem
        if not path:
            raise RewardRefused("this shop does not let points be redeemed by phone")
        if order_id is not None:
            self._expire_customers()  # the host's hooks may have changed the balance since the quote
        try:
            answer = load_callable(path)(customer_id, offer_id, subtotal, order_id=order_id)
        except (ValueError, LookupError) as exc:
            raise RewardRefused(str(exc) or "the reward can't be used on this order") from exc
        if not isinstance(answer, dict) or "discount" not in answer:
            raise RewardRefused("the shop's reward system gave no discount for this reward")
        discount = Decimal(str(answer["discount"])).quantize(Decimal("0.01"))
        if discount < 0 or discount > subtotal:
            raise RewardRefused(f"the reward's discount {discount} does not fit this order's subtotal "
                                f"{subtotal}")
        return Redemption(offer_id=str(offer_id), points=_whole(answer.get("points", 0), "points"),
                          discount=discount, description=str(answer.get("description") or offer_id))

