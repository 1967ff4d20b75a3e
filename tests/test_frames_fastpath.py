"""The framing layer's hot path (whole final text frames cut with the fewest checks) agrees with
the RFC 6455 rules for every mix of frames and every way the bytes can arrive."""

from __future__ import annotations

import os
import random
import struct

import pytest

from pos_voice.bridge.frames import (
    OP_BINARY,
    OP_CLOSE,
    OP_CONTINUATION,
    OP_PING,
    OP_TEXT,
    FrameParser,
    ProtocolError,
    encode,
)


def raw_frame(opcode: int, payload: bytes, *, mask: bool, final: bool = True, rsv: int = 0,
              long_form: bool = False) -> bytes:
    """A frame built by the book, independently of :func:`frames.encode` (``long_form``: the
    64-bit length even for a small payload, which is valid)."""
    first = (0x80 if final else 0) | rsv | opcode
    size = len(payload)
    mask_bit = 0x80 if mask else 0
    if long_form or size >= 65536:
        header = bytes((first, mask_bit | 127)) + struct.pack("!Q", size)
    elif size >= 126:
        header = bytes((first, mask_bit | 126)) + struct.pack("!H", size)
    else:
        header = bytes((first, mask_bit | size))
    if not mask:
        return header + payload
    key = os.urandom(4)
    return header + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def feed_in_pieces(parser: FrameParser, data: bytes, cuts: list[int]) -> list[tuple[int, bytes]]:
    out: list[tuple[int, bytes]] = []
    start = 0
    for cut in [*sorted(cuts), len(data)]:
        out.extend(parser.feed(data[start:cut]))
        start = cut
    return out


MEDIA = (b'{"event":"media","sequenceNumber":"4","media":{"track":"inbound","chunk":"2",'
         b'"timestamp":"40","payload":"' + b"/w" * 108 + b'"},"streamSid":"MZ1"}')


@pytest.mark.parametrize("masked", [True, False])
def test_several_frames_in_one_read_come_out_in_order(masked: bool) -> None:
    messages = [MEDIA, b"{}", b"x" * 125, b"y" * 126, b"z" * 65535, MEDIA]
    data = b"".join(raw_frame(OP_TEXT, m, mask=masked) for m in messages)
    assert FrameParser(masked=masked).feed(data) == [(OP_TEXT, m) for m in messages]


@pytest.mark.parametrize("masked", [True, False])
def test_a_frame_cut_at_every_byte_is_still_one_message(masked: bool) -> None:
    data = raw_frame(OP_TEXT, MEDIA, mask=masked) + raw_frame(OP_TEXT, b"after", mask=masked)
    for cut in range(1, len(data)):
        parser = FrameParser(masked=masked)
        first = parser.feed(data[:cut])
        rest = parser.feed(data[cut:])
        assert first + rest == [(OP_TEXT, MEDIA), (OP_TEXT, b"after")], cut


def test_random_mixes_of_frames_and_reads_match_the_rules() -> None:
    """Text, binary, fragmented messages with control frames between fragments, 16- and 64-bit
    lengths, each stream cut into random reads: the same messages as written, in order."""
    rng = random.Random(12)
    for _ in range(300):
        masked = rng.random() < 0.5
        data = b""
        expected: list[tuple[int, bytes]] = []
        for _ in range(rng.randint(1, 8)):
            kind = rng.random()
            payload = os.urandom(rng.choice([0, 1, 5, 125, 126, 300, 70000 if rng.random() < 0.05 else 200]))
            if kind < 0.5:
                data += raw_frame(OP_TEXT, payload, mask=masked, long_form=rng.random() < 0.1)
                expected.append((OP_TEXT, payload))
            elif kind < 0.65:
                data += raw_frame(OP_BINARY, payload, mask=masked)
                expected.append((OP_BINARY, payload))
            elif kind < 0.8:
                ping = payload[:125]
                data += raw_frame(OP_PING, ping, mask=masked)
                expected.append((OP_PING, ping))
            else:  # fragmented, with a ping inside
                a, b = payload[: len(payload) // 2], payload[len(payload) // 2:]
                data += raw_frame(OP_TEXT, a, mask=masked, final=False)
                data += raw_frame(OP_PING, b"p", mask=masked)
                data += raw_frame(OP_CONTINUATION, b, mask=masked)
                expected.extend([(OP_PING, b"p"), (OP_TEXT, payload)])
        cuts = [rng.randint(0, len(data)) for _ in range(rng.randint(0, 6))]
        assert feed_in_pieces(FrameParser(masked=masked), data, cuts) == expected


@pytest.mark.parametrize("masked", [True, False])
def test_a_frame_with_the_wrong_masking_is_refused_after_good_ones(masked: bool) -> None:
    parser = FrameParser(masked=masked)
    data = raw_frame(OP_TEXT, b"ok", mask=masked) + raw_frame(OP_TEXT, b"bad", mask=not masked)
    with pytest.raises(ProtocolError):
        parser.feed(data)


def test_reserved_bits_and_oversized_frames_are_still_refused() -> None:
    with pytest.raises(ProtocolError):
        FrameParser(masked=True).feed(raw_frame(OP_TEXT, b"x", mask=True, rsv=0x40))
    with pytest.raises(ProtocolError):
        FrameParser(masked=True, max_message_bytes=100).feed(raw_frame(OP_TEXT, b"x" * 200, mask=True))
    with pytest.raises(ProtocolError):  # a text frame inside a fragmented message
        FrameParser(masked=False).feed(raw_frame(OP_TEXT, b"a", mask=False, final=False)
                                       + raw_frame(OP_TEXT, b"b", mask=False))


def test_a_close_frame_after_text_in_one_read() -> None:
    data = raw_frame(OP_TEXT, MEDIA, mask=True) + raw_frame(OP_CLOSE, struct.pack("!H", 1000), mask=True)
    assert FrameParser(masked=True).feed(data) == [(OP_TEXT, MEDIA), (OP_CLOSE, struct.pack("!H", 1000))]


@pytest.mark.parametrize("size", [0, 1, 125, 126, 127, 65535, 65536, 70000])
@pytest.mark.parametrize("mask", [True, False])
def test_encode_round_trips_and_uses_the_shortest_length(size: int, mask: bool) -> None:
    payload = os.urandom(size)
    frame = encode(OP_TEXT, payload, mask=mask)
    assert FrameParser(masked=mask).feed(frame) == [(OP_TEXT, payload)]
    length_bytes = 0 if size < 126 else 2 if size < 65536 else 8
    assert len(frame) == 2 + length_bytes + (4 if mask else 0) + size
    assert frame[0] == 0x81 and bool(frame[1] & 0x80) == mask
    if not mask:
        assert frame.endswith(payload)


def test_masked_frames_use_fresh_keys() -> None:
    keys = {encode(OP_TEXT, b"x" * 10, mask=True)[2:6] for _ in range(2000)}
    assert len(keys) > 1990  # 32-bit random keys: a repeat in 2000 is very unlikely
