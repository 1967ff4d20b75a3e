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
from datetime import date, datetime, timedelta
from decimal import Decimal

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)

from .. import followup, languages
from ..extension import get_state
from ..models import DISPOSITIONS, LIVE
from ..notify import outbox as notify_outbox
from ..ordering.money import money as format_money
from ..services import Services, Store
from . import charts, data, experiment_report, layout, metrics, present, queue
from .auth import CSRF_FIELD, check_staff_access, csrf_ok, csrf_token, staff_name

F = t.TypeVar("F", bound=t.Callable[..., t.Any])

#: The sections of the staff area, in navigation order: (endpoint, label). A host layout that
#: lists them itself uses ``pv_nav_links()``, so its names and the plugin's are the same.
NAV = (
    ("pos_voice.staff_home", "Needs attention"),
    ("pos_voice.live", "Live calls"),
    ("pos_voice.calls", "Calls"),
    ("pos_voice.voice_orders", "Phone orders"),
    ("pos_voice.dashboard", "Dashboard"),
)

RANGES = {"today": "Today", "7d": "Last 7 days", "30d": "Last 30 days", "month": "This month"}
#: The dashboard's names for ``voice_calls.engine`` (``metrics.engine_costs``).
ENGINE_LABELS = {"realtime": "OpenAI Realtime, relayed", "live": "GPT-Live, relayed",
                 "sip": "OpenAI Realtime over SIP",
                 metrics.UNKNOWN_ENGINE: "None recorded (never reached the assistant, or older calls)"}


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


def _now() -> datetime:
    """Naive UTC from the services' clock: the pages' "now" and "today" come from the same clock
    as the rest of the plugin's times (tests that seed a day's calls set it)."""
    return get_state().clock.utcnow()


def _today(tz: t.Any) -> date:
    """Today in the business's zone, by the services' clock."""
    return get_state().clock.now().astimezone(tz).date()


def _region() -> str:
    return get_state().settings.default_region


def _filters() -> data.CallFilters:
    return data.CallFilters.from_args(request.args, _tz(), region=_region())


def _warnings() -> list[str]:
    """Set-up problems staff must know about, shown on every staff page."""
    warnings = []
    if not get_state().settings.staff_phone:
        warnings.append("No staff phone is set (POS_VOICE_STAFF_PHONE): callers who need a person are "
                        "told to call back later, and those calls show as missed.")
    return warnings


def _render(template: str, **context: t.Any) -> str:
    base = layout.base_template(get_state().settings, current_app.jinja_env)
    return render_template(template, pv_base=base, pv_nav=NAV, pv_warnings=_warnings(),
                           pv_csrf_field=CSRF_FIELD, pv_csrf=csrf_token(), **context)


def nav_links() -> list[dict[str, t.Any]]:
    """The staff sections for a navigation bar (``pv_nav_links()`` in templates), with the queue's
    count. A host layout that calls it shows the sections itself: the pages then skip their own row."""
    g.pv_nav_shown = True
    links = []
    for endpoint, label in NAV:
        link = {"url": url_for(endpoint), "label": label, "endpoint": endpoint,
                "active": request.endpoint == endpoint, "count": None}
        if endpoint == "pos_voice.staff_home":
            link["count"] = _attention_count()
        links.append(link)
    return links


def _attention_count() -> int | None:
    store = get_state().store
    if store is None:
        return None
    try:
        # On a connection of its own: on the host's pages a failing count (the plugin's tables not
        # created yet) must not leave the host's session in an aborted transaction (PostgreSQL).
        with store.db.engine.connect() as connection:
            return queue.attention_count(store.models, connection)
    except Exception:  # a navigation bar never breaks the host's page
        data.log.exception("pos_voice could not count the calls that need attention")
        return None


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


# --- template filters ------------------------------------------------------------------------

def local_time(value: datetime | None, kind: str = "short") -> str:
    """A stored naive-UTC time in the business's zone and clock (``short``, ``time``, ``long``…)."""
    if value is None or value == "":
        return ""
    if not isinstance(value, datetime):
        return str(value)
    twelve = present.twelve_hour(get_state().settings.clock, _region())
    return present.local_time(value, _tz(), present.time_format(kind, twelve))


