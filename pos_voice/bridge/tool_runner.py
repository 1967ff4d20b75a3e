"""The model's function calls: gathered per response, run in order off the audio path.

A response's calls run only once the response is complete (``response.done`` with status
``completed``), one batch per response, in a thread of their own so audio keeps flowing while
a tool works. Every call gets exactly one output: its tool's result, :data:`TOOL_FAILED` when
the tool could not run, or :data:`NOT_EXECUTED` when the caller interrupted the response
before it was complete.

The tools are reached only through the registry's interface (``invoke``); ``context`` gives
the tools what they run in (today the host app's context).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import typing as t
from dataclasses import dataclass, field

from .. import offload
from .engine import ToolCall

log = logging.getLogger("pos_voice.bridge")

TRANSFER, END_CALL = "transfer", "end_call"

# Model-facing outputs the bridge writes itself.
NOT_EXECUTED = json.dumps({
    "ok": False,
    "error": "not executed: the caller interrupted before this ran. Ask again if it is still needed.",
})
TOOL_FAILED = json.dumps({"ok": False, "error": "the tool failed; apologise and offer to transfer to staff"})


@dataclass
class ToolBatch:
    """One response's calls and, once run, their outputs (by ``call_id``) and the first action."""

    calls: list[ToolCall]
    outputs: dict[str, str] = field(default_factory=dict)
    action: str | None = None  # "transfer" | "end_call" | None

    @property
    def call_ids(self) -> list[str]:
        return [call.call_id for call in self.calls]


class ToolRunner:
    def __init__(self, registry: t.Any, context: t.Callable[[], t.ContextManager[t.Any]],
                 name: str = "call", *, off_hub: bool = False) -> None:
        self.registry = registry
        self._context = context
        self.off_hub = off_hub  # run the tools in offload's native threads (their DB calls block)
        self.name = name
        self._lock = threading.Lock()
        self._by_response: dict[str, list[ToolCall]] = {}
        self._threads: list[threading.Thread] = []

    def collect(self, response_id: str, call: ToolCall) -> None:
        """A finished function call (the engine saw it complete before its response)."""
        with self._lock:
            self._by_response.setdefault(response_id, []).append(call)

    def calls_of(self, response_id: str, output: list[ToolCall]) -> list[ToolCall]:
        """Every call of a response that is done: those collected, then any only in its output."""
        with self._lock:
            calls = self._by_response.pop(response_id, [])
        seen = {call.call_id for call in calls}
        return calls + [call for call in output if call.call_id not in seen]

    def start(self, ctx: t.Any, calls: list[ToolCall], done: t.Callable[[ToolBatch], None]) -> None:
        """Run ``calls`` in a thread of their own; ``done(batch)`` follows, whatever happened."""
        batch = ToolBatch(calls)
        thread = threading.Thread(target=self._run, args=(ctx, batch, done), daemon=True,
                                  name=f"pos_voice-tools-{self.name}")
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def run(self, ctx: t.Any, batch: ToolBatch) -> ToolBatch:
        """Run the batch here, in order; every call gets an output."""
        batch.outputs = {call_id: TOOL_FAILED for call_id in batch.call_ids}
        try:
            with self._context():
                for call in batch.calls:
                    result = self.registry.invoke(ctx, call.name, call.arguments or "{}")
                    batch.outputs[call.call_id] = result.output
                    if result.action in (TRANSFER, END_CALL) and batch.action is None:
                        batch.action = result.action
        except Exception:
            log.exception("call %s: a tool raised", self.name)
        return batch

    def _run(self, ctx: t.Any, batch: ToolBatch, done: t.Callable[[ToolBatch], None]) -> None:
        try:
            offload.run(lambda: self.run(ctx, batch), off_hub=self.off_hub)
        finally:
            done(batch)

    def join(self, timeout: float) -> None:
        """Wait for running batches (their database work) to finish, at most ``timeout`` each."""
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            with contextlib.suppress(RuntimeError):
                thread.join(timeout=timeout)
