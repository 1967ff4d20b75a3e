"""Dashboard metrics against a known set of calls: exact numbers, local calendar, DST."""

from __future__ import annotations

import typing as t
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from pos_voice.models import build_models
from pos_voice.staff import charts, metrics
from tests.support.databases import create_all

Env = tuple[Flask, t.Any, t.Any]
NEW_YORK = ZoneInfo("America/New_York")
#: Wednesday 18 Nov 2026, 12:00 in New York (EST, UTC-5). DST ended Sunday 1 Nov at 02:00.
NOW = datetime(2026, 11, 18, 17, 0)
#: Local 1 Nov 00:00 EDT .. 19 Nov 00:00 EST.
MONTH = (datetime(2026, 11, 1, 4, 0), datetime(2026, 11, 19, 5, 0))

# (started_at UTC, state, disposition, order_id, duration_seconds, cost, transfer_reason)
CALLS: list[tuple[datetime, str, str | None, int | None, int | None, str, str | None]] = [
    (datetime(2026, 11, 18, 14, 0), "ended", "completed", 1, 180, "0.50", None),  # 09:00 today
    (datetime(2026, 11, 18, 16, 30), "ended", "transferred", None, 60, "0.25", "Wants a manager"),  # 11:30
    (datetime(2026, 11, 18, 16, 50), "live", None, None, None, "0", None),  # 11:50, in progress
    (datetime(2026, 11, 17, 1, 30), "ended", "completed", 2, 300, "1.00", None),  # Mon 16th 20:30
    (datetime(2026, 11, 15, 18, 0), "ended", "abandoned", None, 20, "0.05", None),  # Sun 15th 13:00
    (datetime(2026, 11, 12, 22, 0), "ended", "transferred", None, 120, "0.40", "Catering order"),  # 17:00
    (datetime(2026, 11, 10, 20, 0), "ended", "transferred", None, 90, "0.30", " wants a MANAGER "),  # 15:00
    (datetime(2026, 11, 2, 3, 0), "ended", "failed", None, None, "0", None),  # Sun 1st 22:00 EST
    (datetime(2026, 11, 1, 6, 30), "ended", "completed", 4, 200, "0.60", None),  # 01:30 EST (2nd time)
    (datetime(2026, 11, 1, 5, 30), "ended", "abandoned", None, 10, "0", None),  # 01:30 EDT (1st time)
    (datetime(2026, 10, 31, 12, 0), "ended", "completed", 3, 240, "0.80", None),  # October: outside
]


@pytest.fixture
def metrics_db(database_url: str) -> Iterator[tuple[Flask, t.Any, t.Any]]:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    db = SQLAlchemy(app)
    models = build_models(db, None, None)
    with app.app_context():
        create_all(db)
        for index, (started, state, disposition, order_id, seconds, cost, reason) in enumerate(CALLS):
            db.session.add(models.VoiceCall(
                call_sid=f"CA{index:032d}", phone_from="+15551230000", started_at=started, state=state,
                disposition=disposition, order_id=order_id, duration_seconds=seconds,
                cost_usd=Decimal(cost), transfer_reason=reason, input_tokens=100 * index,
                output_tokens=10 * index,
            ))
        db.session.commit()
        yield app, db, models
        db.session.remove()
        db.engine.dispose()


def test_periods_follow_the_business_calendar() -> None:
    bounds = metrics.periods(NOW, NEW_YORK)
    assert bounds.today == (datetime(2026, 11, 18, 5, 0), datetime(2026, 11, 19, 5, 0))
    assert bounds.week == (datetime(2026, 11, 16, 5, 0), datetime(2026, 11, 19, 5, 0))
    assert bounds.month == MONTH


def test_call_summary_exact_figures(metrics_db: Env) -> None:
    _, db, models = metrics_db
    summary = metrics.call_summary(models, db.session, *MONTH)
    assert (summary.calls, summary.finished, summary.completed, summary.transferred,
            summary.abandoned, summary.failed) == (10, 9, 3, 3, 2, 1)
    assert (summary.with_order, summary.finished_with_order) == (3, 3)
    assert (summary.timed_calls, summary.total_duration_seconds) == (8, 980)
    assert summary.average_duration_seconds == pytest.approx(122.5)
    assert summary.completion_rate == pytest.approx(3 / 9)
    assert summary.conversion_rate == pytest.approx(3 / 9)
    assert summary.transfer_rate == pytest.approx(3 / 9)
    assert summary.cost_usd == Decimal("3.1000")
    assert summary.cost_per_call == Decimal("0.3100")
    assert summary.cost_per_order == Decimal("1.0333")
    assert summary.cost_per_minute == Decimal("0.1898")  # 3.10 over 980 s
    assert summary.input_tokens == 100 * sum(range(10))


def test_empty_range_has_no_rates(metrics_db: Env) -> None:
    _, db, models = metrics_db
    summary = metrics.call_summary(models, db.session, datetime(2020, 1, 1), datetime(2020, 1, 2))
    assert summary.calls == 0
    assert summary.completion_rate is None and summary.cost_per_call is None
    assert metrics.meets_target("completion_rate", summary.completion_rate) is None


def test_counts_per_period(metrics_db: Env) -> None:
    _, db, models = metrics_db
    bounds = metrics.periods(NOW, NEW_YORK)
    assert metrics.count_calls(models, db.session, *bounds.today) == 3
    assert metrics.count_calls(models, db.session, *bounds.week) == 4
    assert metrics.count_calls(models, db.session, *bounds.month) == 10


