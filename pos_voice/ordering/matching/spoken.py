"""Sizes and counts come out of the phrase first, so "two large pep" is looked up as "pep"."""

from __future__ import annotations

import functools
import typing as t

from ...pos.types import MenuItem
from ..dish_gazetteer import dishes_named
from ..size_words import (
    AMOUNTS,
    HALF,
    LARGEST,
    SIZE_LEXICON,
    SMALLEST,
    UNIT,
    WHOLE,
    meanings,
    printed_meanings,
)
from ..text import FILLER, phrase, singular, tokens
from .index import MenuIndex
from .results import SpokenOrder
from .vocabulary import (
    COUNT_SIZES,
    COUNT_UNITS,
    COUNT_WORDS,
    RELATIVE_SIZES,
    SCALE_WORDS,
    SIZE_SYNONYMS,
    SIZE_UNITS,
    _is_number,
)


def _counts_pieces(unit: str, item: MenuItem) -> bool:
    """Whether a size's word after its number counts pieces: a count unit ("6 Pieces", "10
    Skewers") or what the item's own name counts (the Hot Wings' "6 Wings")."""
    return unit in COUNT_UNITS or singular(unit) in {singular(w) for w in phrase(item.name).split()} or (
        _counted_in(unit, item))


def _counted_in(unit: str, item: MenuItem) -> bool:
    """Every size of the item is a whole number of ``unit``, a word no measure ("2 Stk" / "3 Stk",
    "6 Stück" / "12 Stück", "5 pcs" / "10 pcs"): the word counts pieces, whatever the language."""
    if unit in SIZE_UNITS or unit.isdigit() or len(item.sizes) < 2:
        return False
    sized = [phrase(option.name).split() for option in item.sizes]
    return all(len(words) == 2 and words[0].isdigit() and words[1] == unit for words in sized) and len(
        {words[0] for words in sized}) == len(sized)


#: Millilitres in one of each unit of volume a drink's size is written in.
_ML = {"ml": 1.0, "cl": 10.0, "liter": 1000.0, "ounce": 29.57}


#: Grams in one of each unit of weight a size is written in ("100 g", "250 gr", "1 kg", "1/2 lb").
_GRAMS = {"g": 1.0, "gr": 1.0, "gram": 1.0, "gramo": 1.0, "kg": 1000.0, "kilo": 1000.0, "kilogram": 1000.0,
          "pound": 453.6}


def _amount(size: str) -> tuple[str, float] | None:
    """What a size of one number and one unit holds, in a unit common to its kind: ("volume",
    330.0) of "33 cl", ("weight", 250.0) of "250 gram" and of "250 g"; ``None`` for any other."""
    number, *unit = size.split()
    if len(unit) != 1 or not _is_number(number):
        return None
    if unit[0] in _ML:
        return "volume", float(number) * _ML[unit[0]]
    if unit[0] in _GRAMS:
        return "weight", float(number) * _GRAMS[unit[0]]
    return None


def _millilitres(size: str) -> float | None:
    """How much a size of one number and one unit of volume holds ("33 cl" 330), or ``None``."""
    amount = _amount(size)
    return amount[1] if amount is not None and amount[0] == "volume" else None


#: Measures a half may be written joined to ("halvliter").
_JOINED_UNITS = ("liter", "litre", "litro")


#: "a" / "one" said before a measure ("a liter of", "un litre", "ein Liter"): its number, 1.
_ONE_OF = frozenset({"a", "an", "un", "une", "una", "uma", "ein", "eine", "einen"})


#: "And" between a whole number and its half ("one and a half liter", "en og en halv liter").
_AND = frozenset({"and", "og", "och", "und", "y", "e", "et"})

#: One and a half, said as one word ("eineinhalb", "anderthalb Liter", "halvannen liter").
_ONE_AND_A_HALF = frozenset({"eineinhalb", "anderthalb", "halvannen", "halvanden", "anderhalve", "anderhalf"})


def _whole_said(word: str) -> int | None:
    """The whole number a word says before "and a half": "2", "one" ("a", "en", "ein"), "to"."""
    if word.isdigit():
        return int(word)
    if word in _ONE_OF or word in _ONE_SAID or word == "en":
        return 1
    return _COUNTS_SAID.get(word, 2 if word == "to" else None)


