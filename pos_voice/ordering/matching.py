"""Menu resolution: what the caller said → one menu item, a question, or "we don't have that".

A wrong item is worse than a question. The matcher therefore only answers ``"match"`` when
one item is clearly best; when two are close it returns ``"ambiguous"`` with the candidates
for the model to ask about, and when nothing is close, ``"unknown"`` with alternatives.

Signals, in order of trust: exact names and aliases (the host's alias column,
``POS_VOICE_MENU_ALIASES``, built-in shorthand such as "pep" or "marg"), token overlap after
normalisation (numbers as words, plurals, synonyms), fuzzy spelling (rapidfuzz) and
pronunciation (jellyfish metaphone / NYSIIS) for words the speech recogniser mangled, and
categories ("a pizza" → the pizzas). Size and quantity words are taken out of the spoken
name first ("two large pep" → quantity 2, size large, "pep").

When the menu's names don't settle it, two weaker signals are tried, and an item found only
through them is confirmed with the caller, never added outright: the words the menu itself says
about an item (name, ingredients, description) covering everything said, for one item only
("chicken pho" for a Phở Gà made with chicken), and the English names the dish gazetteer
(:mod:`.dish_gazetteer`) knows for a menu's native dish names ("spinach pie" for Spanakopita).
"""

from __future__ import annotations

import copy
import functools
import re
import threading
import typing as t
import weakref
from dataclasses import dataclass, field

import jellyfish
from rapidfuzz import fuzz, process

from ..pos.types import Menu, MenuItem
from .dish_gazetteer import Dish, dishes_in, dishes_named, normal
from .food_words import KINDS_OF, roman_key
from .text import FILLER, fold, phrase, singular, tokens

#: "confirm": one plausible item, said another way than the menu says it (another spelling,
#: another language, a kind word the menu leaves out): ask "the X?" once, never refuse it.
MATCH, CONFIRM, AMBIGUOUS, UNKNOWN = "match", "confirm", "ambiguous", "unknown"

#: Words that name a kind of dish rather than a dish: on their own they mean "which one?".
GENERIC_WORDS = frozenset({
    "pizza", "pasta", "drink", "soda", "beverage", "salad", "side", "dessert", "wing", "sandwich", "sub",
    "calzone", "appetizer", "starter", "special", "entree", "dish", "food", "item", "something", "bottle",
    "can", "cup", "meal", "combo", "specialty",
})

#: Generic words that name a kind of dish: said with a dish of another kind, they rule it out.
DISH_KINDS = frozenset({
    "pizza", "pasta", "salad", "sandwich", "sub", "calzone", "wing", "burger", "wrap", "soup", "dessert",
    "drink", "soda", "slice", "roll", "platter",
})

#: Words that say what kind of thing an item is. Said with an item the menu names without it
#: ("pepperoni pizza" for "Pepperoni", "seltzer water" for "Seltzer") it is not required; said
#: with an item of another kind ("a pepperoni calzone") it rules that item out.
KIND_WORDS = DISH_KINDS | frozenset({
    "noodle", "water", "rice", "soup", "stew", "curry", "taco", "burrito", "juice", "tea",
    "beer", "wine", "dumpling", "bread", "cake", "pie", "side", "appetizer", "starter", "beverage",
})

#: Kinds that belong together: a "water" is a kind of drink, a "pie" a pizza.
KIND_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"drink", "beverage", "soda", "pop", "soft", "water", "juice", "tea", "beer", "wine", "coffee",
               "lemonade", "soju", "liquor", "cocktail"}),
    frozenset({"side", "appetizer", "starter", "snack"}),
    frozenset({"soup", "stew", "broth"}),
    frozenset({"pasta", "noodle"}),
    frozenset({"dessert", "cake", "sweet", "pudding"}),
    frozenset({"sandwich", "wrap", "sub", "hero", "pita", "torta"}),
)

#: Said but not on the menu's name, these describe rather than identify ("spicy pork").
DESCRIPTORS = frozenset({"spicy", "hot", "mild", "fresh", "homemade", "plain", "classic", "traditional",
                         "famous", "delicious", "regular", "original", "flavor", "flavored", "style",
                         # what it comes in or how much: "a bibimbap bowl", "a slice of tres leches"
                         "bowl", "plate", "cup", "glass", "box", "tray", "pot", "jar", "slice", "scoop",
                         "steamed", "platter", "dinner",
                         # the cuisine itself: "Mexican street corn" at a taqueria
                         "mexican", "korean", "indian", "chinese", "italian", "spanish", "american", "french",
                         "vietnamese", "greek", "thai", "japanese", "turkish", "ethiopian", "filipino",
                         "peruvian", "jamaican", "brazilian", "polish", "lebanese", "persian", "caribbean"})

