"""The host as every part of the adapter reaches it: its mapped schema, its db, its config."""

from __future__ import annotations

import typing as t
from datetime import datetime
from zoneinfo import ZoneInfo

from ..settings import PREFIX
from .schema import HostSchema, TableMap


class HostAccess:
    """The host's schema, Flask-SQLAlchemy ``db`` and ``app.config``; shared by the adapter's parts."""

    def __init__(self, schema: HostSchema, db: t.Any, config: t.Mapping[str, t.Any]) -> None:
        self.schema = schema
        self.db = db
        self.config = config

    @property
    def session(self) -> t.Any:
        """The host's ``db.session``: the caller's app context and transaction."""
        return self.db.session

    def setting(self, name: str, default: t.Any = None) -> t.Any:
        return self.config.get(PREFIX + name, default)

    @property
    def region(self) -> str:
        return str(self.setting("DEFAULT_REGION", "US") or "US")

    def local_now(self) -> datetime:
        """The shop's wall-clock time (``POS_VOICE_TIMEZONE``), naive: a POS's own date and time columns."""
        try:
            zone = ZoneInfo(str(self.setting("TIMEZONE", "UTC")))
        except Exception:  # reported by check; never a reason to refuse an order
            zone = ZoneInfo("UTC")
        return datetime.now(zone).replace(tzinfo=None)

    @staticmethod
    def cents(tm: TableMap, role: str) -> bool:
        """Does ``tm`` store this money role in integer cents?"""
        return bool(tm.cents.get(role))
