"""Benchmark: server CPU per call-second on each model engine (issue 15's table).

One command, from the repository root::

    python -m bench.engines                              # 20 calls x 10 s on each engine
    python -m bench.engines --calls 50 --seconds 20 --engines realtime,live --json out.json

The same calls on every engine: N concurrent, the fake model talking 1 s of every 3; on the
relays the simulated Twilio callers stream 20 ms μ-law frames in real time the whole call (no
barge-in: GPT-Live has no truncate, and the comparison is the relay's cost, not the
interruption's). The server is the
demo POS under gunicorn's gevent worker with the native stream transport, pinned to core 0; the
load generator (callers and the fake far end) runs in another process on core 1; everything
binds 127.0.0.1 and every run ends by itself (bounded load, the server killed after).

* ``realtime`` — the relay on OpenAI Realtime: ``bench/load.py``'s fake Realtime server;
* ``live`` — the relay on GPT-Live (``POS_VOICE_ENGINE = "live"``): the same callers, with a
  fake GPT-Live server here (``session.start``/``session.started``, ``session.input_audio.append``
  in, ``session.output_audio.delta`` out, ``session.usage.updated``, ``session.close``);
* ``sip`` — SIP mode (``POS_VOICE_MODE = "sip"``): the caller's audio goes from Twilio's SIP
  trunk to OpenAI and never reaches our server, so the load is OpenAI's SIP control plane
  (:class:`SipLoad`): for each call the signed ``realtime.call.incoming`` webhook (Standard
  Webhooks, as pos_voice/testing/fake_openai_sip.py signs), 200 to the ``accept`` (checked: a
  realtime session with instructions), then the sideband ``/v1/realtime?call_id=…``
  (``session.created``, ``session.updated`` for each ``session.update``) where the model talks
  1 s of every 3 with no audio on the socket (``response.created``, the message item,
  ``output_audio_buffer.started``, a transcript, ``response.done``; ``output_audio_buffer.stopped``
  1 s later). At the run's end the caller hangs up: the service closes the sideband (the server
  records the call ended; a ``refer``/``hangup``/``reject`` before that is a call error). The
  latency and frame columns do not apply there ("—"); its dead air is the webhook sent to the
  greeting's ``response.create`` arriving at the fake (verify, record, admit, accept, sideband,
  session set-up), the relay's is the caller's ``start`` to its first assistant audio.

The harness is ``bench/calls.py``'s (server start, worker CPU sampler, summary), imported.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import typing as t
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from bench import calls, load, wsmini
from pos_voice.testing.fake_openai_sip import sign_webhook

LIVE_PATH = "/v1/live/sessions"
API_KEY = "sk-bench-not-a-key"  # calls.server_env's POS_VOICE_OPENAI_API_KEY
#: How pos_voice's GPT-Live engine writes caller audio (bridge/live_engine.py, compact).
LIVE_APPEND_START = '{"type":"session.input_audio.append"'


class LiveLoad(load.Bench):
    """``bench/load.py``'s callers with a fake GPT-Live server in place of the fake Realtime one."""

    async def realtime_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn, _path, _headers = await wsmini.accept(reader, writer)
        call: list[int | None] = [None]
        speaker: asyncio.Task[None] | None = None
        started_at = time.monotonic()
        stats = self.stats
        try:
            while True:
                message = await conn.recv()
                if message.startswith(LIVE_APPEND_START):
                    now = time.perf_counter_ns()
                    for sent_ns, index, _seq, _flags in load.read_stamps(load.string_value(message, "audio")):
                        if stats.measuring:
                            stats.inbound_ns.append(now - sent_ns)
                        stats.received_in += 1
                        call[0] = index
                    continue
                event = json.loads(message)
                kind = event.get("type")
                if kind == "session.start":
                    conn.send(json.dumps({"type": "session.started", "event_id": "ev_0", "session": {
                        **event["session"], "id": "live_bench", "status": "active",
                        "expires_at": int(time.time()) + 3600}}))
                elif kind in ("session.commentary.append", "response.create"):
                    if speaker is None or speaker.done():  # the greeting, then it talks every 3 s
                        speaker = asyncio.create_task(self.speak_live(conn, call, started_at))
                elif kind == "session.close":
                    conn.send(json.dumps({"type": "session.closed", "event_id": "ev_c",
                                          "reason": "close_requested",
                                          "session": {"id": "live_bench", "status": "active",
                                                      "expires_at": int(time.time())},
                                          "usage": {"seconds": int(time.monotonic() - started_at) + 1}}))
        except wsmini.Closed:
            pass
        finally:
            if speaker is not None:
                speaker.cancel()
            writer.close()

    async def speak_live(self, conn: wsmini.Connection, call: list[int | None], started_at: float) -> None:
        """1 s of speech (50 stamped frames in real time), 2 s of listening, again, until the end."""
        frames = 50
        while not conn.closed and time.monotonic() + frames * load.FRAME_SECONDS <= self.stop_at - 0.2:
            conn.send('{"type":"session.output_transcript.delta","event_id":"e","delta":"Hello.",'
                      '"start_ms":0,"end_ms":0}')
            next_at = time.perf_counter()
            for seq in range(frames):
                conn.send('{"type":"session.output_audio.delta","event_id":"e","delta":"'
                          + load.stamp(call[0] or 0, seq) + '"}')
                self.stats.sent_out += 1
                next_at += load.FRAME_SECONDS
                await conn.drain()
                delay = next_at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            conn.send('{"type":"session.usage.updated","event_id":"e","usage":{"seconds":'
                      + str(int(time.monotonic() - started_at) + 1) + '}}')
            await conn.drain()
            await asyncio.sleep(2.0)


