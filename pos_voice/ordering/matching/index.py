"""Builds the menu's indexes once per menu shape, so resolving a phrase is only look-ups."""

from __future__ import annotations

import functools
import re
import typing as t
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import jellyfish
from rapidfuzz import fuzz, process

from ...pos.types import Menu, MenuItem
from ..dish_gazetteer import Dish, dishes_in, normal
from ..food_words import KINDS_OF, english_for, roman_key
from ..text import FILLER, fold, phrase, singular, tokens
from .sounds import (
    NAME_RULES,
    SHORTEST,
    english_key,
    name_keys,
    skeleton,
    spoken_words,
    within,
    word_key,
)
from .vocabulary import (
    _JOINED,
    _UNION,
    CATEGORY_SYNONYMS,
    COMPOUND_HEADS,
    COVER_SKIP,
    DESCRIPTION_NOISE,
    DESCRIPTORS,
    DISH_KINDS,
    DISTINGUISHING,
    FORM_WORDS,
    FORMS,
    GAZETTEER_NAMES,
    GENERIC_WORDS,
    HEAT,
    KIND_FAMILIES,
    KIND_WORDS,
    MEATS,
    SIZE_SYNONYMS,
    _other_meat,
    _significant,
    fold_name,
    food_vocabulary,
)

#: A name with its gloss in brackets, the two names apart: "Kürtőskalács (Chimney Cake)".
GLOSSED = re.compile(r"\s*([^()]+?)\s*\(([^()]+)\)\s*")
#: A gloss in brackets within a name, its closing bracket perhaps missing: what leaving it out leaves.
BRACKETED = re.compile(r"\([^()]*\)?")
#: What a name's glosses in brackets say: "Samsa (Baked Lamb Pastry)" → "Baked Lamb Pastry".
GLOSS_TEXT = re.compile(r"\(([^()]*)\)")

#: Filler words of speech that a menu's name means as a thing: the "can" of a "Can Soda".
_NAMED_FILLER = frozenset({"can"})

#: the words after which an ingredient says where or how its food comes ("goat on the bone")
_PREPOSITION = re.compile(r"\s(?:on|in|with|over|of)\s")


@dataclass(frozen=True)
class _Key:
    words: tuple[str, ...]
    exact: str
    weight: float  # 1.0 the name itself, a little less for shortened forms



def holds_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """``run`` stands in ``words`` whole and in order ("marinated beef" in "marinated beef short rib")."""
    return any(words[start:start + len(run)] == run for start in range(len(words) - len(run) + 1))

