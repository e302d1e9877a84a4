"""Progress against the plan as of a date: the arithmetic everyone should agree on.

Pure: plan, figures and the as-of period in; a :class:`Report` out. No I/O, no clock.

序时进度 (time-elapsed progress): a cumulative target's window runs from the plan's
start to the target's deadline; by the as-of date, the elapsed share of that window
(in months, fractional for mid-month dates) is the share of the target that should be
done. Rates, shares, levels and milestones are compared with the whole target.

The rules a supervision office signs (README, "How progress is computed"): a target is
judged at its deadline (later figures are shown, never used); after the deadline without
the deadline's figure it is awaiting (待报), not missed; a stale figure is judged at its
own period; rates and shares are judged in percentage points; 超N in whole units needs
N+1 everywhere; a one-item target is a milestone.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from ..figures.cells import Figure, Period, TaskStatus
from ..figures.series import Series
from ..plan.model import Kind, Plan, Target, Task
from .forecast import Forecast, project

Status = Literal[
    "met", "on_track", "behind", "off_track", "pending", "missed", "overdue", "awaiting", "expired", "no_data"
]
TaskState = Literal["done", "in_progress", "not_started", "no_data"]

STATUSES: tuple[Status, ...] = (
    "met",
    "on_track",
    "pending",
    "behind",
    "off_track",
    "missed",
    "overdue",
    "awaiting",
    "expired",
    "no_data",
)
TASK_STATES: tuple[TaskState, ...] = ("done", "in_progress", "not_started", "no_data")
RANK: Mapping[Status, int] = {
    "met": 0,
    "on_track": 1,
    "pending": 2,
    "behind": 3,
    "off_track": 4,
    "missed": 5,
    "overdue": 5,
    "awaiting": -1,
    "expired": -1,
    "no_data": -1,
}
"""Order from best to worst; ``awaiting``, ``expired`` and ``no_data`` are outside it (not judged,
so never "better" or "worse" than anything). A deadline whose figure is overdue counts as missed."""
UNREPORTED: frozenset[Status] = frozenset({"no_data", "awaiting", "overdue", "expired"})
LAGGING: frozenset[Status] = frozenset({"behind", "off_track", "missed", "overdue"})
_EPS = 1e-9
SHOWN_DECIMALS = 2
"""A figure is shown with at most two decimals (115.25 亿元, 12.5%), and compared as shown: what
the tables and --explain print and the status always agree."""
STEP = 10.0**-SHOWN_DECIMALS
"""The smallest difference shown between two figures of a continuous unit."""
POINT_DECIMALS = 1
"""Percentages and percentage points (completion, 序时进度, a gap, a rate's distance) are shown
with one decimal, and compared with the bands as shown."""


def shown(value: float) -> float:
    """A figure as it is shown (two decimals)."""
    return round(value, SHOWN_DECIMALS)


def shown_points(value: float) -> float:
    """A percentage or a number of points as it is shown (one decimal)."""
    return round(value, POINT_DECIMALS)


K = TypeVar("K", bound=str)


def tally(found: Iterable[K], keys: Sequence[K]) -> dict[K, int]:
    """How many of each key, in the keys' order, zeros included."""
    counted = Counter(found)
    return {k: counted.get(k, 0) for k in keys}


@dataclass(frozen=True, slots=True)
class TargetProgress:
    """One target as of the report date."""

    target: Target
    deadline: dt.date
    figure: Figure | None  # the figure judged: the latest at or before the as-of date and the deadline
    history: Sequence[Figure]  # every figure up to the as-of date, oldest first
    window_months: float  # plan start → deadline
    elapsed_months: float  # plan start → the date judged at, at most the window
    expected_pct: float  # 序时进度 for cumulative targets, else 100
    expected: float  # the amount due by the date judged at, in the target's unit
    actual: float | None
    completion: float | None  # %, see performance_pct; None for rates (judged in points)
    schedule_gap_pp: float | None  # cumulative/level: completion − expected_pct; rate: actual − target in points
    gap: float | None  # what remains to reach the target, in its unit; 0 when it holds
    holds: bool | None  # does the comparator hold for the figure judged?
    deadline_passed: bool  # the as-of month is the deadline's month or later
    stale: bool  # the figure is from before the as-of month (and before the deadline's)
    status: Status
    forecast: Forecast | None = None  # year-end projection and verdict
    elapsed_at_figure: float = 0.0  # months of the window elapsed by the figure's own period
    as_of_label: str = ""  # the report date this progress was computed for
    kind: Kind = "cumulative"  # how it is judged: the target's kind, or milestone for a one-item target
    effective_value: float = 0.0  # the threshold in whole units: 超N (gt) needs N+1
    judged_at: str = ""  # the period the status is judged at: the figure's own when stale
    provisional: Status | None = None  # awaiting: what the last figure says at its own period
    after_deadline: tuple[Figure, ...] = ()  # figures after the deadline (shown, never judged)
    suspect: str = ""  # the warning the figure judged stands under (待核实), until it is confirmed
    window_start: dt.date | None = None  # the start of the window judged: the plan's, a target's own or a year's
    start_value: float | None = None  # 从X提高到Y: the X the window starts from (a baseline, a milestone)
    milestone: int | None = None  # the year of the yearly milestone judged (``target`` is then that milestone)
    whole: Target | None = None  # the plan's target, when ``target`` is one of its yearly milestones
    linear: bool = False  # judged against 序时进度

    @property
    def growth(self) -> bool:
        """An average growth: ``actual`` is the compound rate from the baseline, the figure the quantity."""
        return self.target.kind == "average_growth"

    @property
    def lagging(self) -> bool:
        return self.status in LAGGING

    @property
    def unreported(self) -> bool:
        """No figure for the as-of month: no data at all, stale, or awaiting the final figure. A
        target settled (met or missed) whose deadline's month has gone owes no later figure."""
        if self.status in ("met", "missed") and _month(self.deadline) < _month_of(self.as_of_label):
            return False
        return self.status in UNREPORTED or self.stale

    @property
    def alarm(self) -> bool:
        """A 确保 (ensure) target that is behind or worse (overdue included), has no figure or only an
        expired one, or awaits its final figure while the last one is behind: shown loudly."""
        if self.target.commitment != "ensure" or self.suspect:  # a suspect figure is not lit until checked
            return False
        return self.lagging or self.status in ("no_data", "expired") or self.provisional in LAGGING


@dataclass(frozen=True, slots=True)
class TaskProgress:
    task: Task
    figure: Figure | None
    status: TaskState
    stale: bool


@dataclass(frozen=True)
class Group:
    """A roll-up of targets: one industry, one bureau's lead or co-operation role."""

    targets: tuple[TargetProgress, ...]

    @property
    def counts(self) -> dict[Status, int]:
        return tally((p.status for p in self.targets), STATUSES)

    @property
    def lagging(self) -> tuple[TargetProgress, ...]:
        return tuple(p for p in self.targets if p.lagging)


@dataclass(frozen=True)
class IndustryRow:
    id: str | None  # None: cross-cutting
    name: str | None
    group: Group
    headline: tuple[TargetProgress, ...]


@dataclass(frozen=True)
class BureauRow:
    id: str | None  # None: targets whose plan names no responsible unit
    name: str | None
    lead: Group
    co: Group
    tasks: tuple[TaskProgress, ...]


@dataclass(frozen=True)
class Unreported:
    """A responsible unit's targets (those it leads) with no figure for the report month: no data,
    awaiting or overdue, an expired or a stale figure."""

    bureau: str | None  # None: targets whose plan names no responsible unit
    targets: tuple[TargetProgress, ...]
    leads: int  # how many targets the unit leads

    @property
    def silent(self) -> bool:
        """Nothing reported for the month at all (未报), rather than some targets (未更新)."""
        return len(self.targets) == self.leads


@dataclass(frozen=True)
class Report:
    plan: Plan
    as_of: Period
    elapsed_pct: float  # 序时进度 of the plan year
    targets: tuple[TargetProgress, ...]
    tasks: tuple[TaskProgress, ...]
    industries: tuple[IndustryRow, ...]
    bureaus: tuple[BureauRow, ...]
    selection: Mapping[str, str] = field(default_factory=dict)

    @property
    def counts(self) -> dict[Status, int]:
        return Group(self.targets).counts

    @property
    def task_counts(self) -> dict[TaskState, int]:
        return tally((t.status for t in self.tasks), TASK_STATES)

    @property
    def alarms(self) -> tuple[TargetProgress, ...]:
        return tuple(p for p in self.targets if p.alarm)

    @property
    def suspects(self) -> tuple[TargetProgress, ...]:
        """Targets judged on a figure a warning doubts (待核实): not lit until it is checked."""
        return tuple(p for p in self.targets if p.suspect)

    @property
    def stale_count(self) -> int:
        """Targets that still owe a figure and are judged on an older one.

        A target settled before the as-of month (a milestone met last year)
        owes nothing, so it is not counted, whatever the age of its figure.
        """
        return sum(p.stale and p.unreported for p in self.targets)

    @property
    def unreported(self) -> tuple[Unreported, ...]:
        """The units that have not reported the month, silent ones first, each with its targets
        (every target without a figure for the month, once, under its lead unit)."""
        found = [
            Unreported(row.id, missing, len(row.lead.targets))
            for row in self.bureaus
            if (missing := tuple(p for p in row.lead.targets if p.unreported))
        ]
        return tuple(sorted(found, key=lambda u: not u.silent))


def month_position(day: dt.date) -> float:
    """Months since year 0 at the end of ``day`` (fractional within the month)."""
    return day.year * 12 + day.month - 1 + day.day / calendar.monthrange(day.year, day.month)[1]


@functools.lru_cache(maxsize=4096)
def elapsed_months(start: dt.date, end: dt.date, as_of: dt.date) -> tuple[float, float]:
    """(months in the window start..end, months of it elapsed by the end of as_of); the same few
    windows and dates come back for every target, so they are kept."""
    begin = month_position(start) - 1 / calendar.monthrange(start.year, start.month)[1]
    window = month_position(end) - begin
    elapsed = min(max(month_position(as_of) - begin, 0.0), window)
    return window, elapsed


def holds(actual: float, comparator: str, value: float) -> bool:
    """Does the comparator hold for the figure and the target as shown (two decimals)? 超100 (gt)
    at 100 does not."""
    eps = _EPS * max(1.0, abs(value))
    actual, value = shown(actual), shown(value)
    if comparator == "ge":
        return actual >= value - eps
    if comparator == "gt":
        return actual > value + eps
    if comparator == "le":
        return actual <= value + eps
    if comparator == "lt":
        return actual < value - eps
    return abs(actual - value) <= eps


def performance_pct(actual: float, comparator: str, value: float) -> float:
    """Completion in %: actual ÷ target for floors (ge, gt); for ceilings (le, lt) 100 while
    within and target ÷ actual above it; for eq 100 minus the relative miss."""
    if comparator in ("le", "lt"):
        if holds(actual, comparator, value) or actual <= 0:
            return 100.0
        return value / actual * 100
    if value == 0:
        return 100.0 if holds(actual, comparator, value) else 0.0
    if comparator == "eq":
        return 100 - abs(actual - value) / abs(value) * 100
    return actual / value * 100


def effective_value(target: Target, integer: bool) -> float:
    """The threshold that must be reached: 超N (gt) needs N plus the smallest step shown (N+1 in
    a whole-number unit, N+0.01 in a continuous one), 低于N (lt) N minus it. One rule in every unit."""
    step = 1.0 if integer else STEP
    value = shown(target.value)
    if target.comparator == "gt":
        return value + step
    if target.comparator == "lt":
        return value - step
    return value


def judged_kind(target: Target, integer: bool, start_value: float | None = None) -> Kind:
    """A level or cumulative target of one whole item (达1家, 破零, 超0个) is reached or not: a milestone.
    An average growth is judged as a rate (its compound rate); a rate from a start value (从30%提高到40%)
    as a level, by the distance covered."""
    if target.kind == "average_growth":
        return "rate"
    if target.kind == "rate" and start_value is not None:
        return "level"
    one_item = integer and target.comparator in ("ge", "gt") and effective_value(target, integer) == 1
    return "milestone" if one_item and target.kind in ("cumulative", "level") else target.kind


@dataclass(frozen=True)
class Stage:
    """What a target is judged on as of a month: the target itself over its own window, or, in
    a year with a yearly milestone, that milestone over its year (a one-year target)."""

    target: Target  # the target, or its milestone (value and deadline those of the milestone)
    start: dt.date  # the window's start
    start_value: float | None  # 从X: the value the window starts from (a baseline, the last milestone)
    milestone: int | None  # the milestone's year


def stage_of(plan: Plan, target: Target, as_of: Period) -> Stage:
    """The stage a target is judged at as of a month: its first yearly milestone not before the
    as-of year, else the target itself after its last milestone. A baseline (or the milestone
    before) is where the stage starts from."""
    start = plan.start_of(target)
    start_value = target.baseline.value if target.baseline is not None and target.kind != "average_growth" else None
    for m in target.milestones:
        if m.year >= as_of.end.year:
            due = dt.date(m.year, 12, 31)
            return Stage(replace(target, value=m.value, deadline=due), start, start_value, m.year)
        start, start_value = max(start, dt.date(m.year + 1, 1, 1)), m.value
    return Stage(target, start, start_value, None)


def compound_rate(level: float, baseline: float, months: int) -> float | None:
    """The average annual growth in % from a baseline to a level ``months`` later:
    ((level ÷ baseline)^(12 ÷ months) − 1) × 100; None before any month has passed."""
    if months <= 0 or baseline <= 0:
        return None
    if level <= 0:
        return -100.0
    return float(((level / baseline) ** (12 / months) - 1) * 100)


def remaining(actual: float, target: Target, integer: bool) -> float:
    """What remains to reach the target, in its unit (0 when the comparator holds)."""
    if holds(actual, target.comparator, target.value):
        return 0.0
    needed = effective_value(target, integer)
    actual = shown(actual)
    if target.comparator in ("ge", "gt"):
        return max(needed - actual, 0.0)
    if target.comparator in ("le", "lt"):
        return max(actual - needed, 0.0)
    return abs(actual - target.value)


def points_off(actual: float, target: Target) -> float:
    """A rate's distance from its target in percentage points: negative when short of a floor
    (actual − target) or over a ceiling (target − actual)."""
    if target.comparator in ("le", "lt"):
        return target.value - actual
    if target.comparator == "eq":
        return -abs(actual - target.value)
    return actual - target.value


def band(schedule_gap_pp: float, behind_pp: float, off_track_pp: float) -> Status:
    """The band of a gap to 序时进度 as shown (one decimal): exactly −30.0 is off track."""
    gap = shown_points(schedule_gap_pp)
    if gap >= behind_pp - _EPS:
        return "on_track"
    if gap > off_track_pp + _EPS:
        return "behind"
    return "off_track"


def _month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _month_of(label: str) -> tuple[int, int]:
    """(year, month) of a period label (2023-10, or 2023-10-15)."""
    return int(label[:4]), int(label[5:7])


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from one month to another (June → August: 2)."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _judge_open(
    plan: Plan,
    target: Target,
    kind: Kind,
    ok: bool,
    schedule_gap: float,
    months_left: int,
    trend: float | None,
    linear: bool,
) -> Status:
    """The status of a figure before its target's deadline, by what the target's kind allows:
    a total against 序时进度 (a ceiling on it is final once breached), a rate in points, a
    milestone or a level (a stock: never prorated) at its deadline, judged early only by its
    trend or within the plan's warning months of the deadline. A target's ``schedule`` in the
    plan turns a total to the deadline's way, or a level to 序时进度 (:func:`prorated`)."""
    bands = plan.status_bands
    ceiling = target.comparator in ("le", "lt")
    if kind == "cumulative" and ceiling:  # a year-to-date total only grows: past its ceiling for good
        return "on_track" if ok else "missed"
    if ok:
        return "met" if kind in ("cumulative", "milestone") else "on_track"
    near = months_left <= bands.milestone_warning_months
    if kind == "milestone":
        return "behind" if near else "pending"
    if kind == "rate":  # in points short of the target
        return "off_track" if shown_points(-schedule_gap) >= bands.rate_off_track_points - _EPS else "behind"
    if linear:  # judged against 序时进度: at N of 超N early is ahead of schedule, not met
        return band(schedule_gap, bands.behind_pp, bands.off_track_pp)
    return _judge_level(plan, target, schedule_gap, near, trend)


