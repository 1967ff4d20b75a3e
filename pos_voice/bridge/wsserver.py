"""The server side of the media-stream WebSocket, read in the handler's own thread.

It takes the raw socket from the WSGI server the same way flask-sock/simple-websocket do
(Werkzeug, Gunicorn, gevent's pywsgi) and finishes the request the same way; the difference
is on the audio path: no background reader thread, no per-frame event or context switch,
and framing from :mod:`pos_voice.bridge.frames` instead of wsproto (see there for numbers).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import socket
import threading
import typing as t

from flask import Response

from .frames import (
    OP_BINARY,
    OP_CLOSE,
    OP_PING,
    OP_PONG,
    OP_TEXT,
    FrameParser,
    ProtocolError,
    close_payload,
    encode,
    send_all,
)
from .messages import BinaryMessage

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
READ_SIZE = 65536


class HandshakeError(Exception):
    pass


def upgrade_problem(environ: dict[str, t.Any]) -> str | None:
    """Why this request is not a WebSocket upgrade, or ``None`` when it is."""
    upgrade = str(environ.get("HTTP_UPGRADE", "")).lower()
    if not environ.get("HTTP_SEC_WEBSOCKET_KEY") or "websocket" not in upgrade:
        return "not a WebSocket upgrade request"
    return None


def socket_available(environ: dict[str, t.Any]) -> bool:
    """Whether the WSGI server hands over its socket (the servers simple-websocket knows)."""
    return ("werkzeug.socket" in environ or "gunicorn.socket" in environ or "eventlet.input" in environ
            or str(environ.get("SERVER_SOFTWARE", "")).startswith("gevent"))


def takes_socket(environ: dict[str, t.Any]) -> bool:
    """Whether :class:`StreamSocket` can take this WSGI server's socket (eventlet's it cannot)."""
    return ("werkzeug.socket" in environ or "gunicorn.socket" in environ
            or str(environ.get("SERVER_SOFTWARE", "")).startswith("gevent"))


def _socket_from_environ(environ: dict[str, t.Any]) -> tuple[str, t.Any]:
    if "werkzeug.socket" in environ:
        return "werkzeug", environ["werkzeug.socket"]
    if "gunicorn.socket" in environ:
        return "gunicorn", environ["gunicorn.socket"]
    if str(environ.get("SERVER_SOFTWARE", "")).startswith("gevent"):
        wsgi_input = environ["wsgi.input"]
        if not hasattr(wsgi_input, "raw") and hasattr(wsgi_input, "rfile"):
            wsgi_input = wsgi_input.rfile
        if hasattr(wsgi_input, "raw"):
            sock = wsgi_input.raw._sock
            with contextlib.suppress(NotImplementedError):
                sock = sock.dup()  # pywsgi closes its own socket after the request
            return "gevent", sock
    raise HandshakeError("this WSGI server does not hand over its socket (use gunicorn -k gevent, "
                         "gevent's WSGIServer or the Werkzeug server)")


class StreamSocket:
    """One accepted WebSocket; :meth:`receive` in one thread, sends from any thread."""

    #: One :meth:`receive` takes every frame that has arrived (so a reader that waits between
    #: reads gets them in one wake-up).
    reads_all_arrived = True

    def __init__(self, environ: dict[str, t.Any]) -> None:
        problem = upgrade_problem(environ)
        if problem:
            raise HandshakeError(problem)
        key = str(environ["HTTP_SEC_WEBSOCKET_KEY"])
        self.mode, self.sock = _socket_from_environ(environ)
        self._parser = FrameParser(masked=True)
        self._send_lock = threading.Lock()
        self._timeout: float | None = None
        self._hub_reader: HubReader | None = None
        self.connected = True
        self._close_sent = False
        accept = base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()
        self.sock.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())

    def receive(self, timeout: float | None = None) -> list[bytes] | None:
        """The messages that have arrived, as UTF-8 bytes (``[]`` on timeout); ``None`` once the
        connection is over. Binary frames come as :class:`BinaryMessage`."""
        if not self.connected:
            return None
        if timeout != self._timeout:
            self._timeout = timeout
            self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(READ_SIZE)
        except TimeoutError:
            return []
        except OSError:
            self.connected = False
            return None
        if not data:
            self.connected = False
            return None
        try:
            frames = self._parser.feed(data)
        except ProtocolError:
            self.close(1002)
            return None
        return self._messages(frames)

    def _messages(self, frames: list[tuple[int, bytes]]) -> list[bytes]:
        messages: list[bytes] = []
        for opcode, payload in frames:
            if opcode == OP_TEXT:
                messages.append(payload)
            elif opcode == OP_BINARY:
                messages.append(BinaryMessage(payload))
            elif opcode == OP_PING:
                self._send_raw(encode(OP_PONG, payload, mask=False))
            elif opcode == OP_CLOSE:
                self.close()
                break
        return messages

    def hub_reader(self, fast: t.Callable[[list[bytes]], int]) -> HubReader | None:
        """Read this socket from now on in the gevent hub's own callback (see :class:`HubReader`),
        or ``None`` where that cannot be done (not gevent's plain socket)."""
        if not self.connected or self._hub_reader is not None:
            return None
        reader = HubReader.start(self, fast)
        self._hub_reader = reader
        return reader

    def send(self, text: str) -> None:
        self._send_raw(encode(OP_TEXT, text.encode(), mask=False))

    def send_many(self, texts: t.Iterable[str | bytes]) -> None:
        """Several text messages (str, or UTF-8 bytes) in one write (one syscall, one wake-up
        at the peer)."""
        self._send_raw(b"".join(encode(OP_TEXT, text if isinstance(text, bytes) else text.encode(),
                                       mask=False) for text in texts))

    def _send_raw(self, data: bytes) -> None:
        with self._send_lock:
            if self._close_sent:
                raise ConnectionError("the media stream is closed")
            send_all(self.sock, data)

    def close(self, code: int = 1000) -> None:
        """Send a close frame and end the connection (wakes a thread blocked in :meth:`receive`)."""
        with self._send_lock:
            if not self._close_sent:
                self._close_sent = True
                with contextlib.suppress(OSError):
                    self.sock.sendall(encode(OP_CLOSE, close_payload(code), mask=False))
            self.connected = False
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)

    def finish(self) -> Response:
        """What the view returns once the stream is over (each server needs its own answer)."""
        self.close()
        if self._hub_reader is not None:
            self._hub_reader.stop()
        if self.mode == "gevent":
            with contextlib.suppress(OSError):
                self.sock.close()
        return _AlreadyHandled(self.mode)


