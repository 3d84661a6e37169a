"""Which automatic backups to keep: the newest of each of the last 7 days, 5 ISO weeks and 12 months."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

KEEP_DAILY = 7
KEEP_WEEKLY = 5
KEEP_MONTHLY = 12


def _newest_per_period(moments: list[datetime], period: Callable[[datetime], Hashable], count: int) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in moments:
        key = period(moment)
        if key in seen:
            continue
        seen.add(key)
        kept.add(moment)
        if len(seen) == count:
            break
    return kept


def backups_to_keep(
    moments: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY
) -> set[datetime]:
    """The backup times to keep (the rest may be deleted); the newest backup is always kept."""
    newest_first = sorted(set(moments), reverse=True)
    return (
        _newest_per_period(newest_first, lambda m: m.date(), daily)
        | _newest_per_period(newest_first, lambda m: m.isocalendar()[:2], weekly)
        | _newest_per_period(newest_first, lambda m: (m.year, m.month), monthly)
    )