def prorated(target: Target, kind: Kind, from_start: bool = False) -> bool:
    """Is the target judged against 序时进度? A total is, and a level from a start value (从X提高到Y);
    a level is not, unless the plan's ``schedule`` for the target says otherwise (linear or deadline)."""
    if kind not in ("cumulative", "level"):
        return False
    return (target.schedule or ("linear" if kind == "cumulative" or from_start else "deadline")) == "linear"


def _judge_level(plan: Plan, target: Target, schedule_gap: float, near: bool, trend: float | None) -> Status:
    """A level short of its target: by its trend when there is one, else only near the deadline."""
    if trend is not None and holds(trend, target.comparator, target.value):
        return "on_track"
    if trend is None and not near:
        return "pending"
    bands = plan.status_bands
    return band(min(schedule_gap, -_EPS), bands.behind_pp, bands.off_track_pp)


def _settle(
    open_status: Status, *, at_deadline: bool, ok: bool, deadline_reached: bool, overdue: bool, expired: bool
) -> tuple[Status, Status | None]:
    """The status and, where the status is about the reporting, what the figure itself says
    (``provisional``): the deadline's figure decides; a total at its target stays met and a
    ceiling breached stays missed whatever month is asked; after the deadline without its
    figure, awaiting, then overdue; an old figure has expired."""
    if at_deadline:
        return ("met" if ok else "missed"), None
    if open_status in ("met", "missed"):
        return open_status, None
    if deadline_reached:
        return ("overdue" if overdue else "awaiting"), open_status
    if expired:
        return "expired", open_status
    return open_status, None


