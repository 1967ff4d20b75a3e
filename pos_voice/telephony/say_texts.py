"""What Twilio says for us (``<Say>``: the disclosure, apologies, hand-off lines), per language,
with the locale and voice to say it in.

English and Spanish are built in; a host overrides a text or adds a language with
``POS_VOICE_SAY_TEXTS`` and the locale/voice with ``POS_VOICE_SAY_VOICES``. A message missing in
the call's language is said in the shop's default language, with that language's voice, so a
text is never read out by a voice of another language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import languages
from ..settings import Settings

ENGLISH: dict[str, str] = {
    "connecting": "Please hold while I connect you to a member of our team.",
    "busy": ("All of our lines are busy right now. "
             "Please hold while I connect you to a member of our team."),
    "unavailable": "Please hold while I connect you to a member of our team.",
    "apology": "Sorry, I'm having trouble on my end. Let me connect you to a member of our team.",
    # The assistant failed after the caller's order was placed: the caller hears its number.
    "order_placed_to_staff": ("Sorry, I'm having trouble on my end. Your order is placed: it's order number "
                              "{number}. Let me connect you to a member of our team in case you need "
                              "anything else."),
    "order_placed_goodbye": ("Sorry, I'm having trouble on my end. Your order is placed: it's order number "
                             "{number}. Thank you for calling {business}."),
    "no_staff_phone": ("Sorry, we can't take your call right now. Please call back in a few minutes. "
                       "Thank you for calling {business}."),
    "transfer_without_staff": ("Sorry, there's nobody available to take your call right now. "
                               "Please call back in a few minutes. Thank you for calling {business}."),
    "rate_limited": ("Thanks for calling {business}. We can't take another call from this number right now. "
                     "Please try again a little later."),
    "nobody_answered": ("Sorry, nobody could answer right now. Please call back in a few minutes, "
                        "and we'll be happy to help. Thank you for calling {business}."),
}

SPANISH: dict[str, str] = {
    "connecting": "Por favor, espere mientras le comunico con un miembro de nuestro equipo.",
    "busy": ("Todas nuestras líneas están ocupadas en este momento. "
             "Por favor, espere mientras le comunico con un miembro de nuestro equipo."),
    "unavailable": "Por favor, espere mientras le comunico con un miembro de nuestro equipo.",
    "apology": ("Disculpe, estoy teniendo problemas técnicos. "
                "Le comunico con un miembro de nuestro equipo."),
    "order_placed_to_staff": ("Disculpe, estoy teniendo problemas técnicos. Su pedido ya está hecho: es el "
                              "pedido número {number}. Le comunico con un miembro de nuestro equipo por si "
                              "necesita algo más."),
    "order_placed_goodbye": ("Disculpe, estoy teniendo problemas técnicos. Su pedido ya está hecho: es el "
                             "pedido número {number}. Gracias por llamar a {business}."),
    "no_staff_phone": ("Disculpe, no podemos atender su llamada en este momento. Por favor, vuelva a llamar "
                       "en unos minutos. Gracias por llamar a {business}."),
    "transfer_without_staff": ("Disculpe, no hay nadie disponible para atender su llamada en este "
                               "momento. Por favor, vuelva a llamar en unos minutos. Gracias por llamar a "
                               "{business}."),
    "rate_limited": ("Gracias por llamar a {business}. No podemos atender otra llamada de este número en "
                     "este momento. Por favor, inténtelo de nuevo un poco más tarde."),
    "nobody_answered": ("Disculpe, nadie pudo contestar en este momento. Por favor, vuelva a llamar en unos "
                        "minutos y con gusto le ayudaremos. Gracias por llamar a {business}."),
}

BUILT_IN: dict[str, dict[str, str]] = {"en": ENGLISH, "es": SPANISH}
#: ``{business}`` when POS_VOICE_BUSINESS_NAME is unset.
UNNAMED_BUSINESS: dict[str, str] = {"en": "us", "es": "nuestro restaurante"}

#: Twilio's ``<Say>`` locale and voice per language. English keeps the account's default voice
#: (what it had before languages); Twilio's basic voices speak no es-US, so Spanish names an
#: Amazon Polly neural voice of that locale.
BUILT_IN_VOICES: dict[str, dict[str, str]] = {
    "en": {"locale": "en-US"},
    "es": {"locale": "es-US", "voice": "Polly.Lupe-Neural"},
    "fr": {"locale": "fr-FR"}, "de": {"locale": "de-DE"}, "it": {"locale": "it-IT"},
    "pt": {"locale": "pt-BR"}, "nl": {"locale": "nl-NL"}, "ja": {"locale": "ja-JP"},
    "zh": {"locale": "cmn-CN"}, "ko": {"locale": "ko-KR"}, "pl": {"locale": "pl-PL"},
    "sv": {"locale": "sv-SE"},
}


@dataclass(frozen=True)
class Speech:
    """One ``<Say>``: the text, its locale (``language``) and voice (None: the account's default)."""

    text: str
    locale: str
    voice: str | None = None
    language: str = "en"  # the language the text is in


def voice_of(settings: Settings, language: str) -> tuple[str, str | None]:
    """The ``<Say>`` locale and voice of ``language``: ``POS_VOICE_SAY_VOICES``, else built in."""
    code = languages.base(language)
    configured = settings.say_voices.get(code) or {}
    built_in = BUILT_IN_VOICES.get(code, {})
    locale = configured.get("locale") or built_in.get("locale") or code
    voice = configured.get("voice") if "voice" in configured else built_in.get("voice")
    return locale, voice or None


def _text(settings: Settings, name: str, language: str) -> str | None:
    code = languages.base(language)
    configured = settings.say_texts.get(code) or {}
    if configured.get(name):
        return configured[name]
    if name == "disclosure":
        return settings.disclosure_message if code == settings.default_language else None
    return BUILT_IN.get(code, {}).get(name)


def business(settings: Settings, language: str) -> str:
    return settings.business_name or UNNAMED_BUSINESS.get(languages.base(language), UNNAMED_BUSINESS["en"])


def speech(settings: Settings, name: str, language: str | None = None, **fill: object) -> Speech | None:
    """Message ``name`` in ``language`` (the call's; None: the shop's default), falling back to
    the default language, then to English; None only for a disclosure nobody configured."""
    wanted = [languages.base(language) or settings.default_language, settings.default_language, "en"]
    for code in dict.fromkeys(wanted):
        text = _text(settings, name, code)
        if text:
            locale, voice = voice_of(settings, code)
            values = {"business": business(settings, code), "number": "", **fill}
            return Speech(text.format(**values), locale, voice, code)
    return None


def plain(settings: Settings, text: str, language: str | None = None) -> Speech:
    """A text given as it is (a host's own), said in ``language`` (default: the shop's)."""
    code = languages.base(language) or settings.default_language
    locale, voice = voice_of(settings, code)
    return Speech(text, locale, voice, code)
