"""Eighth blind held-out set: ten menus written fresh, each of a restaurant kind no earlier set has.
Three are pizzerias, the product's first users: a Chicago pizzeria (deep dish and stuffed pizza
10 Inch, 12 Inch or 14 Inch, thin tavern-cut pies 12 Inch to 16 Inch, Italian beef and sausage
sandwiches), a Neapolitan pizzeria with an Italian menu (Margherita, Diavola, Quattro Formaggi...,
one size; antipasti, fritti, dolci, bevande) and a Detroit-style square pizza and wings shop (pies
4 Corner or 8 Corner, wings 6 Piece to 20 Piece, subs, Faygo). Seven are of other kinds: an Uzbek
restaurant (plov Regular or Large, lagman, samsa, manti, shashlik by the skewer, non), an Egyptian
street-food shop (koshari Small to Large, ful, ta'ameya, hawawshi, feteer; English and
transliterated Arabic names), a Hong Kong cha chaan teng (drinks Hot or Iced, pineapple bun, baked
pork chop rice; English names with the Cantonese), a Puerto Rican restaurant with a Spanish menu
(mofongos, frituras, jugos Pequeño or Grande), an Indonesian warung (nasi goreng, rendang, sate 5
Skewers or 10 Skewers, es teh), a Senegalese restaurant (thiéboudienne, yassa, mafé, dibi Petit or
Grand, bissap; French and Wolof names) and a Xi'an noodle house (hand-pulled noodles Thin, Wide or
Extra Wide, biang biang mian, roujiamo, liangpi; pinyin names with the English). Each has 57-59
hand-labelled (580 in all) spoken variants as a phone caller says them and speech recognition
writes them down; about 10-14 % are ASK and about 10-14 % UNKNOWN, several of those close to a
menu item (a dish of the same cuisine that this menu does not have).

Written blind from the patterns of public take-out menus by an engineer who never read the matcher
(pos_voice/), its tests, its benchmark, its other menu sets (beyond one blind7 module, for the
format) or its history, never ran the matcher or a scorer, and sealed (committed) before the
matcher was ever run on them. They are scored, never tuned on: once a failure here has been looked
at, the set it came from no longer counts as held out.

Labelling policy, applied the same way on every menu:

- an item's exact name when a person reading this menu would put exactly that item in without
  needing to ask: one item fits what was said (a generic word the menu itself drops, such as
  "pizza", "noodles" or "plate", may be said or left out);
- ``ASK`` when two or more items on this menu fit what was said equally well ("a beer" where there
  are two beers); when one item is plainly what was said and the others need their extra word
  said ("fries" with French Fries and Cheese Fries), the plain one is the label;
- ``UNKNOWN`` when nothing on the menu is what was said, including a dish that merely shares an
  ingredient or a word with a menu item ("chicken plov" where the only plov is beef).

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole). A variant is
``(what the caller said, expected[, size[, quantity]])``: ``size`` is the item's own size name,
lower-case, and is only given for items that have sizes; ``quantity`` only when the caller said a
number of the item ("a", "an order of" and "una" are not numbers). Where the menu sizes an item by
its count ("10 Piece" wings, "10 Skewers" sate), a count said with it names the size, not a
quantity ("ten wings" is the 10 Piece, no quantity; "two orders of ten wings" is the 10 Piece,
quantity 2). Labels the writer was not sure of were left out.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "chicago_pizza napoletana detroit_pizza uzbek egyptian "
                   "cha_chaan_teng puerto_rican indonesian senegalese xian_noodles")