def trend_start(series: Sequence[Figure]) -> Figure | None:
    """Where a level's straight line starts: its first figure with a value."""
    return next((f for f in series if f.value is not None), None)


def level_trend(series: Sequence[Figure], figure: Figure, deadline: dt.date) -> float | None:
    """A level's value at its deadline if it goes on as it has come (a straight line through its
    first and latest figures), or None with fewer than two figures at different months."""
    first = trend_start(series)
    if first is None or first.value is None or figure.value is None:
        return None
    months = months_between(first.period.end, figure.period.end)
    if months <= 0:
        return None
    slope = (figure.value - first.value) / months
    return figure.value + slope * months_between(figure.period.end, deadline)


CONFIRMED = ("已核实", "核实无误", "确认无误", "confirmed", "verified")
"""Words in a figure's note that confirm a figure a warning doubted."""


def target_progress(
    plan: Plan,
    target: Target,
    series: Sequence[Figure],
    as_of: Period,
    previous: Sequence[Figure] = (),
    doubts: Mapping[str, str] | None = None,
) -> TargetProgress:
    """Progress of one target from its figures (oldest first) as of a period.

    ``previous`` are last year's figures of the same target, for a seasonal forecast;
    ``doubts`` the warnings about its figures by period (YYYY-MM): the figure judged is
    suspect (待核实) under one, unless its note confirms it.
    """
    whole = target
    stage = stage_of(plan, target, as_of)
    target = stage.target
    deadline = plan.deadline_of(target)
    unit = plan.units.get(target.unit)
    integer = bool(unit and unit.integer)
    start_value = stage.start_value
    kind = judged_kind(target, integer, start_value)
    needed = effective_value(target, integer)
    upto = count_upto(series, as_of)
    history = series[:upto]
    usable = _judged_count(series, upto, deadline)  # figures after the deadline's month are shown, never judged
    after = tuple(history[usable:]) if usable < upto else ()
    figure = history[usable - 1] if usable else None
    deadline_reached = _month(as_of.end) >= _month(deadline)
    if figure is not None and figure.value is None:
        figure = None
    at_deadline = figure is not None and _month(figure.period.end) == _month(deadline)
    stale = figure is not None and not at_deadline and _month(figure.period.end) < _month(as_of.end)
    judged_at = figure.period if (stale or at_deadline) and figure is not None else as_of  # the deadline decides
    window, elapsed = elapsed_months(stage.start, deadline, judged_at.end)
    fraction = elapsed / window if window > 0 else 1.0
    linear = prorated(target, kind, start_value is not None)
    expected_pct = fraction * 100 if linear else 100.0
    begin = start_value if start_value is not None else 0.0
    expected = begin + (needed - begin) * fraction if linear else needed
    common = {
        "target": target,
        "deadline": deadline,
        "history": history,
        "window_months": window,
        "elapsed_months": elapsed,
        "expected_pct": expected_pct,
        "expected": expected,
        "deadline_passed": deadline_reached,
        "as_of_label": sys.intern(as_of.label),  # one string for every target of a report
        "kind": kind,
        "effective_value": needed,
        "judged_at": sys.intern(judged_at.label),
        "after_deadline": after,
        "window_start": stage.start,
        "start_value": start_value,
        "milestone": stage.milestone,
        "whole": whole if stage.milestone is not None else None,
        "linear": linear,
    }
    bands = plan.status_bands
    overdue = deadline_reached and months_between(deadline, as_of.end) > bands.overdue_after_months
    actual = None if figure is None else figure.value if target.kind != "average_growth" else growth_of(target, figure)
    if figure is None or actual is None:  # an average growth's figure before its baseline's end says no rate
        return TargetProgress(
            **common,  # type: ignore[arg-type]
            figure=None,
            actual=None,
            completion=None,
            schedule_gap_pp=None,
            gap=None,
            holds=None,
            stale=False,
            status="overdue" if overdue else "no_data",
        )
    ok = holds(actual, target.comparator, target.value)
    completion, schedule_gap = _completion(target, kind, actual, needed, start_value, expected_pct)
    trend = level_trend(history[:usable], figure, deadline) if kind == "level" else None
    months_left = months_between(judged_at.end, deadline)
    status, provisional = _settle(
        _judge_open(plan, target, kind, ok, schedule_gap, months_left, trend, linear),
        at_deadline=at_deadline,
        ok=ok,
        deadline_reached=deadline_reached,
        overdue=overdue,
        expired=stale and months_between(figure.period.end, as_of.end) >= bands.stale_after_months,
    )
    elapsed_at_figure = elapsed_months(stage.start, deadline, figure.period.end)[1]
    measured = replace(figure, value=actual) if target.kind == "average_growth" else figure  # the rate, projected
    forecast = project(plan, target, measured, window, elapsed_at_figure, previous, kind, trend, start_value)
    if forecast is not None and status == "expired" and forecast.verdict == "likely":
        forecast = replace(forecast, verdict="at_risk")  # an old figure cannot say a target will be reached
    doubt = (doubts or {}).get(figure.period.label, "")
    if doubt and any(word in figure.note.lower() for word in CONFIRMED):
        doubt = ""
    return TargetProgress(
        **common,  # type: ignore[arg-type]
        suspect=doubt,
        forecast=forecast,
        elapsed_at_figure=elapsed_at_figure,
        figure=figure,
        actual=actual,
        completion=completion,
        schedule_gap_pp=schedule_gap,
        gap=remaining(actual, target, integer),
        holds=ok,
        stale=stale,
        status=status,
        provisional=provisional,
    )


