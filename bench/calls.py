"""Benchmark: N concurrent simulated calls through the demo POS under gunicorn's gevent worker.

One command, from the repository root::

    python -m bench.calls                      # 100 calls, real-time pacing and a fast burst,
                                               # on each media-stream transport in turn
    python -m bench.calls --transport native   # POS_VOICE_STREAM_TRANSPORT: flask-sock|native|both
    python -m bench.calls --calls 50 --seconds 10 --pacing realtime --markdown bench/RESULTS-bridge.md

The server (gunicorn, one gevent worker, the demo POS with pos_voice, SQLite unless
``--database-url``) is pinned to core 0 with ``taskset``; the load generator (every simulated
Twilio caller and the fake OpenAI Realtime server, ``bench/load.py``) runs in another process
pinned to core 1. Everything binds 127.0.0.1. Reported:

* server CPU per call-second: the worker's utime+stime from ``/proc`` over the steady window,
  divided by calls x window seconds;
* added latency each way, p50/p99: each μ-law frame carries its send time; measured where it
  arrives, so it is the bridge plus two loopback hops and the load generator's own scheduling;
* barge-in latency: fake ``speech_started`` sent -> Twilio ``clear`` received by the caller;
* dead air: the caller's ``start`` -> the first assistant audio it receives (the fake model
  answers at once: the wait is the bridge's), p50/p99/max over the calls;
* memory per call: worker RSS during the window minus before it, over N;
* frames lost (sent minus received, each way), and stale frames leaked after a ``clear``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import typing as t
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AUTH_TOKEN = "bench-twilio-token"
PUBLIC = "https://bench.example.com"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


NICE = 0  # set from --nice: a shared machine's other work otherwise shows up as latency


def pinned(core: int | None, argv: list[str]) -> list[str]:
    if NICE:
        argv = ["nice", "-n", str(NICE), *argv]
    if core is None or not shutil.which("taskset"):
        return argv
    return ["taskset", "-c", str(core), *argv]


TRANSPORTS = ("flask-sock", "native")  # POS_VOICE_STREAM_TRANSPORT values
BASELINE = "baseline"  # bench/baseline_relay.py: FastAPI + websockets, no POS
SERVERS = (BASELINE, *TRANSPORTS)


def server_env(database_url: str, port: int, fake_port: int, transport: str) -> dict[str, str]:
    env = {**os.environ}
    env.update({
        "POS_VOICE_STREAM_TRANSPORT": transport,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "warning",
        "POS_VOICE_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "POS_VOICE_OPENAI_API_KEY": "sk-bench-not-a-key",
        "POS_VOICE_PUBLIC_BASE_URL": PUBLIC,
        "POS_VOICE_STAFF_PHONE": "+15550001111",
        "POS_VOICE_REALTIME_URL": f"ws://127.0.0.1:{fake_port}/v1/realtime",
        "POS_VOICE_MAX_CONCURRENT_CALLS": "100000",
        "POS_VOICE_CALLER_RATE_LIMIT_CALLS": "0",  # every run calls from the same numbers again
        "POS_VOICE_SILENCE_PROMPT_SECONDS": "600",
        "POS_VOICE_SILENCE_HANGUP_SECONDS": "600",
        "PYTHONPATH": f"{ROOT}{os.pathsep}{EXAMPLES}",
    })
    return env


def prepare_database(env: dict[str, str]) -> None:
    code = ("from pizzeria_pos import create_app\nfrom pizzeria_pos.seed import seed_demo\n"
            "app = create_app()\nwith app.app_context():\n"
            "    db = app.extensions['sqlalchemy']\n    db.create_all()\n    seed_demo()\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=EXAMPLES, timeout=120,
                   stdout=subprocess.DEVNULL)


def create_postgres_database(admin_url: str) -> str:
    """A fresh database on the PostgreSQL server at ``admin_url``; its URL."""
    import sqlalchemy as sa

    name = f"pos_voice_bench_{os.getpid()}_{int(time.time())}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return sa.engine.make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(admin_url: str, url: str) -> None:
    import sqlalchemy as sa

    name = sa.engine.make_url(url).database
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def worker_pid(master: int, timeout: float = 20.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        except OSError:
            children = []
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise RuntimeError("gunicorn started no worker")


def wait_healthy(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/voice/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not come up")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def rss_mb(pid: int) -> float:
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return pages * PAGE_KB / 1024


class Sampler(threading.Thread):
    """CPU and RSS of the worker every ``interval`` seconds, with wall-clock times."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.samples: list[tuple[float, float, float]] = []  # (time, cpu s, rss MB)
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            try:
                self.samples.append((time.time(), cpu_seconds(self.pid), rss_mb(self.pid)))
            except OSError:
                return
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=2)

    def cpu_between(self, start: float, end: float) -> float:
        inside = [s for s in self.samples if start <= s[0] <= end]
        if len(inside) < 2:
            return 0.0
        return inside[-1][1] - inside[0][1]

    def span_between(self, start: float, end: float) -> float:
        inside = [s for s in self.samples if start <= s[0] <= end]
        return inside[-1][0] - inside[0][0] if len(inside) >= 2 else 0.0

    def rss_between(self, start: float, end: float) -> float:
        inside = [s[2] for s in self.samples if start <= s[0] <= end]
        return max(inside) if inside else 0.0

    def rss_before(self, start: float) -> float:
        before = [s[2] for s in self.samples if s[0] < start]
        return before[-1] if before else 0.0


