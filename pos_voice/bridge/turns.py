"""Turn-taking metrics of a call: how fast the assistant answers, how often it was interrupted,
how often for nothing, and how long callers waited in silence.

Per call, the session feeds :class:`TurnMetrics` and records :meth:`TurnMetrics.as_dict` as the
call's ``turn_metrics`` event when the call ends. Other code (the staff dashboard) reads them
back with :func:`read_turn_metrics` and pools calls with :func:`combine`.

Definitions:

- *response time*: from the caller's end of speech to the first assistant audio sent after it.
  The server's VAD reports the end of speech ``silence_duration_ms`` after it happened, so that
  much is taken off the arrival of ``speech_stopped``: the caller's wait is counted from when they
  stopped talking;
- *interruption*: the caller's speech cut the assistant off (audio cleared);
- *false interruption*: an interruption whose caller turn the transcript shows to be a
  backchannel only ("mm-hm", "okay", "sí"): the assistant stopped for nothing;
- *ignored backchannel*: speech over the assistant the backchannel gate let pass
  (``POS_VOICE_BARGE_IN_MIN_SPEECH_MS``);
- *dead air*: a wait longer than :data:`DEAD_AIR_MS` (also one the call ended in).
"""

from __future__ import annotations

import math
import re
import threading
import typing as t

import sqlalchemy as sa

DEAD_AIR_MS = 2000
MAX_SAMPLES = 500  # response times kept per call (a 25-minute call has fewer turns)
#: Whole caller turns that are only a backchannel (English and Spanish), after lower-casing and
#: dropping punctuation.
BACKCHANNELS = frozenset({
    "mm", "mhm", "mm-hm", "mm-hmm", "mmhm", "mmhmm", "hm", "hmm", "uh-huh", "uh huh", "uhhuh", "ok", "okay",
    "yeah", "yes", "yep", "yup", "right", "sure", "alright", "all right", "got it", "i see", "cool",
    "sí", "si", "ajá", "aja", "vale", "claro", "bueno", "ya", "mhm sí", "okay okay", "yeah yeah",
})
_PUNCTUATION = re.compile(r"[^\w\s'-]+")


def is_backchannel(text: str) -> bool:
    """True when ``text`` (a caller turn's transcript) is only a backchannel."""
    words = " ".join(_PUNCTUATION.sub(" ", text.lower()).split())
    return words in BACKCHANNELS


def percentile(values: t.Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (``share`` 0.5 for the median), None without values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


class TurnMetrics:
    def __init__(self, silence_ms: int = 500) -> None:
        self.silence_ms = silence_ms
        self._lock = threading.Lock()
        self._waiting_since: float | None = None  # when the caller stopped talking, unanswered yet
        self.response_ms: list[int] = []
        self.interruptions = 0
        self.false_interruptions = 0
        self.backchannels_ignored = 0
        self.dead_air_turns = 0
        self.dead_air_ms = 0
        self._cut_turns: set[str] = set()  # caller items that cut the assistant off

    def caller_started(self) -> None:
        with self._lock:
            self._waiting_since = None  # speaking again: not waiting any more

    def caller_stopped(self, now: float) -> None:
        with self._lock:
            self._waiting_since = now - self.silence_ms / 1000

    def assistant_audio(self, now: float) -> None:
        if self._waiting_since is None:  # the hot path: nearly always
            return
        with self._lock:
            since, self._waiting_since = self._waiting_since, None
            if since is not None:
                self._answered(max(0, round((now - since) * 1000)))

    def _answered(self, waited_ms: int) -> None:
        if len(self.response_ms) < MAX_SAMPLES:
            self.response_ms.append(waited_ms)
        if waited_ms > DEAD_AIR_MS:
            self.dead_air_turns += 1
            self.dead_air_ms += waited_ms

    def interrupted(self, caller_item: str | None) -> None:
        with self._lock:
            self.interruptions += 1
            if caller_item:
                self._cut_turns.add(caller_item)

    def backchannel_ignored(self) -> None:
        with self._lock:
            self.backchannels_ignored += 1

    def caller_said(self, caller_item: str, text: str) -> None:
        """A caller turn's transcript: an interruption that was only a backchannel is a false one."""
        with self._lock:
            if caller_item in self._cut_turns:
                self._cut_turns.discard(caller_item)
                if is_backchannel(text):
                    self.false_interruptions += 1

    def end(self, now: float) -> None:
        """The call is over: a caller still waiting waited until now (dead air if long)."""
        with self._lock:
            since, self._waiting_since = self._waiting_since, None
            waited = round((now - since) * 1000) if since is not None else 0
            if waited > DEAD_AIR_MS:
                self.dead_air_turns += 1
                self.dead_air_ms += waited

    def as_dict(self) -> dict[str, t.Any]:
        with self._lock:
            samples = list(self.response_ms)
            return {
                "turns": len(samples),
                "response_ms_p50": percentile(samples, 0.5),
                "response_ms_p95": percentile(samples, 0.95),
                "response_ms": samples,
                "interruptions": self.interruptions,
                "false_interruptions": self.false_interruptions,
                "backchannels_ignored": self.backchannels_ignored,
                "dead_air_turns": self.dead_air_turns,
                "dead_air_ms": self.dead_air_ms,
            }


def combine(per_call: t.Iterable[dict[str, t.Any]]) -> dict[str, t.Any]:
    """Several calls' ``turn_metrics`` pooled: percentiles over every turn, counts summed."""
    samples: list[int] = []
    totals = {"calls": 0, "interruptions": 0, "false_interruptions": 0, "backchannels_ignored": 0,
              "dead_air_turns": 0, "dead_air_ms": 0}
    for metrics in per_call:
        totals["calls"] += 1
        samples.extend(int(ms) for ms in metrics.get("response_ms") or [])
        for key in totals:
            if key != "calls":
                totals[key] += int(metrics.get(key) or 0)
    return {"turns": len(samples), "response_ms_p50": percentile(samples, 0.5),
            "response_ms_p95": percentile(samples, 0.95), **totals}


def read_turn_metrics(connection: sa.Connection | t.Any, models: t.Any,
                      call_ids: t.Iterable[int]) -> dict[int, dict[str, t.Any]]:
    """The recorded ``turn_metrics`` of these calls (a SQLAlchemy connection or session and the
    plugin's models): call id → metrics; calls without any (still live, or older) are absent."""
    ids = list(call_ids)
    if not ids:
        return {}
    events = models.VoiceCallEvent
    rows = connection.execute(
        sa.select(events.call_id, events.event_data)
        .where(events.call_id.in_(ids), events.event_type == "turn_metrics")
        .order_by(events.id))
    return {int(row.call_id): dict(row.event_data or {}) for row in rows}
