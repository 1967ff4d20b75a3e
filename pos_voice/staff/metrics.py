"""Dashboard figures, computed in SQL with aggregates over ``voice_calls``.

Every function takes the plugin's models and a SQLAlchemy session plus a half-open range
``[start, end)`` of naive UTC datetimes (how ``voice_calls.started_at`` is stored). Local
calendar notions (today, this week, hour of day) are turned into UTC bounds here, in
``POS_VOICE_TIMEZONE``, so daylight-saving changes land calls in the right local hour.

Definitions (the product document's metrics):

- a call is *finished* once it has a disposition (completed / transferred / missed / abandoned /
  failed);
  rates are over finished calls, so calls still in progress do not drag them down;
- completion rate = completed / finished (the assistant handled the call to its end);
- conversion rate = finished calls that produced an order / finished calls;
- transfer rate = calls handed to staff (transferred, or missed: nobody took them) / finished;
- average duration = mean of ``duration_seconds`` over calls that have one;
- cost per call = recorded cost / calls; cost per order = recorded cost / calls with an order;
  cost per minute = recorded cost / minutes of the calls that have a duration;
- cost per engine (:class:`EngineCost`): the same cost per call and per minute for each engine or
  mode that ran the calls (``voice_calls.engine``), over the calls that have a price: a call
  recorded at $0 although it used the model (tokens, or GPT-Live minutes, whose price
  ``PRICES`` has no default for) is *unpriced* and counted apart, never averaged in as free;
  calls whose stream never started (no model ran) and calls from before the engine was
  recorded (s0012) are ``unknown``, not guessed;
- turn-taking (:class:`TurnTaking`): the answer time's p50/p95 over every answered caller turn of
  the range's calls, interruptions per answered turn, the share of them that were backchannels,
  and the turns with dead air (definitions: :mod:`pos_voice.bridge.turns`).
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from ..bridge import turns
from ..models import ABANDONED, COMPLETED, FAILED, MISSED, TRANSFERRED

#: The product document's targets: (comparison, threshold).
TARGETS: dict[str, tuple[str, float]] = {
    "completion_rate": (">", 0.85),
    "conversion_rate": (">", 0.70),
    "average_duration_seconds": ("<", 240.0),
    "transfer_rate": ("<", 0.15),
}


def meets_target(name: str, value: float | None) -> bool | None:
    """True/False against the product target, None when there is no figure yet."""
    if value is None:
        return None
    comparison, threshold = TARGETS[name]
    return value > threshold if comparison == ">" else value < threshold


@dataclass(frozen=True)
class CallSummary:
    """Counts and sums for the calls that started in one range."""

    calls: int = 0
    finished: int = 0
    completed: int = 0
    transferred: int = 0
    missed: int = 0
    abandoned: int = 0
    failed: int = 0
    with_order: int = 0
    finished_with_order: int = 0
    timed_calls: int = 0
    total_duration_seconds: int = 0
    cost_usd: Decimal = Decimal("0")
    input_tokens: int = 0
    output_tokens: int = 0

    def _rate(self, part: int) -> float | None:
        return part / self.finished if self.finished else None

    @property
    def completion_rate(self) -> float | None:
        return self._rate(self.completed)

    @property
    def conversion_rate(self) -> float | None:
        return self._rate(self.finished_with_order)

    @property
    def transfer_rate(self) -> float | None:
        return self._rate(self.transferred + self.missed)

    @property
    def average_duration_seconds(self) -> float | None:
        return self.total_duration_seconds / self.timed_calls if self.timed_calls else None

    @property
    def cost_per_call(self) -> Decimal | None:
        return _money(self.cost_usd / self.calls) if self.calls else None

    @property
    def cost_per_minute(self) -> Decimal | None:
        """Recorded cost over the minutes of the calls that have a duration (the product doc: ~$0.31)."""
        if not self.total_duration_seconds:
            return None
        return _money(self.cost_usd * 60 / self.total_duration_seconds)

    @property
    def cost_per_order(self) -> Decimal | None:
        return _money(self.cost_usd / self.with_order) if self.with_order else None


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def _in_range(column: t.Any, start: datetime | None, end: datetime | None) -> list[t.Any]:
    clauses = []
    if start is not None:
        clauses.append(column >= start)
    if end is not None:
        clauses.append(column < end)
    return clauses


def _count_if(condition: t.Any) -> t.Any:
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


def call_summary(models: t.Any, session: t.Any, start: datetime | None, end: datetime | None) -> CallSummary:
    """One aggregate query over the calls that started in ``[start, end)``."""
    call = models.VoiceCall
    finished = call.disposition.in_((COMPLETED, TRANSFERRED, MISSED, ABANDONED, FAILED))
    query = sa.select(
        sa.func.count(call.id),
        _count_if(finished),
        _count_if(call.disposition == COMPLETED),
        _count_if(call.disposition == TRANSFERRED),
        _count_if(call.disposition == MISSED),
        _count_if(call.disposition == ABANDONED),
        _count_if(call.disposition == FAILED),
        _count_if(call.order_id.is_not(None)),
        _count_if(sa.and_(finished, call.order_id.is_not(None))),
        sa.func.count(call.duration_seconds),
        sa.func.coalesce(sa.func.sum(call.duration_seconds), 0),
        sa.func.coalesce(sa.func.sum(call.cost_usd), 0),
        sa.func.coalesce(sa.func.sum(call.input_tokens), 0),
        sa.func.coalesce(sa.func.sum(call.output_tokens), 0),
    ).where(*_in_range(call.started_at, start, end))
    row = session.execute(query).one()
    counts = [int(value) for value in row[:9]]
    return CallSummary(
        calls=counts[0], finished=counts[1], completed=counts[2], transferred=counts[3], missed=counts[4],
        abandoned=counts[5], failed=counts[6], with_order=counts[7], finished_with_order=counts[8],
        timed_calls=int(row[9]), total_duration_seconds=int(row[10]),
        # str() first: SQLite hands back a float for SUM over NUMERIC.
        cost_usd=_money(Decimal(str(row[11]))), input_tokens=int(row[12]), output_tokens=int(row[13]),
    )


#: Calls with no ``voice_calls.engine``: their stream never started (the bridge records it then),
#: or they came before s0012 added it. Not "realtime": the GPT-Live engine ran on code older
#: than the column, so an unrecorded call may have been either.
UNKNOWN_ENGINE = "unknown"
_LIVE = "live"  # pos_voice.bridge.engines.LIVE: billed per minute, not per token
#: The dashboard's order: the relays, then SIP, then anything else, the unrecorded last.
ENGINE_ORDER = ("realtime", _LIVE, "sip")


@dataclass(frozen=True)
class EngineCost:
    """What the calls of one engine (or mode) cost, over the calls that have a price."""

    engine: str  # "realtime", "live", "sip", or UNKNOWN_ENGINE
    calls: int = 0
    unpriced_calls: int = 0  # used the model, recorded at $0: its price was not set
    priced_seconds: int = 0  # duration of the priced calls
    cost_usd: Decimal = Decimal("0")

    @property
    def priced_calls(self) -> int:
        return self.calls - self.unpriced_calls

    @property
    def price_set(self) -> bool:
        """False when no call of it has a price: its figures would be $0 for lack of one."""
        return self.priced_calls > 0 or not self.unpriced_calls

    @property
    def cost_per_call(self) -> Decimal | None:
        return _money(self.cost_usd / self.priced_calls) if self.priced_calls else None

    @property
    def cost_per_minute(self) -> Decimal | None:
        return _money(self.cost_usd * 60 / self.priced_seconds) if self.priced_seconds else None


def engine_costs(models: t.Any, session: t.Any, start: datetime | None,
                 end: datetime | None) -> list[EngineCost]:
    """Cost per call and per minute for each engine of the calls that started in ``[start, end)``,
    in one grouped query, by engine name."""
    call = models.VoiceCall
    engine = sa.func.coalesce(call.engine, UNKNOWN_ENGINE)
    used_model = sa.or_(call.input_tokens > 0, call.output_tokens > 0,
                        sa.and_(call.engine == _LIVE, sa.func.coalesce(call.duration_seconds, 0) > 0))
    unpriced = sa.and_(call.cost_usd == 0, used_model)
    query = (
        sa.select(engine, sa.func.count(call.id), _count_if(unpriced),
                  sa.func.coalesce(sa.func.sum(sa.case(
                      (unpriced, 0), else_=sa.func.coalesce(call.duration_seconds, 0))), 0),
                  sa.func.coalesce(sa.func.sum(call.cost_usd), 0))
        .where(*_in_range(call.started_at, start, end))
        .group_by(engine)
    )
    costs = [EngineCost(engine=str(name), calls=int(calls), unpriced_calls=int(unpriced_calls),
                        priced_seconds=int(seconds), cost_usd=_money(Decimal(str(cost))))
             for name, calls, unpriced_calls, seconds, cost in session.execute(query)]
    return sorted(costs, key=lambda cost: (ENGINE_ORDER.index(cost.engine) if cost.engine in ENGINE_ORDER
                                           else len(ENGINE_ORDER), cost.engine))


def count_calls(models: t.Any, session: t.Any, start: datetime | None, end: datetime | None) -> int:
    call = models.VoiceCall
    query = sa.select(sa.func.count(call.id)).where(*_in_range(call.started_at, start, end))
    return int(session.execute(query).scalar_one())


def transfer_reasons(models: t.Any, session: t.Any, start: datetime | None, end: datetime | None,
                     limit: int = 5) -> list[tuple[str, int]]:
    """The most common transfer reasons, most frequent first: grouped trimmed and case-folded,
    each shown as staff wrote it (its first spelling in sort order)."""
    call = models.VoiceCall
    reason = sa.func.lower(sa.func.trim(call.transfer_reason))
    query = (
        sa.select(sa.func.min(sa.func.trim(call.transfer_reason)).label("reason"),
                  sa.func.count(call.id).label("n"))
        .where(call.transfer_reason.is_not(None), sa.func.trim(call.transfer_reason) != "",
               *_in_range(call.started_at, start, end))
        .group_by(reason)
        .order_by(sa.desc("n"), reason)
        .limit(limit)
    )
    return [(str(r), int(n)) for r, n in session.execute(query)]


@dataclass(frozen=True)
class Moods:
    """The callers' mood over a range (from the end-of-call summaries) and the complaints."""

    positive: int = 0
    neutral: int = 0
    negative: int = 0
    complaints: int = 0

    @property
    def rated(self) -> int:
        return self.positive + self.neutral + self.negative