class MenuIndex:
    """The menu taken apart once per menu shape: names, keys, words and kinds every rule looks up."""

    def __init__(self, menu: Menu, aliases: t.Mapping[str, t.Any] | None = None) -> None:
        self.menu = menu
        self.items = list(menu.items)
        self.categories: dict[str, list[MenuItem]] = {}
        for item in self.items:
            self.categories.setdefault(item.category, []).append(item)
        self.category_words = {cat: set(_significant(tokens(cat))) for cat in self.categories if cat}
        self.generic = set(GENERIC_WORDS)
        for words in self.category_words.values():
            self.generic.update(words)
        self.size_phrases = self._size_phrases()
        self.keys: dict[int, list[_Key]] = {}
        self.exact: dict[str, set[int]] = {}
        self.vocabulary: set[str] = set()
        self.full_names: dict[str, int] = {}
        self.word_items: dict[str, set[int]] = {}
        self.ingredient_items: dict[str, set[int]] = {}  # ingredient word → items made with it
        self.ingredient_words: list[set[str]] = []  # per item
        self.ingredient_phrases: list[set[tuple[str, ...]]] = []  # per item, ingredients of 2+ words
        self.main_phrase: list[tuple[str, ...] | None] = []  # per item, its first ingredient of 2+ words
        self.acronyms: set[str] = set()  # upper-case words of names that are filler otherwise ("LA")
        self.initials: dict[str, set[int]] = {}  # "kfc" → Korean Fried Chicken
        self.modifier_words = {phrase(m.name) for m in menu.modifiers}
        extra = self._config_aliases(aliases or {})
        self._plain_names = [(item, {w for w in tokens(item.name) if w not in FILLER},
                              {w for w in tokens(BRACKETED.sub(" ", item.name)) if w not in FILLER})
                             for item in self.items]  # (each name whole, and without its gloss)
        for index, item in enumerate(self.items):
            self.keys[index] = self._build_keys(item, extra.get(index, []))
            for key in self.keys[index]:
                self.exact.setdefault(key.exact, set()).add(index)
                self.vocabulary.update(key.words)
                for word in key.words:
                    self.word_items.setdefault(word, set()).add(index)
            self.ingredient_words.append(set())
            self.ingredient_phrases.append(set())
            main = tokens(item.ingredients[0]) if item.ingredients else []
            first = tuple(w for w in main if w not in FILLER)
            self.main_phrase.append(first if len(first) >= 2 else None)
            raw_words = [w for w in re.split(r"[^A-Za-z]+", item.name) if w and w.lower() not in FILLER]
            if len(raw_words) >= 3:
                self.initials.setdefault("".join(w[0] for w in raw_words).lower(), set()).add(index)
            for name in item.ingredients:
                ingredient = tuple(w for w in tokens(name) if w not in FILLER)
                if len(ingredient) >= 2:
                    self.ingredient_phrases[index].add(ingredient)
                for word in tokens(name):
                    self.ingredient_items.setdefault(word, set()).add(index)
                    if word not in FILLER:
                        self.ingredient_words[index].add(word)
            for name in (item.name, *item.aliases, *extra.get(index, [])):
                full = " ".join(w for w in tokens(name) if w not in FILLER)
                if any(w.isdigit() for w in full.split()):
                    self.full_names.setdefault(full, index)
        self._split_compounds()
        self.heard_apart = self._heard_apart()
        # two words one after the other in a name ("cheese steak" apart, where another writes it
        # joined): said so, they are not that joined word
        # (not the parts of a word split: "kebab pizza" said is still the Kebabpizza)
        self.name_pairs = {pair for keys in self.keys.values() for key in keys if key.weight == 1.0
                           for pair in zip(key.words, key.words[1:], strict=False)}
        self.roman_words: dict[str, set[str]] = {}  # romanisation key → menu words
        for word in self.vocabulary:
            if len(word) >= 3 and not word.isdigit():
                self.roman_words.setdefault(roman_key(word), set()).add(word)
        # kind words some item's own name uses: those tell items apart, the others the menu drops
        self.named_kinds = {w for keys in self.keys.values() for key in keys for w in key.words
                            if w in KIND_WORDS or w in self.generic}
        self.item_kinds = [self._kinds_of_item(index) for index in range(len(self.items))]
        self.name_words = [{w for key in self.keys[index] for w in key.words}
                           for index in range(len(self.items))]
        # ...and those of them in the menu's own language, untranslated ("arroz", "mariscos")
        self.raw_name_words = [
            {w for name in (item.name, *item.aliases, *extra.get(index, []))
             for w in tokens(name, translate=False) if w not in FILLER}
            | {w for key in self.keys[index] if len(key.words) == 1 for w in key.words}
            for index, item in enumerate(self.items)]
        self.kinds_of_word: dict[str, set[str]] = {}  # "beef" → {"steak", …}
        for particular, general in KINDS_OF.items():
            self.kinds_of_word.setdefault(general, set()).add(particular)
        # describing words the menu's own names use tell items apart ("Fresh Rolls", "Crispy…")
        named_with = {w: sum(1 for keys in self.keys.values() if keys and w in keys[0].words)
                      for w in DISTINGUISHING}
        self.distinguishing = {w for w, count in named_with.items() if count >= 2}
        self.soft_words = DESCRIPTORS - self.distinguishing - HEAT
        self.accompaniments = [self._accompaniment(item) for item in self.items]
        self.category_says = [self._category_says(index) for index in range(len(self.items))]
        self.item_forms = [self._forms(self.name_words[index]) or self._forms(
            self.category_words.get(item.category, set())) for index, item in enumerate(self.items)]
        self._phonetic_cache: dict[str, tuple[str, str]] = {}
        # per item, filled when first asked: the items named as it with a meat; its dishes' names
        self._meat_named: dict[int, list[int]] = {}
        self._dish_names: dict[int, tuple[frozenset[tuple[str, ...]], frozenset[str]]] = {}
        self._raw_dish_cache: dict[int, frozenset[Dish]] = {}
        self._similar_cache: dict[str, dict[str, float]] = {}
        self._vocabulary_list = sorted(self.vocabulary)
        self._build_other_names()
        self.positions = {item.id: index for index, item in enumerate(self.items)}
        self._sound_index()  # (a name heard by its sound: the keys of every name)
        self.all_category_words = {w for words in self.category_words.values() for w in words}
        self.category_kinds = {cat: self._kinds_of(words) for cat, words in self.category_words.items()}
        # per item, the general words for what its name and its ingredients say ("beef" for brisket)
        self.name_generals = [{KINDS_OF[w] for w in names if w in KINDS_OF} for names in self.name_words]
        self.ingredient_generals = [{KINDS_OF[w] for w in made_of if w in KINDS_OF}
                                    for made_of in self.ingredient_words]
        self.by_distinctive_name: dict[tuple[str, ...], list[int]] = {}  # "pepperoni": the pizza, the slice
        for index in range(len(self.items)):
            self.by_distinctive_name.setdefault(self._distinctive_name(index), []).append(index)
        # a whole name by how it sounds, its words run together ("kitfo" / "kit foe", "doro wot" /
        # "doro what"): what the speech recogniser writes of a name it doesn't know
        self.sounds: dict[str, dict[str, int]] = {}  # sound key → {the name run together: item}
        for index, item in enumerate(self.items):
            for name in (item.name, *item.aliases):  # as the menu spells it ("Pollo Guisado" is no
                # "chicken satay" for sounding like "chicken stew")
                run = "".join(w for w in tokens(name, translate=False) if w not in FILLER and not w.isdigit())
                if len(run) >= 5:
                    self.sounds.setdefault(jellyfish.metaphone(run), {}).setdefault(run, index)

    # --- building ---------------------------------------------------------------------------

    def _size_phrases(self) -> dict[str, str]:
        """Spoken size phrase (normalised) → a canonical size phrase used for lookup."""
        phrases: dict[str, str] = {}
        for item in self.items:
            for option in item.sizes:
                norm = phrase(option.name)
                if norm:
                    phrases[norm] = norm
                    plural = self._spanish_plural(option.name)
                    if plural:
                        phrases.setdefault(plural, norm)
        # a word that names a size of its own stays itself ("family" is not "extra large": of Broto
        # / Média / Grande / Família it is the Família, by what it means)
        for canonical in SIZE_SYNONYMS:
            phrases.setdefault(phrase(canonical), phrase(canonical))
        for canonical, spoken in SIZE_SYNONYMS.items():
            for word in spoken:
                phrases.setdefault(phrase(word), phrase(canonical))
        return phrases

    @staticmethod
    def _spanish_plural(name: str) -> str | None:
        """A one-word size name that ends in a consonant said in the plural the Spanish way ("tres
        pepperoni familiares"), as ``tokens`` makes it ("familiare"); ``None`` for other names."""
        raw = tokens(name, translate=False)
        if len(raw) != 1 or not raw[0].isalpha() or raw[0][-1] in "aeiouys":
            return None
        said = tokens(raw[0] + "es", translate=False)
        return said[0] if len(said) == 1 and said[0] != raw[0] else None

    def _config_aliases(self, aliases: t.Mapping[str, t.Any]) -> dict[int, list[str]]:
        """``POS_VOICE_MENU_ALIASES`` ({"alias": "Item name"} or {"Item name": ["alias", ...]})."""
        by_name = {phrase(item.name): index for index, item in enumerate(self.items)}
        out: dict[int, list[str]] = {}
        for key, value in aliases.items():
            if isinstance(value, list | tuple):
                index = by_name.get(phrase(str(key)))
                if index is not None:
                    out.setdefault(index, []).extend(str(v) for v in value)
            else:
                index = by_name.get(phrase(str(value)))
                if index is not None:
                    out.setdefault(index, []).append(str(key))
        return out

    def _build_keys(self, item: MenuItem, extra_aliases: list[str]) -> list[_Key]:
        keys: list[_Key] = []
        for name in (item.name, *item.aliases, *extra_aliases):
            acronyms = {word.lower() for word in re.findall(r"\b[A-Z]{2,}\b", name)}
            self.acronyms.update(acronyms)
            kept = acronyms | _NAMED_FILLER  # (a filler that is a thing in a name: "Can Soda" is no "Soda")
            words = tuple(w for w in tokens(name) if w not in FILLER or w in kept)  # "LA Galbi"
            if not words:
                continue
            keys.append(_Key(words, " ".join(words), 1.0))
            glossed = GLOSSED.fullmatch(name) if name == item.name else None
            proper = tuple(w for w in tokens(glossed.group(1)) if w not in FILLER or w in kept) if glossed \
                else ()
            restates = glossed is not None and self._gloss_restates(glossed.group(2))
            if proper and proper != words and not any(
                    other is not item and ((set(proper) <= named and not named - set(proper) <= HEAT and not (
                        own - set(proper) - HEAT and restates)) or (
                        own <= set(proper) and own != named)) for other, named, own in self._plain_names):
                # the name before its gloss in brackets is a name of its own: "lahmajun" is the
                # Lahmajun (Armenian Pizza) whole, not too little of it beside the Spicy Lahmajun
                # (not where another name holds it and more: the Gobi Manchurian (Dry) and Gravy; but
                # where the gloss only says the name again, in its own script, and the other's own
                # name has a word more, "cheese pizza" is the Cheese Pizza (치즈 피자 Chijeu Pija)
                # beside the Bulgogi Cheese Pizza (...), as it would be with no gloss)
                keys.append(_Key(proper, " ".join(proper), 1.0))
            raw = tuple(w for w in tokens(name, translate=False) if w not in FILLER or w in kept)
            if raw and raw != words and name == item.name:
                # the name in its own language too: "dol sot bibimbap", "gunmandu", "aalu gobi"
                keys.append(_Key(raw, " ".join(raw), 1.0))
                if 2 <= len(raw) <= 3 and not any(w.isdigit() for w in raw):
                    keys.append(_Key(("".join(raw),), "".join(raw), 1.0))
            if name == item.name and 2 <= len(words) <= 3 and not any(w.isdigit() for w in words) and any(
                    len(w) <= 4 for w in words) and (not raw or raw == words):
                # romanised names are written apart and together: "Dak Galbi" / "dakgalbi", "Xiao Long Bao"
                # (as written: a name half translated, "beef fria" of the Carnes Frías, is said
                # together by no one, and "birria" is heard too close to it)
                joined = "".join(words)
                keys.append(_Key((joined,), joined, 1.0))
            if name == item.name and len(words) >= 3 and not any(w.isdigit() for w in words):
                # ...and a syllable said twice, in part of a name too: "Lau Lau Plate" / "laulau
                # plate" (not any two short words: "pu erh" run together is too like "power")
                for start in range(len(words) - 1):
                    pair = words[start:start + 2]
                    if pair[0] == pair[1] and len(pair[0]) <= 4 and pair[0] not in KIND_WORDS and (
                            pair[0] not in food_vocabulary()):
                        parted = (*words[:start], "".join(pair), *words[start + 2:])
                        keys.append(_Key(parted, " ".join(parted), 1.0))
        return keys

    @staticmethod
    def _gloss_restates(gloss: str) -> bool:
        """Whether a gloss in brackets is the name again as the menu's own language writes it (in
        its own script: "치즈 피자", "Лагман"), not a word more of what the dish is ("Dry")."""
        if any(ch.isalpha() and not ch.isascii() and "LATIN" not in unicodedata.name(ch, "LATIN")
               for ch in gloss):
            return True
        said = [w for w in tokens(gloss) if w not in FILLER]
        return len(said) >= 2 and not any(w in MEATS or KINDS_OF.get(w) in MEATS for w in said)

    def _split_compounds(self) -> None:
        """A name word that is a kind of dish with a menu word in front ("Bacon Cheeseburger") is
        also named with the two apart: a "bacon burger"."""
        self.split_words: set[str] = set()  # the name words split so
        for index in range(len(self.items)):
            if not self.keys[index]:
                continue
            words = self.keys[index][0].words
            split: list[str] = []
            for word in words:
                head = next((kind for kind in COMPOUND_HEADS if word.endswith(kind)
                             and len(word) - len(kind) >= 3 and word[:-len(kind)] in self.vocabulary), None)
                parts = (word[:-len(head)], head) if head else self._compound_parts(word, index)
                if len(parts) > 1:
                    self.split_words.add(word)
                split.extend(parts)
            if len(split) > len(words):
                key = _Key(tuple(split), " ".join(split), 0.95)
                self.keys[index].append(key)
                self.exact.setdefault(key.exact, set()).add(index)
                for word in key.words:
                    self.vocabulary.add(word)
                    self.word_items.setdefault(word, set()).add(index)

    def _compound_parts(self, word: str, index: int, inner: bool = False) -> tuple[str, ...]:
        """A long name word a language writes joined ("Hähnchenschnitzel", "Mineralwasser",
        "Pizzabrötchen") whose last part is a food word of another language or another item's
        name word of its own (the menu's "Schnitzel Wiener Art"), its front a food word or a word
        of the menu's names: its two parts, each as a word said alone reads ("chicken schnitzel",
        "pizza roll"). A front that is a food word of another language may also stand before a
        kind of dish or a food word in English ("Kyllingpizza": chicken pizza, "Hvitløksdressing":
        garlic dressing), or before another such compound ("Kalbsrahmgulasch": veal, cream,
        goulash; "Leberknödelsuppe": liver, dumpling, soup); a back may be two English words
        ("Zwiebelrostbraten": onion, roast beef)."""
        if len(word) < (6 if inner else 8) or word.isdigit() or tokens(word) != tokens(word, translate=False):
            return (word,)
        for cut in range(3, len(word) - 3):
            front, back = word[:cut], word[cut:]
            head = tokens(back)
            said_front = tokens(front)
            foreign = said_front != [singular(front)]  # (a food word of another language: "kylling")
            alone = (0 < len(head) <= 2 and head != [back] and not set(head) & FILLER) or bool(
                self.word_items.get(back, set()) - {index})
            if not alone and foreign and len(said_front) == 1:
                # (not an English compound: a "cheesesteak" is no steak)
                alone = singular(back) in KIND_WORDS or singular(back) in food_vocabulary()
                if not alone and not inner:
                    inside = self._compound_parts(back, index, inner=True)
                    if len(inside) > 1:
                        head, alone = list(inside), True
            # (its front a food word or a word of the menu's names: "Jägerschnitzel" stays whole,
            # heard by its sound, and the Greek "Maroulosalata" is no salad the caller names)
            known = said_front != [front] or front in self.vocabulary or (
                len(front) >= 5 and front in food_vocabulary())
            if alone and known and front not in FILLER and len(said_front) == 1:
                return (*said_front, *head)
        return (word,)

    def _heard_apart(self) -> dict[tuple[str, str], str]:
        """Name words written joined, not split into words of their own, one half of which is a food
        word of another language ("Karrysild": curry herring, "karry" no word the matcher knows;
        "Kipcorn", "kip" chicken): said in two ("karry sild", "kip corn") that half reads in English,
        so the two said are the word as the menu has it."""
        heard: dict[tuple[str, str], str] = {}
        written = {w for item in self.items for w in tokens(item.name, translate=False)}
        for word in sorted(written & self.vocabulary - self.split_words):
            if len(word) < 7 or not word.isalpha():
                continue
            for cut in range(3, len(word) - 3):
                front, back = word[:cut], word[cut:]
                said_front, head = tokens(front), tokens(back)
                foreign = english_for(singular(back)) == "".join(head) or (
                    english_for(singular(front)) == "".join(said_front))
                if len(head) == 1 and len(said_front) == 1 and foreign and front not in FILLER:
                    heard.setdefault((said_front[0], head[0]), word)
        return heard

    @staticmethod
    def _forms(words: t.Iterable[str]) -> set[int]:
        return {number for number, form in enumerate(FORMS) for word in words if word in form}

    def _other_form(self, words: tuple[str, ...], index: int) -> bool:
        """A form was said ("plate") and the item comes in another ("Dürüm Wraps")."""
        if FORM_WORDS.isdisjoint(words):
            return False
        said = self._forms(words)
        return bool(said and self.item_forms[index] and not said & self.item_forms[index])

    @staticmethod
    def _accompaniment(item: MenuItem) -> set[str]:
        """Words of the name after "with" / "con" ("Brownie con Helado"): what comes with the dish."""
        raw = re.split(r"\s+", fold_name(item.name))
        for marker in ("with", "con", "w/", "mit"):
            if marker in raw:
                after = " ".join(raw[raw.index(marker) + 1:])
                # (a gloss in brackets after it names the dish again, not what comes with it:
                # "Buckwheat with Mushrooms (Grechka)")
                return set(tokens(BRACKETED.sub(" ", after)))
        return set()

    def _category_says(self, index: int) -> set[str]:
        """The words of the item's category that say what it is: all of them, but of a category of
        two kinds of dish or more ("Congee and Noodles", "Café y Bebidas") only one its own words
        (name, ingredients) say, where the menu names items by it: such a category says of each of
        its items only that it is one or the other (the Gai Lan in "Congee and Noodles" is no congee,
        the Batido de Mango in "Café y Bebidas" no coffee)."""
        item = self.items[index]
        words = self.category_words.get(item.category, set())
        if not _UNION.search(fold_name(item.category)):
            return set(words)
        own = self.name_words[index] | self.ingredient_words[index]
        return {w for w in words if w in own or w not in self.named_kinds}

    def _kinds_of_item(self, index: int) -> set[str]:
        """What kinds of thing an item is, from its name and category ("Pepperoni" in "Pizzas")."""
        item = self.items[index]
        words = set(self.category_words.get(item.category, set()))
        if self.keys.get(index):
            words.update(self.keys[index][0].words)
        kinds = {w for w in words if w in KIND_WORDS or w in DISH_KINDS}
        for family in KIND_FAMILIES:
            if kinds & family or words & family:
                kinds |= family
        return kinds

    def _build_other_names(self) -> None:
        """Indexes for the weaker signals: each item's description words, the gazetteer's names
        for it, and the words the menu writes joined ("lemon-lime"), which name one thing."""
        self.description_words = [self._description_words(item) for item in self.items]
        self.other_items: dict[str, set[int]] = {}  # description or gazetteer word → items
        self.gloss_keys: list[list[tuple[str, ...]]] = []
        self.gloss_exact: dict[tuple[str, ...], set[int]] = {}  # a gazetteer name → the items it names
        self.gloss_phrases: dict[tuple[str, ...], set[int]] = {}  # ...by its words, sorted
        self.gloss_joined: dict[str, set[int]] = {}  # ...by its words written together
        self.gloss_native: dict[tuple[str, ...], set[int]] = {}  # the dish's own name, spelled another way
        self.gloss_words: list[set[str]] = []
        self.gloss_heads: list[set[str]] = []  # per item, the words its gazetteer names are kinds of
        self.dish_words: list[set[str]] = []  # per item, the words of the gazetteer's names for its dish
        names = [normal(item.name) for item in self.items]
        self.item_dishes: list[set[Dish]] = []  # per item, the dishes its name is or holds
        for index, found in enumerate(dishes_in(names)):
            self.item_dishes.append({dish.dish for dish in found})
            words = names[index]
            keys: list[tuple[str, ...]] = []
            heads: set[str] = set()
            dish_words: set[str] = set()
            described: set[tuple[str, ...]] = set()
            for dish in found:
                rest = (*words[:dish.start], *words[dish.end:])
                # what it is a kind of: the dish's, unless the rest of the name says ("Falafel Wrap")
                kinds = [w for w in words[dish.end:]
                         if w in KIND_WORDS or w in DISH_KINDS or w in self.generic]
                for other in dish.names:
                    if _other_meat(other, rest):
                        continue  # "Lamb Tibs" is no "sauteed beef"
                    # the menu's name with the dish's name in it said the other way
                    alias = tuple(dict.fromkeys((*words[:dish.start], *other, *words[dish.end:])))
                    dish_words.update(other)
                    if alias != words and alias not in keys and len(keys) < GAZETTEER_NAMES:
                        keys.append(alias)
                        heads.add(kinds[-1] if kinds else dish.dish.head(other))
                        if other in dish.dish.described:
                            described.add(alias)  # "pasta with meat sauce" describes, it is no name
                        elif other in dish.dish.native:
                            self.gloss_native.setdefault(alias, set()).add(index)
            self.gloss_keys.append(keys)
            self.gloss_heads.append(heads)
            self.dish_words.append(dish_words)
            self.gloss_words.append({w for key in keys for w in key})
            for key in keys:
                if key not in described:
                    self.gloss_exact.setdefault(key, set()).add(index)
                if len("".join(key)) >= 6:  # said in syllables: "bori cha" for "boricha"
                    self.gloss_joined.setdefault(roman_key("".join(key)), set()).add(index)
                self.gloss_phrases.setdefault(tuple(sorted(set(key) - COVER_SKIP)), set()).add(index)
            if 2 <= len(words) <= 3 and len("".join(words)) >= 6:  # "panacotta" for the Panna Cotta
                self.gloss_joined.setdefault(roman_key("".join(words)), set()).add(index)
            for word in self.gloss_words[index] | self.description_words[index]:
                self.other_items.setdefault(word, set()).add(index)
        # what the gazetteer says an ingredient is ("beef ragu": a meat sauce), as words it is made of
        self.ingredient_glosses: list[set[str]] = []
        self.part_glosses: list[list[set[str]]] = []  # ...per ingredient (as ingredient_parts)
        for index, item in enumerate(self.items):
            normalised = [normal(name) for name in item.ingredients]
            in_ingredients = dishes_in(normalised)
            per_part = [{w for dish in per_name if dish.native and not dish.dish.weak for name in dish.names
                         for w in name} for per_name in in_ingredients]
            # (normal() drops what ingredient_parts drops: the two stay aligned)
            self.part_glosses.append([glossed for glossed, name in zip(per_part, normalised, strict=True)
                                      if name])
            glossed = set().union(*per_part)
            self.ingredient_glosses.append(glossed - self.ingredient_words[index])
            for word in self.ingredient_glosses[index]:
                self.other_items.setdefault(word, set()).add(index)
        self.compound_only = self._compounds()
        self.own_kinds = [{w for w in self._names(i) | self.category_words.get(item.category, set())
                           if w in KIND_WORDS or w in DISH_KINDS} for i, item in enumerate(self.items)]
        phrases = [[words for words in (tuple(w for w in tokens(name) if w not in FILLER)
                                        for name in item.ingredients) if words] for item in self.items]
        self.ingredient_parts = [[set(phrase) for phrase in item_phrases] for item_phrases in phrases]
        self.ingredient_base = self._base_ingredients()
        # per item, the words it has only in front of another in an ingredient ("coconut" of
        # "coconut milk"), with the words they qualify
        self.ingredient_modifiers: list[dict[str, set[str]]] = []
        for item, item_phrases in zip(self.items, phrases, strict=True):
            # (a phrase of another language, translated, puts its noun first: "jamón york" is ham,
            # "salsa barbacoa" a sauce — no word of it is only a modifier in the English way)
            # (a preposition ends what qualifies a word: "goat on the bone" is goat, "beef in gravy" beef)
            english = [[words for words in (tuple(w for w in tokens(part) if w not in FILLER)
                                            for part in _PREPOSITION.split(fold(name))) if words]
                       for name in item.ingredients if tokens(name) == tokens(name, translate=False)]
            modifies: dict[str, set[str]] = {}
            for chunk in (chunk for chunks in english for chunk in chunks):
                for word in chunk[:-1]:
                    modifies.setdefault(word, set()).add(chunk[-1])
            heads_of = {phrase_words[-1] for phrase_words in item_phrases} | {
                chunk[-1] for chunks in english for chunk in chunks}
            self.ingredient_modifiers.append({w: heads for w, heads in modifies.items() if w not in heads_of})

    def _base_ingredients(self) -> list[list[bool]]:
        """Per item and ingredient: is it what most of its category is made on (the mozzarella
        of pizzas, the rice noodles of pho) rather than what tells the item apart?"""
        counts: dict[str, dict[frozenset[str], int]] = {}
        for index, item in enumerate(self.items):
            for part in {frozenset(p) for p in self.ingredient_parts[index]}:
                counts.setdefault(item.category, {}).setdefault(part, 0)
                counts[item.category][part] += 1
        out = []
        for index, item in enumerate(self.items):
            size = len(self.categories.get(item.category, ()))
            out.append([size >= 3 and counts[item.category][frozenset(part)] * 2 > size
                        for part in self.ingredient_parts[index]])
        return out

    @staticmethod
    def _description_words(item: MenuItem) -> set[str]:
        return {w for w in tokens(item.description) if len(w) >= 3 and w not in FILLER
                and w not in DESCRIPTION_NOISE and not w.isdigit()}

    def _compounds(self) -> list[dict[str, set[str]]]:
        """Per item, the words it has only inside a word the menu writes joined ("lemon-lime"),
        with the other half: said alone they name something else."""
        texts = [(item.name, *item.aliases, item.description, *item.ingredients) for item in self.items]
        pairs: set[frozenset[str]] = set()
        for item_texts in texts:
            for text in item_texts:
                for first, second in _JOINED.findall(fold(text)):
                    if first.endswith("ed") or second.endswith("ed"):
                        continue  # "pan-fried", "sun-dried": how it is made, not one thing
                    halves = tokens(first) + tokens(second)
                    if len(halves) == 2 and halves[0] != halves[1] and not set(halves) & FILLER:
                        pairs.add(frozenset(halves))
        out: list[dict[str, set[str]]] = []
        for item_texts in texts:
            inside: dict[str, set[str]] = {}
            alone: set[str] = set()
            for text in item_texts if pairs else ():
                words = [w for w in tokens(text) if w not in FILLER]
                for position, word in enumerate(words):
                    around = {words[i] for i in (position - 1, position + 1) if 0 <= i < len(words)}
                    joined_with = {other for other in around if frozenset((word, other)) in pairs}
                    if joined_with:
                        inside.setdefault(word, set()).update(joined_with)
                    else:
                        alone.add(word)
            out.append({word: partners for word, partners in inside.items() if word not in alone})
        return out

    # --- parsing the caller's phrase ---------------------------------------------------------

    def _merge_compounds(self, words: list[str]) -> list[str]:
        """ "cheese steak" → "cheesesteak", "meat lover" → "meatlover" when the menu spells it so."""
        out: list[str] = []
        index = 0
        while index < len(words):
            # syllables said apart, filler-like ones too: "bul go gi" → "bulgogi"
            if index + 2 < len(words) and not any(w in self.vocabulary or w.isdigit()
                                                  for w in words[index:index + 3]):
                same = self.roman_words.get(roman_key("".join(words[index:index + 3])), ())
                if len(same) == 1:  # "jja jang myun" → "jjajangmyeon"
                    out.append(min(same))
                    index += 3
                    continue
            apart = self.heard_apart.get((words[index], words[index + 1])) if index + 1 < len(words) else None
            if apart is not None and (words[index], words[index + 1]) not in self.name_pairs:
                out.append(apart)  # "karry sild" (as read: "karry herring") → "karrysild"
                index += 2
                continue
            if index + 1 < len(words):
                joined = words[index] + words[index + 1]
                if joined not in self.vocabulary and len(joined) >= 5 and not (
                        words[index] in self.vocabulary or words[index + 1] in self.vocabulary
                        or words[index] in FILLER or words[index + 1] in FILLER
                        or words[index].isdigit() or words[index + 1].isdigit()):
                    same = self.roman_words.get(roman_key(joined), ())
                    joined = min(same) if len(same) == 1 else joined  # "kalbi tang" → "galbitang"
                if joined in self.vocabulary and not (
                        words[index] in self.vocabulary and words[index + 1] in self.vocabulary
                        and (words[index], words[index + 1]) in self.name_pairs):
                    out.append(joined)
                    index += 2
                    continue
            out.append(words[index])
            index += 1
        return out

    @functools.cached_property
    def first_words(self) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per item, the words of its first ingredient and of its description (fillers out): what
        the menu says the dish is, in its own words."""
        return [(tuple(w for w in tokens(item.ingredients[0]) if w not in FILLER) if item.ingredients else (),
                 tuple(w for w in tokens(item.description) if w not in FILLER)) for item in self.items]

    def _sound_index(self) -> tuple[list[str], list[str], list[set[int]], list[int]]:
        """Every item's name, and each run of its words that holds most of the name's letters (a
        caller drops the "Corn" of "Corn Maque Choux"), as it sounds under each language's spelling
        rules: the keys (sorted by length, for a window of lengths), their skeletons, the items each
        is of, and their lengths. Built with the index (sounds.py's keys are cached by word)."""
        built = self.__dict__.get("_sounds_built")
        if built is None:
            by_key: dict[str, set[int]] = {}
            for index, item in enumerate(self.items):
                # (a name with a gloss in brackets is two names, each said alone: "Kürtőskalács
                # (Chimney Cake)" — the native one is too little of the whole to be heard by)
                glossed = GLOSSED.fullmatch(item.name)
                for name in (item.name, *item.aliases, *(glossed.groups() if glossed else ())):
                    # (as the menu spells it, accents said: "Jägerschnitzel"; its whole name with the
                    # little words in it too: "Beet It")
                    written = spoken_words(name)
                    for key in name_keys(" ".join(written)) if len(written) > 1 else ():
                        if len(key) >= SHORTEST:
                            by_key.setdefault(key, set()).add(index)
                    words = [w for w in written if w not in FILLER]
                    sizes = [len(w) for w in words]
                    read = [[word_key(w, rules) for w in words] for rules in NAME_RULES]
                    # (words that only say what kind of dish it is are not what names it: "palata"
                    # is no Gyro Platter for sounding like its "platter")
                    naming = [w not in KIND_WORDS and w not in self.generic and w not in FORM_WORDS
                              for w in (singular(word) for word in words)]
                    for start in range(len(words)):
                        for end in range(start + 1, len(words) + 1):
                            if sum(sizes[start:end]) * 5 < sum(sizes) * 3 or not any(naming[start:end]):
                                continue  # (too little of the name to say it)
                            for keys in read:
                                key = "".join(keys[start:end])
                                if len(key) >= SHORTEST:
                                    by_key.setdefault(key, set()).add(index)
            keys = sorted(by_key, key=lambda key: (len(key), key))  # by length, for a window of lengths
            built = self.__dict__["_sounds_built"] = (
                keys, [skeleton(key) for key in keys], [by_key[key] for key in keys],
                [len(key) for key in keys])
        return t.cast(tuple[list[str], list[str], list[set[int]], list[int]], built)

    def sound_alike(self, said: t.Sequence[str]) -> set[int]:
        """The items whose name (or most of it) sounds like the words said run together, read as the
        English a speech recogniser writes (sounds.py: "ben yays" / Beignets, "mock shoe" / Maque
        Choux): name evidence weaker than spelling — what it finds is confirmed, never added."""
        key = english_key(" ".join(said))
        if len(key) < SHORTEST:
            return set()
        keys, skeletons, items, lengths = self._sound_index()
        # only names of about as many sounds (a sound more or less costs 0.2 at least: within the
        # threshold, a quarter of them, two for a short one)
        slack = max(2, len(key) // 4)
        low, high = bisect_left(lengths, len(key) - slack), bisect_right(lengths, len(key) + slack)
        found: set[int] = set()
        # (a letter ratio of the skeletons first, in C — every sound-alike of the calibration set is
        # at 80 or more — then the weighted alignment on what is left)
        for _key, _score, position in process.extract(skeleton(key), skeletons[low:high], scorer=fuzz.ratio,
                                                      score_cutoff=72, limit=12):
            if within(key, keys[low + position]):
                found |= items[low + position]
        return found

    def sounds_like(self, words: tuple[str, ...]) -> int | None:
        """The one item whose whole name sounds as the words said run together, and is spelled
        close to them (metaphone keys are coarse: a "burrito" is no Burrata)."""
        run = "".join(w for w in words if not w.isdigit())
        if len(run) < 5 or any(w in KIND_WORDS for w in words):
            return None  # (a "burrito" is no Burrata)
        key = jellyfish.metaphone(run.replace("wh", "w"))  # "doro what": "wh" is said "w"
        named = self.sounds.get(key, {}) if len(key) >= 3 else {}
        close = {index for name, index in named.items() if name != run and fuzz.ratio(run, name) >= 78}
        return next(iter(close)) if len(close) == 1 and len(set(named.values())) == 1 else None

    def _names(self, index: int) -> set[str]:
        return self.name_words[index]

    def _distinctive_name(self, index: int) -> tuple[str, ...]:
        """The item's name without its category words: "Pepperoni Pizza" → ("pepperoni",)."""
        keys = self.keys[index]
        if not keys:
            return ()
        category = self.category_words.get(self.items[index].category, set())
        return tuple(w for w in keys[0].words if w not in category)

    def _name_halves(self, index: int) -> set[tuple[str, ...]]:
        """A name with a parenthesised gloss, each half as said whole: ("zeli",) and ("sauerkraut",)
        of "Zelí (Sauerkraut)" (counts and fillers left out, "(Pork Soup Dumplings, 8)")."""
        found: dict[int, set[tuple[str, ...]]] = self.__dict__.setdefault("_halves", {})
        halves = found.get(index)
        if halves is None:
            name = self.items[index].name
            parts = (BRACKETED.sub(" ", name), *GLOSS_TEXT.findall(name)) if "(" in name else ()
            said = (tuple(w for w in tokens(part) if w not in FILLER and not w.isdigit()) for part in parts)
            halves = found[index] = {words for words in said if words}
        return halves

    def _kinds_of(self, category_words: set[str]) -> set[str]:
        kinds = set(category_words)
        for word in category_words:
            kinds.update(CATEGORY_SYNONYMS.get(word, ()))
        return kinds

    def _index(self, item: MenuItem) -> int:
        return self.positions[item.id]

    def _is_dish_kind(self, word: str) -> bool:
        """A word that names a kind of dish the caller could be asking for instead."""
        return word in DISH_KINDS or word in self.all_category_words

    # --- helpers for tools -------------------------------------------------------------------

    def in_category(self, spoken: str) -> list[MenuItem]:
        """Items of the category named by ``spoken`` ("drinks" → the drinks), best guess."""
        words = set(_significant(tokens(spoken)))
        if not words:
            return []
        found = [item for cat, cat_words in self.category_words.items() if words & cat_words
                 for item in self.categories[cat]]
        if found:
            return found
        best: list[tuple[float, str]] = []
        for cat in self.categories:
            if cat:
                best.append((fuzz.token_set_ratio(" ".join(words), phrase(cat)), cat))
        best.sort(reverse=True)
        if best and best[0][0] >= 80:
            return list(self.categories[best[0][1]])
        return []
