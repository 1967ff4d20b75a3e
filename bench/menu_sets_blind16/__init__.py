"""Sixteenth blind held-out set: ten menus written fresh in session 15 by two blind writers (five
each), each of a restaurant kind no earlier set has. Three are pizzerias, the product's first
users: a German pizzeria-Lieferdienst with a German menu (Pizza klein 26 cm, groß 32 cm or
Familie, Margherita, Salami, Schinken, Hawaii, Tonno, Pizzabrötchen by count, Nudeln, Aufläufe,
Salate, Getränke 0,33 l or 1,0 l, ä ö ü ß that callers drop), an Australian suburban pizza shop
(Small, Large or Family, The Lot, Supreme, BBQ Meatlovers, Aussie with egg, Garlic Prawn, garlic
bread and cheesy garlic bread, chips, wedges, Coke can or 1.25 L, Aussie slang) and a New Jersey
bar-pie tavern (10 inch cracker-crust bar pies, vodka and clam pies, hot oil, the works, square
pies and salads Personal or Large, wings by count, disco fries, the Italian hot dog single or
double, pitchers and pints).
Seven are of other kinds: a Basque pintxos bar and asador (Basque and Spanish names with English
glosses: gilda, txistorra, bacalao al pil-pil, txuleta by weight, kokotxas, pimientos de Gernika,
Idiazabal by the ración, txakoli by the glass or bottle, sidra, goxua), a Peruvian-Chinese chifa (a
Spanish menu of Chinese-origin names: arroz chaufa, tallarín saltado, aeropuerto, wantán, chi jau
kay, kam lu wantán, pollo tipakay, personal or familiar, Inca Kola, chicha morada), an Israeli
street food and grill (falafel and sabich in pita or laffa, shawarma, shakshuka, me'orav
yerushalmi, schnitzel, hummus plates, bourekas by count, malabi, limonana, Hebrew romanised several
ways), a Gujarati thali and farsan house (dhokla, khandvi, thepla, undhiyu, sev tameta, dal dhokli,
khichdi, handvo, fafda jalebi, patra, thalis Regular or Unlimited, samosa and kachori by count,
chaas, aam ras), an Azerbaijani restaurant (six plovs, three dolmas, qutab by count, lülə and tikə
kebabs, dushbara, piti, lavangi, dovga, saç for 2 or 4, pakhlava, shakarbura, ə ğ ş ç and the
dotless i dropped, Russian spellings), a Finnish lunch restaurant and grilli (karjalanpiirakka by
count, lohikeitto, poronkäristys, lihapullat, makkaraperunat, hernekeitto, korvapuusti, kalakukko
half or whole, lonkero, pieni or iso, Finnish grammar in what callers say) and an izakaya (yakitori
by the skewer with tare or shio, karaage, takoyaki by count, agedashi tofu, sake by the go or
tokkuri, draft beer small or large, long vowels written or not).
Each has 58-59 hand-labelled spoken variants as a phone caller says them and speech recognition
writes them down; about 10-12 % are ASK and 12 % UNKNOWN, several of those close to a menu item.

Written blind from the patterns of public take-out menus by engineers who never read the matcher
(pos_voice/), its tests, its benchmark, its other menu sets (beyond one blind15 module, for the
format) or its history, never ran the matcher or a scorer (only a structural check that every
label names an item and every size one of its sizes), and sealed (committed) before the matcher
was ever run on them. They are scored, never tuned on: once a failure here has been looked at, the
set it came from no longer counts as held out.

The labelling policy is set 15's (bench/menu_sets_blind15/__init__.py), applied the same way.
Same format as bench/menu_sets/.
"""

from __future__ import annotations

from types import ModuleType

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "all_sets", "build_menu"]


def all_sets() -> list[ModuleType]:
    return modules(__name__, "german_pizzeria aussie_pizza nj_bar_pie basque_pintxos chifa israeli "
                   "gujarati azerbaijani finnish izakaya")
