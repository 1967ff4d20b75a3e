"""What of a call may be stored or logged: card numbers, security codes and SSNs removed.

Everything pos_voice stores or logs from a call goes through :func:`redact` (text) or
:func:`redact_value` (parsed values): transcripts, tool arguments (after JSON parsing, so an
escape sequence or a call SID is never cut in half) and results, the live cart, order notes
written to the host, transfer context, error messages. Callers read card numbers out loud
even when told not to. This module imports nothing of pos_voice: every layer may use it.

A card number is a run of 13-19 digits, whatever separates its groups in a transcript or a
model's arguments (spaces, several spaces, dots, dashes, slashes, commas), that passes the
Luhn check or is grouped the way cards are printed (4-4-4-4, 4-6-5, 4-6-4). Order numbers,
prices and phone numbers stay: they are shorter, fail the check, or are written as an
international number (``+…``, at most 15 digits). Digits glued to letters (call SIDs, ids,
hashes) are part of a word, not a number read out.
"""

from __future__ import annotations

import re
import typing as t

CARD_MASK = "[card number removed]"
CODE_MASK = "[code removed]"
SSN_MASK = "[SSN removed]"

CARD_DIGITS = range(13, 20)
#: Card groupings as printed (Visa/Mastercard/Discover, Amex, Diners): redacted even when a
#: misheard digit makes the Luhn check fail.
_PRINTED_GROUPS = frozenset({(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3)})
_E164_MAX_DIGITS = 15

# Digit groups joined by up to three separator characters ("6011  1111", "5105.1051", "41, 11").
_RUN = re.compile(r"\d+(?:[ \t.,/\-]{1,3}\d+)*")
_GROUP = re.compile(r"\d+")
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


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum every payment card number satisfies."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card_rank(groups: list[str]) -> tuple[bool, bool, bool] | None:
    """How card-like these digit groups are (higher is more), or None when they are no card."""
    digits = "".join(groups)
    if len(digits) not in CARD_DIGITS:
        return None
    luhn = luhn_valid(digits)
    printed = tuple(len(g) for g in groups) in _PRINTED_GROUPS
    if not (luhn or printed):
        return None
    return luhn and printed, luhn and len(digits) == 16, luhn


def _glued(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _card_spans(text: str, run: re.Match[str]) -> t.Iterator[tuple[int, int]]:
    """(start, end) of each card number inside one run of digit groups, left to right."""
    groups = list(_GROUP.finditer(text, run.start(), run.end()))
    first, last = 0, len(groups)
    if _glued(text, run.start() - 1):
        first += 1  # "CA4111…": the first group belongs to a word
    if _glued(text, run.end()):
        last -= 1
    international = run.start() > 0 and text[run.start() - 1] == "+"
    i = first
    while i < last:
        best: int | None = None
        best_rank: tuple[bool, bool, bool] | None = None
        count = 0
        for j in range(i, last):
            count += len(groups[j].group())
            if count >= CARD_DIGITS.stop:
                break
            if international and i == 0 and count <= _E164_MAX_DIGITS:
                continue  # "+44 20 7946 0958": a phone number written as one
            rank = _card_rank([g.group() for g in groups[i:j + 1]])
            if rank is not None and (best_rank is None or rank >= best_rank):
                best, best_rank = j, rank  # the most card-like span from here, the longest of equals
        if best is None:
            i += 1
            continue
        yield groups[i].start(), groups[best].end()
        i = best + 1


def redact_cards(text: str) -> str:
    """``text`` with every card number replaced by :data:`CARD_MASK`."""
    pieces: list[str] = []
    done = 0
    for run in _RUN.finditer(text):
        if run.end() - run.start() < CARD_DIGITS.start:
            continue
        for start, end in _card_spans(text, run):
            pieces.append(text[done:start])
            pieces.append(CARD_MASK)
            done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def redact(text: str | None) -> str:
    """``text`` with card numbers, security codes and SSNs replaced by a marker."""
    if not text:
        return text or ""
    if not any(ch.isdigit() for ch in text):
        return text  # the common case: nothing to look at
    out = redact_cards(text)
    out = _CODE.sub(lambda m: m.group("label") + CODE_MASK, out)
    out = _SSN.sub(SSN_MASK, out)
    out = _SSN_WORDS.sub(lambda m: m.group("label") + SSN_MASK, out)
    return out


def redact_value(value: t.Any) -> t.Any:
    """:func:`redact` applied to every string (and card-length integer) of a parsed JSON-like value."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        digits = str(abs(value))
        return CARD_MASK if len(digits) in CARD_DIGITS and luhn_valid(digits) else value
    if isinstance(value, dict):
        return {key: redact_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(item) for item in value]
    return value
