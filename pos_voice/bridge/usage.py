"""Usage and what it costs: tokens from Realtime's ``response.done`` events, billed seconds from
GPT-Live's ``session.usage.updated`` (priced per minute: ``per_minute`` in the model's prices)."""

from __future__ import annotations

import typing as t
from dataclasses import asdict, dataclass
from decimal import Decimal

_MILLION = Decimal(1_000_000)
_MINUTE = Decimal(60)
_CENT_HUNDREDTHS = Decimal("0.0001")  # voice_calls.cost_usd is Numeric(10, 4)


def _int(value: t.Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


@dataclass
class Usage:
    """Running totals over every response of one call."""

    responses: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    input_text_tokens: int = 0
    input_audio_tokens: int = 0
    cached_tokens: int = 0
    cached_text_tokens: int = 0
    cached_audio_tokens: int = 0
    output_text_tokens: int = 0
    output_audio_tokens: int = 0
    billed_seconds: int = 0  # GPT-Live: the session's cumulative billable seconds (its latest report)

    def add(self, usage: dict[str, t.Any] | None) -> None:
        """Add the ``usage`` object of one ``response.done`` (missing fields count as 0)."""
        if not isinstance(usage, dict):
            return
        if "seconds" in usage:  # GPT-Live's SessionUsage: cumulative, never summed across reports
            self.billed_seconds = max(self.billed_seconds, _int(usage.get("seconds")))
            return
        self.responses += 1
        self.input_tokens += _int(usage.get("input_tokens"))
        self.output_tokens += _int(usage.get("output_tokens"))
        details_in = usage.get("input_token_details") or {}
        details_out = usage.get("output_token_details") or {}
        text_in = _int(details_in.get("text_tokens"))
        audio_in = _int(details_in.get("audio_tokens"))
        cached = _int(details_in.get("cached_tokens"))
        cached_details = details_in.get("cached_tokens_details")
        if isinstance(cached_details, dict):
            cached_text = _int(cached_details.get("text_tokens"))
            cached_audio = _int(cached_details.get("audio_tokens"))
        else:  # no breakdown: cached tokens are the (static) instructions first
            cached_text = min(cached, text_in)
            cached_audio = max(0, cached - cached_text)
        self.input_text_tokens += text_in
        self.input_audio_tokens += audio_in
        self.cached_tokens += cached
        self.cached_text_tokens += cached_text
        self.cached_audio_tokens += cached_audio
        self.output_text_tokens += _int(details_out.get("text_tokens"))
        self.output_audio_tokens += _int(details_out.get("audio_tokens"))

    def cost(self, prices: dict[str, t.Any] | None) -> Decimal:
        """USD with one model's prices: per 1M tokens, and ``per_minute`` per billed minute
        (GPT-Live bills the session's seconds, not tokens); 0 without prices."""
        if not prices:
            return Decimal("0")

        def price(key: str) -> Decimal:
            return Decimal(str(prices.get(key, "0")))

        uncached_text = max(0, self.input_text_tokens - self.cached_text_tokens)
        uncached_audio = max(0, self.input_audio_tokens - self.cached_audio_tokens)
        total = (
            uncached_text * price("text_in")
            + self.cached_text_tokens * price("text_cached")
            + uncached_audio * price("audio_in")
            + self.cached_audio_tokens * price("audio_cached")
            + self.output_text_tokens * price("text_out")
            + self.output_audio_tokens * price("audio_out")
        ) / _MILLION + self.billed_seconds * price("per_minute") / _MINUTE
        return total.quantize(_CENT_HUNDREDTHS)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)
