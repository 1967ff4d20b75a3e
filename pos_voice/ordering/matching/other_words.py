"""Signals weaker than the names (an item's own words, dish glosses): they confirm, never add."""

from __future__ import annotations

import functools

from ..food_words import KINDS_OF, roman_key
from ..text import FILLER, tokens
from .index import holds_run
from .results import AMBIGUOUS, CONFIRM, Resolution
from .scoring import CandidateScoring
from .spoken import Said
from .vocabulary import (
    CANDIDATE_SCORE,
    CHOICE_WORDS,
    COVER_SKIP,
    DISH_KINDS,
    EXPLAINED,
    KIND_UMBRELLAS,
    KIND_WORDS,
    MEATS,
    SAME_KIND_WORDS,
    SAME_KINDS,
    food_vocabulary,
)


class OtherWordsRules(CandidateScoring):
    """The weaker signals that only ever confirm: an item's own words, and the gazetteer's glosses."""

    def _translated_rivals(self, words: tuple[str, ...], index: int, said_raw: Said | None) -> list[int]:
        """When none of the words said (``said_raw``: as said, untranslated) is one of the item's
        name in its own language (the caller said "seafood rice", the menu "Arroz con Mariscos"),
        the other items those words fit: named so too ("Arroz Chaufa de Mariscos", but not an item
        of a kind not said, the "Calzone de Jamón y Queso" for "a ham and cheese"), or of the kind
        said and made of the rest (a "bean soup": the Minestrone has beans too)."""
        if said_raw is None or said_raw.spoken & self.raw_name_words[index]:
            return []  # (the common case, checked first: a word of its own name was said)
        names = self.name_words[index]
        said = tuple(w for w in words if w in names or not (w.isdigit() or w in self.soft_words))
        if not said or not self._in_translation(said, index, said_raw):
            return []
        rivals = []
        for other in sorted(self._pool_of(said) - {index}):
            tiers = self._coverage(said, other, let_go=False)
            if tiers is None or "description" in tiers.values():
                continue
            unsaid_kinds = {w for w in self._names(other) if w in self.named_kinds} - set(said) - names
            named_so = all(tier in ("name", "gazetteer") for tier in tiers.values()) and not unsaid_kinds
            if named_so or ("kind" in tiers.values() and "ingredient" in tiers.values()):
                rivals.append(other)
        return rivals

    def _in_translation(self, said: tuple[str, ...], index: int, said_raw: Said | None) -> bool:
        """The words said name the item only in translation: none of them (as said) is a word of its
        name in the menu's own language, some (translated) are."""
        if said_raw is None or not set(said) & self.name_words[index]:
            return False
        names = self.raw_name_words[index]
        return not said_raw.spoken & names and not set(said_raw.ordered) & names

    def _by_other_words(self, words: tuple[str, ...], own: Resolution, describing: bool,
                        said_raw: Said | None = None) -> Resolution | None:
        """No name settled it: the one item the gazetteer calls exactly that, or whose own words
        (name, ingredients, description, gazetteer names) hold every word said — confirmed, never
        added outright, and only when no other item fits those words too (then it asks);
        ``describing``: the caller described a dish ("a stew with tofu") rather than named one.
        ``None`` leaves ``own`` as it was."""
        said = tuple(w for w in words if not w.isdigit())
        if not said or any(w.isdigit() for w in words[1:-1]):
            return None  # (a number inside the words said is part of a name: "pizza quattro formaggi")
        # the caller said a dish's English name exactly ("glass noodles" for the Japchae): that
        # outweighs the names' doubts, and only items that could be called so rival it
        found = sorted(self.gloss_exact.get(said, ()) or self.gloss_joined.get(roman_key("".join(said)), ()))
        exact = bool(found)
        if not found:
            if all(w in self.generic for w in said):
                return None  # "a pizza", "a soda": the category answer stands
            if own.ruled_out:
                return None  # "tuna roll" is not the Spicy Tuna Roll: the names said so
            loose = tuple(sorted({w for w in said if w not in COVER_SKIP}))
            found = sorted(self.gloss_phrases.get(loose, ())) if loose else []
            found = found or self._covering(said)
        if not found:
            return None
        asked = own.candidates if own.status == AMBIGUOUS else []
        if not exact and len(asked) > 1 and not set(found) & {self._index(c) for c in asked}:
            return None  # the names asked about others: this one is no answer to that question
        if len(found) == 1:
            rivals = self._rivals(said, found[0], {self._index(c) for c in asked}, exact, describing)
            if exact and said in self.gloss_native:
                # the dish's own name spelled another way ("borscht" for the Barszcz): only items
                # the menu names so rival it (the Zilzil Tibs, in "Beef", for "beef tibs"), not one
                # that is a kind of it (the Żurek, "white borscht")
                rivals = [i for i, tiers in ((i, self._coverage(said, i) or {}) for i in rivals)
                          if set(tiers.values()) <= {"name", "kind"} and tiers.get(said[-1]) == "name"]
            elif exact:
                rivals += self._unsaid_kind_rivals(said, found[0], rivals)
            if not exact and len(asked) > 1 and self._in_translation(said, found[0], said_raw):
                # the names asked about it and others: one of those the words said are all found on
                # as well is still a question ("bean soup": the Pasta e Fagioli, or the Minestrone?)
                rivals += [i for i in sorted({self._index(c) for c in asked} - {found[0], *rivals})
                           if self._coverage(said, i, let_go=False) is not None]
            if len(asked) > 1:
                # ...or another whose name holds the words said but a kind its category says it is
                # ("an egg sandwich": the Egg Salad Sandwich, or a Breakfast Sandwiches' Egg and Cheese?)
                rivals += [i for i in sorted({self._index(c) for c in asked} - {found[0], *rivals})
                           if self._named_by_category(said, i)]
            if len(asked) > 1:
                # the names asked about it and another made of exactly what was said ("fried bread":
                # the Tibetan Bread, or the Sha Phaley made with fried bread?): still a question
                rivals += [i for i in sorted({self._index(c) for c in asked} - {found[0], *rivals})
                           if said in self.ingredient_phrases[i]]
            if len(asked) > 1:
                # ...or another the words said name in part and whose category says the rest ("bbq
                # plate": the BBQ Mix Plate, or the BBQ Chicken of the "Plate Lunch"?)
                rivals += [i for i in sorted({self._index(c) for c in asked} - {found[0], *rivals})
                           if self._named_in_category(said, i)]
            if not exact:
                # "a patty": only the gazetteer's gloss of the Pate Kode ("haitian patty") says it, and
                # the Pate Poul and Pate Aran are named with the same native word for the dish
                rivals += [i for i in self._named_as_its_dish(said, found[0]) if i not in rivals]
                # "a beer" where "Pilsner" only means beer: the Budvar and the Kozel beside it, sold
                # in the same sizes and named no kind, are as likely beers
                rivals += [i for i in self._kind_meant_rivals(said, found[0]) if i not in rivals]
                # "kebab wrap" where the Kebab i Pita is a wrap only as a pita is one: the Kebab i
                # Rull beside it, named so with a word the matcher doesn't know, may be the wrap
                rivals += [i for i in self._foreign_form_rivals(said, found[0]) if i not in rivals]
            found = [*found, *rivals]
        if len(found) > 1:
            if len(asked) > 1:
                return None  # the names asked already
            return Resolution(AMBIGUOUS, candidates=[self.items[i] for i in found][:6], score=own.score)
        return Resolution(CONFIRM, item=self.items[found[0]], score=max(own.score, CANDIDATE_SCORE))

    def _unsaid_kind_rivals(self, said: tuple[str, ...], index: int, rivals: list[int]) -> list[int]:
        """A gazetteer's English name said ("chicken stew" for the Doro Wot, in "Chicken") that is
        the item's category and a kind word the menu never writes of it: the menu doesn't tell
        which item of that category is that kind, so another of them it gives no kind of its own
        (the Doro Tibs) is as likely."""
        kind = said[-1]
        rest = said[:-1]
        category = self.items[index].category
        if not rest or kind not in KIND_WORDS or kind in self._menu_words(index) or not set(rest) <= (
                self.category_words.get(category, set())):
            return []
        found = []
        for other in sorted(self._pool_of(rest) - {index, *rivals}):
            if self.items[other].category != category or self.own_kinds[other] - {kind}:
                continue
            tiers = self._coverage(rest, other, let_go=False)
            if tiers is not None and "description" not in tiers.values():
                found.append(other)
        return found

    def _menu_words(self, index: int) -> set[str]:
        """The words the menu itself writes of an item: its names, ingredients, description, category."""
        item = self.items[index]
        return (self.name_words[index] | self.ingredient_words[index] | self.description_words[index]
                | self.category_words.get(item.category, set()))

    def _pool_of(self, said: tuple[str, ...]) -> set[int]:
        pool: set[int] = set()
        for word in said:
            for menu_word in self._similar(word):
                pool.update(self.word_items.get(menu_word, ()))
            pool.update(self.ingredient_items.get(word, ()))
            pool.update(self.other_items.get(word, ()))
            for made_of in self.kinds_of_word.get(word, ()):
                pool.update(self.ingredient_items.get(made_of, ()))
                pool.update(self.word_items.get(made_of, ()))  # "a beer": the Star Lager
        return pool

    def _covering(self, said: tuple[str, ...]) -> list[int]:
        """Items whose own words hold every word said: one of them names the item (its name, or
        the word a gazetteer name of it is a kind of), and what it is made of is said by its main
        ingredient or two of them ("chicken pho" for the Phở Gà; a "meatball pizza" is not the
        Meat Lovers)."""
        covering: list[tuple[int, dict[str, str]]] = []
        for index in sorted(self._pool_of(said)):
            tiers = self._coverage(said, index)
            if tiers is None:
                continue
            if self._plausible(said, index, tiers):
                covering.append((index, tiers))
        if len(covering) > 1:
            # a word said that only one of them has ("a shawarma plate": the plate, not the wraps)
            # (not a word for a choice not made: "a pie with a topping" is no Half and Half's "topping")
            whole = [(i, tiers) for i, tiers in covering
                     if len(set(tiers) - CHOICE_WORDS) == len(set(said) - CHOICE_WORDS)]
            covering = whole if len(whole) == 1 else covering
        return [index for index, _ in covering]

    def _named_by_category(self, said: tuple[str, ...], index: int) -> bool:
        """Every word said is a word of the item's name, but a kind its category says it is, said."""
        category = self.category_words.get(self.items[index].category, set())
        kinds = [w for w in said if w in KIND_WORDS and w in category and w not in self.name_words[index]]
        return bool(kinds) and all(w in self.name_words[index] or w in kinds for w in said)

    def _named_in_category(self, said: tuple[str, ...], index: int) -> bool:
        """Every word said is a word of the item's name or of its category, both said."""
        category = self.category_words.get(self.items[index].category, set())
        names = self.name_words[index]
        return any(w in names for w in said) and any(w in category and w not in names for w in said) and all(
            w in names or w in category for w in said)

    def _named_so(self, words: tuple[str, ...], index: int) -> bool:
        """Every word said is in the item's names (its own or the gazetteer's) or is its kind."""
        said = tuple(w for w in words if not w.isdigit())
        tiers = self._coverage(said, index, let_go=False)
        heads = self.name_words[index] | self.gloss_heads[index] | self.item_kinds[index]
        return tiers is not None and said[-1] in heads and all(
            t in ("name", "gazetteer", "kind") for t in tiers.values())

    def _plausible(self, said: tuple[str, ...], index: int, tiers: dict[str, str]) -> bool:
        """The words that hold the item name it (a word of its name, or the word one of its
        gazetteer names is a kind of), say more than what comes with it, and say what it is made
        of by its main ingredient or two of them."""
        named = any(tier == "name" or (tier == "gazetteer" and word in self.gloss_heads[index])
                    for word, tier in tiers.items()) or self._main_alone(set(tiers), index) or \
            self._first_two_alone(set(tiers), index)
        extra = self.accompaniments[index]
        if not named or (extra and all(w in extra for w, tier in tiers.items() if tier == "name")):
            return False
        made_of = {w for w, tier in tiers.items() if tier == "ingredient"}
        return not made_of or self._main_or_two(made_of, index)

    def _main_alone(self, said: set[str], index: int) -> bool:
        """What was said is the item's main ingredient, whole ("longganisa" for the Longsilog)."""
        main = next((part for part, base in zip(self.ingredient_parts[index], self.ingredient_base[index],
                                                strict=True) if not base), None)
        return bool(main) and said == main

    def _first_two_alone(self, said: set[str], index: int) -> bool:
        """What was said is the item's first two ingredients that are not its category's base,
        each whole, and no more ("ham and pineapple" for the Hawaiian Pizza of ham, pineapple and
        provel): what the dish is made of, as a caller names it."""
        main = [part for part, base in zip(self.ingredient_parts[index], self.ingredient_base[index],
                                           strict=True) if not base][:2]
        return len(main) == 2 and all(main) and not main[0] & main[1] and said == main[0] | main[1]

    def _main_or_two(self, made_of: set[str], index: int) -> bool:
        """``made_of`` holds the item's main ingredient (its first that is not its category's
        base, as mozzarella is of pizzas), or parts of two of its ingredients."""
        # an ingredient counts by what the gazetteer calls it too ("sujuk" for the sucuk in a pide)
        parts = [part | {KINDS_OF[w] for w in part if w in KINDS_OF} | glossed for part, glossed in zip(
            self.ingredient_parts[index], self.part_glosses[index], strict=True)]
        main = next((part for part, base in zip(parts, self.ingredient_base[index], strict=True) if not base),
                    None)
        return bool(main and made_of & main) or sum(1 for part in parts if made_of & part) >= 2

    def _rivals(self, said: tuple[str, ...], index: int, asked: set[int], exact: bool,
                describing: bool = False) -> list[int]:
        """Other items the words said fit as well. Against a gazetteer name said exactly only an
        item that could be called so counts (its names, gazetteer names, kind); against a name
        said, also one made of what was said by its main ingredient (a "bean burrito" is not the
        steak one with beans); against a description ("a stew with tofu"), any item it fits."""
        mine = self._coverage(said, index) or {}
        whole = len(mine) == len(set(said))  # every word said is found on it, none let go
        described = {w for w, tier in mine.items() if tier == "description"}
        if len(described) == 1 and not exact and len(mine) > 1:
            # one thing only its description mentions doesn't pick it among others ("a burger with
            # lettuce"); two do, as two ingredients do ("a bacon cheddar burger")
            said = tuple(w for w in said if w not in described)
        # only what it is made of said ("clams" for the Amêijoas, made with clams): another made with
        # that, whole, is as likely (the Carne de Porco à Alentejana, pork and clams)
        only_made_of = bool(mine) and set(mine.values()) == {"ingredient"}
        rivals = []
        for other in sorted((self._pool_of(said) | asked) - {index}):
            if exact and self._first_made_of(said, other):
                rivals.append(other)  # (what the menu says it is first, in so many words)
                continue
            tiers = self._coverage(said, other, let_go=not (exact or whole))
            if tiers is None:
                continue
            made_of = {w for w, tier in tiers.items() if tier == "ingredient"}
            if not describing and made_of and not self._main_or_two(made_of, other) and not any(
                    set(phrase) <= set(said) for phrase in self.ingredient_phrases[other]) and not (
                    only_made_of and set(said) in self.ingredient_parts[other]):
                continue  # (a whole ingredient said, "chicken kebab" of the Mixed Grill, still counts)
            if exact and not self._called_so(said, other, tiers):
                continue  # "falafel balls": the Falafel, not the Falafel Wrap
            rivals.append(other)
        return rivals

    def _named_as_its_dish(self, said: tuple[str, ...], index: int) -> list[int]:
        """When the words said are found on the item only through the gazetteer, the other items
        whose names hold the word of its name that is the native name's first word ("pate" of
        "pate kode"): the menu names them the same kind of dish."""
        tiers = self._coverage(said, index) or {}
        if not tiers or set(tiers.values()) != {"gazetteer"} or said[-1] not in self.gloss_heads[index]:
            return []  # (the kind of dish said: "patty", not "pumpkin" of the Kaddo Borani)
        words = {dish_name[0] for dish in self.item_dishes[index] for dish_name in dish.native
                 if len(dish_name) >= 2 and len(dish_name[0]) >= 3 and dish_name[0] not in FILLER
                 and dish_name[0] in self.raw_name_words[index]} - set(said)
        # (named first with that word, and of no other meat than said: "sinigang" of the Sinigang
        # na Baboy is no "sour shrimp soup")
        return [other for other, first in enumerate(self.first_native_words)
                if other != index and first in words and not self._meat_not_in_said(said, other)]

    @functools.cached_property
    def first_native_words(self) -> list[str | None]:
        """Each item's first name word as the menu writes it, untranslated ("pate" of the Pate
        Poul); once per menu, not per phrase."""
        return [next(iter(tokens(item.name, translate=False)), None) for item in self.items]

    def _kind_meant_rivals(self, said: tuple[str, ...], index: int) -> list[int]:
        """The words said are a kind the item's name only means, never writes ("beer" of the Pilsner
        Urquell: a pilsner is a beer): the other items of its category sold in exactly its sizes
        whose names say no kind beyond the category's (a brand, the Budweiser Budvar) are as likely."""
        item = self.items[index]
        if not item.sizes or not all(w in KIND_WORDS and w not in self.name_words[index] and set(
                self.kinds_of_word.get(w, ())) & self.name_words[index] for w in said):
            return []
        sizes = {size.name for size in item.sizes}
        category = self.category_words.get(item.category, set())
        return [other for other in range(len(self.items))
                if other != index and self.items[other].category == item.category
                and {size.name for size in self.items[other].sizes} == sizes
                and not self.own_kinds[other] - category]

    def _foreign_form_rivals(self, said: tuple[str, ...], index: int) -> list[int]:
        """A kind said that the item is only as a word of its family ("wrap" of a pita): the other
        items of its category whose names hold the rest of the words said and a word no food
        vocabulary knows (the "rull" of the Kebab i Rull) — that word may be the kind said, in
        the menu's language."""
        tiers = self._coverage(said, index) or {}
        kinds = {w for w, tier in tiers.items() if tier == "kind" and w in SAME_KIND_WORDS
                 and w not in self.own_kinds[index] | self.name_words[index]}
        rest = set(said) - kinds
        if not kinds or not rest:
            return []
        known = food_vocabulary()
        return [other for other in range(len(self.items))
                if other != index and self.items[other].category == self.items[index].category
                and rest <= self.name_words[other] and any(
                    len(w) >= 3 and not w.isdigit() and w not in known and w not in FILLER
                    for w in tokens(self.items[other].name, translate=False))]

    def _meat_not_in_said(self, said: tuple[str, ...], index: int) -> bool:
        """A meat or fish said that the item's name and ingredients do not have."""
        own = self.name_words[index] | self.ingredient_words[index] | self.ingredient_generals[index]
        return any(w in MEATS and w not in own for w in said)

    def _first_made_of(self, said: tuple[str, ...], index: int) -> bool:
        """The menu's own first words of what the item is ("marinated beef short rib") hold the
        words said, in order: a gazetteer's English name said ("marinated beef" for the Bulgogi)
        is as much this item's, in the menu's words."""
        return len(said) >= 2 and holds_run(self.first_words[index][0], said)

    def _called_so(self, said: tuple[str, ...], index: int, tiers: dict[str, str]) -> bool:
        """The item could be called what was said: the last word said is what it is (its name, a
        gazetteer name's head, its kind), and the rest is in its names — or is what it is made of,
        every meat or fish in it said ("beef tibs" of the Zilzil Tibs, made with beef strips; not
        "rare beef pho" of the Phở Đặc Biệt, with brisket and tendon too)."""
        if said[-1] not in self.name_words[index] | self.gloss_heads[index] | self.item_kinds[index]:
            return False
        if all(tier in ("name", "gazetteer", "kind") for tier in tiers.values()):
            return True
        made_of = {w for w, tier in tiers.items() if tier == "ingredient"}
        if tiers.get(said[-1]) == "ingredient" or "description" in tiers.values():
            return False
        proteins = {w for w in self.ingredient_words[index] if w in MEATS or w in KINDS_OF}
        kinds = proteins | {KINDS_OF[w] for w in proteins if w in KINDS_OF}
        return bool(proteins) and made_of <= kinds and proteins <= set(said)

    def _coverage(self, said: tuple[str, ...], index: int, let_go: bool = True) -> dict[str, str] | None:
        """Where each word said is found among the item's own words ("name", "gazetteer",
        "ingredient", "kind", "description"); ``None`` when one is not (words that only say how
        it comes or that it is good — "bowl", "classic" — are let go)."""
        tiers: dict[str, str] = {}
        for word in said:
            tier = self._word_tier(word, index, said)
            if tier is None:
                if let_go and word in COVER_SKIP:
                    continue
                return None
            tiers[word] = tier
        return tiers

    def _word_tier(self, word: str, index: int, said: tuple[str, ...]) -> str | None:
        partners = self.compound_only[index].get(word)
        if partners and not partners & set(said):
            return None  # "lemon" of a "lemon-lime" soda
        names = self.name_words[index]
        if word in names or word in self.name_generals[index] or any(
                similarity >= EXPLAINED and menu_word in names
                for menu_word, similarity in self._similar(word).items()):
            return "name"  # "meat empanadas" for the Empanadas de Carne
        if word in self.gloss_words[index] and not (
                word == said[-1] and word in KIND_WORDS and word not in self.item_kinds[index]
                and self.own_kinds[index] & DISH_KINDS - KIND_UMBRELLAS):
            return "gazetteer"  # ...but a "chicken pizza" is no calzone on a menu that has both
        category = self.category_words.get(self.items[index].category, set())
        category = self.category_says[index]
        if word in self.named_kinds and not (word in category and (word in MEATS or word in KINDS_OF)):
            # (a category that is a meat, "Beef", is no kind: its tibs are beef tibs; but a word the
            # menu names some items of the category by, "Sichuan Cold Noodles" in "Cold Dishes",
            # is not said of the others: the Dan Dan Noodles are not "the cold noodles")
            return None  # the menu names items "… calzone": the Stromboli is not one
        ingredients = self.ingredient_words[index]
        heads = self.ingredient_modifiers[index].get(word)
        if heads is not None and not heads & set(said):
            pass  # "coconut" of "coconut milk": a dish made with coconut milk is no coconut
        elif word in ingredients or word in self.ingredient_generals[index] or (
                word in self.ingredient_glosses[index]):
            return "ingredient"  # "beef" for the one made with brisket
        if word in category or self._kind_of(word, index):
            return "kind"  # "a drink", "a sandwich" for a wrap — not "cake" for a cookie
        if word in self.description_words[index]:
            return "description"
        return None

    def _kind_of(self, word: str, index: int) -> bool:
        """``word`` is a kind this item is: an umbrella of its own kinds ("a drink"), or a word for
        the same thing ("a sandwich" for a wrap, "noodles" for pasta)."""
        if word not in self.item_kinds[index]:
            return False
        # (its own kind, or a word for one its name or category says: a "Hoagie" is a sub)
        own = self.own_kinds[index] | (self._names(index) | self.category_words.get(
            self.items[index].category, set())) & SAME_KIND_WORDS
        return word in KIND_UMBRELLAS or word in own or any(word in family and own & family
                                                           for family in SAME_KINDS)

    def _half_compound(self, words: tuple[str, ...], index: int) -> bool:
        """A word said is, on this item, only ever half of a word the menu writes joined
        ("lemon" of "lemon-lime"), and the other half was not said."""
        said = set(words)
        return any(partners and not partners & said
                   for word, partners in self.compound_only[index].items() if word in said)
