"""Benchmark: server CPU per call-second on each model engine (issue 15's table).

One command, from the repository root::

    python -m bench.engines                              # 20 calls x 10 s on each engine
    python -m bench.engines --calls 50 --seconds 20 --engines realtime,live --json out.json

The same load on every engine: N concurrent simulated Twilio callers streaming 20 ms μ-law
frames in real time while the fake model talks 1 s of every 3 (no barge-in: GPT-Live has no
truncate, and the comparison is the relay's cost, not the interruption's). The server is the
demo POS under gunicorn's gevent worker with the native stream transport, pinned to core 0; the
load generator (callers and the fake far end) runs in another process on core 1; everything
binds 127.0.0.1 and every run ends by itself (bounded load, the server killed after).

* ``realtime`` — the relay on OpenAI Realtime: ``bench/load.py``'s fake Realtime server;
* ``live`` — the relay on GPT-Live (``POS_VOICE_ENGINE = "live"``): the same callers, with a
  fake GPT-Live server here (``session.start``/``session.started``, ``session.input_audio.append``
  in, ``session.output_audio.delta`` out, ``session.usage.updated``, ``session.close``);
* ``sip`` — a slot: in SIP mode the caller's audio goes from Twilio's SIP trunk to OpenAI and
  never reaches our server; measuring it needs a load that rings the webhook and plays the
  sideband (the SIP mode's simulated call, pos_voice/testing/simulate_sip.py, shows the steps),
  as a ``"sip"`` entry in :data:`ENGINES`. Until then it is listed as not measured, not guessed.

The harness is ``bench/calls.py``'s (server start, worker CPU sampler, summary), imported.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import typing as t
from pathlib import Path

from bench import calls, load, wsmini

LIVE_PATH = "/v1/live/sessions"
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


def realtime_env(fake_port: int) -> dict[str, str]:
    return {"POS_VOICE_ENGINE": "realtime"}  # calls.server_env points REALTIME_URL at the fake


def live_env(fake_port: int) -> dict[str, str]:
    return {"POS_VOICE_ENGINE": "live", "POS_VOICE_LIVE_URL": f"ws://127.0.0.1:{fake_port}{LIVE_PATH}"}


#: engine name -> (the server's settings for it, the load generator that plays its far end).
#: SIP mode goes here once it has a runnable call against the fake SIP control plane.
ENGINES: dict[str, tuple[t.Callable[[int], dict[str, str]], type[load.Bench]]] = {
    "realtime": (realtime_env, load.Bench),
    "live": (live_env, LiveLoad),
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
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
    summary["engine"] = LABELS[engine]
    return summary


COLUMNS = [("engine", "engine / mode"), ("calls", "calls"), ("calls_completed", "completed"),
           ("cpu_ms_per_call_second", "server CPU ms per call-second"),
           ("server_cpu_percent", "server CPU %"), ("inbound_p99_ms", "in p99 ms"),
           ("outbound_p99_ms", "out p99 ms"), ("dead_air_p50_ms", "dead air p50 ms"),
           ("frames_lost_in", "lost in"), ("frames_lost_out", "lost out")]


def markdown(rows: list[dict[str, t.Any]]) -> str:
    table = calls.markdown_table(rows, COLUMNS)
    measured = {row["engine"] for row in rows}
    if LABELS["sip"] not in measured:
        cells = [f"{LABELS['sip']} (not measured yet: no entry in ENGINES)",
                 *["—"] * (len(COLUMNS) - 1)]
        table += "\n| " + " | ".join(cells) + " |"
    return table


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
