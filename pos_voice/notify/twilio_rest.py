"""Texts and calls through Twilio's REST API with the official ``twilio`` client.

``POS_VOICE_TWILIO_API_BASE_URL`` says where the API is (``https://api.twilio.com``; the testing
kit's :class:`~pos_voice.testing.FakeTwilioRest` on loopback in tests and ``simulate``). The
client builds every request exactly as it would for Twilio (paths, form fields, Basic auth);
:class:`ApiBaseHttpClient` only changes the scheme and host of ``https://api.twilio.com`` URLs, as
the library's own ``edge``/``region`` settings change the host for Twilio's regions.

A send ends in one of three ways, and the outbox treats them differently:

* :class:`Accepted` — Twilio took it (a ``SM…``/``CA…`` sid);
* :class:`Refused` — Twilio answered with an error: ``retry`` for 429 and 5xx, else final (21614
  "not a mobile number", 21211 "invalid To", 21610 "unsubscribed" …);
* :class:`Unknown` — the request left but no answer came (a read timeout): Twilio may have sent it,
  so it is not sent again blindly.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

from twilio.http.http_client import TwilioHttpClient

if t.TYPE_CHECKING:
    from ..settings import Settings

TWILIO_API = "https://api.twilio.com"


@dataclass(frozen=True)
class Accepted:
    sid: str
    status: str | None = None


@dataclass(frozen=True)
class Refused:
    message: str
    code: int | None = None
    retry: bool = False


@dataclass(frozen=True)
class Unknown:
    message: str


Outcome = Accepted | Refused | Unknown


class ApiBaseHttpClient(TwilioHttpClient):
    """The ``twilio`` library's HTTP client, with Twilio's API host replaced by ``base_url``."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: t.Any, **kwargs: t.Any) -> t.Any:
        if self.base_url != TWILIO_API and url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API):]
        return super().request(method, url, *args, **kwargs)


def rest_client(settings: Settings) -> t.Any:
    """A ``twilio.rest.Client`` for the app's account (``TWILIO_ACCOUNT_SID`` + auth token)."""
    from twilio.rest import Client

    http = ApiBaseHttpClient(settings.twilio_api_base_url, settings.notify_timeout)
    return Client(settings.twilio_account_sid, settings.secret("twilio_auth_token"), http_client=http)


def _send(create: t.Callable[[], t.Any]) -> Outcome:
    import requests
    from twilio.base.exceptions import TwilioException, TwilioRestException

    try:
        resource = create()
    except TwilioRestException as exc:
        status = int(exc.status or 0)
        return Refused(str(exc.msg or exc)[:500], int(exc.code) if exc.code else None,
                       retry=status == 429 or status >= 500)
    except requests.ConnectTimeout as exc:
        return Refused(f"Twilio could not be reached: {type(exc).__name__}", retry=True)
    except requests.ConnectionError as exc:
        if _never_connected(exc):
            return Refused(f"Twilio could not be reached: {type(exc).__name__}", retry=True)
        return Unknown(f"the connection to Twilio broke before its answer: {type(exc).__name__}")
    except requests.Timeout as exc:
        return Unknown(f"no answer from Twilio within the timeout ({type(exc).__name__})")
    except (requests.RequestException, TwilioException) as exc:
        return Refused(f"{type(exc).__name__}: {exc}"[:500], retry=True)
    return Accepted(str(resource.sid), getattr(resource, "status", None))


def _never_connected(exc: Exception) -> bool:
    """A refused or unresolvable connection: the request never left."""
    from urllib3.exceptions import NewConnectionError  # name resolution failures are one too

    reason = getattr(exc.args[0], "reason", exc.args[0]) if exc.args else None
    return isinstance(reason, NewConnectionError)


def send_text(client: t.Any, sender: str, to: str, body: str, status_callback: str | None) -> Outcome:
    """``POST …/Messages.json``: ``From`` a number, or ``MessagingServiceSid`` for an ``MG…`` sender."""
    options: dict[str, t.Any] = {"to": to, "body": body}
    if sender.startswith("MG"):
        options["messaging_service_sid"] = sender
    else:
        options["from_"] = sender
    if status_callback:
        options["status_callback"] = status_callback
    return _send(lambda: client.messages.create(**options))


def place_call(client: t.Any, sender: str, to: str, twiml: str, status_callback: str | None) -> Outcome:
    """``POST …/Calls.json`` with the TwiML inline (``Twiml``): nothing to fetch from us."""
    options: dict[str, t.Any] = {"to": to, "from_": sender, "twiml": twiml}
    if status_callback:
        options["status_callback"] = status_callback
        options["status_callback_event"] = ["initiated", "ringing", "answered", "completed"]
    return _send(lambda: client.calls.create(**options))
