"""A fake of OpenAI's SIP control plane: the incoming-call webhook, call controls and the sideband.

What the real service does when Twilio's SIP trunk sends it a call (docs/openai-engines.md §1),
on loopback, so an engine for ``POS_VOICE_MODE = "sip"`` can be tested offline::

    from pos_voice.testing import FakeOpenAISip, Script

    script = Script().greet("Thanks for calling!").when_caller_says("A large pepperoni") \\
        .call_tool("add_item", {"item_name": "pepperoni pizza", "size": "large"}).say("Done.")
    with FakeOpenAISip(script) as sip:
        app.config["POS_VOICE_OPENAI_BASE_URL"] = sip.base_url      # whatever the engine reads
        app.config["POS_VOICE_OPENAI_WEBHOOK_SECRET"] = sip.webhook_secret
        call = sip.ring(f"http://127.0.0.1:{port}/voice/openai/webhook", caller="+15551234567")
        assert call.webhook_status == 200
        call.wait_for_state("accepted")                # the app POSTed /accept
        session = call.wait_for_sideband()             # the app opened wss …/v1/realtime?call_id=
        session.wait_until_finished()
        call.wait_for_state("ended")                   # the app POSTed /hangup
        assert call.accepted["instructions"] and session.client_audio_bytes == 0
        sip.assert_no_protocol_errors()

- :meth:`FakeOpenAISip.ring` POSTs ``realtime.call.incoming`` signed the way OpenAI signs
  (standard webhooks: ``webhook-id``, ``webhook-timestamp``, ``webhook-signature: v1,<base64
  HMAC-SHA256 of "{id}.{timestamp}.{body}">`` with the ``whsec_`` secret) — ``openai``'s own
  ``client.webhooks.unwrap`` accepts it. ``signature=``, ``timestamp=`` and ``body=`` forge,
  replay or tamper.
- ``POST {base_url}/realtime/calls/{call_id}/accept|reject|refer|hangup`` answer 200 with no
  body and are recorded on the call (:attr:`FakeSipCall.controls`). The accept body must be a
  ``RealtimeSessionCreateRequest`` (strictly: no undeclared keys), refer a ``CallReferParams``,
  reject a ``CallRejectParams``; a bad body or a call in the wrong state gets 400 with an
  OpenAI error body and lands in :attr:`protocol_errors`. ``refer_status=503`` makes refers fail.
- The sideband ``ws …/v1/realtime?call_id=…`` (only for an accepted call) is the Realtime GA
  emulation with the accepted session as its configuration and **no audio on the socket**:
  ``output_audio_buffer.started/stopped/cleared`` and transcripts instead of
  ``response.output_audio.delta``. The caller speaks on the (simulated) SIP leg: with
  ``auto_caller`` (default) each ``when_caller_says`` is heard once the assistant stopped
  talking; :attr:`FakeSession.client_audio_bytes` counts audio the client wrongly sends.
- ``hangup`` and a successful ``refer`` end the call: the sideband is closed by the service.

Where OpenAI's behaviour is not documented (docs/openai-engines.md marks it [?]) the fake
chooses: a sideband for an unknown call is refused with 404, for a call not accepted with 400.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
import typing as t
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from .fake_realtime import DEFAULT_STEP_TIMEOUT, FakeSession
from .realtime_events import merge_session_update
from .script import Drop, Script
from .servers import FakeService

STATES = ("incoming", "accepted", "rejected", "referred", "ended")


def sign_webhook(secret: str, webhook_id: str, timestamp: int, body: str) -> str:
    """The ``webhook-signature`` value OpenAI sends (standard webhooks, ``v1,<base64>``)."""
    key = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else secret.encode()
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


@dataclass
class SipControl:
    """One call-control request the app made."""

    action: str  # accept | reject | refer | hangup
    body: dict[str, t.Any] | None
    headers: dict[str, str]
    status: int


@dataclass
class FakeSipCall:
    """One incoming SIP call as the control plane sees it."""

    call_id: str
    caller: str
    called: str
    event: dict[str, t.Any]
    state: str = "incoming"
    webhook_status: int | None = None
    webhook_response: str = ""
    controls: list[SipControl] = field(default_factory=list)
    accepted: dict[str, t.Any] | None = None  # the session configuration the app accepted with
    referred_to: str | None = None
    rejected_status: int | None = None
    sideband: FakeSession | None = None
    _cond: threading.Condition = field(default_factory=threading.Condition, repr=False)

    def wait_for_state(self, state: str, timeout: float = 5.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: self.state == state, timeout):
                raise TimeoutError(f"call {self.call_id} is {self.state!r}, not {state!r}, after {timeout}s; "
                                   f"controls: {[c.action for c in self.controls]}")

    def wait_for_control(self, action: str, timeout: float = 5.0) -> SipControl:
        with self._cond:
            if not self._cond.wait_for(lambda: any(c.action == action for c in self.controls), timeout):
                raise TimeoutError(f"no {action} for call {self.call_id} within {timeout}s")
            return next(c for c in self.controls if c.action == action)

    def wait_for_sideband(self, timeout: float = 5.0) -> FakeSession:
        with self._cond:
            if not self._cond.wait_for(lambda: self.sideband is not None, timeout):
                raise TimeoutError(f"no sideband connection for call {self.call_id} within {timeout}s")
            assert self.sideband is not None
            return self.sideband

    def _set(self, **changes: t.Any) -> None:
        with self._cond:
            for key, value in changes.items():
                setattr(self, key, value)
            self._cond.notify_all()


class SipSideband(FakeSession):
    """The sideband of one accepted call: the GA emulation, audio on the SIP leg."""

    audio_over_socket = False

    def __init__(self, server: FakeOpenAISip, ws: t.Any, index: int, headers: dict[str, str],
                 query: dict[str, str], call: FakeSipCall) -> None:
        accepted = call.accepted or {}
        super().__init__(server, ws, index, headers, {**query, "model": str(accepted.get("model") or "")})  # type: ignore[arg-type]
        self.call = call
        merge_session_update(self.config, accepted)

    def serve(self) -> None:
        if getattr(self.server, "auto_caller", True):
            threading.Thread(target=self._caller_on_the_line, name=f"fake-sip-caller-{self.index}",
                             daemon=True).start()
        super().serve()

    def _caller_on_the_line(self) -> None:
        """Speak each scripted caller line on the SIP leg once the assistant has finished."""
        last = -1
        try:
            while (cue := self.wait_for_caller_cue(after=last, timeout=self.server.step_timeout)) is not None:
                last = cue.step
                if cue.interrupt_after_ms is None:
                    with self._cond:
                        self._cond.wait_for(lambda: self._active is None or self.closed.is_set(),
                                            timeout=self.server.step_timeout)
                if self.closed.is_set():
                    return
                self.hear_on_media_leg(max(300, min(2000, len(cue.line) * 40)))
        except TimeoutError:
            return  # the script's own step timeout reports what is missing

    def end(self, reason: str) -> None:
        """The call ended at the service (hangup, refer): close the sideband."""
        self._drop(Drop(1000, reason))


class FakeOpenAISip(FakeService):
    """OpenAI's SIP control plane on a loopback port (webhook sender, call controls, sideband).

    :param script: what the model does on each call's sideband (a :class:`Script`, or a function
        of the call's index).
    :param webhook_secret: the ``whsec_…`` signing secret (one is generated when omitted).
    :param api_key: when set, controls and the sideband need ``Authorization: Bearer <api_key>``.
    :param refer_status: the HTTP status ``refer`` answers (non-2xx: the refer fails).
    :param auto_caller: speak the script's caller lines on the simulated SIP leg.
    """

    path = "/v1"

    def __init__(self, script: Script | t.Callable[[int], Script] | None = None, *,
                 webhook_secret: str | None = None, api_key: str | None = None, strict: bool = True,
                 pace: float = 0.0, chunk_ms: int = 100, step_timeout: float = DEFAULT_STEP_TIMEOUT,
                 refer_status: int = 200, auto_caller: bool = True) -> None:
        super().__init__()
        self._script = script if script is not None else Script()
        self.webhook_secret = webhook_secret or "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
        self.api_key = api_key
        self.strict = strict
        self.pace = pace
        self.chunk_ms = chunk_ms
        self.step_timeout = step_timeout
        self.refer_status = refer_status
        self.auto_caller = auto_caller
        self.send_session_created = True
        self.calls: dict[str, FakeSipCall] = {}
        self.protocol_errors: list[str] = []
        self._lock = threading.Lock()

    def script_for(self, index: int) -> Script:
        return self._script(index) if callable(self._script) else self._script

    # ---------------------------------------------------------------- lifecycle

    def _before_stop(self) -> None:
        for call in list(self.calls.values()):
            if call.sideband is not None:
                call.sideband._dropped = True

    @property
    def base_url(self) -> str:
        """For ``openai.OpenAI(base_url=…)``: controls at ``{base_url}/realtime/calls/…``."""
        return f"http://127.0.0.1:{self.port}{self.path}"

    def sideband_url(self, call_id: str) -> str:
        return f"ws://127.0.0.1:{self.port}{self.path}/realtime?call_id={call_id}"

    # ---------------------------------------------------------------- the incoming call

    def ring(self, webhook_url: str, *, caller: str = "+15551234567", called: str = "+15557654321",
             sip_headers: t.Iterable[tuple[str, str]] = (), signature: str | None = None,
             timestamp: int | None = None, body: str | None = None, secret: str | None = None,
             timeout: float = 10.0) -> FakeSipCall:
        """A call arrives: POST a signed ``realtime.call.incoming`` to ``webhook_url``.

        ``signature`` replaces the real one (forgery), ``timestamp`` signs an old/new time
        (replay), ``body`` is sent instead of the signed body (tampering), ``secret`` signs with
        another secret.
        """
        call_id = "rtc_" + secrets.token_hex(16)
        now = int(time.time())
        headers = [("From", f'"{caller}" <sip:{caller}@pstn.twilio.com>;tag={secrets.token_hex(4)}'),
                   ("To", f"<sip:{called}@sip.api.openai.com>"), ("Call-ID", secrets.token_hex(12)),
                   *sip_headers]
        event = {"object": "event", "id": "evt_" + secrets.token_hex(12), "type": "realtime.call.incoming",
                 "created_at": now,
                 "data": {"call_id": call_id, "sip_headers": [{"name": n, "value": v} for n, v in headers],
                          "sip_media_security": "srtp"}}
        call = FakeSipCall(call_id, caller, called, event)
        with self._lock:
            self.calls[call_id] = call
        signed_body = json.dumps(event)
        webhook_id = "wh_" + secrets.token_hex(16)
        stamp = timestamp if timestamp is not None else now
        sent = body if body is not None else signed_body
        request = urllib.request.Request(webhook_url, data=sent.encode(), method="POST", headers={
            "User-Agent": "OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)",
            "Content-Type": "application/json", "webhook-id": webhook_id, "webhook-timestamp": str(stamp),
            "webhook-signature": signature or sign_webhook(secret or self.webhook_secret, webhook_id, stamp,
                                                           signed_body)})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                text = answer.read().decode(errors="replace")
                call._set(webhook_status=answer.status, webhook_response=text)
        except urllib.error.HTTPError as exc:
            call._set(webhook_status=exc.code, webhook_response=exc.read().decode(errors="replace"))
        return call

    def call(self, index: int = 0) -> FakeSipCall:
        return list(self.calls.values())[index]

    # ---------------------------------------------------------------- the service

    def _problem(self, message: str) -> None:
        with self._lock:
            self.protocol_errors.append(message)

    def assert_no_protocol_errors(self) -> None:
        """Raise when a control body or a sideband client event was not valid for the ``openai`` types."""
        errors = list(self.protocol_errors)
        errors += [f"call {c.call_id}: {e}" for c in self.calls.values() if c.sideband
                   for e in c.sideband.protocol_errors]
        if errors:
            raise AssertionError("invalid OpenAI SIP requests:\n  " + "\n  ".join(errors))

    def _build_app(self) -> t.Any:
        from flask import Flask, Response, request
        from flask_sock import Sock

        app = Flask("pos_voice_fake_openai_sip")
        sock = Sock(app)

        def error(status: int, message: str, code: str = "invalid_request_error") -> Response:
            body = {"error": {"message": message, "type": "invalid_request_error", "code": code,
                              "param": None}}
            return Response(json.dumps(body), status=status, mimetype="application/json")

        @app.before_request
        def authenticate() -> Response | None:
            if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
                return error(401, "Incorrect API key provided.", "invalid_api_key")
            return None

        @app.post(f"{self.path}/realtime/calls/<call_id>/<action>")
        def control(call_id: str, action: str) -> Response:
            call = self.calls.get(call_id)
            if call is None or action not in ("accept", "reject", "refer", "hangup"):
                return error(404, f"Call '{call_id}' not found." if call is None else f"No {action!r}.")
            raw = request.get_data(as_text=True)
            try:
                body = json.loads(raw) if raw.strip() else None
            except ValueError:
                self._problem(f"{action}: body is not JSON: {raw[:80]!r}")
                return error(400, "We could not parse the JSON body of your request.")
            problem = _control_problem(action, body, call.state)
            status = 400 if problem else (self.refer_status if action == "refer" else 200)
            with call._cond:
                call.controls.append(SipControl(action, body, dict(request.headers), status))
                call._cond.notify_all()
            if problem:
                self._problem(f"{action} {call_id}: {problem}")
                return error(400, problem)
            if status >= 300:
                return error(status, "The SIP REFER could not be completed.", "refer_failed")
            self._apply(call, action, body or {})
            return Response(status=200)

        @sock.route(f"{self.path}/realtime")
        def sideband(ws: t.Any) -> None:
            call = self.calls[request.args["call_id"]]  # sideband_gate let only accepted calls through
            with self._lock:
                index = len([c for c in self.calls.values() if c.sideband is not None])
            session = SipSideband(self, ws, index, dict(request.headers), dict(request.args), call)
            call._set(sideband=session)
            session.serve()

        @app.before_request
        def sideband_gate() -> Response | None:
            if request.path != f"{self.path}/realtime":
                return None
            call = self.calls.get(request.args.get("call_id", ""))
            if call is None:
                return error(404, "Call not found.")
            if call.state != "accepted":
                return error(400, f"Call is {call.state}, not accepted.")
            return None

        return app

    def _apply(self, call: FakeSipCall, action: str, body: dict[str, t.Any]) -> None:
        if action == "accept":
            call._set(state="accepted", accepted=body)
        elif action == "reject":
            call._set(state="rejected", rejected_status=int(body.get("status_code") or 603))
        elif action == "refer":
            call._set(state="referred", referred_to=str(body["target_uri"]))
            if call.sideband is not None:
                call.sideband.end("call transferred")
        else:
            call._set(state="ended")
            if call.sideband is not None:
                call.sideband.end("call ended")


def _control_problem(action: str, body: dict[str, t.Any] | None, state: str) -> str | None:
    """Why the service would refuse this control request (None when it is valid)."""
    from .validation import model_problems

    due = {"accept": "incoming", "reject": "incoming", "refer": "accepted", "hangup": "accepted"}[action]
    if state != due:
        return f"{action} needs a call that is {due}; this one is {state}"
    if action == "accept":
        from openai.types.realtime import RealtimeSessionCreateRequest

        return "; ".join(model_problems(RealtimeSessionCreateRequest, body or {}, "accept")) or None
    if action == "refer":
        target = (body or {}).get("target_uri")
        if not isinstance(target, str) or not target.strip():
            return "refer.target_uri is required: a tel: or sip: URI"
        return _typed_dict_problem("refer", body or {}, {"target_uri": str})
    if action == "reject":
        return _typed_dict_problem("reject", body or {}, {"status_code": int})
    return None


def _typed_dict_problem(action: str, body: dict[str, t.Any], fields: dict[str, type]) -> str | None:
    for key, value in body.items():
        if key not in fields:
            return f"{action}.{key} is not a field of the {action} params"
        if not isinstance(value, fields[key]) or isinstance(value, bool):
            return f"{action}.{key} must be {fields[key].__name__}"
    return None
