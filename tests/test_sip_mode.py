"""Direct SIP mode (issue 15 item 2): OpenAI answers the phone, the POS runs the call.

Through the real app on a loopback port: :class:`~pos_voice.testing.FakeOpenAISip` sends the
signed ``realtime.call.incoming`` webhook (real Standard Webhooks signatures, checked by the
``openai`` package), serves the call controls (bodies checked against the ``openai`` types) and
the sideband, on which no audio ever travels. One app, one server and one fake for the module.
"""

from __future__ import annotations

import json
import time
import typing as t
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice.bridge import sip_engine
from pos_voice.extension import get_state
from pos_voice.models import LIVE, utcnow
from pos_voice.telephony.openai_webhook import WebhookRejected, sip_number, standard_webhook_check
from pos_voice.testing import FakeOpenAISip, Script
from pos_voice.testing.fake_openai_sip import sign_webhook
from pos_voice.testing.scripts import pepperoni, transfer
from tests.conftest import TEST_SETTINGS, configure
from tests.support.bridge import wait_for
from tests.support.databases import create_all, fresh_database
from tests.support.servers import gevent_patched, serve

WAIT = 10.0
STAFF = TEST_SETTINGS["POS_VOICE_STAFF_PHONE"]


class Sip:
    """The module's app, its port and the fake; ``script`` is what the next sideband plays."""

    def __init__(self, app: Flask, port: int, fake: FakeOpenAISip) -> None:
        self.app, self.port, self.fake = app, port, fake
        self.script = Script()
        self.numbers = iter(range(100, 1000))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/voice/openai/webhook"

    def caller(self) -> str:
        return f"+1555010{next(self.numbers):04d}"[:12]

    def row(self, call_id: str) -> t.Any:
        with self.app.app_context():
            state = get_state()
            state.db.session.expire_all()
            calls = state.models.VoiceCall
            query = sa.select(calls).where(calls.call_sid == call_id)
            row = state.db.session.execute(query).scalar_one_or_none()
            if row is not None:
                state.db.session.expunge(row)
            state.db.session.rollback()
            return row

    def events(self, call_id: str, kind: str | None = None) -> list[tuple[str, t.Any]]:
        with self.app.app_context():
            state = get_state()
            models = state.models
            query = (sa.select(models.VoiceCallEvent).join(models.VoiceCall)
                     .where(models.VoiceCall.call_sid == call_id).order_by(models.VoiceCallEvent.id))
            if kind:
                query = query.where(models.VoiceCallEvent.event_type == kind)
            rows = [(e.event_type, e.event_data) for e in state.db.session.execute(query).scalars()]
            state.db.session.rollback()
            return rows

    def ended(self, call_id: str) -> t.Any:
        """The row once the bridge's final record is written (its own ``call_ended``)."""
        wait_for(lambda: any("ended_by" in (data or {}) for _, data in self.events(call_id, "call_ended")),
                 WAIT, f"the final record of {call_id}")
        return self.row(call_id)


@pytest.fixture(scope="module")
def sip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sip]:
    from pizzeria_pos import create_app
    from pizzeria_pos.seed import seed_demo

    holder: dict[str, Sip] = {}
    with fresh_database(Path(tmp_path_factory.mktemp("sip"))) as url, \
            FakeOpenAISip(lambda index: holder["sip"].script, step_timeout=WAIT) as fake:
        app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": url, "POS_VOICE_MODE": "sip",
                          "POS_VOICE_OPENAI_WEBHOOK_SECRET": fake.webhook_secret,
                          "POS_VOICE_OPENAI_API_URL": fake.base_url,
                          "POS_VOICE_REALTIME_URL": f"ws://127.0.0.1:{fake.port}/v1/realtime",
                          "POS_VOICE_CALLER_RATE_LIMIT_CALLS": 0})
        with app.app_context():
            create_all(app.extensions["sqlalchemy"])
            seed_demo()
        with serve(app) as port:
            holder["sip"] = Sip(app, port, fake)
            yield holder["sip"]
        with app.app_context():
            app.extensions["sqlalchemy"].session.remove()
            app.extensions["sqlalchemy"].engine.dispose()


