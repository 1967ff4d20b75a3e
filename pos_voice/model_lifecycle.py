"""The OpenAI models pos_voice may be configured with that have a published shutdown date.

One table, :data:`SHUTDOWNS`, read by ``flask pos-voice check`` and ``/voice/health``
(:func:`pos_voice.readiness.model_problems`) and by the testing kit's fake Realtime server (which
refuses a model on and after its date, as the service will). Dates are UTC calendar days: on
its shutdown date a model no longer answers.

Source (2026-12-01): the ``openai`` package 3.57.0, generated from OpenAI's API spec —
``openai/types/realtime/realtime_session_create_request.py`` (``model``: "Deprecated values …
Announced shutdown date: 2027-01-20") and ``openai/types/realtime/audio_transcription.py``
(``model``: "… Announced shutdown date: 2027-02-26"), both pointing at
https://developers.openai.com/api/docs/deprecations for the replacements; replacements as in
docs/openai-engines.md §3 (what was relied on, and how sure it is).
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date

#: A warning this many days (or fewer) before a configured model's shutdown date.
WARN_DAYS = 60


@dataclass(frozen=True)
class Shutdown:
    """When a model stops answering and what OpenAI suggests instead."""

    day: date
    replacement: str


_REALTIME_2027_01_20 = date(2027, 1, 20)
_TRANSCRIBE_2027_02_26 = date(2027, 2, 26)

#: Model id -> its shutdown. Realtime models (``POS_VOICE_MODEL``) and input transcription
#: models (``POS_VOICE_TRANSCRIPTION_MODEL``).
SHUTDOWNS: dict[str, Shutdown] = {
    "gpt-realtime": Shutdown(_REALTIME_2027_01_20, "gpt-realtime-2.1"),
    "gpt-realtime-2025-08-28": Shutdown(_REALTIME_2027_01_20, "gpt-realtime-2.1"),
    "gpt-realtime-mini": Shutdown(_REALTIME_2027_01_20, "gpt-realtime-2.1-mini"),
    "gpt-realtime-mini-2025-12-15": Shutdown(_REALTIME_2027_01_20, "gpt-realtime-2.1-mini"),
    "gpt-audio-mini": Shutdown(_REALTIME_2027_01_20, "gpt-realtime-2.1-mini"),
    "gpt-audio-mini-2025-12-15": Shutdown(_REALTIME_2027_01_20, "gpt-realtime-2.1-mini"),
    "whisper-1": Shutdown(_TRANSCRIBE_2027_02_26, "gpt-live-transcribe"),
    "gpt-4o-mini-transcribe": Shutdown(_TRANSCRIBE_2027_02_26, "gpt-live-transcribe"),
    "gpt-4o-mini-transcribe-2025-12-15": Shutdown(_TRANSCRIBE_2027_02_26, "gpt-live-transcribe"),
    "gpt-4o-transcribe": Shutdown(_TRANSCRIBE_2027_02_26, "gpt-live-transcribe"),
    "gpt-4o-transcribe-diarize": Shutdown(_TRANSCRIBE_2027_02_26, "gpt-live-transcribe"),
}

#: The settings that name an OpenAI model.
MODEL_SETTINGS: tuple[str, ...] = ("model", "transcription_model")


@dataclass(frozen=True)
class ModelNotice:
    """A configured model whose shutdown is near (``shut_down`` False) or has come."""

    setting: str  # "model"
    model: str
    shutdown: Shutdown
    days_left: int  # 0 or less: shut down

    @property
    def shut_down(self) -> bool:
        return self.days_left <= 0

    @property
    def message(self) -> str:
        when = self.shutdown.day.isoformat()
        if self.shut_down:
            return (f"{self.model!r} was shut down by OpenAI on {when}: calls cannot reach the assistant "
                    f"with it; use {self.shutdown.replacement!r}")
        return (f"{self.model!r} will be shut down by OpenAI on {when} ({self.days_left} days from now); "
                f"move to {self.shutdown.replacement!r} before then")


def shutdown_of(model: str | None) -> Shutdown | None:
    return SHUTDOWNS.get(model) if model else None


def notices(settings: t.Any, today: date) -> list[ModelNotice]:
    """The configured models within :data:`WARN_DAYS` of their shutdown date, or past it, on ``today``."""
    found = []
    for name in MODEL_SETTINGS:
        model = getattr(settings, name, None)
        shutdown = shutdown_of(model)
        if shutdown is None:
            continue
        days_left = (shutdown.day - today).days
        if days_left <= WARN_DAYS:
            found.append(ModelNotice(name, str(model), shutdown, days_left))
    return found
