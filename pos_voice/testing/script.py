"""The script language of the fake Realtime model: what it says, calls and does wrong, in order.

A :class:`Script` is a list of steps built fluently; a
:class:`~pos_voice.testing.FakeRealtimeServer` plays it on each connection::

    Script()
    .greet("Thanks for calling Tony's Pizza, what can I get you?")
    .when_caller_says("A large pepperoni for pickup")
    .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large"})
    .say("One large pepperoni. Anything else?")

Responses (``greet``, ``say``, ``call_tool``, ``call_tools``, ``say_and_call``, ``respond``)
each wait for a response to be requested (a client ``response.create`` or a server-VAD turn)
and stream it; ``when_caller_says`` waits for one caller turn and transcribes it.

Faults, for testing what a client does when the service misbehaves:

- ``withhold("session.created", "session.updated")``: those server events are never sent
  (a session that never becomes ready).
- ``ignore_response_request()``: the next response request gets nothing at all — no
  ``response.created``, no error.
- ``stall_response(after_ms=0)``: the next response starts (``response.created``, and
  ``after_ms`` of audio) and then the service goes silent: no ``response.done``, ever.
- ``stall_after_tool_output()``: the client's ``function_call_output`` items are acknowledged,
  then the service goes silent (the ``response.create`` after them gets nothing).
- ``go_silent()``: from this point the service sends and answers nothing; the socket stays open.
- ``drop()`` closes the socket with a close frame (1011 = the service failed mid-call);
  ``drop(abrupt=True)`` cuts the TCP connection with no close frame.
- ``send_error``, ``send`` (any raw event, e.g. a future type) and ``pause``.

While silent the fake still records what the client sends (:attr:`FakeSession.received`).
"""

from __future__ import annotations

import json
import typing as t
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ToolCall:
    """One function call the model makes."""

    name: str
    arguments: dict[str, t.Any] | str = field(default_factory=dict)
    call_id: str | None = None

    def arguments_json(self) -> str:
        return self.arguments if isinstance(self.arguments, str) else json.dumps(self.arguments)


@dataclass(frozen=True)
class Respond:
    """One model response: optional speech, then optional function calls.

    ``stall_after_ms`` makes it a stalled response: after that much audio (0: right after
    ``response.created``) the service goes silent and the response never finishes.
    """

    text: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    audio_ms: int | None = None
    pace: float | None = None  # overrides the server's pace for this response
    stall_after_ms: int | None = None

    def describe(self) -> str:
        parts = [f"say {self.text!r}"] if self.text else []
        parts += [f"call {c.name}" for c in self.tool_calls]
        described = " + ".join(parts) or "empty response"
        stalled = f", stalled at {self.stall_after_ms} ms" if self.stall_after_ms is not None else ""
        return described + stalled


@dataclass(frozen=True)
class CallerSays:
    """Wait for one caller turn (server VAD) and transcribe it as ``transcript``.

    ``interrupt_after_ms`` is a cue for a simulated caller (see :meth:`FakeSession.wait_for_caller_cue`):
    speak over the assistant once that much of the previous response has arrived.
    """

    transcript: str
    interrupt_after_ms: int | None = None

    def describe(self) -> str:
        return f"caller says {self.transcript!r}"


@dataclass(frozen=True)
class CallerTypes:
    """Wait for keys the caller types (the client's user ``input_text`` item that carries them:
    the bridge's keypad message, which must contain ``digits``)."""

    keys: str

    @property
    def digits(self) -> str:
        return "".join(key for key in self.keys if key.isdigit())

    def describe(self) -> str:
        return f"caller types {self.keys!r}"


@dataclass(frozen=True)
class SendError:
    code: str | None
    message: str
    error_type: str = "invalid_request_error"

    def describe(self) -> str:
        return f"error {self.code}"


@dataclass(frozen=True)
class SendEvent:
    event: dict[str, t.Any]

    def describe(self) -> str:
        return f"send {self.event.get('type')}"


@dataclass(frozen=True)
class Pause:
    seconds: float

    def describe(self) -> str:
        return f"pause {self.seconds}s"


@dataclass(frozen=True)
class Drop:
    """Close the socket from the server side (1011 = the service failed mid-call).

    ``abrupt`` cuts the TCP connection without a close frame (a network failure).
    """

    code: int = 1011
    reason: str = "internal error"
    abrupt: bool = False

    def describe(self) -> str:
        return "drop the connection" if self.abrupt else f"drop {self.code}"


@dataclass(frozen=True)
class IgnoreResponseRequest:
    """The next ``count`` response requests get no answer at all.

    ``origin`` limits it to client ``response.create`` (``"client"``) or to server-VAD turns
    (``"turn_detected"``); ``None`` ignores either.
    """

    count: int = 1
    origin: str | None = None

    def describe(self) -> str:
        return f"ignore {self.count} response request(s)"

    def matches(self, origin: str) -> bool:
        return self.origin is None or self.origin == origin


@dataclass(frozen=True)
class GoSilent:
    """From here on the service sends and answers nothing (the socket stays open).

    With ``after_tool_outputs`` it first waits for (and acknowledges) the client's
    ``function_call_output`` for every function call made so far.
    """

    after_tool_outputs: bool = False

    def describe(self) -> str:
        return "stall after the tool outputs" if self.after_tool_outputs else "go silent"


Step = (Respond | CallerSays | CallerTypes | SendError | SendEvent | Pause | Drop | IgnoreResponseRequest
        | GoSilent)