#: Describing words that make another dish when a name has them ("Spicy Tuna Roll", "Fresh Rolls"):
#: on a menu whose names use them they are not just describing.
DISTINGUISHING = frozenset({"spicy", "hot", "mild", "fresh", "plain", "regular", "original"})

#: How a dish is cooked, in names that are otherwise what it is made of ("Fried Calamari").
HOW_COOKED = frozenset({"fried", "grilled", "steamed", "baked", "roasted", "sauteed", "crispy"})

#: How hot: said of a dish whose name doesn't say it, it asks for another dish ("spicy hummus").
HEAT = frozenset({"spicy", "mild"})

#: Spoken size words → the size names hosts use (English and Spanish menus).
SIZE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "large": ("large", "lg", "grande", "big", "bigger", "biggest", "larger", "largest"),
    "medium": ("medium", "med", "regular", "mediana", "mediano", "middle"),
    "small": ("small", "sm", "personal", "pequena", "pequeno", "chica", "chico", "individual", "little",
              "smaller", "smallest"),
    "extra large": ("extra large", "xl", "x-large", "familiar", "family"),
    "family": ("family", "familiar", "extra large"), "personal": ("personal", "small", "individual"),
    "regular": ("regular", "medium"), "can": ("can", "lata"), "bottle": ("bottle", "botella"),
    "whole": ("whole", "full", "entero", "entera"), "full": ("full", "whole"), "half": ("half", "media"),
}

#: Words of size names that measure one thing by how much of it ("Cup" / "Bowl", "Short Stack" /
#: "Full Stack", "Slice" / "Half Tray"): an item whose sizes are all named with them, or all a
#: number of one unit ("12 inch" / "16 inch", "6 pieces" / "12 pieces"), has its sizes in order, so
#: a caller's "large" is its largest. Not containers of different kinds ("Can" / "2 Liter").
SCALE_WORDS = frozenset({
    "small", "medium", "large", "regular", "mini", "kid", "junior", "personal", "family", "party", "tray",
    "half", "whole", "full", "quarter", "single", "double", "triple", "cup", "bowl", "short", "tall",
    "stack", "pint", "quart", "slice", "order", "extra", "jumbo", "lunch", "dinner", "plate", "side",
})

#: A caller's size word said of an item that has no size called so: where in its sizes it is
#: (``None``: the middle one, of three).
RELATIVE_SIZES: dict[str, int | None] = {"large": -1, "small": 0, "medium": None}

#: Kind-of-dish words → the words categories are named with ("a soda" → the drinks).
CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "drink": ("drink", "soda", "beverage", "pop", "soft"), "soda": ("drink", "beverage", "soda"),
    "beverage": ("drink", "beverage", "soda"), "side": ("side", "appetizer", "starter", "snack"),
    "appetizer": ("appetizer", "side", "starter"), "starter": ("appetizer", "side", "starter"),
    "dessert": ("dessert", "sweet"), "salad": ("salad",), "pasta": ("pasta", "entree"),
}

#: Words of descriptions that say how a dish is served, not what it is.
DESCRIPTION_NOISE = frozenset({"served", "serve", "topped", "top", "made", "our", "choice", "add", "comes",
                               "come", "includes", "include", "each", "per", "from", "over", "into", "then",
                               "finished", "tossed", "side", "any", "all", "your", "or", "both"})

#: A caller describing a dish rather than naming it: "a stew with tofu", "pasta in a cream sauce".
_DESCRIBING = re.compile(r"\b(?:with|in|con|w/)\s")

#: Two words the menu writes joined with a hyphen ("lemon-lime", "mango-pineapple").
_JOINED = re.compile(r"\b([a-z]{3,})-([a-z]{3,})\b")

