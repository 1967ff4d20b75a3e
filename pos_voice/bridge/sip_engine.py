"""Direct SIP mode (``POS_VOICE_MODE = "sip"``): OpenAI answers the phone, this server runs the call.

Twilio's SIP trunk sends the call to OpenAI; OpenAI's ``realtime.call.incoming`` webhook comes to
``/voice/openai/webhook`` (:mod:`pos_voice.telephony.openai_webhook`), which records and admits
the call and starts :func:`run_sip_call` in the background. The caller's audio stays between
the trunk and OpenAI: this server only speaks the Realtime protocol over the call's *sideband*
WebSocket (``wss …/v1/realtime?call_id=…``) and OpenAI's call controls (docs/openai-engines.md §1).

The call is the same :class:`~pos_voice.bridge.session.CallSession` as on the Media Streams path
(tools, records, transcripts, usage and cost, staff views, timers, watchdog), with three parts
given SIP's honest equivalents:

* :class:`SipEngine` — the Realtime engine on the sideband: accepted with the same session
  configuration the relay's ``session.update`` carries (minus the audio formats, which SIP
  negotiates), and no audio on the socket. Playback is the service's: ``output_audio_buffer.started``
  / ``.stopped`` / ``.cleared`` stand for Twilio's marks (that audio played is known, not how
  much of it: a cut never truncates, the service cuts its own buffer), and the keypad arrives
  as ``input_audio_buffer.dtmf_event_received``;
* :class:`SipLine` — where the Twilio media socket was: there is none. Clearing the caller's
  audio is ``output_audio_buffer.clear``; the call ends at OpenAI's side;
* :class:`SipCallSession` — what Twilio did after the stream is done here, with the controls:
  a transfer (the model's, the keypad's, staff's *Take this call*, a failure) is a ``refer`` to
  the staff number; a goodbye is ``hangup``. A refer that fails is not hidden: the model tells
  the caller staff will call back, the call hangs up and is recorded ``missed`` (a callback for
  staff) with why.
"""

from __future__ import annotations

import json
import logging
import threading
import typing as t
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..models import MISSED, NEXT_FALLBACK, NEXT_HANGUP, NEXT_TRANSFER
from ..redaction import redact
from ..stream_tokens import TOKEN_PARAMETERS
from . import realtime
from .deps import BridgeDeps
from .engine import EngineListener, SessionConfig
from .keypad import KEYS
from .model_events import ModelEvents
from .realtime_engine import Event, RealtimeEngine
from .session import CallSession
from .twilio_side import TwilioSide

if t.TYPE_CHECKING:
    from .deps import BridgeSettings

log = logging.getLogger("pos_voice.bridge")

CONTROL_TIMEOUT_SECONDS = 5.0  # one call-control request (accept, refer, reject, hangup)
#: SIP status of a call turned away before the assistant (486 Busy Here: the trunk may fail over).
BUSY = 486

# Model-facing text (reviewed and tested as code).
REFER_FAILED = ("The transfer to a member of staff did not go through. Tell the caller, in one or two "
                "short sentences, that you could not connect them to a person right now and that a "
                "member of staff will call them back as soon as possible, then say goodbye. Do not "
                "call any tool.")
#: The session a call sent straight to staff is accepted with, just long enough for the refer.
STRAIGHT_TO_STAFF = ("This call is being transferred to a member of staff right now. Say nothing and do "
                     "not respond.")
#: Why a call is recorded for a callback when its transfer failed (``transfer_reason``).
REFER_FAILED_REASON = "the transfer to staff failed ({problem}): call the caller back"


class ControlError(Exception):
    """A call control OpenAI refused or could not be reached for."""


def tel_uri(phone: str) -> str:
    """The refer target for an E.164 number (``tel:+15551234567``); SIP URIs pass through."""
    return phone if phone.startswith(("tel:", "sip:", "sips:")) else f"tel:{phone}"


