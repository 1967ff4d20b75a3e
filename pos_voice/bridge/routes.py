"""WS ``/stream``: the Twilio media stream of one call (endpoint ``pos_voice.stream``).

The upgrade's Twilio signature is checked by the telephony part's ``before_request`` hook
before the handshake; the per-call token is checked on the stream's ``start`` frame, before
any OpenAI session is opened.

The route is a WebSocket rule like flask-sock's (``websocket=True``, same socket hand-over
for Werkzeug, Gunicorn and gevent), served by :class:`~pos_voice.bridge.wsserver.StreamSocket`
instead of simple-websocket: its per-frame cost is what lets one core carry 100 calls
(``bench/RESULTS-bridge.md``).
"""

from __future__ import annotations

import typing as t

from flask import Blueprint, Response, current_app, request

from ..extension import get_state
from .session import CallSession
from .wsserver import HandshakeError, StreamSocket


def _redeem(call_sid: str, token: str) -> t.Any:
    from ..telephony.tokens import redeem_stream_token

    return redeem_stream_token(call_sid, token)


def stream() -> t.Any:
    """Bridge one call's media stream to the OpenAI Realtime API until either end hangs up."""
    try:
        ws = StreamSocket(request.environ)
    except HandshakeError as exc:
        return Response(str(exc), status=400, mimetype="text/plain")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        CallSession(app, ws, get_state(app).tools, _redeem).run()
    finally:
        response = ws.finish()
    return response


def register(bp: Blueprint) -> None:
    """Attach the media-stream WebSocket route to the blueprint."""
    bp.add_url_rule("/stream", "stream", stream, websocket=True)
