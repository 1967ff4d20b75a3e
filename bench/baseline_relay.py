"""The benchmark's baseline: a plain Twilio ↔ OpenAI Realtime relay, FastAPI + ``websockets``.

It does what the Twilio sample bridge (twilio-samples/speech-assistant-openai-realtime-api-python)
does, written here for the benchmark: ``/voice/incoming`` answers TwiML that connects a media
stream; ``/voice/stream`` opens one Realtime session per call, passes the caller's μ-law through
as ``input_audio_buffer.append``, sends each ``response.output_audio.delta`` to Twilio as a
``media`` message followed by a ``mark``, and on ``input_audio_buffer.speech_started`` truncates
the playing item and sends Twilio ``clear``. It has no POS, no tools, no database, no staff
pages, no signature checks: the least a relay of the two protocols can do, as people write it
(one ``json.loads`` / ``json.dumps`` per message, FastAPI's WebSocket, uvicorn).

Two deliberate differences from the sample, both making the baseline cheaper or equal, never
dearer: the assistant's audio is passed through as received (the sample decodes and re-encodes
every delta's base64), and the audio of an item already cut off is dropped (the sample forwards
it, which costs it more sends and would count as leaked audio).

Served by ``python -m bench.calls --transport baseline`` as
``uvicorn bench.baseline_relay:app``; it reads ``POS_VOICE_REALTIME_URL`` and
``POS_VOICE_OPENAI_API_KEY`` like the demo POS. Its dependencies are in
``bench/requirements-baseline.txt``, not in pos_voice's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import typing as t

import websockets
from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import Response
from fastapi.websockets import WebSocketDisconnect
from twilio.twiml.voice_response import Connect, VoiceResponse

REALTIME_URL = os.environ.get("POS_VOICE_REALTIME_URL", "wss://api.openai.com/v1/realtime")
API_KEY = os.environ.get("POS_VOICE_OPENAI_API_KEY", "")
MODEL = "gpt-realtime"
INSTRUCTIONS = "You are the phone receptionist of a pizzeria. Be brief and friendly."

app = FastAPI()


@app.get("/voice/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/voice/incoming")
async def incoming(request: Request) -> Response:
    """TwiML: connect the call's media stream (with a per-call parameter, as pos_voice sends)."""
    answer = VoiceResponse()
    connect = Connect()
    stream = connect.stream(url=f"wss://{request.url.hostname}/voice/stream")
    stream.parameter(name="call_token", value=secrets.token_urlsafe(32))
    answer.append(connect)
    return Response(content=str(answer), media_type="application/xml")


async def start_session(openai_ws: t.Any) -> None:
    await openai_ws.send(json.dumps({
        "type": "session.update",
        "session": {
            "type": "realtime",
            "model": MODEL,
            "output_modalities": ["audio"],
            "audio": {
                "input": {"format": {"type": "audio/pcmu"}, "turn_detection": {"type": "server_vad"}},
                "output": {"format": {"type": "audio/pcmu"}, "voice": "alloy"},
            },
            "instructions": INSTRUCTIONS,
        },
    }))
    await openai_ws.send(json.dumps({"type": "response.create"}))  # the assistant greets first


@app.websocket("/voice/stream")
async def media_stream(websocket: WebSocket) -> None:
    await websocket.accept()
    url = f"{REALTIME_URL}{'&' if '?' in REALTIME_URL else '?'}model={MODEL}"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with websockets.connect(url, additional_headers=headers) as openai_ws:
        await start_session(openai_ws)
        stream_sid: str | None = None
        latest_media_timestamp = 0
        playing_item: str | None = None  # the assistant item whose audio Twilio is playing
        cut_item: str | None = None  # the item the caller cut off: its late audio is dropped
        item_started_at: int | None = None
        marks: list[str] = []

        async def from_twilio() -> None:
            nonlocal stream_sid, latest_media_timestamp
            try:
                async for message in websocket.iter_text():
                    data = json.loads(message)
                    event = data["event"]
                    if event == "media":
                        latest_media_timestamp = int(data["media"]["timestamp"])
                        await openai_ws.send(json.dumps({"type": "input_audio_buffer.append",
                                                         "audio": data["media"]["payload"]}))
                    elif event == "start":
                        stream_sid = data["start"]["streamSid"]
                    elif event == "mark":
                        if marks:
                            marks.pop(0)
                    elif event == "stop":
                        break
            except WebSocketDisconnect:
                pass
            await openai_ws.close()

        async def to_twilio() -> None:
            nonlocal playing_item, cut_item, item_started_at
            try:
                async for message in openai_ws:
                    event = json.loads(message)
                    kind = event["type"]
                    if kind == "response.output_audio.delta":
                        item = event["item_id"]
                        if item == cut_item:
                            continue
                        await websocket.send_json({"event": "media", "streamSid": stream_sid,
                                                   "media": {"payload": event["delta"]}})
                        if item != playing_item:
                            playing_item, item_started_at = item, latest_media_timestamp
                        await websocket.send_json({"event": "mark", "streamSid": stream_sid,
                                                   "mark": {"name": "responsePart"}})
                        marks.append("responsePart")
                    elif kind == "input_audio_buffer.speech_started" and playing_item:
                        elapsed = latest_media_timestamp - (item_started_at or 0)
                        await openai_ws.send(json.dumps({"type": "conversation.item.truncate",
                                                         "item_id": playing_item, "content_index": 0,
                                                         "audio_end_ms": max(0, elapsed)}))
                        await websocket.send_json({"event": "clear", "streamSid": stream_sid})
                        marks.clear()
                        cut_item, playing_item, item_started_at = playing_item, None, None
            except websockets.ConnectionClosed:
                pass

        await asyncio.gather(from_twilio(), to_twilio())
    with contextlib.suppress(RuntimeError):  # already closed by the caller
        await websocket.close()