#: Said but not found among an item's words, these don't count against it: how it comes, that it
#: is good, the cuisine ("a shawarma plate", "vietnamese iced coffee"). "hot", "spicy", "fresh"
#: are not among them: they can make it another dish ("hot coffee" is not the iced one).
COVER_SKIP = frozenset({
    "bowl", "plate", "platter", "dinner", "cup", "glass", "box", "tray", "pot", "jar", "slice", "scoop",
    "order", "classic",
    "traditional", "famous", "delicious", "homemade", "original", "regular", "style", "flavor", "flavored",
    "authentic", "dish", "extra",
    "mexican", "korean", "indian", "chinese", "italian", "spanish", "american", "vietnamese", "greek", "thai",
    "japanese", "turkish", "ethiopian", "filipino", "peruvian", "french", "jamaican", "cuban", "brazilian",
    "polish", "lebanese", "persian", "moroccan", "german", "caribbean", "hawaiian", "asian", "mediterranean"})

#: Kinds broad enough to say of any item of them ("a drink", "a dessert"), unlike "cake" or "juice".
KIND_UMBRELLAS = frozenset({"drink", "beverage", "dessert", "sweet", "side", "appetizer", "starter", "snack"})

#: Kinds that are words for the same thing (a wrap is a sandwich), unlike the families above that
#: only share an umbrella (a cake and a cookie are both desserts, not one another).
SAME_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"sandwich", "wrap", "sub", "hero", "pita", "torta"}),
    frozenset({"pasta", "noodle"}),
    frozenset({"side", "appetizer", "starter", "snack"}),
    frozenset({"soup", "stew", "broth"}),
    frozenset({"drink", "beverage"}),
)

#: The forms a dish is served in. A form said must be the item's ("a chicken doner plate" is not
#: the Chicken Döner Dürüm, a wrap); an item of no form (a "Adana Kebab") takes any. Words of one
#: form are one ("a donair platter" for the Döner Plate, "meat loaf dinner" in "Blue Plate Specials").
FORMS: tuple[frozenset[str], ...] = (
    frozenset({"plate", "platter", "dinner", "combo", "combination"}),  # a combination platter
    frozenset({"wrap", "durum", "sandwich", "sub", "hero", "pita"}),
    frozenset({"bowl"}),
)
FORM_WORDS = frozenset().union(*FORMS)

#: Kinds of dish menus write joined to what they are made with ("cheeseburger", "meatball"); not
#: a cheesesteak, which is no steak.
COMPOUND_HEADS = ("burger", "cake", "dog", "bread", "ball")

#: At most this many gazetteer names per item (a long name holding several dishes).
GAZETTEER_NAMES = 24

SURE_SCORE = 0.82  # at least this good to answer with one item
CLEAR_MARGIN = 0.12  # ...and this much better than the runner-up
CANDIDATE_SCORE = 0.55  # worth asking about
EXPLAINED = 0.8  # a said word this close to one of the item's words is accounted for


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


class Said:
    """The caller's words as said, untranslated: in order (sizes and counts out), and as a set
    with every spoken word. Each is made when first asked for: most phrases never need them."""

    def __init__(self, matcher: MenuMatcher, spoken: str, translated: tuple[str, ...]) -> None:
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


@dataclass(frozen=True)
class _Key:
    words: tuple[str, ...]
    exact: str
    weight: float  # 1.0 the name itself, a little less for shortened forms


#: Units that make a number a size ("2 liter", "16 ounce", "12 inch", "6 piece").
SIZE_UNITS = frozenset({"liter", "ounce", "inch", "piece", "ml", "pound"})


#: Meats and fish: said with an item made of none of them, they make it another dish.
PROTEINS = frozenset({"chicken", "beef", "pork", "lamb", "goat", "veal", "duck", "turkey", "fish", "shrimp",
                      "squid", "octopus", "crab", "salmon", "tuna", "mussel", "oxtail", "eel"})

#: Letters of Spanish words that an English speaker spells otherwise ("ll" as "y", "j" as "h").
_SPANISH_LETTERS = re.compile(r"ll|j")
_SPANISH_SOUNDS = (("ll", "y"), ("j", "h"), ("qu", "k"), ("z", "s"), ("v", "b"))


def _heard_spanish(word: str) -> str:
    """A word as it sounds read the Spanish way, spelled as an English speaker would write it."""
    for written, sound in _SPANISH_SOUNDS:
        word = word.replace(written, sound)
    return word


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def fold_name(name: str) -> str:
    return fold(name).replace("&", " and ")


