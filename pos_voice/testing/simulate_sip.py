"""``flask pos-voice simulate --mode sip``: a scripted call in direct SIP mode, against the fake.

:class:`~pos_voice.testing.fake_openai_sip.FakeOpenAISip` plays OpenAI: it sends the signed
``realtime.call.incoming`` webhook to the app (served on a loopback port in this process), takes
the accept / refer / hangup the app makes, and runs the script on the call's sideband, where no
audio travels (the caller speaks on the simulated SIP leg). Real tools, real database, as
:func:`~pos_voice.testing.simulate.run_simulation` does for the Media Streams relay.

:func:`run_sip_simulation` is also what a benchmark calls to measure the server's CPU per
call-second in SIP mode (nothing but the sideband's events and the tools run here).
"""

from __future__ import annotations

import time
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask

from ..extension import get_state
from .fake_openai_sip import FakeOpenAISip, FakeSipCall, SipControl
from .fake_realtime import FakeSession
from .script import Script
from .servers import LoopbackServer
from .simulate import (
    SimulationResult,
    _outcome,
    _wait_for_final_record,
    script_tools,
    shop_notes,
    simulated_settings,
)

_MISSING = object()
#: The states a SIP call ends in at the fake.
_OVER = ("ended", "referred", "rejected")


@contextmanager
def _sip_settings(app: Flask, sip: FakeOpenAISip) -> Iterator[None]:
    """SIP mode pointed at the fake (its webhook secret, its controls and sideband); undone after."""
    overrides = {"POS_VOICE_MODE": "sip", "POS_VOICE_OPENAI_WEBHOOK_SECRET": sip.webhook_secret,
                 "POS_VOICE_OPENAI_API_URL": sip.base_url}
    saved = {key: app.config.get(key, _MISSING) for key in overrides}
    app.config.update(overrides)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is _MISSING:
                app.config.pop(key, None)
            else:
                app.config[key] = value
        get_state(app).reload_settings()


def run_sip_simulation(app: Flask, script: Script, *, caller_phone: str = "+15550142277",
                       timeout: float = 30.0, refer_status: int = 200) -> SimulationResult:
    """Play ``script`` as one SIP call against ``app`` and return what happened.

    ``refer_status``: what the fake answers a refer (non-2xx: the transfer fails, as a trunk
    that refuses the REFER would make it)."""
    problems: list[str] = []
    places_order = "submit_order" in script_tools(script)
    notes = shop_notes(app, places_order)
    call: FakeSipCall | None = None
    session: FakeSession | None = None
    with FakeOpenAISip(script, step_timeout=timeout, refer_status=refer_status) as sip, \
            _sip_settings(app, sip), \
            simulated_settings(app, sip.sideband_url("").split("?")[0], take_orders_any_hour=places_order):
        server = LoopbackServer(app)
        try:
            webhook = f"{server.http_url}{get_state(app).url_prefix}/openai/webhook"
            call = sip.ring(webhook, caller=caller_phone, timeout=timeout)
            if call.webhook_status != 200:
                problems.append(f"the webhook answered {call.webhook_status}: {call.webhook_response[:200]}")
            else:
                _wait_until_over(call, timeout)
                session = call.sideband
                if session is not None:
                    session.wait_until_finished(timeout=timeout)
        except (TimeoutError, AssertionError) as exc:
            problems.append(str(exc))
        finally:
            if call is not None and not _wait_for_final_record(app, call.call_id, timeout):
                problems.append(f"the app did not write the call's final record within {timeout}s")
            server.stop()
        if session is not None:
            problems.extend(session.failures)
            problems.extend(f"invalid Realtime event: {p}" for p in session.protocol_errors)
            if session.client_audio_bytes:
                problems.append(f"{session.client_audio_bytes} audio bytes went through this server")
        problems.extend(f"invalid call control: {p}" for p in sip.protocol_errors)
    call_id = call.call_id if call is not None else ""
    timeline = list(session.timeline) if session is not None else []
    row, order, summary = _outcome(app, call_id, timeline)
    if call is not None:
        controls = " → ".join(_control(c) for c in call.controls)
        notes.append(f"SIP mode: the audio stays between the SIP trunk and OpenAI (audio bytes through this "
                     f"server: {session.client_audio_bytes if session else 0}); OpenAI call controls: "
                     f"{controls or 'none'}")
    return SimulationResult(call_sid=call_id, timeline=timeline, call=row, order=order, order_summary=summary,
                            incoming_twiml=None, after_stream_twiml=None, problems=problems, notes=notes)


def _control(control: SipControl) -> str:
    target = f" {control.body['target_uri']}" if control.action == "refer" and control.body else ""
    return control.action + target + ("" if control.status < 300 else f" (failed: {control.status})")


def _wait_until_over(call: FakeSipCall, timeout: float) -> None:
    """Until the app ended the call at the fake (hangup, refer or reject)."""
    deadline = time.monotonic() + timeout
    while call.state not in _OVER:
        if time.monotonic() >= deadline:
            raise TimeoutError(f"the app did not end SIP call {call.call_id} within {timeout}s "
                               f"(it is {call.state}; controls: {[c.action for c in call.controls]})")
        with call._cond:
            call._cond.wait(0.05)


__all__: t.Sequence[str] = ("run_sip_simulation",)
