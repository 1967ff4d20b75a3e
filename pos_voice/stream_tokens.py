"""Per-call stream tokens: a second factor on the media stream besides Twilio's signature.

``/incoming`` (signature-checked) mints a random token, stores only its SHA-256 on the call
and hands the token to Twilio in a ``<Parameter name="call_token">``; Twilio gives it back in
the stream's ``start.customParameters``. The bridge redeems it before opening any OpenAI
session: a replayed, expired or foreign token opens nothing.

Below both telephony (which mints) and the bridge (which redeems): neither imports the other.
Everything it needs is passed in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import typing as t
from datetime import timedelta

import sqlalchemy as sa

from .models import ENDED, LIVE, NEXT_FALLBACK, utcnow

#: The ``<Parameter>`` names in the TwiML, read back from ``start.customParameters``.
TOKEN_PARAMETER = "call_token"
CALLER_PARAMETER = "caller"
#: Every ``<Parameter>`` name the bridge accepts the token under (older TwiML used the first two).
TOKEN_PARAMETERS = ("token", "stream_token", TOKEN_PARAMETER)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def mint_stream_token(call: t.Any, ttl_seconds: int) -> str:
    """Give ``call`` a fresh single-use token valid for ``ttl_seconds``; return it (only its
    hash is stored).

    A new token replaces any earlier one (a Twilio retry of ``/incoming`` gets a fresh one).
    The caller owns the transaction: this sets the columns and does not commit.
    """
    token = secrets.token_urlsafe(32)
    call.stream_token_hash = _digest(token)
    call.token_expires_at = utcnow() + timedelta(seconds=int(ttl_seconds))
    call.token_used_at = None
    return token


def redeem_stream_token(session: t.Any, call_model: t.Any, call_sid: str, token: str) -> t.Any | None:
    """The call whose unexpired, unused token is ``token``, now marked used; else ``None``.

    ``session`` is an ORM session; ``call_model`` the ``VoiceCall`` model. Single use even
    across processes: the claim is one conditional UPDATE, so two streams presenting the same
    token cannot both win. On success the call is ``live`` with a fresh heartbeat (it counts
    toward capacity as a running call), and its next action is ``fallback`` until the bridge
    decides otherwise: if the process running the stream dies, Twilio's ``/stream-ended`` then
    hands the caller to staff instead of hanging up. Commits.
    """
    if not call_sid or not token:
        return None
    call = session.execute(sa.select(call_model).where(call_model.call_sid == call_sid)).scalar_one_or_none()
    if call is None or not call.stream_token_hash:
        session.rollback()
        return None
    presented = _digest(token)
    now = utcnow()
    if (not hmac.compare_digest(presented, call.stream_token_hash) or call.token_used_at is not None
            or call.token_expires_at is None or call.token_expires_at <= now or call.state == ENDED):
        session.rollback()
        return None
    claimed = session.execute(
        sa.update(call_model)
        .where(call_model.id == call.id, call_model.token_used_at.is_(None),
               call_model.stream_token_hash == presented)
        .values(token_used_at=now, state=LIVE, heartbeat_at=now, next_action=NEXT_FALLBACK)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        session.rollback()
        return None
    session.commit()
    session.refresh(call)
    return call
