"""`flask pos-voice simulate` at any hour: the showcase places its order whether the shop is
open or closed, the `hours` script shows the closed case, and a call the app will not end stops
at once instead of waiting out the timeout.

The shop's clock is injected (``services.clock``): the wall clock moved so that the shop's local
time reads the wanted hour today, and runs on from there. Every code path of the real server
that asks the shop's time (submit_order's opening-hours check, get_hours, the instructions)
reads it.
"""

from __future__ import annotations

import re
import typing as t

import pytest

from pos_voice.extension import get_state
from pos_voice.services import Clock
from pos_voice.settings import DEFAULT_HOURS
from pos_voice.testing import Script, run_simulation
from tests.conftest import configure
from tests.support.clock import ShiftedClock

#: Local hours against the default opening hours (11:00-22:00, Fri/Sat to 23:00, Sun 12:00-21:00):
#: closed before opening, open, closed after closing, on every day of the week.
CLOSED_MORNING, OPEN_AFTERNOON, CLOSED_NIGHT = 7, 15, 23


def shop_clock_at(app: t.Any, hour: int) -> None:
    """The default opening hours, and the shop's local time at ``hour``:30 today."""
    configure(app, HOURS=DEFAULT_HOURS)
    services = get_state(app)
    local = Clock().local_now(services.settings.timezone)
    services.clock = ShiftedClock(local.replace(hour=hour, minute=30, second=0, microsecond=0) - local)


def simulate(app: t.Any, script: str) -> t.Any:
    return app.test_cli_runner().invoke(args=["pos-voice", "simulate", "--script", script, "--timeout", "10"])


@pytest.mark.parametrize("hour", [CLOSED_MORNING, OPEN_AFTERNOON, CLOSED_NIGHT])
def test_the_showcase_places_its_order_at_any_hour(demo_app: t.Any, hour: int) -> None:
    shop_clock_at(demo_app, hour)
    services = get_state(demo_app)
    assert services.clock.local_now(services.settings.timezone).hour == hour
    result = simulate(demo_app, "pepperoni")
    assert result.exit_code == 0, result.output
    assert "PROBLEM" not in result.output
    assert "Order #" in result.output and "pickup for Sam" in result.output
    assert "we're closed" not in result.output
    closed_note = "the shop is closed now and opens"
    assert (closed_note in result.output.lower()) == (hour != OPEN_AFTERNOON), result.output
    assert services.settings.accept_orders_when_closed is False  # restored after the call


@pytest.mark.parametrize(("hour", "open_now"), [(CLOSED_MORNING, False), (OPEN_AFTERNOON, True),
                                                (CLOSED_NIGHT, False)])
def test_the_hours_script_shows_the_closed_case(demo_app: t.Any, hour: int, open_now: bool) -> None:
    shop_clock_at(demo_app, hour)
    result = simulate(demo_app, "hours")
    assert result.exit_code == 0, result.output
    assert f'"open_now":{str(open_now).lower()}' in result.output
    if not open_now:
        assert '"opens_next":' in result.output
        assert "assistant: We're closed right now; we open " in result.output
        assert "submit_order refuses orders until then" in result.output
    else:
        assert '"closes":' in result.output and "closed now" not in result.output
        # 10 PM; 11 PM on Fridays and Saturdays; 9 PM on Sundays
        assert re.search(r"assistant: We're open right now, and we close today at (9|10|11) PM",
                         result.output)


def test_a_call_the_app_will_not_end_stops_at_once(demo_app: t.Any) -> None:
    # The order is never submitted, so end_call is refused and the fake model has nothing more to say.
    script = (Script().greet("Hello!")
              .when_caller_says("A cannoli, please.")
              .call_tool("add_item", {"item_name": "cannoli"})
              .say_and_call("Bye!", "end_call", {"reason": "done"}))
    result = run_simulation(demo_app, script, timeout=60)
    assert len(result.problems) == 1, result.problems
    assert "end_call was refused (the order has items but was not placed)" in result.problems[0]
    assert "within 60" not in result.problems[0]


def test_rehearsals_are_not_held_back_by_the_caller_rate_limit(demo_app: t.Any) -> None:
    configure(demo_app, CALLER_RATE_LIMIT_CALLS=1)
    for _ in range(2):
        result = simulate(demo_app, "pepperoni")
        assert result.exit_code == 0 and "Order #" in result.output, result.output
    assert get_state(demo_app).settings.caller_rate_limit_calls == 1


def test_the_spanish_script_switches_the_call_and_orders_in_spanish(demo_app: t.Any) -> None:
    result = simulate(demo_app, "spanish")
    assert result.exit_code == 1
    assert ("cannot play 'spanish': the 'spanish' script needs Spanish on the line: set "
            'POS_VOICE_LANGUAGES = ["en", "es"] (it offers en now)') in result.output
    configure(demo_app, LANGUAGES=["en", "es"])
    result = simulate(demo_app, "spanish")
    assert result.exit_code == 0, result.output
    assert "PROBLEM" not in result.output
    assert '-> {"ok":true,"language":"es"' in result.output, result.output  # set_language accepted
    assert "Order #" in result.output and "pickup for Ana" in result.output
