"""The cart of one call: lines with sizes, quantities, modifiers, halves, notes; order-level
notes and allergies. Plain values: it knows nothing of the model, the tools or the database.

Prices are not stored as truth here: :mod:`pos_voice.ordering.pricing` prices a cart from a
:class:`~pos_voice.pos.types.Menu` every time (and from a fresh read at submit).
"""

from __future__ import annotations

import itertools
import re
import typing as t
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..pos.types import Menu, MenuItem, Modifier
from ..redaction import redact
from .text import FILLER, NUMBER_WORDS, phrase, tokens

ADD, NO, HALF = "add", "no", "half"

_REMOVE_WORDS = ("no ", "without ", "hold the ", "hold ", "remove ", "minus ", "none of the ")
_ADD_WORDS = ("extra ", "add ", "with ", "plus ", "double ", "more ", "and ", "some ")
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
_LAST_WORDS = {"last", "latest", "previous", "it", "that", "this", "same"}


SNAPSHOT_VERSION = 1  # Cart.snapshot's format


def _optional_int(value: t.Any) -> int | None:
    return None if value is None else int(value)


class CartError(ValueError):
    """A request the cart cannot honour, worded for the model to act on."""

    def __init__(self, message: str, **details: t.Any) -> None:
        super().__init__(message)
        self.details = details


@dataclass(frozen=True)
class ModifierChoice:
    kind: str  # "add" | "no" | "half"
    name: str  # the modifier's or item's name as the menu has it ("Mushrooms")
    modifier_id: t.Any = None  # set when it is a priced modifier
    half: int | None = None  # 1 or 2 for half-and-half
    item_id: t.Any = None  # a half that is a whole menu item ("half meat lovers")
    extra: bool = False  # "extra cheese": the topping doubled

    def spoken(self) -> str:
        if self.kind == NO:
            return f"no {self.name.lower()}"
        if self.kind == HALF:
            return f"half {self.name.lower()}"
        name = self.name.lower()
        return f"extra {name}" if self.extra and not name.startswith(("extra ", "double ")) else name


@dataclass
class CartLine:
    line_id: int
    item_id: t.Any
    name: str
    category: str
    quantity: int
    size: str | None = None
    modifiers: list[ModifierChoice] = field(default_factory=list)
    notes: str = ""

    def halves(self) -> list[ModifierChoice]:
        return [m for m in self.modifiers if m.kind == HALF]

    def describe(self, with_quantity: bool = True) -> str:
        """Spoken-ready: "2 large half pepperoni, half mushroom pizzas"... kept simple and clear."""
        parts: list[str] = []
        if with_quantity:
            parts.append(_quantity_word(self.quantity))
        if self.size:
            parts.append(self.size)
        halves = self.halves()
        if halves:
            ordered = sorted(halves, key=lambda h: h.half or 0)
            parts.append(", ".join(f"half {h.name.lower()}" for h in ordered))
            parts.append(self.category_noun())
        else:
            parts.append(self.name.lower())
        text = " ".join(p for p in parts if p)
        extras = [m.spoken() for m in self.modifiers if m.kind != HALF]
        if extras:
            text += " with " + ", ".join(extras)
        if self.notes:
            text += f" ({self.notes})"
        return text

    def category_noun(self) -> str:
        words = tokens(self.category) or ["item"]
        return words[-1]

    def as_dict(self) -> dict[str, t.Any]:
        return {
            "line": self.line_id, "item": self.name, "quantity": self.quantity, "size": self.size,
            "modifiers": [m.spoken() for m in self.modifiers], "notes": self.notes or None,
            "description": self.describe(),
        }


def _quantity_word(quantity: int) -> str:
    if quantity == 1:
        return "a"
    skip = {"a", "an", "single", "couple", "pair", "dozen"}
    words = {v: k for k, v in NUMBER_WORDS.items() if k not in skip}
    return words.get(quantity, str(quantity))


