"""``flask pos-voice deliver-webhooks``: one delivery pass of the order-webhook outbox."""

from __future__ import annotations

import click
import sqlalchemy as sa
from flask import Blueprint, current_app
from flask.cli import with_appcontext

from ..config import setting
from ..extension import get_state
from ..models import utcnow
from . import webhook


@click.command("deliver-webhooks")
@click.option("--retry-failed", is_flag=True, help="Put rows that used up their attempts back in the queue.")
@with_appcontext
def deliver_webhooks_command(retry_failed: bool) -> None:
    """POST the voice orders still waiting for POS_VOICE_ORDER_WEBHOOK_URL (e.g. from cron)."""
    if not setting("ORDER_WEBHOOK_URL"):
        raise click.ClickException("POS_VOICE_ORDER_WEBHOOK_URL is not set: there is nowhere to deliver to")
    state = get_state()
    if state.models is None or state.db is None:
        raise click.ClickException("pos_voice is not connected to the database (see flask pos-voice check)")
    outbox = state.models.VoiceOrderOutbox
    if retry_failed:
        revived = state.db.session.execute(
            sa.update(outbox).where(outbox.status == webhook.FAILED)
            .values(status=webhook.PENDING, attempts=0, next_attempt_at=utcnow(), locked_until=None)
            .execution_options(synchronize_session=False)).rowcount
        state.db.session.commit()
        click.echo(f"{revived} failed order(s) queued again.")
    sent = webhook.deliver_pending(current_app._get_current_object())  # type: ignore[attr-defined]
    counts = dict(state.db.session.execute(
        sa.select(outbox.status, sa.func.count()).group_by(outbox.status)).all())
    state.db.session.rollback()
    click.echo(f"Delivered {sent}; outbox: {counts.get('pending', 0)} pending, {counts.get('sent', 0)} sent, "
               f"{counts.get('failed', 0)} failed.")


def register(bp: Blueprint) -> None:
    bp.cli.add_command(deliver_webhooks_command)
