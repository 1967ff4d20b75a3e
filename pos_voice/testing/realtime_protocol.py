"""The service side of one OpenAI Realtime (GA) session, emulated: no socket, no script.

:class:`RealtimeEmulation` keeps what the real service keeps for one session — the session
configuration (``session.update`` merges like the service's partial update), the conversation
items, the one active response, server VAD over the appended audio — and answers each client
event the way the service does, with its events and its error codes:

- ``response.create`` during an active response → ``conversation_already_has_active_response``;
  ``response.cancel`` with none active → ``response_cancel_not_active``;
- ``conversation.item.truncate`` past the generated audio → "Audio content of Xms is already
  shorter than Yms"; truncating an item without audio → ``unsupported_content_type``;
- a ``function_call_output`` for an unknown ``call_id`` → "Tool call ID '…' not found";
- ``input_audio_buffer.commit`` of under 100 ms → ``input_audio_buffer_commit_empty``;
- with ``strict`` every client message is first checked against the official ``openai`` GA
  types (:mod:`pos_voice.testing.validation`); a bad one is answered with an ``error``
  event, not applied, and kept in :attr:`~RealtimeEmulation.protocol_errors`.

Server VAD (:mod:`pos_voice.testing.vad`) runs on the appended μ-law:
``input_audio_buffer.speech_started`` after 40 ms of speech, ``speech_stopped`` after
``silence_duration_ms`` of silence (audio time, not wall time), then ``committed``. Speech
during an active response cancels it when ``interrupt_response`` is on (``response.done``
with status ``cancelled``, reason ``turn_detected``).

Responses are streamed as the service streams them: ``response.created``,
``response.output_item.added``, ``conversation.item.added``, μ-law
``response.output_audio.delta`` chunks with ``response.output_audio_transcript.delta``, the
``.done`` events and ``response.done`` with a realistic ``usage``; a function call streams
``response.function_call_arguments.delta`` / ``.done`` and its ``output_item.done``.

What fills a response is not decided here: a subclass says through :meth:`_response_plan`
whether a requested response will be filled (and then calls :meth:`_stream_message` /
:meth:`_stream_function_call` and :meth:`_finish`) or ends empty; it sends the bytes through
:meth:`_transmit`. :class:`~pos_voice.testing.FakeSession` does both from a script over a
WebSocket.
"""

from __future__ import annotations

import base64
import json
import math
import time
import typing as t

from .realtime_conversation import ConversationEmulation
from .realtime_events import RATE_LIMITS_EVENT, response_object, response_usage
from .realtime_state import ItemState, Received, ResponseState, is_shut_down
from .script import default_audio_ms
from .vad import BYTES_PER_MS

__all__ = ["RealtimeEmulation", "Received", "is_shut_down"]


