"""The hot path's frames, read and written without a JSON parser.

Twilio ``media`` frames and OpenAI ``response.output_audio.delta`` events are most of the
traffic (50 a second each way per call). Their base64 payloads never contain a quote or a
backslash, so the payload can be sliced out of the text and spliced into the outgoing
frame as is: no ``json.loads``, no decode, no re-encode. Anything that does not look exactly
like the expected shape returns ``None`` and goes through the ordinary JSON path instead.

Splicing is only safe for what is checked first: a value is taken only when it is a whole JSON
string (closed by its own quote, then a delimiter), and a payload is forwarded only when it is
base64 (:func:`is_base64`); anything else could turn the spliced frame into invalid JSON at the
other end (a raw control character, a quote).
"""

from __future__ import annotations

import binascii
import json
import typing as t

_TWILIO_MEDIA_PREFIXES = ('{"event":"media"', '{"event": "media"')
_DELTA_PREFIXES = ('{"type":"response.output_audio.delta"', '{"type": "response.output_audio.delta"')


def _string_value(text: str, key: str) -> str | None:
    """The string value of the first ``"key":`` in ``text`` if it has no escapes, else ``None``.

    Base64 and the ids used here contain neither quotes nor backslashes, so a plain search is
    exact; anything unusual returns ``None`` and the caller falls back to ``json.loads``."""
    at = text.find(key)
    if at < 0:
        return None
    at += len(key)
    if text.startswith('"', at):
        at += 1
    elif text.startswith(' "', at):
        at += 2
    else:
        return None
    end = text.find('"', at)
    if end < 0:
        return None
    value = text[at:end]
    if "\\" in value:
        return None
    return value


def twilio_media_payload(frame: str) -> str | None:
    """The base64 payload of a Twilio ``media`` frame, or ``None`` if ``frame`` isn't one."""
    if not frame.startswith(_TWILIO_MEDIA_PREFIXES):
        return None
    return _string_value(frame, '"payload":')


def audio_delta(event: str) -> tuple[str, str] | None:
    """``(item_id, base64 delta)`` of a ``response.output_audio.delta`` event, else ``None``."""
    if not event.startswith(_DELTA_PREFIXES):
        return None
    item_id = _string_value(event, '"item_id":')
    payload = _string_value(event, '"delta":')
    if item_id is None or payload is None:
        return None
    return item_id, payload


_BASE64_DIGITS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def is_base64(payload: bytes) -> bool:
    """``payload`` is standard base64: whole quanta of 4 digits, ``=`` only as the last one or two.

    One C pass (``bytes.translate`` deleting every base64 digit leaves nothing): several times
    cheaper than ``binascii.a2b_base64(strict_mode=True)`` or a regex on a 216-byte frame
    payload (measured in bench/RESULTS-bridge.md)."""
    if len(payload) & 3:
        return False
    digits = payload.rstrip(b"=")
    return len(payload) - len(digits) <= 2 and not digits.translate(None, _BASE64_DIGITS)


#: What may follow a JSON string value inside an object (the end of a whole value).
_AFTER_VALUE = frozenset(b",} \t\r\n")

# The same, on the raw UTF-8 bytes of a frame (what the sockets hand over): no decode or
# encode of the ~250-byte frame at all on the hot path.
_TWILIO_MEDIA_PREFIXES_B = tuple(prefix.encode() for prefix in _TWILIO_MEDIA_PREFIXES)
_DELTA_PREFIXES_B = tuple(prefix.encode() for prefix in _DELTA_PREFIXES)


def _bytes_value(raw: bytes, key: bytes) -> bytes | None:
    at = raw.find(key)
    if at < 0:
        return None
    at += len(key)
    if raw.startswith(b'"', at):
        at += 1
    elif raw.startswith(b' "', at):
        at += 2
    else:
        return None
    end = raw.find(b'"', at)
    if end < 0 or end + 1 >= len(raw) or raw[end + 1] not in _AFTER_VALUE:
        return None  # not a whole string value (a quote inside it, or a cut frame)
    value = raw[at:end]
    if b"\\" in value:
        return None
    return value


