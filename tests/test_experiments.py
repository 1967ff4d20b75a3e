"""Prompt experiments: the intervals against published values, assignment by weight from the
CallSid, the settings' validation, the CLI, and two variants splitting real calls through the
bridge with their figures on the dashboard."""

from __future__ import annotations

import json
import re
import typing as t
from collections import Counter

import pytest
from flask import Flask

from pos_voice.experiments import choose_variant
from pos_voice.settings import Experiment, load_settings
from pos_voice.staff import intervals
from tests.support.bridge import function_call, rig
from tests.support.staff import log_in

# --- the intervals ------------------------------------------------------------------------------


def _close(interval: intervals.Interval | None, value: float, low: float, high: float,
           places: int = 4) -> None:
    assert interval is not None and interval.low is not None and interval.high is not None
    assert (round(interval.value, places), round(interval.low, places), round(interval.high, places)) == (
        round(value, places), round(low, places), round(high, places))


def test_wilson_and_newcombe_match_the_published_examples() -> None:
    # Newcombe (1998), Statistics in Medicine 17:857-872, Table II (score method, no correction).
    _close(intervals.wilson(81, 263), 81 / 263, 0.2553, 0.3662)
    _close(intervals.wilson(15, 148), 15 / 148, 0.0624, 0.1605)
    _close(intervals.wilson(0, 20), 0.0, 0.0, 0.1611)
    assert intervals.wilson(0, 0) is None
    # Newcombe (1998), Statistics in Medicine 17:873-890, method 10: 56/70 - 48/80 and 9/10 - 3/10.
    _close(intervals.rate_difference(48, 80, 56, 70), 0.2, 0.0524, 0.3339)
    _close(intervals.rate_difference(3, 10, 9, 10), 0.6, 0.1705, 0.8090)


def test_t_intervals_match_r() -> None:
    # qt(0.975, df) in R.
    for df, quantile in ((1, 12.7062), (2, 4.3027), (3, 3.1824), (5, 2.5706), (10, 2.2281), (30, 2.0423),
                         (100, 1.9840)):
        assert round(intervals.t_quantile(0.975, df), 4) == quantile
    assert intervals.t_quantile(0.025, 7) == pytest.approx(-intervals.t_quantile(0.975, 7))
    # t.test(1:10): 3.334149 7.665851; t.test(1:10, y = c(7:20)) (Welch): -11.052802 -4.947198.
    _close(intervals.mean_interval([float(v) for v in range(1, 11)]), 5.5, 3.334149, 7.665851, 6)
    _close(intervals.mean_difference([float(v) for v in range(7, 21)], [float(v) for v in range(1, 11)]),
           -8.0, -11.052802, -4.947198, 6)
    assert intervals.mean_interval([4.0]) == intervals.Interval(4.0, None, None)


def test_cost_per_order_is_the_mean_when_every_call_ordered() -> None:
    costs = [0.12, 0.30, 0.18, 0.25, 0.09]
    ratio = intervals.ratio_interval(costs, [1.0] * len(costs))
    mean = intervals.mean_interval(costs)
    assert ratio is not None and mean is not None
    assert (ratio.value, ratio.low, ratio.high) == pytest.approx((mean.value, mean.low, mean.high))
    # Half the calls ordered: twice the cost per order, from the same calls.
    half = intervals.ratio_interval(costs + [0.0] * 5, [1.0] * 5 + [0.0] * 5)
    assert half is not None and half.value == pytest.approx(sum(costs) / 5)
    assert intervals.ratio_interval([0.1, 0.2], [0.0, 0.0]) is None


# --- assignment ---------------------------------------------------------------------------------

SPEC = Experiment.model_validate({"variants": {"control": {"weight": 3}, "warm": {"weight": 1}}})


def test_variants_follow_the_weights_and_a_call_always_gets_the_same_one() -> None:
    sids = [f"CA{n:032x}" for n in range(20000)]
    counts = Counter(choose_variant("greet", SPEC, sid) for sid in sids)
    assert abs(counts["control"] / len(sids) - 0.75) < 0.015
    assert [choose_variant("greet", SPEC, sid) for sid in sids[:50]] == [
        choose_variant("greet", SPEC, sid) for sid in sids[:50]]
    # Another experiment's name reshuffles who gets what (no caller is always in "warm").
    other = [choose_variant("other", SPEC, sid) for sid in sids[:400]]
    assert other != [choose_variant("greet", SPEC, sid) for sid in sids[:400]]


def test_a_variant_changes_only_what_it_names() -> None:
    from pos_voice.experiments import Assignment
    from pos_voice.settings import Settings

    base = Settings(greeting="Hello", instructions_extra="Be brief.", upsell=True, voice="cedar")
    warm = Assignment("greet", "warm", greeting="Welcome!", upsell=False).apply(base)
    assert (warm.greeting, warm.instructions_extra, warm.upsell) == ("Welcome!", "Be brief.", False)
    assert warm.voice == "cedar"
    assert Assignment("greet", "control").apply(base) is base


@pytest.mark.parametrize(("value", "message"), [
    ({"a": {"variants": {"only": {}}}}, "at least 2 items"),
    ({"a": {"variants": {"x": {"weight": 0}, "y": {}}}}, "greater than 0"),
    ({"a": {"variants": {"x": {"greting": "hi"}, "y": {}}}}, "Extra inputs are not permitted"),
])
def test_a_bad_experiment_is_reported_by_its_key_and_none_runs(value: t.Any, message: str) -> None:
    settings, errors = load_settings({"POS_VOICE_EXPERIMENTS": value})
    assert settings.experiments == {}
    assert [key for key, _ in errors] == ["POS_VOICE_EXPERIMENTS"] and message in errors[0][1]


