"""Caller audio forwarded in the gevent hub's own callback (``wsserver.HubReader``) and the
Realtime socket's write from there (``RealtimeSocket.send_many`` in the hub): never blocking,
nothing reordered, nothing interleaved (``python -m gevent.monkey --module pytest -m gevent``)."""

from __future__ import annotations

import socket
import threading
import typing as t

import pytest

from pos_voice.bridge import frames, realtime, wsserver
from tests.support.servers import gevent_patched

pytestmark = [
    pytest.mark.gevent,
    pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest"),
]

MEDIA = b'{"event":"media","streamSid":"MZ1","media":{"track":"inbound","payload":"%s"}}'


def media(n: int) -> bytes:
    return MEDIA % (b"AAAA" * n)


def client_frame(text: bytes, opcode: int = frames.OP_TEXT) -> bytes:
    return frames.encode(opcode, text, mask=True)


def wait_until(condition: t.Callable[[], bool], timeout: float = 5.0) -> None:
    import gevent

    with gevent.Timeout(timeout):
        while not condition():
            gevent.sleep(0.001)


@pytest.fixture
def stream() -> t.Iterator[tuple[wsserver.StreamSocket, socket.socket]]:
    server, client = socket.socketpair()
    environ = {"HTTP_UPGRADE": "websocket", "HTTP_SEC_WEBSOCKET_KEY": "dGhlIHNhbXBsZSBub25jZQ==",
               "werkzeug.socket": server}
    ws = wsserver.StreamSocket(environ)
    handshake = client.recv(4096)
    assert handshake.startswith(b"HTTP/1.1 101")
    yield ws, client
    ws.finish()
    client.close()


def test_hub_reader_forwards_audio_in_the_hub_and_leaves_the_rest_in_order(
        stream: tuple[wsserver.StreamSocket, socket.socket]) -> None:
    import gevent
    from gevent.hub import Hub
    from greenlet import getcurrent

    ws, client = stream
    forwarded: list[tuple[bytes, bool]] = []

    def fast(messages: list[bytes]) -> int:
        taken = 0
        for message in messages:
            if not message.startswith(b'{"event":"media"'):
                break
            forwarded.append((message, isinstance(getcurrent(), Hub)))
            taken += 1
        return taken

    reader = ws.hub_reader(fast)
    assert reader is not None
    client.sendall(client_frame(media(1)) + client_frame(media(2)))
    wait_until(lambda: len(forwarded) == 2)
    assert forwarded == [(media(1), True), (media(2), True)]  # read and forwarded by the hub itself
    # A mark, then audio, in one read: the greenlet gets both, in order (audio never overtakes).
    mark = b'{"event":"mark","streamSid":"MZ1","mark":{"name":"m1"}}'
    client.sendall(client_frame(mark) + client_frame(media(3)) + client_frame(b"ping", frames.OP_PING))
    assert reader.receive() == [mark, media(3)]
    pong = client.recv(100)
    assert frames.FrameParser(masked=False).feed(pong) == [(frames.OP_PONG, b"ping")]
    client.sendall(client_frame(media(4)))  # nothing queued any more: the hub's path again
    wait_until(lambda: len(forwarded) == 3)
    assert forwarded[-1] == (media(4), True)
    client.shutdown(socket.SHUT_WR)
    assert gevent.spawn(reader.receive).get(timeout=5) is None  # the end wakes the greenlet
    assert not ws.connected


def test_hub_reader_needs_a_gevent_socket() -> None:
    environ = {"HTTP_UPGRADE": "websocket", "HTTP_SEC_WEBSOCKET_KEY": "dGhlIHNhbXBsZSBub25jZQ==",
               "werkzeug.socket": _PlainSocket()}
    ws = wsserver.StreamSocket(environ)
    assert ws.hub_reader(lambda messages: 0) is None  # the greenlet's own reads, as before


class _PlainSocket:
    def sendall(self, data: bytes) -> None:
        pass

    def shutdown(self, how: int) -> None:
        pass


class _FakeWs:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def shutdown(self) -> None:
        self.sock.close()


def test_realtime_send_in_the_hub_never_blocks_and_keeps_order() -> None:
    """A write the socket cannot take at once is finished by a greenlet while the hub goes on;
    later messages queue behind it and no other sender writes in between."""
    import gevent

    ours, theirs = socket.socketpair()
    ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    sock = realtime.RealtimeSocket(_FakeWs(ours))  # type: ignore[arg-type]
    big = [b"x" * 200_000]
    small = [b"y" * 10]
    hub = gevent.get_hub()
    done = threading.Event()

    def in_hub() -> None:
        sock.send_many(big)  # more than the socket buffer: must not block the hub
        sock.send_many(small)
        done.set()

    hub.loop.run_callback(in_hub)
    wait_until(done.is_set)
    other = gevent.spawn(sock.send, "z")  # another sender: after everything above
    received = b""
    parser = frames.FrameParser(masked=True)
    messages: list[tuple[int, bytes]] = []
    while len(messages) < 3:
        chunk = theirs.recv(65536)
        assert chunk
        received += chunk
        messages += parser.feed(chunk)
    other.get(timeout=5)
    assert messages == [(frames.OP_TEXT, big[0]), (frames.OP_TEXT, small[0]), (frames.OP_TEXT, b"z")]
    assert sock.sent == 3
    ours.close()
    theirs.close()
