"""Server CPU per frame, measured so that a loaded machine moves it as little as possible.

``python -m bench.calls`` measures CPU per call-second over a real-time window: on a shared
2-core VM its pair runs move by +-25 % and often have no steady window at all. This bench
measures the server's own CPU seconds (utime+stime of its process, from ``/proc``) per unit
of work instead, which a busy neighbour moves far less than wall-clock figures:

* K calls are connected to the server under test (the demo POS under gunicorn's gevent worker,
  ``--transports native`` by default, and the baseline relay of bench/baseline_relay.py, both
  started once and kept up for every round), through the same load generator (this process:
  simulated Twilio callers and the fake OpenAI Realtime server, asyncio + bench/wsmini.py);
* **caller phase**: every call sends F Twilio ``media`` frames, round-robin over the calls, with
  at most ``--inflight`` frames in flight in all (the next goes out when the fake has received
  one): as fast as that bounded pipeline allows, not in real time. ``--inflight 1`` makes every
  frame its own wake-up of the server (real time at 100 calls is ~7,000 frames a second arriving
  one by one: the same cost structure); ``--inflight`` = the calls keeps the server busy, one
  frame per socket per read (the per-frame Python path without the cost of waking up);
* **assistant phase**: every call's fake model sends F ``response.output_audio.delta``, the same
  way (the next one when a caller got its ``media``); the caller echoes each ``mark`` at once, as
  Twilio does once the audio has played;
* **idle phase**: the K calls stay connected, nothing is sent, for ``--idle`` seconds: what a
  connected call costs per second besides its frames (timers, heartbeats, the shared writers).

Reported per server and round: CPU ms per 1,000 caller frames, per 1,000 assistant frames
(each with its ``media`` + ``mark`` out and its ``mark`` echo in), idle CPU ms per call-second,
and a **real-time estimate** per call-second (50 caller frames + ``--talk`` x 50 assistant frames
+ the idle cost); then the median and spread over ``--rounds`` and the ratio to the baseline in
the same round. The servers alternate inside each round (the order flips every round), so both
see the same machine. Everything binds 127.0.0.1; bounded in calls, frames and time (each phase
times out; the whole run stops by ``--deadline``).

    python -m bench.frame_cost                       # 100 calls, 200 frames each way, 5 rounds
    python -m bench.frame_cost --inflight 100        # the busy server: the Python path per frame
    python -m bench.frame_cost --also main=/tmp/main-export   # before/after in the same rounds
    python -m bench.frame_cost --rounds 1 --profile /tmp/native.txt   # py-spy over one phase
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import typing as t
from pathlib import Path

from twilio.request_validator import RequestValidator

from bench import calls, load, wsmini

FRAME_BYTES = 160
_HELLO = struct.Struct("!I")


def payload_for(index: int) -> str:
    """One 20 ms μ-law payload whose first 8 base64 digits name the call (the fake's lookup key)."""
    raw = b"\x01\x02" + _HELLO.pack(index) + b"\xff" * (FRAME_BYTES - 6)
    return base64.b64encode(raw).decode()


class Call:
    def __init__(self, index: int) -> None:
        self.index = index
        self.payload = payload_for(index)
        self.key = self.payload[:8]
        self.stream_sid = f"MZ{os.getpid():08d}{index:024d}"
        self.call_sid = "CA" + self.stream_sid[2:]
        self.conn: wsmini.Connection | None = None
        self.fake: wsmini.Connection | None = None  # its Realtime connection, once it is known
        self.greeted = asyncio.Event()
        self.mapped = asyncio.Event()
        self.listener: asyncio.Task[None] | None = None


class Generator:
    """Callers and fake Realtime server for one server under test."""

    def __init__(self, port: int, fake_port: int, count: int) -> None:
        self.port, self.fake_port = port, fake_port
        self.calls = [Call(index) for index in range(count)]
        self.by_key = {call.key: call for call in self.calls}
        self.validator = RequestValidator(calls.AUTH_TOKEN)
        self.received_in = 0
        self.received_out = 0
        self.target = 0
        self.done = asyncio.Event()
        self.server: asyncio.base_events.Server | None = None
        self.fakes: list[wsmini.Connection] = []
        self.unmapped: list[wsmini.Connection] = []
        self.items = 0
        self.credit = asyncio.Semaphore(1)  # frames that may be in flight (set per phase)

    # --- the fake Realtime server
    async def realtime(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn, _path, _headers = await wsmini.accept(reader, writer)
        self.fakes.append(conn)
        conn.send('{"type":"session.created","event_id":"ev_0","session":{"type":"realtime","id":"sess",'
                  '"object":"realtime.session"}}')
        call: Call | None = None
        greeted = False
        try:
            while True:
                message = await conn.recv()
                if message.startswith(load.APPEND_STARTS):
                    if call is None:
                        call = self.by_key.get(load.string_value(message, "audio")[:8])
                        if call is None:
                            continue
                        call.fake = conn
                        call.mapped.set()
                        continue
                    self.received_in += 1
                    self.credit.release()
                    if self.received_in >= self.target:
                        self.done.set()
                    continue
                event = json.loads(message)
                kind = event.get("type")
                if kind == "session.update":
                    conn.send(json.dumps({"type": "session.updated", "event_id": "ev_1",
                                          "session": {**event["session"], "id": "sess",
                                                      "object": "realtime.session"}}))
                elif kind == "response.create" and not greeted:
                    greeted = True
                    for text in (*load.response_started("resp_0", "item_0"),
                                 load.audio_delta_prefix("resp_0", "item_0") + payload_for(0) + '"}',
                                 *load.response_finished("resp_0", "item_0")):
                        conn.send(text)
        except wsmini.Closed:
            pass
        finally:
            writer.close()

    # --- the callers
    async def connect(self, call: Call) -> None:
        conn = await load.open_stream("127.0.0.1", self.port, calls.PUBLIC, self.validator, call.index,
                                      call.call_sid, call.stream_sid)
        call.conn = conn
        call.listener = asyncio.create_task(self.listen(call))
        await asyncio.wait_for(call.greeted.wait(), 20)
        # One frame that names the call, so the fake knows which Realtime connection is whose.
        conn.send(self.media(call, 0))
        await asyncio.wait_for(call.mapped.wait(), 20)

    def media(self, call: Call, seq: int) -> str:
        return ('{"event":"media","sequenceNumber":"' + str(seq + 2) + '","streamSid":"' + call.stream_sid
                + '","media":{"track":"inbound","chunk":"' + str(seq + 1) + '","timestamp":"' + str(seq * 20)
                + '","payload":"' + call.payload + '"}}')

    async def listen(self, call: Call) -> None:
        conn = call.conn
        assert conn is not None
        mark_head = ('{"event":"mark","sequenceNumber":"1","streamSid":"' + call.stream_sid
                     + '","mark":{"name":"')
        with contextlib.suppress(wsmini.Closed):
            while True:
                message = await conn.recv()
                if message.startswith('{"event":"media"') or message.startswith('{"event": "media"'):
                    if not call.greeted.is_set():
                        call.greeted.set()
                        continue
                    self.received_out += 1
                    self.credit.release()
                    if self.received_out >= self.target:
                        self.done.set()
                elif message.startswith('{"event":"mark"') or message.startswith('{"event": "mark"'):
                    conn.send(mark_head + load.string_value(message, "name") + '"}}')

    async def start(self, parallel: int) -> None:
        self.server = await asyncio.start_server(self.realtime, "127.0.0.1", self.fake_port, backlog=1024)
        pending = list(self.calls)
        while pending:
            group, pending = pending[:parallel], pending[parallel:]
            await asyncio.gather(*(self.connect(call) for call in group))

    async def caller_phase(self, frames: int, inflight: int, timeout: float) -> int:
        """``frames`` per call, round-robin over the calls, at most ``inflight`` in flight in all
        (``inflight`` 0: each call every 20 ms, the calls spread over those 20 ms: real time)."""
        self.received_in, self.target = 0, frames * len(self.calls)
        self.done.clear()
        self.credit = asyncio.Semaphore(max(1, inflight))
        if not inflight:
            paced = self._paced(frames, lambda call, seq: (call.conn, self.media(call, seq)))
            return await self._phase(paced, timeout, "in")

        async def send() -> None:
            for seq in range(frames):
                for call in self.calls:
                    await self.credit.acquire()
                    assert call.conn is not None
                    call.conn.send(self.media(call, seq))
                    if seq % 16 == 0:
                        await call.conn.drain()

        return await self._phase(send(), timeout, "in")

    async def assistant_phase(self, frames: int, inflight: int, timeout: float) -> int:
        self.received_out, self.target = 0, frames * len(self.calls)
        self.done.clear()
        self.credit = asyncio.Semaphore(inflight)
        self.items += 1
        response_id, item_id = f"resp_{self.items}", f"item_{self.items}"
        prefix = load.audio_delta_prefix(response_id, item_id)

        for call in self.calls:
            assert call.fake is not None
            for text in load.response_started(response_id, item_id):
                call.fake.send(text)

        async def speak() -> None:
            for seq in range(frames):
                for call in self.calls:
                    await self.credit.acquire()
                    assert call.fake is not None
                    call.fake.send(prefix + call.payload + '"}')
                    if seq % 16 == 0:
                        await call.fake.drain()

        if inflight:
            got = await self._phase(speak(), timeout, "out")
        else:
            paced = self._paced(frames, lambda call, seq: (call.fake, prefix + call.payload + '"}'))
            got = await self._phase(paced, timeout, "out")
        for call in self.calls:
            if call.fake is not None and not call.fake.closed:
                for text in load.response_finished(response_id, item_id):
                    call.fake.send(text)
        return got

    async def _paced(self, frames: int,
                     frame: t.Callable[[Call, int], tuple[wsmini.Connection | None, str]]) -> None:
        """Every call sends a frame every 20 ms, the calls' first frames spread over 20 ms."""
        loop = asyncio.get_running_loop()
        start = loop.time()

        async def one(call: Call, offset: float) -> None:
            next_at = start + offset
            for seq in range(frames):
                delay = next_at - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                conn, text = frame(call, seq)
                assert conn is not None
                conn.send(text)
                next_at += 0.020

        await asyncio.gather(*(one(call, 0.020 * n / len(self.calls)) for n, call in enumerate(self.calls)))

    async def _phase(self, sender: t.Coroutine[t.Any, t.Any, None], timeout: float, way: str) -> int:
        task = asyncio.create_task(sender)
        try:
            await asyncio.wait_for(self.done.wait(), timeout)
        except TimeoutError:
            print(f"a phase timed out: {self.received_in if way == 'in' else self.received_out} of "
                  f"{self.target} frames arrived", flush=True)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        return self.received_in if way == "in" else self.received_out

    async def stop(self) -> None:
        for call in self.calls:
            if call.conn is not None and not call.conn.closed:
                with contextlib.suppress(Exception):
                    call.conn.send('{"event":"stop","sequenceNumber":"9999","streamSid":"' + call.stream_sid
                                   + '","stop":{}}')
                    await call.conn.close()
            if call.listener is not None:
                call.listener.cancel()
        if self.server is not None:
            self.server.close()



def user_system(pid: int) -> tuple[int, int]:
    """utime and stime of ``pid`` in clock ticks (for the kernel's share of the CPU)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]), int(fields[12])


def process_cpu(pid: int) -> float:
    """CPU seconds of process ``pid`` (every thread, live or ended), in ns resolution: Linux's
    per-process CPU clock (``clock_getcpuclockid``: ``(~pid << 3) | 2``); ``/proc``'s utime+stime
    (10 ms ticks) where that clock cannot be read."""
    try:
        return time.clock_gettime((~pid << 3) | 2)
    except OSError:
        return calls.cpu_seconds(pid)


class Server:
    """One server under test, kept up for the whole run. ``root``: another checkout of the
    repository to serve the demo POS from (``--also``), for a before/after in the same rounds."""

    def __init__(self, name: str, args: argparse.Namespace, workdir: Path, root: Path | None = None) -> None:
        self.name = name
        transport = name.split("@", 1)[0]
        self.port, self.fake_port = calls.free_port(), calls.free_port()
        self.database_url = ""
        self.args = args
        if transport == calls.BASELINE:
            env = calls.server_env("", self.port, self.fake_port, transport)
        else:
            if args.postgres:
                self.database_url = calls.create_postgres_database(args.postgres)
            else:
                self.database_url = f"sqlite:///{workdir / (name + '.sqlite')}"
            env = calls.server_env(self.database_url, self.port, self.fake_port, transport)
            if root is not None:
                env["PYTHONPATH"] = f"{root}{os.pathsep}{root / 'examples'}"
            calls.prepare_database(env)
        self.log = open(workdir / f"{name.replace('/', '_')}.log", "w")  # noqa: SIM115 (open while it runs)
        if root is None:
            self.process = calls.start_server(args, transport, env, self.log)
        else:
            argv = [sys.executable, "-m", "gunicorn", "-c", str(root / "examples" / "gunicorn.conf.py"),
                    "--access-logfile", "/dev/null"]
            self.process = subprocess.Popen(calls.pinned(args.server_core, argv), cwd=root / "examples",
                                            env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        calls.wait_healthy(self.port)
        self.pid = self.process.pid if transport == calls.BASELINE else calls.worker_pid(self.process.pid)
        self.generator = Generator(self.port, self.fake_port, args.calls)

    def cpu(self) -> float:
        return process_cpu(self.pid)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            calls.stop_server(self.process)
        self.log.close()
        if self.args.postgres and self.database_url:
            with contextlib.suppress(Exception):
                calls.drop_postgres_database(self.args.postgres, self.database_url)


async def measure(server: Server, args: argparse.Namespace, profile: str | None) -> dict[str, float]:
    """One round on one server: the three phases, the server's CPU over each."""
    gen = server.generator
    out: dict[str, float] = {}
    await asyncio.sleep(0.3)  # let the other server's last writes settle
    for phase in ("caller", "assistant"):
        profiler = None
        if profile and phase == args.profile_phase:
            native = ["--native"] if args.profile_native else []
            profiler = subprocess.Popen(["py-spy", "record", "--pid", str(server.pid), "--rate", "500",
                                         "--format", "raw", "--output", profile, "--nonblocking",
                                         "--duration", str(args.profile_seconds), *native],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            await asyncio.sleep(0.5)
        frames = args.frames if profiler is None else args.frames * 5
        cpu0, wall0, mine0 = server.cpu(), time.perf_counter(), time.process_time()
        ticks0 = user_system(server.pid)
        if phase == "caller":
            got = await gen.caller_phase(frames, args.inflight, args.phase_timeout)
        else:
            got = await gen.assistant_phase(frames, args.inflight, args.phase_timeout)
        cpu, wall = server.cpu() - cpu0, time.perf_counter() - wall0
        ticks = [b - a for a, b in zip(ticks0, user_system(server.pid), strict=True)]
        out[f"{phase}_system_share"] = ticks[1] / max(1, ticks[0] + ticks[1])
        if profiler is not None:
            profiler.wait(timeout=args.profile_seconds + 30)
        out[f"{phase}_ms_per_1000"] = 1000 * cpu * 1000 / got
        out[f"{phase}_frames_per_s"] = got / wall
        out[f"{phase}_server_busy"] = cpu / wall
        out[f"{phase}_load_busy"] = (time.process_time() - mine0) / wall
        await asyncio.sleep(0.2)
    cpu0, wall0 = server.cpu(), time.perf_counter()
    await asyncio.sleep(args.idle)
    cpu, wall = server.cpu() - cpu0, time.perf_counter() - wall0
    out["idle_ms_per_call_s"] = 1000 * cpu / (wall * args.calls)
    out["realtime_ms_per_call_s"] = (50 * out["caller_ms_per_1000"] / 1000
                                     + args.talk * 50 * out["assistant_ms_per_1000"] / 1000
                                     + out["idle_ms_per_call_s"])
    return out


async def quietly(work: t.Coroutine[t.Any, t.Any, dict[str, t.Any]]) -> dict[str, t.Any]:
    """``work``, without asyncio's log lines for connection handlers cancelled at the end."""
    loop = asyncio.get_running_loop()

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, t.Any]) -> None:
        if not isinstance(context.get("exception"), asyncio.CancelledError | ConnectionError):
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
    return await work


FIELDS = ("caller_ms_per_1000", "assistant_ms_per_1000", "idle_ms_per_call_s", "realtime_ms_per_call_s")


def spread(values: list[float]) -> str:
    middle = statistics.median(values)
    half = 50 * (max(values) - min(values)) / middle if middle else 0.0
    return f"{middle:.3f} ({min(values):.3f}-{max(values):.3f}, +-{half:.0f} %)"


async def run(args: argparse.Namespace) -> dict[str, t.Any]:
    deadline = time.monotonic() + args.deadline
    workdir = Path(tempfile.mkdtemp(prefix="pos_voice_frame_cost_"))
    names = [calls.BASELINE, *args.transports] if args.baseline else list(args.transports)
    servers: list[Server] = []
    rounds: list[dict[str, dict[str, float]]] = []
    loads: list[float] = []
    try:
        for name in names:
            servers.append(Server(name, args, workdir))
        for label, root in args.also:
            servers.append(Server(f"native@{label}", args, workdir, Path(root)))
        for server in servers:
            await asyncio.wait_for(server.generator.start(args.parallel), 120)
            await server.generator.caller_phase(20, args.inflight, args.phase_timeout)  # warm-up
            await server.generator.assistant_phase(20, args.inflight, args.phase_timeout)
        for number in range(args.rounds):
            if time.monotonic() > deadline:
                print(f"deadline reached after {number} rounds", flush=True)
                break
            loads.append(os.getloadavg()[0])
            order = servers if number % 2 == 0 else servers[::-1]
            result: dict[str, dict[str, float]] = {}
            for server in order:
                profiled = args.profile and number == 0 and server.name != calls.BASELINE
                profile = args.profile if profiled else None
                result[server.name] = await measure(server, args, profile)
            rounds.append(result)
            print(f"round {number + 1} (load {loads[-1]:.2f}): " + "; ".join(
                f"{name} in {r['caller_ms_per_1000']:.1f} out {r['assistant_ms_per_1000']:.1f} "
                f"idle {r['idle_ms_per_call_s']:.3f} rt {r['realtime_ms_per_call_s']:.3f} "
                f"({r['caller_frames_per_s']:.0f}/{r['assistant_frames_per_s']:.0f} frames/s, "
                f"load process {r['caller_load_busy']:.0%}, kernel {r['caller_system_share']:.0%})"
                for name, r in result.items()), flush=True)
        for server in servers:
            await server.generator.stop()
        await asyncio.sleep(0.5)
    finally:
        for server in servers:
            server.close()
    return {"settings": {key: value for key, value in vars(args).items()}, "load_averages": loads,
            "rounds": rounds, "logs": str(workdir)}


def report(result: dict[str, t.Any]) -> str:
    rounds = result["rounds"]
    if not rounds:
        return "no round finished"
    names = list(rounds[0])
    lines = ["| server | " + " | ".join(FIELDS) + " |", "|---" * (len(FIELDS) + 1) + "|"]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(spread([r[name][f] for r in rounds]) for f in FIELDS) + " |")
    if calls.BASELINE in names:
        for name in names:
            if name == calls.BASELINE:
                continue
            ratios = {f: [r[name][f] / r[calls.BASELINE][f] for r in rounds] for f in FIELDS}
            lines.append(f"| {name} / baseline, same round | "
                         + " | ".join(spread(ratios[f]) for f in FIELDS) + " |")
    others = [name for name in names if "@" in name]
    for name in others:
        base = next(n for n in names if n in ("native", "flask-sock"))
        ratios = {f: [r[name][f] / r[base][f] for r in rounds] for f in FIELDS}
        lines.append(f"| {name} / {base}, same round | "
                     + " | ".join(spread(ratios[f]) for f in FIELDS) + " |")
    loads = result["load_averages"]
    lines.append("")
    lines.append(f"{len(rounds)} rounds, load average {min(loads):.2f}-{max(loads):.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--transports", default="native", help="comma-separated: native, flask-sock")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--frames", type=int, default=200, help="frames per call and phase")
    parser.add_argument("--inflight", type=int, default=2,
                        help="frames in flight in all (1: every frame its own wake-up; 0: real-time pacing, "
                             "every call a frame each 20 ms)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--idle", type=float, default=2.0, help="seconds of the idle phase")
    parser.add_argument("--talk", type=float, default=1 / 3,
                        help="share of a call the assistant talks (for the real-time estimate)")
    parser.add_argument("--parallel", type=int, default=10, help="calls connected at once")
    parser.add_argument("--phase-timeout", type=float, default=120.0)
    parser.add_argument("--deadline", type=float, default=900.0, help="seconds: no round starts after")
    parser.add_argument("--server-core", type=int, default=0)
    parser.add_argument("--load-core", type=int, default=1)
    parser.add_argument("--postgres", default=None, help="admin URL: a fresh database, dropped after")
    parser.add_argument("--nice", type=int, default=0)
    parser.add_argument("--profile", default=None, help="py-spy raw stacks of the first round's phase")
    parser.add_argument("--profile-phase", default="caller", choices=("caller", "assistant"))
    parser.add_argument("--profile-seconds", type=int, default=8)
    parser.add_argument("--profile-native", action="store_true", help="py-spy --native (C frames too)")
    parser.add_argument("--also", action="append", default=[], metavar="LABEL=DIR",
                        help="also the native transport served from another checkout (e.g. an export of "
                             "main): a before/after in the same rounds")
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    args.transports = [name for name in args.transports.split(",") if name]
    args.gc_freeze = False
    args.also = [tuple(item.split("=", 1)) for item in args.also]
    if not 1 <= args.calls <= 1000 or not 1 <= args.frames <= 100_000 or not 0 <= args.inflight <= 1000:
        parser.error("--calls 1..1000, --frames 1..100000, --inflight 0..1000")
    if args.profile and not shutil.which("py-spy"):
        parser.error("--profile needs py-spy on PATH")
    calls.NICE = args.nice
    if args.load_core is not None and hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {args.load_core})
    result = asyncio.run(quietly(run(args)))
    print(report(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    sys.exit(main())
