"""The sound-alike model (pos_voice/ordering/matching/sounds.py) and its use by the matcher: a
foreign name as a speech recogniser writes it in English words is confirmed, a dish that only
looks like another stays apart, and two names that sound alike are asked about."""

from __future__ import annotations

import pytest

from pos_voice.ordering.matching import AMBIGUOUS, CONFIRM, MATCH
from pos_voice.ordering.matching.sounds import SOUNDS_SAME, best_distance, distance, english_key, name_keys
from tests.support.menus import menu

#: (English words a recogniser could write, the name as a menu writes it), across languages
HEARD_AS = [
    ("bah get", "Baguette"),  # French: "gu", silent final "e"
    ("cass oo lay", "Cassoulet"),  # French: "ou", final "et"
    ("brew sketta", "Bruschetta"),  # Italian: "sch"
    ("chew rose", "Churros"),  # Spanish
    ("bree ga day ro", "Brigadeiro"),  # Portuguese
    ("sour brought in", "Sauerbraten"),  # German: "au"
    ("bee bim bop", "Bibimbap"),  # Korean romanisation
    ("tem poo ra", "Tempura"),  # Japanese
    ("beer yawny", "Biryani"),  # Hindi/Urdu
    ("sha warma", "Shawarma"),  # Arabic
    ("gree oh", "Griot"),  # Haitian Kreyòl: final "t" not said
]

#: Different dishes alike in letters: the first said, the second on the menu
NEAR_MISSES = [("tequila", "Tortilla"), ("churro", "Chorizo"), ("waffle", "Falafel"),
               ("gelatin", "Gelato"), ("mojito", "Mojo"), ("tortellini", "Tortilla"), ("grape", "Crêpe"),
               ("mole", "Mollete"), ("panela", "Paella")]


@pytest.mark.parametrize(("said", "name"), HEARD_AS)
def test_a_name_heard_as_english_words_sounds_like_it(said: str, name: str) -> None:
    assert best_distance(english_key(said), name_keys(name)) <= SOUNDS_SAME


@pytest.mark.parametrize(("said", "name"), NEAR_MISSES)
def test_dishes_alike_in_letters_stay_apart(said: str, name: str) -> None:
    assert best_distance(english_key(said), name_keys(name)) > SOUNDS_SAME


def test_the_keys_follow_each_languages_spelling() -> None:
    assert english_key("mock shoe") == "mokSo"
    assert "makSu" in name_keys("maque choux")  # French: "qu", silent final "e" and "x", "ch"
    assert "tortija" in name_keys("tortilla")  # Spanish "ll"
    assert "njoki" in name_keys("gnocchi")  # Italian "gn", "ch"
    assert "Spetsle" in name_keys("spätzle")  # German "sp", "z"


def test_the_distance_weighs_sounds_not_letters() -> None:
    # a vowel for another, voiced for voiceless, "l" for "r": cheap; another consonant class: dear
    assert distance("bata", "bada") < distance("bata", "bama")
    assert distance("pela", "pera") < distance("pela", "peka")
    assert distance("bota", "bata") < distance("bota", "bsta")
    assert distance("berijes", "berije") < distance("berijes", "berijek")  # a final "s" little
    assert distance("abc", "abc") == 0.0


def _bistro():  # type: ignore[no-untyped-def]
    return menu(("Cassoulet", "mains", ("white beans", "duck confit", "sausage")),
                ("Bouillabaisse", "mains", ("fish", "saffron broth")),
                ("Ratatouille", "mains", ("eggplant", "zucchini", "tomato")),
                ("Burrata", "starters", ("burrata", "tomato", "basil")),
                ("Tortilla", "starters", ("egg", "potato", "onion")),
                ("Cannelloni", "pasta", ("ricotta", "spinach")),
                ("Coffee", "drinks"))


@pytest.mark.parametrize(("said", "meant"), [("a cass oo lay", "Cassoulet"),
                                            ("the rat a too ee", "Ratatouille")])
def test_a_misheard_foreign_name_is_confirmed(said: str, meant: str) -> None:
    found = _bistro().resolve(said)
    assert found.status == CONFIRM  # heard only by its sound: asked, never added
    assert found.item is not None and found.item.name == meant


@pytest.mark.parametrize(("near_miss", "heard_as", "item"), [
    ("a burrito", "boo rah ta", "Burrata"), ("a tequila", "tor tee ya", "Tortilla"),
    ("a cannoli", "ka nell oh knee", "Cannelloni")])
def test_a_near_miss_dish_is_not_that_item(near_miss: str, heard_as: str, item: str) -> None:
    bistro = _bistro()
    # the item's name, misheard, is that item; another dish alike in letters is not
    heard = bistro.resolve(heard_as)
    assert heard.status == CONFIRM and heard.item is not None and heard.item.name == item
    missed = bistro.resolve(near_miss)
    assert missed.item is None and item not in {c.name for c in missed.candidates}


def test_two_names_that_sound_alike_are_asked_about() -> None:
    noodles = menu(("Bun Cha", "noodles", ("grilled pork", "rice vermicelli")),
                   ("Bun Chay", "noodles", ("tofu", "rice vermicelli")),
                   ("Japchae", "noodles", ("glass noodles", "beef", "spinach")))
    found = noodles.resolve("boon chah")
    assert found.status == AMBIGUOUS
    assert {c.name for c in found.candidates} == {"Bun Cha", "Bun Chay"}
    assert noodles.resolve("bun cha").status == MATCH  # said as written, it is the one
