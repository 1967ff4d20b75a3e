"""``flask pos-voice check`` about the host: can a call really become an order here?

Beyond the mapping found at registration (``services.problems``), this looks at the host
as it runs: the menu really read (empty fails), the words pos_voice will write and where it
learned them, the tax rule and how money lands in the host's columns, what the host cannot
store, one test order per order type written through the host's own models and rolled back
(``ready`` only when that succeeds), a signed Twilio request through the host's whole stack
(CSRF protection, auth hooks), and a staff page rendered in the host's layout.
"""

from __future__ import annotations

import os
import typing as t
from dataclasses import dataclass, field
from decimal import Decimal

import phonenumbers
from flask import Flask, url_for

from . import languages
from .model_lifecycle import notices
from .pos.probe import DryRun, dry_run
from .pos.types import Menu, MenuItem, OrderDraft, Problem
from .settings import PREFIX, Settings
from .telephony import say_texts

if t.TYPE_CHECKING:
    from datetime import date

    from .pos.adapter import PosAdapter
    from .services import Services

#: Problems whose fix is in the host's code, not a setting.
HOST_CODE = "host code"
_CHECK_CALL_SID = "CA" + "c0ffee" * 5 + "00"


@dataclass
class HostReport:
    """What ``check`` found about the host beyond the mapping."""

    lines: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dry_runs: list[DryRun] = field(default_factory=list)

    def note(self, line: str) -> None:
        self.lines.append(line)

    def problem(self, key: str, message: str, blocking: bool = True) -> None:
        self.problems.append(Problem(key, message, blocking))

    def as_dict(self) -> dict[str, t.Any]:
        return {"found": self.lines, "dry_runs": [
            {"order_type": d.order_type, "ok": d.ok, "number": d.number, "lines": d.lines, "error": d.error,
             "key": d.key, "stored": {k: str(v) if v is not None else None for k, v in d.stored.items()}}
            for d in self.dry_runs]}


def check_host(app: Flask, services: Services) -> HostReport:
    """Everything ``check`` verifies against the running host (``services``: the app's). Needs an
    app context."""
    report = HostReport()
    settings = services.settings
    report.problems.extend(language_problems(settings))
    pos = services.pos
    if pos is None:
        return report
    report.problems.extend(pos.verify())
    if any(p.blocking for p in report.problems):
        return report  # no tables yet: nothing more can be read
    try:
        menu = pos.menu(fresh=True)
    except Exception as exc:
        report.problem(PREFIX + "PRODUCT_MODEL", f"the menu could not be read: {type(exc).__name__}: {exc}")
        return report
    finally:
        pos.session.rollback()
    _menu(report, pos, menu)
    _values(report, pos, settings)
    _money(report, pos, settings)
    for order_type in settings.order_types:
        draft = _test_order(pos, settings, menu, order_type)
        if draft is None:
            continue
        result = dry_run(pos, draft)
        report.dry_runs.append(result)
        _dry_run_lines(report, pos, result)
    _rewards(report, pos)
    _twilio_through_the_host(report, app, settings)
    _staff_page(report, app, settings)
    lines, problems = messaging_report(settings, pos)
    for line in lines:
        report.note(line)
    for message in problems:  # texts are extra: calls and orders work without them
        report.problem(PREFIX + "MESSAGING_FROM", message, blocking=False)
    return report


