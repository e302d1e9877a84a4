"""The plan's objects: plain slotted dataclasses with the fields of the pydantic models in
:mod:`zhanxin_cli.plan.models` (a test keeps them equal), and the words for their values.

Pure: no file I/O, no printing, no clock. Everything about a particular plan (its
year, industries, bureaus, units, thresholds) comes from the data; nothing here
knows about 2023. Validation is :mod:`zhanxin_cli.plan.rules`.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Comparator = Literal["ge", "gt", "le", "lt", "eq"]
Commitment = Literal["ensure", "strive"]
Kind = Literal["cumulative", "rate", "level", "milestone", "average_growth"]
Schedule = Literal["linear", "deadline"]

COMPARATOR_SYMBOLS: Mapping[str, str] = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "eq": "="}
KIND_COMPARATORS: Mapping[str, frozenset[str]] = {
    # A year-to-date total or a reached-or-not milestone only grows: a floor, or (a total) a ceiling
    # that once breached stays breached.
    "cumulative": frozenset({"ge", "gt", "le", "lt"}),  # a ceiling: 控制在50家以内, final once breached
    "milestone": frozenset({"ge", "gt"}),
    "rate": frozenset(COMPARATOR_SYMBOLS),
    "level": frozenset(COMPARATOR_SYMBOLS),
    "average_growth": frozenset({"ge", "gt", "le", "lt"}),  # 年均增长N%以上 / 年均下降N% (le −N)
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """A unit of measure. Figures convert between units of one dimension by ``scale``."""

    dimension: str
    scale: float = 1.0
    integer: bool = False  # counted in whole numbers (个, 家, 名): 超N then means at least N+1
    en: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Industry:
    """One of the plan's industries."""

    name: str
    en: str | None = None
    headline: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Bureau:
    """A responsible unit (责任单位)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    en: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """Fields shared by targets and tasks."""

    id: str
    section: str
    industry: str | None = None
    name: str
    deadline: dt.date | None = None
    commitment: Commitment | None = None
    lead: str | None = None
    co: list[str] = field(default_factory=list)
    source: str
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Baseline:
    """Where a multi-year target starts from: its value at the end of a year (基期)."""

    year: int
    value: float
    unit: str | None = None  # average_growth: the unit the figures are in (the target's is %)


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    """A multi-year target's figure due by the end of one of its years."""

    year: int
    value: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Target(_Item):
    """A numeric target."""

    value: float
    unit: str
    comparator: Comparator
    kind: Kind
    schedule: Schedule | None = None  # None: linear for a cumulative target, deadline for a level
    start: dt.date | None = None  # its window's start: the baseline year's end, else the plan's start
    baseline: Baseline | None = None
    milestones: list[Milestone] = field(default_factory=list)

    @property
    def figure_unit(self) -> str:
        """The unit its figures are reported in: an average growth's quantity, else the target's."""
        if self.kind == "average_growth" and self.baseline is not None and self.baseline.unit:
            return self.baseline.unit
        return self.unit


