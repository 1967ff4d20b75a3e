"""The value types, bounds and defaults the settings model (:mod:`pos_voice.settings`) is built of.

Kept apart from the model so the model reads as the list of settings, each with its default
and description; the README's settings table is generated from the two together.
"""

from __future__ import annotations

import typing as t
from collections.abc import Callable
from decimal import Decimal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

#: USD per 1M tokens: (text in, cached text in, text out, audio in, cached audio in, audio out).
DEFAULT_PRICES: dict[str, dict[str, str]] = {
    "gpt-realtime": {"text_in": "4.00", "text_cached": "0.40", "text_out": "16.00",
                     "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-1.5": {"text_in": "4.00", "text_cached": "0.40", "text_out": "16.00",
                         "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-2": {"text_in": "4.00", "text_cached": "0.40", "text_out": "24.00",
                       "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-2.1": {"text_in": "4.00", "text_cached": "0.40", "text_out": "24.00",
                         "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"},
    "gpt-realtime-mini": {"text_in": "0.60", "text_cached": "0.06", "text_out": "2.40",
                          "audio_in": "10.00", "audio_cached": "0.30", "audio_out": "20.00"},
    "gpt-realtime-2.1-mini": {"text_in": "0.60", "text_cached": "0.06", "text_out": "2.40",
                              "audio_in": "10.00", "audio_cached": "0.30", "audio_out": "20.00"},
}

DEFAULT_HOURS: dict[str, str] = {
    "mon": "11:00-22:00", "tue": "11:00-22:00", "wed": "11:00-22:00", "thu": "11:00-22:00",
    "fri": "11:00-23:00", "sat": "11:00-23:00", "sun": "12:00-21:00",
}

DEFAULT_TURN_DETECTION: dict[str, t.Any] = {
    "type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 500,
    "create_response": True, "interrupt_response": True,
}

#: Sections of the settings table, in order.
GROUPS: dict[str, str] = {
    "accounts": "Accounts and endpoints",
    "model": "The model",
    "calls": "Calls",
    "business": "The business",
    "orders": "Orders",
    "mapping": "The host POS mapping (inferred when unset)",
    "staff": "Staff pages",
    "messaging": "Texts and order-ready notifications",
}

OrderType = t.Literal["pickup", "delivery"]
Named = t.TypeVar("Named")


def recordable_names(value: dict[str, Named], what: str) -> dict[str, Named]:
    """Names stored on ``voice_calls`` (64 characters at most), never blank."""
    for name in value:
        if not name.strip() or len(name) > 64:
            raise ValueError(f"{what} names are 1 to 64 characters, got {name!r}")
    return value


class Variant(BaseModel):
    """One arm of a prompt experiment: its share of calls and what it changes (unset: as configured)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weight: float = Field(1.0, gt=0, description="Share of calls, relative to the other variants' weights.")
    greeting: str | None = Field(None, description="In place of POS_VOICE_GREETING.")
    instructions: str | None = Field(None, description="In place of POS_VOICE_INSTRUCTIONS_EXTRA.")
    upsell: bool | None = Field(None, description="In place of POS_VOICE_UPSELL.")


class Experiment(BaseModel):
    """A prompt experiment: two or more named variants, one given to each call by weight."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    variants: dict[str, Variant] = Field(min_length=2)
    description: str = ""

    @field_validator("variants")
    @classmethod
    def _short_names(cls, value: dict[str, Variant]) -> dict[str, Variant]:
        return recordable_names(value, "variant")

#: The messages Twilio says for us (``POS_VOICE_SAY_TEXTS`` names; pos_voice.telephony.say_texts).
SAY_TEXT_NAMES = ("disclosure", "connecting", "busy", "unavailable", "apology", "order_placed_to_staff",
                  "order_placed_goodbye", "no_staff_phone", "transfer_without_staff", "rate_limited",
                  "nobody_answered")

#: Keys that may hand the caller to staff (``#`` ends a typed entry, so it cannot).
KEYPAD_TRANSFER_KEYS = frozenset("0123456789*")


def in_range(low: t.Any = None, high: t.Any = None, *, below: t.Any = None, step: int | None = None,
             says: str) -> AfterValidator:
    """A number's bounds, checked after its type: ``low <= value``, ``value <= high``,
    ``value < below``, a whole multiple of ``step`` (each only when given). Out of them the
    value is refused with ``says`` (``{value}`` is the value given), which names the bounds
    and what 0 means where 0 turns something off."""

    def check(value: t.Any) -> t.Any:
        if ((low is not None and value < low) or (high is not None and value > high)
                or (below is not None and value >= below) or (step and value % step)):
            raise ValueError(says.format(value=value))
        return value

    return AfterValidator(check)


#: The number types the settings share.
OffOrMore = t.Annotated[float, in_range(0, says="must be 0 (off) or more")]
OffOrMoreInt = t.Annotated[int, in_range(0, says="must be 0 (off) or more")]
PositiveInt = t.Annotated[int, in_range(1, says="must be a positive whole number")]
Fraction = t.Annotated[Decimal, in_range(0, below=1, says="must be a fraction such as 0.08, got {value}")]


def setting_field(group: str, default: t.Any, description: str, *, shown: str | None = None,
             factory: Callable[[], t.Any] | None = None, type_text: str | None = None) -> t.Any:
    """A settings field: its section of the table, its default and what it does; ``shown`` and
    ``type_text`` are what the table says when the default is long or the type loose."""
    extra: dict[str, t.Any] = {"group": group}
    if shown is not None:
        extra["shown"] = shown
    if type_text is not None:
        extra["type"] = type_text
    if factory is not None:
        return Field(default_factory=factory, description=description, json_schema_extra=extra)
    return Field(default, description=description, json_schema_extra=extra)


def default_prices() -> dict[str, dict[str, Decimal]]:
    return {model: {kind: Decimal(price) for kind, price in rates.items()}
            for model, rates in DEFAULT_PRICES.items()}


REQUIRED = "— (required)"
INFERRED = "inferred"
OPTIONAL_PART = " (`\"none\"` turns it off)"
