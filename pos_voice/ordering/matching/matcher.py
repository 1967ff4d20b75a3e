"""The matcher: puts the rules together into one decision — match, confirm, ask or unknown."""

from __future__ import annotations

import copy
import functools
import itertools
import re
import typing as t

from rapidfuzz import fuzz

from ...pos.types import Menu, MenuItem
from ..dish_gazetteer import Dish, dishes_in, dishes_named
from ..food_words import KINDS_OF, roman_key
from ..size_words import AMOUNTS, SIZE_LEXICON, phrase_meanings
from ..text import FILLER, MENU_NUMBER, fold, menu_number, phrase, singular, tokens, words_to_number
from .index import BRACKETED, GLOSS_TEXT, holds_run
from .name_rules import NameRules
from .other_words import OtherWordsRules
from .results import AMBIGUOUS, CONFIRM, MATCH, UNKNOWN, Resolution
from .sounds import english_key, name_keys, spoken_words, within
from .spoken import Said
from .vocabulary import (
    _DESCRIBING,
    ADD_ON_CATEGORY,
    ADD_WORDS,
    COUNT_SIZES,
    COUNT_UNITS,
    COVER_SKIP,
    CUISINE_WORDS,
    DESCRIPTORS,
    DISH_KINDS,
    DRINK_CONTAINERS,
    DRINKS,
    EXPLAINED,
    FLESH,
    FORM_WORDS,
    GENERIC_WORDS,
    HEAD_PREPOSITIONS,
    KIND_FAMILIES,
    KIND_UMBRELLAS,
    KIND_WORDS,
    LADDER_SIZES,
    LONE_KINDS,
    MEATLESS,
    MEATS,
    NOT_FOOD,
    PROTEINS,
    SCALE_WORDS,
    SERVED_KINDS,
    SIZE_UNITS,
    SURE_SCORE,
    fold_name,
    food_vocabulary,
)


def _stem(word: str) -> str:
    """A word without the "-ed" of a way of cooking ("stewed" / "stew", "roasted" / "roast")."""
    return word[:-2] if len(word) > 5 and word.endswith("ed") else word


def _without_spice_level(spoken: str) -> str:
    """``spoken`` without a spice level said with the dish ("level three", "spice level 5"): how
    hot, not what or how many (the number is read as ``tokens`` reads every number)."""
    words = tokens(spoken, translate=False)
    levels = [at for at in range(len(words) - 1) if words[at] == "level" and words[at + 1].isdigit()]
    if not levels:
        return spoken
    dropped = {at + step for at in levels for step in (0, 1)} | {
        at - 1 for at in levels if at and words[at - 1] in ("spice", "heat")}
    return " ".join(word for at, word in enumerate(words) if at not in dropped)