def phone(value: str | None) -> str:
    return present.phone(value, _region())


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


def call_languages(settings: t.Any) -> list[tuple[str, str]]:
    """``(code, name)`` of the configured languages; [] with one (the pages then show none)."""
    codes = settings.call_languages
    return [(code, languages.name(code)) for code in codes] if len(codes) > 1 else []


def language_name(code: str | None) -> str:
    return languages.name(code) if code else ""


def seconds(milliseconds: float | None) -> str:
    """``840`` → ``"0.84 s"``; "—" without a figure."""
    return "—" if milliseconds is None else f"{milliseconds / 1000:.2f} s"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


# --- views -----------------------------------------------------------------------------------

@staff_required
def staff_home() -> t.Any:
    """The staff home page: the calls that need someone to act ("Needs attention")."""
    services, store = _state()
    page = queue.open_items(store.models, store.session, _page_number(),
                            data.page_size(services.settings.staff_page_size))
    orders = data.host_orders(services.pos, (c.order_id for c in page.items))
    entries = [{"call": c, "reasons": present.reasons(c.attention),
                "cart": followup.cart_items(followup.cart_of(c)), "order": orders.get(c.order_id),
                "summary": c.summary if isinstance(c.summary, dict) else None}
               for c in page.items]
    handled = queue.recently_handled(store.models, store.session)
    return _render("pos_voice/attention.html", page=page, entries=entries, handled=handled,
                   filters=data.CallFilters())


@staff_required
def mark_handled(call_id: int) -> t.Any:
    """*Mark handled*: who and when, stored on the call; back to the queue."""
    _services, store = _state()
    if not csrf_ok():
        abort(400, description="This form has expired: reload the page and try again.")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not queue.mark_handled(store.models, store.session, call_id, who=staff_name(app), now=_now()):
        return _not_found()
    if request.accept_mimetypes.best == "application/json":
        return jsonify({"ok": True})
    back = request.form.get("next") or ""
    if not back.startswith("/") or back.startswith("//") or "\\" in back:  # only a page of this site
        back = url_for("pos_voice.staff_home")
    return redirect(back, code=303)


#: Why *Take this call* was refused, as the person who pressed it reads it.
TAKE_REFUSED = {
    "not_live": "This call has already ended: there is no call to take. If the caller needs "
                "someone, ring them back from the call's page.",
    "no_staff_phone": "No staff phone is set (POS_VOICE_STAFF_PHONE): there is no phone to hand "
                      "this call to. The assistant stays on the line.",
}


@staff_required
def take_call(call_id: int) -> t.Any:
    """*Take this call*: the process running the call (any process) has the assistant say a
    short hand-off line and dials staff; an ended call, or no staff phone, is refused (409)."""
    services, store = _state()
    if not csrf_ok():
        abort(400, description="This form has expired: reload the page and try again.")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not services.settings.staff_phone:
        outcome = "no_staff_phone"
    else:
        outcome = queue.request_take(store.models, store.session, call_id, who=staff_name(app), now=_now())
    if outcome == "missing":
        return _not_found()
    refused = TAKE_REFUSED.get(outcome)
    if request.accept_mimetypes.best == "application/json":
        body = {"ok": refused is None, "outcome": outcome, **({"message": refused} if refused else {})}
        return jsonify(body), 409 if refused else 200
    if refused:
        return _render("pos_voice/bad_request.html", title="Can't take this call", message=refused,
                       back=url_for("pos_voice.live"), back_label="Back to the live calls"), 409
    return redirect(url_for("pos_voice.live"), code=303)


def _not_found() -> t.Any:
    """A missing call: 404 inside the staff layout, with the way back."""
    return _render("pos_voice/not_found.html"), 404


@staff_required
def alerts_data() -> t.Any:
    """What every open staff page polls (``staff.js``): calls that need staff now, the queue's
    count, and a stamp that changes whenever a call starts or ends (lists then refresh)."""
    services, store = _state()
    body = data.alerts(store.models, store.session,
                       session_max_seconds=services.settings.session_max_seconds, now=_now())
    body["attention"] = queue.attention_count(store.models, store.session)
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response


