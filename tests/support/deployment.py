"""A real multi-process deployment on 127.0.0.1: N gunicorn gevent processes of the demo POS
behind nginx (the README's recipe, ``examples/nginx.conf``), sharing one PostgreSQL database.

:class:`Deployment` starts it in a temporary folder and stops it, every wait bounded::

    with Deployment(tmp_path, database_url, realtime_url=fake.url) as deployment:
        deployment.url               # the proxy, balancing over every process (as Twilio reaches it)
        deployment.route(1)          # the proxy too, but its requests always reach process 1
        deployment.processes[0].port # a process itself, without the proxy

``route(i)`` is how a test sends the webhook of a call, its media stream, its status callback
and its ``/stream-ended`` to different processes: the proxy listens on one more port per
process whose upstream is that process alone (same location settings as the balanced port).
Ports are chosen at run time. Processes get their own session (process group) so stopping them
stops their workers; anything still running at the end is killed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import typing as t
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pos_voice.testing.caller import SimulatedCaller, WebhookExchange

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
NGINX_RECIPE = EXAMPLES / "nginx.conf"

AUTH_TOKEN = "deployment-twilio-token"
PUBLIC_BASE_URL = "https://pos.example.com"
STAFF_PHONE = "+15550001111"
SECRET_KEY = "deployment-secret"  # every process must share it: a staff login works on any of them
ALWAYS_OPEN = {day: "00:00-24:00" for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


class DeploymentError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)


def wait_until(ready: t.Callable[[], bool], timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(interval)
    raise DeploymentError(f"timed out after {timeout:.0f}s waiting for {what}")


def get_json(url: str, timeout: float = 3.0) -> tuple[int, dict[str, t.Any]]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            return exc.code, json.loads(body or b"{}")
        except ValueError:
            return exc.code, {"body": body.decode(errors="replace")}


def prepare_database(database_url: str) -> None:
    """The demo POS's tables and menu, and pos_voice's tables, in ``database_url`` (in a child:
    the demo app is configured from the environment exactly like the served processes)."""
    code = ("from pizzeria_pos import create_app\nfrom pizzeria_pos.seed import seed_demo\n"
            "app = create_app()\nwith app.app_context():\n"
            "    db = app.extensions['sqlalchemy']\n    db.create_all()\n    seed_demo()\n")
    env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": SECRET_KEY,
           "PYTHONPATH": f"{ROOT}{os.pathsep}{EXAMPLES}", "POS_VOICE_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
           "POS_VOICE_OPENAI_API_KEY": "sk-deployment-not-a-key",
           "POS_VOICE_PUBLIC_BASE_URL": PUBLIC_BASE_URL, "POS_VOICE_STAFF_PHONE": STAFF_PHONE}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=EXAMPLES, timeout=120,
                   stdout=subprocess.DEVNULL)


@dataclass
class Process:
    """One gunicorn master (one gevent worker) serving the demo POS."""

    index: int
    port: int
    env: dict[str, str]
    log_path: Path
    route_port: int  # the proxy's port pinned to this process
    popen: subprocess.Popen[bytes] | None = None
    _log: t.IO[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._log = open(self.log_path, "ab")  # noqa: SIM115 (kept for the process's lifetime)
        argv = [sys.executable, "-m", "gunicorn", "-c", str(EXAMPLES / "gunicorn.conf.py")]
        self.popen = subprocess.Popen(argv, cwd=EXAMPLES, env=self.env, stdout=self._log,
                                      stderr=subprocess.STDOUT, start_new_session=True)

    def healthy(self) -> bool:
        if self.popen is None or self.popen.poll() is not None:
            raise DeploymentError(f"process {self.index} exited; its log:\n{self.log_tail()}")
        try:
            status, body = get_json(f"{self.url}/voice/health", timeout=1.0)
        except OSError:
            return False
        return status == 200 and body.get("status") == "ok"

    def health(self) -> dict[str, t.Any]:
        return get_json(f"{self.url}/voice/health")[1]

    def worker_pid(self) -> int | None:
        if self.popen is None:
            return None
        try:
            children = Path(f"/proc/{self.popen.pid}/task/{self.popen.pid}/children").read_text().split()
        except OSError:
            return None
        return int(children[0]) if children else None

    def terminate(self) -> None:
        """SIGTERM to the master: gunicorn's graceful stop (what a rolling restart sends)."""
        if self.popen is not None and self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)

    def wait(self, timeout: float) -> int:
        assert self.popen is not None
        return self.popen.wait(timeout=timeout)

    def kill(self) -> None:
        if self.popen is None:
            return
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, signal.SIGTERM)
                self.popen.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with _suppress_lookup():
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=5)
        else:  # the master is gone: make sure no worker of its group lingers
            with _suppress_lookup():
                os.killpg(self.popen.pid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


class _suppress_lookup:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> bool:
        return kind is not None and issubclass(kind, ProcessLookupError)


def nginx_config(workdir: Path, listen: int, ports: list[int], pinned: dict[int, int] | None = None) -> str:
    """``examples/nginx.conf`` balancing over ``ports`` on ``listen``; with ``pinned`` (process index
    → port) one more port per process whose upstream is that process alone."""
    recipe = NGINX_RECIPE.read_text()
    upstream_servers = "".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=3s;\n"
                               for port in ports)
    recipe = re.sub(r"(upstream pos_voice \{\n)(?:.*\n)*?(    keepalive)",
                    lambda m: m.group(1) + upstream_servers + m.group(2), recipe, count=1)
    recipe = re.sub(r"listen [^;]+;", f"listen 127.0.0.1:{listen};", recipe, count=1)
    server_block = recipe[recipe.index("server {"):]
    extra = []
    for index, route_port in (pinned or {}).items():
        extra.append(f"upstream pos_voice_{index} {{\n    server 127.0.0.1:{ports[index]};\n}}\n")
        block = re.sub(r"listen [^;]+;", f"listen 127.0.0.1:{route_port};", server_block, count=1)
        extra.append(block.replace("proxy_pass http://pos_voice;", f"proxy_pass http://pos_voice_{index};"))
    return ("worker_processes 1;\n"
            + f"pid {workdir / 'nginx.pid'};\nerror_log {workdir / 'nginx-error.log'} warn;\n"
            + ("user root root;\n" if os.geteuid() == 0 else "")
            + "events { worker_connections 4096; }\n"
            + "http {\n"
            + "    log_format routed '$server_port $upstream_addr $request_method $uri $status';\n"
            + f"    access_log {workdir / 'nginx-access.log'} routed;\n"
            + "".join(f"    {name}_temp_path {workdir / name};\n"
                      for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + recipe + "\n" + "\n".join(extra) + "}\n")


def start_nginx(workdir: Path, config: str) -> subprocess.Popen[bytes]:
    """nginx in the foreground with ``config`` (its files in ``workdir``), in a session of its own."""
    binary = nginx_binary()
    if binary is None:
        raise DeploymentError("nginx is not installed (Debian package nginx; .ci/run installs it)")
    workdir.chmod(0o755)  # nginx's workers may run as another user
    path = workdir / "nginx.conf"
    path.write_text(config)
    with open(workdir / "nginx-stderr.log", "wb") as stderr:
        return subprocess.Popen([binary, "-e", str(workdir / "nginx-error.log"), "-c", str(path),
                                 "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=stderr,
                                start_new_session=True)


@dataclass(frozen=True)
class ProxyEntry:
    method: str
    path: str
    status: int
    process: int | None  # the index of the process that answered (None: nginx answered itself)
    tried: list[int | None]  # every process nginx asked, in order (a 503 or a refusal: the next)


class Deployment:
    """N gunicorn processes of the demo POS behind nginx, on one PostgreSQL database."""

    def __init__(self, workdir: Path, database_url: str, *, realtime_url: str, processes: int = 2,
                 settings: dict[str, t.Any] | None = None, startup_timeout: float = 60.0) -> None:
        self.workdir = workdir
        self.database_url = database_url
        self.realtime_url = realtime_url
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.settings = {
            "POS_VOICE_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "POS_VOICE_OPENAI_API_KEY": "sk-deployment-not-a-key",
            "POS_VOICE_PUBLIC_BASE_URL": PUBLIC_BASE_URL,
            "POS_VOICE_STAFF_PHONE": STAFF_PHONE,
            "POS_VOICE_REALTIME_URL": realtime_url,
            "POS_VOICE_HOURS": ALWAYS_OPEN,
            # The fake model never answers the end-of-call summary request: without this each call
            # would stay live 5 s after its caller left (as in tests/conftest.py's settings).
            "POS_VOICE_SUMMARY_SECONDS": 0,
            **(settings or {}),
        }
        self.processes = [self._process(index) for index in range(processes)]
        self.nginx: subprocess.Popen[bytes] | None = None

    def _process(self, index: int) -> Process:
        env = {**os.environ, "DATABASE_URL": self.database_url, "SECRET_KEY": SECRET_KEY,
               "HOST": "127.0.0.1", "PORT": str(free_port()), "WEB_CONCURRENCY": "1", "LOG_LEVEL": "info",
               "PYTHONPATH": f"{ROOT}{os.pathsep}{EXAMPLES}"}
        env.update({key: value if isinstance(value, str) else json.dumps(value)
                    for key, value in self.settings.items()})
        return Process(index, int(env["PORT"]), env, self.workdir / f"process-{index}.log", free_port())

    # --- where requests go
    @property
    def url(self) -> str:
        """The proxy's balanced port."""
        return f"http://127.0.0.1:{self.port}"

    def route(self, index: int) -> str:
        """The proxy, pinned to process ``index``."""
        return f"http://127.0.0.1:{self.processes[index].route_port}"

    # --- life
    def start(self) -> Deployment:
        self.workdir.mkdir(parents=True, exist_ok=True)
        prepare_database(self.database_url)
        for process in self.processes:
            process.start()
        self.nginx = start_nginx(self.workdir, nginx_config(
            self.workdir, self.port, [p.port for p in self.processes],
            {p.index: p.route_port for p in self.processes}))
        try:
            for process in self.processes:
                wait_until(process.healthy, self.startup_timeout, f"process {process.index} to be healthy")
            wait_until(self._proxy_up, 15, "nginx to answer")
        except BaseException:
            self.stop()
            raise
        return self

    def _proxy_up(self) -> bool:
        if self.nginx is not None and self.nginx.poll() is not None:
            raise DeploymentError("nginx exited: " + (self.workdir / "nginx-stderr.log").read_text()
                                  + (self.workdir / "nginx-error.log").read_text())
        try:
            return all(get_json(f"{url}/voice/health", timeout=1.0)[0] == 200
                       for url in [self.url, *(self.route(p.index) for p in self.processes)])
        except OSError:
            return False

    def restart(self, index: int, settings: dict[str, str] | None = None) -> Process:
        """Start process ``index`` again (after it stopped) on the same port; ``settings``: other
        values for this start only (the next restart goes back to the deployment's)."""
        old = self.processes[index]
        old.kill()
        env = {**self._process(index).env, "PORT": str(old.port), **(settings or {})}
        new = Process(index, old.port, env, old.log_path, old.route_port)
        self.processes[index] = new
        new.start()
        wait_until(new.healthy, self.startup_timeout, f"process {index} to be healthy again")
        return new

    def stop(self) -> None:
        for process in self.processes:
            process.kill()
        if self.nginx is not None and self.nginx.poll() is None:
            os.killpg(self.nginx.pid, signal.SIGTERM)
            try:
                self.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.nginx.pid, signal.SIGKILL)
                self.nginx.wait(timeout=5)

    def proxy_log(self) -> list[ProxyEntry]:
        """What the proxy passed on so far: one entry per request, with the process that served it."""
        by_port = {p.port: p.index for p in self.processes}
        entries = []
        path = self.workdir / "nginx-access.log"
        for line in path.read_text().splitlines() if path.exists() else []:
            parts = line.split()
            if len(parts) < 5:
                continue
            # $upstream_addr lists every process tried ("127.0.0.1:1, 127.0.0.1:2"): the last one answered
            served = parts[-4].rsplit(":", 1)[-1]
            tried = [part.rstrip(",").rsplit(":", 1)[-1] for part in parts[1:-3]]
            entries.append(ProxyEntry(parts[-3], parts[-2], int(parts[-1]),
                                      by_port.get(int(served)) if served.isdigit() else None,
                                      [by_port.get(int(port)) for port in tried if port.isdigit()]))
        return entries

    def logs(self) -> str:
        return "\n".join(f"--- process {p.index}\n{p.log_tail()}" for p in self.processes)

    def __enter__(self) -> Deployment:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RoutedCaller(SimulatedCaller):
    """A simulated Twilio call whose every request goes where ``routes`` says: ``{"incoming": 0,
    "stream": 1, "stream-ended": 0, "dial-ended": 1, "status": 1}`` (webhook name → process index,
    through the proxy's pinned ports); a name not in ``routes`` goes to the balanced port."""

    def __init__(self, deployment: Deployment, routes: dict[str, int], **options: t.Any) -> None:
        options.setdefault("timeout", 20.0)
        super().__init__(deployment.url, public_base_url=PUBLIC_BASE_URL, auth_token=AUTH_TOKEN, **options)
        self.deployment = deployment
        self.routes = routes

    def _to(self, name: str) -> None:
        index = self.routes.get(name)
        self.server_url = self.deployment.url if index is None else self.deployment.route(index)

    def post(self, public_url: str, form: dict[str, str]) -> WebhookExchange:
        self._to(public_url.rstrip("/").rsplit("/", 1)[-1])
        return super().post(public_url, form)

    def connect(self, signed: bool = True) -> None:
        self._to("stream")
        super().connect(signed)
