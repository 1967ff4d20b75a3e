"""When the call asks the model for its end-of-call summary, with which facts, and what it keeps.

The request and the reading of the answer are :mod:`.summary`'s; how the request travels is the
engine's (:meth:`~pos_voice.bridge.engine.ModelEngine.summarize`). A call handed to staff for a
dead or mute model gets the events' summary: the model is what failed.
"""

from __future__ import annotations

import logging
import typing as t

from ..models import NEXT_FALLBACK, NEXT_TRANSFER
from . import summary
from .ending import Outcome
from .engine import ModelEngine

log = logging.getLogger("pos_voice.bridge")


def wanted(seconds: float, engine: ModelEngine, outcome: Outcome | None) -> bool:
    """Ask: it is on, the model's connection is up, and the model is not what failed."""
    return (seconds > 0 and engine.connected and not engine.closed
            and not (outcome is not None and outcome.next_action == NEXT_FALLBACK))


def facts(outcome: Outcome | None, order: dict[str, t.Any] | None) -> str:
    """What the bridge knows of the outcome, for the model to summarise accurately."""
    if outcome is None:
        said = ["the caller hung up"]
    elif outcome.next_action == NEXT_TRANSFER:
        said = ["the call is being transferred to staff"]
    else:
        said = ["the assistant ended the call"]
    if order is not None:
        said.append(f"order #{order.get('order_number')} was placed (total {order.get('total')})")
    else:
        said.append("no order was placed")
    return "; ".join(said) + "."


def ask(engine: ModelEngine, known: str, seconds: float) -> dict[str, t.Any] | None:
    """The model's summary, waited for at most ``seconds``; None without a usable one (the
    events' summary stands in)."""
    text = engine.summarize(known, seconds)
    if text is None:
        return None
    parsed = summary.parse(text)
    if parsed is None:
        log.warning("call %s: the model's summary was not the JSON asked for; the events' summary "
                    "is used", engine.name)
    return parsed
