"""``flask pos-voice simulate`` (owned by the bridge work)."""

from flask import Blueprint


def register(bp: Blueprint) -> None:
    """Attach the testing commands to the blueprint's CLI group."""
