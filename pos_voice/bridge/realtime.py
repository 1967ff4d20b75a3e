"""The outbound OpenAI Realtime connection (GA protocol) and the session configuration."""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import typing as t
from urllib.parse import urlencode, urlsplit, urlunsplit

import websocket
from tenacity import (
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential,
)

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

log = logging.getLogger("pos_voice.bridge")

READ_SIZE = 65536

CONNECT_ATTEMPTS = 3


def _hub_writer(sock: t.Any) -> tuple[t.Callable[[], bool] | None, t.Callable[[bytes], int], t.Any]:
    """For a gevent socket (plain or TLS): whether the caller runs in the hub, a write that never
    waits (bytes written; 0 when it would block) and ``gevent.spawn``; ``(None, …)`` otherwise."""
    try:
        import gevent
        import gevent.socket
        import gevent.ssl
        from gevent.hub import Hub
        from greenlet import getcurrent
    except ImportError:
        return None, sock.send, None
    if type(sock) is gevent.socket.socket:
        raw = sock._sock

        def write_now(data: bytes) -> int:
            try:
                return int(raw.send(data))
            except BlockingIOError:
                return 0
    elif type(sock) is gevent.ssl.SSLSocket and sock._sslobj is not None:
        tls = sock._sslobj

        def write_now(data: bytes) -> int:
            try:
                return int(tls.write(data))
            except (ssl.SSLWantWriteError, ssl.SSLWantReadError):
                return 0  # OpenSSL wants the same bytes again: the greenlet's sendall does that
    else:
        return None, sock.send, None

    def in_hub() -> bool:
        return isinstance(getcurrent(), Hub)

    return in_hub, write_now, gevent.spawn


def realtime_url(base_url: str, model: str) -> str:
    """``base_url`` with ``?model=`` added (any query it already has is kept)."""
    parts = urlsplit(base_url)
    query = parts.query + ("&" if parts.query else "") + urlencode({"model": model})
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def connect(url: str, api_key: str, timeout: float) -> websocket.WebSocket:
    """Open the Realtime WebSocket: at most 3 attempts within about ``timeout`` seconds.

    Only the ``Authorization`` header is sent: the GA API rejects the beta header.
    Raises the last connection error when every attempt failed.
    """
    headers = [f"Authorization: Bearer {api_key}"]
    per_attempt = max(0.5, timeout / CONNECT_ATTEMPTS)
    retrying = Retrying(
        stop=stop_after_attempt(CONNECT_ATTEMPTS) | stop_after_delay(timeout),
        wait=wait_exponential(multiplier=0.1, max=1.0),
        retry=retry_if_exception_type((websocket.WebSocketException, OSError)),
        reraise=True,
        before_sleep=lambda state: log.warning(
            "realtime connect attempt %s failed: %s", state.attempt_number,
            state.outcome.exception() if state.outcome else None),
    )
    for attempt in retrying:
        with attempt:
            sock = websocket.create_connection(
                url, header=headers, timeout=per_attempt, enable_multithread=True,
                skip_utf8_validation=True,  # the server's frames are JSON text; saves a scan per frame
            )
            sock.settimeout(None)
            return sock
    raise AssertionError("unreachable")  # pragma: no cover


def session_update(
    *,
    model: str,
    instructions: str,
    tools: list[dict[str, t.Any]],
    voice: str,
    turn_detection: dict[str, t.Any] | None,
    transcription_model: str | None,
    language: str | None,
    noise_reduction: str | None,
) -> dict[str, t.Any]:
    """The GA ``session.update``: μ-law both ways, input transcription on, the tools."""
    audio_input: dict[str, t.Any] = {"format": {"type": "audio/pcmu"}}
    if noise_reduction:
        audio_input["noise_reduction"] = {"type": noise_reduction}
    if transcription_model:
        transcription: dict[str, t.Any] = {"model": transcription_model}
        if language:
            transcription["language"] = language
        audio_input["transcription"] = transcription
    audio_input["turn_detection"] = dict(turn_detection) if turn_detection else None
    return {
        "type": "session.update",
        "session": {
            "type": "realtime",
            "model": model,
            "instructions": instructions,
            "output_modalities": ["audio"],
            "audio": {
                "input": audio_input,
                "output": {"format": {"type": "audio/pcmu"}, "voice": voice},
            },
            "tools": tools,
            "tool_choice": "auto",
        },
    }


def response_create(instructions: str | None = None) -> dict[str, t.Any]:
    if not instructions:
        return {"type": "response.create"}
    return {"type": "response.create", "response": {"instructions": instructions}}


