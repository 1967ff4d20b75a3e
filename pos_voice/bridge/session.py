"""One phone call: the Twilio media stream bridged to one model session (the engine's).

A :class:`CallSession` orchestrates the parts of its call; nothing is shared between calls:

* :class:`~pos_voice.bridge.twilio_side.TwilioSide` — the media stream;
* a :class:`~pos_voice.bridge.engine.ModelEngine` — the model, behind the engine seam (today
  :class:`~pos_voice.bridge.realtime_engine.RealtimeEngine`);
* :class:`~pos_voice.bridge.ending.CallEnding` — the call's phase and how it ends;
* :class:`~pos_voice.bridge.responses.ResponseScheduler` — one response at a time;
* :class:`~pos_voice.bridge.voice.AssistantVoice` — assistant audio out, barge-in, cutting it short;
* :class:`~pos_voice.bridge.tool_runner.ToolRunner` — the model's function calls;
* :class:`~pos_voice.bridge.handover.HandOver` — keypad, *Take this call*, the drain's hand-over;
* :class:`~pos_voice.bridge.recorder.CallRecorder` — all of the call's database work;
* :class:`~pos_voice.bridge.housekeeper.Housekeeper` — the timers, on the injected clock;
* :class:`~pos_voice.bridge.take_watch.TakeWatch` — staff's *Take this call*, read from the row.

Its threads (greenlets under gevent): the request's own thread reads Twilio frames and
forwards caller audio (:meth:`run`); the engine's reader thread reads model events and forwards
assistant audio; the housekeeper's timer thread; one short thread per batch of tool calls. The
recorder's writer and the take watch's reader are one thread each per database, shared by every
live call of the process (their work would otherwise grow with the number of calls). Each socket
has one writer at a time (a send lock per socket); several frames that go out together go out in
one write.
"""

from __future__ import annotations

import dataclasses
import logging
import typing as t

from .. import offload
from ..models import COMPLETED, FAILED, NEXT_FALLBACK, NEXT_TRANSFER, utcnow
from ..redaction import redact, redact_value
from ..stream_tokens import TOKEN_PARAMETERS
from . import summary_ask
from .deps import BridgeDeps
from .ending import CallEnding
from .engine import SessionConfig
from .handover import HandOver
from .housekeeper import Housekeeper
from .keypad import Keypad
from .language import CallLanguage
from .model_events import ModelEvents
from .playback import PlaybackTracker
from .recorder import CallRecorder, FinalRecord
from .responses import ResponseScheduler
from .take_watch import TakeWatch
from .timer_actions import TimerActions
from .tool_runner import ToolRunner
from .transcript import Transcript
from .twilio_side import TwilioSide
from .usage import Usage
from .voice import AssistantVoice
from .watchdog import Watchdog

log = logging.getLogger("pos_voice.bridge")

FINISH_GRACE_SECONDS = 12.0  # longest wait for a goodbye to finish playing
TOOL_JOIN_SECONDS = 20.0  # a hang-up waits this long for a running tool's DB work

# Model-facing text: how the greeting the tools wrote is asked for.
GREETING_DIRECTIVE = "Start the call now. Greet the caller with exactly this, in your own voice: "


