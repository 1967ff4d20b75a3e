"""Twilio request signatures, checked before any work on every Twilio-facing endpoint.

Twilio signs the URL it requested (plus, for form POSTs, every parameter) with the account's
Auth Token. Behind a TLS-terminating proxy or a tunnel the URL Flask sees
(``http://127.0.0.1:8000/…``) is not the URL Twilio requested, so the URL is rebuilt from
``POS_VOICE_PUBLIC_BASE_URL``. The media-stream upgrade is signed over the ``wss://`` URL as
written in the TwiML, with no parameters (protocols.md §2.6); its header arrives lower-case.
"""

from __future__ import annotations

import logging
import typing as t
from urllib.parse import urlsplit

from flask import Request, abort, url_for
from twilio.request_validator import RequestValidator, get_signature_algorithm

from ..settings import Settings

log = logging.getLogger("pos_voice.telephony")

SIGNATURE_HEADER = "X-Twilio-Signature"
SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"

#: Endpoints (without the blueprint name) that only Twilio calls: all must be signed.
HTTP_ENDPOINTS = frozenset({"incoming", "stream_ended", "dial_ended", "status", "notify_status"})
WEBSOCKET_ENDPOINT = "stream"


def public_base_url(settings: Settings) -> str:
    """``POS_VOICE_PUBLIC_BASE_URL`` without a trailing slash ('' when unset)."""
    return (settings.public_base_url or "").rstrip("/")


def _path_for(endpoint: str, **values: t.Any) -> str:
    # Werkzeug builds WebSocket rules as absolute ws:// URLs: keep only the path (with script root).
    built = urlsplit(url_for(endpoint, **values))
    return built.path + (f"?{built.query}" if built.query else "")


def public_url_for(settings: Settings, endpoint: str, **values: t.Any) -> str:
    """The absolute URL Twilio must use for ``endpoint`` (public base + the app's own path)."""
    return public_base_url(settings) + _path_for(endpoint, **values)


def stream_url(settings: Settings) -> str:
    """The ``wss://`` media-stream URL written in the TwiML; no query string (Twilio error 31920)."""
    base = urlsplit(public_base_url(settings))
    return f"wss://{base.netloc}{base.path.rstrip('/')}{_path_for('pos_voice.stream')}"


def _query_suffix(req: Request) -> str:
    # The query string exactly as sent (still URL-encoded): that is what Twilio signed.
    query = req.query_string.decode("latin-1")
    return f"?{query}" if query else ""


def signed_http_url(req: Request, settings: Settings) -> str:
    """The URL Twilio requested: public base + script root + path + query (no trailing '?')."""
    return public_base_url(settings) + req.script_root + req.path + _query_suffix(req)


def signed_websocket_url(req: Request, settings: Settings) -> str:
    """The ``wss://`` URL Twilio signed for the upgrade of this request."""
    base = urlsplit(public_base_url(settings))
    return f"wss://{base.netloc}{base.path.rstrip('/')}{req.script_root}{req.path}{_query_suffix(req)}"


def _validator(settings: Settings) -> RequestValidator | None:
    token = settings.secret("twilio_auth_token")
    return RequestValidator(token) if token else None


def verify_http_signature(req: Request, settings: Settings) -> bool:
    """True when ``req`` carries a valid Twilio signature for its public URL and form."""
    validator = _validator(settings)
    signature = req.headers.get(SIGNATURE_HEADER, "")
    if validator is None or not signature or not public_base_url(settings):
        return False
    algorithm = get_signature_algorithm(req.headers.get(SETTINGS_HEADER))
    return bool(validator.validate(signed_http_url(req, settings), req.form, signature, algorithm))


def verify_websocket_signature(req: Request, settings: Settings) -> bool:
    """True when the WebSocket upgrade ``req`` is signed over its ``wss://`` URL with no params."""
    validator = _validator(settings)
    # Werkzeug headers are case-insensitive: Twilio sends ``x-twilio-signature`` here.
    signature = req.headers.get(SIGNATURE_HEADER, "")
    if validator is None or not signature or not public_base_url(settings):
        return False
    algorithm = get_signature_algorithm(req.headers.get(SETTINGS_HEADER))
    return bool(validator.validate(signed_websocket_url(req, settings), {}, signature, algorithm))


def check_twilio_signature(req: Request, settings: Settings) -> None:
    """Abort with 403 when ``req`` is for a Twilio-facing endpoint and is unsigned or badly signed.

    Run as a ``before_request`` hook, before the view, so a rejected WebSocket upgrade gets a
    plain 403 and never a 101, and a rejected webhook never touches the database.
    """
    endpoint = (req.endpoint or "").rsplit(".", 1)[-1]
    is_websocket = endpoint == WEBSOCKET_ENDPOINT
    if endpoint not in HTTP_ENDPOINTS and not is_websocket:
        return
    if not settings.validate_signatures:
        return  # extension.py reported this at start-up as a warning
    verify = verify_websocket_signature if is_websocket else verify_http_signature
    valid = verify(req, settings)
    if not valid:
        log.warning("pos_voice rejected an unsigned or badly signed request to %s from %s",
                    req.path, req.remote_addr)
        abort(403)
