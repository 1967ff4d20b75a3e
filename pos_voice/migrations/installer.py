"""Write pos_voice's frozen migration steps into the host's own Alembic history.

The host keeps one linear history: each step not yet installed becomes an ordinary revision
in the host's ``migrations/versions/``, chained on the host's current head, so plain
``flask db upgrade`` creates the plugin's tables after the host's own (``orders`` first, then
``voice_calls`` with its foreign key to it). A written revision is marked with a module-level
``pos_voice_step = "s0001"``; that marker, not the file name, is how a later run knows the
step is already there, so the host may rename the files freely. A host that squashes its
history into one revision keeps the steps it absorbed listed there:
``pos_voice_step = ("s0001", "s0002")``.
"""

from __future__ import annotations

import ast
import re
import typing as t
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from string import Template

from flask import current_app

from ..version import __version__

if t.TYPE_CHECKING:
    from alembic.script import ScriptDirectory

# Alembic (with Mako and Pygments, ~10 MB) is imported by the commands that use it, not by
# every worker that serves calls.

#: The line in every step that the revision identifiers replace.
IDENTIFIERS_MARKER = "# pos_voice: revision identifiers"

_STEP_FILE = re.compile(r"^(s\d{4})_\w+\.py$")
_CREATE_TABLE = re.compile(r"""op\.create_table\(\s*["'](\w+)["']""")
_ADD_COLUMN = re.compile(r"""op\.add_column\(\s*["'](\w+)["'],\s*sa\.Column\(\s*["'](\w+)["']""")
_CREATE_INDEX = re.compile(r"""op\.create_index\(\s*["'](\w+)["']""")
# A table or column name we are willing to write into Python source ("pos.orders" allowed).
_SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.]*$")


class InstallError(RuntimeError):
    """The host's migrations cannot take the plugin's steps; the message says what to do."""


@dataclass(frozen=True)
class Step:
    """One shipped step: ``key`` ``"s0001"``, ``name`` ``"s0001_create_voice_tables"``."""

    key: str
    name: str
    source: str

    @property
    def tables(self) -> list[str]:
        """The tables this step creates."""
        return _CREATE_TABLE.findall(self.source)

    @property
    def columns(self) -> list[tuple[str, str]]:
        """``(table, column)`` this step adds to tables an earlier step created."""
        return _ADD_COLUMN.findall(self.source)

    @property
    def indexes(self) -> list[str]:
        """The indexes this step creates."""
        return _CREATE_INDEX.findall(self.source)


def shipped_steps(up_to: str | None = None) -> list[Step]:
    """The steps in this pos_voice package, oldest first.

    :param up_to: stop after this step (``"s0001"`` or its full name); ``None`` = all of them.
        Lets a host stage an upgrade, and lets tests act as an older release of the plugin.
    """
    folder = resources.files("pos_voice.migrations") / "steps"
    steps = []
    for entry in folder.iterdir():
        match = _STEP_FILE.match(entry.name)
        if match:
            steps.append(Step(match.group(1), entry.name.removesuffix(".py"), entry.read_text("utf-8")))
    steps.sort(key=lambda step: step.key)
    if up_to is not None:
        keys = [step.key for step in steps]
        limit = up_to.split("_", 1)[0]
        if limit not in keys:
            raise InstallError(f"there is no pos_voice migration step {up_to!r}; shipped: {', '.join(keys)}")
        steps = steps[: keys.index(limit) + 1]
    return steps


def orders_target() -> tuple[str | None, str | None]:
    """The host's orders table and primary key that ``voice_calls.order_id`` refers to.

    Taken from the plugin's models (built from the host mapping at registration), so the
    installed step matches what ``flask db check`` compares it with; ``(None, None)`` when the
    host's orders could not be mapped.
    """
    from ..extension import get_state

    state = get_state()
    if state.models is not None:
        table, pk = state.models.orders_table, state.models.orders_pk
    elif state.schema is not None and getattr(state.schema, "order", None) is not None:
        table, pk = state.schema.order.table_name, state.schema.order.pk
    else:
        table, pk = None, None
    if not table:
        return None, None
    return table, pk or "id"


