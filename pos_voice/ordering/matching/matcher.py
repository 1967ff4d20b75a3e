"""The matcher: puts the rules together into one decision — match, confirm, ask or unknown."""

from __future__ import annotations

import copy

from ...pos.types import Menu
from ..dish_gazetteer import dishes_named
from ..food_words import KINDS_OF
from ..text import FILLER, fold, phrase, tokens
from .name_rules import NameRules
from .other_words import OtherWordsRules
from .results import AMBIGUOUS, CONFIRM, MATCH, UNKNOWN, Resolution
from .spoken import Said
from .vocabulary import (
    _DESCRIBING,
    ADD_ON_CATEGORY,
    ADD_WORDS,
    COVER_SKIP,
    DESCRIPTORS,
    EXPLAINED,
    FORM_WORDS,
    KIND_WORDS,
    LADDER_SIZES,
    MEATS,
    PROTEINS,
    SURE_SCORE,
)


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
        full = " ".join(w for w in tokens(spoken) if w not in FILLER)
        if full in self.full_names and size is None:
            # the whole phrase is a name or alias, numbers and sizes included ("two large cheese tuesday")
            return Resolution(MATCH, item=self.items[self.full_names[full]], score=1.0)
        parsed = self.parse(spoken)
        size_said = phrase(size) if size else parsed.size
        if size_said and size_said in self.size_phrases:
            size_said = self.size_phrases[size_said]
        words = parsed.words
        quantity = parsed.quantity
        describing = bool(_DESCRIBING.search(fold(spoken)))
        said_raw = Said(self, spoken, words)  # as said, untranslated
        result = self._resolve_words(words, size_said, describing, said_raw)
        if result.status == AMBIGUOUS and size_said and result.score >= SURE_SCORE:
            # "a large pepperoni": of the pizza and the slice, only the pizza comes in large
            sized = [c for c in result.candidates if c.sizes and self._has_size(c, size_said)]
            if len(sized) == 1:
                result = Resolution(MATCH, item=sized[0], score=result.score)
        elif result.status == AMBIGUOUS and size_said and size_said not in LADDER_SIZES and len(
                result.candidates) > 1:
            # "three pounds of crawfish": of the items the words fit, only the boil is sold by the
            # pound — the one plausible item, confirmed (a "small" or "large" says too little)
            sized = [c for c in result.candidates if c.sizes and self._has_size(c, size_said)]
            in_size = {i for i, item in enumerate(self.items)
                       if item.sizes and self._has_size(item, size_said) and self._holds_all(words, i)}
            if len(sized) == 1 and in_size <= {self._index(sized[0])}:  # (a glass: of the red or the white?)
                result = Resolution(CONFIRM, item=sized[0], score=result.score)
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
            named = self._resolve_words(with_size, None, describing, said_raw)
            if named.status in (MATCH, CONFIRM) and named.item is not None and self._name_said(
                    with_size, self._index(named.item)):
                result, size_said = named, None
        if result.status != MATCH and quantity is not None and str(quantity) in self.vocabulary:
            # a number that is part of a name: "four cheese" for the Cuatro Quesos
            with_number = (str(quantity), *words)
            named = self._resolve_words(with_number, size_said, describing, said_raw)
            if named.status in (MATCH, CONFIRM) and named.item is not None and self._name_said(
                    with_number, self._index(named.item)):
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
            if sounded is not None and (result.status == UNKNOWN or self.items[sounded] in result.candidates):
                result = Resolution(CONFIRM, item=self.items[sounded], score=max(result.score, 0.5))
        if result.item is not None and not size and parsed.size_words and not self.size_name(
                result.item, size_said) and all(self._said_in_name(w, self._index(result.item))
                                                for w in parsed.size_words):
            size_said = None  # the size word was the name's: "family combo", "Two Large Cheese Tuesday"
        if result.item is not None and result.item.sizes and not size_said and quantity and self.size_name(
                result.item, f"{quantity} piece"):
            size_said, quantity = f"{quantity} piece", None  # "a dozen pierogi" of 6 or 12 pieces
        result.quantity = quantity
        result.size_said = size_said
        result.size_words = parsed.size_words if size_said and not size else ()
        if result.item is not None and size_said:
            result.size = self.size_name(result.item, size_said)
        return result

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
        if found.item is not None and found.status in (MATCH, CONFIRM):
            meats = self._meat_variants(words, self._index(found.item))
            if meats:
                # "doner wrap": the Döner Dürüm (beef and lamb), or the Chicken Döner Dürüm?
                return Resolution(AMBIGUOUS, candidates=[found.item, *(self.items[i] for i in meats)][:6],
                                  score=found.score)
        if found.item is not None and found.status in (MATCH, CONFIRM) and said_raw is not None and \
                self.item_dishes[self._index(found.item)] and self._another_dish(
                    said_raw.ordered, self._index(found.item)):
            # "arroz con pollo" is a dish of its own, not the Arroz Chaufa de Pollo: the closest, asked
            return Resolution(AMBIGUOUS, candidates=[found.item], score=found.score, ruled_out=True)
        if found.status == AMBIGUOUS and not found.ruled_out and len(found.candidates) >= 2:
            headed = self._head_said(words, [self._index(c) for c in found.candidates])
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
        words = [w for w in (self.keys[index][0].words if self.keys[index] else ())
                 if w not in FORM_WORDS and w not in COVER_SKIP and w not in DESCRIPTORS]
        return words[-1] if words else None

    def _head_said(self, words: tuple[str, ...], candidates: list[int]) -> int | None:
        """Of candidates whose names all hold every word said, the one whose head was said last,
        when the others' heads were not said at all."""
        said = [w for w in words if not w.isdigit()]
        if len(said) < 2 or not all(set(said) <= self.name_words[i] for i in candidates):
            return None
        heads = {i: self._head(i) for i in candidates}
        own = [i for i in candidates if heads[i] == said[-1]]
        if len(own) != 1 or any(heads[i] in said for i in candidates if i != own[0]):
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
        if len(said) < 2 or not self.item_dishes[index] or self.raw_name_words[index] <= set(said):
            return False  # (its whole name said is no other dish)
        own = self._dish_names.get(index)
        if own is None:
            names = frozenset(name for dish in self.item_dishes[index] for name in dish.names)
            own = self._dish_names[index] = (names, frozenset(w for name in names for w in name))
        own_names, own_words = own
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
