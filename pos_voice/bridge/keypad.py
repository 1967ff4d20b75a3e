"""The caller's keypad (Twilio's ``dtmf`` events): the transfer key, and numbers typed then ``#``.

Rules, per call:

* the transfer key (``POS_VOICE_KEYPAD_TRANSFER_DIGIT``) pressed as the first key of an entry
  hands the caller to staff, whatever the assistant is doing;
* any other digit starts an entry (callers may type a number; ``KEYPAD_ENTRY``): digits
  collect until ``#``, or until :attr:`Keypad.entry_seconds` pass after the last key (many
  callers forget the ``#``); ``*`` starts the entry over; a key past :data:`MAX_DIGITS` is
  dropped (no phone number is longer);
* within an entry the transfer key is just a digit (a number may contain it).

No sockets and no timers of its own: the session feeds in the keys with the time, the
housekeeper asks :meth:`Keypad.due` at :attr:`Keypad.deadline`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

KEYS = frozenset("0123456789*#")
END, START_OVER = "#", "*"
MAX_DIGITS = 20  # E.164 allows 15; room for a trunk or international prefix


@dataclass(frozen=True)
class KeyAction:
    """What a key press made happen: ``transfer``, or an ``entry`` of ``digits`` complete."""

    kind: str
    digits: str = ""


TRANSFER = KeyAction("transfer")


class Keypad:
    def __init__(self, transfer_key: str | None, entry: bool, entry_seconds: float) -> None:
        self.transfer_key = transfer_key
        self.entry = entry
        self.entry_seconds = entry_seconds
        self._lock = threading.Lock()
        self._digits: list[str] = []
        self._last_key_at: float | None = None
        self.keys = 0  # keys pressed (the call's record)

    def press(self, key: str, now: float, digits_asked: bool = False) -> KeyAction | None:
        """One key; the action it completes, if any. ``key`` must be one of :data:`KEYS`.
        ``digits_asked``: the caller was asked to type digits (a PIN), so the transfer key begins
        them instead of transferring."""
        with self._lock:
            self.keys += 1
            if not self._digits and key == self.transfer_key and not (digits_asked and self.entry):
                return TRANSFER
            if not self.entry:
                return None
            if key == END:
                return self._take() if self._digits else None
            if key == START_OVER:
                self._digits.clear()
                self._last_key_at = None
                return None
            if len(self._digits) < MAX_DIGITS:
                self._digits.append(key)
            self._last_key_at = now
            return None

    @property
    def deadline(self) -> float | None:
        """When an entry without ``#`` is taken as typed (None: no entry under way)."""
        last = self._last_key_at
        return None if last is None or not self._digits else last + self.entry_seconds

    def due(self, now: float) -> KeyAction | None:
        """The entry, once its deadline has passed."""
        with self._lock:
            deadline = self.deadline
            if deadline is None or now < deadline:
                return None
            return self._take()

    def _take(self) -> KeyAction:
        digits = "".join(self._digits)
        self._digits.clear()
        self._last_key_at = None
        return KeyAction("entry", digits)
