"""Both sides of the conversation, in conversation order, redacted.

Caller transcriptions arrive asynchronously (often after the assistant has already
answered), so lines are ordered by when their item entered the conversation, not by when
their text arrived.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ..redaction import redact

CALLER, ASSISTANT = "caller", "assistant"


@dataclass
class Line:
    item_id: str
    role: str
    text: str | None = None  # None until the transcript of the item is known
    interrupted: bool = False


class Transcript:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lines: list[Line] = []
        self._by_item: dict[str, Line] = {}
        self._heard: dict[str, float] = {}  # item -> fraction heard, for items cut by a barge-in

    def add_item(self, item_id: str, role: str, previous_item_id: str | None = None) -> None:
        """An item entered the conversation (placed after ``previous_item_id`` when known)."""
        if not item_id:
            return
        with self._lock:
            if item_id in self._by_item:
                return
            line = Line(item_id, role)
            self._by_item[item_id] = line
            if previous_item_id and previous_item_id in self._by_item:
                index = self._lines.index(self._by_item[previous_item_id]) + 1
                self._lines.insert(index, line)
            else:
                self._lines.append(line)

    def set_text(self, item_id: str, role: str, text: str) -> str:
        """The item's final text (redacted, also returned); adds the item if it is new."""
        clean = redact(text.strip())
        self.add_item(item_id, role)
        with self._lock:
            line = self._by_item[item_id]
            if item_id in self._heard:  # cut before its text arrived: keep what was heard
                clean = _trim(clean, self._heard[item_id])
            line.text = clean
            return clean

    def cut(self, item_id: str, heard_fraction: float) -> None:
        """A barge-in cut the item: keep roughly the part the caller heard."""
        with self._lock:
            line = self._by_item.get(item_id)
            if line is None:
                line = Line(item_id, ASSISTANT)
                self._by_item[item_id] = line
                self._lines.append(line)
            line.interrupted = True
            if line.text is not None and item_id not in self._heard:
                line.text = _trim(line.text, heard_fraction)
            self._heard[item_id] = heard_fraction

    def lines(self) -> list[dict[str, str]]:
        with self._lock:
            return [
                {"role": line.role, "text": line.text + (" —" if line.interrupted else "")}
                for line in self._lines if line.text
            ]

    def text(self) -> str:
        role_names = {CALLER: "Caller", ASSISTANT: "Assistant"}
        return "\n".join(f"{role_names.get(line['role'], line['role'])}: {line['text']}"
                         for line in self.lines())

    def heard_fraction(self, item_id: str) -> float | None:
        with self._lock:
            return self._heard.get(item_id)


def _trim(text: str, fraction: float) -> str:
    if fraction >= 1:
        return text
    keep = max(0, int(len(text) * fraction))
    cut = text[:keep]
    if " " in cut and keep < len(text):
        cut = cut[: cut.rfind(" ")]  # end on a whole word
    return cut.strip()
