"""Size caps on Twilio's webhooks, applied before anything parses the body.

Twilio posts a few dozen form fields, a few KB at most. Anything much bigger is refused with
413 before the signature check parses the form: a forged webhook with 900,000 fields kept a
worker busy for seconds parsing it and computing its signature, only to answer 403. Werkzeug
refuses a ``Content-Length`` past the cap up front and stops reading a chunked body at it; it
does not count the fields of a urlencoded body, so they are counted here, on the bytes
already read and capped, before the form is parsed.
"""

from __future__ import annotations

import logging

from flask import Request, abort

from .signatures import HTTP_ENDPOINTS

log = logging.getLogger("pos_voice.telephony")

#: Twilio's largest webhook bodies (status callbacks with every optional parameter) are ~4 KB.
MAX_BODY_BYTES = 64 * 1024
#: Twilio sends fewer than 60 parameters on any voice webhook.
MAX_FORM_FIELDS = 200


def cap_twilio_request(request: Request) -> None:
    """Run before the signature check: 413 for an oversized webhook to a Twilio endpoint."""
    endpoint = (request.endpoint or "").rsplit(".", 1)[-1]
    if endpoint not in HTTP_ENDPOINTS:
        return
    request.max_content_length = MAX_BODY_BYTES
    request.max_form_memory_size = MAX_BODY_BYTES
    request.max_form_parts = MAX_FORM_FIELDS  # multipart bodies: Werkzeug counts the parts
    # Raises 413 for a Content-Length past the cap; a chunked body is read up to the cap only.
    body = request.get_data(cache=True)  # cached: the form parser reads these bytes, not the socket
    too_many = request.mimetype == "application/x-www-form-urlencoded" and body.count(b"&") >= MAX_FORM_FIELDS
    if len(body) >= MAX_BODY_BYTES or too_many:
        log.warning("pos_voice refused an oversized webhook to %s (%s) from %s", request.path,
                    f"over {MAX_FORM_FIELDS} form fields" if too_many else f"{MAX_BODY_BYTES} bytes or more",
                    request.remote_addr)
        abort(413)
