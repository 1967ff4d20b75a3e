"""The layout the staff pages extend: the plugin's own, or the host's (``POS_VOICE_BASE_TEMPLATE``).

A host layout renders the page in a block of its own name (``main``, ``body``, ``page``):
``POS_VOICE_BASE_TEMPLATE_BLOCK`` names it, and a small in-between template puts the plugin's
``content`` block there. ``flask pos-voice check`` renders a staff page through this and fails
when the plugin's content does not reach the page.
"""

from __future__ import annotations

import re

from flask import render_template
from jinja2 import Environment, Template

from ..settings import Settings

PLUGIN_LAYOUT = "pos_voice/layout.html"
#: In every staff page: ``check`` looks for it in the rendered probe page.
CONTENT_MARKER = 'id="pv-live"'
_BLOCK_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_bridges: dict[tuple[int, str, str], Template] = {}


def base_template(settings: Settings, env: Environment) -> str | Template:
    """What every staff page extends (``pv_base``); ``env`` is the app's ``jinja_env``."""
    base = settings.base_template
    if not base:
        return PLUGIN_LAYOUT
    block = settings.base_template_block or "content"
    if block == "content":
        return str(base)
    if not _BLOCK_NAME.match(block):
        raise ValueError(f"POS_VOICE_BASE_TEMPLATE_BLOCK {block!r} is not a Jinja block name")
    key = (id(env), str(base), block)
    bridge = _bridges.get(key)
    if bridge is None:
        # The host's block holds the plugin's: {% block main %}{% block content %}…
        bridge = env.from_string(
            "{% extends " + repr(str(base)) + " %}"
            "{% block " + block + " %}{% block content %}{% endblock %}{% endblock %}")
        _bridges[key] = bridge
    return bridge


def host_blocks(env: Environment, name: str) -> list[str]:
    """The blocks a host layout defines itself (for the message when the content block is missing)."""
    try:
        return sorted(env.get_template(name).blocks)
    except Exception:
        return []


def render_probe(settings: Settings, env: Environment) -> str:
    """A real staff page (live calls, empty) inside the configured layout. Needs a request context."""
    return render_template("pos_voice/live.html", pv_base=base_template(settings, env), pv_nav=(), calls=[],
                           poll_ms=2000, data_url="")


def layout_problem(settings: Settings, env: Environment) -> tuple[str, str] | None:
    """(setting, message) when the staff pages would not show the plugin's content; else None."""
    base = settings.base_template
    try:
        page = render_probe(settings, env)
    except Exception as exc:  # the host layout itself fails: say how
        where = base or PLUGIN_LAYOUT
        return "POS_VOICE_BASE_TEMPLATE", f"the staff pages cannot be rendered in {where!r}: " \
                                          f"{type(exc).__name__}: {exc}"
    if CONTENT_MARKER in page:
        return None
    block = settings.base_template_block or "content"
    blocks = host_blocks(env, str(base)) if base else []
    listed = f" (it defines: {', '.join(blocks)})" if blocks else ""
    return "POS_VOICE_BASE_TEMPLATE_BLOCK", (
        f"the staff pages would be empty: your layout {base!r} does not render a block named "
        f"{block!r}{listed} — set POS_VOICE_BASE_TEMPLATE_BLOCK to the block your layout shows the "
        "page body in")
