"""Phone numbers, normalised to E.164 with Google's libphonenumber (``phonenumbers``).

Callers say numbers in every shape ("212-555-0123", "(212) 555 0123", "+1 212…"); caller
ID arrives as E.164 or as ``anonymous``. One normal form makes customer look-up reliable.

Two strictnesses: :func:`normalize_phone` accepts any number of a possible length (it
matches caller ID and numbers already stored in the host, whatever shape they are in);
:func:`callback_phone` accepts only a number that can ring, for the callback number a
caller gives for an order.
"""

from __future__ import annotations

import functools

import phonenumbers

_WITHHELD = {"anonymous", "unknown", "restricted", "private", "unavailable", ""}


def _parse(raw: str | None, region: str) -> phonenumbers.PhoneNumber | None:
    text = "" if raw is None else str(raw).strip()
    if text.lower() in _WITHHELD:
        return None
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_phone(raw: str | None, region: str = "US") -> str | None:
    """E.164 form of ``raw`` (``"+15551234567"``), or ``None`` when it is not a possible number."""
    if raw is None:
        return None
    return _normalize(str(raw).strip(), region)


@functools.lru_cache(maxsize=4096)
def _normalize(text: str, region: str) -> str | None:
    # A pure function of its text, cached: a submit normalises the same few numbers several
    # times (the caller's, the one said, each stored match), ~0.1 ms each in libphonenumber.
    number = _parse(text, region)
    # Matching, not validating: numbers stored in the host or sent as caller ID may be test
    # or fictional ones (+1 555 …), "possible" but not "valid"; they must still match.
    if number is None or not phonenumbers.is_possible_number(number):
        return None
    return _e164(number)


#: Valid numbers that still cannot take a callback: a pager or a voicemail access number.
_CANNOT_TAKE_A_CALL = frozenset({phonenumbers.PhoneNumberType.PAGER, phonenumbers.PhoneNumberType.VOICEMAIL})


def callback_phone(raw: str | None, region: str = "US") -> str | None:
    """E.164 form of a number the shop can call back, or ``None`` when it cannot ring.

    ``phonenumbers.is_valid_number``: an area code and number range that exist in the
    number's country, not just the right length ("+1 (000) 000-0000" and "555-123-4567" are
    refused; the fictional "212-555-0123" is valid).
    """
    number = _parse(raw, region)
    if (number is None or not phonenumbers.is_valid_number(number)
            or phonenumbers.number_type(number) in _CANNOT_TAKE_A_CALL):
        return None
    return _e164(number)


def spoken_phone(e164: str | None) -> str:
    """A number as it is read back to a caller: ``"555-123-4567"`` for North American numbers."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 1:
        national = str(number.national_number)
        if len(national) == 10:
            return f"{national[:3]}-{national[3:6]}-{national[6:]}"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def read_back_phone(e164: str | None) -> str:
    """A number as the assistant reads it back: digit by digit, in the country's groups, e.g.
    ``"5 5 5, 1 2 3, 4 5 6 7"``. Spaced digits are read one by one in any language (a voice
    reads "555" as "five hundred fifty-five"); the commas make the pauses between groups."""
    groups = "".join(ch if ch.isdigit() else " " for ch in spoken_phone(e164)).split()
    return ", ".join(" ".join(group) for group in groups)
