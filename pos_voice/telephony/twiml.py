"""The TwiML documents pos_voice answers Twilio with (built with ``twilio.twiml``, never by hand)."""

from __future__ import annotations

from flask import Response
from twilio.twiml.voice_response import Connect, Dial, VoiceResponse

from ..settings import Settings
from ..stream_tokens import CALLER_PARAMETER, TOKEN_PARAMETER
from .signatures import public_url_for, stream_url

# What callers hear from Twilio itself (the assistant is not on the line for these).
CONNECTING_TO_STAFF = "Please hold while I connect you to a member of our team."
BUSY_TO_STAFF = ("All of our lines are busy right now. "
                 "Please hold while I connect you to a member of our team.")
UNAVAILABLE_TO_STAFF = "Please hold while I connect you to a member of our team."
APOLOGY_TO_STAFF = "Sorry, I'm having trouble on my end. Let me connect you to a member of our team."
#: The assistant failed after the caller's order was placed: the caller hears its number.
ORDER_PLACED_TO_STAFF = ("Sorry, I'm having trouble on my end. Your order is placed: it's order number "
                         "{number}. Let me connect you to a member of our team in case you need anything "
                         "else.")
ORDER_PLACED_GOODBYE = ("Sorry, I'm having trouble on my end. Your order is placed: it's order number "
                        "{number}. Thank you for calling {business}.")
NO_STAFF_PHONE = ("Sorry, we can't take your call right now. Please call back in a few minutes. "
                  "Thank you for calling {business}.")
TRANSFER_WITHOUT_STAFF = ("Sorry, there's nobody available to take your call right now. "
                          "Please call back in a few minutes. Thank you for calling {business}.")
RATE_LIMITED = ("Thanks for calling {business}. We can't take another call from this number right now. "
                "Please try again a little later.")
NOBODY_ANSWERED = ("Sorry, nobody could answer right now. Please call back in a few minutes, "
                   "and we'll be happy to help. Thank you for calling {business}.")


def business_name(settings: Settings) -> str:
    return settings.business_name or "us"


def as_response(twiml: VoiceResponse) -> Response:
    return Response(str(twiml), status=200, mimetype="text/xml")


#: Twilio's <Say> wants a locale; the assistant's POS_VOICE_LANGUAGE is a bare language code.
SAY_LOCALES = {"en": "en-US", "es": "es-US", "fr": "fr-FR", "de": "de-DE", "it": "it-IT", "pt": "pt-BR",
               "nl": "nl-NL", "ja": "ja-JP", "zh": "cmn-CN", "ko": "ko-KR", "pl": "pl-PL", "sv": "sv-SE"}


def say_locale(settings: Settings) -> str:
    language = settings.language or "en"
    return SAY_LOCALES.get(language.lower(), language)


def _say(response: VoiceResponse, text: str, settings: Settings) -> None:
    response.say(text, language=say_locale(settings))


def connect_stream(settings: Settings, token: str, caller: str | None) -> VoiceResponse:
    """Optional disclosure, then ``<Connect action=…/stream-ended><Stream url=wss://…/stream>``."""
    response = VoiceResponse()
    if settings.disclosure_message:
        _say(response, settings.disclosure_message, settings)
    connect = Connect(action=public_url_for(settings, "pos_voice.stream_ended"), method="POST")
    stream = connect.stream(url=stream_url(settings))
    stream.parameter(name=TOKEN_PARAMETER, value=token)
    stream.parameter(name=CALLER_PARAMETER, value=caller or "")
    response.append(connect)
    return response


def staff_caller_id(settings: Settings, phone_from: str | None, phone_to: str | None) -> str | None:
    """Caller ID for the staff leg: configured, else the caller's own number, else our number.

    Forwarding with the caller's number lets staff see who is calling; Twilio allows it for
    an inbound call's ``From``.
    """
    return settings.caller_id or phone_from or phone_to


def dial_staff(settings: Settings, intro: str, phone_from: str | None, phone_to: str | None) -> VoiceResponse:
    """``<Say>`` intro then ``<Dial>`` the staff phone; without one, an apology and hang-up."""
    response = VoiceResponse()
    staff = settings.staff_phone
    if not staff:
        _say(response, NO_STAFF_PHONE.format(business=business_name(settings)), settings)
        response.hangup()
        return response
    _say(response, intro, settings)
    dial = Dial(caller_id=staff_caller_id(settings, phone_from, phone_to), timeout=settings.dial_timeout,
                action=public_url_for(settings, "pos_voice.dial_ended"), method="POST", answer_on_bridge=True)
    dial.number(staff)
    response.append(dial)
    return response


def say_and_hang_up(settings: Settings, text: str) -> VoiceResponse:
    response = VoiceResponse()
    _say(response, text, settings)
    response.hangup()
    return response


def hang_up() -> VoiceResponse:
    response = VoiceResponse()
    response.hangup()
    return response


def empty() -> VoiceResponse:
    return VoiceResponse()
