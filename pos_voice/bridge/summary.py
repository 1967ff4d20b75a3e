"""The end-of-call summary asked of the model: one out-of-band, text-only response.

Once the caller has gone (hung up, or handed to Twilio for the staff dial), the call's Realtime
session is asked once more: ``response.create`` with ``conversation: "none"`` (nothing is
added to the conversation, nothing is spoken) and text output, for a short JSON summary. The
session waits for it at most ``POS_VOICE_SUMMARY_SECONDS``; without an answer, or with one it
cannot read, the summary comes from the call's events (:func:`pos_voice.followup.summarize`).
Its usage is the call's, counted like any response.
"""

from __future__ import annotations

import json
import re
import typing as t

from ..followup import SENTIMENTS
from ..redaction import redact

#: ``metadata`` of the request; the server echoes it on the response, which is how it is found.
METADATA = {"pos_voice": "summary"}
MAX_TEXT = 400

# Model-facing text: what the model is asked for (reviewed and tested as code).
INSTRUCTIONS = (
    "The phone call above has ended; the caller can no longer hear you. Write a summary of it for "
    "the restaurant's staff, who will read it in five seconds. Reply with one JSON object and "
    "nothing else, with these keys: \"summary\": one or two short sentences saying how the call "
    "ended (order placed, transferred to staff and why, or ended without an order), what was "
    "ordered, and anything staff must do; \"sentiment\": the caller's mood, one of \"positive\", "
    "\"neutral\" or \"negative\"; \"complaint\": true if the caller complained, else false; "
    "\"follow_up\": true if staff need to act (call back, fix an order), else false. Never include "
    "card numbers. Facts the system recorded: {facts}"
)


def request(event_id: str, facts: str) -> dict[str, t.Any]:
    """The ``response.create`` asking for the summary."""
    return {"type": "response.create", "event_id": event_id, "response": {
        "conversation": "none", "output_modalities": ["text"], "metadata": dict(METADATA),
        "instructions": INSTRUCTIONS.replace("{facts}", facts), "max_output_tokens": 300,
    }}


def is_summary(response: dict[str, t.Any]) -> bool:
    metadata = response.get("metadata")
    return isinstance(metadata, dict) and metadata.get("pos_voice") == METADATA["pos_voice"]


def response_text(response: dict[str, t.Any]) -> str:
    """The text of a finished response (its message items' ``output_text`` parts)."""
    parts: list[str] = []
    for item in response.get("output") or []:
        if not isinstance(item, dict) or item.get("type") != "message":
            continue
        for content in item.get("content") or []:
            if isinstance(content, dict) and content.get("type") in ("output_text", "text"):
                parts.append(str(content.get("text") or ""))
    return "".join(parts)


def parse(text: str) -> dict[str, t.Any] | None:
    """The model's summary as the call stores it (``text``, ``sentiment``, ``complaint``,
    ``follow_up_said``); None when the reply is not the JSON object asked for."""
    match = re.search(r"\{.*\}", text or "", re.S)  # a reply wrapped in a code fence still counts
    if match is None:
        return None
    try:
        data = json.loads(match.group(0))
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    summary = data.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        return None
    sentiment = str(data.get("sentiment") or "").strip().lower()
    out: dict[str, t.Any] = {"text": redact(" ".join(summary.split()))[:MAX_TEXT],
                             "sentiment": sentiment if sentiment in SENTIMENTS else None}
    if isinstance(data.get("complaint"), bool):
        out["complaint"] = data["complaint"]
    if isinstance(data.get("follow_up"), bool):
        out["follow_up_said"] = data["follow_up"]  # the model's view; the queue decides from the facts
    return out
