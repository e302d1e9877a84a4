"""Plain records (JSON-ready dicts) shared by the machine-readable formats.

Each record has a typed definition, checked by mypy: these TypedDicts are the JSON
contract the README documents, field for field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NotRequired, TypedDict

from ..errors import Problem
from ..i18n import Lang, localize
from ..plan.model import Plan, Target, Task
from ..progress.history import Change, TargetHistory
from ..progress.status import (
    TASK_STATES,
    BureauRow,
    Group,
    IndustryRow,
    Report,
    Status,
    TargetProgress,
    TaskProgress,
    TaskState,
    tally,
)

Number = int | float


class PlanHeader(TypedDict):
    title: str
    year: int
    region: str | None


class ItemRecord(TypedDict):
    id: str
    section: str
    industry: str | None
    industry_name: str | None
    name: str
    deadline: str
    commitment: str | None
    lead: str | None
    co: list[str]
    source: str


class BaselineRecord(TypedDict):
    year: int
    value: Number
    unit: str | None


class MilestoneRecord(TypedDict):
    year: int
    value: Number


class WindowRecord(TypedDict):
    """A target's own window, in a multi-year plan (or one with a target on a window of its own)."""

    start: str
    deadline: str
    baseline: BaselineRecord | None
    milestones: list[MilestoneRecord]


class TargetRecord(TypedDict):
    id: str
    section: str
    industry: str | None
    industry_name: str | None
    name: str
    value: Number
    unit: str
    comparator: str
    deadline: str
    commitment: str | None
    kind: str
    lead: str | None
    co: list[str]
    source: str
    window: NotRequired[WindowRecord]  # only in a multi-year plan


class FigureRecord(TypedDict):
    period: str
    actual: Number | None


class ProgressRecord(TargetRecord):
    judged_as: str  # the kind it is judged as: a one-item target is a milestone
    judged_window_start: NotRequired[str | None]  # multi-year plans: the start of the window judged
    start_value: NotRequired[Number | None]  # 从X提高到Y: the X the window judged starts from
    milestone: NotRequired[int | None]  # the yearly milestone judged (value and deadline are its own)
    measured: NotRequired[Number | None]  # an average growth: the quantity reported (actual is the rate)
    effective_value: Number  # 超N in whole units: N+1
    actual: Number | None
    period: str | None
    expected: Number | None
    expected_pct: Number | None
    gap: Number | None
    completion: Number | None
    schedule_gap_pp: Number | None
    status: str
    provisional: str | None  # awaiting: the status the last figure gives at its own period
    judged_at: str  # the period the status is judged at (the figure's own when stale)
    stale: bool
    alarm: bool
    suspect: str | None  # the warning the figure judged stands under (待核实), until confirmed
    after_deadline: list[FigureRecord]  # figures after the deadline: shown, never judged
    note: str | None
    forecast: Number | None
    forecast_ratio: Number | None
    verdict: str | None
    forecast_method: str | None


class TaskRecord(ItemRecord):
    status: str
    period: str | None
    stale: bool
    note: str | None


class GroupRecord(TypedDict):
    targets: int
    counts: dict[Status, int]
    lagging: list[str]


class IndustryRecord(GroupRecord):
    id: str | None
    name: str | None
    headline: list[str]


class TaskCountRecord(TypedDict):
    count: int
    counts: dict[TaskState, int]


class BureauRecord(TypedDict):
    id: str | None
    name: str | None
    lead: GroupRecord
    co: GroupRecord
    tasks: TaskCountRecord


class ChangeRecord(TypedDict):
    id: str
    change: str
    before: str
    after: str
    before_period: str | None
    after_period: str | None


class ProblemRecord(TypedDict):
    file: str
    line: int | None
    column: int | None
    message: str


class UnreportedRecord(TypedDict):
    bureau: str | None
    name: str | None
    silent: bool  # nothing reported for the month at all
    targets: list[str]


