"""Fifteenth blind held-out set: ten menus written fresh in session 14 by two blind writers (five
each), each of a restaurant kind no earlier set has. Three are pizzerias, the product's first
users: a Buffalo, NY pizzeria (thick crust, sweet sauce and cup-and-char pepperoni, Personal,
Small, Medium, Large, Half Sheet or Full Sheet, chicken wings by count (10, 20 or 50) mild, medium
or hot, beef on weck, the stinger, fried bologna, fountain pop 20 oz or 2 liter, sponge candy), an
Indian-style pizzeria in the US (tandoori chicken, paneer tikka, achari, butter chicken and chilli
paneer pizzas 10, 12 or 14 inch, masala fries, garlic naan bread, samosas by count, mango lassi
Small or Large, the Hindi words callers use) and a Norwegian pizzeria-kebab with a Norwegian menu
(pizza liten, medium, stor or familie, Kjøttdeig, Skinke og ananas, Kebabpizza, Pepperoni, kebab i
pita, rull or tallerken, pommes frites liten or stor, hvitløksdressing, brus 0,5 l or 1,5 l, æ ø å
that callers drop).
Seven are of other kinds: a Maltese pastizzeria and kitchen (pastizzi tal-irkotta and tal-piżelli
by count, qassatat, ftira, ħobż biż-żejt, stuffat tal-fenek, timpana, lampuki pie, imqaret,
Kinnie, Cisk, Maltese names with ħ ż għ that callers drop, English glosses), a Mongolian
restaurant (buuz and khuushuur by count, tsuivan, bansh, guriltai shul, khorkhog, suutei tsai,
airag, Mongolian names romanised several ways with English glosses), a Nicaraguan restaurant with
a Spanish menu (vigorón, nacatamal, gallo pinto, indio viejo, quesillo, baho, carne asada with
sizes, tostones, tres leches, pinolillo, cacao, refrescos pequeño or grande), a Barbadian take-out
(flying fish cutter, macaroni pie, cou-cou and flying fish, pudding and souse, fish cakes by count,
pepperpot, roti, pone, Banks beer, mauby, sorrel), a Northeast Chinese (Dongbei) restaurant (guo
bao rou, di san xian, suan cai bai rou, dumplings by count, la pi, xiao ji dun mo gu, pinyin with
hanzi and English names), a Hyderabadi biryani house (chicken dum biryani and mutton biryani
single or family pack, haleem, mirchi ka salan, double ka meetha, qubani ka meetha, kebabs by
count, Irani chai, Osmania biscuits, Urdu and Telugu names with English glosses) and an Austrian
Beisl (Wiener Schnitzel vom Kalb and Schweinsschnitzel, Tafelspitz, Käsespätzle, Gulasch,
Kaiserschmarrn, Apfelstrudel, Sachertorte by the slice, Frittatensuppe, Almdudler, beer Seidl or
Krügerl, Austrian German names with English glosses).
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
    return modules(__name__, "buffalo_pizza desi_pizza maltese mongolian nicaraguan "
                   "norwegian_pizzeria bajan dongbei hyderabadi austrian")
