"""Twilio webhooks, signatures and stream tokens, against the demo POS with real signing."""

from __future__ import annotations

import hashlib
import threading
import typing as t
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
import sqlalchemy as sa
import websocket
from twilio.request_validator import RequestValidator

from pos_voice.extension import get_state
from pos_voice.models import (
    ABANDONED,
    COMPLETED,
    ENDED,
    FAILED,
    LIVE,
    MISSED,
    NEXT_FALLBACK,
    NEXT_HANGUP,
    NEXT_TRANSFER,
    QUEUED,
    TRANSFERRED,
    utcnow,
)
from pos_voice.pos.types import Problem
from pos_voice.stream_tokens import mint_stream_token, redeem_stream_token
from tests.conftest import TEST_SETTINGS, configure
from tests.support.servers import serve

TOKEN = TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"]
PUBLIC = TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"]
STAFF = TEST_SETTINGS["POS_VOICE_STAFF_PHONE"]
CALLER = "+15551234567"
OUR_NUMBER = "+15557654321"


def call_form(call_sid: str = "CA" + "1" * 32, **extra: str) -> dict[str, str]:
    """The form Twilio posts for an incoming call."""
    return {"CallSid": call_sid, "AccountSid": "AC" + "0" * 32, "From": CALLER, "To": OUR_NUMBER,
            "CallStatus": "ringing", "Direction": "inbound", "ApiVersion": "2010-04-01",
            "Caller": CALLER, "Called": OUR_NUMBER, "FromCountry": "US", **extra}


def sign(url: str, form: dict[str, str], token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, form)


def post_signed(client: t.Any, path: str, form: dict[str, str], *, signed_url: str | None = None,
                token: str = TOKEN) -> t.Any:
    signature = sign(signed_url or PUBLIC + path, form, token)
    return client.post(path, data=form, headers={"X-Twilio-Signature": signature})


def twiml(response: t.Any) -> ET.Element:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/xml"
    return ET.fromstring(response.get_data(as_text=True))


def calls(app: t.Any) -> list[t.Any]:
    with app.app_context():
        state = get_state()
        rows = state.db.session.execute(sa.select(state.models.VoiceCall).order_by(state.models.VoiceCall.id))
        result = list(rows.scalars())
        state.db.session.expunge_all()
        return result


def call_events(app: t.Any, call_sid: str) -> list[tuple[str, dict[str, t.Any]]]:
    with app.app_context():
        state = get_state()
        models = state.models
        query = (sa.select(models.VoiceCallEvent).join(models.VoiceCall)
                 .where(models.VoiceCall.call_sid == call_sid).order_by(models.VoiceCallEvent.id))
        return [(e.event_type, e.event_data) for e in state.db.session.execute(query).scalars()]


def insert_call(app: t.Any, call_sid: str, **columns: t.Any) -> None:
    """A voice_calls row written as if by another server process."""
    with app.app_context():
        state = get_state()
        state.db.session.add(state.models.VoiceCall(call_sid=call_sid, **columns))
        state.db.session.commit()


def update_call(app: t.Any, call_sid: str, **columns: t.Any) -> None:
    with app.app_context():
        state = get_state()
        model = state.models.VoiceCall
        state.db.session.execute(sa.update(model).where(model.call_sid == call_sid).values(**columns))
        state.db.session.commit()


def assert_dials_staff(root: ET.Element) -> ET.Element:
    dial = root.find("Dial")
    assert dial is not None, ET.tostring(root)
    assert dial.findtext("Number") == STAFF
    assert dial.get("timeout") == "20"
    assert dial.get("callerId")
    assert dial.get("action") == f"{PUBLIC}/voice/dial-ended"
    assert root.find("Say") is not None  # the caller hears why they are waiting
    return dial


# ---------------------------------------------------------------- signatures


