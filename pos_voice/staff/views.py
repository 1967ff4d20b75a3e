"""Staff pages: calls, one call's timeline, live calls, voice orders, the dashboard, CSV.

Every view is wrapped in :func:`~pos_voice.staff.auth.staff_required`. Pages extend
``POS_VOICE_BASE_TEMPLATE`` when the host sets it (it must define ``title`` and ``content``
blocks), else ``pos_voice/layout.html``; every template can be overridden by the host by
putting its own ``templates/pos_voice/<name>.html`` in the app.
"""

from __future__ import annotations

import csv
import functools
import io
import typing as t
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)

from ..extension import get_state
from ..models import DISPOSITIONS, utcnow
from ..ordering.money import money as format_money
from ..services import Services, Store
from . import charts, data, experiment_report, layout, metrics
from .auth import check_staff_access

F = t.TypeVar("F", bound=t.Callable[..., t.Any])

#: The sections of the staff area, in navigation order: (endpoint, label).
NAV = (
    ("pos_voice.dashboard", "Dashboard"),
    ("pos_voice.live", "Live calls"),
    ("pos_voice.calls", "Calls"),
    ("pos_voice.voice_orders", "Voice orders"),
)

RANGES = {"today": "Today", "7d": "Last 7 days", "30d": "Last 30 days", "month": "This month"}


def staff_required(view: F) -> F:
    """Guard a staff view with the host's staff sign-in (:func:`~pos_voice.staff.auth.check_staff_access`)."""

    @functools.wraps(view)
    def guarded(*args: t.Any, **kwargs: t.Any) -> t.Any:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        refusal = check_staff_access(get_state(app).settings.staff_auth, app)
        if refusal is not None:
            return refusal
        return view(*args, **kwargs)

    return t.cast(F, guarded)


def _state() -> tuple[Services, Store]:
    """The app's services and the plugin's tables (503 when the tables are missing)."""
    services = get_state()
    if services.store is None:
        abort(503, description="pos_voice has no database tables: see flask pos-voice check")
    return services, services.store


def _tz() -> t.Any:
    return data.business_tz(get_state().settings.timezone)


def _render(template: str, **context: t.Any) -> str:
    base = layout.base_template(get_state().settings, current_app.jinja_env)
    return render_template(template, pv_base=base, pv_nav=NAV, **context)


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


# --- template filters ------------------------------------------------------------------------

def local_time(value: datetime | None, fmt: str = "%b %d, %H:%M") -> str:
    """A stored naive-UTC time shown in the business's zone."""
    if value is None or value == "":
        return ""
    if not isinstance(value, datetime):
        return str(value)
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(_tz()).strftime(fmt)


def duration(seconds: t.Any) -> str:
    if seconds is None or seconds == "":
        return "—"
    total = round(float(seconds))
    return f"{total // 60}:{total % 60:02d}"


def money(value: t.Any, places: int | None = None) -> str:
    """An amount of the shop's money (``POS_VOICE_CURRENCY``), as the assistant says it too."""
    return _amount(value, get_state().settings.currency, places)


def usd(value: t.Any, places: int = 2) -> str:
    """A cost of the OpenAI API, which is priced in US dollars whatever the shop's currency."""
    return _amount(value, "USD", places)


def _amount(value: t.Any, currency: str, places: int | None) -> str:
    if value is None or value == "":
        return "—"
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    return format_money(amount, currency, places)


def order_link(order_id: t.Any) -> str | None:
    """The host's page for an order (``POS_VOICE_ORDER_URL``), for the templates."""
    return data.order_url(get_state().settings.order_url, order_id)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


# --- views -----------------------------------------------------------------------------------

@staff_required
def staff_home() -> t.Any:
    return redirect(url_for("pos_voice.dashboard"))


@staff_required
def calls() -> t.Any:
    services, store = _state()
    filters = data.CallFilters.from_args(request.args, _tz())
    page = data.list_calls(store.models, store.session, filters, _page_number(), tz=_tz(),
                           size=services.settings.staff_page_size)
    orders = data.host_orders(services.pos, (c.order_id for c in page.items))
    return _render("pos_voice/calls.html", page=page, filters=filters, orders=orders,
                   dispositions=DISPOSITIONS, in_progress=data.IN_PROGRESS)