@staff_required
def calls() -> t.Any:
    services, store = _state()
    filters = _filters()
    page = data.list_calls(store.models, store.session, filters, _page_number(), tz=_tz(),
                           size=services.settings.staff_page_size)
    orders = data.host_orders(services.pos, (c.order_id for c in page.items))
    return _render("pos_voice/calls.html", page=page, filters=filters, orders=orders,
                   dispositions=DISPOSITIONS, in_progress=data.IN_PROGRESS,
                   languages=call_languages(services.settings))


#: CSV columns: header -> how to read it from a call and its host order (``{}`` when none).
#: Times in the shop's zone with their offset; the order's number as staff know it, not its
#: internal id. No transcript, no token hashes.
CSV_COLUMNS: tuple[tuple[str, t.Callable[[t.Any, dict[str, t.Any]], t.Any]], ...] = (
    ("call_sid", lambda c, o: c.call_sid),
    ("started_at", lambda c, o: _iso(c.started_at)),
    ("ended_at", lambda c, o: _iso(c.ended_at)),
    ("duration_seconds", lambda c, o: c.duration_seconds),
    ("phone_from", lambda c, o: c.phone_from),
    ("phone_to", lambda c, o: c.phone_to),
    ("state", lambda c, o: c.state),
    ("outcome", lambda c, o: c.disposition),
    ("order_number", lambda c, o: o.get("number") if c.order_id is not None else None),
    ("order_total", lambda c, o: None if o.get("total") is None else f"{Decimal(str(o['total'])):.2f}"),
    ("order_type", lambda c, o: c.order_type),
    ("customer_name", lambda c, o: c.customer_name),
    ("transfer_reason", lambda c, o: c.transfer_reason),
    ("model", lambda c, o: c.model),
    ("input_tokens", lambda c, o: c.input_tokens),
    ("output_tokens", lambda c, o: c.output_tokens),
    ("input_audio_tokens", lambda c, o: c.input_audio_tokens),
    ("output_audio_tokens", lambda c, o: c.output_audio_tokens),
    ("cached_tokens", lambda c, o: c.cached_tokens),
    ("cost_usd", lambda c, o: None if c.cost_usd is None else f"{Decimal(str(c.cost_usd)):.4f}"),
    ("needs_attention", lambda c, o: ", ".join(code for code, _ in present.reasons(c.attention))
     if c.handled_at is None else ""),
    ("language", lambda c, o: c.language),
)


def _iso(value: datetime | None) -> str:
    return present.local_iso(value, _tz())


def csv_cell(value: t.Any) -> t.Any:
    """Neutralise spreadsheet formulas in free text ("=HYPERLINK(…)"), keep +1555… phones."""
    if isinstance(value, str) and value:
        first = value[0]
        if first in "=@\t\r" or (first in "+-" and not value[1:2].isdigit()):
            return "'" + value
    return value