@pytest.fixture(autouse=True)
def fresh_fake(sip: Sip) -> Iterator[None]:
    sip.fake.refer_status = 200
    sip.fake.protocol_errors.clear()
    yield
    wait_for(lambda: not len(get_state(sip.app).live_calls), WAIT, "no SIP call left live")


def test_a_sip_call_is_accepted_orders_and_hangs_up_with_no_audio_through_the_server(sip: Sip) -> None:
    sip.script = pepperoni("Tony's Pizza")
    caller = sip.caller()
    call = sip.fake.ring(sip.url, caller=caller)
    assert call.webhook_status == 200, call.webhook_response
    call.wait_for_state("accepted")
    session = call.wait_for_sideband()
    session.wait_until_finished(timeout=WAIT)
    call.wait_for_state("ended", timeout=WAIT)
    row = sip.ended(call.call_id)

    accepted = call.accepted or {}
    assert "Tony's Pizza" in accepted["instructions"]
    assert {tool["name"] for tool in accepted["tools"]} >= {"add_item", "submit_order", "transfer_to_human"}
    assert accepted["audio"]["output"]["voice"] == "marin"
    assert "format" not in accepted["audio"]["input"]  # SIP negotiates the codec
    assert [c.action for c in call.controls] == ["accept", "hangup"]
    assert session.client_audio_bytes == 0
    assert not session.messages("input_audio_buffer.append")
    sip.fake.assert_no_protocol_errors()
    assert session.failures == []

    assert row.phone_from == caller  # caller ID from the SIP From header
    assert row.engine == "sip"
    assert row.disposition == "completed" and row.next_action == "hangup"
    assert row.order_id is not None
    pos = get_state(sip.app).pos
    with sip.app.app_context():
        order = pos.orders_by_id([row.order_id])[row.order_id]
    assert order["customer_name"] == "Sam"
    transcript = [data["text"] for _, data in sip.events(call.call_id, "transcript")]
    assert "It's Sam." in transcript and any("your order is in" in line for line in transcript)
    assert row.cost_usd is not None and row.cost_usd > 0  # usage came over the sideband


def test_a_transfer_is_a_refer_to_the_staff_number(sip: Sip) -> None:
    sip.script = transfer("Tony's Pizza")
    call = sip.fake.ring(sip.url, caller=sip.caller())
    assert call.webhook_status == 200
    call.wait_for_state("referred", timeout=WAIT)
    row = sip.ended(call.call_id)
    assert call.referred_to == f"tel:{STAFF}"
    assert [c.action for c in call.controls] == ["accept", "refer"]
    assert row.disposition == "transferred" and row.next_action == "transfer"
    assert ("refer", {"target": f"tel:{STAFF}", "ok": True}) in sip.events(call.call_id)
    sip.fake.assert_no_protocol_errors()


