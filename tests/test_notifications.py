"""Texts and "your order is ready" (issue 13 items 4, 5, 7): the caller's consent on the call, the
confirmation text with the payment link after an order placed through the real bridge, the ready
notice when the host marks the order ready, the outbox's retries and claims, Twilio's signed status
callbacks, and what staff see.

Twilio's REST API is the testing kit's :class:`FakeTwilioRest` on loopback; the app's real
``twilio`` client is pointed at it with ``POS_VOICE_TWILIO_API_BASE_URL``. Its status callbacks
are signed with Twilio's own algorithm.
"""

from __future__ import annotations

import json
import threading
import typing as t
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice.extension import get_state
from pos_voice.notify import messages, outbox, run_pass, runner, stop_notifier
from pos_voice.notify.runner import ensure_notifier
from pos_voice.testing import FakeTwilioRest
from tests.conftest import TEST_SETTINGS, configure
from tests.support.bridge import post_signed, rig, wait_for
from tests.support.staff import log_in
from tests.test_dropped_calls import Call

PHONE = "+12125550123"  # valid (fictional 555-01xx range): it can take texts
LINK = "https://pay.example.com/o/{order_id}?amount={total}"
SENDER = "+12125550100"


@pytest.fixture
def twilio_api() -> Iterator[FakeTwilioRest]:
    with FakeTwilioRest(account_sid=TEST_SETTINGS["POS_VOICE_TWILIO_ACCOUNT_SID"],
                        auth_token=TEST_SETTINGS["POS_VOICE_TWILIO_AUTH_TOKEN"]) as fake:
        yield fake


def texts_on(app: Flask, api: FakeTwilioRest, **extra: t.Any) -> None:
    configure(app, **{"MESSAGING_FROM": SENDER, "TWILIO_API_BASE_URL": api.base_url, "PAYMENT_LINK": LINK,
                      "READY_STATUSES": ["ready"], **extra})


@pytest.fixture
def texts_app(demo_app: Flask, twilio_api: FakeTwilioRest) -> Iterator[Flask]:
    """The demo POS sending texts; no background notifier unless a test starts one
    (:func:`background`): each delivery pass is run by the test."""
    texts_on(demo_app, twilio_api)
    demo_app.extensions[runner._NOTIFIER_KEY] = runner.Notifier(get_state(demo_app))  # never started
    yield demo_app
    stop_notifier(demo_app)


def background(app: Flask) -> runner.Notifier:
    """The app's real notifier thread, as in production."""
    app.extensions.pop(runner._NOTIFIER_KEY, None)
    notifier = ensure_notifier(get_state(app))
    assert notifier is not None
    return notifier


def creates(api: FakeTwilioRest) -> list[t.Any]:
    return [r for r in api.requests if r.method == "POST"]


def notices(app: Flask) -> list[t.Any]:
    with app.app_context():
        state = get_state(app)
        model = state.models.VoiceNotification
        rows = state.db.session.execute(sa.select(model).order_by(model.id)).scalars().all()
        for row in rows:
            state.db.session.expunge(row)
        return list(rows)


def place_order(app: Flask, *, updates: dict[str, t.Any] | None, phone: str = PHONE,
                on_a_call: bool = False) -> dict[str, t.Any]:
    """An order through the real tools (no bridge): the fast way to a queued notice; ``on_a_call``:
    for a recorded call (the staff pages list calls)."""
    with app.app_context():
        state = get_state(app)
        tools = state.tools
        call_id = None
        if on_a_call:
            call = state.models.VoiceCall(call_sid="CA" + "6" * 32, phone_from=phone, state="ended")
            state.db.session.add(call)
            state.db.session.commit()
            call_id = call.id
        ctx = tools.start_call(call_id, "CA" + "7" * 32, phone)
        steps = [("start_order", {"order_type": "pickup"}),
                 ("add_item", {"item_name": "pepperoni pizza", "size": "large"})]
        if updates is not None:
            steps.append(("order_updates", updates))
        steps += [("set_callback_number", {"use_caller_id": True}),
                  ("submit_order", {"customer_name": "Ana"})]
        for name, arguments in steps:
            answer = json.loads(tools.invoke(ctx, name, json.dumps(arguments)).output)
            assert answer["ok"], (name, answer)
        return answer


