"""Fifth blind held-out set: ten menus written fresh, none of them a kind that an earlier set has.
Six are of the cuisines the issue asks for, but of restaurant types other than the generic ones
already used: a Korean fried chicken and bunsik shop (Hangul romanised many ways: tteokbokki /
ddukbokki / topokki, jjigae / chigae, gimbap / kimbap; chicken by half or whole), a South Indian
dosa and idli house (dosa / dosai, idli / idly, vada / vadai; coffee small or large), a Mexican
taqueria whose menu is in Spanish ("tacos de ...", aguas frescas chica or grande), a Cantonese dim
sum house (har gow / ha gau, siu mai / shumai, cheung fun / rice noodle roll; congee small or
large), a Sichuan restaurant (mapo tofu, dan dan, kung pao / gong bao; soup by pint or quart) and
an Argentine empanada and parrilla house with a Spanish menu (empanadas by the unit or the dozen).
Four are of other kinds: Malaysian / Singaporean (satay by 6 or 12), Moroccan (mint tea by the
glass or pot), Portuguese (piri-piri chicken half or whole, soup cup or bowl) and Ukrainian
(varenyky by 6 or 12, borscht cup or bowl). Each has 50-60 hand-labelled spoken variants as a
phone caller says them and speech recognition writes them down.

Written blind from the patterns of public take-out menus by an engineer who never read the matcher
(pos_voice/ordering/), its tests, its benchmark sets or its history, and sealed before the matcher
was ever run on them. They are scored, never tuned on: once a failure here has been looked at, the
set it came from no longer counts as held out.

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole). A variant is
``(what the caller said, expected[, size[, quantity]])``: ``expected`` is an item's exact name,
``ASK`` (a person reading the menu could not tell which of two or more items without asking)
or ``UNKNOWN`` (not on the menu); ``size`` is the item's own size name, lower-case, and is only
given for items that have sizes; ``quantity`` only when the caller said a number.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "korean_chicken south_indian taqueria dim_sum sichuan argentine "
                   "malaysian moroccan portuguese ukrainian")
