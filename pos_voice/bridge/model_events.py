"""What the model's events do to the call: turns, transcript lines, responses and their tool calls,
errors. It is the call's :class:`~pos_voice.bridge.engine.EngineListener`: whatever the engine,
these are the same.

A response's function calls run once it is complete (:class:`~.tool_runner.ToolRunner`); their
outputs go back and exactly one response follows the batch, unless the batch ends the call
(a transfer, a goodbye) or the end was decided while it ran (:mod:`.handover`).
"""

from __future__ import annotations

import logging
import typing as t

from ..models import COMPLETED, NEXT_HANGUP, NEXT_TRANSFER, TRANSFERRED
from .engine import EngineError, ResponseDone, ToolCall
from .tool_runner import END_CALL, NOT_EXECUTED, TRANSFER, ToolBatch
from .transcript import CALLER

if t.TYPE_CHECKING:
    from .session import CallSession

log = logging.getLogger("pos_voice.bridge")

MAX_ERRORS = 8  # more non-benign errors than this in one call: hand it to staff


class ModelEvents:
    def __init__(self, session: CallSession) -> None:
        self.session = session
        self.errors = 0  # non-benign errors of the call

    def assistant_audio(self, deltas: list[tuple[bytes, bytes]]) -> None:
        self.session.voice.assistant_audio(deltas)

    def engine_ready(self, interrupt_response: bool) -> None:
        session = self.session
        session.watchdog.on_ready()
        session.voice.ready(interrupt_response)

    def caller_speech_started(self, item_id: str | None, audio_start_ms: int) -> None:
        self.session.voice.speech_started(item_id, audio_start_ms)

    def caller_speech_stopped(self, audio_end_ms: int) -> None:
        self.session.voice.speech_stopped(audio_end_ms)

    def caller_turn_committed(self, item_id: str, previous_item_id: str | None) -> None:
        session = self.session
        session.transcript.add_item(item_id, CALLER, previous_item_id)
        if session.voice.vad_answers:  # the model answers the caller's turn on its own
            session.watchdog.expect_answer(session.clock.monotonic())
            session.wake_timers()

    def item_added(self, item_id: str, role: str, previous_item_id: str | None) -> None:
        self.session.transcript.add_item(item_id, role, previous_item_id)

    def transcript_done(self, role: str, item_id: str, text: str, languages: tuple[str, ...] = ()) -> None:
        """A final transcript line: stored, and told to the tools; the caller's also to the
        call's language (which may follow it)."""
        session = self.session
        if role == CALLER:
            session.turns.caller_said(item_id, text)
            session.language.heard(session, text, languages)
        if text.strip():
            clean = session.transcript.set_text(item_id, role, text)
            session.recorder.record("transcript", {"role": role, "text": clean})
            if session.ctx is not None:
                session.registry.add_transcript(session.ctx, role, clean)

    def response_started(self) -> None:
        session = self.session
        session.activity()
        session.responses.on_created()

    def tool_call(self, response_id: str, call: ToolCall) -> None:
        self.session.tools.collect(response_id, call)

    def usage_reported(self, usage: dict[str, t.Any] | None) -> None:
        self.session.usage.add(usage)

    def response_done(self, done: ResponseDone) -> None:
        session = self.session
        session.watchdog.answered()
        calls = session.tools.calls_of(done.response_id, done.calls)
        had_audio = any(session.tracker.sent_bytes(item_id) > 0 for item_id in done.message_ids)
        if done.failure is not None:
            self.note_error("response", done.failure)
        run_tools = bool(calls) and done.status == "completed"
        deferred = session.responses.on_done(tools_follow=run_tools)
        if run_tools:
            session.tools.start(session.ctx, calls, lambda batch: self._tools_done(batch, had_audio))
        elif calls:
            # Interrupted before it ran: every call still gets an output, never left dangling.
            for tool in calls:
                session.engine.send_tool_output(tool.call_id, NOT_EXECUTED)
                session.recorder.record("tool_call", {
                    "name": tool.name, "arguments": tool.arguments, "result": None,
                    "error": f"not executed (response {done.status})"})
        if deferred is not None:
            session.responses.send_create(deferred)
        if session.ending.finishing:
            session.check_finish()
        elif session.tracker.outstanding() == 0 and not calls and session.responses.quiet:
            session.became_idle()

    def response_refused(self) -> None:
        session = self.session
        again = session.responses.on_active_response_refused()  # ask again once it is done
        if again is not None:
            session.responses.send_create(again)

    def engine_error(self, error: EngineError) -> None:
        session = self.session
        session.responses.on_error_for(error.request_id)
        if error.fatal:
            session.fail("realtime", error.message)
        else:
            self.note_error("realtime", error.message)

    def engine_lost(self, exc: BaseException) -> None:
        session = self.session
        if session.ending.closing or session.engine.closed:
            return
        log.error("call %s: lost the OpenAI Realtime connection: %s", session.call_sid, exc)
        session.fail("realtime", f"connection lost: {type(exc).__name__}: {exc}")

    def note_error(self, where: str, message: str) -> None:
        session = self.session
        self.errors += 1
        log.warning("call %s: %s error: %s", session.call_sid, where, message)
        session.recorder.record("error", {"where": where, "message": message})
        if self.errors > MAX_ERRORS:
            session.fail(where, f"too many errors; last: {message}")

    def _tools_done(self, batch: ToolBatch, had_audio: bool) -> None:
        session = self.session
        session.responses.tools_done()
        if session.ending.closing or session.engine.closed:
            # The caller hung up (the tools' DB work is done, nobody to answer), or the model is
            # gone and a failure waited for this batch: it may have placed the order.
            session.check_finish()
            return
        session.language.follow(session)  # a switch of language reaches the model before the outputs
        for call_id, output in batch.outputs.items():
            session.engine.send_tool_output(call_id, output)
        line = session.handover.line_after_tools()
        if line is not None:  # the end was decided while the tools ran: its line now
            session.responses.request(line)
        elif batch.action == TRANSFER:
            session.begin_finish(NEXT_TRANSFER, TRANSFERRED, speak=not had_audio)
        elif batch.action == END_CALL:
            session.begin_finish(NEXT_HANGUP, COMPLETED, speak=not had_audio)
        else:
            session.responses.request()
