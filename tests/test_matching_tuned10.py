"""Size rules found in blind set 10's wrong answers (session 11, the first reading of set 10's
failures): a size word that names a size of its own keeps its meaning ("family" of Broto / Média /
Grande / Família is the Família, not an "extra large" the item lacks), and a glass is a part of
the bottle ("a glass of malbec" of the Copa / Botella). Each test was seen failing on main b1a9b8f."""

from __future__ import annotations

from decimal import Decimal

from pos_voice.ordering.matching import MATCH
from pos_voice.pos.types import SizeOption
from tests.support.menus import menu


def _sizes(*names: str) -> tuple[SizeOption, ...]:
    return tuple(SizeOption(name, Decimal(10 + 5 * n)) for n, name in enumerate(names))


def test_family_said_of_a_ladder_ending_in_familia_is_the_familia_not_a_dropped_extra_large() -> None:
    """"a family size portuguesa": "family" was read as "extra large", which Broto / Média / Grande /
    Família has not — the pizza was added with no size; by its meaning (the family rung) it is the
    Família, and "extra large" of a menu that has one is still that size."""
    pizzas = ("Broto", "Média", "Grande", "Família")
    brazil = menu(("Portuguesa", "Pizzas Salgadas", ("presunto", "ovo", "cebola")),
                  ("Calabresa", "Pizzas Salgadas", ("calabresa", "cebola")),
                  ("Guaraná", "Bebidas"),
                  sizes={"Portuguesa": _sizes(*pizzas), "Calabresa": _sizes(*pizzas)})
    for said in ("a family size portuguesa", "a portuguesa family", "a portuguesa familia"):
        found = brazil.resolve(said)
        assert found.status == MATCH and found.item is not None and found.item.name == "Portuguesa", said
        assert found.size == "Família", (said, found.size)
    assert brazil.resolve("a large portuguesa").size == "Grande"

    ladder = menu(("Cheese Pizza", "Pizza"),
                  sizes={"Cheese Pizza": _sizes("Small", "Medium", "Large", "Extra Large")})
    for said in ("a family size cheese pizza", "an extra large cheese pizza", "an xl cheese pizza"):
        assert ladder.resolve(said).size == "Extra Large", said


def test_a_glass_is_the_part_of_a_wine_sold_by_the_glass_or_the_bottle() -> None:
    """"a glass of malbec" of the Malbec Copa / Botella: the size was dropped ("glass" meant nothing
    here); a glass is a part of the bottle, in English, Spanish, Portuguese, Italian and French."""
    bar = menu(("Malbec", "Vinos"), ("Muzzarella", "Pizzas", ("muzzarella", "salsa")),
               sizes={"Malbec": _sizes("Copa", "Botella"), "Muzzarella": _sizes("Porción", "Entera")})
    for said, size in (("a glass of malbec", "Copa"), ("una copa de malbec", "Copa"),
                       ("a bottle of malbec", "Botella"), ("a slice of muzzarella", "Porción")):
        found = bar.resolve(said)
        assert found.status == MATCH and found.item is not None, said
        assert found.size == size, (said, found.size)
    assert menu(("Glass Noodle Salad", "Salads"), ("Wine", "Drinks"),
                sizes={"Wine": _sizes("Copa", "Botella")}).resolve("glass noodle salad").item.name == \
        "Glass Noodle Salad"  # a name's own word is no size there
