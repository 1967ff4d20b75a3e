"""When the caller's speech over the assistant is an interruption, and when a backchannel.

"Mm-hm", "okay", "yeah" while the assistant talks are not a request to stop. With
``POS_VOICE_BARGE_IN_MIN_SPEECH_MS`` > 0 the bridge stops the assistant only once the caller
has spoken that long: the VAD's ``speech_started`` opens a pending barge-in; a
``speech_stopped`` whose speech was shorter closes it as a backchannel (nothing is cleared or
cancelled); the deadline passing with the caller still speaking makes it an interruption.

The server's VAD reports the end of speech only after ``silence_duration_ms`` of silence, so a
short backchannel is known to be over that late: the minimum must exceed the VAD's silence
duration to tell them apart, and every real interruption then stops the assistant that much
later. The speech's length is read from the VAD's own audio clock (``audio_end_ms`` minus the
silence, minus ``audio_start_ms`` and its prefix padding), not from when the events arrived.

The start of the call is protected the same way (``POS_VOICE_GREETING_PROTECTED_MS``): speech
while the greeting's first seconds play is held until they have played; speech that ends before
then was noise (a cough, a car, a kitchen) and the greeting with its AI disclosure plays on.

No sockets, no timers of its own: the housekeeper asks :meth:`BargeInGate.due` at its deadline.
"""

from __future__ import annotations

import threading

BACKCHANNEL, INTERRUPTION = "backchannel", "interruption"


class BargeInGate:
    def __init__(self, min_speech_ms: int, prefix_padding_ms: int = 300, silence_ms: int = 500) -> None:
        self.min_speech_ms = min_speech_ms
        self.prefix_padding_ms = prefix_padding_ms
        self.silence_ms = silence_ms
        self._lock = threading.Lock()
        self._started_ms: int | None = None  # audio_start_ms of the pending barge-in
        self._deadline: float | None = None
        self._held_until: float | None = None  # the protected start of the call, while it plays
        self.backchannels = 0

    @property
    def enabled(self) -> bool:
        return self.min_speech_ms > 0

    @property
    def deadline(self) -> float | None:
        return self._deadline

    def speech_started(self, now: float, audio_start_ms: int, hold_until: float | None = None) -> bool:
        """The caller started speaking over the assistant; True when that is an interruption now
        (the gate is off and nothing is protected), False when it waits to see. ``hold_until``:
        the protected start of the call plays until then."""
        held = hold_until if hold_until is not None and hold_until > now else None
        if not self.enabled and held is None:
            return True
        with self._lock:
            if self._deadline is None:
                self._started_ms = audio_start_ms
                self._held_until = held
                self._deadline = max(now + self.min_speech_ms / 1000, held or now)
        return False

    def speech_stopped(self, audio_end_ms: int, now: float | None = None) -> str | None:
        """The VAD's end of that speech (at ``now``): its verdict, or None when nothing was pending."""
        with self._lock:
            if self._deadline is None or self._started_ms is None:
                return None
            spoken = (audio_end_ms - self.silence_ms) - (self._started_ms + self.prefix_padding_ms)
            held = self._held_until is not None and now is not None and now < self._held_until
            self._deadline = self._started_ms = self._held_until = None
            if held or spoken < self.min_speech_ms:
                self.backchannels += 1
                return BACKCHANNEL
            return INTERRUPTION

    def due(self, now: float) -> bool:
        """True once the pending barge-in's deadline passed with no end of speech: an interruption."""
        with self._lock:
            if self._deadline is None or now < self._deadline:
                return False
            self._deadline = self._started_ms = self._held_until = None
            return True
