"""Twilio's webhooks are exempt from the host's CSRF protection; Twilio's signature guards them.

A POS with Flask-WTF's ``CSRFProtect`` (or Flask-SeaSurf, or anything with the same
``exempt(view)`` API) refuses every POST without a form token: Twilio's webhooks would all
get ``400 The CSRF token is missing``. They carry Twilio's request signature instead
(checked by :mod:`.signatures` before any work), so pos_voice exempts exactly those views
when it is registered — and again before the first request reaches the CSRF check, for a
host that sets up its CSRF protection after registering the blueprint. The staff pages keep
the host's CSRF protection.
"""

from __future__ import annotations

import typing as t
import weakref

from flask import Blueprint, Flask
from flask.blueprints import BlueprintSetupState


def csrf_extensions(app: Flask) -> list[t.Any]:
    """The app's CSRF protectors: extensions (or ``before_request`` owners) with ``exempt(view)``."""
    found: list[t.Any] = []
    owners = [*app.extensions.values(),
              *(getattr(f, "__self__", None) for f in app.before_request_funcs.get(None, []))]
    for owner in owners:
        exempt = getattr(owner, "exempt", None)
        if owner is None or not callable(exempt) or owner in found:
            continue
        if "csrf" in type(owner).__name__.lower() or hasattr(owner, "_exempt_views"):
            found.append(owner)
    return found


class _Exemptions:
    """Exempts the Twilio views from every CSRF protector of one app, once per protector."""

    def __init__(self, app: Flask, views: list[t.Callable[..., t.Any]]) -> None:
        self.app = weakref.ref(app)
        self.views = views
        self.done: set[int] = set()  # ids of the protectors already told

    def __call__(self) -> None:
        app = self.app()
        if app is None:
            return
        for protector in csrf_extensions(app):
            if id(protector) in self.done:
                continue
            for view in self.views:
                protector.exempt(view)
            self.done.add(id(protector))


def register(bp: Blueprint, views: t.Iterable[t.Callable[..., t.Any]]) -> None:
    """Exempt ``views`` (the Twilio webhooks) from CSRF checks on every app ``bp`` is registered on."""
    wanted = list(views)

    def install(state: BlueprintSetupState) -> None:
        exemptions = _Exemptions(t.cast(Flask, state.app), wanted)
        exemptions()  # a CSRF extension already set up

        def exempt_twilio_webhooks() -> None:
            exemptions()  # one set up after voice_bp: exempted before its own check runs

        # First in line, ahead of the CSRF check that the protector registers on init_app.
        state.app.before_request_funcs.setdefault(None, []).insert(0, exempt_twilio_webhooks)

    bp.record_once(install)
