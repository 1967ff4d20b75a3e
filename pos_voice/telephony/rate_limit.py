"""The caller rate limit: AI minutes are not for whoever dials in a loop.

A number that already called ``POS_VOICE_CALLER_RATE_LIMIT_CALLS`` times within the last
``POS_VOICE_CALLER_RATE_LIMIT_MINUTES`` does not get the assistant: it goes straight to staff
(``POS_VOICE_CALLER_RATE_LIMIT_ACTION = "staff"``, the default: a real caller still reaches a
person) or hears a polite refusal (``"refuse"``). The calls are counted in ``voice_calls``, so
the limit holds across every server process. Withheld and unusable caller IDs count together
as one caller: an occasional anonymous call reaches the assistant as usual, a flood of them
does not (a limit that ignored them would be bypassed by withholding the number).
"""

from __future__ import annotations

import typing as t
from datetime import datetime, timedelta

import sqlalchemy as sa

if t.TYPE_CHECKING:
    from ..services import Store
    from ..settings import Settings

STAFF, REFUSE = "staff", "refuse"


def over_limit(store: Store, settings: Settings, call: t.Any, now: datetime) -> bool:
    """True when ``call``'s number already made the allowed number of calls in the window
    ending ``now`` (naive UTC, as stored).

    Only calls admitted before this one (a smaller id) count, so two processes answering the
    same number at the same moment agree on which call is over the limit.
    """
    calls, minutes = settings.caller_rate_limit_calls, settings.caller_rate_limit_minutes
    if calls <= 0 or minutes <= 0:
        return False
    model = store.models.VoiceCall
    number = call.phone_from
    same_caller = model.phone_from.is_(None) if number is None else model.phone_from == number
    earlier = store.session.execute(
        sa.select(sa.func.count()).select_from(model).where(
            same_caller, model.id < call.id, model.started_at >= now - timedelta(minutes=minutes))
    ).scalar_one()
    return int(earlier) >= calls
