"""One phone call: the Twilio media stream bridged to one OpenAI Realtime session.

A :class:`CallSession` owns everything of its call and nothing is shared between calls.
Its threads (greenlets under gevent):

* the request's own thread reads Twilio frames and forwards caller audio (:meth:`run`);
* a reader thread reads OpenAI events and forwards assistant audio;
* a housekeeper thread writes events to the database and runs the timers (heartbeat,
  silence, session cap, end-of-call deadline), so the audio paths never wait on the DB;
* one short thread per batch of tool calls, so audio keeps flowing while a tool runs.

Each socket has one writer at a time (a send lock per socket); several frames that go out
together (an audio chunk and its mark, a batch of caller audio) go out in one write.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import queue
import threading
import time
import typing as t

import sqlalchemy as sa
from flask import Flask

from ..config import setting
from ..extension import get_state
from ..models import (
    ABANDONED,
    COMPLETED,
    ENDED,
    FAILED,
    LIVE,
    NEXT_FALLBACK,
    NEXT_HANGUP,
    NEXT_TRANSFER,
    QUEUED,
    TRANSFERRED,
    utcnow,
)
from ..redaction import redact, redact_value
from . import realtime, wire
from .playback import BYTES_PER_MS, PlaybackTracker
from .transcript import ASSISTANT, CALLER, Transcript
from .usage import Usage
from .wsserver import BinaryMessage

log = logging.getLogger("pos_voice.bridge")

#: ``<Parameter>`` names that may carry the per-call stream token.
TOKEN_PARAMETERS = ("token", "stream_token", "call_token")

START_TIMEOUT_SECONDS = 10.0  # Twilio sends ``start`` right after connecting
RECEIVE_POLL_SECONDS = 1.0  # how often the Twilio loop looks up from a quiet socket
FINISH_GRACE_SECONDS = 12.0  # longest wait for a goodbye to finish playing
TOOL_JOIN_SECONDS = 20.0  # a hang-up waits this long for a running tool's DB work
MAX_LOGGED_BAD_FRAMES = 5
EVENT_BATCH_SECONDS = 2.0  # events are written at most this late, several per commit

#: Errors that leave the session usable (races between the two ends, not failures).
BENIGN_ERROR_CODES = frozenset({
    "conversation_already_has_active_response",
    "response_cancel_not_active",
    "item_truncate_invalid_item_id",
    "invalid_value",  # e.g. a truncate that raced the end of the item's audio
})
#: Errors after which the session cannot continue.
FATAL_ERROR_CODES = frozenset({
    "session_expired", "beta_api_shape_disabled", "invalid_api_key", "insufficient_quota",
    "model_not_found", "session_not_found",
})
FATAL_ERROR_TYPES = frozenset({"authentication_error", "permission_error"})
MAX_ERRORS = 8  # more non-benign errors than this in one call: hand it to staff

# Model-facing text for the responses the bridge itself asks for.
GREETING_DIRECTIVE = "Start the call now. Greet the caller with exactly this, in your own voice: "
STILL_THERE = ("The caller has been silent for a while. Ask once, briefly and kindly, whether "
               "they are still there. Do not repeat anything else.")
SILENCE_GOODBYE = ("The caller has not answered. Say a short, friendly goodbye (they can call back "
                   "any time) and stop. Do not call any tool.")
WRAP_UP = ("This call has reached its time limit. Politely wrap up now: in one or two short "
           "sentences tell the caller you have to end the call, summarise anything confirmed, "
           "invite them to call back, and say goodbye. Do not call any tool.")
NOT_EXECUTED = json.dumps({
    "ok": False,
    "error": "not executed: the caller interrupted before this ran. Ask again if it is still needed.",
})
TOOL_FAILED = json.dumps({"ok": False, "error": "the tool failed; apologise and offer to transfer to staff"})

RedeemFn = t.Callable[[str, str], t.Any]

_STOP = object()


class CallSession:
    """The bridge for one call; create it in the ``/stream`` handler and call :meth:`run`."""

    def __init__(self, app: Flask, twilio_ws: t.Any, registry: t.Any, redeem: RedeemFn) -> None:
        self.app = app
        self.ws = twilio_ws
        self.registry = registry
        self._redeem = redeem
        self.stream_sid = ""
        self._stream_sid_bytes = b""
        self.call_sid: str | None = None
        self.call_id: int | None = None
        self.caller_phone: str | None = None
        self.started_at = utcnow()
        self.started_monotonic = time.monotonic()
        self.state = "connecting"
        self.ctx: t.Any = None
        self._instructions = ""
        self.tracker = PlaybackTracker()
        self.transcript = Transcript()
        self.usage = Usage()
        self.model = str(setting("MODEL", app))
        # counters (read by the benchmark and the live page)
        self.frames_in = 0
        self.deltas_out = 0
        self.stale_dropped = 0
        self.bad_frames = 0
        self.errors = 0
        self.barge_ins = 0
        # sockets
        self._rt: realtime.RealtimeSocket | None = None
        self._twilio_open = True
        self._rt_closed = threading.Event()
        # conversation state, guarded by _lock
        self._lock = threading.Lock()
        self._response_active = False
        self._awaiting_response = False
        self._deferred_create: dict[str, t.Any] | None = None
        self._last_create: dict[str, t.Any] | None = None
        self._tools_running = 0
        self._tool_threads: list[threading.Thread] = []
        self._calls_by_response: dict[str, list[dict[str, t.Any]]] = {}
        self._finish_pending: tuple[str, str] | None = None
        self._finish_deadline: float | None = None
        self._finished = False
        self._end_disposition: str | None = None
        self._end_next_action: str | None = None
        self._end_error: str | None = None
        detection = setting("TURN_DETECTION", app) or {}
        self._interrupt_response = bool(detection.get("interrupt_response", False))
        self._event_ids = itertools.count(1)
        # timers, read by the housekeeper
        self._idle_since: float | None = None
        self._silence_prompts = 0
        self._wrapped_up = False
        self._closing = False
        self._jobs: queue.Queue[t.Any] = queue.Queue()
        self._stop_requested = threading.Event()
        self._housekeeper: threading.Thread | None = None
        self._reader: threading.Thread | None = None

    # ------------------------------------------------------------------ the Twilio side

    def run(self) -> None:
        """Serve the media stream until it ends; every path leaves a complete call record."""
        try:
            self._twilio_loop()
        except Exception as exc:  # a bug must still leave a record and hand the caller to staff
            log.exception("bridge failure on call %s", self.call_sid)
            if self.call_id is not None and not self._finished:
                self._fail("bridge", f"{type(exc).__name__}: {exc}")
        finally:
            self._shutdown()

    def _twilio_loop(self) -> None:
        ws = self.ws
        media_payload = wire.twilio_media_payload_bytes
        append = wire.input_audio_append_bytes
        mark_name = wire.twilio_mark_name_bytes
        while not self._closing:
            # Until ``start`` arrives the wait is bounded; afterwards a close wakes the read.
            batch = ws.receive(START_TIMEOUT_SECONDS if self.call_id is None else None)
            if batch is None:
                if not self._closing:
                    log.info("call %s: the media stream closed without a stop", self.call_sid)
                return
            if not batch:
                if self.call_id is None:
                    log.warning("media stream sent no start within %ss; closing", START_TIMEOUT_SECONDS)
                    return
                continue
            audio: list[bytes] = []
            for frame in batch:
                if type(frame) is bytes:
                    payload = media_payload(frame)
                    if payload is not None:  # the hot path: caller audio straight to the model
                        audio.append(append(payload))
                        continue
                    name = mark_name(frame)
                    if name is not None:  # the other frequent frame: playback progress
                        self._on_mark(name)
                        continue
                if audio:
                    self._forward_caller_audio(audio)
                    audio = []
                self._twilio_event(frame)
            if audio:
                self._forward_caller_audio(audio)

    def _forward_caller_audio(self, appends: list[bytes]) -> None:
        self.frames_in += len(appends)
        rt = self._rt
        if rt is None or self._rt_closed.is_set():
            return  # not connected yet (or any more): the model can't hear it
        try:
            rt.send_many(appends)
        except Exception as exc:
            self._realtime_lost(exc)

    def _bad_frame(self, why: str, frame: t.Any) -> None:
        self.bad_frames += 1
        if self.bad_frames <= MAX_LOGGED_BAD_FRAMES:
            log.warning("call %s: ignoring %s Twilio frame: %.120r", self.call_sid, why, frame)

    def _twilio_event(self, frame: t.Any) -> None:
        if isinstance(frame, BinaryMessage) or not isinstance(frame, bytes | str):
            self._bad_frame("binary", frame)
            return
        try:
            message = json.loads(frame)
        except ValueError:
            self._bad_frame("malformed", frame)
            return
        if not isinstance(message, dict):
            self._bad_frame("malformed", frame)
            return
        event = message.get("event")
        if event == "media":
            payload = (message.get("media") or {}).get("payload")
            if not isinstance(payload, str):
                self._bad_frame("malformed media", frame)
                return
            self._forward_caller_audio([wire.input_audio_append(wire.safe_token(payload)).encode()])
        elif event == "mark":
            name = (message.get("mark") or {}).get("name")
            if isinstance(name, str):
                self._on_mark(name)
            else:
                self._bad_frame("malformed mark", frame)
        elif event == "start":
            if self.call_id is None and not self._closing:
                self._on_start(message)
        elif event == "stop":
            log.info("call %s: Twilio stopped the stream", self.call_sid)
            self._closing = True
        elif event in ("connected", "dtmf"):
            pass
        else:
            self._bad_frame("unknown", frame)

    def _on_mark(self, name: str) -> None:
        self.tracker.on_mark(name)
        if self.tracker.outstanding() == 0:
            with self._lock:
                quiet = not self._response_active and not self._awaiting_response and not self._tools_running
            if quiet:
                self._became_idle()
            if self._finish_pending is not None:
                self._check_finish()

    def send_twilio(self, *texts: str | bytes) -> bool:
        """Send frames to Twilio, in one write (the only way anything is written to that socket)."""
        if not self._twilio_open:
            return False
        try:
            self.ws.send_many(texts)
            return True
        except Exception as exc:
            if self._twilio_open and not self._closing:
                log.info("call %s: the media stream went away: %s", self.call_sid, exc)
            self._twilio_open = False
            self._closing = True
            return False

    # ------------------------------------------------------------------ start of the call

    def _on_start(self, message: dict[str, t.Any]) -> None:
        start = message.get("start") or {}
        self.stream_sid = wire.safe_token(str(message.get("streamSid") or start.get("streamSid") or ""))
        self._stream_sid_bytes = self.stream_sid.encode()
        call_sid = start.get("callSid")
        params = start.get("customParameters") or {}
        token = next((params[name] for name in TOKEN_PARAMETERS if params.get(name)), None)
        self.call_sid = str(call_sid) if call_sid else None
        # A context of its own: its DB session (and pooled connection) ends with this block
        # instead of being held by the request for the whole call.
        with self.app.app_context():
            call = None
            if self.call_sid and isinstance(token, str):
                try:
                    call = self._redeem(self.call_sid, token)
                except Exception:
                    log.exception("stream token check failed for call %s", self.call_sid)
                    call = None
            if call is None:
                log.warning("media stream for call %s rejected: bad or missing stream token", self.call_sid)
                self._reject_stream()
                return
            self.call_id = int(call.id)
            self.caller_phone = getattr(call, "phone_from", None)
            started_at = getattr(call, "started_at", None)
            if started_at is not None:
                self.started_at = started_at
            self.state = "live"
            get_state(self.app).live_calls.add(self.call_sid, self)
            self._update_call(state=LIVE, model=self.model, heartbeat_at=utcnow())
            try:
                self.ctx = self.registry.start_call(self.call_id, self.call_sid, self.caller_phone)
                instructions = self.registry.instructions(self.ctx)
                greeting = self.registry.greeting(self.ctx)
                tools = self.registry.definitions()
            except Exception as exc:
                log.exception("call %s: the tools could not start", self.call_sid)
                self._fail("tools", f"could not start the call's tools: {exc}")
                return
        self._instructions = instructions
        self._housekeeper = threading.Thread(target=self._housekeeping, daemon=True,
                                             name=f"pos_voice-housekeeper-{self.call_sid}")
        self._housekeeper.start()
        url = realtime.realtime_url(str(setting("REALTIME_URL", self.app)), self.model)
        try:
            rt = realtime.RealtimeSocket(realtime.connect(
                url, str(setting("OPENAI_API_KEY", self.app)), float(setting("CONNECT_TIMEOUT", self.app))))
        except Exception as exc:
            log.error("call %s: OpenAI Realtime unreachable: %s", self.call_sid, exc)
            self._fail("connect", f"OpenAI Realtime unreachable: {exc}")
            return
        if self._closing:  # the caller hung up while we were connecting
            rt.close()
            rt.release()
            return
        self._rt = rt
        update = realtime.session_update(
            model=self.model, instructions=instructions, tools=tools,
            voice=str(setting("VOICE", self.app)),
            turn_detection=setting("TURN_DETECTION", self.app),
            transcription_model=setting("TRANSCRIPTION_MODEL", self.app),
            language=setting("LANGUAGE", self.app),
            noise_reduction=setting("NOISE_REDUCTION", self.app),
        )
        self.send_realtime(update)
        self._reader = threading.Thread(target=self._realtime_loop, daemon=True,
                                        name=f"pos_voice-realtime-{self.call_sid}")
        self._reader.start()
        self.request_response(GREETING_DIRECTIVE + greeting if greeting else None)

    def _reject_stream(self) -> None:
        """No OpenAI session for an unproven stream; ``/stream-ended`` sends the caller to staff."""
        if self.call_sid:
            try:
                with self.app.app_context():
                    state = get_state(self.app)
                    call_model = state.models.VoiceCall
                    state.db.session.execute(
                        sa.update(call_model)
                        # only a call whose stream never started: a bad second stream must not
                        # change what a running call does next
                        .where(call_model.call_sid == self.call_sid, call_model.state == QUEUED)
                        .values(next_action=NEXT_FALLBACK,
                                error="media stream rejected: bad or missing token")
                    )
                    state.db.session.commit()
            except Exception:
                log.exception("could not mark call %s for fallback", self.call_sid)
        self._closing = True
        self._close_twilio()

    # ------------------------------------------------------------------ the OpenAI side

    def send_realtime(self, event: dict[str, t.Any] | str) -> bool:
        rt = self._rt
        if rt is None or self._rt_closed.is_set():
            return False
        try:
            rt.send(event if isinstance(event, str) else json.dumps(event, separators=(",", ":")))
            return True
        except Exception as exc:
            self._realtime_lost(exc)
            return False

    def _realtime_loop(self) -> None:
        rt = self._rt
        assert rt is not None
        audio_delta = wire.audio_delta_bytes
        tracker_on_audio = self.tracker.on_audio
        decoded_length = wire.base64_decoded_length
        media, mark = wire.twilio_media_bytes, wire.twilio_mark_bytes
        try:
            while True:
                batch = rt.receive()
                if batch is None:
                    if not self._rt_closed.is_set():
                        self._realtime_lost(ConnectionError("the Realtime server closed the connection"))
                    return
                out: list[bytes] = []  # assistant audio for Twilio, sent in one write per batch
                for message in batch:
                    delta = audio_delta(message)
                    if delta is not None:  # the hot path: assistant audio straight to the caller
                        name = tracker_on_audio(delta[0].decode(), decoded_length(delta[1]))
                        if name is None:
                            self.stale_dropped += 1  # audio of an item the caller already cut off
                        else:
                            sid = self._stream_sid_bytes
                            out.append(media(sid, delta[1]))
                            out.append(mark(sid, name.encode()))
                        continue
                    if out:
                        self.deltas_out += len(out) // 2
                        self.send_twilio(*out)
                        out = []
                    try:
                        event = json.loads(message)
                    except ValueError:
                        log.warning("call %s: malformed Realtime event: %.120r", self.call_sid, message)
                        continue
                    if isinstance(event, dict):
                        try:
                            self._dispatch(event)
                        except Exception:
                            log.exception("call %s: handling %s failed", self.call_sid, event.get("type"))
                if out:
                    self.deltas_out += len(out) // 2
                    self.send_twilio(*out)
        finally:
            rt.release()

    def _on_audio(self, item_id: str, payload: str) -> None:
        """Assistant audio (slow path): to Twilio, followed by a mark to learn when it played."""
        mark = self.tracker.on_audio(item_id, wire.base64_decoded_length(payload))
        if mark is None:
            self.stale_dropped += 1
            return
        self.deltas_out += 1
        self.send_twilio(wire.twilio_media(self.stream_sid, payload), wire.twilio_mark(self.stream_sid, mark))

    def _dispatch(self, event: dict[str, t.Any]) -> None:
        kind = event.get("type")
        handler = self._handlers.get(kind) if isinstance(kind, str) else None
        if handler is not None:
            handler(self, event)

    def _ev_session_updated(self, event: dict[str, t.Any]) -> None:
        session = event.get("session") or {}
        detection = ((session.get("audio") or {}).get("input") or {}).get("turn_detection")
        self._interrupt_response = bool(isinstance(detection, dict) and detection.get("interrupt_response"))

    def _ev_audio_delta(self, event: dict[str, t.Any]) -> None:
        item_id, delta = event.get("item_id"), event.get("delta")
        if isinstance(item_id, str) and isinstance(delta, str):
            self._on_audio(wire.safe_token(item_id), wire.safe_token(delta))

    def _ev_speech_started(self, event: dict[str, t.Any]) -> None:
        """Barge-in: stop the assistant's audio at once, then tell the model what was heard."""
        self._idle_since = None
        self._silence_prompts = 0
        with self._lock:
            active = self._response_active
        cut = self.tracker.barge_in(response_active=active)
        self.send_twilio(wire.twilio_clear(self.stream_sid))
        if cut is not None:
            self.barge_ins += 1
            heard = cut.played_bytes / cut.sent_bytes if cut.sent_bytes else 0.0
            self.transcript.cut(cut.item_id, heard)
            if cut.audio_end_ms > 0:
                self.send_realtime({"type": "conversation.item.truncate", "item_id": cut.item_id,
                                    "content_index": 0, "audio_end_ms": cut.audio_end_ms})
            self.record("barge_in", {"item_id": cut.item_id, "audio_end_ms": cut.audio_end_ms,
                                     "generated_ms": cut.sent_bytes // BYTES_PER_MS})
        if active and not self._interrupt_response:
            self.send_realtime({"type": "response.cancel"})

    def _ev_committed(self, event: dict[str, t.Any]) -> None:
        self.transcript.add_item(str(event.get("item_id") or ""), CALLER, event.get("previous_item_id"))

    def _ev_item_added(self, event: dict[str, t.Any]) -> None:
        item = event.get("item") or {}
        if item.get("type") != "message":
            return
        role = {"user": CALLER, "assistant": ASSISTANT}.get(str(item.get("role")))
        if role is not None:
            self.transcript.add_item(str(item.get("id") or ""), role, event.get("previous_item_id"))

    def _ev_caller_transcript(self, event: dict[str, t.Any]) -> None:
        text = event.get("transcript")
        if isinstance(text, str) and text.strip():
            clean = self.transcript.set_text(str(event.get("item_id") or ""), CALLER, text)
            self.record("transcript", {"role": CALLER, "text": clean})
            self._tell_tools(CALLER, clean)

    def _ev_assistant_transcript(self, event: dict[str, t.Any]) -> None:
        text = event.get("transcript")
        if isinstance(text, str) and text.strip():
            clean = self.transcript.set_text(str(event.get("item_id") or ""), ASSISTANT, text)
            self.record("transcript", {"role": ASSISTANT, "text": clean})
            self._tell_tools(ASSISTANT, clean)

    def _tell_tools(self, role: str, text: str) -> None:
        """The tools see the recent conversation (escalation rules read what the caller said)."""
        lines = getattr(self.ctx, "recent_transcript", None)
        if isinstance(lines, list):
            with getattr(self.ctx, "lock", contextlib.nullcontext()):
                lines.append(f"{role}: {text}")
                del lines[:-20]

    def _ev_response_created(self, event: dict[str, t.Any]) -> None:
        self._idle_since = None
        with self._lock:
            self._response_active = True
            self._awaiting_response = False

    def _ev_output_item_added(self, event: dict[str, t.Any]) -> None:
        item = event.get("item") or {}
        if item.get("type") == "message" and item.get("id"):
            self.transcript.add_item(str(item["id"]), ASSISTANT)

    def _ev_output_item_done(self, event: dict[str, t.Any]) -> None:
        item = event.get("item") or {}
        if item.get("type") == "function_call":
            response_id = str(event.get("response_id") or "")
            with self._lock:
                self._calls_by_response.setdefault(response_id, []).append(item)

    def _ev_response_done(self, event: dict[str, t.Any]) -> None:
        response = event.get("response") or {}
        response_id = str(response.get("id") or "")
        status = response.get("status")
        self.usage.add(response.get("usage"))
        output = response.get("output") or []
        with self._lock:
            calls = self._calls_by_response.pop(response_id, [])
        seen = {call.get("call_id") for call in calls}
        calls += [item for item in output if isinstance(item, dict) and item.get("type") == "function_call"
                  and item.get("call_id") not in seen]
        had_audio = any(isinstance(item, dict) and item.get("type") == "message"
                        and self.tracker.sent_bytes(str(item.get("id"))) > 0 for item in output)
        if status == "failed":
            details = response.get("status_details") or {}
            self._note_error("response", json.dumps(details.get("error") or details)[:500])
        with self._lock:
            self._response_active = False
            deferred = self._deferred_create
            self._deferred_create = None
            if calls and status == "completed":
                self._tools_running += 1  # before the thread starts: nobody sees the call idle
        if calls and status == "completed":
            deferred = None  # the tool batch asks for the one response that follows it
            thread = threading.Thread(target=self._run_tools, args=(calls, had_audio), daemon=True,
                                      name=f"pos_voice-tools-{self.call_sid}")
            self._tool_threads.append(thread)
            thread.start()
        elif calls:
            # Interrupted before it ran: every call still gets an output, never left dangling.
            for call in calls:
                self._send_output(str(call.get("call_id")), NOT_EXECUTED)
                self.record("tool_call", {"name": call.get("name"), "arguments": call.get("arguments"),
                                          "result": None, "error": f"not executed (response {status})"})
        if deferred is not None:
            self._send_create(deferred)
        if self._finish_pending is not None:
            self._check_finish()
        elif self.tracker.outstanding() == 0 and not calls:
            with self._lock:
                quiet = not self._awaiting_response and not self._tools_running and not self._response_active
            if quiet:
                self._became_idle()

    def _ev_error(self, event: dict[str, t.Any]) -> None:
        error = event.get("error") or {}
        code = error.get("code")
        message = redact(str(error.get("message") or ""))
        if code == "conversation_already_has_active_response":
            with self._lock:  # ask again once the active response is done
                self._awaiting_response = False
                if self._response_active:
                    if self._deferred_create is None:
                        self._deferred_create = self._last_create or realtime.response_create()
                    return
            self._send_create(self._last_create or realtime.response_create())
            return
        if code in BENIGN_ERROR_CODES:
            log.info("call %s: Realtime says %s: %s", self.call_sid, code, message)
            return
        with self._lock:
            if error.get("event_id") and self._last_create and error.get("event_id") == self._last_create.get(
                    "event_id"):
                self._awaiting_response = False
        if code in FATAL_ERROR_CODES or error.get("type") in FATAL_ERROR_TYPES:
            self._fail("realtime", f"{code or error.get('type')}: {message}")
            return
        self._note_error("realtime", f"{code or error.get('type')}: {message}")

    _handlers: t.ClassVar[dict[str, t.Callable[[CallSession, dict[str, t.Any]], None]]] = {
        "session.updated": _ev_session_updated,
        "response.output_audio.delta": _ev_audio_delta,
        "input_audio_buffer.speech_started": _ev_speech_started,
        "input_audio_buffer.committed": _ev_committed,
        "conversation.item.added": _ev_item_added,
        "conversation.item.created": _ev_item_added,
        "conversation.item.input_audio_transcription.completed": _ev_caller_transcript,
        "response.output_audio_transcript.done": _ev_assistant_transcript,
        "response.created": _ev_response_created,
        "response.output_item.added": _ev_output_item_added,
        "response.output_item.done": _ev_output_item_done,
        "response.done": _ev_response_done,
        "error": _ev_error,
    }

    def _note_error(self, where: str, message: str) -> None:
        self.errors += 1
        log.warning("call %s: %s error: %s", self.call_sid, where, message)
        self.record("error", {"where": where, "message": message})
        if self.errors > MAX_ERRORS:
            self._fail(where, f"too many errors; last: {message}")

    # ------------------------------------------------------------------ responses and tools

    def request_response(self, instructions: str | None = None) -> None:
        """Ask for one response now, or right after the active one is done."""
        event = realtime.response_create(
            self._instructions + "\n\n" + instructions if instructions else None)
        with self._lock:
            if self._response_active or self._awaiting_response:
                self._deferred_create = event
                return
        self._send_create(event)

    def _send_create(self, event: dict[str, t.Any]) -> None:
        event = {**event, "event_id": f"pv_create_{next(self._event_ids)}"}
        with self._lock:
            self._awaiting_response = True
            self._last_create = event
        if not self.send_realtime(event):
            with self._lock:
                self._awaiting_response = False

    def _send_output(self, call_id: str, output: str) -> bool:
        return self.send_realtime({"type": "conversation.item.create",
                                   "item": {"type": "function_call_output", "call_id": call_id,
                                            "output": output}})

    def _run_tools(self, calls: list[dict[str, t.Any]], had_audio: bool) -> None:
        """Run one response's tool calls in order, in this thread's own app context."""
        outputs: dict[str, str] = {str(call.get("call_id")): TOOL_FAILED for call in calls}
        action: str | None = None
        try:
            with self.app.app_context():
                for call in calls:
                    arguments = call.get("arguments") or "{}"
                    result = self.registry.invoke(self.ctx, str(call.get("name")), arguments)
                    outputs[str(call.get("call_id"))] = result.output
                    if result.action in ("transfer", "end_call") and action is None:
                        action = result.action
        except Exception:
            log.exception("call %s: a tool raised", self.call_sid)
        finally:
            self._tools_done(outputs, action, had_audio)

    def _tools_done(self, outputs: dict[str, str], action: str | None, had_audio: bool) -> None:
        with self._lock:
            self._tools_running -= 1
        if self._closing or self._rt_closed.is_set():
            return  # the caller hung up: the tools' DB work is done, nobody to answer
        for call_id, output in outputs.items():
            self._send_output(call_id, output)
        if action == "transfer":
            self._begin_finish(NEXT_TRANSFER, TRANSFERRED, speak=not had_audio)
        elif action == "end_call":
            self._begin_finish(NEXT_HANGUP, COMPLETED, speak=not had_audio)
        else:
            self.request_response()

    # ------------------------------------------------------------------ ending the call

    def _begin_finish(self, next_action: str, disposition: str, *, speak: bool,
                      instructions: str | None = None) -> None:
        """End the call once what the assistant is saying has played to the caller."""
        with self._lock:
            if self._finish_pending is not None or self._finished:
                return
            self._finish_pending = (next_action, disposition)
            self._finish_deadline = time.monotonic() + FINISH_GRACE_SECONDS
        self._idle_since = None
        if speak:
            self.request_response(instructions)
        self._jobs.put(None)  # wake the housekeeper for the deadline
        self._check_finish()

    def _check_finish(self) -> None:
        with self._lock:
            pending = self._finish_pending
            if (pending is None or self._response_active or self._awaiting_response
                    or self._deferred_create is not None or self._tools_running):
                return
        if self.tracker.outstanding() > 0:
            return  # the last audio has not played yet: its mark will bring us back
        self._finish(*pending)

    def _finish(self, next_action: str, disposition: str, error: str | None = None) -> None:
        """Decide what Twilio does next (in the DB, before the stream closes), then close both ends."""
        with self._lock:
            if self._finished:
                return
            self._finished = True
        self._closing = True
        self._end_next_action, self._end_disposition, self._end_error = next_action, disposition, error
        fields: dict[str, t.Any] = {"next_action": next_action}
        if error:
            fields["error"] = redact(error)[:2000]
        self._update_call(**fields)
        self._close_realtime()
        self._close_twilio()

    def _fail(self, where: str, message: str) -> None:
        """Hand the caller to staff: Twilio apologises and dials them (``/stream-ended``)."""
        if self._finished:
            return
        self.record("error", {"where": where, "message": redact(message), "cart": self._cart_snapshot()})
        self._finish(NEXT_FALLBACK, FAILED, error=f"{where}: {message}")

    def _realtime_lost(self, exc: BaseException) -> None:
        if self._closing or self._rt_closed.is_set():
            return
        log.error("call %s: lost the OpenAI Realtime connection: %s", self.call_sid, exc)
        self._fail("realtime", f"connection lost: {type(exc).__name__}: {exc}")

    def _close_realtime(self) -> None:
        if self._rt_closed.is_set():
            return
        self._rt_closed.set()
        rt = self._rt
        if rt is None:
            return
        rt.close()  # wakes the reader blocked in receive; it releases the socket on its way out
        if self._reader is None:
            rt.release()

    def _close_twilio(self) -> None:
        self._twilio_open = False
        with contextlib.suppress(Exception):
            self.ws.close()

    def _shutdown(self) -> None:
        """After the stream ended, whoever ended it: close OpenAI at once, let running tools
        finish their DB work, then write the complete call record."""
        self._closing = True
        caller_hung_up = not self._finished
        self._close_realtime()
        self._close_twilio()
        if self._housekeeper is not None:
            self._stop_requested.set()
            self._jobs.put(_STOP)
            self._housekeeper.join(timeout=5)
        for thread in list(self._tool_threads):
            thread.join(timeout=TOOL_JOIN_SECONDS)
        if self._reader is not None:
            self._reader.join(timeout=2)
        if self.call_id is not None:
            try:
                self._write_final_record(caller_hung_up)
            except Exception:
                log.exception("call %s: could not write the final call record", self.call_sid)
        if self.call_sid:
            get_state(self.app).live_calls.remove(self.call_sid)
        self.state = "ended"

    def _write_final_record(self, caller_hung_up: bool) -> None:
        with self.app.app_context():
            state = get_state(self.app)
            db = state.db
            self._run_jobs(self._drain_jobs())
            call = db.session.get(state.models.VoiceCall, self.call_id)
            if call is None:
                return
            now = utcnow()
            if call.disposition is None:
                disposition = self._end_disposition
                if disposition is None or disposition == ABANDONED:
                    disposition = COMPLETED if call.order_id is not None else ABANDONED
                call.disposition = disposition
            if call.ended_at is None:
                call.ended_at = now
            if call.duration_seconds is None and call.started_at is not None:
                call.duration_seconds = max(0, int((call.ended_at - call.started_at).total_seconds()))
            call.state = ENDED
            if caller_hung_up and call.next_action == NEXT_FALLBACK and self._end_next_action is None:
                call.next_action = NEXT_HANGUP  # the stream started as "fallback"; the caller left
            call.transcript = self.transcript.text()
            call.model = self.model
            call.input_tokens = self.usage.input_tokens
            call.output_tokens = self.usage.output_tokens
            call.input_audio_tokens = self.usage.input_audio_tokens
            call.output_audio_tokens = self.usage.output_audio_tokens
            call.cached_tokens = self.usage.cached_tokens
            prices = (setting("PRICES", self.app) or {}).get(self.model)
            call.cost_usd = self.usage.cost(prices)
            event_model = state.models.VoiceCallEvent
            db.session.add(event_model(call_id=self.call_id, event_type="usage",
                                       event_data={**self.usage.as_dict(), "cost_usd": str(call.cost_usd),
                                                   "model": self.model}))
            db.session.add(event_model(call_id=self.call_id, event_type="call_ended", event_data={
                "disposition": call.disposition,
                "ended_by": "caller" if caller_hung_up else "assistant",
                "next_action": self._end_next_action or call.next_action,
                "frames_in": self.frames_in, "audio_chunks_out": self.deltas_out,
                "barge_ins": self.barge_ins, "bad_frames": self.bad_frames,
            }))
            db.session.commit()

    # ------------------------------------------------------------------ timers and the database

    def record(self, event_type: str, data: dict[str, t.Any], duration_ms: int | None = None) -> None:
        """Queue a ``voice_call_events`` row (written by the housekeeper, off the audio path)."""
        if self.call_id is None:
            return
        self._jobs.put((event_type, redact_value(data), duration_ms, utcnow()))

    def _drain_jobs(self) -> list[t.Any]:
        jobs = []
        while True:
            try:
                jobs.append(self._jobs.get_nowait())
            except queue.Empty:
                return jobs

    def _run_jobs(self, jobs: list[t.Any]) -> None:
        rows = [{"call_id": self.call_id, "event_type": event_type, "event_data": data,
                 "duration_ms": duration_ms, "timestamp": at}
                for event_type, data, duration_ms, at in (job for job in jobs if isinstance(job, tuple))]
        if not rows:
            return
        state = get_state(self.app)
        # One multi-row INSERT on a pooled connection, no ORM session: this runs next to live audio.
        with state.db.engine.begin() as connection:
            connection.execute(sa.insert(state.models.VoiceCallEvent.__table__), rows)

    def _update_call(self, **fields: t.Any) -> None:
        if self.call_id is None:
            return
        try:
            with self.app.app_context():
                state = get_state(self.app)
                call_model = state.models.VoiceCall
                state.db.session.execute(
                    sa.update(call_model).where(call_model.id == self.call_id).values(**fields))
                state.db.session.commit()
        except Exception:
            log.exception("call %s: could not update the call record", self.call_sid)

    def _became_idle(self) -> None:
        """The assistant finished speaking and nothing is pending: start the silence clock."""
        if self._idle_since is None and self._finish_pending is None:
            self._idle_since = time.monotonic()
            self._jobs.put(None)

    def _housekeeping(self) -> None:
        heartbeat = float(setting("HEARTBEAT_SECONDS", self.app))
        cap = float(setting("SESSION_MAX_SECONDS", self.app))
        prompt_after = float(setting("SILENCE_PROMPT_SECONDS", self.app))
        hangup_after = float(setting("SILENCE_HANGUP_SECONDS", self.app))
        next_heartbeat = time.monotonic() + heartbeat
        cap_at = self.started_monotonic + cap
        stop = False
        while not stop:
            now = time.monotonic()
            deadlines = [next_heartbeat, now + 30.0]
            if not self._wrapped_up:
                deadlines.append(cap_at)
            idle = self._idle_since
            if idle is not None and self._finish_pending is None:
                deadlines.append(idle + (prompt_after if self._silence_prompts == 0 else hangup_after))
            if self._finish_deadline is not None and self._finish_pending is not None:
                deadlines.append(self._finish_deadline)
            wait = 30.0 if self._finished else max(0.0, min(deadlines) - now)
            try:
                job = self._jobs.get(timeout=wait)
                if job is not _STOP and job is not None and not self._finished:
                    # Gather what follows for a moment (never past a timer): one INSERT, several events.
                    until_timer = max(0.0, min(deadlines) - time.monotonic())
                    self._stop_requested.wait(min(EVENT_BATCH_SECONDS, until_timer))
                jobs = [job, *self._drain_jobs()]
            except queue.Empty:
                jobs = []
            if any(job is _STOP for job in jobs):
                stop = True
                jobs = [job for job in jobs if job is not _STOP]
            if jobs:
                try:
                    with self.app.app_context():
                        self._run_jobs(jobs)
                except Exception:
                    log.exception("call %s: could not write call events", self.call_sid)
            if stop or self._finished:
                continue
            now = time.monotonic()
            if now >= next_heartbeat:
                next_heartbeat = now + heartbeat
                self._update_call(heartbeat_at=utcnow())
            if not self._wrapped_up and now >= cap_at:
                self._wrapped_up = True
                log.info("call %s reached POS_VOICE_SESSION_MAX_SECONDS; wrapping up", self.call_sid)
                self.record("error", {"where": "session", "message": "time limit reached: wrapped up"})
                self._begin_finish(NEXT_HANGUP, ABANDONED, speak=True, instructions=WRAP_UP)
            idle = self._idle_since
            if idle is not None and self._finish_pending is None:
                if self._silence_prompts == 0 and now - idle >= prompt_after:
                    self._silence_prompts = 1
                    self._idle_since = None
                    self.request_response(STILL_THERE)
                elif self._silence_prompts > 0 and now - idle >= hangup_after:
                    self._idle_since = None
                    self.record("error", {"where": "silence", "message": "no answer: hung up"})
                    self._begin_finish(NEXT_HANGUP, ABANDONED, speak=True, instructions=SILENCE_GOODBYE)
            deadline = self._finish_deadline
            if deadline is not None and now >= deadline and self._finish_pending is not None:
                log.warning("call %s: goodbye did not finish playing in time; ending anyway", self.call_sid)
                self._finish(*self._finish_pending)

    # ------------------------------------------------------------------ the live page

    def _cart_snapshot(self) -> t.Any:
        """The call's cart as plain data (for the live page and failure records)."""
        ctx = self.ctx
        cart = getattr(ctx, "cart", None)
        if cart is None:
            return None
        try:
            with getattr(ctx, "lock", contextlib.nullcontext()):
                lines = [line.as_dict() if hasattr(line, "as_dict") else str(line)
                         for line in getattr(cart, "lines", ())]
                snapshot: dict[str, t.Any] = {"order_type": getattr(cart, "order_type", None), "lines": lines}
                for name in ("notes", "allergies"):
                    if getattr(cart, name, None):
                        snapshot[name] = getattr(cart, name)
                order = getattr(ctx, "order", None)
                if order:
                    snapshot["order"] = order
            return json.loads(json.dumps(snapshot, default=str))
        except Exception:
            log.exception("call %s: could not read the cart", self.call_sid)
            return None

    def live_view(self) -> dict[str, t.Any]:
        """What the staff "live calls" page shows for this call."""
        return {
            "call_sid": self.call_sid,
            "call_id": self.call_id,
            "caller": self.caller_phone,
            "started_at": self.started_at.isoformat(),
            "seconds": int(time.monotonic() - self.started_monotonic),
            "state": self.state if not self._finish_pending else "ending",
            "transcript": self.transcript.lines(),
            "cart": redact_value(self._cart_snapshot()),
            "barge_ins": self.barge_ins,
        }

