"""``flask pos-voice install-migrations`` / ``create-tables`` (owned by the migrations work)."""

from flask import Blueprint


def register(bp: Blueprint) -> None:
    """Attach the migration commands to the blueprint's CLI group."""
