"""The shipped migration steps, installed into real host histories by the real ``flask`` CLI.

Each test copies a small host app's ``migrations/`` into a temporary folder and runs
``flask pos-voice install-migrations`` / ``flask db upgrade`` / ``flask db check`` there in a
subprocess (as Flask-Migrate's own tests do). The database is a SQLite file, or a fresh
PostgreSQL database when ``POS_VOICE_TEST_POSTGRES_URL`` is set (the ``database_url``
fixture); ``.ci/run`` runs the suite both ways, so each test runs once per database.
"""

from __future__ import annotations

import ast
import itertools
import os
import re
import shutil
import subprocess
import sys
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa

#: Each test runs the real flask CLI in subprocesses, 5-35 s apiece: `make test` runs them,
#: `make test-fast` (the quick loop while working) leaves them out.
pytestmark = pytest.mark.slow

HOSTS = Path(__file__).resolve().parent / "migration_hosts"
PIZZERIA_HEAD = "9a008a5f0747"  # the host's own revision in pizzeria_migrations/versions
VOICE_TABLES = {"voice_calls", "voice_call_events", "voice_order_outbox", "voice_experiments",
                "voice_call_resumes"}
#: The steps this pos_voice ships, oldest first (each engineer of a release reserves a number).
SHIPPED = [step.name.split("_", 1)[0] for step in sorted(
    (HOSTS.parent.parent / "pos_voice" / "migrations" / "steps").glob("s[0-9][0-9][0-9][0-9]_*.py"))]
COMMAND_TIMEOUT = 60

# Settings that keep the plugin's start-up checks quiet in the host's CLI runs.
PLUGIN_ENV = {
    "POS_VOICE_OPENAI_API_KEY": "sk-test-not-a-real-key",
    "POS_VOICE_TWILIO_AUTH_TOKEN": "test-twilio-token",
    "POS_VOICE_PUBLIC_BASE_URL": "https://pos.example.com",
    "POS_VOICE_STAFF_PHONE": "+15550001111",
    "POS_VOICE_BUSINESS_NAME": "Migration Test Pizza",
}