class ConnectionCounter(threading.Thread):
    """Peak number of PostgreSQL connections to the bench's database (the servers' pools)."""

    def __init__(self, admin_url: str, database: str, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.admin_url, self.database, self.interval = admin_url, database, interval
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        import sqlalchemy as sa

        engine = sa.create_engine(self.admin_url, poolclass=sa.pool.NullPool)
        query = sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name")
        try:
            with engine.connect() as conn:
                while not self._stop_event.is_set():
                    self.peak = max(self.peak, int(conn.execute(query, {"name": self.database}).scalar_one()))
                    conn.rollback()
                    self._stop_event.wait(self.interval)
        finally:
            engine.dispose()

    def stop(self) -> int:
        self._stop_event.set()
        self.join(timeout=5)
        return self.peak


def count_connections(args: argparse.Namespace, database_url: str) -> ConnectionCounter | None:
    if not args.postgres or not database_url.startswith("postgresql"):
        return None
    import sqlalchemy as sa

    counter = ConnectionCounter(args.postgres, str(sa.engine.make_url(database_url).database))
    counter.start()
    return counter


def start_profiler(argv: list[str], delay: float, started: list[subprocess.Popen[bytes]]) -> None:
    time.sleep(delay)
    started.append(subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def run_load(settings: dict[str, t.Any], core: int | None, timeout: float) -> dict[str, t.Any]:
    argv = pinned(core, [sys.executable, "-m", "bench.load", json.dumps(settings)])
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"load generator failed:\n{done.stderr[-3000:]}")
    return t.cast(dict[str, t.Any], json.loads(done.stdout))


def summarise(result: dict[str, t.Any], sampler: Sampler, baseline_rss: float,
              transport: str) -> dict[str, t.Any]:
    start, end = result["window"]
    calls = result["calls"]
    cpu = sampler.cpu_between(start, end)
    span = sampler.span_between(start, end) or (end - start)
    if result["pacing"] == "fast":
        call_seconds = (result["received_in"] + result["received_out"]) / 2 / 50
    else:
        call_seconds = calls * span
    to_ms = 1e-6
    inbound = [v * to_ms for v in result["inbound_ns"]]
    outbound = [v * to_ms for v in result["outbound_ns"]]
    barge = [v * to_ms for v in result["barge_in_ns"]]
    dead_air = [v * to_ms for v in result.get("dead_air_ns", [])]
    peak = sampler.rss_between(start, end)
    if result["pacing"] == "fast":
        inbound, outbound = [], []  # a burst measures its own backlog, not the bridge's latency
    return {
        "transport": transport,
        "pacing": result["pacing"],
        "calls": calls,
        "calls_completed": result["calls_completed"],
        "call_errors": result["call_error_count"],
        "call_error_sample": result["call_errors"][:3],
        "window_s": round(span, 2),
        "cpu_ms_per_call_second": round(cpu * 1000 / call_seconds, 3) if call_seconds else None,
        "server_cpu_percent": round(100 * cpu / span, 1) if span else None,
        "inbound_p50_ms": round(statistics.median(inbound), 3) if inbound else None,
        "inbound_p99_ms": round(percentile(inbound, 99), 3) if inbound else None,
        "outbound_p50_ms": round(statistics.median(outbound), 3) if outbound else None,
        "outbound_p99_ms": round(percentile(outbound, 99), 3) if outbound else None,
        "barge_in_p50_ms": round(statistics.median(barge), 3) if barge else None,
        "barge_in_p99_ms": round(percentile(barge, 99), 3) if barge else None,
        "barge_ins": len(barge),
        "dead_air_p50_ms": round(statistics.median(dead_air), 1) if dead_air else None,
        "dead_air_p99_ms": round(percentile(dead_air, 99), 1) if dead_air else None,
        "dead_air_max_ms": round(max(dead_air), 1) if dead_air else None,
        "memory_mb_per_call": round((peak - baseline_rss) / calls, 3) if calls else None,
        "load_cpu_percent": (round(100 * result["load_cpu_seconds"] / (end - start), 1)
                             if end > start else None),
        "rss_before_mb": round(baseline_rss, 1),
        "rss_peak_mb": round(peak, 1),
        "frames_sent_in": result["sent_in"],
        "frames_lost_in": result["sent_in"] - result["received_in"],
        "frames_sent_out": result["sent_out"],
        "frames_lost_out": result["sent_out"] - result["received_out"],
        "stale_frames_leaked": result["stale_leaked"],
        "samples_in": len(inbound),
        "samples_out": len(outbound),
    }


def start_server(args: argparse.Namespace, transport: str, env: dict[str, str],
                 log: t.IO[str]) -> subprocess.Popen[bytes]:
    """The server under test: the baseline relay under uvicorn, or the demo POS under gunicorn."""
    if transport == BASELINE:
        try:
            import fastapi  # noqa: F401
            import uvicorn  # noqa: F401
            import websockets  # noqa: F401
        except ImportError as exc:
            raise SystemExit(f"the baseline needs {exc.name}: "
                             "pip install -r bench/requirements-baseline.txt") from exc
        argv = [sys.executable, "-m", "uvicorn", "bench.baseline_relay:app", "--host", "127.0.0.1",
                "--port", env["PORT"], "--log-level", "warning", "--no-access-log"]
        return subprocess.Popen(pinned(args.server_core, argv), cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    gunicorn_config = (ROOT / "bench" / "gunicorn_gc_freeze.py" if args.gc_freeze
                       else EXAMPLES / "gunicorn.conf.py")
    argv = [sys.executable, "-m", "gunicorn", "-c", str(gunicorn_config), "--access-logfile", "/dev/null"]
    return subprocess.Popen(pinned(args.server_core, argv), cwd=EXAMPLES, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)


#: The call counts a capacity sweep tries, in order, until one misses (``--capacity``).
CAPACITY_STEPS = (50, 100, 150, 200, 250, 300, 400, 500, 600, 800, 1000)
CAPACITY_P99_MS = 50.0


def stop_server(server: subprocess.Popen[t.Any]) -> None:
    """Stop the server's process group: SIGTERM, then SIGKILL after 15 s."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def capacity_miss(summary: dict[str, t.Any]) -> str | None:
    """Why a real-time run at this many calls is past capacity (p99 < 50 ms, nothing lost), else None."""
    worst = max(summary["inbound_p99_ms"] or 0, summary["outbound_p99_ms"] or 0)
    if worst >= CAPACITY_P99_MS:
        return f"p99 {worst} ms"
    if summary["frames_lost_in"] or summary["frames_lost_out"] or summary["call_errors"]:
        return "frames lost or calls failed"
    if (summary["load_cpu_percent"] or 0) > 90:
        return "the load generator is saturated (a lower bound)"
    return None


def run(args: argparse.Namespace, transport: str) -> dict[str, t.Any]:
    workdir = Path(tempfile.mkdtemp(prefix="pos_voice_bench_"))
    port, fake_port = free_port(), free_port()
    database_url = ""
    if transport == BASELINE:
        env = server_env("", port, fake_port, transport)
    else:
        if args.postgres:
            database_url = create_postgres_database(args.postgres)
        else:
            database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite'}"
        env = server_env(database_url, port, fake_port, transport)
        prepare_database(env)
    log = open(workdir / "server.log", "w")  # noqa: SIM115 (kept open for the server's lifetime)
    server = start_server(args, transport, env, log)
    runs: list[dict[str, t.Any]] = []
    series: dict[str, list[tuple[float, float, float]]] = {}
    raw: dict[str, dict[str, list[float]]] = {}
    try:
        wait_healthy(port)
        pid = server.pid if transport == BASELINE else worker_pid(server.pid)
        fresh_rss = rss_mb(pid)
        base = {"host": "127.0.0.1", "port": port, "fake_port": fake_port, "public_base_url": PUBLIC,
                "auth_token": AUTH_TOKEN}
        # warm-up: imports, first queries, connection pools
        run_load({**base, "calls": 2, "seconds": 2.0, "ramp_seconds": 0.2, "run_id": 1}, args.load_core, 60)
        pacings = ["realtime", "fast"] if args.pacing == "both" else [args.pacing]
        plan = [(pacing, args.calls) for pacing in pacings]
        if args.capacity:
            plan = [("realtime", calls) for calls in CAPACITY_STEPS if calls <= args.calls]
        for run_id, (pacing, calls) in enumerate(plan, start=2):
            sampler = Sampler(pid)
            sampler.start()
            time.sleep(0.6)
            baseline = sampler.samples[-1][2]
            started = time.time()
            profiler: list[subprocess.Popen[bytes]] = []
            if args.profile and pacing == "realtime" and shutil.which("py-spy"):
                # Sampled from outside the worker, over the steady state only (calls all connected).
                seconds = str(max(2, int(args.seconds) - 3))
                argv = ["py-spy", "record", "--pid", str(pid), "--duration", seconds, "--rate", "250",
                        "--format", "raw", "--output", str(args.profile), "--nonblocking", "--gil"]
                threading.Thread(target=start_profiler, args=(argv, args.ramp + 3.0, profiler),
                                 daemon=True).start()
            connections = count_connections(args, database_url)
            result = run_load({**base, "calls": calls, "seconds": args.seconds, "pacing": pacing,
                               "fast_frames": args.fast_frames, "ramp_seconds": args.ramp, "run_id": run_id},
                              args.load_core, timeout=args.seconds + 240)
            time.sleep(0.5)
            sampler.stop()
            for process in profiler:
                process.wait(timeout=60)
            summary = summarise(result, sampler, baseline, transport)
            summary["rss_fresh_mb"] = round(fresh_rss, 1)
            summary["db_connections_peak"] = connections.stop() if connections else None
            runs.append(summary)
            raw[pacing] = {key: [round(v / 1e6, 3) for v in result[key]]
                           for key in ("inbound_ns", "outbound_ns", "barge_in_ns")}
            series[pacing] = [(s[0] - started, s[1], s[2]) for s in sampler.samples]
            print(format_row(summary), flush=True)
            if args.capacity:
                summary["capacity_miss"] = capacity_miss(summary)
                if summary["capacity_miss"]:
                    break
            time.sleep(1.0)
    finally:
        stop_server(server)
        log.close()
        if args.postgres and database_url:
            drop_postgres_database(args.postgres, database_url)
    return {"transport": transport, "runs": runs, "series": series, "server_log": str(workdir / "server.log"),
            "database": database_url.split(":", 1)[0] or None, "latencies_ms": raw,
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                        "load_average_before": os.getloadavg(), "nice": NICE}}


def group_pids(leader: int) -> list[int]:
    """Every process of ``leader``'s process group (nginx's master and its workers)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == leader:  # pgrp
                pids.append(int(entry.name))
    return pids


def run_behind_proxy(args: argparse.Namespace, transport: str) -> dict[str, t.Any]:
    """The same calls through nginx (examples/nginx.conf) to ``--processes`` gunicorn processes,
    all on the server core: CPU of each process and of the proxy, latency through the proxy."""
    from tests.support.deployment import nginx_config, start_nginx

    workdir = Path(tempfile.mkdtemp(prefix="pos_voice_bench_proxy_"))
    proxy_port, fake_port = free_port(), free_port()
    database_url = (create_postgres_database(args.postgres) if args.postgres
                    else args.database_url or f"sqlite:///{workdir / 'bench.sqlite'}")
    ports = [free_port() for _ in range(args.processes)]
    envs = [server_env(database_url, port, fake_port, transport) for port in ports]
    prepare_database(envs[0])
    logs = [open(workdir / f"server-{i}.log", "w") for i in range(args.processes)]  # noqa: SIM115
    servers = [start_server(args, transport, env, log) for env, log in zip(envs, logs, strict=True)]
    nginx = None
    runs: list[dict[str, t.Any]] = []
    try:
        nginx = start_nginx(workdir, nginx_config(workdir, proxy_port, ports))
        for port in ports:
            wait_healthy(port)
        wait_healthy(proxy_port)
        workers = [worker_pid(server.pid) for server in servers]
        proxy_pids = group_pids(nginx.pid)
        if args.server_core is not None and shutil.which("taskset"):  # the proxy shares the servers' core
            for pid in proxy_pids:
                subprocess.run(["taskset", "-p", "-c", str(args.server_core), str(pid)],
                               check=False, stdout=subprocess.DEVNULL)
        base = {"host": "127.0.0.1", "port": proxy_port, "fake_port": fake_port, "public_base_url": PUBLIC,
                "auth_token": AUTH_TOKEN}
        run_load({**base, "calls": 4, "seconds": 2.0, "ramp_seconds": 0.2, "run_id": 1}, args.load_core, 60)
        samplers = [Sampler(pid) for pid in [*workers, *proxy_pids]]
        for sampler in samplers:
            sampler.start()
        time.sleep(0.6)
        connections = count_connections(args, database_url)
        result = run_load({**base, "calls": args.calls, "seconds": args.seconds, "pacing": "realtime",
                           "ramp_seconds": args.ramp, "run_id": 2}, args.load_core,
                          timeout=args.seconds + 240)
        time.sleep(0.5)
        for sampler in samplers:
            sampler.stop()
        start, end = result["window"]
        span = end - start
        worker_cpu = [sampler.cpu_between(start, end) for sampler in samplers[:len(workers)]]
        proxy_cpu = sum(sampler.cpu_between(start, end) for sampler in samplers[len(workers):])
        summary = summarise(result, samplers[0], 0.0, transport)  # latencies, losses
        call_seconds = result["calls"] * span
        summary.update({
            "processes": args.processes,
            "cpu_ms_per_call_second": round(sum(worker_cpu) * 1000 / call_seconds, 3),
            "process_cpu_percent": " / ".join(f"{100 * cpu / span:.1f}" for cpu in worker_cpu),
            "proxy_cpu_percent": round(100 * proxy_cpu / span, 1),
            "proxy_ms_per_call_second": round(proxy_cpu * 1000 / call_seconds, 3),
            "db_connections_peak": connections.stop() if connections else None,
            "round": 1,
        })
        runs.append(summary)
        print(format_row(summary, PROXY_COLUMNS), flush=True)
    finally:
        for server in servers:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
        if nginx is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(nginx.pid, signal.SIGTERM)
        for server in servers:
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        for log in logs:
            log.close()
        if args.postgres:
            drop_postgres_database(args.postgres, database_url)
    return {"transport": transport, "runs": runs, "workdir": str(workdir)}


COLUMNS = [
    ("transport", "server"), ("pacing", "pacing"), ("calls", "calls"),
    ("cpu_ms_per_call_second", "CPU ms/call-s"), ("cpu_vs_baseline", "CPU x baseline"),
    ("server_cpu_percent", "server CPU %"),
    ("inbound_p50_ms", "in p50 ms"), ("inbound_p99_ms", "in p99 ms"),
    ("outbound_p50_ms", "out p50 ms"), ("outbound_p99_ms", "out p99 ms"),
    ("barge_in_p50_ms", "barge-in p50 ms"), ("barge_in_p99_ms", "barge-in p99 ms"),
    ("dead_air_p50_ms", "dead air p50 ms"), ("dead_air_p99_ms", "dead air p99 ms"),
    ("dead_air_max_ms", "dead air max ms"),
    ("rss_before_mb", "idle RSS MB"), ("memory_mb_per_call", "MB/call"),
    ("frames_lost_in", "lost in"), ("frames_lost_out", "lost out"),
    ("stale_frames_leaked", "stale leaked"), ("call_errors", "call errors"),
    ("db_connections_peak", "peak DB connections"), ("load_cpu_percent", "load gen CPU %"),
]
#: What the spread over repeated runs is given for (min-max per server and pacing).
SPREAD = ["cpu_ms_per_call_second", "cpu_vs_baseline", "inbound_p99_ms", "outbound_p99_ms",
          "barge_in_p99_ms", "memory_mb_per_call"]


PROXY_COLUMNS = [
    ("transport", "server"), ("processes", "processes"), ("calls", "calls"),
    ("cpu_ms_per_call_second", "processes' CPU ms/call-s"), ("process_cpu_percent", "CPU % per process"),
    ("proxy_cpu_percent", "nginx CPU %"), ("proxy_ms_per_call_second", "nginx CPU ms/call-s"),
    ("inbound_p50_ms", "in p50 ms"), ("inbound_p99_ms", "in p99 ms"),
    ("outbound_p50_ms", "out p50 ms"), ("outbound_p99_ms", "out p99 ms"),
    ("barge_in_p99_ms", "barge-in p99 ms"), ("frames_lost_in", "lost in"), ("frames_lost_out", "lost out"),
    ("call_errors", "call errors"), ("db_connections_peak", "peak DB connections"),
    ("load_cpu_percent", "load gen CPU %"),
]


def format_row(summary: dict[str, t.Any], columns: list[tuple[str, str]] | None = None) -> str:
    row = "  ".join(f"{label}={summary.get(key)}" for key, label in columns or COLUMNS)
    return row + (f"  e.g. {summary['call_error_sample']}" if summary.get("call_errors") else "")


def markdown_table(runs: list[dict[str, t.Any]], columns: list[tuple[str, str]] | None = None) -> str:
    columns = columns or COLUMNS
    head = "| " + " | ".join(label for _, label in columns) + " |"
    rule = "|" + "|".join("---" for _ in columns) + "|"
    rows = ["| " + " | ".join("-" if run.get(key) is None else str(run.get(key)) for key, _ in columns) + " |"
            for run in runs]
    return "\n".join([head, rule, *rows])


def against_baseline(rows: list[dict[str, t.Any]]) -> None:
    """Each row's CPU per call-second over the baseline's in the same round and pacing."""
    base = {(row["round"], row["pacing"]): row["cpu_ms_per_call_second"]
            for row in rows if row["transport"] == BASELINE}
    for row in rows:
        reference = base.get((row["round"], row["pacing"]))
        mine = row["cpu_ms_per_call_second"]
        row["cpu_vs_baseline"] = round(mine / reference, 2) if reference and mine is not None else None


def spread(rows: list[dict[str, t.Any]]) -> list[dict[str, t.Any]]:
    """Per server and pacing, each SPREAD metric as ``min-max`` over the rounds (median in brackets)."""
    out = []
    keys = sorted({(row["pacing"], row["transport"]) for row in rows},
                  key=lambda key: (key[0] != "realtime", SERVERS.index(key[1])))
    for pacing, transport in keys:
        mine = [row for row in rows if row["pacing"] == pacing and row["transport"] == transport]
        entry: dict[str, t.Any] = {"transport": transport, "pacing": pacing, "runs": len(mine)}
        for metric in SPREAD:
            values = [row[metric] for row in mine if row.get(metric) is not None]
            if values:
                entry[metric] = (f"{min(values)}-{max(values)} ({statistics.median(values):g})"
                                 if len(values) > 1 else str(values[0]))
        out.append(entry)
    return out


SPREAD_COLUMNS = [("transport", "server"), ("pacing", "pacing"), ("runs", "runs"),
                  *[(key, label) for key, label in COLUMNS if key in SPREAD]]


def capacity_table(rows: list[dict[str, t.Any]]) -> str:
    """Calls per core at p99 < 50 ms: the most calls that passed, per server and round, and the
    estimate from CPU (one core over the CPU per call-second at that load)."""
    lines = ["| server | round | calls per core at p99 < 50 ms (measured) | first miss | "
             "CPU ms/call-s there | 1000 / CPU ms/call-s |", "|---|---|---|---|---|---|"]
    for (transport, number) in sorted({(row["transport"], row["round"]) for row in rows},
                                      key=lambda key: (key[1], SERVERS.index(key[0]))):
        mine = [row for row in rows if row["transport"] == transport and row["round"] == number]
        passed = [row for row in mine if not row.get("capacity_miss")]
        missed = next((row for row in mine if row.get("capacity_miss")), None)
        best = passed[-1] if passed else None
        cpu = best["cpu_ms_per_call_second"] if best else None
        miss = f"{missed['calls']}: {missed['capacity_miss']}" if missed else "none up to the cap"
        lines.append(f"| {transport} | {number} | {best['calls'] if best else 0} | {miss} | "
                     f"{cpu if cpu else '-'} | {round(1000 / cpu) if cpu else '-'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20.0, help="steady-state length of a real-time run")
    parser.add_argument("--pacing", choices=["realtime", "fast", "both"], default="both")
    parser.add_argument("--transport", default="all",
                        help="the servers to run, one after the other: baseline (bench/baseline_relay.py), "
                             "a POS_VOICE_STREAM_TRANSPORT of the demo POS, pos_voice (both transports), "
                             "all (the baseline and both transports), or a comma list (baseline,native)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of every server in turn; the spread over rounds is reported")
    parser.add_argument("--capacity", action="store_true",
                        help="calls per core at p99 < 50 ms: real-time runs at 50, 100, 150, ... calls "
                             "(up to --calls) on each server until one misses")
    parser.add_argument("--processes", type=int, default=1,
                        help="more than 1: the calls go through nginx (examples/nginx.conf) to this many "
                             "gunicorn processes on the server core (real-time; per-process and proxy CPU)")
    parser.add_argument("--fast-frames", type=int, default=1500, help="frames each way per call (fast)")
    parser.add_argument("--ramp", type=float, default=5.0, help="seconds over which calls arrive")
    parser.add_argument("--database-url", default=None, help="an existing, empty database (default: SQLite)")
    parser.add_argument("--postgres", default=None, metavar="ADMIN_URL",
                        help="create a fresh database on this PostgreSQL server (dropped afterwards)")
    parser.add_argument("--server-core", type=int, default=0)
    parser.add_argument("--load-core", type=int, default=1)
    parser.add_argument("--json", type=Path, default=None, help="write the full results here")
    parser.add_argument("--markdown", type=Path, default=None, help="write the results table here")
    parser.add_argument("--profile", type=Path, default=None,
                        help="py-spy collapsed stacks of the worker during the real-time run")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.freeze() in the worker after start-up (bench/gunicorn_gc_freeze.py)")
    parser.add_argument("--nice", type=int, default=0,
                        help="run server and load at this niceness (negative needs root) on a busy machine")
    args = parser.parse_args(argv)
    # Stopped from outside (timeout, kill): still stop the servers it started and drop its database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    global NICE
    NICE = args.nice
    if (args.calls < 1 or args.calls > 1000 or args.seconds > 600 or not 1 <= args.repeat <= 10
            or not 1 <= args.processes <= 8):
        parser.error("keep runs bounded: 1-1000 calls, at most 600 seconds, 1-10 rounds, 1-8 processes")
    servers = {"all": SERVERS, "pos_voice": TRANSPORTS}.get(args.transport, tuple(args.transport.split(",")))
    if not servers or any(server not in SERVERS for server in servers):
        parser.error(f"--transport: all, pos_voice, or some of {', '.join(SERVERS)} (comma-separated)")
    if args.processes > 1:  # calls across several processes behind nginx
        proxied = [run_behind_proxy(args, server) for server in servers if server != BASELINE]
        table = markdown_table([row for result in proxied for row in result["runs"]], PROXY_COLUMNS)
        print(table)
        if args.json:
            args.json.write_text(json.dumps(proxied, indent=1))
        if args.markdown:
            args.markdown.write_text(table + "\n")
        return
    rounds: list[dict[str, dict[str, t.Any]]] = []
    rows: list[dict[str, t.Any]] = []
    for number in range(1, args.repeat + 1):
        results = {server: run(args, server) for server in servers}
        rounds.append(results)
        for result in results.values():
            rows.extend({**row, "round": number} for row in result["runs"])
    if args.capacity:
        print(capacity_table(rows))
        if args.json:
            args.json.write_text(json.dumps({"rounds": rounds, "rows": rows}, indent=1))
        return
    against_baseline(rows)
    # side by side: each pacing's rows next to each other, the baseline first
    rows.sort(key=lambda row: (row["pacing"] != "realtime", row["round"], SERVERS.index(row["transport"])))
    table = markdown_table(rows)
    if args.repeat > 1:
        table += "\n\nSpread over rounds (min-max, median in brackets):\n\n" + \
            markdown_table(spread(rows), SPREAD_COLUMNS)
    print(table)
    print(f"load average at the end: {os.getloadavg()}")
    if args.json:  # one server, one round: the shape bench/plot.py reads; else every round of every server
        single = rounds[0][servers[0]] if len(servers) == 1 and len(rounds) == 1 else None
        args.json.write_text(json.dumps(single or {"rounds": rounds, "rows": rows}, indent=1))
    if args.markdown:
        args.markdown.write_text(table + "\n")


if __name__ == "__main__":
    main()
