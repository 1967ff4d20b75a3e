"""The call's language, as the bridge follows it (``POS_VOICE_LANGUAGES``).

The tools hold the call's language (``set_language``, :mod:`pos_voice.tools.language`); when it
changes, the model's session follows (:meth:`~pos_voice.bridge.engine.ModelEngine.update_session`;
on Realtime one ``session.update``): the instructions for the new language and its transcription
language. Before anything else the next response sees it, since the update goes out before the
tool outputs and their ``response.create``.

The transcript speaks too: two caller turns in a row clearly in another configured language
(:func:`pos_voice.languages.detect`) switch the call even when the model did not call the tool;
one turn clearly in the call's language confirms it. With several languages the transcription
gets no language until then (it detects the language itself: a hint would bend a Spanish caller's
words toward English); with one language it gets it from the start.
"""

from __future__ import annotations

import logging
import threading
import typing as t

from .. import languages
from .deps import BridgeSettings

log = logging.getLogger("pos_voice.bridge")

TURNS_TO_SWITCH = 2  # caller turns in a row, clearly in another language, that switch the call


class CallLanguage:
    def __init__(self, settings: BridgeSettings) -> None:
        self.languages = tuple(settings.languages) or ((settings.language or "en"),)
        self.transcription_model = settings.transcription_model
        self.current = self.languages[0]
        self.confirmed = len(self.languages) < 2  # the transcription has the language
        self._streak: tuple[str | None, int] = (None, 0)
        self._lock = threading.Lock()

    @property
    def several(self) -> bool:
        return len(self.languages) > 1

    def start(self, registry: t.Any, ctx: t.Any) -> str | None:
        """The call's first language (the tools read it); returns the transcription language."""
        if self.several and ctx is not None:
            self.current = registry.call_language(ctx)
        return self.current if self.confirmed else None

    def heard(self, session: t.Any, text: str, reported: tuple[str, ...] = ()) -> None:
        """A caller turn's transcript: confirms the call's language, or (twice) switches it.
        ``reported``: the codes the transcription heard itself (from the audio; ``gpt-transcribe``
        sends them), which win over the words when they name one of ours."""
        if not self.several or session.ctx is None:
            return
        found = self._reported(reported) or languages.detect(text, self.languages).language
        if found is None:
            return
        update: tuple[str | None, str | None] | None
        with self._lock:
            if found == self.current:
                self._streak = (None, 0)
                if self.confirmed:
                    return
                self.confirmed = True
                update = (None, self.current) if self.transcription_model else None
            else:
                other, count = self._streak
                count = count + 1 if other == found else 1
                self._streak = (found, count)
                if count < TURNS_TO_SWITCH:
                    return
                session.registry.switch_language(session.ctx, found, "transcript")
                update = self._switched(session)
        if update is not None:
            session.follow_language(*update)

    def _reported(self, reported: tuple[str, ...]) -> str | None:
        codes = {languages.base(code) for code in reported}
        ours = [code for code in self.languages if code in codes]
        return ours[0] if len(ours) == 1 else None

    def follow(self, session: t.Any) -> None:
        """After the tools ran: if they switched the call's language, the session follows."""
        if not self.several or session.ctx is None:
            return
        with self._lock:
            update = self._switched(session)
        if update is not None:
            session.follow_language(*update)

    def _switched(self, session: t.Any) -> tuple[str | None, str | None] | None:
        code = session.registry.call_language(session.ctx)
        if code == self.current:
            return None
        log.info("call %s: the caller speaks %s now (was %s)", session.call_sid, code, self.current)
        self.current, self.confirmed, self._streak = code, True, (None, 0)
        return self._update(session, instructions=True)

    def _update(self, session: t.Any, *, instructions: bool) -> tuple[str | None, str | None]:
        """The new instructions (or None) and transcription language (None: no transcription)."""
        text = None
        if instructions:
            text = session.registry.instructions(session.ctx)
            session.responses.instructions = text
        return text, (self.current if self.transcription_model else None)
