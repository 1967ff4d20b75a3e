"""Redaction of payment card numbers, security codes and social security numbers.

Everything the bridge stores or logs from a call (transcripts, event payloads, error
messages) goes through :func:`redact` first: callers read card numbers out loud even when
told not to, and a phone transcript is not a place for them.
"""

from __future__ import annotations

import re
import typing as t

CARD_MASK = "[card number removed]"
CODE_MASK = "[code removed]"
SSN_MASK = "[SSN removed]"

# 13-19 digits, optionally grouped by single spaces or dashes ("4111 1111 1111 1111").
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
# A 3-4 digit code shortly after the words that introduce it.
_CODE = re.compile(
    r"(?P<label>\b(?:security\s+code|cvv2?|cvc2?|cid|card\s+verification(?:\s+(?:code|value))?|"
    r"code\s+on\s+the\s+back)\b[^\d]{0,20}?)(?P<digits>\d(?:[ -]?\d){2,3})(?!\d)",
    re.IGNORECASE,
)
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
_SSN_WORDS = re.compile(
    r"(?P<label>\b(?:social\s+security(?:\s+number)?|ssn)\b[^\d]{0,20}?)(?P<digits>\d{9})(?!\d)",
    re.IGNORECASE,
)


def redact(text: str | None) -> str:
    """``text`` with card numbers, security codes and SSNs replaced by a marker."""
    if not text:
        return text or ""
    if not any(ch.isdigit() for ch in text):
        return text  # the common case: nothing to look at
    out = _CARD.sub(CARD_MASK, text)
    out = _CODE.sub(lambda m: m.group("label") + CODE_MASK, out)
    out = _SSN.sub(SSN_MASK, out)
    out = _SSN_WORDS.sub(lambda m: m.group("label") + SSN_MASK, out)
    return out


def redact_value(value: t.Any) -> t.Any:
    """:func:`redact` applied to every string inside a JSON-like value."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: redact_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(item) for item in value]
    return value
