"""Partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as the sources give them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum
from functools import lru_cache

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    UNKNOWN = "unknown"


@lru_cache(maxsize=65_536)  # loads parse the same few thousand dates again and again
def parse_partial_date(text: str) -> tuple[dt.date, dt.date, Precision]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (first day, last day, precision).

    Raises ValueError naming what is impossible (month 13, 30 February...).
    """
    m = DATE_RE.match(text)
    if not m:
        raise ValueError(f"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    if m.group(2) is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"'{text}' is an impossible date: month {month} does not exist")
    last = calendar.monthrange(year, month)[1]
    if m.group(3) is None:
        return dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH
    day = int(m.group(3))
    if not 1 <= day <= last:
        raise ValueError(f"'{text}' is an impossible date: day {day} of {year}-{month:02d}")
    d = dt.date(year, month, day)
    return d, d, Precision.DAY
