"""Opening hours from ``POS_VOICE_HOURS``.

Format: ``{"mon": "11:00-22:00", "fri": "11:00-14:00,17:00-23:30", "sun": "closed"}``; a
range that ends before it starts runs past midnight (``"18:00-02:00"``). Missing days are
closed.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..pos.vocabulary import DAY_NAMES, DAYS

Hours = dict[int, list[tuple[time, time]]]
_MIDNIGHT = time(23, 59, 59)  # "24:00", the end of the day


def _parse_time(text: str) -> time:
    text = text.strip()
    try:
        hour_s, minute_s = text.split(":")
        hour, minute = int(hour_s), int(minute_s)
        if hour == 24 and minute == 0:
            return _MIDNIGHT
        return time(hour, minute)
    except ValueError:
        raise ValueError(f"{text!r} is not a time like 11:00") from None


def parse_hours(raw: t.Any) -> Hours:
    """Weekday (0 = Monday) → list of (open, close) ranges; raises ``ValueError`` with a reason."""
    if not isinstance(raw, dict):
        raise ValueError("expected a mapping of day (mon…sun) to ranges such as '11:00-22:00'")
    hours: Hours = {day: [] for day in range(7)}
    for key, value in raw.items():
        day = str(key).strip().lower()[:3]
        if day not in DAYS:
            raise ValueError(f"{key!r} is not a day (use mon, tue, wed, thu, fri, sat, sun)")
        if value is None or str(value).strip().lower() in {"", "closed"}:
            continue
        for part in str(value).split(","):
            if "-" not in part:
                raise ValueError(f"{part!r} for {key} is not a range like 11:00-22:00")
            start, end = part.split("-", 1)
            opens, closes = _parse_time(start), _parse_time(end)
            if opens == closes:
                raise ValueError(f"{part!r} for {key} opens and closes at the same time")
            hours[DAYS.index(day)].append((opens, closes))
    return hours


def spoken_time(value: time) -> str:
    """``time(11, 0)`` → "11 AM", ``time(22, 30)`` → "10:30 PM", ``time(23, 59, 59)`` → "midnight"."""
    if value >= time(23, 59):
        return "midnight"
    if value == time(12, 0):
        return "noon"
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour} {suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d} {suffix}"


def describe_day(hours: Hours, weekday: int) -> str:
    ranges = hours.get(weekday) or []
    if not ranges:
        return "closed"
    return " and ".join(f"{spoken_time(opens)} to {spoken_time(closes)}" for opens, closes in ranges)


def _intervals(hours: Hours, day: date) -> list[tuple[datetime, datetime]]:
    """Open intervals (naive local datetimes) that start on ``day``."""
    out: list[tuple[datetime, datetime]] = []
    for opens, closes in hours.get(day.weekday()) or []:
        start = datetime.combine(day, opens)
        end = datetime.combine(day, closes)
        if closes <= opens or closes == _MIDNIGHT:  # past midnight, or until midnight ("24:00")
            end = datetime.combine(day, closes if closes != _MIDNIGHT else time(0)) + timedelta(days=1)
        out.append((start, end))
    return out


@dataclass(frozen=True)
class OpeningStatus:
    open_now: bool
    closes_at: datetime | None  # when open now
    next_open: datetime | None  # when closed now (within a week)


def opening_status(hours: Hours, now: datetime) -> OpeningStatus:
    """Open right now (``now`` is naive local time)? When does it close, or open next?"""
    for offset in (-1, 0):
        for start, end in _intervals(hours, now.date() + timedelta(days=offset)):
            if start <= now < end:
                return OpeningStatus(True, end, None)
    for offset in range(0, 8):
        for start, _end in sorted(_intervals(hours, now.date() + timedelta(days=offset))):
            if start > now:
                return OpeningStatus(False, None, start)
    return OpeningStatus(False, None, None)


def spoken_when(moment: datetime, now: datetime) -> str:
    if moment.time() == time(0):  # the end of a day that runs "until 24:00": that day at midnight
        moment = datetime.combine(moment.date() - timedelta(days=1), _MIDNIGHT)
    day = (moment.date() - now.date()).days
    when = spoken_time(moment.time())
    if day == 0:
        return f"today at {when}"
    if day == 1:
        return f"tomorrow at {when}"
    return f"{DAY_NAMES[moment.weekday()]} at {when}"
