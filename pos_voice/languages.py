"""The languages a call can be in (``POS_VOICE_LANGUAGES``): their names, and telling which one
a caller's words are in.

A call starts in the shop's default language (the first configured one, or the one of the
number called: ``POS_VOICE_NUMBER_LANGUAGES``) and may switch to another configured one.
The model, which hears the caller's audio, says when the caller speaks another language (the
``set_language`` tool); :func:`detect` is the check on its word, over the transcript: a small
offline detector that counts each language's function words ("the", "and", "de", "que"…),
words that carry no menu content and that every sentence of a language is full of. It decides
only when the words say so clearly (:data:`MIN_HITS` of them, and :data:`MARGIN` times more than
for the next language); otherwise it is undecided and the model's word stands.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass

#: English names of languages, as the model is told them ("Speak Spanish").
NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
    "vi": "Vietnamese", "tl": "Tagalog", "ar": "Arabic", "ru": "Russian", "hi": "Hindi", "tr": "Turkish",
}
#: Names a model (or a caller) may give a language by, in English or in the language itself.
_ALIASES: dict[str, str] = {
    **{name.lower(): code for code, name in NAMES.items()},
    "español": "es", "espanol": "es", "castellano": "es", "français": "fr", "francais": "fr",
    "deutsch": "de", "italiano": "it", "português": "pt", "portugues": "pt", "nederlands": "nl",
    "polski": "pl", "svenska": "sv", "mandarin": "zh", "tiếng việt": "vi", "filipino": "tl",
}

#: Function words per language: frequent in any sentence, rare in the other languages' sentences.
#: Words shared by two of the languages ("a", "no", "me", "son", "de" in fr/es/pt) count for each.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words("""the and is are was you your i i'd i'll i'm it's it that this with for have has would like
        want can could please what how much does do don't of to my me we our they there some one get just
        thanks thank yes yeah okay ok hi hello need order pick up large small"""),
    "es": _words("""el la los las un una unos unas y es son está están estoy que de del por para con quiero
        quisiera me mi mis tu su sus favor gracias sí hola buenas buenos cuánto cuesta cómo qué también
        pero muy grande pequeña pequeño pedido recoger llevar domicilio nombre número tiene tienen hay
        quería puedo puede"""),
    "fr": _words("""le la les un une des et est sont je voudrais veux vous tu il elle nous avec pour de du au
        aux merci oui bonjour s'il plaît combien c'est qu'est ce cette grand petite commande emporter
        livraison"""),
    "de": _words("""der die das ein eine und ist sind ich möchte will bitte danke ja nein mit für von zu zum
        zur wie viel kostet große kleine bestellung abholen lieferung hallo guten"""),
    "it": _words("""il lo la gli le un una e è sono vorrei voglio per favore grazie sì ciao buongiorno con di
        del della quanto costa grande piccola ordine ritiro consegna anche"""),
    "pt": _words("""o a os as um uma e é são eu quero queria gostaria por favor obrigado obrigada sim olá com
        de do da para quanto custa grande pequena pedido retirar entrega também você"""),
}
MIN_HITS = 2  # function words needed before the detector decides
MARGIN = 2.0  # the winner needs this many times the runner-up's hits
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def base(code: str | None) -> str:
    """``"es-MX"`` → ``"es"``; ``""``/None → ``""``."""
    return (code or "").strip().lower().replace("_", "-").split("-")[0]


def name(code: str | None) -> str:
    """The English name of a language code (the code itself when unknown)."""
    key = base(code)
    return NAMES.get(key, code or "")


def normalize(value: str | None) -> str | None:
    """A language as the model or a host wrote it ("es", "es-MX", "Spanish", "español") → its
    code, None when it is not one."""
    text = (value or "").strip().lower()
    if not text:
        return None
    if text in _ALIASES:
        return _ALIASES[text]
    code = base(text)
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


@dataclass(frozen=True)
class Detection:
    """What :func:`detect` found: ``language`` (None: undecided) and the hits per language."""

    language: str | None
    hits: dict[str, int]
    words: int


def detect(text: str, candidates: t.Iterable[str]) -> Detection:
    """Which of ``candidates`` ``text`` is in, by function words; undecided unless clear."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    hits: dict[str, int] = {}
    for code in candidates:
        vocabulary = FUNCTION_WORDS.get(base(code))
        if vocabulary is not None:
            hits[base(code)] = sum(1 for word in words if word in vocabulary)
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    language = None
    if ranked and ranked[0][1] >= MIN_HITS:
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if ranked[0][1] >= MARGIN * runner_up and ranked[0][1] > runner_up:
            language = ranked[0][0]
    return Detection(language, hits, len(words))
