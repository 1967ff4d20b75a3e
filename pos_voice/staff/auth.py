"""Staff pages sit behind the host's own authentication, and are never open by default.

Order of precedence, checked on every staff request:

1. ``POS_VOICE_STAFF_AUTH``: a callable, or a ``"package.module:function"`` import string,
   called with no arguments inside the request. ``True`` lets the request through; a falsy
   value refuses it with 403; anything else (a redirect, a response) is returned as is.
2. Flask-Login, when the host has set it up (``app.login_manager``): a signed-in
   ``current_user`` passes, anyone else goes to the host's login view (its ``unauthorized``).
3. Nothing configured: 403 with a message that names the setting to use.

Only the staff views carry :func:`staff_required`; the Twilio endpoints and ``/health``
have their own protection (signatures) and must stay reachable by Twilio and monitors.
"""

from __future__ import annotations

import functools
import importlib
import typing as t

from flask import current_app, render_template

from ..config import setting

F = t.TypeVar("F", bound=t.Callable[..., t.Any])

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


def check_staff_access() -> t.Any | None:
    """None when the current request may see staff pages, else the response to send."""
    configured = setting("STAFF_AUTH")
    if configured:
        verdict = resolve_check(configured)()
        if verdict is True:
            return None
        if not verdict:
            return _refused("You are not allowed to see the phone assistant's staff pages.")
        return verdict
    login_manager = getattr(current_app, "login_manager", None)
    if login_manager is not None:
        from flask_login import current_user

        if current_user.is_authenticated:
            return None
        return login_manager.unauthorized()
    return _refused(NOT_CONFIGURED)


def staff_required(view: F) -> F:
    """Guard a staff view with :func:`check_staff_access`."""

    @functools.wraps(view)
    def guarded(*args: t.Any, **kwargs: t.Any) -> t.Any:
        refusal = check_staff_access()
        if refusal is not None:
            return refusal
        return view(*args, **kwargs)

    return t.cast(F, guarded)
