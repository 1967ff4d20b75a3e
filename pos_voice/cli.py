"""``flask pos-voice …``: the commands a host runs."""

from __future__ import annotations

import importlib
import json
import sys
import typing as t

import click
import sqlalchemy as sa
from flask import Blueprint, current_app
from flask.cli import with_appcontext

from . import experiments
from .config import redacted_config
from .extension import get_state
from .models import utcnow
from .ordering import webhook
from .readiness import check_host, model_problems
from .staff import experiment_report


@click.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@with_appcontext  # also under app.test_cli_runner(), which does not push one for blueprint groups
def check_command(as_json: bool) -> None:
    """Check configuration and the host mapping; exit 1 when calls cannot be taken."""
    state = get_state()
    # The running host: tables present, menu read, a test order written and rolled back, a
    # signed Twilio request through the host's stack, a staff page in the host's layout.
    host = check_host(current_app._get_current_object(), state)  # type: ignore[attr-defined]
    models = model_problems(state.settings, state.clock.now().date())
    problems = [*state.problems, *models, *host.problems]
    usable = not any(p.blocking for p in problems)
    if as_json:
        click.echo(json.dumps({
            "usable": usable,
            "problems": [p.as_dict() for p in problems],
            "mapping": state.schema.describe() if state.schema is not None else None,
            "host": host.as_dict(),
        }, indent=2, default=str))
    else:
        if state.schema is not None:
            click.echo("Host mapping:")
            for line in state.schema.describe_lines():
                click.echo(f"  {line}")
        if host.lines:
            click.echo("What pos_voice found and will write:")
            for line in host.lines:
                click.echo(f"  {line}")
        for problem in problems:
            label = "ERROR" if problem.blocking else "warning"
            click.echo(f"{label}: {problem.message} [{problem.key}]")
        if usable:
            click.echo("pos_voice is ready to take calls.")
        else:
            click.echo("pos_voice is NOT ready to take calls; fix the keys named above.")
    sys.exit(0 if usable else 1)


@click.command("config")
@with_appcontext
def config_command() -> None:
    """Show the effective POS_VOICE_* settings (secrets masked)."""
    for key, value in redacted_config(current_app._get_current_object()).items():  # type: ignore[attr-defined]
        click.echo(f"{key} = {value!r}")


class LazyCommand(click.Command):
    """A command whose module is imported when it is run or described, not when the CLI is built."""

    def __init__(self, name: str, target: str) -> None:
        super().__init__(name)
        self.target = target  # "package.module:command"
        self._command: click.Command | None = None

    def load(self) -> click.Command:
        if self._command is None:
            module, attribute = self.target.split(":")
            self._command = getattr(importlib.import_module(module), attribute)
        return self._command

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: t.Any) -> click.Context:
        # The context's command is the real one: the group invokes it, its options parse the args.
        return self.load().make_context(info_name, args, parent=parent, **extra)

    def get_short_help_str(self, limit: int = 45) -> str:
        return self.load().get_short_help_str(limit)

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        return self.load().get_params(ctx)

    def invoke(self, ctx: click.Context) -> t.Any:
        return self.load().invoke(ctx)


@click.command("deliver-webhooks")
@click.option("--retry-failed", is_flag=True, help="Put rows that used up their attempts back in the queue.")
@with_appcontext
def deliver_webhooks_command(retry_failed: bool) -> None:
    """POST the voice orders still waiting for POS_VOICE_ORDER_WEBHOOK_URL (e.g. from cron)."""
    services = get_state()
    if not services.settings.order_webhook_url:
        raise click.ClickException("POS_VOICE_ORDER_WEBHOOK_URL is not set: there is nowhere to deliver to")
    store = services.store
    if store is None:
        raise click.ClickException("pos_voice is not connected to the database (see flask pos-voice check)")
    outbox = store.models.VoiceOrderOutbox
    if retry_failed:
        revived = t.cast("sa.CursorResult[t.Any]", store.session.execute(
            sa.update(outbox).where(outbox.status == webhook.FAILED)
            .values(status=webhook.PENDING, attempts=0, next_attempt_at=utcnow(), locked_until=None)
            .execution_options(synchronize_session=False))).rowcount
        store.session.commit()
        click.echo(f"{revived} failed order(s) queued again.")
    sent = webhook.deliver_pending(store, services.settings)
    counts = {str(status): int(number) for status, number in store.session.execute(
        sa.select(outbox.status, sa.func.count()).group_by(outbox.status)).all()}
    store.session.rollback()
    click.echo(f"Delivered {sent}; outbox: {counts.get('pending', 0)} pending, {counts.get('sent', 0)} sent, "
               f"{counts.get('failed', 0)} failed.")


