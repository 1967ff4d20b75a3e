"""Load generator: N simulated Twilio callers and the fake OpenAI Realtime server, in one process.

Both far ends live here, on one clock, so each frame can carry its own send time: the first
16 bytes of every μ-law payload are ``(perf_counter_ns, call, seq)`` (the bridge passes
payloads through untouched), and the far end subtracts on arrival. The fake stamps
``speech_started``'s send time per call; the caller measures when ``clear`` arrives.
Dead air: the caller measures from its ``start`` (the moment it is connected and waiting to be
greeted) to the first assistant audio; the fake answers at once, so this is what the bridge
adds before the caller hears anything (token check, Realtime connect, session set-up).

Run by ``bench/calls.py`` (``python -m bench.load '<json settings>'``); prints one JSON result.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import re
import struct
import sys
import time
import typing as t
from dataclasses import dataclass, field
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

from bench import wsmini

FRAME_BYTES = 160  # 20 ms of μ-law
FRAME_SECONDS = 0.020
_STAMP = struct.Struct("!QIIB")  # send time ns, call index, sequence, flags
STALE = 1  # audio of an item the caller has already cut off: must never reach the caller
_FILL = b"\xff" * FRAME_BYTES


def stamp(call: int, seq: int, flags: int = 0) -> str:
    raw = _STAMP.pack(time.perf_counter_ns(), call, seq, flags) + _FILL[_STAMP.size:]
    return base64.b64encode(raw).decode()


def read_stamp(payload: str) -> tuple[int, int, int, int]:
    return _STAMP.unpack(base64.b64decode(payload[:24])[:_STAMP.size])


def read_stamps(payload: str) -> list[tuple[int, int, int, int]]:
    """The stamps of every 20 ms frame in ``payload`` (a bridge may batch several in one message)."""
    if len(payload) <= 216:  # one frame: 160 bytes are 216 base64 characters
        return [read_stamp(payload)]
    raw = base64.b64decode(payload)
    return [_STAMP.unpack_from(raw, offset) for offset in range(0, len(raw) - _STAMP.size + 1, FRAME_BYTES)]


def string_value(message: str, key: str) -> str:
    """The string value of ``key`` in a JSON text, compact (``"k":"v"``) or not (``"k": "v"``)."""
    at = message.index(f'"{key}"') + len(key) + 2
    start = message.index('"', at) + 1
    return message[start:message.index('"', start)]


#: How the two ends' messages start, written compactly (pos_voice) or by ``json.dumps`` (the baseline).
APPEND_STARTS = ('{"type":"input_audio_buffer.append"', '{"type": "input_audio_buffer.append"')


#: The usage a fake ``response.done`` reports (the bridge records cost from it).
_USAGE = ('"usage":{"total_tokens":120,"input_tokens":100,"output_tokens":20,"input_token_details":'
          '{"text_tokens":60,"audio_tokens":40,"cached_tokens":50},"output_token_details":'
          '{"text_tokens":5,"audio_tokens":15}}')


def response_started(response_id: str, item_id: str) -> tuple[str, str]:
    """The fake Realtime's ``response.created`` and ``response.output_item.added``."""
    return ('{"type":"response.created","event_id":"e","response":{"id":"' + response_id
            + '","object":"realtime.response","status":"in_progress","output":[]}}',
            '{"type":"response.output_item.added","event_id":"e","response_id":"' + response_id
            + '","output_index":0,"item":{"id":"' + item_id + '","type":"message","role":"assistant",'
            '"status":"in_progress","content":[]}}')


def audio_delta_prefix(response_id: str, item_id: str) -> str:
    """A ``response.output_audio.delta`` up to its base64 audio (the caller adds it and ``"}``)."""
    return ('{"type":"response.output_audio.delta","event_id":"e","response_id":"' + response_id
            + '","item_id":"' + item_id + '","output_index":0,"content_index":0,"delta":"')


def response_finished(response_id: str, item_id: str, status: str = "completed") -> tuple[str, str]:
    """The fake Realtime's ``response.output_audio_transcript.done`` and ``response.done``."""
    return ('{"type":"response.output_audio_transcript.done","event_id":"e","response_id":"'
            + response_id + '","item_id":"' + item_id
            + '","output_index":0,"content_index":0,"transcript":"Hello."}',
            '{"type":"response.done","event_id":"e","response":{"id":"' + response_id
            + '","object":"realtime.response","status":"' + status + '","output":[{"id":"' + item_id
            + '","type":"message","role":"assistant"}],' + _USAGE + '}}')