def moods(models: t.Any, session: t.Any, start: datetime | None, end: datetime | None) -> Moods:
    """Sentiment mix and complaint count of the calls that started in ``[start, end)``."""
    call = models.VoiceCall
    row = session.execute(sa.select(
        _count_if(call.sentiment == "positive"), _count_if(call.sentiment == "neutral"),
        _count_if(call.sentiment == "negative"), _count_if(call.attention.like("%complaint%")),
    ).where(*_in_range(call.started_at, start, end))).one()
    return Moods(*(int(value) for value in row))


@dataclass(frozen=True)
class TurnTaking:
    """The calls' turn-taking over a range, pooled (:func:`pos_voice.bridge.turns.combine`):
    how long callers waited for an answer, and how often the assistant was cut off."""

    calls: int = 0  # calls with recorded metrics
    turns: int = 0  # caller turns the assistant answered
    response_ms_p50: float | None = None
    response_ms_p95: float | None = None
    interruptions: int = 0
    false_interruptions: int = 0
    backchannels_ignored: int = 0
    dead_air_turns: int = 0

    @property
    def interruption_rate(self) -> float | None:
        """Interruptions per answered turn."""
        return self.interruptions / self.turns if self.turns else None

    @property
    def false_interruption_share(self) -> float | None:
        """The share of interruptions that were only backchannels ("mm-hm")."""
        return self.false_interruptions / self.interruptions if self.interruptions else None


