"""Seventeenth blind held-out set: ten menus written fresh in session 15 by two blind writers (five
each), each of a restaurant kind no earlier set has, sealed here before any matcher ran on them
and not yet scored: the benchmark takes it up (``UNTUNED_PACKAGES``) once set 16 is handed to
tuning. Three are pizzerias, the product's first users: a Japanese delivery pizza chain with a
romanised Japanese menu (M or L, mayo jaga, teriyaki chicken, mentaiko mochi, katakana loanwords
as callers say them), a Scottish chip shop and pizzeria (suppers and singles, pizza crunch, munchy
box, chips small or large, Irn-Bru, Scots words) and a Turkish pide salonu (kiymali, kasarli,
sucuklu, karisik pide yarim or tam, lahmacun by count, dürüm, ayran, letters callers drop).
Seven are of other kinds: Cameroonian (ndolé, poulet DG, eru, achu, koki, puff-puff by count, French
and Pidgin names), Lithuanian (cepelinai and kibinai by count, šaltibarščiai, kugelis, kepta
duona, gira), a Sardinian trattoria (culurgiones, malloreddus, fregola, porceddu, seadas,
Cannonau by glass or bottle), a Fiji-Indian take-out (curries with rice or roti, kokoda, lolo
dishes, roti parcels by count, kava), a Kurdish grill and bakery (kubba by count, dolma, tepsi,
qozi, naan tandoor, dew), a Belgian frituur (frieten klein, middel or groot, sauces by name,
frikandel, bicky, bitterballen by count, stoofvlees, Dutch and French names) and Kazakh
(beshbarmak, kuyrdak, manti by count, baursak, lagman, kazy, shashlik by the skewer, kumys,
Kazakh and Russian spellings).
Each has 58-60 hand-labelled spoken variants; about 12 % are ASK and 12 % UNKNOWN.

Written blind under set 16's rules (bench/menu_sets_blind16/__init__.py): the writers never read
the matcher, its tests, its benchmark or other sets beyond set 15's policy and one module, and
never ran a matcher or scorer (only a structural check of labels and sizes). One exposure, told
by the writer of the first five (Japanese pizza, Scottish chippy, Cameroonian, Lithuanian,
Sardinian): the subjects of main's last five commits were seen once (gazetteer work naming
Basque, Greek and Japanese dishes, and set 16's scores); nothing from them was used.

The labelling policy is set 15's (bench/menu_sets_blind15/__init__.py), applied the same way.
Same format as bench/menu_sets/.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "japanese_pizza scottish_chippy pide_salonu cameroonian lithuanian "
                   "sardinian fijian_indian kurdish belgian_frituur kazakh")