@click.group("experiment")
def experiment_group() -> None:
    """Start, stop and read the prompt experiments of POS_VOICE_EXPERIMENTS."""


def _experiment_store() -> t.Any:
    store = get_state().store
    if store is None:
        raise click.ClickException("pos_voice is not connected to the database (see flask pos-voice check)")
    return store


@experiment_group.command("start")
@click.argument("name")
@with_appcontext
def experiment_start(name: str) -> None:
    """Give every new call a variant of experiment NAME (stops the one running)."""
    services = get_state()
    store = _experiment_store()
    previous = experiments.running(store)
    try:
        row = experiments.start(store, services.settings, name, services.clock.utcnow())
    except KeyError:
        known = ", ".join(services.settings.experiments) or "none"
        raise click.ClickException(
            f"no experiment {name!r} in POS_VOICE_EXPERIMENTS (configured: {known})") from None
    if previous is not None and previous.name != name:
        click.echo(f"Stopped {previous.name!r}.")
    variants = services.settings.experiments[name].variants
    total = sum(v.weight for v in variants.values())
    shares = ", ".join(f"{variant} {spec.weight / total:.0%}" for variant, spec in variants.items())
    click.echo(f"Experiment {name!r} running since {row.started_at:%Y-%m-%d %H:%M} UTC: {shares}.")


@experiment_group.command("stop")
@with_appcontext
def experiment_stop() -> None:
    """Stop the running experiment: new calls get the configured prompts again."""
    services = get_state()
    row = experiments.stop(_experiment_store(), services.clock.utcnow())
    click.echo("No experiment is running." if row is None else f"Stopped {row.name!r}.")


@experiment_group.command("show")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@with_appcontext
def experiment_show(name: str | None, as_json: bool) -> None:
    """The variants of NAME (default: the running or last one) compared, with 95 % intervals."""
    services = get_state()
    store = _experiment_store()
    name = name or experiment_report.latest_name(store, services.settings)
    report = experiment_report.build_report(store, services.pos, services.settings, name) if name else None
    if report is None:
        raise click.ClickException(f"no experiment {name!r} in POS_VOICE_EXPERIMENTS" if name else
                                   "no experiment has been started (flask pos-voice experiment start NAME)")
    if as_json:
        click.echo(json.dumps(_report_dict(report), indent=2))
        return
    click.echo(f"Experiment {report.name!r}: {'running' if report.running else 'stopped'}; control "
               f"{report.control!r}.")
    for variant in report.variants:
        click.echo(f"{variant.name}: {variant.calls} calls, {variant.finished} finished, {variant.orders} "
                   f"orders ({variant.share:.0%} of calls)")
        for key, label, _kind in experiment_report.METRICS:
            figure = variant.figures.get(key)
            line = f"  {label}: " + ("no data" if figure is None else _interval_text(figure))
            comparison = variant.against_control.get(key)
            if comparison is not None:
                difference = comparison.difference
                line += (f"; vs {report.control}: "
                         f"{_interval_text(difference) if difference else 'no data'} ({comparison.verdict})")
            click.echo(line)


def _interval_text(interval: t.Any) -> str:
    if interval.low is None:
        return f"{interval.value:.4g} (no interval yet)"
    return f"{interval.value:.4g} [{interval.low:.4g}, {interval.high:.4g}]"


def _report_dict(report: t.Any) -> dict[str, t.Any]:
    def interval(value: t.Any) -> dict[str, t.Any] | None:
        return None if value is None else {"value": value.value, "low": value.low, "high": value.high}

    return {"name": report.name, "running": report.running, "control": report.control, "variants": [
        {"name": v.name, "share": v.share, "calls": v.calls, "finished": v.finished, "orders": v.orders,
         "transferred": v.transferred, "figures": {k: interval(f) for k, f in v.figures.items()},
         "against_control": {k: {"difference": interval(c.difference), "significant": c.significant,
                                 "verdict": c.verdict} for k, c in v.against_control.items()}}
        for v in report.variants]}


def register(bp: Blueprint) -> None:
    bp.cli.add_command(check_command)
    bp.cli.add_command(experiment_group)
    bp.cli.add_command(config_command)
    bp.cli.add_command(deliver_webhooks_command)
    from .migrations.commands import register as register_migration_commands

    register_migration_commands(bp)
    # The testing kit (fake servers, simulated caller) is imported only when this command runs.
    bp.cli.add_command(LazyCommand("simulate", "pos_voice.testing.commands:simulate_command"))
