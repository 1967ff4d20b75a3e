"""Message types the media-stream transports hand to the call session (neutral: every
transport and the session import them, none imports another for them)."""

from __future__ import annotations


class BinaryMessage(bytes):
    """A binary frame (Twilio sends only text: the session counts these as malformed)."""
