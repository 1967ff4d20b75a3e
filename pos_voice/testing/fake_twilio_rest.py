"""A fake Twilio REST API (Messages and Calls) on loopback, for the ``twilio`` Python client.

The real :class:`twilio.rest.Client` talks to it through an ``http_client`` that sends
``https://api.twilio.com/…`` to the fake instead; requests are recorded, resources kept, and
status callbacks sent signed with Twilio's own algorithm (``RequestValidator``)::

    from twilio.rest import Client
    from pos_voice.testing import FakeTwilioRest

    with FakeTwilioRest() as twilio_api:
        client = Client(twilio_api.account_sid, twilio_api.auth_token, http_client=twilio_api.http_client())
        message = client.messages.create(to="+15551234567", from_="+15557654321", body="Order #12 is ready",
                                         status_callback="https://pos.example.com/voice/sms-status")
        [request] = twilio_api.requests                       # what the app asked for
        twilio_api.send_status_callback(message.sid, "delivered",
                                        deliver_to=f"http://127.0.0.1:{port}")  # signed for the public URL

- ``POST /2010-04-01/Accounts/{sid}/Messages.json`` (``To``, ``From`` or
  ``MessagingServiceSid``, ``Body`` or ``MediaUrl``, ``StatusCallback``) and ``Calls.json``
  (``To``, ``From``, ``Url`` or ``Twiml``, ``StatusCallback``, ``StatusCallbackEvent``) answer
  201 with the resource JSON the client parses; ``GET …/{Messages|Calls}/{sid}.json`` fetches.
- HTTP Basic auth must be the account SID and auth token (else 401, Twilio error 20003); a
  missing ``To`` is 21604, a missing body 21602, a call without ``Url``/``Twiml`` 21205 — as
  ``TwilioRestException`` in the client. ``fail_next(status, code, message)`` makes the next
  create fail (a number that cannot receive texts: 400 / 21614).
- :meth:`send_status_callback` POSTs the form Twilio sends (``MessageStatus``/``SmsStatus`` or
  ``CallStatus``, ``AccountSid``, ``From``, ``To``, ``ApiVersion``, …) to the resource's
  ``StatusCallback`` with ``X-Twilio-Signature`` over that URL; ``deliver_to`` sends it to a
  loopback server while signing the public URL the app gave.
"""

from __future__ import annotations

import itertools
import json
import secrets
import threading
import typing as t
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.utils import formatdate

from .servers import FakeService

API_VERSION = "2010-04-01"
TWILIO_HOSTS = ("https://api.twilio.com",)


@dataclass
class RestRequest:
    """One request the client made."""

    method: str
    path: str
    form: dict[str, list[str]]
    authorized: bool
    status: int

    def value(self, key: str) -> str | None:
        values = self.form.get(key)
        return values[0] if values else None


@dataclass
class Callback:
    """One status callback the fake sent and how it was answered."""

    url: str
    form: dict[str, str]
    signature: str
    status: int


