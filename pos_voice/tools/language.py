"""The call's language (``POS_VOICE_LANGUAGES``): where it starts, the ``set_language`` tool that
switches it, and what the instructions say about it.

Who decides the caller speaks another language? The model: it hears the audio, and the caller's
first words ("¿Hola, tienen pizza?") are enough for it. The transcript alone would be a weak
source: it lags the audio, and once a transcription language is set it is biased toward that
language. So the model calls ``set_language``, and the transcript is the check on it
(:func:`pos_voice.languages.detect`): a switch the caller's own recent words clearly contradict is
refused. The bridge follows a switch with a ``session.update`` (new instructions, transcription
language): :mod:`pos_voice.bridge.language`.
"""

from __future__ import annotations

import logging
import typing as t

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field

from .. import languages
from ..settings import Settings
from . import lifecycle
from .context import CallContext, ToolError

if t.TYPE_CHECKING:
    from .registry import ToolRegistry

log = logging.getLogger("pos_voice.tools")

CALLER_LINES_CHECKED = 3  # the caller's last transcript lines the check reads


def start(ctx: CallContext) -> None:
    """The call's first language: recorded on its row at ``/incoming`` (the number's), else the
    shop's default."""
    settings = ctx.settings
    ctx.language = settings.default_language
    store = ctx.store
    if len(settings.call_languages) < 2 or store is None or ctx.call_id is None:
        return
    calls = store.models.VoiceCall
    try:
        recorded = store.session.execute(sa.select(calls.language).where(calls.id == ctx.call_id)).scalar()
    except Exception:  # the default language only
        log.exception("pos_voice could not read the language of call %s", ctx.call_sid)
        store.rollback()
        return
    if recorded in settings.call_languages:
        ctx.language = recorded


def current(ctx: CallContext) -> str:
    return ctx.language or ctx.settings.default_language


def caller_words(ctx: CallContext) -> str:
    """The caller's last few transcript lines (what the check reads)."""
    prefix = "caller: "
    lines = [line[len(prefix):] for line in ctx.recent_transcript if line.startswith(prefix)]
    return " ".join(lines[-CALLER_LINES_CHECKED:])


def switch(ctx: CallContext, code: str, by: str) -> bool:
    """Make ``code`` the call's language (recorded on the call); False when it already was."""
    previous = current(ctx)
    if code == previous:
        return False
    ctx.language = code
    lifecycle.record_event(ctx, "language", {"language": code, "previous": previous, "by": by},
                           language=code)
    return True


class SetLanguageArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: str = Field(description="The caller's language: its ISO code, e.g. \"es\" (one of the "
                                      "languages your instructions list).")


def set_language(ctx: CallContext, args: SetLanguageArgs) -> dict[str, t.Any]:
    settings = ctx.settings
    offered = settings.call_languages
    code = languages.normalize(args.language)
    spoken = ", ".join(languages.name(c) for c in offered)
    if code is None or code not in offered:
        raise ToolError(f"we don't offer {args.language!r} on this line; we speak {spoken}",
                        next_step=f"Go on in {languages.name(current(ctx))}; if the caller can't, offer "
                                  "transfer_to_human.", subject="set_language")
    heard = languages.detect(caller_words(ctx), offered)
    if heard.language is not None and heard.language != code:
        raise ToolError(f"the caller's last words are in {languages.name(heard.language)}, not "
                        f"{languages.name(code)}",
                        next_step=f"Keep speaking {languages.name(current(ctx))} unless the caller asks for "
                                  f"{languages.name(code)}.", subject="set_language")
    switch(ctx, code, "model")
    return {"ok": True, "language": code,
            "next": f"From now on speak {languages.name(code)}: {say_rule(code)}"}


def say_rule(code: str) -> str:
    """How the assistant speaks in ``code`` (the instructions' line and set_language's reply)."""
    if languages.base(code) == "en":
        return "call menu items by the menu's own names."
    name = languages.name(code)
    return (f"answer in {name}, and say the tools' results (written in English) in {name}. Menu items keep "
            f"the menu's own names, untranslated; their descriptions, sizes, totals and prices you say in "
            f"{name}.")


def instructions_line(settings: Settings, code: str) -> str:
    """The prompt's lines on language for a call in ``code``: what to speak, when to switch."""
    line = f"- Speak {languages.name(code)}: {say_rule(code)}"
    others = [c for c in settings.call_languages if c != code]
    if others:
        line += (f"\n- We also serve callers in {', '.join(languages.name(c) for c in others)}: as soon as "
                 "the caller speaks one of those (or asks for it), call set_language with its code ("
                 f"{', '.join(others)}) and go on in it. For any other language, answer in "
                 f"{languages.name(code)} as simply as you can.")
    else:
        line += " If the caller speaks another language, answer in it if you can."
    return line


def greeting_rule(settings: Settings, code: str) -> str:
    """Appended to the greeting instruction when the call starts in a language other than English."""
    if languages.base(code) == "en":
        return ""
    return (f" Say it in {languages.name(code)} (the business name as it is): this caller's line is in "
            f"{languages.name(code)}.")


def offered(settings: Settings) -> bool:
    """set_language is offered only where there is a language to switch to."""
    return len(settings.call_languages) > 1


def register(registry: ToolRegistry) -> None:
    registry.register(
        "set_language",
        "Switch the call to the caller's language, one of those your instructions list, as soon as the "
        "caller speaks it or asks for it. Then answer in it.",
        SetLanguageArgs, set_language, when=offered)
