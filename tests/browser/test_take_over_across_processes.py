"""*Take this call* in Chromium on a call running in another server process (issue 11 item 6).

A real deployment (tests/support/deployment.py): two gunicorn processes of the demo POS behind
nginx, one PostgreSQL database. The call's webhooks and media stream go to process 0 only; staff
log in and press the button on process 1's live page, which holds no session of that call. Only
the database links the two: the button writes the request on the call's row, the call's own
process reads it (``bridge/take_watch.py``), the assistant says its hand-off line, and Twilio's
next step (``/stream-ended``) dials staff.

PostgreSQL only (several processes share it) and nginx, as tests/test_deployment.py.
"""

from __future__ import annotations

import typing as t
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from pos_voice.bridge.handover import HAND_OFF
from pos_voice.testing import FakeRealtimeServer, Script
from tests.browser.conftest import log_in, screenshot
from tests.support.databases import fresh_database, using_postgres
from tests.support.deployment import STAFF_PHONE, Deployment, RoutedCaller, nginx_binary, wait_until

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.timeout(180),
    pytest.mark.skipif(not using_postgres(), reason="several processes share PostgreSQL "
                       "(set POS_VOICE_TEST_POSTGRES_URL)"),
    pytest.mark.skipif(not nginx_binary(), reason="nginx is not installed"),
]

GREETING = "Thanks for calling Tony's Pizzeria! What can I get started for you today?"
HAND_OFF_LINE = "Of course, I'm passing you to a member of our team now. Please hold."
CALLER = "+15550142290"
CALL_PROCESS, STAFF_PROCESS = 0, 1


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[tuple[Deployment, FakeRealtimeServer, sa.Engine]]:
    # The model greets, then waits; its next response is whatever the bridge asks next: the
    # hand-off line (the caller says nothing, so nothing else asks).
    script = Script().greet(GREETING, audio_ms=400).say(HAND_OFF_LINE, audio_ms=400)
    with (FakeRealtimeServer(script, step_timeout=30) as fake,
          fresh_database(tmp_path / "db") as url,
          Deployment(tmp_path / "deployment", url, realtime_url=fake.url,
                     settings={"POS_VOICE_TAKE_POLL_SECONDS": "0.2"}) as running):
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        try:
            yield running, fake, engine
        finally:
            engine.dispose()


def _row(db: sa.Engine, call_sid: str) -> dict[str, t.Any]:
    with db.connect() as conn:
        return dict(conn.execute(sa.text("SELECT * FROM voice_calls WHERE call_sid = :sid"),
                                 {"sid": call_sid}).one()._mapping)


def _events(db: sa.Engine, call_id: int, kind: str) -> list[t.Any]:
    with db.connect() as conn:
        return list(conn.execute(sa.text("SELECT event_data FROM voice_call_events WHERE call_id = :id "
                                         "AND event_type = :kind ORDER BY id"), {"id": call_id, "kind": kind})
                    .scalars())


def test_staff_take_a_call_that_another_process_is_running(
        deployment: tuple[Deployment, FakeRealtimeServer, sa.Engine], page: t.Any) -> None:
    running, fake, db = deployment
    webhooks = ("incoming", "stream", "stream-ended", "dial-ended", "status")
    everything_on_0 = dict.fromkeys(webhooks, CALL_PROCESS)
    caller = RoutedCaller(running, everything_on_0, caller=CALLER)
    with caller:
        caller.start_call()
        session = fake.wait_for_session(0, timeout=20)
        caller.wait_for_audio(timeout=20)  # the greeting: the assistant is on the line
        staff_url = running.route(STAFF_PROCESS)
        log_in(page, staff_url)
        page.goto(f"{staff_url}/voice/live")
        card = page.locator(f"article[data-call-sid='{caller.call_sid}']")
        card.wait_for()
        screenshot(page, "take-over-other-process-live")
        card.get_by_role("button", name="Take this call").click()
        page.wait_for_url(f"{staff_url}/voice/live")
        # The call's process hears of it through the row and has the assistant hand over.
        hand_off = session.wait_for("response.create", count=2, timeout=20)
        assert hand_off["response"]["instructions"].endswith(HAND_OFF)
        after = caller.wait_for_server_hangup(timeout=30)
    assert after is not None and after.findtext("Dial/Number") == STAFF_PHONE  # the caller's leg to staff
    assert caller.dialed == STAFF_PHONE
    call = _row(db, caller.call_sid)
    assert call["take_requested_by"] == "staff" and call["take_requested_at"] is not None
    assert (call["state"], call["disposition"], call["next_action"]) == ("ended", "transferred", "transfer")
    assert call["transfer_reason"] == "staff took the call from the assistant"
    assert [event["taken"] for event in _events(db, call["id"], "take")] == [True]
    # The button was pressed on the other process; the call never left its own.
    wait_until(lambda: any(e.path == "/voice/status" for e in running.proxy_log()), 10, "the proxy's log")
    served = {(e.method, e.path): e.process for e in running.proxy_log()}
    assert served[("POST", f"/voice/calls/{call['id']}/take")] == STAFF_PROCESS
    assert served[("GET", "/voice/stream")] == CALL_PROCESS
    assert {process for (_, path), process in served.items() if path.startswith("/voice/")
            and path.rsplit("/", 1)[-1] in webhooks} == {CALL_PROCESS}
    fake.assert_no_protocol_errors()