def turn_taking(models: t.Any, session: t.Any, start: datetime | None, end: datetime | None) -> TurnTaking:
    """The ``turn_metrics`` of the calls that started in ``[start, end)``, pooled."""
    call, event = models.VoiceCall, models.VoiceCallEvent
    rows = session.execute(
        sa.select(event.event_data).join(call, call.id == event.call_id)
        .where(event.event_type == "turn_metrics", *_in_range(call.started_at, start, end)))
    pooled = turns.combine(dict(data) for (data,) in rows if isinstance(data, dict))
    fields = {name for name in TurnTaking.__dataclass_fields__}
    return TurnTaking(**{name: value for name, value in pooled.items() if name in fields})


# --- local calendar ------------------------------------------------------------------------

def to_utc_naive(local: datetime) -> datetime:
    """An aware local datetime as the naive UTC value the tables store."""
    return local.astimezone(UTC).replace(tzinfo=None)


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


@dataclass(frozen=True)
class Periods:
    """UTC bounds of today, this week (from Monday) and this month, in the business's zone."""

    today: tuple[datetime, datetime]
    week: tuple[datetime, datetime]
    month: tuple[datetime, datetime]


def periods(now_utc: datetime, tz: ZoneInfo) -> Periods:
    local_today = now_utc.replace(tzinfo=UTC).astimezone(tz).date()
    tomorrow = local_today + timedelta(days=1)
    week_start = local_today - timedelta(days=local_today.weekday())
    month_start = local_today.replace(day=1)
    end = to_utc_naive(local_midnight(tomorrow, tz))
    return Periods(
        today=(to_utc_naive(local_midnight(local_today, tz)), end),
        week=(to_utc_naive(local_midnight(week_start, tz)), end),
        month=(to_utc_naive(local_midnight(month_start, tz)), end),
    )


