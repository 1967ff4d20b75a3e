"""What the caller has actually heard, from Twilio mark echoes and the time since.

Every audio chunk sent to Twilio is followed by a mark named ``<generation>:<item>:<seq>``; Twilio
echoes a mark once the audio before it has played, and also echoes every pending mark when
it gets a ``clear``. Marks from before the last ``clear`` (an older generation) therefore
say nothing about playback and are ignored. Counts are in bytes of μ-law (8 per ms).

A mark only says the audio *before* it has played: between echoes the caller is somewhere in
the next chunk, so the last echo alone lags real playback by up to a chunk (92-100 ms
measured with a caller playing in real time). At a barge-in the position is therefore played
forward from the last echo with the time elapsed since, on the injected clock, the way Twilio
plays its queue: each chunk after that mark starts when the one before it ends, or when it was
sent if the queue had run dry, and no further than the audio actually sent.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

BYTES_PER_MS = 8


@dataclass(frozen=True)
class Cut:
    """What a barge-in cut: the item, how much of it was heard, how much was generated."""

    item_id: str
    played_bytes: int
    sent_bytes: int

    @property
    def audio_end_ms(self) -> int:
        return min(self.played_bytes, self.sent_bytes) // BYTES_PER_MS


class PlaybackTracker:
    """Per call: bytes sent and played per assistant item, pending marks, the generation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.generation = 0
        self._seq = 0
        # mark name -> (generation, item, bytes, when sent); in send order
        self._pending: dict[str, tuple[int, str, int, float]] = {}
        self._echoed_at: float | None = None  # when the current generation's last mark came back
        self._sent: dict[str, int] = {}
        self._played: dict[str, int] = {}
        self._cut: set[str] = set()
        self._outstanding = 0  # marks of the current generation not echoed yet
        self.current_item: str | None = None
        self.cleared_marks = 0  # echoes of cleared audio, ignored

    def on_audio(self, item_id: str, size: int, now: float = 0.0) -> str | None:
        """Record ``size`` bytes of ``item_id`` sent at ``now``; the mark name to send after it, or
        ``None`` when the item was cut by a barge-in (the chunk must be dropped)."""
        with self._lock:
            if item_id in self._cut:
                return None
            self._seq += 1
            name = f"{self.generation}:{item_id}:{self._seq}"
            self._pending[name] = (self.generation, item_id, size, now)
            self._outstanding += 1
            self._sent[item_id] = self._sent.get(item_id, 0) + size
            self.current_item = item_id
            return name

    def on_mark(self, name: str, now: float = 0.0) -> bool:
        """A mark echo at ``now``; True when it counted as played audio (current generation)."""
        with self._lock:
            entry = self._pending.pop(name, None)
            if entry is None:
                return False
            generation, item_id, size, _ = entry
            if generation != self.generation:
                self.cleared_marks += 1
                return False
            self._outstanding -= 1
            self._played[item_id] = self._played.get(item_id, 0) + size
            self._echoed_at = now
            return True

    def _playing(self, item_id: str, now: float) -> int:
        """Bytes of ``item_id`` played since the last echo, by ``now`` (Twilio's queue played forward)."""
        cursor = self._echoed_at
        played = 0
        for generation, item, size, sent_at in self._pending.values():
            if generation != self.generation:
                continue
            start = sent_at if cursor is None else max(cursor, sent_at)
            if now <= start:
                break
            if item == item_id:
                played += min(size, round((now - start) * 1000 * BYTES_PER_MS))
            cursor = start + size / BYTES_PER_MS / 1000
        return played

    def outstanding(self) -> int:
        """Marks of the current generation not echoed yet (audio still queued at Twilio)."""
        return self._outstanding

    def barge_in(self, response_active: bool = False, now: float | None = None) -> Cut | None:
        """The caller spoke (or pressed the transfer key) at ``now``: start a new generation;
        return the item cut, if any, with what of it was heard by ``now`` (by the last echo
        when ``now`` is None).

        The last assistant item is cut when some of its audio is still queued at Twilio or
        its response is still generating; ``None`` when it was heard in full (or there is
        none). A cut item's later audio is dropped."""
        with self._lock:
            item = self.current_item
            playing = self._playing(item, now) if item is not None and now is not None else 0
            self.generation += 1
            self._echoed_at = None
            unplayed = self._outstanding > 0
            self._outstanding = 0
            if item is None:
                return None
            sent = self._sent.get(item, 0)
            played = self._played.get(item, 0) + playing
            if not unplayed and not response_active:
                return None  # heard to the end: leave the item whole
            self._cut.add(item)
            self.current_item = None
            return Cut(item, played, sent)

    def is_cut(self, item_id: str) -> bool:
        with self._lock:
            return item_id in self._cut

    def sent_bytes(self, item_id: str) -> int:
        with self._lock:
            return self._sent.get(item_id, 0)

    def played_bytes(self, item_id: str) -> int:
        with self._lock:
            return self._played.get(item_id, 0)

    def unplayed_ms(self) -> int:
        """Audio of the current generation still queued at Twilio, in ms."""
        with self._lock:
            generation = self.generation
            return sum(entry[2] for entry in self._pending.values() if entry[0] == generation) // BYTES_PER_MS