def growth_of(target: Target, figure: Figure) -> float | None:
    """An average growth's compound rate (%) from its baseline to a figure of its quantity; None
    for a figure not after the baseline year (or none)."""
    if target.baseline is None or figure.value is None:  # pragma: no cover - the plan's rules require a baseline
        return None
    months = months_between(dt.date(target.baseline.year, 12, 31), figure.period.end)
    return compound_rate(figure.value, target.baseline.value, months)


def _completion(
    target: Target, kind: Kind, actual: float, needed: float, start_value: float | None, expected_pct: float
) -> tuple[float | None, float]:
    """(completion in %, the gap to 序时进度 in points); a rate has no completion, only its points
    off the target; from a start value, completion is the distance covered (从X提高到Y)."""
    if kind == "rate":
        return None, points_off(shown(actual), target)
    if start_value is not None and shown(needed) != shown(start_value):
        completion = (shown(actual) - start_value) / (needed - start_value) * 100
    else:
        completion = performance_pct(shown(actual), target.comparator, needed)
    return completion, completion - expected_pct


_TASK_STATE: Mapping[TaskStatus, TaskState] = {
    TaskStatus.done: "done",
    TaskStatus.in_progress: "in_progress",
    TaskStatus.not_started: "not_started",
}


def _judged_count(series: Sequence[Figure], upto: int, deadline: dt.date) -> int:
    """How many of the first ``upto`` figures are of the deadline's month or earlier: found in a
    series' period ends by bisection (no figure made), else by walking back from ``upto``."""
    last_day = dt.date(deadline.year, deadline.month, calendar.monthrange(deadline.year, deadline.month)[1])
    if isinstance(series, Series):
        return bisect.bisect_right(series.ends, last_day.toordinal(), 0, upto)
    usable = upto
    while usable and series[usable - 1].period.end > last_day:
        usable -= 1
    return usable


