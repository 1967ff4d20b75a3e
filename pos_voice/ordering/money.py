"""Amounts as the caller hears them and staff read them, in the shop's currency (``POS_VOICE_CURRENCY``).

One function for every amount the plugin says or shows (tool replies, the order summary, the
instructions, the staff pages), so the currency is one setting used everywhere. A currency
with a symbol of its own is written with it (``$12.50``, ``€12.50``, ``₩12,000``); any other
ISO code follows the number (``12.50 SEK``). The model reads these aloud in the call's language.

Written for a caller in a language that writes a decimal comma (``language="es"``), an amount in a
currency of those countries is written their way, symbol after (``12,50 €``, ``1.234,50 €``);
dollars and pesos keep the point (Spanish speakers in the US and Mexico write ``$12.50``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

#: Currencies written with a symbol before the amount.
SYMBOLS: dict[str, str] = {
    "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "MXN": "$", "SGD": "$", "HKD": "$",
    "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "KRW": "₩", "INR": "₹", "ILS": "₪",
    "PHP": "₱", "VND": "₫", "THB": "฿", "NGN": "₦", "BRL": "R$",
}

#: ISO 4217 minor units where they are not 2 (prices in these have no cents).
MINOR_UNITS: dict[str, int] = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "HUF": 0, "TWD": 0,
                               "KWD": 3, "BHD": 3, "JOD": 3, "OMR": 3, "TND": 3}


#: Languages whose writers use a decimal comma and put the symbol after the amount.
DECIMAL_COMMA_LANGUAGES = frozenset({"es", "fr", "de", "it", "pt", "nl", "pl", "sv", "tr", "ru", "vi"})
#: Currencies written with a decimal point whatever the language (their countries write it so).
POINT_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD", "GBP", "JPY", "CNY", "KRW",
                              "INR", "ILS", "PHP", "THB", "NGN"})


def money(value: Decimal, currency: str, places: int | None = None, *, language: str | None = None) -> str:
    """``Decimal("1234.5"), "USD"`` → ``"$1,234.50"``; rounded half up, as a till does.
    ``language="es"`` with ``"EUR"`` → ``"1.234,50 €"``."""
    digits = MINOR_UNITS.get(currency, 2) if places is None else places
    amount = Decimal(value)
    rounded = abs(amount).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 and rounded else ""
    number = f"{rounded:,.{digits}f}"
    symbol = SYMBOLS.get(currency)
    code = (language or "en").lower().split("-")[0]
    if code in DECIMAL_COMMA_LANGUAGES and currency not in POINT_CURRENCIES:
        number = number.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return f"{sign}{number} {symbol or currency}"
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {currency}"
