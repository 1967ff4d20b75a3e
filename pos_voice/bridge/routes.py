"""WS /stream (owned by the bridge work)."""

from flask import Blueprint


def register(bp: Blueprint) -> None:
    """Attach the media-stream WebSocket route to the blueprint."""