async def open_stream(host: str, port: int, public_base_url: str, validator: RequestValidator, index: int,
                      call_sid: str, stream_sid: str) -> wsmini.Connection:
    """A Twilio call as far as its media stream's ``start``: the signed ``/voice/incoming``
    webhook (its TwiML gives the stream token), the signed WebSocket, ``connected`` and ``start``."""
    form = {"CallSid": call_sid, "AccountSid": "AC" + "0" * 32, "From": f"+1555{index:07d}",
            "To": "+15550009999", "CallStatus": "ringing", "Direction": "inbound"}
    signature = validator.compute_signature(public_base_url + "/voice/incoming", form)
    body = urlencode(form).encode()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write((f"POST /voice/incoming HTTP/1.1\r\nHost: {host}\r\n"
                  "Content-Type: application/x-www-form-urlencoded\r\n"
                  f"Content-Length: {len(body)}\r\nX-Twilio-Signature: {signature}\r\n"
                  "Connection: close\r\n\r\n").encode() + body)
    response = (await reader.read()).decode()
    writer.close()
    found = re.search(r'name="call_token" value="([^"]+)"', response)
    if not found:
        raise RuntimeError(f"no stream token: {response[:300]}")
    stream_url = "wss://" + public_base_url.split("://", 1)[1] + "/voice/stream"
    signature = validator.compute_signature(stream_url, {})
    conn = await wsmini.connect(host, port, "/voice/stream", {"X-Twilio-Signature": signature})
    conn.send('{"event":"connected","protocol":"Call","version":"1.0.0"}')
    conn.send(json.dumps({"event": "start", "sequenceNumber": "1", "streamSid": stream_sid, "start": {
        "accountSid": "AC" + "0" * 32, "streamSid": stream_sid, "callSid": call_sid,
        "tracks": ["inbound"],
        "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
        "customParameters": {"call_token": found.group(1), "caller": f"+1555{index:07d}"}}}))
    return conn



@dataclass
class Settings:
    host: str
    port: int
    fake_port: int
    public_base_url: str
    auth_token: str
    calls: int = 100
    seconds: float = 20.0
    pacing: str = "realtime"  # or "fast"
    fast_frames: int = 500
    ramp_seconds: float = 3.0
    barge_in: bool = True
    run_id: int = 0  # keeps CallSids unique across runs against one database


@dataclass
class Stats:
    inbound_ns: list[int] = field(default_factory=list)
    outbound_ns: list[int] = field(default_factory=list)
    barge_in_ns: list[int] = field(default_factory=list)
    dead_air_ns: list[int] = field(default_factory=list)  # start sent -> first assistant audio, per call
    sent_in: int = 0
    received_in: int = 0
    sent_out: int = 0  # non-stale deltas the fake sent
    received_out: int = 0
    stale_sent: int = 0
    stale_leaked: int = 0
    marks_echoed: int = 0
    truncates: int = 0
    calls_started: int = 0
    calls_completed: int = 0
    call_errors: list[str] = field(default_factory=list)
    window: list[float] = field(default_factory=lambda: [0.0, 0.0])  # wall-clock steady state
    measuring: bool = False
    load_cpu_seconds: float = 0.0  # this process's own CPU over the window (is it the bottleneck?)


