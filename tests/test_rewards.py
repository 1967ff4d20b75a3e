"""Rewards points (issue 13 item 1): the host's loyalty data, told to verified callers, earned once.

Two pattern hosts: ``tests/hosts/loyalty.py`` keeps the balance in ``customers.loyalty_points`` and
lets points be spent through its own ``redeem``; ``tests/hosts/ledger.py`` keeps a ledger table and
awards points itself in an ``after_insert`` listener on its orders. Through the real bridge with a
scripted model and the hosts' real tables: an unverified caller is refused the balance, a verified
regular hears it, redeems a reward and earns points with the right totals, the ledger host's own
award is not doubled; ``flask pos-voice check`` says what it found.
"""

from __future__ import annotations

import json
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import sqlalchemy as sa
from flask import Flask

from pos_voice.extension import get_state
from tests.hosts import delivery, ledger, loyalty, loyalty_card
from tests.support.bridge import rig
from tests.test_host_patterns import check, host, rows
from tests.test_tools_scenarios import new_call
from tests.test_verified_callers import _ask

ROSA = "+15550107788"  # loyalty host: 120 points, "12 Mulberry Street"
TOMAS = "+15550104455"  # ledger host: 40 - 10 = 30 points, "3 Baker Street"
LOYALTY = {"POS_VOICE_REWARDS_POINTS_PER_UNIT": "1", "POS_VOICE_REWARDS_OFFERS": loyalty.OFFERS,
           "POS_VOICE_REWARDS_REDEEM": "tests.hosts.loyalty:redeem", "POS_VOICE_TAX_RATE": "0.10",
           "POS_VOICE_ORDER_TYPES": ["pickup"], "POS_VOICE_STAFF_AUTH": lambda: True}


@contextmanager
def loyalty_host(database_url: str, **config: t.Any) -> Iterator[Flask]:
    with host(loyalty, database_url, **{**LOYALTY, **config}) as app:
        yield app


def points_of(app: Flask, phone: str) -> int:
    (customer,) = [c for c in rows(app, "customers") if c["phone"] == phone]
    return int(customer["loyalty_points"])


def test_check_reports_the_points_column_the_ledger_the_hosts_own_award_and_their_absence(
        database_url: str) -> None:
    with loyalty_host(database_url) as app:
        report = check(app)
        text = report["text"]
        assert report["exit_code"] == 0, text
        assert "points=loyalty_points" in text and "discount=discount" in text
        assert "rewards: balance from customers.loyalty_points; told to verified callers only" in text
        assert "rewards earning: 1 point(s) per USD of the subtotal, once per order" in text
        assert "rewards redemption: through tests.hosts.loyalty:redeem" in text
        assert "rewards: the host's hooks gave the test order no points (pos_voice's rule applies)" in text
    with host(ledger, database_url) as app:
        text = check(app)["text"]
        assert "reward: point_transactions (PointTransaction): points=points, reason=reason" in text
        assert "rewards: balance from the sum of point_transactions.points per customer_id" in text
        assert "rewards: the host's own hooks gave the test order" in text  # its after_insert listener
        assert "rewards redemption: none (the host exposes no POS_VOICE_REWARDS_REDEEM callable)" in text
        # the test order's row was rolled back with it
        assert rows(app, "point_transactions")[-1]["reason"] == "redeemed coffee"
    with host(delivery, database_url, POS_VOICE_REWARDS_REDEEM="tests.hosts.nowhere:redeem") as app:
        report = check(app)
        assert "rewards: none found" in report["text"]
        assert "POS_VOICE_REWARDS_REDEEM" in report["blocking"]  # a callable that can't be loaded
        assert "POS_VOICE_REWARDS_COLUMN" in report["warnings"]  # configured, but no points anywhere


