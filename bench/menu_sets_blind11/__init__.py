"""Eleventh blind held-out set: ten menus written fresh, each of a restaurant kind no earlier set
has. Six were written in session 11; the other four planned (a grandma-pie pizzeria, a Cantonese
barbecue shop, a Japanese curry house and an Armenian restaurant), not written then for the
writer's time lost to an outage, were written in session 12 by another blind writer; all ten
before any failure of the set was read. Four are pizzerias, the product's first users: a Quad
Cities-style pizzeria (malted crust, spicy sauce, fennel sausage under the cheese, pizzas cut in
strips Small, Medium, Large or X-Large, taco pizza, wings by the piece, breaded tenderloin), a
Montreal pizzeria with a French menu (pizza toute garnie Petite, Moyenne, Large or Extra-Large,
poutines, sous-marins 6 or 12 pouces, hot chicken, pouding chômeur, soft drinks by the Canette or
2 Litres), a Roman pizzeria with an Italian menu (pizza tonda romana thin and crisp Piccola or
Grande, supplì, fritti, pizza bianca, house wine by the Bicchiere or Mezzo Litro) and a Long
Island grandma-pie pizzeria (square grandma and Sicilian pies by the Slice or Whole Tray, round
pies by the Slice or Large Pie, sausage and spinach rolls, parm heroes, garlic knots by 6 or 12
pieces, rice balls, disco fries). Six are of other kinds: a Kenyan restaurant (nyama choma by the
pound, ugali, sukuma wiki, pilau, chapati, mandazi, Kenyan chai), a Bosnian restaurant (ćevapi by
5 or 10 pieces, burek and the other pitas, pljeskavica, sogan dolma, tufahija, Bosnian coffee), an
Oaxacan restaurant with a Spanish menu (tlayudas, memelas, moles, tasajo, chapulines, tejate, aguas
frescas Chica, Mediana or Grande), a Cantonese barbecue shop (char siu and siu yuk by the 1/2 lb or
1 lb, roast duck by the Quarter, Half or Whole, soy sauce chicken by the Half or Whole, roast
meats over rice, wonton noodle soup, congee, Hong Kong milk tea Hot or Iced), a Japanese curry
house (katsu and the other curries with rice Small, Regular or Large, spice levels, toppings,
curry udon, omurice, karaage by 5 or 10 pieces, Ramune, Calpico) and an Armenian restaurant
(khorovats by the 1 Skewer or 2 Skewers, lule kebab, lahmajun, boreg, manti, tolma, kufta,
harissa, gata, Armenian coffee by the Cup or Pot for Two).
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
    return modules(__name__, "quad_cities_pizza pizzeria_quebecoise kenyan bosnian oaxacan pizzeria_romana "
                   "grandma_pizza cantonese_bbq japanese_curry armenian")