def messaging_report(settings: Settings, pos: PosAdapter | None = None) -> tuple[list[str], list[str]]:
    """Texts and ready notices: what is set up (lines) and what stops them (problems)."""
    from .notify import messages

    if not settings.messaging_from:
        return [f"Texts: off ({PREFIX}MESSAGING_FROM is not set)"], []
    lines: list[str] = []
    problems: list[str] = []
    sender = settings.messaging_from
    if not (sender.startswith("MG") or phonenumbers.is_possible_number(_parsed(sender))):
        problems.append(f"{PREFIX}MESSAGING_FROM must be a Twilio number in E.164 (+1…) or a Messaging "
                        f"Service SID (MG…), got {sender!r}")
    if not settings.twilio_account_sid:
        problems.append(f"{PREFIX}TWILIO_ACCOUNT_SID is needed to send texts (Twilio's REST API)")
    if not settings.secret("twilio_auth_token"):
        problems.append(f"{PREFIX}TWILIO_AUTH_TOKEN is needed to send texts")
    if not settings.public_base_url:
        problems.append(f"{PREFIX}PUBLIC_BASE_URL is needed for Twilio's delivery status callbacks")
    lines.append(f"Texts: from {sender} through {settings.twilio_api_base_url}; confirmation texts "
                 + ("offered" if settings.text_confirmations else "off"))
    if settings.payment_link:
        sample = messages.PlacedOrder("123", "123", "pickup", Decimal("21.60"), (), None)
        try:
            link = messages.payment_link(settings, sample)
            lines.append(f"Texts: payment link in the confirmation, e.g. {link}")
        except messages.LinkError as exc:
            problems.append(str(exc))
    else:
        lines.append(f"Texts: no payment link ({PREFIX}PAYMENT_LINK is not set)")
    if settings.ready_statuses:
        channels = "a text or a call" if messages.can_take_a_call_from(settings) else \
            f"a text (a call needs {PREFIX}VOICE_FROM)"
        statuses = " or ".join(settings.ready_statuses)
        lines.append(f"Ready notices: {channels} when an order's status is {statuses}")
        if pos is not None and not pos.schema.order.has("status"):
            problems.append(f"{PREFIX}READY_STATUSES is set but the orders table has no status column")
    else:
        lines.append(f"Ready notices: off ({PREFIX}READY_STATUSES is empty)")
    return lines, problems


def _parsed(number: str) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return phonenumbers.PhoneNumber()


def model_problems(settings: Settings, today: date, *, shut_down_blocks: bool = True) -> list[Problem]:
    """A warning for each configured model within 60 days of its OpenAI shutdown date; one past
    it is an error for ``check`` (``shut_down_blocks``) and a warning for ``/health``, which never
    takes calls away (the watchdog hands a failing call to staff)."""
    return [Problem(PREFIX + notice.setting.upper(), notice.message, shut_down_blocks and notice.shut_down)
            for notice in notices(settings, today)]


def language_problems(settings: Settings) -> list[Problem]:
    """A warning for each call language without a disclosure of its own while the default
    language has one: its callers would hear the default language's, read by that language's voice."""
    default = say_texts.speech(settings, "disclosure", settings.default_language)
    if default is None:
        return []  # no disclosure in any language: nothing read in the wrong one
    problems: list[Problem] = []
    for code in settings.call_languages[1:]:
        own = say_texts.speech(settings, "disclosure", code)
        if own is not None and own.language == code:
            continue
        problems.append(Problem(PREFIX + "SAY_TEXTS", (
            f"{languages.name(code)} ({code}) has no disclosure text: its callers would hear the "
            f"{languages.name(default.language)} one, read by the {default.language} voice — set "
            f'{PREFIX}SAY_TEXTS = {{"{code}": {{"disclosure": "…"}}}}'), blocking=False))
    return problems


# --- the menu --------------------------------------------------------------------------------

def _menu(report: HostReport, pos: PosAdapter, menu: Menu) -> None:
    product = pos.schema.product
    available = [item for item in menu.items if item.available]
    categories = menu.categories()
    report.note(f"menu: {len(menu.items)} items ({len(available)} available now) in {len(categories)} "
                f"categories, from {product.table_name}")
    if not menu.items:
        rows = pos.session.execute(product.table.select().limit(1)).first()
        pos.session.rollback()
        why = ("it has rows, but none has a name" if rows is not None else "the table is empty")
        report.problem(PREFIX + "PRODUCT_MODEL", (
            f"the menu read from {product.table_name} has no items ({why}): callers could order nothing "
            "— add "
            f"the menu in the POS, or set {PREFIX}PRODUCT_MODEL to the table that holds it"))