def test_a_verified_regular_hears_the_balance_redeems_and_earns_with_the_right_totals(
        database_url: str) -> None:
    with loyalty_host(database_url) as app, rig(app, real_tools=True) as bridge:
        caller, upstream = bridge.start(bridge.caller(phone=ROSA))
        instructions = upstream.of_type("session.update")[0]["session"]["instructions"]
        assert "rewards_balance" in instructions and "120" not in instructions
        # The scripted model tries the balance and a reward before the caller is verified.
        refused = _ask(upstream, 1, "rewards_balance", {})
        assert refused["ok"] is False and refused["verified"] is False and refused["verify_by"] == "street"
        assert "120" not in json.dumps(refused)
        assert _ask(upstream, 2, "use_reward", {"offer_id": "five-off"})["verified"] is False
        assert _ask(upstream, 3, "verify_caller", {"street": "Mulberry Street"})["verified"] is True
        balance = _ask(upstream, 4, "rewards_balance", {})
        assert balance["points"] == 120
        assert [(o["id"], o["enough_points"]) for o in balance["offers"]] == [("five-off", True),
                                                                            ("free-pizza", False)]
        assert _ask(upstream, 5, "start_order", {"order_type": "pickup"})["ok"]
        assert _ask(upstream, 6, "add_item", {"item_name": "margherita", "quantity": 2})["ok"]
        short = _ask(upstream, 7, "use_reward", {"offer_id": "free-pizza"})
        assert short["ok"] is False and "400 points are needed" in short["error"]  # the host's own refusal
        used = _ask(upstream, 8, "use_reward", {"offer_id": "five-off"})
        assert used["discount"] == "5.00" and used["total"] == "18.70"  # (22.00 - 5.00) + 10 %
        assert points_of(app, ROSA) == 120  # spent only when the order is placed
        summary = _ask(upstream, 11, "get_order_summary", {})
        assert summary["total"] == "18.70" and summary["discount"] == "5.00"
        assert "$18.70" in summary["summary"] and "$5 off the order" in summary["summary"]
        placed = _ask(upstream, 9, "submit_order", {"customer_name": "Rosa"})
        assert placed["ok"] and placed["total"] == "18.70", placed
        assert placed["rewards"] == {"earned": 17, "redeemed": 100, "reward": "$5 off the order",
                                     "discount": "5.00", "balance": 37}
        again = _ask(upstream, 10, "submit_order", {"customer_name": "Rosa"})
        assert again["duplicate"] is True
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        submitted = [data for kind, data in bridge.events(caller.call_sid) if kind == "order_submitted"]
        assert upstream.problems == []
        (order,) = rows(app, "orders")
        assert [Decimal(str(order[k])) for k in ("subtotal", "discount", "tax", "total")] == [
            Decimal("22.00"), Decimal("5.00"), Decimal("1.70"), Decimal("18.70")]
        assert "REWARD: $5 off the order (100 points, $5.00 off)" in order["notes"]
        assert points_of(app, ROSA) == 120 - 100 + 17  # once: the duplicate submit added nothing
        assert [s["rewards"]["earned_by"] for s in submitted] == ["pos_voice"]
        # Staff see what was earned and used, on the call and on the phone orders page.
        client = app.test_client()
        call_id = bridge.call_row(caller.call_sid).id
        for page in (f"/voice/calls/{call_id}", "/voice/orders"):
            html = client.get(page).get_data(as_text=True)
            assert "earned 17 points" in html and "used 100 points for $5 off the order ($5.00 off)" in html


def test_the_ledger_hosts_own_award_on_order_creation_is_not_doubled(database_url: str) -> None:
    with host(ledger, database_url, POS_VOICE_REWARDS_POINTS_PER_UNIT="1", POS_VOICE_TAX_RATE="0",
              POS_VOICE_ORDER_TYPES=["pickup"]) as app, rig(app, real_tools=True) as bridge:
        caller, upstream = bridge.start(bridge.caller(phone=TOMAS))
        assert _ask(upstream, 1, "verify_caller", {"street": "Baker Street"})["verified"] is True
        assert _ask(upstream, 2, "rewards_balance", {})["points"] == 30  # 40 - 10: the ledger's sum
        assert _ask(upstream, 3, "start_order", {"order_type": "pickup"})["ok"]
        assert _ask(upstream, 4, "add_item", {"item_name": "sourdough loaf", "quantity": 2})["ok"]
        placed = _ask(upstream, 5, "submit_order", {"customer_name": "Tomas"})
        assert placed["ok"] and placed["total"] == "16.00"
        assert placed["rewards"] == {"earned": 16, "balance": 46}
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []
        (order,) = rows(app, "orders")
        for_order = [r for r in rows(app, "point_transactions") if r["order_id"] == order["id"]]
        assert [(r["points"], r["reason"]) for r in for_order] == [(16, "order")]  # the host's row, alone