def test_transfer_reasons_grouped_case_and_space_insensitively(metrics_db: Env) -> None:
    _, db, models = metrics_db
    reasons = metrics.transfer_reasons(models, db.session, *MONTH)
    # Counted together, shown as written (the first spelling in sort order), not case-folded.
    assert reasons == [("Wants a manager", 2), ("Catering order", 1)]
    assert metrics.transfer_reasons(models, db.session, *MONTH, limit=1) == [("Wants a manager", 2)]


def test_calls_by_local_hour_across_the_dst_change(metrics_db: Env) -> None:
    _, db, models = metrics_db
    hours = metrics.calls_by_hour(models, db.session, *MONTH, NEW_YORK)
    # Both 01:30 calls of 1 Nov land in hour 1, one before and one after clocks went back.
    assert {h: n for h, n in enumerate(hours) if n} == {1: 2, 9: 1, 11: 2, 13: 1, 15: 1, 17: 1, 20: 1, 22: 1}


def test_calls_by_hour_with_a_half_hour_zone(metrics_db: Env) -> None:
    _, db, models = metrics_db
    day = (datetime(2026, 11, 18, 0, 0), datetime(2026, 11, 19, 0, 0))
    hours = metrics.calls_by_hour(models, db.session, *day, ZoneInfo("Asia/Kolkata"))  # UTC+5:30
    assert {h: n for h, n in enumerate(hours) if n} == {19: 1, 22: 2}  # 14:00, 16:30, 16:50 UTC


def test_calls_by_local_day(metrics_db: Env) -> None:
    _, db, models = metrics_db
    days = metrics.calls_by_day(models, db.session, date(2026, 11, 15), date(2026, 11, 18), NEW_YORK)
    assert days == [(date(2026, 11, 15), 1), (date(2026, 11, 16), 1), (date(2026, 11, 17), 0),
                    (date(2026, 11, 18), 3)]
    first = metrics.calls_by_day(models, db.session, date(2026, 10, 31), date(2026, 11, 2), NEW_YORK)
    assert first == [(date(2026, 10, 31), 1), (date(2026, 11, 1), 3), (date(2026, 11, 2), 0)]


def test_dashboard_with_order_stats_and_targets(metrics_db: Env) -> None:
    _, db, models = metrics_db
    stats = {"voice": {"count": 3, "revenue": Decimal("90.15")},
             "other": {"count": 4, "revenue": Decimal("100")}}
    board = metrics.build_dashboard(models, db.session, now_utc=NOW, tz=NEW_YORK, start=MONTH[0],
                                    end=MONTH[1], first_day=date(2026, 11, 12), last_day=date(2026, 11, 18),
                                    order_stats=stats)
    assert (board.calls_today, board.calls_week, board.calls_month) == (3, 4, 10)
    assert board.voice_orders == 3
    assert board.voice_revenue == Decimal("90.15")
    assert board.average_order_value("voice") == Decimal("30.05")
    assert board.average_order_value("other") == Decimal("25.00")
    assert board.targets == {"completion_rate": False, "conversion_rate": False,
                             "average_duration_seconds": True, "transfer_rate": False}
    assert sum(board.by_hour) == 10
    assert [n for _, n in board.by_day] == [1, 0, 0, 1, 1, 0, 3]


def test_dashboard_without_a_host_adapter_counts_orders_from_calls(metrics_db: Env) -> None:
    _, db, models = metrics_db
    board = metrics.build_dashboard(models, db.session, now_utc=NOW, tz=NEW_YORK, start=MONTH[0],
                                    end=MONTH[1], first_day=date(2026, 11, 18), last_day=date(2026, 11, 18))
    assert board.voice_orders == 3
    assert board.voice_revenue is None and board.average_order_value("voice") is None


def test_bar_chart_is_plain_svg_with_escaped_labels() -> None:
    svg = charts.bar_chart([("<b>", 2), ("x", 4), ("y", 0)], title="Calls & more", unit="calls")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "&lt;b&gt;" in svg and "<b>" not in svg
    assert "Calls &amp; more" in svg
    assert svg.count("<rect") == 3
    assert 'data-value="4"' in svg and "pv-bar-peak" in svg
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_target_meter_colours_by_target() -> None:
    assert "pv-meter-ok" in charts.target_meter(0.9, target=0.85, maximum=1, better=">", title="t")
    assert "pv-meter-bad" in charts.target_meter(300, target=240, maximum=480, better="<", title="t")
    assert "pv-meter-ok" not in charts.target_meter(None, target=0.15, maximum=0.5, better="<", title="t")


def test_a_missed_call_is_finished_and_handed_to_staff(metrics_db: Env) -> None:
    _, db, models = metrics_db
    db.session.add(models.VoiceCall(call_sid="CA-missed", phone_from="+15551230000", state="ended",
                                    disposition="missed", started_at=datetime(2026, 11, 18, 15, 0),
                                    duration_seconds=40, transfer_reason="wants a manager"))
    db.session.commit()
    summary = metrics.call_summary(models, db.session, *MONTH)
    assert (summary.calls, summary.finished, summary.missed, summary.transferred) == (11, 10, 1, 3)
    assert summary.transfer_rate == pytest.approx(4 / 10)  # answered or not, the call went to staff
    assert summary.completion_rate == pytest.approx(3 / 10)
