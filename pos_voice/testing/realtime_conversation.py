"""The emulated Realtime session's input audio and conversation items.

``session.update`` (merged like the service's partial update; a shut-down transcription model
refused), ``input_audio_buffer.append`` through server VAD (:mod:`pos_voice.testing.vad`:
``speech_started`` after 40 ms of speech, ``speech_stopped`` after ``silence_duration_ms`` of
silence in audio time, then ``committed``; speech during an active response cancels it when
``interrupt_response`` is on), ``commit`` and ``clear``, and ``conversation.item.create`` /
``truncate`` / ``delete`` / ``retrieve`` with the service's error codes.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
import typing as t

from .realtime_events import merge_session_update, transcription_usage
from .realtime_state import EmulationState, ItemState, ResponseState, is_shut_down
from .vad import BYTES_PER_MS
from .vad import FRAME_BYTES as VAD_FRAME_BYTES


class ConversationEmulation(EmulationState):
    def _on_session_update(self, message: dict[str, t.Any]) -> None:
        audio_input = ((message.get("session") or {}).get("audio") or {}).get("input") or {}
        transcription = audio_input.get("transcription") or {}
        if is_shut_down(transcription.get("model"), self.today):
            self._error("invalid_value", f"Invalid value: '{transcription['model']}'. The model has "
                        "been shut down.", message, param="session.audio.input.transcription.model")
            return
        with self._cond:
            merge_session_update(self.config, message.get("session") or {})
            instructions = str(self.config.get("instructions") or "")
            tools = json.dumps(self.config.get("tools") or [])
            self._prompt_tokens = (len(instructions) + len(tools)) // 4
        self.send_event({"type": "session.updated", "session": self.session_config})

    def _on_append(self, message: dict[str, t.Any]) -> None:
        try:
            audio = base64.b64decode(str(message.get("audio") or ""), validate=True)
        except (binascii.Error, ValueError):
            self._error("invalid_value", "Invalid 'audio'. Expected base64-encoded audio bytes.", message,
                        param="audio")
            return
        with self._cond:
            self.client_audio_bytes += len(audio)
            frames = self._vad.frames(audio)
        for frame in frames:
            self._vad_frame(frame)

    def _vad_frame(self, frame: bytes) -> None:
        frame_ms = len(frame) / BYTES_PER_MS
        events: list[dict[str, t.Any]] = []
        interrupt: ResponseState | None = None
        with self._cond:
            self._buffer_ms += frame_ms
            self._input_audio_ms_total += frame_ms
            detection = self._turn_detection()
            silence_ms = float(detection.get("silence_duration_ms") or 500) if detection else None
            edge = self._vad.step(frame, silence_ms)
            if edge is not None and edge[0] == "started":
                self._speech_item = self._new_id("item_user")
                events.append({"type": "input_audio_buffer.speech_started",
                               "audio_start_ms": int(edge[1]), "item_id": self._speech_item})
                if detection and detection.get("interrupt_response", True) and self._active is not None:
                    interrupt = self._active
            elif edge is not None:
                item_id = self._speech_item or self._new_id("item_user")
                events.append({"type": "input_audio_buffer.speech_stopped",
                               "audio_end_ms": int(edge[1]), "item_id": item_id})
                events.extend(self._commit_locked(item_id))
        for event in events:
            self.send_event(event)
            if event["type"] == "input_audio_buffer.speech_started" and interrupt is not None:
                self._cancel(interrupt, "turn_detected")
        committed = [e["item_id"] for e in events if e["type"] == "input_audio_buffer.committed"]
        if committed:
            self._queue_user_turns(committed)
            self._after_user_turn(auto=True)

    def _queue_user_turns(self, item_ids: list[str]) -> None:
        # Only after ``committed`` went out: the transcript must not overtake it.
        with self._cond:
            self._user_turns.extend(item_ids)
            self._cond.notify_all()

    def _commit_locked(self, item_id: str) -> list[dict[str, t.Any]]:
        previous = self._last_item_id
        audio_bytes = int(self._buffer_ms * BYTES_PER_MS)
        self._items[item_id] = ItemState(item_id, "user_audio", audio_bytes=audio_bytes)
        self._last_item_id = item_id
        self._buffer_ms = 0.0
        item = {"id": item_id, "object": "realtime.item", "type": "message", "role": "user",
                "status": "completed", "content": [{"type": "input_audio", "transcript": None}]}
        return [
            {"type": "input_audio_buffer.committed", "item_id": item_id, "previous_item_id": previous},
            {"type": "conversation.item.added", "previous_item_id": previous, "item": item},
            {"type": "conversation.item.done", "previous_item_id": previous, "item": item},
        ]

    def _after_user_turn(self, auto: bool) -> None:
        detection = self._turn_detection() or {}
        if auto and detection.get("create_response", True):
            self._request_response("turn_detected", None)

    def _on_commit(self, message: dict[str, t.Any]) -> None:
        with self._cond:
            if self._buffer_ms < 100:
                empty = True
                events: list[dict[str, t.Any]] = []
            else:
                empty = False
                events = self._commit_locked(self._new_id("item_user"))
        if empty:
            self._error("input_audio_buffer_commit_empty",
                        "Error committing input audio buffer: buffer too small. Expected at least 100ms of "
                        f"audio, but buffer only has {self._buffer_ms:.2f}ms of audio.", message)
            return
        for event in events:
            self.send_event(event)
        self._queue_user_turns([e["item_id"] for e in events if e["type"] == "input_audio_buffer.committed"])

    def _on_buffer_clear(self, message: dict[str, t.Any]) -> None:
        with self._cond:
            self._buffer_ms = 0.0
            self._vad.reset()
        self.send_event({"type": "input_audio_buffer.cleared"})

    def _on_item_create(self, message: dict[str, t.Any]) -> None:
        item = dict(message.get("item") or {})
        with self._cond:
            item_id = str(item.get("id") or self._new_id("item"))
            item["id"] = item_id
            kind = str(item.get("type"))
            if kind == "function_call_output":
                call_id = str(item.get("call_id"))
                known = any(i.kind == "function_call" and i.call_id == call_id for i in self._items.values())
                if not known:
                    unknown = True
                else:
                    unknown = False
                    self.tool_outputs[call_id] = str(item.get("output"))
                    self.timeline.append({"kind": "tool_output", "call_id": call_id,
                                          "output": str(item.get("output"))})
                    self._cond.notify_all()
            else:
                unknown = False
                if kind == "message" and item.get("role") == "user":
                    text = " ".join(str(part.get("text") or "") for part in item.get("content") or []
                                    if isinstance(part, dict) and part.get("type") == "input_text")
                    if text:
                        self.typed.append(text)
                        self.timeline.append({"kind": "caller_text", "text": text})
                        self._cond.notify_all()
            if not unknown:
                self._items[item_id] = ItemState(item_id, kind, call_id=item.get("call_id"))
                previous, self._last_item_id = self._last_item_id, item_id
        if unknown:
            self._error("invalid_value", f"Tool call ID '{item.get('call_id')}' not found in conversation.",
                        message, param="item.call_id")
            return
        item.setdefault("object", "realtime.item")
        item.setdefault("status", "completed")
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": item})

    def _on_truncate(self, message: dict[str, t.Any]) -> None:
        item_id = str(message.get("item_id"))
        audio_end_ms = int(message.get("audio_end_ms") or 0)
        with self._cond:
            item = self._items.get(item_id)
            self.truncations.append({"item_id": item_id, "audio_end_ms": audio_end_ms,
                                     "generated_ms": item.audio_bytes / BYTES_PER_MS if item else None,
                                     "accepted": False, "received_at": time.monotonic()})
            record = self.truncations[-1]
            if item is None:
                problem = ("item_truncate_invalid_item_id",
                           f"Conversation item with id '{item_id}' not found.")
            elif item.kind != "assistant_audio" or item.audio_bytes == 0:
                problem = ("unsupported_content_type", "Only model output audio messages can be truncated")
            elif audio_end_ms > item.audio_bytes / BYTES_PER_MS:
                problem = ("invalid_value", f"Audio content of {int(item.audio_bytes / BYTES_PER_MS)}ms is "
                                            f"already shorter than {audio_end_ms}ms")
            else:
                problem = None
                item.audio_bytes = audio_end_ms * BYTES_PER_MS
                record["accepted"] = True
        if problem is not None:
            param = "audio_end_ms" if problem[0] == "invalid_value" else None
            self._error(problem[0], problem[1], message, param=param)
            return
        self.send_event({"type": "conversation.item.truncated", "item_id": item_id,
                         "content_index": int(message.get("content_index") or 0),
                         "audio_end_ms": audio_end_ms})

    def _on_item_delete(self, message: dict[str, t.Any]) -> None:
        item_id = str(message.get("item_id"))
        with self._cond:
            found = self._items.pop(item_id, None) is not None
        if not found:
            self._error("invalid_value", f"Conversation item with id '{item_id}' not found.", message)
            return
        self.send_event({"type": "conversation.item.deleted", "item_id": item_id})

    def _on_item_retrieve(self, message: dict[str, t.Any]) -> None:
        item_id = str(message.get("item_id"))
        with self._cond:
            item = self._items.get(item_id)
        if item is None:
            self._error("invalid_value", f"Conversation item with id '{item_id}' not found.", message)
            return
        self.send_event({"type": "conversation.item.retrieved",
                         "item": {"id": item.id, "object": "realtime.item", "type": "message"}})

    def hear_on_media_leg(self, speech_ms: int = 600, silence_ms: int | None = None) -> None:
        """The caller speaks on the SIP/WebRTC leg: server VAD runs on it as on appended audio."""
        detection = self._turn_detection() or {}
        silence_needed = int(detection.get("silence_duration_ms") or 500) + 40
        trailing = silence_ms if silence_ms is not None else silence_needed
        frame_ms = VAD_FRAME_BYTES // BYTES_PER_MS
        for byte, ms in ((0x30, speech_ms), (0xFF, trailing)):
            for _ in range(max(1, ms // frame_ms)):
                self._vad_frame(bytes([byte]) * VAD_FRAME_BYTES)

    def _transcribe(self, item_id: str, transcript: str) -> None:
        """Send the transcription of a committed caller turn (delta, then completed with usage)."""
        words = transcript.split(" ")
        half = " ".join(words[: max(1, len(words) // 2)])
        self.send_event({"type": "conversation.item.input_audio_transcription.delta", "item_id": item_id,
                         "content_index": 0, "delta": half})
        with self._cond:
            turn = self._items.get(item_id)
            audio_ms = turn.audio_bytes / BYTES_PER_MS if turn else 0.0
        self.send_event({"type": "conversation.item.input_audio_transcription.completed", "item_id": item_id,
                         "content_index": 0, "transcript": transcript,
                         "usage": transcription_usage(audio_ms, transcript)})
        with self._cond:
            self.transcript.append(("caller", transcript))
            self.timeline.append({"kind": "caller", "text": transcript})
