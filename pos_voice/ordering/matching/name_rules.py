"""Answers from the menu's own names: one item only when it is clearly best, a question otherwise."""

from __future__ import annotations

from rapidfuzz import fuzz

from ...pos.types import MenuItem
from ..food_words import KINDS_OF, roman_key
from ..text import FILLER, phrase, tokens
from .results import AMBIGUOUS, CONFIRM, MATCH, UNKNOWN, Resolution
from .scoring import CandidateScoring
from .vocabulary import (
    CANDIDATE_SCORE,
    CATEGORY_SYNONYMS,
    CLEAR_MARGIN,
    DISH_KINDS,
    EXPLAINED,
    HOW_COOKED,
    KIND_WORDS,
    SERVED,
    SURE_SCORE,
)


class NameRules(CandidateScoring):
    """The decision on the menu's own names: match when one item is clearly best, else ask."""

    def _made_of_the_dish(self, words: tuple[str, ...], index: int, named: list[int]) -> bool:
        """Item ``index`` is called ``words`` and is the gazetteer's dish of that name, and every
        other item in ``named`` is made first of it prepared some way ("crushed samosa" of the
        Samosa Chaat): a dish made from it, not it (a Falafel Wrap of "falafel" is the falafel
        itself, wrapped: that asks)."""
        if not any(words in dish.names for dish in self.item_dishes[index]):
            return False
        for other in named:
            if other == index:
                continue
            ingredients = self.items[other].ingredients
            first = [w for w in tokens(ingredients[0]) if w not in FILLER] if ingredients else []
            if not set(words) <= set(first) or len(first) <= len(words):
                return False
        return True

    def _kinds_all_named(self, category: str) -> bool:
        """Every word of the category is in the own name of one of its items ("Bunny Chows &
        Gatsbys" of the Mutton Bunny Chow and the Masala Steak Gatsby)."""
        names = [self.name_words[self._index(item)] for item in self.categories.get(category, ())]
        return all(any(word in name for name in names) for word in self.category_words.get(category, ()))

    def _by_names(self, words: tuple[str, ...], size_said: str | None) -> Resolution:
        """Resolution by the menu's names and aliases (and its ingredients, to tell them apart)."""
        if not words:
            if size_said:  # "a two liter" → the items that come in that size
                sized = [item for item in self.items if item.sizes and self.size_name(item, size_said)]
                return Resolution(AMBIGUOUS if sized else UNKNOWN, candidates=sized[:8])
            return Resolution(UNKNOWN)
        joined = " ".join(words)
        if all(w == "special" or w in {"today", "daily", "deal"} for w in words) or joined in {
            "special", "today special", "daily special", "deal"
        }:
            specials = [item for item in self.items if item.is_special]
            if len(specials) == 1:
                return Resolution(MATCH, item=specials[0], score=1.0)
            return Resolution(AMBIGUOUS if specials else UNKNOWN, candidates=specials)
        if len(words) == 1 and words[0] not in self.generic:
            named = sorted(self.by_distinctive_name.get(words, ()))
            plain = [i for i in named if any(key.words == words for key in self.keys[i])]
            if len(named) > 1 and len(plain) == 1 and self._made_of_the_dish(words, plain[0], named):
                # "samosa": the Samosa, not the Samosa Chaat made of crushed samosa
                return Resolution(MATCH, item=self.items[plain[0]], score=1.0)
            if len(named) > 1:  # "pepperoni": the pizza or the slice?
                return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in named], score=1.0)
            if len(named) == 1:  # "sausage" → the Sausage Pizza, literally called that
                others = sorted(i for i in self.word_items.get(words[0], ()) if i != named[0])
                exact_name = any(key.words == words for key in self.keys[named[0]])
                if others and not exact_name:  # "watermelon": the Watermelon Soju, or the Watermelon Juice?
                    return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in [named[0], *others]][:6],
                                      score=1.0)
                return Resolution(MATCH, item=self.items[named[0]], score=1.0)
        exact = self.exact.get(joined)
        if exact and len(exact) == 1:
            index = next(iter(exact))
            shared = self._shared_ingredient(words, index)
            if shared:
                return Resolution(AMBIGUOUS, candidates=[self.items[index], *shared][:6], score=1.0,
                                  ruled_out=True)
            return Resolution(MATCH, item=self.items[index], score=1.0)
        if exact:
            return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in sorted(exact)], score=1.0)
        # only kind-of-dish words ("a pizza", "a soda"): the category, never a guess
        if all(w in self.generic for w in words):
            said = set(words)
            pool = set.intersection(*(self.word_items.get(w, set()) for w in said)) if len(
                said) > 1 else set()
            reordered = [i for i in sorted(pool) if said == {
                w for w in tokens(self.items[i].name, translate=False) if w not in FILLER}]
            if len(reordered) == 1:
                # "milanesa sandwich" for the Sándwich de Milanesa: its whole name as the menu writes
                # it, in another order — the one plausible item, confirmed (not the category the words
                # also are; a translation is not the name: "fried pizza" may be more than the Pizza Fritta)
                return Resolution(CONFIRM, item=self.items[reordered[0]], score=0.9)
            wanted = set(words)
            for word in words:
                wanted.update(CATEGORY_SYNONYMS.get(word, ()))
            # (of a category of kinds each some item's name says, "Bunny Chows & Gatsbys", the items
            # it says are the one said: "a gatsby" is the Masala Steak Gatsby, not the bunny chows;
            # "a dessert" of "Desserts & Drinks", where no name says drink, is any of them)
            in_category = [item for cat, cat_words in self.category_words.items()
                           if wanted & cat_words for item in self.categories[cat]
                           if not self._kinds_all_named(cat)
                           or wanted & self.category_says[self._index(item)]]
            if not in_category:
                in_category = [item for index, item in enumerate(self.items)
                               if any(set(words) & set(key.words) for key in self.keys[index])]
            if len(in_category) == 1 and len(words) == 1 and set(words) <= set(self.keys[
                    self.items.index(in_category[0])][0].words):
                # "chicken" for the one Pollo a la Brasa — unless another dish is called chicken too
                called_so = [self.items[i] for i in sorted(self.word_items.get(words[0], ()))
                             if self.items[i] is not in_category[0]]
                if not called_so:
                    # added when that is its whole name; otherwise the one plausible item, confirmed
                    # ("salad" where the one salad is the German Potato Salad: "the potato salad?")
                    index = self._index(in_category[0])
                    rest = set(self.keys[index][0].words) - set(words) - self.soft_words - \
                        self.category_words.get(in_category[0].category, set())
                    return Resolution(CONFIRM if rest else MATCH, item=in_category[0], score=0.9)
                return Resolution(AMBIGUOUS, candidates=[in_category[0], *called_so][:6], score=0.9)
            named_in = [item for item in in_category if self._category_and_name_said(words, item)]
            if len(named_in) == 1:
                # "a side of rice": of the "Salads & Sides", the one whose name says the rest (the
                # Steamed Rice) — not the rice dishes of the "Noodles & Rice", which are no side
                return Resolution(CONFIRM, item=named_in[0], score=0.9)
            if len(in_category) == 1 and self._all_the_category_is(words, in_category[0]):
                # "a beer" where the one in "Beer" is the Efes Pilsen: the one plausible item, confirmed
                return Resolution(CONFIRM, item=in_category[0], score=CANDIDATE_SCORE)
            return Resolution(AMBIGUOUS if in_category else UNKNOWN, candidates=in_category[:8])
        scored = self.score_items(words)
        if size_said:
            # a size the item does not come in is a hint it is another item ("large" → not the can)
            scored = [(score - (0.0 if self._has_size(self.items[i], size_said) else 0.05), i)
                      for score, i in scored]
            scored.sort(key=lambda pair: (-pair[0], pair[1]))
        if not scored:
            return self._by_description(words, 0.0, [])
        best_score, best_index = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        shared = self._shared_ingredient(words, best_index)
        if shared:
            # "sausage", "pineapple": a topping, or any of the dishes made with it — ask
            return Resolution(AMBIGUOUS, candidates=[self.items[best_index], *shared][:6], score=best_score,
                              ruled_out=True)
        if self._could_be(words, best_index):
            # other items the same words describe as well: when only part of the name was said ("a
            # ham pizza": the Jamón y Queso, or the Hawaiana with ham), or when they have a word said
            # that this one's name lacks ("bibimbap bowl": the Bibimbap, or the Dolsot (stone bowl))
            name_said = self._name_said(words, best_index)
            best_names = self._names(best_index)
            others = [i for i in self._pool(words) if i != best_index and self._could_be(words, i) and (
                not name_said or any(w in self._names(i) and w not in best_names for w in words))]
            if others:
                return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in [best_index, *others]][:6],
                                  score=best_score)
        if self._only_with(words, best_index):
            # what was said is only what comes with it ("ice cream" for the Brownie con Helado)
            return Resolution(UNKNOWN, candidates=[self.items[best_index]], score=best_score, ruled_out=True)
        if self._another_variant(words, best_index):
            # the name less a word that makes it another dish: "tuna roll" is not the Spicy Tuna Roll
            return Resolution(UNKNOWN, candidates=[self.items[best_index]], score=best_score, ruled_out=True)
        unique = self._only_item_with_all(words)
        if unique is not None and unique == best_index and runner_up < SURE_SCORE:
            # every word the caller said is, exactly, in this item's name and in no other's; the
            # whole name said is added, part of it confirmed ("tuna roll": the Spicy Tuna Roll?)
            status = MATCH if self._name_said(words, best_index) else CONFIRM
            return Resolution(status, item=self.items[best_index], score=max(best_score, SURE_SCORE))
        if best_score >= SURE_SCORE and self._holds_all(words, best_index) and self.keys[best_index] and not (
                set(self.keys[best_index][0].words) <= set(words)):
            # part of a name said that another name holds as well ("jasmine tea": the Jasmine Milk
            # Tea, or the Jasmine Green Tea?), even where one's other word is its category's
            also = [i for score, i in scored[1:] if score >= CANDIDATE_SCORE and self._holds_all(words, i)]
            if also:
                return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in [best_index, *also]][:6],
                                  score=best_score)
        if best_score >= SURE_SCORE and best_score - runner_up >= CLEAR_MARGIN:
            return Resolution(MATCH, item=self.items[best_index], score=best_score)
        if size_said and best_score >= SURE_SCORE:
            # "a large cheese": of the close ones, only the pizza comes in large
            close_sized = [i for score, i in scored
                           if score >= best_score - CLEAR_MARGIN and self._has_size(self.items[i], size_said)]
            if len(close_sized) == 1:
                return Resolution(MATCH, item=self.items[close_sized[0]], score=best_score)
        if best_score >= CANDIDATE_SCORE and self._explains(words, best_index):
            # every word the caller said is accounted for by this item, and by no other close one
            best_words = set(self.keys[best_index][0].words) if self.keys[best_index] else set()
            # a rival that is this item and more ("Coca-Cola Zero" for "coke") was not said — unless
            # a kind was said that the more may be ("a falafel sandwich": Falafel, or Falafel Wrap?)
            kind_said = any(w in KIND_WORDS for w in words)
            rivals = [i for score, i in scored[1:]
                      if score >= best_score - CLEAR_MARGIN and self._explains(words, i)
                      and (kind_said or not (self.keys[i] and best_words < set(self.keys[i][0].words)))]
            if not rivals and (best_score >= SURE_SCORE or self._name_said(words, best_index)
                               or all(self._said_in_name(w, best_index) for w in words
                                      if not w.isdigit() and w not in self.soft_words)):
                # below sure, confirmed when the name was said in full or every word said is in the
                # name ("posole", "chicken tacos"); "mango juice" is not the Mango Lassi
                status = MATCH if best_score >= SURE_SCORE else CONFIRM
                return Resolution(status, item=self.items[best_index], score=best_score)
        close = [self.items[i] for score, i in scored
                 if score >= CANDIDATE_SCORE and score >= best_score - 0.2]
        if len(close) > 1:
            return Resolution(AMBIGUOUS, candidates=close[:6], score=best_score)
        if close and not self._described(words):
            if self._misheard_once(words, best_index):
                # "kung pow chicken", "lamb rogan gosh": one word off, the rest the name itself
                return Resolution(CONFIRM, item=self.items[best_index], score=best_score)
            return Resolution(AMBIGUOUS, candidates=close, score=best_score)
        return self._by_description(words, best_score, scored)

    def _by_description(self, words: tuple[str, ...], best_score: float,
                        scored: list[tuple[float, int]]) -> Resolution:
        """No name fits: the item the caller described, or whose initials they said ("kfc"), or
        whose name they said with one word misheard ("som tam")."""
        described = self._described(words)
        if not described and scored and self._misheard_once(words, scored[0][1]) and (
                len(scored) == 1 or scored[1][0] < scored[0][0] - CLEAR_MARGIN):
            return Resolution(CONFIRM, item=self.items[scored[0][1]], score=best_score)
        if len(words) == 1 and not described and words[0] not in self.vocabulary:
            described = sorted(self.initials.get(words[0], ()))
        if len(described) == 1:
            return Resolution(CONFIRM, item=self.items[described[0]], score=max(best_score, CANDIDATE_SCORE))
        if described:
            return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in described][:6], score=best_score)
        return Resolution(UNKNOWN, candidates=[self.items[i] for score, i in scored[:3] if score >= 0.35],
                          score=best_score)

    def _accounted(self, word: str, index: int, ingredient_words: bool) -> bool:
        names = {w for key in self.keys[index] for w in key.words}
        if ingredient_words and word in self.ingredient_words[index]:
            return True  # "tteokbokki rice cakes": the name, and what it is made of
        if word in self.named_kinds and word not in names:
            # the menu names items "… calzone": a "pepperoni calzone" is not the Pepperoni Stromboli
            return False
        if self._kind_fits(word, index) or word in self.soft_words:
            return True
        if word in self.category_words.get(self.items[index].category, set()):
            return True
        return any(self._similar(word).get(name, 0.0) >= EXPLAINED for name in names)

    def _misheard_once(self, words: tuple[str, ...], index: int) -> bool:
        """All words said but one are the item's name words — translated, or as the menu writes
        them ("Yang Chow Fried Rice", whose translation is "yangzhou fried rice") — and that one
        sounds like the one name word left over."""
        odd = [w for w in words if not w.isdigit() and w not in self.soft_words
               and not self._said_in_name(w, index) and not self._kind_fits(w, index)]
        if len(odd) != 1 or len(words) < 2:
            return False
        category = self.category_words.get(self.items[index].category, set())
        return any(self._one_word_misheard(odd[0], left[0]) for left in (
            # (a word of the name as written counts as said in translation: "beef" of "carne")
            [n for n in key.words if not self._said(n, words) and n not in category
             and not any(self._said(english, words) for english in tokens(n))]
            for key in self.keys[index] if key is self.keys[index][0] or len(key.words) >= 2)
            if len(left) == 1)

    @staticmethod
    def _one_word_misheard(said: str, missing: str) -> bool:
        """``said`` sounds like the name word ``missing`` ("pow" / "pao", "yeung" / "yang")."""
        if said == "un" + missing or missing == "un" + said:
            return False  # "unsweet" is no "sweet" misheard
        if roman_key(said) == roman_key(missing):
            return True  # "pad si ew" / "Pad See Ew"
        said_key, missing_key = roman_key(said), roman_key(missing)
        close = max(fuzz.ratio(said_key, missing_key), fuzz.ratio(said, missing)) >= 60
        # (the same first sound, as written or as keyed: a glide the key drops, "yeung" / "yang")
        return close and (said_key[:1] == missing_key[:1] or said[:1] == missing[:1]
                          or fuzz.ratio(said, missing) >= 70)

    def _another_variant(self, words: tuple[str, ...], index: int) -> bool:
        """The words said are the item's name but for a distinguishing word ("spicy", "fresh")."""
        names = self.keys[index][0].words if self.keys[index] else ()
        category = self.category_words.get(self.items[index].category, set())
        # a word the dish always has is no variant ("tantanmen" is spicy sesame ramen anyway)
        unsaid = [n for n in names if n not in category and not self._said(n, words)
                  and n not in self.dish_words[index]]
        return bool(unsaid) and all(n in self.distinguishing for n in unsaid) and all(
            self._said_in_name(w, index) or w in self.soft_words for w in words if not w.isdigit())

    def _only_with(self, words: tuple[str, ...], index: int) -> bool:
        extra = self.accompaniments[index]
        if any(w in self._names(index) - extra for w in words):
            return False  # the dish itself was said too: "fish sauce wings"
        named = [w for w in words if w not in self.soft_words and not self._kind_fits(w, index)]
        return bool(extra) and bool(named) and all(w in extra for w in named)

    def _said_in_name(self, word: str, index: int) -> bool:
        """``word`` is a word of the item's name or of its category ("chickpea curry")."""
        if word in self.category_words.get(self.items[index].category, set()):
            return True
        return any(word == name or self._similar(word).get(name, 0.0) >= EXPLAINED
                   for name in self._names(index))

    def _pool(self, words: tuple[str, ...]) -> list[int]:
        """The items that have one of ``words`` (or a word like it) in their name or ingredients,
        or are made of a kind of it ("beef": the steak ones): the only ones ``_could_be`` accepts."""
        pool: set[int] = set()
        for word in words:
            for menu_word in self._similar(word):
                pool.update(self.word_items.get(menu_word, ()))
            pool.update(self.ingredient_items.get(word, ()))
            for made_of in self.kinds_of_word.get(word, ()):
                pool.update(self.word_items.get(made_of, ()))
                pool.update(self.ingredient_items.get(made_of, ()))
        return sorted(pool)

    def _could_be(self, words: tuple[str, ...], index: int) -> bool:
        """Every word said is in this item's name (closely: "cake" is not "coke") or ingredients, or
        a kind or describing word that fits it, and at least one names it or what it is made of."""
        names = self._names(index)
        found = False
        for word in words:
            if word.isdigit():
                continue
            if word in self.ingredient_words[index] or any(
                    self._similar(word).get(name, 0.0) >= 0.9 for name in names) or any(
                    KINDS_OF.get(made_of) == word for made_of in self.ingredient_words[index] | names):
                found = found or word not in KIND_WORDS  # "beef": the steak in it counts
                continue
            if not (self._kind_fits(word, index) or word in self.soft_words):
                return False
        return found

    def _explains(self, words: tuple[str, ...], index: int) -> bool:
        """Every word said is one of the item's (or a kind it is, or a describing word); a word of
        its ingredients counts only once the name itself was said ("beef bulgogi")."""
        name_said = self._name_said(words, index)
        return all(self._accounted(word, index, name_said) for word in words if not word.isdigit())

    def _name_said(self, words: tuple[str, ...], index: int) -> bool:
        """Every word of the item's name (but its category's) is among the words said."""
        category = self.category_words.get(self.items[index].category, set())
        for key in self.keys[index]:
            distinctive = [w for w in key.words if w not in category and w not in self.soft_words]
            if distinctive and all(self._said(name, words) for name in distinctive):
                return True
        return False

    def _described(self, words: tuple[str, ...]) -> list[int]:
        """Items the caller described by what is in them ("pork belly", "ham and pineapple pizza"):
        every word is an ingredient, a kind or a describing word of the item. Toppings named
        (menu modifiers) are a pizza being built, not a dish described."""
        if any(phrase(w) in self.modifier_words for w in words):
            return []
        found = []
        said = set(words)
        for index in sorted({i for w in said for i in self.ingredient_items.get(w, ())}):
            ingredients = self.ingredient_words[index]
            if not said & ingredients:
                continue
            kinds = self.item_kinds[index] | self.category_words.get(self.items[index].category, set())
            if not all(w in ingredients or w in kinds or w in self.soft_words for w in words):
                continue
            # it takes two things it is made of and its kind ("ham and pineapple pizza", "short rib
            # soup"), or a whole ingredient of two words ("pork belly"); "sausage pizza" is too little
            made_of = said - kinds - self.soft_words
            parts = [{w for w in tokens(name) if w not in FILLER} for name in self.items[index].ingredients]
            # two things it is made of, or its main one — not one part of a platter ("chicken kebab")
            one_part = any(made_of <= part for part in parts[1:])
            spread = not one_part and (sum(1 for part in parts if made_of & part) >= 2
                                       or bool(parts and made_of <= parts[0]))
            # a whole ingredient describes a dish when it is what the dish is made of first
            # ("pork belly"), not one part of a platter ("chicken kebab" of the Mixed Grill)
            whole = self.main_phrase[index] is not None and set(self.main_phrase[index] or ()) <= said
            if (said & kinds and len(made_of) >= 2 and spread) or whole:
                found.append(index)
        return found

    def _shared_ingredient(self, words: tuple[str, ...], best_index: int) -> list[MenuItem]:
        """Other dishes made with the one ingredient the caller named (a lone "sausage")."""
        if len(words) != 1 or words[0] in self.generic:
            return []
        word = words[0]
        distinctive = self._distinctive_name(best_index)
        if distinctive == words or tuple(
                w for w in distinctive if w not in HOW_COOKED and w not in KIND_WORDS) == words:
            return []  # the item is called that ("calamari", "lasagna"; "Fried Calamari", "Pita Bread")
        if words in self._name_halves(best_index):
            return []  # ...in its own language or in its gloss ("Kachumbari (Tomato and Onion Salad)",
            # "Pomfrit (Fries)", "Zelí (Sauerkraut)"): the dishes made with it are not called so
        # "coconut": a dish made with coconut milk is not one ("coconut" only qualifies the milk),
        # unless its name says it too ("alfredo": the Chicken Alfredo, with its alfredo sauce)
        others = [self.items[index] for index in sorted(self.ingredient_items.get(word, ()))
                  if index != best_index and not self.items[index].is_special
                  and (word not in self.ingredient_modifiers[index] or word in self._names(index))]
        if others or word in self.modifier_words:
            return others or [self.items[best_index]]
        return []

    def _only_item_with_all(self, words: tuple[str, ...]) -> int | None:
        distinctive = [w for w in words if w not in self.generic]
        if not distinctive:
            return None
        pool = set.intersection(*(self.word_items.get(w, set()) for w in distinctive))
        holders = [index for index in sorted(pool)
                   if any(all(w in key.words for w in distinctive) for key in self.keys[index])]
        if len(holders) != 1:
            return None
        # "shrimp" when another dish is made with shrimp: ask rather than guess
        made_with = set.intersection(*(self.ingredient_items.get(w, set()) for w in distinctive))
        if made_with - {holders[0]}:
            return None
        allowed = set(self.category_says[holders[0]])
        for key in self.keys[holders[0]]:
            allowed.update(key.words)
        for word in list(allowed):
            allowed.update(CATEGORY_SYNONYMS.get(word, ()))
        # a kind-of-dish word that is not this item's kind ("pepperoni calzone") rules it out
        if any(w in self.generic and w not in allowed for w in words):
            return None
        return holders[0]

    def _category_and_name_said(self, words: tuple[str, ...], item: MenuItem) -> bool:
        """Some words said are the item's category's, and the rest are words of its own name, none
        of them a kind of dish ("a square pizza" of the White Pie in "Detroit Squares" is a question:
        any square is a pizza)."""
        category = self.category_words.get(item.category, set())
        said = {w for w in words if not w.isdigit()}
        rest = said - category
        return bool(said & category) and bool(rest) and not rest & DISH_KINDS and (
            rest <= self.name_words[self._index(item)])

    def _all_the_category_is(self, words: tuple[str, ...], item: MenuItem) -> bool:
        """The words said are the item's category's, and no other item has them in its name or
        ingredients ("a beer" for the one beer; not "a chicken dish" where others are made with it)."""
        index = self._index(item)
        return set(words) <= self.category_words.get(item.category, set()) and not any(
            i != index for w in words
            for i in self.word_items.get(w, set()) | self.ingredient_items.get(w, set()))

    def _only_category_said(self, words: tuple[str, ...], index: int) -> bool:
        """The words said are the item's category word and how it is served ("iced coffee", where
        no other name says "iced"), and its category has other items: nothing said tells this one
        from them."""
        category = self.category_words.get(self.items[index].category, set())
        said = [w for w in words if not w.isdigit()]
        if not self.keys[index] or set(self.keys[index][0].words) <= set(said):
            return False  # its whole name said: "Iced Coffee"
        return bool(said) and len(self.categories[self.items[index].category]) > 1 and any(
            w in category for w in said) and any(w in SERVED for w in said) and all(
                w in category or (w in SERVED and len(self.word_items.get(w, ())) <= 1) for w in said)

    def _holds_all(self, words: tuple[str, ...], index: int) -> bool:
        """Every word said (counts and soft words aside) is a word of the item's name."""
        said = [w for w in words if not w.isdigit() and w not in self.soft_words]
        return bool(said) and all(w in self.name_words[index] for w in said)