def _significant(words: t.Iterable[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in FILLER and not w.isdigit())


def _name_words(words: t.Iterable[str]) -> tuple[str, ...]:
    """A name's words: numbers kept ("Cuatro Quesos" is "4 cheese", not "cheese")."""
    return tuple(w for w in words if w not in FILLER)


#: What a dish is made of, when a name says it: a name that says one, a gloss that says another
#: are not the same dish ("Lamb Tibs", "sauteed beef").
MEATS = frozenset({"chicken", "beef", "pork", "lamb", "goat", "veal", "duck", "turkey", "fish", "shrimp",
                   "seafood", "tofu", "vegetable", "squid", "octopus", "crab", "salmon", "tuna", "mussel",
                   "oxtail", "eel", "egg"})


def _other_meat(name: tuple[str, ...], rest: tuple[str, ...]) -> bool:
    said = {w for w in rest if w in MEATS or KINDS_OF.get(w) in MEATS - {"meat"}}
    named = {w for w in name if w in MEATS}
    return bool(said and named and not said & named and not {KINDS_OF.get(w) for w in said} & named)


class MenuMatcher:
    """Resolution over one :class:`Menu`; build with :func:`matcher_for` to reuse per menu."""

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
        # two words one after the other in a name ("cheese steak" apart, where another writes it
        # joined): said so, they are not that joined word
        self.name_pairs = {pair for keys in self.keys.values() for key in keys
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
        self.item_forms = [self._forms(self.name_words[index]) or self._forms(
            self.category_words.get(item.category, set())) for index, item in enumerate(self.items)]
        self._phonetic_cache: dict[str, tuple[str, str]] = {}
        # per item, filled when first asked: the items named as it with a meat; its dishes' names
        self._meat_named: dict[int, list[int]] = {}
        self._dish_names: dict[int, tuple[frozenset[tuple[str, ...]], frozenset[str]]] = {}
        self._similar_cache: dict[str, dict[str, float]] = {}
        self._vocabulary_list = sorted(self.vocabulary)
        self._build_other_names()
        self.positions = {item.id: index for index, item in enumerate(self.items)}
        self.all_category_words = {w for words in self.category_words.values() for w in words}
        self.category_kinds = {cat: self._kinds_of(words) for cat, words in self.category_words.items()}
        # per item, the general words for what its name and its ingredients say ("beef" for brisket)
        self.name_generals = [{KINDS_OF[w] for w in names if w in KINDS_OF} for names in self.name_words]
        self.ingredient_generals = [{KINDS_OF[w] for w in made_of if w in KINDS_OF}
                                    for made_of in self.ingredient_words]
        self.by_distinctive_name: dict[tuple[str, ...], list[int]] = {}  # "pepperoni": the pizza, the slice
        for index in range(len(self.items)):
            self.by_distinctive_name.setdefault(self._distinctive_name(index), []).append(index)

    def rebind(self, menu: Menu) -> MenuMatcher:
        """The same indexes over ``menu``'s items (same ids and names, fresher prices and stock)."""
        clone = copy.copy(self)
        clone.menu = menu
        clone.items = list(menu.items)
        clone.categories = {}
        for item in clone.items:
            clone.categories.setdefault(item.category, []).append(item)
        return clone

    # --- building ---------------------------------------------------------------------------

    def _size_phrases(self) -> dict[str, str]:
        """Spoken size phrase (normalised) → a canonical size phrase used for lookup."""
        phrases: dict[str, str] = {}
        for item in self.items:
            for option in item.sizes:
                norm = phrase(option.name)
                if norm:
                    phrases[norm] = norm
        for canonical, spoken in SIZE_SYNONYMS.items():
            for word in spoken:
                phrases.setdefault(phrase(word), phrase(canonical))
        return phrases

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
            words = tuple(w for w in tokens(name) if w not in FILLER or w in acronyms)  # "LA Galbi"
            if not words:
                continue
            keys.append(_Key(words, " ".join(words), 1.0))
            raw = tuple(w for w in tokens(name, translate=False) if w not in FILLER or w in acronyms)
            if raw and raw != words and name == item.name:
                # the name in its own language too: "dol sot bibimbap", "gunmandu", "aalu gobi"
                keys.append(_Key(raw, " ".join(raw), 1.0))
                if 2 <= len(raw) <= 3 and not any(w.isdigit() for w in raw):
                    keys.append(_Key(("".join(raw),), "".join(raw), 1.0))
            if name == item.name and 2 <= len(words) <= 3 and not any(w.isdigit() for w in words) and any(
                    len(w) <= 4 for w in words):
                # romanised names are written apart and together: "Dak Galbi" / "dakgalbi", "Xiao Long Bao"
                joined = "".join(words)
                keys.append(_Key((joined,), joined, 1.0))
        return keys

    def _split_compounds(self) -> None:
        """A name word that is a kind of dish with a menu word in front ("Bacon Cheeseburger") is
        also named with the two apart: a "bacon burger"."""
        for index in range(len(self.items)):
            if not self.keys[index]:
                continue
            words = self.keys[index][0].words
            split: list[str] = []
            for word in words:
                head = next((kind for kind in COMPOUND_HEADS if word.endswith(kind)
                             and len(word) - len(kind) >= 3 and word[:-len(kind)] in self.vocabulary), None)
                split.extend((word[:-len(head)], head) if head else (word,))
            if len(split) > len(words):
                key = _Key(tuple(split), " ".join(split), 0.95)
                self.keys[index].append(key)
                self.exact.setdefault(key.exact, set()).add(index)
                for word in key.words:
                    self.vocabulary.add(word)
                    self.word_items.setdefault(word, set()).add(index)

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
        for marker in ("with", "con", "w/"):
            if marker in raw:
                return set(tokens(" ".join(raw[raw.index(marker) + 1:])))
        return set()

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
        for item_phrases in phrases:
            modifies: dict[str, set[str]] = {}
            for phrase_words in item_phrases:
                for word in phrase_words[:-1]:
                    modifies.setdefault(word, set()).add(phrase_words[-1])
            heads_of = {phrase_words[-1] for phrase_words in item_phrases}
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

    def parse(self, spoken: str, translate: bool = True) -> SpokenOrder:
        words = self._merge_compounds(tokens(spoken, translate))
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
        for word in words:
            if word.isdigit() and quantity is None and not rest:
                quantity = int(word)
                continue
            if word.isdigit() and quantity is None:
                quantity = int(word)  # "cokes, two" — a number after the name
                continue
            rest.append(word)
        kept = tuple(w for w in rest if w not in FILLER or w in self.acronyms)
        return SpokenOrder(quantity, size, kept, size_words)

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
        return 0.0 if kinds & (KIND_WORDS | DISH_KINDS) else 1.0

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

    def _index(self, item: MenuItem) -> int:
        return self.positions[item.id]

    def size_name(self, item: MenuItem, size_said: str | None) -> str | None:
        """The item's own size name for a spoken size, or ``None`` when it has no such size."""
        if not size_said or not item.sizes:
            return None
        wanted = phrase(size_said)
        wanted = self.size_phrases.get(wanted, wanted)
        options = {phrase(option.name): option.name for option in item.sizes}
        if wanted in options:
            return options[wanted]
        if wanted.isdigit() and f"{wanted} piece" in options:
            return options[f"{wanted} piece"]  # "six beignets" where another item's size is "Half Dozen"
        for spoken in SIZE_SYNONYMS.get(wanted, ()):
            if phrase(spoken) in options:
                return options[phrase(spoken)]
        holding = [name for norm, name in options.items() if wanted in norm.split()]
        if len(holding) == 1 and wanted in SCALE_WORDS:
            return holding[0]  # "half" for the Half Tray, "party" for the Party Tray
        return self._relative_size(item, wanted)

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
        else:
            return None
        return order[1 if place is None else place].name

    def _resolve_words(self, words: tuple[str, ...], size_said: str | None, describing: bool = False,
                       said_raw: Said | None = None) -> Resolution:
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
            if own.status == CONFIRM:
                # a name said in part: another item named so as well is as plausible ("lumpia": the
                # Lumpia Shanghai, or the Lumpiang Gulay?)
                named = [i for i in self._pool_of(words) if i != index and self._named_so(words, i)]
                if named:
                    return Resolution(AMBIGUOUS, candidates=[own.item, *(self.items[i] for i in named)][:6],
                                      score=own.score)
            return own
        return self._by_other_words(words, own, describing, said_raw) or own

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
            wanted = set(words)
            for word in words:
                wanted.update(CATEGORY_SYNONYMS.get(word, ()))
            in_category = [item for cat, cat_words in self.category_words.items()
                           if wanted & cat_words for item in self.categories[cat]]
            if not in_category:
                in_category = [item for index, item in enumerate(self.items)
                               if any(set(words) & set(key.words) for key in self.keys[index])]
            if len(in_category) == 1 and len(words) == 1 and set(words) <= set(self.keys[
                    self.items.index(in_category[0])][0].words):
                # "chicken" for the one Pollo a la Brasa — unless another dish is called chicken too
                called_so = [self.items[i] for i in sorted(self.word_items.get(words[0], ()))
                             if self.items[i] is not in_category[0]]
                if not called_so:
                    return Resolution(MATCH, item=in_category[0], score=0.9)
                return Resolution(AMBIGUOUS, candidates=[in_category[0], *called_so][:6], score=0.9)
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

    def _by_other_words(self, words: tuple[str, ...], own: Resolution, describing: bool,
                        said_raw: Said | None = None) -> Resolution | None:
        """No name settled it: the one item the gazetteer calls exactly that, or whose own words
        (name, ingredients, description, gazetteer names) hold every word said — confirmed, never
        added outright, and only when no other item fits those words too (then it asks);
        ``describing``: the caller described a dish ("a stew with tofu") rather than named one.
        ``None`` leaves ``own`` as it was."""
        said = tuple(w for w in words if not w.isdigit())
        if not said:
            return None
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
                # the names asked about it and another made of exactly what was said ("fried bread":
                # the Tibetan Bread, or the Sha Phaley made with fried bread?): still a question
                rivals += [i for i in sorted({self._index(c) for c in asked} - {found[0], *rivals})
                           if said in self.ingredient_phrases[i]]
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
            whole = [(i, tiers) for i, tiers in covering if len(tiers) == len(set(said))]
            covering = whole if len(whole) == 1 else covering
        return [index for index, _ in covering]

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
                    for word, tier in tiers.items()) or self._main_alone(set(tiers), index)
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
        rivals = []
        for other in sorted((self._pool_of(said) | asked) - {index}):
            tiers = self._coverage(said, other, let_go=not (exact or whole))
            if tiers is None:
                continue
            made_of = {w for w, tier in tiers.items() if tier == "ingredient"}
            if not describing and made_of and not self._main_or_two(made_of, other) and not any(
                    set(phrase) <= set(said) for phrase in self.ingredient_phrases[other]):
                continue  # (a whole ingredient said, "chicken kebab" of the Mixed Grill, still counts)
            if exact and not self._called_so(said, other, tiers):
                continue  # "falafel balls": the Falafel, not the Falafel Wrap
            rivals.append(other)
        return rivals

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
        if word in self.named_kinds and not (word in category and word not in KIND_WORDS):
            # (a category that is a meat, "Beef", is no kind: its tibs are beef tibs)
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
        own = self.own_kinds[index]
        return word in KIND_UMBRELLAS or word in own or any(word in family and own & family
                                                           for family in SAME_KINDS)

    def _half_compound(self, words: tuple[str, ...], index: int) -> bool:
        """A word said is, on this item, only ever half of a word the menu writes joined
        ("lemon" of "lemon-lime"), and the other half was not said."""
        said = set(words)
        return any(partners and not partners & said
                   for word, partners in self.compound_only[index].items() if word in said)

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
        """All words said but one are the item's name words, and that one sounds like the one
        name word left over."""
        names = self.keys[index][0].words if self.keys[index] else ()
        left = [n for n in names if not self._said(n, words)
                and n not in self.category_words.get(self.items[index].category, set())]
        odd = [w for w in words if not w.isdigit() and w not in self.soft_words
               and not self._said_in_name(w, index) and not self._kind_fits(w, index)]
        if len(odd) != 1 or len(left) != 1 or len(words) < 2:
            return False
        said, missing = odd[0], left[0]
        if roman_key(said) == roman_key(missing):
            return True  # "pad si ew" / "Pad See Ew"
        said_key, missing_key = roman_key(said), roman_key(missing)
        close = max(fuzz.ratio(said_key, missing_key), fuzz.ratio(said, missing)) >= 60
        return close and (said_key[:1] == missing_key[:1] or fuzz.ratio(said, missing) >= 70)

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

    def _names(self, index: int) -> set[str]:
        return self.name_words[index]

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

    def _said(self, menu_word: str, words: tuple[str, ...]) -> bool:
        return any(w == menu_word or self._similar(w).get(menu_word, 0.0) >= EXPLAINED for w in words)

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

    def _kinds_of(self, category_words: set[str]) -> set[str]:
        kinds = set(category_words)
        for word in category_words:
            kinds.update(CATEGORY_SYNONYMS.get(word, ()))
        return kinds

    def _is_dish_kind(self, word: str) -> bool:
        """A word that names a kind of dish the caller could be asking for instead."""
        return word in DISH_KINDS or word in self.all_category_words

    def _distinctive_name(self, index: int) -> tuple[str, ...]:
        """The item's name without its category words: "Pepperoni Pizza" → ("pepperoni",)."""
        keys = self.keys[index]
        if not keys:
            return ()
        category = self.category_words.get(self.items[index].category, set())
        return tuple(w for w in keys[0].words if w not in category)

    def _shared_ingredient(self, words: tuple[str, ...], best_index: int) -> list[MenuItem]:
        """Other dishes made with the one ingredient the caller named (a lone "sausage")."""
        if len(words) != 1 or words[0] in self.generic:
            return []
        word = words[0]
        distinctive = self._distinctive_name(best_index)
        if distinctive == words or tuple(
                w for w in distinctive if w not in HOW_COOKED and w not in KIND_WORDS) == words:
            return []  # the item is called that ("calamari", "lasagna"; "Fried Calamari", "Pita Bread")
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
        item = self.items[holders[0]]
        allowed = set(self.category_words.get(item.category, set()))
        for key in self.keys[holders[0]]:
            allowed.update(key.words)
        for word in list(allowed):
            allowed.update(CATEGORY_SYNONYMS.get(word, ()))
        # a kind-of-dish word that is not this item's kind ("pepperoni calzone") rules it out
        if any(w in self.generic and w not in allowed for w in words):
            return None
        return holders[0]

    def _holds_all(self, words: tuple[str, ...], index: int) -> bool:
        """Every word said (counts and soft words aside) is a word of the item's name."""
        said = [w for w in words if not w.isdigit() and w not in self.soft_words]
        return bool(said) and all(w in self.name_words[index] for w in said)

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

    def _has_size(self, item: MenuItem, size_said: str) -> bool:
        return self.size_name(item, size_said) is not None or (not item.sizes and size_said == "regular")

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


#: id(menu) → (weak reference to the menu, alias key, matcher); menus are immutable values
def menu_shape(menu: Menu, aliases: t.Mapping[str, t.Any] | None = None) -> tuple[t.Any, ...]:
    """What the matcher's indexes depend on: names, aliases, categories, sizes, ingredients and
    descriptions — not prices or stock, which change between reads without changing how names
    resolve."""
    return (
        tuple((item.id, item.name, item.category, item.aliases, tuple(o.name for o in item.sizes),
               item.ingredients, item.description, item.is_special) for item in menu.items),
        tuple(m.name for m in menu.modifiers),
        tuple(sorted((str(k), str(v)) for k, v in (aliases or {}).items())),
    )


class _MatcherCache:
    """Matchers by menu object (fast path) and by menu shape (a fresh read of an unchanged menu
    reuses the indexes with the fresh items: current prices and availability, no rebuild)."""

    def __init__(self, size: int = 8) -> None:
        self.lock = threading.Lock()
        self.by_menu: dict[int, tuple[weakref.ref[Menu], tuple[t.Any, ...], MenuMatcher]] = {}
        self.by_shape: dict[tuple[t.Any, ...], MenuMatcher] = {}
        self.size = size

    def get(self, menu: Menu, aliases: t.Mapping[str, t.Any] | None) -> MenuMatcher:
        alias_key = tuple(sorted((str(k), str(v)) for k, v in (aliases or {}).items()))
        with self.lock:
            cached = self.by_menu.get(id(menu))
            if cached is not None and cached[0]() is menu and cached[1] == alias_key:
                return cached[2]
        shape = menu_shape(menu, aliases)
        with self.lock:
            known = self.by_shape.get(shape)
        matcher = known.rebind(menu) if known is not None else MenuMatcher(menu, aliases)
        with self.lock:
            for key in [k for k, v in self.by_menu.items() if v[0]() is None]:
                del self.by_menu[key]  # menus replaced by fresher reads
            self.by_menu[id(menu)] = (weakref.ref(menu), alias_key, matcher)
            self.by_shape.pop(shape, None)
            self.by_shape[shape] = matcher
            while len(self.by_shape) > self.size:
                del self.by_shape[next(iter(self.by_shape))]
        return matcher


_matchers = _MatcherCache()


def matcher_for(menu: Menu, aliases: t.Mapping[str, t.Any] | None = None) -> MenuMatcher:
    """The matcher for ``menu``: built once per menu shape, bound to this menu's current items."""
    return _matchers.get(menu, aliases)
