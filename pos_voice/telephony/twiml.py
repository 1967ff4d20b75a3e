"""The TwiML documents pos_voice answers Twilio with (built with ``twilio.twiml``, never by hand)."""

from __future__ import annotations

from flask import Response
from twilio.twiml.voice_response import Connect, Dial, VoiceResponse

from ..settings import Settings
from ..stream_tokens import CALLER_PARAMETER, TOKEN_PARAMETER
from . import say_texts
from .say_texts import Speech
from .signatures import public_url_for, stream_url

# What callers hear from Twilio itself (the assistant is not on the line for these), in
# English; every language's texts: pos_voice.telephony.say_texts.
CONNECTING_TO_STAFF = say_texts.ENGLISH["connecting"]
BUSY_TO_STAFF = say_texts.ENGLISH["busy"]
UNAVAILABLE_TO_STAFF = say_texts.ENGLISH["unavailable"]
APOLOGY_TO_STAFF = say_texts.ENGLISH["apology"]
ORDER_PLACED_TO_STAFF = say_texts.ENGLISH["order_placed_to_staff"]
ORDER_PLACED_GOODBYE = say_texts.ENGLISH["order_placed_goodbye"]
NO_STAFF_PHONE = say_texts.ENGLISH["no_staff_phone"]
TRANSFER_WITHOUT_STAFF = say_texts.ENGLISH["transfer_without_staff"]
RATE_LIMITED = say_texts.ENGLISH["rate_limited"]
NOBODY_ANSWERED = say_texts.ENGLISH["nobody_answered"]


def business_name(settings: Settings) -> str:
    return settings.business_name or "us"


def as_response(twiml: VoiceResponse) -> Response:
    return Response(str(twiml), status=200, mimetype="text/xml")


def message(settings: Settings, name: str, language: str | None = None, **fill: object) -> Speech:
    """Message ``name`` (a ``POS_VOICE_SAY_TEXTS`` name) in the call's ``language``."""
    found = say_texts.speech(settings, name, language, **fill)
    assert found is not None, name  # only the disclosure can be missing, and it is never asked for here
    return found


def _say(response: VoiceResponse, text: str | Speech, settings: Settings) -> None:
    speech = text if isinstance(text, Speech) else say_texts.plain(settings, text)
    if speech.voice:
        response.say(speech.text, language=speech.locale, voice=speech.voice)
    else:
        response.say(speech.text, language=speech.locale)


def connect_stream(settings: Settings, token: str, caller: str | None,
                   language: str | None = None) -> VoiceResponse:
    """Optional disclosure (in the call's first ``language``), then ``<Connect
    action=…/stream-ended><Stream url=wss://…/stream>``."""
    response = VoiceResponse()
    disclosure = say_texts.speech(settings, "disclosure", language)
    if disclosure is not None:
        _say(response, disclosure, settings)
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


def dial_staff(settings: Settings, intro: str | Speech, phone_from: str | None, phone_to: str | None,
               language: str | None = None) -> VoiceResponse:
    """``<Say>`` intro then ``<Dial>`` the staff phone; without one, an apology (in the call's
    ``language``) and hang-up."""
    response = VoiceResponse()
    staff = settings.staff_phone
    if not staff:
        _say(response, message(settings, "no_staff_phone", language), settings)
        response.hangup()
        return response
    _say(response, intro, settings)
    dial = Dial(caller_id=staff_caller_id(settings, phone_from, phone_to), timeout=settings.dial_timeout,
                action=public_url_for(settings, "pos_voice.dial_ended"), method="POST", answer_on_bridge=True)
    dial.number(staff)
    response.append(dial)
    return response


def say_and_hang_up(settings: Settings, text: str | Speech) -> VoiceResponse:
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
