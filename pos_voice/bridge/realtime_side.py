"""The OpenAI side of a call: the Realtime connection, its reader thread, and writes to it.

Assistant audio (nearly all the traffic) takes the hot path of :mod:`pos_voice.bridge.wire`,
without a JSON parser, and is handed over in batches; every other event is parsed (a frame
that is not JSON, or nested too deep to parse, is counted and logged) and handed over one by
one. What the events mean is the engine's business (:mod:`.realtime_engine`): it is told
through :class:`Listener`.
A connection can be replaced (a session that never got ready is tried once more): the old
one's reader then ends without reporting a loss.
"""

from __future__ import annotations

import json
import logging
import threading
import typing as t

from . import realtime, wire

log = logging.getLogger("pos_voice.bridge")

MAX_LOGGED_BAD_EVENTS = 5


class Listener(t.Protocol):
    """What the Realtime side tells its engine (from its reader thread)."""

    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None: ...  # (item id, base64 μ-law)
    def realtime_event(self, event: dict[str, t.Any]) -> None: ...  # any other server event
    def realtime_lost(self, exc: BaseException) -> None: ...  # the connection failed


class RealtimeSide:
    def __init__(self, listener: Listener) -> None:
        self.listener = listener
        self.call_sid: str | None = None  # for log lines and thread names
        self.socket: realtime.RealtimeSocket | None = None
        self.closed = threading.Event()  # closed for good (the call is ending)
        self._readers: list[threading.Thread] = []
        self.events = 0  # server events handed over, audio excepted (tests wait on it)
        self.bad_events = 0

    @property
    def sent(self) -> int:
        """Messages written on the current connection."""
        return self.socket.sent if self.socket is not None else 0

    def open(self, url: str, api_key: str, timeout: float) -> realtime.RealtimeSocket:
        """Connect (raises when the service can't be reached); the reader starts with :meth:`read`."""
        return realtime.RealtimeSocket(realtime.connect(url, api_key, timeout))

    def read(self, socket: realtime.RealtimeSocket) -> None:
        """Make ``socket`` the call's connection and start reading it."""
        self.socket = socket
        reader = threading.Thread(target=self._read, args=(socket,), daemon=True,
                                  name=f"pos_voice-realtime-{self.call_sid}")
        self._readers.append(reader)
        reader.start()

    def replace(self) -> None:
        """Drop the current connection (its end is not a loss): another one comes next."""
        old, self.socket = self.socket, None
        if old is not None:
            old.close()

    def send(self, event: dict[str, t.Any] | str) -> bool:
        socket = self.socket
        if socket is None or self.closed.is_set():
            return False
        try:
            socket.send(event if isinstance(event, str) else json.dumps(event, separators=(",", ":")))
            return True
        except Exception as exc:
            self._lost(socket, exc)
            return False

    def send_many(self, messages: list[bytes]) -> bool:
        """Ready-made messages (caller audio), in one write."""
        socket = self.socket
        if socket is None or self.closed.is_set():
            return False  # not connected yet (or any more): the model can't hear it
        try:
            socket.send_many(messages)
            return True
        except Exception as exc:
            self._lost(socket, exc)
            return False

    def close(self) -> None:
        """Close for good; wakes the reader, which releases the socket on its way out."""
        if self.closed.is_set():
            return
        self.closed.set()
        socket = self.socket
        if socket is None:
            return
        socket.close()
        if not self._readers:
            socket.release()

    def join(self, timeout: float) -> None:
        for reader in self._readers:
            reader.join(timeout=timeout)

    def _lost(self, socket: realtime.RealtimeSocket, exc: BaseException) -> None:
        if socket is self.socket and not self.closed.is_set():
            self.listener.realtime_lost(exc)

    def bad_event(self, what: str, message: t.Any) -> None:
        self.bad_events += 1
        if self.bad_events <= MAX_LOGGED_BAD_EVENTS:
            log.warning("call %s: ignoring %s: %.120r", self.call_sid, what, message)

    def _read(self, socket: realtime.RealtimeSocket) -> None:
        listener = self.listener
        audio_delta = wire.audio_delta_bytes
        is_base64 = wire.is_base64
        try:
            while True:
                batch = socket.receive()
                if batch is None:
                    self._lost(socket, ConnectionError("the Realtime server closed the connection"))
                    return
                deltas: list[tuple[bytes, bytes]] = []  # consecutive audio, handed over together
                for message in batch:
                    delta = audio_delta(message)
                    if delta is not None:  # the hot path: assistant audio straight to the caller
                        if is_base64(delta[1]):
                            deltas.append(delta)
                        else:  # spliced as is, it could make invalid JSON at Twilio
                            self.bad_event("an audio delta that is not base64", message)
                            self.events += 1  # handled: dropped
                        continue
                    if deltas:
                        listener.assistant_audio(deltas)
                        deltas = []
                    event = wire.parse_json(message)
                    if isinstance(event, dict):
                        try:
                            listener.realtime_event(event)
                        except Exception:
                            log.exception("call %s: handling %s failed", self.call_sid, event.get("type"))
                    else:
                        self.bad_event("a malformed Realtime event", message)
                    self.events += 1
                if deltas:
                    listener.assistant_audio(deltas)
        finally:
            socket.release()


class SideState:
    """The seam's state of an engine that speaks over one :class:`RealtimeSide` (a WebSocket and
    its reader), read off that socket: shared by the Realtime and GPT-Live engines."""

    side: RealtimeSide

    @property
    def name(self) -> str:
        return self.side.call_sid or "call"

    @name.setter
    def name(self, value: str) -> None:
        self.side.call_sid = value

    @property
    def events(self) -> int:
        return self.side.events

    @property
    def bad_events(self) -> int:
        return self.side.bad_events

    @property
    def connected(self) -> bool:
        return self.side.socket is not None

    @property
    def closed(self) -> bool:
        return self.side.closed.is_set()

    @property
    def sent(self) -> int:
        return self.side.sent
