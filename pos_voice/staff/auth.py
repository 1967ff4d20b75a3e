"""Staff pages sit behind the host's own authentication, and are never open by default.

Order of precedence, checked on every staff request:

1. ``POS_VOICE_STAFF_AUTH``: a callable, or a ``"package.module:function"`` import string,
   called with no arguments inside the request. ``True`` lets the request through; a falsy
   value refuses it with 403; anything else (a redirect, a response) is returned as is.
2. Flask-Login, when the host has set it up (``app.login_manager``): a signed-in
   ``current_user`` passes, anyone else goes to the host's login view (its ``unauthorized``).
3. Nothing configured: 403 with a message that names the setting to use.

Only the staff views (:mod:`pos_voice.staff.views`, which guards each one with
:func:`check_staff_access`) are behind it; the Twilio endpoints and ``/health`` have their
own protection (signatures) and must stay reachable by Twilio and monitors.
"""

from __future__ import annotations

import hmac
import importlib
import secrets
import typing as t

from flask import Flask, render_template, request, session

NOT_CONFIGURED = (
    "The phone assistant's staff pages are closed because no staff sign-in is configured. "
    "Set POS_VOICE_STAFF_AUTH to a function that returns True for signed-in staff "
    '(a callable or an import string such as "myapp.auth:is_staff"), or set up Flask-Login '
    "on the app; the pages then use its login."
)


def resolve_check(value: t.Any) -> t.Callable[[], t.Any]:
    """The staff check named by ``POS_VOICE_STAFF_AUTH`` (a callable or ``"module:function"``)."""
    if callable(value):
        return t.cast(t.Callable[[], t.Any], value)
    if isinstance(value, str) and ":" in value:
        module_name, _, attribute = value.partition(":")
        target: t.Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            target = getattr(target, part)
        if callable(target):
            return t.cast(t.Callable[[], t.Any], target)
    raise TypeError(f"POS_VOICE_STAFF_AUTH must be a callable or 'module:function', got {value!r}")


def _refused(message: str) -> t.Any:
    return render_template("pos_voice/forbidden.html", message=message), 403


def check_staff_access(configured: t.Any, app: Flask) -> t.Any | None:
    """None when the current request may see staff pages, else the response to send.

    :param configured: ``POS_VOICE_STAFF_AUTH``; :param app: the request's app (its login manager).
    """
    if configured:
        verdict = resolve_check(configured)()
        if verdict is True:
            return None
        if not verdict:
            return _refused("You are not allowed to see the phone assistant's staff pages.")
        return verdict
    login_manager = getattr(app, "login_manager", None)
    if login_manager is not None:
        from flask_login import current_user

        if current_user.is_authenticated:
            return None
        return login_manager.unauthorized()
    return _refused(NOT_CONFIGURED)


def staff_name(app: Flask) -> str:
    """Who is signed in, for "handled by" (Flask-Login's user, else the server's REMOTE_USER)."""
    if getattr(app, "login_manager", None) is not None:
        from flask_login import current_user

        if current_user.is_authenticated:
            for attribute in ("name", "username", "email"):
                value = getattr(current_user, attribute, None)
                if isinstance(value, str) and value.strip():
                    return value.strip()
            return f"user {current_user.get_id()}"
    return str(request.environ.get("REMOTE_USER") or "staff")


CSRF_FIELD = "pv_csrf"
_CSRF_KEY = "pos_voice_csrf"


def csrf_token() -> str:
    """The token every staff form posts back (kept in the host's signed session)."""
    token = session.get(_CSRF_KEY)
    if not isinstance(token, str):
        token = session[_CSRF_KEY] = secrets.token_urlsafe(32)
    return token


def csrf_ok() -> bool:
    """Whether this POST carries the session's token (a page of ours sent it, not another site)."""
    sent = request.form.get(CSRF_FIELD, "") or request.headers.get("X-PV-CSRF", "")
    expected = session.get(_CSRF_KEY)
    return isinstance(expected, str) and bool(sent) and hmac.compare_digest(sent, expected)