def test_twilio_request_validator_vector_is_pinned() -> None:
    # twilio-python's own test vector: if this fails, the library's algorithm changed.
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+14158675309", "Digits": "1234",
              "From": "+14158675309", "To": "+18005551212"}
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    validator = RequestValidator("12345")
    assert validator.compute_signature(url, params) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    assert validator.validate(url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")


def test_signed_incoming_answers_connect_stream_with_token(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    root = twiml(post_signed(client, "/voice/incoming", call_form()))

    connect = root.find("Connect")
    assert connect is not None
    assert connect.get("action") == f"{PUBLIC}/voice/stream-ended"
    assert connect.get("method") == "POST"
    stream = connect.find("Stream")
    assert stream is not None
    assert stream.get("url") == "wss://pos.example.com/voice/stream"
    assert "?" not in stream.get("url", "")
    parameters = {p.get("name"): p.get("value") for p in stream.findall("Parameter")}
    assert parameters["caller"] == CALLER
    token = parameters["call_token"]
    assert token and len(token) >= 32

    [call] = calls(demo_app)
    assert call.call_sid == "CA" + "1" * 32
    assert (call.phone_from, call.phone_to) == (CALLER, OUR_NUMBER)
    assert call.state == QUEUED and call.disposition is None
    assert call.stream_token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert call.token_expires_at > utcnow()
    events = call_events(demo_app, call.call_sid)
    assert [e[0] for e in events] == ["call_started"]
    assert events[0][1]["routed"] == "assistant"


def test_anonymous_caller_is_stored_without_a_number(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    root = twiml(post_signed(client, "/voice/incoming", call_form(From="anonymous")))
    parameters = {p.get("name"): p.get("value") for p in root.iter("Parameter")}
    assert parameters["caller"] == ""
    assert calls(demo_app)[0].phone_from is None


def test_badly_signed_webhooks_get_403_and_touch_nothing(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    form = call_form()
    url = f"{PUBLIC}/voice/incoming"
    cases: dict[str, tuple[dict[str, str], dict[str, str]]] = {
        "unsigned": (form, {}),
        "tampered": ({**form, "From": "+15559999999"}, {"X-Twilio-Signature": sign(url, form)}),
        "wrong host": (form, {"X-Twilio-Signature": sign("https://evil.example.com/voice/incoming", form)}),
        "wrong scheme": (form, {"X-Twilio-Signature": sign("http://pos.example.com/voice/incoming", form)}),
        "wrong token": (form, {"X-Twilio-Signature": sign(url, form, token="another-token")}),
        "wrong path": (form, {"X-Twilio-Signature": sign(f"{PUBLIC}/voice/status", form)}),
        "empty header": (form, {"X-Twilio-Signature": ""}),
    }
    for case, (sent_form, headers) in cases.items():
        response = client.post("/voice/incoming", data=sent_form, headers=headers)
        assert response.status_code == 403, case
    assert calls(demo_app) == []


def test_every_twilio_callback_requires_a_signature(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    for index, path in enumerate(["/voice/stream-ended", "/voice/dial-ended", "/voice/status"]):
        insert_call(demo_app, f"CA-signed-{index}", state=LIVE, next_action=NEXT_TRANSFER)
        form = {"CallSid": f"CA-signed-{index}", "CallStatus": "completed", "DialCallStatus": "no-answer"}
        assert client.post(path, data=form).status_code == 403, path
        assert post_signed(client, path, form).status_code == 200, path


def test_query_string_is_part_of_the_signed_url(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    form = call_form()
    good = sign(f"{PUBLIC}/voice/incoming?shop=tonys%20pizza", form)
    headers = {"X-Twilio-Signature": good}
    response = client.post("/voice/incoming?shop=tonys%20pizza", data=form, headers=headers)
    assert response.status_code == 200
    response = client.post("/voice/incoming?shop=other", data=form, headers=headers)
    assert response.status_code == 403


def test_signature_checks_can_be_turned_off(demo_app: t.Any) -> None:
    configure(demo_app, VALIDATE_SIGNATURES=False)
    response = demo_app.test_client().post("/voice/incoming", data=call_form())
    assert twiml(response).find("Connect") is not None


def test_behind_a_proxy_the_public_url_is_what_counts(demo_app: t.Any) -> None:
    """The request reaches http://127.0.0.1:<port>; Twilio signed https://pos.example.com/…"""
    form = call_form()
    body = urllib.parse.urlencode(form).encode()
    with serve(demo_app) as port:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/voice/incoming", data=body, method="POST",
            headers={"X-Twilio-Signature": sign(f"{PUBLIC}/voice/incoming", form),
                     "Content-Type": "application/x-www-form-urlencoded",
                     "X-Forwarded-Proto": "https", "X-Forwarded-Host": "pos.example.com"})
        with urllib.request.urlopen(request, timeout=5) as response:
            root = ET.fromstring(response.read())
        assert root.find("Connect/Stream") is not None
        # The URL Flask itself sees is not signed by Twilio: rejected.
        request.remove_header("X-twilio-signature")
        request.add_header("X-Twilio-Signature", sign(f"http://127.0.0.1:{port}/voice/incoming", form))
        with pytest.raises(urllib.error.HTTPError) as rejected:
            urllib.request.urlopen(request, timeout=5)
        assert rejected.value.code == 403


def redeem(call_sid: str, token: str) -> t.Any:
    """The bridge's token check, in the current app context's session."""
    state = get_state()
    return redeem_stream_token(state.db.session, state.models.VoiceCall, call_sid, token)


# ---------------------------------------------------------------- /incoming decisions


def test_a_retried_incoming_gets_the_same_call_and_a_fresh_token(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    first = twiml(post_signed(client, "/voice/incoming", call_form()))
    second = twiml(post_signed(client, "/voice/incoming", call_form()))
    token_1 = {p.get("name"): p.get("value") for p in first.iter("Parameter")}["call_token"]
    token_2 = {p.get("name"): p.get("value") for p in second.iter("Parameter")}["call_token"]
    assert token_1 != token_2
    assert len(calls(demo_app)) == 1
    assert [e[0] for e in call_events(demo_app, "CA" + "1" * 32)] == ["call_started"]
    with demo_app.app_context():
        assert redeem("CA" + "1" * 32, token_1) is None  # replaced by the retry
        assert redeem("CA" + "1" * 32, token_2) is not None


def test_concurrent_retries_create_one_row(demo_app: t.Any) -> None:
    form = call_form("CA-race")
    body = urllib.parse.urlencode(form).encode()
    headers = {"X-Twilio-Signature": sign(f"{PUBLIC}/voice/incoming", form),
               "Content-Type": "application/x-www-form-urlencoded"}
    results: list[bytes] = []
    with serve(demo_app) as port:
        def post() -> None:
            request = urllib.request.Request(f"http://127.0.0.1:{port}/voice/incoming", data=body,
                                             headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=10) as response:
                results.append(response.read())

        threads = [threading.Thread(target=post) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=15)
    assert len(results) == 6
    assert all(ET.fromstring(r).find("Connect/Stream") is not None for r in results)
    assert [c.call_sid for c in calls(demo_app)] == ["CA-race"]
    assert [e[0] for e in call_events(demo_app, "CA-race")] == ["call_started"]


def test_over_capacity_counted_in_the_database_goes_to_staff(demo_app: t.Any) -> None:
    configure(demo_app, MAX_CONCURRENT_CALLS=2)
    now = utcnow()
    # Two calls held by other processes...
    insert_call(demo_app, "CA-other-queued", state=QUEUED, started_at=now - timedelta(seconds=5))
    insert_call(demo_app, "CA-other-live", state=LIVE, started_at=now - timedelta(minutes=9),
                heartbeat_at=now - timedelta(seconds=10))
    # ...and rows that must not count: ended, and left behind by crashed processes.
    insert_call(demo_app, "CA-ended", state=ENDED, disposition=COMPLETED)
    insert_call(demo_app, "CA-stale-queued", state=QUEUED, started_at=now - timedelta(minutes=10))
    insert_call(demo_app, "CA-stale-live", state=LIVE, started_at=now - timedelta(minutes=20),
                heartbeat_at=now - timedelta(minutes=5))
    client = demo_app.test_client()

    root = twiml(post_signed(client, "/voice/incoming", call_form("CA-new")))
    assert root.find("Connect") is None
    dial = assert_dials_staff(root)
    assert dial.get("callerId") == CALLER  # staff see who is calling
    new = next(c for c in calls(demo_app) if c.call_sid == "CA-new")
    assert (new.state, new.disposition, new.transfer_reason) == (ENDED, TRANSFERRED, "over capacity")
    assert call_events(demo_app, "CA-new")[0][1]["routed"] == "staff"

    # A retry of that call gets the same answer; a seat freed elsewhere admits the next call.
    assert twiml(post_signed(client, "/voice/incoming", call_form("CA-new"))).find("Dial") is not None
    update_call(demo_app, "CA-other-live", state=ENDED)
    assert twiml(post_signed(client, "/voice/incoming", call_form("CA-next"))).find("Connect") is not None


def test_plugin_not_usable_sends_calls_to_staff(demo_app: t.Any) -> None:
    get_state(demo_app).problems.append(Problem("POS_VOICE_OPENAI_API_KEY", "no key"))
    root = twiml(post_signed(demo_app.test_client(), "/voice/incoming", call_form()))
    assert root.find("Connect") is None
    assert_dials_staff(root)
    [call] = calls(demo_app)
    assert (call.disposition, call.transfer_reason) == (TRANSFERRED, "assistant unavailable")
    assert "no key" in call.error


def test_plugin_not_usable_without_staff_phone_apologises_and_hangs_up(demo_app: t.Any) -> None:
    get_state(demo_app).problems.append(Problem("POS_VOICE_OPENAI_API_KEY", "no key"))
    configure(demo_app, STAFF_PHONE=None)
    root = twiml(post_signed(demo_app.test_client(), "/voice/incoming", call_form()))
    assert [child.tag for child in root] == ["Say", "Hangup"]
    assert "call back" in (root.findtext("Say") or "")
    assert calls(demo_app)[0].disposition == MISSED  # a caller to ring back, not an assistant failure


def test_disclosure_is_said_before_the_stream(demo_app: t.Any) -> None:
    configure(demo_app, DISCLOSURE_MESSAGE="This call is answered by an AI assistant and recorded.")
    root = twiml(post_signed(demo_app.test_client(), "/voice/incoming", call_form()))
    assert [child.tag for child in root] == ["Say", "Connect"]
    assert root.findtext("Say") == "This call is answered by an AI assistant and recorded."


# ---------------------------------------------------------------- stream tokens


def test_stream_token_is_single_use_and_expires(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-token", state=QUEUED)
    with demo_app.app_context():
        state = get_state()
        call = state.db.session.execute(sa.select(state.models.VoiceCall)).scalar_one()
        token = mint_stream_token(call, 120)
        state.db.session.commit()

        assert redeem("CA-token", "not-the-token") is None
        assert redeem("CA-other", token) is None
        assert redeem("CA-token", "") is None
        redeemed = redeem("CA-token", token)
        assert redeemed is not None and redeemed.call_sid == "CA-token"
        assert redeemed.state == LIVE and redeemed.token_used_at is not None and redeemed.heartbeat_at
        assert redeem("CA-token", token) is None  # single use

        call = state.db.session.execute(sa.select(state.models.VoiceCall)).scalar_one()
        expired = mint_stream_token(call, 120)
        call.token_expires_at = utcnow() - timedelta(seconds=1)
        state.db.session.commit()
        assert redeem("CA-token", expired) is None


def test_stream_token_lifetime_follows_config(demo_app: t.Any) -> None:
    configure(demo_app, STREAM_TOKEN_TTL=30)
    post_signed(demo_app.test_client(), "/voice/incoming", call_form())
    [call] = calls(demo_app)
    lifetime = (call.token_expires_at - utcnow()).total_seconds()
    assert 25 < lifetime <= 30


# ---------------------------------------------------------------- /stream-ended, /dial-ended


def stream_ended(app: t.Any, call_sid: str) -> ET.Element:
    form = {"CallSid": call_sid, "AccountSid": "AC" + "0" * 32, "CallStatus": "in-progress", "From": CALLER}
    return twiml(post_signed(app.test_client(), "/voice/stream-ended", form))


def test_stream_ended_hangs_up_when_the_assistant_said_goodbye(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-bye", state=LIVE, next_action=NEXT_HANGUP, phone_from=CALLER)
    root = stream_ended(demo_app, "CA-bye")
    assert [child.tag for child in root] == ["Hangup"]
    assert calls(demo_app)[0].state == ENDED


def test_stream_ended_transfers_to_staff(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-xfer", state=LIVE, next_action=NEXT_TRANSFER, phone_from=CALLER,
                phone_to=OUR_NUMBER)
    dial = assert_dials_staff(stream_ended(demo_app, "CA-xfer"))
    assert dial.get("callerId") == CALLER
    assert calls(demo_app)[0].disposition == TRANSFERRED


def test_stream_ended_transfer_without_staff_phone_apologises(demo_app: t.Any) -> None:
    configure(demo_app, STAFF_PHONE=None)
    insert_call(demo_app, "CA-xfer", state=LIVE, next_action=NEXT_TRANSFER)
    root = stream_ended(demo_app, "CA-xfer")
    assert [child.tag for child in root] == ["Say", "Hangup"]


def test_stream_ended_after_a_bridge_failure_falls_back_to_staff(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-fail", state=LIVE, next_action=NEXT_FALLBACK, phone_to=OUR_NUMBER)
    root = stream_ended(demo_app, "CA-fail")
    assert "trouble" in (root.findtext("Say") or "")
    dial = assert_dials_staff(root)
    assert dial.get("callerId") == CALLER  # not on the row: taken from Twilio's callback
    assert calls(demo_app)[0].disposition == FAILED


def test_stream_that_never_started_falls_back_to_staff(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-never", state=QUEUED, next_action=NEXT_HANGUP)
    assert_dials_staff(stream_ended(demo_app, "CA-never"))
    [call] = calls(demo_app)
    assert (call.next_action, call.state, call.disposition) == (NEXT_FALLBACK, ENDED, FAILED)
    assert ("error", {"where": "stream", "message": "the media stream never started"}) in \
        call_events(demo_app, "CA-never")


def test_a_stream_whose_process_died_falls_back_to_staff(demo_app: t.Any) -> None:
    """The stream started (token redeemed) and then its process died before deciding anything:
    Twilio's /stream-ended must hand the caller to staff, not hang up on them."""
    insert_call(demo_app, "CA-crash", state=QUEUED)
    with demo_app.app_context():
        state = get_state()
        call = state.db.session.execute(sa.select(state.models.VoiceCall)).scalar_one()
        token = mint_stream_token(call, 120)
        state.db.session.commit()
        assert redeem("CA-crash", token).next_action == NEXT_FALLBACK
    assert_dials_staff(stream_ended(demo_app, "CA-crash"))


def test_stream_ended_for_an_unknown_call_still_reaches_staff(demo_app: t.Any) -> None:
    assert_dials_staff(stream_ended(demo_app, "CA-unknown"))


def test_stream_ended_reads_the_database_not_process_memory(demo_app: t.Any, tmp_path: t.Any) -> None:
    """Another app (another process) on the same database decided: this one answers it."""
    from pizzeria_pos import create_app

    same_database = demo_app.config["SQLALCHEMY_DATABASE_URI"]
    other = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": same_database})
    insert_call(other, "CA-elsewhere", state=LIVE, next_action=NEXT_TRANSFER)
    assert_dials_staff(stream_ended(demo_app, "CA-elsewhere"))
    with other.app_context():
        other.extensions["sqlalchemy"].engine.dispose()


def test_dial_ended(demo_app: t.Any) -> None:
    client = demo_app.test_client()
    for dial_status, answered in [("completed", True), ("answered", True), ("no-answer", False),
                                  ("busy", False), ("failed", False)]:
        call_sid = f"CA-dial-{dial_status}"
        insert_call(demo_app, call_sid, state=ENDED, disposition=TRANSFERRED)
        form = {"CallSid": call_sid, "DialCallStatus": dial_status, "DialCallSid": "CA" + "9" * 32}
        root = twiml(post_signed(client, "/voice/dial-ended", form))
        [call] = [c for c in calls(demo_app) if c.call_sid == call_sid]
        assert call_events(demo_app, call_sid) == [("dial", {"status": dial_status, "answered": answered})]
        if answered:
            assert [child.tag for child in root] == ["Hangup"]
            assert (call.disposition, call.attention) == (TRANSFERRED, None)
        else:
            assert [child.tag for child in root] == ["Say", "Hangup"]
            assert "nobody could answer" in (root.findtext("Say") or "").lower()
            assert (call.disposition, call.attention) == (MISSED, "missed_unanswered")


def test_an_unanswered_dial_leaves_a_failed_call_failed(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-dial-after-failure", state=ENDED, disposition=FAILED)
    form = {"CallSid": "CA-dial-after-failure", "DialCallStatus": "no-answer"}
    post_signed(demo_app.test_client(), "/voice/dial-ended", form)
    [call] = calls(demo_app)
    assert (call.disposition, call.attention) == (FAILED, "failed")


def test_a_transfer_without_a_staff_phone_is_missed(demo_app: t.Any) -> None:
    configure(demo_app, STAFF_PHONE=None)
    insert_call(demo_app, "CA-nostaff", state=LIVE, next_action=NEXT_TRANSFER, disposition=TRANSFERRED,
                transfer_reason="wants a manager")
    root = stream_ended(demo_app, "CA-nostaff")
    assert [child.tag for child in root] == ["Say", "Hangup"]
    [call] = calls(demo_app)
    assert (call.disposition, call.attention) == (MISSED, "missed_no_staff")
    status(demo_app, "CA-nostaff")
    assert calls(demo_app)[0].disposition == MISSED


# ---------------------------------------------------------------- /status


def status(app: t.Any, call_sid: str, call_status: str = "completed", duration: str | None = "42") -> None:
    form = {"CallSid": call_sid, "CallStatus": call_status, "AccountSid": "AC" + "0" * 32}
    if duration is not None:
        form["CallDuration"] = duration
    response = post_signed(app.test_client(), "/voice/status", form)
    assert response.status_code == 200


def make_order(app: t.Any, number: str) -> int:
    from pizzeria_pos.models import Order

    with app.app_context():
        db = app.extensions["sqlalchemy"]
        order = Order(order_number=number, source="voice", customer_name="Sam")
        db.session.add(order)
        db.session.commit()
        return int(order.id)


def test_status_callback_sets_the_final_disposition(demo_app: t.Any) -> None:
    cases = [  # (disposition set by the bridge, order placed, Twilio's CallStatus, expected)
        (None, False, "completed", ABANDONED),
        (None, True, "completed", COMPLETED),
        (TRANSFERRED, False, "completed", TRANSFERRED),
        (COMPLETED, True, "completed", COMPLETED),
        (TRANSFERRED, False, "failed", FAILED),
        (None, False, "busy", FAILED),
        (None, False, "canceled", ABANDONED),
    ]
    for index, (existing, order, call_status, expected) in enumerate(cases):
        call_sid = f"CA-status-{index}"
        order_id = make_order(demo_app, f"V-TEST-{index}") if order else None
        insert_call(demo_app, call_sid, state=LIVE, disposition=existing, order_id=order_id)
        status(demo_app, call_sid, call_status)
        call = next(c for c in calls(demo_app) if c.call_sid == call_sid)
        assert (call.state, call.disposition, call.duration_seconds) == (ENDED, expected, 42), cases[index]
        assert call.ended_at == call.started_at + timedelta(seconds=42)


def test_status_without_a_duration_uses_the_clock(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-noduration", state=LIVE, started_at=utcnow() - timedelta(seconds=30))
    status(demo_app, "CA-noduration", duration=None)
    [call] = calls(demo_app)
    assert 29 <= call.duration_seconds <= 40 and call.ended_at is not None


def test_status_callback_is_idempotent(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-twice", state=LIVE, disposition=TRANSFERRED)
    status(demo_app, "CA-twice")
    first = calls(demo_app)[0]
    status(demo_app, "CA-twice")
    second = calls(demo_app)[0]
    assert (first.ended_at, first.disposition, first.duration_seconds) == \
        (second.ended_at, second.disposition, second.duration_seconds)
    assert [e for e in call_events(demo_app, "CA-twice") if e[0] == "call_ended"] == \
        [("call_ended", {"disposition": TRANSFERRED, "call_status": "completed"})]


def test_status_progress_events_and_unknown_calls_change_nothing(demo_app: t.Any) -> None:
    insert_call(demo_app, "CA-ringing", state=QUEUED)
    status(demo_app, "CA-ringing", "ringing", duration=None)
    status(demo_app, "CA-nobody")
    [call] = calls(demo_app)
    assert (call.state, call.ended_at, call.disposition) == (QUEUED, None, None)


# ---------------------------------------------------------------- the WebSocket upgrade


def test_stream_upgrade_requires_a_signature_before_the_101(demo_app: t.Any) -> None:
    signed = sign("wss://pos.example.com/voice/stream", {})
    with serve(demo_app) as port:
        url = f"ws://127.0.0.1:{port}/voice/stream"
        for header in ([], ["x-twilio-signature: bad"],
                       [f"x-twilio-signature: {sign('wss://evil.example.com/voice/stream', {})}"],
                       [f"x-twilio-signature: {sign('https://pos.example.com/voice/stream', {})}"]):
            with pytest.raises(websocket.WebSocketBadStatusException) as rejected:
                websocket.create_connection(url, timeout=5, header=header)
            assert rejected.value.status_code == 403
        ws = websocket.create_connection(url, timeout=5, header=[f"x-twilio-signature: {signed}"])
        assert ws.connected
        ws.close()


# ---------------------------------------------------------------- the token on a real stream


def test_a_forged_stream_token_opens_no_model_session_and_reaches_staff(demo_app: t.Any) -> None:
    from pos_voice.testing import FakeRealtimeServer, Script, SimulatedCaller

    with FakeRealtimeServer(Script().greet("Hello!", audio_ms=200)) as fake, serve(demo_app) as port:
        configure(demo_app, REALTIME_URL=fake.url)
        caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC, auth_token=TOKEN,
                                 timeout=5)
        caller.dial()
        caller.stream_parameters["call_token"] = "forged-" + caller.stream_parameters["call_token"][7:]
        caller.connect()
        root = caller.wait_for_server_hangup()
        assert fake.connection_attempts == 0
        assert caller.received_ms == 0
    assert root is not None
    assert "trouble" in (root.findtext("Say") or "")
    assert_dials_staff(root)
    [call] = calls(demo_app)
    assert (call.state, call.next_action, call.disposition) == (ENDED, NEXT_FALLBACK, FAILED)


def test_a_replayed_stream_token_is_refused_while_the_call_runs(demo_app: t.Any) -> None:
    from pos_voice.testing import FakeRealtimeServer, Script, SimulatedCaller

    with FakeRealtimeServer(Script().greet("Hello!", audio_ms=200)) as fake, serve(demo_app) as port:
        configure(demo_app, REALTIME_URL=fake.url)
        caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC, auth_token=TOKEN,
                                 timeout=5)
        caller.start_call()
        # 15 s: on a loaded machine the session was not ready within the watchdog's 3 s, and the
        # retried one greeted after the caller's 5 s
        caller.wait_for_audio(200, timeout=15)
        replay = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url=PUBLIC, auth_token=TOKEN,
                                 call_sid=caller.call_sid, timeout=5)
        replay.incoming_twiml, replay.stream_url = caller.incoming_twiml, caller.stream_url
        replay.stream_parameters = dict(caller.stream_parameters)
        # The first stream's model session is up (its greeting was heard); on a loaded machine
        # its connect may have been retried, so count the sessions from here on.
        sessions_before = len(fake.sessions)
        replay.connect()
        assert replay.server_closed.wait(5)
        assert replay.received_ms == 0
        replay.close()
        assert len(fake.sessions) == sessions_before  # the replay opened no model session
        caller.hangup()
        fake.assert_no_protocol_errors()


def test_a_public_base_url_with_a_path_prefix(demo_app: t.Any) -> None:
    """Behind a proxy that mounts the POS under /tony: signed URLs and TwiML URLs carry it."""
    configure(demo_app, PUBLIC_BASE_URL="https://shops.example.com/tony/")
    client = demo_app.test_client()
    form = call_form()
    root = twiml(post_signed(client, "/voice/incoming", form,
                             signed_url="https://shops.example.com/tony/voice/incoming"))
    assert root.find("Connect").get("action") == "https://shops.example.com/tony/voice/stream-ended"
    assert root.find("Connect/Stream").get("url") == "wss://shops.example.com/tony/voice/stream"
    unsigned_prefix = post_signed(client, "/voice/incoming", form, signed_url=f"{PUBLIC}/voice/incoming")
    assert unsigned_prefix.status_code == 403


def test_say_uses_the_configured_language(demo_app: t.Any) -> None:
    configure(demo_app, LANGUAGE="es")
    configure(demo_app, DISCLOSURE_MESSAGE="Esta llamada la atiende un asistente.")
    root = twiml(post_signed(demo_app.test_client(), "/voice/incoming", call_form()))
    assert root.find("Say").get("language") == "es-US"


def test_callbacks_still_answer_when_the_database_fails(demo_app: t.Any) -> None:
    """No voice tables (e.g. migrations not run): callers reach staff instead of an error."""
    with demo_app.app_context():
        state = get_state()
        state.models.VoiceCallResume.__table__.drop(state.db.engine)
        state.models.VoiceNotification.__table__.drop(state.db.engine)
        state.models.VoiceCallEvent.__table__.drop(state.db.engine)
        state.models.VoiceOrderOutbox.__table__.drop(state.db.engine)
        state.models.VoiceCall.__table__.drop(state.db.engine)
    client = demo_app.test_client()
    assert_dials_staff(twiml(post_signed(client, "/voice/incoming", call_form())))
    assert_dials_staff(stream_ended(demo_app, "CA" + "1" * 32))
    form = {"CallSid": "CA" + "1" * 32, "DialCallStatus": "no-answer"}
    assert [c.tag for c in twiml(post_signed(client, "/voice/dial-ended", form))] == ["Say", "Hangup"]
