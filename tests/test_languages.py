"""The language parts without a call: the transcript's detector, amounts per language, Twilio's
texts per language (built in, overridden, missing), and the settings that configure them."""

from __future__ import annotations

import typing as t
from decimal import Decimal

import pytest

from pos_voice import languages
from pos_voice.ordering.money import money
from pos_voice.settings import Settings, load_settings
from pos_voice.telephony import say_texts, twiml
from tests.conftest import configure

#: Caller turns as a transcription gives them, with the language they are in (None: too little to tell).
TURNS = [
    ("Hi, I'd like a large pepperoni pizza for pickup, please.", "en"),
    ("Can I get two cokes with that?", "en"),
    ("What time do you close tonight?", "en"),
    ("Hola, quisiera una pizza grande de pepperoni para recoger.", "es"),
    ("¿Cuánto cuesta la pizza de queso?", "es"),
    ("Sí, para llevar, por favor. Mi nombre es Ana.", "es"),
    ("Quiero dos refrescos y una ensalada.", "es"),
    ("Margherita.", None),  # a menu name says nothing of the caller's language
    ("Pepperoni pizza", None),
    ("Okay", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_the_detector_tells_english_from_spanish_or_stays_undecided(text: str, expected: str | None) -> None:
    assert languages.detect(text, ["en", "es"]).language == expected


def test_the_detector_only_answers_with_the_candidates() -> None:
    assert languages.detect("Hola, quisiera una pizza grande para recoger.", ["en"]).language is None
    assert languages.detect("Je voudrais une pizza, s'il vous plaît.", ["en", "es", "fr"]).language == "fr"


def test_language_names_codes_and_aliases() -> None:
    assert [languages.normalize(v) for v in ("es", "ES-mx", "Spanish", "español", "", "xx-yy-zz", "1")] == [
        "es", "es", "es", "es", None, "xx", None]
    assert languages.name("es-MX") == "Spanish" and languages.name("qq") == "qq"


def test_amounts_follow_the_callers_language_and_the_shops_currency() -> None:
    assert money(Decimal("12.5"), "EUR", language="es") == "12,50 €"
    assert money(Decimal("1234.5"), "EUR", language="es") == "1.234,50 €"
    assert money(Decimal("12.5"), "USD", language="es") == "$12.50"  # US and Mexican Spanish
    assert money(Decimal("12.5"), "EUR", language="en") == "€12.50"
    assert money(Decimal("12.5"), "EUR") == "€12.50"
    assert money(Decimal("-3"), "SEK", language="sv") == "-3,00 SEK"


def _settings(**values: object) -> Settings:
    settings, errors = load_settings({f"POS_VOICE_{k}": v for k, v in values.items()})
    assert errors == []
    return settings


def test_twilio_texts_per_language_with_their_voice() -> None:
    settings = _settings(LANGUAGES=["en", "es"], BUSINESS_NAME="Tony's")
    english = twiml.message(settings, "nobody_answered")
    assert (english.locale, english.voice) == ("en-US", None)
    assert english.text == twiml.NOBODY_ANSWERED.format(business="Tony's")
    spanish = twiml.message(settings, "order_placed_goodbye", "es", number="47")
    assert spanish.text.endswith("es el pedido número 47. Gracias por llamar a Tony's.")
    assert (spanish.locale, spanish.voice) == ("es-US", "Polly.Lupe-Neural")
    assert 'voice="Polly.Lupe-Neural"' in str(twiml.say_and_hang_up(settings, spanish))
    # Without a business name each language has its own words for "us".
    assert twiml.message(_settings(LANGUAGES=["es"]), "no_staff_phone").text.endswith(
        "Gracias por llamar a nuestro restaurante.")


def test_a_host_overrides_a_text_and_a_voice_and_adds_a_language() -> None:
    settings = _settings(
        LANGUAGES=["es", "en", "fr"],
        SAY_TEXTS={"es": {"apology": "Perdón, {business} tiene un problema."},
                   "fr": {"connecting": "Un instant, je vous passe l'équipe."}},
        SAY_VOICES={"es": {"locale": "es-MX", "voice": "Polly.Mia-Neural"}}, BUSINESS_NAME="Tony's")
    apology = twiml.message(settings, "apology", "es")
    assert (apology.text, apology.locale, apology.voice) == ("Perdón, Tony's tiene un problema.", "es-MX",
                                                             "Polly.Mia-Neural")
    assert twiml.message(settings, "connecting", "fr").locale == "fr-FR"
    # French has no "busy" text: the shop's default language says it, with its own voice.
    busy = twiml.message(settings, "busy", "fr")
    assert (busy.text, busy.language, busy.locale) == (say_texts.SPANISH["busy"], "es", "es-MX")


def test_the_disclosure_is_never_read_by_a_voice_of_another_language() -> None:
    settings = _settings(LANGUAGES=["en", "es"], DISCLOSURE_MESSAGE="This call is recorded.")
    spanish_caller = say_texts.speech(settings, "disclosure", "es")
    assert spanish_caller is not None
    assert (spanish_caller.text, spanish_caller.locale) == ("This call is recorded.", "en-US")
    assert say_texts.speech(_settings(LANGUAGES=["en", "es"]), "disclosure", "es") is None


def test_language_settings_are_checked() -> None:
    assert _settings().call_languages == ["en"]
    assert _settings(LANGUAGE="es").call_languages == ["es"]  # the single-language setting still works
    assert _settings(LANGUAGES="en, es").default_language == "en"
    assert _settings(LANGUAGES=["es", "en"], NUMBER_LANGUAGES={"+15550009999": "en"}).language_for_number(
        "+15550009999") == "en"
    bad = {"LANGUAGES": ["english"], "NUMBER_LANGUAGES": {"+1555": "fr"},
           "SAY_TEXTS": {"es": {"greeting": "Hola"}}, "SAY_VOICES": {"es": {"gender": "female"}}}
    settings, errors = load_settings({f"POS_VOICE_{k}": v for k, v in bad.items()})
    messages = dict(errors)
    assert "ISO 639-1" in messages["POS_VOICE_LANGUAGES"]
    assert "'fr' is not one of the languages" in messages["POS_VOICE_NUMBER_LANGUAGES"]
    assert "greeting is not one of" in messages["POS_VOICE_SAY_TEXTS"]
    assert "only \"locale\" and \"voice\"" in messages["POS_VOICE_SAY_VOICES"]
    _, errors = load_settings({"POS_VOICE_SAY_TEXTS": {"es": {"apology": "Perdón {caller}"}}})
    assert "only {business} and {number}" in dict(errors)["POS_VOICE_SAY_TEXTS"]
    assert settings.call_languages == ["en"]  # a bad value keeps the default


def test_check_warns_of_a_language_without_its_own_disclosure(demo_app: t.Any) -> None:
    def check() -> str:
        result = demo_app.test_cli_runner().invoke(args=["pos-voice", "check"])
        assert result.exit_code == 0, result.output  # a warning: calls are still taken
        return result.output

    warning = ('warning: Spanish (es) has no disclosure text: its callers would hear the English one, read '
               'by the en voice — set POS_VOICE_SAY_TEXTS = {"es": {"disclosure": "…"}} '
               '[POS_VOICE_SAY_TEXTS]')
    configure(demo_app, LANGUAGES=["en", "es"], DISCLOSURE_MESSAGE="This call is recorded.")
    assert warning in check()
    configure(demo_app, SAY_TEXTS={"es": {"disclosure": "Esta llamada se graba."}})
    assert "POS_VOICE_SAY_TEXTS" not in check()
    configure(demo_app, SAY_TEXTS={}, DISCLOSURE_MESSAGE=None)  # no disclosure in any language
    assert "POS_VOICE_SAY_TEXTS" not in check()