def test_a_refer_that_fails_is_told_to_the_caller_and_recorded_for_a_callback(sip: Sip) -> None:
    sip.fake.refer_status = 503
    sip.script = transfer("Tony's Pizza").say("I'm sorry, I couldn't put you through; someone will call "
                                              "you back soon. Goodbye!")
    call = sip.fake.ring(sip.url, caller=sip.caller())
    call.wait_for_state("ended", timeout=WAIT)
    session = call.wait_for_sideband()
    row = sip.ended(call.call_id)
    assert [(c.action, c.status) for c in call.controls] == [("accept", 200), ("refer", 503), ("hangup", 200)]
    asked = [m.get("response", {}).get("instructions", "") for m in session.messages("response.create")]
    assert any(sip_engine.REFER_FAILED in text for text in asked)  # the caller hears what happened
    said = [data["text"] for _, data in sip.events(call.call_id, "transcript")]
    assert any("couldn't put you through" in line for line in said)
    assert row.disposition == "missed"  # a caller for staff to ring back
    assert "the transfer to staff failed" in row.transfer_reason and "503" in row.transfer_reason
    refer = [data for kind, data in sip.events(call.call_id) if kind == "refer"]
    assert refer and refer[0]["ok"] is False and "503" in refer[0]["error"]
    sip.fake.assert_no_protocol_errors()


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_unsigned_forged_replayed_and_altered_webhooks_are_rejected_and_nothing_is_accepted(sip: Sip) -> None:
    forged = sip.fake.ring(sip.url, signature="v1," + "A" * 44)
    other_secret = sip.fake.ring(sip.url, secret="whsec_" + "b3RoZXItc2VjcmV0LW9mLTI0LWJ5dGVz")
    replayed = sip.fake.ring(sip.url, timestamp=int(time.time()) - 600)
    event = {"object": "event", "id": "evt_x", "type": "realtime.call.incoming",
             "created_at": int(time.time()), "data": {"call_id": "rtc_other", "sip_headers": []}}
    tampered = sip.fake.ring(sip.url, body=json.dumps(event))  # signed over the fake's own body
    unsigned = _post(sip.url, json.dumps(event).encode(), {"Content-Type": "application/json"})
    for call in (forged, other_secret, replayed, tampered):
        assert call.webhook_status == 400, call.webhook_response
        assert call.controls == [] and sip.row(call.call_id) is None
    assert unsigned == 400 and sip.row("rtc_other") is None


def test_a_redelivered_webhook_changes_nothing(sip: Sip) -> None:
    sip.script = Script()  # the sideband plays nothing: the call is ended by the fake's hang-up below
    body = json.dumps({"object": "event", "id": "evt_again", "type": "realtime.call.incoming",
                       "created_at": int(time.time()),
                       "data": {"call_id": "rtc_again", "sip_headers": [
                           {"name": "From", "value": "<sip:+15550107777@pstn.twilio.com>"}]}})
    stamp = int(time.time())
    headers = {"Content-Type": "application/json", "webhook-id": "wh_again", "webhook-timestamp": str(stamp),
               "webhook-signature": sign_webhook(sip.fake.webhook_secret, "wh_again", stamp, body)}
    assert _post(sip.url, body.encode(), headers) == 200
    assert _post(sip.url, body.encode(), headers) == 200
    with sip.app.app_context():
        state = get_state()
        calls = state.models.VoiceCall
        count = state.db.session.scalar(sa.select(sa.func.count()).select_from(calls)
                                        .where(calls.call_sid == "rtc_again"))
        state.db.session.rollback()
    assert count == 1
    # not a call the fake rang: its accept is refused (404), so the app ends it and records why
    row = sip.ended("rtc_again")
    assert row.disposition == "failed"


def test_over_capacity_the_call_is_referred_to_staff_without_the_assistant(sip: Sip) -> None:
    with sip.app.app_context():
        state = get_state()
        busy = state.models.VoiceCall(call_sid="rtc_busy", state=LIVE, next_action="hangup",
                                      started_at=utcnow(), heartbeat_at=utcnow())
        state.db.session.add(busy)
        state.db.session.commit()
        busy_id = busy.id
    configure(sip.app, MAX_CONCURRENT_CALLS=1)
    try:
        call = sip.fake.ring(sip.url, caller=sip.caller())
        assert call.webhook_status == 200
        call.wait_for_state("referred")
        assert call.sideband is None and call.referred_to == f"tel:{STAFF}"
        assert (call.accepted or {})["audio"]["input"]["turn_detection"] is None  # silent until referred
        row = sip.row(call.call_id)
        assert row.disposition == "transferred" and row.transfer_reason == "over capacity"
        assert row.engine == "sip"

        sip.fake.refer_status = 503  # and when the refer fails: hung up, a caller to ring back
        failed = sip.fake.ring(sip.url, caller=sip.caller())
        failed.wait_for_state("ended")
        wait_for(lambda: sip.row(failed.call_id).disposition == "missed", WAIT, "the failed refer recorded")
        assert "the transfer to staff failed" in sip.row(failed.call_id).transfer_reason
        sip.fake.assert_no_protocol_errors()
    finally:
        configure(sip.app, MAX_CONCURRENT_CALLS=10)
        with sip.app.app_context():
            state = get_state()
            state.db.session.delete(state.db.session.get(state.models.VoiceCall, busy_id))
            state.db.session.commit()