class SipControls:
    """OpenAI's call controls for one call: ``POST {api_url}/realtime/calls/{call_id}/…``."""

    def __init__(self, api_url: str, api_key: str, call_id: str,
                 timeout: float = CONTROL_TIMEOUT_SECONDS) -> None:
        self.api_url = api_url.rstrip("/")
        self.api_key = api_key
        self.call_id = call_id
        self.timeout = timeout
        self.done: list[str] = []  # the controls that succeeded, in order

    def _post(self, action: str, body: dict[str, t.Any] | None) -> None:
        url = f"{self.api_url}/realtime/calls/{self.call_id}/{action}"
        data = json.dumps(body).encode() if body is not None else b""
        request = urllib.request.Request(url, data=data, method="POST", headers={
            "Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json",
            "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                answer.read()
        except urllib.error.HTTPError as exc:
            detail = redact(exc.read().decode(errors="replace"))[:300]
            raise ControlError(f"{action} answered {exc.code}: {detail}") from None
        except OSError as exc:
            raise ControlError(f"{action} failed: {type(exc).__name__}: {exc}") from None
        self.done.append(action)

    def accept(self, session: dict[str, t.Any]) -> None:
        self._post("accept", session)

    def reject(self, status_code: int = BUSY) -> None:
        self._post("reject", {"status_code": status_code})

    def refer(self, target_uri: str) -> None:
        self._post("refer", {"target_uri": target_uri})

    def hangup(self) -> None:
        self._post("hangup", None)


def accept_session(config: SessionConfig) -> dict[str, t.Any]:
    """The accept body: the session the relay's ``session.update`` sets up, without the audio
    formats (SIP negotiates them in its SDP)."""
    session = realtime.session_update(
        model=config.model, instructions=config.instructions, tools=config.tools, voice=config.voice,
        turn_detection=config.turn_detection, transcription_model=config.transcription_model,
        language=config.language, noise_reduction=config.noise_reduction)["session"]
    for side in session["audio"].values():
        side.pop("format", None)
    return t.cast("dict[str, t.Any]", session)


def straight_to_staff_session(model: str) -> dict[str, t.Any]:
    """A session that says nothing (no turn detection, no tools): only there to be referred."""
    return {"type": "realtime", "model": model, "instructions": STRAIGHT_TO_STAFF,
            "output_modalities": ["audio"], "audio": {"input": {"turn_detection": None}}}


def sideband_url(realtime_url: str, call_id: str) -> str:
    """``realtime_url`` with ``?call_id=`` in place of ``?model=`` (the call's model is the accepted one)."""
    parts = urlsplit(realtime_url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("model", "call_id")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode([*query, ("call_id", call_id)]),
                       parts.fragment))


class SipEngine(RealtimeEngine):
    """The Realtime engine on a SIP call's sideband (see the module's docstring)."""

    def __init__(self, listener: EngineListener, settings: BridgeSettings) -> None:
        super().__init__(listener, settings)
        self.controls: SipControls | None = None  # set by the session: which call
        self.config: SessionConfig | None = None  # what the call is accepted with
        self.accepted = False
        self.on_far_end_closed: t.Callable[[], None] = lambda: None
        self._messages: dict[str, list[str]] = {}  # response id -> its spoken items

    def connect(self) -> None:
        """Accept the call with the session configuration, then open its sideband."""
        assert self.controls is not None and self.config is not None
        if not self.accepted:
            self.controls.accept(accept_session(self.config))
            self.accepted = True
        url = sideband_url(self.settings.realtime_url, self.controls.call_id)
        self._pending = self.side.open(url, self.settings.api_key, self.settings.connect_timeout)

    def start(self, config: SessionConfig) -> None:
        """Read the sideband and set the session up again (its ``session.updated`` is the
        watchdog's "ready"); the audio formats stay as SIP negotiated them."""
        self._transcription_model = config.transcription_model
        socket, self._pending = self._pending, None
        if socket is None:
            return
        self.side.read(socket)
        self.send({"type": "session.update", "session": accept_session(config)})

    def send_caller_audio(self, payloads: list[bytes]) -> bool:
        return False  # the caller's audio is on the SIP leg, never here

    def truncate(self, item_id: str, audio_end_ms: int) -> bool:
        return False  # the service cuts its own output buffer (output_audio_buffer.clear)

    def realtime_lost(self, exc: BaseException) -> None:
        """The sideband ended: on SIP that is the call ending at OpenAI (the caller hung up, a
        refer or hangup completed), not a model to hand the caller over from."""
        self._summary_done.set()
        log.info("call %s: the sideband closed (%s)", self.name, exc)
        self.on_far_end_closed()

    # --- the sideband's own events
    def _output_item_added(self, event: Event) -> None:
        item = event.get("item") or {}
        if item.get("type") == "message" and item.get("id"):
            self._messages.setdefault(str(event.get("response_id") or ""), []).append(str(item["id"]))
        super()._output_item_added(event)

    def _buffer_started(self, event: Event) -> None:
        response_id = str(event.get("response_id") or "")
        listener = t.cast("SipModelEvents", self.listener)
        listener.far_audio_started(response_id, self._messages.get(response_id) or [response_id])

    def _buffer_done(self, event: Event) -> None:
        t.cast("SipModelEvents", self.listener).far_audio_done(str(event.get("response_id") or ""))

    def _dtmf(self, event: Event) -> None:
        key = event.get("event")
        if isinstance(key, str) and key in KEYS:
            t.cast("SipModelEvents", self.listener).key_pressed(key)
        else:
            self.side.bad_event("a DTMF event without a key", event.get("event_id"))

    _handlers: t.ClassVar[dict[str, t.Callable[[RealtimeEngine, Event], None]]] = {
        **RealtimeEngine._handlers,
        "response.output_item.added": _output_item_added,  # type: ignore[dict-item]
        "output_audio_buffer.started": _buffer_started,  # type: ignore[dict-item]
        "output_audio_buffer.stopped": _buffer_done,  # type: ignore[dict-item]
        "output_audio_buffer.cleared": _buffer_done,  # type: ignore[dict-item]
        "input_audio_buffer.dtmf_event_received": _dtmf,  # type: ignore[dict-item]
    }


class SipModelEvents(ModelEvents):
    """The call's listener, with the sideband's playback and keypad events."""

    def __init__(self, session: CallSession) -> None:
        super().__init__(session)
        self._marks: dict[str, list[str]] = {}  # response id -> its playback "marks"

    def far_audio_started(self, response_id: str, item_ids: list[str]) -> None:
        """The service plays a response on the SIP leg: the caller is answered, and its items
        count as audio out until it stops (one byte each: that it played is known, not how much)."""
        session = self.session
        now = session.clock.monotonic()
        session.voice.assistant_audio([])  # the watchdog, turn timing, the greeting's protected start
        marks = [session.tracker.on_audio(item_id, 1, now) for item_id in item_ids]
        self._marks[response_id] = [mark for mark in marks if mark is not None]

    @property
    def playing(self) -> bool:
        """The service is playing a response on the SIP leg (started, not stopped or cleared)."""
        return bool(self._marks)

    def far_audio_done(self, response_id: str) -> None:
        """It stopped (played out, or cleared by an interruption): as Twilio's mark echoes."""
        for mark in self._marks.pop(response_id, []):
            self.session.played(mark)

    def key_pressed(self, key: str) -> None:
        self.session.key_pressed(key)

    def caller_speech_started(self, item_id: str | None, audio_start_ms: int) -> None:
        """With ``interrupt_response`` the service's VAD cuts its own buffer and response as the
        caller speaks: the bridge's cut then clears nothing (a clear arriving after the VAD's
        new response started would cut that one off)."""
        line = t.cast(SipLine, self.session.twilio)
        line.service_cuts = self.session.voice.interrupt_response
        try:
            super().caller_speech_started(item_id, audio_start_ms)
        finally:
            line.service_cuts = False


class SipLine(TwilioSide):
    """The call's side where Twilio's media socket was: none. :meth:`serve` starts the call and
    waits for it to end; nothing is ever written to a caller here."""

    def __init__(self, session: SipCallSession, call_id: str, token: str) -> None:
        super().__init__(None, session)
        self.session = session
        self.call_id = call_id
        self.token = token
        self._ended = threading.Event()
        self.controlling = False  # a refer or hangup of ours is under way: its close is expected
        self.service_cuts = False  # the caller's speech is cutting the assistant off at the service

    def serve(self) -> None:
        start = {"callSid": self.call_id, "customParameters": {TOKEN_PARAMETERS[0]: self.token}}
        self.listener.stream_started({"event": "start", "streamSid": "", "start": start})
        self._ended.wait()

    def send(self, *texts: str | bytes) -> bool:
        return False  # no media socket: the audio is on the SIP leg

    def clear(self) -> bool:
        """Cut what the service is playing (a barge-in the bridge decided, the keypad, staff)."""
        events = t.cast(SipModelEvents, self.session.model_events)
        if self.service_cuts or not events.playing:
            return True  # nothing playing: a clear would cut off the response asked for next
        return t.cast(SipEngine, self.session.engine).send({"type": "output_audio_buffer.clear"})

    def far_end_closed(self) -> None:
        """The sideband closed. Expected after our own refer/hangup (the session ends the line);
        otherwise the call ended at OpenAI: the caller hung up."""
        if self.controlling:
            return
        self.stopping = True
        self.listener.stream_stopping()
        self._ended.set()

    def close(self) -> None:
        self.open = False
        self.stopping = True
        self._ended.set()


class SipCallSession(CallSession):
    """One SIP call: the relay's session on the sideband, ended with OpenAI's call controls."""

    def __init__(self, deps: BridgeDeps, controls: SipControls, token: str) -> None:
        self._sip = (controls, token)
        super().__init__(None, deps)
        engine = t.cast(SipEngine, self.engine)
        engine.controls = controls
        engine.on_far_end_closed = self.line.far_end_closed
        self.controls = controls
        self._referred = False
        self._finishing = threading.RLock()

    @property
    def line(self) -> SipLine:
        return t.cast(SipLine, self.twilio)

    def _media_side(self, ws: t.Any) -> TwilioSide:
        controls, token = self._sip
        return SipLine(self, controls.call_id, token)

    def _model_listener(self) -> ModelEvents:
        return SipModelEvents(self)

    def run(self) -> None:
        """The call; one that never got accepted is rejected (OpenAI must not ring on unanswered)."""
        try:
            super().run()
        finally:
            if not t.cast(SipEngine, self.engine).accepted and not self.controls.done:
                self._control("reject", lambda: self.controls.reject(BUSY))

    def _wants_summary(self) -> bool:
        """No model summary on SIP: the sideband ends with the call (the hangup, the refer), before
        the summary could be asked for; the events' summary stands (as for a failed model)."""
        return False

    def _connect_model(self) -> bool:
        t.cast(SipEngine, self.engine).config = self._config
        return super()._connect_model()

    def finish(self, next_action: str, disposition: str, error: str | None = None,
               transfer_reason: str | None = None) -> None:
        """Decide, then carry it out at OpenAI: a transfer is a refer, a goodbye a hangup. Once:
        two threads ending the call together (a mark and a timer) must not refer it twice."""
        with self._finishing:
            self._finish_at_openai(next_action, disposition, error, transfer_reason)

    def _finish_at_openai(self, next_action: str, disposition: str, error: str | None,
                          transfer_reason: str | None) -> None:
        if self.ending.finished:
            return
        engine = t.cast(SipEngine, self.engine)
        if not engine.accepted:  # the accept itself failed: turn the call away (the trunk may fail over)
            super().finish(next_action, disposition, error, transfer_reason)
            self._control("reject", lambda: self.controls.reject(BUSY))
            return
        if next_action in (NEXT_TRANSFER, NEXT_FALLBACK) and not self._referred:
            problem = self._refer()
            if problem is not None:
                self._refer_failed(next_action, error, problem)
                return
        super().finish(next_action, disposition, error, transfer_reason)
        if not self._referred:
            self._control("hangup", self.controls.hangup)

    def _refer(self) -> str | None:
        """Refer the caller to the staff number; why it failed (None: it went through)."""
        staff = self.settings.staff_phone
        if not staff:
            return "no staff phone is configured"
        target = tel_uri(staff)
        self.line.controlling = True
        try:
            self.controls.refer(target)
        except ControlError as exc:
            self.line.controlling = False
            log.warning("call %s: the refer to staff failed: %s", self.call_sid, exc)
            self.recorder.record("refer", {"target": target, "ok": False, "error": str(exc)})
            return str(exc)
        self._referred = True
        self.recorder.record("refer", {"target": target, "ok": True})
        return None

    def _refer_failed(self, next_action: str, error: str | None, problem: str) -> None:
        """The caller could not be put through: the model says so (when it can), then the call
        hangs up, recorded ``missed`` so staff call back."""
        reason = REFER_FAILED_REASON.format(problem=problem)[:2000]
        self.transfer_reason = reason
        self.recorder.record("dial", {"status": "refer_failed", "answered": False})
        self.recorder.update_call(transfer_reason=reason, next_action=NEXT_HANGUP)
        if next_action == NEXT_FALLBACK or self.engine.closed or not self.engine.connected:
            super().finish(NEXT_HANGUP, MISSED, error, transfer_reason=reason)  # nobody left to say it
            self._control("hangup", self.controls.hangup)
            return
        deadline = self.finish_deadline()
        if not self.ending.begin(NEXT_HANGUP, MISSED, deadline):
            self.ending.redirect(NEXT_HANGUP, MISSED, deadline)
        self.activity()
        self.responses.request(REFER_FAILED)
        self.wake_timers()

    def _control(self, action: str, do: t.Callable[[], None]) -> None:
        self.line.controlling = True
        try:
            do()
        except ControlError as exc:  # the call may be gone already (the caller hung up first)
            log.info("call %s: %s: %s", self.call_sid, action, exc)
            self.recorder.record("error", {"where": "sip", "message": str(exc)})
        finally:
            self.line.close()


def run_sip_call(deps: BridgeDeps, controls: SipControls, token: str) -> None:
    """The call, from accept to its final record (the webhook's background thread)."""
    SipCallSession(deps, controls, token).run()


def send_to_staff(controls: SipControls, model: str, staff_phone: str | None) -> str | None:
    """A call that does not get the assistant (full, limited, unavailable): accepted silent and
    referred to staff, else rejected busy. Returns why it did not reach staff (None: referred)."""
    if not staff_phone:
        problem = "no staff phone is configured"
    else:
        try:
            controls.accept(straight_to_staff_session(model))
            controls.refer(tel_uri(staff_phone))
            return None
        except ControlError as exc:
            problem = str(exc)
    try:
        if "accept" in controls.done:
            controls.hangup()
        else:
            controls.reject(BUSY)
    except ControlError as exc:
        log.info("call %s: could not end it after a failed transfer: %s", controls.call_id, exc)
    return problem
