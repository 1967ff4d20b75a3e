"""The tool registry: one typed definition per tool → the model's JSON Schema, validation, the
handler, the ``tool_call`` event. ``invoke`` never raises: every failure becomes JSON the model
can act on, so no tool error ever ends a call.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
import time
import typing as t
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from ..ordering.cart import CartError
from ..redaction import redact, redact_value
from . import callback, language, lifecycle, notifications
from .context import CallContext, EventSink, ToolError

if t.TYPE_CHECKING:
    from ..services import Services

log = logging.getLogger("pos_voice.tools")

TRANSFER, END_CALL = "transfer", "end_call"
FAILED_ATTEMPTS_BEFORE_TRANSFER = 2
RECENT_TRANSCRIPT_LINES = 20  # kept for a transfer's context (it sends the last 10)

__all__ = ["END_CALL", "TRANSFER", "CallContext", "Tool", "ToolError", "ToolRegistry", "ToolResult"]

_PAYMENT_WORDS = re.compile(
    r"\b(credit card|debit card|card number|visa|mastercard|amex|american express|cvv|cvc|expir\w*|"
    r"refund\w*|charge ?back|overcharged|pay(?:ing|ment)? (?:by|with|over) (?:card|phone)|venmo|zelle)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ToolResult:
    output: str  # the JSON string sent back as function_call_output
    action: str | None = None  # "transfer" | "end_call" | None
    work_ms: float = 0.0  # validation + handler, before the tool_call event is written


Handler = t.Callable[[CallContext, t.Any], dict[str, t.Any]]


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    arguments: type[BaseModel]
    handler: Handler
    changes_cart: bool = False
    #: Offered to the model only where this is true of the settings (None: always).
    when: t.Callable[[t.Any], bool] | None = None

    def parameters(self) -> dict[str, t.Any]:
        return copy.deepcopy(realtime_schema(self.arguments))


# --- JSON Schema for the Realtime API ---------------------------------------------------------

_DROP_KEYS = {"title", "default", "examples"}


@functools.cache  # built once per arguments class: a schema is sent with every call's session.update
def realtime_schema(model: type[BaseModel]) -> dict[str, t.Any]:
    """``model_json_schema()`` cleaned to what the Realtime API accepts: no titles, no $refs,
    ``Optional[X]`` as plain ``X`` (optional by not being required)."""
    raw = model.model_json_schema()
    defs = raw.pop("$defs", {})

    def clean(node: t.Any) -> t.Any:
        if isinstance(node, list):
            return [clean(n) for n in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = copy.deepcopy(defs[node["$ref"].split("/")[-1]])
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return clean(merged)
        out: dict[str, t.Any] = {}
        for key, value in node.items():
            if key in _DROP_KEYS:
                continue
            if key == "anyOf":
                options = [o for o in value if o.get("type") != "null"]
                if len(options) == 1:
                    out.update(clean(options[0]))
                    continue
                out["anyOf"] = clean(options)
                continue
            out[key] = clean(value) if key != "properties" else {k: clean(v) for k, v in value.items()}
        return out

    schema = clean(raw)
    schema.setdefault("properties", {})
    schema["type"] = "object"
    schema.setdefault("required", [])
    schema["additionalProperties"] = False
    return schema


#: What a strict type error wanted, in words the model reads.
_EXPECTED = {"int_type": "a whole number", "float_type": "a number", "string_type": "a string",
             "bool_type": "true or false", "list_type": "a list", "dict_type": "an object",
             "model_type": "an object"}


def _json_kind(value: t.Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else type(value).__name__


def _explain(error: ValidationError) -> str:
    problems: list[str] = []
    for issue in error.errors():
        # Union members and nested models add their own tags to the location ("list[str]", "Changes").
        parts = [str(p) for p in issue["loc"]
                 if isinstance(p, int) or (p.isidentifier() and not p[:1].isupper())]
        where = ".".join(parts) or "arguments"
        kind = issue["type"]
        if kind == "missing":
            problem = f"'{where}' is required"
        elif kind == "extra_forbidden":
            problem = f"'{where}' is not an argument of this tool"
        elif kind in _EXPECTED:
            problem = f"'{where}' must be {_EXPECTED[kind]}, not {_json_kind(issue.get('input'))}"
        elif kind.startswith("int") or kind.startswith("greater") or kind.startswith("less"):
            problem = f"'{where}': {issue['msg'].lower()}"
        else:
            problem = f"'{where}': {issue['msg']}"
        if problem not in problems:
            problems.append(problem)
    return "; ".join(problems)


class ToolRegistry:
    """The tools the model may call, in the order the model sees them.

    An app's registry is bound to its services (``registry.bind(services)``, done when the
    blueprint is registered): every call's context gets them, so the tools never look the app up.
    """

    def __init__(self) -> None:
        self._tools: dict[str, Tool] = {}
        self.services: Services | None = None

    def bind(self, services: Services) -> None:
        """Give every call run by this registry the app's ``services``."""
        self.services = services

    # --- definition --------------------------------------------------------------------------

    def register(self, name: str, description: str, arguments: type[BaseModel], handler: Handler,
                 *, changes_cart: bool = False, replace: bool = False,
                 when: t.Callable[[t.Any], bool] | None = None) -> Tool:
        """Add a tool (hosts may add their own). ``handler(ctx, args)`` returns a JSON-able dict."""
        if not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", name):
            raise ValueError(f"tool name {name!r} must be 1-64 letters, digits, _ or -")
        if name in self._tools and not replace:
            raise ValueError(f"tool {name!r} is already registered (pass replace=True)")
        tool = Tool(name, description.strip(), arguments, handler, changes_cart, when)
        self._tools[name] = tool
        return tool

    def tool(self, name: str, description: str, arguments: type[BaseModel], *,
             changes_cart: bool = False) -> t.Callable[[Handler], Handler]:
        """Decorator form of :meth:`register`."""
        def decorate(handler: Handler) -> Handler:
            self.register(name, description, arguments, handler, changes_cart=changes_cart)
            return handler
        return decorate

    def names(self) -> list[str]:
        return list(self._tools)

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def definitions(self) -> list[dict[str, t.Any]]:
        """GA Realtime function tools for ``session.update`` (those the settings offer)."""
        settings = self.services.settings if self.services is not None else None
        return [{"type": "function", "name": tool.name, "description": tool.description,
                 "parameters": tool.parameters()} for tool in self._tools.values()
                if tool.when is None or settings is None or tool.when(settings)]

    # --- calls -------------------------------------------------------------------------------

    def _bound(self, ctx: CallContext) -> CallContext:
        """``ctx`` with this registry's services (a context made by hand gets them here)."""
        if ctx.services is None:
            ctx.services = self.services
        return ctx

    def start_call(self, call_id: int | None, call_sid: str, caller_phone: str | None,
                   events: EventSink | None = None) -> CallContext:
        """A context for a new call (in an app context): caller ID normalised, returning customer
        found; ``events`` takes the call's events (else the tools write them themselves)."""
        from .resume import offer

        ctx = lifecycle.start_call(self._bound(CallContext(call_id, call_sid, caller_phone, events=events)))
        language.start(ctx)  # the number's language, recorded at /incoming
        offer(ctx)  # a cart this number left on a call that dropped
        return ctx

    def instructions(self, ctx: CallContext) -> str:
        from .instructions import build_instructions

        return build_instructions(self._bound(ctx), self)

    def greeting(self, ctx: CallContext) -> str:
        from .instructions import build_greeting

        return build_greeting(self._bound(ctx))

    # --- what the bridge reads and feeds, without knowing the context's fields
    def cart_view(self, ctx: CallContext) -> dict[str, t.Any]:
        """The call's cart as plain data (the live page, failure records)."""
        with ctx.lock:
            view: dict[str, t.Any] = {"order_type": ctx.cart.order_type,
                                      "lines": [line.as_dict() for line in ctx.cart.lines]}
            if ctx.cart.notes:
                view["notes"] = ctx.cart.notes
            if ctx.cart.allergies:
                view["allergies"] = ctx.cart.allergies
            if ctx.order:
                view["order"] = dict(ctx.order)
        return t.cast(dict[str, t.Any], json.loads(json.dumps(view, default=str)))

    def placed_order(self, ctx: CallContext) -> dict[str, t.Any] | None:
        """The order this call placed (``order_number``, ``total``…), or None."""
        with ctx.lock:
            return dict(ctx.order) if ctx.order else None

    def add_transcript(self, ctx: CallContext, role: str, text: str) -> None:
        """One line of the conversation (``role`` caller or assistant): a transfer hands the last
        ones to staff."""
        with ctx.lock:
            ctx.recent_transcript.append(f"{role}: {text}")
            del ctx.recent_transcript[:-RECENT_TRANSCRIPT_LINES]

    def call_language(self, ctx: CallContext) -> str:
        """The language the call is in now (``set_language`` switches it)."""
        return language.current(self._bound(ctx))

    def switch_language(self, ctx: CallContext, code: str, by: str) -> bool:
        """The bridge heard the caller speak ``code`` (one of ``POS_VOICE_LANGUAGES``): the call is
        in it now (recorded); False when it already was."""
        with ctx.lock:
            return language.switch(self._bound(ctx), code, by)

    def keypad_entry(self, ctx: CallContext, digits: str) -> str:
        """Digits the caller typed on the keypad: kept exactly (the callback number when they are
        one); returns what the model is told, word for word."""
        from .verification import keypad_entry

        ctx = self._bound(ctx)
        return keypad_entry(ctx, digits) or callback.keypad_entry(ctx, digits)

    def awaiting_keys(self, ctx: CallContext) -> bool:
        """The caller was asked to type digits (their PIN): the next key begins them, even the
        keypad's transfer key (a PIN may begin with 0)."""
        return ctx.verification.keys_asked

    def transfer(self, ctx: CallContext, reason: str) -> None:
        """The caller is handed to staff without the model (the keypad's transfer key): recorded
        as ``transfer_to_human`` records it."""
        lifecycle.hand_to_staff(self._bound(ctx), reason)

    def invoke(self, ctx: CallContext, name: str, arguments_json: str | None) -> ToolResult:
        """Run one tool call from the model. Never raises; writes the ``tool_call`` event."""
        self._bound(ctx)
        started = time.perf_counter()
        arguments: t.Any = None
        action: str | None = None
        error: str | None = None
        try:
            result, action, arguments = self._run(ctx, name, arguments_json)
        except Exception as exc:  # a bug in a tool must not end the call
            log.exception("pos_voice tool %s failed", name)
            error = redact(f"{type(exc).__name__}: {exc}")
            result = {"ok": False, "error": "Something went wrong on our side with that request.",
                      "next": "Apologise; try once more, and if it fails again offer transfer_to_human."}
            if ctx.failed(f"tool:{name}") >= FAILED_ATTEMPTS_BEFORE_TRANSFER:
                result["next"] = "Apologise and call transfer_to_human with reason 'technical problem'."
        output = json.dumps(result, default=str, separators=(",", ":"))
        work_ms = (time.perf_counter() - started) * 1000
        duration_ms = int(work_ms)
        tool = self._tools.get(name)
        try:
            lifecycle.record_tool_call(ctx, name, arguments, result, duration_ms, error,
                                       changes_cart=bool(tool and tool.changes_cart))
        except Exception:
            log.exception("pos_voice could not record the %s tool call", name)
        return ToolResult(output, action, work_ms)

    def _run(self, ctx: CallContext, name: str,
             arguments_json: str | None) -> tuple[dict[str, t.Any], str | None, t.Any]:
        tool = self._tools.get(name)
        if tool is None:
            return ({"ok": False, "error": f"there is no tool called {name!r}",
                     "next": f"use one of: {', '.join(self._tools)}"}, None, arguments_json)
        text = (arguments_json or "").strip() or "{}"
        try:
            # Parsed first, redacted after: a card number in any value is masked before the tool,
            # the cart or any record sees it, and the JSON text itself is never cut apart.
            arguments = redact_value(json.loads(text))
        except json.JSONDecodeError as exc:
            return ({"ok": False, "error": f"the arguments are not valid JSON ({exc.msg})",
                     "next": "call the tool again with a JSON object of its arguments"}, None, redact(text))
        if not isinstance(arguments, dict):
            return ({"ok": False, "error": "the arguments must be a JSON object",
                     "next": "call the tool again with a JSON object of its arguments"}, None, arguments)
        try:
            # Strict: JSON types as the schema says them (true is no integer, 5 is no string).
            parsed = tool.arguments.model_validate(arguments, strict=True)
        except ValidationError as exc:
            return ({"ok": False, "error": f"invalid arguments: {_explain(exc)}",
                     "next": "fix the arguments (ask the caller if a value is missing) and call again"},
                    None, arguments)
        with ctx.lock:
            try:
                result = tool.handler(ctx, parsed)
            except ToolError as exc:
                result = {"ok": False, "error": str(exc), **exc.details}
                if exc.next_step:
                    result["next"] = exc.next_step
                if exc.subject and ctx.failed(exc.subject) >= FAILED_ATTEMPTS_BEFORE_TRANSFER:
                    result["next"] = ("This has failed twice: offer to transfer the caller to a team member "
                                      "(transfer_to_human) instead of asking again.")
                    result["suggest_transfer"] = True
            except CartError as exc:
                result = {"ok": False, "error": str(exc), **exc.details,
                          "next": "Tell the caller, and ask what they would like instead."}
        action = result.pop("_action", None)
        if name not in {"transfer_to_human", "end_call"} and _PAYMENT_WORDS.search(text):
            ctx.escalation = ctx.escalation or "payment"
            result["payment_note"] = ("We never take card details or handle refunds by phone: payment is at "
                                      "pickup or on delivery. For a refund or a payment problem, offer "
                                      "transfer_to_human.")
            if notifications.payment_rule(ctx.settings):  # the confirmation text can carry a pay link
                result["payment_note"] += " To pay ahead, offer the confirmation text with its secure link."
        return result, action, arguments