def _offset_segments(start: datetime, end: datetime, tz: ZoneInfo) -> list[tuple[datetime, datetime, int]]:
    """Split ``[start, end)`` (naive UTC) into pieces with one UTC offset each, in minutes."""

    def offset_at(moment: datetime) -> int:
        delta = moment.replace(tzinfo=UTC).astimezone(tz).utcoffset() or timedelta(0)
        return int(delta.total_seconds() // 60)

    segments: list[tuple[datetime, datetime, int]] = []
    seg_start, seg_offset = start, offset_at(start)
    probe = start
    while probe < end:
        nxt = min(probe + timedelta(hours=1), end)
        if nxt < end and offset_at(nxt) != seg_offset:
            # Narrow the change down to the minute (zones change on the hour or half hour).
            low, high = probe, nxt
            while high - low > timedelta(minutes=1):
                mid = low + (high - low) / 2
                if offset_at(mid) == seg_offset:
                    low = mid
                else:
                    high = mid
            high = high.replace(second=0, microsecond=0)
            segments.append((seg_start, high, seg_offset))
            seg_start, seg_offset = high, offset_at(high)
        probe = nxt
    segments.append((seg_start, end, seg_offset))
    return segments


def calls_by_hour(models: t.Any, session: t.Any, start: datetime, end: datetime, tz: ZoneInfo) -> list[int]:
    """Calls per local hour of day (index 0..23) for the calls that started in ``[start, end)``.

    Grouped in SQL by UTC hour and minute within stretches of constant UTC offset, then
    shifted to local time (at most 1440 small rows per stretch, whatever the call volume).
    """
    call = models.VoiceCall
    hours = [0] * 24
    hour = sa.extract("hour", call.started_at)
    minute = sa.extract("minute", call.started_at)
    for seg_start, seg_end, offset in _offset_segments(start, end, tz):
        query = (
            sa.select(hour, minute, sa.func.count(call.id))
            .where(call.started_at >= seg_start, call.started_at < seg_end)
            .group_by(hour, minute)
        )
        for h, m, n in session.execute(query):
            local_minutes = (int(h) * 60 + int(m) + offset) % (24 * 60)
            hours[local_minutes // 60] += int(n)
    return hours


def calls_by_day(models: t.Any, session: t.Any, first_day: date, last_day: date,
                 tz: ZoneInfo) -> list[tuple[date, int]]:
    """Calls per local day from ``first_day`` to ``last_day`` inclusive, in one grouped query."""
    days = [first_day + timedelta(days=i) for i in range((last_day - first_day).days + 1)]
    bounds = [to_utc_naive(local_midnight(d, tz)) for d in [*days, last_day + timedelta(days=1)]]
    call = models.VoiceCall
    bucket = sa.case(*[(call.started_at < bounds[i + 1], i) for i in range(len(days))], else_=-1)
    query = (
        sa.select(bucket.label("bucket"), sa.func.count(call.id))
        .where(call.started_at >= bounds[0], call.started_at < bounds[-1])
        .group_by(bucket)
    )
    counts = dict.fromkeys(range(len(days)), 0)
    for index, n in session.execute(query):
        if int(index) in counts:
            counts[int(index)] = int(n)
    return [(d, counts[i]) for i, d in enumerate(days)]


# --- the dashboard as a whole --------------------------------------------------------------

@dataclass
class Dashboard:
    start: datetime
    end: datetime
    calls_today: int
    calls_week: int
    calls_month: int
    summary: CallSummary
    reasons: list[tuple[str, int]]
    by_hour: list[int]
    by_day: list[tuple[date, int]]
    order_stats: dict[str, dict[str, t.Any]] | None = None
    targets: dict[str, bool | None] = field(default_factory=dict)
    engines: list[EngineCost] = field(default_factory=list)

    @property
    def unpriced_calls(self) -> int:
        """Calls counted at $0 in the summary's cost figures because their price is not set."""
        return sum(engine.unpriced_calls for engine in self.engines)

    @property
    def voice_orders(self) -> int:
        if self.order_stats is not None:
            return int(self.order_stats["voice"]["count"])
        return self.summary.with_order

    @property
    def voice_revenue(self) -> Decimal | None:
        if self.order_stats is None:
            return None
        return Decimal(str(self.order_stats["voice"]["revenue"]))

    def average_order_value(self, channel: str) -> Decimal | None:
        if self.order_stats is None:
            return None
        stats = self.order_stats[channel]
        count = int(stats["count"])
        if not count:
            return None
        return (Decimal(str(stats["revenue"])) / count).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def build_dashboard(models: t.Any, session: t.Any, *, now_utc: datetime, tz: ZoneInfo,
                    start: datetime, end: datetime, first_day: date, last_day: date,
                    order_stats: dict[str, dict[str, t.Any]] | None = None) -> Dashboard:
    """Everything the dashboard shows for the range ``[start, end)`` (naive UTC)."""
    bounds = periods(now_utc, tz)
    summary = call_summary(models, session, start, end)
    board = Dashboard(
        start=start, end=end,
        calls_today=count_calls(models, session, *bounds.today),
        calls_week=count_calls(models, session, *bounds.week),
        calls_month=count_calls(models, session, *bounds.month),
        summary=summary,
        reasons=transfer_reasons(models, session, start, end),
        by_hour=calls_by_hour(models, session, start, end, tz),
        by_day=calls_by_day(models, session, first_day, last_day, tz),
        order_stats=order_stats,
        engines=engine_costs(models, session, start, end),
    )
    board.targets = {name: meets_target(name, getattr(summary, name)) for name in TARGETS}
    return board
