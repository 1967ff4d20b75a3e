"""A fake GPT-Live server (``wss …/v1/live/sessions``) that plays a :class:`~pos_voice.testing.Script`.

GPT-Live is not the Realtime protocol (docs/openai-engines.md §2): ``session.start`` first,
``session.started`` back; audio in with ``session.input_audio.append``, out with
``session.output_audio.delta``; transcripts as ``session.input_transcript.delta`` /
``session.output_transcript.delta`` on the session timeline; the model owns turn-taking;
tools run through **Responses delegation**. The same script language drives it::

    from pos_voice.testing import FakeGptLive, Script

    script = (Script().greet("Thanks for calling!").when_caller_says("A large pepperoni")
              .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large"})
              .say("One large pepperoni."))
    with FakeGptLive(script) as live:
        app.config["POS_VOICE_LIVE_URL"] = live.url      # whatever the engine reads
        ...
        session = live.wait_for_session()
        session.wait_until_finished()
        live.assert_no_protocol_errors()                # every client event was an openai.types.live event

How the script plays:

- A spoken step (``greet``/``say``) speaks when the model has a reason to: the session started,
  the caller finished a turn, the client appended commentary (``session.commentary.append``), or
  the client sent ``response.create`` after tool results. Audio is in the session's
  ``audio.format`` (``audio/pcmu`` at 8 kHz for a phone bridge), with output-transcript deltas.
- ``when_caller_says`` waits for a caller turn (server VAD on the appended μ-law) and sends its
  transcript. Speech while the model talks stops the model's output (full duplex: no cancel, no
  truncate, no event that says so — see the doc's §2.5 [?]); ``session.interruptions`` counts it.
- ``call_tool`` needs ``delegation.type == "responses"``: ``session.delegation.created``, then
  ``response.event`` wrapping the Responses stream of a ``function_call`` item; the client
  answers with ``response.item.create`` (a ``function_call_output``) and ``response.create``.
  The nested stream ends with ``response.completed`` (a lifecycle snapshot without output).
- ``session.close`` ends with ``session.closed`` (reason ``close_requested``) and the final usage;
  ``session.usage.updated`` reports cumulative billable seconds after each spoken step.
- Every client message is checked against ``openai.types.live.ClientEvent`` (strictly: no
  undeclared keys); a bad one gets an ``error`` event and lands in ``protocol_errors``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import itertools
import json
import math
import threading
import time
import typing as t
from collections import deque

from .fake_realtime import DEFAULT_STEP_TIMEOUT
from .script import (
    CallerCue,
    CallerSays,
    Drop,
    Pause,
    Respond,
    Script,
    SendError,
    SendEvent,
    default_audio_ms,
)
from .servers import FakeService
from .vad import BYTES_PER_MS, ServerVad

CLOSE_GRACE_SECONDS = 1.0  # after session.closed, how long the client has to close the socket itself
SILENCE_MS = 500  # GPT-Live's turn-taking is its own; the fake ends a caller turn after this much silence


class _Stopped(Exception):
    pass


class LiveSession:
    """The server side of one GPT-Live connection: plays the script, records everything."""

    def __init__(self, server: FakeGptLive, ws: t.Any, index: int, headers: dict[str, str]) -> None:
        self.server = server
        self.index = index
        self.headers = headers
        self.script = server.script_for(index)
        self.config: dict[str, t.Any] | None = None  # the session.start configuration
        self.received: list[dict[str, t.Any]] = []
        self.sent: list[dict[str, t.Any]] = []
        self.protocol_errors: list[str] = []
        self.failures: list[str] = []
        self.commentary: list[tuple[str | None, str]] = []  # (delegation_id, content)
        self.tool_calls: list[dict[str, t.Any]] = []
        self.tool_outputs: dict[str, str] = {}
        self.transcript: list[tuple[str, str]] = []
        self.interruptions = 0
        #: The conversation as the fake saw it, in the shape of the Realtime fake's (``simulate`` prints it).
        self.timeline: list[dict[str, t.Any]] = []
        self.finished = threading.Event()
        self.closed = threading.Event()
        self._ws = ws
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._started_at = time.monotonic()
        self._reasons_to_speak = 0
        self._speaking = False
        self._caller_turns: deque[float] = deque()
        self._vad = ServerVad()
        self._output_ms = 0.0
        self._closed_at: float | None = None  # session.closed sent: the client closes the socket next
        self._step = -1  # the script step playing

    # ---------------------------------------------------------------- queries for tests

    def client_types(self) -> list[str]:
        with self._cond:
            return [str(m.get("type")) for m in self.received]

    def sent_types(self) -> list[str]:
        with self._send_lock:
            return [str(e.get("type")) for e in self.sent]

    def wait_until_finished(self, timeout: float = 10.0) -> None:
        if not self.finished.wait(timeout):
            raise TimeoutError(f"GPT-Live script not finished within {timeout}s; failures: {self.failures}")
        if self.failures:
            raise AssertionError(f"script failed: {self.failures}")

    def wait_closed(self, timeout: float = 5.0) -> bool:
        return self.closed.wait(timeout)

    def wait_for_caller_cue(self, after: int = -1, timeout: float = 10.0) -> CallerCue | None:
        """Wait until the script waits for a caller turn at a step after ``after`` (as the Realtime
        fake's ``FakeSession.wait_for_caller_cue`` does, for ``simulate``); ``None`` when the script
        finished or the connection closed first."""
        steps = self.script.steps
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                step = self._step
                current = steps[step] if after < step < len(steps) else None
                if isinstance(current, CallerSays):
                    return CallerCue(step, current.transcript)
                if self.finished.is_set() or self.closed.is_set():
                    return None
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"the script did not reach a caller turn within {timeout}s")
                self._cond.wait(min(remaining, 0.1))

    def usage_seconds(self) -> float:
        """Billable seconds so far: every second begun counts (the fake's choice; §2.6 says whole seconds)."""
        return float(math.ceil(time.monotonic() - self._started_at))

    # ---------------------------------------------------------------- wire

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{self.index}_{next(self._ids):04d}"

    def _offset_ms(self) -> int:
        return int((time.monotonic() - self._started_at) * 1000)

    def send_event(self, event: dict[str, t.Any], client_event: dict[str, t.Any] | None = None) -> None:
        event = {"event_id": self._id("event"), **event}
        if client_event and client_event.get("event_id"):
            event["client_event_id"] = client_event["event_id"]
        with self._send_lock:
            if self.closed.is_set():
                return
            try:
                self._ws.send(json.dumps(event))
            except Exception:  # the client went away
                self.closed.set()
                return
            self.sent.append(event)

    def _error(self, code: str, message: str, client_event: dict[str, t.Any] | None = None) -> None:
        error = {"code": code, "message": message, "type": "invalid_request_error"}
        if client_event and client_event.get("event_id"):
            error["client_event_id"] = client_event["event_id"]
        self.send_event({"type": "error", "error": error}, client_event)

    # ---------------------------------------------------------------- client events

    def serve(self) -> None:
        from simple_websocket import ConnectionClosed

        runner = threading.Thread(target=self._run_script, name=f"fake-gpt-live-{self.index}", daemon=True)
        runner.start()
        try:
            while not self.closed.is_set():
                if self._closed_at is not None and time.monotonic() - self._closed_at > CLOSE_GRACE_SECONDS:
                    break
                try:
                    raw = self._ws.receive(timeout=0.2)
                except ConnectionClosed:
                    break
                if raw is not None:
                    self._handle(raw)
        finally:
            with self._cond:
                self.closed.set()
                self._cond.notify_all()
            runner.join(timeout=2)

    def _handle(self, raw: str | bytes) -> None:
        from .validation import live_client_event_problems

        try:
            message = json.loads(raw)
        except ValueError:
            self.protocol_errors.append(f"not JSON: {str(raw)[:80]!r}")
            self._error("invalid_json", "The event is not valid JSON.")
            return
        with self._cond:
            self.received.append(message)
            self._cond.notify_all()
        problems = live_client_event_problems(message)
        if problems:
            self.protocol_errors.extend(problems)
            undeclared = any("is not a field" in p for p in problems)
            self._error("unknown_parameter" if undeclared else "invalid_value", "; ".join(problems), message)
            return
        kind = str(message["type"])
        if self.config is None and kind != "session.start":
            self.protocol_errors.append(f"{kind} before session.start")
            self._error("session_not_started", "Send session.start and wait for session.started.", message)
            return
        handler = getattr(self, "_on_" + kind.replace("session.", "").replace(".", "_"), None)
        if handler is None:
            self._error("unsupported_event", f"The fake does not model {kind}.", message)
            return
        handler(message)

    def _on_start(self, message: dict[str, t.Any]) -> None:
        if self.config is not None:
            self._error("session_already_started", "The session has already started.", message)
            return
        session = dict(message["session"])
        resource = {"id": f"live_fake_{self.index}", "expires_at": int(time.time()) + 3600,
                    "status": "active", "audio": {"output": {"voice": "marin"}}, **session}
        with self._cond:
            self.config = session
            self._reasons_to_speak += 1  # the greeting
            self._cond.notify_all()
        self.send_event({"type": "session.started", "session": resource}, message)

    def _on_update(self, message: dict[str, t.Any]) -> None:
        self.send_event({"type": "session.updated", "session": {
            "id": f"live_fake_{self.index}", "expires_at": int(time.time()) + 3600, "status": "active",
            **(self.config or {})}}, message)

    def _on_input_audio_append(self, message: dict[str, t.Any]) -> None:
        try:
            audio = base64.b64decode(str(message["audio"]), validate=True)
        except (binascii.Error, ValueError):
            self._error("invalid_value", "Invalid 'audio': expected base64.", message)
            return
        with self._cond:
            for frame in self._vad.frames(audio):
                edge = self._vad.step(frame, SILENCE_MS)
                if edge and edge[0] == "started" and self._speaking:
                    self.interruptions += 1  # full duplex: the model stops talking over the caller
                    self._speaking = False
                elif edge and edge[0] == "stopped":
                    self._caller_turns.append(edge[1])
            self._cond.notify_all()

    def _acknowledge(self, message: dict[str, t.Any], event_type: str, reason_to_speak: bool) -> None:
        delegation_id = message.get("delegation_id")
        with self._cond:
            if event_type == "session.commentary.appended":
                self.commentary.append((delegation_id, str(message["content"])))
            if reason_to_speak:
                self._reasons_to_speak += 1
            self._cond.notify_all()
        now = self._offset_ms()
        self.send_event({"type": event_type, "start_ms": now, "end_ms": now}, message)

    def _on_commentary_append(self, message: dict[str, t.Any]) -> None:
        self._acknowledge(message, "session.commentary.appended", reason_to_speak=True)

    def _on_thinking_append(self, message: dict[str, t.Any]) -> None:
        self._acknowledge(message, "session.thinking.appended", reason_to_speak=False)

    def _on_instructions_append(self, message: dict[str, t.Any]) -> None:
        self._acknowledge(message, "session.instructions.appended", reason_to_speak=False)

    def _on_input_audio_mute(self, message: dict[str, t.Any]) -> None:
        self.send_event({"type": "session.input_audio.muted"}, message)

    def _on_input_audio_unmute(self, message: dict[str, t.Any]) -> None:
        self.send_event({"type": "session.input_audio.unmuted"}, message)

    def _delegates_to_responses(self, message: dict[str, t.Any]) -> bool:
        if ((self.config or {}).get("delegation") or {}).get("type") == "responses":
            return True
        self._error("invalid_request_error", f"{message['type']} requires Responses delegation.", message)
        return False

    def _on_response_item_create(self, message: dict[str, t.Any]) -> None:
        item = message["item"]
        if not self._delegates_to_responses(message):
            return
        if item.get("type") == "function_call_output":
            known = any(c["call_id"] == item.get("call_id") for c in self.tool_calls)
            if not known:
                self._error("invalid_value", f"No function call {item.get('call_id')!r}.", message)
                return
            with self._cond:
                self.tool_outputs[str(item["call_id"])] = str(item.get("output"))
                self.timeline.append({"kind": "tool_output", "call_id": str(item["call_id"]),
                                      "output": str(item.get("output"))})
                self._cond.notify_all()

    def _on_response_create(self, message: dict[str, t.Any]) -> None:
        if not self._delegates_to_responses(message):
            return
        with self._cond:
            waiting = [c["call_id"] for c in self.tool_calls if c["call_id"] not in self.tool_outputs]
            if waiting:
                self.failures.append(f"response.create while function call(s) {waiting} have no output")
            self._reasons_to_speak += 1
            self._cond.notify_all()

    def _on_close(self, message: dict[str, t.Any]) -> None:
        self.send_event({"type": "session.closed", "reason": "close_requested",
                         "session": {"id": f"live_fake_{self.index}", "expires_at": int(time.time()),
                                     "status": "active", **(self.config or {})},
                         "usage": {"seconds": self.usage_seconds()}}, message)
        # The client closes the socket (or it closes after CLOSE_GRACE_SECONDS): closing it here at
        # once, with the client's messages unread, can reset the connection before the client
        # has read session.closed (its final usage).
        self._closed_at = time.monotonic()

    # ---------------------------------------------------------------- the script runner

    def _wait(self, ready: t.Callable[[], bool], what: str) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: ready() or self.closed.is_set(), self.server.step_timeout):
                raise _Stopped(f"no {what} within {self.server.step_timeout}s")
            if self.closed.is_set() and not ready():
                raise _Stopped(f"connection closed while waiting for {what}")

    def _run_script(self) -> None:
        try:
            for index, step in enumerate(self.script.steps):
                with self._cond:
                    self._step = index
                    self._cond.notify_all()
                if isinstance(step, Respond):
                    self._wait(lambda: self._reasons_to_speak > 0, f"a reason to speak ({step.describe()})")
                    with self._cond:
                        self._reasons_to_speak -= 1
                    if step.text:
                        self._speak(step.text, step.audio_ms, step.pace)
                    for call in step.tool_calls:
                        self._delegate(call.name, call.arguments_json(), call.call_id)
                elif isinstance(step, CallerSays):
                    self._wait(lambda: bool(self._caller_turns), f"caller speech for {step.transcript!r}")
                    with self._cond:
                        end_ms = self._caller_turns.popleft()
                        self._reasons_to_speak += 1  # GPT-Live answers a finished turn by itself
                    self.send_event({"type": "session.input_transcript.delta", "delta": step.transcript,
                                     "start_ms": int(end_ms), "end_ms": int(end_ms)})
                    self.transcript.append(("caller", step.transcript))
                    self.timeline.append({"kind": "caller", "text": step.transcript})
                elif isinstance(step, SendEvent):
                    self.send_event(dict(step.event))
                elif isinstance(step, SendError):
                    self._error(step.code or "server_error", step.message)
                elif isinstance(step, Pause):
                    time.sleep(step.seconds)
                elif isinstance(step, Drop):
                    with self._send_lock, contextlib.suppress(Exception):
                        self._ws.close(reason=step.code, message=step.reason)
                    self.closed.set()
                    return
        except _Stopped as exc:
            if not self.closed.is_set():
                self.failures.append(str(exc))
        finally:
            with self._cond:
                self.finished.set()
                self._cond.notify_all()

    def _speak(self, text: str, audio_ms: int | None, pace: float | None) -> None:
        total_ms = audio_ms or default_audio_ms(text)
        chunk_ms = self.server.chunk_ms
        chunks = max(1, math.ceil(total_ms / chunk_ms))
        words, spoken = text.split(" "), 0
        wait = (pace if pace is not None else self.server.pace) * chunk_ms / 1000
        with self._cond:
            self._speaking = True
        for index in range(chunks):
            with self._cond:
                if not self._speaking or self.closed.is_set():
                    break
            audio = bytes([0x20]) * int(min(chunk_ms, total_ms - index * chunk_ms) * BYTES_PER_MS)
            self.send_event({"type": "session.output_audio.delta", "delta": base64.b64encode(audio).decode()})
            upto = math.ceil(len(words) * (index + 1) / chunks)
            start = self._output_ms
            self._output_ms += len(audio) / BYTES_PER_MS
            if upto > spoken:
                self.send_event({"type": "session.output_transcript.delta",
                                 "delta": (" " if spoken else "") + " ".join(words[spoken:upto]),
                                 "start_ms": int(start), "end_ms": int(self._output_ms)})
                spoken = upto
            if wait > 0:
                with self._cond:
                    self._cond.wait_for(lambda: not self._speaking or self.closed.is_set(), timeout=wait)
        with self._cond:
            self._speaking = False
        self.transcript.append(("assistant", " ".join(words[:spoken])))
        self.timeline.append({"kind": "assistant", "text": " ".join(words[:spoken]),
                              "interrupted": spoken < len(words)})
        self.send_event({"type": "session.usage.updated", "usage": {"seconds": self.usage_seconds()}})

    def _delegate(self, name: str, arguments: str, call_id: str | None) -> None:
        delegation = ((self.config or {}).get("delegation") or {}).get("type")
        if delegation != "responses":
            raise _Stopped(f"the script calls {name} but the session's delegation is {delegation!r}, "
                           "not 'responses'")
        delegation_model = (((self.config or {}).get("delegation") or {}).get("responses") or {}).get("model")
        delegation_id, response_id = self._id("dlg"), self._id("resp")
        call_id = call_id or self._id("call")
        item_id = self._id("fc")
        self.send_event({"type": "session.delegation.created", "offset_ms": self._offset_ms(), "delegation": {
            "id": delegation_id, "target": "responses", "type": "delegation", "response_id": response_id}})
        item = {"type": "function_call", "id": item_id, "call_id": call_id, "name": name,
                "arguments": arguments, "status": "completed"}
        with self._cond:  # known before the client can see it: its output may come back at once
            self.tool_calls.append({"name": name, "arguments": arguments, "call_id": call_id,
                                    "delegation_id": delegation_id})
            self.timeline.append({"kind": "tool", "name": name, "arguments": arguments, "call_id": call_id})
            self._cond.notify_all()
        stream: list[dict[str, t.Any]] = [
                {"type": "response.output_item.added", "output_index": 0,
                 "item": {**item, "arguments": "", "status": "in_progress"}},
                {"type": "response.function_call_arguments.delta", "item_id": item_id, "output_index": 0,
                 "delta": arguments},
                {"type": "response.function_call_arguments.done", "item_id": item_id, "output_index": 0,
                 "name": name, "arguments": arguments},
                {"type": "response.output_item.done", "output_index": 0, "item": item},
                # a lifecycle snapshot: no input, instructions, tools or output (GPT-Live strips them)
                {"type": "response.completed", "response": {
                    "id": response_id, "object": "response", "created_at": int(time.time()),
                    "status": "completed", "model": delegation_model, "output": [],
                    "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}}]
        for sequence, nested in enumerate(stream):
            self.send_event({"type": "response.event", "delegation_id": delegation_id,
                             "event": {**nested, "sequence_number": sequence}})


class FakeGptLive(FakeService):
    """A loopback GPT-Live WebSocket server, one :class:`LiveSession` per connection.

    :param script: the :class:`Script` each connection plays, or a function of its index.
    :param api_key: when set, a handshake without ``Authorization: Bearer <api_key>`` gets 401.
    :param pace: wall-clock seconds per second of generated audio (0 = as fast as possible).
    """

    path = "/v1/live/sessions"

    def __init__(self, script: Script | t.Callable[[int], Script] | None = None, *,
                 api_key: str | None = None, pace: float = 0.0, chunk_ms: int = 100,
                 step_timeout: float = DEFAULT_STEP_TIMEOUT) -> None:
        super().__init__()
        self._script = script if script is not None else Script()
        self.api_key = api_key
        self.pace = pace
        self.chunk_ms = chunk_ms
        self.step_timeout = step_timeout
        self.sessions: list[LiveSession] = []
        self._lock = threading.Condition()

    def script_for(self, index: int) -> Script:
        return self._script(index) if callable(self._script) else self._script

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{self.path}"

    def _before_stop(self) -> None:
        for session in self.sessions:
            session.closed.set()

    def wait_for_session(self, index: int = 0, timeout: float = 5.0) -> LiveSession:
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.sessions) > index, timeout):
                raise TimeoutError(f"no GPT-Live connection #{index} within {timeout}s")
            return self.sessions[index]

    @property
    def protocol_errors(self) -> list[str]:
        return [f"session {s.index}: {e}" for s in self.sessions for e in s.protocol_errors]

    def assert_no_protocol_errors(self) -> None:
        if self.protocol_errors:
            errors = "\n  ".join(self.protocol_errors)
            raise AssertionError(f"client sent invalid GPT-Live events:\n  {errors}")

    def _build_app(self) -> t.Any:
        from flask import Flask, Response, request
        from flask_sock import Sock

        app = Flask("pos_voice_fake_gpt_live")
        sock = Sock(app)

        @app.before_request
        def gate() -> Response | None:
            if request.args:
                body = {"error": {"type": "invalid_request_error", "code": "unknown_parameter",
                                  "message": "Live sessions take no query parameters."}}
                return Response(json.dumps(body), status=400, mimetype="application/json")
            if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
                return Response('{"error": {"code": "invalid_api_key"}}', status=401,
                                mimetype="application/json")
            return None

        @sock.route(self.path)
        def live(ws: t.Any) -> None:
            with self._lock:
                session = LiveSession(self, ws, len(self.sessions), dict(request.headers))
                self.sessions.append(session)
                self._lock.notify_all()
            session.serve()

        return app
