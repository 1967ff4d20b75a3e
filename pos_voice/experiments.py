"""Prompt experiments: which one is running, and which variant a call gets.

An experiment is defined in ``POS_VOICE_EXPERIMENTS`` (:class:`pos_voice.settings.Experiment`)
and run by ``flask pos-voice experiment start NAME``: a row in ``voice_experiments`` with no
``stopped_at``, so every process sees the same one. At most one runs at a time. A call that
begins while it runs gets a variant by weight, from a hash of its CallSid (the same call always
gets the same variant, whatever process answers it), recorded on ``voice_calls``.
"""

from __future__ import annotations

import hashlib
import typing as t
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from .settings import Experiment, Settings

if t.TYPE_CHECKING:
    from .services import Store


@dataclass(frozen=True)
class Assignment:
    """A call's experiment and variant, and what the variant changes."""

    experiment: str
    variant: str
    greeting: str | None = None
    instructions: str | None = None
    upsell: bool | None = None

    def apply(self, settings: Settings) -> Settings:
        """``settings`` as this variant changes them."""
        changes: dict[str, t.Any] = {}
        if self.greeting is not None:
            changes["greeting"] = self.greeting
        if self.instructions is not None:
            changes["instructions_extra"] = self.instructions
        if self.upsell is not None:
            changes["upsell"] = self.upsell
        return settings.model_copy(update=changes) if changes else settings


def choose_variant(experiment_name: str, experiment: Experiment, call_sid: str) -> str:
    """The variant of ``experiment`` for this call: a point in [0, 1) from SHA-256 of the experiment
    name and the CallSid, placed on the variants' cumulative weights (in their configured order)."""
    digest = hashlib.sha256(f"{experiment_name}\0{call_sid}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    total = sum(v.weight for v in experiment.variants.values())
    reached = 0.0
    names = list(experiment.variants)
    for name in names:
        reached += experiment.variants[name].weight / total
        if point < reached:
            return name
    return names[-1]  # rounding at the very top


def running(store: Store) -> t.Any | None:
    """The ``voice_experiments`` row now running, or None."""
    table = store.models.VoiceExperiment
    return store.session.execute(
        sa.select(table).where(table.stopped_at.is_(None)).order_by(table.id.desc()).limit(1)).scalar_one_or_none()


def assign(store: Store, settings: Settings, call_sid: str) -> Assignment | None:
    """The running experiment's variant for this call; None when none runs (or its definition was
    removed from the settings since it was started)."""
    row = running(store)
    store.session.rollback()  # a read only: end the transaction
    if row is None:
        return None
    experiment = settings.experiments.get(row.name)
    if experiment is None:
        return None
    name = choose_variant(row.name, experiment, call_sid)
    variant = experiment.variants[name]
    return Assignment(row.name, name, variant.greeting, variant.instructions, variant.upsell)


def start(store: Store, settings: Settings, name: str, now: datetime) -> t.Any:
    """Start experiment ``name`` (stopping the one running, if another); the running row.

    :raises KeyError: ``name`` is not in ``POS_VOICE_EXPERIMENTS``.
    """
    if name not in settings.experiments:
        raise KeyError(name)
    current = running(store)
    if current is not None and current.name == name:
        return current
    if current is not None:
        current.stopped_at = now
    row = store.models.VoiceExperiment(name=name, started_at=now)
    store.session.add(row)
    store.session.commit()
    return row


def stop(store: Store, now: datetime) -> t.Any | None:
    """Stop the running experiment; the row stopped, or None when none was running."""
    current = running(store)
    if current is None:
        return None
    current.stopped_at = now
    store.session.commit()
    return current


def runs(store: Store, name: str) -> list[t.Any]:
    """Every run of experiment ``name``, oldest first."""
    table = store.models.VoiceExperiment
    return list(store.session.execute(
        sa.select(table).where(table.name == name).order_by(table.id)).scalars())
