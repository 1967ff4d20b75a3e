"""Twilio webhooks: /incoming, /stream-ended, /status (owned by the telephony work)."""

from flask import Blueprint


def register(bp: Blueprint) -> None:
    """Attach the Twilio webhook routes to the blueprint."""
