"""Twilio's webhooks refuse oversized bodies before parsing them, over a real socket."""

from __future__ import annotations

import socket
import typing as t
import urllib.parse

import pytest

from pos_voice.telephony.request_limits import MAX_BODY_BYTES, MAX_FORM_FIELDS
from tests.conftest import TEST_SETTINGS
from tests.support.servers import serve
from tests.test_telephony import call_form, calls, sign

PUBLIC = TEST_SETTINGS["POS_VOICE_PUBLIC_BASE_URL"]
ENDPOINTS = ("/voice/incoming", "/voice/status", "/voice/stream-ended", "/voice/dial-ended")


def exchange(port: int, head: str, body: bytes = b"", chunks: t.Sequence[bytes] = ()) -> tuple[int, bytes]:
    """Send one raw HTTP request; the status code and whatever came back."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head.encode() + b"\r\n" + body)
        for chunk in chunks:
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:  # the server may close as soon as it has refused
                break
        else:
            if chunks:
                sock.sendall(b"0\r\n\r\n")
        received = b""
        while b"\r\n\r\n" not in received:
            data = sock.recv(65536)
            if not data:
                break
            received += data
    return int(received.split(b" ", 2)[1]), received


def post_head(path: str, length: int | None, signature: str = "sig", chunked: bool = False) -> str:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/x-www-form-urlencoded",
             f"X-Twilio-Signature: {signature}", "Connection: close"]
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("path", ENDPOINTS)
def test_a_huge_body_is_refused_before_it_is_read(demo_app: t.Any, path: str) -> None:
    with serve(demo_app) as port:
        # Only the headers are sent: a server that read the 2.7 MB body would wait for it forever.
        status, _ = exchange(port, post_head(path, 2_700_000))
    assert status == 413
    assert calls(demo_app) == []


def test_many_form_fields_are_refused_before_the_form_is_parsed(demo_app: t.Any) -> None:
    fields = b"&".join(b"f%d=" % i for i in range(MAX_FORM_FIELDS))
    body = b"CallSid=CA" + b"1" * 32 + b"&" + fields
    assert len(body) < MAX_BODY_BYTES  # small enough for the byte cap: the field count refuses it
    with serve(demo_app) as port:
        status, _ = exchange(port, post_head("/voice/incoming", len(body)), body)
    assert status == 413  # not 403: the signature check never parsed these fields
    assert calls(demo_app) == []


def test_a_chunked_body_is_cut_off_at_the_cap(demo_app: t.Any) -> None:
    chunks = [b"a=" + b"x" * 8190] * 16  # 128 KB without a Content-Length
    with serve(demo_app) as port:
        status, _ = exchange(port, post_head("/voice/status", None, chunked=True), chunks=chunks)
    assert status == 413


def test_a_real_twilio_webhook_is_still_answered(demo_app: t.Any) -> None:
    form = call_form(CallToken="x" * 2000, StirVerstat="TN-Validation-Passed-A")  # a long, real-sized form
    body = urllib.parse.urlencode(form).encode()
    with serve(demo_app) as port:
        status, answer = exchange(port, post_head("/voice/incoming", len(body),
                                                  sign(PUBLIC + "/voice/incoming", form)), body)
    assert status == 200, answer
    assert [c.call_sid for c in calls(demo_app)] == [form["CallSid"]]
