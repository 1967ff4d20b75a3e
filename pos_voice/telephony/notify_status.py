"""``POST /notify-status``: Twilio's status callbacks for the texts and calls we sent the caller.

Signed like every Twilio webhook (``signatures.HTTP_ENDPOINTS``: an unsigned or badly signed
request is refused with 403 before the view runs). The ``key`` in the query string is the
outbox row's idempotency key (the callback URL was given per row), so a status finds its row even
when the answer to the create was lost; the ``MessageSid``/``CallSid`` is the fallback.
"""

from __future__ import annotations

import typing as t

from flask import Response
from sqlalchemy.exc import SQLAlchemyError

from ..notify import record_delivery

if t.TYPE_CHECKING:
    from werkzeug.datastructures import MultiDict

    from ..services import Store


def answer_status(store: Store | None, form: MultiDict[str, str], args: MultiDict[str, str]) -> Response:
    """Record one status callback (the view is ``routes.notify_status``)."""
    status = form.get("MessageStatus") or form.get("SmsStatus") or form.get("CallStatus") or ""
    if store is None or not status:
        return Response(status=204)
    sid = form.get("MessageSid") or form.get("SmsSid") or form.get("CallSid")
    try:
        record_delivery(store, key=args.get("key"), sid=sid, status=status, error_code=form.get("ErrorCode"))
    except SQLAlchemyError:
        store.session.rollback()
        return Response("busy", status=503, mimetype="text/plain")  # Twilio retries a 5xx
    return Response(status=204)
