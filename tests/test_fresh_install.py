"""The fourth host: pos_voice installed for real into a fresh virtualenv, integrated by the docs.

``pip install`` (not editable) of a copy of this repository into a new venv; then a host POS
of a shape the plugin has never seen (dishes, guests, checks, check lines), written from
``docs/integration.md`` alone, goes through ``flask db init`` → ``flask db migrate`` (edited
by nobody) → ``flask db upgrade`` → ``flask pos-voice install-migrations`` → ``flask db
upgrade`` → ``flask db check`` → ``flask pos-voice check``, on SQLite, or on PostgreSQL when
``POS_VOICE_TEST_POSTGRES_URL`` is set (the ``database_url`` fixture); then the README's serve
command, ``gunicorn -k gevent -w 1 "bistro:create_app()"``, from the venv that
``pip install pos-voice[postgres,server]`` made.

Needs ``pip`` to reach the package index for the dependencies (about 30 s on an idle machine).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlalchemy as sa

pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]

REPO = Path(__file__).resolve().parent.parent
HOST_SOURCE = REPO / "tests" / "migration_hosts" / "bistro_host.py"
PIP_TIMEOUT = 300
COMMAND_TIMEOUT = 90
HOST_TABLES = {"dishes", "guests", "checks", "check_lines"}
VOICE_TABLES = {"voice_calls", "voice_call_events", "voice_order_outbox", "voice_experiments",
                "voice_call_resumes", "voice_notifications"}

def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = COMMAND_TIMEOUT,
         expect: int = 0) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == expect, (
        f"{' '.join(args)} exited {result.returncode}, expected {expect}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtualenv with ``pos-voice[postgres,server]`` installed from a copy of this repository."""
    root = tmp_path_factory.mktemp("fresh_install")
    source = root / "source"
    # A copy, so the build's scratch files (build/, *.egg-info) never land in the working tree.
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "*.pyc", "build", "dist", "*.egg-info", ".pytest_cache",
        ".ruff_cache", ".mypy_cache", "node_modules", "instance"))
    env_dir = root / "venv"
    _run([sys.executable, "-m", "venv", str(env_dir)], cwd=root)
    _run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
          f"{source}[postgres,server]"], cwd=root, timeout=PIP_TIMEOUT)
    return env_dir


def _site_package(venv: Path, cwd: Path) -> Path:
    out = _run([str(venv / "bin" / "python"), "-c", "import pos_voice; print(pos_voice.__file__)"], cwd=cwd)
    return Path(out.stdout.strip()).parent


def test_the_installed_package_ships_templates_static_files_and_migration_steps(venv: Path,
                                                                              tmp_path: Path) -> None:
    package = _site_package(venv, tmp_path)
    assert package.is_relative_to(venv), f"pos_voice was imported from {package}, not the fresh venv"
    assert (package / "py.typed").is_file()
    assert list((package / "templates" / "pos_voice").glob("*.html"))
    assert [p for p in (package / "static" / "pos_voice").iterdir() if p.is_file()]
    steps = sorted(p.name for p in (package / "migrations" / "steps").glob("s*.py"))
    assert steps == sorted(p.name for p in (REPO / "pos_voice" / "migrations" / "steps").glob("s*.py"))
    assert "s0001_create_voice_tables.py" in steps and "s0002_order_outbox.py" in steps
    # the menu matcher's dish names and food words are data beside their modules
    for data in ("ordering/dishes.txt", "ordering/food_words.txt", "ordering/size_words.txt"):
        assert (package / data).read_text() == (REPO / "pos_voice" / data).read_text()


def test_a_new_host_integrates_by_the_docs_alone(venv: Path, tmp_path: Path, database_url: str) -> None:
    host = tmp_path / "bistro"
    host.mkdir()
    shutil.copy(HOST_SOURCE, host / "bistro.py")
    env = {**os.environ, "FLASK_APP": "bistro:create_app()", "BISTRO_DATABASE_URL": database_url,
           "POS_VOICE_OPENAI_API_KEY": "sk-test-not-a-real-key",
           "POS_VOICE_TWILIO_AUTH_TOKEN": "test-twilio-token",
           "POS_VOICE_PUBLIC_BASE_URL": "https://bistro.example.com",
           "POS_VOICE_STAFF_PHONE": "+15550001111",
           "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    for key in ("FLASK_DEBUG", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(key, None)

    def flask(*args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        return _run([str(venv / "bin" / "flask"), *args], cwd=host, env=env, expect=expect)

    flask("db", "init")
    flask("db", "migrate", "-m", "host")
    (host_revision,) = (host / "migrations" / "versions").glob("*.py")
    assert "voice_" not in host_revision.read_text(), "pos_voice tables leaked into the host's revision"
    flask("db", "upgrade")
    assert _tables(database_url) == HOST_TABLES | {"alembic_version"}

    installed = flask("pos-voice", "install-migrations")
    shipped = list((REPO / "pos_voice" / "migrations" / "steps").glob("s[0-9][0-9][0-9][0-9]_*.py"))
    assert installed.stdout.count("Wrote ") == len(shipped)
    flask("db", "upgrade")
    check = flask("db", "check")
    assert "No new upgrade operations detected" in check.stdout + check.stderr
    assert _tables(database_url) == HOST_TABLES | VOICE_TABLES | {"alembic_version"}
    assert _order_foreign_key(database_url) == ("fk_voice_calls_order_id_checks", "checks", ["id"])
    flask("pos-voice", "install-migrations", "--check")
    empty = flask("pos-voice", "check", expect=1)  # nothing on the menu yet: calls could order nothing
    assert "the menu read from dishes has no items" in empty.stdout
    _add_dish(database_url)  # the POS's staff enter their menu
    ready = flask("pos-voice", "check")  # configured by the environment: ready to take calls
    assert "test pickup order: written and rolled back" in ready.stdout
    _serves_with_gunicorn_gevent(venv, host, env)


def _add_dish(url: str) -> None:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO dishes (title, price_cents, active) "
                                 "VALUES ('Onion Soup', 850, :on)"), {"on": True})
    finally:
        engine.dispose()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serves_with_gunicorn_gevent(venv: Path, host: Path, env: dict[str, str]) -> None:
    """The README's serve command, as written, from the fresh venv: /voice/health answers."""
    port = _free_port()
    command = [str(venv / "bin" / "gunicorn"), "-k", "gevent", "-w", "1", "-b", f"127.0.0.1:{port}",
               "bistro:create_app()"]
    server = subprocess.Popen(command, cwd=host, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    try:
        deadline = time.monotonic() + COMMAND_TIMEOUT
        body = None
        while body is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/voice/health", timeout=5) as response:
                    body = json.loads(response.read())
            except OSError:
                time.sleep(0.2)  # still booting: poll again until the deadline
        if body is None:
            server.terminate()
            output, _ = server.communicate(timeout=30)
            raise AssertionError(f"gunicorn -k gevent did not serve /voice/health:\n{output}")
        assert body["status"] == "ok" and body["database"]["reachable"] is True, body
    finally:
        if server.poll() is None:
            server.terminate()
            server.communicate(timeout=30)


def _tables(url: str) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _order_foreign_key(url: str) -> tuple[str | None, str, list[str]]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        (fk,) = sa.inspect(engine).get_foreign_keys("voice_calls")
        return fk["name"], fk["referred_table"], fk["referred_columns"]
    finally:
        engine.dispose()
