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
(:mod:`..dish_gazetteer`) knows for a menu's native dish names ("spinach pie" for Spanakopita).

The matcher is built in layers, each calling only what is below it (mypy checks that):
:class:`~.index.MenuIndex` (the menu's indexes) ← :class:`~.spoken.SpokenPhrases` (sizes and
counts) ← :class:`~.scoring.CandidateScoring` ← :class:`~.name_rules.NameRules` and
:class:`~.other_words.OtherWordsRules` ← :class:`~.matcher.MenuMatcher` (the decision);
:func:`~.cache.matcher_for` keeps one per menu shape.
"""

from .cache import matcher_for, menu_shape
from .matcher import MenuMatcher
from .results import AMBIGUOUS, CONFIRM, MATCH, UNKNOWN, Resolution, SpokenOrder

__all__ = ["AMBIGUOUS", "CONFIRM", "MATCH", "UNKNOWN", "MenuMatcher", "Resolution", "SpokenOrder",
           "matcher_for", "menu_shape"]
