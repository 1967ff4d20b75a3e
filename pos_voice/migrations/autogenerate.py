"""Keep the host's ``flask db migrate`` away from tables only pos_voice's steps may create.

The plugin's models live on the host's metadata, so without this the host's first
``flask db migrate`` would write ``voice_calls`` into the host's own revision, and the
installed step would then fail with "table already exists". Registered on the host's
Flask-Migrate as an Alembic ``include_object`` hook: a plugin table is left out of
autogenerate (and so of ``flask db check``) while the step that creates it is not installed
in the history being compared; so are the columns and indexes a later step adds to an
installed table. Once installed, they are compared like any others, which keeps
``flask db check`` a real drift guard for the plugin's columns.
"""

from __future__ import annotations

import typing as t
import weakref

from flask.sansio.app import App

from .installer import installed_step_keys, shipped_steps

_HOOK_MARK = "_pos_voice_hook"


def _objects_by_step() -> dict[str, set[tuple[str, str]]]:
    """What each step makes: ``("table", name)``, ``("column", "table.column")``, ``("index", name)``."""
    return {step.key: {("table", name) for name in step.tables}
            | {("column", f"{table}.{column}") for table, column in step.columns}
            | {("index", name) for name in step.indexes}
            for step in shipped_steps()}


def make_include_object(host_hook: t.Callable[..., bool] | None) -> t.Callable[..., bool]:
    """An ``include_object`` that hides pending plugin objects and otherwise defers to the host's."""
    step_objects = _objects_by_step()
    plugin_objects = set().union(*step_objects.values())
    installed_by_script: weakref.WeakKeyDictionary[t.Any, set[str]] = weakref.WeakKeyDictionary()

    def pending() -> set[tuple[str, str]]:
        try:
            from alembic import context

            script = context.script
        except Exception:  # called outside a migration environment: hide nothing
            return set()
        installed = installed_by_script.get(script)
        if installed is None:
            installed = installed_by_script[script] = installed_step_keys(script)
        return {made for key, objects in step_objects.items() if key not in installed for made in objects}

    def include_object(obj: t.Any, name: str | None, type_: str, reflected: bool, compare_to: t.Any) -> bool:
        if type_ == "column":
            table = getattr(getattr(obj, "table", None), "name", None)
            key = ("column", f"{table}.{name}")
        else:
            key = (str(type_), str(name))
        if key in plugin_objects and key in pending():
            return False
        if host_hook is not None:
            return bool(host_hook(obj, name, type_, reflected, compare_to))
        return True

    setattr(include_object, _HOOK_MARK, True)
    return include_object


def hide_pending_tables_from_autogenerate(app: App) -> bool:
    """Install the hook on the app's Flask-Migrate, keeping any ``include_object`` the host set.

    :return: False when Flask-Migrate is not initialised yet (``Migrate(app, db)`` must come
        before ``app.register_blueprint(voice_bp)`` for the hook to be installed).
    """
    migrate_state = app.extensions.get("migrate")
    if migrate_state is None:
        return False
    configure_args = migrate_state.configure_args
    current = configure_args.get("include_object")
    if not getattr(current, _HOOK_MARK, False):
        configure_args["include_object"] = make_include_object(current)
    return True


def is_hooked(app: App) -> bool:
    """Whether the app's Flask-Migrate has the hook (False without Flask-Migrate)."""
    migrate_state = app.extensions.get("migrate")
    return migrate_state is not None and getattr(
        migrate_state.configure_args.get("include_object"), _HOOK_MARK, False)
