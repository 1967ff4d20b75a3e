"""What the staff pages read: filtered call lists, a call's timeline, live calls, voice orders.

Plain functions over the plugin's models and the host adapter, given what they read (the
settings they need, the adapter); the views only parse the request and render. Times in the
tables are naive UTC; local dates from the request are turned into UTC bounds in
``POS_VOICE_TIMEZONE``.
"""

from __future__ import annotations

import json
import logging
import re
import typing as t
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from flask import url_for

from .. import followup
from ..followup import parse_json as _parsed
from ..models import DISPOSITIONS, ENDED, LIVE, MISSED, NEXT_TRANSFER, QUEUED, utcnow
from ..pos.phones import normalize_phone
from .metrics import local_midnight, to_utc_naive

if t.TYPE_CHECKING:
    from ..pos.adapter import PosAdapter

log = logging.getLogger("pos_voice.staff")

IN_PROGRESS = "in_progress"


def business_tz(timezone: str) -> ZoneInfo:
    """The shop's zone (``POS_VOICE_TIMEZONE``); UTC when unknown."""
    try:
        return ZoneInfo(timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


#: The largest ``voice_calls.id`` (an INTEGER column: 32 bits on PostgreSQL). A bigger id in a
#: URL names no call, and the drivers raise on it (SQLite past 64 bits: OverflowError;
#: PostgreSQL past 32: "integer out of range") instead of finding nothing.
MAX_ROW_ID = 2**31 - 1


class BadFilter(ValueError):
    """A query-string value the staff pages cannot use; its message is shown to the person (400)."""


def parse_day(raw: str | None, label: str = "date") -> date | None:
    """``YYYY-MM-DD`` from a filter form; raises :class:`BadFilter` for anything else."""
    if not raw or not raw.strip():
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        pass
    raise BadFilter(f"The {label} {raw.strip()[:40]!r} is not a date: use the form YYYY-MM-DD.")


def _text_filter(raw: str | None) -> str:
    # No NUL or control characters: PostgreSQL refuses NUL in a string parameter.
    return "".join(ch for ch in (raw or "") if ch.isprintable()).strip()[:40]


def _language_filter(raw: str | None) -> str:
    """A language code from the query string ("es"); anything else is no filter."""
    code = (raw or "").strip().lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else ""


def order_url(builder: t.Any, order_id: t.Any) -> str | None:
    """The host's page for an order: ``builder`` is ``POS_VOICE_ORDER_URL``, ``"/orders/{id}"`` or a
    callable."""
    if order_id is None:
        return None
    if not builder:
        return None
    try:
        if callable(builder):
            return str(builder(order_id))
        return str(builder).format(id=order_id)
    except Exception:  # a broken builder must not break the page; the order id still shows
        log.exception("POS_VOICE_ORDER_URL could not build a link for order %r", order_id)
        return None


# --- call lists ------------------------------------------------------------------------------

@dataclass
class CallFilters:
    """The filters of the calls list (and of its CSV export), from the query string."""

    start: date | None = None
    end: date | None = None  # inclusive
    disposition: str = ""
    phone: str = ""  # the search box: a phone in any format, a name, or an order number
    with_order: bool = False
    status: str = ""  # the host's order status (voice orders page)
    all_days: bool = False  # the voice orders page without its "today" default
    region: str = "US"  # POS_VOICE_DEFAULT_REGION: how a national number typed is read
    language: str = ""  # the call's language code (POS_VOICE_LANGUAGES)

    @classmethod
    def from_args(cls, args: t.Mapping[str, str], tz: ZoneInfo, region: str = "US") -> CallFilters:
        """The filters of a query string; raises :class:`BadFilter` for a date with no UTC
        bounds in the shop's zone ``tz``, or no date at all."""
        disposition = (args.get("disposition") or "").strip()
        if disposition not in (*DISPOSITIONS, IN_PROGRESS):
            disposition = ""
        filters = cls(start=parse_day(args.get("start"), "start date"),
                      end=parse_day(args.get("end"), "end date"), disposition=disposition,
                      phone=_text_filter(args.get("phone")),
                      with_order=args.get("with_order") in ("1", "on", "true"),
                      status=_text_filter(args.get("status")), all_days=args.get("all") == "1",
                      region=region, language=_language_filter(args.get("language")))
        try:
            filters.bounds(tz)
        except OverflowError:  # 9999-12-31 has no next day; 0001-01-01 none before it east of UTC
            raise BadFilter("Those dates are outside the range the call list can show.") from None
        return filters

    def bounds(self, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
        """The half-open UTC range ``[start, end)`` of the local days chosen (None: open)."""
        start = to_utc_naive(local_midnight(self.start, tz)) if self.start else None
        end = to_utc_naive(local_midnight(self.end + timedelta(days=1), tz)) if self.end else None
        return start, end

    def as_args(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.start:
            out["start"] = self.start.isoformat()
        if self.end:
            out["end"] = self.end.isoformat()
        if self.disposition:
            out["disposition"] = self.disposition
        if self.phone:
            out["phone"] = self.phone
        if self.with_order:
            out["with_order"] = "1"
        if self.status:
            out["status"] = self.status
        if self.all_days:
            out["all"] = "1"
        if self.language:
            out["language"] = self.language
        return out

    def clauses(self, call: t.Any, tz: ZoneInfo, event: t.Any = None) -> list[t.Any]:
        clauses: list[t.Any] = []
        start, end = self.bounds(tz)
        if start is not None:
            clauses.append(call.started_at >= start)
        if end is not None:
            clauses.append(call.started_at < end)
        if self.disposition == IN_PROGRESS:
            clauses.append(call.state.in_((QUEUED, LIVE)))
        elif self.disposition:
            clauses.append(call.disposition == self.disposition)
        digits = re.sub(r"\D", "", self.phone)
        if digits:
            clauses.append(sa.or_(*self._number_matches(call, event, digits)))
        elif self.phone:
            # A % or _ typed in the box is a character to find, not a wildcard.
            clauses.append(sa.func.lower(call.customer_name).contains(self.phone.lower(), autoescape=True))
        if self.with_order:
            clauses.append(call.order_id.is_not(None))
        if self.language:
            clauses.append(call.language == self.language)
        return clauses


    def _number_matches(self, call: t.Any, event: t.Any, digits: str) -> list[t.Any]:
        """A number typed in the search box: a phone in any format, or an order number."""
        # Phones are stored E.164 (+15551234567): the digits typed, anywhere in it...
        matches = [call.phone_from.contains(digits)]
        # ...or the number as the shop writes it locally ("020 7946 0958" is +442079460958).
        e164 = normalize_phone(self.phone, self.region)
        if e164:
            matches.append(call.phone_from == e164)
        number = self.phone.strip().lstrip("#").strip()
        if event is not None and number and len(number) <= 20:
            placed = sa.select(event.call_id).where(event.event_type == "order_submitted",
                                                    event.event_data["number"].as_string() == number)
            matches.append(call.id.in_(placed))
        return matches


@dataclass
class Page:
    items: list[t.Any]
    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def page_size(configured: int) -> int:
    """``POS_VOICE_STAFF_PAGE_SIZE``, kept between 1 and 500."""
    return max(1, min(500, configured))


def list_calls(models: t.Any, session: t.Any, filters: CallFilters, page_number: int, *, tz: ZoneInfo,
               size: int) -> Page:
    call = models.VoiceCall
    clauses = filters.clauses(call, tz, models.VoiceCallEvent)
    total = int(session.execute(sa.select(sa.func.count(call.id)).where(*clauses)).scalar_one())
    size = page_size(size)
    page = Page([], 1, size, total)
    page.number = max(1, min(page_number, page.pages))
    query = (sa.select(call).where(*clauses).order_by(call.started_at.desc(), call.id.desc())
             .limit(size).offset((page.number - 1) * size))
    page.items = list(session.execute(query).scalars())
    return page


def iter_calls(models: t.Any, session: t.Any, filters: CallFilters, tz: ZoneInfo) -> t.Iterator[t.Any]:
    call = models.VoiceCall
    query = (sa.select(call).where(*filters.clauses(call, tz, models.VoiceCallEvent))
             .order_by(call.started_at.desc(), call.id.desc()).execution_options(yield_per=500))
    yield from session.execute(query).scalars()


def host_orders(pos: PosAdapter | None, order_ids: t.Iterable[t.Any]) -> dict[t.Any, dict[str, t.Any]]:
    """The host's view of these orders (number, total, status…), empty when unavailable."""
    ids = [i for i in order_ids if i is not None]
    if not ids or pos is None:
        return {}
    try:
        found = pos.orders_by_id(ids)
    except Exception:  # the list still renders with order ids when the host read fails
        log.exception("pos_voice could not read the host's orders %s", ids)
        return {}
    return dict(found or {})


def order_facts(models: t.Any, session: t.Any, calls: list[t.Any]) -> dict[int, followup.OrderFacts]:
    """What each of these calls ordered (items, address, wait, notes, allergies), from its events."""
    if not calls:
        return {}
    event = models.VoiceCallEvent
    events: dict[int, list[followup.Event]] = {c.id: [] for c in calls}
    for call_id, kind, body in session.execute(
            sa.select(event.call_id, event.event_type, event.event_data)
            .where(event.call_id.in_(list(events)), event.event_type.in_(("tool_call", "order_submitted")))
            .order_by(event.timestamp, event.id)):
        if isinstance(body, dict):
            events[call_id].append((str(kind), body))
    return {c.id: followup.order_facts(c, events[c.id]) for c in calls}


def rewards_of(models: t.Any, session: t.Any, call_ids: list[int]) -> dict[int, dict[str, t.Any]]:
    """Points earned and used by each of these calls' orders (the ``rewards`` of ``order_submitted``)."""
    if not call_ids:
        return {}
    event = models.VoiceCallEvent
    found: dict[int, dict[str, t.Any]] = {}
    for call_id, body in session.execute(sa.select(event.call_id, event.event_data).where(
            event.call_id.in_(call_ids), event.event_type == "order_submitted")):
        if isinstance(body, dict) and isinstance(body.get("rewards"), dict):
            found[call_id] = body["rewards"]
    return found


# --- one call --------------------------------------------------------------------------------

def _pretty(value: t.Any) -> str:
    """JSON text pretty-printed; other text as is."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False, default=str)


@dataclass
class TimelineEntry:
    kind: str  # the event type
    at: datetime
    offset_seconds: int
    data: dict[str, t.Any]
    duration_ms: int | None = None
    extra: dict[str, t.Any] = field(default_factory=dict)


def timeline(models: t.Any, session: t.Any, call: t.Any,
             order_link: t.Callable[[t.Any], str | None]) -> list[TimelineEntry]:
    """The call's events in order: transcript lines interleaved with tool calls and results."""
    event = models.VoiceCallEvent
    rows = session.execute(
        sa.select(event).where(event.call_id == call.id).order_by(event.timestamp, event.id)
    ).scalars()
    entries: list[TimelineEntry] = []
    for row in rows:
        data = row.event_data if isinstance(row.event_data, dict) else {"value": row.event_data}
        offset = int(max(0.0, (row.timestamp - call.started_at).total_seconds())) if call.started_at else 0
        entry = TimelineEntry(kind=row.event_type, at=row.timestamp, offset_seconds=offset,
                              data=data, duration_ms=row.duration_ms)
        if row.event_type == "tool_call":
            result = _parsed(data.get("result"))
            entry.extra = {
                "arguments": _pretty(data.get("arguments")),
                "result": _pretty(result),
                "failed": bool(data.get("error")) or (isinstance(result, dict) and "error" in result),
            }
        elif row.event_type == "order_submitted":
            entry.extra = {"url": order_link(data.get("order_id"))}
        elif row.event_type in ("usage", "error", "call_started", "call_ended", "transfer"):
            entry.extra = {"details": _pretty({k: v for k, v in data.items()
                                               if k not in ("reason", "disposition")})}
        entries.append(entry)
    # submit_order writes its tool_call row after the order it placed: show the order after the call.
    for i in range(len(entries) - 1):
        first, second = entries[i], entries[i + 1]
        if (first.kind == "order_submitted" and second.kind == "tool_call"
                and second.data.get("name") == "submit_order"):
            entries[i], entries[i + 1] = second, first
    return entries


def resume_links(models: t.Any, session: t.Any, call_id: int) -> dict[str, t.Any]:
    """A dropped call and the call its cart was offered to (``voice_call_resumes``), both ways:
    ``{"offered_to": row | None, "continues": row | None}``, each with ``call_id`` and ``status``."""
    resumes = models.VoiceCallResume
    rows = session.execute(sa.select(resumes).where(
        sa.or_(resumes.call_id == call_id, resumes.resumed_call_id == call_id))).scalars().all()
    links: dict[str, t.Any] = {"offered_to": None, "continues": None}
    for row in rows:
        if row.call_id == call_id:
            links["offered_to"] = {"call_id": row.resumed_call_id, "status": row.status}
        else:
            links["continues"] = {"call_id": row.call_id, "status": row.status}
    return links


# --- live calls ------------------------------------------------------------------------------

def _cart_lines(cart: t.Any) -> list[dict[str, t.Any]]:
    """Cart lines from ``voice_calls.live_state`` or a session's live view, whatever their shape."""
    if not isinstance(cart, dict):
        return []
    raw = cart.get("lines") or cart.get("items") or []
    if not isinstance(raw, list):
        return []
    lines: list[dict[str, t.Any]] = []
    for item in raw:
        if isinstance(item, str):
            lines.append({"text": item, "price": None})
            continue
        if not isinstance(item, dict):
            continue
        if item.get("description") or item.get("text"):
            text = str(item.get("description") or item.get("text"))
        else:
            quantity = item.get("quantity") or item.get("qty") or 1
            size = item.get("size") or ""
            name = item.get("name") or item.get("item_name") or item.get("item") or "item"
            text = " ".join(str(p) for p in (f"{quantity} x", size, name) if p)
            modifiers = item.get("modifiers")
            if isinstance(modifiers, list) and modifiers:
                text += " (" + ", ".join(str(m) for m in modifiers) + ")"
            elif isinstance(modifiers, str) and modifiers:
                text += f" ({modifiers})"
            if item.get("notes"):
                text += f" — {item['notes']}"
        price = item.get("line_total", item.get("total", item.get("price")))
        lines.append({"text": text, "price": price})
    return lines


def describe_cart(cart: t.Any) -> dict[str, t.Any] | None:
    """A uniform cart summary for the live page: lines, totals, order type, notes."""
    if isinstance(cart, str):
        try:
            cart = json.loads(cart)
        except ValueError:
            return {"lines": [], "summary": cart}
    if not isinstance(cart, dict):
        return None
    nested = cart.get("cart")
    inner: dict[str, t.Any] = nested if isinstance(nested, dict) else cart
    return {
        "lines": _cart_lines(inner),
        "order_type": inner.get("order_type") or cart.get("order_type"),
        "subtotal": inner.get("subtotal"),
        "total": inner.get("total"),
        "allergies": inner.get("allergies") or cart.get("allergies"),
        "notes": inner.get("notes") or cart.get("notes"),
        # Something the server noticed that usually ends with staff: "catering", "allergy", "payment".
        "escalation": inner.get("escalation") or cart.get("escalation"),
        "order_number": inner.get("order_number") or cart.get("order_number"),
        "summary": inner.get("summary") or cart.get("summary"),
    }


def merge_carts(stored: t.Any, running: t.Any) -> t.Any:
    """The DB's ``live_state`` (priced by the tools) overlaid with a running session's fresher cart."""
    if not isinstance(running, dict) or not running:
        return stored
    if not isinstance(stored, dict):
        return running
    fresh = {k: v for k, v in running.items() if v not in (None, "", [], {})}
    if "lines" in fresh:
        stored = {k: v for k, v in stored.items() if k != "items"}
    return {**stored, **fresh}


def _transcript_lines(raw: t.Any) -> list[dict[str, str]]:
    lines: list[dict[str, str]] = []
    if not isinstance(raw, list):
        return lines
    for item in raw:
        if isinstance(item, dict) and item.get("text"):
            lines.append({"role": str(item.get("role") or "assistant"), "text": str(item["text"])})
        elif isinstance(item, list | tuple) and len(item) == 2:
            lines.append({"role": str(item[0]), "text": str(item[1])})
        elif isinstance(item, str) and item:
            lines.append({"role": "", "text": item})
    return lines


def _alive_since(now: datetime, session_max_seconds: float) -> datetime:
    """Calls whose last sign of life is older than the longest session belong to a dead process."""
    return now - timedelta(seconds=int(session_max_seconds) + 300)


#: How long a call that just ended keeps its card on the live page, with its outcome.
ENDED_CARD_SECONDS = 30


def _alerts(row: t.Any, cart: dict[str, t.Any] | None, problems: list[str]) -> list[dict[str, str]]:
    """What deserves staff's attention on a call in progress: only real conditions.

    A healthy call shows none. (``next_action`` reads ``fallback`` on every running call: it is
    only what ``/stream-ended`` does if the process running the call dies, not a problem.)
    """
    alerts: list[dict[str, str]] = []
    if row.next_action == NEXT_TRANSFER:
        reason = f": {row.transfer_reason}" if row.transfer_reason else ""
        alerts.append({"kind": "transfer", "text": f"Transfer to staff{reason}"})
    if row.take_requested_at is not None and row.state != ENDED:
        alerts.append({"kind": "taking", "text": f"{row.take_requested_by or 'Staff'} is taking this call"})
    if problems:
        alerts.append({"kind": "problem", "text": f"The assistant hit a problem: {problems[-1]}"})
    escalation = (cart or {}).get("escalation")
    if escalation:
        alerts.append({"kind": "escalation", "text": f"Heads-up: {escalation} — may need staff"})
    return alerts


def live_calls(models: t.Any, session: t.Any, sessions: t.Mapping[str, t.Any], *,
               session_max_seconds: float, transcript_tail: int = 12,
               now: datetime | None = None) -> list[dict[str, t.Any]]:
    """Calls in progress (state queued/live in the DB, any process), newest first, then the calls
    that ended in the last :data:`ENDED_CARD_SECONDS` (with their outcome).

    Rows whose last sign of life is older than the longest allowed session are left out:
    they belong to a process that died. A session running in this process adds its own
    up-to-the-moment view (``live_view()``).
    """
    call = models.VoiceCall
    now = now or utcnow()
    alive_since = _alive_since(now, session_max_seconds)
    ended_since = now - timedelta(seconds=ENDED_CARD_SECONDS)
    rows = list(session.execute(
        sa.select(call).where(sa.or_(
            sa.and_(call.state.in_((QUEUED, LIVE)),
                    sa.func.coalesce(call.heartbeat_at, call.started_at) >= alive_since),
            sa.and_(call.state == ENDED, call.ended_at >= ended_since, call.started_at >= alive_since)))
        .order_by(call.started_at.desc(), call.id.desc())
    ).scalars())
    rows.sort(key=lambda r: r.state == ENDED)  # calls in progress first, each group newest first
    transcripts: dict[int, list[dict[str, str]]] = {row.id: [] for row in rows}
    problems: dict[int, list[str]] = {row.id: [] for row in rows}
    if rows:
        event = models.VoiceCallEvent
        for call_id, kind, data in session.execute(
            sa.select(event.call_id, event.event_type, event.event_data)
            .where(event.call_id.in_(list(transcripts)), event.event_type.in_(("transcript", "error")))
            .order_by(event.timestamp, event.id)
        ):
            if not isinstance(data, dict):
                continue
            if kind == "transcript" and data.get("text"):
                transcripts[call_id].append({"role": str(data.get("role") or ""), "text": str(data["text"])})
            elif kind == "error" and data.get("where") not in ("silence", "dial"):
                problems[call_id].append(str(data.get("message") or "an error"))
    out: list[dict[str, t.Any]] = []
    for row in rows:
        transcript = transcripts[row.id]
        cart: t.Any = row.live_state
        in_process = False
        live_session = sessions.get(row.call_sid) if row.state != ENDED else None
        view_fn = getattr(live_session, "live_view", None)
        if callable(view_fn):
            try:
                view = view_fn()
            except Exception:  # the page must not fail because one session is mid-teardown
                log.exception("live_view() failed for call %s", row.call_sid)
                view = None
            if isinstance(view, dict):
                in_process = True
                transcript = _transcript_lines(view.get("transcript")) or transcript
                cart = merge_carts(cart, view.get("cart"))
        described = describe_cart(cart)
        out.append({
            "id": row.id,
            "call_sid": row.call_sid,
            "phone": row.phone_from,
            "customer_name": row.customer_name,
            "state": row.state,
            "disposition": row.disposition,
            "ended": row.state == ENDED,
            "started_at": row.started_at,
            "elapsed_seconds": int(max(0.0, ((row.ended_at if row.state == ENDED and row.ended_at else now)
                                            - row.started_at).total_seconds())),
            "transcript": transcript[-transcript_tail:],
            "cart": described,
            "transfer_reason": row.transfer_reason,
            "transfer_coming": row.next_action == NEXT_TRANSFER,
            "take_requested": row.take_requested_at is not None,
            "alerts": [] if row.state == ENDED else _alerts(row, described, problems[row.id]),
            "in_process": in_process,
        })
    return out


#: A call that ended missed raises an alert this long after it ended.
MISSED_ALERT_SECONDS = 60


def _phone_text(value: str | None) -> str:
    return value or "an unknown number"


def alerts(models: t.Any, session: t.Any, *, session_max_seconds: float,
           now: datetime | None = None) -> dict[str, t.Any]:
    """Calls that need staff now, for every open staff page: a transfer or an escalation about
    to reach the counter, a missed call to ring back; and a ``stamp`` that changes whenever a
    call starts, changes state or ends (pages with lists refresh on it)."""
    call = models.VoiceCall
    now = now or utcnow()
    alive_since = _alive_since(now, session_max_seconds)
    rows = session.execute(
        sa.select(call.id, call.phone_from, call.state, call.disposition, call.next_action,
                  call.transfer_reason, call.live_state, call.take_requested_at)
        .where(sa.or_(
            sa.and_(call.state.in_((QUEUED, LIVE)),
                    sa.func.coalesce(call.heartbeat_at, call.started_at) >= alive_since),
            sa.and_(call.state == ENDED, call.disposition == MISSED,
                    call.ended_at >= now - timedelta(seconds=MISSED_ALERT_SECONDS))))
        .order_by(call.id)).all()
    found: list[dict[str, t.Any]] = []
    live = 0
    for row in rows:
        who = _phone_text(row.phone_from)
        url = url_for("pos_voice.call_detail", call_id=row.id)
        if row.state == ENDED:
            found.append({"key": f"{row.id}:missed", "kind": "missed", "url": url,
                          "text": f"Missed call from {who} — call them back"})
            continue
        live += 1
        cart = row.live_state if isinstance(row.live_state, dict) else {}
        if row.next_action == NEXT_TRANSFER and row.take_requested_at is None:
            reason = f": {row.transfer_reason}" if row.transfer_reason else ""
            found.append({"key": f"{row.id}:transfer", "kind": "transfer", "url": url_for("pos_voice.live"),
                          "text": f"Transfer coming from {who}{reason}"})
        elif cart.get("escalation"):
            found.append({"key": f"{row.id}:escalation:{cart['escalation']}", "kind": "escalation",
                          "url": url_for("pos_voice.live"),
                          "text": f"Heads-up on the call from {who}: {cart['escalation']} — may need staff"})
    newest = session.execute(sa.select(sa.func.max(call.id))).scalar()
    recent_end = None
    if newest is not None:  # bounded: the last few hundred calls, by primary key
        recent_end = session.execute(
            sa.select(sa.func.max(call.ended_at)).where(call.id > newest - 500)).scalar()
    stamp = f"{newest or 0}:{live}:{recent_end.isoformat() if recent_end else ''}"
    return {"alerts": found, "stamp": stamp, "at": now.isoformat() + "Z"}


def jsonable_live(calls: list[dict[str, t.Any]]) -> list[dict[str, t.Any]]:
    return [{**c, "started_at": c["started_at"].isoformat() + "Z"} for c in calls]