@staff_required
def calls_csv() -> t.Any:
    services, store = _state()
    filters = _filters()
    tz = _tz()

    def rows() -> t.Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([name for name, _ in CSV_COLUMNS])
        batch: list[t.Any] = []

        def flush() -> str:
            orders = data.host_orders(services.pos, (c.order_id for c in batch))
            for call in batch:
                order = orders.get(call.order_id) or {}
                writer.writerow([csv_cell(read(call, order)) for _, read in CSV_COLUMNS])
            batch.clear()
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return text

        for call in data.iter_calls(store.models, store.session, filters, tz):
            batch.append(call)
            if len(batch) >= 200:  # one host read per 200 calls
                yield flush()
        yield flush()

    stamp = _today(tz).isoformat()
    return Response(stream_with_context(rows()), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="voice-calls-{stamp}.csv"'})


@staff_required
def call_detail(call_id: int) -> t.Any:
    services, store = _state()
    call = store.session.get(store.models.VoiceCall, call_id) if call_id <= data.MAX_ROW_ID else None
    if call is None:
        return _not_found()
    entries = data.timeline(store.models, store.session, call, order_link)
    for entry in entries:
        if entry.kind == "tool_call":
            entry.extra["line"] = present.tool_line(
                str(entry.data.get("name")), followup.parse_json(entry.data.get("arguments")),
                followup.parse_json(entry.data.get("result")), money)
    events = [(e.kind, e.data) for e in entries]
    summary = call.summary if isinstance(call.summary, dict) else None
    if summary is None and call.state == "ended":
        summary = followup.summarize(call, events)  # a call from before summaries were stored
    order = (data.host_orders(services.pos, [call.order_id]).get(call.order_id)
             if call.order_id is not None else None)
    return _render("pos_voice/call.html", call=call, entries=entries, order=order,
                   order_link=order_link(call.order_id), summary=summary,
                   facts=followup.order_facts(call, events), reasons=present.reasons(call.attention),
                   transfer_summary=followup.transfer_summary(events),
                   resume=data.resume_links(store.models, store.session, call.id),
                   notices=notify_outbox.for_calls(store, [call.id]).get(call.id, []),
                   rewards=data.rewards_of(store.models, store.session, [call.id]).get(call.id),
                   has_transcript_events=any(e.kind == "transcript" for e in entries))


def _live_calls() -> list[dict[str, t.Any]]:
    services, store = _state()
    calls = data.live_calls(store.models, store.session, services.live_calls.snapshot(),
                            session_max_seconds=services.settings.session_max_seconds, now=_now())
    staff_phone = bool(services.settings.staff_phone)
    for c in calls:  # Take this call: on a call with the assistant, nobody taking it yet
        c["can_take"] = (staff_phone and c["state"] == LIVE and not c["take_requested"]
                         and not c["transfer_coming"])
    return calls


@staff_required
def live() -> t.Any:
    return _render("pos_voice/live.html", calls=_live_calls(),
                   poll_ms=1000, data_url=url_for("pos_voice.live_data"))


@staff_required
def live_data() -> t.Any:
    """The live calls as JSON, with the rendered list for the page to swap in."""
    current = _live_calls()
    html = render_template("pos_voice/_live_calls.html", calls=current, pv_csrf=csrf_token(),
                           pv_csrf_field=CSRF_FIELD)
    response = jsonify({"calls": data.jsonable_live(current), "html": html,
                        "at": _now().isoformat() + "Z"})
    response.headers["Cache-Control"] = "no-store"
    return response


@staff_required
def voice_orders() -> t.Any:
    """Orders placed by phone, as the counter needs them; today unless another range is asked."""
    services, store = _state()
    filters = _filters()
    filters.with_order = True
    tz = _tz()
    today = _today(tz)
    size = data.page_size(services.settings.staff_page_size)
    if not (filters.start or filters.end or filters.all_days):
        filters.start = filters.end = today
    if filters.status:
        # The status lives in the host's orders: filter the range's calls by it, then page.
        calls_in_range = list(data.iter_calls(store.models, store.session, filters, tz))
        orders = data.host_orders(services.pos, (c.order_id for c in calls_in_range))
        wanted = filters.status.lower()
        matching = [c for c in calls_in_range
                    if str((orders.get(c.order_id) or {}).get("status") or "").lower() == wanted]
        page = data.Page([], 1, size, len(matching))
        page.number = max(1, min(_page_number(), page.pages))
        page.items = matching[(page.number - 1) * size: page.number * size]
    else:
        page = data.list_calls(store.models, store.session, filters, _page_number(), tz=tz, size=size)
        orders = data.host_orders(services.pos, (c.order_id for c in page.items))
    facts = data.order_facts(store.models, store.session, page.items)
    statuses = sorted({str(o["status"]) for o in orders.values() if o.get("status")} | (
        {filters.status} if filters.status else set()))
    return _render("pos_voice/orders.html", page=page, filters=filters, orders=orders, facts=facts,
                   statuses=statuses, today=today, week_start=today - timedelta(days=6),
                   ready_at=_ready_at, notices=notify_outbox.for_calls(store, (c.id for c in page.items)),
                   rewards=data.rewards_of(store.models, store.session, [c.id for c in page.items]))


def _ready_at(call: t.Any, order: dict[str, t.Any] | None, facts: t.Any) -> datetime | None:
    """When the caller was told the order would be ready: placed time plus the wait promised."""
    if facts is None or facts.wait_minutes is None:
        return None
    placed = (order or {}).get("created_at") or call.started_at
    return placed + timedelta(minutes=facts.wait_minutes) if isinstance(placed, datetime) else None


def dashboard_range(key: str, today: date, tz: t.Any) -> tuple[datetime, datetime, date, date]:
    """UTC bounds of the range ``key`` ending ``today``, and the first and last day of its day chart."""
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
    chart_last = today
    if key == "month":  # the whole calendar month, the days to come empty: never a bare week
        chart_last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        chart_first = first
    else:
        chart_first = min(first, today - timedelta(days=6))  # a day chart of at least a week
    return start, end, chart_first, chart_last


@staff_required
def dashboard() -> t.Any:
    services, store = _state()
    key = request.args.get("range", "30d")
    if key not in RANGES:
        key = "30d"
    tz = _tz()
    start, end, chart_first, chart_last = dashboard_range(key, _today(tz), tz)
    order_stats = None
    if services.pos is not None:
        try:
            order_stats = services.pos.order_stats(start, end)
        except Exception:  # the call figures still show when the host's orders can't be read
            data.log.exception("pos_voice could not read order statistics from the host")
    board = metrics.build_dashboard(
        store.models, store.session, now_utc=_now(), tz=_tz(),
        start=start, end=end, first_day=chart_first, last_day=chart_last, order_stats=order_stats,
    )
    moods = metrics.moods(store.models, store.session, start, end)
    turn_taking = metrics.turn_taking(store.models, store.session, start, end)
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
                   hour_chart=hour_chart, day_chart=day_chart, moods=moods, turn_taking=turn_taking,
                   dead_air_seconds=f"{metrics.turns.DEAD_AIR_MS / 1000:g}",
                   experiment=_experiment(services, store), experiment_metrics=experiment_report.METRICS,
                   engine_labels=ENGINE_LABELS, live_price_missing=_live_price_missing(services))


