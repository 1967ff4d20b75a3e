"""Play a scripted phone call against an app: fake model, real bridge, real tools, real DB.

:func:`run_simulation` is what ``flask pos-voice simulate`` runs; hosts can call it from
their own tests. It serves the app on a loopback port in this process, starts a
:class:`~pos_voice.testing.FakeRealtimeServer` playing the script, points
``POS_VOICE_REALTIME_URL`` at it (and fills in stand-in Twilio/OpenAI credentials and a public
URL when the app has none) for the duration of the call only, and drives a
:class:`~pos_voice.testing.SimulatedCaller` through the script's caller lines.

A showcase works at any hour: a script that places an order runs with the kitchen taking
orders even outside ``POS_VOICE_HOURS`` (the output says so when the shop is closed; the
``hours`` script shows the closed case), and a rehearsal is never held back by the caller
rate limit. When the script has run out and the app will not hang up (its last tool call was
refused), the run ends at once with that reason instead of waiting out the timeout.
"""

from __future__ import annotations

import json
import time
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from ..config import setting
from ..extension import get_state
from ..notify import run_pass, stop_notifier
from .caller import SimulatedCaller
from .fake_gpt_live import FakeGptLive, LiveSession
from .fake_realtime import FakeRealtimeServer, FakeSession, Script
from .fake_twilio_rest import FakeTwilioRest
from .script import CallerSays, CallerTypes, Respond
from .servers import LoopbackServer

if t.TYPE_CHECKING:
    from flask import Flask

STAND_IN_TWILIO_TOKEN = "simulated-twilio-auth-token"
STAND_IN_OPENAI_KEY = "sk-simulated-not-a-real-key"
STAND_IN_PUBLIC_URL = "https://simulated.pos-voice.invalid"
STAND_IN_ACCOUNT_SID = "AC" + "5" * 32
STAND_IN_SENDER = "+12125550100"  # texts come "from" here on the fake Twilio REST API
REALTIME, LIVE = "realtime", "live"  # POS_VOICE_ENGINE (pos_voice.bridge.engines)
_MISSING = object()