def _script_directory(directory: str | None) -> tuple[ScriptDirectory, Path]:
    """The host's Alembic ScriptDirectory and its versions folder."""
    migrate_state = current_app.extensions.get("migrate")
    if migrate_state is None:
        raise InstallError(
            "Flask-Migrate is not initialised on this app: add `Migrate(app, db)` to the app factory "
            "and run `flask db init` (or, without migrations, create the tables with "
            "`flask pos-voice create-tables`)"
        )
    directory = str(directory or migrate_state.directory)
    if not (Path(directory) / "env.py").is_file():
        raise InstallError(
            f"there is no Alembic migrations folder at {directory!r}: run `flask db init` first"
            + ("" if directory == "migrations" else f" (with `--directory {directory}`)")
        )
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = migrate_state.migrate.get_config(directory)
    try:
        script = ScriptDirectory.from_config(config)
        versions = Path(script.versions)
    except CommandError as exc:
        raise InstallError(f"cannot read the migrations in {directory!r}: {exc}") from exc
    return script, versions


def installed_step_keys(script: ScriptDirectory) -> set[str]:
    """The pos_voice steps (``"s0001"`` …) present in an Alembic ScriptDirectory's history."""
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    keys = set()
    try:
        for revision in script.walk_revisions():
            marker = getattr(revision.module, "pos_voice_step", None)
            for key in [marker] if isinstance(marker, str) else list(marker or ()):
                keys.add(str(key).split("_", 1)[0])
    except (CommandError, RevisionError) as exc:
        raise InstallError(f"the migration history cannot be read: {exc}") from exc
    return keys


def _host_revisions_creating(script: ScriptDirectory, tables: set[str]) -> dict[str, str]:
    """``{table: revision file}`` for host revisions (not pos_voice steps) that create these tables.

    A host autogenerate from before the steps were installed may hold them; the step would then
    fail with "table already exists" halfway through the host's upgrade.
    """
    found: dict[str, str] = {}
    for revision in script.walk_revisions():
        if getattr(revision.module, "pos_voice_step", None) or not revision.path:
            continue
        try:
            source = Path(revision.path).read_text(encoding="utf-8")
        except OSError:
            continue
        for table in _CREATE_TABLE.findall(source):
            if table in tables:
                found.setdefault(table, revision.path)
    return found


def pending_steps(directory: str | None = None, up_to: str | None = None) -> list[str]:
    """Names of the shipped steps not yet in the host's history, oldest first.

    :param directory: the host's migrations folder; default: the one ``Migrate`` was given.
    :param up_to: consider only the steps up to this one.
    """
    script, _ = _script_directory(directory)
    installed = installed_step_keys(script)
    return [step.name for step in shipped_steps(up_to) if step.key not in installed]


def _host_head(script: ScriptDirectory, needs_host_tables: bool) -> str | None:
    """The revision the first new step goes after: the host's single head."""
    heads = script.get_heads()
    if len(heads) > 1:
        raise InstallError(
            f"the migration history has several heads ({', '.join(sorted(heads))}): run "
            "`flask db merge heads -m merge` and then `flask db upgrade`, then install again"
        )
    if not heads and needs_host_tables:
        # A step at the base would run before the revision that later creates the orders table.
        raise InstallError(
            "the migration history is empty: first run `flask db migrate -m \"initial tables\"` and "
            "`flask db upgrade`, so your tables are created before pos_voice's refer to them"
        )
    return heads[0] if heads else None


