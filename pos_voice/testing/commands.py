"""``flask pos-voice simulate``: watch the product work without Twilio or OpenAI accounts.

``pos_voice.cli`` registers this command lazily: this module (and the testing kit with it)
is imported only when the command runs or its help is shown.
"""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from ..config import setting
from ..extension import get_state
from .scripts import SCRIPTS, NotPlayable


@click.command("simulate")
@click.option("--script", "script_name", type=click.Choice(sorted(SCRIPTS)), default="pepperoni",
              show_default=True, help="The conversation the fake model plays.")
@click.option("--realtime", is_flag=True,
              help="Real-time pacing: 20 ms frames, audio plays at its real speed.")
@click.option("--caller", "caller_phone", default="+15550142277", show_default=True,
              help="The caller's phone number (caller ID; try +15551234567, a regular of the demo POS).")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds to wait for each step.")
@click.option("--engine", type=click.Choice(["realtime", "live"]), default=None,
              help="The model engine: a fake OpenAI Realtime API or a fake GPT-Live server "
                   "(default: POS_VOICE_ENGINE).")
@click.option("--mode", type=click.Choice(["relay", "sip"]), default="relay", show_default=True,
              help="relay: Twilio's media stream through this server; sip: OpenAI answers over SIP and "
                   "sends its webhook here (POS_VOICE_MODE = \"sip\"; no audio through this server).")
@with_appcontext
def simulate_command(script_name: str, realtime: bool, caller_phone: str, timeout: float,
                     engine: str | None = None, mode: str = "relay") -> None:
    """Play a scripted call: fake model, real bridge, real tools, real database.

    The app is served on a loopback port in this process with POS_VOICE_REALTIME_URL pointed
    at a local fake of the OpenAI Realtime API (with --engine live, POS_VOICE_LIVE_URL at a fake
    GPT-Live server); the host's configuration is restored after.
    Prints the conversation, the tool calls with their results and the order it placed.
    """
    from .simulate import LIVE, run_simulation, unplayable_on_live

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        script = SCRIPTS[script_name](str(setting("BUSINESS_NAME") or "the restaurant"))
    except NotPlayable as exc:
        raise click.ClickException(f"cannot play '{script_name}': {exc}") from None
    if mode == "sip":
        from .simulate_sip import run_sip_simulation

        click.echo(f"Playing '{script_name}' over SIP…")
        sip_result = run_sip_simulation(app, script, caller_phone=caller_phone, timeout=timeout)
        for line in sip_result.lines():
            click.echo(line)
        sys.exit(1 if sip_result.problems else 0)
    engine = engine or get_state(app).settings.engine
    if engine == LIVE and (why := unplayable_on_live(script)):
        raise click.ClickException(f"cannot play '{script_name}' on GPT-Live: {why}")
    on_live = ", GPT-Live" if engine == LIVE else ""
    click.echo(f"Playing '{script_name}' ({'real time' if realtime else 'fast'}{on_live})…")
    result = run_simulation(app, script, realtime=realtime, caller_phone=caller_phone, timeout=timeout,
                            on_event=lambda text: click.echo(f"  … {text}") if realtime else None,
                            engine=engine)
    for line in result.lines():
        click.echo(line)
    sys.exit(1 if result.problems else 0)

