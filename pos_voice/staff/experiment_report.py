"""How the variants of a prompt experiment compare, for the dashboard and ``experiment show``.

Per variant, over the finished calls it was given (a call is finished once it has a
disposition): conversion (calls with an order), transfer rate, average order value (the host's
order totals), average duration and cost per order, each with a 95 % interval
(:mod:`pos_voice.staff.intervals`). Every other variant is compared with the first one
configured (the control): the difference is *significant* when its interval leaves out zero,
else *not yet significant* (more calls are needed before reading anything into it).
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

import sqlalchemy as sa

from .. import experiments
from ..models import ABANDONED, COMPLETED, FAILED, TRANSFERRED
from . import intervals
from .intervals import Interval

if t.TYPE_CHECKING:
    from ..pos.adapter import PosAdapter
    from ..services import Store
    from ..settings import Settings

FINISHED = (COMPLETED, TRANSFERRED, ABANDONED, FAILED)

#: The figures compared, in the order shown: (key, label, kind).
METRICS: tuple[tuple[str, str, str], ...] = (
    ("conversion", "Conversion", "rate"),
    ("average_order_value", "Average order", "money"),
    ("transfer_rate", "Transfers", "rate"),
    ("average_duration", "Average call", "seconds"),
    ("cost_per_order", "Cost per order", "usd"),
)


@dataclass(frozen=True)
class Comparison:
    """A variant's figure minus the control's, with its interval."""

    difference: Interval | None

    @property
    def significant(self) -> bool | None:
        """True when the interval leaves out zero; None when there is no interval yet."""
        return self.difference.excludes(0.0) if self.difference is not None else None

    @property
    def verdict(self) -> str:
        if self.significant is None:
            return "too few calls"
        return "significant" if self.significant else "not yet significant"


@dataclass
class VariantFigures:
    name: str
    share: float  # its configured share of calls
    calls: int = 0
    finished: int = 0
    orders: int = 0
    transferred: int = 0
    figures: dict[str, Interval | None] = field(default_factory=dict)
    against_control: dict[str, Comparison] = field(default_factory=dict)


@dataclass
class ExperimentReport:
    name: str
    running: bool
    description: str
    variants: list[VariantFigures]

    @property
    def control(self) -> str:
        return self.variants[0].name


@dataclass
class _Samples:
    """One variant's finished calls as lists (one entry per call)."""

    converted: list[float] = field(default_factory=list)
    transferred: list[float] = field(default_factory=list)
    durations: list[float] = field(default_factory=list)
    costs: list[float] = field(default_factory=list)
    order_values: list[float] = field(default_factory=list)


def build_report(store: Store, pos: PosAdapter | None, settings: Settings,
                 name: str) -> ExperimentReport | None:
    """The comparison of experiment ``name``'s variants; None when it is not configured."""
    experiment = settings.experiments.get(name)
    if experiment is None:
        return None
    current = experiments.running(store)
    calls = store.models.VoiceCall
    rows = store.session.execute(
        sa.select(calls.variant, calls.disposition, calls.order_id, calls.duration_seconds, calls.cost_usd)
        .where(calls.experiment == name, calls.disposition.in_(FINISHED))).all()
    totals: dict[str, int] = {str(variant): int(count) for variant, count in store.session.execute(
        sa.select(calls.variant, sa.func.count()).where(calls.experiment == name).group_by(calls.variant))}
    store.session.rollback()
    order_totals = _order_totals(pos, [row.order_id for row in rows if row.order_id is not None])
    samples: dict[str, _Samples] = {variant: _Samples() for variant in experiment.variants}
    for row in rows:
        sample = samples.get(row.variant)
        if sample is None:  # a variant since removed from the settings
            continue
        has_order = row.order_id is not None
        sample.converted.append(1.0 if has_order else 0.0)
        sample.transferred.append(1.0 if row.disposition == TRANSFERRED else 0.0)
        if row.duration_seconds is not None:
            sample.durations.append(float(row.duration_seconds))
        sample.costs.append(float(row.cost_usd or 0))
        if has_order and row.order_id in order_totals:
            sample.order_values.append(order_totals[row.order_id])
    weight = sum(v.weight for v in experiment.variants.values())
    variants = [_figures(variant, spec.weight / weight, int(totals.get(variant, 0)), samples[variant])
                for variant, spec in experiment.variants.items()]
    control = samples[variants[0].name]
    for figures in variants[1:]:
        figures.against_control = _compare(control, samples[figures.name])
    running = current is not None and current.name == name
    return ExperimentReport(name, running, experiment.description, variants)


def latest_name(store: Store, settings: Settings) -> str | None:
    """The experiment to show: the one running, else the last one run that is still configured."""
    table = store.models.VoiceExperiment
    names = store.session.execute(sa.select(table.name).order_by(table.stopped_at.is_(None).desc(),
                                                                  table.id.desc())).scalars().all()
    store.session.rollback()
    return next((n for n in names if n in settings.experiments), None)


def _order_totals(pos: PosAdapter | None, order_ids: list[t.Any]) -> dict[t.Any, float]:
    if pos is None or not order_ids:
        return {}
    try:
        found = pos.orders_by_id(order_ids)
    except Exception:  # the other figures still show when the host's orders can't be read
        from .data import log

        log.exception("pos_voice could not read the host's orders for the experiment")
        return {}
    return {key: float(order["total"]) for key, order in (found or {}).items()
            if order.get("total") is not None}


def _figures(name: str, share: float, calls: int, sample: _Samples) -> VariantFigures:
    finished = len(sample.converted)
    orders = int(sum(sample.converted))
    transferred = int(sum(sample.transferred))
    return VariantFigures(
        name=name, share=share, calls=calls, finished=finished, orders=orders, transferred=transferred,
        figures={
            "conversion": intervals.wilson(orders, finished),
            "average_order_value": intervals.mean_interval(sample.order_values),
            "transfer_rate": intervals.wilson(transferred, finished),
            "average_duration": intervals.mean_interval(sample.durations),
            "cost_per_order": intervals.ratio_interval(sample.costs, sample.converted),
        })


def _compare(control: _Samples, other: _Samples) -> dict[str, Comparison]:
    return {
        "conversion": Comparison(intervals.rate_difference(
            int(sum(control.converted)), len(control.converted),
            int(sum(other.converted)), len(other.converted))),
        "average_order_value": Comparison(intervals.mean_difference(
            control.order_values, other.order_values)),
        "transfer_rate": Comparison(intervals.rate_difference(
            int(sum(control.transferred)), len(control.transferred),
            int(sum(other.transferred)), len(other.transferred))),
        "average_duration": Comparison(intervals.mean_difference(control.durations, other.durations)),
        "cost_per_order": Comparison(intervals.ratio_difference(
            control.costs, control.converted, other.costs, other.converted)),
    }
