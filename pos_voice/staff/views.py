"""Staff pages (owned by the staff-UI work)."""

from flask import Blueprint


def register(bp: Blueprint) -> None:
    """Attach the staff pages to the blueprint."""