@dataclass(frozen=True, slots=True, kw_only=True)
class Task(_Item):
    """A qualitative measure or task."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusBands:
    """Traffic-light bands (see :class:`zhanxin_cli.plan.models.StatusBands`)."""

    behind_pp: float = 0.0
    off_track_pp: float = -30.0
    rate_off_track_points: float = 3.0
    overdue_after_months: int = 1
    stale_after_months: int = 3
    milestone_warning_months: int = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class ForecastBands:
    """Verdict thresholds on projection ÷ target at the deadline."""

    likely: float = 0.95
    unlikely: float = 0.80


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The whole plan, validated (see :func:`validate_plan`)."""

    schema_version: Literal[1] = 1
    title: str
    year: int
    end_year: int | None = None  # a multi-year plan's last year
    region: str | None = None
    start: dt.date | None = None
    source: str | None = None
    status_bands: StatusBands = StatusBands()
    forecast_bands: ForecastBands = ForecastBands()
    units: dict[str, Unit]
    industries: dict[str, Industry]
    bureaus: dict[str, Bureau]
    targets: list[Target]
    tasks: list[Task] = field(default_factory=list)

    @property
    def start_date(self) -> dt.date:
        return self.start or _day(self.year, 1, 1)

    @property
    def end_date(self) -> dt.date:
        return _day(self.last_year, 12, 31)

    @property
    def last_year(self) -> int:
        return self.end_year or self.year

    @property
    def years_label(self) -> str:
        """2023, or 2023–2025 for a multi-year plan."""
        return str(self.year) if self.last_year == self.year else f"{self.year}–{self.last_year}"

    @property
    def multi_year(self) -> bool:
        """A plan over several years, or with a target on a window of its own (a start, a baseline,
        yearly milestones): its outputs then show each target's window."""
        if self.last_year > self.year:
            return True
        return any(t.start or t.baseline or t.milestones or t.kind == "average_growth" for t in self.targets)

    def start_of(self, target: Target) -> dt.date:
        """The start of a target's own window: its ``start``, the day after its baseline year, or
        the plan's start."""
        if target.start is not None:
            return target.start
        if target.baseline is not None:
            return max(dt.date(target.baseline.year + 1, 1, 1), self.start_date)
        return self.start_date

    def deadline_of(self, item: Target | Task) -> dt.date:
        return item.deadline or self.end_date

    def industry_named(self, name: str) -> str | None:
        """The id of the industry with this id or name; None if there is none."""
        if name in self.industries:
            return name
        return next((key for key, industry in self.industries.items() if industry.name == name), None)

    def bureau_named(self, name: str) -> str | None:
        """The id of the bureau with this name, alias or id; None if there is none."""
        for bureau_id, bureau in self.bureaus.items():
            if name in (bureau_id, bureau.name) or name in bureau.aliases:
                return bureau_id
        return None


def plan_objects(data: Mapping[str, Any]) -> Plan:
    """The plan objects for data that the stored core schema has validated (nested dicts, as
    :func:`dataclasses.asdict` gives them back): no check is made here."""
    return Plan(
        **{
            **data,
            "status_bands": StatusBands(**data["status_bands"]),
            "forecast_bands": ForecastBands(**data["forecast_bands"]),
            "units": {key: Unit(**unit) for key, unit in data["units"].items()},
            "industries": {key: Industry(**industry) for key, industry in data["industries"].items()},
            "bureaus": {key: Bureau(**bureau) for key, bureau in data["bureaus"].items()},
            "targets": [_target(target) for target in data["targets"]],
            "tasks": [Task(**_shared_texts(task)) for task in data["tasks"]],
        }
    )


@functools.lru_cache(maxsize=64)
def _day(year: int, month: int, day: int) -> dt.date:
    """A plan's first or last day, one object however many targets ask for it."""
    return dt.date(year, month, day)


REPEATED = ("industry", "lead", "unit", "comparator", "kind", "commitment", "schedule")
"""An item's fields whose few values recur across the plan: kept once each (interned)."""


def _shared_texts(data: Mapping[str, Any]) -> dict[str, Any]:
    """An item's data with its recurring texts (units, industries, bureaus, comparators…) one
    string each across the plan: a parser makes a new string for every occurrence, and a
    province's 83,334 targets hold half a million of them (about 30 MB)."""
    item = dict(data)
    for key in REPEATED:
        text = item.get(key)
        if text is not None:
            item[key] = sys.intern(text)
    co = item.get("co")
    if co:
        item["co"] = [sys.intern(unit) for unit in co]
    return item


def _target(data: Mapping[str, Any]) -> Target:
    item = _shared_texts(data)
    baseline = item.get("baseline")
    item["baseline"] = Baseline(**baseline) if baseline is not None else None
    item["milestones"] = [Milestone(**m) for m in item.get("milestones", ())]
    return Target(**item)