class Bench:
    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self.stats = Stats()
        self.speech_started_ns: dict[int, int] = {}
        self.validator = RequestValidator(settings.auth_token)
        self.connected_calls = 0
        self.all_connected = asyncio.Event()
        self.go = asyncio.Event()
        self.stop_at = 0.0

    # ------------------------------------------------------------------ the fake Realtime server

    async def realtime_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn, _path, _headers = await wsmini.accept(reader, writer)
        call: list[int | None] = [None]
        speaker: asyncio.Task[None] | None = None
        responses = 0
        conn.send(json.dumps({"type": "session.created", "event_id": "ev_0",
                              "session": {"type": "realtime", "id": "sess", "object": "realtime.session"}}))
        stats = self.stats
        try:
            while True:
                message = await conn.recv()
                if message.startswith(APPEND_STARTS):
                    now = time.perf_counter_ns()
                    for sent_ns, index, _seq, _flags in read_stamps(string_value(message, "audio")):
                        if stats.measuring:
                            stats.inbound_ns.append(now - sent_ns)
                        stats.received_in += 1
                        call[0] = index
                    continue
                event = json.loads(message)
                kind = event.get("type")
                if kind == "session.update":  # the service confirms the session, as the real one does
                    conn.send(json.dumps({"type": "session.updated", "event_id": "ev_1",
                                          "session": {**event["session"], "id": "sess",
                                                      "object": "realtime.session"}}))
                elif kind == "response.create":
                    responses += 1
                    if speaker is None or speaker.done():
                        speaker = asyncio.create_task(self.speak(conn, call, responses))
                elif kind == "conversation.item.truncate":
                    stats.truncates += 1
        except wsmini.Closed:
            pass
        finally:
            if speaker is not None:
                speaker.cancel()
            writer.close()

    async def speak(self, conn: wsmini.Connection, call: list[int | None], first: int) -> None:
        """The assistant's side: talk, listen, talk again; one barge-in in the middle of the call."""
        fast = self.s.pacing == "fast"
        if fast:  # a one-frame greeting; the burst starts when every call is connected
            await self.respond(conn, call, "resp_1", "item_1", 1, None)
            await self.go.wait()
            await self.respond(conn, call, "resp_2", "item_2", self.s.fast_frames, None)
            return
        number = first
        barged = False
        while not conn.closed:
            frames = self.s.fast_frames if fast else 50
            barge_at = None
            if self.s.barge_in and not barged and number >= 2 and call[0] is not None and not fast:
                frames, barge_at = 60, 25
                barged = True
            if not fast and time.monotonic() + frames * FRAME_SECONDS > self.stop_at - 0.2:
                return  # don't start what the caller won't stay to hear
            await self.respond(conn, call, f"resp_{number}", f"item_{number}", frames, barge_at)
            if fast:
                return
            await asyncio.sleep(2.0)
            number += 1

    async def respond(self, conn: wsmini.Connection, call: list[int | None], response_id: str, item_id: str,
                      frames: int, barge_at: int | None) -> None:
        fast = self.s.pacing == "fast"
        stats = self.stats
        for message in response_started(response_id, item_id):
            conn.send(message)
        prefix = audio_delta_prefix(response_id, item_id)
        next_at = time.perf_counter()
        status = "completed"
        for seq in range(frames):
            flags = 0
            if barge_at is not None and seq == barge_at:
                index = call[0] if call[0] is not None else -1
                self.speech_started_ns[index] = time.perf_counter_ns()
                conn.send('{"type":"input_audio_buffer.speech_started","event_id":"e","audio_start_ms":1000,'
                          '"item_id":"item_user"}')
                status = "cancelled"
            if barge_at is not None and seq >= barge_at:
                flags = STALE
                stats.stale_sent += 1
            else:
                stats.sent_out += 1
            conn.send(prefix + stamp(call[0] or 0, seq, flags) + '"}')
            if fast:
                if seq % 20 == 0:
                    await conn.drain()
            else:
                next_at += FRAME_SECONDS
                await conn.drain()
                delay = next_at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
        for message in response_finished(response_id, item_id, status):
            conn.send(message)
        await conn.drain()

    # ------------------------------------------------------------------ the callers

    async def caller(self, index: int) -> None:
        stats = self.stats
        call_sid = f"CA{self.s.run_id:08d}{index:024d}"
        stream_sid = f"MZ{self.s.run_id:08d}{index:024d}"
        try:
            conn = await open_stream(self.s.host, self.s.port, self.s.public_base_url, self.validator, index,
                                     call_sid, stream_sid)
        except Exception as exc:
            stats.call_errors.append(f"{call_sid}: {exc}")
            return
        stats.calls_started += 1
        heard = asyncio.Event()
        all_heard = asyncio.Event()
        started_ns = time.perf_counter_ns()
        reader = asyncio.create_task(self.listen(conn, index, stream_sid, heard, all_heard, started_ns))
        try:
            await asyncio.wait_for(heard.wait(), 15)
        except TimeoutError:
            stats.call_errors.append(f"{call_sid}: no greeting audio")
            await conn.close()
            reader.cancel()
            return
        self.connected_calls += 1
        if self.connected_calls == self.s.calls:
            self.all_connected.set()
        if self.s.pacing == "fast":
            await self.go.wait()
        await self.talk(conn, index, stream_sid)
        if self.s.pacing == "fast":
            try:  # the whole burst, however long the server takes
                await asyncio.wait_for(all_heard.wait(), 60)
            except TimeoutError:
                stats.call_errors.append(f"{call_sid}: not all audio arrived")
        await asyncio.sleep(0.3)  # let the last frames drain through the bridge
        try:
            conn.send('{"event":"stop","sequenceNumber":"999","streamSid":"' + stream_sid + '","stop":{}}')
            await conn.close()
        except Exception:
            pass
        reader.cancel()
        stats.calls_completed += 1

    async def talk(self, conn: wsmini.Connection, index: int, stream_sid: str) -> None:
        stats = self.stats
        head = '{"event":"media","sequenceNumber":"1","streamSid":"' + stream_sid + \
               '","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"'
        if self.s.pacing == "fast":
            for seq in range(self.s.fast_frames):
                conn.send(head + stamp(index, seq) + '"}}')
                stats.sent_in += 1
                if seq % 20 == 0:
                    await conn.drain()
            await conn.drain()
            return
        next_at = time.perf_counter()
        seq = 0
        while time.monotonic() < self.stop_at:
            conn.send(head + stamp(index, seq) + '"}}')
            stats.sent_in += 1
            seq += 1
            await conn.drain()
            next_at += FRAME_SECONDS
            delay = next_at - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)

    async def listen(self, conn: wsmini.Connection, index: int, stream_sid: str, heard: asyncio.Event,
                     all_heard: asyncio.Event, started_ns: int) -> None:
        """Twilio's side of playback: audio plays in real time; marks echo when their audio has played."""
        stats = self.stats
        loop = asyncio.get_running_loop()
        realtime = self.s.pacing != "fast"
        play_until = 0.0
        pending: list[tuple[asyncio.TimerHandle, str]] = []
        received = 0
        mark_head = '{"event":"mark","sequenceNumber":"1","streamSid":"' + stream_sid + '","mark":{"name":"'

        def echo(name: str) -> None:
            if not conn.closed:
                conn.send(mark_head + name + '"}}')
                stats.marks_echoed += 1

        try:
            while True:
                message = await conn.recv()
                if message.startswith('{"event":"media"'):
                    arrived_ns = time.perf_counter_ns()
                    stamps = read_stamps(string_value(message, "payload"))
                    for sent_ns, _index, _seq, flags in stamps:
                        if flags & STALE:
                            stats.stale_leaked += 1
                        else:
                            stats.received_out += 1
                            if stats.measuring:
                                stats.outbound_ns.append(arrived_ns - sent_ns)
                    if not heard.is_set():
                        stats.dead_air_ns.append(arrived_ns - started_ns)
                    received += len(stamps)
                    heard.set()
                    if received >= self.s.fast_frames + 1:
                        all_heard.set()
                    play_until = max(play_until, loop.time()) + FRAME_SECONDS * len(stamps)
                elif message.startswith('{"event":"mark"'):
                    name = string_value(message, "name")
                    if realtime:
                        pending = [entry for entry in pending if not entry[0].cancelled()][-200:]
                        pending.append((loop.call_at(max(play_until, loop.time()), echo, name), name))
                    else:
                        echo(name)
                elif message.startswith('{"event":"clear"'):
                    started = self.speech_started_ns.pop(index, None)
                    if started is not None:
                        stats.barge_in_ns.append(time.perf_counter_ns() - started)
                    play_until = 0.0
                    for handle, name in pending:  # Twilio echoes every pending mark on clear
                        if not handle.cancelled():
                            handle.cancel()
                            echo(name)
                    pending = []
        except wsmini.Closed:
            pass

    # ------------------------------------------------------------------ the run

    async def run(self) -> dict[str, t.Any]:
        server = await asyncio.start_server(self.realtime_connection, "127.0.0.1", self.s.fake_port,
                                            backlog=1024)
        s = self.s
        ramp_step = s.ramp_seconds / max(1, s.calls)
        self.stop_at = time.monotonic() + s.ramp_seconds + s.seconds + 2.0
        tasks = []
        for index in range(s.calls):
            tasks.append(asyncio.create_task(self.caller(index)))
            await asyncio.sleep(ramp_step)
        if s.pacing == "fast":
            with contextlib.suppress(TimeoutError):  # the calls not connected by then are call errors
                await asyncio.wait_for(self.all_connected.wait(), 30)
            self.stats.measuring = True
            self.stats.window[0] = time.time()
            cpu_start = time.process_time()
            self.go.set()
            await asyncio.gather(*tasks)
            self.stats.window[1] = time.time()
            self.stats.load_cpu_seconds = time.process_time() - cpu_start
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.all_connected.wait(), 30)
            await asyncio.sleep(1.0)  # greetings done, barge-ins spread out
            self.stats.measuring = True
            self.stats.window[0] = time.time()
            cpu_start = time.process_time()
            await asyncio.sleep(max(1.0, self.stop_at - time.monotonic() - 0.5))
            self.stats.window[1] = time.time()
            self.stats.load_cpu_seconds = time.process_time() - cpu_start
            self.stats.measuring = False
            await asyncio.gather(*tasks)
        await asyncio.sleep(0.5)
        server.close()
        st = self.stats
        return {
            "calls": s.calls, "pacing": s.pacing, "window": st.window,
            "inbound_ns": st.inbound_ns, "outbound_ns": st.outbound_ns, "barge_in_ns": st.barge_in_ns,
            "dead_air_ns": st.dead_air_ns,
            "sent_in": st.sent_in, "received_in": st.received_in, "sent_out": st.sent_out,
            "received_out": st.received_out, "stale_sent": st.stale_sent, "stale_leaked": st.stale_leaked,
            "marks_echoed": st.marks_echoed, "truncates": st.truncates,
            "calls_started": st.calls_started, "calls_completed": st.calls_completed,
            "call_errors": st.call_errors[:20], "call_error_count": len(st.call_errors),
            "load_cpu_seconds": st.load_cpu_seconds,
        }


def main() -> None:
    settings = Settings(**json.loads(sys.argv[1]))
    result = asyncio.run(Bench(settings).run())
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