@dataclass
class SimulationResult:
    """What happened on the call, for printing or assertions."""

    call_sid: str
    timeline: list[dict[str, t.Any]]
    call: dict[str, t.Any] | None
    order: dict[str, t.Any] | None
    order_summary: str | None
    incoming_twiml: str | None
    after_stream_twiml: str | None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the call was set up (e.g. the shop is closed)
    clears: int = 0  # Twilio ``clear`` messages the caller got (barge-ins)
    truncations: list[dict[str, t.Any]] = field(default_factory=list)  # as the fake model saw them
    dialed: str | None = None
    texts: list[dict[str, t.Any]] = field(default_factory=list)  # what the fake Twilio REST API was asked
    engine: str = REALTIME  # the model engine the call ran on
    unpriced: str | None = None  # why the recorded cost is no price: the model's price is not set

    def lines(self) -> list[str]:
        """The conversation and its outcome as printable lines."""
        out: list[str] = [f"Simulated call {self.call_sid}", *(f"  ({note})" for note in self.notes)]
        outputs = {e["call_id"]: e["output"] for e in self.timeline if e["kind"] == "tool_output"}
        for entry in self.timeline:
            kind = entry["kind"]
            if kind == "assistant":
                cut = "  [interrupted]" if entry.get("interrupted") else ""
                out.append(f"  assistant: {entry['text']}{cut}")
            elif kind == "caller":
                out.append(f"  caller:    {entry['text']}")
            elif kind == "caller_text":
                out.append(f"  keypad:    {entry['text']}")
            elif kind == "tool":
                out.append(f"  tool:      {entry['name']}({entry['arguments']})")
                result = outputs.get(entry["call_id"])
                out.append(f"             -> {_shorten(result) if result is not None else '(no output)'}")
        if self.call is not None:
            call = self.call
            reason = f", transfer reason: {call['transfer_reason']}" if call.get("transfer_reason") else ""
            cost = f"cost: {self.unpriced}" if self.unpriced else f"cost ${call['cost_usd']}"
            out.append(f"Call: {call['disposition'] or call['state']}{reason}"
                       f", next: {call['next_action']}, {cost}")
        if self.order is not None:
            order = self.order
            out.append(f"Order #{order['number']}: {order.get('type') or ''} for "
                       f"{order.get('customer_name') or '?'}, total {order['total']} "
                       f"(status {order.get('status')})")
            if self.order_summary:
                out.append(f"  {self.order_summary}")
        elif self.call is not None:
            out.append("No order was placed.")
        for truncation in self.truncations:
            verdict = "accepted" if truncation["accepted"] else "REJECTED"
            out.append(f"Barge-in: assistant audio truncated at {truncation['audio_end_ms']} ms of "
                       f"{truncation['generated_ms']:.0f} ms generated ({verdict}); "
                       f"Twilio clears: {self.clears}")
        if self.after_stream_twiml:
            out.append(f"Twilio after the stream: {self.after_stream_twiml}")
        for sent in self.texts:
            out.append(f"{sent['kind']} to {sent['to']}: {sent['body']}")
        out.extend(f"PROBLEM: {p}" for p in self.problems)
        return out


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@contextmanager
def simulated_settings(app: Flask, realtime_url: str, *, take_orders_any_hour: bool = False,
                       twilio_api: FakeTwilioRest | None = None,
                       engine: str | None = None) -> Iterator[dict[str, str]]:
    """Point the app at the fake model (and ``twilio_api``, the fake Twilio REST API, with the
    account it accepts), with stand-in credentials where it has none; undo after.

    ``realtime_url`` is the fake's URL; with ``engine`` (``"realtime"`` or ``"live"``) the call
    runs on that engine, a fake GPT-Live at that URL for ``"live"``.

    The caller rate limit is off for the call (a rehearsal run again and again is no abuse);
    ``take_orders_any_hour`` turns ``POS_VOICE_ACCEPT_ORDERS_WHEN_CLOSED`` on for it.
    """
    state = get_state(app)
    overrides: dict[str, t.Any] = {"POS_VOICE_REALTIME_URL": realtime_url,
                                   "POS_VOICE_CALLER_RATE_LIMIT_CALLS": 0}
    if engine == LIVE:
        overrides = {"POS_VOICE_ENGINE": LIVE, "POS_VOICE_LIVE_URL": realtime_url,
                     "POS_VOICE_CALLER_RATE_LIMIT_CALLS": 0}
    elif engine is not None:
        overrides["POS_VOICE_ENGINE"] = engine
    if take_orders_any_hour:
        overrides["POS_VOICE_ACCEPT_ORDERS_WHEN_CLOSED"] = True
    if not app.config.get("POS_VOICE_TWILIO_AUTH_TOKEN"):
        overrides["POS_VOICE_TWILIO_AUTH_TOKEN"] = STAND_IN_TWILIO_TOKEN
    if not app.config.get("POS_VOICE_OPENAI_API_KEY"):
        overrides["POS_VOICE_OPENAI_API_KEY"] = STAND_IN_OPENAI_KEY
    if not app.config.get("POS_VOICE_PUBLIC_BASE_URL"):
        overrides["POS_VOICE_PUBLIC_BASE_URL"] = STAND_IN_PUBLIC_URL
    if twilio_api is not None:  # a rehearsal's texts never reach the real Twilio
        overrides.update({"POS_VOICE_TWILIO_API_BASE_URL": twilio_api.base_url,
                          "POS_VOICE_TWILIO_ACCOUNT_SID": twilio_api.account_sid})
        if not app.config.get("POS_VOICE_MESSAGING_FROM"):
            overrides["POS_VOICE_MESSAGING_FROM"] = STAND_IN_SENDER
    saved = {key: app.config.get(key, _MISSING) for key in overrides}
    saved_problems = list(state.problems)
    app.config.update(overrides)
    state.reload_settings()  # settings are read once: read them again with the stand-ins
    # The start-up problems about the keys filled in here no longer stand for this call.
    state.problems = [p for p in state.problems if p.key not in overrides]
    try:
        yield {"auth_token": str(app.config["POS_VOICE_TWILIO_AUTH_TOKEN"]),
               "public_base_url": str(app.config["POS_VOICE_PUBLIC_BASE_URL"])}
    finally:
        for key, value in saved.items():
            if value is _MISSING:
                app.config.pop(key, None)
            else:
                app.config[key] = value
        state.reload_settings()
        state.problems = saved_problems


