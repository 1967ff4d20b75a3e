"""The Twilio side of a call: reads the media stream, sorts its frames, writes frames to it.

Caller audio and mark echoes (nearly all the traffic) take the hot path of
:mod:`pos_voice.bridge.wire`, without a JSON parser; everything else is parsed and checked.
What the frames mean is the session's business: it is told through :class:`Listener`.
"""

from __future__ import annotations

import contextlib
import logging
import typing as t

from . import wire
from .keypad import KEYS
from .messages import BinaryMessage

log = logging.getLogger("pos_voice.bridge")

START_TIMEOUT_SECONDS = 10.0  # Twilio sends ``start`` right after connecting
MAX_LOGGED_BAD_FRAMES = 5


class Listener(t.Protocol):
    """What the Twilio side tells the call session."""

    def caller_audio(self, appends: list[bytes]) -> None: ...  # ready-made input_audio_buffer.append events
    def played(self, mark: str) -> None: ...  # a mark echo: the audio before it has played
    def stream_started(self, message: dict[str, t.Any]) -> None: ...  # ``start``: the session decides
    def stream_stopping(self) -> None: ...  # Twilio's ``stop``, or the socket went away
    def key_pressed(self, key: str) -> None: ...  # ``dtmf``: the caller pressed a key (0-9, *, #)


class TwilioSide:
    def __init__(self, ws: t.Any, listener: Listener) -> None:
        self.ws = ws
        self.listener = listener
        self.call_sid: str | None = None  # for log lines
        self.stream_sid = ""
        self.stream_sid_bytes = b""
        self.started = False  # the session accepted the stream's ``start``
        self.stopping = False
        self.open = True
        self.frames_in = 0
        self.bad_frames = 0

    def set_stream(self, stream_sid: str) -> None:
        self.stream_sid = wire.safe_token(stream_sid)
        self.stream_sid_bytes = self.stream_sid.encode()

    def serve(self) -> None:
        """Read until the stream ends (or sends no ``start`` in time)."""
        ws = self.ws
        media_payload = wire.twilio_media_payload_bytes
        append = wire.input_audio_append_bytes
        mark_name = wire.twilio_mark_name_bytes
        is_base64 = wire.is_base64
        listener = self.listener
        while not self.stopping:
            # Until ``start`` arrives the wait is bounded; afterwards a close wakes the read.
            batch = ws.receive(None if self.started else START_TIMEOUT_SECONDS)
            if batch is None:
                if not self.stopping:
                    log.info("call %s: the media stream closed without a stop", self.call_sid)
                return
            if not batch:
                if not self.started:
                    log.warning("media stream sent no start within %ss; closing", START_TIMEOUT_SECONDS)
                    return
                continue
            audio: list[bytes] = []
            for frame in batch:
                if type(frame) is bytes:
                    payload = media_payload(frame)
                    if payload is not None:  # the hot path: caller audio straight to the model
                        if is_base64(payload):
                            audio.append(append(payload))
                        else:  # spliced as is, it could make invalid JSON at OpenAI
                            self._bad("media payload that is not base64 in a", frame)
                        continue
                    name = mark_name(frame)
                    if name is not None:  # the other frequent frame: playback progress
                        listener.played(name)
                        continue
                if audio:
                    self.frames_in += len(audio)
                    listener.caller_audio(audio)
                    audio = []
                self._event(frame)
            if audio:
                self.frames_in += len(audio)
                listener.caller_audio(audio)

    def _bad(self, why: str, frame: t.Any) -> None:
        self.bad_frames += 1
        if self.bad_frames <= MAX_LOGGED_BAD_FRAMES:
            log.warning("call %s: ignoring %s Twilio frame: %.120r", self.call_sid, why, frame)

    def _event(self, frame: t.Any) -> None:
        if isinstance(frame, BinaryMessage) or not isinstance(frame, bytes | str):
            self._bad("binary", frame)
            return
        message = wire.parse_json(frame)
        if not isinstance(message, dict):
            self._bad("malformed", frame)
            return
        event = message.get("event")
        if event == "media":
            payload = (message.get("media") or {}).get("payload")
            if not isinstance(payload, str):
                self._bad("malformed media", frame)
                return
            raw = payload.encode("utf-8", "replace")
            if not wire.is_base64(raw):
                self._bad("media payload that is not base64 in a", frame)
                return
            self.frames_in += 1
            self.listener.caller_audio([wire.input_audio_append_bytes(raw)])
        elif event == "mark":
            name = (message.get("mark") or {}).get("name")
            if isinstance(name, str):
                self.listener.played(name)
            else:
                self._bad("malformed mark", frame)
        elif event == "start":
            if not self.started and not self.stopping:
                self.listener.stream_started(message)
        elif event == "stop":
            log.info("call %s: Twilio stopped the stream", self.call_sid)
            self.stopping = True
            self.listener.stream_stopping()
        elif event == "dtmf":
            key = (message.get("dtmf") or {}).get("digit")
            if isinstance(key, str) and key in KEYS:
                if self.started:
                    self.listener.key_pressed(key)
            else:
                self._bad("malformed dtmf", frame)
        elif event == "connected":
            pass
        else:
            self._bad("unknown", frame)

    def send(self, *texts: str | bytes) -> bool:
        """Frames to Twilio, in one write (the only way anything is written to that socket)."""
        if not self.open:
            return False
        try:
            self.ws.send_many(texts)
            return True
        except Exception as exc:
            if self.open and not self.stopping:
                log.info("call %s: the media stream went away: %s", self.call_sid, exc)
            self.open = False
            self.stopping = True
            self.listener.stream_stopping()
            return False

    def clear(self) -> bool:
        """Drop the audio Twilio still has queued (a barge-in)."""
        return self.send(wire.twilio_clear(self.stream_sid))

    def close(self) -> None:
        self.open = False
        self.stopping = True
        with contextlib.suppress(Exception):
            self.ws.close()
