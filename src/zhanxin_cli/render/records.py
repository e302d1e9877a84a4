"""Plain records (dicts of JSON-ready values) shared by the machine-readable formats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import Problem
from ..history import Change, TargetHistory
from ..plan import Plan, Target, Task
from ..progress import TASK_STATES, BureauRow, Group, IndustryRow, Report, TargetProgress, TaskProgress, tally


def number(value: float) -> int | float:
    """An integral float as an int (115.0 → 115), otherwise unchanged."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def item_record(plan: Plan, item: Target | Task) -> dict[str, Any]:
    """Fields common to targets and tasks, with names resolved (the stable contract)."""
    industry = plan.industries.get(item.industry) if item.industry else None
    return {
        "id": item.id,
        "section": item.section,
        "industry": item.industry,
        "industry_name": industry.name if industry else None,
        "name": item.name,
        "deadline": plan.deadline_of(item).isoformat(),
        "commitment": item.commitment,
        "lead": plan.bureaus[item.lead].name if item.lead else None,
        "co": [plan.bureaus[b].name for b in item.co],
        "source": item.source,
    }


def target_record(plan: Plan, target: Target) -> dict[str, Any]:
    """One target as ``zhanxin targets --format json`` prints it."""
    record = item_record(plan, target)
    record.update(
        value=number(target.value),
        unit=target.unit,
        comparator=target.comparator,
        kind=target.kind,
    )
    order = (
        "id",
        "section",
        "industry",
        "industry_name",
        "name",
        "value",
        "unit",
        "comparator",
        "deadline",
        "commitment",
        "kind",
        "lead",
        "co",
        "source",
    )
    return {key: record[key] for key in order}


def rounded(value: float | None, digits: int = 4) -> int | float | None:
    """Numbers for machines: rounded to ``digits`` decimals, integral values as ints."""
    return None if value is None else number(round(value, digits))


def progress_record(report: Report, p: TargetProgress) -> dict[str, Any]:
    """One target with its progress: every field of ``target_record`` plus the figures."""
    record = target_record(report.plan, p.target)
    record.update(
        actual=rounded(p.actual),
        period=p.figure.period.label if p.figure else None,
        expected=rounded(p.expected),
        expected_pct=rounded(p.expected_pct, 2),
        gap=rounded(p.gap),
        completion=rounded(p.completion, 2),
        schedule_gap_pp=rounded(p.schedule_gap_pp, 2),
        status=p.status,
        stale=p.stale,
        alarm=p.alarm,
        note=p.figure.note if p.figure and p.figure.note else None,
        forecast=rounded(p.forecast.value) if p.forecast else None,
        forecast_ratio=rounded(p.forecast.ratio) if p.forecast else None,
        verdict=p.forecast.verdict if p.forecast else None,
        forecast_method=p.forecast.method if p.forecast else None,
    )
    return record


def change_record(change: Change) -> dict[str, Any]:
    return {
        "id": change.after.target.id,
        "change": change.kind,
        "before": change.before.status,
        "after": change.after.status,
        "before_period": change.before.figure.period.label if change.before.figure else None,
        "after_period": change.after.figure.period.label if change.after.figure else None,
    }


def task_record(report: Report, t: TaskProgress) -> dict[str, Any]:
    record = item_record(report.plan, t.task)
    record.update(
        status=t.status,
        period=t.figure.period.label if t.figure else None,
        stale=t.stale,
        note=t.figure.note if t.figure and t.figure.note else None,
    )
    return record


def _group(group: Group) -> dict[str, Any]:
    return {
        "targets": len(group.targets),
        "counts": group.counts,
        "lagging": [p.target.id for p in group.lagging],
    }


def industry_record(row: IndustryRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        **_group(row.group),
        "headline": [p.target.id for p in row.headline],
    }


def bureau_record(row: BureauRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "lead": _group(row.lead),
        "co": _group(row.co),
        "tasks": {"count": len(row.tasks), "counts": tally((t.status for t in row.tasks), TASK_STATES)},
    }


def report_record(
    report: Report,
    warnings: Sequence[Problem] = (),
    files: Sequence[str] = (),
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
) -> dict[str, Any]:
    """The whole status report as JSON-ready data: the contract documented in the README."""
    plan = report.plan
    extra: dict[str, Any] = {}
    if changes is not None:
        extra = {"compared_to": compared_to, "changes": [change_record(c) for c in changes]}
    return {
        "plan": {"title": plan.title, "year": plan.year, "region": plan.region},
        "as_of": report.as_of.label,
        "as_of_date": report.as_of.end.isoformat(),
        "elapsed_pct": rounded(report.elapsed_pct, 2),
        "selection": dict(report.selection),
        "files": list(files),
        "counts": report.counts,
        "task_counts": report.task_counts,
        "targets": [progress_record(report, p) for p in report.targets],
        "tasks": [task_record(report, t) for t in report.tasks],
        "industries": [industry_record(row) for row in report.industries],
        "bureaus": [bureau_record(row) for row in report.bureaus],
        **extra,
        "warnings": [{"file": w.file, "line": w.line, "column": w.column, "message": w.message} for w in warnings],
    }


def point_record(p: TargetProgress) -> dict[str, Any]:
    return {
        "period": p.as_of_label,
        "actual": rounded(p.actual),
        "figure_period": p.figure.period.label if p.figure else None,
        "expected_pct": rounded(p.expected_pct, 2),
        "completion": rounded(p.completion, 2),
        "schedule_gap_pp": rounded(p.schedule_gap_pp, 2),
        "status": p.status,
        "stale": p.stale,
    }


def history_record(plan: Plan, h: TargetHistory) -> dict[str, Any]:
    last = h.points[-1]
    return {
        **target_record(plan, h.target),
        "points": [point_record(p) for p in h.points],
        "forecast": rounded(last.forecast.value) if last.forecast else None,
        "verdict": last.forecast.verdict if last.forecast else None,
    }
