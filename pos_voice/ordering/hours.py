"""Opening hours from ``POS_VOICE_HOURS``.

Format: ``{"mon": "11:00-22:00", "fri": "11:00-14:00,17:00-23:30", "sun": "closed"}``; a
range that ends before it starts runs past midnight (``"18:00-02:00"``). Missing days are
closed.
"""

from __future__ import annotations

import typing as t
from datetime import time

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Hours = dict[int, list[tuple[time, time]]]


def _parse_time(text: str) -> time:
    text = text.strip()
    try:
        hour_s, minute_s = text.split(":")
        hour, minute = int(hour_s), int(minute_s)
        if hour == 24 and minute == 0:
            return time(23, 59, 59)
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
