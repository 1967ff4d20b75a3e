"""Phone numbers, normalised to E.164 with Google's libphonenumber (``phonenumbers``).

Callers say numbers in every shape ("555-123-4567", "(555) 123 4567", "+1 555…"); caller
ID arrives as E.164 or as ``anonymous``. One normal form makes customer look-up reliable.
"""

from __future__ import annotations

import functools

import phonenumbers

_WITHHELD = {"anonymous", "unknown", "restricted", "private", "unavailable", ""}


def normalize_phone(raw: str | None, region: str = "US") -> str | None:
    """E.164 form of ``raw`` (``"+15551234567"``), or ``None`` when it is not a valid number."""
    if raw is None:
        return None
    return _normalize(str(raw).strip(), region)


@functools.lru_cache(maxsize=4096)
def _normalize(text: str, region: str) -> str | None:
    # A pure function of its text, cached: a submit normalises the same few numbers several
    # times (the caller's, the one said, each stored match), ~0.1 ms each in libphonenumber.
    if text.lower() in _WITHHELD:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    # Fictional 555-01xx numbers and test numbers are "possible" but not "valid"; callers
    # still give them, so accept any possible number of the right length.
    if not phonenumbers.is_valid_number(number) and not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


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
