"""WS ``/stream``: the Twilio media stream of one call (endpoint ``pos_voice.stream``).

The upgrade's Twilio signature is checked by the telephony part's ``before_request`` hook
before the handshake; the per-call token is checked on the stream's ``start`` frame, before
any OpenAI session is opened.

One rule, two transports, chosen per request by ``POS_VOICE_STREAM_TRANSPORT``:

* ``"flask-sock"`` (the default, the project's stack): flask-sock's own route wrapper and
  simple-websocket serve the socket (:mod:`pos_voice.bridge.flask_sock_stream`);
* ``"native"``: :class:`~pos_voice.bridge.wsserver.StreamSocket`, the same socket hand-over
  with framing read in the handler's thread; its per-frame cost is what lets one core carry
  100 calls (``bench/RESULTS-bridge.md``).
"""

from __future__ import annotations

import typing as t

from flask import Blueprint, Response, current_app, request

from ..config import setting
from ..extension import get_state
from .flask_sock_stream import FlaskSockStream, wrapped_by_flask_sock
from .session import CallSession
from .wsserver import HandshakeError, StreamSocket, socket_available, upgrade_problem

FLASK_SOCK = "flask-sock"
NATIVE = "native"
TRANSPORTS = (FLASK_SOCK, NATIVE)


def _redeem(call_sid: str, token: str) -> t.Any:
    from ..telephony.tokens import redeem_stream_token

    return redeem_stream_token(call_sid, token)


def _run_call(ws: t.Any) -> None:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    CallSession(app, ws, get_state(app).tools, _redeem).run()


def _on_flask_sock(ws: t.Any) -> None:
    """flask-sock's handler: the call on simple-websocket's ``Server``."""
    stream = FlaskSockStream(ws)
    try:
        _run_call(stream)
    finally:
        stream.finish()


_flask_sock_view = wrapped_by_flask_sock(_on_flask_sock)  # built once; holds no call state


def _native() -> t.Any:
    try:
        ws = StreamSocket(request.environ)
    except HandshakeError as exc:
        return Response(str(exc), status=400, mimetype="text/plain")
    try:
        _run_call(ws)
    finally:
        response = ws.finish()
    return response


def stream() -> t.Any:
    """Bridge one call's media stream to the OpenAI Realtime API until either end hangs up."""
    transport = setting("STREAM_TRANSPORT")
    if transport == NATIVE:
        return _native()
    if transport != FLASK_SOCK:  # also a blocking problem on /health: calls go to staff
        return Response(f"unknown POS_VOICE_STREAM_TRANSPORT {transport!r}", status=503,
                        mimetype="text/plain")
    # Refuse what simple-websocket would turn into a 500, with the native path's answers.
    problem = upgrade_problem(request.environ)
    if problem is None and not socket_available(request.environ):
        problem = "this WSGI server does not hand over its socket"
    if problem:
        return Response(problem, status=400, mimetype="text/plain")
    return _flask_sock_view()


def register(bp: Blueprint) -> None:
    """Attach the media-stream WebSocket route to the blueprint."""
    bp.add_url_rule("/stream", "stream", stream, websocket=True)
