"""A fake OpenAI Realtime server (GA protocol) that plays scripted conversations.

It is a real WebSocket server on ``127.0.0.1`` (flask-sock, served threaded or by gevent);
point ``POS_VOICE_REALTIME_URL`` at :attr:`FakeRealtimeServer.url`. Each connection is one
:class:`FakeSession` playing the :class:`~pos_voice.testing.script.Script` from the start::

    from pos_voice.testing import FakeRealtimeServer, Script

    script = (
        Script()
        .greet("Thanks for calling Tony's Pizza, what can I get you?")
        .when_caller_says("I'd like a large pepperoni pizza for pickup")
        .call_tool("start_order", {"order_type": "pickup"})
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large", "quantity": 1})
        .say("One large pepperoni. Anything else?")
        .when_caller_says("No, that's all")
        .say("Great, see you soon!")
    )
    with FakeRealtimeServer(script) as fake:
        app.config["POS_VOICE_REALTIME_URL"] = fake.url
        ...                                  # drive a call
        session = fake.wait_for_session()
        session.wait_until_finished()
        fake.assert_no_protocol_errors()    # every client event was a valid GA event

Three modules make it: the script language (:mod:`pos_voice.testing.script`), the service's
side of the protocol (:mod:`pos_voice.testing.realtime_protocol`: session state, server VAD,
response streaming, the client rules with the service's error codes, strict GA validation),
and this one: the WebSocket server and the player that drives the protocol from the script.

How a script advances (the way the real service behaves, reduced to what is scripted):

- ``say`` / ``greet`` / ``call_tool`` / ``respond`` are **responses**. Each one waits for a
  response to be requested — a client ``response.create`` or a server-VAD turn with
  ``create_response`` — then streams it. After a tool call the next response waits for the
  client's ``function_call_output`` + ``response.create``. A ``response.create`` that arrives
  while the script is waiting for the caller gets an empty response (nothing scripted to say).
- ``when_caller_says`` waits for the caller to speak (server VAD on the appended μ-law), then
  sends the transcript (``conversation.item.input_audio_transcription.completed``). A barge-in
  script is ``greet(long text, pace=1.0).when_caller_says("actually…")``.
- Faults (see :mod:`pos_voice.testing.script` for each): ``withhold("session.created",
  "session.updated")``, ``ignore_response_request()``, ``stall_response()``,
  ``stall_after_tool_output()``, ``go_silent()``, ``drop()`` / ``drop(abrupt=True)``,
  ``send_error``, ``send``, ``pause``. ``FakeRealtimeServer(refuse_connections=2,
  handshake_delay=0.5, api_key=…)`` fails handshakes. A script per connection
  (``FakeRealtimeServer(lambda index: …)``) makes the first call fail and the reconnect work.

A watchdog test waits on the fake, not on the clock: ``session.wait_handled(n)`` returns
once the first ``n`` client messages were answered (or, silent, not answered), so
``session.sent_types()`` then shows all the fake ever sent in reply.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
import typing as t
from datetime import UTC, date, datetime

from .out_of_band import OutOfBand
from .realtime_protocol import RealtimeEmulation, Received, is_shut_down
from .script import (
    CallerCue,
    CallerSays,
    CallerTypes,
    Drop,
    GoSilent,
    IgnoreResponseRequest,
    Pause,
    Respond,
    Script,
    SendError,
    SendEvent,
    ToolCall,
    default_audio_ms,
)
from .servers import FakeService

log = logging.getLogger("pos_voice.testing.fake_realtime")

DEFAULT_STEP_TIMEOUT = 10.0


class _ScriptAborted(Exception):
    pass


class _ScriptStopped(Exception):
    """The script made the service go silent: nothing more is played."""


# ----------------------------------------------------------------------------- one connection


class FakeSession(RealtimeEmulation):
    """The server side of one Realtime connection: plays the script, records everything.

    What it records and the queries on it (``received``, ``sent``, ``timeline``,
    ``tool_outputs``, ``wait_for``, …) are those of :class:`RealtimeEmulation`.
    """

    def __init__(self, server: FakeRealtimeServer, ws: t.Any, index: int, headers: dict[str, str],
                 query: dict[str, str]) -> None:
        super().__init__(index, model=query.get("model") or "gpt-realtime", strict=server.strict,
                         today=getattr(server, "today", None))  # a SIP control plane has no date
        self.server = server
        self.headers = headers
        self.query = query
        self.script = server.script_for(index)
        self.connected_at = time.monotonic()
        self.finished = threading.Event()
        self.withheld = self.script.withheld
        self._ws = ws
        self._step_index = 0
        self._ignored: dict[int, int] = {}  # IgnoreResponseRequest step -> requests ignored so far
        self._dropped = False

    @property  # type: ignore[override]
    def pace(self) -> float:
        return self.server.pace

    @property  # type: ignore[override]
    def chunk_ms(self) -> int:
        return self.server.chunk_ms

    # ---------------------------------------------------------------- queries for tests

    def wait_until_finished(self, timeout: float = 10.0) -> None:
        """Wait until the whole script was played; raise on a script failure or timeout."""
        if not self.finished.wait(timeout):
            raise TimeoutError(f"script not finished within {timeout}s (at step {self._step_index}: "
                               f"{self._step_description()}); failures: {self.failures}")
        if self.failures:
            raise AssertionError(f"script failed: {self.failures}")

    def wait_for_caller_cue(self, after: int = -1, timeout: float = 10.0) -> CallerCue | None:
        """Wait until the script wants the caller to speak, at a step after ``after``.

        That is when it waits for a caller turn, or — for a line with ``interrupt_after_ms`` —
        as soon as the response before it is streaming. Returns the cue, or ``None`` when the
        script finished or the connection closed first.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                index, steps = self._step_index, self.script.steps
                if index > after and index < len(steps) and isinstance(steps[index], CallerSays):
                    step = steps[index]
                    return CallerCue(index, step.transcript, step.interrupt_after_ms)
                if index > after and index < len(steps) and isinstance(steps[index], CallerTypes):
                    typing = steps[index]
                    return CallerCue(index, f"(types {typing.keys})", keys=typing.keys)
                following = steps[index + 1] if index + 1 < len(steps) else None
                if (index + 1 > after and isinstance(following, CallerSays)
                        and following.interrupt_after_ms is not None and isinstance(steps[index], Respond)
                        and self._active is not None and self._active not in self._triggers):
                    return CallerCue(index + 1, following.transcript, following.interrupt_after_ms)
                if self.finished.is_set() or self.closed.is_set():
                    return None
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"the script did not reach a caller turn within {timeout}s")
                self._cond.wait(min(remaining, 0.1))

    def wait_closed(self, timeout: float = 5.0) -> bool:
        return self.closed.wait(timeout)

    def _transmit(self, text: str) -> bool:
        try:
            self._ws.send(text)
        except Exception:  # the client went away
            return False
        return True

    # ---------------------------------------------------------------- the connection loop

    def serve(self) -> None:
        """Run the connection (in the server's request thread/greenlet) until it closes."""
        from simple_websocket import ConnectionClosed

        if self.server.send_session_created:
            self.send_event({"type": "session.created", "session": self.session_config})
        runner = threading.Thread(target=self._run_script, name=f"fake-realtime-script-{self.index}",
                                  daemon=True)
        runner.start()
        try:
            while not self._dropped:
                try:
                    raw = self._ws.receive(timeout=0.2)
                except ConnectionClosed:
                    break
                if raw is None:
                    continue
                self._handle(raw)
        finally:
            with self._cond:
                self.closed.set()
                self._cond.notify_all()
            runner.join(timeout=2)

    # ---------------------------------------------------------------- what the script makes of requests

    def _response_plan(self, origin: str) -> str:
        """A client request starts the script's next response when that is the step now; a
        server-VAD turn is answered by the next response step ahead. An ``ignore_response_request``
        step in their place swallows the request."""
        steps, index = self.script.steps, self._step_index
        caller_spoke = index < len(steps) and (
            (isinstance(steps[index], CallerSays) and bool(self._user_turns))
            or (isinstance(steps[index], CallerTypes) and bool(self.typed)))
        if origin == "client" and caller_spoke:
            index += 1  # the caller already spoke; the runner is about to move past that step
        for at in range(index, len(steps)):
            step = steps[at]
            if isinstance(step, IgnoreResponseRequest) and self._ignored.get(at, 0) < step.count:
                if step.matches(origin):
                    self._ignored[at] = self._ignored.get(at, 0) + 1
                    return "ignore"
            elif isinstance(step, Respond):
                return "fill"
            elif isinstance(step, GoSilent):
                return "ignore"  # the runner is about to go silent
            if origin == "client" and not isinstance(step, IgnoreResponseRequest):
                return "empty"  # a client request only starts the step that is due now
        return "empty"

    def _out_of_band(self, request: dict[str, t.Any]) -> None:
        self.server.out_of_band.handle(self, request)

    def _before_client_event_locked(self, message: dict[str, t.Any]) -> None:
        # A go-silent step that is due takes effect before the next client event is answered,
        # whether or not the runner thread has reached it yet.
        steps, index = self.script.steps, self._step_index
        step = steps[index] if index < len(steps) else None
        if isinstance(step, GoSilent) and not (step.after_tool_outputs and self._calls_without_output()):
            self.silent = True

    # ---------------------------------------------------------------- the script runner

    def _step_description(self) -> str:
        steps = self.script.steps
        return steps[self._step_index].describe() if self._step_index < len(steps) else "end"

    def _wait(self, ready: t.Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + self.server.step_timeout
        with self._cond:
            while not ready():
                if self.closed.is_set():
                    raise _ScriptAborted(f"connection closed while waiting for {what}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise _ScriptAborted(f"step {self._step_index} ({self._step_description()}): "
                                         f"no {what} within {self.server.step_timeout}s")
                self._cond.wait(min(remaining, 0.2))

    def _run_script(self) -> None:
        try:
            while True:
                with self._cond:
                    if self._step_index >= len(self.script.steps):
                        break
                    step = self.script.steps[self._step_index]
                if isinstance(step, Respond):
                    self._play_response(step)  # advances the index itself, atomically with response.done
                    continue
                if isinstance(step, CallerSays):
                    self._play_caller_turn(step)  # advances the index itself, as it takes the turn
                    continue
                if isinstance(step, CallerTypes):
                    self._take_typed(step)  # advances the index itself, as it takes the keys
                    continue
                if isinstance(step, SendError):
                    self._error(step.code, step.message, error_type=step.error_type)
                elif isinstance(step, SendEvent):
                    self.send_event(dict(step.event))
                elif isinstance(step, Pause):
                    time.sleep(step.seconds)
                elif isinstance(step, Drop):
                    self._drop(step)
                elif isinstance(step, IgnoreResponseRequest):
                    self._wait_ignored(self._step_index, step)
                elif isinstance(step, GoSilent):
                    if step.after_tool_outputs:
                        self._wait(lambda: not self._calls_without_output(), "function_call_output")
                    self.go_silent()
                    break
                with self._cond:
                    self._step_index += 1
                    self._cond.notify_all()
        except _ScriptStopped:
            pass
        except _ScriptAborted as exc:
            if not self._dropped:
                self.failures.append(str(exc))
        except Exception as exc:  # a bug in the fake must show up in the test, not vanish
            log.exception("fake realtime script crashed")
            self.failures.append(f"script crashed: {exc!r}")
        finally:
            self.finished.set()
            with self._cond:
                self._cond.notify_all()

    def _wait_ignored(self, at: int, step: IgnoreResponseRequest) -> None:
        self._wait(lambda: self._ignored.get(at, 0) >= step.count, "response request to ignore")

    def _drop(self, step: Drop) -> None:
        self._dropped = True
        with self._send_lock:
            with contextlib.suppress(Exception):
                if step.abrupt:  # no close frame: the peer sees the TCP connection end
                    self._ws.sock.shutdown(socket.SHUT_RDWR)
                    self._ws.sock.close()
                else:
                    self._ws.close(reason=step.code, message=step.reason)
            self.closed.set()

    def _play_caller_turn(self, step: CallerSays) -> None:
        self._wait(lambda: bool(self._user_turns), f"caller speech for {step.transcript!r}")
        with self._cond:
            item_id = self._user_turns.popleft()
            # Advance with the pop: a client reacting to the transcript already sees the next step.
            self._step_index += 1
            self._cond.notify_all()
        self._transcribe(item_id, step.transcript)

    def _take_typed(self, step: CallerTypes) -> None:
        self._wait(lambda: bool(self.typed), f"the keys {step.keys!r} from the client")
        with self._cond:
            text = self.typed.popleft()
            self._step_index += 1
            self._cond.notify_all()
        if step.digits and step.digits not in text.replace(" ", ""):
            self.failures.append(f"the client's keypad message {text!r} lacks the typed digits {step.digits}")

    def _play_response(self, step: Respond) -> None:
        self._wait(lambda: any(not r.finished for r in self._triggers),
                   f"response request for {step.describe()}")
        with self._cond:
            response = self._triggers.popleft()
        output_index = 0
        if step.stall_after_ms == 0 and not step.text:
            self.go_silent()  # response.created went out; nothing else ever will
        if step.text:
            output_index = self._stream_message(response, step.text, output_index, step.audio_ms, step.pace,
                                                step.stall_after_ms)
        if self.silent:
            raise _ScriptStopped
        for call in step.tool_calls:
            if response.cancelled:
                break
            self._stream_function_call(response, call.name, call.arguments_json(), output_index, call.call_id)
            output_index += 1
        # The step advances atomically with response.done: a client answering it sees the next step.
        self._finish(response, "cancelled" if response.cancelled else "completed", then=self._advance_locked)

    def _advance_locked(self) -> None:
        self._step_index += 1


# ----------------------------------------------------------------------------- the server


class FakeRealtimeServer(FakeService):
    """A loopback WebSocket server speaking the Realtime GA protocol, one script per connection.

    :param script: the :class:`Script` every connection plays, or a function of the connection
        index (0, 1, …) returning one (different calls, different conversations).
    :param strict: validate every client message against the official ``openai`` GA types.
    :param pace: wall-clock seconds per second of generated audio (0 = as fast as possible,
        1.0 = real time; a barge-in test needs audio still streaming when the caller speaks).
    :param chunk_ms: audio per ``response.output_audio.delta``.
    :param refuse_connections: answer the first N handshakes with HTTP ``refuse_status``.
    :param handshake_delay: seconds to wait before accepting each handshake.
    :param api_key: when set, a handshake without ``Authorization: Bearer <api_key>`` gets 401.
    :param send_session_created: False models a service that accepts and then never speaks.
    :param step_timeout: how long a script step waits for the client before the script fails.
    :param out_of_band: how out-of-band responses (``conversation: "none"``) are answered
        (:class:`~pos_voice.testing.out_of_band.OutOfBand`; by default they never are).
    :param today: the service's date (UTC): a model at or past its shutdown date in
        :data:`pos_voice.model_lifecycle.SHUTDOWNS` is refused (handshake ``404 model_not_found``;
        an input transcription model in ``session.update``: ``invalid_value``), as the service
        will. None: the real date.
    """

    path = "/v1/realtime"

    def __init__(self, script: Script | t.Callable[[int], Script] | None = None, *, strict: bool = True,
                 pace: float = 0.0, chunk_ms: int = 100, refuse_connections: int = 0,
                 refuse_status: int = 503,
                 handshake_delay: float = 0.0, api_key: str | None = None, send_session_created: bool = True,
                 step_timeout: float = DEFAULT_STEP_TIMEOUT, out_of_band: OutOfBand | None = None,
                 today: date | None = None) -> None:
        super().__init__()
        self.out_of_band = out_of_band if out_of_band is not None else OutOfBand()
        self.today = today
        self._script = script if script is not None else Script()
        self.strict = strict
        self.pace = pace
        self.chunk_ms = chunk_ms
        self.refuse_connections = refuse_connections
        self.refuse_status = refuse_status
        self.handshake_delay = handshake_delay
        self.api_key = api_key
        self.send_session_created = send_session_created
        self.step_timeout = step_timeout
        self.connection_attempts = 0
        self.refused = 0
        self.sessions: list[FakeSession] = []
        self._lock = threading.Condition()

    def service_date(self) -> date:
        return self.today or datetime.now(UTC).date()

    def script_for(self, index: int) -> Script:
        return self._script(index) if callable(self._script) else self._script

    # ---------------------------------------------------------------- lifecycle

    def _before_stop(self) -> None:
        for session in list(self.sessions):
            session._dropped = True

    @property
    def url(self) -> str:
        """The ``ws://`` URL for ``POS_VOICE_REALTIME_URL``."""
        return f"ws://127.0.0.1:{self.port}{self.path}"

    def _build_app(self) -> t.Any:
        from flask import Flask, Response, request
        from flask_sock import Sock

        app = Flask("pos_voice_fake_realtime")
        sock = Sock(app)

        @app.before_request
        def gate() -> Response | None:
            with self._lock:
                self.connection_attempts += 1
                refuse = self.connection_attempts <= self.refuse_connections
                if refuse:
                    self.refused += 1
            if self.handshake_delay:
                time.sleep(self.handshake_delay)
            if refuse:
                return Response("service unavailable", status=self.refuse_status)
            model = request.args.get("model") or ""
            if is_shut_down(model, self.service_date()):
                body = {"error": {"type": "invalid_request_error", "code": "model_not_found",
                                  "message": f"The model `{model}` does not exist or you do not have "
                                             "access to it."}}
                return Response(json.dumps(body), status=404, mimetype="application/json")
            if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
                body = {"error": {"type": "invalid_request_error", "code": "invalid_api_key",
                                  "message": "Incorrect API key provided."}}
                return Response(json.dumps(body),
                                status=401, mimetype="application/json")
            return None

        @sock.route(self.path)
        def realtime(ws: t.Any) -> None:
            with self._lock:
                index = len(self.sessions)
                session = FakeSession(self, ws, index, dict(request.headers), dict(request.args))
                self.sessions.append(session)
                self._lock.notify_all()
            session.serve()

        return app

    # ---------------------------------------------------------------- queries for tests

    def wait_for_session(self, index: int = 0, timeout: float = 5.0) -> FakeSession:
        """The ``index``-th connection, waiting for it to arrive."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.sessions) > index, timeout):
                raise TimeoutError(f"no Realtime connection #{index} within {timeout}s "
                                   f"({self.connection_attempts} attempts, {self.refused} refused)")
            return self.sessions[index]

    @property
    def protocol_errors(self) -> list[str]:
        return [f"session {s.index}: {e}" for s in self.sessions for e in s.protocol_errors]

    def assert_no_protocol_errors(self) -> None:
        """Raise when any client message was not a valid GA Realtime client event."""
        errors = self.protocol_errors
        if errors:
            raise AssertionError("client sent invalid Realtime events:\n  " + "\n  ".join(errors))


__all__ = ["CallerCue", "CallerSays", "Drop", "FakeRealtimeServer", "FakeSession", "Pause", "Received",
           "Respond", "Script", "SendError", "SendEvent", "ToolCall", "default_audio_ms"]
