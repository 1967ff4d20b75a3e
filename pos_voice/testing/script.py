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

Faults: ``send_error``, ``send`` (any raw event, e.g. a future type), ``pause`` and
``drop`` (close with 1011 = the service failed mid-call).
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
    """One model response: optional speech, then optional function calls."""

    text: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    audio_ms: int | None = None
    pace: float | None = None  # overrides the server's pace for this response

    def describe(self) -> str:
        parts = [f"say {self.text!r}"] if self.text else []
        parts += [f"call {c.name}" for c in self.tool_calls]
        return " + ".join(parts) or "empty response"


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
    """Close the socket from the server side (1011 = the service failed mid-call)."""

    code: int = 1011
    reason: str = "internal error"

    def describe(self) -> str:
        return f"drop {self.code}"


Step = Respond | CallerSays | SendError | SendEvent | Pause | Drop


class Script:
    """A conversation for the fake model, built fluently; every method returns the script."""

    def __init__(self, steps: t.Iterable[Step] = ()) -> None:
        self.steps: list[Step] = list(steps)

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

    def send_error(self, code: str | None, message: str, error_type: str = "invalid_request_error") -> Script:
        return self._add(SendError(code, message, error_type))

    def send(self, event: dict[str, t.Any]) -> Script:
        """Send a raw server event (e.g. an unknown type the client must tolerate)."""
        return self._add(SendEvent(event))

    def pause(self, seconds: float) -> Script:
        return self._add(Pause(seconds))

    def drop(self, code: int = 1011, reason: str = "internal error") -> Script:
        return self._add(Drop(code, reason))

    # ---------------------------------------------------------------- reading a script

    def caller_lines(self) -> list[str]:
        return [s.transcript for s in self.steps if isinstance(s, CallerSays)]

    def __len__(self) -> int:
        return len(self.steps)

    def __repr__(self) -> str:
        return f"Script({', '.join(s.describe() for s in self.steps)})"


@dataclass(frozen=True)
class CallerCue:
    """The script wants the caller to say ``line`` now (or over the assistant, see ``interrupt_after_ms``)."""

    step: int
    line: str
    interrupt_after_ms: int | None = None


def default_audio_ms(text: str) -> int:
    """Roughly how long ``text`` takes to say (about 15 characters a second)."""
    return max(400, int(len(text) * 65))


__all__ = ["CallerCue", "CallerSays", "Drop", "Pause", "Respond",
           "Script", "SendError", "SendEvent", "Step", "ToolCall", "default_audio_ms"]