def _plain_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` without its gloss, untranslated (``tokens`` keeps what it has read)."""
    return tuple(tokens(BRACKETED.sub(" ", name), translate=False))


def _in_order(parts: t.Sequence[str], said: t.Sequence[str]) -> bool:
    """Each of ``parts`` stands in ``said`` after the one before it (others may stand between)."""
    rest = iter(said)
    return all(part in rest for part in parts)


def _made_of_key(words: t.Iterable[str]) -> frozenset[str]:
    """Words said, or an item's first ingredient, as the first-ingredient look-up compares them:
    fillers and numbers out, "stewed" and "stew" one word."""
    return frozenset(_stem(w) for w in words if not w.isdigit() and w not in FILLER)


#: A number said as the menu lists items by it: "number eight", "nummer 8", "#8".
_NUMBER_SAID = re.compile(
    r"(?:\bnumber|\bnummer|\bnumero|\bnr\.?|#)\s*([a-z]+|\d{1,3})\b")

#: what is not written in Latin letters (a name's Chinese or Cyrillic half)
_NOT_LATIN = re.compile(r"[^\x00-\x7F\u00C0-\u024F]+")

#: words that join two foods as equals in one item's name ("Bariis iyo Digaag", "Rice & Beans",
#: "Skinke og Ananas"; not "with": the "Bagel with Scallion Cream Cheese" is a bagel, its spread a
#: tub of its own)
_JOINED = re.compile(r"\s(?:and|iyo|y|e|et|und|og|och)\s|&")

#: what parts a list of choices in one ingredient ("pepsi, diet pepsi or dr pepper", "coca-cola, sprite
#: o fanta", "coke / sprite")
_CHOICES = re.compile(r",|/|\s(?:or|o|ou|oder)\s")


class MenuMatcher(NameRules, OtherWordsRules):
    """Resolution over one :class:`Menu`; build with :func:`matcher_for` to reuse per menu."""

    def rebind(self, menu: Menu) -> MenuMatcher:
        """The same indexes over ``menu``'s items (same ids and names, fresher prices and stock)."""
        clone = copy.copy(self)
        clone.menu = menu
        clone.items = list(menu.items)
        clone.categories = {}
        for item in clone.items:
            clone.categories.setdefault(item.category, []).append(item)
        return clone

    # --- the answer --------------------------------------------------------------------------

    def resolve(self, spoken: str, size: str | None = None) -> Resolution:
        """Resolve ``spoken`` (e.g. "two large pep"); ``size`` is a separately given size."""
        if "level" not in self.vocabulary:
            # "katsu curry level five": how hot, said with the order — no count, no name's word
            spoken = _without_spice_level(spoken)
        spoken = self._menu_number_named(spoken)
        full = " ".join(w for w in tokens(spoken) if w not in FILLER)
        if full in self.full_names and size is None:
            # the whole phrase is a name or alias, numbers and sizes included ("two large cheese tuesday")
            index = self.full_names[full]
            dropped = self._kind_dropped_rivals(index)
            if dropped:
                # "carbonara": the Carbonara pizza, or the Espaguetis Carbonara without the word
                # that only says it is spaghetti? Both names said whole: ask
                return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in (index, *dropped)][:6],
                                  score=1.0)
            return Resolution(MATCH, item=self.items[index], score=1.0)
        parsed = self.parse(spoken)
        size_said = phrase(size) if size else parsed.size
        if size_said and size_said in self.size_phrases:
            size_said = self.size_phrases[size_said]
        words = parsed.words
        quantity = parsed.quantity
        describing = bool(_DESCRIBING.search(fold(spoken)))
        said_raw = Said(self, spoken, words)  # as said, untranslated
        result = self._resolve_words(words, size_said, describing, said_raw)
        if result.status == MATCH and result.item is not None and self.keys[self._index(result.item)] and \
                set(words) == set(self.keys[self._index(result.item)][0].words):
            dropped = self._kind_dropped_rivals(self._index(result.item))
            if dropped:  # (the whole name said, as above)
                result = Resolution(AMBIGUOUS, score=result.score,
                                    candidates=[result.item, *(self.items[i] for i in dropped)][:6])
        if result.status in (MATCH, CONFIRM) and result.item is not None:
            others = self._generic_rivals(words, self._index(result.item), said_raw.ordered)
            if others:
                # "the dumplings", "chicken", "noodle soup": only words that several items are —
                # the Mantu and the Aushak are both dumplings — ask, never pick one
                result = Resolution(AMBIGUOUS, candidates=[result.item, *(self.items[i] for i in others)][:6],
                                    score=result.score)
        if result.status in (MATCH, CONFIRM) and result.item is not None:
            compound = self._compound_rivals(said_raw.ordered, self._index(result.item))
            if compound:
                # "a strudel" of the Apfelstrudel beside the Topfenstrudel, "bansh" of the Fried
                # Bansh beside the Banshtai Shul: the word said is inside another's name word as
                # well — a kind of it, or it inflected — as likely: ask
                result = Resolution(AMBIGUOUS, score=result.score,
                                    candidates=[result.item, *(self.items[i] for i in compound)][:6])
        if result.status in (MATCH, CONFIRM) and result.item is not None:
            kindless = self._kindless_rivals(words, self._index(result.item), said_raw.ordered)
            if kindless:
                # "a cheese pizza" where the Stuffed Cheese is in "Stuffed Pizza" and the Cheese
                # Tavern and Cheese Deep Dish in categories that say no kind: a kind word only one
                # item's category says tells nothing of items the menu gives no kind — ask
                result = Resolution(AMBIGUOUS, score=result.score,
                                    candidates=[result.item, *(self.items[i] for i in kindless)][:6])
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and set(words) - {"vegetable"} and \
                MEATLESS.intersection(re.findall(r"[a-z]+", fold(spoken).lower())):
            # "vegetarian couscous": of the couscous, the Royale (lamb) and the Chicken Couscous are
            # not — the one left is the one plausible item, confirmed (a "vegetarian" alone says
            # what it is not, not what it is)
            meatless = [c for c in result.candidates if not self._made_with_meat(self._index(c))]
            if len(meatless) == 1:
                result = Resolution(CONFIRM, item=meatless[0], score=result.score)
            elif meatless:
                result = Resolution(AMBIGUOUS, candidates=meatless, score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            whole = [c for c in result.candidates if self._whole_name_and_category(words, self._index(c))]
            said_set = {w for w in words if not w.isdigit()}
            if len(whole) == 1 and any(said_set <= self._name_proper(c) for c in result.candidates
                                       if c is not whole[0]):
                # "wonton noodle soup" in the "Noodle Soups": the Wonton Noodle Soup (Wun Tun Min)
                # has every word said in its own name — the Wonton Soup is no plainer fit
                whole = []
            naming = said_set - LONE_KINDS - self.all_category_words - PROTEINS  # ("chicken", "dumplings")
            proper = [c for c in result.candidates if naming and said_set <= self._name_proper(c) and (
                self._name_proper(c) - said_set <= self.category_words.get(c.category, set()))]
            if not whole and len(proper) == 1 and not any(
                    said_set <= self._name_proper(c) for c in result.candidates if c is not proper[0]):
                # ...and it is the one whose name (its gloss left out) was said, but for the words
                # of its category ("wonton noodles" of it in the "Noodle Soups")
                whole = proper
            if len(whole) == 1:
                # "a chicken katsu plate" in the "Plate Lunch": the Chicken Katsu's whole name and a
                # word its category says — not the Chicken Katsu Curry, whose name says more
                result = Resolution(CONFIRM, item=whole[0], score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            glossed = [c for c in result.candidates if words in self._name_halves(self._index(c))]
            if len(glossed) == 1 and not any(set(words) <= self._names(self._index(c))
                                             for c in result.candidates if c is not glossed[0]):
                # "coconut rice" for the Wali wa Nazi (Coconut Rice): one of its two names said
                # whole, where the others' names don't hold it (the Samaki wa Kupaka comes with rice)
                result = Resolution(CONFIRM, item=glossed[0], score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            written = self._written_whole(said_raw.ordered, result.candidates)
            if written is not None:
                # "wiener schnitzel" of the Wiener Schnitzel vom Kalb beside the Schweinsschnitzel
                # Wiener Art: its name as written says the words, in order; the other's has one
                # only inside a compound with another food (a pork schnitzel) — the plain one
                result = Resolution(CONFIRM, item=written, score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            plain = self._plain_of_longer(words, result.candidates)
            if plain is not None:
                # "birch beer" beside the White Birch Beer, "hilib ari" beside the Bariis iyo Hilib
                # Ari: one name holds what was said, the others are it and more, unsaid — the plain one
                result = Resolution(CONFIRM, item=plain, score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            plain = self._plain_beside_variants(words, result.candidates)
            if plain is not None:
                # "qordaq" beside the Tohu Qordaq, "lamb skewers" of the Qoy Göshi Kawap (Lamb
                # Skewers) beside the Jiger Kawap (Lamb Liver Skewers): one name, or its gloss, is
                # what was said and no more, the others' say it with words more, unsaid — the plain one
                result = Resolution(CONFIRM, item=plain, score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            said_set = {w for w in words if not w.isdigit()}
            meats, rest = said_set & MEATS, said_set - MEATS
            having = [c for c in result.candidates if meats and said_set <= self.name_words[self._index(c)]]
            if len(having) == 1 and rest and meats <= self._gloss_words(having[0]) and all(
                    rest <= self._name_proper(c) and not meats & (
                        self.name_words[self._index(c)] | self.ingredient_words[self._index(c)])
                    for c in result.candidates if c is not having[0]):
                # "four lamb samsa" of the Samsa (Baked Lamb Pastry) beside the Kawa Samsa (Pumpkin
                # Samsa): one dish by its name, the meat said in one's gloss, nowhere in the others
                result = Resolution(CONFIRM, item=having[0], score=result.score)
        if result.status == AMBIGUOUS and len(result.candidates) > 1 and not result.ruled_out:
            called = self._called_so_by_half(words, result.candidates)
            if called is not None:
                # "potato dumplings" of the Bramborové Knedlíky (Potato Dumplings) and the Pečená
                # Kachna served with them: one half of one name said whole, the others only made with it
                result = Resolution(MATCH, item=called, score=result.score)
        if result.status == AMBIGUOUS and size_said and result.score >= SURE_SCORE:
            # "a large pepperoni": of the pizza and the slice, only the pizza comes in large
            sized = [c for c in result.candidates if c.sizes and self._has_size(c, size_said)]
            if len(sized) == 1:
                result = Resolution(MATCH, item=sized[0], score=result.score)
        elif result.status == AMBIGUOUS and size_said and size_said not in LADDER_SIZES and len(
                result.candidates) > 1:
            # "three pounds of crawfish": of the items the words fit, only the boil is sold by the
            # pound — the one plausible item, confirmed (a "small" or "large" says too little)
            only = self._the_one_in_size(words, size_said, result.candidates, named=False)
            if only is not None:  # (a glass: of the red or the white?)
                result = Resolution(CONFIRM, item=only, score=result.score)
        if result.status == AMBIGUOUS and quantity is not None and quantity >= 2 and not size_said and len(
                result.candidates) > 1:
            # "six fish cakes" of the Fish Cakes by 6 / 12 / 24 pieces beside the Fish Cake Cutter made
            # with them: of the items the words fit, one is sold by that many pieces — the count says
            # its size, as "a large" says the one sold large
            sold_so = self._the_one_by_count(words, quantity, result.candidates)
            if sold_so is not None:
                result = Resolution(MATCH if result.score >= SURE_SCORE else CONFIRM, item=sold_so,
                                    score=result.score)
        if result.status == AMBIGUOUS and size_said and len(result.candidates) > 1 and self._size_of_food(
                size_said, result.candidates) and any(
                w not in LONE_KINDS and not w.isdigit() for w in words):
            # "a large sticky rice" of the Khao Niao (Sticky Rice), Small or Large, asked with the
            # Mango Sticky Rice and a plate served with sticky rice: the one of them whose name holds
            # every word said that comes in the size said — confirmed (not a kind alone: "a large
            # pizza" of one sized pizza is still a question); a size of how much of the item too,
            # not a rung alone ("full sheet pepperoni" of the Cup & Char Pepperoni beside the Meat
            # Lovers with pepperoni) — not a drink's measure ("a pint of stout": Guinness is one)
            only = self._the_one_in_size(words, size_said, result.candidates, named=True)
            if only is not None:
                result = Resolution(CONFIRM, item=only, score=result.score)
        if size_said and self._form_size(size_said) and (result.status in (AMBIGUOUS, UNKNOWN) or (
                result.item is not None and not self._has_size(result.item, size_said))):
            # "salmon sashimi" where the Sake (salmon) comes as Nigiri or Sashimi and the rolls
            # with salmon don't: the one item sold in the size said that is first of all the rest
            # (a size that is a way of serving it, not how much: "a dozen oysters" still asks)
            served = [i for i in self.first_ingredient_items.get(_made_of_key(words), ())
                      if self.items[i].sizes and self._has_size(self.items[i], size_said)]
            if len(served) == 1:
                result = Resolution(CONFIRM, item=self.items[served[0]], score=max(result.score, 0.5))
        if result.status == CONFIRM and result.item is not None and size_said and not result.item.sizes:
            # only confirmed, and of one size: another the words fit that comes in the size said is
            # the one meant ("a pound of scallion cream cheese": the tub, not the bagel with it)
            sized_items = self._sized_instead(words, size_said, self._index(result.item))
            if len(sized_items) == 1:
                result = Resolution(CONFIRM, item=self.items[sized_items[0]], score=result.score)
            elif sized_items:
                result = Resolution(AMBIGUOUS, candidates=[self.items[i] for i in sized_items][:6],
                                    score=result.score)
        if result.status != MATCH and size is None and any(w in self.vocabulary for w in parsed.size_words):
            # a size word that is part of a name: "family combo" for the Combo Familiar
            with_size = (*words, *parsed.size_words)
            if " ".join((*parsed.size_words, *words)) in self.exact:
                with_size = (*parsed.size_words, *words)  # "a can of soda" for the Can Soda
            named = self._resolve_words(with_size, None, describing, said_raw)
            if named.status in (MATCH, CONFIRM) and named.item is not None and (self._name_said(
                    with_size, self._index(named.item)) or self._food_size_not_its(
                    parsed.size_words, size_said, named.item)):
                result, size_said = named, None
        if result.status == AMBIGUOUS and size is None and size_said and parsed.size_words and len(
                result.candidates) > 1 and not any(c.sizes and self._has_size(c, size_said)
                                                   for c in result.candidates) and not any(
                self._is_food(w) and not self._is_size_word(w) for w in parsed.size_words):
            # "a two liter of coke" of the Can of Pop and the 2-Liter Pop, both listing coke: no
            # candidate is sold in the size said, and one is named by it — that one (not a size
            # that is food, another item's choice of meat: "pork and rice" is no Pork Rinds)
            named_so = [c for c in result.candidates
                        if set(parsed.size_words) <= self.name_words[self._index(c)]]
            if len(named_so) == 1:
                result, size_said = Resolution(CONFIRM, item=named_so[0], score=result.score), None
        if quantity is not None and str(quantity) in self.vocabulary:
            # a number that is part of a name: "four cheese" for the Cuatro Quesos
            with_number = (str(quantity), *words)
            named = self._resolve_words(with_number, size_said, describing, said_raw)
            if named.status in (MATCH, CONFIRM) and named.item is not None and self._name_said(
                    with_number, self._index(named.item)) and str(quantity) in self.name_words[
                        self._index(named.item)] and (  # ("two somun": no number in the Somun's name)
                    result.status != MATCH or (named.item is not result.item and self._number_led_name_said(
                        spoken, quantity, self._index(named.item)))):
                # (and over a name the rest fits: "cuatro quesos mediana" is the Cuatro Quesos,
                # its name said whole and in order, not four of the Queso)
                result, quantity = named, None
        if result.status == UNKNOWN and not result.candidates:
            # the caller's words in their own language: "kimchi jjigae" for a menu printing 김치찌개
            raw = self.parse(spoken, translate=False)
            if raw.words != words:
                untranslated = self._resolve_words(raw.words, size_said, describing, said_raw)
                if untranslated.status != UNKNOWN or untranslated.candidates:
                    result = untranslated
        if result.status in (UNKNOWN, AMBIGUOUS) and not result.ruled_out:
            # the whole name as the speech recogniser heard it: "kit foe", "croak monsieur"
            sounded = self.sounds_like(self.parse(spoken, translate=False).words)
            # every syllable heard, a filler's too: "show you ramen" is the Shoyu Ramen run
            # together, not the Shio Ramen that "show ramen" is closer to
            # (the fillers before and after it dropped: "i'd like the …")
            said = tokens(spoken, translate=False)
            while said and said[0] in FILLER:
                said = said[1:]
            while said and said[-1] in FILLER:
                said = said[:-1]
            heard = self.sounds_like(tuple(said)) if said else None
            if heard is not None:
                sounded = heard
            if sounded is not None and (result.status == UNKNOWN or self.items[sounded] in result.candidates):
                result = Resolution(CONFIRM, item=self.items[sounded], score=max(result.score, 0.5))
        by_sound = False
        if result.status in (UNKNOWN, AMBIGUOUS):
            by_ear = self._heard_as(spoken, result)
            if by_ear is not None:
                result, by_sound = by_ear, True
        if result.status == AMBIGUOUS and len(result.candidates) == 1 and not result.ruled_out and \
                self._heard_whole(spoken, self._index(result.candidates[0])):
            # "hobs bis zate" of the one Ħobż biż-Żejt asked about, "da la pi with pork": every
            # word said is the one candidate's (a name word, one misheard that sounds like one,
            # two of them run together) and a whole name of it was heard — confirmed
            result, by_sound = Resolution(CONFIRM, item=result.candidates[0], score=result.score), True
        if result.item is not None and not size and parsed.size_words and not self.size_name(
                result.item, size_said) and all(self._said_in_name(w, self._index(result.item))
                                                for w in parsed.size_words):
            size_said = None  # the size word was the name's: "family combo", "Two Large Cheese Tuesday"
        if result.item is not None and result.item.sizes and not size_said and quantity and self.size_name(
                result.item, f"{quantity} piece"):
            size_said, quantity = f"{quantity} piece", None  # "a dozen pierogi" of 6 or 12 pieces
        if result.item is not None and result.item.sizes and size_said in LADDER_SIZES and not size and \
                size_said in self.ingredient_words[self._index(result.item)] and \
                size_said not in {phrase(option.name) for option in result.item.sizes}:
            # "medium chicken wings" of wings in mild, medium or hot sauce by 10 / 20 / 50, "a medium
            # ribeye" cooked rare, medium or well done: a choice the item lists, not the middle size
            size_said = None
        if result.item is not None and result.item.sizes and quantity and size_said in LADDER_SIZES and \
                not size and size_said not in {phrase(option.name) for option in result.item.sizes}:
            counted = self.count_size(result.item, quantity)
            if counted is not None and counted[1] is None:
                # "ten medium chicken wings" of wings by 10 / 20 / 50, mild, medium or hot: the count
                # is the size it is sold by, the rung a heat (not ten of the middle one, the 20)
                size_said, quantity = counted
        if result.item is not None and result.item.sizes and quantity and not self.size_name(
                result.item, size_said):
            counted = self.count_size(result.item, quantity)  # (a "medium" said no size of it: a heat)
            if counted is not None:
                # "two chicken empanadas" of the Unidad or the Docena: two of the one; "a dozen": the Docena
                size_said, quantity = counted
        if result.item is not None and result.item.sizes and not size and not self.size_name(
                result.item, size_said):
            own = self._own_size_said(spoken, result.item, size_said)
            if own is not None:
                size_said = own  # "a whole sicilian tray": the tray; "a grandma pie": the whole one
                if quantity is not None and str(quantity) in own.split() and \
                        tokens(spoken).count(str(quantity)) == 1:
                    quantity = None  # (the "two" of a Pot for Two)
        if result.item is not None and size_said in SERVED_KINDS and not self.size_name(
                result.item, size_said) and not self._said_in_name(size_said, self._index(result.item)):
            # "garlic knot slice": a slice is a way of serving food the Garlic Knots don't come in —
            # another dish, asked with the closest (the kind rule, said as a size)
            return Resolution(AMBIGUOUS, candidates=[result.item], score=result.score, ruled_out=True,
                              quantity=quantity, size_said=size_said)
        if result.item is not None and self._drink_container_of_food(size_said, self._index(result.item)):
            # "a bottle of sake" where the Sake is salmon nigiri: a bottle is what drinks come in,
            # and this item is sold as food (its sizes or its menu's words say so) — another thing,
            # asked with the closest
            return Resolution(AMBIGUOUS, candidates=[result.item], score=result.score, ruled_out=True,
                              quantity=quantity, size_said=size_said)
        if result.item is not None and result.item.sizes and not size_said and quantity and \
                quantity >= 10 and self._said_last(spoken, str(quantity)):
            numbered = self._numbered_size(result.item, quantity)
            if numbered is not None:
                # "pina colada smoothie twenty four": the 24 oz (a number said after the name that
                # is one of its sizes' and too many to be a count; "cokes, two" stays two cokes)
                size_said, quantity = numbered, None
        if result.status in (MATCH, CONFIRM) and result.item is not None and not by_sound:
            # (an item found by sound has had its words accounted for: the misheard ones are its name)
            was = result
            result = self._all_accounted(result, words, said_raw.ordered, parsed.size_words, describing)
            if was.status == CONFIRM and result.status == UNKNOWN and was.item is not None:
                # (a name said in part and a word left over, "cow pee ak sen": heard by its sound)
                by_ear = self._heard_as(spoken, Resolution(AMBIGUOUS, candidates=[was.item], score=was.score))
                if by_ear is not None and by_ear.item is was.item:
                    result = by_ear
        if result.status == UNKNOWN:
            spelled = self._acronym_spelled_out(self.parse(spoken, translate=False).words)
            if spelled is not None:
                # "passion orange guava" for the POG Juice: the words its capitals stand for are
                # its name, whatever else they are
                result = Resolution(CONFIRM, item=self.items[spelled], score=max(result.score, 0.5))
        if result.status == UNKNOWN and not result.candidates and not by_sound:
            chosen = self._drink_choice_said(words, parsed.size_words)
            if chosen is not None:
                # "a sprite" of the Soda (20 oz) listing Coke, Sprite, Ginger Ale: a drink's list is
                # the drinks it comes as, one said whole — confirmed
                result = Resolution(CONFIRM, item=self.items[chosen], score=max(result.score, 0.5))
        if result.status == UNKNOWN or (result.status == AMBIGUOUS and result.ruled_out):
            first = self._first_ingredient_said(words, said_raw.ordered)
            if first is not None:
                # "stewed goat" for the Kabrit Nan Sòs, "stewed goat" first of what it is: the
                # menu's own words for the dish, said whole — confirmed
                result = Resolution(CONFIRM, item=self.items[first], score=max(result.score, 0.5))
        if result.status == CONFIRM and result.item is not None and self._blends_said_apart(
                spoken, self._index(result.item)):
            # "lox and cream cheese": two things said, and the item is one made of both ("lox
            # cream cheese", a spread) — the closest, asked
            result = Resolution(AMBIGUOUS, candidates=[result.item], score=result.score, ruled_out=True)
        if result.status in (MATCH, CONFIRM) and result.item is not None and \
                self._kind_of_a_dish_it_is_named_after(words, self._index(result.item)):
            # "cacio e pepe pasta" of the Supplì Cacio e Pepe: the kind said is the one dish its
            # name holds, the other (the supplì, rice balls) what it is — another dish, asked
            result = Resolution(AMBIGUOUS, candidates=[result.item], score=result.score, ruled_out=True)
        result.quantity = quantity
        result.size_said = size_said
        result.size_words = parsed.size_words if size_said and not size else ()
        if result.item is not None and size_said:
            result.size = self.size_name(result.item, size_said)
        return result

    @functools.cached_property
    def menu_numbers(self) -> dict[int, int]:
        """The numbers the menu lists its items by ("8. Kebabpizza") → the item, each number of
        one item only; once per menu."""
        found: dict[int, list[int]] = {}
        for index, item in enumerate(self.items):
            number = menu_number(item.name)
            if number is not None:
                found.setdefault(number, []).append(index)
        return {number: at[0] for number, at in found.items() if len(at) == 1}

    def _menu_number_named(self, spoken: str) -> str:
        """"number eight" (or "nummer åtte", "#8") of a menu that lists its items by number: the
        item listed so, said by its name instead ("8. Kebabpizza" → "Kebabpizza"); the rest of what
        was said (a size, a count) stays."""
        if not self.menu_numbers:
            return spoken
        said = fold(spoken)
        found = _NUMBER_SAID.search(said)
        if found is None:
            return spoken
        number = words_to_number(found.group(1))
        if number is None and found.group(1).endswith("s"):
            number = words_to_number(found.group(1)[:-1])  # "two number eights"
        index = self.menu_numbers.get(number) if number is not None else None
        if index is None:
            return spoken
        name = MENU_NUMBER.sub("", fold(self.items[index].name), count=1)
        return f"{said[:found.start()]} {name} {said[found.end():]}".strip()

    # --- a name heard by its sound -----------------------------------------------------------

    def _heard_as(self, spoken: str, result: Resolution) -> Resolution | None:
        """The items whose name sounds like what was said, as a speech recogniser writes a foreign
        name in English words ("ben yays" for the Beignets): lower-confidence name evidence, so
        one such item is confirmed (never added) and two are asked about. Only where a word said
        is one the matcher knows no food by (the misheard part: "coffee" is no misheard Toffee),
        every food word said is the item's, and no stronger evidence named other items."""
        raw = tuple(w for w in self.parse(spoken, translate=False).words if not w.isdigit())
        # (a syllable of two or three letters is food only as a word of this menu: the gazetteer's
        # "ta" or "lay", a piece of some dish's name, is no food said)
        food = [w for w in raw if self._is_food(w) and (
            len(w) >= 4 or w in self.vocabulary or w in self.ingredient_items)]
        unknown = any(self._is_content(w) and w not in food for w in raw)
        # (nothing misheard: "a poke bowl" is words of names, "bowl" only a form; food words only,
        # one of them perhaps misheard, where nothing was found: "very blast")
        if not raw or not (unknown or (len(food) >= 2 and (result.status == UNKNOWN or result.ruled_out))):
            return None
        # (a size said is no syllable of the name: "noom bun chuck small")
        sizes = set(self.parse(spoken).size_words)
        said = [w for w in tokens(spoken, translate=False) if not w.isdigit() and w not in sizes]
        content = [position for position, w in enumerate(said) if w not in FILLER]
        written = [w for w in spoken_words(spoken) if w not in sizes]
        found = self.sound_alike(raw)
        if content:
            first, last = content[0], content[-1]
            # every syllable heard, a filler's too ("ah sigh ee"), and the little word before or
            # after the name that may be its first or last syllable ("a hiaco", "beet it")
            for start, end in {(first, last + 1), (max(first - 1, 0), last + 1), (first, last + 2),
                               (max(first - 1, 0), last + 2)}:
                if tuple(said[start:end]) != raw:
                    found |= self.sound_alike(said[start:end])
        if not found and unknown:
            # part of the name spelled, the rest misheard ("pepi on with chicken", "bowl own mixto"):
            # the items named by a word said, if the words not theirs sound as the rest of the name
            found = {i for w in raw if w in self.vocabulary for i in self.word_items.get(w, ())}
        kept = set()
        for index in found:
            if not self._misheard_part_sounds(said, index) and not self._misheard_part_sounds(written, index):
                # (the words as written too, not made singular: "sows" of the Souse is "sow" read)
                continue  # ("chicken rissois" shares "chicken" with Curry Chicken with Rice, no more)
            # (a food word that ends a compound of its name is its own: "dressing" of Hvitløksdressing)
            left = [w for w in food if not self._accounts(w, index, raw, ()) and not any(
                len(w) >= 4 and len(name) >= len(w) + 3 and name.endswith(w)
                for name in self._written_words(index))]
            if not left and unknown:
                kept.add(index)
            elif left and len(left) < len(food) and all(self._sounds_like_name_word(w, index) for w in left):
                kept.add(index)  # "very blast": the one food word not its own sounds like its "berry"
            elif left and unknown and not any(w in self.vocabulary or w in self.ingredient_items
                                              for w in left):
                # "shot dye" of the Kjøttdeig: food words of no item of this menu, misheard with the
                # rest, sounding with it as the name (checked above)
                kept.add(index)
        found = kept
        if result.status == AMBIGUOUS and not result.ruled_out:
            # (the words named candidates already: sound only picks among them)
            found &= {self._index(item) for item in result.candidates}
            misheard = [w for w in raw if self._is_content(w) and w not in food]
            others = [c for c in result.candidates if self._index(c) not in found]
            shared = bool(misheard) and all(
                any(self._sounds_like_name_word(w, self._index(c)) for c in others) for w in misheard)
            if len(found) == 1 and others and shared and not all(
                    self._name_proper(self.items[min(found)]) <= self._name_proper(c) for c in others):
                # (what was misheard sounds like a word the other candidates' names have too: "a
                # dozen pastizzi" of the Pea Pastizz and the Ricotta Pastizz tells neither — but
                # "hillib ari" is the Hilib Ari, whose name the Bariis iyo Hilib Ari says and more)
                return None
        if len(found) == 1:
            return Resolution(CONFIRM, item=self.items[min(found)], score=max(result.score, 0.5))
        if found:
            return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in sorted(found)][:6],
                              score=max(result.score, 0.5))
        return None

    def _heard_whole(self, spoken: str, index: int) -> bool:
        """Every word said (as said, and translated) is a word of the item's names, or sounds like
        one, or is two of them run together ("lapi" of "Da La Pi"), or is an ingredient said as a
        quality ("salty" of salt); and every word of one of its names (its own, or its gloss; as
        written or translated) was heard so."""
        raw = [w for w in self.parse(spoken, translate=False).words if not w.isdigit() and w not in FILLER]
        said = list(dict.fromkeys([*raw, *(w for w in self.parse(spoken).words if not w.isdigit())]))
        if not raw:
            return False
        name = self.items[index].name
        parts = [BRACKETED.sub(" ", name), *GLOSS_TEXT.findall(name)] if "(" in name else [name]
        halves = []
        for part in parts:
            # (the romanised run of a name in another script is no name said)
            latin = _NOT_LATIN.sub(" ", part)
            for translate in (False, True):
                words = [w for w in tokens(latin, translate=translate) if not w.isdigit()]
                if any(w not in FILLER for w in words):
                    halves.append(words)
        joined = {a + b for words in halves for a, b in itertools.pairwise(words)}
        if not all(w in self.raw_name_words[index] or self._said_in_name(w, index) or w in joined
                   or self._sounds_like_name_word(w, index)
                   or (w.endswith("y") and w[:-1] in self.ingredient_words[index])
                   or (w not in raw and w in self.name_words[index]) for w in said):
            return False

        def heard(word: str) -> bool:
            return word in said or self._said(word, tuple(said)) or any(
                within(english_key(w), key) for w in said if len(w) >= 3 for key in name_keys(word))

        for words in halves:
            at = 0
            while at < len(words):
                if at + 1 < len(words) and words[at] + words[at + 1] in said:
                    at += 2
                elif words[at] in FILLER or heard(words[at]):
                    at += 1
                else:
                    break
            else:
                return True
        return False

    def _misheard_part_sounds(self, said: t.Sequence[str], index: int) -> bool:
        """The words said that are not the item's name words, run together, sound like a run of
        its name words that were not said: the sound is evidence only where the words differ, not
        diluted by a word both share."""
        # (a compound's parts in English are no word of the name as heard: "frit at en soup" of
        # the Frittatensuppe, split "pancake soup", still sounds like it)
        own = self.raw_name_words[index] | {w for key in self.keys[index] if key.weight >= 1.0
                                            for w in key.words}
        content = [position for position, w in enumerate(said) if w not in FILLER]
        if not content or all(said[position] in own for position in content):
            return True
        first, last = content[0], content[-1]
        # (the little words inside, and one before or after, may be syllables of it: "a hiaco")
        heard = {english_key(" ".join(w for w in said[start:end] if w not in own))
                 for start in {first, max(first - 1, 0)} for end in {last + 1, last + 2}}
        # (and only the misheard words with what lies between them and one word after: "pepi on"
        # of "pepi on with chicken", not its "with" that comes before the name word said)
        misheard = [position for position in content if said[position] not in own]
        heard |= {english_key(" ".join(said[misheard[0]:end])) for end in {misheard[-1] + 1, misheard[-1] + 2}
                  if not set(said[misheard[0]:end]) & own}
        names = [spoken_words(name) for name in (self.items[index].name, *self.items[index].aliases)]
        # (the words said are made singular, "so sar tees" heard "so sar tee": the name's too, so a
        # plural said is no sound missing from the Sosaties, the Boerewors)
        names += [singled for words in names if (singled := [singular(w) for w in words]) != words]
        for words in names:
            unsaid = [w for w in words if w not in said]
            for start in range(len(unsaid)):
                for end in range(start + 1, len(unsaid) + 1):
                    keys = name_keys(" ".join(unsaid[start:end]))
                    if any(within(key, name) for key in heard for name in keys):
                        return True
        return False

    def _sounds_like_name_word(self, word: str, index: int) -> bool:
        """``word`` (English, as the recogniser wrote it) sounds like one of the item's name words."""
        said = english_key(word)
        return any(within(said, key) for w in self.raw_name_words[index] if not w.isdigit()
                   for key in name_keys(w))

    # --- every word said accounted for -------------------------------------------------------

    def _all_accounted(self, result: Resolution, words: tuple[str, ...], raw: tuple[str, ...],
                       size_words: tuple[str, ...], describing: bool) -> Resolution:
        """The one item answered must account for every food word the caller said (its name,
        ingredients, description, category, sizes, a translation or spelling of one, or a word
        that only says how it comes): a food word it leaves out — a word of another item of this
        menu, of the food vocabulary or of the gazetteer — names other food ("chicken tacos" is
        no Chicken Empanada, "lamb khinkali" no beef one). Then it is not that item: the items
        that do account for every word are asked about, or, with none, it is not on the menu."""
        assert result.item is not None
        index = self._index(result.item)
        if len(raw) >= 2 and self._is_dish_said(raw, index):
            return result  # the dish said, in the gazetteer's words, is what the menu says it is
        left = self._unaccounted(words, index, size_words)
        if left and raw != words and not self._unaccounted(raw, index, size_words):
            left = []  # accounted for as said, untranslated ("dhal puri": "dhal" is "lentil")
        if left and not any(self.word_items.get(w, set()) - {index} for w in left) and \
                self._misheard_part_sounds(raw, index):
            # name words heard as English food that names nothing else on the menu, the words said
            # that are not its own sounding as the rest of its name: "noom bun chuck" (Num Banh Chok)
            return result
        if not left and (describing or self._head_is(words, index) or self._head_is(raw, index)
                         or self._first_two_alone({w for w in words if not w.isdigit()}, index)):
            return result  # (or what it is made of, named: "ham and pineapple")
        others = [other for other in sorted(self._pool_of(words) - {index})
                  if not self._unaccounted(words, other, size_words)]
        if others:
            return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in others][:6], score=result.score,
                              ruled_out=True)
        return Resolution(UNKNOWN, candidates=[result.item], score=result.score, ruled_out=True)

    @staticmethod
    def _run_together(said: str, name: str) -> bool:
        """Words said run together are the name word spelled another way: the same romanisation
        key, or close in letters (not merely in sound or key: "orange juice" is no "orange chicken")."""
        if roman_key(said) == roman_key(name):
            return True
        # (as long as the name, give or take a letter or a third: "chicken schnitzel sandwich" is
        # the Chicken Schnitzel's name and a word more, not its name spelled another way)
        return abs(len(said) - len(name)) <= max(2, len(name) // 3) and fuzz.ratio(said, name) >= 80

    def _kind_dropped(self, word: str, index: int, words: tuple[str, ...]) -> bool:
        """A kind the menu leaves out of a name that says no food of its own ("pepperoni pizza" for
        a Pepperoni in "Clásicas", "a vegetarian pizza" for the Vegetariana): only of an item of no
        kind and no dish, named by no meat, whose whole name was said with it ("mango salad" leaves
        the Mango Smoothie's "smoothie" out: it names what that is), and that nothing of the menu's
        says is another kind ("chicken tacos" is no Chicken Empanada, "orange juice" no Orange
        Chicken)."""
        if self.own_kinds[index] or any(set(name) <= self.raw_name_words[index]
                                        for dish in self.item_dishes[index] for name in dish.native):
            return False  # (a dish by its own name: an Empanada; "Vegetariana" is no Filipino "gulay")
        if self.name_words[index] & PROTEINS or not self.keys[index] or not all(
                self._said(w, words) for w in self.keys[index][0].words if not w.isdigit()):
            return False
        return self._kind_fits(word, index) > 0

    def _head_is(self, words: tuple[str, ...], index: int) -> bool:
        """The last food word said (what the phrase is of: "rice" of "some rice", "curry" of "a
        chicken curry") is what the item is — its name, category, kind or a gazetteer name for
        it — not only something it is made with (a Horchata is made with rice, it is no rice)."""
        food = [w for w in words if self._is_food(w) and w not in CUISINE_WORDS]
        if not food:
            return True
        head = food[-1]
        served_with = self.accompaniments[index]
        if head in served_with and not any(self._said_in_name(w, index) and w not in served_with
                                           for w in words):
            return False  # what comes with it ("ice cream" of a Brownie con Helado) is not what it is
        if self._said_in_name(head, index) or head in self.item_kinds[index] or head in self.gloss_words[
                index] or head in self.name_generals[index] or head in self.raw_name_words[index] or (
                (head in KIND_WORDS or head in GENERIC_WORDS) and self._kind_dropped(head, index, words)):
            return True
        ingredients = self.items[index].ingredients
        main = [w for w in tokens(ingredients[0]) if w not in FILLER] if ingredients else []
        kinds = self.item_kinds[index] - KIND_UMBRELLAS - {"snack"}
        if head in KIND_WORDS and kinds and head not in kinds:
            return False  # a kind it is not, though made with it: "some rice" is no Horchata (a drink)
        if head in main or head in {KINDS_OF.get(w) for w in main}:
            return True  # what it is made of first is what it is: the Mojarra Frita is "whole fried tilapia"
        return head in self._joined_said(words, index)

    def _menu_cuisines(self) -> frozenset[str]:
        """The cuisines the menu shows: in its own words ("German Potato Salad", a "Turkish
        Coffee"), or through two dishes or more the gazetteer has of one cuisine."""
        found = self.__dict__.get("_cuisines")
        if found is None:
            shown: dict[str, int] = {}
            for dishes in self.item_dishes:
                for cuisine in {dish.cuisine for dish in dishes}:
                    shown[cuisine] = shown.get(cuisine, 0) + 1
            said = set().union(*(self._menu_words(i) | self.raw_name_words[i]
                                 for i in range(len(self.items))))
            starts = {w[:length] for w in said for length in range(3, len(w) + 1)}
            found = frozenset(word for word, cuisine in CUISINE_WORDS.items()
                              if word[:-1] in starts or (cuisine is not None and shown.get(cuisine, 0) >= 2))
            self.__dict__["_cuisines"] = found
        return found

    def _unaccounted(self, words: tuple[str, ...], index: int, size_words: tuple[str, ...]) -> list[str]:
        """The food words of ``words`` nothing of item ``index`` accounts for."""
        left = [w for w in words if self._is_content(w) and not self._accounts(w, index, words, size_words)]
        if left:
            joined = self._joined_said(words, index)
            left = [w for w in left if w not in joined]
        return left

    def _joined_said(self, words: tuple[str, ...], index: int) -> set[str]:
        """Words said apart that, run together, are one of the item's name words or its whole name
        ("dhal puri" for the Dhalpuri, "sour braten", "bori cha", "shao long bao")."""
        names = {w for w in self.raw_name_words[index] | self.name_words[index] | self.dish_words[index]
                 if len(w) >= 5}
        names |= {"".join(w for w in tokens(name, translate=False) if w not in FILLER and not w.isdigit())
                  for name in (self.items[index].name, *self.items[index].aliases)}
        found: set[str] = set()
        for length in (2, 3, 4):
            for start in range(len(words) - length + 1):
                run = words[start:start + length]
                together = "".join(run)
                if any(self._run_together(together, name) and name not in run for name in names):
                    # (a run one of whose words is the name word already says no more: "lamb
                    # dumpling" is no "dumpling" run together)
                    found.update(run)
        return found

    def _accounts(self, word: str, index: int, words: tuple[str, ...], size_words: tuple[str, ...]) -> bool:
        if word in CUISINE_WORDS:
            stem = word[:-1]  # "colombian" of "Chorizo Colombiano", "mexican" of "mexicano"
            if any(self._similar(word).get(w, 0.0) >= EXPLAINED for w in self.name_words[index]):
                return True  # ("hawaiian" of the Hawaiana)
            return word in self._menu_cuisines() or any(w.startswith(stem) for w in self._menu_words(
                index) | self.gloss_words[index] | self.raw_name_words[index])
        if word.isdigit() or word in FILLER or word in COVER_SKIP or word in self.soft_words:
            return True
        if word in size_words or word in self.category_words.get(self.items[index].category, set()) or \
                self._kind_of(word, index):
            return True  # (its category's word: "pasta alla norma" for the Rigatoni alla Norma)
        item = self.items[index]
        if word in KIND_WORDS or word in GENERIC_WORDS:
            return self._said_in_name(word, index) or word in self.item_kinds[index] or word in (
                self.gloss_words[index] | self.ingredient_words[index] | self.description_words[index]
            ) or self._kind_dropped(word, index, words)
        if self._word_tier(word, index, words) is not None or self._accounted(word, index, True):
            return True
        own = (self.name_words[index] | self.raw_name_words[index] | self.ingredient_words[index]
               | self.description_words[index] | self.gloss_words[index] | self.dish_words[index]
               | self.ingredient_glosses[index] | {w for option in item.sizes for w in tokens(option.name)})
        if word in own:
            return True
        if not self._is_food(word):
            # a word the matcher knows no food by is the name misheard when it is like one of its
            # words at all ("muffalotta", "lahmajoon"), or its initials ("kfc")
            names = self.name_words[index] | self.raw_name_words[index]
            names |= {"".join(w for w in tokens(name, translate=False) if w not in FILLER and not w.isdigit())
                      for name in (item.name, *item.aliases)}
            return index in self.initials.get(word, ()) or any(
                fuzz.ratio(word, w) >= 65 or (len(word) >= 3 and w.startswith(word)) for w in names)
        return any(self._similar(word).get(w, 0.0) >= EXPLAINED for w in own)

    def _is_content(self, word: str) -> bool:
        """A word that says what is wanted: not a number, a filler, a way it comes or a describing
        word — a food word, or a word this matcher does not know (which may name food it does not
        know either: "chicken satsivi", "coke zero")."""
        if word in CUISINE_WORDS:
            return True
        if word.isdigit() or word in FILLER or word in COVER_SKIP or word in NOT_FOOD or len(word) < 2 or (
                word in ADD_WORDS and word not in self.vocabulary):
            return False  # ("add lychee jelly": "add" asks for it, it is no food)
        return word not in self.soft_words or word in self.vocabulary

    def _is_food(self, word: str) -> bool:
        """A word that names food: a word of this menu's names or ingredients, or of the food
        vocabulary (kinds of dish, meats, translated food words, the gazetteer's dish names)."""
        if word in CUISINE_WORDS:
            return True  # ("a turkish coffee": the cuisine says which coffee)
        if word.isdigit() or word in FILLER or word in COVER_SKIP or word in NOT_FOOD:
            return False  # ("a side of", "a combo": what it comes as, not what it is)
        return word in self.vocabulary or word in self.ingredient_items or word in food_vocabulary()

    def _the_one_in_size(self, words: tuple[str, ...], size_said: str, candidates: t.Sequence[MenuItem],
                         named: bool) -> MenuItem | None:
        """The one candidate sold in the size said (``named``: whose name holds every word said,
        too), where no other item of the menu that the words fit comes in that size."""
        sized = [c for c in candidates if c.sizes and self._has_size(c, size_said)
                 and (not named or self._holds_all(words, self._index(c)))]
        in_size = {i for i, item in enumerate(self.items)  # (the cheap test of the name first)
                   if item.sizes and self._holds_all(words, i) and self._has_size(item, size_said)}
        return sized[0] if len(sized) == 1 and in_size <= {self._index(sized[0])} else None

    def _size_of_food(self, size_said: str, candidates: t.Sequence[MenuItem]) -> bool:
        """A rung of a ladder, a size that says how much of the item ("full sheet", "half tray",
        "slice"), or any size said where none of the candidates is a drink (a pint, a liter of
        "stout" says a kind of drink the menu may not name: Guinness is one)."""
        said = phrase_meanings(size_said)
        return size_said in LADDER_SIZES or bool(said & set(AMOUNTS)) or any(
            m.startswith("rung ") for m in said) or not any(self.item_kinds[self._index(c)] & DRINKS
                                                            for c in candidates)

    def _the_one_by_count(self, words: tuple[str, ...], quantity: int,
                          candidates: t.Sequence[MenuItem]) -> MenuItem | None:
        """The one candidate sold by ``quantity`` pieces (a size of that count: "12 Pieces", "Dozen"),
        its name holding every word said, the word it is of among them ("six fish cakes"; not "4
        cheese" of the Cheese Sticks by 4), where no other item whose name holds them is."""
        def by_count(item: MenuItem) -> bool:
            # a size of that many pieces, by a word that counts pieces or one of the item's name
            # (not a "4 Corner" pan: "four cheese" is no count of it)
            named = {singular(w) for w in phrase(item.name).split()}
            for option in item.sizes:
                said = phrase(option.name).split()
                if COUNT_SIZES.get(" ".join(said)) == quantity or (len(said) == 2 and said[0] == str(
                        quantity) and (said[1] in COUNT_UNITS or singular(said[1]) in named)):
                    return True
            return False

        sold = [c for c in candidates if by_count(c) and self._holds_all(words, self._index(c))
                and self._head(self._index(c)) in words]
        others = {i for i, item in enumerate(self.items) if self._holds_all(words, i) and by_count(item)}
        return sold[0] if len(sold) == 1 and others <= {self._index(sold[0])} else None

    def _number_led_name_said(self, spoken: str, quantity: int, index: int) -> bool:
        """A name of the item that starts with the number said stands whole, in order, in what was
        said ("cuatro quesos" in "cuatro quesos mediana")."""
        said = tuple(tokens(spoken))
        return any(key.words[0] == str(quantity) and len(key.words) > 1 and holds_run(said, key.words)
                   for key in self.keys[index])

    def _food_size_not_its(self, size_words: tuple[str, ...], size_said: str | None, item: MenuItem) -> bool:
        """The size words said are food (another item's sizes are a choice of meat: the Fried Rice's
        Chicken / Pork / Shrimp) and the item the words fit with them has no such size: they are
        what it is made of ("ping gai", "grilled chicken" of the Ping Gai (Grilled Chicken))."""
        food = all(self._is_food(w) and not self._is_size_word(w) for w in size_words)
        return bool(size_words) and food and not (size_said and self._has_size(item, size_said))

    @staticmethod
    def _is_size_word(word: str) -> bool:
        """A word that means an amount anywhere (a rung, a part, a count, a measure), not food."""
        return word in SIZE_LEXICON or word in SCALE_WORDS or word in SIZE_UNITS or word in COUNT_SIZES

    def _own_size_said(self, spoken: str, item: MenuItem, size_said: str | None) -> str | None:
        """Another size phrase said that is one of the item's own sizes (the first size phrase
        found was not), or a "pie" said of an item sold by the slice and whole."""
        said = tokens(spoken)
        own = {phrase(option.name) for option in item.sizes}
        for length in (3, 2, 1):
            for start in range(len(said) - length + 1):
                if " ".join(said[start:start + length]) in own:
                    return " ".join(said[start:start + length])
        for size in sorted(own, key=len, reverse=True):
            # "a pot of armenian coffee for two" of the Cup / Pot for Two: a size of several words
            # said apart around the name, in its order (its number is the size's, not a count)
            parts = size.split()
            if len(parts) >= 2 and parts[0] not in FILLER and not parts[0].isdigit() and \
                    parts[0] in said and _in_order(parts, said[said.index(parts[0]):]):
                return size
        pies = {"pie", "pies"}
        if not size_said and pies & set(fold(spoken).split()) and not pies & set(fold(item.name).split()) \
                and self.size_name(item, "whole"):
            return "whole"  # a "pie" is the whole pizza (not so of an "Apple Pie")
        return None

    def _generic_rivals(self, words: tuple[str, ...], index: int, raw: tuple[str, ...]) -> list[int]:
        """When every word said (``raw``: as said, untranslated) is generic (a kind of dish, a
        meat, a category's word) and the item's own name is not those words: the other items that
        are all of them too (by their names, categories, ingredients or gazetteer names)."""
        said = [w for w in words if not w.isdigit()]
        raw_said = {w for w in raw if not w.isdigit()}
        generic = LONE_KINDS | self.all_category_words
        if not said or not raw_said or not set(said) | raw_said <= generic or not self.keys[index]:
            return []  # ("mantu" is translated "dumpling", but said it is the Mantu's name)
        # its own name, as written, or translated where that is more than a kind ("Pupusa de Pollo"
        # is a chicken pupusa; the Mantu translated is just "dumpling")
        own = set(tokens(self.items[index].name, translate=False))
        # (a meat in the name is more than a kind: "Empanada de Carne" translated is a beef empanada;
        # the name's compounds split too: "Kyllingpizza" is a chicken pizza)
        named = any(set(said) <= set(key.words) and not set(key.words) <= generic - PROTEINS
                    for at, key in enumerate(self.keys[index]) if at == 0 or key.weight < 1.0)
        if (raw_said <= own or named) and not raw_said <= PROTEINS:
            # its own name says them all ("dumplings": the Pork Dumplings); a meat alone asks — but
            # a kind said alone is as much another of its category whose description says it is
            # that ("a juice": the POG Juice, or the Hawaiian Sun, a "canned juice drink"?)
            kin = [self._index(item) for item in self.categories.get(self.items[index].category, ())]
            return [other for other in kin if other != index and len(said) == 1 and said[0] in KIND_WORDS
                    and self._described_as(said[0], other)] if set(said) == raw_said else []
        if any(raw_said == {w for w in tokens(alias, translate=False) if w not in FILLER} for alias in (
                self.items[index].name, *self.items[index].aliases)):
            return []  # "chicken" for an item called Chicken
        # (an item whose name says another way of serving is not one: a Calzone de Pollo is no pizza)
        return [other for other in range(len(self.items))
                if other != index and all(self._is_of(w, other) for w in said)
                and not any(w in KIND_WORDS and w not in self.name_words[other]
                            for w in said if self.name_words[other] & SERVED_KINDS)]

    @functools.cached_property
    def written_words(self) -> list[frozenset[str]]:
        """Each item's name words as the menu writes them (untranslated, none run together, no
        fillers or numbers); once per menu, not per phrase resolved."""
        return [frozenset(w for w in tokens(item.name, translate=False)
                          if w not in FILLER and not w.isdigit()) for item in self.items]

    def _written_words(self, index: int) -> frozenset[str]:
        """The words of the item's name as the menu writes them (:attr:`written_words`)."""
        return self.written_words[index]

    def _compound_rivals(self, raw: tuple[str, ...], index: int) -> list[int]:
        """The other items a word said (``raw``: as said) names inside one of their name words as
        the menu writes them: the end of a compound ("strudel" of "Topfenstrudel") where the
        item has the word only so too ("Apfelstrudel"), or the start of a word that is it with an
        ending of a few letters ("bansh" of "Banshtai") — a word of the item's name, every other
        word said theirs as well ("bone in wings" is no Boneless Wings).
        Not where the item's whole name was said, nor a word the item's name has whole beside a
        compound of another food and it (the Kebab i Pita is the kebab, the Kyllingkebab i Pita
        a chicken one)."""
        said = [w for w in raw if not w.isdigit() and w not in FILLER]
        own = self._written_words(index)
        if not said or own <= set(said):
            return []

        def inside(word: str, written: str, whole: bool) -> bool:
            if len(word) < 4 or len(written) < len(word) + 3:
                return False
            if whole:  # (it inflected: an ending of a few letters, no plural)
                rest = written[len(word):]
                return written.startswith(word) and len(rest) <= 3 and rest not in ("es", "s")
            return written.startswith(word) or written.endswith(word)

        # the words said that are the item's, whole or inside one of its words (the same for every
        # other item), and the other items with a name word they begin or end (``affix_items``):
        # the only ones that can have them inside
        mine = [w for w in said if w in own or any(inside(w, name, False) for name in own)]
        others = sorted({other for w in mine for other in self.affix_items.get(w, ())} - {index})
        found = []
        for other in others:
            written = self._written_words(other)
            parts = [w for w in mine if w not in written
                     and any(inside(w, name, w in own) for name in written)]
            if parts and all(w in parts or w in written or w in self.name_words[other] for w in said):
                found.append(other)
        return found

    @functools.cached_property
    def affix_items(self) -> dict[str, frozenset[int]]:
        """Each start and end of four letters or more of a name word as written, three letters or
        more short of the word ("stru..." / "...udel" of "Topfenstrudel") → the items with such a
        word; once per menu, so that :meth:`_compound_rivals` reads only those items."""
        found: dict[str, set[int]] = {}
        for index, words in enumerate(self.written_words):
            for word in words:
                for length in range(4, len(word) - 2):
                    found.setdefault(word[:length], set()).add(index)
                    found.setdefault(word[-length:], set()).add(index)
        return {affix: frozenset(at) for affix, at in found.items()}

    def _written_whole(self, raw: tuple[str, ...], candidates: t.Sequence[MenuItem]) -> MenuItem | None:
        """The one candidate whose name as written holds the words said (as said), in a run, where
        every other holds one of them only inside a longer word of its name that starts with a food
        word ("schweins" of "Schweinsschnitzel": pork)."""
        said = tuple(w for w in raw if not w.isdigit() and w not in FILLER)
        if len(said) < 2:
            return None
        whole = [c for c in candidates if holds_run(tuple(
            w for w in tokens(c.name, translate=False) if w not in FILLER and not w.isdigit()), said)]
        if len(whole) != 1:
            return None
        for other in candidates:
            if other is whole[0]:
                continue
            written = self._written_words(self._index(other))
            inside = [w for w in said if w not in written and any(
                len(name) >= len(w) + 3 and name.endswith(w) and self._is_food(name[:-len(w)].rstrip("s"))
                for name in written)]
            if not inside:
                return None
        return whole[0]

    def _kindless_rivals(self, words: tuple[str, ...], index: int, raw: tuple[str, ...]) -> list[int]:
        """A kind of dish said ("pizza") that the item's name does not say, only its category: the
        items the menu says no kind of at all (their names and categories: "Cheese Tavern" in
        "Tavern Thin Crust") whose names hold the rest of the words said ("cheese"). A kind said
        alone ("a pizza") of an item the menu names so (the White Pie): the other items of its
        category that the menu says no kind of and sells in the same sizes (the Detroit Squares
        beside it, 4 Corner or 8 Corner)."""
        said = {w for w in words if not w.isdigit()}
        rest = {w for w in said if w not in DISH_KINDS}
        if not rest:
            if not raw or not {w for w in raw if not w.isdigit()} <= DISH_KINDS:
                return []  # ("unas alitas", the menu's own word, is the Alitas de Pollo)
            sizes = {option.name for option in self.items[index].sizes}
            return [self._index(item) for item in self.categories.get(self.items[index].category, ())
                    if item is not self.items[index] and not self.own_kinds[self._index(item)]
                    and sizes and {option.name for option in item.sizes} == sizes]
        kinds = said - rest - self.name_words[index] - self.gloss_words[index] - self.gloss_heads[index]
        if not kinds or not kinds <= self.category_words.get(self.items[index].category, set()):
            return []  # (a "wrap" the gazetteer calls the Dürüm is its own kind)
        return [other for other in range(len(self.items)) if other != index and not self.own_kinds[other]
                and rest <= self.name_words[other]]

    def _whole_name_and_category(self, words: tuple[str, ...], index: int) -> bool:
        """Every word of the item's name said, and the rest its category's words (not its name's)."""
        if not self.keys[index]:
            return False
        name = set(self.keys[index][0].words)
        category = self.category_words.get(self.items[index].category, set())
        rest = {w for w in words if not w.isdigit()} - name
        return name <= set(words) and bool(rest) and rest <= category

    @staticmethod
    def _without_gloss(item: MenuItem) -> str:
        """The item's name without its parenthesised gloss or note ("Hilib Ari (Goat Meat Plate)")."""
        return BRACKETED.sub(" ", item.name)

    @classmethod
    def _name_proper(cls, item: MenuItem) -> set[str]:
        """The words of the item's name without its gloss or note: hilib, ari."""
        return {w for w in tokens(cls._without_gloss(item)) if w not in FILLER and not w.isdigit()}

    def _kind_of_a_dish_it_is_named_after(self, words: tuple[str, ...], index: int) -> bool:
        """A kind said that the item's name does not say is what one of the dishes its name holds
        is (the cacio e pepe, a pasta), and another dish of it is some other kind (the supplì)."""
        raw = self.raw_name_words[index]
        # each dish by the words of the name it holds, and only those no other dish's words hold
        # more of (the "kimchi" of the Kimchi Jjigae is no dish of its own beside it)
        held = {dish: frozenset(w for name in dish.names if set(name) <= raw for w in name)
                for dish in self.item_dishes[index] if dish.heads}
        dishes = [dish for dish, own in held.items()
                  if own and not any(own < other for other in held.values())]
        if len(dishes) < 2 or any(held[a] & held[b] for a, b in itertools.combinations(dishes, 2)):
            return False
        for kind in {w for w in words if w in KIND_WORDS and w not in self.name_words[index]}:
            family = next((f for f in KIND_FAMILIES if kind in f), frozenset({kind}))
            if family & (self.name_words[index] | self.category_words.get(self.items[index].category, set())):
                continue  # (its name or category says it: "a gyro sandwich" of the Gyro Pita, the "Wraps")
            if any(set(d.heads) & family for d in dishes) and any(not set(d.heads) & family for d in dishes):
                return True
        return False

    def _plain_of_longer(self, words: tuple[str, ...], candidates: t.Sequence[MenuItem]) -> MenuItem | None:
        """The one candidate whose name holds every word said and whose name every other
        candidate's holds, with more words that join other food to it or, the plain name said whole,
        name a meat or fish it is made with ("Crab & Pork Xiao Long Bao" beside the Xiao Long Bao,
        its name written in theirs — not the LA Galbi beside the Dak Galbi; a note in brackets is no
        more: "Chicken Roti" and "Chicken Roti (Bone-In)" are one dish in two forms, asked)."""
        said = {w for w in words if not w.isdigit()}
        for plain in candidates:
            own = self._name_proper(plain)
            if said and said <= own and all((own < self._name_proper(other) and (self._joins_foods(
                    other, own) or (said == own and self._with_a_meat(plain, other)) or self._with_more(
                        plain, other))) or (said == own and self._split_with_a_meat(plain, other))
                    for other in candidates if other is not plain):
                return plain
        return None

    def _split_with_a_meat(self, item: MenuItem, other: MenuItem) -> bool:
        """The other's name, its compounds split, is the item's with a meat or fish more: "chicken
        kebab wrap" of the Kyllingkebab i Rull beside the Kebab i Rull ("kebab wrap")."""
        first = self.keys[self._index(item)]
        name = tuple(w for w in first[0].words if not w.isdigit()) if first else ()
        for key in self.keys[self._index(other)]:
            if key.weight >= 1.0:
                continue  # (only a name split: the others are _with_a_meat's)
            longer = tuple(w for w in key.words if not w.isdigit())
            more = set(longer) - set(name)
            if name and more and more <= MEATS and f" {' '.join(name)} " in f" {' '.join(longer)} ":
                return True
        return False

    def _plain_beside_variants(self, words: tuple[str, ...],
                               candidates: t.Sequence[MenuItem]) -> MenuItem | None:
        """The one candidate with a gloss one half of whose name (its own or its gloss) is what was
        said, word for word, its other half naming food (a gloss, not a note: "Chicken Roti
        (Bone-In)" beside the Boneless Chicken Roti is asked), where every other candidate has a
        half that says it with more words, none of them a kind of dish (the Vegetarian Sub beside
        the Pizza Végétarienne (Vegetarian): asked), and none that is it."""
        said = tuple(w for w in words if not w.isdigit() and w not in FILLER)
        if not said:
            return None
        halves = [self._name_halves(self._index(c)) for c in candidates]
        plain = [at for at, own in enumerate(halves) if said in own]
        if len(plain) != 1:
            return None
        gloss = self._gloss_words(candidates[plain[0]])
        own_name = tuple(w for w in _plain_words(candidates[plain[0]].name)
                         if w not in FILLER and not w.isdigit())
        if said == own_name and (not any(self._food_word(w) for w in gloss) or gloss & MEATS):
            # (its own name said: a gloss naming no food is a note, "(Dry)"; one naming its meat
            # tells it from the others, unsaid: "a samsa" of the lamb one and the Kawa Samsa asks)
            return None
        kinds = KIND_WORDS | GENERIC_WORDS | FORM_WORDS
        for at, own in enumerate(halves):
            if at == plain[0]:
                continue
            longer = [set(half) - set(said) for half in own
                      if len(half) > len(said) and _in_order(said, half)]
            if not longer or any(w in kinds or KINDS_OF.get(w) in kinds for extra in longer for w in extra):
                return None
        return candidates[plain[0]]

    @staticmethod
    def _gloss_words(item: MenuItem) -> set[str]:
        """The words of the item's bracketed gloss or note ("Samsa (Baked Lamb Pastry)": baked, lamb...)."""
        return {w for part in GLOSS_TEXT.findall(item.name) for w in tokens(part)}

    def _food_word(self, word: str) -> bool:
        """A word of food: a kind, a meat, or a word some item of the menu is made of."""
        return word in LONE_KINDS or word in MEATS or word in KINDS_OF or word in self.ingredient_items

    def _called_so_by_half(self, words: tuple[str, ...], candidates: t.Sequence[MenuItem]) -> MenuItem | None:
        """The one candidate one half of whose name (its own, or its parenthesised gloss) is what
        was said, whole (its category's words aside: "side of bread dumplings"), where no other
        candidate's name holds all of it."""
        said = [w for w in words if not w.isdigit() and w not in self.soft_words]
        called = [c for c in candidates if tuple(w for w in said if w not in self.category_words.get(
            c.category, set())) in self._name_halves(self._index(c))]
        if len(called) != 1 or not said:
            return None
        return called[0] if not any(set(said) <= self.name_words[self._index(c)]
                                    for c in candidates if c is not called[0]) else None

    @classmethod
    def _with_a_meat(cls, item: MenuItem, other: MenuItem) -> bool:
        """The item's name (its gloss aside) is written whole in the other's, and the other's says a
        meat or fish more: "Xiao Long Bao" in "Crab & Pork Xiao Long Bao"."""
        name, longer = " ".join(_plain_words(item.name)), " ".join(_plain_words(other.name))
        return bool(name) and f" {name} " in f" {longer} " and bool(
            cls._name_proper(other) - cls._name_proper(item) & MEATS)

    @classmethod
    def _with_more(cls, item: MenuItem, other: MenuItem) -> bool:
        """The other's name is the item's, written whole, "with" more ("Red Pizza with Mushrooms"
        beside the Red Pizza): the plain dish with something added, its extra words unsaid."""
        name, longer = _plain_words(item.name), _plain_words(other.name)
        return bool(name) and len(longer) > len(name) + 1 and longer[:len(name)] == name and longer[
            len(name)] in ("with", "mit")

    @classmethod
    def _joins_foods(cls, item: MenuItem, part: set[str]) -> bool:
        """The item's name joins ``part`` to other food with "and" / "iyo" / "&" ("Bariis iyo
        Hilib Ari": rice and goat): a plate of the two, not a form of it."""
        name = fold(cls._without_gloss(item)).lower()
        sides = [{w for w in tokens(side) if w not in FILLER} for side in _JOINED.split(name)]
        return len(sides) > 1 and any(side and side <= part for side in sides) and any(
            side and not side & part for side in sides)

    def _acronym_spelled_out(self, words: tuple[str, ...]) -> int | None:
        """The one item whose name has a word written in capitals (an acronym: "POG", "BLT") that
        the initials of the words said, three or more, spell, each of them a word of what it is
        made of."""
        said = [w for w in words if not w.isdigit()]
        if len(said) < 3:
            return None
        initials = "".join(w[0] for w in said).upper()
        # (and each word said is one the item is made of or described by: "bo lei tea" is no BLT)
        found = {index for index, item in enumerate(self.items)
                 if initials in re.findall(r"\b[A-Z]{3,}\b", item.name) and all(
                     w in self.ingredient_words[index] | self.description_words[index] for w in said)}
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _form_size(size_said: str) -> bool:
        """A size that is a way of serving ("nigiri", "sashimi"), not an amount (a ladder word,
        a measure, a count, a number)."""
        return not any(w.isdigit() or w in SCALE_WORDS or w in SIZE_UNITS or w in COUNT_SIZES
                       for w in size_said.split())

    def _drink_choice_said(self, words: tuple[str, ...], size_words: tuple[str, ...] = ()) -> int | None:
        """The one item a kind of drink by its name ("Soda (20 oz)", "Fresh Juice"), of two listed
        choices or more (ingredients, or one ingredient listing them: "pepsi, sprite or fanta"), one
        of which is every word said and no more; of several, the one whose name holds the size
        words said ("a two liter pepsi": the 2 Liter Soda, not the Fountain Soda)."""
        said = {w for w in words if not w.isdigit()}
        found = [i for i, parts in enumerate(self.drink_choices) if said and len(parts) >= 2
                 and self.name_words[i] & DRINKS and not self.own_kinds[i] - DRINKS  # (no Tea Leaf Salad)
                 and any(part == said for part in parts)]
        if len(found) > 1 and size_words:
            found = [i for i in found if set(size_words) <= set(tokens(self.items[i].name))]
        return found[0] if len(found) == 1 else None

    @functools.cached_property
    def drink_choices(self) -> list[list[set[str]]]:
        """Per item, the choices its ingredients list: each ingredient, or the parts of one that
        lists them ("coca-cola, sprite o fanta", "pepsi, diet pepsi or dr pepper")."""
        return [[{w for w in tokens(choice) if w not in FILLER} for ingredient in item.ingredients
                 for choice in _CHOICES.split(fold(ingredient)) if choice.strip()] if item.ingredients else []
                for item in self.items]

    def _first_ingredient_said(self, words: tuple[str, ...], raw: tuple[str, ...]) -> int | None:
        """The one item whose first ingredient, two words or more, is every word said and no more
        ("stewed goat", "soursop juice"): what the menu says the dish is — unless a kind said is
        not the item's ("tuna salad" is no Tuna Hoagie) or the words are the native name of a dish
        it is not ("carne asada" is no Torta de Asada)."""
        said = _made_of_key(words)
        if len(said) < 2:
            return None
        found = self.first_ingredient_items.get(said, [])
        if len(found) != 1:
            return None
        index = found[0]
        if any(w in KIND_WORDS and not self._kind_fits(w, index) for w in words):
            return None
        dishes = dishes_named(tuple(w for w in raw if not w.isdigit()))
        return None if dishes and not set(dishes) & self.item_dishes[index] else index

    @functools.cached_property
    def first_ingredient_items(self) -> dict[frozenset[str], list[int]]:
        """The items by the words of their first ingredient (:func:`_made_of_key`)."""
        found: dict[frozenset[str], list[int]] = {}
        for index, item in enumerate(self.items):
            if item.ingredients:
                found.setdefault(_made_of_key(self.first_words[index][0]), []).append(index)
        return found

    def _blends_said_apart(self, spoken: str, index: int) -> bool:
        """Two things said joined by "and" ("lox and cream cheese") that the item has only as one
        ingredient, the first in front of the second ("lox cream cheese"): one thing, not two."""
        said = tokens(spoken)
        pairs = [(said[k - 1], said[k + 1]) for k in range(1, len(said) - 1) if said[k] == "and"]
        if not pairs:
            return False
        for name in self.items[index].ingredients:
            words = tokens(name)
            joined = set(itertools.pairwise(words))
            if any((first, second) in joined for first, second in pairs):
                return True
        return False

    def _described_as(self, kind: str, index: int) -> bool:
        """The item's description, or an ingredient of it that is a thing of that kind's family,
        says it is a ``kind`` ("canned juice drink": a juice), or its name says it is cooked so
        ("Chicken Stewed with Mushrooms": a stew)."""
        if kind in self.description_words[index] or any(
                w != kind and _stem(w) == kind for w in self.name_words[index]):
            return True
        family = next((f for f in KIND_FAMILIES if kind in f), frozenset({kind}))
        return any(kind in words and words[-1] in family for words in (
            [w for w in tokens(name) if w not in FILLER] for name in self.items[index].ingredients) if words)

    def _made_with_meat(self, index: int) -> bool:
        """The item's name or ingredients say a meat or fish (or a kind of one: "merguez" is no
        word for a meat the matcher knows, "chorizo" is)."""
        words = self.name_words[index] | self.ingredient_words[index]
        return bool(words & FLESH or {KINDS_OF.get(w) for w in words} & (FLESH | {"meat", "seafood"}))

    def _is_of(self, word: str, index: int) -> bool:
        """The item is a ``word`` (its name, category or gazetteer names say so), or is made of it
        where ``word`` is a meat ("chicken" of the Shan Noodles) or a soup of a broth."""
        own = (self.name_words[index] | self.gloss_words[index] | self.gloss_heads[index]
               | self.category_words.get(self.items[index].category, set()))
        if word in own:
            return True
        made_of = self.ingredient_words[index]
        return (word in PROTEINS and word in made_of) or (word == "soup" and "broth" in made_of)

    def _drink_container_of_food(self, size_said: str | None, index: int) -> bool:
        """A container drinks come in said ("a bottle of", "a can of") of an item that does not come
        in it and is no drink: sold in sizes none of which is a ladder or a measure ("Nigiri" /
        "Sashimi"), or else of a kind of food by its name or category (a side, a soup) and nothing
        the menu or the gazetteer says of it is a drink."""
        item = self.items[index]
        if size_said not in DRINK_CONTAINERS or self.size_name(item, size_said) or (
                self.item_kinds[index] & DRINKS):
            return False
        if item.sizes:
            return not any(w in SCALE_WORDS or w in SIZE_UNITS or w.isdigit() or w in DRINK_CONTAINERS
                           for option in item.sizes for w in tokens(option.name))
        return bool(self.own_kinds[index]) and not (
            self.gloss_words[index] | self.ingredient_words[index] | self.description_words[index]) & DRINKS

    @staticmethod
    def _said_last(spoken: str, word: str) -> bool:
        said = [w for w in tokens(spoken) if w not in FILLER]
        return bool(said) and said[-1] == word and len(said) > 1

    @staticmethod
    def _numbered_size(item: MenuItem, number: int) -> str | None:
        """The item's one size named by ``number`` and a unit ("24 oz" for 24), if it has one."""
        names = [phrase(option.name).split() for option in item.sizes]
        named = [" ".join(words) for words in names if len(words) == 2 and words[0] == str(number)]
        return named[0] if len(named) == 1 else None

    def _resolve_words(self, words: tuple[str, ...], size_said: str | None, describing: bool = False,
                       said_raw: Said | None = None) -> Resolution:
        if len(words) >= 2 and words[0] in ADD_WORDS and words[0] not in self.vocabulary:
            return self._added(words[1:], size_said, describing, said_raw)
        found = self._resolve_by_any(words, size_said, describing, said_raw)
        if found.item is not None and found.status in (MATCH, CONFIRM) and self._other_form(
                words, self._index(found.item)):
            # "a chicken doner plate" where the chicken döner comes as a wrap only: the closest, asked
            return Resolution(AMBIGUOUS, candidates=[found.item], score=found.score, ruled_out=True)
        if found.item is not None and found.status in (MATCH, CONFIRM) and self._meat_not_in(
                words, self._index(found.item)):
            # "a pork, bean and cheese pupusa" is not the bean and cheese one: the closest, asked
            return Resolution(AMBIGUOUS, candidates=[found.item], score=found.score, ruled_out=True)
        if found.item is not None and found.status in (MATCH, CONFIRM) and not (
                said_raw is not None and self._plain_name_said(said_raw.ordered, self._index(found.item))):
            # (its own name said as written, and no more, is that item: "a cheesesteak" is the
            # Cheesesteak, the Chicken Cheesesteak needs its "chicken" said)
            meats = self._meat_variants(words, self._index(found.item))
            if meats:
                # "doner wrap": the Döner Dürüm (beef and lamb), or the Chicken Döner Dürüm?
                return Resolution(AMBIGUOUS, candidates=[found.item, *(self.items[i] for i in meats)][:6],
                                  score=found.score)
        if found.item is not None and found.status in (MATCH, CONFIRM) and said_raw is not None:
            described = self._dish_described_by_another(said_raw.ordered, self._index(found.item))
            if len(described) == 1:
                # "onion bhaji" (onion fritters in the gazetteer) of the Pav Bhaji, made with
                # onion, and the Onion Pakora, "onion fritters": the dish named is that one
                return Resolution(CONFIRM, item=self.items[described[0]], score=found.score)
            if described:
                return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in described][:6],
                                  score=found.score)
        if found.item is not None and found.status in (MATCH, CONFIRM) and said_raw is not None and \
                self.item_dishes[self._index(found.item)] and self._another_dish(
                    said_raw.ordered, self._index(found.item)):
            # "arroz con pollo" is a dish of its own, not the Arroz Chaufa de Pollo: the closest, asked
            return Resolution(AMBIGUOUS, candidates=[found.item], score=found.score, ruled_out=True)
        if found.status == AMBIGUOUS and not found.ruled_out and len(found.candidates) >= 2:
            headed = self._head_said(words, [self._index(c) for c in found.candidates],
                                     said_raw.ordered if said_raw is not None else words)
            if headed is not None:
                # "fried chicken": the Fried Chicken Dinner is chicken, the Chicken Fried Steak a steak
                return Resolution(CONFIRM, item=self.items[headed], score=found.score)
        return found

    def _added(self, words: tuple[str, ...], size_said: str | None, describing: bool,
               said_raw: Said | None) -> Resolution:
        """ "extra boba", "extra garlic sauce": of the items the words fit, the one they name
        whole (the topping, the sauce), not the dishes made with it."""
        found = self._resolve_words(words, size_said, describing, said_raw)
        if found.status != AMBIGUOUS:
            return found
        whole = [self.items[i] for i in sorted(self._pool_of(words)) if self._holds_all(words, i) and all(
            self._said(w, words) for w in self._named_by(i))]
        if len(whole) != 1:
            return found
        exact = any(key.words == words for key in self.keys[self._index(whole[0])])
        return Resolution(MATCH if exact else CONFIRM, item=whole[0], score=found.score)

    def _named_by(self, index: int) -> list[str]:
        """The words of the item's name that name it: not its category's, not a kind ("Pita Bread")."""
        category = self.category_words.get(self.items[index].category, set())
        names = self.keys[index][0].words if self.keys[index] else ()
        return [w for w in names if w not in category and w not in KIND_WORDS] or list(names)

    def _head(self, index: int) -> str | None:
        """The word a name is of ("steak" of "Chicken Fried Steak"), forms and descriptors left out
        ("chicken" of "Fried Chicken Dinner")."""
        words = self._head_words(index)
        return words[-1] if words else None

    def _head_words(self, index: int) -> list[str]:
        return [w for w in (self.keys[index][0].words if self.keys[index] else ())
                if w not in FORM_WORDS and w not in COVER_SKIP and w not in DESCRIPTORS]

    def _head_before(self, index: int) -> str | None:
        """In a name that says what its dish is of or comes with after a preposition ("Bolinhos
        de Bacalhau", "Bacalhau com Natas", "Spare Ribs with Black Bean"), the last word before
        it: the dish may be that word as well as the name's last."""
        before = re.split(HEAD_PREPOSITIONS, fold_name(self.items[index].name), maxsplit=1)
        if len(before) < 2:
            return None
        words = self._head_words(index)
        head = [w for w in tokens(before[0]) if w in words]
        return head[-1] if head else None

    def _head_said(self, words: tuple[str, ...], candidates: list[int], raw: tuple[str, ...]) -> int | None:
        """Of candidates whose names all hold every word said, the one whose head was said last,
        when the others' heads were not said at all — said as that word (``raw``: as said), not a
        native word of both names translated into it ("la mian": "mian" is "noodle", and the
        Niurou Lamian is hand-pulled noodles as much as the Mala Niurou Lamian's "Beef Noodles")."""
        said = [w for w in words if not w.isdigit()]
        if len(said) < 2 or not all(set(said) <= self.name_words[i] for i in candidates):
            return None
        if said[-1] not in raw and all(said[-1] in self.name_words[i] for i in candidates):
            return None
        heads = {i: self._head(i) for i in candidates}
        own = [i for i in candidates if heads[i] == said[-1]]
        # (another whose name is of the word said before a preposition is as much that: "salt cod"
        # of the Bolinhos de Bacalhau, the Bacalhau à Brás and the Bacalhau com Natas)
        if len(own) != 1 or any(heads[i] in said or self._head_before(i) == said[-1]
                                for i in candidates if i != own[0]):
            return None
        # (another whose name begins with the words said is that dish with a note on how it comes:
        # "chicken roti" of the Boneless Chicken Roti and the Chicken Roti (Bone-In), "gobi
        # manchurian" of the Dry and the Gravy one — ask)
        if any(tuple(self.keys[i][0].words[:len(said)]) == tuple(said) for i in candidates
               if i != own[0] and self.keys[i]):
            return None
        return own[0]

    def _meat_not_in(self, words: tuple[str, ...], index: int) -> bool:
        """A meat or fish was said that nothing of the item's says (name, ingredients, gazetteer)."""
        said = [w for w in words if w in PROTEINS]
        if not said:
            return False
        own = (self.name_words[index] | self.ingredient_words[index] | self.ingredient_generals[index]
               | self.name_generals[index] | self.gloss_words[index] | self.ingredient_glosses[index]
               | self.description_words[index])
        return any(w not in own for w in said)

    def _plain_name_said(self, raw_words: tuple[str, ...], index: int) -> bool:
        """The words said (as said, untranslated) are the item's name as the menu writes it."""
        said = {w for w in raw_words if not w.isdigit() and w not in FILLER}
        return bool(said) and said == {w for w in tokens(self.items[index].name, translate=False)
                                       if not w.isdigit() and w not in FILLER}

    def _meat_variants(self, words: tuple[str, ...], index: int) -> list[int]:
        """No meat said, and the item is made of one its name doesn't say (the Döner Dürüm, beef
        and lamb): the items named as it is with a meat ("Chicken Döner Dürüm") are as likely."""
        variants = self._meat_named.get(index)
        if variants is None:
            variants = self._meat_named[index] = self._named_with_a_meat(index)
        if not variants or any(w in MEATS or KINDS_OF.get(w) in MEATS for w in words):
            return []
        return variants

    def _named_with_a_meat(self, index: int) -> list[int]:
        """The items named as this one with a meat its name and ingredients don't have."""
        names = self.keys[index][0].words if self.keys[index] else ()
        made_of = {w for w in self.ingredient_words[index] if w in MEATS or KINDS_OF.get(w) in MEATS}
        if not names or not made_of or set(names) & MEATS:
            return []
        found = []
        for other in sorted(set.intersection(*(self.word_items.get(w, set()) for w in names)) - {index}):
            extra = set(self.keys[other][0].words) - set(names) if self.keys[other] else set()
            if len(extra) == 1 and extra <= MEATS and not extra <= made_of:
                found.append(other)
        return found

    def _another_dish(self, raw_words: tuple[str, ...], index: int) -> bool:
        """The words said (``raw_words``, untranslated) are the native name of a known dish, and
        the item's name is or holds another one, not that one."""
        said = tuple(w for w in raw_words if not w.isdigit() and w not in self.soft_words)
        if len(said) < 2 or self.raw_name_words[index] <= set(said):
            return False  # (its whole name said is no other dish)
        if not self.item_dishes[index]:
            return False
        raw_dishes = self._raw_dishes(index)
        if raw_dishes and not set(said) & self.raw_name_words[index] and not any(
                said in dish.names or raw_words in dish.names for dish in raw_dishes):
            # none of the words said is the menu's own, and the name as written holds another dish
            # ("xiao long bao" of the Suantang Shuijiao, whose "Soup Dumplings" translated read
            # "xiao long bao": the menu's English words are no native name of it)
            named = dishes_named(said)
            if named and not set(named) & raw_dishes:
                return True
        own = self._dish_names.get(index)
        if own is None:
            names = frozenset(name for dish in self.item_dishes[index] for name in dish.names)
            own = self._dish_names[index] = (names, frozenset(w for name in names for w in name))
        own_names, own_words = own
        if said[-1] not in self.raw_name_words[index] and any(
                self._named_after(said, dish, index) for dish in self.item_dishes[index]):
            # "coney dog", the dish's long name, of the Coney Square: its name holds the short
            # one ("coney") and another kind of food — named after the dish, not it
            return True
        if said in own_names or raw_words in own_names:
            return False  # "ethiopian steak tartare" is what the gazetteer calls the Kitfo
        # the word the item's name has that was not said names its own dish ("chaufa"), not a side
        # of it ("con bistec")
        unsaid = {w for w in self.raw_name_words[index] - self.accompaniments[index]
                  if not any(w == s or self._similar(s).get(w, 0.0) >= EXPLAINED for s in said)}
        if not unsaid & own_words:
            return False
        named = dishes_named(said)
        return bool(named) and not set(named) & self.item_dishes[index]

    def _named_after(self, said: tuple[str, ...], dish: Dish, index: int) -> bool:
        """``said`` is a long native name of ``dish`` ("coney dog"), the item's name (as written)
        holds only a shorter one ("coney") and more ("square"), and the words said beyond its name
        are no name word spelled otherwise ("adana kebab" of the Adana Kebap is its name)."""
        names = self.raw_name_words[index]
        if said not in dish.native or not names - set(said):
            return False
        if not any(set(short) < set(said) and set(short) <= names for short in dish.native) or any(
                len(long) >= len(said) and set(long) <= names for long in dish.native):
            return False
        return not any(roman_key(w) == roman_key(n) or self._similar(w).get(n, 0.0) >= EXPLAINED
                       for w in set(said) - names for n in names)

    def _raw_dishes(self, index: int) -> frozenset[Dish]:
        """The dishes the item's name as the menu writes it (untranslated) holds: by a native name,
        or whole by an English one (the Oyster Omelette is the oh ah jian)."""
        found = self._raw_dish_cache.get(index)
        if found is None:
            words = tuple(w for w in tokens(self.items[index].name, translate=False) if w not in FILLER)
            found = self._raw_dish_cache[index] = frozenset(
                f.dish for f in (dishes_in([words])[0] if words else []))
        return found

    def _dish_described_by_another(self, raw_words: tuple[str, ...], index: int) -> list[int]:
        """The words said (as said) are a known dish's native name that the item's name does not
        hold, and other items are, in the menu's own words, that dish's English name (their first
        ingredient or description holds it): those items."""
        said = tuple(w for w in raw_words if not w.isdigit() and w not in self.soft_words)
        if len(said) < 2 or set(said) <= self.raw_name_words[index]:
            return []
        if not [dish for dish in dishes_named(said) if dish not in self.item_dishes[index]]:
            return []
        english = self._english_names(said)
        return [other for other in range(len(self.items))
                if other != index and self._says_one_of(english, other)]

    @staticmethod
    def _english_names(said: tuple[str, ...]) -> set[tuple[str, ...]]:
        return {tuple(w for w in name if w not in FILLER)
                for dish in dishes_named(said) for name in dish.english}

    def _is_dish_said(self, said: tuple[str, ...], index: int) -> bool:
        """The words said are a known dish's native name, and the item's first ingredient or its
        description is, in the menu's own words, an English name of that dish ("onion fritters" of
        the Onion Pakora, for "onion bhaji")."""
        return self._says_one_of(self._english_names(said), index)

    def _says_one_of(self, names: set[tuple[str, ...]], index: int) -> bool:
        """The item's first ingredient or description holds one of ``names``, in order."""
        return any(name and holds_run(words, name) for name in names for words in self.first_words[index])

    def _resolve_by_any(self, words: tuple[str, ...], size_said: str | None, describing: bool,
                        said_raw: Said | None) -> Resolution:
        own = self._by_names(words, size_said)
        if own.item is not None and own.status in (MATCH, CONFIRM):
            index = self._index(own.item)
            if self._half_compound(words, index):
                # "a lemon soda" is not the lemon-lime soda: the closest, not the item
                return Resolution(AMBIGUOUS, candidates=[own.item], score=own.score, ruled_out=True)
            translated = self._translated_rivals(words, index, said_raw)
            if translated:
                # the name said only in translation ("seafood rice" for the Arroz con Mariscos): the
                # caller doesn't know the menu's names, so another dish those words fit is as likely
                return Resolution(AMBIGUOUS, candidates=[own.item, *(self.items[i] for i in translated)][:6],
                                  score=own.score)
            longer = self._longer_names(words, index) if own.status == MATCH else []
            if longer:
                # "jujeh kabob", heard only close to the Joojeh Kabob's name: the Bone-In Joojeh
                # Kabob is that name and more, as likely meant by a caller who spells it otherwise
                return Resolution(AMBIGUOUS, candidates=[own.item, *(self.items[i] for i in longer)][:6],
                                  score=own.score, ruled_out=True)
            if self._only_category_said(words, index):
                # "iced coffee": the category said with a word that only describes it (the
                # Vietnamese Iced Coffee is one iced coffee; the Cold Brew another): ask
                rivals = [other for other in self.categories[own.item.category] if other is not own.item]
                return Resolution(AMBIGUOUS, candidates=[own.item, *rivals][:6], score=own.score)
            if own.status == CONFIRM:
                # a name said in part: another item named so as well is as plausible ("lumpia": the
                # Lumpia Shanghai, or the Lumpiang Gulay?)
                named = [i for i in self._pool_of(words) if i != index and self._named_so(words, i)]
                if named:
                    return Resolution(AMBIGUOUS, candidates=[own.item, *(self.items[i] for i in named)][:6],
                                      score=own.score)
            return own
        return self._by_other_words(words, own, describing, said_raw) or own

    def _kind_dropped_rivals(self, index: int) -> list[int]:
        """The items of another category whose name is this item's whole name and words that only
        say what kind of dish they are (their category's words, their kind, the first of their
        ingredients), or another name of the same dish: "Espaguetis Carbonara" of "Carbonara" (a
        pizza), "Pabellón Criollo" (the plate) of "Pabellón" (an arepa) — a caller who drops
        "espaguetis" or "criollo" says the other's whole name, as menus that drop "pizza" do."""
        found = self.__dict__.setdefault("_dropped_rivals", {})
        if index in found:
            return t.cast(list[int], found[index])
        own = set(self.keys[index][0].words) if self.keys[index] else set()
        rivals = []
        for other in sorted(set.intersection(*(self.word_items.get(w, set()) for w in own)) if own else ()):
            item = self.items[other]
            if other == index or not self.keys[other] or item.category == self.items[index].category:
                continue
            extra = set(self.keys[other][0].words) - own
            if not extra or not own < set(self.keys[other][0].words):
                continue
            main = set(tokens(item.ingredients[0])) if item.ingredients else set()
            if own <= main and len(main - FILLER) > len(own) and (
                    extra <= self.category_words.get(item.category, set()) | self.item_kinds[other]):
                continue  # made of it prepared, and of that kind: the Samosa Chaat ("crushed samosa")
            says_kind = self.category_words.get(item.category, set()) | self.item_kinds[other] | main
            # (and the name said is the dish's own name in the gazetteer: "carbonara" is the
            # pasta; "jamón y queso" no name of the Calzone de Jamón y Queso, "chips" none of the
            # Cod and Chips)
            dish_names = {tuple(w for w in name if w not in FILLER)
                          for dish in self.item_dishes[other] for name in dish.names}
            whole = set(self.keys[other][0].words) in [set(name) for name in dish_names]
            if (extra <= says_kind or whole) and tuple(self.keys[index][0].words) in dish_names:
                rivals.append(other)
        found[index] = rivals
        return rivals

    def _longer_names(self, words: tuple[str, ...], index: int) -> list[int]:
        """When a word said is only like (not one of) the item's name words, or the item is a
        topping: the other items whose names hold the whole name and more."""
        if not self.keys[index]:
            return []
        own = set(self.keys[index][0].words)
        # each name word said, and one of them only as a word like it ("jujeh" for "joojeh")
        heard = [max((self._similar(w).get(name, 0.0) for w in words), default=0.0) for name in own]
        add_on = bool(self.category_words.get(self.items[index].category, set()) & ADD_ON_CATEGORY)
        if min(heard) < EXPLAINED or (min(heard) >= 1.0 and not add_on):
            return []  # (a topping said alone, "a boba", may be the drink made with it too)
        return [other for other in sorted(set.intersection(*(self.word_items.get(w, set()) for w in own)))
                if other != index and self.keys[other] and own < set(self.keys[other][0].words)
                and all(self._kind_fits(w, other) for w in words if w in KIND_WORDS)]  # no Café Cubano

    def _sized_instead(self, words: tuple[str, ...], size_said: str, index: int) -> list[int]:
        """Other items that come in ``size_said`` and hold every word said (names, ingredients)."""
        found = []
        for other in sorted(self._pool_of(words) - {index}):
            if not self.items[other].sizes or self.size_name(self.items[other], size_said) is None:
                continue
            tiers = self._coverage(words, other)
            if tiers and "description" not in tiers.values() and "name" in tiers.values():
                found.append(other)
        return found
