"""The ways a call goes to a person without the model deciding it, and the keypad's entries.

* the keypad's transfer key: at once, mid-sentence too; Twilio says the hand-off line;
* staff's *Take this call* (:mod:`.take_watch`): the assistant stops, says one hand-off line;
* the process stopping (:mod:`pos_voice.serving`'s drain ran out): the assistant says the
  drain's message, the order number kept in the record so it is not taken twice.

Each ends the call exactly as the model's own transfer does: Twilio dials staff
(``/stream-ended``). A call already ending is left to end. Numbers typed on the keypad go to
the tools exactly, and to the model as a message of its own (never through speech recognition).
"""

from __future__ import annotations

import logging
import typing as t

from .. import offload
from ..models import NEXT_TRANSFER, TRANSFERRED
from ..redaction import redact
from .ending import Phase
from .keypad import TRANSFER as KEY_TRANSFER
from .keypad import KeyAction
from .take_watch import TakeRequest

if t.TYPE_CHECKING:
    from .session import CallSession

log = logging.getLogger("pos_voice.bridge")

# Model-facing text (reviewed and tested as code).
HAND_OFF = ("A member of our staff is taking over this call now. In one short sentence, tell the "
            "caller you are passing them to a team member and ask them to hold. Do not call any tool.")
HAND_OVER = ("This call must be passed to a member of staff now. Tell the caller exactly this, in "
             "your own voice, and nothing else: ")
#: Why the call went to staff when the caller pressed the transfer key (``transfer_reason``).
KEYPAD_TRANSFER_REASON = "the caller pressed {key} on the keypad for a person"
#: Why a call went to staff when its process stopped (the call row's ``transfer_reason``).
RESTART_REASON = "the server restarted during the call"


class HandOver:
    def __init__(self, call: CallSession) -> None:
        self.call = call
        self.after_tools: str | None = None  # a last line to ask for once the running tools are done

    # --- the keypad
    def key_action(self, action: KeyAction) -> None:
        """A key press that completed something (the housekeeper's too: an entry without ``#``)."""
        if self.call.ending.finished:
            return
        if action is KEY_TRANSFER:
            self._keypad_transfer()
        elif action.digits:
            self._keypad_entry(action.digits)

    def _keypad_transfer(self) -> None:
        """The caller goes to staff now: the assistant stops (audio cleared, response cancelled);
        Twilio says the hand-off line and dials staff: nothing waits for the model."""
        call = self.call
        key = call.keypad.transfer_key
        log.info("call %s: the caller pressed %s for a person", call.call_sid, key)
        call.recorder.record("keypad", {"action": "transfer", "key": key})
        call.voice.cut(cancel=True, speech=False)
        reason = KEYPAD_TRANSFER_REASON.format(key=key)
        if call.ctx is not None:
            try:
                offload.run(lambda: call.registry.transfer(call.ctx, reason), off_hub=call.deps.store.off_hub)
            except Exception:  # the caller still reaches staff; only the hand-over notes are missing
                log.exception("call %s: could not record the keypad transfer", call.call_sid)
        call.finish(NEXT_TRANSFER, TRANSFERRED, transfer_reason=reason)

    def _keypad_entry(self, digits: str) -> None:
        """Digits typed then ``#``: to the tools exactly, to the model as a message; then it answers."""
        call = self.call
        if call.ctx is None:
            call.recorder.record("keypad", {"action": "entry", "digits": digits})
            return
        try:
            text = offload.run(lambda: call.registry.keypad_entry(call.ctx, digits),
                               off_hub=call.deps.store.off_hub)
        except Exception:
            log.exception("call %s: the tools could not take a keypad entry", call.call_sid)
            call.recorder.record("keypad", {"action": "entry", "digits": digits})
            return
        # What the model is not told is not recorded either (a PIN: tools/verification.py).
        shown = digits in text.replace(" ", "")
        call.recorder.record("keypad", {"action": "entry",
                                        "digits": digits if shown else "(kept from the model)"})
        call.engine.send_caller_text(text)
        call.responses.request()

    # --- staff's "Take this call"
    def staff_take(self, request: TakeRequest) -> None:
        """Staff pressed *Take this call* (on any process's page): the assistant stops, says one
        short hand-off line, and the call goes to staff exactly as a transfer does."""
        call = self.call
        who = redact(request.by)[:120]
        asked = request.at.isoformat() + "Z" if request.at else None
        if call.ending.closing or not call.ending.begin(NEXT_TRANSFER, TRANSFERRED, call.finish_deadline()):
            log.info("call %s: %s asked to take the call, but it is already ending", call.call_sid, who)
            call.recorder.record("take", {"by": who, "requested_at": asked, "taken": False,
                                          "why": "the call was already ending"})
            return
        log.info("call %s: %s takes the call from the assistant", call.call_sid, who)
        reason = f"{who} took the call from the assistant"
        call.recorder.record("take", {"by": who, "requested_at": asked, "taken": True})
        call.recorder.record("transfer", {"reason": reason, "context": {
            "taken_by": who, "cart": call.cart_view()}})
        # As the transfer tool does: were this process to die now, /stream-ended still dials staff.
        call.recorder.update_call(transfer_reason=reason, next_action=NEXT_TRANSFER)
        call.activity()
        if call.responses.tool_batches:
            self.after_tools = HAND_OFF  # the running tools' outputs go first, then the line
        else:
            call.responses.request(HAND_OFF)  # deferred behind the response cancelled next, if any
        call.voice.cut(cancel=True, speech=False)  # staff want the caller now, not after this sentence
        call.wake_timers()  # for the deadline
        call.check_finish()

    def line_after_tools(self) -> str | None:
        """The line decided while the tools ran (once)."""
        line, self.after_tools = self.after_tools, None
        return line

    # --- the process stopping
    def hand_to_staff(self, message: str) -> None:
        """The assistant says ``message``, then Twilio dials staff. The transfer event tells staff
        why, with the order number when one was placed (so it is not taken twice)."""
        call = self.call
        if call.ending.finishing or call.ending.finished:
            return
        order = call.placed_order()
        number = order.get("order_number") if order else None
        call.transfer_reason = (f"{RESTART_REASON}: order #{number} is already placed" if number is not None
                                else RESTART_REASON)
        log.warning("call %s: the server is stopping; handing the caller to staff", call.call_sid)
        call.recorder.record("transfer", {"reason": call.transfer_reason, "context": {
            "order_number": number, "order_placed": order is not None, "cart": call.cart_view()}})
        if call.ending.phase is not Phase.LIVE or call.engine.closed:
            call.finish(NEXT_TRANSFER, TRANSFERRED)  # nobody to say it: staff say hello
            return
        call.begin_finish(NEXT_TRANSFER, TRANSFERRED, speak=True, instructions=HAND_OVER + message)
