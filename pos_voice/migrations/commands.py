"""``flask pos-voice install-migrations`` and ``flask pos-voice create-tables``."""

from __future__ import annotations

import sys

import click
import sqlalchemy as sa
from flask import Blueprint, current_app
from flask.blueprints import BlueprintSetupState

from ..extension import get_state
from .autogenerate import hide_pending_tables_from_autogenerate, is_hooked
from .installer import InstallError, install_migrations, orders_target, pending_steps


@click.command("install-migrations")
@click.option("--directory", "-d", default=None,
              help="The app's migrations folder (default: the one Migrate was given, usually migrations).")
@click.option("--dry-run", is_flag=True, help="Show the revisions that would be written; write nothing.")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 listing the steps not yet installed, 0 when none (for CI).")
@click.option("--up-to", default=None, metavar="STEP",
              help="Install only the steps up to this one (e.g. s0001).")
def install_migrations_command(directory: str | None, dry_run: bool, check: bool, up_to: str | None) -> None:
    """Write pos_voice's migration steps into this app's migrations; then run `flask db upgrade`."""
    try:
        if check:
            pending = pending_steps(directory, up_to=up_to)
            if pending:
                click.echo("pos_voice migration steps not installed: " + ", ".join(pending))
                click.echo("Run `flask pos-voice install-migrations` and then `flask db upgrade`.")
                sys.exit(1)
            click.echo("pos_voice migration steps are all installed.")
            return
        if orders_target()[0] is None and any(name.startswith("s0001") for name in
                                               pending_steps(directory, up_to=up_to)):
            click.echo("warning: pos_voice could not map this app's orders table, so voice_calls.order_id "
                       "gets no foreign key; `flask pos-voice check` says what is missing", err=True)
        written = install_migrations(directory, dry_run=dry_run, up_to=up_to)
        if not is_hooked(current_app._get_current_object()):  # type: ignore[attr-defined]
            click.echo("warning: Migrate(app, db) was initialised after app.register_blueprint(voice_bp), so "
                       "`flask db migrate` may copy pos_voice's tables into your own revisions; "
                       "initialise Migrate first", err=True)
    except InstallError as exc:
        raise click.ClickException(str(exc)) from exc
    if not written:
        click.echo("pos_voice migration steps are already installed; nothing to do.")
        return
    verb = "Would write" if dry_run else "Wrote"
    for path in written:
        click.echo(f"{verb} {path}")
    if not dry_run:
        click.echo("Now run `flask db upgrade`.")


@click.command("create-tables")
def create_tables_command() -> None:
    """Create pos_voice's tables directly, for apps that do not use Flask-Migrate."""
    if "migrate" in current_app.extensions:
        # Tables made outside the history would make the installed steps fail with "already exists".
        raise click.ClickException(
            "this app uses Flask-Migrate: run `flask pos-voice install-migrations` and `flask db upgrade` "
            "instead, so pos_voice's tables are part of your migration history"
        )
    state = get_state()
    if state.db is None or state.models is None:
        raise click.ClickException(
            "pos_voice has no tables on this app: it needs the host's Flask-SQLAlchemy "
            "(db.init_app(app) before app.register_blueprint(voice_bp)); see `flask pos-voice check`"
        )
    models = state.models
    tables = [models.VoiceCall.__table__, models.VoiceCallEvent.__table__, models.VoiceOrderOutbox.__table__,
              models.VoiceExperiment.__table__, models.VoiceCallResume.__table__]
    engine = state.db.engine
    existing = set(sa.inspect(engine).get_table_names())
    state.db.metadata.create_all(engine, tables=tables, checkfirst=True)
    for table in tables:
        if table.name not in existing:
            click.echo(f"Created {table.name}")
            continue
        added = _add_missing_columns(engine, table)
        click.echo(f"{table.name} already exists" + (f"; added {', '.join(added)}" if added else ""))


def _add_missing_columns(engine: sa.Engine, table: sa.Table) -> list[str]:
    """Add the nullable columns a later release put on an existing plugin table (what its
    migration step does for a Flask-Migrate host), with their indexes; the names added."""
    present = {column["name"] for column in sa.inspect(engine).get_columns(table.name)}
    missing = [column for column in table.columns if column.name not in present]
    if not missing:
        return []
    not_nullable = [column.name for column in missing if not column.nullable]
    if not_nullable:
        raise click.ClickException(f"{table.name} lacks {', '.join(not_nullable)}, which cannot be added "
                                   "to a table with rows: use Flask-Migrate and install-migrations")
    preparer = engine.dialect.identifier_preparer
    with engine.begin() as connection:
        for column in missing:
            kind = column.type.compile(dialect=engine.dialect)
            connection.execute(sa.text(f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN "
                                       f"{preparer.format_column(column)} {kind}"))
        names = {column.name for column in missing}
        for index in table.indexes:
            if {column.name for column in index.columns} & names:
                index.create(connection, checkfirst=True)
    return [column.name for column in missing]


def _hook_autogenerate(setup_state: BlueprintSetupState) -> None:
    hide_pending_tables_from_autogenerate(setup_state.app)


def register(bp: Blueprint) -> None:
    """Attach the migration commands to the blueprint's CLI group.

    Also, on every app the blueprint is registered on, keep the host's ``flask db migrate``
    from writing the plugin's not-yet-installed tables into the host's own revisions.
    """
    bp.record_once(_hook_autogenerate)
    bp.cli.add_command(install_migrations_command)
    bp.cli.add_command(create_tables_command)