class Script:
    """A conversation for the fake model, built fluently; every method returns the script."""

    def __init__(self, steps: t.Iterable[Step] = (), withheld: t.Iterable[str] = ()) -> None:
        self.steps: list[Step] = list(steps)
        #: Server event types this script's sessions never send (see :meth:`withhold`).
        self.withheld: frozenset[str] = frozenset(withheld)

    def _add(self, step: Step) -> Script:
        self.steps.append(step)
        return self

    def greet(self, text: str, audio_ms: int | None = None, pace: float | None = None) -> Script:
        """The first thing the assistant says (answers the client's first ``response.create``)."""
        return self._add(Respond(text=text, audio_ms=audio_ms, pace=pace))

    def say(self, text: str, audio_ms: int | None = None, pace: float | None = None) -> Script:
        """An assistant reply spoken as audio (with its transcript); ``pace=1.0`` streams it in real time."""
        return self._add(Respond(text=text, audio_ms=audio_ms, pace=pace))

    def call_tool(self, name: str, arguments: dict[str, t.Any] | str | None = None,
                  call_id: str | None = None) -> Script:
        """A response that is one function call."""
        return self._add(Respond(tool_calls=(ToolCall(name, arguments or {}, call_id),)))

    def call_tools(self, *calls: ToolCall | tuple[str, dict[str, t.Any]]) -> Script:
        """A response with several function calls (parallel tool calls)."""
        built = tuple(c if isinstance(c, ToolCall) else ToolCall(c[0], c[1]) for c in calls)
        return self._add(Respond(tool_calls=built))

    def say_and_call(self, text: str, name: str, arguments: dict[str, t.Any] | None = None,
                     audio_ms: int | None = None) -> Script:
        """A response that speaks and then calls a function (e.g. "one moment" + transfer)."""
        return self._add(Respond(text=text, tool_calls=(ToolCall(name, arguments or {}),), audio_ms=audio_ms))

    def respond(self, text: str | None = None, tool_calls: t.Iterable[ToolCall] = (),
                audio_ms: int | None = None) -> Script:
        return self._add(Respond(text=text, tool_calls=tuple(tool_calls), audio_ms=audio_ms))

    def when_caller_says(self, transcript: str, interrupt_after_ms: int | None = None) -> Script:
        """Wait for the caller's next turn; its transcript is ``transcript``.

        With ``interrupt_after_ms`` a simulated caller talks over the previous response once
        that much of its audio arrived (give that response a ``pace`` so it is still streaming).
        """
        return self._add(CallerSays(transcript, interrupt_after_ms))

    def when_caller_types(self, keys: str) -> Script:
        """Wait for the caller to type ``keys`` on the keypad (e.g. ``"6465550199#"``): the client
        must hand the model the digits in a user ``input_text`` item; the next response is asked
        for by the client."""
        return self._add(CallerTypes(keys))

    def send_error(self, code: str | None, message: str, error_type: str = "invalid_request_error") -> Script:
        return self._add(SendError(code, message, error_type))

    def send(self, event: dict[str, t.Any]) -> Script:
        """Send a raw server event (e.g. an unknown type the client must tolerate)."""
        return self._add(SendEvent(event))

    def pause(self, seconds: float) -> Script:
        return self._add(Pause(seconds))

    def drop(self, code: int = 1011, reason: str = "internal error", abrupt: bool = False) -> Script:
        """Close the connection: with a close frame ``code``, or (``abrupt``) cut the TCP socket."""
        return self._add(Drop(code, reason, abrupt))

    # ---------------------------------------------------------------- faults a watchdog must catch

    def withhold(self, *event_types: str) -> Script:
        """Never send these server event types (e.g. ``"session.created"``, ``"session.updated"``)."""
        self.withheld = self.withheld | frozenset(event_types)
        return self

    def ignore_response_request(self, count: int = 1, origin: str | None = None) -> Script:
        """The next ``count`` response requests (``response.create`` or VAD turns) get no answer at all."""
        return self._add(IgnoreResponseRequest(count, origin))

    def stall_response(self, after_ms: int = 0, text: str = "Let me check that for you.") -> Script:
        """The next response starts (``response.created`` and ``after_ms`` of audio), then silence forever."""
        return self._add(Respond(text=text if after_ms else None, audio_ms=max(after_ms, 1) * 4,
                                 stall_after_ms=after_ms))

    def stall_after_tool_output(self) -> Script:
        """Acknowledge the outputs of the function calls made so far, then go silent."""
        return self._add(GoSilent(after_tool_outputs=True))

    def go_silent(self) -> Script:
        """From here on send and answer nothing; the socket stays open."""
        return self._add(GoSilent())

    # ---------------------------------------------------------------- reading a script

    def caller_lines(self) -> list[str]:
        return [s.transcript for s in self.steps if isinstance(s, CallerSays)]

    @property
    def mutes_the_model(self) -> bool:
        """Whether the model goes quiet somewhere (a fault the app's watchdog ends, not the script)."""
        return bool(self.withheld) or any(
            isinstance(s, (IgnoreResponseRequest, GoSilent))
            or (isinstance(s, Respond) and s.stall_after_ms is not None) for s in self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __repr__(self) -> str:
        withheld = f", withheld {sorted(self.withheld)}" if self.withheld else ""
        return f"Script({', '.join(s.describe() for s in self.steps)}{withheld})"


@dataclass(frozen=True)
class CallerCue:
    """The script wants the caller to say ``line`` now (or over the assistant, see ``interrupt_after_ms``)."""

    step: int
    line: str
    interrupt_after_ms: int | None = None
    keys: str | None = None  # type these on the keypad instead of speaking


def default_audio_ms(text: str) -> int:
    """Roughly how long ``text`` takes to say (about 15 characters a second)."""
    return max(400, int(len(text) * 65))


__all__ = ["CallerCue", "CallerSays", "Drop", "GoSilent", "IgnoreResponseRequest", "Pause", "Respond",
           "Script", "SendError", "SendEvent", "Step", "ToolCall", "default_audio_ms"]
