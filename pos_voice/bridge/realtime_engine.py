"""The OpenAI Realtime (GA) engine: :class:`~pos_voice.bridge.engine.ModelEngine` over one
Realtime WebSocket.

The connection and its reader are :class:`~pos_voice.bridge.realtime_side.RealtimeSide`; the
message shapes are :mod:`pos_voice.bridge.realtime` (set-up, responses) and
:mod:`pos_voice.bridge.wire` (audio, the hot path). This module reads the GA server events and
tells the session what they mean, in the seam's plain values; which error codes are races and
which end the session is the Realtime API's business, so it is decided here too.

After the conversation (:meth:`RealtimeEngine.conversation_over`) only two things are read from
the socket: usage, and the answer to the end-of-call summary request (:mod:`.summary`).
"""

from __future__ import annotations

import json
import logging
import threading
import typing as t

from ..redaction import redact
from . import realtime, summary, wire
from .engine import EngineError, EngineListener, ResponseDone, ResponseRequest, SessionConfig, ToolCall
from .realtime_side import RealtimeSide, SideState
from .transcript import ASSISTANT, CALLER

if t.TYPE_CHECKING:
    from .deps import BridgeSettings

log = logging.getLogger("pos_voice.bridge")

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
SUMMARY_EVENT_ID = "pv_summary"  # the out-of-band request for the end-of-call summary

Event = dict[str, t.Any]


