"""Thirteenth blind held-out set: ten menus written fresh in session 12 by two blind writers (five
each), each of a restaurant kind no earlier set has. Three are pizzerias, the product's first
users: a California-style gourmet pizzeria (BBQ chicken, Thai chicken, pear & gorgonzola and
cauliflower-crust pizzas, Personal, Medium or Large, salads Half or Full), a pizzeria in Mexico
with a Spanish menu (pizza mexicana with jalapeño and chorizo, hawaiana, al pastor, tamaños Chica,
Mediana, Grande or Familiar, alitas by count, refrescos) and a Dutch snackbar and pizzeria with a
Dutch menu (patat or friet Klein, Middel or Groot, kroket and frikandel by count, kapsalon,
broodjes, pizzas 25 or 30 cm, sauzen). Seven are of other kinds: an Ivorian maquis with a French
menu (attiéké poisson, alloco, garba, kedjenou, sauce graine, foutou, bissap and gnamakoudji by
size), a Singaporean hawker stall (Hainanese chicken rice, laksa, char kway teow, bak kut teh,
satay by 10 or 20 sticks, kopi and teh, Small or Large plates), a Swedish restaurant and café
(köttbullar, gravlax, toast skagen, raggmunk, kanelbulle, semla, prinsesstårta by the slice or
whole, Swedish names with English glosses), an Osaka and Hiroshima okonomiyaki shop
(okonomiyaki and modanyaki with toppings, yakisoba, takoyaki by 6, 8 or 12, Japanese names with
glosses), a Cape Verdean restaurant with a Portuguese menu (cachupa rica or pobre, caldo de peixe,
pastel com diabo dentro by count, xerém, grogue, pudim), a Yunnan rice noodle house
(crossing-the-bridge noodles Regular or Large, erkuai, mint beef, fried goat cheese rubing, Pu'er
tea by the cup or pot) and an Irish pub (fish and chips by one or two pieces, shepherd's pie,
bangers and mash, boxty, Irish stew, pints and half pints of stout).
Each has 56-60 hand-labelled spoken variants as a phone caller says them and speech recognition
writes them down; about 10-14 % are ASK and about 10-14 % UNKNOWN, several of those close to a
menu item (a dish of the same cuisine that this menu does not have).

Written blind from the patterns of public take-out menus by engineers who never read the matcher
(pos_voice/), its tests, its benchmark, its other menu sets (beyond one blind10 module, for the
format) or its history, never ran the matcher or a scorer, and sealed (committed) before the
matcher was ever run on them. They are scored, never tuned on: once a failure here has been looked
at, the set it came from no longer counts as held out.

Labelling policy, applied the same way on every menu (the same as the ninth and tenth blind
sets'):

- an item's exact name when a person reading this menu would put exactly that item in without
  needing to ask: one item fits what was said (a generic word the menu itself drops, such as
  "pizza", "noodles" or "plate", may be said or left out);
- ``ASK`` when two or more items on this menu fit what was said equally well ("a beer" where there
  are two beers); when one item is plainly what was said and the others need their extra word
  said ("fries" with French Fries and Cheese Fries), the plain one is the label;
- ``UNKNOWN`` when nothing on the menu is what was said, including a dish that merely shares an
  ingredient or a word with a menu item ("chicken nihari" where the only nihari is beef).

Same format as bench/menu_sets/ (``CATEGORIES``, ``SPECIALS``, ``TITLE``; the variants in
``HELD_OUT``, the other sets empty, as for a menu held out whole). A variant is
``(what the caller said, expected[, size[, quantity]])``: ``size`` is the item's own size name,
lower-case, and is only given for items that have sizes; ``quantity`` only when the caller said a
number of the item ("a", "an order of" and "una" are not numbers). Where the menu sizes an item by
its count, a count said with it names the size, not a quantity. Labels the writer was not sure of
were left out.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "california_pizza pizzeria_mexicana ivorian singaporean_hawker swedish "
                   "dutch_snackbar okonomiyaki cape_verdean yunnan_noodles irish_pub")