def count_upto(series: Sequence[Figure], as_of: Period) -> int:
    """How many of the figures (oldest first) are as of ``as_of`` or earlier."""
    if isinstance(series, Series):
        return series.count_upto(as_of)
    return bisect.bisect_right([f.period for f in series], as_of)


def task_progress(plan: Plan, task: Task, series: Sequence[Figure], as_of: Period) -> TaskProgress:
    upto = count_upto(series, as_of)
    figure = series[upto - 1] if upto else None
    if figure is None or figure.status is None:
        return TaskProgress(task, None, "no_data", stale=False)
    return TaskProgress(task, figure, _TASK_STATE[figure.status], _is_stale(figure, as_of, plan.deadline_of(task)))


def _is_stale(figure: Figure, as_of: Period, deadline: dt.date | None) -> bool:
    """From before the as-of month, and not already at or past the deadline (then no later figure is owed)."""
    if deadline is not None and figure.period.end >= deadline:
        return False
    return (figure.period.end.year, figure.period.end.month) < (as_of.end.year, as_of.end.month)


def compute_progress(
    plan: Plan,
    series: Mapping[str, Sequence[Figure]],
    as_of: Period,
    *,
    industry: str | None = None,
    bureau: str | None = None,
    previous: Mapping[str, Sequence[Figure]] | None = None,
    doubts: Mapping[str, Mapping[str, str]] | None = None,
) -> Report:
    """The whole report. ``industry`` (an id) and ``bureau`` (an id) restrict it to the
    targets and tasks of that industry / that the bureau leads or co-operates on;
    ``previous`` (last year's figures by target id) makes forecasts seasonal; ``doubts``
    (target id → period → warning) marks the figures a warning doubts as suspect."""

    def selected(item: Target | Task) -> bool:
        if industry is not None and item.industry != industry:
            return False
        return bureau is None or item.lead == bureau or bureau in item.co

    last_year, doubted = previous or {}, doubts or {}
    targets = tuple(
        target_progress(plan, t, series.get(t.id, ()), as_of, last_year.get(t.id, ()), doubted.get(t.id))
        for t in plan.targets
        if selected(t)
    )
    tasks = tuple(task_progress(plan, t, series.get(t.id, ()), as_of) for t in plan.tasks if selected(t))
    window, elapsed = elapsed_months(plan.start_date, plan.end_date, as_of.end)
    selection = {k: v for k, v in (("industry", industry), ("bureau", bureau)) if v is not None}
    return Report(
        plan=plan,
        as_of=as_of,
        elapsed_pct=elapsed / window * 100,
        targets=targets,
        tasks=tasks,
        industries=_industries(plan, targets),
        bureaus=_bureaus(plan, targets, tasks),
        selection=selection,
    )