def speech_ms(line: str) -> int:
    """How long a caller takes to say ``line`` (about 15 characters a second)."""
    return max(500, min(6000, len(line) * 65))


def run_simulation(app: Flask, script: Script, *, realtime: bool = False,
                   caller_phone: str = "+15550142277", timeout: float = 30.0,
                   on_event: t.Callable[[str], None] | None = None,
                   take_orders_any_hour: bool | None = None,
                   service_date: date | None = None, engine: str | None = None) -> SimulationResult:
    """Play ``script`` as one phone call against ``app`` and return what happened.

    :param service_date: the fake service's date (models shut down by then are refused); today by default.
    :param engine: ``"realtime"`` (the fake Realtime API) or ``"live"`` (the fake GPT-Live
        server, :class:`~pos_voice.testing.FakeGptLive`); the app's ``POS_VOICE_ENGINE`` by default.

    :param take_orders_any_hour: take the order even when the shop is closed; by default on
        for a script that submits an order, so the showcase places it whatever the hour.
    """
    engine = engine or get_state(app).settings.engine
    if engine == LIVE and (why := unplayable_on_live(script)):
        raise ValueError(f"this script cannot play on GPT-Live: {why}")
    problems: list[str] = []
    places_order = "submit_order" in script_tools(script)
    any_hour = places_order if take_orders_any_hour is None else take_orders_any_hour
    notes = shop_notes(app, any_hour and places_order)
    config = app.config
    twilio_api = FakeTwilioRest(config.get("POS_VOICE_TWILIO_ACCOUNT_SID") or STAND_IN_ACCOUNT_SID,
                                config.get("POS_VOICE_TWILIO_AUTH_TOKEN") or STAND_IN_TWILIO_TOKEN)
    pace = 1.0 if realtime else 0.0
    model_fake = (FakeGptLive(for_live(script), pace=pace, step_timeout=timeout) if engine == LIVE
                  else FakeRealtimeServer(script, pace=pace, step_timeout=timeout, today=service_date))
    with model_fake as fake, twilio_api, \
            simulated_settings(app, fake.url, take_orders_any_hour=any_hour,
                               twilio_api=twilio_api, engine=engine) as settings:
        server = LoopbackServer(app)
        caller = SimulatedCaller(server.http_url, public_base_url=settings["public_base_url"],
                                 auth_token=settings["auth_token"], prefix=get_state(app).url_prefix,
                                 caller=caller_phone, realtime=realtime, timeout=timeout)
        twilio_api.auto_callbacks(server.http_url)  # delivery status, signed, as Twilio sends it
        session: FakeSession | LiveSession | None = None
        try:
            caller.start_call()
            if caller.stream_url:
                session = _session_or_end(fake, caller, timeout)
                if session is not None:
                    _drive(caller, session, realtime, timeout, on_event)
                    _wait_for_hangup(caller, session, timeout, watchdog_ends_it=script.mutes_the_model)
                else:
                    notes.append("the app ended the stream without opening a model session")
        except (TimeoutError, AssertionError) as exc:
            problems.append(str(exc))
            _send_texts(app, timeout)
        finally:
            caller.close()
            stop_notifier(app)  # the fake goes away with this call: nothing more is sent to it
            server.stop()
        if session is not None:
            problems.extend(session.failures)
            api = "GPT-Live" if engine == LIVE else "Realtime"
            problems.extend(f"invalid {api} event: {p}" for p in session.protocol_errors)
        problems.extend(f"Twilio protocol: {p}" for p in caller.protocol_errors)
    timeline = list(session.timeline) if session is not None else []
    if not _wait_for_final_record(app, caller.call_sid, timeout):
        problems.append(f"the app did not write the call's final record within {timeout}s")
    call, order, summary = _outcome(app, caller.call_sid, timeline)
    return SimulationResult(
        call_sid=caller.call_sid, timeline=timeline, call=call, order=order, order_summary=summary,
        incoming_twiml=_xml(caller.incoming_twiml), after_stream_twiml=_xml(caller.after_stream_twiml),
        problems=problems, notes=notes, clears=len(caller.clears), dialed=caller.dialed,
        texts=_texts(twilio_api), engine=engine, unpriced=_unpriced(app, engine),
        truncations=list(session.truncations) if isinstance(session, FakeSession) else [])


