"""WS ``/stream``: the Twilio media stream of one call (endpoint ``pos_voice.stream``).

The upgrade's Twilio signature is checked by the telephony part's ``before_request`` hook
before the handshake; the per-call token is checked on the stream's ``start`` frame, before
any OpenAI session is opened.
"""

from __future__ import annotations

import typing as t

from flask import Blueprint, current_app
from flask_sock import Sock

from ..extension import get_state
from .session import CallSession


def _redeem(call_sid: str, token: str) -> t.Any:
    from ..telephony.tokens import redeem_stream_token

    return redeem_stream_token(call_sid, token)


def register(bp: Blueprint) -> None:
    """Attach the media-stream WebSocket route to the blueprint."""
    sock = Sock()

    @sock.route("/stream", bp=bp)
    def stream(ws: t.Any) -> None:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        CallSession(app, ws, get_state(app).tools, _redeem).run()