#: CSV columns: header -> how to read it from a call. No transcript, no token hashes.
CSV_COLUMNS: tuple[tuple[str, t.Callable[[t.Any], t.Any]], ...] = (
    ("id", lambda c: c.id),
    ("call_sid", lambda c: c.call_sid),
    ("started_at", lambda c: _iso(c.started_at)),
    ("ended_at", lambda c: _iso(c.ended_at)),
    ("duration_seconds", lambda c: c.duration_seconds),
    ("phone_from", lambda c: c.phone_from),
    ("phone_to", lambda c: c.phone_to),
    ("state", lambda c: c.state),
    ("disposition", lambda c: c.disposition),
    ("order_id", lambda c: c.order_id),
    ("order_type", lambda c: c.order_type),
    ("customer_name", lambda c: c.customer_name),
    ("transfer_reason", lambda c: c.transfer_reason),
    ("model", lambda c: c.model),
    ("input_tokens", lambda c: c.input_tokens),
    ("output_tokens", lambda c: c.output_tokens),
    ("input_audio_tokens", lambda c: c.input_audio_tokens),
    ("output_audio_tokens", lambda c: c.output_audio_tokens),
    ("cached_tokens", lambda c: c.cached_tokens),
    ("cost_usd", lambda c: None if c.cost_usd is None else f"{Decimal(str(c.cost_usd)):.4f}"),
)


def _iso(value: datetime | None) -> str:
    return "" if value is None else value.replace(tzinfo=UTC).isoformat()


def csv_cell(value: t.Any) -> t.Any:
    """Neutralise spreadsheet formulas in free text ("=HYPERLINK(…)"), keep +1555… phones."""
    if isinstance(value, str) and value:
        first = value[0]
        if first in "=@\t\r" or (first in "+-" and not value[1:2].isdigit()):
            return "'" + value
    return value