class RealtimeEmulation(ConversationEmulation):
    """One Realtime session and the service's answers to client events.

    :param index: the connection's number (ids carry it, so two sessions never share one).
    :param model: the ``model`` the client asked for (the handshake's query).
    :param strict: validate every client message against the ``openai`` GA types.
    :param today: the service's date: an input transcription model shut down by then is refused.
    """

    def _handle(self, raw: str | bytes) -> None:
        """Answer one client message as the service would."""
        try:
            self._answer(raw)
        finally:
            with self._cond:
                self.handled += 1
                self._cond.notify_all()

    def _answer(self, raw: str | bytes) -> None:
        now = time.monotonic()
        try:
            message = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            with self._cond:
                self.protocol_errors.append(f"not JSON: {str(raw)[:80]!r}")
                self._cond.notify_all()
            self._error("invalid_json", "The server could not parse the event: not valid JSON.")
            return
        if not isinstance(message, dict):
            message = {"type": None, "value": message}
        with self._cond:
            self.received.append(Received(now, message))
            self._before_client_event_locked(message)
            silent = self.silent
            self._cond.notify_all()
        if self.strict:
            from .validation import client_event_problems

            problems = client_event_problems(message)
            if problems:
                with self._cond:
                    self.protocol_errors.extend(problems)
                if silent:
                    return
                undeclared = any("is not a field" in p for p in problems)
                code = "unknown_parameter" if undeclared else "invalid_value"
                self._error(code, "; ".join(problems), message)
                return
        if silent:
            return
        handler = self._handlers().get(str(message.get("type")))
        if handler is None:
            self._error("invalid_event_type", f"Invalid event type: {message.get('type')!r}", message)
            return
        handler(message)

    def _handlers(self) -> dict[str, t.Callable[[dict[str, t.Any]], None]]:
        return {
            "session.update": self._on_session_update,
            "input_audio_buffer.append": self._on_append,
            "input_audio_buffer.commit": self._on_commit,
            "input_audio_buffer.clear": self._on_buffer_clear,
            "conversation.item.create": self._on_item_create,
            "conversation.item.truncate": self._on_truncate,
            "conversation.item.delete": self._on_item_delete,
            "conversation.item.retrieve": self._on_item_retrieve,
            "response.create": self._on_response_create,
            "response.cancel": self._on_response_cancel,
            "output_audio_buffer.clear": self._on_output_buffer_clear,
        }

    def _on_output_buffer_clear(self, message: dict[str, t.Any]) -> None:
        if not self.audio_over_socket:  # SIP/WebRTC: the service's own buffer is cut
            with self._cond:
                active = self._active
            if active is not None:
                self._cancel(active, "client_cancelled")
            return
        # WebRTC/SIP only: over a WebSocket there is no server-side output buffer.
        self._error("invalid_request_error",
                    "output_audio_buffer.clear is only supported for WebRTC and SIP connections.", message)

    def _on_response_create(self, message: dict[str, t.Any]) -> None:
        body = message.get("response")
        request: dict[str, t.Any] = body if isinstance(body, dict) else {}
        if request.get("conversation") == "none":
            self._out_of_band(request)  # beside the conversation: an active response is no obstacle
            return
        with self._cond:
            busy = self._active is not None
        if busy:
            self._error("conversation_already_has_active_response",
                        "Conversation already has an active response in progress: "
                        f"{self._active.id if self._active else ''}. Wait until the response is finished "
                        "before creating a new one.", message)
            return
        self._request_response("client", message)

    def _on_response_cancel(self, message: dict[str, t.Any]) -> None:
        wanted = message.get("response_id")
        with self._cond:
            active = self._active
        if active is None or (wanted and wanted != active.id):
            self._error("response_cancel_not_active", "Cancellation failed: no active response found.",
                        message)
            return
        self._cancel(active, "client_cancelled")

    def _out_of_band(self, request: dict[str, t.Any]) -> None:
        """An out-of-band response was asked for; a subclass may answer it (default: never)."""

    def _request_response(self, origin: str, message: dict[str, t.Any] | None) -> None:
        """Open a response now (as the service does); the subclass fills it or it ends empty."""
        with self._cond:
            if origin == "client":
                waiting = self._calls_without_output()
                if waiting:
                    # The model would answer without the results: a dangling function call.
                    self.failures.append(f"response.create while function call(s) {waiting} have no "
                                         "function_call_output")
            if self._active is not None and self._active.cancelled:
                # A barge-in cancelled it: its response.done goes out first, then the new one starts.
                self._cond.wait_for(lambda: self._active is None or not self._active.cancelled, timeout=2.0)
            if self._active is not None:
                return  # VAD auto-response while one is active: the service skips it too
            plan = self._response_plan(origin)
            if plan == "ignore":
                self.ignored_requests.append(origin)
                self._cond.notify_all()
                return
            response = ResponseState(self._new_id("resp"), origin)
            self._active = response
            scripted = plan == "fill"
        self.send_event({"type": "response.created",
                         "response": response_object(response.id, f"conv_{self.index}")})
        self.send_event(dict(RATE_LIMITS_EVENT))
        if scripted:
            # Only now may the script fill it: its events must not go out before response.created
            # (a VAD response opened on the caller's thread raced the script thread).
            with self._cond:
                if not response.cancelled:
                    self._triggers.append(response)
                    self._cond.notify_all()
                    return
        self._finish(response, "cancelled" if response.cancelled else "completed")

    def _cancel(self, response: ResponseState, reason: str) -> None:
        with self._cond:
            if response.finished or response.cancelled:
                return
            response.cancelled = True
            response.cancel_reason = reason
            streaming = response not in self._triggers
            if not streaming:
                self._triggers.remove(response)
            self._cond.notify_all()
        if not streaming:
            self._finish(response, "cancelled")  # never started: nothing else to close

    def _finish(self, response: ResponseState, status: str, then: t.Callable[[], None] | None = None) -> None:
        """End ``response`` with ``response.done``; ``then`` runs under the lock as it ends (so a
        client reacting to ``response.done`` already sees its effect), or at once if it had ended."""
        with self._cond:
            if response.finished:
                if then is not None:
                    then()
                return
            response.finished = True
            if self._active is response:
                self._active = None
            if then is not None:
                then()
            usage = response_usage(response.output, self._generated_ms, prompt_tokens=self._prompt_tokens,
                                   conversation_items=len(self._items),
                                   input_audio_ms=self._input_audio_ms_total)
            self._cond.notify_all()
        body = response_object(response.id, f"conv_{self.index}", status, response.output,
                               response.cancel_reason, usage, done=True)
        self.send_event({"type": "response.done", "response": body})
        if response.audio_started:
            kind = "cleared" if status == "cancelled" else "stopped"
            self.send_event({"type": f"output_audio_buffer.{kind}", "response_id": response.id})

    def _stream_message(self, response: ResponseState, text: str, output_index: int,
                        audio_ms: int | None = None, pace: float | None = None,
                        stall_after_ms: int | None = None) -> int:
        """Stream one spoken assistant message into ``response``; return the next output index.

        With ``stall_after_ms`` the service goes silent once that much audio was sent (a fault).
        """
        chunk_ms = self.chunk_ms
        total_ms = audio_ms or default_audio_ms(text)
        chunks = max(1, math.ceil(total_ms / chunk_ms))
        with self._cond:
            item_id = self._new_id("item_asst")
            fill = 0x10 + (len(self._items) % 0x60)
            self._items[item_id] = ItemState(item_id, "assistant_audio", fill=fill)
            previous, self._last_item_id = self._last_item_id, item_id
        item = {"id": item_id, "object": "realtime.item", "type": "message", "role": "assistant",
                "status": "in_progress", "content": []}
        ids = {"response_id": response.id, "item_id": item_id, "output_index": output_index,
               "content_index": 0}
        self.send_event({"type": "response.output_item.added", "response_id": response.id,
                         "output_index": output_index, "item": item})
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        self.send_event({"type": "response.content_part.added", **ids,
                         "part": {"type": "audio", "transcript": ""}})
        words = text.split(" ")
        spoken: list[str] = []
        for index in range(chunks):
            if response.cancelled or self.closed.is_set():
                break
            if stall_after_ms is not None and index * chunk_ms >= stall_after_ms:
                self.go_silent()
                return output_index
            this_ms = min(chunk_ms, total_ms - index * chunk_ms) if index == chunks - 1 else chunk_ms
            payload = bytes([fill]) * int(max(1, this_ms) * BYTES_PER_MS)
            with self._cond:
                self._items[item_id].audio_bytes += len(payload)
            if self.audio_over_socket:
                self.send_event({"type": "response.output_audio.delta", **ids,
                                 "delta": base64.b64encode(payload).decode("ascii")})
            elif index == 0 and not response.audio_started:
                response.audio_started = True  # the audio itself goes out on the SIP/WebRTC leg
                self.send_event({"type": "output_audio_buffer.started", "response_id": response.id})
            upto = math.ceil(len(words) * (index + 1) / chunks)
            piece = words[len(spoken):upto]
            if piece:
                spoken.extend(piece)
                self.send_event({"type": "response.output_audio_transcript.delta", **ids,
                                 "delta": (" " if len(spoken) > len(piece) else "") + " ".join(piece)})
            wait = (pace if pace is not None else self.pace) * chunk_ms / 1000
            if wait > 0:
                with self._cond:  # a cancel wakes it at once
                    self._cond.wait_for(lambda: response.cancelled or self.closed.is_set(), timeout=wait)
        heard = " ".join(spoken) if response.cancelled else text
        status = "incomplete" if response.cancelled else "completed"
        done_item = {**item, "status": status, "content": [{"type": "output_audio", "transcript": heard}]}
        self.send_event({"type": "response.output_audio.done", **ids})
        self.send_event({"type": "response.output_audio_transcript.done", **ids, "transcript": heard})
        self.send_event({"type": "response.content_part.done", **ids,
                         "part": {"type": "audio", "transcript": heard}})
        self.send_event({"type": "response.output_item.done", "response_id": response.id,
                         "output_index": output_index, "item": done_item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": done_item})
        with self._cond:
            response.output.append(done_item)
            self.transcript.append(("assistant", heard))
            self.timeline.append({"kind": "assistant", "text": heard, "interrupted": response.cancelled})
        return output_index + 1

    def _stream_function_call(self, response: ResponseState, name: str, arguments: str, output_index: int,
                              call_id: str | None = None) -> None:
        """Stream one function call (its arguments as JSON text) into ``response``."""
        with self._cond:
            item_id = self._new_id("item_fc")
            call_id = call_id or self._new_id("call")
            self._items[item_id] = ItemState(item_id, "function_call", call_id=call_id, name=name)
            previous, self._last_item_id = self._last_item_id, item_id
        item = {"id": item_id, "object": "realtime.item", "type": "function_call", "status": "in_progress",
                "name": name, "call_id": call_id, "arguments": ""}
        self.send_event({"type": "response.output_item.added", "response_id": response.id,
                         "output_index": output_index, "item": item})
        self.send_event({"type": "conversation.item.added", "previous_item_id": previous, "item": item})
        ids = {"response_id": response.id, "item_id": item_id, "output_index": output_index,
               "call_id": call_id}
        self.send_event({"type": "response.function_call_arguments.delta", **ids, "delta": arguments})
        self.send_event({"type": "response.function_call_arguments.done", **ids, "name": name,
                         "arguments": arguments})
        done_item = {**item, "status": "completed", "arguments": arguments}
        self.send_event({"type": "response.output_item.done", "response_id": response.id,
                         "output_index": output_index, "item": done_item})
        self.send_event({"type": "conversation.item.done", "previous_item_id": previous, "item": done_item})
        with self._cond:
            response.output.append(done_item)
            self.tool_calls.append({"name": name, "arguments": arguments, "call_id": call_id})
            self.timeline.append({"kind": "tool", "name": name, "arguments": arguments,
                                  "call_id": call_id})