def _industries(plan: Plan, targets: tuple[TargetProgress, ...]) -> tuple[IndustryRow, ...]:
    by_industry: dict[str | None, list[TargetProgress]] = {}
    for p in targets:
        by_industry.setdefault(p.target.industry, []).append(p)
    rows = []
    for key, industry in [*plan.industries.items(), (None, None)]:
        mine = tuple(by_industry.get(key, ()))
        if not mine:
            continue
        wanted = industry.headline if industry and industry.headline else [p.target.id for p in mine[:2]]
        headline = tuple(p for p in mine if p.target.id in wanted)
        rows.append(IndustryRow(key, industry.name if industry else None, Group(mine), headline))
    return tuple(rows)


def _bureaus(plan: Plan, targets: tuple[TargetProgress, ...], tasks: tuple[TaskProgress, ...]) -> tuple[BureauRow, ...]:
    leads: dict[str | None, list[TargetProgress]] = {}
    cos: dict[str, list[TargetProgress]] = {}
    led: dict[str | None, list[TaskProgress]] = {}
    for p in targets:
        leads.setdefault(p.target.lead, []).append(p)
        for unit in p.target.co:
            cos.setdefault(unit, []).append(p)
    for t in tasks:
        led.setdefault(t.task.lead, []).append(t)
    rows = []
    for key in [*plan.bureaus, None]:
        lead = Group(tuple(leads.get(key, ())))
        co = Group(tuple(cos.get(key, ())) if key is not None else ())
        led_tasks = tuple(led.get(key, ()))
        if lead.targets or co.targets or led_tasks:
            rows.append(BureauRow(key, plan.bureaus[key].name if key else None, lead, co, led_tasks))
    return tuple(rows)


