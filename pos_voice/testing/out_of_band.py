"""Out-of-band responses in the fake Realtime server: ``response.create`` with ``conversation: "none"``.

The real service runs such a response beside the conversation: the model reads the
conversation so far (or the request's ``input``) and writes nothing into it — no
``conversation.item.added`` — and its ``response.done`` carries ``conversation_id: null``,
the request's ``metadata`` and the response's own usage. The bridge asks for the end-of-call
summary this way.

::

    FakeRealtimeServer(script, out_of_band=OutOfBand(reply='{"summary": "…", "sentiment": "positive"}'))

``reply`` is the text the model writes, or a function of the request's ``response`` object
returning it; ``OutOfBand()`` (no reply, the default) leaves every such request unanswered,
as a stalled or refusing service would, so the caller's fallback runs. ``requests`` records
what was asked.
"""

from __future__ import annotations

import threading
import time
import typing as t
from dataclasses import dataclass, field

from .realtime_events import response_object

if t.TYPE_CHECKING:
    from .realtime_protocol import RealtimeEmulation


@dataclass
class OutOfBand:
    """How a fake session answers out-of-band requests."""

    reply: str | t.Callable[[dict[str, t.Any]], str] | None = None
    delay: float = 0.0  # seconds before the response starts (a slow model)
    requests: list[dict[str, t.Any]] = field(default_factory=list)

    def handle(self, session: RealtimeEmulation, request: dict[str, t.Any]) -> None:
        """Answer one request (``response.create``'s ``response``), on its own thread: it runs beside
        whatever the conversation is doing, as on the service."""
        self.requests.append(request)
        if self.reply is None:
            return
        text = self.reply(request) if callable(self.reply) else self.reply
        threading.Thread(target=self._stream, args=(session, request, text), daemon=True,
                         name="fake-realtime-out-of-band").start()

    def _stream(self, session: RealtimeEmulation, request: dict[str, t.Any], text: str) -> None:
        if self.delay:
            time.sleep(self.delay)
        if session.closed.is_set():
            return
        stream_text_response(session, request, text)


def _body(response_id: str, request: dict[str, t.Any], **values: t.Any) -> dict[str, t.Any]:
    body = response_object(response_id, "", **values)
    body.update(conversation_id=None, output_modalities=list(request.get("output_modalities") or ["text"]),
                metadata=request.get("metadata"))
    body.pop("audio", None)
    return body


def stream_text_response(session: RealtimeEmulation, request: dict[str, t.Any], text: str) -> None:
    """Stream a text-only response that belongs to no conversation, as the service does."""
    response_id = session.new_id("resp")
    item_id = session.new_id("item_oob")
    session.send_event({"type": "response.created", "response": _body(response_id, request)})
    item = {"id": item_id, "object": "realtime.item", "type": "message", "role": "assistant",
            "status": "in_progress", "content": []}
    ids = {"response_id": response_id, "item_id": item_id, "output_index": 0, "content_index": 0}
    session.send_event({"type": "response.output_item.added", "response_id": response_id, "output_index": 0,
                        "item": item})
    session.send_event({"type": "response.content_part.added", **ids, "part": {"type": "text", "text": ""}})
    middle = len(text) // 2
    for piece in (text[:middle], text[middle:]):
        if piece:
            session.send_event({"type": "response.output_text.delta", **ids, "delta": piece})
    session.send_event({"type": "response.output_text.done", **ids, "text": text})
    session.send_event({"type": "response.content_part.done", **ids, "part": {"type": "text", "text": text}})
    done_item = {**item, "status": "completed", "content": [{"type": "output_text", "text": text}]}
    session.send_event({"type": "response.output_item.done", "response_id": response_id, "output_index": 0,
                        "item": done_item})
    prompt = 40 + len(str(request.get("instructions") or "")) // 4  # the conversation so far is cached
    output = len(text) // 4 + 1
    usage = {"total_tokens": prompt + output, "input_tokens": prompt, "output_tokens": output,
             "input_token_details": {"text_tokens": prompt, "audio_tokens": 0, "image_tokens": 0,
                                     "cached_tokens": 0,
                                     "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0,
                                                               "image_tokens": 0}},
             "output_token_details": {"text_tokens": output, "audio_tokens": 0}}
    session.send_event({"type": "response.done",
                        "response": _body(response_id, request, status="completed", output=[done_item],
                                          usage=usage, done=True)})