# --- the CLI and the calls ----------------------------------------------------------------------

EXPERIMENTS = {"greet": {"description": "A warmer greeting, no upsell", "variants": {
    "control": {"weight": 2},
    "warm": {"weight": 1, "greeting": "Say: Welcome to the warmest pizzeria in town!",
             "instructions": "Always mention the garlic knots.", "upsell": False}}}}


def _cli(app: Flask, *args: str) -> t.Any:
    return app.test_cli_runner().invoke(args=["pos-voice", "experiment", *args])


def test_the_cli_starts_stops_and_shows(demo_app: Flask) -> None:
    from tests.conftest import configure

    configure(demo_app, EXPERIMENTS=EXPERIMENTS)
    unknown = _cli(demo_app, "start", "nope")
    assert unknown.exit_code != 0 and "no experiment 'nope' in POS_VOICE_EXPERIMENTS (configured: greet)" in (
        unknown.output)
    assert "no experiment has been started" in _cli(demo_app, "show").output
    started = _cli(demo_app, "start", "greet")
    assert started.exit_code == 0 and "Experiment 'greet' running since" in started.output
    assert "control 67%, warm 33%" in started.output
    shown = _cli(demo_app, "show")
    assert shown.exit_code == 0 and "Experiment 'greet': running; control 'control'." in shown.output
    assert "control: 0 calls, 0 finished, 0 orders" in shown.output and "Conversion: no data" in shown.output
    assert _cli(demo_app, "stop").output.strip() == "Stopped 'greet'."
    assert _cli(demo_app, "stop").output.strip() == "No experiment is running."
    assert json.loads(_cli(demo_app, "show", "greet", "--json").output)["running"] is False


def _place_order(upstream: t.Any) -> None:
    for index, (name, arguments) in enumerate([
            ("start_order", {"order_type": "pickup"}),
            ("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1}),
            ("submit_order", {"customer_name": "Sam"})]):
        upstream.response(f"resp_{index}", [function_call(f"item_{index}", f"call_{index}", name, arguments)])
        assert json.loads(upstream.expect("conversation.item.create")["item"]["output"])["ok"] is True
        upstream.expect("response.create")


def test_two_variants_split_real_calls_by_weight_and_the_dashboard_compares_them(demo_app: Flask) -> None:
    with rig(demo_app, real_tools=True, EXPERIMENTS=EXPERIMENTS, CALLER_RATE_LIMIT_CALLS=0) as bridge:
        assert _cli(demo_app, "start", "greet").exit_code == 0
        seen: list[tuple[str, str]] = []
        spec = Experiment.model_validate(EXPERIMENTS["greet"])
        while Counter(v for _, v in seen)["warm"] < 2 or Counter(v for _, v in seen)["control"] < 3:
            caller = bridge.caller()
            expected = choose_variant("greet", spec, caller.call_sid)
            caller.dial()
            caller.connect()
            upstream = bridge.fake.accept()
            session = upstream.expect("session.update")["session"]
            greeting = json.dumps(upstream.expect("response.create"))
            warm = expected == "warm"
            assert ("garlic knots" in session["instructions"]) is warm
            assert ("warmest pizzeria" in greeting) is warm
            if not warm:
                _place_order(upstream)  # the control's callers order; the warm ones hang up
            caller.hang_up()
            call = bridge.wait_ended(caller.call_sid, timeout=15)
            assert (call.experiment, call.variant) == ("greet", expected)
            recorded = {"experiment": "greet", "variant": expected}
            assert ("experiment", recorded) in bridge.events(caller.call_sid)
            seen.append((caller.call_sid, expected))
        assert len(seen) < 20  # the hash gives both variants their share, not one of them every call
        control_calls = sum(1 for _, v in seen if v == "control")

        client = demo_app.test_client()
        log_in(demo_app, client)
        html = client.get("/voice/dashboard").get_data(as_text=True)
    section = html[html.index('id="pv-experiment"'):]
    assert "Experiment “greet”" in section and "running" in section
    control = section[section.index('id="pv-variant-control"'):section.index('id="pv-variant-warm"')]
    warm = section[section.index('id="pv-variant-warm"'):section.index("</tbody>")]
    assert f">{control_calls}<br>" in control and "(control)" in control
    assert _cell(control, "conversion").startswith("100.0 %")
    assert _cell(warm, "conversion").startswith("0.0 %")
    # Conversion: 0 of the warm calls against all of the control's: significant even on a few calls.
    assert "-100.0 pts: significant" in _cell(warm, "conversion")
    assert "not yet significant" in _cell(warm, "transfer_rate")  # none transferred on either side
    assert "too few calls" in _cell(warm, "average_order_value")  # the warm callers ordered nothing
    assert "$" in _cell(control, "cost_per_order") and _cell(warm, "cost_per_order").startswith("—")


def _cell(row: str, metric: str) -> str:
    match = re.search(rf'data-metric="{metric}">(.*?)</td>', row, re.S)
    assert match, metric
    return re.sub(r"<[^>]+>", " ", match.group(1)).strip()
