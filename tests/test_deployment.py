"""Several processes behind a real proxy: two gunicorn gevent processes of the demo POS behind
nginx (``examples/nginx.conf``), sharing one PostgreSQL database (tests/support/deployment.py).

A call's webhook, media stream, ``/stream-ended`` and status callback are sent to different
processes on purpose (the proxy's pinned ports), as a load balancer may do, and the call must
still place its order, transfer, hang up and be recorded; capacity is counted across
processes; a staff member logged in on one process sees every live call on any process.

PostgreSQL only (``POS_VOICE_TEST_POSTGRES_URL``, as ``.ci/run`` sets): SQLite is not a
database several servers share. Needs nginx (Debian's package; ``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import os
import re
import time
import typing as t
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar

import pytest
import sqlalchemy as sa

from pos_voice.bridge.handover import RESTART_REASON
from pos_voice.testing import FakeRealtimeServer, Script, scripts
from pos_voice.testing.fake_realtime import FakeSession
from pos_voice.testing.fake_twilio_rest import FakeTwilioRest
from tests.support.databases import fresh_database, using_postgres
from tests.support.deployment import (
    AUTH_TOKEN,
    STAFF_PHONE,
    Deployment,
    ProxyEntry,
    RoutedCaller,
    get_json,
    nginx_binary,
    wait_until,
)

BUSINESS = "Tony's Pizzeria"
ACCOUNT_SID = "AC" + "d" * 32
SENDER = "+15550100999"
MAX_CALLS = 3
DRAIN_SECONDS = 40

if not nginx_binary() and os.environ.get("CI"):  # CI installs nginx: its absence is a failure there
    raise RuntimeError("nginx is not installed: .ci/run installs the Debian package")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(240),
    pytest.mark.skipif(not using_postgres(), reason="several processes share PostgreSQL "
                       "(set POS_VOICE_TEST_POSTGRES_URL)"),
    pytest.mark.skipif(not nginx_binary(), reason="nginx is not installed"),
]


class Plan:
    """What the fake model plays on its next connections (tests run one after another)."""

    def __init__(self) -> None:
        self.script: t.Callable[[], Script] = lambda: scripts.pepperoni(BUSINESS)

    def __call__(self, index: int) -> Script:
        return self.script()


PLAN = Plan()


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(PLAN, step_timeout=20) as server:
        yield server


@pytest.fixture(scope="module")
def twilio_api() -> Iterator[FakeTwilioRest]:
    """Twilio's REST API (texts and calls the processes send), on loopback."""
    with FakeTwilioRest(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) as fake:
        yield fake


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database(tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory, database_url: str,
               fake: FakeRealtimeServer, twilio_api: FakeTwilioRest) -> Iterator[Deployment]:
    workdir = tmp_path_factory.mktemp("deployment")
    with Deployment(workdir, database_url, realtime_url=fake.url,
                    settings={"POS_VOICE_MAX_CONCURRENT_CALLS": str(MAX_CALLS),
                              "POS_VOICE_DRAIN_SECONDS": str(DRAIN_SECONDS),
                              # texts and ready notices, to the fake REST API
                              "POS_VOICE_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
                              "POS_VOICE_MESSAGING_FROM": SENDER,
                              "POS_VOICE_TWILIO_API_BASE_URL": twilio_api.base_url,
                              "POS_VOICE_READY_STATUSES": ["ready"],
                              "POS_VOICE_READY_CHECK_SECONDS": 0.2}) as running:
        yield running