#: The bench's OpenAI webhook signing secret (both processes know it, as OpenAI and the host do).
SIP_WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"pos_voice bench webhook secret!").decode()
SIP_API_PATH = "/v1"  # POS_VOICE_OPENAI_API_URL's path: the controls are under /v1/realtime/calls/
AFTER = {"accept": "accepted", "reject": "rejected", "refer": "referred", "hangup": "ended"}
_CONTROL = re.compile(r"^/v1/realtime/calls/([A-Za-z0-9_]+)/(accept|reject|refer|hangup)$")


@dataclass
class SipCall:
    """One call as the fake control plane sees it."""

    call_id: str
    rang_ns: int = 0  # the webhook POST went out (dead air is counted from here)
    state: str = "incoming"  # incoming -> accepted -> ended | referred | rejected
    sideband: wsmini.Connection | None = None
    greeted: asyncio.Event = field(default_factory=asyncio.Event)
    hung_up: asyncio.Event = field(default_factory=asyncio.Event)  # the server ended it (refer, hangup)
    closed_by_us: bool = False  # the run's end: the caller hung up


class SipLoad(load.Bench):
    """OpenAI's SIP control plane for N calls: the signed ``realtime.call.incoming`` webhook to the
    server, the call controls (``POST /v1/realtime/calls/{id}/accept|reject|refer|hangup``) and
    each accepted call's sideband (``/v1/realtime?call_id=…``), where the model talks 1 s of every
    3 with no audio on the socket. At the run's end the caller hangs up: the service closes the
    sideband and the server, seeing its call end, POSTs ``hangup``."""

    def __init__(self, settings: load.Settings) -> None:
        super().__init__(settings)
        self.calls: dict[str, SipCall] = {}
        self.sidebands: set[asyncio.Task[None]] = set()

    async def realtime_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection to the fake: a call control (HTTP, one request, as urllib sends) or a sideband."""
        try:
            path, headers = wsmini.read_request(await reader.readuntil(b"\r\n\r\n"))
            if headers.get("authorization") != f"Bearer {API_KEY}":
                return self.answer(writer, 401, '{"error":{"message":"Incorrect API key provided.",'
                                   '"type":"invalid_request_error","code":"invalid_api_key","param":null}}')
            if headers.get("upgrade", "").lower() == "websocket":
                await self.sideband(reader, writer, path, headers)
                return
            body = await reader.readexactly(int(headers.get("content-length") or 0))
            self.control(writer, path, body)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def answer(self, writer: asyncio.StreamWriter, status: int, body: str = "") -> None:
        reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}[status]
        writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}".encode())

    def control(self, writer: asyncio.StreamWriter, path: str, body: bytes) -> None:
        """accept | reject | refer | hangup: 200 with no body for a call in the right state."""
        found = _CONTROL.match(path)
        call = self.calls.get(found.group(1)) if found else None
        if found is None or call is None:
            self.stats.call_errors.append(f"control for an unknown call: POST {path}")
            return self.answer(writer, 404, '{"error":{"message":"Call not found.","type":'
                               '"invalid_request_error","code":null,"param":null}}')
        action = found.group(2)
        due = {"accept": "incoming", "reject": "incoming", "refer": "accepted", "hangup": "accepted"}[action]
        if action == "hangup" and call.closed_by_us:  # raced the caller's hang-up: nothing left to end
            return self.answer(writer, 200)
        problem = None if call.state == due else f"{action} on a call that is {call.state}"
        if action == "accept" and problem is None:
            session = json.loads(body or b"{}")
            if session.get("type") != "realtime" or not session.get("instructions"):
                problem = "accept without a realtime session and its instructions"
        elif action == "refer" and problem is None and not json.loads(body or b"{}").get("target_uri"):
            problem = "refer without target_uri"
        if problem is not None:
            self.stats.call_errors.append(f"{call.call_id}: {problem}")
            return self.answer(writer, 400, json.dumps({"error": {
                "message": problem, "type": "invalid_request_error", "code": None, "param": None}}))
        call.state = AFTER[action]
        if action != "accept":  # the load never asks for a transfer or a goodbye: the run's end ends it
            call.hung_up.set()
            self.stats.call_errors.append(f"{call.call_id}: the server sent {action} mid-call")
            if call.sideband is not None and not call.sideband.closed:  # the service ends the call
                asyncio.get_running_loop().create_task(call.sideband.close())
        self.answer(writer, 200)

    async def sideband(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str,
                       headers: dict[str, str]) -> None:
        """The call's Realtime session: events only (the audio is on the SIP leg)."""
        call = self.calls.get(parse_qs(urlsplit(path).query).get("call_id", [""])[0])
        if call is None or call.state != "accepted":
            return self.answer(writer, 404 if call is None else 400, "{}")
        conn = wsmini.upgrade(reader, writer, headers)
        call.sideband = conn
        speaker: asyncio.Task[None] | None = None
        session_id = {"id": "sess_" + call.call_id[-8:], "object": "realtime.session"}
        conn.send(json.dumps({"type": "session.created", "event_id": "ev_0",
                              "session": {"type": "realtime", **session_id}}))
        try:
            while True:
                event = json.loads(await conn.recv())
                kind = event.get("type")
                if kind == "session.update":
                    conn.send(json.dumps({"type": "session.updated", "event_id": "ev_1",
                                          "session": {**event["session"], **session_id}}))
                elif kind == "response.create" and (speaker is None or speaker.done()):
                    if not call.greeted.is_set():  # the greeting: the caller would hear it from now
                        self.stats.dead_air_ns.append(time.perf_counter_ns() - call.rang_ns)
                        call.greeted.set()
                    speaker = asyncio.create_task(self.speak_sip(conn))
                elif kind == "input_audio_buffer.append":
                    self.stats.call_errors.append(f"{call.call_id}: audio on the sideband")
        except wsmini.Closed:
            pass
        finally:
            if speaker is not None:
                speaker.cancel()

    async def speak_sip(self, conn: wsmini.Connection) -> None:
        """A response generated at once and played for 1 s on the SIP leg, then 2 s of the caller
        talking (the service's VAD starts the next response itself), until the end."""
        number = 0
        while not conn.closed and time.monotonic() + 1.0 <= self.stop_at - 0.2:
            number += 1
            response, item = f"resp_{number}", f"item_{number}"
            ids = f'"response_id":"{response}","item_id":"{item}","output_index":0,"content_index":0'
            conn.send('{"type":"response.created","event_id":"e","response":{"id":"' + response
                      + '","object":"realtime.response","status":"in_progress","output":[]}}')
            conn.send('{"type":"response.output_item.added","event_id":"e","response_id":"' + response
                      + '","output_index":0,"item":{"id":"' + item + '","type":"message","role":"assistant",'
                      '"status":"in_progress","content":[]}}')
            buffer = '","event_id":"e","response_id":"' + response + '"}'
            conn.send('{"type":"output_audio_buffer.started' + buffer)
            conn.send('{"type":"response.output_audio_transcript.delta","event_id":"e",' + ids
                      + ',"delta":"Hello."}')
            conn.send('{"type":"response.output_audio_transcript.done","event_id":"e",' + ids
                      + ',"transcript":"Hello."}')
            conn.send('{"type":"response.done","event_id":"e","response":{"id":"' + response
                      + '","object":"realtime.response","status":"completed","output":[{"id":"' + item
                      + '","type":"message","role":"assistant"}],"usage":{"total_tokens":120,'
                      '"input_tokens":100,"output_tokens":20,"input_token_details":{"text_tokens":60,"audio_tokens":40,'
                      '"cached_tokens":50},"output_token_details":{"text_tokens":5,"audio_tokens":15}}}}')
            self.stats.sent_out += 1
            await conn.drain()
            await asyncio.sleep(1.0)  # the service plays it
            conn.send('{"type":"output_audio_buffer.stopped' + buffer)
            await conn.drain()
            await asyncio.sleep(2.0)

    async def ring(self, index: int) -> None:
        """One call: the signed webhook, then (the server accepts and opens the sideband) until the end."""
        call_id = f"rtc_{self.s.run_id:04d}{index:028x}"
        call = self.calls[call_id] = SipCall(call_id)
        number = f"+1555{index:07d}"
        sip_headers = [{"name": "From", "value": f'"{number}" <sip:{number}@pstn.twilio.com>;tag=1'},
                       {"name": "To", "value": "<sip:+15550009999@sip.api.openai.com>"},
                       {"name": "Call-ID", "value": call_id[4:]}]
        event = {"object": "event", "id": f"evt_{call_id[4:]}", "type": "realtime.call.incoming",
                 "created_at": int(time.time()),
                 "data": {"call_id": call_id, "sip_media_security": "srtp", "sip_headers": sip_headers}}
        body = json.dumps(event)
        webhook_id, stamp = f"wh_{call_id[4:]}", int(time.time())
        signature = sign_webhook(SIP_WEBHOOK_SECRET, webhook_id, stamp, body)
        call.rang_ns = time.perf_counter_ns()
        try:
            reader, writer = await asyncio.open_connection(self.s.host, self.s.port)
            writer.write((f"POST /voice/openai/webhook HTTP/1.1\r\nHost: {self.s.host}\r\n"
                          "Content-Type: application/json\r\nUser-Agent: OpenAI/1.0\r\n"
                          f"webhook-id: {webhook_id}\r\nwebhook-timestamp: {stamp}\r\n"
                          f"webhook-signature: {signature}\r\n"
                          f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}").encode())
            status = (await reader.read()).split(b"\r\n", 1)[0]
            writer.close()
            if b" 200 " not in status:
                raise RuntimeError(f"the webhook answered {status.decode(errors='replace')}")
            await asyncio.wait_for(call.greeted.wait(), 15)
        except Exception as exc:
            self.stats.call_errors.append(f"{call_id}: {type(exc).__name__}: {exc}")
            return
        self.stats.calls_started += 1
        self.connected_calls += 1
        if self.connected_calls == self.s.calls:
            self.all_connected.set()
        await asyncio.sleep(max(0.0, self.stop_at - time.monotonic()))
        if call.hung_up.is_set() or call.sideband is None or call.sideband.closed:
            self.stats.call_errors.append(f"{call_id}: the call ended before the run did ({call.state})")
            return
        call.closed_by_us = True  # the caller hangs up: the service ends the call and its sideband
        call.state = "ended"
        await call.sideband.close()
        self.stats.calls_completed += 1

    async def run(self) -> dict[str, t.Any]:
        server = await asyncio.start_server(self.realtime_connection, "127.0.0.1", self.s.fake_port,
                                            backlog=1024)
        s = self.s
        self.stop_at = time.monotonic() + s.ramp_seconds + s.seconds + 2.0
        tasks = []
        for index in range(s.calls):
            tasks.append(asyncio.create_task(self.ring(index)))
            await asyncio.sleep(s.ramp_seconds / max(1, s.calls))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.all_connected.wait(), 30)
        await asyncio.sleep(1.0)
        self.stats.window[0] = time.time()
        cpu_start = time.process_time()
        await asyncio.sleep(max(1.0, self.stop_at - time.monotonic() - 0.5))
        self.stats.window[1] = time.time()
        self.stats.load_cpu_seconds = time.process_time() - cpu_start
        await asyncio.gather(*tasks)
        await asyncio.sleep(0.5)
        server.close()
        st = self.stats
        # calls.summarise's shape; no audio frames (sent_out counts the responses, all "received")
        return {"calls": s.calls, "pacing": s.pacing, "window": st.window, "inbound_ns": [],
                "outbound_ns": [], "barge_in_ns": [], "dead_air_ns": st.dead_air_ns, "sent_in": 0,
                "received_in": 0, "sent_out": st.sent_out, "received_out": st.sent_out, "stale_sent": 0,
                "stale_leaked": 0,
                "calls_started": st.calls_started, "calls_completed": st.calls_completed,
                "call_errors": st.call_errors[:20], "call_error_count": len(st.call_errors),
                "load_cpu_seconds": st.load_cpu_seconds}