def render_step(step: Step, revision: str, down_revision: str | None,
                orders_table: str | None, orders_pk: str | None, now: datetime | None = None) -> str:
    """The source of the host revision for ``step``: identifiers, host names, the step body."""
    for label, value in (("orders table", orders_table), ("orders primary key", orders_pk)):
        if value and not _SAFE_NAME.match(value):
            raise InstallError(f"the host's {label} {value!r} is not a plain SQL name")
    body = Template(step.source).substitute(orders_table=orders_table or "",
                                            orders_pk=(orders_pk or "id") if orders_table else "")
    tree = ast.parse(body)
    docstring = ast.get_docstring(tree) or step.name
    first = tree.body[0]
    body_lines = body.splitlines()
    rest = "\n".join(body_lines[first.end_lineno:]) if isinstance(first, ast.Expr) else body
    if rest.count(IDENTIFIERS_MARKER) != 1:
        raise InstallError(f"step {step.name} has no single {IDENTIFIERS_MARKER!r} line")  # a packaging bug
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M:%S.%f")
    header = (
        f'"""{docstring}\n\n'
        f"Revision ID: {revision}\n"
        f"Revises: {down_revision or ''}\n"
        f"Create Date: {stamp}\n\n"
        f"Copied from pos_voice {__version__} (step {step.name}) by `flask pos-voice install-migrations`.\n"
        "It is part of this app's history now: keep it, and do not edit it.\n"
        '"""'
    )
    identifiers = (
        "# revision identifiers, used by Alembic.\n"
        f"revision = {revision!r}\n"
        f"down_revision = {down_revision!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n"
        "\n"
        "# Which pos_voice step this is: `flask pos-voice install-migrations` skips installed steps.\n"
        f"pos_voice_step = {step.key!r}"
    )
    source = header + "\n" + rest.replace(IDENTIFIERS_MARKER, identifiers).strip("\n") + "\n"
    compile(source, f"{revision}_pos_voice_{step.name}.py", "exec")  # never write a file Alembic can't load
    return source


def install_migrations(directory: str | None = None, dry_run: bool = False,
                       up_to: str | None = None) -> list[Path]:
    """Write every shipped step missing from the host's history into its versions folder.

    Idempotent: a second run writes nothing. Needs an app context of the host app.

    :param directory: the host's migrations folder; default: the one ``Migrate`` was given.
    :param dry_run: compute the files but write nothing.
    :param up_to: install only the steps up to this one.
    :return: the files written (or, with ``dry_run``, that would be written), oldest first.
    :raises InstallError: no Flask-Migrate, no migrations folder, several heads, an empty
        history while ``voice_calls`` needs the host's orders table, or a host revision that
        already creates a table a missing step creates.

    When the host's orders could not be mapped (:func:`orders_target` is ``(None, None)``),
    ``voice_calls.order_id`` is installed without a foreign key; the command warns about it.
    """
    script, versions = _script_directory(directory)
    installed = installed_step_keys(script)
    missing = [step for step in shipped_steps(up_to) if step.key not in installed]
    if not missing:
        return []
    orders_table, orders_pk = orders_target()
    down_revision = _host_head(script, needs_host_tables=orders_table is not None)
    clashes = _host_revisions_creating(script, {table for step in missing for table in step.tables})
    if clashes:
        paths = ", ".join(sorted(set(clashes.values())))
        covered = tuple(step.key for step in missing if step.tables and set(step.tables) <= set(clashes))
        marker = (f"; or, if databases were already upgraded with it, add `pos_voice_step = {covered!r}` "
                  "to that revision so those steps count as installed") if covered else ""
        raise InstallError(
            f"your revision {paths} already creates {', '.join(sorted(clashes))}, which pos_voice's steps "
            f"create: remove those operations from it{marker}"
        )
    written: list[Path] = []
    for step in missing:
        revision = uuid.uuid4().hex[:12]
        path = versions / f"{revision}_pos_voice_{step.name}.py"
        source = render_step(step, revision, down_revision, orders_table, orders_pk)
        if not dry_run:
            versions.mkdir(parents=True, exist_ok=True)
            path.write_text(source, encoding="utf-8")
        written.append(path)
        down_revision = revision
    return written
