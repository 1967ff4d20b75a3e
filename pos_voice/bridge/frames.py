"""A lean RFC 6455 framing layer for the two sockets of a call.

Why not simple-websocket/wsproto and websocket-client's own framing on the audio path:
measured on this class of machine, wsproto spends ~30 µs parsing one 250-byte Twilio frame
(plus a reader thread, an event and a context switch per frame), and websocket-client's
``recv`` makes three socket reads per frame. A call moves ~150 frames a second each way,
so those alone exceed the whole CPU budget (3 ms per call-second). Here a socket read takes
whatever is available (many frames at once), frames are cut out of one buffer, and several
outgoing frames go out in one ``sendall``.

Masking uses the C ``apply_mask`` of ``websockets`` (a dependency only for that) when it is
importable, else a pure-Python XOR; the two are tested to agree.

Only what the two ends use is supported: text/binary messages (fragmented or not), ping,
pong, close; no extensions (none are negotiated).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable

OP_CONTINUATION, OP_TEXT, OP_BINARY = 0x0, 0x1, 0x2
OP_CLOSE, OP_PING, OP_PONG = 0x8, 0x9, 0xA
CONTROL_OPCODES = frozenset({OP_CLOSE, OP_PING, OP_PONG})
DATA_OPCODES = frozenset({OP_CONTINUATION, OP_TEXT, OP_BINARY})

MAX_MESSAGE_BYTES = 16 * 1024 * 1024
_U16 = struct.Struct("!H")
_U64 = struct.Struct("!Q")


class ProtocolError(Exception):
    """The peer broke the framing rules; the connection must be closed (1002)."""


def _unmask_python(data: bytes, key: bytes) -> bytes:
    """XOR ``data`` with the 4-byte ``key`` repeated (one big-integer XOR: no per-byte loop)."""
    size = len(data)
    if not size:
        return b""
    repeated = key * (size // 4 + 1)
    mixed = int.from_bytes(data, "little") ^ int.from_bytes(repeated[:size], "little")
    return mixed.to_bytes(size, "little")


#: XOR ``data`` with the 4-byte ``key`` repeated (RFC 6455 masking; its own inverse).
unmask: Callable[[bytes, bytes], bytes] = _unmask_python
try:  # websockets' C masker: ~9x faster than the big-integer XOR per 250-byte frame, and every
    # frame from Twilio and every one to OpenAI is masked (bench/RESULTS-bridge.md)
    from websockets.speedups import apply_mask

    unmask = apply_mask
except ImportError:  # a platform without its compiled wheel: the pure-Python XOR
    pass


_MASK_KEYS: list[bytes] = []
_KEY_BLOCK = 4096  # bytes of entropy fetched at once: 1024 masking keys
os.register_at_fork(after_in_child=_MASK_KEYS.clear)  # a forked worker never reuses its parent's keys


def _mask_key() -> bytes:
    """A fresh masking key, from the OS's random source like ``os.urandom(4)`` but one syscall
    per 1024 keys (1.6 µs per frame saved on every frame to OpenAI). ``list.pop`` is atomic, so
    threads never share a key."""
    try:
        return _MASK_KEYS.pop()
    except IndexError:
        block = os.urandom(_KEY_BLOCK)
        _MASK_KEYS.extend([block[at:at + 4] for at in range(0, _KEY_BLOCK, 4)])
        return _MASK_KEYS.pop()


_HEADER_16 = struct.Struct("!BBH")
_HEADER_64 = struct.Struct("!BBQ")


def encode(opcode: int, payload: bytes, *, mask: bool) -> bytes:
    """One final frame. Clients must mask (a fresh random key per frame); servers must not.

    The header is one ``struct.pack`` (or ``bytes`` of two) and the frame one concatenation:
    ~1.3 µs per masked 270-byte caller-audio frame against ~2.3 µs for the previous
    ``bytes + pack`` and ``join`` (timeit on this VM; every frame to OpenAI is one)."""
    size = len(payload)
    if mask:
        if size < 126:
            header = bytes((0x80 | opcode, 0x80 | size))
        elif size < 65536:
            header = _HEADER_16.pack(0x80 | opcode, 0xFE, size)
        else:
            header = _HEADER_64.pack(0x80 | opcode, 0xFF, size)
        key = _mask_key()
        return header + key + unmask(payload, key)
    if size < 126:
        header = bytes((0x80 | opcode, size))
    elif size < 65536:
        header = _HEADER_16.pack(0x80 | opcode, 126, size)
    else:
        header = _HEADER_64.pack(0x80 | opcode, 127, size)
    return header + payload


def close_payload(code: int = 1000, reason: str = "") -> bytes:
    return _U16.pack(code) + reason.encode()[:120]


class FrameParser:
    """Cuts complete frames out of received bytes.

    :meth:`feed` returns ``(opcode, payload)`` for every complete message (fragments joined,
    opcode of the first fragment) and every control frame, in order.
    """

    def __init__(self, *, masked: bool, max_message_bytes: int = MAX_MESSAGE_BYTES) -> None:
        self.masked = masked  # frames from a client are masked, from a server not
        self.max_message_bytes = max_message_bytes
        self._buffer = b""
        self._fragments: list[bytes] | None = None
        self._fragment_opcode = OP_TEXT
        self._fragment_size = 0

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        buffer = self._buffer + data if self._buffer else data
        out: list[tuple[int, bytes]] = []
        offset = 0
        end = len(buffer)
        masked = self.masked
        if self._fragments is None:
            # The hot path: whole, final, unfragmented text frames under 64 KiB (every media
            # frame, mark and audio delta), cut with the fewest checks; the first frame of any
            # other kind (or a cut one) leaves the rest to the general loop below.
            mask_bit = 0x80 if masked else 0
            while end - offset >= 4:
                second = buffer[offset + 1]
                if buffer[offset] != 0x81 or second & 0x80 != mask_bit:
                    break
                size = second & 0x7F
                if size == 126:
                    size = (buffer[offset + 2] << 8) | buffer[offset + 3]
                    at = offset + 4
                elif size == 127:
                    break
                else:
                    at = offset + 2
                if size > self.max_message_bytes:
                    break
                if masked:
                    stop = at + 4 + size
                    if stop > end:
                        break
                    out.append((OP_TEXT, unmask(buffer[at + 4:stop], buffer[at:at + 4])))
                else:
                    stop = at + size
                    if stop > end:
                        break
                    out.append((OP_TEXT, buffer[at:stop]))
                offset = stop
        while end - offset >= 2:
            first = buffer[offset]
            second = buffer[offset + 1]
            size = second & 0x7F
            at = offset + 2
            if size == 126:
                if end - at < 2:
                    break
                size = (buffer[at] << 8) | buffer[at + 1]
                at += 2
            elif size == 127:
                if end - at < 8:
                    break
                (size,) = _U64.unpack_from(buffer, at)
                at += 8
            if bool(second & 0x80) != masked:
                raise ProtocolError("a client frame must be masked, a server frame must not")
            if first & 0x70:
                raise ProtocolError("reserved bits set without a negotiated extension")
            if size > self.max_message_bytes:
                raise ProtocolError("frame too large")
            if masked:
                if end - at < 4 + size:
                    break
                key = buffer[at:at + 4]
                payload = unmask(buffer[at + 4:at + 4 + size], key)
                offset = at + 4 + size
            else:
                if end - at < size:
                    break
                payload = buffer[at:at + size]
                offset = at + size
            opcode = first & 0x0F
            final = first & 0x80
            if opcode in CONTROL_OPCODES:
                if not final or size > 125:
                    raise ProtocolError("bad control frame")
                out.append((opcode, payload))
            elif opcode == OP_CONTINUATION:
                if self._fragments is None:
                    raise ProtocolError("continuation without a first fragment")
                self._add_fragment(payload)
                if final:
                    out.append((self._fragment_opcode, b"".join(self._fragments)))
                    self._fragments = None
            elif opcode in (OP_TEXT, OP_BINARY):
                if self._fragments is not None:
                    raise ProtocolError("new message inside a fragmented one")
                if final:
                    out.append((opcode, payload))
                else:
                    self._fragments = []
                    self._fragment_opcode = opcode
                    self._fragment_size = 0
                    self._add_fragment(payload)
            else:
                raise ProtocolError(f"unknown opcode {opcode}")
        self._buffer = buffer[offset:] if offset < end else b""
        return out

    def _add_fragment(self, payload: bytes) -> None:
        assert self._fragments is not None
        self._fragment_size += len(payload)
        if self._fragment_size > self.max_message_bytes:
            raise ProtocolError("message too large")
        self._fragments.append(payload)


def send_all(sock: object, data: bytes) -> None:
    """``sock.sendall(data)`` without gevent's per-call ``getsockopt``: one ``send`` is
    enough for the small writes of a call; only a partial write falls back to ``sendall``."""
    sent = sock.send(data)  # type: ignore[attr-defined]
    if sent < len(data):
        sock.sendall(data[sent:])  # type: ignore[attr-defined]