class StatusRecord(TypedDict, total=False):
    plan: PlanHeader
    as_of: str
    as_of_date: str
    elapsed_pct: Number | None
    selection: dict[str, str]
    files: list[str]
    counts: dict[Status, int]
    stale_count: int
    task_counts: dict[TaskState, int]
    unreported: list[UnreportedRecord]
    targets: list[ProgressRecord]
    tasks: list[TaskRecord]
    industries: list[IndustryRecord]
    bureaus: list[BureauRecord]
    compared_to: str | None  # only with --compare
    changes: list[ChangeRecord]  # only with --compare
    warnings: list[ProblemRecord]


class PointRecord(TypedDict):
    period: str
    actual: Number | None
    figure_period: str | None
    expected_pct: Number | None
    completion: Number | None
    schedule_gap_pp: Number | None
    status: str
    stale: bool


class HistoryRecord(TargetRecord):
    points: list[PointRecord]
    forecast: Number | None
    verdict: str | None


def number(value: float) -> int | float:
    """An integral float as an int (115.0 → 115), otherwise unchanged."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def item_record(plan: Plan, item: Target | Task) -> ItemRecord:
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


def target_record(plan: Plan, target: Target, windows: bool | None = None) -> TargetRecord:
    """One target as ``zhanxin targets --format json`` prints it; ``windows``: the plan is
    multi-year (:attr:`Plan.multi_year`, asked once per plan by a caller with many targets)."""
    item = item_record(plan, target)
    return {
        "id": item["id"],
        "section": item["section"],
        "industry": item["industry"],
        "industry_name": item["industry_name"],
        "name": item["name"],
        "value": number(target.value),
        "unit": target.unit,
        "comparator": target.comparator,
        "deadline": item["deadline"],
        "commitment": item["commitment"],
        "kind": target.kind,
        "lead": item["lead"],
        "co": item["co"],
        "source": item["source"],
        **({"window": window_record(plan, target)} if _windows(plan, windows) else {}),  # type: ignore[typeddict-item]
    }


def window_record(plan: Plan, target: Target) -> WindowRecord:
    """A target's own window: its start, deadline, baseline and yearly milestones."""
    base = target.baseline
    return {
        "start": plan.start_of(target).isoformat(),
        "deadline": plan.deadline_of(target).isoformat(),
        "baseline": {"year": base.year, "value": number(base.value), "unit": base.unit} if base else None,
        "milestones": [{"year": m.year, "value": number(m.value)} for m in target.milestones],
    }


def stage_record(report: Report, p: TargetProgress) -> dict[str, object]:
    """Where a multi-year target is judged: the window judged, its start value, the yearly milestone
    (the record's value and deadline are then the milestone's) and an average growth's quantity."""
    plan = report.plan
    return {
        "window": window_record(plan, p.whole or p.target),
        "judged_window_start": p.window_start.isoformat() if p.window_start else None,
        "start_value": rounded(p.start_value),
        "milestone": p.milestone,
        "measured": rounded(p.figure.value) if p.growth and p.figure else None,
    }


def rounded(value: float | None, digits: int = 4) -> int | float | None:
    """Numbers for machines: rounded to ``digits`` decimals, integral values as ints."""
    return None if value is None else number(round(value, digits))


def _windows(plan: Plan, windows: bool | None) -> bool:
    return plan.multi_year if windows is None else windows


def progress_record(
    report: Report, p: TargetProgress, lang: Lang = Lang.zh, windows: bool | None = None
) -> ProgressRecord:
    """One target with its progress: every field of ``target_record`` plus the figures."""
    windows = _windows(report.plan, windows)
    return {
        **target_record(report.plan, p.target, windows),
        "judged_as": p.kind,
        "effective_value": number(p.effective_value),
        "actual": rounded(p.actual),
        "period": p.figure.period.label if p.figure else None,
        "expected": rounded(p.expected),
        "expected_pct": rounded(p.expected_pct, 2),
        "gap": rounded(p.gap),
        "completion": rounded(p.completion, 2),
        "schedule_gap_pp": rounded(p.schedule_gap_pp, 2),
        "status": p.status,
        "provisional": p.provisional,
        "judged_at": p.judged_at,
        "stale": p.stale,
        "alarm": p.alarm,
        "suspect": localize(p.suspect, lang) if p.suspect else None,
        "after_deadline": [{"period": f.period.label, "actual": rounded(f.value)} for f in p.after_deadline],
        "note": p.figure.note if p.figure and p.figure.note else None,
        "forecast": rounded(p.forecast.value) if p.forecast else None,
        "forecast_ratio": rounded(p.forecast.ratio) if p.forecast else None,
        "verdict": p.forecast.verdict if p.forecast else None,
        "forecast_method": p.forecast.method if p.forecast else None,
        **(stage_record(report, p) if windows else {}),  # type: ignore[typeddict-item]
    }


