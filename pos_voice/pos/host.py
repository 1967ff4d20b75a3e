"""The host as every part of the adapter reaches it: its mapped schema, its db, the settings."""

from __future__ import annotations

import typing as t
from datetime import datetime
from zoneinfo import ZoneInfo

from ..settings import Settings
from .schema import HostSchema, TableMap


class HostAccess:
    """The host's schema, Flask-SQLAlchemy ``db`` and the app's typed settings; shared by the
    adapter's parts. ``settings`` is replaced when the app's are reloaded (``PosAdapter.settings``)."""

    def __init__(self, schema: HostSchema, db: t.Any, settings: Settings) -> None:
        self.schema = schema
        self.db = db
        self.settings = settings

    @property
    def session(self) -> t.Any:
        """The host's ``db.session``: the caller's app context and transaction."""
        return self.db.session

    @property
    def region(self) -> str:
        return self.settings.default_region or "US"

    def local_now(self) -> datetime:
        """The shop's wall-clock time (``POS_VOICE_TIMEZONE``), naive: a POS's own date and time columns."""
        try:
            zone = ZoneInfo(self.settings.timezone or "UTC")
        except Exception:  # reported by check; never a reason to refuse an order
            zone = ZoneInfo("UTC")
        return datetime.now(zone).replace(tzinfo=None)

    @staticmethod
    def cents(tm: TableMap, role: str) -> bool:
        """Does ``tm`` store this money role in integer cents?"""
        return bool(tm.cents.get(role))