def twilio_media_payload_bytes(frame: bytes) -> bytes | None:
    """:func:`twilio_media_payload` on a frame's raw bytes."""
    if not frame.startswith(_TWILIO_MEDIA_PREFIXES_B):
        return None
    return _bytes_value(frame, b'"payload":')


def audio_delta_bytes(event: bytes) -> tuple[bytes, bytes] | None:
    """:func:`audio_delta` on an event's raw bytes."""
    if not event.startswith(_DELTA_PREFIXES_B):
        return None
    item_id = _bytes_value(event, b'"item_id":')
    payload = _bytes_value(event, b'"delta":')
    if item_id is None or payload is None:
        return None
    return item_id, payload


def twilio_mark_name_bytes(frame: bytes) -> str | None:
    """The name in a Twilio ``mark`` echo, or ``None`` if ``frame`` isn't a plain one."""
    if not frame.startswith((b'{"event":"mark"', b'{"event": "mark"')):
        return None
    name = _bytes_value(frame, b'"name":')
    return name.decode() if name is not None and name.isascii() else None


def joined_base64(payloads: list[bytes]) -> bytes:
    """One base64 payload of the audio of several (checked) ones: 160-byte frames are not whole
    base64 quanta (160 is not a multiple of 3), so their texts cannot simply be concatenated."""
    return binascii.b2a_base64(b"".join([binascii.a2b_base64(p) for p in payloads]), newline=False)


def input_audio_append_bytes(payload: bytes) -> bytes:
    return b'{"type":"input_audio_buffer.append","audio":"' + payload + b'"}'


def twilio_media_bytes(stream_sid: bytes, payload: bytes) -> bytes:
    return b'{"event":"media","streamSid":"' + stream_sid + b'","media":{"payload":"' + payload + b'"}}'


def twilio_mark_bytes(stream_sid: bytes, name: bytes) -> bytes:
    return b'{"event":"mark","streamSid":"' + stream_sid + b'","mark":{"name":"' + name + b'"}}'


def base64_decoded_length(payload: str | bytes) -> int:
    """Bytes that ``payload`` decodes to, without decoding it (μ-law: 8 bytes per ms)."""
    size = len(payload)
    if size < 4:
        return size * 3 // 4
    padding = payload.count(b"=" if type(payload) is bytes else "=", size - 2)  # type: ignore[arg-type]
    return size * 3 // 4 - padding


def input_audio_append(payload: str) -> str:
    return '{"type":"input_audio_buffer.append","audio":"' + payload + '"}'


def twilio_media(stream_sid: str, payload: str) -> str:
    return '{"event":"media","streamSid":"' + stream_sid + '","media":{"payload":"' + payload + '"}}'


def twilio_mark(stream_sid: str, name: str) -> str:
    return '{"event":"mark","streamSid":"' + stream_sid + '","mark":{"name":"' + name + '"}}'


def twilio_clear(stream_sid: str) -> str:
    return '{"event":"clear","streamSid":"' + stream_sid + '"}'


def safe_token(value: str) -> str:
    """``value`` usable inside a hand-built JSON string (ids from the far ends are plain ASCII)."""
    if value.isascii() and '"' not in value and "\\" not in value and value.isprintable():
        return value
    return "".join(ch for ch in value if (ch.isascii() and ch.isalnum()) or ch in "_-.:")


def parse_json(frame: str | bytes) -> t.Any:
    """``json.loads(frame)``, or ``None`` for anything that is not JSON, including JSON nested
    too deep to parse (a frame of 200,000 ``[`` raises ``RecursionError``, not ``ValueError``)."""
    try:
        return json.loads(frame)
    except (ValueError, RecursionError):
        return None
