"""Scores every item against the words said, tolerating what the speech recogniser mangles."""

from __future__ import annotations

import re
import typing as t

import jellyfish
from rapidfuzz import fuzz, process

from ...pos.types import MenuItem
from ..food_words import roman_key
from ..text import singular
from .index import _Key
from .spoken import SpokenPhrases
from .vocabulary import (
    _SPANISH_LETTERS,
    DISH_KINDS,
    EXPLAINED,
    KIND_FAMILIES,
    KIND_WORDS,
    SERVED_KINDS,
    _heard_spanish,
)


class CandidateScoring(SpokenPhrases):
    """How well the words said fit each item's names: spelling, pronunciation and kind."""

    # --- scoring -----------------------------------------------------------------------------

    def _phonetic(self, word: str) -> tuple[str, str]:
        cached = self._phonetic_cache.get(word)
        if cached is None:
            cached = (jellyfish.metaphone(word), jellyfish.nysiis(word))
            self._phonetic_cache[word] = cached
        return cached

    def _word_similarity(self, said: str, menu_word: str) -> float:
        if said == menu_word:
            return 1.0
        if said.isdigit() or menu_word.isdigit():
            return 0.0
        if said == "un" + menu_word or menu_word == "un" + said:
            return 0.0  # "unsweet" tea is the other one
        ratio = fuzz.ratio(said, menu_word) / 100.0
        if min(len(said), len(menu_word)) >= 3:
            said_key, menu_key = roman_key(said), roman_key(menu_word)
            if said_key == menu_key and (min(len(said), len(menu_word)) >= 4 or (
                    said[0] == menu_word[0] and abs(len(said) - len(menu_word)) <= 1)):
                return 0.9  # one word romanised two ways: "chigae" / "jjigae", "pulgogi" / "bulgogi"
        if min(len(said), len(menu_word)) >= 4:
            if min(len(said_key), len(menu_key)) >= 5 and fuzz.ratio(said_key, menu_key) >= 88:
                return 0.85  # "biriyani" / "biryani", "topokki" / "tteokbokki"
            said_sound, menu_sound = self._phonetic(said), self._phonetic(menu_word)
            if (said_sound[0] == menu_sound[0] or said_sound[1] == menu_sound[1]) and ratio >= 0.6 and (
                    fuzz.ratio(said_key, menu_key) >= 80):  # the vowels too: "coke" is not "cake"
                return max(0.88, ratio * 0.95)
        if len(said) >= 5 and len(menu_word) >= 5 and ratio >= 0.84:
            return ratio * 0.95
        if min(len(said), len(menu_word)) >= 4 and _SPANISH_LETTERS.search(menu_word) and (
                _heard_spanish(menu_word) == _heard_spanish(said)):
            return 0.88  # a Spanish name spelled as it sounds: "gayina" / "gallina", "halea" / "jalea"
        if len(said) >= 4 and menu_word.startswith(said) and len(said) >= len(menu_word) * 0.7:
            return 0.8
        if len(said) >= 4 and (menu_word == said + "ed" or said == menu_word + "ed"):
            return 0.8  # a way of cooking said as the dish: "stew" / "stewed"
        said_romance, menu_romance = _romance_key(said), _romance_key(menu_word)
        # (a short key only where both words are spelled so: "ñoquis" / "gnocchi", not "ackee" /
        # "acqua")
        both = said_romance[1] and menu_romance[1]
        if (said_romance[1] or menu_romance[1]) and said_romance[0] == menu_romance[0] and (
                len(said_romance[0]) >= 5 or (both and len(said_romance[0]) >= 3)):
            return 0.85  # one word in Italian and Spanish spelling: "spaghetti" / "espaguetis"
        return 0.0

    def _kind_fits(self, word: str, index: int) -> float:
        """How a kind word said with item ``index`` counts: 1.0 the item is of that kind (or the menu
        never uses the word in a name and the item is of no other kind), 0.0 it says another kind."""
        if word not in KIND_WORDS:
            return 0.0
        kinds = self.item_kinds[index]
        if word in kinds:
            return 1.0
        if word in self.named_kinds:
            return 0.0  # the menu tells items apart by this word, and this item lacks it
        if kinds & (KIND_WORDS | DISH_KINDS):
            return 0.0
        if word in SERVED_KINDS:
            # what the item's ingredients, description or gazetteer say it is, if another kind of
            # dish: "cheese pizza" is no Cheese Khinkali (dumplings), "tacos" no Carne Asada (steak)
            said_of = self.ingredient_words[index] | self.description_words[index]
            # (a gazetteer head counts where the menu's own words say it too: "cutlet" of a schnitzel)
            other = {w for w in said_of if w in KIND_WORDS or w in DISH_KINDS or w in self.gloss_heads[index]}
            family = next((f for f in KIND_FAMILIES if word in f), frozenset({word}))
            if other and not other & family and word not in said_of | self.gloss_words[index]:
                return 0.0
        return 1.0

    def _score_key(self, said: tuple[str, ...], key: _Key, item: MenuItem, index: int) -> float:
        item_category = self.category_words.get(item.category, set())
        category_kinds = self.category_kinds.get(item.category, set())

        def weight(word: str) -> float:
            # a kind of dish that is not this item's kind ("cheesesteak sandwich" vs a pizza) counts fully
            return 0.35 if word in self.generic and word in category_kinds else (
                0.35 if word in self.generic and not self._is_dish_kind(word) else 1.0)

        said_total = said_hit = 0.0
        matched_menu_words: dict[str, float] = {}
        for word in said:
            best = 0.0
            best_word = ""
            for menu_word in key.words:
                sim = self._similar(word).get(menu_word, 0.0)
                if sim > best:
                    best, best_word = sim, menu_word
            in_category = word in item_category or singular(word) in item_category
            if best < 1.0 and word in self.generic and in_category:
                best, best_word = 1.0, ""  # "pepperoni pizza" → the pizza category
            w = weight(word)
            if best < EXPLAINED and self._kind_fits(word, index):
                best, best_word, w = 1.0, "", 0.35  # "Hawaiana" is a pizza; "Seltzer" a water
            elif best < EXPLAINED and word in self.soft_words:
                best, best_word, w = 1.0, "", 0.2  # "spicy", "plain": describes, doesn't identify
            said_total += w
            said_hit += w * best
            if best_word:
                matched_menu_words[best_word] = max(matched_menu_words.get(best_word, 0.0), best)
        if said_total == 0:
            return 0.0
        key_total = key_hit = 0.0
        for menu_word in key.words:
            w = 0.15 if menu_word in item_category else 1.0
            key_total += w
            key_hit += w * matched_menu_words.get(menu_word, 0.0)
        said_cover = said_hit / said_total
        key_cover = key_hit / key_total if key_total else 0.0
        # every distinctive word the caller said must be accounted for: one that matches
        # nothing on this item is strong evidence it is another item (or not on the menu)
        return (0.6 * said_cover + 0.4 * key_cover) * key.weight

    def _similar(self, said: str) -> dict[str, float]:
        """Menu words that sound or look like ``said``, with their similarity (cached per matcher)."""
        cached = self._similar_cache.get(said)
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        if said in self.vocabulary:
            found[said] = 1.0
        if not said.isdigit() and len(said) >= 3:
            for menu_word in self.roman_words.get(roman_key(said), ()):
                found.setdefault(menu_word, self._word_similarity(said, menu_word))
            for menu_word in self._romance_words().get(_romance_key(said)[0], ()):
                found.setdefault(menu_word, self._word_similarity(said, menu_word))  # "noqui" / "gnocchi"
        if not said.isdigit():
            # rapidfuzz's C scorer picks the plausible words; the full rule runs on those only
            for menu_word, _score, _ in process.extract(said, self._vocabulary_list, scorer=fuzz.ratio,
                                                        score_cutoff=55, limit=None):
                similarity = self._word_similarity(said, menu_word)
                if similarity > 0:
                    found[menu_word] = max(found.get(menu_word, 0.0), similarity)
        if len(self._similar_cache) > 5000:
            self._similar_cache.clear()
        self._similar_cache[said] = found
        return found

    def _romance_words(self) -> dict[str, list[str]]:
        """The menu's words by their ``_romance_key`` (built once per matcher)."""
        index = self.__dict__.get("_romance_index")
        if index is None:
            index = {}
            for word in self._vocabulary_list:
                if not word.isdigit() and len(word) >= 3:
                    index.setdefault(_romance_key(word)[0], []).append(word)
            self.__dict__["_romance_index"] = index
        return t.cast(dict[str, list[str]], index)

    def score_items(self, words: tuple[str, ...]) -> list[tuple[float, int]]:
        scored: list[tuple[float, int]] = []
        relevant: set[int] = set()
        for word in words:
            for menu_word in self._similar(word):
                relevant.update(self.word_items.get(menu_word, ()))
        for index in sorted(relevant):
            item = self.items[index]
            best = max((self._score_key(words, key, item, index) for key in self.keys[index]), default=0.0)
            if best > 0:
                scored.append((best, index))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return scored

    def _said(self, menu_word: str, words: tuple[str, ...]) -> bool:
        return any(w == menu_word or self._similar(w).get(menu_word, 0.0) >= EXPLAINED for w in words)


#: Italian and Spanish spellings of one sound: the Spanish "e" before an "s" and a consonant
#: ("espaguetis"), the Italian "gn" that Spanish writes "ñ" (folded "n": "bolognese" / "boloñesa",
#: "gnocchi" / "ñoquis"), the hard "g" of "ghe" / "gue", the "k" of "cch" / "qu".
_ROMANCE_SPELLINGS = (("gn", "n"), ("ghe", "ge"), ("ghi", "gi"), ("gue", "ge"), ("gui", "gi"), ("cch", "k"),
                      ("qu", "k"))


def _romance_key(word: str) -> tuple[str, bool]:
    """The word with those spellings made one, doubled letters single and its last vowel (a
    gender ending: "bolognese" / "bolonesa") dropped; and whether a spelling of them was found."""
    key = word[1:] if re.match(r"es[^aeiou]", word) else word
    for written, sound in _ROMANCE_SPELLINGS:
        key = key.replace(written, sound)
    changed = key != word
    key = re.sub(r"(.)\1", r"\1", key)
    return re.sub(r"[aeiou]$", "", key), changed

