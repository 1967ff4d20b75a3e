"""Seventh blind held-out set: ten menus written fresh, each of a restaurant kind no earlier set has.
Six are of the cuisines the product cares about most, but of restaurant types not used before: a
Dominican cafeteria with a Spanish menu (platos del día, mangú, chicharrón, morir soñando; bandejas
Pequeña or Grande), a Mexican torta shop with a Spanish menu (tortas by their names, aguas frescas
Chica or Grande), a Korean BBQ house (meats by the order, combos For 2 or For 4, jjigae, banchan
extras), an Indian street-food chaat house (pani puri, pav bhaji, lassi Regular or Large), a
Taiwanese noodle and bao shop (beef noodle soup Regular or Large, gua bao, popcorn chicken) and a
New York halal cart (platters Small or Large, over rice; white sauce and hot sauce). Four are of
other kinds: a Southern soul food kitchen (plates with sides, fried chicken by the piece count), a
Philly cheesesteak shop (steaks 8 Inch or 12 Inch, hoagies Half or Whole, "wit" and "witout"), a
sushi bar (fish by its Japanese name as Nigiri or Sashimi, rolls by name) and a Haitian restaurant
(griot, diri ak djon djon, Kreyòl names). Each has 52-60 hand-labelled (565 in all) spoken variants
as a phone caller says them and speech recognition writes them down; about 10-14 % are ASK and about
10-14 % UNKNOWN, several of those close to a menu item (a dish of the same cuisine that this menu
does not have).

Written blind from the patterns of public take-out menus by an engineer who never read the matcher
(pos_voice/ordering/), its tests, its benchmark, its other menu sets (beyond one module, for the
format) or its history, never ran the matcher or a scorer, and sealed (committed) before the
matcher was ever run on them. They are scored, never tuned on: once a failure here has been looked
at, the set it came from no longer counts as held out.

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole). A variant is
``(what the caller said, expected[, size[, quantity]])``: ``expected`` is an item's exact name,
``ASK`` (a person reading the menu could not tell which of two or more items without asking)
or ``UNKNOWN`` (not on the menu); ``size`` is the item's own size name, lower-case, and is only
given for items that have sizes; ``quantity`` only when the caller said a number ("a", "una" and
"an order of" are not numbers). Labels a careful reader was not sure of were left out.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "dominican tortas korean_bbq chaat_house taiwanese "
                   "halal_cart soul_food cheesesteak sushi_bar haitian")