def test_pos_voice_awards_a_new_customer_once_and_none_when_the_host_says_it_awards(
        database_url: str) -> None:
    with loyalty_host(database_url) as app, app.app_context():
        caller = new_call("+15550109999")
        assert caller.ask("start_order", order_type="pickup")["ok"]
        assert caller.ask("add_item", item_name="garlic knots", quantity=3)["ok"]
        assert caller.ask("rewards_balance")["ok"] is False  # nobody on file: nothing to tell
        placed = caller.ask("submit_order", customer_name="Nina")
        assert placed["ok"] and "rewards" not in placed  # earned, but not told to an unverified caller
        assert points_of(app, "+15550109999") == 19  # 19.50 -> 19, on the customers row just made
    with loyalty_host(database_url, POS_VOICE_REWARDS_HOST_AWARDS=True) as app, app.app_context():
        caller = new_call(ROSA)
        assert caller.ask("start_order", order_type="pickup")["ok"]
        assert caller.ask("add_item", item_name="margherita")["ok"]
        assert caller.ask("submit_order", customer_name="Rosa")["ok"]
        assert points_of(app, ROSA) == 120


def test_a_reward_is_checked_again_at_submit_and_a_refused_one_places_nothing(database_url: str) -> None:
    with loyalty_host(database_url) as app, app.app_context():
        caller = new_call(ROSA)
        assert caller.ask("verify_caller", street="Mulberry Street")["verified"] is True
        assert caller.ask("start_order", order_type="pickup")["ok"]
        assert caller.ask("add_item", item_name="margherita")["ok"]
        assert caller.ask("use_reward", offer_id="five-off")["total"] == "6.60"  # (11.00 - 5.00) + 10 %
        db = app.extensions["sqlalchemy"]
        db.session.execute(sa.update(loyalty.Customer).values(loyalty_points=50))  # spent at the counter
        db.session.commit()
        refused = caller.ask("submit_order", customer_name="Rosa")
        assert refused["ok"] is False and refused["reward_refused"] is True
        assert "100 points are needed" in refused["error"] and "use_reward" in refused["next"]
        assert rows(app, "orders") == []  # nothing placed
        assert caller.ask("use_reward", offer_id="none")["reward"] is None
        placed = caller.ask("submit_order", customer_name="Rosa")
        assert placed["ok"] and placed["total"] == "12.10"
        assert placed["rewards"] == {"earned": 11, "balance": 61}


def test_the_rewards_keys_turn_a_found_shape_off_or_name_a_host_callable(database_url: str) -> None:
    with loyalty_host(database_url, POS_VOICE_REWARDS_COLUMN="none") as app, app.app_context():
        assert get_state().pos.rewards.source is None
        caller = new_call(ROSA)
        assert caller.ask("verify_caller", street="Mulberry Street")["verified"] is True
        assert "keeps no rewards points" in caller.ask("rewards_balance")["error"]
    with loyalty_host(database_url, POS_VOICE_REWARDS_COLUMN="none",
                      POS_VOICE_REWARDS_BALANCE="tests.hosts.loyalty:card_balance") as app:
        text = check(app)["text"]
        assert "rewards: balance from the host's tests.hosts.loyalty:card_balance(customer_id)" in text
        assert "rewards earning: none by pos_voice" in text  # a callable it can only read
        with app.app_context():
            caller = new_call(ROSA)
            assert caller.ask("verify_caller", street="Mulberry Street")["verified"] is True
            assert caller.ask("rewards_balance")["points"] == 120
    with host(ledger, database_url, POS_VOICE_REWARDS_TABLE="none") as app:
        assert "rewards: none found" in check(app)["text"]