class FakeTwilioRest(FakeService):
    """Twilio's REST API for Messages and Calls, on a loopback port.

    :param account_sid: the account the client authenticates as (generated when omitted).
    :param auth_token: its token: Basic auth for requests, the key of callback signatures.
    """

    def __init__(self, account_sid: str | None = None, auth_token: str | None = None) -> None:
        super().__init__()
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.auth_token = auth_token or secrets.token_hex(16)
        self.requests: list[RestRequest] = []
        self.messages: dict[str, dict[str, t.Any]] = {}
        self.calls: dict[str, dict[str, t.Any]] = {}
        self.callbacks: list[Callback] = []
        self._failures: list[tuple[int, int, str]] = []
        self._auto: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
        self._sequence = itertools.count()
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def http_client(self) -> t.Any:
        """A ``twilio`` HTTP client that sends ``https://api.twilio.com`` requests to this fake."""
        from twilio.http.http_client import TwilioHttpClient

        fake = self

        class LoopbackTwilioHttpClient(TwilioHttpClient):
            def request(self, method: str, url: str, *args: t.Any, **kwargs: t.Any) -> t.Any:
                for host in TWILIO_HOSTS:
                    if url.startswith(host):
                        url = fake.base_url + url[len(host) :]
                return super().request(method, url, *args, **kwargs)

        return LoopbackTwilioHttpClient()

    def fail_next(
        self, status: int = 400, code: int = 21614, message: str = "'To' number is not a valid mobile number"
    ) -> None:
        """The next create answers this Twilio error instead."""
        with self._lock:
            self._failures.append((status, code, message))

    def auto_callbacks(self, deliver_to: str, *, message_statuses: tuple[str, ...] = ("sent", "delivered"),
                       call_statuses: tuple[str, ...] = ("initiated", "ringing", "in-progress", "completed"),
                       ) -> None:
        """From now on, after each create with a ``StatusCallback``, send these statuses in turn (in
        a thread of their own), as Twilio does, to the server at ``deliver_to``."""
        self._auto = (deliver_to, message_statuses, call_statuses)

    def _send_auto(self, sid: str, statuses: tuple[str, ...], deliver_to: str) -> None:
        for status in statuses:
            try:
                self.send_status_callback(sid, status, deliver_to=deliver_to)
            except OSError:
                return  # the app went away

    # ---------------------------------------------------------------- status callbacks

    def send_status_callback(
        self,
        sid: str,
        status: str,
        *,
        url: str | None = None,
        deliver_to: str | None = None,
        error_code: int | None = None,
        timeout: float = 10.0,
    ) -> Callback:
        """POST Twilio's signed status callback for a message or call ``sid`` reaching ``status``."""
        from twilio.request_validator import RequestValidator

        resource = self.messages.get(sid) or self.calls.get(sid)
        if resource is None:
            raise KeyError(f"no message or call {sid}")
        resource["status"] = status
        target = url or resource.get("_status_callback")
        if not target:
            raise ValueError(f"{sid} has no StatusCallback; pass url=")
        form = {
            "AccountSid": self.account_sid,
            "From": resource["from"],
            "To": resource["to"],
            "ApiVersion": API_VERSION,
        }
        if sid in self.messages:
            form.update({"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status})
        else:
            form.update(
                {
                    "CallSid": sid,
                    "CallStatus": status,
                    "Direction": "outbound-api",
                    "SequenceNumber": str(next(self._sequence)),
                    "CallbackSource": "call-progress-events",
                    "Timestamp": formatdate(usegmt=True),
                }
            )
            if status == "completed":
                form["CallDuration"] = "4"
        if error_code is not None:
            form["ErrorCode"] = str(error_code)
        signature = RequestValidator(self.auth_token).compute_signature(target, form)
        delivered = target
        if deliver_to:
            parts = urllib.parse.urlsplit(target)
            delivered = deliver_to.rstrip("/") + parts.path + (f"?{parts.query}" if parts.query else "")
        request = urllib.request.Request(
            delivered,
            data=urllib.parse.urlencode(form).encode(),
            method="POST",
            headers={
                "X-Twilio-Signature": signature,
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": "TwilioProxy/1.1",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                code = answer.status
        except urllib.error.HTTPError as exc:
            code = exc.code
        callback = Callback(target, form, signature, code)
        with self._lock:
            self.callbacks.append(callback)
        return callback

    # ---------------------------------------------------------------- the API

    def _resource(self, kind: str, form: dict[str, list[str]]) -> dict[str, t.Any]:
        def one(key: str) -> str | None:
            return (form.get(key) or [None])[0]

        sid = ("SM" if kind == "Messages" else "CA") + secrets.token_hex(16)
        now = formatdate(usegmt=True)
        base = {
            "sid": sid,
            "account_sid": self.account_sid,
            "to": one("To"),
            "from": one("From"),
            "status": "queued",
            "api_version": API_VERSION,
            "date_created": now,
            "date_updated": now,
            "price": None,
            "price_unit": "USD",
            "direction": "outbound-api",
            "uri": f"/{API_VERSION}/Accounts/{self.account_sid}/{kind}/{sid}.json",
            "_status_callback": one("StatusCallback"),
        }
        if kind == "Messages":
            return {
                **base,
                "body": one("Body") or "",
                "num_segments": "1",
                "num_media": str(len(form.get("MediaUrl", []))),
                "messaging_service_sid": one("MessagingServiceSid"),
                "error_code": None,
                "error_message": None,
                "date_sent": None,
                "subresource_uris": {"media": base["uri"].replace(".json", "/Media.json")},
            }
        return {
            **base,
            "parent_call_sid": None,
            "phone_number_sid": None,
            "start_time": None,
            "end_time": None,
            "duration": None,
            "answered_by": None,
            "forwarded_from": None,
            "caller_name": None,
            "queue_time": "0",
            "trunk_sid": None,
            "group_sid": None,
            "subresource_uris": {"notifications": base["uri"].replace(".json", "/Notifications.json")},
        }

    @staticmethod
    def _missing(kind: str, form: dict[str, list[str]]) -> tuple[int, str] | None:
        if not form.get("To"):
            return 21604, "A 'To' phone number is required."
        if kind == "Messages":
            if not (form.get("From") or form.get("MessagingServiceSid")):
                return 21603, "A 'From' phone number is required."
            if not (form.get("Body") or form.get("MediaUrl")):
                return 21602, "Message body is required."
        else:
            if not form.get("From"):
                return 21213, "Caller phone number is required."
            if not (form.get("Url") or form.get("Twiml") or form.get("ApplicationSid")):
                return 21205, "Url parameter is required."
        return None

    def _build_app(self) -> t.Any:
        from flask import Flask, Response, request

        app = Flask("pos_voice_fake_twilio_rest")
        prefix = f"/{API_VERSION}/Accounts/<account_sid>"

        def error(status: int, code: int, message: str) -> Response:
            body = {
                "code": code,
                "message": message,
                "more_info": f"https://www.twilio.com/docs/errors/{code}",
                "status": status,
            }
            return Response(json.dumps(body), status=status, mimetype="application/json")

        def authorized(account_sid: str) -> bool:
            auth = request.authorization
            return (
                auth is not None
                and account_sid == self.account_sid
                and (auth.username, auth.password) == (self.account_sid, self.auth_token)
            )

        def record(status: int) -> None:
            ok = authorized(self.account_sid)
            with self._lock:
                self.requests.append(
                    RestRequest(request.method, request.path, request.form.to_dict(flat=False), ok, status)
                )

        def public(resource: dict[str, t.Any]) -> Response:
            body = {k: v for k, v in resource.items() if not k.startswith("_")}
            return Response(
                json.dumps(body), status=201 if request.method == "POST" else 200, mimetype="application/json"
            )

        @app.route(f"{prefix}/<kind>.json", methods=["POST"])
        def create(account_sid: str, kind: str) -> Response:
            if not authorized(account_sid):
                record(401)
                return error(401, 20003, "Authenticate")
            if kind not in ("Messages", "Calls"):
                record(404)
                return error(404, 20404, "The requested resource was not found")
            form = request.form.to_dict(flat=False)
            problem = self._missing(kind, form)
            with self._lock:
                failure = self._failures.pop(0) if self._failures and problem is None else None
            if problem or failure:
                status, code, message = failure or (400, *problem)  # type: ignore[misc]
                record(status)
                return error(status, code, message)
            resource = self._resource(kind, form)
            with self._lock:
                (self.messages if kind == "Messages" else self.calls)[resource["sid"]] = resource
                auto = self._auto
            record(201)
            if auto is not None and resource.get("_status_callback"):
                statuses = auto[1] if kind == "Messages" else auto[2]
                threading.Thread(target=self._send_auto, args=(resource["sid"], statuses, auto[0]),
                                 name="fake-twilio-callbacks", daemon=True).start()
            return public(resource)

        @app.get(f"{prefix}/<kind>/<sid>.json")
        def fetch(account_sid: str, kind: str, sid: str) -> Response:
            if not authorized(account_sid):
                record(401)
                return error(401, 20003, "Authenticate")
            store = {"Messages": self.messages, "Calls": self.calls}.get(kind, {})
            if sid not in store:
                record(404)
                return error(404, 20404, f"The requested resource /{kind}/{sid}.json was not found")
            record(200)
            return public(store[sid])

        return app