def test_closed_hours_are_handled_as_on_the_relay_the_assistant_says_so(sip: Sip) -> None:
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    today = datetime.now(ZoneInfo(TEST_SETTINGS["POS_VOICE_TIMEZONE"])).weekday()
    # closed all day today, open tomorrow: the instructions say "closed now", whatever the hour
    hours = {day: "09:00-17:00" if i == (today + 1) % 7 else "closed" for i, day in enumerate(days)}
    configure(sip.app, HOURS=hours)
    try:
        sip.script = (Script().greet("Sorry, we're closed right now.")
                      .when_caller_says("Oh OK, bye.").say_and_call("Goodbye!", "end_call", {}))
        call = sip.fake.ring(sip.url, caller=sip.caller())
        call.wait_for_state("ended", timeout=WAIT)
        assert "We are closed now and open" in (call.accepted or {})["instructions"]
        assert [c.action for c in call.controls] == ["accept", "hangup"]
    finally:
        configure(sip.app, HOURS=TEST_SETTINGS["POS_VOICE_HOURS"])


def test_the_fallback_signature_check_agrees_with_openais() -> None:
    from openai import OpenAI

    secret = "whsec_" + "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0"
    now = int(time.time())
    body = '{"type": "realtime.call.incoming"}'
    headers = {"webhook-id": "wh_1", "webhook-timestamp": str(now),
               "webhook-signature": sign_webhook(secret, "wh_1", now, body)}
    OpenAI(api_key="x", webhook_secret=secret).webhooks.verify_signature(body, headers)
    standard_webhook_check(body, headers, secret, now)
    no_id = {k: v for k, v in headers.items() if k != "webhook-id"}
    for bad in ({**headers, "webhook-signature": "v1,AAAA"}, no_id):
        with pytest.raises(WebhookRejected):
            standard_webhook_check(body, bad, secret, now)
    with pytest.raises(WebhookRejected, match="too old"):
        standard_webhook_check(body, headers, secret, now + 301)
    with pytest.raises(WebhookRejected):
        standard_webhook_check(body + " ", headers, secret, now)


def test_the_caller_id_is_read_from_the_sip_from_header() -> None:
    headers = [{"name": "To", "value": "<sip:+15557654321@sip.api.openai.com>"},
               {"name": "From", "value": '"Sam" <sip:+15551234567@pstn.twilio.com>;tag=ab12'}]
    assert sip_number(headers, "From") == "+15551234567"
    assert sip_number([{"name": "from", "value": "<tel:+442071838750>"}], "From") == "+442071838750"
    assert sip_number([{"name": "From", "value": "<sip:anonymous@anonymous.invalid>"}], "From") is None
    assert sip_number(None, "From") is None


def test_simulate_mode_sip_plays_a_scripted_call_with_no_audio_through_the_server(sip: Sip) -> None:
    args = ["pos-voice", "simulate", "--mode", "sip", "--script", "pepperoni", "--caller", "+15550142299",
            "--timeout", str(WAIT)]
    configure(sip.app, MODE="relay", OPENAI_WEBHOOK_SECRET=None)  # an ordinary host: simulate sets SIP up
    try:
        result = sip.app.test_cli_runner().invoke(args=args)
    finally:
        configure(sip.app, MODE="sip", OPENAI_WEBHOOK_SECRET=sip.fake.webhook_secret)
    assert result.exit_code == 0, result.output
    assert "audio bytes through this server: 0); OpenAI call controls: accept → hangup" in result.output
    assert "caller:    It's Sam." in result.output
    assert "Order #" in result.output and "for Sam" in result.output


