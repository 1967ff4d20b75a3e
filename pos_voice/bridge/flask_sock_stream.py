"""The media stream over flask-sock (``POS_VOICE_STREAM_TRANSPORT="flask-sock"``, the default).

flask-sock's own route wrapper serves the socket: it builds ``simple_websocket.Server`` from
the WSGI environ (with the host's ``SOCK_SERVER_OPTIONS``), ends the connection on
``ConnectionClosed`` and gives each WSGI server (Werkzeug, Gunicorn, gevent, eventlet) the
response it needs. :class:`FlaskSockStream` gives :class:`~pos_voice.bridge.session.CallSession`
the same small socket interface as the native
:class:`~pos_voice.bridge.wsserver.StreamSocket`.

simple-websocket reads in a background thread and parses with wsproto; that per-frame cost
is why the native transport exists (``bench/RESULTS-bridge.md``).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import typing as t

from flask_sock import Sock
from simple_websocket import ConnectionClosed

from .messages import BinaryMessage

#: Most messages handed to the session in one batch (what had already arrived).
MAX_BATCH = 64
#: A blocked receive looks up this often: simple-websocket wakes readers *before* it marks the
#: connection closed when it gives up on a peer (oversized message, protocol error), so an
#: unbounded wait there could miss the end for ever.
WAKE_SECONDS = 0.5
#: How long the handler waits for the peer to answer our close frame before cutting the TCP
#: connection (a peer that vanished must not keep simple-websocket's reader thread forever).
CLOSE_GRACE_SECONDS = 2.0


def _message(data: str | bytes) -> bytes:
    return data.encode() if isinstance(data, str) else BinaryMessage(data)


class _WholeWrites:
    """The connection's socket as simple-websocket sees it, with every write whole and alone.

    simple-websocket writes with ``sock.send``, which may send part of a frame (a socket with a
    timeout, or gevent's, under load), and its reader thread writes pong and close replies
    beside our sends: either way the peer reads a broken frame (websocket-client reported
    "rsv is not implemented" on a loaded machine). Here each write is a ``sendall`` under one lock.
    """

    def __init__(self, sock: t.Any) -> None:
        self._sock = sock
        self._lock = threading.Lock()

    def send(self, data: bytes) -> int:
        with self._lock:
            self._sock.sendall(data)
        return len(data)

    def __getattr__(self, name: str) -> t.Any:  # recv, shutdown, close, fileno, ...
        return getattr(self._sock, name)


class FlaskSockStream:
    """``CallSession``'s socket interface over flask-sock's ``simple_websocket.Server``:
    :meth:`receive` in one thread, sends and :meth:`close` from any thread."""

    def __init__(self, ws: t.Any) -> None:
        self.ws = ws
        if getattr(ws, "sock", None) is not None and not isinstance(ws.sock, _WholeWrites):
            ws.sock = _WholeWrites(ws.sock)
        self._send_lock = threading.Lock()  # wsproto's connection state is not thread-safe

    @property
    def connected(self) -> bool:
        return bool(self.ws.connected)

    def receive(self, timeout: float | None = None) -> list[bytes] | None:
        """The next message and any others already queued, as UTF-8 bytes (``[]`` on timeout);
        ``None`` once the connection is over. Binary frames come as :class:`BinaryMessage`."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            wait = WAKE_SECONDS
            if deadline is not None:
                wait = max(0.0, min(wait, deadline - time.monotonic()))
            try:
                first = self.ws.receive(wait)
            except ConnectionClosed:
                return None
            if first is not None:
                break
            if not self.ws.connected:  # our own close, or the reader gave up (see WAKE_SECONDS)
                return None
            if deadline is not None and time.monotonic() >= deadline:
                return []
        batch = [_message(first)]
        # Drain without blocking: the session forwards a batch of caller audio in one write.
        while len(batch) < MAX_BATCH:
            try:
                more = self.ws.receive(0)
            except ConnectionClosed:
                break  # the next receive reports the end
            if more is None:
                break
            batch.append(_message(more))
        return batch

    def send(self, text: str) -> None:
        self.send_many((text,))

    def send_many(self, texts: t.Iterable[str | bytes]) -> None:
        """Text messages (str, or UTF-8 bytes: bytes would go out as a binary frame)."""
        with self._send_lock:
            for text in texts:
                self.ws.send(text.decode() if isinstance(text, bytes) else text)

    def close(self, code: int = 1000) -> None:
        """Send a close frame and wake a thread blocked in :meth:`receive`."""
        with self._send_lock, contextlib.suppress(Exception):
            self.ws.close(reason=code)
        # simple-websocket only wakes receive() when the peer's close arrives; don't wait for it.
        self.ws.event.set()

    def finish(self) -> None:
        """Close, then give the peer a moment to answer before cutting the connection."""
        self.close()
        reader = getattr(self.ws, "thread", None)
        if reader is None:
            return
        reader.join(CLOSE_GRACE_SECONDS)
        if reader.is_alive():  # no close reply: unblock the reader's recv so it ends
            with contextlib.suppress(OSError):
                self.ws.sock.shutdown(socket.SHUT_RDWR)


class _KeepView:
    """Stands in for a blueprint in ``Sock.route(bp=...)``: flask-sock calls
    ``bp.route(path, websocket=True)(wrapped)``; this keeps ``wrapped`` and registers nothing,
    so ``/stream`` stays one endpoint (``pos_voice.stream``) that picks its transport."""

    view: t.Callable[[], t.Any] | None = None

    def route(self, rule: str, **options: t.Any) -> t.Callable[[t.Callable[..., t.Any]], t.Any]:
        def keep(view: t.Callable[..., t.Any]) -> t.Any:
            self.view = view
            return view

        return keep


def wrapped_by_flask_sock(handler: t.Callable[[t.Any], None]) -> t.Callable[[], t.Any]:
    """flask-sock's view around ``handler(ws)``, without registering a rule."""
    keeper = _KeepView()
    Sock().route("/stream", bp=keeper)(handler)
    assert keeper.view is not None
    return keeper.view