def unplayable_on_live(script: Script) -> str | None:
    """Why ``script`` cannot play on the fake GPT-Live server (None: it can). GPT-Live owns
    turn-taking: the fake has no keypad steps, timed barge-ins or model faults."""
    if any(isinstance(step, CallerTypes) for step in script.steps):
        return "it types on the keypad"
    if any(isinstance(step, CallerSays) and step.interrupt_after_ms is not None for step in script.steps):
        return "it interrupts the assistant at a set moment (GPT-Live decides when it stops)"
    if script.mutes_the_model:
        return "it makes the model go quiet"
    return None


def for_live(script: Script) -> Script:
    """``script`` as the fake GPT-Live server plays it: the fake speaks when the session starts and
    again when the bridge's greeting arrives as commentary, so a silent first response takes the
    start and the script's greeting answers the commentary (as on Realtime it answers the
    bridge's first ``response.create``); else every later step would run one reason early."""
    return Script([Respond(), *script.steps], withheld=script.withheld)


def _unpriced(app: Flask, engine: str) -> str | None:
    """What to print instead of a cost of $0 that only means no price was set (GPT-Live's
    per-minute price has no default), or None."""
    settings = get_state(app).settings
    if engine != LIVE or "per_minute" in (settings.prices.get(settings.live_model) or {}):
        return None
    return f'price not set (POS_VOICE_PRICES["{settings.live_model}"]["per_minute"])'


def _session_or_end(fake: FakeRealtimeServer | FakeGptLive, caller: SimulatedCaller,
                    timeout: float) -> FakeSession | LiveSession | None:
    """The call's model session, or None as soon as the app ends the stream without one (a
    refused model, a failed connect: the caller is sent on by Twilio's fallback)."""
    deadline = time.monotonic() + timeout
    while not caller.server_closed.is_set():
        try:
            return fake.wait_for_session(timeout=min(0.05, max(deadline - time.monotonic(), 0.0)))
        except TimeoutError:
            if time.monotonic() >= deadline:
                raise
    return fake.sessions[0] if fake.sessions else None


def _send_texts(app: Flask, timeout: float) -> None:
    """Send what the call queued for now (the confirmation text), to the fake, before it stops."""
    deadline = time.monotonic() + timeout
    services = get_state(app)
    store = services.store
    if store is None:
        return
    with store.app_context():
        notices = store.models.VoiceNotification
        while run_pass(services) == 0 and time.monotonic() < deadline:
            due = store.session.scalar(sa.select(sa.func.count()).select_from(notices).where(
                notices.status.in_(("pending", "sending"))))
            store.session.rollback()
            if not due:
                return
            time.sleep(0.05)


def _texts(twilio_api: FakeTwilioRest) -> list[dict[str, t.Any]]:
    out = []
    for request in twilio_api.requests:
        if request.method == "POST" and request.status == 201:
            kind = "Text" if request.path.endswith("/Messages.json") else "Call"
            out.append({"kind": kind, "to": request.value("To"),
                        "body": request.value("Body") or request.value("Twiml")})
    return out


def script_tools(script: Script) -> list[str]:
    """The names of the tools ``script`` calls, in order."""
    return [call.name for step in script.steps if isinstance(step, Respond) for call in step.tool_calls]


def shop_notes(app: Flask, taking_orders_anyway: bool) -> list[str]:
    """What the output says about the shop's hours before the call (nothing while it is open)."""
    from ..ordering.submit import closed_refusal

    services = get_state(app)
    settings = services.settings
    refusal = closed_refusal(settings, services.clock.local_now(settings.timezone))
    if refusal is None:
        return []
    opens = refusal.details.get("opens")
    closed = f"the shop is closed now{f' and opens {opens}' if opens else ''}"
    if taking_orders_anyway:
        return [f"{closed[0].upper()}{closed[1:]}: this simulated call takes the order anyway, as with "
                "POS_VOICE_ACCEPT_ORDERS_WHEN_CLOSED; '--script hours' shows the closed case"]
    return [f"{closed[0].upper()}{closed[1:]}: submit_order refuses orders until then"]


#: Tools after which the app ends the stream.
_HANG_UP_TOOLS = frozenset({"end_call", "transfer_to_human"})


