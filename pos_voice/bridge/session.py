"""One phone call: the Twilio media stream bridged to one OpenAI Realtime session.

A :class:`CallSession` coordinates the parts of its call; nothing is shared between calls:

* :class:`~pos_voice.bridge.ending.CallEnding` — the call's phase and how it ends;
* :class:`~pos_voice.bridge.responses.ResponseScheduler` — one response at a time;
* :class:`~pos_voice.bridge.tool_runner.ToolRunner` — the model's function calls;
* :class:`~pos_voice.bridge.recorder.CallRecorder` — all of the call's database work;
* :class:`~pos_voice.bridge.housekeeper.Housekeeper` — the timers, on the injected clock;
* :class:`~pos_voice.bridge.take_watch.TakeWatch` — staff's *Take this call*, read from the row.

Its threads (greenlets under gevent): the request's own thread reads Twilio frames and
forwards caller audio (:meth:`run`); a reader thread reads OpenAI events and forwards
assistant audio; the housekeeper's timer thread; the recorder's writer thread; the take watch's thread; one
short thread per batch of tool calls. Each socket has one writer at a time (a send lock per
socket); several frames that go out together go out in one write.
"""

from __future__ import annotations

import json
import logging
import threading
import typing as t

from .. import offload
from ..models import (
    ABANDONED,
    COMPLETED,
    FAILED,
    NEXT_FALLBACK,
    NEXT_HANGUP,
    NEXT_TRANSFER,
    TRANSFERRED,
    utcnow,
)
from ..redaction import redact, redact_value
from ..stream_tokens import TOKEN_PARAMETERS
from . import realtime, summary, wire
from .deps import BridgeDeps
from .ending import CallEnding, Outcome, Phase
from .housekeeper import Housekeeper
from .interruptions import BACKCHANNEL, INTERRUPTION, BargeInGate
from .keypad import TRANSFER as KEY_TRANSFER
from .keypad import KeyAction, Keypad
from .language import CallLanguage
from .playback import BYTES_PER_MS, PlaybackTracker
from .realtime_side import RealtimeSide
from .recorder import CallRecorder, FinalRecord
from .responses import ResponseScheduler
from .take_watch import TakeRequest, TakeWatch
from .tool_runner import END_CALL, NOT_EXECUTED, TRANSFER, ToolBatch, ToolRunner
from .transcript import ASSISTANT, CALLER, Transcript
from .turns import TurnMetrics
from .twilio_side import TwilioSide
from .usage import Usage
from .watchdog import READY, Stall, Watchdog

log = logging.getLogger("pos_voice.bridge")

FINISH_GRACE_SECONDS = 12.0  # longest wait for a goodbye to finish playing
TOOL_JOIN_SECONDS = 20.0  # a hang-up waits this long for a running tool's DB work

#: Errors that leave the session usable (races between the two ends, not failures).
BENIGN_ERROR_CODES = frozenset({
    "conversation_already_has_active_response",
    "response_cancel_not_active",
    "item_truncate_invalid_item_id",
    "invalid_value",  # e.g. a truncate that raced the end of the item's audio
})
#: Errors after which the session cannot continue.
FATAL_ERROR_CODES = frozenset({
    "session_expired", "beta_api_shape_disabled", "invalid_api_key", "insufficient_quota",
    "model_not_found", "session_not_found",
})
FATAL_ERROR_TYPES = frozenset({"authentication_error", "permission_error"})
MAX_ERRORS = 8  # more non-benign errors than this in one call: hand it to staff
SUMMARY_EVENT_ID = "pv_summary"  # the out-of-band request for the end-of-call summary

# Model-facing text for the responses the bridge itself asks for.
GREETING_DIRECTIVE = "Start the call now. Greet the caller with exactly this, in your own voice: "
STILL_THERE = ("The caller has been silent for a while. Ask once, briefly and kindly, whether "
               "they are still there. Do not repeat anything else.")
SILENCE_GOODBYE = ("The caller has not answered. Say a short, friendly goodbye (they can call back "
                   "any time) and stop. Do not call any tool.")
#: Why the call went to staff when the caller pressed the transfer key (``transfer_reason``).
KEYPAD_TRANSFER_REASON = "the caller pressed {key} on the keypad for a person"
HAND_OFF = ("A member of our staff is taking over this call now. In one short sentence, tell the "
            "caller you are passing them to a team member and ask them to hold. Do not call any tool.")
HAND_OVER = ("This call must be passed to a member of staff now. Tell the caller exactly this, in "
             "your own voice, and nothing else: ")
#: Why a call went to staff when its process stopped (the call row's ``transfer_reason``).
RESTART_REASON = "the server restarted during the call"
WRAP_UP = ("This call has reached its time limit. Politely wrap up now: in one or two short "
           "sentences tell the caller you have to end the call, summarise anything confirmed, "
           "invite them to call back, and say goodbye. Do not call any tool.")


