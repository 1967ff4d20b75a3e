"""Ninth blind held-out set: ten menus written fresh, each of a restaurant kind no earlier set has.
Three are pizzerias, the product's first users: a New Haven apizza house (coal-fired thin pies
Small, Medium or Large, white clam pie, "plain" tomato pie without mozzarella, "mootz" for
mozzarella, salads, birch beer), a Roman pizza al taglio and supplì shop with an Italian menu
(pizza by the Trancio or the Teglia Intera, bianca, rossa, patate e rosmarino, supplì, carciofi,
bevande) and a New England Greek-style house of pizza (pizzas Small 10" or Large 16", steak bombs
and grinders Small or Large, Greek salad, spinach pie, calzones). Seven are of other kinds: a
Russian / Eastern European café (pelmeni, vareniki, blini, borscht, shashlik, stroganoff, syrniki,
kvass), a Hungarian restaurant (gulyás, paprikás csirke, lángos, töltött káposzta, palacsinta,
kürtőskalács), a Cambodian restaurant (amok, lok lak, kuy teav, num banh chok, bai sach chrouk),
a Guatemalan restaurant with a Spanish menu (pepián, jocón, kak'ik, chuchitos, rellenitos,
desayuno chapín, licuados Pequeño or Grande), an Ecuadorian restaurant with a Spanish menu
(encebollado, bolón de verde, llapingachos, seco de chivo, hornado, colada morada), a Somali
restaurant (bariis iskukaris, suqaar, hilib ari, sambuusa, canjeero, muufo, shaah) and a Yemeni
restaurant (mandi, haneeth, fahsa, saltah, aseeda, malawah, shafoot, Adeni chai). Each has 56-60
hand-labelled (580 in all) spoken variants as a phone caller says them and speech recognition writes them
down; about 10-14 % are ASK and about 10-14 % UNKNOWN, several of those close to a menu item (a
dish of the same cuisine that this menu does not have).

Written blind from the patterns of public take-out menus by an engineer who never read the matcher
(pos_voice/), its tests, its benchmark, its other menu sets (beyond one blind8 module, for the
format) or its history, never ran the matcher or a scorer, and sealed (committed) before the
matcher was ever run on them. They are scored, never tuned on: once a failure here has been looked
at, the set it came from no longer counts as held out.

Labelling policy, applied the same way on every menu (the same as the eighth blind set's):

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
its count, a count said with it names the size, not a quantity. Labels the writer was not sure of
were left out.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "new_haven_apizza pizza_al_taglio house_of_pizza russian hungarian "
                   "cambodian guatemalan ecuadorian somali yemeni")
