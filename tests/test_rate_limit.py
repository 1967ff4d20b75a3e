"""The caller rate limit, counted in the database: two app instances (two processes behind a
load balancer) on one database, real signed webhooks over real sockets."""

from __future__ import annotations

import typing as t
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import timedelta

import pytest
import sqlalchemy as sa

from pos_voice.extension import get_state
from pos_voice.models import NEXT_HANGUP, REFUSED, TRANSFERRED
from pos_voice.settings import Settings
from tests.conftest import TEST_SETTINGS, configure
from tests.support.servers import serve
from tests.test_telephony import OUR_NUMBER, PUBLIC, STAFF, call_events, calls, sign

REGULAR = "+12125550123"


@pytest.fixture
def two_processes(demo_app: t.Any, database_url: str) -> Iterator[tuple[list[t.Any], list[int]]]:
    """The demo app and a second instance of it on the same database, each on its own port."""
    from pizzeria_pos import create_app

    other = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    apps = [demo_app, other]
    for app in apps:
        configure(app, MAX_CONCURRENT_CALLS=100)  # capacity is not what this is about
    with ExitStack() as stack:
        ports = [stack.enter_context(serve(app)) for app in apps]
        yield apps, ports
    with other.app_context():
        other.extensions["sqlalchemy"].engine.dispose()


class Twilio:
    """Posts signed /incoming webhooks, alternating between the two servers like a load balancer."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.count = 0

    def incoming(self, caller: str) -> ET.Element:
        self.count += 1
        form = {"CallSid": f"CA{self.count:032d}", "AccountSid": "AC" + "0" * 32, "From": caller,
                "To": OUR_NUMBER, "CallStatus": "ringing", "Direction": "inbound"}
        port = self.ports[self.count % len(self.ports)]
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/voice/incoming", data=urllib.parse.urlencode(form).encode(),
            headers={"X-Twilio-Signature": sign(f"{PUBLIC}/voice/incoming", form),
                     "Content-Type": "application/x-www-form-urlencoded"}, method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            return ET.fromstring(response.read())


def routed(root: ET.Element) -> str:
    if root.find("Connect/Stream") is not None:
        return "assistant"
    if root.find("Dial") is not None:
        assert root.findtext("Dial/Number") == STAFF
        return "staff"
    assert root.find("Hangup") is not None
    return "refused"


def test_on_by_default_with_sane_numbers() -> None:
    defaults = Settings()
    assert (defaults.caller_rate_limit_calls, defaults.caller_rate_limit_minutes,
            defaults.caller_rate_limit_action) == (5, 10, "staff")


def test_a_number_calling_too_often_goes_to_staff_across_processes(two_processes: t.Any) -> None:
    apps, ports = two_processes
    twilio = Twilio(ports)
    answers = [routed(twilio.incoming(REGULAR)) for _ in range(7)]
    assert answers == ["assistant"] * 5 + ["staff"] * 2  # calls 6 and 7, on both servers
    assert routed(twilio.incoming("+14158675309")) == "assistant"  # another number is not affected
    rows = {c.call_sid: c for c in calls(apps[0])}
    sixth = rows[f"CA{6:032d}"]
    assert (sixth.disposition, sixth.transfer_reason) == (TRANSFERRED, "caller rate limit")
    assert call_events(apps[1], sixth.call_sid)[0][1]["routed"] == "staff"


def test_the_refusal_is_polite_and_recorded(two_processes: t.Any) -> None:
    apps, ports = two_processes
    for app in apps:
        configure(app, CALLER_RATE_LIMIT_CALLS=2, CALLER_RATE_LIMIT_ACTION="refuse")
    twilio = Twilio(ports)
    answers = [twilio.incoming(REGULAR) for _ in range(3)]
    assert [routed(a) for a in answers] == ["assistant", "assistant", "refused"]
    said = answers[2].findtext("Say") or ""
    assert "Thanks for calling Tony's Pizza" in said and "try again a little later" in said
    refused = next(c for c in calls(apps[0]) if c.call_sid == f"CA{3:032d}")
    assert (refused.state, refused.disposition, refused.next_action) == ("ended", REFUSED, NEXT_HANGUP)
    assert call_events(apps[0], refused.call_sid)[0][1] == {
        "from": REGULAR, "to": OUR_NUMBER, "direction": "inbound", "routed": "refused",
        "reason": "caller rate limit"}
    # Twilio retrying that webhook hears the same refusal (on the other server).
    twilio.count = 2
    assert routed(twilio.incoming(REGULAR)) == "refused"
    assert len(calls(apps[0])) == 3


def test_withheld_numbers_count_together(two_processes: t.Any) -> None:
    apps, ports = two_processes
    for app in apps:
        configure(app, CALLER_RATE_LIMIT_CALLS=3)
    twilio = Twilio(ports)
    # Twilio's spellings of a withheld caller ID: all the same (unknown) caller.
    answers = [routed(twilio.incoming(caller)) for caller in
               ("anonymous", "+266696687", "Restricted", "anonymous", "")]
    assert answers == ["assistant"] * 3 + ["staff"] * 2
    assert all(c.phone_from is None for c in calls(apps[0]))
    assert routed(twilio.incoming(REGULAR)) == "assistant"


def test_only_calls_inside_the_window_count(two_processes: t.Any) -> None:
    apps, ports = two_processes
    for app in apps:
        configure(app, CALLER_RATE_LIMIT_CALLS=2, CALLER_RATE_LIMIT_MINUTES=10)
    twilio = Twilio(ports)
    assert [routed(twilio.incoming(REGULAR)) for _ in range(3)] == ["assistant", "assistant", "staff"]
    with apps[1].app_context():  # the calls were eleven minutes ago
        state = get_state()
        model = state.models.VoiceCall
        state.db.session.execute(sa.update(model).values(started_at=model.started_at - timedelta(minutes=11)))
        state.db.session.commit()
    assert routed(twilio.incoming(REGULAR)) == "assistant"
    for app in apps:
        configure(app, CALLER_RATE_LIMIT_CALLS=0)  # off
    assert [routed(twilio.incoming(REGULAR)) for _ in range(3)] == ["assistant"] * 3


def test_a_misspelt_action_is_reported_and_staff_stands_in(demo_app: t.Any) -> None:
    configure(demo_app, CALLER_RATE_LIMIT_ACTION="refused", CALLER_RATE_LIMIT_CALLS=-1)
    services = get_state(demo_app)
    keys = {p.key for p in services.problems}
    assert {"POS_VOICE_CALLER_RATE_LIMIT_ACTION", "POS_VOICE_CALLER_RATE_LIMIT_CALLS"} <= keys
    settings = services.settings
    assert (settings.caller_rate_limit_action, settings.caller_rate_limit_calls) == ("staff", 5)