class HubReader:
    """Reads a :class:`StreamSocket` in the gevent hub's callback: no greenlet switch per frame.

    Under gevent a greenlet reading a socket costs, per 20 ms frame, a ``recv`` that fails with
    ``EAGAIN``, a switch to the hub, the poll, a switch back and the ``recv`` that succeeds. Here
    a persistent read watcher calls :meth:`_readable` in the hub itself: one non-blocking
    ``recv``, the frames cut, and ``fast`` (the Twilio side's hot path) given the messages; it
    handles the leading caller-audio frames without blocking and returns how many it took.
    Whatever it leaves (marks, events, control frames, the end of the stream) is queued, in
    order, for the call's greenlet, woken by an event (:meth:`receive`); while anything is
    queued, or the greenlet is still handling what it took (until it asks again: its audio may
    wait for a full socket, a mark for the database), every later frame queues behind it, so
    nothing overtakes.
    """

    def __init__(self, ws: StreamSocket, fast: t.Callable[[list[bytes]], int], loop: t.Any,
                 raw: t.Any, wake: t.Any) -> None:
        self.ws = ws
        self.fast = fast
        self.raw = raw  # the OS socket under gevent's (non-blocking)
        self.pending: list[bytes | _Control] = []
        self.ended = False
        self.handling = False  # the greenlet has taken frames and not yet asked for more
        self._wake = wake
        self._watcher = loop.io(ws.sock.fileno(), 1)
        self._watcher.start(self._readable)

    @classmethod
    def start(cls, ws: StreamSocket, fast: t.Callable[[list[bytes]], int]) -> HubReader | None:
        try:
            import gevent.socket
            from gevent import get_hub
            from gevent.event import Event
        except ImportError:
            return None
        sock = ws.sock
        if type(sock) is not gevent.socket.socket or sock.timeout != ws._timeout:
            return None
        return cls(ws, fast, get_hub().loop, sock._sock, Event())

    def _readable(self) -> None:
        try:
            data = self.raw.recv(READ_SIZE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._end()
            return
        try:
            frames = self.ws._parser.feed(data)
        except ProtocolError:
            self.pending.append(_PROTOCOL_ERROR)
            self._end()
            return
        if self.pending or self.handling or any(opcode != OP_TEXT for opcode, _ in frames):
            self.pending.extend(_Control(opcode, payload) if opcode != OP_TEXT else payload
                                for opcode, payload in frames)
            self._wake.set()
            return
        messages = [payload for _, payload in frames]
        try:
            taken = self.fast(messages)
        except Exception:  # the greenlet's path then handles (and logs) them
            taken = 0
        if taken < len(messages):
            self.pending.extend(messages[taken:])
            self._wake.set()

    def _end(self) -> None:
        self.ended = True
        self._watcher.stop()
        self._wake.set()

    def receive(self, timeout: float | None = None) -> list[bytes] | None:
        """What the hub left for the call's greenlet (waits for it; ``timeout`` is not used: the
        reader starts once the stream has started); ``None`` once the stream is over. Until the
        next call, the hub forwards nothing itself (what comes meanwhile waits for that call)."""
        self.handling = False  # done with the last batch: the hub may forward audio again
        while not self.pending:
            if self.ended:
                self.ws.connected = False
                return None
            self._wake.clear()
            if not self.pending and not self.ended:
                self._wake.wait()
        items, self.pending = self.pending, []
        self.handling = True
        messages: list[bytes] = []
        for item in items:
            if item is _PROTOCOL_ERROR:
                self.ws.close(1002)
                return messages or None
            if isinstance(item, _Control):
                messages.extend(self.ws._messages([(item.opcode, item.payload)]))
                if not self.ws.connected:
                    return messages or None
            else:
                messages.append(item)
        return messages

    def stop(self) -> None:
        self._watcher.stop()
        self.ended = True
        self._wake.set()


class _Control:
    """A non-text frame the hub leaves to the greenlet (binary, ping, close)."""

    __slots__ = ("opcode", "payload")

    def __init__(self, opcode: int, payload: bytes) -> None:
        self.opcode, self.payload = opcode, payload


_PROTOCOL_ERROR = _Control(-1, b"")


class _AlreadyHandled(Response):
    """The connection was taken over: tell the WSGI server there is nothing left to send."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self._mode = mode

    def __call__(self, environ: t.Any, start_response: t.Any) -> t.Any:
        if self._mode == "gunicorn":
            raise StopIteration()  # gunicorn's signal that the socket was handled
        if self._mode == "werkzeug":
            return super().__call__(environ, start_response)
        return []
