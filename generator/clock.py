"""The day a run is about: it decides what is expired, stale or current.

An explicit --today wins; else SOURCE_DATE_EPOCH (so a reproducible build is reproducible in
every respect); else today's date in Germany, where the partners date their reviews.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def run_day(explicit: dt.date | None = None) -> dt.date:
    if explicit is not None:
        return explicit
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    try:
        return dt.datetime.now(ZoneInfo("Europe/Berlin")).date()
    except ZoneInfoNotFoundError:  # no time zone data on this machine
        return dt.datetime.now(dt.UTC).date()
