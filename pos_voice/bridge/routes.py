"""WS ``/stream``: the Twilio media stream of one call (endpoint ``pos_voice.stream``).

The upgrade's Twilio signature is checked by the telephony part's ``before_request`` hook
before the handshake; the per-call token is checked on the stream's ``start`` frame, before
any OpenAI session is opened.

One rule, two transports, chosen by ``POS_VOICE_STREAM_TRANSPORT``:

* ``"native"`` (the default): :class:`~pos_voice.bridge.wsserver.StreamSocket` takes the
  socket from the WSGI server as simple-websocket does and reads the framing in the
  handler's own thread; its per-frame cost is what lets one core carry 100 calls
  (``bench/RESULTS-bridge.md``). Under a server whose socket it cannot take (eventlet),
  flask-sock serves the call instead;
* ``"flask-sock"``: flask-sock's own route wrapper and simple-websocket serve the socket
  (:mod:`pos_voice.bridge.flask_sock_stream`), with the host's ``SOCK_SERVER_OPTIONS``. Its
  handshake is not reused for the native path: simple-websocket's ``Server`` starts its
  reader thread on the socket as it accepts, and that thread (with wsproto's parser and an
  event per frame) is the per-frame cost the native path removes.
"""

from __future__ import annotations

import typing as t

from flask import Blueprint, Flask, Response, current_app, request

from .. import offload
from ..extension import get_state
from ..services import Services
from . import engines, realtime
from .clock import bridge_clock
from .deps import BridgeDeps, BridgeSettings
from .flask_sock_stream import FlaskSockStream, wrapped_by_flask_sock
from .housekeeper import Timings
from .recorder import CallStore
from .session import CallSession
from .wsserver import HandshakeError, StreamSocket, socket_available, takes_socket, upgrade_problem

FLASK_SOCK = "flask-sock"
NATIVE = "native"
TRANSPORTS = (FLASK_SOCK, NATIVE)


def bridge_settings(services: Services) -> BridgeSettings:
    """The settings the bridge uses, from the app's typed settings."""
    settings = services.settings
    model = settings.live_model if settings.engine == engines.LIVE else settings.model
    return BridgeSettings(
        model=model,
        realtime_url=realtime.realtime_url(settings.realtime_url, settings.model),
        api_key=settings.secret("openai_api_key") or "",
        connect_timeout=float(settings.connect_timeout),
        voice=settings.voice,
        turn_detection=settings.turn_detection,
        transcription_model=settings.transcription_model,
        language=settings.default_language,
        noise_reduction=settings.noise_reduction,
        timings=Timings(
            heartbeat_seconds=float(settings.heartbeat_seconds),
            session_max_seconds=float(settings.session_max_seconds),
            silence_prompt_seconds=float(settings.silence_prompt_seconds),
            silence_hangup_seconds=float(settings.silence_hangup_seconds),
        ),
        ready_seconds=float(settings.watchdog_ready_seconds),
        answer_seconds=float(settings.watchdog_response_seconds),
        prices=settings.prices.get(model),
        barge_in_min_speech_ms=settings.barge_in_min_speech_ms,
        greeting_protected_ms=settings.greeting_protected_ms,
        keypad_transfer_key=settings.keypad_transfer_key,
        keypad_entry=settings.keypad_entry,
        keypad_entry_seconds=float(settings.keypad_entry_seconds),
        take_poll_seconds=float(settings.take_poll_seconds),
        summary_seconds=float(settings.summary_seconds),
        caller_audio_batch_ms=int(settings.caller_audio_batch_ms),
        languages=tuple(settings.call_languages),
        live_url=settings.live_url,
        delegation_model=settings.live_delegation_model,
        staff_phone=settings.staff_phone,
        engine=settings.engine,
    )


def bridge_deps(services: Services) -> BridgeDeps:
    """Everything a call session needs, from the app's services (the one place the bridge reads them)."""
    store = services.require_store()
    return BridgeDeps(
        settings=bridge_settings(services),
        registry=services.tools,
        store=CallStore(engine=store.db.engine, models=store.models,
                        off_hub=offload.blocks_the_hub(store.db.engine)),
        live_calls=services.live_calls,
        tool_context=store.app_context,
        engine=engines.engine_factory(services.settings.engine),
        clock=bridge_clock(services.clock),
    )


def _run_call(ws: t.Any) -> None:
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    CallSession(ws, bridge_deps(get_state(app))).run()


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
    services = get_state()
    refused = [p.message for p in services.blocking_problems if p.key == "POS_VOICE_STREAM_TRANSPORT"]
    if refused:  # also a blocking problem on /health: calls go to staff
        return Response("; ".join(refused), status=503, mimetype="text/plain")
    if services.store is None:  # nowhere to record the call: /incoming sends callers to staff
        return Response("pos_voice has no database tables", status=503, mimetype="text/plain")
    if services.drain.active:  # restarting: the proxy (proxy_next_upstream http_503) asks another process
        return Response("this server is restarting; another one takes the stream", status=503,
                        mimetype="text/plain", headers={"Retry-After": "1"})
    if services.settings.stream_transport == NATIVE and takes_socket(request.environ):
        return _native()
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