def _int(value: t.Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _str_or_none(value: t.Any) -> str | None:
    return value if isinstance(value, str) else None


class RealtimeEngine(SideState):
    def __init__(self, listener: EngineListener, settings: BridgeSettings) -> None:
        self.listener = listener
        self.settings = settings
        self.side = RealtimeSide(self)
        self._pending: realtime.RealtimeSocket | None = None  # connected, not read yet
        self._over = False  # the conversation is over: only usage and the summary are read
        self._summary_done = threading.Event()
        self._summary_response: Event | None = None
        self._transcription_model: str | None = settings.transcription_model

    # --- the connection
    def connect(self) -> None:
        settings = self.settings
        self._pending = self.side.open(settings.realtime_url, settings.api_key, settings.connect_timeout)

    def start(self, config: SessionConfig) -> None:
        self._transcription_model = config.transcription_model
        socket, self._pending = self._pending, None
        if socket is None:
            return
        self.side.read(socket)
        self.send(realtime.session_update(
            model=config.model, instructions=config.instructions, tools=config.tools, voice=config.voice,
            turn_detection=config.turn_detection, transcription_model=config.transcription_model,
            language=config.language, noise_reduction=config.noise_reduction,
        ))

    def replace(self) -> None:
        self.side.replace()

    def close(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:  # connected while the caller hung up: never read
            pending.close()
            pending.release()
        self.side.close()

    def join(self, timeout: float) -> None:
        self.side.join(timeout=timeout)

    # --- what the session sends
    def send(self, event: Event | str) -> bool:
        return self.side.send(event)

    def update_session(self, instructions: str | None, language: str | None) -> bool:
        """One ``session.update`` with only the fields that change (the rest of the session stays)."""
        body: dict[str, t.Any] = {"type": "realtime"}
        if instructions is not None:
            body["instructions"] = instructions
        if language is not None and self._transcription_model:
            body["audio"] = {"input": {"transcription": {"model": self._transcription_model,
                                                         "language": language}}}
        if len(body) == 1:
            return False
        return self.send({"type": "session.update", "session": body})

    def send_caller_audio(self, payloads: list[bytes]) -> bool:
        append = wire.input_audio_append_bytes
        return self.side.send_many([append(payload) for payload in payloads])

    def response_request(self, instructions: str | None = None) -> ResponseRequest:
        return realtime.response_create(instructions)

    def request_response(self, request: ResponseRequest) -> bool:
        return self.send(request)

    def send_tool_output(self, call_id: str, output: str) -> bool:
        return self.send({"type": "conversation.item.create",
                          "item": {"type": "function_call_output", "call_id": call_id, "output": output}})

    def send_caller_text(self, text: str) -> bool:
        return self.send({"type": "conversation.item.create", "item": {
            "type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}})

    def truncate(self, item_id: str, audio_end_ms: int) -> bool:
        return self.send({"type": "conversation.item.truncate", "item_id": item_id,
                          "content_index": 0, "audio_end_ms": audio_end_ms})

    def cancel_response(self) -> bool:
        return self.send({"type": "response.cancel"})

    # --- the end-of-call summary
    def conversation_over(self) -> None:
        self._over = True

    def summarize(self, facts: str, timeout: float) -> str | None:
        """The model's summary text (out of band, text only), waited for at most ``timeout``."""
        if not self.send(summary.request(SUMMARY_EVENT_ID, facts)):
            return None
        if not self._summary_done.wait(timeout):
            log.info("call %s: no summary from the model within %gs; the events' summary is used",
                     self.name, timeout)
            return None
        if self._summary_response is None:
            return None
        return summary.response_text(self._summary_response)

    # --- what the Realtime side tells (RealtimeSide's listener)
    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None:
        self.listener.assistant_audio(deltas)

    def realtime_lost(self, exc: BaseException) -> None:
        self._summary_done.set()  # nobody left to write the summary
        self.listener.engine_lost(exc)

    def realtime_event(self, event: Event) -> None:
        kind = event.get("type")
        if self._over:  # the conversation is over: no more tools, no more speech
            self._after_the_call(kind, event)
            return
        handler = self._handlers.get(kind) if isinstance(kind, str) else None
        if handler is not None:
            handler(self, event)

    def _after_the_call(self, kind: t.Any, event: Event) -> None:
        """Server events once the caller has gone: usage still counts; the summary is kept."""
        if kind == "response.done":
            response = event.get("response") or {}
            self.listener.usage_reported(response.get("usage"))
            if summary.is_summary(response):
                self._summary_response = response
                self._summary_done.set()
        elif kind == "error" and (event.get("error") or {}).get("event_id") == SUMMARY_EVENT_ID:
            log.warning("call %s: the summary request was refused: %s", self.name,
                        redact(str((event.get("error") or {}).get("message") or "")))
            self._summary_done.set()

    # --- the GA server events, in the seam's terms
    def _session_updated(self, event: Event) -> None:
        session = event.get("session") or {}
        detection = ((session.get("audio") or {}).get("input") or {}).get("turn_detection")
        self.listener.engine_ready(bool(isinstance(detection, dict) and detection.get("interrupt_response")))

    def _audio_delta(self, event: Event) -> None:
        """Audio the hot path did not take (another key order): checked, then the same way."""
        item_id, delta = event.get("item_id"), event.get("delta")
        if isinstance(item_id, str) and isinstance(delta, str):
            raw = delta.encode("utf-8", "replace")
            if not wire.is_base64(raw):
                self.side.bad_event("an audio delta that is not base64", event.get("event_id"))
                return
            self.listener.assistant_audio([(wire.safe_token(item_id).encode(), raw)])

    def _speech_started(self, event: Event) -> None:
        self.listener.caller_speech_started(_str_or_none(event.get("item_id")),
                                            _int(event.get("audio_start_ms")))

    def _speech_stopped(self, event: Event) -> None:
        self.listener.caller_speech_stopped(_int(event.get("audio_end_ms")))

    def _committed(self, event: Event) -> None:
        self.listener.caller_turn_committed(str(event.get("item_id") or ""),
                                            _str_or_none(event.get("previous_item_id")))

    def _item_added(self, event: Event) -> None:
        item = event.get("item") or {}
        if item.get("type") != "message":
            return
        role = {"user": CALLER, "assistant": ASSISTANT}.get(str(item.get("role")))
        if role is not None:
            self.listener.item_added(str(item.get("id") or ""), role,
                                     _str_or_none(event.get("previous_item_id")))

    def _caller_transcript(self, event: Event) -> None:
        self._transcript(CALLER, event)

    def _assistant_transcript(self, event: Event) -> None:
        self._transcript(ASSISTANT, event)

    def _transcript(self, role: str, event: Event) -> None:
        text = event.get("transcript")
        if isinstance(text, str):
            heard = event.get("languages")  # [{"code": "es"}], from the transcription models that say
            entries = heard if isinstance(heard, list) else []
            codes = tuple(str(e["code"]) for e in entries if isinstance(e, dict) and e.get("code"))
            self.listener.transcript_done(role, str(event.get("item_id") or ""), text, codes)

    def _response_created(self, event: Event) -> None:
        self.listener.response_started()

    def _output_item_added(self, event: Event) -> None:
        item = event.get("item") or {}
        if item.get("type") == "message" and item.get("id"):
            self.listener.item_added(str(item["id"]), ASSISTANT, None)

    def _output_item_done(self, event: Event) -> None:
        item = event.get("item") or {}
        if item.get("type") == "function_call":
            self.listener.tool_call(str(event.get("response_id") or ""), _tool_call(item))

    def _response_done(self, event: Event) -> None:
        response = event.get("response") or {}
        status = str(response.get("status"))
        self.listener.usage_reported(response.get("usage"))
        output = [item for item in response.get("output") or [] if isinstance(item, dict)]
        failure = None
        if status == "failed":
            details = response.get("status_details") or {}
            failure = json.dumps(details.get("error") or details)[:500]
        self.listener.response_done(ResponseDone(
            response_id=str(response.get("id") or ""), status=status,
            calls=[_tool_call(item) for item in output if item.get("type") == "function_call"],
            message_ids=[str(item.get("id")) for item in output if item.get("type") == "message"],
            failure=failure,
        ))

    def _error(self, event: Event) -> None:
        error = event.get("error") or {}
        code = error.get("code")
        message = redact(str(error.get("message") or ""))
        if code == "conversation_already_has_active_response":
            self.listener.response_refused()
            return
        if code in BENIGN_ERROR_CODES:
            log.info("call %s: Realtime says %s: %s", self.name, code, message)
            return
        fatal = code in FATAL_ERROR_CODES or error.get("type") in FATAL_ERROR_TYPES
        self.listener.engine_error(EngineError(f"{code or error.get('type')}: {message}", fatal=fatal,
                                               request_id=_str_or_none(error.get("event_id"))))

    _handlers: t.ClassVar[dict[str, t.Callable[[RealtimeEngine, Event], None]]] = {
        "session.updated": _session_updated,
        "response.output_audio.delta": _audio_delta,
        "input_audio_buffer.speech_started": _speech_started,
        "input_audio_buffer.speech_stopped": _speech_stopped,
        "input_audio_buffer.committed": _committed,
        "conversation.item.added": _item_added,
        "conversation.item.created": _item_added,
        "conversation.item.input_audio_transcription.completed": _caller_transcript,
        "response.output_audio_transcript.done": _assistant_transcript,
        "response.created": _response_created,
        "response.output_item.added": _output_item_added,
        "response.output_item.done": _output_item_done,
        "response.done": _response_done,
        "error": _error,
    }


def _tool_call(item: Event) -> ToolCall:
    arguments = item.get("arguments")
    return ToolCall(call_id=str(item.get("call_id")), name=str(item.get("name")),
                    arguments=arguments if isinstance(arguments, str) else "{}")