class RealtimeSocket:
    """The call's connection to the Realtime API after websocket-client's handshake (and TLS).

    Frames are read and written with :mod:`pos_voice.bridge.frames`: one read takes every
    frame that has arrived, instead of three socket reads per frame.
    """

    def __init__(self, ws: websocket.WebSocket) -> None:
        self._ws = ws  # owns the (TLS) socket and its handshake state
        if ws.sock is None:
            raise ConnectionError("the Realtime connection closed during its handshake")
        self.sock: socket.socket = ws.sock
        self._parser = FrameParser(masked=False)
        self._send_lock = threading.Lock()
        self.closed = False
        self.sent = 0  # messages sent (tests compare it with what the far end received)
        self._in_hub, self._write_now, self._spawn = _hub_writer(self.sock)
        self._backlog: list[bytes] | None = None  # written by a greenlet, in order, after a short write

    def send(self, text: str) -> None:
        data = encode(OP_TEXT, text.encode(), mask=True)
        with self._send_lock:
            if self.closed:
                raise ConnectionError("the Realtime connection is closed")
            send_all(self.sock, data)
            self.sent += 1

    def send_many(self, texts: list[bytes]) -> None:
        """Several messages (UTF-8 bytes) in one write. Called in the gevent hub (caller audio
        read by :class:`~pos_voice.bridge.wsserver.HubReader`), it neither blocks nor raises."""
        data = b"".join(encode(OP_TEXT, text, mask=True) for text in texts)
        if self._in_hub is not None and self._in_hub():
            self._send_in_hub(data, len(texts))
            return
        with self._send_lock:
            if self.closed:
                raise ConnectionError("the Realtime connection is closed")
            send_all(self.sock, data)
            self.sent += len(texts)

    def _send_in_hub(self, data: bytes, count: int) -> None:
        """One non-blocking write; what it cannot write now goes to a greenlet (in order, the send
        lock held until it is out). A broken connection is shut so its reader reports the loss."""
        if self.closed:
            return  # the reader reports (or has reported) the loss; audio for it is moot
        if self._backlog is not None:
            self._backlog.append(data)  # behind what is still going out
            self.sent += count
            return
        lock = self._send_lock
        if not lock.acquire(False):  # another sender is writing: after it, in a greenlet
            self._backlog = [data]
            self.sent += count
            self._spawn(self._flush, False)
            return
        try:
            sent = self._write_now(data)
        except OSError:
            lock.release()
            self._lost()
            return
        self.sent += count
        if sent >= len(data):
            lock.release()
            return
        self._backlog = [data[sent:]]  # the lock stays held: nothing may write between the parts
        self._spawn(self._flush, True)

    def _flush(self, locked: bool) -> None:
        if not locked:
            self._send_lock.acquire()
        try:
            while self._backlog:
                data = self._backlog.pop(0)
                try:
                    self.sock.sendall(data)
                except OSError:
                    self._lost()
                    break
        finally:
            self._backlog = None
            self._send_lock.release()

    def _lost(self) -> None:
        """A hub-side write failed: nothing more is sent, and the socket is shut so that its reader
        reports the loss (a write here cannot raise to anyone)."""
        self.closed = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)

    def receive(self) -> list[bytes] | None:
        """Every message that has arrived, as UTF-8 bytes (blocks until one does); ``None`` when
        the connection ended."""
        while True:
            if self.closed:
                return None
            try:
                data = self.sock.recv(READ_SIZE)
            except OSError:
                self.closed = True
                return None
            if not data:
                self.closed = True
                return None
            try:
                frames = self._parser.feed(data)
            except ProtocolError:
                self.close(1002)
                return None
            messages: list[bytes] = []
            for opcode, payload in frames:
                if opcode in (OP_TEXT, OP_BINARY):
                    messages.append(payload)
                elif opcode == OP_PING:
                    with contextlib.suppress(OSError), self._send_lock:
                        self.sock.sendall(encode(OP_PONG, payload, mask=True))
                elif opcode == OP_CLOSE:
                    self.close()
                    return messages or None
            if messages:
                return messages

    def close(self, code: int = 1000) -> None:
        """Say goodbye and end the connection at once (wakes the reader blocked in :meth:`receive`)."""
        with self._send_lock:
            if not self.closed:
                self.closed = True
                with contextlib.suppress(OSError):
                    self.sock.sendall(encode(OP_CLOSE, close_payload(code), mask=True))
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)

    def release(self) -> None:
        """Free the socket (after the reader has stopped)."""
        with contextlib.suppress(Exception):
            self._ws.shutdown()