def _wait_for_hangup(caller: SimulatedCaller, session: FakeSession | LiveSession, timeout: float, *,
                     watchdog_ends_it: bool = False) -> None:
    """Wait for the app to end the stream; stop at once when the script is over and the app
    will not hang up (it ended without a hang-up tool, or that tool was refused) — unless the
    script mutes the model, when the app's watchdog is what ends the call."""
    deadline = time.monotonic() + timeout
    while not caller.server_closed.wait(0.05):
        if session.finished.is_set() and not watchdog_ends_it:
            stuck = _why_the_call_stays_open(session)
            if stuck is not None:
                raise AssertionError(stuck)
        if time.monotonic() >= deadline:
            raise TimeoutError(f"the app did not end the stream within {timeout}s")
    caller.wait_for_server_hangup(timeout=timeout)


def _why_the_call_stays_open(session: FakeSession | LiveSession) -> str | None:
    tools = [entry for entry in list(session.timeline) if entry["kind"] == "tool"]
    if not tools or tools[-1]["name"] not in _HANG_UP_TOOLS:
        return "the script ended without end_call or transfer_to_human, so the app keeps the call open"
    last = tools[-1]
    output = session.tool_outputs.get(last["call_id"])
    if output is None:
        return None  # the tool is still running
    try:
        answer = json.loads(output)
    except ValueError:
        return None
    if isinstance(answer, dict) and answer.get("ok") is False:
        return (f"the script ended, but {last['name']} was refused ({answer.get('error')}), so the app "
                "keeps the call open; an earlier tool answer above says why")
    return None


def _drive(caller: SimulatedCaller, session: FakeSession | LiveSession, realtime: bool, timeout: float,
           on_event: t.Callable[[str], None] | None) -> None:
    """Speak each caller line when the script waits for it and the assistant has finished talking."""
    last = -1
    while (cue := session.wait_for_caller_cue(after=last, timeout=timeout)) is not None:
        last = cue.step
        if cue.interrupt_after_ms is not None:
            caller.wait_for_audio(caller.received_ms + cue.interrupt_after_ms, timeout=timeout)
        else:
            caller.wait_until_quiet(quiet=0.6 if realtime else 0.15, timeout=timeout)
        if cue.keys is not None:
            if on_event is not None:
                on_event(f"caller types: {cue.keys}")
            for key in cue.keys:
                caller.send_dtmf(key)
            continue
        if on_event is not None:
            on_event(f"caller speaks: {cue.line}")
        caller.speak(speech_ms(cue.line) if realtime else min(speech_ms(cue.line), 800))


def _xml(root: t.Any) -> str | None:
    if root is None:
        return None
    import xml.etree.ElementTree as ET

    return ET.tostring(root, encoding="unicode")


def _wait_for_final_record(app: Flask, call_sid: str, timeout: float) -> bool:
    """Wait until the call's session has written its final record (it leaves the live calls
    after that): the stream can close before the cost, usage and transcript are stored."""
    live_calls = get_state(app).live_calls
    deadline = time.monotonic() + timeout
    while live_calls.get(call_sid) is not None:
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
    return True


def _outcome(app: Flask, call_sid: str, timeline: list[dict[str, t.Any]]
             ) -> tuple[dict[str, t.Any] | None, dict[str, t.Any] | None, str | None]:
    """The call row, the host order it placed, and the last spoken order summary."""
    summary = None
    for entry in timeline:
        if entry["kind"] == "tool_output":
            try:
                data = json.loads(entry["output"])
            except ValueError:
                continue
            if isinstance(data, dict) and data.get("summary"):
                summary = str(data["summary"])
    with app.app_context():
        state = get_state()
        if state.models is None:
            return None, None, summary
        model = state.models.VoiceCall
        query = sa.select(model).where(model.call_sid == call_sid)
        row = state.db.session.execute(query).scalar_one_or_none()
        if row is None:
            return None, None, summary
        call = {"state": row.state, "disposition": row.disposition, "next_action": row.next_action,
                "transfer_reason": row.transfer_reason, "order_id": row.order_id,
                "cost_usd": row.cost_usd, "duration_seconds": row.duration_seconds,
                "model": row.model or setting("MODEL")}
        order = None
        if row.order_id is not None and state.pos is not None:
            order = state.pos.orders_by_id([row.order_id]).get(row.order_id)
        state.db.session.rollback()
        return call, order, summary
