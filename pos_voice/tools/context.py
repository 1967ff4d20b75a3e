"""What one call's tools share: the :class:`CallContext` (the cart, the caller, counters and the
app's services) and :class:`ToolError`, the answer to a request the model should fix.

Tools get everything through the context they are called with: ``ctx.settings``, ``ctx.clock``,
``ctx.store`` (the plugin's tables, or None) and ``ctx.ready`` (tables and host POS). They never
look the app up, so they run the same in a request, in the bridge's threads and in a test.
"""

from __future__ import annotations

import threading
import typing as t
from dataclasses import dataclass, field
from datetime import datetime

from ..experiments import Assignment
from ..ordering.cart import Cart
from ..pos.types import CustomerInfo
from ..services import Clock, Ready, Services, Store
from ..settings import Settings

if t.TYPE_CHECKING:
    from ..notify import Choice
    from .resume import ResumeOffer

#: What the model is told to do when the plugin's side fails.
TRANSFER_NEXT = "Apologise, and call transfer_to_human with reason 'technical problem'."


class ToolError(Exception):
    """Raised by handlers for a request the model should fix; becomes ``{"ok": false, ...}``."""

    def __init__(self, message: str, *, next_step: str | None = None, subject: str | None = None,
                 **details: t.Any) -> None:
        super().__init__(message)
        self.next_step = next_step
        self.subject = subject  # counted as a failed attempt at this subject
        self.details = details


#: Verification states (``CallContext.verification.status``).
UNVERIFIED, VERIFIED, LOCKED, NOT_REQUIRED = "unverified", "verified", "locked", "not_required"


@dataclass
class Verification:
    """Whether this caller proved to be the stored customer their caller ID points at."""

    status: str = UNVERIFIED
    method: str | None = None  # "street" | "pin" once tried
    failures: int = 0
    keys_asked: bool = False  # the caller was asked to type their PIN: the next keys are its digits

    @property
    def verified(self) -> bool:
        return self.status in (VERIFIED, NOT_REQUIRED)


class EventSink(t.Protocol):
    """Where a call's tools put their events and call-row updates when the bridge runs them (the
    bridge's recorder: queued, written off the audio path, kept while the database is busy)."""

    def record(self, event_type: str, data: dict[str, t.Any], duration_ms: int | None = None) -> None: ...
    def update_call(self, **fields: t.Any) -> None: ...


@dataclass
class CallContext:
    """What the tools keep for one call: the cart, the caller, counters. One per call, in memory.

    ``services`` is set by the registry that runs the call (``registry.start_call``, or the
    first ``registry.invoke`` for a context made by hand).
    """

    call_id: int | None
    call_sid: str
    caller_phone: str | None  # E.164 from caller ID, None when withheld
    customer: CustomerInfo | None = None
    cart: Cart = field(default_factory=Cart)
    failures: dict[str, int] = field(default_factory=dict)
    order: dict[str, t.Any] | None = None  # the submitted order (number, total, wait)
    upsell_offered: bool = False
    transfer_reason: str | None = None
    callback_phone: str | None = None  # E.164: the order's callback number, once set (tools/callback.py)
    callback_source: str | None = None  # "caller_id" | "said" | "keypad"
    escalation: str | None = None  # "catering", "payment", "allergy" … seen by the server
    recent_transcript: list[str] = field(default_factory=list)  # the bridge may append lines
    verification: Verification = field(default_factory=lambda: Verification())
    keypad: list[str] = field(default_factory=list, repr=False)  # digits keyed since the last check
    # its own lock: a keypad entry arrives from the bridge while a tool may be running
    keypad_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    resume: ResumeOffer | None = None  # an earlier call's cart offered to this one (tools/resume.py)
    reward: str | None = None  # the host's reward (offer id) the caller uses on this order (tools/rewards.py)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    services: Services | None = field(default=None, repr=False, compare=False)
    events: EventSink | None = field(default=None, repr=False, compare=False)  # None: written directly
    assignment: Assignment | None = None  # the prompt experiment's variant this call was given
    language: str | None = None  # the call's language now (tools/language.py); None: the default
    order_updates: Choice | None = None  # texts and calls the caller agreed to (tools/notifications.py)
    _applied: tuple[Settings, Settings] | None = field(default=None, repr=False, compare=False)

    def failed(self, subject: str) -> int:
        key = subject.strip().lower()
        self.failures[key] = self.failures.get(key, 0) + 1
        return self.failures[key]

    def succeeded(self, subject: str) -> None:
        self.failures.pop(subject.strip().lower(), None)

    def caller_name(self) -> str | None:
        """The name to address the caller by: the one on the order just placed (a regular's phone
        may order for someone else), else the stored customer's."""
        if self.order and self.order.get("customer_name"):
            return str(self.order["customer_name"])
        return self.customer.name if self.customer and self.customer.name else None

    # --- the app's services, as the tools use them
    def _services(self) -> Services:
        if self.services is None:
            raise RuntimeError("this CallContext has no services: run it through a registry bound to an app "
                               "(app.extensions['pos_voice'].tools)")
        return self.services

    @property
    def settings(self) -> Settings:
        """The app's settings, as this call's experiment variant changes them."""
        base = self._services().settings
        if self.assignment is None:
            return base
        if self._applied is None or self._applied[0] is not base:
            self._applied = (base, self.assignment.apply(base))
        return self._applied[1]

    @property
    def clock(self) -> Clock:
        return self._services().clock

    @property
    def store(self) -> Store | None:
        """The plugin's tables, or None when they could not be defined (nothing is recorded then)."""
        return self.services.store if self.services is not None else None

    @property
    def ready(self) -> Ready:
        """Tables and host POS; a tool that needs them answers with a transfer when they are missing."""
        ready = self._services().ready
        if ready is None:
            raise ToolError("the menu is not available right now", next_step=TRANSFER_NEXT)
        return ready

    def local_now(self) -> datetime:
        """The shop's local time now (naive), from the injected clock."""
        return self.clock.local_now(self.settings.timezone)
