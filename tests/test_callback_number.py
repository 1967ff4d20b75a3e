"""The callback number, model-facing text as code: the caller ID offered first, numbers read back
digit by digit in groups, the corrected number spelled back in full, typed digits kept exactly,
and the keypad announced and offered only when it works."""

from __future__ import annotations

import typing as t

import pytest

from pos_voice.extension import get_state
from pos_voice.pos.phones import read_back_phone
from pos_voice.tools import callback
from pos_voice.tools.instructions import build_greeting
from tests.conftest import configure
from tests.test_tools_scenarios import Caller, new_call


@pytest.fixture
def app_ctx(demo_app: t.Any) -> t.Iterator[t.Any]:
    with demo_app.app_context():
        yield demo_app


@pytest.fixture
def caller(app_ctx: t.Any) -> Caller:
    return new_call()


def test_numbers_are_read_back_digit_by_digit_in_their_groups() -> None:
    assert read_back_phone("+12125550123") == "2 1 2, 5 5 5, 0 1 2 3"
    assert read_back_phone("+442079460958") == "0 2 0, 7 9 4 6, 0 9 5 8"  # the country's own groups
    assert read_back_phone(None) == ""


def test_the_caller_id_is_offered_first_in_its_read_back_form(app_ctx: t.Any) -> None:
    caller = new_call("+12125550123")
    instructions = caller.registry.instructions(caller.ctx)
    assert "offer the number they are calling from first" in instructions
    assert "The caller is calling from 2 1 2, 5 5 5, 0 1 2 3 (caller ID)" in instructions
    assert "use_caller_id true" in instructions
    assert "read the whole corrected number back" in instructions
    agreed = caller.ask("set_callback_number", use_caller_id=True)
    assert agreed == {"ok": True, "callback_number": "2 1 2, 5 5 5, 0 1 2 3", "source": "caller_id",
                      "say": "Great, we'll use the number you're calling from, 2 1 2, 5 5 5, 0 1 2 3."}
    assert caller.ask("get_order_summary")["callback_number"] == "2 1 2, 5 5 5, 0 1 2 3"


def test_withheld_caller_id_asks_for_the_number_with_the_keypad_offer(app_ctx: t.Any) -> None:
    caller = new_call(None)
    assert "(caller ID)" not in caller.registry.instructions(caller.ctx)
    answer = caller.ask("set_callback_number", use_caller_id=True)
    assert answer["ok"] is False
    assert answer["next"] == ("Ask for the best callback number: they can say it or type it on the keypad, "
                              "then the pound key.")


def test_a_said_number_is_read_back_and_a_correction_is_spelled_back_in_full(caller: Caller) -> None:
    said = caller.ask("set_callback_number", phone="646 555 0192")
    assert said["say"] == "That's 6 4 6, 5 5 5, 0 1 9 2. Is that right?"
    assert said["next"] == callback.READ_BACK_NEXT and "corrected" not in said
    fixed = caller.ask("set_callback_number", phone="646 555 0129")  # "no, one two nine at the end"
    assert fixed["corrected"] is True
    assert fixed["say"] == "Let me read the corrected number back: 6 4 6, 5 5 5, 0 1 2 9. Is that right?"
    assert caller.ctx.callback_phone == "+16465550129" and caller.ctx.callback_source == "said"
    wrong = caller.ask("set_callback_number", phone="555 01")
    assert wrong["ok"] is False and "is not a phone number we can call back" in wrong["error"]
    assert wrong["next"].endswith("digit by digit or type it on the keypad, then the pound key.")
    assert caller.ctx.callback_phone == "+16465550129"  # a bad number replaces nothing


def test_the_order_uses_the_saved_callback_number(caller: Caller) -> None:
    caller.ask("start_order", order_type="pickup")
    caller.ask("add_item", item_name="pepperoni pizza", quantity=1, size="large")
    caller.ask("set_callback_number", phone="(646) 555-0129")
    placed = caller.ask("submit_order", customer_name="Ann")
    assert placed["ok"] is True
    state = get_state()
    call = state.db.session.get(state.models.VoiceCall, caller.ctx.call_id)
    assert state.pos.orders_by_id([call.order_id])[call.order_id]["phone"] == "+16465550129"


def test_keypad_digits_are_kept_exactly_and_told_to_the_model_word_for_word(caller: Caller) -> None:
    text = caller.registry.keypad_entry(caller.ctx, "6465550199")
    assert text == callback.KEYPAD_NUMBER.format(digits="6 4 6 5 5 5 0 1 9 9",
                                                 read_back="6 4 6, 5 5 5, 0 1 9 9")
    assert caller.ctx.callback_phone == "+16465550199" and caller.ctx.callback_source == "keypad"
    short = caller.registry.keypad_entry(caller.ctx, "555")
    assert short == callback.KEYPAD_NOT_A_NUMBER.format(digits="5 5 5", count=3)
    assert caller.ctx.callback_phone == "+16465550199"  # kept: the short entry saved nothing
    card = caller.registry.keypad_entry(caller.ctx, "4111111111111111")
    assert card == callback.KEYPAD_CARD and "4111" not in card  # a card number reaches nobody
    corrected = caller.registry.keypad_entry(caller.ctx, "6465550198")
    assert '"6 4 6, 5 5 5, 0 1 9 8"' in corrected and caller.ctx.callback_phone == "+16465550198"


def test_the_greeting_announces_the_transfer_key_only_when_it_works(app_ctx: t.Any) -> None:
    caller = new_call()
    assert "You can press 0 at any time to talk to a person." in build_greeting(caller.ctx)
    assert "The caller can press 0 at any time to reach a person" in caller.registry.instructions(caller.ctx)
    configure(app_ctx, KEYPAD_TRANSFER_DIGIT="*")
    assert "You can press star at any time" in build_greeting(caller.ctx)
    configure(app_ctx, GREETING="Say hello.")
    assert build_greeting(caller.ctx) == ('Say hello. Then say: "You can press star at any time to talk to '
                                          'a person."')
    configure(app_ctx, GREETING=None, KEYPAD_TRANSFER_DIGIT="")
    assert "press" not in build_greeting(caller.ctx)
    assert "reach a person" not in caller.registry.instructions(caller.ctx)
    configure(app_ctx, KEYPAD_TRANSFER_DIGIT="0", STAFF_PHONE=None)  # nobody to dial: not announced
    assert "press" not in build_greeting(caller.ctx)


def test_the_keypad_is_offered_only_when_callers_may_type(app_ctx: t.Any) -> None:
    caller = new_call()
    assert "or type it on your keypad, then press pound" in caller.registry.instructions(caller.ctx)
    configure(app_ctx, KEYPAD_ENTRY=False)
    assert "keypad" not in caller.registry.instructions(caller.ctx).lower().replace("(keypad)", "")
    assert "keypad" not in caller.ask("set_callback_number", phone="12")["next"]


def test_a_transfer_key_that_is_not_a_key_is_a_settings_problem(app_ctx: t.Any) -> None:
    from pos_voice.settings import load_settings

    settings, errors = load_settings({"POS_VOICE_KEYPAD_TRANSFER_DIGIT": "#"})
    assert settings.keypad_transfer_digit == "0"  # the default stands in
    assert [key for key, _ in errors] == ["POS_VOICE_KEYPAD_TRANSFER_DIGIT"]
    assert load_settings({"POS_VOICE_KEYPAD_TRANSFER_DIGIT": ""})[0].keypad_transfer_digit is None
