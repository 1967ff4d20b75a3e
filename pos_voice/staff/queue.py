"""The "Needs attention" queue: finished calls that leave staff something to do, until handled.

A call is in the queue while ``voice_calls.attention`` names a reason (written by
:mod:`pos_voice.followup` when the call's outcome is known) and ``handled_at`` is empty.
*Mark handled* stores who and when; the call then shows under "Recently handled".
"""

from __future__ import annotations

import typing as t
from datetime import datetime

import sqlalchemy as sa

from ..models import ENDED, LIVE
from .data import MAX_ROW_ID, Page


def _open(call: t.Any) -> list[t.Any]:
    return [call.attention.is_not(None), call.attention != "", call.handled_at.is_(None), call.state == ENDED]


def attention_count(models: t.Any, session: t.Any) -> int:
    call = models.VoiceCall
    return int(session.execute(sa.select(sa.func.count(call.id)).where(*_open(call))).scalar_one())


def open_items(models: t.Any, session: t.Any, page_number: int, size: int) -> Page:
    """Calls waiting for staff, newest first."""
    call = models.VoiceCall
    total = attention_count(models, session)
    page = Page([], 1, size, total)
    page.number = max(1, min(page_number, page.pages))
    page.items = list(session.execute(
        sa.select(call).where(*_open(call)).order_by(call.started_at.desc(), call.id.desc())
        .limit(size).offset((page.number - 1) * size)).scalars())
    return page


def recently_handled(models: t.Any, session: t.Any, limit: int = 10) -> list[t.Any]:
    call = models.VoiceCall
    return list(session.execute(
        sa.select(call).where(call.handled_at.is_not(None)).order_by(call.handled_at.desc(), call.id.desc())
        .limit(limit)).scalars())


def mark_handled(models: t.Any, session: t.Any, call_id: int, *, who: str, now: datetime) -> bool:
    """Store that ``who`` handled the call at ``now``; False when there is no such call.

    The first person to handle it is kept (two tablets pressing at once record one name).
    """
    call = models.VoiceCall
    if call_id > MAX_ROW_ID or session.get(call, call_id) is None:
        return False
    session.execute(sa.update(call).where(call.id == call_id, call.handled_at.is_(None))
                    .values(handled_at=now, handled_by=who[:120]))
    session.commit()
    return True


def request_take(models: t.Any, session: t.Any, call_id: int, *, who: str, now: datetime) -> str:
    """Ask the process running this live call to hand the caller to staff (*Take this call*).

    The request is a row value, so whichever server process runs the call sees it (the call
    reads its row every ``POS_VOICE_TAKE_POLL_SECONDS``, :mod:`pos_voice.bridge.take_watch`);
    never process memory. The first one to ask is kept.
    :return: ``"requested"``, ``"already"`` (someone asked first), ``"not_live"`` or ``"missing"``.
    """
    call = models.VoiceCall
    row = session.get(call, call_id) if call_id <= MAX_ROW_ID else None
    if row is None:
        return "missing"
    if row.state != LIVE:
        return "not_live"
    changed = session.execute(sa.update(call).where(call.id == call_id, call.state == LIVE,
                                                    call.take_requested_at.is_(None))
                              .values(take_requested_at=now, take_requested_by=who[:120])).rowcount
    session.commit()
    return "requested" if changed else "already"
