"""A simulated Twilio phone call: signed webhooks and a real Media Streams WebSocket.

:class:`SimulatedCaller` does what Twilio does for one inbound call, over real sockets to a
real server::

    caller = SimulatedCaller(f"http://127.0.0.1:{port}", public_base_url="https://pos.example.com",
                             auth_token="…")
    caller.start_call()              # signed POST /incoming, parse TwiML, open the signed wss stream
    caller.wait_for_audio()          # the greeting arrives as `media` frames (marks echoed back)
    caller.speak(1200)               # 1.2 s of "speech" (non-silent μ-law) then trailing silence
    caller.wait_for_server_hangup()  # the assistant ends the call → /stream-ended → /status
    caller.heard_ms, caller.clears, caller.after_stream_twiml

The webhook requests carry the fields Twilio sends (CallSid, AccountSid, From, To, CallStatus,
Direction, ApiVersion, …) and an ``X-Twilio-Signature`` over the public URL, computed with
twilio's own ``RequestValidator``; the stream upgrade is signed over the ``wss://`` URL from
the TwiML with a lower-case header, as Twilio does. Then ``connected``, ``start`` (with the
TwiML's ``<Parameter>`` values in ``customParameters``), and 20 ms ``media`` frames of base64
μ-law with string ``sequenceNumber`` / ``chunk`` / ``timestamp``.

Playback is simulated: with ``playback=1.0`` audio takes its real duration to "play", a
``mark`` is echoed only when the audio queued before it has played, and ``clear`` drops the
unplayed audio and echoes every pending mark at once (as Twilio does). ``playback=0`` plays
everything instantly (marks echoed on arrival). ``pace=1.0`` sends one 20 ms frame every
20 ms with continuous silence between utterances; ``pace=0`` sends frames as fast as possible
only when the caller speaks or is told to be silent. ``realtime=True`` sets both to 1.0.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import logging
import queue
import secrets
import threading
import time
import typing as t
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import urlsplit

log = logging.getLogger("pos_voice.testing.caller")

FRAME_BYTES = 160  # 20 ms of μ-law at 8 kHz
FRAME_MS = 20
BYTES_PER_MS = 8
SILENCE = 0xFF
SPEECH = 0x30  # any byte that is not a silence code reads as speech to a VAD
#: What Twilio accepts on a bidirectional stream; anything else is error 31924.
OUTBOUND_EVENTS = frozenset({"media", "mark", "clear"})


@dataclass
class HeardChunk:
    """One ``media`` message from the server and what became of it."""

    received_at: float
    audio: bytes
    generation: int  # how many ``clear`` messages had arrived before it
    play_start: float = 0.0
    play_end: float = 0.0
    played_bytes: int = 0  # after a ``clear`` cut it


@dataclass
class WebhookExchange:
    """One signed request to the app and its answer."""

    path: str
    form: dict[str, str]
    status: int
    body: str
    twiml: ET.Element | None = field(default=None, repr=False)


class CallerError(AssertionError):
    pass


class SimulatedCaller:
    """One inbound phone call, driven against a running pos_voice app.

    :param server_url: where the app really listens (``http://127.0.0.1:PORT``).
    :param public_base_url: ``POS_VOICE_PUBLIC_BASE_URL``: the URL Twilio signs.
    :param auth_token: the Twilio Auth Token to sign with (``None`` sends unsigned requests).
    :param staff_answers: whether a ``<Dial>`` to staff is answered (``DialCallStatus``).
    """

    def __init__(self, server_url: str, *, public_base_url: str, auth_token: str | None,
                 prefix: str = "/voice", call_sid: str | None = None, account_sid: str | None = None,
                 caller: str = "+15551234567", called: str = "+15557654321", realtime: bool = False,
                 playback: float | None = None, pace: float | None = None, staff_answers: bool = True,
                 timeout: float = 10.0) -> None:
        self.server_url = server_url.rstrip("/")
        self.public_base_url = public_base_url.rstrip("/")
        self.auth_token = auth_token
        self.prefix = prefix.rstrip("/")
        self.call_sid = call_sid or "CA" + secrets.token_hex(16)
        self.account_sid = account_sid or "AC" + "0" * 32
        self.stream_sid = "MZ" + secrets.token_hex(16)
        self.caller = caller
        self.called = called
        self.playback = playback if playback is not None else (1.0 if realtime else 0.0)
        self.pace = pace if pace is not None else (1.0 if realtime else 0.0)
        self.staff_answers = staff_answers
        self.timeout = timeout

        self.exchanges: list[WebhookExchange] = []
        self.incoming_twiml: ET.Element | None = None
        self.after_stream_twiml: ET.Element | None = None
        self.dial_ended_twiml: ET.Element | None = None
        self.stream_url: str | None = None
        self.stream_parameters: dict[str, str] = {}
        self.dialed: str | None = None  # the number a <Dial> reached
        self.chunks: list[HeardChunk] = []
        self.marks_received: list[str] = []
        self.marks_echoed: list[str] = []
        self.clears: list[float] = []
        self.protocol_errors: list[str] = []
        self.close_code: int | None = None
        self.server_closed = threading.Event()
        self.stream_started_at: float | None = None
        self.started_at = time.monotonic()

        self._ws: t.Any = None
        self._lock = threading.Condition()
        self._send_lock = threading.Lock()
        self._sequence = itertools.count(1)
        self._chunk = itertools.count(1)
        self._audio_clock_ms = 0
        self._play_until = 0.0
        self._pending_marks: list[tuple[float, str]] = []
        self._outbox: queue.Queue[bytes | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._closing = False
        self._hung_up = False

    # ---------------------------------------------------------------- webhooks

    def _sign(self, url: str, form: dict[str, str]) -> dict[str, str]:
        if not self.auth_token:
            return {}
        from twilio.request_validator import RequestValidator

        return {"X-Twilio-Signature": RequestValidator(self.auth_token).compute_signature(url, form)}

    def _base_form(self, call_status: str) -> dict[str, str]:
        return {"CallSid": self.call_sid, "AccountSid": self.account_sid, "From": self.caller,
                "To": self.called, "Caller": self.caller, "Called": self.called, "CallStatus": call_status,
                "Direction": "inbound",
                "ApiVersion": "2010-04-01", "FromCountry": "US", "ToCountry": "US"}

    def post(self, public_url: str, form: dict[str, str]) -> WebhookExchange:
        """POST ``form`` to the app as Twilio would request ``public_url`` (signed for that URL)."""
        parts = urlsplit(public_url)
        local = self.server_url + parts.path + (f"?{parts.query}" if parts.query else "")
        request = urllib.request.Request(local, data=urllib.parse.urlencode(form).encode(), method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                                  "User-Agent": "TwilioProxy/1.1",
                                                  **self._sign(public_url, form)})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, body = response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            status, body = exc.code, exc.read().decode(errors="replace")
        root = None
        if status == 200 and body.strip().startswith("<"):
            root = ET.fromstring(body)
        exchange = WebhookExchange(parts.path, form, status, body, root)
        self.exchanges.append(exchange)
        return exchange

    def url(self, name: str) -> str:
        return f"{self.public_base_url}{self.prefix}/{name}"

    def dial(self) -> ET.Element:
        """Twilio's webhook for the new call: signed ``POST /incoming``; returns the TwiML."""
        exchange = self.post(self.url("incoming"), self._base_form("ringing"))
        if exchange.twiml is None:
            raise CallerError(f"/incoming answered {exchange.status}: {exchange.body[:200]}")
        self.incoming_twiml = exchange.twiml
        stream = exchange.twiml.find("Connect/Stream")
        if stream is not None:
            self.stream_url = stream.get("url")
            self.stream_parameters = {p.get("name", ""): p.get("value", "")
                                      for p in stream.findall("Parameter")}
        return exchange.twiml

    def start_call(self) -> ET.Element:
        """Dial, then open the media stream when the TwiML connects one (else follow the TwiML)."""
        root = self.dial()
        if self.stream_url:
            self.connect()
        else:
            self._follow(root)
        return root

    # ---------------------------------------------------------------- the media stream

    def connect(self, signed: bool = True) -> None:
        """Open the stream WebSocket (signed like Twilio), send ``connected`` and ``start``."""
        import websocket

        if not self.stream_url:
            raise CallerError("the TwiML had no <Connect><Stream>")
        local = self.server_url.replace("http", "ws", 1) + urlsplit(self.stream_url).path
        header = []
        if signed and self.auth_token:
            from twilio.request_validator import RequestValidator

            signature = RequestValidator(self.auth_token).compute_signature(self.stream_url, {})
            header.append(f"x-twilio-signature: {signature}")
        self._ws = websocket.create_connection(local, timeout=self.timeout, header=header,
                                               enable_multithread=True)
        self._ws.settimeout(0.1)
        self.stream_started_at = time.monotonic()
        self._send({"event": "connected", "protocol": "Call", "version": "1.0.0"})
        self._send({"event": "start", "sequenceNumber": self._next_sequence(), "streamSid": self.stream_sid,
                    "start": {"accountSid": self.account_sid, "streamSid": self.stream_sid,
                              "callSid": self.call_sid, "tracks": ["inbound"],
                              "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                              "customParameters": dict(self.stream_parameters)}})
        self._spawn(self._receive_loop, "receiver")
        self._spawn(self._playback_loop, "playback")
        if self.pace > 0:
            self._spawn(self._pump_loop, "media-pump")

    def _next_sequence(self) -> str:
        return str(next(self._sequence))

    def _spawn(self, target: t.Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=f"caller-{name}-{self.call_sid[-6:]}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _send(self, message: dict[str, t.Any]) -> bool:
        text = json.dumps(message)
        with self._send_lock:
            if self._ws is None or self._closing:
                return False
            try:
                self._ws.send(text)
            except Exception:
                return False
        return True

    def _media_frame(self, audio: bytes) -> dict[str, t.Any]:
        timestamp = self._audio_clock_ms
        self._audio_clock_ms += len(audio) // BYTES_PER_MS
        return {"event": "media", "sequenceNumber": self._next_sequence(),
                    "streamSid": self.stream_sid,
                "media": {"track": "inbound", "chunk": str(next(self._chunk)), "timestamp": str(timestamp),
                          "payload": base64.b64encode(audio).decode("ascii")}}

    def send_audio(self, audio: bytes) -> None:
        """Send raw μ-law, in 20 ms frames (paced when ``pace`` > 0)."""
        frames = [audio[i:i + FRAME_BYTES] for i in range(0, len(audio), FRAME_BYTES)]
        if self.pace > 0:
            for frame in frames:
                self._outbox.put(frame)
            return
        for frame in frames:
            self._send(self._media_frame(frame))

    def speak(self, ms: int = 1000, trailing_silence_ms: int = 700, byte: int = SPEECH) -> None:
        """Say something: ``ms`` of non-silent audio, then enough silence to end the turn."""
        self.send_audio(bytes([byte]) * (ms * BYTES_PER_MS))
        self.silence(trailing_silence_ms)

    def silence(self, ms: int) -> None:
        self.send_audio(bytes([SILENCE]) * (ms * BYTES_PER_MS))

    def wait_until_sent(self, timeout: float | None = None) -> None:
        """With pacing, wait until every queued frame went out."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while not self._outbox.empty() and time.monotonic() < deadline:
            time.sleep(0.01)

    def send_dtmf(self, digit: str) -> None:
        self._send({"event": "dtmf", "sequenceNumber": self._next_sequence(),
                    "streamSid": self.stream_sid,
                    "dtmf": {"track": "inbound_track", "digit": digit}})

    def _pump_loop(self) -> None:
        # Twilio streams continuously: silence whenever the caller is not speaking.
        silence = bytes([SILENCE]) * FRAME_BYTES
        next_at = time.monotonic()
        while not self._closing and not self.server_closed.is_set():
            try:
                frame = self._outbox.get_nowait()
            except queue.Empty:
                frame = silence
            if frame is None:
                break
            self._send(self._media_frame(frame))
            next_at += FRAME_MS / 1000 * self.pace
            delay = next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            else:
                next_at = time.monotonic()

    def _receive_loop(self) -> None:
        import websocket

        ws = self._ws
        while ws is not None:
            try:
                opcode, data = ws.recv_data()
            except websocket.WebSocketTimeoutException:
                if self._closing:
                    break
                continue
            except (websocket.WebSocketConnectionClosedException, OSError):
                break
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                if len(data) >= 2:
                    self.close_code = int.from_bytes(data[:2], "big")
                break
            if opcode != websocket.ABNF.OPCODE_TEXT:
                self._protocol_error(f"non-text frame (opcode {opcode}): Twilio warning 31950")
                continue
            self._on_message(data.decode("utf-8", errors="replace"))
        with self._lock:
            self.server_closed.set()
            self._lock.notify_all()

    def _protocol_error(self, problem: str) -> None:
        with self._lock:
            self.protocol_errors.append(problem)

    def _on_message(self, text: str) -> None:
        try:
            message = json.loads(text)
        except ValueError:
            self._protocol_error(f"not JSON: {text[:80]!r} (Twilio error 31924)")
            return
        event = message.get("event") if isinstance(message, dict) else None
        if event not in OUTBOUND_EVENTS:
            self._protocol_error(f"unexpected event {event!r} (Twilio error 31924)")
            return
        if message.get("streamSid") != self.stream_sid:
            self._protocol_error(f"{event} with streamSid {message.get('streamSid')!r}, "
                                 f"expected {self.stream_sid}")
            return
        now = time.monotonic()
        if event == "media":
            try:
                audio = base64.b64decode(message["media"]["payload"], validate=True)
            except (KeyError, TypeError, ValueError):
                self._protocol_error("media without a base64 payload")
                return
            with self._lock:
                start = max(now, self._play_until)
                end = start + len(audio) / BYTES_PER_MS / 1000 * self.playback
                self._play_until = end
                self.chunks.append(HeardChunk(now, audio, len(self.clears), start, end, len(audio)))
                self._lock.notify_all()
        elif event == "mark":
            name = str((message.get("mark") or {}).get("name"))
            with self._lock:
                self.marks_received.append(name)
                if self.playback <= 0 or self._play_until <= now:
                    self._echo_mark_locked(name)
                else:
                    self._pending_marks.append((self._play_until, name))
                self._lock.notify_all()
        elif event == "clear":
            with self._lock:
                self.clears.append(now)
                for chunk in self.chunks:
                    if chunk.play_end > now:
                        # What had not played yet is dropped.
                        done = max(0.0, now - chunk.play_start) / (chunk.play_end - chunk.play_start)
                        chunk.played_bytes = min(chunk.played_bytes, int(len(chunk.audio) * done))
                        chunk.play_end = min(chunk.play_end, now)
                self._play_until = now
                pending, self._pending_marks = self._pending_marks, []
                for _, name in pending:
                    self._echo_mark_locked(name)
                self._lock.notify_all()

    def _echo_mark_locked(self, name: str) -> None:
        self.marks_echoed.append(name)
        self._send({"event": "mark", "sequenceNumber": self._next_sequence(),
                    "streamSid": self.stream_sid,
                    "mark": {"name": name}})

    def _playback_loop(self) -> None:
        while not self._closing and not self.server_closed.is_set():
            with self._lock:
                now = time.monotonic()
                due = [m for m in self._pending_marks if m[0] <= now]
                if due:
                    self._pending_marks = [m for m in self._pending_marks if m[0] > now]
                    for _, name in due:
                        self._echo_mark_locked(name)
                    self._lock.notify_all()
                self._lock.wait(0.005)

    # ---------------------------------------------------------------- what was heard

    @property
    def received_audio(self) -> bytes:
        """Every byte of audio the server sent, in order (played or not)."""
        with self._lock:
            return b"".join(c.audio for c in self.chunks)

    @property
    def heard_audio(self) -> bytes:
        """The audio that actually played (what a ``clear`` cut is not in it)."""
        with self._lock:
            return b"".join(c.audio[:c.played_bytes] for c in self.chunks)

    @property
    def received_ms(self) -> float:
        with self._lock:
            return sum(len(c.audio) for c in self.chunks) / BYTES_PER_MS

    @property
    def heard_ms(self) -> float:
        with self._lock:
            return sum(c.played_bytes for c in self.chunks) / BYTES_PER_MS

    def played_ms(self, now: float | None = None) -> float:
        """Milliseconds of audio played by ``now``: what the caller has heard so far, mid-chunk too."""
        with self._lock:
            at = time.monotonic() if now is None else now
            played = 0.0
            for c in self.chunks:
                if at >= c.play_end:
                    played += c.played_bytes
                elif at > c.play_start:
                    # At the playback rate, not over play_end - play_start: a clear moves play_end
                    # to when it cut, and a time before the cut must still read what had played.
                    share = (at - c.play_start) / (len(c.audio) / BYTES_PER_MS / 1000 * self.playback)
                    played += min(c.played_bytes, len(c.audio) * share)
            return played / BYTES_PER_MS

    def wait_until_played(self, ms: float, timeout: float | None = None) -> float:
        """Wait until ``ms`` of audio has played (the caller heard that much); return the time then."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while self.played_ms() < ms:
            if time.monotonic() > deadline or self.server_closed.is_set():
                raise TimeoutError(f"played {self.played_ms():.0f}ms of audio, wanted {ms}ms")
            time.sleep(0.002)
        return time.monotonic()

    def heard_before_clear_ms(self, index: int = 0) -> float:
        """Milliseconds heard of the audio that arrived before the ``index``-th ``clear`` (0 = the
        first) and after the one before it: what the caller heard of the audio that clear cut."""
        with self._lock:
            return sum(c.played_bytes for c in self.chunks if c.generation == index) / BYTES_PER_MS

    def audio_after_clear(self, index: int = 0) -> bytes:
        """Audio that arrived after the ``index``-th ``clear`` (0 = the first)."""
        with self._lock:
            return b"".join(c.audio for c in self.chunks if c.generation > index)

    def wait_for_audio(self, ms: float = 1.0, timeout: float | None = None) -> float:
        """Wait until at least ``ms`` of audio in total has been received; return the total."""
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._lock:
            while sum(len(c.audio) for c in self.chunks) / BYTES_PER_MS < ms:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.server_closed.is_set():
                    raise TimeoutError(f"heard {self.received_ms}ms of audio, wanted {ms}ms")
                self._lock.wait(min(remaining, 0.05))
            return sum(len(c.audio) for c in self.chunks) / BYTES_PER_MS

    def wait_until_quiet(self, quiet: float = 0.3, timeout: float | None = None) -> float:
        """Wait until no audio arrived for ``quiet`` seconds from now (and playback finished).

        Audio still in flight when this is called is waited for: the quiet period starts now
        at the earliest.
        """
        now = time.monotonic()
        deadline = now + (timeout or self.timeout)
        since = now
        while True:
            with self._lock:
                last = max([c.received_at for c in self.chunks] + [self._play_until, since])
            now = time.monotonic()
            if now - last >= quiet or self.server_closed.is_set():
                return self.received_ms
            if now >= deadline:
                raise TimeoutError(f"audio still arriving after {timeout or self.timeout}s")
            time.sleep(0.02)

    def wait_for_clear(self, count: int = 1, timeout: float | None = None) -> None:
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.clears) >= count, timeout or self.timeout):
                raise TimeoutError(f"no clear #{count} within {timeout or self.timeout}s")

    # ---------------------------------------------------------------- ending the call

    def _close_socket(self) -> None:
        with self._send_lock:
            self._closing = True
            ws, self._ws = self._ws, None
        self._outbox.put(None)
        if ws is not None:
            with contextlib.suppress(Exception):
                ws.close(timeout=1)
        for thread in self._threads:
            thread.join(timeout=2)

    def hangup(self, follow_connect_action: bool = True) -> None:
        """The caller hangs up: ``stop``, close the socket, then Twilio's callbacks."""
        if self._hung_up:
            return
        self._hung_up = True
        self._send({"event": "stop", "sequenceNumber": self._next_sequence(),
                    "streamSid": self.stream_sid,
                    "stop": {"accountSid": self.account_sid, "callSid": self.call_sid}})
        self._close_socket()
        if follow_connect_action:
            self._post_connect_action()
        self._post_status("completed")

    def wait_for_server_hangup(self, timeout: float | None = None) -> ET.Element | None:
        """Wait until the app closes the stream, then do what Twilio does next; returns that TwiML."""
        if not self.server_closed.wait(timeout or self.timeout):
            raise TimeoutError(f"the app did not end the stream within {timeout or self.timeout}s")
        self._hung_up = True
        self._close_socket()
        root = self._post_connect_action()
        if root is not None:
            self._follow(root)
        else:
            self._post_status("completed")
        return root

    def _post_connect_action(self) -> ET.Element | None:
        connect = self.incoming_twiml.find("Connect") if self.incoming_twiml is not None else None
        if connect is None or not connect.get("action"):
            return None
        exchange = self.post(str(connect.get("action")), self._base_form("in-progress"))
        self.after_stream_twiml = exchange.twiml
        return exchange.twiml

    def _follow(self, root: ET.Element) -> None:
        """Run the verbs Twilio would after the stream: ``<Dial>`` staff, then the status callback."""
        dial = root.find("Dial")
        if dial is not None:
            self.dialed = dial.findtext("Number")
            if dial.get("action"):
                status = "completed" if self.staff_answers else "no-answer"
                form = {**self._base_form("in-progress"), "DialCallStatus": status,
                        "DialCallSid": "CA" + secrets.token_hex(16),
                        "DialCallDuration": "30" if self.staff_answers else "0", "DialBridged": "true"}
                self.dial_ended_twiml = self.post(str(dial.get("action")), form).twiml
        self._post_status("completed")

    def _post_status(self, call_status: str) -> None:
        duration = max(1, int(time.monotonic() - self.started_at))
        self.post(self.url("status"), {**self._base_form(call_status), "CallDuration": str(duration)})

    def close(self) -> None:
        """Drop the socket without any callbacks (for teardown)."""
        self._close_socket()

    def __enter__(self) -> SimulatedCaller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["CallerError", "HeardChunk", "SimulatedCaller", "WebhookExchange"]
