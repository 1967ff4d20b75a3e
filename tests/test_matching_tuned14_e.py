"""Menu resolution rules found in blind set 14's name leftovers (branch w-tune14e): the plain item
of a glossed menu said by one of its two names, beside variants whose names say it with more words.
Each test was seen failing on the matcher before its change (main e99518d)."""

from __future__ import annotations

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM
from tests.support.menus import menu


def test_the_plain_glossed_item_beside_its_variants_is_the_one_meant() -> None:
    """"five lamb skewers" of the Qoy Göshi Kawap (Lamb Skewers) beside the Jiger Kawap (Lamb Liver
    Skewers), "a cheese pie" of the Sirnica (Cheese Pie) beside the Zeljanica (Spinach and Cheese
    Pie): one half of one name said word for word, the others say it with words more, unsaid — the
    plain one, confirmed (it was asked between them)."""
    uyghur = menu(("Sirnica (Cheese Pie)", "Pies", ("phyllo", "cheese")),
                  ("Zeljanica (Spinach and Cheese Pie)", "Pies", ("phyllo", "spinach", "cheese")),
                  ("Qoy Göshi Kawap (Lamb Skewers)", "Kawap", ("lamb", "cumin")),
                  ("Jiger Kawap (Lamb Liver Skewers)", "Kawap", ("lamb liver", "cumin")),
                  ("Laghman", "Noodles", ("hand-pulled noodles", "beef")))
    for said, name in (("a cheese pie", "Sirnica"), ("five lamb skewers", "Qoy Göshi Kawap")):
        found = uyghur.resolve(said)
        assert found.status == CONFIRM and found.item is not None, (said, found)
        assert found.item.name.startswith(name + " ("), (said, found)


def test_a_note_in_brackets_or_a_variant_of_another_kind_still_asks() -> None:
    """"chicken roti" where the Chicken Roti (Bone-In) stands beside the Boneless Chicken Roti: the
    bracket is a note, not a gloss — one dish in two forms, asked. "vegetarian" of the Pizza
    Végétarienne (Vegetarian) beside the Sous-marin Végétarien (Vegetarian Sub): the longer name is
    another kind of dish — asked."""
    roti = menu(("Chicken Roti (Bone-In)", "Roti", ("chicken curry", "dhalpuri")),
                ("Boneless Chicken Roti", "Roti", ("chicken curry", "dhalpuri")),
                ("Doubles", "Street Food", ("bara", "channa")))
    assert roti.resolve("chicken roti").status == AMBIGUOUS
    quebec = menu(("Pizza Végétarienne (Vegetarian)", "Pizzas", ("poivrons", "champignons")),
                  ("Sous-marin Végétarien (Vegetarian Sub)", "Sous-marins", ("poivrons", "champignons")),
                  ("Poutine", "Poutines", ("frites", "fromage en grains")))
    found = quebec.resolve("a vegetarian")
    assert found.status != CONFIRM or found.item is None or "Sub" not in found.item.name, found


def test_a_meat_said_that_only_one_variants_gloss_names_picks_it() -> None:
    """"four lamb samsa" of the Samsa (Baked Lamb Pastry) beside the Kawa Samsa (Pumpkin Samsa):
    the dish named by both, the meat said written in one gloss only and in nothing of the other —
    that one, confirmed (it was asked between them). "a samsa" alone still asks."""
    shop = menu(("Samsa (Baked Lamb Pastry)", "Pastry", ("lamb", "onion")),
                ("Kawa Samsa (Pumpkin Samsa)", "Pastry", ("pumpkin", "onion")),
                ("Laghman", "Noodles", ("hand-pulled noodles", "beef")))
    found = shop.resolve("four lamb samsa")
    assert found.status == CONFIRM and found.item is not None and found.item.name.startswith("Samsa ("), found
    assert shop.resolve("a samsa").status == AMBIGUOUS
