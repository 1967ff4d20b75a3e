"""Twelfth blind held-out set: ten menus written fresh in session 12 by two blind writers (five
each), each of a restaurant kind no earlier set has. Four are pizzerias, the product's first
users: a Steubenville-style Ohio Valley pizzeria (square-cut sheet pizza with the cold cheese and
toppings put on after baking, sold by the Cut, Half Tray or Full Tray, plus hoagies and wedding
soup), a Palermo pizzeria and friggitoria with an Italian menu (sfincione, pizze Normale or Maxi,
arancine, panelle, crocchè, calzoni fritti, birra by the 33 cl or 66 cl), an Old Forge,
Pennsylvania pizzeria (red and white trays sold by the cut, half tray or full tray, stuffed white,
wings and hoagies) and a pizzeria in Poland with a Polish menu (pizzas 30, 40 or 50 cm such as
Wiejska, Hawajska and Capricciosa, zapiekanki, sosy, napoje 0,5 l or 1 l). Six are of other kinds:
a Hunan restaurant (chopped chili fish head, smoked pork with leeks, Chairman Mao's red-braised
pork, stir-fries Small or Large, rice noodles), a Bangladeshi restaurant (kacchi biryani and
tehari, bhuna, shorshe ilish, bhorta, fuchka, shingara by count, mishti doi, borhani by size), a
Honduran restaurant with a Spanish menu (baleadas sencillas or con todo, pollo con tajadas, sopa
de caracol, pastelitos by count, plato típico, horchata and licuados Chico or Grande), a New
Mexican restaurant (green or red chile or "Christmas", sopaipillas, carne adovada, stacked
enchiladas, breakfast burritos, posole, biscochitos by the dozen), an Iraqi restaurant (masgouf,
kubba by count, tepsi baytinijan, dolma, quzi, tashreeb, samoon, chai by the glass or pot) and a
Nashville hot chicken shop (heat levels plain to extra hot, tenders by 2, 3 or 4, quarter or
half bird, sliders, sides Regular or Large, sweet tea by size).
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
    return modules(__name__, "ohio_valley_pizza pizzeria_palermitana hunan bangladeshi honduran "
                   "old_forge_pizza pizzeria_polska new_mexican iraqi nashville_hot_chicken")
