"""What resolution answers: the four outcomes, a phrase taken apart, and the resolution itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...pos.types import MenuItem

#: "confirm": one plausible item, said another way than the menu says it (another spelling,
#: another language, a kind word the menu leaves out): ask "the X?" once, never refuse it.
MATCH, CONFIRM, AMBIGUOUS, UNKNOWN = "match", "confirm", "ambiguous", "unknown"


@dataclass(frozen=True)
class SpokenOrder:
    """A spoken item phrase taken apart: "two large pep" → quantity 2, size "large", words ["pepperoni"]."""

    quantity: int | None
    size: str | None  # a normalised size phrase as the caller said it ("large", "2 liter")
    words: tuple[str, ...]
    size_words: tuple[str, ...] = ()  # the words the size was taken from ("family" in "family combo")


@dataclass
class Resolution:
    status: str  # "match" | "ambiguous" | "unknown"
    item: MenuItem | None = None
    size: str | None = None  # the item's own size name when one was said and it exists
    size_said: str | None = None  # the size the caller said, normalised ("large" for "big", "lg")
    size_words: tuple[str, ...] = ()  # ...and the words they said it with
    quantity: int | None = None
    candidates: list[MenuItem] = field(default_factory=list)
    score: float = 0.0
    ruled_out: bool = False  # the names rule the near item out: no weaker signal overrides that

    @property
    def matched(self) -> bool:
        return self.status == MATCH and self.item is not None