# ------------------------------------------------------------------ the confirmation text


def test_the_confirmation_text_with_the_payment_link_is_sent_once_after_a_bridged_order(
        texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    background(texts_app)
    with rig(texts_app, real_tools=True) as bridge:
        twilio_api.auto_callbacks(f"http://127.0.0.1:{bridge.port}")
        call = Call(bridge, PHONE)
        assert "order_updates" in call.instructions and "secure link to pay online" in call.instructions
        for name, arguments in [("start_order", {"order_type": "pickup"}),
                                ("add_item", {"item_name": "pepperoni pizza", "size": "large"}),
                                ("set_callback_number", {"use_caller_id": True})]:
            assert call.ask(name, arguments)["ok"]
        agreed = call.ask("order_updates", {"text_confirmation": True})
        assert agreed["ok"] and "secure link to pay online" in agreed["note"]
        placed = call.ask("submit_order", {"customer_name": "Ana"})
        assert placed["ok"] and "payment link" in placed["texts"]
        ended = call.hang_up()
        wait_for(lambda: any(n.delivery_status == "delivered" for n in notices(texts_app)),
                 what="the text delivered (Twilio's signed callbacks)")
    [text] = notices(texts_app)
    [request] = creates(twilio_api)
    assert request.authorized and request.path.endswith("/Messages.json")
    assert (request.value("To"), request.value("From")) == (PHONE, SENDER)
    body = request.value("Body") or ""
    assert f"order #{placed['order_number']}" in body and "1 large Pepperoni Pizza" in body
    assert f"Total ${placed['total']}" in body and "Ready for pickup around" in body
    assert f"https://pay.example.com/o/{ended.order_id}?amount={placed['total']}" in body
    assert request.value("StatusCallback") == (f"https://pos.example.com/voice/notify-status?key="
                                               f"pv-{ended.order_id}-confirmation")
    assert (text.kind, text.status, text.call_id, text.attempts) == ("confirmation", "sent", ended.id, 1)
    assert text.provider_sid in twilio_api.messages
    assert all(callback.status == 204 for callback in twilio_api.callbacks)
    # Passes after it (any process) send nothing again.
    services = get_state(texts_app)
    assert run_pass(services) == 0 and len(creates(twilio_api)) == 1
    staff = texts_app.test_client()
    log_in(texts_app, staff)
    page = staff.get(f"/voice/calls/{ended.id}").get_data(as_text=True)
    assert "Texts and notifications" in page and "delivered" in page and "Order confirmation" in page


def test_no_text_without_the_callers_consent(texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    placed = place_order(texts_app, updates=None)
    assert "texts" not in placed
    assert run_pass(get_state(texts_app)) == 0
    assert notices(texts_app) == [] and twilio_api.requests == []
    place_order(texts_app, updates={"text_confirmation": False, "ready_notice": "none"})
    assert notices(texts_app) == [] and twilio_api.requests == []


def test_a_number_that_cannot_take_texts(texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    # The number itself says so (a landline where libphonenumber knows it): the tool refuses.
    with texts_app.app_context():
        tools = get_state(texts_app).tools
        ctx = tools.start_call(None, "CA" + "8" * 32, "+442079460000")  # a London landline
        answer = json.loads(tools.invoke(ctx, "order_updates", '{"text_confirmation": true}').output)
    assert answer["ok"] is False and answer["no_texts"] is True and "can't receive texts" in answer["error"]
    # Twilio says so (21614, a North American landline): recorded, not retried, shown to staff.
    twilio_api.fail_next(400, 21614, "'To' number is not a valid mobile number")
    place_order(texts_app, updates={"text_confirmation": True}, on_a_call=True)
    assert run_pass(get_state(texts_app)) == 0
    [text] = notices(texts_app)
    assert (text.status, text.error_code, text.attempts) == ("failed", 21614, 1)
    assert run_pass(get_state(texts_app)) == 0 and len(creates(twilio_api)) == 1
    staff = texts_app.test_client()  # failures are visible to staff
    log_in(texts_app, staff)
    call_page = staff.get(f"/voice/calls/{text.call_id}").get_data(as_text=True)
    assert "pv-notice-problem" in call_page
    assert "Twilio error 21614: Unable to create record: &#39;To&#39; number is not a valid" in call_page
    orders_page = staff.get("/voice/orders").get_data(as_text=True)
    assert "Order confirmation text: failed (error 21614)" in orders_page


def test_a_failed_request_is_retried_and_sent_once(texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    twilio_api.fail_next(500, 20500, "Internal Server Error")
    place_order(texts_app, updates={"text_confirmation": True})
    assert run_pass(get_state(texts_app)) == 1  # the retry right after the 500 went through
    [text] = notices(texts_app)
    assert (text.status, text.attempts, text.last_error) == ("sent", 2, None)
    assert [r.status for r in creates(twilio_api)] == [500, 201] and len(twilio_api.messages) == 1


def test_twilio_down_for_longer_backs_off_then_delivers(texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    for _ in range(2):
        twilio_api.fail_next(503, 20503, "Service Unavailable")
    place_order(texts_app, updates={"text_confirmation": True})
    services = get_state(texts_app)
    assert run_pass(services) == 0
    [text] = notices(texts_app)
    assert (text.status, text.attempts) == ("pending", 2) and "Service Unavailable" in text.last_error
    assert run_pass(services) == 0  # not due yet: backing off
    with texts_app.app_context():
        sent = outbox.deliver_pending(services.require_store(), services.settings,
                                      now=text.next_attempt_at)
    assert sent == 1 and notices(texts_app)[0].status == "sent" and len(twilio_api.messages) == 1


# ------------------------------------------------------------------ order ready


def second_app(database_url: str, api: FakeTwilioRest) -> Flask:
    """Another app on the same database: the other server process."""
    from pizzeria_pos import create_app

    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    texts_on(app, api)
    return app


def mark_ready(app: Flask, order_number: str) -> None:
    """Staff mark the order ready in the POS: the host's own model, session and commit."""
    from pizzeria_pos.models import Order

    with app.app_context():
        session = get_state(app).db.session
        order = session.execute(sa.select(Order).where(Order.order_number == order_number)).scalar_one()
        order.status = "ready"
        session.commit()


@pytest.mark.parametrize("channel", ["call", "text"])
def test_ready_is_told_once_with_two_servers_claiming(texts_app: Flask, twilio_api: FakeTwilioRest,
                                                       database_url: str, channel: str) -> None:
    other = second_app(database_url, twilio_api)
    configure(texts_app, READY_CHECK_SECONDS=0.02)
    configure(other, READY_CHECK_SECONDS=0.02)
    try:
        placed = place_order(texts_app, updates={"ready_notice": channel})
        assert "when the order is ready" in placed["texts"]
        [waiting] = notices(texts_app)
        assert (waiting.kind, waiting.status) == ("ready", "waiting")
        first, second = background(texts_app), background(other)
        passes = second.passes
        wait_for(lambda: second.passes > passes + 2, what="the other server checking")
        assert creates(twilio_api) == []  # not ready yet: nothing told
        # Both servers race: the host's commit wakes the first at once, the second polls, and
        # threads of both run passes at the same moment.
        barrier = threading.Barrier(4)

        def race(app: Flask) -> None:
            barrier.wait()
            for _ in range(3):
                run_pass(get_state(app))

        racers = [threading.Thread(target=race, args=(app,)) for app in (texts_app, other, texts_app, other)]
        mark_ready(texts_app, placed["order_number"])
        for racer in racers:
            racer.start()
        for racer in racers:
            racer.join(10)
        wait_for(lambda: notices(texts_app)[0].status == "sent", what="the ready notice sent")
        done = first.passes, second.passes
        wait_for(lambda: first.passes > done[0] + 2 and second.passes > done[1] + 2, what="more passes")
    finally:
        stop_notifier(other)
        with other.app_context():
            get_state(other).db.session.remove()
            get_state(other).db.engine.dispose()
    [request] = creates(twilio_api)
    if channel == "call":
        assert request.path.endswith("/Calls.json") and request.value("From") == SENDER
        twiml = request.value("Twiml") or ""
        assert twiml.startswith("<?xml") and "<Say>" in twiml and "is ready for pickup" in twiml
        assert request.form["StatusCallbackEvent"] == ["initiated", "ringing", "answered", "completed"]
    else:
        assert request.path.endswith("/Messages.json")
        assert "is ready for pickup" in (request.value("Body") or "")
    assert request.value("To") == PHONE


def test_a_status_change_by_another_process_is_found_by_the_periodic_check(
        texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    placed = place_order(texts_app, updates={"ready_notice": "text"})
    # raw SQL on its own connection: no session commit to see
    with texts_app.app_context(), get_state(texts_app).db.engine.begin() as connection:
            connection.execute(sa.text("UPDATE orders SET status = 'ready' WHERE order_number = :n"),
                               {"n": placed["order_number"]})
    configure(texts_app, READY_CHECK_SECONDS=0.02)
    background(texts_app)
    wait_for(lambda: notices(texts_app)[0].status == "sent", what="the periodic check")
    assert len(creates(twilio_api)) == 1


# ------------------------------------------------------------------ status callbacks


def test_status_callbacks_must_be_signed(texts_app: Flask, twilio_api: FakeTwilioRest) -> None:
    place_order(texts_app, updates={"text_confirmation": True})
    run_pass(get_state(texts_app))
    [text] = notices(texts_app)
    path = f"/voice/notify-status?key={text.idempotency_key}"
    form = {"MessageSid": text.provider_sid, "MessageStatus": "undelivered", "ErrorCode": "30003",
            "AccountSid": TEST_SETTINGS["POS_VOICE_TWILIO_ACCOUNT_SID"]}
    client = texts_app.test_client()
    assert client.post(path, data=form).status_code == 403
    assert client.post(path, data=form, headers={"X-Twilio-Signature": "forged"}).status_code == 403
    signed_for_another = post_signed(texts_app, "/voice/notify-status?key=other", form)
    assert signed_for_another.status_code == 204  # valid for its own URL: no row has that key
    assert notices(texts_app)[0].delivery_status in (None, "queued")
    assert post_signed(texts_app, path, form).status_code == 204
    late = post_signed(texts_app, path, {**form, "MessageStatus": "sent", "ErrorCode": ""})
    assert late.status_code == 204  # a late, earlier status does not undo the final one
    row = notices(texts_app)[0]
    assert (row.delivery_status, row.error_code) == ("undelivered", 30003)


# ------------------------------------------------------------------ the words and the link


def test_payment_links_from_a_template_or_a_callable(demo_app: Flask) -> None:
    from decimal import Decimal

    order = messages.PlacedOrder(42, "1042", "pickup", Decimal("21.6"), ("1 large Pepperoni Pizza",), None)
    settings = get_state(demo_app).settings
    link = messages.payment_link(settings.model_copy(update={"payment_link": LINK}), order)
    assert link == "https://pay.example.com/o/42?amount=21.60"
    called = messages.payment_link(settings.model_copy(update={
        "payment_link": lambda o: f"https://pay.example.com/{o['order_number']}/{o['currency']}"}), order)
    assert called == "https://pay.example.com/1042/USD"
    for bad, why in [("https://pay.example.com/{card}", "unknown placeholders"),
                     ("http://pay.example.com/{order_id}", "https URL"),
                     ("no_such_module:link", "cannot be imported")]:
        with pytest.raises(messages.LinkError, match=why):
            messages.payment_link(settings.model_copy(update={"payment_link": bad}), order)
    assert messages.payment_link(settings, order) is None


def test_check_reports_messaging_readiness(texts_app: Flask) -> None:
    from pos_voice.readiness import messaging_report

    demo_app = texts_app
    settings = get_state(demo_app).settings
    assert messaging_report(settings.model_copy(update={"messaging_from": None})) == (
        ["Texts: off (POS_VOICE_MESSAGING_FROM is not set)"], [])
    lines, problems = messaging_report(get_state(demo_app).settings)
    assert problems == [] and any("payment link" in line for line in lines)
    output = demo_app.test_cli_runner().invoke(args=["pos-voice", "check"]).output
    assert "payment link in the confirmation, e.g. https://pay.example.com/o/123?amount=21.60" in output
    assert "Ready notices: a text or a call when an order's status is ready" in output
    configure(demo_app, PAYMENT_LINK="https://pay.example.com/{card_number}", TWILIO_ACCOUNT_SID="")
    lines, problems = messaging_report(get_state(demo_app).settings)
    assert any("TWILIO_ACCOUNT_SID" in p for p in problems) and any("card_number" in p for p in problems)


def test_simulate_sends_the_calls_texts_to_the_fake_twilio_api(demo_app: Flask) -> None:
    from pos_voice.testing import run_simulation
    from pos_voice.testing.scripts import SCRIPTS

    result = run_simulation(demo_app, SCRIPTS["text"]("Tony's Pizza"))
    assert result.problems == [], result.lines()
    [text] = result.texts
    assert text["kind"] == "Text" and text["to"] == PHONE and "order #" in text["body"]
    assert any(line.startswith(f"Text to {PHONE}: Tony's Pizza: order #") for line in result.lines())
    rows = notices(demo_app)
    assert [(n.kind, n.status) for n in rows] == [("confirmation", "sent")]
    settings = get_state(demo_app).settings  # the rehearsal's stand-ins are gone again
    assert settings.twilio_api_base_url == "https://api.twilio.com" and settings.messaging_from is None


def test_what_the_model_is_told_about_texts(demo_app: Flask, twilio_api: FakeTwilioRest) -> None:
    from pos_voice.tools.instructions import static_instructions

    def ask(arguments: dict[str, t.Any]) -> dict[str, t.Any]:
        with demo_app.app_context():
            tools = get_state(demo_app).tools
            ctx = tools.start_call(None, "CA" + "9" * 32, PHONE)
            answer = tools.invoke(ctx, "order_updates", json.dumps(arguments))
            return t.cast(dict[str, t.Any], json.loads(answer.output))

    off = ask({"text_confirmation": True})  # no sender configured: nothing to offer
    assert off["ok"] is False and "don't offer a text" in off["next"]
    assert "order_updates" not in static_instructions(get_state(demo_app).settings)
    texts_on(demo_app, twilio_api, READY_STATUSES=[], PAYMENT_LINK=None)
    prompt = static_instructions(get_state(demo_app).settings)
    assert "ask once whether they'd like a text with the order details. Record the answer with " \
        "order_updates" in prompt and "secure link" not in prompt and "No payment by phone" in prompt
    refused = ask({"ready_notice": "call"})
    assert refused["ok"] is False and "don't tell callers when the order is ready" in refused["error"]
    agreed = ask({"text_confirmation": True, "ready_notice": "none"})
    assert agreed == {"ok": True, "text_confirmation": True, "ready_notice": "none", "note": (
        "A text with the order number, items, total and ready time will go to the callback number after the "
        "order is placed.")}
    texts_on(demo_app, twilio_api, VOICE_FROM=None, MESSAGING_FROM="MG" + "1" * 32)
    prompt = static_instructions(get_state(demo_app).settings)
    assert "(it has a secure link to pay online) and whether they want a text when the order is ready" \
        in prompt
    assert "or online with the secure link in the confirmation text" in prompt
    no_call = ask({"ready_notice": "call"})  # a Messaging Service cannot ring anyone
    assert no_call["ok"] is False and "(we offer a text)" in no_call["error"]