def realtime_env(fake_port: int) -> dict[str, str]:
    return {"POS_VOICE_ENGINE": "realtime"}  # calls.server_env points REALTIME_URL at the fake


def live_env(fake_port: int) -> dict[str, str]:
    return {"POS_VOICE_ENGINE": "live", "POS_VOICE_LIVE_URL": f"ws://127.0.0.1:{fake_port}{LIVE_PATH}"}


def sip_env(fake_port: int) -> dict[str, str]:
    return {"POS_VOICE_MODE": "sip", "POS_VOICE_OPENAI_WEBHOOK_SECRET": SIP_WEBHOOK_SECRET,
            "POS_VOICE_OPENAI_API_URL": f"http://127.0.0.1:{fake_port}{SIP_API_PATH}"}


#: engine name -> (the server's settings for it, the load generator that plays its far end).
ENGINES: dict[str, tuple[t.Callable[[int], dict[str, str]], type[load.Bench]]] = {
    "realtime": (realtime_env, load.Bench),
    "live": (live_env, LiveLoad),
    "sip": (sip_env, SipLoad),
}
LABELS = {"realtime": "relay (Realtime)", "live": "relay (GPT-Live)", "sip": "SIP mode"}


def run_load(engine: str, settings: dict[str, t.Any], core: int | None, timeout: float) -> dict[str, t.Any]:
    """One bounded load run in its own process (this module with ``--load``)."""
    argv = calls.pinned(core, [sys.executable, "-m", "bench.engines", "--load", json.dumps(settings),
                               "--engine", engine])
    done = subprocess.run(argv, cwd=calls.ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(calls.ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"load generator failed:\n{done.stderr[-3000:]}")
    return t.cast(dict[str, t.Any], json.loads(done.stdout))


def run(args: argparse.Namespace, engine: str) -> dict[str, t.Any]:
    """The demo POS on ``engine``: a warm-up, then one measured real-time run."""
    workdir = Path(tempfile.mkdtemp(prefix="pos_voice_bench_engines_"))
    port, fake_port = calls.free_port(), calls.free_port()
    env = calls.server_env(f"sqlite:///{workdir / 'bench.sqlite'}", port, fake_port, "native")
    env.update(ENGINES[engine][0](fake_port))
    calls.prepare_database(env)
    log = open(workdir / "server.log", "w")  # noqa: SIM115 (kept open for the server's lifetime)
    server = calls.start_server(args, "native", env, log)
    try:
        calls.wait_healthy(port)
        pid = calls.worker_pid(server.pid)
        base = {"host": "127.0.0.1", "port": port, "fake_port": fake_port, "public_base_url": calls.PUBLIC,
                "auth_token": calls.AUTH_TOKEN, "barge_in": False, "pacing": "realtime"}
        run_load(engine, {**base, "calls": 2, "seconds": 2.0, "ramp_seconds": 0.2, "run_id": 1},
                 args.load_core, 60)
        sampler = calls.Sampler(pid)
        sampler.start()
        time.sleep(0.6)
        before = sampler.samples[-1][2]
        result = run_load(engine, {**base, "calls": args.calls, "seconds": args.seconds,
                                   "ramp_seconds": args.ramp, "run_id": 2},
                          args.load_core, timeout=args.seconds + 240)
        time.sleep(0.5)
        sampler.stop()
        summary = calls.summarise(result, sampler, before, engine)
    finally:
        calls.stop_server(server)
        log.close()
    summary["engine"] = LABELS[engine]
    if engine == "sip":  # no audio through the server: no frames to lose, no latency to add
        summary.update(dict.fromkeys(NO_AUDIO))
    return summary


#: What does not apply where the audio never reaches the server (shown as "—").
NO_AUDIO = ("inbound_p50_ms", "inbound_p99_ms", "outbound_p50_ms", "outbound_p99_ms", "frames_sent_in",
            "frames_lost_in", "frames_sent_out", "frames_lost_out", "stale_frames_leaked")


COLUMNS = [("engine", "engine / mode"), ("calls", "calls"), ("calls_completed", "completed"),
           ("cpu_ms_per_call_second", "server CPU ms per call-second"),
           ("server_cpu_percent", "server CPU %"), ("inbound_p99_ms", "in p99 ms"),
           ("outbound_p99_ms", "out p99 ms"), ("dead_air_p50_ms", "dead air p50 ms"),
           ("frames_lost_in", "lost in"), ("frames_lost_out", "lost out")]


def markdown(rows: list[dict[str, t.Any]]) -> str:
    """The table; a cell that does not apply (SIP mode's latencies and frames) shows "—"."""
    return calls.markdown_table([{key: "—" if row.get(key) is None else row[key] for key, _ in COLUMNS}
                                 for row in rows], COLUMNS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--engines", default=",".join(ENGINES), help=f"comma-separated: {', '.join(ENGINES)}")
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0, help="steady-state length of each run")
    parser.add_argument("--ramp", type=float, default=2.0, help="seconds over which calls arrive")
    parser.add_argument("--server-core", type=int, default=0)
    parser.add_argument("--load-core", type=int, default=1)
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument("--load", default=None, help=argparse.SUPPRESS)  # the load generator's role
    parser.add_argument("--engine", default="realtime", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.load is not None:
        bench = ENGINES[args.engine][1](load.Settings(**json.loads(args.load)))
        json.dump(asyncio.run(bench.run()), sys.stdout)
        return
    args.gc_freeze = False  # calls.start_server's option: the plain gunicorn config
    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = [name for name in engines if name not in ENGINES]
    if unknown:
        parser.error(f"unknown engine(s) {', '.join(unknown)} (measurable: {', '.join(ENGINES)})")
    rows = []
    for engine in engines:
        summary = run(args, engine)
        rows.append(summary)
        print(calls.format_row(summary, COLUMNS), flush=True)
    print(markdown(rows))
    if args.json:
        args.json.write_text(json.dumps({"runs": rows, "machine": {
            "cpus": os.cpu_count(), "python": sys.version.split()[0], "load_average": os.getloadavg()}},
            indent=2))


if __name__ == "__main__":
    main()