def _int(value: t.Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class CallSession:
    """The bridge for one call; create it in the ``/stream`` handler and call :meth:`run`."""

    def __init__(self, twilio_ws: t.Any, deps: BridgeDeps) -> None:
        self.deps = deps
        self.settings = deps.settings
        self.registry = deps.registry
        self.clock = deps.clock
        self.twilio = TwilioSide(twilio_ws, self, batch_ms=deps.settings.caller_audio_batch_ms)
        self.call_sid: str | None = None
        self.call_id: int | None = None
        self.caller_phone: str | None = None
        self.started_at = utcnow()
        self.started_monotonic = self.clock.monotonic()
        self.ctx: t.Any = None
        self.model = deps.settings.model
        self.ending = CallEnding()
        self.tracker = PlaybackTracker()
        self.transcript = Transcript()
        self.usage = Usage()
        self.responses = ResponseScheduler(self._send_create)
        self.watchdog = Watchdog(deps.settings.ready_seconds, deps.settings.answer_seconds)
        self.recorder = CallRecorder(deps.store)
        self.tools = ToolRunner(deps.registry, deps.tool_context, off_hub=deps.store.off_hub)
        self.housekeeper: Housekeeper | None = None
        self.keypad = Keypad(deps.settings.keypad_transfer_key, deps.settings.keypad_entry,
                             deps.settings.keypad_entry_seconds)
        self.take_watch: TakeWatch | None = None
        self.language = CallLanguage(deps.settings)
        self._after_tools: str | None = None  # a last line to ask for once the running tools are done
        # After the conversation (the caller gone): only the summary's events are read.
        self._summarizing = False
        self._summary_done = threading.Event()
        self._summary_response: dict[str, t.Any] | None = None
        self.transfer_reason: str | None = None  # stored with a transfer the bridge itself decided
        # counters (read by the benchmark and the live page)
        self.deltas_out = 0
        self.stale_dropped = 0
        self.errors = 0
        self.barge_ins = 0
        # sockets
        self.realtime = RealtimeSide(self)
        self._session_update: dict[str, t.Any] = {}
        self._greeting: str | None = None
        detection = deps.settings.turn_detection or {}
        silence = 500 if detection.get("type") == "server_vad" else 0  # the API's default
        self.gate = BargeInGate(deps.settings.barge_in_min_speech_ms if detection else 0,
                                int(detection.get("prefix_padding_ms", 300)),
                                int(detection.get("silence_duration_ms", silence)))
        self.turns = TurnMetrics(int(detection.get("silence_duration_ms", silence)))
        self._speech_item: str | None = None  # the caller turn being spoken (its item id)
        self._protected_ms = deps.settings.greeting_protected_ms if detection else 0
        self._protected_until: float | None = None  # set when the greeting's first audio goes out
        if self.gate.enabled or self._protected_ms:  # the bridge decides when the caller interrupts
            detection = {**detection, "interrupt_response": False}
        self._turn_detection = detection or None
        self._interrupt_response = bool(detection.get("interrupt_response", False))
        self._vad_answers = bool(detection) and bool(detection.get("create_response", True))

    # ------------------------------------------------------------------ the Twilio side

    def run(self) -> None:
        """Serve the media stream until it ends; every path leaves a complete call record."""
        try:
            self.twilio.serve()
        except Exception as exc:  # a bug must still leave a record and hand the caller to staff
            log.exception("bridge failure on call %s", self.call_sid)
            if self.call_id is not None and not self.ending.finished:
                self._fail("bridge", f"{type(exc).__name__}: {exc}")
        finally:
            self._shutdown()

    @property
    def frames_in(self) -> int:
        return self.twilio.frames_in

    @property
    def bad_frames(self) -> int:
        return self.twilio.bad_frames

    def caller_audio(self, appends: list[bytes]) -> None:
        self.realtime.send_many(appends)

    def played(self, mark: str) -> None:
        self.tracker.on_mark(mark, self.clock.monotonic())
        if self.tracker.outstanding() == 0:
            if self.responses.quiet:
                self._became_idle()
            if self.ending.finishing:
                self._check_finish()

    def stream_stopping(self) -> None:
        self.ending.close()

    def key_pressed(self, key: str) -> None:
        """Twilio's ``dtmf``: a key of the caller's keypad."""
        if self.call_id is None or self.ending.finished:
            return
        action = self.keypad.press(key, self.clock.monotonic())
        self._wake_timers()  # an entry's deadline moved
        if action is not None:
            self.keypad_action(action)

    def keypad_action(self, action: KeyAction) -> None:
        """A key press that completed something (the housekeeper's too: an entry without ``#``)."""
        if self.ending.finished:
            return
        if action is KEY_TRANSFER:
            self._keypad_transfer()
        elif action.digits:
            self._keypad_entry(action.digits)

    def send_twilio(self, *texts: str | bytes) -> bool:
        return self.twilio.send(*texts)

    # ------------------------------------------------------------------ start of the call

    def stream_started(self, message: dict[str, t.Any]) -> None:
        """Twilio's ``start``: redeem the stream token, start the tools, open the Realtime session."""
        start = message.get("start") or {}
        self.twilio.set_stream(str(message.get("streamSid") or start.get("streamSid") or ""))
        call_sid = start.get("callSid")
        params = start.get("customParameters") or {}
        token = next((params[name] for name in TOKEN_PARAMETERS if params.get(name)), None)
        self.call_sid = str(call_sid) if call_sid else None
        self.recorder.call_sid = self.twilio.call_sid = self.realtime.call_sid = self.call_sid
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
            self._close_twilio()
            return
        self.call_id = claim.call_id
        self.twilio.started = True
        self.caller_phone = claim.phone_from
        if claim.started_at is not None:
            self.started_at = claim.started_at
        self.ending.go_live()
        self.deps.live_calls.add(self.call_sid, self)  # type: ignore[arg-type]
        self.recorder.start(self.call_id)
        self.recorder.update_call(model=self.model, heartbeat_at=utcnow())
        try:
            started = offload.run(self._start_tools, off_hub=self.deps.store.off_hub)
            self.ctx, instructions, greeting, tools = started
        except Exception as exc:
            log.exception("call %s: the tools could not start", self.call_sid)
            self._fail("tools", f"could not start the call's tools: {exc}")
            return
        self.responses.instructions = instructions
        self.tools.name = str(self.call_sid)
        settings = self.settings
        self._session_update = realtime.session_update(
            model=self.model, instructions=instructions, tools=tools, voice=settings.voice,
            turn_detection=self._turn_detection, transcription_model=settings.transcription_model,
            language=self.language.start(self.registry, self.ctx), noise_reduction=settings.noise_reduction,
        )
        self._greeting = GREETING_DIRECTIVE + greeting if greeting else None
        self.housekeeper = Housekeeper(self.clock, settings.timings, self, self.ending,
                                       self.started_monotonic, watchdog=self.watchdog, keypad=self.keypad,
                                       gate=self.gate,
                                       name=str(self.call_sid))
        self.housekeeper.start()
        self.take_watch = TakeWatch(self.deps.store, self.call_id, self.clock, settings.take_poll_seconds,
                                    self.staff_take, name=str(self.call_sid))
        self.take_watch.start()
        if self._connect_realtime():
            self.responses.request(self._greeting)

    def _start_tools(self) -> tuple[t.Any, str, str, list[dict[str, t.Any]]]:
        """The call's tool context (its events go to the recorder) and what the model is told."""
        with self.deps.tool_context():
            ctx = self.registry.start_call(self.call_id, self.call_sid, self.caller_phone,
                                           events=self.recorder)
            return (ctx, self.registry.instructions(ctx), self.registry.greeting(ctx),
                    self.registry.definitions())

    def _connect_realtime(self) -> bool:
        """Open the Realtime session (``session.update``, the reader); False when it failed."""
        settings = self.settings
        try:
            socket = self.realtime.open(settings.realtime_url, settings.api_key, settings.connect_timeout)
        except Exception as exc:
            log.error("call %s: OpenAI Realtime unreachable: %s", self.call_sid, exc)
            self._fail("connect", f"OpenAI Realtime unreachable: {exc}")
            return False
        if self.ending.closing:  # the caller hung up while we were connecting
            socket.close()
            socket.release()
            return False
        self.watchdog.connecting(self.clock.monotonic())
        self.realtime.read(socket)
        self.send_realtime(self._session_update)
        self._wake_timers()
        return True

    def _reconnect(self) -> None:
        """A session that never got ready: a new one, greeting again (the conversation had not begun)."""
        self.realtime.replace()
        self.responses.reset()
        if self._connect_realtime():
            self.responses.request(self._greeting)

    # ------------------------------------------------------------------ the OpenAI side

    def send_realtime(self, event: dict[str, t.Any] | str) -> bool:
        return self.realtime.send(event)

    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None:
        """Assistant audio (the hot path): to Twilio, each chunk followed by a mark to learn when
        it played, all in one write."""
        self.watchdog.answered()
        on_audio, decoded_length = self.tracker.on_audio, wire.base64_decoded_length
        media, mark, sid = wire.twilio_media_bytes, wire.twilio_mark_bytes, self.twilio.stream_sid_bytes
        now = self.clock.monotonic()
        self._audio_going_out(now)
        out: list[bytes] = []
        for item_id, payload in deltas:
            name = on_audio(item_id.decode(), decoded_length(payload), now)
            if name is None:
                self.stale_dropped += 1  # audio of an item the caller already cut off
            else:
                out.append(media(sid, payload))
                out.append(mark(sid, name.encode()))
        if out:
            self.deltas_out += len(out) // 2
            self.send_twilio(*out)

    def _audio_going_out(self, now: float) -> None:
        """Assistant audio leaves for the caller: a caller waiting is answered; the first audio of
        the call starts its protected seconds."""
        self.turns.assistant_audio(now)
        if self._protected_until is None and self._protected_ms:
            self._protected_until = now + self._protected_ms / 1000

    def _held_until(self, now: float) -> float | None:
        """Until when speech must not cut the assistant off (the greeting's protected start)."""
        if not self._protected_ms:
            return None
        # Before the greeting's first audio its protected seconds are all still to come.
        return self._protected_until if self._protected_until is not None else now + self._protected_ms / 1000

    def realtime_event(self, event: dict[str, t.Any]) -> None:
        self._dispatch(event)

    def _on_audio(self, item_id: str, payload: str) -> None:
        """Assistant audio (slow path): to Twilio, followed by a mark to learn when it played."""
        self.watchdog.answered()
        now = self.clock.monotonic()
        mark = self.tracker.on_audio(item_id, wire.base64_decoded_length(payload), now)
        if mark is None:
            self.stale_dropped += 1
            return
        self.deltas_out += 1
        self._audio_going_out(now)
        sid = self.twilio.stream_sid
        self.send_twilio(wire.twilio_media(sid, payload), wire.twilio_mark(sid, mark))

    def _send_create(self, event: dict[str, t.Any]) -> bool:
        """A ``response.create``: the model must answer it in time (the watchdog)."""
        if not self.send_realtime(event):
            return False
        self.watchdog.expect_answer(self.clock.monotonic(), event)
        self._wake_timers()
        return True

    def _dispatch(self, event: dict[str, t.Any]) -> None:
        kind = event.get("type")
        if self._summarizing:  # the conversation is over: no more tools, no more speech
            self._after_the_call(kind, event)
            return
        handler = self._handlers.get(kind) if isinstance(kind, str) else None
        if handler is not None:
            handler(self, event)

    def _ev_session_updated(self, event: dict[str, t.Any]) -> None:
        self.watchdog.on_ready()
        session = event.get("session") or {}
        detection = ((session.get("audio") or {}).get("input") or {}).get("turn_detection")
        self._interrupt_response = bool(isinstance(detection, dict) and detection.get("interrupt_response"))

    def _ev_audio_delta(self, event: dict[str, t.Any]) -> None:
        item_id, delta = event.get("item_id"), event.get("delta")
        if isinstance(item_id, str) and isinstance(delta, str):
            if not wire.is_base64(delta.encode("utf-8", "replace")):
                self.realtime.bad_event("an audio delta that is not base64", event.get("event_id"))
                return
            self._on_audio(wire.safe_token(item_id), delta)

    def _ev_speech_started(self, event: dict[str, t.Any]) -> None:
        """Barge-in: stop the assistant's audio at once, then tell the model what was heard."""
        if self.housekeeper is not None:
            self.housekeeper.active(caller_spoke=True)
        self.watchdog.caller_speaking()
        self.turns.caller_started()
        item = event.get("item_id")
        self._speech_item = item if isinstance(item, str) else None
        audible = self.tracker.outstanding() > 0 or self.responses.active
        now = self.clock.monotonic()
        held = self._held_until(now)
        if audible and not self.gate.speech_started(now, _int(event.get("audio_start_ms")), hold_until=held):
            self._wake_timers()  # the gate's deadline: a backchannel, or an interruption?
            return
        self._cut_assistant(cancel=not self._interrupt_response, by_caller=self._speech_item)

    def _ev_speech_stopped(self, event: dict[str, t.Any]) -> None:
        now = self.clock.monotonic()
        verdict = self.gate.speech_stopped(_int(event.get("audio_end_ms")), now)
        if verdict == BACKCHANNEL:  # the assistant talks on: nobody waits for an answer
            self.turns.backchannel_ignored()
            self.recorder.record("backchannel", {"audio_end_ms": _int(event.get("audio_end_ms"))})
            return
        if verdict == INTERRUPTION:
            self._cut_assistant(cancel=not self._interrupt_response, by_caller=self._speech_item)
        if self.tracker.outstanding() == 0:  # the caller's turn is over and the line is quiet
            self.turns.caller_stopped(now)

    def interruption_due(self) -> None:
        """The caller kept speaking over the assistant past the backchannel minimum (the housekeeper)."""
        self._cut_assistant(cancel=not self._interrupt_response, by_caller=self._speech_item)

    def _cut_assistant(self, *, cancel: bool, speech: bool = True, by_caller: str | None = None) -> None:
        """Stop what the assistant is saying: Twilio drops the queued audio, the model's item is
        truncated at what the caller heard, and (``cancel``) the response still generating is
        cancelled (the server cancels it itself on a barge-in when ``interrupt_response`` is on).
        ``speech``: the caller's speech did it (turn ``by_caller``), not a key."""
        active = self.responses.active
        cut = self.tracker.barge_in(response_active=active, now=self.clock.monotonic())
        self.twilio.clear()
        if cut is not None:
            self.barge_ins += 1
            if speech:
                self.turns.interrupted(by_caller)
            heard = cut.played_bytes / cut.sent_bytes if cut.sent_bytes else 0.0
            self.transcript.cut(cut.item_id, heard)
            if cut.audio_end_ms > 0:
                self.send_realtime({"type": "conversation.item.truncate", "item_id": cut.item_id,
                                    "content_index": 0, "audio_end_ms": cut.audio_end_ms})
            self.recorder.record("barge_in", {"item_id": cut.item_id, "audio_end_ms": cut.audio_end_ms,
                                              "generated_ms": cut.sent_bytes // BYTES_PER_MS})
        if active and cancel:
            self.send_realtime({"type": "response.cancel"})

    def _ev_committed(self, event: dict[str, t.Any]) -> None:
        self.transcript.add_item(str(event.get("item_id") or ""), CALLER, event.get("previous_item_id"))
        if self._vad_answers:  # the server answers the caller's turn on its own
            self.watchdog.expect_answer(self.clock.monotonic())
            self._wake_timers()

    def _ev_item_added(self, event: dict[str, t.Any]) -> None:
        item = event.get("item") or {}
        if item.get("type") != "message":
            return
        role = {"user": CALLER, "assistant": ASSISTANT}.get(str(item.get("role")))
        if role is not None:
            self.transcript.add_item(str(item.get("id") or ""), role, event.get("previous_item_id"))

    def _ev_caller_transcript(self, event: dict[str, t.Any]) -> None:
        self._heard(CALLER, event)
        text = event.get("transcript")
        if isinstance(text, str):
            self.turns.caller_said(str(event.get("item_id") or ""), text)
            self.language.heard(self, text, event.get("languages"))

    def _ev_assistant_transcript(self, event: dict[str, t.Any]) -> None:
        self._heard(ASSISTANT, event)

    def _heard(self, role: str, event: dict[str, t.Any]) -> None:
        """A final transcript line: stored, and told to the tools."""
        text = event.get("transcript")
        if isinstance(text, str) and text.strip():
            clean = self.transcript.set_text(str(event.get("item_id") or ""), role, text)
            self.recorder.record("transcript", {"role": role, "text": clean})
            if self.ctx is not None:
                self.registry.add_transcript(self.ctx, role, clean)

    def _ev_response_created(self, event: dict[str, t.Any]) -> None:
        if self.housekeeper is not None:
            self.housekeeper.active()
        self.responses.on_created()

    def _ev_output_item_added(self, event: dict[str, t.Any]) -> None:
        item = event.get("item") or {}
        if item.get("type") == "message" and item.get("id"):
            self.transcript.add_item(str(item["id"]), ASSISTANT)

    def _ev_output_item_done(self, event: dict[str, t.Any]) -> None:
        item = event.get("item") or {}
        if item.get("type") == "function_call":
            self.tools.collect(str(event.get("response_id") or ""), item)

    def _ev_response_done(self, event: dict[str, t.Any]) -> None:
        response = event.get("response") or {}
        status = response.get("status")
        self.watchdog.answered()
        self.usage.add(response.get("usage"))
        output = response.get("output") or []
        calls = self.tools.calls_of(str(response.get("id") or ""), output)
        had_audio = any(isinstance(item, dict) and item.get("type") == "message"
                        and self.tracker.sent_bytes(str(item.get("id"))) > 0 for item in output)
        if status == "failed":
            details = response.get("status_details") or {}
            self._note_error("response", json.dumps(details.get("error") or details)[:500])
        run_tools = bool(calls) and status == "completed"
        deferred = self.responses.on_done(tools_follow=run_tools)
        if run_tools:
            self.tools.start(self.ctx, calls, lambda batch: self._tools_done(batch, had_audio))
        elif calls:
            # Interrupted before it ran: every call still gets an output, never left dangling.
            for call in calls:
                self._send_output(str(call.get("call_id")), NOT_EXECUTED)
                self.recorder.record("tool_call", {
                    "name": call.get("name"), "arguments": call.get("arguments"), "result": None,
                    "error": f"not executed (response {status})"})
        if deferred is not None:
            self.responses.send_create(deferred)
        if self.ending.finishing:
            self._check_finish()
        elif self.tracker.outstanding() == 0 and not calls and self.responses.quiet:
            self._became_idle()

    def _ev_error(self, event: dict[str, t.Any]) -> None:
        error = event.get("error") or {}
        code = error.get("code")
        message = redact(str(error.get("message") or ""))
        if code == "conversation_already_has_active_response":
            again = self.responses.on_active_response_refused()  # ask again once it is done
            if again is not None:
                self.responses.send_create(again)
            return
        if code in BENIGN_ERROR_CODES:
            log.info("call %s: Realtime says %s: %s", self.call_sid, code, message)
            return
        self.responses.on_error_for(error.get("event_id"))
        if code in FATAL_ERROR_CODES or error.get("type") in FATAL_ERROR_TYPES:
            self._fail("realtime", f"{code or error.get('type')}: {message}")
            return
        self._note_error("realtime", f"{code or error.get('type')}: {message}")

    _handlers: t.ClassVar[dict[str, t.Callable[[CallSession, dict[str, t.Any]], None]]] = {
        "session.updated": _ev_session_updated,
        "response.output_audio.delta": _ev_audio_delta,
        "input_audio_buffer.speech_started": _ev_speech_started,
        "input_audio_buffer.speech_stopped": _ev_speech_stopped,
        "input_audio_buffer.committed": _ev_committed,
        "conversation.item.added": _ev_item_added,
        "conversation.item.created": _ev_item_added,
        "conversation.item.input_audio_transcription.completed": _ev_caller_transcript,
        "response.output_audio_transcript.done": _ev_assistant_transcript,
        "response.created": _ev_response_created,
        "response.output_item.added": _ev_output_item_added,
        "response.output_item.done": _ev_output_item_done,
        "response.done": _ev_response_done,
        "error": _ev_error,
    }

    def _after_the_call(self, kind: t.Any, event: dict[str, t.Any]) -> None:
        """Server events once the caller has gone: usage still counts; the summary is kept."""
        if kind == "response.done":
            response = event.get("response") or {}
            self.usage.add(response.get("usage"))
            if summary.is_summary(response):
                self._summary_response = response
                self._summary_done.set()
        elif kind == "error" and (event.get("error") or {}).get("event_id") == SUMMARY_EVENT_ID:
            log.warning("call %s: the summary request was refused: %s", self.call_sid,
                        redact(str((event.get("error") or {}).get("message") or "")))
            self._summary_done.set()

    def _note_error(self, where: str, message: str) -> None:
        self.errors += 1
        log.warning("call %s: %s error: %s", self.call_sid, where, message)
        self.recorder.record("error", {"where": where, "message": message})
        if self.errors > MAX_ERRORS:
            self._fail(where, f"too many errors; last: {message}")

    # ------------------------------------------------------------------ the keypad

    def _keypad_transfer(self) -> None:
        """The transfer key: the caller goes to staff now, mid-sentence too. The assistant stops
        (audio cleared, response cancelled); Twilio says the hand-off line and dials staff
        (``/stream-ended``): nothing waits for the model."""
        key = self.keypad.transfer_key
        log.info("call %s: the caller pressed %s for a person", self.call_sid, key)
        self.recorder.record("keypad", {"action": "transfer", "key": key})
        self._cut_assistant(cancel=True, speech=False)
        reason = KEYPAD_TRANSFER_REASON.format(key=key)
        if self.ctx is not None:
            try:
                offload.run(lambda: self.registry.transfer(self.ctx, reason), off_hub=self.deps.store.off_hub)
            except Exception:  # the caller still reaches staff; only the hand-over notes are missing
                log.exception("call %s: could not record the keypad transfer", self.call_sid)
        self._finish(NEXT_TRANSFER, TRANSFERRED, transfer_reason=reason)

    def _keypad_entry(self, digits: str) -> None:
        """Digits typed then ``#``: to the tools exactly, and to the model as a message of its own
        (never through speech recognition); then the model answers."""
        if self.ctx is None:
            self.recorder.record("keypad", {"action": "entry", "digits": digits})
            return
        try:
            text = offload.run(lambda: self.registry.keypad_entry(self.ctx, digits),
                               off_hub=self.deps.store.off_hub)
        except Exception:
            log.exception("call %s: the tools could not take a keypad entry", self.call_sid)
            self.recorder.record("keypad", {"action": "entry", "digits": digits})
            return
        # What the model is not told is not recorded either (a PIN: tools/verification.py).
        shown = digits in text.replace(" ", "")
        self.recorder.record("keypad", {"action": "entry",
                                        "digits": digits if shown else "(kept from the model)"})
        self.send_realtime({"type": "conversation.item.create", "item": {
            "type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}})
        self.responses.request()

    # ------------------------------------------------------------------ tools

    def _send_output(self, call_id: str, output: str) -> bool:
        return self.send_realtime({"type": "conversation.item.create",
                                   "item": {"type": "function_call_output", "call_id": call_id,
                                            "output": output}})

    def _tools_done(self, batch: ToolBatch, had_audio: bool) -> None:
        self.responses.tools_done()
        if self.ending.closing or self.realtime.closed.is_set():
            # The caller hung up (the tools' DB work is done, nobody to answer), or the model is
            # gone and a failure waited for this batch: it may have placed the order.
            self._check_finish()
            return
        self.language.follow(self)  # a switch of language reaches the model before the outputs
        for call_id, output in batch.outputs.items():
            self._send_output(call_id, output)
        if self._after_tools is not None:  # the end was decided while the tools ran: its line now
            line, self._after_tools = self._after_tools, None
            self.responses.request(line)
        elif batch.action == TRANSFER:
            self._begin_finish(NEXT_TRANSFER, TRANSFERRED, speak=not had_audio)
        elif batch.action == END_CALL:
            self._begin_finish(NEXT_HANGUP, COMPLETED, speak=not had_audio)
        else:
            self.responses.request()

    # ------------------------------------------------------------------ timers (the housekeeper's actions)

    def _became_idle(self) -> None:
        if self.housekeeper is not None:
            self.housekeeper.idle()

    def heartbeat(self) -> None:
        self.recorder.heartbeat()

    def staff_take(self, request: TakeRequest) -> None:
        """Staff pressed *Take this call* (on any process's page: :mod:`.take_watch`): the
        assistant stops, says one short hand-off line, and the call goes to staff exactly as a
        transfer does (``/stream-ended`` dials them). A call already ending is left to end."""
        who = redact(request.by)[:120]
        asked = request.at.isoformat() + "Z" if request.at else None
        deadline = self.clock.monotonic() + FINISH_GRACE_SECONDS
        if self.ending.closing or not self.ending.begin(NEXT_TRANSFER, TRANSFERRED, deadline):
            log.info("call %s: %s asked to take the call, but it is already ending", self.call_sid, who)
            self.recorder.record("take", {"by": who, "requested_at": asked, "taken": False,
                                          "why": "the call was already ending"})
            return
        log.info("call %s: %s takes the call from the assistant", self.call_sid, who)
        reason = f"{who} took the call from the assistant"
        self.recorder.record("take", {"by": who, "requested_at": asked, "taken": True})
        self.recorder.record("transfer", {"reason": reason, "context": {
            "taken_by": who, "cart": self._cart_view()}})
        # As the transfer tool does: were this process to die now, /stream-ended still dials staff.
        self.recorder.update_call(transfer_reason=reason, next_action=NEXT_TRANSFER)
        if self.housekeeper is not None:
            self.housekeeper.active()
        if self.responses.tool_batches:
            self._after_tools = HAND_OFF  # the running tools' outputs go first, then the line
        else:
            self.responses.request(HAND_OFF)  # deferred behind the response cancelled next, if any
        self._cut_assistant(cancel=True, speech=False)  # staff want the caller now, not after this sentence
        self._wake_timers()  # for the deadline
        self._check_finish()

    def wrap_up(self) -> None:
        log.info("call %s reached POS_VOICE_SESSION_MAX_SECONDS; wrapping up", self.call_sid)
        self.recorder.record("error", {"where": "session", "message": "time limit reached: wrapped up"})
        self._begin_finish(NEXT_HANGUP, ABANDONED, speak=True, instructions=WRAP_UP)

    def still_there(self) -> None:
        self.responses.request(STILL_THERE)

    def silence_goodbye(self) -> None:
        self.recorder.record("error", {"where": "silence", "message": "no answer: hung up"})
        self._begin_finish(NEXT_HANGUP, ABANDONED, speak=True, instructions=SILENCE_GOODBYE)

    def stalled(self, stall: Stall) -> None:
        """The model missed a watchdog bound: retry once, then hand the caller to staff."""
        seconds = self.watchdog.ready_seconds if stall.kind == READY else self.watchdog.answer_seconds
        what = ("the Realtime session was not ready" if stall.kind == READY
                else "the model did not answer")
        if stall.retried:
            self._fail("watchdog", f"{what} within {seconds:g}s, twice: dead air")
            return
        log.warning("call %s: %s within %gs; trying again", self.call_sid, what, seconds)
        self.recorder.record("error", {"where": "watchdog",
                                       "message": f"{what} within {seconds:g}s: retried"})
        self.watchdog.retrying(stall, self.clock.monotonic())
        if stall.kind == READY:
            self._reconnect()
        else:
            if self.responses.active:
                self.send_realtime({"type": "response.cancel"})
            self.responses.reset()
            self.responses.send_create(stall.request or realtime.response_create())

    def hand_to_staff(self, message: str) -> None:
        """The process is stopping (a restart's drain ran out, :mod:`pos_voice.serving`): the
        assistant says ``message``, then Twilio dials staff (``/stream-ended``), the same ending
        as the model's own transfer. The transfer event tells staff why, with the order number
        when one was placed (so it is not taken twice). A call already ending is left to end."""
        if self.ending.finishing or self.ending.finished:
            return
        order = self._placed_order()
        number = order.get("order_number") if order else None
        self.transfer_reason = (f"{RESTART_REASON}: order #{number} is already placed" if number is not None
                                else RESTART_REASON)
        log.warning("call %s: the server is stopping; handing the caller to staff", self.call_sid)
        self.recorder.record("transfer", {"reason": self.transfer_reason, "context": {
            "order_number": number, "order_placed": order is not None, "cart": self._cart_view()}})
        if self.ending.phase is not Phase.LIVE or self.realtime.closed.is_set():
            self._finish(NEXT_TRANSFER, TRANSFERRED)  # nobody to say it: staff say hello
            return
        self._begin_finish(NEXT_TRANSFER, TRANSFERRED, speak=True, instructions=HAND_OVER + message)

    def _wake_timers(self) -> None:
        if self.housekeeper is not None:
            self.housekeeper.ring()

    def finish_overdue(self, outcome: Outcome) -> None:
        log.warning("call %s: the end did not come in time (goodbye still playing, or a tool still "
                    "running); ending anyway", self.call_sid)
        self._finish(outcome.next_action, outcome.disposition, outcome.error)

    # ------------------------------------------------------------------ ending the call

    def _begin_finish(self, next_action: str, disposition: str, *, speak: bool,
                      instructions: str | None = None) -> None:
        """End the call once what the assistant is saying has played to the caller."""
        if not self.ending.begin(next_action, disposition, self.clock.monotonic() + FINISH_GRACE_SECONDS):
            return
        if self.housekeeper is not None:
            self.housekeeper.active()
        if speak:
            self.responses.request(instructions)
        if self.housekeeper is not None:
            self.housekeeper.ring()  # for the deadline
        self._check_finish()

    def _check_finish(self) -> None:
        pending = self.ending.pending
        if pending is None or not self.responses.settled:
            return
        if self.tracker.outstanding() > 0:
            return  # the last audio has not played yet: its mark will bring us back
        self._finish(pending.next_action, pending.disposition, pending.error)

    def _finish(self, next_action: str, disposition: str, error: str | None = None,
                transfer_reason: str | None = None) -> None:
        """Decide what Twilio does next (in the DB, before the stream closes), then close both ends.

        A failure after the order was placed is not a failed call: the call is completed (the
        failure noted), and Twilio tells the caller the order number before dialling staff."""
        order = self._placed_order() if next_action == NEXT_FALLBACK else None
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
                "order_number": number, "order_placed": True, "cart": self._cart_view()}})
            fields = {"disposition": COMPLETED, "transfer_reason": reason[:2000]}
        self.recorder.store_decision(next_action, error, **fields)
        self._summarizing = True  # decided: the conversation is over
        self._close_twilio()  # Twilio goes on at once (the staff dial, the hang-up)
        if not self._wants_summary():
            self._close_realtime()

    def _fail(self, where: str, message: str) -> None:
        """Hand the caller to staff: Twilio apologises and dials them (``/stream-ended``).

        A tool batch still running (``submit_order`` right before the model went away) is
        waited for, at most :data:`FINISH_GRACE_SECONDS`: whether it placed the order decides
        what the caller hears. The first failure decides; later ones (the other socket noticing
        the same loss) change nothing."""
        if not self.ending.first_failure():
            return
        self.watchdog.stop()
        error = f"{where}: {message}"
        self.recorder.record("error", {"where": where, "message": redact(message), "cart": self._cart_view()})
        deadline = self.clock.monotonic() + FINISH_GRACE_SECONDS
        if self.responses.tool_batches and self.ending.begin(NEXT_FALLBACK, FAILED, deadline, error):
            self._close_realtime()
            self.responses.reset()
            self._wake_timers()
            self._check_finish()  # (the batch may have finished in the meantime)
            return
        self._finish(NEXT_FALLBACK, FAILED, error=error)

    def _placed_order(self) -> dict[str, t.Any] | None:
        if self.ctx is None:
            return None
        try:
            return t.cast("dict[str, t.Any] | None", self.registry.placed_order(self.ctx))
        except Exception:
            log.exception("call %s: could not ask the tools about the order", self.call_sid)
            return None

    def realtime_lost(self, exc: BaseException) -> None:
        if self.ending.closing or self.realtime.closed.is_set():
            self._summary_done.set()  # nobody left to write the summary
            return
        log.error("call %s: lost the OpenAI Realtime connection: %s", self.call_sid, exc)
        self._fail("realtime", f"connection lost: {type(exc).__name__}: {exc}")

    def _close_realtime(self) -> None:
        self.realtime.close()

    def _close_twilio(self) -> None:
        self.twilio.close()

    def _shutdown(self) -> None:
        """After the stream ended, whoever ended it: close OpenAI at once, let running tools
        finish their DB work, then write the complete call record."""
        self.ending.close()
        caller_hung_up = not self.ending.finished
        self._summarizing = True
        if not self._wants_summary():
            self._close_realtime()
        elif self.responses.active:
            self.send_realtime({"type": "response.cancel"})  # nobody is listening any more
        self._close_twilio()
        if self.housekeeper is not None:
            self.housekeeper.stop()
        if self.take_watch is not None:
            self.take_watch.stop()
        self.tools.join(TOOL_JOIN_SECONDS)
        model_summary = self._ask_summary() if self._wants_summary() else None
        self._close_realtime()
        self.realtime.join(timeout=2)
        if self.call_id is not None and self.twilio.started:
            self.turns.end(self.clock.monotonic())
            self.recorder.record("turn_metrics", self.turns.as_dict())
        self.recorder.stop()
        if self.call_id is not None:
            outcome = self.ending.outcome
            try:
                self.recorder.write_final(FinalRecord(
                    caller_hung_up=caller_hung_up,
                    disposition=outcome.disposition if outcome else None,
                    next_action=outcome.next_action if outcome else None,
                    transcript=self.transcript.text(), model=self.model, usage=self.usage,
                    cost_usd=self.usage.cost(self.settings.prices), summary=model_summary,
                    counters={"frames_in": self.frames_in, "audio_chunks_out": self.deltas_out,
                              "barge_ins": self.barge_ins, "bad_frames": self.bad_frames,
                              "bad_realtime_events": self.realtime.bad_events},
                ))
            except Exception:
                log.exception("call %s: could not write the final call record", self.call_sid)
        if self.call_sid:
            self.deps.live_calls.remove(self.call_sid)
        self.ending.ended()

    # ------------------------------------------------------------------ the summary

    def _wants_summary(self) -> bool:
        """Ask the model for the summary: it is on, the session is up, and the model is not
        what failed (a call handed to staff for a dead or mute model gets the events' one)."""
        outcome = self.ending.outcome
        return (self.settings.summary_seconds > 0 and self.call_id is not None
                and self.realtime.socket is not None and not self.realtime.closed.is_set()
                and not (outcome is not None and outcome.next_action == NEXT_FALLBACK))

    def _ask_summary(self) -> dict[str, t.Any] | None:
        """The model's summary of the call (out of band, text only), waited for at most
        ``summary_seconds``; None without a usable one (the events' summary stands in)."""
        if not self.send_realtime(summary.request(SUMMARY_EVENT_ID, self._summary_facts())):
            return None
        if not self._summary_done.wait(self.settings.summary_seconds):
            log.info("call %s: no summary from the model within %gs; the events' summary is used",
                     self.call_sid, self.settings.summary_seconds)
            return None
        if self._summary_response is None:
            return None
        parsed = summary.parse(summary.response_text(self._summary_response))
        if parsed is None:
            log.warning("call %s: the model's summary was not the JSON asked for; the events' summary "
                        "is used", self.call_sid)
        return parsed

    def _summary_facts(self) -> str:
        """What the bridge knows of the outcome, for the model to summarise accurately."""
        outcome = self.ending.outcome
        if outcome is None:
            facts = ["the caller hung up"]
        elif outcome.next_action == NEXT_TRANSFER:
            facts = ["the call is being transferred to staff"]
        else:
            facts = ["the assistant ended the call"]
        order = self._placed_order()
        if order is not None:
            facts.append(f"order #{order.get('order_number')} was placed (total {order.get('total')})")
        else:
            facts.append("no order was placed")
        return "; ".join(facts) + "."

    # ------------------------------------------------------------------ the live page

    def _cart_view(self) -> t.Any:
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
            "cart": redact_value(self._cart_view()),
            "barge_ins": self.barge_ins,
            "turns": self.turns.as_dict(),
        }