# --- the words written -----------------------------------------------------------------------

def _values(report: HostReport, pos: PosAdapter, settings: Settings) -> None:
    try:
        choices = pos.conventions.choices(refresh=True)
    finally:
        pos.session.rollback()
    for choice in choices:
        if choice.problem is None:
            report.note(f"{choice.role}: writes {choice.value!r} into {choice.column} ({choice.how})")
            continue
        if choice.role == "type.delivery":
            wanted = f'{PREFIX}ORDER_TYPES = ["pickup"] (no deliveries) or {PREFIX}ORDER_TYPE_VALUES'
        else:
            wanted = choice.key
        key = choice.key if choice.role != "type.delivery" else PREFIX + "ORDER_TYPES"
        message = f"no value for {choice.role} that {choice.column} accepts: {choice.problem} — set {wanted}"
        blocking = choice.role != "type.delivery" or "delivery" in settings.order_types
        report.problem(key, message, blocking=blocking)
    for part in ("order", "order_item"):
        for column in pos.schema.clock_columns(part):
            what = "date" if type(column.type).__name__ == "Date" else "time"
            report.note(f"{column.table.name}.{column.name} (NOT NULL, no default): gets the time of the "
                        f"order (the shop's local {what} in {PREFIX}TIMEZONE = {settings.timezone})")
    order = pos.schema.order
    for gap in pos.schema.unstored(tuple(settings.order_types)):
        notes = order.col("notes")
        where = f"written into {order.table_name}.{notes.name}" if notes is not None else "LOST"
        report.note(f"{gap.what}: no column — {where} (keep it: {PREFIX}COLUMNS['{gap.role}'])")


# --- money -----------------------------------------------------------------------------------

def _is_default(settings: Settings, name: str) -> bool:
    """The setting has its built-in value, from neither the host's config nor the environment."""
    default = Settings.model_fields[name].get_default(call_default_factory=True)
    return bool(getattr(settings, name) == default and not os.environ.get(PREFIX + name.upper()))


def _money(report: HostReport, pos: PosAdapter, settings: Settings) -> None:
    rate = settings.tax_rate
    if rate == 0:
        report.note(f"tax: none added ({PREFIX}TAX_RATE = 0: menu prices include tax)")
    else:
        report.note(f"tax: {_percent(rate)} of the subtotal ({PREFIX}TAX_RATE = {rate}), rounded half-up "
                    "to the cent, added before any delivery fee")
    if _is_default(settings, "tax_rate"):
        report.problem(PREFIX + "TAX_RATE", (
            f"!!! {PREFIX}TAX_RATE is the built-in default {rate}: every voice order adds "
            f"{_percent(rate)} tax. "
            f"Set your shop's rule: {PREFIX}TAX_RATE = 0.08875 for 8.875 %, or 0 when menu prices "
            "include tax"),
            blocking=False)
    learned = _rate_of_past_orders(pos)
    if learned is not None and abs(learned - rate) > Decimal("0.0005"):
        report.problem(PREFIX + "TAX_RATE", (
            f"the host's orders were taxed at {_percent(learned)} but {PREFIX}TAX_RATE is {rate}: set "
            f"{PREFIX}TAX_RATE = {learned.normalize()}"), blocking=False)
    try:
        tax = pos.conventions.tax_column(refresh=True)
        doubt = pos.conventions.tax_rate_doubt()
    finally:
        pos.session.rollback()
    order = pos.schema.order
    if tax is not None:
        holds = {"amount": "the tax amount", "fraction": f"the tax rate as a fraction ({rate})",
                 "percent": f"the tax rate in percent ({(rate * 100).normalize():f})"}[tax.holds]
        report.note(f"{order.table_name}.{tax.column.name} gets {holds} ({tax.how})")
        if tax.holds != "amount" and "tax_rate" not in order.configured:
            name = tax.column.name
            report.problem(PREFIX + "COLUMNS", (
                f"{order.table_name}.{name} is taken to hold the tax RATE ({tax.how}): confirm with "
                f'{PREFIX}COLUMNS = {{"order.tax_rate": "{name}"}}, or {{"order.tax": "{name}"}} if it holds '
                "the amount"), blocking=False)
    if doubt is not None:
        assert tax is not None
        name = tax.column.name
        report.problem(PREFIX + "COLUMNS", (
            f'{doubt}: set {PREFIX}COLUMNS = {{"order.tax_rate": "{name}"}}; if it is the amount, '
            f'{{"order.tax": "{name}"}} silences this'), blocking=False)
    for role in ("subtotal", "total"):
        column = order.col(role)
        unit = "cents" if order.cents.get(role) else "decimal"
        report.note(f"{role}: {order.table_name}.{column.name} ({unit})" if column is not None
                    else f"{role}: no column in {order.table_name}")


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f} %"