@pytest.fixture(scope="module")
def db(database_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    yield engine
    engine.dispose()


def call_row(db: sa.Engine, call_sid: str) -> dict[str, t.Any]:
    with db.connect() as conn:
        query = sa.text("SELECT * FROM voice_calls WHERE call_sid = :sid")
        return dict(conn.execute(query, {"sid": call_sid}).one()._mapping)


def event_types(db: sa.Engine, call_id: int) -> list[str]:
    with db.connect() as conn:
        return list(conn.execute(sa.text("SELECT event_type FROM voice_call_events WHERE call_id = :id "
                                         "ORDER BY id"), {"id": call_id}).scalars())


def host_order(db: sa.Engine, order_id: int) -> dict[str, t.Any]:
    with db.connect() as conn:
        query = sa.text("SELECT * FROM orders WHERE id = :id")
        return dict(conn.execute(query, {"id": order_id}).one()._mapping)


def drive(caller: RoutedCaller, session: FakeSession, *, after: int = -1,
          until_step: int | None = None) -> int:
    """Speak whenever the fake model waits for the caller (stopping at the cue of ``until_step``);
    returns the last step answered (to go on from with ``after``)."""
    last = after
    while (cue := session.wait_for_caller_cue(after=last, timeout=20)) is not None:
        if until_step is not None and cue.step >= until_step:
            return last
        last = cue.step
        caller.wait_until_quiet(quiet=0.15, timeout=20)
        caller.speak(800)
    return last


def new_session(fake: FakeRealtimeServer, before: int) -> FakeSession:
    return fake.wait_for_session(before, timeout=20)


def served(entries: list[ProxyEntry], path_end: str) -> list[int | None]:
    return [entry.process for entry in entries if entry.path.endswith(path_end)]


def test_a_call_spread_over_both_processes_places_its_order_and_hangs_up(
        deployment: Deployment, fake: FakeRealtimeServer, db: sa.Engine) -> None:
    PLAN.script = lambda: scripts.pepperoni(BUSINESS)
    log_before = len(deployment.proxy_log())
    sessions_before = len(fake.sessions)
    caller = RoutedCaller(deployment, {"incoming": 0, "stream": 1, "stream-ended": 0, "status": 1},
                          caller="+15550142277")
    with caller:
        caller.start_call()
        assert caller.stream_url, caller.exchanges[-1].body
        drive(caller, new_session(fake, sessions_before))
        after = caller.wait_for_server_hangup(timeout=20)
    assert after is not None and after.find("Hangup") is not None
    # nginx logs a request once its answer has gone out: wait for the last one's line
    wait_until(lambda: served(deployment.proxy_log()[log_before:], "/voice/status"), 10, "the proxy's log")
    requests = deployment.proxy_log()[log_before:]
    assert served(requests, "/voice/incoming") == [0]
    assert served(requests, "/voice/stream") == [1]
    assert served(requests, "/voice/stream-ended") == [0]
    assert served(requests, "/voice/status") == [1], requests
    call = call_row(db, caller.call_sid)
    assert (call["state"], call["disposition"], call["next_action"]) == ("ended", "completed", "hangup")
    assert call["order_id"] is not None and call["duration_seconds"] is not None
    order = host_order(db, call["order_id"])
    assert order["customer_name"] == "Sam" and order["source"] == "voice"
    kinds = event_types(db, call["id"])
    assert kinds[0] == "call_started" and "order_submitted" in kinds and kinds[-1] == "call_ended"
    assert kinds.count("call_ended") == 1
    fake.assert_no_protocol_errors()


def test_a_transfer_asked_on_one_process_is_dialled_by_the_other(
        deployment: Deployment, fake: FakeRealtimeServer, db: sa.Engine) -> None:
    PLAN.script = lambda: scripts.transfer(BUSINESS)
    sessions_before = len(fake.sessions)
    caller = RoutedCaller(deployment, {"incoming": 1, "stream": 0, "stream-ended": 1, "dial-ended": 0,
                                       "status": 0}, caller="+15550142278")
    with caller:
        caller.start_call()
        drive(caller, new_session(fake, sessions_before))
        after = caller.wait_for_server_hangup(timeout=20)
    assert after is not None and after.findtext("Dial/Number") == STAFF_PHONE
    assert caller.dialed == STAFF_PHONE
    call = call_row(db, caller.call_sid)
    assert (call["state"], call["disposition"], call["next_action"]) == ("ended", "transferred", "transfer")
    assert call["order_id"] is None
    kinds = event_types(db, call["id"])
    # /dial-ended records the staff leg's result ("dial") once the call itself has ended
    assert "transfer" in kinds and "dial" in kinds and [k for k in kinds if k != "dial"][-1] == "call_ended"


def test_capacity_counts_the_calls_of_every_process(deployment: Deployment, db: sa.Engine) -> None:
    """The seats fill with calls answered by either process; the next goes to staff wherever it lands."""
    callers = [RoutedCaller(deployment, {"incoming": index % 2, "status": 1 - index % 2},
                            caller=f"+155501430{index:02d}") for index in range(MAX_CALLS + 1)]
    try:
        answers = [caller.dial() for caller in callers]
        assert all(answer.find("Connect/Stream") is not None for answer in answers[:MAX_CALLS])
        last = answers[MAX_CALLS]
        assert last.find("Connect/Stream") is None and last.findtext("Dial/Number") == STAFF_PHONE
        assert call_row(db, callers[MAX_CALLS].call_sid)["transfer_reason"] == "over capacity"
        # A seat frees when its call ends on the other process; the next call gets it.
        callers[0]._post_status("completed")
        another = RoutedCaller(deployment, {"incoming": 1}, caller="+15550143099")
        callers.append(another)
        assert another.dial().find("Connect/Stream") is not None
    finally:
        for caller in callers:
            caller._post_status("completed")


def staff_opener(deployment: Deployment, process: int) -> urllib.request.OpenerDirector:
    """A browser-like client logged in as staff through the proxy's route to ``process``."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{deployment.route(process)}/login", timeout=10).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, page[:500]
    form = urllib.parse.urlencode({"username": "staff", "password": "pizza", "csrf_token": token.group(1)})
    opener.open(f"{deployment.route(process)}/login", data=form.encode(), timeout=10).read()
    return opener


def test_staff_on_any_process_see_every_live_call(deployment: Deployment, fake: FakeRealtimeServer) -> None:
    PLAN.script = lambda: scripts.pepperoni(BUSINESS)
    callers: list[RoutedCaller] = []
    try:
        for index in range(2):  # one call streaming on each process, left waiting mid-order
            before = len(fake.sessions)
            caller = RoutedCaller(deployment, {"incoming": index, "stream": index, "status": index},
                                  caller=f"+1555014310{index}")
            callers.append(caller)
            caller.start_call()
            session = new_session(fake, before)
            drive(caller, session, until_step=5)  # ordered the pepperoni; the fake waits at "anything else?"
        staff = staff_opener(deployment, 0)  # logged in on process 0, the cookie works on process 1 too

        def live(process: int) -> dict[str, dict[str, t.Any]]:
            body = json.loads(staff.open(f"{deployment.route(process)}/voice/live.json", timeout=10).read())
            return {call["call_sid"]: call for call in body["calls"]}

        def priced(process: int) -> bool:  # the tools write the priced cart through the call's recorder
            calls = live(process)
            return all(((calls.get(c.call_sid) or {}).get("cart") or {}).get("total") for c in callers)

        for process in (0, 1):
            wait_until(lambda: priced(process), 15, f"both priced carts on process {process}")  # noqa: B023
            calls = live(process)
            assert {c.call_sid for c in callers} <= set(calls), (process, calls)
            for index, caller in enumerate(callers):
                call = calls[caller.call_sid]
                assert call["in_process"] == (index == process)  # the other process's call: from the DB
                assert [line["text"] for line in call["cart"]["lines"]] == ["a large pepperoni pizza"]
                assert call["cart"]["order_type"] == "pickup" and call["cart"]["total"] == "20.68"
        # What was said reaches the other process too, once the serving process has written it.
        wait_until(lambda: all(live(1 - index)[caller.call_sid]["transcript"]
                               for index, caller in enumerate(callers)), 15, "transcripts in the database")
    finally:
        for caller in callers:
            caller.hangup()
            caller.close()


def test_a_stopping_process_takes_no_new_call_and_lets_its_live_call_finish(
        deployment: Deployment, fake: FakeRealtimeServer, db: sa.Engine) -> None:
    """SIGTERM (a restart) to the process serving a call: it says it is draining, the proxy gives
    the next call to the other process, the live call places its order, then the process exits."""
    PLAN.script = lambda: scripts.pepperoni(BUSINESS)
    before = len(fake.sessions)
    live = RoutedCaller(deployment, {"incoming": 0, "stream": 0}, caller="+15550143201")
    newcomers = [RoutedCaller(deployment, {}, caller=f"+1555014320{n}") for n in (2, 3)]  # balanced
    stopping = deployment.processes[0]
    try:
        live.start_call()
        session = new_session(fake, before)
        step = drive(live, session, until_step=5)
        assert stopping.health()["active_calls"] == 1
        stopping.terminate()
        wait_until(lambda: stopping.health().get("status") == "draining", 10, "process 0 to drain")
        assert get_json(f"{stopping.url}/voice/health")[0] == 503
        log_before = len(deployment.proxy_log())
        for caller in newcomers:  # the balanced port: round robin offers process 0 one of them
            assert caller.dial().find("Connect/Stream") is not None
        for caller in newcomers:
            caller._post_status("completed")
        wait_until(lambda: len(served(deployment.proxy_log()[log_before:], "/voice/incoming")) == 2, 10,
                   "the proxy's log")
        incoming = [e for e in deployment.proxy_log()[log_before:] if e.path.endswith("/voice/incoming")]
        assert [entry.process for entry in incoming] == [1, 1]
        # process 0 answered 503 to the one it was offered, and nginx asked process 1 instead
        assert sorted(entry.tried for entry in incoming) == [[0, 1], [1]], incoming
        drive(live, session, after=step)  # the call on the stopping process goes on to the end
        after = live.wait_for_server_hangup(timeout=20)
        assert after is not None and after.find("Hangup") is not None
        assert stopping.wait(timeout=DRAIN_SECONDS) == 0  # it left once its call had ended
    finally:
        live.close()
        deployment.restart(0)
    call = call_row(db, live.call_sid)
    assert (call["disposition"], call["next_action"]) == ("completed", "hangup") and call["order_id"]
    assert "Worker graceful timeout" not in stopping.log_tail(20000)


def test_a_call_still_live_when_the_drain_runs_out_hears_why_and_reaches_staff(
        deployment: Deployment, fake: FakeRealtimeServer, db: sa.Engine) -> None:
    """SIGTERM with a drain too short for the live call: the call is handed to staff (the
    assistant's short message, then Twilio dials staff, answered by the other process), recorded
    as a transfer with the reason; then the process exits, within gunicorn's graceful timeout."""
    PLAN.script = lambda: scripts.pepperoni(BUSINESS)
    stopping = deployment.restart(0, settings={"POS_VOICE_DRAIN_SECONDS": "1"})
    before = len(fake.sessions)
    live = RoutedCaller(deployment, {"incoming": 0, "stream": 0, "stream-ended": 1, "status": 1},
                        caller="+15550143301")
    try:
        live.start_call()
        session = new_session(fake, before)
        drive(live, session, until_step=5)  # mid-order: the fake waits for the caller
        stopping.terminate()
        after = live.wait_for_server_hangup(timeout=30)
        assert after is not None and after.find("Dial") is not None  # staff take the call
        assert stopping.wait(timeout=30) == 0
    finally:
        live.close()
        deployment.restart(0)
    call = call_row(db, live.call_sid)
    assert (call["next_action"], call["disposition"]) == ("transfer", "transferred")
    assert call["transfer_reason"] == RESTART_REASON
    assert "transfer" in event_types(db, call["id"])
    assert "handing the caller to staff" in stopping.log_tail(20000)
    assert "Worker graceful timeout" not in stopping.log_tail(20000)


ROLLING_CALLS = 20


def test_a_rolling_restart_with_twenty_live_calls_ends_none_abruptly_and_loses_no_order(
        deployment: Deployment, fake: FakeRealtimeServer, db: sa.Engine) -> None:
    """Twenty calls live on both processes, mid-order; process 0 gets SIGTERM (a restart): every
    call goes on to place its order and hang up normally, and process 0 exits once its last call
    has ended, inside gunicorn's graceful timeout."""
    PLAN.script = lambda: scripts.pepperoni(BUSINESS)
    roomy = {"POS_VOICE_MAX_CONCURRENT_CALLS": str(ROLLING_CALLS * 2)}
    for index in (0, 1):
        deployment.restart(index, settings=roomy)
    callers = [RoutedCaller(deployment, {"incoming": n % 2, "stream": n % 2},
                            caller=f"+155501444{n:02d}") for n in range(ROLLING_CALLS)]
    stopping = deployment.processes[0]
    try:
        sessions: list[FakeSession] = []
        for caller in callers:  # started one after another, so each caller knows its model session
            before = len(fake.sessions)
            caller.start_call()
            assert caller.stream_url, caller.exchanges[-1].body
            sessions.append(new_session(fake, before))
        with ThreadPoolExecutor(max_workers=ROLLING_CALLS) as pool:
            steps = list(pool.map(lambda c, s: drive(c, s, until_step=5), callers, sessions))
            assert stopping.health()["active_calls"] == ROLLING_CALLS // 2
            stopping.terminate()
            wait_until(lambda: stopping.health().get("status") == "draining", 10, "process 0 to drain")
            endings = list(pool.map(_finish, callers, sessions, steps))
        assert all(after is not None and after.find("Hangup") is not None for after in endings), endings
        assert stopping.wait(timeout=DRAIN_SECONDS) == 0
    finally:
        for caller in callers:
            caller.close()
        for index in (0, 1):
            deployment.restart(index)
    for caller in callers:
        call = call_row(db, caller.call_sid)
        assert (call["disposition"], call["next_action"]) == ("completed", "hangup"), call
        assert call["order_id"] is not None and host_order(db, call["order_id"])["source"] == "voice"
    assert "Worker graceful timeout" not in stopping.log_tail(20000)
    fake.assert_no_protocol_errors()


def _finish(caller: RoutedCaller, session: FakeSession, step: int) -> t.Any:
    drive(caller, session, after=step)
    return caller.wait_for_server_hangup(timeout=30)


def ready_by_text(business: str) -> Script:
    """A pickup order whose caller wants a text when it is ready (no confirmation text)."""
    return (
        Script()
        .greet(f"Thanks for calling {business}! What can I get started for you today?")
        .when_caller_says("A large pepperoni pizza for pickup, please.")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("One large pepperoni pizza. Shall we text you when it's ready?")
        .when_caller_says("Yes, text me when it's ready.")
        .call_tool("order_updates", {"text_confirmation": False, "ready_notice": "text"})
        .say("Will do. Can I get a name for the order?")
        .when_caller_says("It's Sam.")
        .call_tool("submit_order", {"customer_name": "Sam"})
        .say_and_call("Thanks Sam, we'll text you when it's ready. Goodbye!", "end_call",
                      {"reason": "order placed"})
    )


def test_an_order_marked_ready_is_told_once_by_one_of_two_processes(
        deployment: Deployment, fake: FakeRealtimeServer, twilio_api: FakeTwilioRest, db: sa.Engine) -> None:
    """Both processes' notifiers look for ready orders (the status changed by neither: the POS's
    counter screen on a third connection); exactly one text reaches Twilio."""
    PLAN.script = lambda: ready_by_text(BUSINESS)
    before = len(fake.sessions)
    caller = RoutedCaller(deployment, {"incoming": 0, "stream": 0, "stream-ended": 1, "status": 1},
                          caller="+12125550188")
    with caller:
        caller.start_call()
        drive(caller, new_session(fake, before))
        assert caller.wait_for_server_hangup(timeout=20) is not None
    order_id = call_row(db, caller.call_sid)["order_id"]
    assert order_id is not None
    sent_before = [r for r in twilio_api.requests if r.method == "POST"]
    assert sent_before == []  # not ready yet: nothing told
    with db.begin() as conn:
        conn.execute(sa.text("UPDATE orders SET status = 'ready' WHERE id = :id"), {"id": order_id})

    def told() -> list[t.Any]:
        return [r for r in twilio_api.requests if r.method == "POST" and r.path.endswith("/Messages.json")]

    wait_until(lambda: len(told()) >= 1, 15, "the ready text")
    with db.connect() as conn:  # both processes' checks run several times over; still one text
        query = sa.text("SELECT status FROM voice_notifications WHERE kind = 'ready'")
        wait_until(lambda: conn.execute(query).scalars().all() == ["sent"], 10, "the notice marked sent")
    # No second text: watched over five more periodic checks of each process (an absence has no
    # event to wait for; a second claim would have sent within one check of the first).
    time.sleep(5 * 0.2)
    [text] = told()
    assert text.value("To") == "+12125550188" and "is ready for pickup" in (text.value("Body") or "")