def _live_price_missing(services: Services) -> str | None:
    """The GPT-Live model whose calls cost $0 for lack of a per-minute price (OpenAI's SDK
    publishes none, so ``PRICES`` has no default), when calls run on it; else None."""
    settings = services.settings
    if settings.engine != "live" or "per_minute" in (settings.prices.get(settings.live_model) or {}):
        return None
    return settings.live_model


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
    bp.add_url_rule("/calls/<int:call_id>/handled", "mark_handled", mark_handled, methods=["POST"])
    bp.add_url_rule("/calls/<int:call_id>/take", "take_call", take_call, methods=["POST"])
    bp.add_url_rule("/alerts.json", "alerts_data", alerts_data)
    bp.add_url_rule("/dashboard", "dashboard", dashboard)
    bp.add_url_rule("/calls", "calls", calls)
    bp.add_url_rule("/calls.csv", "calls_csv", calls_csv)
    bp.add_url_rule("/calls/<int:call_id>", "call_detail", call_detail)
    bp.add_url_rule("/live", "live", live)
    bp.add_url_rule("/live.json", "live_data", live_data)
    bp.add_url_rule("/orders", "voice_orders", voice_orders)
    bp.add_app_template_filter(local_time, "pv_local")
    bp.add_app_template_filter(phone, "pv_phone")
    bp.add_app_template_filter(present.count, "pv_count")
    bp.add_app_template_global(nav_links, "pv_nav_links")
    bp.add_app_template_filter(duration, "pv_duration")
    bp.add_app_template_filter(money, "pv_money")
    bp.add_app_template_filter(usd, "pv_usd")
    bp.add_app_template_filter(percent, "pv_percent")
    bp.add_app_template_global(order_link, "pv_order_url")
    bp.add_app_template_filter(language_name, "pv_language")
    bp.add_app_template_filter(seconds, "pv_seconds")