class CallSession:
    """The bridge for one call; create it in the ``/stream`` handler and call :meth:`run`."""

    def __init__(self, twilio_ws: t.Any, deps: BridgeDeps) -> None:
        self.deps = deps
        self.settings = settings = deps.settings
        self.registry = deps.registry
        self.clock = deps.clock
        self.call_sid: str | None = None
        self.call_id: int | None = None
        self.caller_phone: str | None = None
        self.started_at = utcnow()
        self.started_monotonic = self.clock.monotonic()
        self.ctx: t.Any = None  # the tools' context of this call
        self.transfer_reason: str | None = None  # stored with a transfer the bridge itself decided
        self.twilio = self._media_side(twilio_ws)
        self.model_events = self._model_listener()
        self.engine = deps.engine(self.model_events, settings)
        self.ending = CallEnding()
        self.tracker = PlaybackTracker()
        self.transcript = Transcript()
        self.usage = Usage()
        self.responses = ResponseScheduler(self._send_create, self.engine.response_request)
        self.watchdog = Watchdog(settings.ready_seconds, settings.answer_seconds)
        self.recorder = CallRecorder(deps.store)
        self.tools = ToolRunner(deps.registry, deps.tool_context, off_hub=deps.store.off_hub)
        self.keypad = Keypad(settings.keypad_transfer_key, settings.keypad_entry,
                             settings.keypad_entry_seconds)
        self.voice = AssistantVoice(settings, clock=self.clock, twilio=self.twilio, engine=self.engine,
                                    tracker=self.tracker, transcript=self.transcript,
                                    responses=self.responses, recorder=self.recorder,
                                    watchdog=self.watchdog, wake=self.wake_timers,
                                    caller_spoke=lambda: self.activity(caller_spoke=True))
        self.turns = self.voice.turns
        self.handover = HandOver(self)
        self.housekeeper: Housekeeper | None = None  # from the stream's start
        self.take_watch: TakeWatch | None = None
        self.language = CallLanguage(deps.settings)
        self._config: SessionConfig | None = None
        self._greeting: str | None = None

    def _media_side(self, ws: t.Any) -> TwilioSide:
        """The caller's side: the Twilio media stream (SIP mode has none: :mod:`.sip_engine`)."""
        return TwilioSide(ws, self, batch_ms=self.settings.caller_audio_batch_ms)

    def _model_listener(self) -> ModelEvents:
        """What the engine tells (SIP mode adds the service's playback and keypad events)."""
        return ModelEvents(self)

    # ------------------------------------------------------------------ the Twilio side

    def run(self) -> None:
        """Serve the media stream until it ends; every path leaves a complete call record."""
        try:
            self.twilio.serve()
        except Exception as exc:  # a bug must still leave a record and hand the caller to staff
            log.exception("bridge failure on call %s", self.call_sid)
            if self.call_id is not None and not self.ending.finished:
                self.fail("bridge", f"{type(exc).__name__}: {exc}")
        finally:
            self._shutdown()

    @property
    def frames_in(self) -> int:
        return self.twilio.frames_in

    @property
    def bad_frames(self) -> int:
        return self.twilio.bad_frames

    def caller_audio(self, payloads: list[bytes]) -> None:
        self.engine.send_caller_audio(payloads)

    def played(self, mark: str) -> None:
        self.tracker.on_mark(mark, self.clock.monotonic())
        if self.tracker.outstanding() == 0:
            if self.responses.quiet:
                self.became_idle()
            if self.ending.finishing:
                self.check_finish()

    def stream_stopping(self) -> None:
        self.ending.close()

    def key_pressed(self, key: str) -> None:
        """Twilio's ``dtmf``: a key of the caller's keypad."""
        if self.call_id is None or self.ending.finished:
            return
        asked = self.ctx is not None and self.registry.awaiting_keys(self.ctx)
        action = self.keypad.press(key, self.clock.monotonic(), digits_asked=asked)
        self.wake_timers()  # an entry's deadline moved
        if action is not None:
            self.handover.key_action(action)

    def stream_started(self, message: dict[str, t.Any]) -> None:
        """Twilio's ``start``: redeem the stream token, start the tools, open the model's session."""
        start = message.get("start") or {}
        self.twilio.set_stream(str(message.get("streamSid") or start.get("streamSid") or ""))
        call_sid = start.get("callSid")
        params = start.get("customParameters") or {}
        token = next((params[name] for name in TOKEN_PARAMETERS if params.get(name)), None)
        self.call_sid = str(call_sid) if call_sid else None
        self.recorder.call_sid = self.twilio.call_sid = self.call_sid
        self.engine.name = str(self.call_sid)
        claim = None
        if self.call_sid and isinstance(token, str):
            try:
                claim = self.recorder.redeem(self.call_sid, token)
            except Exception:
                log.exception("stream token check failed for call %s", self.call_sid)
        if claim is None:
            log.warning("media stream for call %s rejected: bad or missing stream token", self.call_sid)
            if self.call_sid:
                self.recorder.reject_stream(self.call_sid)
            self.ending.close()
            self.twilio.close()
            return
        self.call_id = claim.call_id
        self.twilio.started = True
        self.caller_phone = claim.phone_from
        if claim.started_at is not None:
            self.started_at = claim.started_at
        self.ending.go_live()
        self.deps.live_calls.add(self.call_sid, self)  # type: ignore[arg-type]
        self.recorder.start(self.call_id)
        self.recorder.update_call(model=self.settings.model, engine=self.settings.engine,
                                  heartbeat_at=utcnow())
        try:
            self.ctx, instructions, greeting, tools = offload.run(self._start_tools,
                                                                 off_hub=self.deps.store.off_hub)
        except Exception as exc:
            log.exception("call %s: the tools could not start", self.call_sid)
            self.fail("tools", f"could not start the call's tools: {exc}")
            return
        self.responses.instructions = instructions
        self.tools.name = str(self.call_sid)
        settings = self.settings
        self._config = SessionConfig(
            model=settings.model, instructions=instructions, tools=tools, voice=settings.voice,
            turn_detection=self.voice.turn_detection, transcription_model=settings.transcription_model,
            language=self.language.start(self.registry, self.ctx), noise_reduction=settings.noise_reduction)
        self._greeting = GREETING_DIRECTIVE + greeting if greeting else None
        self.housekeeper = Housekeeper(self.clock, settings.timings, TimerActions(self), self.ending,
                                       self.started_monotonic,
                                       watchdog=self.watchdog, keypad=self.keypad, gate=self.voice.gate,
                                       name=str(self.call_sid))
        self.housekeeper.start()
        self.take_watch = TakeWatch(self.deps.store, self.call_id, self.clock, settings.take_poll_seconds,
                                    self.handover.staff_take, name=str(self.call_sid))
        self.take_watch.start()
        if self._connect_model():
            self.responses.request(self._greeting)

    def _start_tools(self) -> tuple[t.Any, str, str, list[dict[str, t.Any]]]:
        """The call's tool context (its events go to the recorder) and what the model is told."""
        with self.deps.tool_context():
            ctx = self.registry.start_call(self.call_id, self.call_sid, self.caller_phone,
                                           events=self.recorder)
            return (ctx, self.registry.instructions(ctx), self.registry.greeting(ctx),
                    self.registry.definitions())

    def follow_language(self, instructions: str | None, language: str | None) -> None:
        """The call's language changed: the model gets the new instructions and transcription
        language now, and a reconnect sets its session up with them."""
        if self._config is not None:
            self._config = dataclasses.replace(
                self._config, instructions=instructions or self._config.instructions,
                language=language or self._config.language)
        self.engine.update_session(instructions, language)

    def _connect_model(self) -> bool:
        """Open the model's session (set-up, reader); False when it failed."""
        try:
            self.engine.connect()
        except Exception as exc:
            log.error("call %s: OpenAI Realtime unreachable: %s", self.call_sid, exc)
            self.fail("connect", f"OpenAI Realtime unreachable: {exc}")
            return False
        if self.ending.closing:  # the caller hung up while we were connecting
            self.engine.close()
            return False
        assert self._config is not None
        self.watchdog.connecting(self.clock.monotonic())
        self.engine.start(self._config)
        self.wake_timers()
        return True

    def reconnect(self) -> None:
        """A session that never got ready: a new one, greeting again (the conversation had not begun)."""
        self.engine.replace()
        self.responses.reset()
        if self._connect_model():
            self.responses.request(self._greeting)

    def _send_create(self, request: dict[str, t.Any]) -> bool:
        """A request for a response: the model must answer it in time (the watchdog)."""
        if not self.engine.request_response(request):
            return False
        self.watchdog.expect_answer(self.clock.monotonic(), request)
        self.wake_timers()
        return True

    # ------------------------------------------------------------------ for the parts

    def hand_to_staff(self, message: str) -> None:
        """The process is stopping (:mod:`pos_voice.serving`): the caller goes to staff."""
        self.handover.hand_to_staff(message)

    def wake_timers(self) -> None:
        if self.housekeeper is not None:
            self.housekeeper.ring()

    def activity(self, *, caller_spoke: bool = False) -> None:
        """Something is being said: the silence clock stops."""
        if self.housekeeper is not None:
            self.housekeeper.active(caller_spoke=caller_spoke)

    def became_idle(self) -> None:
        if self.housekeeper is not None:
            self.housekeeper.idle()

    # ------------------------------------------------------------------ ending the call

    def finish_deadline(self) -> float:
        return self.clock.monotonic() + FINISH_GRACE_SECONDS

    def begin_finish(self, next_action: str, disposition: str, *, speak: bool,
                     instructions: str | None = None) -> None:
        """End the call once what the assistant is saying has played to the caller."""
        if not self.ending.begin(next_action, disposition, self.finish_deadline()):
            return
        self.activity()
        if speak:
            self.responses.request(instructions)
        self.wake_timers()  # for the deadline
        self.check_finish()

    def check_finish(self) -> None:
        pending = self.ending.pending
        if pending is None or not self.responses.settled:
            return
        if self.tracker.outstanding() > 0:
            return  # the last audio has not played yet: its mark will bring us back
        self.finish(pending.next_action, pending.disposition, pending.error)

    def finish(self, next_action: str, disposition: str, error: str | None = None,
               transfer_reason: str | None = None) -> None:
        """Decide what Twilio does next (in the DB, before the stream closes), then close both ends.

        A failure after the order was placed is not a failed call: the call is completed (the
        failure noted), and Twilio tells the caller the order number before dialling staff."""
        order = self.placed_order() if next_action == NEXT_FALLBACK else None
        if order is not None:
            disposition = COMPLETED
        if not self.ending.finish(next_action, disposition, error):
            return
        if transfer_reason is None and next_action == NEXT_TRANSFER:
            transfer_reason = self.transfer_reason  # a hand-over that waited for its message to play
        fields: dict[str, t.Any] = {"transfer_reason": transfer_reason} if transfer_reason else {}
        if order is not None:
            number = order.get("order_number")
            reason = f"the assistant failed after order #{number} was placed ({error}): do not take it again"
            self.recorder.record("transfer", {"reason": reason, "context": {
                "order_number": number, "order_placed": True, "cart": self.cart_view()}})
            fields = {"disposition": COMPLETED, "transfer_reason": reason[:2000]}
        self.recorder.store_decision(next_action, error, **fields)
        self.engine.conversation_over()  # decided: the conversation is over
        self.twilio.close()  # Twilio goes on at once (the staff dial, the hang-up)
        if not self._wants_summary():
            self.engine.close()

    def fail(self, where: str, message: str) -> None:
        """Hand the caller to staff: Twilio apologises and dials them (``/stream-ended``).

        A tool batch still running (``submit_order`` right before the model went away) is
        waited for, at most :data:`FINISH_GRACE_SECONDS`: whether it placed the order decides
        what the caller hears. The first failure decides; later ones (the other socket noticing
        the same loss) change nothing."""
        if not self.ending.first_failure():
            return
        self.watchdog.stop()
        error = f"{where}: {message}"
        self.recorder.record("error", {"where": where, "message": redact(message), "cart": self.cart_view()})
        deadline = self.finish_deadline()
        if self.responses.tool_batches and self.ending.begin(NEXT_FALLBACK, FAILED, deadline, error):
            self.engine.close()
            self.responses.reset()
            self.wake_timers()
            self.check_finish()  # (the batch may have finished in the meantime)
            return
        self.finish(NEXT_FALLBACK, FAILED, error=error)

    def _shutdown(self) -> None:
        """After the stream ended, whoever ended it: close the model's side at once (or ask it
        for the summary), let running tools finish their DB work, then write the complete record."""
        self.ending.close()
        caller_hung_up = not self.ending.finished
        self.engine.conversation_over()
        if not self._wants_summary():
            self.engine.close()
        elif self.responses.active:
            self.engine.cancel_response()  # nobody is listening any more
        self.twilio.close()
        if self.housekeeper is not None:
            self.housekeeper.stop()
        if self.take_watch is not None:
            self.take_watch.stop()
        self.tools.join(TOOL_JOIN_SECONDS)
        model_summary = None
        if self._wants_summary():
            known = summary_ask.facts(self.ending.outcome, self.placed_order())
            model_summary = summary_ask.ask(self.engine, known, self.settings.summary_seconds)
        self.engine.close()
        self.engine.join(timeout=2)
        if self.call_id is not None and self.twilio.started:
            self.turns.end(self.clock.monotonic())
            self.recorder.record("turn_metrics", self.turns.as_dict())
        self.recorder.stop()
        if self.call_id is not None:
            self._write_final(caller_hung_up, model_summary)
        if self.call_sid:
            self.deps.live_calls.remove(self.call_sid)
        self.ending.ended()

    def _write_final(self, caller_hung_up: bool, model_summary: dict[str, t.Any] | None) -> None:
        outcome = self.ending.outcome
        voice = self.voice
        try:
            self.recorder.write_final(FinalRecord(
                caller_hung_up=caller_hung_up,
                disposition=outcome.disposition if outcome else None,
                next_action=outcome.next_action if outcome else None,
                transcript=self.transcript.text(), model=self.settings.model, usage=self.usage,
                cost_usd=self.usage.cost(self.settings.prices), summary=model_summary,
                counters={"frames_in": self.frames_in, "audio_chunks_out": voice.deltas_out,
                          "barge_ins": voice.barge_ins, "bad_frames": self.bad_frames,
                          "bad_realtime_events": self.engine.bad_events},
            ))
        except Exception:
            log.exception("call %s: could not write the final call record", self.call_sid)

    def _wants_summary(self) -> bool:
        return self.call_id is not None and summary_ask.wanted(self.settings.summary_seconds, self.engine,
                                                               self.ending.outcome)

    # ------------------------------------------------------------------ what the tools know

    def placed_order(self) -> dict[str, t.Any] | None:
        if self.ctx is None:
            return None
        try:
            return t.cast("dict[str, t.Any] | None", self.registry.placed_order(self.ctx))
        except Exception:
            log.exception("call %s: could not ask the tools about the order", self.call_sid)
            return None

    def cart_view(self) -> t.Any:
        """The call's cart as plain data (for the live page and failure records)."""
        if self.ctx is None:
            return None
        try:
            return self.registry.cart_view(self.ctx)
        except Exception:
            log.exception("call %s: could not read the cart", self.call_sid)
            return None

    def live_view(self) -> dict[str, t.Any]:
        """What the staff "live calls" page shows for this call."""
        return {
            "call_sid": self.call_sid,
            "call_id": self.call_id,
            "caller": self.caller_phone,
            "started_at": self.started_at.isoformat(),
            "seconds": int(self.clock.monotonic() - self.started_monotonic),
            "state": self.ending.shown(),
            "transcript": self.transcript.lines(),
            "cart": redact_value(self.cart_view()),
            "barge_ins": self.voice.barge_ins,
            "turns": self.turns.as_dict(),
        }
