"""Progress over time: each target's month-by-month path, and what changed between two months.

Pure: built by re-running the same computation (:func:`~zhanxin_cli.progress.status.target_progress`)
as of each month end, so the path and the status report can never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..figures.cells import Figure, Period, month_end
from ..plan.model import Plan, Target
from .status import RANK, Report, TargetProgress, target_progress

ChangeKind = Literal["newly_met", "improved", "worsened", "newly_stale"]


@dataclass(frozen=True)
class TargetHistory:
    target: Target
    points: tuple[TargetProgress, ...]  # one per month end, plan start → as-of


def month_ends(plan: Plan, as_of: Period) -> list[Period]:
    """Month ends from the plan's first month up to the as-of date (which may be mid-month)."""
    periods = []
    year, month = plan.start_date.year, plan.start_date.month
    while (year, month) < (as_of.end.year, as_of.end.month):
        periods.append(Period(month_end(year, month)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    periods.append(as_of)
    return periods


def target_history(
    plan: Plan, target: Target, series: Sequence[Figure], as_of: Period, previous: Sequence[Figure] = ()
) -> TargetHistory:
    points = tuple(target_progress(plan, target, series, p, previous) for p in month_ends(plan, as_of))
    return TargetHistory(target, points)


def histories(
    plan: Plan,
    series: Mapping[str, Sequence[Figure]],
    as_of: Period,
    target_ids: Sequence[str] = (),
    previous: Mapping[str, Sequence[Figure]] | None = None,
) -> tuple[TargetHistory, ...]:
    """Paths of the chosen targets (all, in plan order, when none is named)."""
    wanted = set(target_ids)
    last_year = previous or {}
    return tuple(
        target_history(plan, t, series.get(t.id, ()), as_of, last_year.get(t.id, ()))
        for t in plan.targets
        if not wanted or t.id in wanted
    )


@dataclass(frozen=True)
class Change:
    before: TargetProgress
    after: TargetProgress
    kind: ChangeKind


def compare(before: Report, after: Report) -> tuple[Change, ...]:
    """Each target whose status improved or worsened, that was newly met, or became stale: once.

    A target with no new figure keeps the status of its last one (judged at its own period),
    so it cannot worsen only because time passed; it is listed as newly stale instead. Moving
    into or out of 待报 (awaiting) or 无数据 is neither better nor worse.
    """
    earlier = {p.target.id: p for p in before.targets}
    changes = []
    for now in after.targets:
        then = earlier.get(now.target.id)
        if then is None:
            continue
        judged = RANK[now.status] >= 0 and RANK[then.status] >= 0
        if judged and now.status != then.status:
            if now.status == "met":
                changes.append(Change(then, now, "newly_met"))
            elif RANK[now.status] < RANK[then.status]:
                changes.append(Change(then, now, "improved"))
            else:
                changes.append(Change(then, now, "worsened"))
        elif now.stale and not then.stale:
            changes.append(Change(then, now, "newly_stale"))
    return tuple(changes)