@dataclass
class Cart:
    order_type: str | None = None
    lines: list[CartLine] = field(default_factory=list)
    notes: str = ""
    allergies: str = ""
    _ids: t.Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    def is_empty(self) -> bool:
        return not self.lines

    def add(self, item: MenuItem, quantity: int, size: str | None, modifiers: list[ModifierChoice],
            notes: str = "") -> CartLine:
        # the same item, size and modifiers again → one line with a bigger quantity
        for line in self.lines:
            if (line.item_id == item.id and line.size == size and line.modifiers == modifiers
                    and line.notes == notes):
                line.quantity += quantity
                return line
        line = CartLine(next(self._ids), item.id, item.name, item.category, quantity, size, list(modifiers),
                        redact(notes))
        self.lines.append(line)
        return line

    def remove(self, line: CartLine) -> None:
        self.lines = [other for other in self.lines if other.line_id != line.line_id]

    # --- kept when a call drops, restored exactly on the next call (pos_voice.tools.resume)
    def snapshot(self) -> dict[str, t.Any]:
        """Everything in the cart as plain JSON data: :meth:`restored` gives the same cart back."""
        return {"version": SNAPSHOT_VERSION, "order_type": self.order_type, "notes": self.notes,
                "allergies": self.allergies,
                "lines": [{"line": line.line_id, "item_id": line.item_id, "name": line.name,
                           "category": line.category, "quantity": line.quantity, "size": line.size,
                           "notes": line.notes,
                           "modifiers": [{"kind": m.kind, "name": m.name, "modifier_id": m.modifier_id,
                                          "half": m.half, "item_id": m.item_id, "extra": m.extra}
                                         for m in line.modifiers]}
                          for line in self.lines]}

    @classmethod
    def restored(cls, data: t.Any) -> Cart:
        """The cart of a :meth:`snapshot`; ``CartError`` when ``data`` is not one."""
        try:
            if not isinstance(data, dict) or data.get("version") != SNAPSHOT_VERSION:
                raise TypeError("not a cart snapshot")
            lines = []
            for raw in data["lines"]:
                modifiers = [ModifierChoice(str(m["kind"]), str(m["name"]), m.get("modifier_id"),
                                            _optional_int(m.get("half")), m.get("item_id"),
                                            bool(m.get("extra")))
                             for m in raw.get("modifiers") or []]
                if any(m.kind not in (ADD, NO, HALF) for m in modifiers):
                    raise ValueError("unknown modifier kind")
                quantity = raw["quantity"]
                if type(quantity) is not int or quantity < 1:
                    raise ValueError("bad quantity")
                size = raw.get("size")
                lines.append(CartLine(int(raw["line"]), raw["item_id"], str(raw["name"]),
                                      str(raw["category"]), quantity, None if size is None else str(size),
                                      modifiers, str(raw.get("notes") or "")))
            order_type = data.get("order_type")
            cart = cls(order_type=None if order_type is None else str(order_type), lines=lines,
                       notes=str(data.get("notes") or ""), allergies=str(data.get("allergies") or ""))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CartError(f"not a cart snapshot: {exc}") from exc
        cart._ids = itertools.count(max((line.line_id for line in lines), default=0) + 1)
        return cart

    def take_lines(self, other: Cart) -> None:
        """Add ``other``'s lines, notes and allergies after this cart's own (new line numbers)."""
        for line in other.lines:
            self.lines.append(CartLine(next(self._ids), line.item_id, line.name, line.category, line.quantity,
                                       line.size, list(line.modifiers), line.notes))
        for note in filter(None, other.notes.split("; ")):
            self.add_note(note)
        for allergy in filter(None, other.allergies.split("; ")):
            self.add_allergy(allergy)
        self.order_type = other.order_type or self.order_type

    def add_note(self, text: str) -> None:
        text = redact(text.strip())
        if text and text not in self.notes:
            self.notes = f"{self.notes}; {text}" if self.notes else text

    def add_allergy(self, text: str) -> None:
        text = redact(text.strip())
        if text and text not in self.allergies:
            self.allergies = f"{self.allergies}; {text}" if self.allergies else text

    def find_lines(self, reference: str) -> list[CartLine]:
        """Lines meant by ``reference``: "the pepperoni", "the second pizza", "the last one", "2"."""
        if not self.lines:
            return []
        text = reference.strip().lower()
        words = re.findall(r"[a-z0-9']+", text)
        ordinal: int | None = None
        last = False
        for word in words:
            if word in _ORDINALS:
                ordinal = _ORDINALS[word]
            elif word in _LAST_WORDS:
                last = True
            elif word.isdigit() and ordinal is None and len(words) <= 3:
                ordinal = int(word)
            elif (word in NUMBER_WORDS and word not in {"a", "an", "one"} and ordinal is None
                  and len(words) <= 2):
                ordinal = NUMBER_WORDS[word]
        noise = set(_ORDINALS) | _LAST_WORDS | {"the", "one", "line", "item", "number", "my", "a", "an", "of",
                                                "ones", "thing", "order"}
        name_words = [w for w in words if w not in noise and not w.isdigit() and w not in NUMBER_WORDS]
        pool = self.lines
        if name_words:
            named = self._lines_named(" ".join(name_words))
            if not named and not (ordinal or last):
                return []
            pool = named or pool
        if last:
            return [pool[-1]]
        if ordinal is not None:
            return [pool[ordinal - 1]] if 1 <= ordinal <= len(pool) else []
        return pool if name_words else ([self.lines[-1]] if len(self.lines) == 1 else [])

    def _lines_named(self, said: str) -> list[CartLine]:
        said_words = {w for w in tokens(said) if w not in FILLER}
        if not said_words:
            return []
        scored: list[tuple[float, CartLine]] = []
        for line in self.lines:
            line_words = set(tokens(line.name)) | set(tokens(line.category)) | set(tokens(line.size or ""))
            for choice in line.modifiers:
                line_words.update(tokens(choice.name))
            if said_words <= line_words:
                scored.append((100.0, line))
                continue
            score = fuzz.token_set_ratio(" ".join(sorted(said_words)), " ".join(sorted(line_words)))
            if score >= 85:
                scored.append((score, line))
        if not scored:
            return []
        best = max(score for score, _ in scored)
        return [line for score, line in scored if score >= best - 5]