def test_the_keypads_transfer_key_arrives_as_sip_dtmf_and_refers_the_caller(sip: Sip) -> None:
    key = get_state(sip.app).settings.keypad_transfer_key
    assert key
    sip.script = (Script().greet("Thanks for calling!")
                  .send({"type": "input_audio_buffer.dtmf_event_received", "event": key,
                         "received_at": int(time.time())}))
    call = sip.fake.ring(sip.url, caller=sip.caller())
    call.wait_for_state("referred", timeout=WAIT)
    row = sip.ended(call.call_id)
    assert row.disposition == "transferred" and f"pressed {key}" in row.transfer_reason
    assert ("keypad", {"action": "transfer", "key": key}) in sip.events(call.call_id)


def test_staff_take_over_works_in_sip_mode_the_assistant_hands_off_then_refers(sip: Sip) -> None:
    configure(sip.app, TAKE_POLL_SECONDS=0.05)
    try:
        sip.script = Script().greet("Thanks for calling!").say("A team member is taking over; please hold.")
        call = sip.fake.ring(sip.url, caller=sip.caller())
        session = call.wait_for_sideband()
        wait_for(lambda: session._step_index >= 1, WAIT, "the greeting")
        with sip.app.app_context():
            state = get_state()
            calls = state.models.VoiceCall
            state.db.session.execute(sa.update(calls).where(calls.call_sid == call.call_id)
                                     .values(take_requested_at=utcnow(), take_requested_by="Sam (staff)"))
            state.db.session.commit()
        call.wait_for_state("referred", timeout=WAIT)
        row = sip.ended(call.call_id)
        assert row.disposition == "transferred"
        assert row.transfer_reason == "Sam (staff) took the call from the assistant"
        assert [c.action for c in call.controls] == ["accept", "refer"]
        said = [data["text"] for _, data in sip.events(call.call_id, "transcript")]
        assert "A team member is taking over; please hold." in said  # the hand-off line played first
    finally:
        configure(sip.app, TAKE_POLL_SECONDS=1.0)


@pytest.mark.gevent
@pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest")
def test_gevent_a_sip_call_orders_then_a_transfer_refers(sip: Sip) -> None:
    """The webhook's background call is a greenlet; the controls and the sideband are gevent sockets."""
    test_a_sip_call_is_accepted_orders_and_hangs_up_with_no_audio_through_the_server(sip)
    test_a_transfer_is_a_refer_to_the_staff_number(sip)


def test_sip_mode_without_the_webhook_secret_is_a_blocking_problem() -> None:
    from pos_voice.extension import settings_problems

    _, problems = settings_problems({**TEST_SETTINGS, "POS_VOICE_MODE": "sip"})
    assert [p.blocking for p in problems if p.key == "POS_VOICE_OPENAI_WEBHOOK_SECRET"] == [True]
    _, relay = settings_problems(dict(TEST_SETTINGS))
    assert not [p for p in relay if p.key == "POS_VOICE_OPENAI_WEBHOOK_SECRET"]


def test_the_caller_hanging_up_ends_the_call_and_the_record_says_so(sip: Sip) -> None:
    sip.script = Script().greet("Thanks for calling!")
    call = sip.fake.ring(sip.url, caller=sip.caller())
    session = call.wait_for_sideband()
    session.wait_until_finished(timeout=WAIT)
    session.end("caller hung up")  # the SIP leg ended: OpenAI closes the sideband
    row = sip.ended(call.call_id)
    assert [c.action for c in call.controls] == ["accept"]  # nothing left to hang up
    assert row.disposition == "abandoned"
    assert [data["ended_by"] for _, data in sip.events(call.call_id, "call_ended")] == ["caller"]