def _rate_of_past_orders(pos: PosAdapter) -> Decimal | None:
    """The tax rate the host's own orders show (median of tax / subtotal), when it stores both."""
    import sqlalchemy as sa

    order = pos.schema.order
    held = pos.conventions.tax_column()
    rate = held.column if held is not None and held.holds != "amount" else None
    if rate is not None:  # the host stores its rate on every order: the latest one is its rule
        query = sa.select(rate).where(rate > 0).order_by(order.pk_column.desc()).limit(1)
        try:
            stored = pos.session.execute(query).scalar()
        finally:
            pos.session.rollback()
        if stored is None:
            return None
        value = Decimal(str(stored))
        return (value / 100 if value > 1 else value).normalize()
    tax, subtotal = order.col("tax"), order.col("subtotal")
    if tax is None or subtotal is None or held is None:
        return None
    query = (sa.select(tax, subtotal).where(tax.is_not(None), subtotal > 0)
             .order_by(order.pk_column.desc()).limit(50))
    try:
        rows = pos.session.execute(query).all()
    finally:
        pos.session.rollback()
    ratios = sorted(Decimal(str(t_)) / Decimal(str(s_)) for t_, s_ in rows
                    if order.cents.get("tax") == order.cents.get("subtotal"))
    if len(ratios) < 3:
        return None
    return ratios[len(ratios) // 2].quantize(Decimal("0.00001"))


# --- the test orders -------------------------------------------------------------------------

def _test_order(pos: PosAdapter, settings: Settings, menu: Menu, order_type: str) -> OrderDraft | None:
    """A representative order: two of the first sellable item (its first size), with a modifier."""
    from .ordering.cart import ADD, Cart, ModifierChoice
    from .ordering.pricing import price_cart

    item: MenuItem | None = next((i for i in menu.items if i.available and (i.sizes or i.base_price > 0)),
                                 None)
    if item is None:
        return None
    cart = Cart(order_type=order_type)
    modifier = next((m for m in menu.modifiers if m.available), None)
    choices = [ModifierChoice(ADD, modifier.name, modifier_id=modifier.id)] if modifier is not None else []
    cart.add(item, 2, item.sizes[0].name if item.sizes else None, choices, notes="well done")
    cart.notes = "pos_voice check: test order, rolled back"
    fee = settings.delivery_fee if order_type == "delivery" else Decimal("0")
    pricing = price_cart(cart, menu, settings.tax_rate, fee)
    region = settings.default_region or "US"
    example = phonenumbers.example_number(region) or phonenumbers.example_number("US")
    assert example is not None  # phonenumbers ships an example number for every region it knows
    phone = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    return OrderDraft(order_type=order_type, customer_name="Check Caller", phone=phone,
                      lines=tuple(p.as_order_line() for p in pricing.lines), subtotal=pricing.subtotal,
                      tax=pricing.tax, total=pricing.total, delivery_fee=pricing.delivery_fee,
                      address="1 Test Street" if order_type == "delivery" else None,
                      notes=cart.notes, allergies="", call_sid=_CHECK_CALL_SID)


def _dry_run_lines(report: HostReport, pos: PosAdapter, result: DryRun) -> None:
    order = pos.schema.order
    if not result.ok:
        report.problem(result.key or PREFIX + "ORDER_DEFAULTS", (
            f"a test {result.order_type} order could not be written — the host said: {result.error}. "
            f"Fix: {result.hint}"))
        return
    shown = ", ".join(f"{role}={result.stored[column.name]}" for role, column in order.columns.items()
                      if column.name in result.stored and role != "notes")
    numbered_by = pos.writer.numbered_by
    if numbered_by == "pos_voice":
        numbered_by = "pos_voice: the highest number + 1, serialised between callers"
    line = f"order number: given by {numbered_by}; read back after the insert"
    if line not in report.lines:
        report.note(line)
    report.note(f"test {result.order_type} order: written and rolled back — the caller would hear number "
                f"{result.number}; {result.lines} line row(s); stored {shown}")


# --- rewards points --------------------------------------------------------------------------

def _rewards(report: HostReport, pos: PosAdapter) -> None:
    """Where the host keeps points, how they are earned and spent, and whether its own hooks
    awarded points to the test order (then pos_voice adds none)."""
    for line in pos.rewards.describe_lines():
        report.note(line)
    report.problems.extend(pos.rewards.problems())
    awarded = [d.points for d in report.dry_runs if d.ok and d.points is not None]
    if awarded and any(awarded):
        report.note(f"rewards: the host's own hooks gave the test order {max(awarded)} point(s): pos_voice "
                    "detects that on every order and adds none of its own")
    elif awarded:
        report.note("rewards: the host's hooks gave the test order no points"
                    + (" (pos_voice's rule applies)" if pos.settings.rewards_points_per_unit else ""))


# --- Twilio through the host's stack ---------------------------------------------------------

def _twilio_through_the_host(report: HostReport, app: Flask, settings: Settings) -> None:
    """A signed status callback for no known call, through the host's WSGI app: it must be 200."""
    from twilio.request_validator import RequestValidator

    from .telephony.signatures import SIGNATURE_HEADER, public_url_for

    token = settings.secret("twilio_auth_token")
    if not token or not settings.public_base_url:
        return  # reported as a blocking setting already
    with app.test_request_context():
        url = public_url_for(settings, "pos_voice.status")
        path = url_for("pos_voice.status")
    params = {"CallSid": _CHECK_CALL_SID, "AccountSid": settings.twilio_account_sid or "AC" + "0" * 32,
              "CallStatus": "ringing"}
    signature = RequestValidator(token).compute_signature(url, params)
    response = app.test_client().post(path, data=params, headers={SIGNATURE_HEADER: signature})
    if response.status_code == 200:
        report.note(f"Twilio webhooks: a signed request to {path} passes the host's stack (200)")
        return
    body = response.get_data(as_text=True)
    text = " ".join(body.split())[:160]
    if "csrf" in body.lower():
        report.problem(HOST_CODE, (
            f"the host refuses Twilio's webhooks: {response.status_code} {text!r} — its CSRF protection "
            "is not "
            "one pos_voice can exempt by itself: exempt voice_bp's Twilio views (incoming, stream_ended, "
            "dial_ended, status), which Twilio's signature protects"))
    else:
        report.problem(HOST_CODE, (
            f"the host answers Twilio's signed webhook {path} with {response.status_code} {text!r}: a "
            "hook of "
            "the host (an auth check on every request?) must let /voice's Twilio endpoints through — "
            "Twilio's signature authenticates them"))


# --- the staff pages -------------------------------------------------------------------------

def _staff_page(report: HostReport, app: Flask, settings: Settings) -> None:
    from .staff.layout import layout_problem

    with app.test_request_context("/voice/live"):
        found = layout_problem(settings, app.jinja_env)
    if found is None:
        report.note(f"staff pages: rendered inside {settings.base_template or 'the plugin layout'}")
        return
    key, message = found
    report.problem(key, message)