# --- modifiers -------------------------------------------------------------------------------

def parse_modifier_request(raw: t.Any) -> list[tuple[str, str, int | None]]:
    """What the model sent as modifiers → ``[(kind, words, half)]``.

    Accepts a list of phrases (``["extra cheese", "no onions"]``), one phrase
    (``"extra cheese, no onions"``), halves (``{"half1": "pepperoni", "half2": "mushroom"}``),
    or grouped (``{"add": ["olives"], "remove": ["onions"], "extra": ["cheese"]}``).
    """
    out: list[tuple[str, str, int | None]] = []
    if raw is None or raw == "" or raw == [] or raw == {}:
        return out
    if isinstance(raw, str):
        pieces = re.split(r",|;|\band\b(?= (?:no|extra|add|without|light)\b)", raw)
        raw = [part for part in pieces if part.strip()]
    if isinstance(raw, dict):
        for key, value in raw.items():
            key_l = str(key).strip().lower().replace(" ", "").replace("_", "")
            values = value if isinstance(value, list) else [value]
            for one in values:
                if one is None or str(one).strip() == "":
                    continue
                text = str(one).strip()
                if key_l in {"half1", "firsthalf", "lefthalf", "left"}:
                    out.append((HALF, text, 1))
                elif key_l in {"half2", "secondhalf", "righthalf", "right"}:
                    out.append((HALF, text, 2))
                elif key_l in {"no", "remove", "without", "hold", "minus", "removed"}:
                    out.append((NO, text, None))
                elif key_l in {"extra", "double"}:
                    out.append((ADD, "extra " + text, None))
                elif key_l in {"add", "toppings", "topping", "with", "added", "modifiers", "addons"}:
                    out.append(_classify(text))
                elif isinstance(value, bool):
                    if value:
                        out.append(_classify(str(key)))
                else:
                    out.append(_classify(f"{key} {text}" if key_l not in {"notes", "note"} else text))
        return out
    if isinstance(raw, list | tuple):
        for one in raw:
            if isinstance(one, dict):
                out.extend(parse_modifier_request(one))
            elif one is not None and str(one).strip():
                text = str(one).strip()
                half = re.fullmatch(r"(?i)half\s+(.+?)\s*(?:,|/|and)?\s*half\s+(.+)", text)
                if half:
                    out.append((HALF, half.group(1), 1))
                    out.append((HALF, half.group(2), 2))
                else:
                    out.append(_classify(text))
        return out
    raise CartError("modifiers must be a list of phrases like [\"extra cheese\", \"no onions\"] "
                    "or {\"half1\": \"pepperoni\", \"half2\": \"mushroom\"}")


