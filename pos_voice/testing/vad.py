"""Voice activity detection over G.711 μ-law, as the fakes' "server VAD" (audio time, not wall time).

A 20 ms frame is speech when most of its bytes are not the μ-law silence codes 0xFF / 0x7F
(what :class:`~pos_voice.testing.SimulatedCaller` sends between utterances). Speech starts
after ``SPEECH_START_MS`` of speech frames (clicks do not start a turn) and stops after the
configured run of silence; both edges are reported in milliseconds of audio received.
"""

from __future__ import annotations

BYTES_PER_MS = 8  # G.711 μ-law, 8 kHz, one byte per sample
SILENCE_CODES = (0xFF, 0x7F)
FRAME_BYTES = 160  # 20 ms
SPEECH_START_MS = 40


def is_speech(frame: bytes) -> bool:
    silent = frame.count(SILENCE_CODES[0]) + frame.count(SILENCE_CODES[1])
    return silent * 2 < len(frame)


class ServerVad:
    """Turn edges in a stream of μ-law audio; not thread-safe (callers hold their own lock)."""

    def __init__(self) -> None:
        self.audio_ms = 0.0  # audio received so far
        self.in_speech = False
        self._speech_run_ms = 0.0
        self._silence_run_ms = 0.0
        self._remainder = b""

    def frames(self, audio: bytes) -> list[bytes]:
        """Cut appended audio into whole 20 ms frames (the rest waits for the next append)."""
        data = self._remainder + audio
        usable = len(data) - len(data) % FRAME_BYTES
        self._remainder = data[usable:]
        return [data[start:start + FRAME_BYTES] for start in range(0, usable, FRAME_BYTES)]

    def step(self, frame: bytes, silence_duration_ms: float | None) -> tuple[str, float] | None:
        """Advance by one frame; ``("started", audio_start_ms)``, ``("stopped", audio_end_ms)`` or None.

        ``silence_duration_ms=None`` means turn detection is off: only the clock advances.
        """
        frame_ms = len(frame) / BYTES_PER_MS
        self.audio_ms += frame_ms
        if silence_duration_ms is None:
            return None
        if is_speech(frame):
            self._silence_run_ms = 0.0
            if not self.in_speech:
                self._speech_run_ms += frame_ms
                if self._speech_run_ms >= SPEECH_START_MS:
                    self.in_speech = True
                    return "started", max(0.0, self.audio_ms - self._speech_run_ms)
            return None
        if not self.in_speech:
            self._speech_run_ms = 0.0
            return None
        self._silence_run_ms += frame_ms
        if self._silence_run_ms < silence_duration_ms:
            return None
        self.in_speech = False
        self._speech_run_ms = 0.0
        return "stopped", self.audio_ms - self._silence_run_ms

    def reset(self) -> None:
        """Forget a turn in progress (``input_audio_buffer.clear``); the clock keeps running."""
        self.in_speech = False
        self._speech_run_ms = self._silence_run_ms = 0.0
