"""A minimal asyncio WebSocket (RFC 6455) client and server for the load generator.

Text frames, close, ping/pong; no extensions. It exists so the load generator spends as
little CPU per frame as possible and measures the server, not itself: client frames use an
all-zero masking key (legal; the payload then needs no XOR), server frames are unmasked.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import struct

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x1, 0x2, 0x8, 0x9, 0xA
_ZERO_MASK = b"\x00\x00\x00\x00"


class Closed(Exception):
    pass


def _unmask(data: bytes, key: bytes) -> bytes:
    if key == _ZERO_MASK or not data:
        return data
    size = len(data)
    repeated = (key * (size // 4 + 1))[:size]
    return (int.from_bytes(data, "little") ^ int.from_bytes(repeated, "little")).to_bytes(size, "little")


def _header(opcode: int, size: int, masked: bool) -> bytes:
    first = 0x80 | opcode
    mask_bit = 0x80 if masked else 0
    if size < 126:
        head = struct.pack("!BB", first, mask_bit | size)
    elif size < 65536:
        head = struct.pack("!BBH", first, mask_bit | 126, size)
    else:
        head = struct.pack("!BBQ", first, mask_bit | 127, size)
    return head + _ZERO_MASK if masked else head


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, client: bool) -> None:
        self.reader = reader
        self.writer = writer
        self.client = client
        self.closed = False

    def send(self, text: str) -> None:
        """Queue one text frame (no await: the transport buffers; call ``drain`` to apply back-pressure)."""
        if self.closed:
            raise Closed()
        data = text.encode()
        self.writer.write(_header(OP_TEXT, len(data), self.client) + data)

    async def drain(self) -> None:
        await self.writer.drain()

    async def recv(self) -> str:
        """The next text message; raises :class:`Closed` when the connection ends."""
        read = self.reader.readexactly
        try:
            while True:
                first, second = await read(2)
                opcode = first & 0x0F
                size = second & 0x7F
                if size == 126:
                    (size,) = struct.unpack("!H", await read(2))
                elif size == 127:
                    (size,) = struct.unpack("!Q", await read(8))
                key = await read(4) if second & 0x80 else None
                payload = await read(size) if size else b""
                if key is not None:
                    payload = _unmask(payload, key)
                if opcode in (OP_TEXT, OP_BINARY):
                    if not first & 0x80:
                        raise Closed("fragmented frames are not supported here")
                    return payload.decode()
                if opcode == OP_PING:
                    self.writer.write(_header(OP_PONG, len(payload), self.client) + payload)
                elif opcode == OP_CLOSE:
                    if not self.closed:
                        self.closed = True
                        self.writer.write(_header(OP_CLOSE, len(payload[:2]), self.client) + payload[:2])
                    raise Closed()
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self.closed = True
            raise Closed() from exc

    async def close(self, code: int = 1000) -> None:
        if not self.closed:
            self.closed = True
            body = struct.pack("!H", code)
            try:
                self.writer.write(_header(OP_CLOSE, len(body), self.client) + body)
                await self.writer.drain()
            except ConnectionError:
                pass
        self.writer.close()


async def connect(host: str, port: int, path: str, headers: dict[str, str] | None = None) -> Connection:
    reader, writer = await asyncio.open_connection(host, port)
    key = base64.b64encode(os.urandom(16)).decode()
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Upgrade: websocket", "Connection: Upgrade",
             f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
    response = await reader.readuntil(b"\r\n\r\n")
    status = response.split(b"\r\n", 1)[0]
    if b" 101 " not in status:
        writer.close()
        raise ConnectionError(f"upgrade refused: {status.decode(errors='replace')}")
    return Connection(reader, writer, client=True)


async def accept(reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> tuple[Connection, str, dict[str, str]]:
    """Server side of the handshake; returns the connection, the request path and headers."""
    path, headers = read_request(await reader.readuntil(b"\r\n\r\n"))
    return upgrade(reader, writer, headers), path, headers


def read_request(head: bytes) -> tuple[str, dict[str, str]]:
    """An HTTP request's path and headers (names lower-cased) from its head."""
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return request_line.split(" ")[1], headers


def upgrade(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
            headers: dict[str, str]) -> Connection:
    """Answer a request already read (a server that also serves plain HTTP on the port) with the upgrade."""
    digest = hashlib.sha1((headers["sec-websocket-key"] + GUID).encode()).digest()
    accept_key = base64.b64encode(digest).decode()
    writer.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  f"Sec-WebSocket-Accept: {accept_key}\r\n\r\n").encode())
    return Connection(reader, writer, client=False)
