"""The assistant's voice on the line: its audio out to the caller, and cutting it short.

Assistant audio goes to Twilio with a mark after each chunk (to learn when it played:
:class:`~pos_voice.bridge.playback.PlaybackTracker`). The caller speaking over it is a barge-in
(the :class:`~pos_voice.bridge.interruptions.BargeInGate` decides whether it is one, or a
backchannel, or noise over the greeting's protected start); a barge-in, the keypad's transfer
key and staff taking the call all cut the assistant short the same way (:meth:`AssistantVoice.cut`).
How the model hears of the cut is the engine's (truncate, cancel).
"""

from __future__ import annotations

import typing as t

from . import wire
from .clock import Clock
from .engine import ModelEngine
from .interruptions import BACKCHANNEL, INTERRUPTION, BargeInGate
from .playback import BYTES_PER_MS, PlaybackTracker
from .recorder import CallRecorder
from .responses import ResponseScheduler
from .transcript import Transcript
from .turns import TurnMetrics
from .twilio_side import TwilioSide
from .watchdog import Watchdog

if t.TYPE_CHECKING:
    from .deps import BridgeSettings


class AssistantVoice:
    def __init__(self, settings: BridgeSettings, *, clock: Clock, twilio: TwilioSide, engine: ModelEngine,
                 tracker: PlaybackTracker, transcript: Transcript, responses: ResponseScheduler,
                 recorder: CallRecorder, watchdog: Watchdog, wake: t.Callable[[], None],
                 caller_spoke: t.Callable[[], None]) -> None:
        self.clock = clock
        self.twilio = twilio
        self.engine = engine
        self.tracker = tracker
        self.transcript = transcript
        self.responses = responses
        self.recorder = recorder
        self.watchdog = watchdog
        self._wake = wake  # a deadline the housekeeper watches moved
        self._caller_spoke = caller_spoke  # the silence clock starts over
        detection = settings.turn_detection or {}
        silence = 500 if detection.get("type") == "server_vad" else 0  # the API's default
        self.gate = BargeInGate(settings.barge_in_min_speech_ms if detection else 0,
                                int(detection.get("prefix_padding_ms", 300)),
                                int(detection.get("silence_duration_ms", silence)))
        self.turns = TurnMetrics(int(detection.get("silence_duration_ms", silence)))
        self._speech_item: str | None = None  # the caller turn being spoken (its item id)
        self._protected_ms = settings.greeting_protected_ms if detection else 0
        self._protected_until: float | None = None  # set when the greeting's first audio goes out
        if self.gate.enabled or self._protected_ms:  # the bridge decides when the caller interrupts
            detection = {**detection, "interrupt_response": False}
        self.turn_detection = detection or None  # what the model is set up with
        self.interrupt_response = bool(detection.get("interrupt_response", False))
        self.vad_answers = bool(detection) and bool(detection.get("create_response", True))
        # counters (read by the benchmark, the live page and the call's record)
        self.deltas_out = 0
        self.stale_dropped = 0
        self.barge_ins = 0

    def ready(self, interrupt_response: bool) -> None:
        """The model applied its set-up: whether it cancels a response itself on a barge-in."""
        self.interrupt_response = interrupt_response

    # --- out to the caller
    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None:
        """Assistant audio (the hot path): to Twilio, each chunk followed by a mark to learn when
        it played, all in one write."""
        self.watchdog.answered()
        on_audio, decoded_length = self.tracker.on_audio, wire.base64_decoded_length
        media, mark, sid = wire.twilio_media_bytes, wire.twilio_mark_bytes, self.twilio.stream_sid_bytes
        now = self.clock.monotonic()
        self._going_out(now)
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
            self.twilio.send(*out)

    def _going_out(self, now: float) -> None:
        """A caller waiting is answered; the first audio of the call starts its protected seconds."""
        self.turns.assistant_audio(now)
        if self._protected_until is None and self._protected_ms:
            self._protected_until = now + self._protected_ms / 1000

    def _held_until(self, now: float) -> float | None:
        """Until when speech must not cut the assistant off (the greeting's protected start)."""
        if not self._protected_ms:
            return None
        # Before the greeting's first audio its protected seconds are all still to come.
        return self._protected_until if self._protected_until is not None else now + self._protected_ms / 1000

    # --- the caller speaking
    def speech_started(self, item_id: str | None, audio_start_ms: int) -> None:
        """Barge-in: stop the assistant's audio at once, then tell the model what was heard."""
        self._caller_spoke()
        self.watchdog.caller_speaking()
        self.turns.caller_started()
        self._speech_item = item_id
        audible = self.tracker.outstanding() > 0 or self.responses.active
        now = self.clock.monotonic()
        held = self._held_until(now)
        if audible and not self.gate.speech_started(now, audio_start_ms, hold_until=held):
            self._wake()  # the gate's deadline: a backchannel, or an interruption?
            return
        self.interrupted()

    def speech_stopped(self, audio_end_ms: int) -> None:
        now = self.clock.monotonic()
        verdict = self.gate.speech_stopped(audio_end_ms, now)
        if verdict == BACKCHANNEL:  # the assistant talks on: nobody waits for an answer
            self.turns.backchannel_ignored()
            self.recorder.record("backchannel", {"audio_end_ms": audio_end_ms})
            return
        if verdict == INTERRUPTION:
            self.interrupted()
        if self.tracker.outstanding() == 0:  # the caller's turn is over and the line is quiet
            self.turns.caller_stopped(now)

    def interrupted(self) -> None:
        """The caller's speech cuts the assistant off (also the housekeeper's, once the caller
        kept speaking past the backchannel minimum)."""
        self.cut(cancel=not self.interrupt_response, by_caller=self._speech_item)

    def cut(self, *, cancel: bool, speech: bool = True, by_caller: str | None = None) -> None:
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
                self.engine.truncate(cut.item_id, cut.audio_end_ms)
            self.recorder.record("barge_in", {"item_id": cut.item_id, "audio_end_ms": cut.audio_end_ms,
                                              "generated_ms": cut.sent_bytes // BYTES_PER_MS})
        if active and cancel:
            self.engine.cancel_response()
