"""Fourteenth blind held-out set: ten menus written fresh in session 13 by two blind writers (five
each), each of a restaurant kind no earlier set has. Four are pizzerias, the product's first
users: a Trenton tomato-pie pizzeria in New Jersey (tomato pie with the cheese on the bottom and
crushed tomato on top, plain or with toppings, Small or Large, half and half, white pie, clam pie,
strombolis, wings by count, fountain sodas Small or Large), a French pizzeria with a French menu
(reine, quatre fromages, savoyarde, orientale with merguez, calzone, 26, 33 or 40 cm, base tomate
or base crème, tiramisu, boissons 33 cl or 1,5 L), a German Imbiss pizzeria-döner with a German
menu (Döner Tasche, Dürüm, Döner Teller, Lahmacun, Pizza klein or groß, Pizzabrötchen by count,
Schnitzel, Pommes klein or groß, Currywurst, Ayran, Getränke 0,33 or 0,5 L) and a Korean pizza
chain (bulgogi, potato and sweet potato pizzas, super supreme, sweet potato or cheese crust, R or
L, wings by count, spaghetti, Hangul names with romanisation and the chain's English names).
Six are of other kinds: a Uyghur restaurant (laghman, polo, kawap by count, samsa by count,
manta, big plate chicken Small or Large, naan, milk tea, Uyghur names with English glosses), a
Bolivian restaurant with a Spanish menu (salteñas by count, silpancho, pique macho personal or
para compartir, sopa de maní, chicharrón, anticuchos, api morado, mocochinchi, tucumanas), a
Danish lunch place and bakery (smørrebrød by the piece, frikadeller, flæskesteg sandwich, pølser
from the hot-dog wagon, wienerbrød and tebirkes, koldskål, Danish names with English glosses), a
Goan restaurant (pork vindaloo, chicken xacuti, cafreal, sorpotel, prawn balchão, fish curry
rice, ros omelette, choris pão, bebinca by slice or whole, feni, Konkani and Portuguese-derived
names), a South African take-away (bunny chow quarter, half or full, boerewors roll, bobotie,
sosaties by count, pap and wors, chakalaka, vetkoek, koeksisters by count, Afrikaans names with
English glosses) and a Romanian restaurant (mici by count, sarmale, ciorbă de burtă, ciorbă de
perișoare, mămăligă, tochitură, papanași, cozonac by the slice, Romanian names with English
glosses, diacritics callers drop).
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
    return modules(__name__, "trenton_tomato_pie pizzeria_francaise uyghur bolivian danish "
                   "doner_imbiss korean_pizza goan south_african romanian")
