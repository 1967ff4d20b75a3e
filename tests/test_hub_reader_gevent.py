"""Caller audio forwarded in the gevent hub's own callback (``wsserver.HubReader``) and the
Realtime socket's write from there (``RealtimeSocket.send_many`` in the hub): never blocking,
nothing reordered, nothing interleaved (``python -m gevent.monkey --module pytest -m gevent``)."""

from __future__ import annotations

import base64
import socket
import threading
import typing as t

import pytest

from pos_voice.bridge import frames, realtime, wsserver
from tests import test_bridge_session as scenarios
from tests.support.bridge import WAIT, Caller, Rig, function_call, rig, wait_for
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
    # Until the greenlet asks again it may still be handling those (its audio waiting for a
    # full Realtime socket): later audio queues behind, never overtakes.
    client.sendall(client_frame(media(4)))
    wait_until(lambda: bool(reader.pending))
    assert reader.receive() == [media(4)] and len(forwarded) == 2
    waiting = gevent.spawn(reader.receive)  # done with it, waiting again: the hub's path again
    wait_until(lambda: not reader.handling)
    client.sendall(client_frame(media(5)))
    wait_until(lambda: len(forwarded) == 3)
    assert forwarded[-1] == (media(5), True)
    client.shutdown(socket.SHUT_WR)
    assert waiting.get(timeout=5) is None  # the end wakes the greenlet
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


# ------------------------------------------------------------------ a real call, plain and over TLS
# The bridge reaches the puppet Realtime server through a relay (tests/support/tls.py): plain
# TCP, or TLS with a throwaway certificate, as it reaches OpenAI (wss://). The relay can stop
# reading (the bridge's socket fills: a write in the hub cannot finish, SSLWantWriteError over
# TLS) and reset the connection.

LINKS = ("plain", "tls")


@pytest.fixture(params=LINKS)
def link(demo_app: t.Any, request: pytest.FixtureRequest) -> t.Iterator[Rig]:
    with rig(demo_app, "native", realtime_relay=request.param, relay_receive_buffer=4096) as r:
        yield r


def unique_audio(index: int) -> str:
    return base64.b64encode(index.to_bytes(4, "big") * 40).decode()  # 160 bytes, one per frame


def speak(caller: Caller, first: int, count: int) -> list[str]:
    sent = []
    for index in range(first, first + count):
        audio = unique_audio(index)
        caller.send({"event": "media", "sequenceNumber": str(index + 2), "streamSid": caller.stream_sid,
                     "media": {"track": "inbound", "chunk": str(index + 1), "timestamp": str(20 * index),
                               "payload": audio}})
        sent.append(audio)
    return sent


def realtime_socket(bridge: Rig, caller: Caller, tls: bool) -> realtime.RealtimeSocket:
    import gevent.ssl

    sock = bridge.session(caller).engine.side.socket
    assert sock is not None and sock._in_hub is not None  # the hub's write, not the greenlet's
    assert isinstance(sock.sock, gevent.ssl.SSLSocket) is tls
    sock.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)  # fills after a few KB
    return sock


def fill(bridge: Rig, caller: Caller, sock: realtime.RealtimeSocket) -> list[str]:
    """With the relay paused, caller audio until a write in the hub could not finish."""
    assert bridge.relay is not None
    bridge.relay.pause()
    sent: list[str] = []
    base = sock.sent
    while sock._backlog is None:
        assert len(sent) < 20_000, "the socket never filled"
        sent += speak(caller, len(sent), 50)
        wanted = base + len(sent)
        wait_for(lambda: sock.sent >= wanted or sock._backlog is not None,  # noqa: B023 (called at once)
                 what="the bridge to take the audio")
    return sent


def test_caller_audio_reaches_realtime_in_order_from_the_hub(link: Rig) -> None:
    caller, upstream = link.start()
    sock = realtime_socket(link, caller, tls=link.app.config["POS_VOICE_REALTIME_URL"].startswith("wss:"))
    sent = speak(caller, 0, 500)
    wait_for(lambda: len(upstream.appended) >= len(sent), what="the caller's audio at the model")
    assert upstream.appended == sent and sock._backlog is None
    assert upstream.problems == []
    caller.hang_up()
    link.wait_ended(caller.call_sid)


def test_back_pressure_loses_nothing_and_keeps_the_order(link: Rig) -> None:
    """The far end stops reading: the hub's write cannot finish (over TLS OpenSSL says it wants
    to write: the same bytes must be written again). Once it reads again every frame arrives
    once, in order, and the keypad's events, sent while the audio waited, come after it."""
    caller, upstream = link.start()
    tls = link.app.config["POS_VOICE_REALTIME_URL"].startswith("wss:")
    sock = realtime_socket(link, caller, tls)
    before = fill(link, caller, sock)
    caller.press("5550#")  # the bridge sends the entry (a greenlet): behind the audio still going out
    after = speak(caller, len(before), 200)
    wait_for(lambda: link.tools.typed == ["5550"], what="the keypad entry at the bridge")
    assert link.relay is not None
    link.relay.resume()
    typed = upstream.expect("conversation.item.create")
    assert typed["item"]["content"][0]["text"] == "(Keypad) The caller typed 5 5 5 0."
    wait_for(lambda: len(upstream.appended) >= len(before) + len(after), what="every frame at the model")
    link.settle(caller, upstream)
    got = [int.from_bytes(base64.b64decode(a)[:4], "big") for a in upstream.appended]
    assert got == list(range(len(before) + len(after)))  # each once, in order
    entry = upstream.order.index("conversation.item.create")
    assert upstream.order[:entry].count("input_audio_buffer.append") >= len(before)
    assert upstream.problems == []
    caller.hang_up()
    link.wait_ended(caller.call_sid)


@pytest.mark.parametrize("backlogged", [False, True], ids=["idle", "backlogged"])
def test_a_broken_realtime_connection_is_a_loss_the_caller_survives(link: Rig, backlogged: bool) -> None:
    """The connection is reset mid-call (no close frame, no TLS close_notify), idle or while a
    write waits: the call records the loss with its cart and Twilio takes the caller to staff."""
    caller, upstream = link.start()
    tls = link.app.config["POS_VOICE_REALTIME_URL"].startswith("wss:")
    sock = realtime_socket(link, caller, tls)
    upstream.response("resp_1", [function_call("item_f1", "call_1", "add_item", {"item_name": "calzone"})])
    upstream.expect("response.create")
    if backlogged:
        fill(link, caller, sock)
    assert link.relay is not None
    link.relay.reset()
    if backlogged:
        speak(caller, 100_000, 20)  # more audio for a connection that is gone: dropped, no error
    assert caller.closed.wait(WAIT)  # Twilio gets the stream back, asks /stream-ended
    call = link.wait_ended(caller.call_sid)
    assert call.next_action == "fallback" and call.disposition == "failed"
    errors = [data for _, data in link.events(caller.call_sid, "error")]
    assert errors and errors[0]["where"] == "realtime" and errors[0]["cart"]["lines"] == ["calzone"]
    assert sock.closed


def test_the_model_closing_mid_call_over_tls(demo_app: t.Any) -> None:
    with rig(demo_app, "native", realtime_relay="tls") as bridge:
        scenarios.scenario_openai_drops_mid_call(bridge)