def _measure_compounds(words: list[str]) -> list[str]:
    """A half joined to its measure in one word ("halvliter", Norwegian and Danish): the two."""
    out: list[str] = []
    for word in words:
        unit = next((u for u in _JOINED_UNITS if word.endswith(u) and len(word) > len(u)), None)
        if unit is not None and word not in SIZE_UNITS and HALF in meanings(word[:-len(unit)]):
            out += [word[:-len(unit)], unit]
        else:
            out.append(word)
    return out


def _measures_said(words: list[str], sizes: t.Container[str] = ()) -> list[str]:
    """A measure with its number said in words, as its number: "half a liter", "a half liter" →
    "0.5 liter"; "un litre et demi", "a liter and a half", "one and a half liter", "en og en halv
    liter", "eineinhalb liter" → "1.5 liter" (a half is any word the size lexicon says means half,
    in any language it holds: "demi", "mezzo", "halbe", "halv"); "a liter" → "1 liter". Not a size
    of the menu's own as it is said (``sizes``: a "Half Pound")."""
    words = _measure_compounds(words)
    if not any(w in SIZE_UNITS for w in words):
        return words
    out = list(words)
    for at, word in enumerate(out):
        if word not in SIZE_UNITS or word in COUNT_UNITS:
            continue
        if at and out[at - 1] in _ONE_AND_A_HALF:
            return [*out[:at - 1], "1.5", *out[at:]]
        before = at - 1
        while before >= 0 and out[before] in FILLER and at - before <= 2:
            before -= 1
        if before >= 0 and HALF in meanings(out[before]) and f"{out[before]} {word}" not in sizes:
            # "one and a half liter", "en og en halv liter": the whole number and its half
            joined = before - 1
            while joined >= 0 and (out[joined] in _ONE_OF or out[joined] == "en") and before - joined <= 1:
                joined -= 1
            said_whole = _whole_said(out[joined - 1]) if joined >= 1 and out[joined] in _AND else None
            if said_whole is not None:
                return [*out[:joined - 1], f"{said_whole}.5", *out[at:]]
        if before >= 0 and HALF in meanings(out[before]) and (
                before == 0 or not _is_number(out[before - 1])) and f"{out[before]} {word}" not in sizes:
            # "half a liter", "a half liter" (not "2 half liter")
            return [*out[:before], "0.5", *out[at:]]
        after = at + 1
        while after < len(out) and out[after] in FILLER and after - at <= 2:
            after += 1
        if after > at + 1 and after < len(out) and HALF in meanings(out[after]):
            # "a liter and a half", "un litre et demi", "2 liters and a half" (joined by "and")
            whole = out[at - 1] if at and out[at - 1].isdigit() else None
            number = f"{int(whole) if whole else 1}.5"
            start = at - 1 if whole else at
            return [*out[:start], number, word, *out[after + 1:]]
        if at and out[at - 1] in _ONE_OF:
            return [*out[:at - 1], "1", *out[at:]]  # "a liter of koldskål": the 1 L
    return words


#: Numbers said first as a count in German, Dutch and the Scandinavian languages ("zwei
#: schnitzel", "drie frikandellen", "fem pølser"; singular as ``text.singular`` makes them: "sechs"
#: is "sech", "seks" "sek"), with the Spanish, Portuguese and Italian ones (``COUNT_WORDS``). Not
#: the words that are English too ("fire", "sex", "to": the last read apart, ``_count_said_first``).
_COUNTS_SAID: dict[str, int] = COUNT_WORDS | {
    "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sech": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "zwolf": 12, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "twaalf": 12, "tva": 2, "fyra": 4, "fem": 5, "sek": 6, "sju": 7, "syv": 7, "atte": 8, "otte": 8,
    "atta": 8, "tio": 10, "tolv": 12}

#: "A" / "one" said first in German, Dutch and the Scandinavian languages ("ein viertel zweigelt",
#: "een frikandel", "ett glas"): one of the item, as "a" is ("en" is a filler already).
_ONE_SAID = frozenset({"ein", "eine", "einen", "einem", "een", "ett"})