def test_a_card_table_of_one_row_per_customer_holds_the_balance_and_store_credit_is_not_points(
        database_url: str) -> None:
    with host(loyalty_card, database_url, POS_VOICE_REWARDS_POINTS_PER_UNIT="2", POS_VOICE_TAX_RATE="0",
              POS_VOICE_ORDER_TYPES=["pickup"]) as app:
        report = check(app)
        assert any("customers.balance is a decimal: taken as money on account" in p["message"]
                   for p in report["problems"] if p["key"] == "POS_VOICE_REWARDS_COLUMN")
        text = report["text"]
        assert "rewards: balance from loyalty_cards.current_balance (one row per customer_id)" in text
        with app.app_context():
            caller = new_call("+15550106611")
            assert caller.ask("verify_caller", street="Rua Street")["verified"] is True
            assert caller.ask("rewards_balance")["points"] == 55  # not the 12.50 of store credit
            assert caller.ask("start_order", order_type="pickup")["ok"]
            assert caller.ask("add_item", item_name="flat white", quantity=2)["ok"]
            placed = caller.ask("submit_order", customer_name="Ines")
            assert placed["rewards"] == {"earned": 18, "balance": 73}  # 2 points x 9.00
            newcomer = new_call("+15550106622")
            assert newcomer.ask("start_order", order_type="pickup")["ok"]
            assert newcomer.ask("add_item", item_name="banana bread")["ok"]
            assert newcomer.ask("submit_order", customer_name="Leo")["ok"]
        phones = {c["id"]: c["phone"] for c in rows(app, "customers")}
        cards = sorted((phones[r["customer_id"]], r["current_balance"]) for r in rows(app, "loyalty_cards"))
        assert cards == [("+15550106611", 73), ("+15550106622", 7)]  # Ines's card added to; a new one for Leo


def test_a_shop_without_points_says_so_and_never_makes_a_balance_up(demo_app: Flask) -> None:
    with demo_app.app_context():
        assert get_state().pos.rewards.source is None
        caller = new_call("+15551234567")  # the demo's verified-able regular
        answer = caller.ask("rewards_balance")
        assert answer["ok"] is False and "keeps no rewards points" in answer["error"]
        assert "points" not in caller.registry.instructions(caller.ctx).lower().split("# today")[-1]


def test_a_reward_chosen_on_a_dropped_call_resumes_only_for_a_caller_verified_again(
        database_url: str) -> None:
    def dropped_with_a_reward(verify: bool = True) -> None:
        caller, upstream = bridge.start(bridge.caller(phone=ROSA))
        steps = [("start_order", {"order_type": "pickup"}),
                 ("add_item", {"item_name": "margherita", "quantity": 2}),
                 ("use_reward", {"offer_id": "five-off"})]
        if verify:
            steps.insert(0, ("verify_caller", {"street": "Mulberry Street"}))
        else:  # the first call is the one that resumed: its cart and reward came back
            steps = [("resume_order", {"accept": True}), ("verify_caller", {"street": "Mulberry Street"}),
                     ("use_reward", {"offer_id": "five-off"})]
        for index, (name, arguments) in enumerate(steps, 1):
            assert _ask(upstream, index, name, arguments)["ok"] is not False
        caller.hang_up()
        assert bridge.wait_ended(caller.call_sid).live_state["reward"] == "five-off"

    with loyalty_host(database_url) as app, rig(app, real_tools=True) as bridge:
        dropped_with_a_reward()
        # Verified again first: the reward comes back with the cart, quoted again.
        caller, upstream = bridge.start(bridge.caller(phone=ROSA))
        assert _ask(upstream, 1, "verify_caller", {"street": "Mulberry Street"})["verified"] is True
        resumed = _ask(upstream, 2, "resume_order", {"accept": True})
        assert resumed["resumed"] is True and "reward_dropped" not in resumed
        assert (resumed["order"]["discount"], resumed["order"]["total"]) == ("5.00", "18.70")
        assert bridge.session(caller).ctx.reward == "five-off"
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)

        dropped_with_a_reward(verify=False)  # the same cart, dropped again with the reward chosen again
        # Not verified on the new call: the cart comes back, the reward does not, and the model is told.
        caller, upstream = bridge.start(bridge.caller(phone=ROSA))
        resumed = _ask(upstream, 1, "resume_order", {"accept": True})
        assert resumed["resumed"] is True and resumed["order"]["total"] == "24.20"  # 22.00 + 10 %
        assert "not verified on this call" in resumed["reward_dropped"]
        assert "five-off" not in json.dumps(resumed) and "$5" not in json.dumps(resumed)
        assert "verify_caller" in resumed["next"] and "use_reward" in resumed["next"]
        assert bridge.session(caller).ctx.reward is None
        assert _ask(upstream, 2, "submit_order", {"customer_name": "Rosa"})["ok"]
        caller.hang_up()
        bridge.wait_ended(caller.call_sid)
        assert upstream.problems == []
        (order,) = rows(app, "orders")
        assert Decimal(str(order["total"])) == Decimal("24.20") and points_of(app, ROSA) == 120 + 22