@dataclass
class Host:
    """A host app in its own working folder, with its own database."""

    app_file: Path
    cwd: Path
    database_url: str
    extra_env: dict[str, str] = field(default_factory=dict)
    migrations_dir: str = "migrations"

    @property
    def versions(self) -> Path:
        return self.cwd / self.migrations_dir / "versions"

    def flask(self, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **PLUGIN_ENV, **self.extra_env,
               "FLASK_APP": str(self.app_file), "HOST_DATABASE_URL": self.database_url}
        env.pop("FLASK_DEBUG", None)
        result = subprocess.run([sys.executable, "-m", "flask", *args], cwd=self.cwd, env=env,
                                capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
        if expect is not None:
            assert result.returncode == expect, (
                f"flask {' '.join(args)} exited {result.returncode}, expected {expect}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result

    def engine(self) -> sa.Engine:
        engine = sa.create_engine(self.database_url, poolclass=sa.pool.NullPool)
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA foreign_keys=ON"))
        return engine

    def table_names(self) -> set[str]:
        engine = self.engine()
        try:
            return set(sa.inspect(engine).get_table_names())
        finally:
            engine.dispose()

    def installed(self) -> list[dict[str, t.Any]]:
        """The pos_voice revisions in the host's versions folder, oldest first."""
        found = []
        for path in self.versions.glob("*.py"):
            values = _module_values(path)
            if "pos_voice_step" in values:
                found.append({**values, "path": path})
        return sorted(found, key=lambda values: values["pos_voice_step"])


def _module_values(path: Path) -> dict[str, t.Any]:
    """The module-level constant assignments of a revision file, without importing it."""
    values: dict[str, t.Any] = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


def pizzeria_host(tmp_path: Path, database_url: str) -> Host:
    cwd = tmp_path / "pizzeria"
    cwd.mkdir()
    shutil.copytree(HOSTS / "pizzeria_migrations", cwd / "migrations")
    return Host(HOSTS / "pizzeria_host.py", cwd, database_url)


@pytest.fixture
def pizzeria(tmp_path: Path, database_url: str) -> Host:
    """The pizzeria host with its own history (one ``orders`` revision), on an empty database."""
    return pizzeria_host(tmp_path, database_url)


@pytest.fixture
def pizzeria_sqlite(tmp_path: Path) -> Host:
    """The pizzeria host for installer behaviour that does not depend on the database."""
    return pizzeria_host(tmp_path, f"sqlite:///{tmp_path / 'host.sqlite'}")


def assert_check_clean(host: Host) -> None:
    result = host.flask("db", "check")
    assert "No new upgrade operations detected" in result.stdout + result.stderr


PIZZERIA_ORDER = ("INSERT INTO orders (order_type, status, total, created_at) "
                  "VALUES ('pickup', 'new', 12.50, CURRENT_TIMESTAMP) RETURNING id")
PLAIN_ORDER = "INSERT INTO orders (total_cents, phone) VALUES (1250, '+15550003333') RETURNING id"


def assert_order_fk(host: Host, insert_order: str = PIZZERIA_ORDER) -> None:
    """voice_calls.order_id refers to orders.id, and deleting the order keeps the call."""
    engine = host.engine()
    try:
        inspector = sa.inspect(engine)
        (fk,) = inspector.get_foreign_keys("voice_calls")
        assert fk["name"] == "fk_voice_calls_order_id_orders"
        assert (fk["constrained_columns"], fk["referred_table"], fk["referred_columns"]) == (
            ["order_id"], "orders", ["id"])
        assert fk["options"].get("ondelete") == "SET NULL"
        (event_fk,) = inspector.get_foreign_keys("voice_call_events")
        assert event_fk["name"] == "fk_voice_call_events_call_id_voice_calls"
        assert event_fk["options"].get("ondelete") == "CASCADE"
        assert {index["name"] for index in inspector.get_indexes("voice_calls")} >= {
            "ix_voice_calls_started_at", "ix_voice_calls_disposition", "ix_voice_calls_phone_from",
            "ix_voice_calls_state"}
        with engine.begin() as conn:
            order_id = conn.execute(sa.text(insert_order)).scalar_one()
            conn.execute(sa.text(
                "INSERT INTO voice_calls (call_sid, started_at, state, next_action, order_id, "
                "input_tokens, output_tokens, input_audio_tokens, output_audio_tokens, cached_tokens, "
                "cost_usd, created_at) "
                "VALUES ('CA1', CURRENT_TIMESTAMP, 'ended', 'hangup', :order_id, 0, 0, 0, 0, 0, 0, "
                "CURRENT_TIMESTAMP)"), {"order_id": order_id})
            conn.execute(sa.text("DELETE FROM orders WHERE id = :id"), {"id": order_id})
            remaining = conn.execute(sa.text("SELECT order_id FROM voice_calls WHERE call_sid = 'CA1'")).all()
        assert remaining == [(None,)]
    finally:
        engine.dispose()


def test_fresh_database_install_upgrade_check_downgrade_upgrade(pizzeria: Host) -> None:
    result = pizzeria.flask("pos-voice", "install-migrations")
    steps = pizzeria.installed()
    assert [step["pos_voice_step"] for step in steps] == SHIPPED
    assert steps[0]["down_revision"] == PIZZERIA_HEAD
    assert all(step["down_revision"] == before["revision"] for before, step in itertools.pairwise(steps))
    assert all(re.fullmatch(r"[0-9a-f]{12}", step["revision"]) for step in steps)
    assert steps[0]["ORDERS_TABLE"] == "orders" and steps[0]["ORDERS_PK"] == "id"
    for step in steps:
        assert str(step["path"]) in result.stdout

    pizzeria.flask("db", "upgrade")
    assert pizzeria.table_names() >= {"orders", *VOICE_TABLES}
    assert_check_clean(pizzeria)
    assert_order_fk(pizzeria)

    # Installed plugin tables are compared like the host's: drift is reported.
    engine = pizzeria.engine()
    with engine.begin() as conn:
        conn.execute(sa.text("DROP INDEX ix_voice_calls_state"))
    engine.dispose()
    drift = pizzeria.flask("db", "check", expect=1)
    assert "ix_voice_calls_state" in drift.stdout + drift.stderr
    engine = pizzeria.engine()
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE INDEX ix_voice_calls_state ON voice_calls (state)"))
    engine.dispose()
    pizzeria.flask("db", "downgrade", "base")
    assert pizzeria.table_names() <= {"alembic_version"}
    pizzeria.flask("db", "upgrade")
    assert pizzeria.table_names() >= {"orders", *VOICE_TABLES}
    assert_check_clean(pizzeria)


def test_existing_database_at_host_head_keeps_its_data(pizzeria: Host) -> None:
    pizzeria.flask("db", "upgrade")  # the host as it runs today, before pos_voice
    engine = pizzeria.engine()
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO customers (name, phone) VALUES ('Ada', '+15550002222')"))
            conn.execute(sa.text("INSERT INTO products (name, category, price, is_available) "
                                 "VALUES ('Margherita', 'pizza', 11.00, true)"))
            conn.execute(sa.text("INSERT INTO orders (customer_id, order_type, status, total, created_at) "
                                 "VALUES (1, 'pickup', 'done', 11.00, CURRENT_TIMESTAMP)"))
    finally:
        engine.dispose()
    assert "voice_calls" not in pizzeria.table_names()
    # The host's own autogenerate does not copy pos_voice's tables into a host revision.
    host_revision = pizzeria.flask("db", "migrate", "-m", "host change")
    assert "No changes in schema detected" in host_revision.stdout + host_revision.stderr
    assert [path.name for path in pizzeria.versions.glob("*.py")] == [f"{PIZZERIA_HEAD}_host_tables.py"]

    pizzeria.flask("pos-voice", "install-migrations")
    pizzeria.flask("db", "upgrade")
    assert_check_clean(pizzeria)

    engine = pizzeria.engine()
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM customers")).scalars().all() == ["Ada"]
            assert conn.execute(sa.text("SELECT count(*) FROM orders")).scalar_one() == 1
            assert conn.execute(sa.text("SELECT count(*) FROM voice_calls")).scalar_one() == 0
            current = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
            assert current == [pizzeria.installed()[-1]["revision"]]
    finally:
        engine.dispose()
    assert_order_fk(pizzeria)

    # The host's own include_object still applies next to pos_voice's.
    engine = pizzeria.engine()
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE legacy_audit (id INTEGER PRIMARY KEY, note TEXT)"))
    engine.dispose()
    pizzeria.flask("db", "check", expect=1)  # the legacy table is drift to a host without a filter
    pizzeria.extra_env["HOST_IGNORED_TABLE"] = "legacy_audit"
    assert_check_clean(pizzeria)


def test_second_install_writes_nothing_and_check_reports_pending(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    pending = host.flask("pos-voice", "install-migrations", "--check", expect=1)
    assert all(name in pending.stdout for name in ("s0001_create_voice_tables", "s0002_order_outbox",
                                                   "s0008_prompt_experiments", "s0009_call_resumes"))

    dry = host.flask("pos-voice", "install-migrations", "--dry-run")
    assert dry.stdout.count("Would write") == len(SHIPPED)
    assert host.installed() == []

    host.flask("pos-voice", "install-migrations")
    files_after_first = sorted(host.versions.glob("*.py"))
    again = host.flask("pos-voice", "install-migrations")
    assert "already installed" in again.stdout
    assert sorted(host.versions.glob("*.py")) == files_after_first
    done = host.flask("pos-voice", "install-migrations", "--check")
    assert "all installed" in done.stdout
    # With Flask-Migrate, tables made outside the history would collide with the steps.
    refused = host.flask("pos-voice", "create-tables", expect=1)
    assert "flask pos-voice install-migrations" in refused.stderr


def test_a_later_release_adds_its_step_after_the_installed_ones(pizzeria: Host) -> None:
    # An older pos_voice shipped only s0001.
    pizzeria.flask("pos-voice", "install-migrations", "--up-to", "s0001")
    (first,) = pizzeria.installed()
    assert first["pos_voice_step"] == "s0001"
    pizzeria.flask("db", "upgrade")
    assert "voice_calls" in pizzeria.table_names()

    # The upgraded package's models have the outbox, but its step is not installed yet: the
    # host's autogenerate leaves the table to that step instead of copying it into a host revision.
    assert_check_clean(pizzeria)
    pending = pizzeria.flask("pos-voice", "install-migrations", "--check", expect=1)
    assert "s0002_order_outbox" in pending.stdout and "s0001" not in pending.stdout

    pizzeria.flask("pos-voice", "install-migrations")
    first_again, second, *later = pizzeria.installed()
    assert first_again["revision"] == first["revision"]
    assert second["pos_voice_step"] == "s0002" and second["down_revision"] == first["revision"]
    assert [step["pos_voice_step"] for step in later] == SHIPPED[2:]
    assert later[0]["down_revision"] == second["revision"]
    pizzeria.flask("db", "upgrade")
    assert pizzeria.table_names() >= VOICE_TABLES
    assert_check_clean(pizzeria)


def test_multiple_heads_are_refused_with_the_merge_command(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    (host.versions / "b7c1d2e3f4a5_side_branch.py").write_text(
        '"""a side branch"""\n'
        "revision = 'b7c1d2e3f4a5'\n"
        f"down_revision = {PIZZERIA_HEAD!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
    )
    (host.versions / "c8d2e3f4a5b6_other_branch.py").write_text(
        '"""another branch"""\n'
        "revision = 'c8d2e3f4a5b6'\n"
        f"down_revision = {PIZZERIA_HEAD!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
    )
    result = host.flask("pos-voice", "install-migrations", expect=1)
    assert "several heads" in result.stderr and "flask db merge heads" in result.stderr
    assert host.installed() == []
    # --check still answers: it needs no single head.
    host.flask("pos-voice", "install-migrations", "--check", expect=1)


def test_no_migrations_folder_says_run_flask_db_init(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    shutil.rmtree(host.cwd / "migrations")
    result = host.flask("pos-voice", "install-migrations", expect=1)
    assert "flask db init" in result.stderr
    assert not (host.cwd / "migrations").exists()


def test_an_unknown_step_name_is_refused(pizzeria_sqlite: Host) -> None:
    result = pizzeria_sqlite.flask("pos-voice", "install-migrations", "--up-to", "s9999", expect=1)
    assert "no pos_voice migration step 's9999'" in result.stderr
    assert pizzeria_sqlite.installed() == []


def test_create_tables_on_a_host_without_flask_migrate(tmp_path: Path, database_url: str) -> None:
    host = Host(HOSTS / "plain_host.py", tmp_path, database_url)
    refused = host.flask("pos-voice", "install-migrations", expect=1)
    assert "Migrate(app, db)" in refused.stderr and "flask pos-voice create-tables" in refused.stderr

    host.flask("create-host-tables")
    assert host.table_names() == {"menu_items", "orders", "order_lines"}
    created = host.flask("pos-voice", "create-tables")
    for table in sorted(VOICE_TABLES):
        assert f"Created {table}" in created.stdout
    assert host.table_names() == {"menu_items", "orders", "order_lines", *VOICE_TABLES}
    assert_order_fk(host, PLAIN_ORDER)

    again = host.flask("pos-voice", "create-tables")
    assert "voice_calls already exists\n" in again.stdout

    # A database made by a release before s0008: the columns it added come on the next run.
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("DROP INDEX ix_voice_calls_experiment_variant"))
            connection.execute(sa.text("ALTER TABLE voice_calls DROP COLUMN variant"))
            connection.execute(sa.text("ALTER TABLE voice_calls DROP COLUMN experiment"))
        upgraded = host.flask("pos-voice", "create-tables")
        assert "voice_calls already exists; added experiment, variant" in upgraded.stdout
        inspector = sa.inspect(engine)
        assert {"experiment", "variant"} <= {c["name"] for c in inspector.get_columns("voice_calls")}
        indexes = {index["name"] for index in inspector.get_indexes("voice_calls")}
        assert "ix_voice_calls_experiment_variant" in indexes
    finally:
        engine.dispose()


def test_an_explicit_directory_option_is_honoured(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    shutil.move(host.cwd / "migrations", host.cwd / "other_migrations")
    host.migrations_dir = "other_migrations"
    host.flask("pos-voice", "install-migrations", "--directory", "other_migrations")
    assert [step["pos_voice_step"] for step in host.installed()] == SHIPPED
    host.flask("db", "upgrade", "--directory", "other_migrations")
    assert host.table_names() >= {"orders", *VOICE_TABLES}
    assert "all installed" in host.flask("pos-voice", "install-migrations", "-d", "other_migrations",
                                         "--check").stdout


def start_history(host: Host, init: bool = True) -> None:
    """What a host without migrations does first: init, autogenerate its tables, upgrade."""
    if init:
        host.flask("db", "init")
    host.flask("db", "migrate", "-m", "host tables")
    (revision,) = host.versions.glob("*.py")
    assert "voice_" not in revision.read_text(), "pos_voice tables leaked into the host's own revision"
    host.flask("db", "upgrade")


def test_orders_with_another_primary_key_and_a_custom_migrations_folder(
        tmp_path: Path, database_url: str) -> None:
    host = Host(HOSTS / "ticket_host.py", tmp_path, database_url,
                extra_env={"HOST_MIGRATIONS_DIR": "db_migrations"}, migrations_dir="db_migrations")
    host.flask("db", "init")
    empty = host.flask("pos-voice", "install-migrations", expect=1)  # nothing creates tickets yet
    assert "history is empty" in empty.stderr and "flask db migrate" in empty.stderr
    assert host.installed() == []
    start_history(host, init=False)
    host.flask("pos-voice", "install-migrations")
    first = host.installed()[0]
    assert (first["ORDERS_TABLE"], first["ORDERS_PK"]) == ("tickets", "ticket_no")
    host.flask("db", "upgrade")
    assert_check_clean(host)
    engine = host.engine()
    try:
        (fk,) = sa.inspect(engine).get_foreign_keys("voice_calls")
    finally:
        engine.dispose()
    assert (fk["name"], fk["referred_table"], fk["referred_columns"]) == (
        "fk_voice_calls_order_id_tickets", "tickets", ["ticket_no"])


def test_a_host_without_mappable_orders_gets_order_id_without_a_foreign_key(
        tmp_path: Path, database_url: str) -> None:
    host = Host(HOSTS / "menu_only_host.py", tmp_path, database_url)
    start_history(host)
    result = host.flask("pos-voice", "install-migrations")
    assert "could not map this app's orders table" in result.stderr
    first = host.installed()[0]
    assert (first["ORDERS_TABLE"], first["ORDERS_PK"]) == ("", "")
    host.flask("db", "upgrade")
    assert_check_clean(host)
    engine = host.engine()
    try:
        inspector = sa.inspect(engine)
        assert inspector.get_foreign_keys("voice_calls") == []
        assert "order_id" in {column["name"] for column in inspector.get_columns("voice_calls")}
    finally:
        engine.dispose()


def test_a_squashed_revision_listing_its_steps_counts_as_installed(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    (host.versions / "d9e3f4a5b6c7_squashed.py").write_text(
        '"""the host squashed the pos_voice steps into one revision"""\n'
        "revision = 'd9e3f4a5b6c7'\n"
        f"down_revision = {PIZZERIA_HEAD!r}\n"
        "branch_labels = None\ndepends_on = None\n"
        f"pos_voice_step = {tuple(SHIPPED)!r}\n\n\n"
        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
    )
    assert "all installed" in host.flask("pos-voice", "install-migrations", "--check").stdout


def test_shipped_steps_are_self_contained_and_cover_every_plugin_table() -> None:
    from flask_sqlalchemy import SQLAlchemy

    from pos_voice.migrations.installer import InstallError, render_step, shipped_steps
    from pos_voice.models import build_models

    steps = shipped_steps()
    keys = [step.key for step in steps]
    assert keys == sorted(set(keys)) == SHIPPED and keys[:2] == ["s0001", "s0002"]
    models = build_models(SQLAlchemy(), "orders", "id")
    model_tables = {models.VoiceCall.__tablename__, models.VoiceCallEvent.__tablename__,
                    models.VoiceOrderOutbox.__tablename__, models.VoiceExperiment.__tablename__,
                    models.VoiceCallResume.__tablename__, models.VoiceNotification.__tablename__}
    assert {table for step in steps for table in step.tables} == model_tables
    # Columns added later are declared by the step that adds them (the autogenerate hook hides
    # them until it is installed).
    added = {(table, column) for step in steps for table, column in step.columns}
    assert added == {("voice_calls", column) for column in (
        "attention", "handled_at", "handled_by", "summary", "sentiment", "take_requested_at",
        "take_requested_by", "experiment", "variant", "language", "engine")}
    for step in steps:
        for orders_table, orders_pk in (("orders", "id"), ("pos.tickets", "ticket_no"), (None, None)):
            source = render_step(step, "0123456789ab", "fedcba987654", orders_table, orders_pk)
            tree = ast.parse(source)
            imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                        for alias in node.names}
            imported |= {str(node.module).split(".")[0] for node in ast.walk(tree)
                         if isinstance(node, ast.ImportFrom)}
            assert imported == {"alembic", "sqlalchemy"}, f"{step.name} must not import {imported}"
            values = _literal_assignments(tree)
            assert (values["revision"], values["down_revision"], values["pos_voice_step"]) == (
                "0123456789ab", "fedcba987654", step.key)
    with pytest.raises(InstallError, match="not a plain SQL name"):
        render_step(steps[0], "0123456789ab", None, 'orders"; DROP TABLE orders; --', "id")
    with pytest.raises(InstallError, match="no pos_voice migration step"):
        shipped_steps(up_to="s9999")


def _literal_assignments(tree: ast.Module) -> dict[str, t.Any]:
    values: dict[str, t.Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


def test_migrate_initialised_after_the_blueprint_is_warned_about(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    host.extra_env["HOST_MIGRATE_LAST"] = "1"
    result = host.flask("pos-voice", "install-migrations")
    assert "initialise Migrate first" in result.stderr
    assert [step["pos_voice_step"] for step in host.installed()] == SHIPPED


def test_a_host_revision_that_already_creates_plugin_tables_is_pointed_out(pizzeria_sqlite: Host) -> None:
    host = pizzeria_sqlite
    (host.versions / "e1f2a3b4c5d6_host_autogenerated_voice.py").write_text(
        '"""an autogenerate from before the steps were installed"""\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        "revision = 'e1f2a3b4c5d6'\n"
        f"down_revision = {PIZZERIA_HEAD!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        "    op.create_table('voice_calls', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    op.create_table('voice_call_events', sa.Column('id', sa.Integer(), primary_key=True))\n\n\n"
        "def downgrade():\n    pass\n"
    )
    result = host.flask("pos-voice", "install-migrations", expect=1)
    assert "e1f2a3b4c5d6_host_autogenerated_voice.py already creates voice_call_events, voice_calls" in (
        result.stderr)
    assert "pos_voice_step = ('s0001',)" in result.stderr
    assert host.installed() == []