class Said:
    """The caller's words as said, untranslated: in order (sizes and counts out), and as a set
    with every spoken word. Each is made when first asked for: most phrases never need them."""

    def __init__(self, matcher: SpokenPhrases, spoken: str, translated: tuple[str, ...]) -> None:
        self._matcher = matcher
        self._spoken = spoken
        self._translated = translated  # the words parsed with translation

    @functools.cached_property
    def ordered(self) -> tuple[str, ...]:
        if tokens(self._spoken, translate=False) == tokens(self._spoken):
            return self._translated  # nothing was translated: the same parse
        return self._matcher.parse(self._spoken, translate=False).words

    @functools.cached_property
    def spoken(self) -> frozenset[str]:
        """Every word spoken (cheaper than ``ordered``: no parse)."""
        return frozenset(w for w in tokens(self._spoken, translate=False) if w not in FILLER)


class SpokenPhrases(MenuIndex):
    """Quantity and size words taken out of a phrase, and said sizes mapped onto an item's own."""

    def _size_phrases(self) -> dict[str, str]:
        """The menu's size names and the size synonyms (``MenuIndex``), and the size words of every
        language that mean what some size of this menu is (a part, the whole, a rung of a ladder:
        "slice" where a pizza is sold by the Trancio, "groß" where by the Klein / Mittel), or an end
        of any ladder ("the biggest"); not a word of the menu's names ("Family Combo")."""
        phrases = super()._size_phrases()
        def kinds(found: frozenset[str]) -> set[str]:
            return {"rung" if meaning.startswith("rung ") else meaning for meaning in found}  # (any rung)

        sold: set[str] = set()
        for item in self.items:
            for option in item.sizes:
                sold |= kinds(printed_meanings(option.name))
        # a menu that sells no count of pieces: "two pieces" there is two of the part size
        self._sells_counts = UNIT in sold or any(
            option.name[:1].isdigit() for item in self.items for option in item.sizes)
        named = {w for item in self.items for name in (item.name, *item.aliases)
                 for translate in (True, False) for w in tokens(name, translate)}
        meant_here = sold & {*AMOUNTS, "rung"} | {LARGEST, SMALLEST}
        for word, found in SIZE_LEXICON.items():
            if set(word.split()) & named or not kinds(found) & meant_here:
                continue
            phrases.setdefault(word, word)
        return phrases

    def parse(self, spoken: str, translate: bool = True) -> SpokenOrder:
        words = _measures_said(self._merge_compounds(tokens(spoken, translate)), self.size_phrases)
        words = self._count_said_first(words)
        if "shot" in words and ("shot", "of") not in self.name_pairs:
            # "a shot of unicum": how a spirit is poured, as "a glass of"; not a "ginger shot"
            words = [w for at, w in enumerate(words) if not (
                w == "shot" and at + 1 < len(words) and words[at + 1] == "of")]
        for at in range(1, len(words) - 1):
            if words[at] in COUNT_WORDS and (words[at + 1] in COUNT_UNITS or words[at + 1] in SIZE_UNITS):
                words[at] = str(COUNT_WORDS[words[at]])  # "crocchè dieci pezzi": the 10 pezzi
        words = self._dozens_said(words)
        size: str | None = None
        size_words: tuple[str, ...] = ()
        # longest size phrase first ("extra large" before "large", "2 liter" before "2")
        for length in (3, 2, 1):
            if size is not None:
                break
            for start in range(len(words) - length + 1):
                candidate = " ".join(words[start:start + length])
                following = words[start + length] if start + length < len(words) else ""
                if candidate in FILLER and following in {"i", "you", "we", "u", "ya"}:
                    continue  # "can I get…" is not a can
                if length == 1 and start and _is_number(words[start - 1]) and candidate in SIZE_UNITS and \
                        self._sells_counts:
                    continue  # "six piece" of 2 / 3 Piece: a count of pieces (below), not six of a part
                if candidate in self.size_phrases:
                    size = self.size_phrases[candidate]
                    size_words = tuple(words[start:start + length])
                    del words[start:start + length]
                    break
        if size is None:
            # a size the menu doesn't have is still a size ("a two liter coke" where there is 1.5 liter)
            for start in range(len(words) - 1):
                if _is_number(words[start]) and words[start + 1] in SIZE_UNITS:
                    size_words = tuple(words[start:start + 2])
                    size = " ".join(size_words)
                    del words[start:start + 2]
                    break
        quantity: int | None = None
        rest: list[str] = []
        if len(words) > 1 and words[0] in COUNT_WORDS and (words[0], words[1]) not in self.name_pairs and \
                not dishes_named(tuple(words[:2])):
            words[0] = str(COUNT_WORDS[words[0]])  # "tres tacos al pastor"; not the (or a) Tres Leches
        for position, word in enumerate(words):
            if word.isdigit() and quantity is not None and size is None and rest in (
                    ["order", "of"], ["order"]):
                size, size_words = word, (word,)  # "two orders of ten wings": two of the 10 Piece
                continue
            if word.isdigit() and quantity is not None and size is None and rest and position == len(
                    words) - 1 and int(word) >= 10:
                measured = [p for p in self.size_phrases if p.split()[1:] and p.split()[0] == word
                            and p.split()[1] in SIZE_UNITS and len(p.split()) == 2]
                if len(measured) == 1:
                    # "dwie hawajskie czterdzieści": two of the 40 cm (a number after the name
                    # that one size of the menu measures, where a count was said first)
                    size, size_words = self.size_phrases[measured[0]], (word,)
                    continue
                if measured:
                    # "deux reines en 33" where the menu has a 33 cm and a 33 cl: the item says which
                    size, size_words = word, (word,)
                    continue
            if size is None and "." in word and _is_number(word):
                size, size_words = word, (word,)  # "timisoreana 0.33": a number no count is, a measure's
                continue
            if word.isdigit() and quantity is None and not rest:
                quantity = int(word)
                continue
            if word.isdigit() and quantity is None and not (
                    rest[-1] not in FILLER and any(w not in FILLER for w in words[position + 1:])):
                quantity = int(word)  # "cokes, two" — a number after the name (not one inside a
                continue  # name said whole: "pizza quattro formaggi" is no four of a cheese pizza)
            rest.append(word)
        kept = tuple(w for w in rest if w not in FILLER or w in self.acronyms)
        if "cut" in kept and "cut" not in self.vocabulary:
            kept = self._cut_left_out(kept)
        return SpokenOrder(quantity, size, kept, size_words)

    def _count_said_first(self, words: list[str]) -> list[str]:
        """The first word said (after fillers: "can i get") as the count it is in another language:
        "zwei schnitzel" two, "ein viertel zweigelt" one (the "a"); and "to" — the Norwegian and
        Danish two, and the speech recogniser's "two" — where a word of a name or a size follows
        it ("to kyllingkebab tallerken", "to store pepperoni"; not "to go", "to share"). Not a
        pair of words a name of the menu, or a dish, holds ("Drei Zinnen")."""
        at = 0
        while at < len(words) and words[at] in FILLER and words[at] != "to":
            at += 1
        if at + 1 >= len(words):
            return words
        said, following = words[at], words[at + 1]
        if (said, following) in self.name_pairs or dishes_named((said, following)):
            return words
        if said in _ONE_SAID:
            return [*words[:at], "a", *words[at + 1:]]
        if said in _COUNTS_SAID:
            return [*words[:at], str(_COUNTS_SAID[said]), *words[at + 1:]]
        if said == "to" and following not in FILLER and (following in self.vocabulary or any(
                " ".join(words[at + 1:at + 1 + length]) in self.size_phrases for length in (1, 2, 3))):
            return [*words[:at], "2", *words[at + 1:]]
        return words

    def _dozens_said(self, words: list[str]) -> list[str]:
        """A count named in words that no size of the menu is named ("una docena", "media docena",
        "two dozen", "a dozen" where salteñas are sold by 1 / 6 / 12 Unidades): its number, a count
        of pieces ("12", "6", "24"); a menu selling a "Dozen" keeps it as its size."""
        for length in (2, 1):
            for start in range(len(words) - length + 1):
                said = " ".join(words[start:start + length])
                count = COUNT_SIZES.get(said)
                if count is None or count < 2 or said in self.size_phrases:
                    continue
                if start and words[start - 1].isdigit():
                    return [*words[:start - 1], str(int(words[start - 1]) * count), *words[start + length:]]
                return [*words[:start], str(count), *words[start + length:]]
        return words

    def _cut_left_out(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """How the caller wants it cut, said after what it is ("a small pepperoni party cut", "square
        cut", "tavern cut"): no words of an item, where no name of the menu has them."""
        cut = {position for position in range(2, len(words)) if words[position] == "cut"
               and words[position - 1] not in self.vocabulary}  # (something said before it)
        return tuple(w for position, w in enumerate(words) if position not in cut and position + 1 not in cut)

    def size_name(self, item: MenuItem, size_said: str | None) -> str | None:
        """The item's own size name for a spoken size, or ``None`` when it has no such size."""
        if not size_said or not item.sizes:
            return None
        wanted = phrase(size_said)
        wanted = self.size_phrases.get(wanted, wanted)
        options = {phrase(option.name): option.name for option in item.sizes}
        if wanted in options:
            return options[wanted]
        if wanted[:1].isdigit():
            # "0.5 liter" (said "half a liter") of the Mezzo Litro
            as_numbers = {" ".join(_measures_said(norm.split())): name for norm, name in options.items()}
            if wanted in as_numbers:
                return as_numbers[wanted]
            said_amount = _amount(wanted)
            if said_amount is not None:
                # "100 grams" of the 100 g, "500 ml" of the 0,5 l: the one size that holds as much
                holding_as_much = [name for norm, name in as_numbers.items() if (held := _amount(norm))
                                   and held[0] == said_amount[0]
                                   and abs(held[1] - said_amount[1]) <= 0.02 * said_amount[1]]
                if len(holding_as_much) == 1:
                    return holding_as_much[0]
        number, *unit = wanted.split()
        if number.isdigit() and (not unit or (len(unit) == 1 and unit[0] in COUNT_UNITS)):
            # "six beignets" where another item's size is "Half Dozen"; "ten satay" of 5 / 10 Skewers;
            # "twelve pieces" of 6 / 12 pz
            counted = [name for norm, name in options.items()
                       if norm.split()[1:] and norm.split()[0] == number
                       and _counts_pieces(norm.split()[1], item)]
            if len(counted) == 1:
                return counted[0]
        if not unit and _is_number(number):
            # "33" (said after a count) of the 26 / 33 / 40 cm, "0.33" of the 0,33 l / 0,5 l: its one
            # size of that number
            measured = [name for norm, name in options.items()
                        if norm.split()[1:] and norm.split()[0] == number and norm.split()[1] in SIZE_UNITS]
            if len(measured) == 1:
                return measured[0]
        if unit and number.isdigit() and unit[0] in SIZE_UNITS:
            # "a sixteen inch" of a Small 10" / Large 16": the one size of that measure
            measured = [name for norm, name in options.items() if f" {wanted} " in f" {norm} "]
            if len(measured) == 1:
                return measured[0]
        for spoken in SIZE_SYNONYMS.get(wanted, ()):
            if phrase(spoken) in options:
                return options[phrase(spoken)]
        if wanted == "can":
            # "une canette de coca" of the 33 cl / 1,5 L: the one size a can holds (15-50 cl)
            canned = [name for norm, name in options.items() if 150 <= (_millilitres(norm) or 0) <= 500]
            if len(canned) == 1:
                return canned[0]
        by_meaning = self._size_meant(options, wanted)
        if by_meaning is not None:
            return by_meaning or None  # ("": it means more than one of the item's sizes — asked)
        holding = [name for norm, name in options.items() if wanted in norm.split()]
        if len(holding) == 1 and wanted in SCALE_WORDS:
            return holding[0]  # "half" for the Half Tray, "party" for the Party Tray
        return self._relative_size(item, wanted)

    @staticmethod
    def _size_meant(options: dict[str, str], wanted: str) -> str | None:
        """The one size of ``options`` (phrase → name) that means what ``wanted`` means: a part
        ("slice" of the Trancio, "piece" of the Pedaço), the whole ("whole" of the Teglia Intera,
        or of the one size that is no part when the others are), a rung of the ladder ("large" of
        Broto / Média / Grande / Família is the Grande, "the biggest" the Família); "" when it means
        several of them (two parts: which?); ``None`` when its meaning says nothing of these sizes."""
        said = meanings(wanted)
        if not said:
            return None
        sizes = {norm: printed_meanings(name) for norm, name in options.items()}
        found: set[str] = set()
        for amount in said & set(AMOUNTS):
            holders = [norm for norm, means in sizes.items() if amount in means]
            if amount == WHOLE and not holders and any(set(AMOUNTS) & means for means in sizes.values()):
                # "a whole sicilian" of one sold by the slice or the tray: the one that is no part
                holders = [norm for norm, means in sizes.items() if not set(AMOUNTS) & means]
            if len(holders) > 1:
                return ""
            found.update(holders)
        ranks = {norm: [int(m.split()[1]) for m in means if m.startswith("rung ")]
                 for norm, means in sizes.items()}
        if all(len(rank) == 1 for rank in ranks.values()) and \
                len({rank[0] for rank in ranks.values()}) == len(ranks):
            ladder = sorted(ranks, key=lambda norm: ranks[norm][0])
            if LARGEST in said:
                found.add(ladder[-1])
            if SMALLEST in said:
                found.add(ladder[0])
            found.update(norm for norm in ladder for m in said if m == f"rung {ranks[norm][0]}")
        if len(found) > 1:
            return ""
        return options[found.pop()] if found else None

    @staticmethod
    def count_size(item: MenuItem, quantity: int) -> tuple[str, int | None] | None:
        """An item sold by a count of pieces only (Unidad / Docena, Single / Half Dozen / Dozen, 6 /
        12 Pieces, 5 / 10 Skewers), ``quantity`` said with no size: the one size of that many pieces
        (and one of it), or else that many of its size of one piece; ``None`` when its sizes are not
        counts."""
        counts: dict[int, str] = {}
        for option in item.sizes:
            words = phrase(option.name).split()
            if len(words) == 2 and words[0].isdigit() and _counts_pieces(words[1], item):
                words = words[:1]
            count = COUNT_SIZES.get(" ".join(words)) or (int(words[0]) if len(words) == 1 and words[
                0].isdigit() else None)
            if count is None:
                return None  # (a "12 inch" or a "Large" is no count)
            counts[count] = option.name
        if quantity in counts:
            return phrase(counts[quantity]), None
        largest = max(counts, default=0)
        if largest > 1 and quantity > largest and quantity % largest == 0:
            return phrase(counts[largest]), quantity // largest  # "two dozen" (24) of the Dozen: two of it
        return (phrase(counts[1]), quantity) if 1 in counts else None

    @staticmethod
    def _relative_size(item: MenuItem, wanted: str) -> str | None:
        """"large" of an item sized "12 inch" / "16 inch" is its largest, "small" its smallest,
        "medium" the middle one of three; ``None`` when its sizes are no scale or it can't tell."""
        if wanted not in RELATIVE_SIZES:
            return None
        place = RELATIVE_SIZES[wanted]
        if not 2 <= len(item.sizes) <= 3 or (place is None and len(item.sizes) != 3):
            return None
        named = [(option, phrase(option.name).split()) for option in item.sizes]
        units = {tuple(w for w in words if not _is_number(w)) for _, words in named}
        numbers = [float(w) for _, words in named for w in words if _is_number(w)]
        if len(units) == 1 and len(numbers) == len(named) and len(set(numbers)) == len(numbers):
            order = [option for _, option in sorted(zip(numbers, item.sizes, strict=True),
                                                    key=lambda pair: pair[0])]
        elif all(words and set(words) <= SCALE_WORDS for _, words in named):
            if len({option.price for option in item.sizes}) != len(item.sizes):
                return None  # two at one price: which is the larger is not known
            order = sorted(item.sizes, key=lambda option: option.price)
        elif all(_millilitres(" ".join(words)) for _, words in named) and len(
                {_millilitres(" ".join(words)) for _, words in named}) == len(named):
            # "a large coke" of the 33 cl / 1,5 L: by how much each holds, whatever its unit
            order = sorted(item.sizes, key=lambda option: _millilitres(phrase(option.name)) or 0.0)
        else:
            return None
        return order[1 if place is None else place].name

    def _has_size(self, item: MenuItem, size_said: str) -> bool:
        return self.size_name(item, size_said) is not None or (not item.sizes and size_said == "regular")