def worst_rank(report: Report) -> int:
    """The worst status rank among the report's targets (-1 when none has data)."""
    return max((RANK[p.status] for p in report.targets), default=-1)


@dataclass(frozen=True)
class ReportMonth:
    """The month a report is as of when none is asked for, and what came after it."""

    period: Period  # the latest month at least half of the reporting units reached
    later: Mapping[str | None, tuple[Figure, ...]]  # by lead unit: figures after it
    units: int  # how many units (by the lead of the items they report) sent figures


def _last_period(figures: Sequence[Figure]) -> Period:
    return figures.period(-1) if isinstance(figures, Series) else figures[-1].period


def report_month(plan: Plan, series: Mapping[str, Sequence[Figure]]) -> ReportMonth | None:
    """The default report month: the latest month that at least half of the units reporting
    reached (each unit's latest figure, by the lead of its targets and tasks), so that one stray
    row of a later month does not make the report; None without figures."""
    lead_of: dict[str, str | None] = {t.id: t.lead for t in plan.targets}
    lead_of.update((t.id, t.lead) for t in plan.tasks)
    latest: dict[str | None, Period] = {}
    last = {key: _last_period(figures) for key, figures in series.items() if figures}
    for key, period in last.items():
        unit = lead_of.get(key)
        latest[unit] = max(latest.get(unit, period), period)
    if not latest:
        return None
    needed = (len(latest) + 1) // 2
    chosen = next(
        m for m in sorted(set(latest.values()), reverse=True) if sum(p >= m for p in latest.values()) >= needed
    )
    later: dict[str | None, tuple[Figure, ...]] = {}
    for key, figures in series.items():
        if key in last and last[key] > chosen:  # only these hold any later figure
            unit = lead_of.get(key)
            later[unit] = later.get(unit, ()) + tuple(figures[count_upto(figures, chosen) :])
    return ReportMonth(chosen, later, len(latest))