@staff_required
def calls_csv() -> t.Any:
    _services, store = _state()
    filters = data.CallFilters.from_args(request.args, _tz())
    tz = _tz()

    def rows() -> t.Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([name for name, _ in CSV_COLUMNS])
        for index, call in enumerate(data.iter_calls(store.models, store.session, filters, tz)):
            writer.writerow([csv_cell(read(call)) for _, read in CSV_COLUMNS])
            if index % 200 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    stamp = data.local_today(tz).isoformat()
    return Response(stream_with_context(rows()), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="voice-calls-{stamp}.csv"'})


@staff_required
def call_detail(call_id: int) -> t.Any:
    services, store = _state()
    if call_id > data.MAX_ROW_ID:
        abort(404)
    call = store.session.get(store.models.VoiceCall, call_id)
    if call is None:
        abort(404)
    entries = data.timeline(store.models, store.session, call, order_link)
    order = (data.host_orders(services.pos, [call.order_id]).get(call.order_id)
             if call.order_id is not None else None)
    return _render("pos_voice/call.html", call=call, entries=entries, order=order,
                   order_link=order_link(call.order_id),
                   has_transcript_events=any(e.kind == "transcript" for e in entries))


def _live_calls() -> list[dict[str, t.Any]]:
    services, store = _state()
    return data.live_calls(store.models, store.session, services.live_calls.snapshot(),
                           session_max_seconds=services.settings.session_max_seconds)


@staff_required
def live() -> t.Any:
    return _render("pos_voice/live.html", calls=_live_calls(),
                   poll_ms=2000, data_url=url_for("pos_voice.live_data"))


@staff_required
def live_data() -> t.Any:
    """The live calls as JSON, with the rendered list for the page to swap in."""
    current = _live_calls()
    html = render_template("pos_voice/_live_calls.html", calls=current)
    response = jsonify({"calls": data.jsonable_live(current), "html": html,
                        "at": utcnow().isoformat() + "Z"})
    response.headers["Cache-Control"] = "no-store"
    return response


@staff_required
def voice_orders() -> t.Any:
    services, store = _state()
    filters = data.CallFilters.from_args(request.args, _tz())
    filters.with_order = True
    page = data.list_calls(store.models, store.session, filters, _page_number(), tz=_tz(),
                           size=services.settings.staff_page_size)
    orders = data.host_orders(services.pos, (c.order_id for c in page.items))
    return _render("pos_voice/orders.html", page=page, filters=filters, orders=orders)


def _dashboard_range(key: str) -> tuple[datetime, datetime, t.Any, t.Any]:
    tz = _tz()
    today = data.local_today(tz)
    if key == "today":
        first = today
    elif key == "7d":
        first = today - timedelta(days=6)
    elif key == "month":
        first = today.replace(day=1)
    else:
        first = today - timedelta(days=29)
    start = metrics.to_utc_naive(metrics.local_midnight(first, tz))
    end = metrics.to_utc_naive(metrics.local_midnight(today + timedelta(days=1), tz))
    chart_first = min(first, today - timedelta(days=6))  # a day chart of at least a week
    return start, end, chart_first, today


@staff_required
def dashboard() -> t.Any:
    services, store = _state()
    key = request.args.get("range", "30d")
    if key not in RANGES:
        key = "30d"
    start, end, chart_first, today = _dashboard_range(key)
    order_stats = None
    if services.pos is not None:
        try:
            order_stats = services.pos.order_stats(start, end)
        except Exception:  # the call figures still show when the host's orders can't be read
            data.log.exception("pos_voice could not read order statistics from the host")
    board = metrics.build_dashboard(
        store.models, store.session, now_utc=utcnow(), tz=_tz(),
        start=start, end=end, first_day=chart_first, last_day=today, order_stats=order_stats,
    )
    hour_chart = charts.bar_chart([(f"{h:02d}", n) for h, n in enumerate(board.by_hour)],
                                  title="Calls by hour of day", label_every=3, unit="calls")
    day_chart = charts.bar_chart([(d.strftime("%d"), n) for d, n in board.by_day],
                                 title="Calls per day", label_every=max(1, len(board.by_day) // 10),
                                 unit="calls", highlight_max=False)
    s = board.summary
    kpis = [
        {"name": "completion_rate", "label": "Call completion", "value": percent(s.completion_rate),
         "target": "> 85 %", "met": board.targets["completion_rate"],
         "meter": _meter("completion_rate", s.completion_rate, maximum=1,
                title="completion rate against the 85 % target")},
        {"name": "conversion_rate", "label": "Order conversion", "value": percent(s.conversion_rate),
         "target": "> 70 %", "met": board.targets["conversion_rate"],
         "meter": _meter("conversion_rate", s.conversion_rate, maximum=1,
                title="conversion rate against the 70 % target")},
        {"name": "average_duration_seconds", "label": "Average call",
         "value": duration(s.average_duration_seconds), "target": "< 4:00",
         "met": board.targets["average_duration_seconds"],
         "meter": _meter("average_duration_seconds", s.average_duration_seconds, maximum=480,
                title="average duration against the 4 minute target")},
        {"name": "transfer_rate", "label": "Transfers", "value": percent(s.transfer_rate),
         "target": "< 15 %", "met": board.targets["transfer_rate"],
         "meter": _meter("transfer_rate", s.transfer_rate, maximum=0.5,
                title="transfer rate against the 15 % target")},
    ]
    return _render("pos_voice/dashboard.html", board=board, kpis=kpis, range_key=key, ranges=RANGES,
                   hour_chart=hour_chart, day_chart=day_chart, experiment=_experiment(services, store),
                   experiment_metrics=experiment_report.METRICS)


def _experiment(services: Services, store: Store) -> experiment_report.ExperimentReport | None:
    """The running (or last) prompt experiment's comparison; None when there is none or it fails."""
    if not services.settings.experiments:
        return None
    try:
        name = experiment_report.latest_name(store, services.settings)
        return experiment_report.build_report(store, services.pos, services.settings, name) if name else None
    except Exception:  # the rest of the dashboard still shows
        data.log.exception("pos_voice could not compare the experiment's variants")
        store.rollback()
        return None


def _meter(name: str, value: float | None, *, maximum: float, title: str) -> t.Any:
    """The target meter for one KPI, its target and direction taken from ``metrics.TARGETS``."""
    better, target = metrics.TARGETS[name]
    return charts.target_meter(value, target=target, maximum=maximum, better=better, title=title)


def bad_filter(error: data.BadFilter) -> t.Any:
    """400 inside the staff layout, saying what was wrong (a hand-edited URL, an old bookmark)."""
    back = url_for(request.endpoint if request.endpoint in ("pos_voice.calls", "pos_voice.voice_orders")
                   else "pos_voice.calls")
    return _render("pos_voice/bad_request.html", message=str(error), back=back), 400


def register(bp: Blueprint) -> None:
    """Attach the staff pages and their template filters to the blueprint."""
    bp.register_error_handler(data.BadFilter, bad_filter)
    bp.add_url_rule("/", "staff_home", staff_home)
    bp.add_url_rule("/dashboard", "dashboard", dashboard)
    bp.add_url_rule("/calls", "calls", calls)
    bp.add_url_rule("/calls.csv", "calls_csv", calls_csv)
    bp.add_url_rule("/calls/<int:call_id>", "call_detail", call_detail)
    bp.add_url_rule("/live", "live", live)
    bp.add_url_rule("/live.json", "live_data", live_data)
    bp.add_url_rule("/orders", "voice_orders", voice_orders)
    bp.add_app_template_filter(local_time, "pv_local")
    bp.add_app_template_filter(duration, "pv_duration")
    bp.add_app_template_filter(money, "pv_money")
    bp.add_app_template_filter(usd, "pv_usd")
    bp.add_app_template_filter(percent, "pv_percent")
    bp.add_app_template_global(order_link, "pv_order_url")
