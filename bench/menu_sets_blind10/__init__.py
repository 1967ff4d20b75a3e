"""Tenth blind held-out set: ten menus written fresh, each of a restaurant kind no earlier set has.
Three are pizzerias, the product's first users: a St. Louis-style pizzeria (cracker-thin crust,
Provel cheese, square party cut, pizzas Small, Medium, Large or X-Large, toasted ravioli, Gerber
sandwich, house salad, gooey butter cake), a Brazilian pizzaria with a Portuguese menu (pizzas
salgadas and doces Broto, Média, Grande or Família, calabresa, portuguesa, frango com catupiry,
romeu e julieta, esfihas by the piece, guaraná by the Lata or 2 Litros) and an Argentine pizzería
with a Spanish menu (pizza by the Porción or Entera, muzzarella, fugazza, fugazzeta, fainá,
empanadas by the Unidad or Docena, milanesas, flan con dulce de leche). Seven are of other kinds:
a Lao restaurant (larb, tam mak hoong, khao piak sen, nam khao, sai oua, ping gai, khao niao
Small or Large), a Pakistani grill (karahi Half or Full, nihari, haleem, seekh and chapli kebab,
biryani, naan, lassi, doodh patti chai), a Ghanaian restaurant (jollof, waakye, banku and tilapia,
fufu with light soup, kelewele, red red, kenkey, sobolo), a Chilean restaurant with a Spanish menu
(completos, churrasco, chorrillana Individual or Para Compartir, pastel de choclo, empanada de
pino, cazuela, sopaipillas, mote con huesillo), a Czech restaurant (svíčková, guláš, vepřo knedlo
zelo, smažený sýr, knedlíky, trdelník, kolache, beer Small or Large), a Shanghainese restaurant
(xiao long bao, sheng jian bao, lion's head meatballs, red-braised pork, scallion oil noodles,
drunken chicken, nian gao, soy milk) and a Tunisian restaurant (brik, lablabi, couscous, ojja,
fricassé, merguez, makroudh, mint tea). Each has 56-60 hand-labelled (580 in all) spoken variants
as a phone caller says them and speech recognition writes them down; about 10-14 % are ASK and
about 10-14 % UNKNOWN, several of those close to a menu item (a dish of the same cuisine that this
menu does not have).

Written blind from the patterns of public take-out menus by an engineer who never read the matcher
(pos_voice/), its tests, its benchmark, its other menu sets (beyond one blind9 module, for the
format) or its history, never ran the matcher or a scorer, and sealed (committed) before the
matcher was ever run on them. They are scored, never tuned on: once a failure here has been looked
at, the set it came from no longer counts as held out.

Labelling policy, applied the same way on every menu (the same as the ninth blind set's):

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
    return modules(__name__, "st_louis_pizza pizzaria_brasileira pizzeria_argentina lao pakistani "
                   "ghanaian chilean czech shanghainese tunisian")
