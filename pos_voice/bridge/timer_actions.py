"""What the call does when one of its timers goes off (the housekeeper's :class:`Actions`).

The silence prompts, the session cap's wrap-up, the watchdog's retry (reconnect, or ask again)
and its final failure, a goodbye that never finished playing, a keypad entry without ``#``, a
caller who kept speaking over the assistant. Each only queues work or sends a small event.
"""

from __future__ import annotations

import logging
import typing as t

from ..models import ABANDONED, NEXT_HANGUP
from .ending import Outcome
from .keypad import KeyAction
from .watchdog import READY, Stall

if t.TYPE_CHECKING:
    from .session import CallSession

log = logging.getLogger("pos_voice.bridge")

# Model-facing text for the responses the bridge itself asks for (reviewed and tested as code).
STILL_THERE = ("The caller has been silent for a while. Ask once, briefly and kindly, whether "
               "they are still there. Do not repeat anything else.")
SILENCE_GOODBYE = ("The caller has not answered. Say a short, friendly goodbye (they can call back "
                   "any time) and stop. Do not call any tool.")
WRAP_UP = ("This call has reached its time limit. Politely wrap up now: in one or two short "
           "sentences tell the caller you have to end the call, summarise anything confirmed, "
           "invite them to call back, and say goodbye. Do not call any tool.")


class TimerActions:
    def __init__(self, call: CallSession) -> None:
        self.call = call

    def heartbeat(self) -> None:
        self.call.recorder.heartbeat()

    def wrap_up(self) -> None:
        call = self.call
        log.info("call %s reached POS_VOICE_SESSION_MAX_SECONDS; wrapping up", call.call_sid)
        call.recorder.record("error", {"where": "session", "message": "time limit reached: wrapped up"})
        call.begin_finish(NEXT_HANGUP, ABANDONED, speak=True, instructions=WRAP_UP)

    def still_there(self) -> None:
        self.call.responses.request(STILL_THERE)

    def silence_goodbye(self) -> None:
        self.call.recorder.record("error", {"where": "silence", "message": "no answer: hung up"})
        self.call.begin_finish(NEXT_HANGUP, ABANDONED, speak=True, instructions=SILENCE_GOODBYE)

    def finish_overdue(self, outcome: Outcome) -> None:
        log.warning("call %s: the end did not come in time (goodbye still playing, or a tool still "
                    "running); ending anyway", self.call.call_sid)
        self.call.finish(outcome.next_action, outcome.disposition, outcome.error)

    def stalled(self, stall: Stall) -> None:
        """The model missed a watchdog bound: retry once, then hand the caller to staff."""
        call = self.call
        watchdog = call.watchdog
        seconds = watchdog.ready_seconds if stall.kind == READY else watchdog.answer_seconds
        what = "the Realtime session was not ready" if stall.kind == READY else "the model did not answer"
        if stall.retried:
            call.fail("watchdog", f"{what} within {seconds:g}s, twice: dead air")
            return
        log.warning("call %s: %s within %gs; trying again", call.call_sid, what, seconds)
        call.recorder.record("error", {"where": "watchdog",
                                       "message": f"{what} within {seconds:g}s: retried"})
        watchdog.retrying(stall, call.clock.monotonic())
        if stall.kind == READY:
            call.reconnect()
            return
        if call.responses.active:
            call.engine.cancel_response()
        call.responses.reset()
        call.responses.send_create(stall.request or call.engine.response_request(None))

    def keypad_action(self, action: KeyAction) -> None:
        self.call.handover.key_action(action)

    def interruption_due(self) -> None:
        """The caller kept speaking over the assistant past the backchannel minimum."""
        self.call.voice.interrupted()
