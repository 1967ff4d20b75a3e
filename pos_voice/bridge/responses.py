"""One response at a time: when the bridge may ask the model for a response, and what waits.

The Realtime API refuses a ``response.create`` while a response is active
(``conversation_already_has_active_response``). So the bridge keeps one rule: a create is sent
only when no response is active, none has been asked for and not started yet, and no tool
batch is running (its outputs come first, then exactly one create). Anything asked for in the
meantime is *deferred*: the latest request waits and goes out when the active response is
done. A create the server refused because of a race (the server's own VAD response started
first) is asked again once that response is done.

No sockets, no wire shapes: ``send`` and ``build`` (a request for a response, with or without
instructions) are the engine's (:mod:`pos_voice.bridge.engine`); the session feeds in the
responses starting and ending and the tool batches.
"""

from __future__ import annotations

import itertools
import threading
import typing as t

from .engine import ResponseRequest as Event


class ResponseScheduler:
    def __init__(self, send: t.Callable[[Event], bool], build: t.Callable[[str | None], Event],
                 instructions: str = "") -> None:
        self._send = send
        self.build = build
        self.instructions = instructions  # the session's own, repeated before per-response ones
        self._lock = threading.Lock()
        self.active = False  # a response is being generated (response.created seen, not done)
        self.awaiting = False  # a create was sent and its response has not started
        self.deferred: Event | None = None  # the create waiting for the active response to end
        self.tool_batches = 0  # tool batches running; their outputs come before the next create
        self.last_create: Event | None = None
        self.sent = 0  # creates sent (tests and the live page read it)
        self._ids = itertools.count(1)

    # --- what the session asks

    def request(self, instructions: str | None = None) -> None:
        """Ask for one response now, or right after the active one is done."""
        event = self.build(
            self.instructions + "\n\n" + instructions if instructions else None)
        with self._lock:
            if self.active or self.awaiting:
                self.deferred = event
                return
        self.send_create(event)

    def send_create(self, event: Event) -> None:
        event = {**event, "event_id": f"pv_create_{next(self._ids)}"}
        with self._lock:
            self.awaiting = True
            self.last_create = event
            self.sent += 1
        if not self._send(event):
            with self._lock:
                self.awaiting = False

    @property
    def quiet(self) -> bool:
        """Nothing is being said or about to be: no response active or awaited, no tools running."""
        with self._lock:
            return not self.active and not self.awaiting and not self.tool_batches

    @property
    def settled(self) -> bool:
        """Quiet, and nothing deferred either: the call may end once the audio has played."""
        with self._lock:
            return (not self.active and not self.awaiting and not self.tool_batches
                    and self.deferred is None)

    # --- what the server says

    def on_created(self) -> None:
        with self._lock:
            self.active = True
            self.awaiting = False

    def on_done(self, *, tools_follow: bool) -> Event | None:
        """The active response is done; returns the deferred create to send now, if any.

        ``tools_follow``: the response's tool calls run next; the batch asks for the one
        response that follows it (:meth:`tools_done`), so a deferred create is dropped."""
        with self._lock:
            self.active = False
            deferred, self.deferred = self.deferred, None
            if tools_follow:
                self.tool_batches += 1  # in the same step: nobody sees the call idle in between
                return None
        return deferred

    def tools_done(self) -> None:
        with self._lock:
            self.tool_batches -= 1

    def on_active_response_refused(self) -> Event | None:
        """The server refused our create: a response of its own is active. Returns the create to
        send again now when that response is already done (else it waits, deferred)."""
        with self._lock:
            self.awaiting = False
            again = self.last_create or self.build(None)
            if self.active:
                if self.deferred is None:
                    self.deferred = again
                return None
        return again

    def reset(self) -> None:
        """Forget the responses in flight (a new Realtime session, or one retried after a stall);
        tool batches still running keep counting."""
        with self._lock:
            self.active = self.awaiting = False
            self.deferred = None

    def on_error_for(self, event_id: t.Any) -> None:
        """The server rejected a client event; if it was our last create, nothing is awaited."""
        with self._lock:
            if event_id and self.last_create and event_id == self.last_create.get("event_id"):
                self.awaiting = False