def _classify(text: str) -> tuple[str, str, int | None]:
    lowered = text.strip().lower()
    for prefix in _REMOVE_WORDS:
        if lowered.startswith(prefix):
            return (NO, lowered[len(prefix):].strip(), None)
    if lowered.startswith("half "):
        return (HALF, lowered[5:].strip(), None)
    return (ADD, lowered, None)


def _match_modifier(words: str, modifiers: t.Sequence[Modifier]) -> Modifier | None:
    wanted = phrase(words)
    if not wanted:
        return None
    best: tuple[float, Modifier | None] = (0.0, None)
    for modifier in modifiers:
        name = phrase(modifier.name)
        if name == wanted:
            return modifier
        score = fuzz.ratio(name, wanted)
        if score > best[0]:
            best = (score, modifier)
    return best[1] if best[0] >= 88 else None


def resolve_modifiers(
    item: MenuItem, requested: list[tuple[str, str, int | None]], menu: Menu,
    resolve_item: t.Callable[[str], MenuItem | None],
) -> list[ModifierChoice]:
    """Turn requested modifiers into menu modifiers; raises :class:`CartError` for unknown ones."""
    choices: list[ModifierChoice] = []
    unknown: list[str] = []
    unavailable: list[str] = []
    next_half = 1
    ingredient_words = {phrase(name) for name in item.ingredients}
    for kind, words, half in requested:
        if kind == NO:
            target = _match_modifier(words, menu.modifiers)
            name = target.name if target else words.strip()
            if not name:
                continue
            choices.append(ModifierChoice(NO, name))
            continue
        if kind == HALF:
            position = half or next_half
            next_half = position + 1
            topping = _match_modifier(words, menu.modifiers)
            if topping is not None:
                if not topping.available:
                    unavailable.append(topping.name)
                choices.append(ModifierChoice(HALF, topping.name, topping.id, half=position))
                continue
            whole = resolve_item(words)
            if whole is not None and whole.category == item.category:
                if not whole.available:
                    unavailable.append(whole.name)
                choices.append(ModifierChoice(HALF, whole.name, half=position, item_id=whole.id))
                continue
            if phrase(words) in {"cheese", "plain", "regular"}:
                choices.append(ModifierChoice(HALF, "cheese", half=position))
                continue
            unknown.append(words)
            continue
        extra = False
        text = words.strip()
        target = _match_modifier(text, menu.modifiers)
        if target is None:
            for prefix in _ADD_WORDS:
                if text.startswith(prefix):
                    extra = prefix.strip() in {"extra", "double", "more"}
                    text = text[len(prefix):].strip()
                    target = _match_modifier(text, menu.modifiers)
                    break
        if target is None:
            # "extra sauce" on an item made with sauce, when the POS has no such modifier: a free note
            if phrase(text) in ingredient_words:
                choices.append(ModifierChoice(ADD, text, extra=True))
                continue
            unknown.append(words)
            continue
        if not target.available:
            unavailable.append(target.name)
            continue
        doubled = extra or phrase(text) in ingredient_words
        choices.append(ModifierChoice(ADD, target.name, target.id, extra=doubled))
    if unknown:
        names = ", ".join(m.name for m in menu.modifiers if m.available)
        raise CartError(
            f"not on the menu as a topping or option: {', '.join(unknown)}. "
            + (f"Options are: {names}. " if names else "This item takes no options. ")
            + "Tell the caller and ask what they would like instead.",
            unknown=unknown,
        )
    if unavailable:
        raise CartError(f"out of stock today: {', '.join(unavailable)}. Tell the caller and offer another "
                        "option.", unavailable=unavailable)
    halves = [c for c in choices if c.kind == HALF]
    if len(halves) == 1:
        raise CartError("half-and-half needs two halves: ask what goes on the other half")
    if len(halves) > 2:
        raise CartError("only two halves are possible: ask the caller to choose two")
    return choices
