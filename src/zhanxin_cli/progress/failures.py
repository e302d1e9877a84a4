"""Which targets fail a scheduled check (``zhanxin status --fail-on``)."""

from __future__ import annotations

from collections.abc import Sequence

from .status import RANK, Report, TargetProgress


def failures(report: Report, thresholds: Sequence[str]) -> list[TargetProgress]:
    """The targets that fail a scheduled check, in plan order.

    ``behind``, ``off_track``, ``missed``: at or worse than that status; a 确保 target with no
    figure counts as behind (it is an alarm). ``no_data``: no figure for the as-of month (无数据,
    a stale figure, or 待报 awaiting the final one).
    """
    ranks = {str(status): rank for status, rank in RANK.items()}

    def fails(p: TargetProgress, threshold: str) -> bool:
        if threshold == "no_data":
            return p.unreported
        if RANK[p.status] >= ranks[threshold]:
            return True
        return threshold == "behind" and p.alarm

    return [p for p in report.targets if any(fails(p, t) for t in thresholds)]
