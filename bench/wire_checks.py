"""What checking a media payload costs on the bridge's hot path (issue 8 item 6), and what
masking a frame costs (every frame from Twilio is unmasked, every one to OpenAI masked).

Every Twilio ``media`` frame's payload is spliced into ``input_audio_buffer.append`` as is, so
it must be base64 first. This times, per frame, the hot path's slicing alone and with each way
of checking (ours, ``binascii`` strict, ``base64.b64decode(validate=True)``, a regex) on a
real-size frame (20 ms of μ-law: 160 bytes, 216 base64 digits) and on an 800-byte assistant
delta. One process, no sockets; bounded (a few seconds).

    python -m bench.wire_checks
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import sys
import timeit
import typing as t

from pos_voice.bridge import frames, wire

_REGEX = re.compile(rb"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")


def _frame(payload: bytes) -> bytes:
    return (b'{"event":"media","sequenceNumber":"5","streamSid":"MZ0123456789abcdef0123456789abcdef",'
            b'"media":{"track":"inbound","chunk":"4","timestamp":"80","payload":"' + payload + b'"}}')


def measure(number: int = 200_000, repeat: int = 5) -> list[tuple[str, float, float]]:
    """``(what, ns per frame at 160 bytes, ns per payload at 800 bytes)``, best of ``repeat``."""
    small = base64.b64encode(os.urandom(160))
    large = base64.b64encode(os.urandom(800))
    frame = _frame(small)
    checks: list[tuple[str, t.Callable[[bytes], t.Any]]] = [
        ("wire.is_base64 (adopted)", wire.is_base64),
        ("binascii.a2b_base64(strict_mode=True)", lambda p: binascii.a2b_base64(p, strict_mode=True)),
        ("base64.b64decode(validate=True)", lambda p: base64.b64decode(p, validate=True)),
        ("regex fullmatch", _REGEX.fullmatch),
    ]

    def best(call: t.Callable[[], t.Any]) -> float:
        return min(timeit.repeat(call, number=number, repeat=repeat)) / number * 1e9

    slicing = best(lambda: wire.twilio_media_payload_bytes(frame))
    rows = [("slice the payload out of the frame (no check)", slicing, float("nan"))]
    for name, check in checks:
        rows.append((name, best(lambda c=check: c(small)), best(lambda c=check: c(large))))  # type: ignore[misc]
    key = os.urandom(4)
    frame_bytes = frame + b"  "  # ~260 bytes: a Twilio media frame / an append to OpenAI
    delta_frame = large + b"x" * 150  # ~1,200 bytes: an 800-byte delta with its JSON
    python_mask, c_mask = frames._unmask_python, frames.unmask
    rows.append(("mask one frame: pure-Python XOR (before)", best(lambda: python_mask(frame_bytes, key)),
                 best(lambda: python_mask(delta_frame, key))))
    rows.append(("mask one frame: websockets' C apply_mask (adopted)", best(lambda: c_mask(frame_bytes, key)),
                 best(lambda: c_mask(delta_frame, key))))
    rows.append(("join 3 frames into one 60 ms append (CALLER_AUDIO_BATCH_MS=60)",
                 best(lambda: wire.joined_base64([small, small, small])) / 3, float("nan")))
    return rows


def main() -> int:
    rows = measure()
    print("| per frame | ns (160-byte frame) | ns (800-byte delta) |")  # masking: the whole frame
    print("|---|---|---|")
    for name, small, large in rows:
        print(f"| {name} | {small:.0f} | {'-' if large != large else f'{large:.0f}'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
