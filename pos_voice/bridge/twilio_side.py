"""The Twilio side of a call: reads the media stream, sorts its frames, writes frames to it.

Caller audio and mark echoes (nearly all the traffic) take the hot path of
:mod:`pos_voice.bridge.wire`, without a JSON parser; everything else is parsed and checked.
What the frames mean is the session's business: it is told through :class:`Listener`.
"""

from __future__ import annotations

import contextlib
import logging
import time
import typing as t

from . import wire
from .keypad import KEYS
from .messages import BinaryMessage

log = logging.getLogger("pos_voice.bridge")

START_TIMEOUT_SECONDS = 10.0  # Twilio sends ``start`` right after connecting
MAX_LOGGED_BAD_FRAMES = 5


class Listener(t.Protocol):
    """What the Twilio side tells the call session."""

    def caller_audio(self, payloads: list[bytes]) -> None: ...  # base64 μ-law, one message each
    def played(self, mark: str) -> None: ...  # a mark echo: the audio before it has played
    def stream_started(self, message: dict[str, t.Any]) -> None: ...  # ``start``: the session decides
    def stream_stopping(self) -> None: ...  # Twilio's ``stop``, or the socket went away
    def key_pressed(self, key: str) -> None: ...  # ``dtmf``: the caller pressed a key (0-9, *, #)


FRAME_MS = 20  # Twilio's media frames: 20 ms of 8 kHz μ-law each


class TwilioSide:
    """``batch_ms``: caller audio per message to the model (``POS_VOICE_CALLER_AUDIO_BATCH_MS``);
    above one frame, the reader also waits that long less a frame between reads, so each read
    takes a batch at once (fewer wake-ups, not only fewer messages)."""

    def __init__(self, ws: t.Any, listener: Listener, *, batch_ms: int = 0,
                 sleep: t.Callable[[float], None] = time.sleep) -> None:
        self.ws = ws
        self.listener = listener
        self.batch_frames = max(1, batch_ms // FRAME_MS)
        self._sleep = sleep
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
        mark_name = wire.twilio_mark_name_bytes
        is_base64 = wire.is_base64
        listener = self.listener
        per_append = self.batch_frames
        # Waiting between reads only saves wake-ups where one read takes all that has arrived.
        pause = (per_append - 1) * FRAME_MS / 1000 if getattr(ws, "reads_all_arrived", False) else 0.0
        held: list[bytes] = []  # checked payloads waiting for a whole batch (per_append > 1)
        receive = ws.receive
        hub_tried = per_append != 1
        while not self.stopping:
            if self.started and not hub_tried:
                # From ``start`` on, caller audio is forwarded in the hub's own callback where the
                # socket allows (no greenlet switch per frame); the rest still comes here.
                hub_tried = True
                reader = ws.hub_reader(self._from_hub) if hasattr(ws, "hub_reader") else None
                if reader is not None:
                    receive = reader.receive
            # Until ``start`` arrives the wait is bounded; afterwards a close wakes the read.
            batch = receive(None if self.started else START_TIMEOUT_SECONDS)
            if batch is None:
                self._forward(held, [])
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
                        if not is_base64(payload):  # spliced as is, it could make invalid JSON at OpenAI
                            self._bad("media payload that is not base64 in a", frame)
                        elif per_append == 1:
                            self.frames_in += 1
                            audio.append(payload)
                        else:
                            held.append(payload)
                            if len(held) >= per_append:
                                audio.append(self._joined(held))
                                held = []
                        continue
                    name = mark_name(frame)
                    if name is not None:  # the other frequent frame: playback progress
                        listener.played(name)
                        continue
                held = self._forward(held, audio)
                audio = []
                self._event(frame)
            if audio:
                listener.caller_audio(audio)
            if pause and self.started and not self.stopping:
                self._sleep(pause)  # the next read then takes the next batch in one wake-up

    def _from_hub(self, messages: list[bytes]) -> int:
        """The hot path, called in the gevent hub with the frames just read: forwards the leading
        caller-audio frames (the socket's write never blocks there) and returns how many it took;
        the call's greenlet gets the rest, in order."""
        if self.stopping:
            return 0
        media_payload, is_base64 = wire.twilio_media_payload_bytes, wire.is_base64
        audio: list[bytes] = []
        for frame in messages:
            payload = media_payload(frame)
            if payload is None or not is_base64(payload):
                break
            audio.append(payload)
        if audio:
            self.frames_in += len(audio)
            self.listener.caller_audio(audio)
        return len(audio)

    def _joined(self, payloads: list[bytes]) -> bytes:
        self.frames_in += len(payloads)
        return wire.joined_base64(payloads)

    def _forward(self, held: list[bytes], audio: list[bytes]) -> list[bytes]:
        """Send what is ready, and what is held (a batch cut short by another frame or the end)."""
        if held:
            audio.append(self._joined(held))
        if audio:
            self.listener.caller_audio(audio)
        return []

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
            self.listener.caller_audio([raw])
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