def change_record(change: Change) -> ChangeRecord:
    return {
        "id": change.after.target.id,
        "change": change.kind,
        "before": change.before.status,
        "after": change.after.status,
        "before_period": change.before.figure.period.label if change.before.figure else None,
        "after_period": change.after.figure.period.label if change.after.figure else None,
    }


def task_record(report: Report, t: TaskProgress) -> TaskRecord:
    return {
        **item_record(report.plan, t.task),
        "status": t.status,
        "period": t.figure.period.label if t.figure else None,
        "stale": t.stale,
        "note": t.figure.note if t.figure and t.figure.note else None,
    }


def _group(group: Group) -> GroupRecord:
    return {
        "targets": len(group.targets),
        "counts": dict(group.counts),
        "lagging": [p.target.id for p in group.lagging],
    }


def industry_record(row: IndustryRow) -> IndustryRecord:
    return {
        "id": row.id,
        "name": row.name,
        **_group(row.group),
        "headline": [p.target.id for p in row.headline],
    }


def bureau_record(row: BureauRow) -> BureauRecord:
    return {
        "id": row.id,
        "name": row.name,
        "lead": _group(row.lead),
        "co": _group(row.co),
        "tasks": {"count": len(row.tasks), "counts": dict(tally((t.status for t in row.tasks), TASK_STATES))},
    }


def problem_record(p: Problem, lang: Lang = Lang.zh) -> ProblemRecord:
    return {"file": p.file, "line": p.line, "column": p.column, "message": localize(p.message, lang)}


def report_record(
    report: Report,
    warnings: Sequence[Problem] = (),
    files: Sequence[str] = (),
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
    lang: Lang = Lang.zh,
    lazy: Callable[[Callable[[], Iterable[ProgressRecord]], int], Any] | None = None,
) -> StatusRecord:
    """The whole status report as JSON-ready data: the contract documented in the README.
    ``lazy``: how to hold the target records so that they are made only as they are written
    (:class:`~zhanxin_cli.render.as_json.Lazy`)."""
    plan = report.plan
    windows = plan.multi_year  # asked once: it looks at every target
    record: StatusRecord = {
        "plan": {"title": plan.title, "year": plan.year, "region": plan.region},
        "as_of": report.as_of.label,
        "as_of_date": report.as_of.end.isoformat(),
        "elapsed_pct": rounded(report.elapsed_pct, 2),
        "selection": dict(report.selection),
        "files": list(files),
        "counts": dict(report.counts),
        "stale_count": report.stale_count,
        "task_counts": dict(report.task_counts),
        "unreported": [
            {
                "bureau": u.bureau,
                "name": plan.bureaus[u.bureau].name if u.bureau else None,
                "silent": u.silent,
                "targets": [p.target.id for p in u.targets],
            }
            for u in report.unreported
        ],
        "targets": (
            lazy(lambda: (progress_record(report, p, lang, windows) for p in report.targets), len(report.targets))
            if lazy is not None
            else [progress_record(report, p, lang, windows) for p in report.targets]
        ),
        "tasks": [task_record(report, t) for t in report.tasks],
        "industries": [industry_record(row) for row in report.industries],
        "bureaus": [bureau_record(row) for row in report.bureaus],
    }
    if changes is not None:
        record["compared_to"] = compared_to
        record["changes"] = [change_record(c) for c in changes]
    record["warnings"] = [problem_record(w, lang) for w in warnings]
    return record


def point_record(p: TargetProgress) -> PointRecord:
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


def history_record(plan: Plan, h: TargetHistory, windows: bool | None = None) -> HistoryRecord:
    last = h.points[-1]
    return {
        **target_record(plan, h.target, windows),
        "points": [point_record(p) for p in h.points],
        "forecast": rounded(last.forecast.value) if last.forecast else None,
        "verdict": last.forecast.verdict if last.forecast else None,
    }
