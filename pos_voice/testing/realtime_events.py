"""The shapes of the Realtime GA server objects the fakes send (session, response, usage).

Plain functions of plain values, so the fakes (the Media Streams relay's
:class:`~pos_voice.testing.FakeRealtimeServer` and the SIP sideband) build identical objects.
Token counts are realistic in proportion, not exact: about 10 audio tokens a second in,
20 a second out, 4 characters a text token, cached prefixes in multiples of 64.
"""

from __future__ import annotations

import typing as t

RATE_LIMITS_EVENT: dict[str, t.Any] = {"type": "rate_limits.updated", "rate_limits": [
    {"name": "requests", "limit": 5000, "remaining": 4999, "reset_seconds": 0.012},
    {"name": "tokens", "limit": 40000, "remaining": 38000, "reset_seconds": 3.0}]}


def initial_session(model: str, session_id: str) -> dict[str, t.Any]:
    """The session as ``session.created`` shows it before any ``session.update`` (the service defaults)."""
    return {
        "type": "realtime", "object": "realtime.session", "id": session_id, "model": model,
        "output_modalities": ["audio"], "instructions": "", "tools": [], "tool_choice": "auto",
        "max_output_tokens": "inf", "tracing": None, "prompt": None, "truncation": "auto",
        "audio": {
            "input": {"format": {"type": "audio/pcm", "rate": 24000}, "transcription": None,
                      "noise_reduction": None,
                      "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
                                         "silence_duration_ms": 200, "idle_timeout_ms": None,
                                         "create_response": True, "interrupt_response": True}},
            "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 1.0},
        },
    }


def merge_session_update(target: dict[str, t.Any], update: dict[str, t.Any]) -> None:
    """Partial-update semantics of ``session.update``: present fields replace, objects merge."""
    for key, value in update.items():
        mergeable = isinstance(value, dict) and isinstance(target.get(key), dict)
        if mergeable and key not in {"turn_detection", "format"}:
            merge_session_update(target[key], value)
        else:
            target[key] = value


def response_object(response_id: str, conversation_id: str, status: str = "in_progress",
                    output: list[dict[str, t.Any]] | None = None, reason: str | None = None,
                    usage: dict[str, t.Any] | None = None, done: bool = False) -> dict[str, t.Any]:
    """A ``realtime.response`` for ``response.created`` (``done=False``) or ``response.done``."""
    details = {"type": "cancelled", "reason": reason or "client_cancelled"} if status == "cancelled" else None
    body: dict[str, t.Any] = {"id": response_id, "object": "realtime.response", "status": status,
                              "status_details": details, "output": list(output or []),
                              "conversation_id": conversation_id, "output_modalities": ["audio"]}
    if done:
        body["audio"] = {"output": {"format": {"type": "audio/pcmu"}, "voice": "marin"}}
    body["usage"] = usage
    return body


def response_usage(output: list[dict[str, t.Any]], audio_ms_of: t.Callable[[str], float], *,
                   prompt_tokens: int, conversation_items: int, input_audio_ms: float) -> dict[str, t.Any]:
    """``response.done``'s ``usage`` for a response with ``output`` items, as the service counts it."""
    audio_out_ms = 0.0
    text_out = 0
    for item in output:
        if item.get("type") == "message":
            audio_out_ms += audio_ms_of(item["id"])
            text_out += sum(len(str(c.get("transcript") or "")) for c in item.get("content") or []) // 4
        elif item.get("type") == "function_call":
            text_out += len(str(item.get("arguments") or "")) // 4 + 4
    audio_out = int(audio_out_ms / 50)
    audio_in = int(input_audio_ms / 100)
    text_in = prompt_tokens + 12 * conversation_items
    cached_text = (text_in // 64) * 64 if conversation_items > 1 else 0
    cached_audio = (audio_in // 64) * 64 if conversation_items > 2 else 0
    input_tokens = text_in + audio_in
    output_tokens = text_out + audio_out
    return {
        "total_tokens": input_tokens + output_tokens, "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "input_token_details": {
            "text_tokens": text_in, "audio_tokens": audio_in, "image_tokens": 0,
            "cached_tokens": cached_text + cached_audio,
            "cached_tokens_details": {"text_tokens": cached_text, "audio_tokens": cached_audio,
                                      "image_tokens": 0},
        },
        "output_token_details": {"text_tokens": text_out, "audio_tokens": audio_out},
    }


def transcription_usage(audio_ms: float, transcript: str) -> dict[str, t.Any]:
    """The ``usage`` of ``conversation.item.input_audio_transcription.completed``."""
    audio_tokens = int(audio_ms / 100)
    text_tokens = len(transcript) // 4 + 1
    return {"type": "tokens", "input_tokens": audio_tokens, "output_tokens": text_tokens,
            "total_tokens": audio_tokens + text_tokens,
            "input_token_details": {"audio_tokens": audio_tokens, "text_tokens": 0}}
